"""Remote model files (issue 13): http(s)://, hf:// and s3:// against real servers on localhost.

The HTTP server (tests/remote_server.py) is a real threaded range-capable server; S3 is moto's
real server; nothing of obstore or fsspec is mocked. Remote readings are made with poisoned temporary
files (TORCHCKPT_REMOTE_POISON): a byte read without being fetched shows the pattern, so any
reader that bypasses the fetching shows up as a difference from the local reading.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, os.path.dirname(__file__))

import torchckpt
from torchckpt import errors
from torchckpt.cli import main

import hostile
from remote_server import RemoteServer

pytest.importorskip("obstore")

_VOLATILE = {"elapsed_ms", "seconds", "elapsed", "scan_ms", "time_ms", "path"}


@pytest.fixture(autouse=True)
def _poison(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TORCHCKPT_REMOTE_POISON", "\xa5Z")
    monkeypatch.setenv("TORCHCKPT_TIMEOUT", "20")


@pytest.fixture
def server() -> Any:
    with RemoteServer() as srv:
        yield srv


def _strip(o: Any) -> Any:
    if isinstance(o, dict):
        return {k: _strip(v) for k, v in o.items() if k not in _VOLATILE}
    if isinstance(o, list):
        return [_strip(v) for v in o]
    return o


def _cli_json(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, Any, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    try:
        return code, _strip(json.loads(out)), err
    except json.JSONDecodeError:
        return code, out, err


def _state_dict(n: int = 4, rows: int = 64) -> dict[str, Any]:
    import torch

    g = torch.Generator().manual_seed(0)
    return {f"layer{i}.weight": torch.randn(rows, 256, generator=g) for i in range(n)} | {"step": torch.tensor(7)}


# --- differential: every file reads the same remotely ---------------------------------------

def _differential(capsys: pytest.CaptureFixture[str], server: RemoteServer, files: dict[str, Path]) -> list[str]:
    server.files.update({f"/{name}": str(path) for name, path in files.items()})
    problems = []
    for name, path in files.items():
        url = f"{server.url}/{name}"
        for command in ("inspect", "scan"):
            local = _cli_json(capsys, command, "--json", str(path))
            remote = _cli_json(capsys, command, "--json", url)
            if (local[0], local[1]) != (remote[0], remote[1]):
                problems.append(f"{command} {name}: exit {local[0]} vs {remote[0]}; {local[2][:200]} | "
                                f"{remote[2][:200]}")
    return problems


def test_benign_corpus_reads_the_same_remotely(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                              server: RemoteServer) -> None:
    files = hostile.build_benign(tmp_path)
    assert _differential(capsys, server, {n: Path(p) for n, p in files.items()}) == []


@pytest.mark.slow
def test_hostile_corpus_scans_the_same_remotely(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                               server: RemoteServer) -> None:
    files = {}
    for case in hostile.CASES:
        if case.platform not in (None, sys.platform) or case.loader == "dcp":
            continue
        built = hostile.build_case(case, tmp_path)
        if built.is_file():
            files[f"{case.name}/{built.name}"] = built
    assert len(files) > 50
    assert _differential(capsys, server, files) == []


def test_sharded_safetensors_index_reads_shard_headers(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                       server: RemoteServer) -> None:
    from safetensors.torch import save_file

    sd = _state_dict(4, 256)
    names = sorted(sd)
    weight_map = {}
    for i, part in enumerate((names[:2], names[2:])):
        shard = f"model-{i + 1:05d}-of-00002.safetensors"
        save_file({k: sd[k] for k in part}, str(tmp_path / shard))
        weight_map |= {k: shard for k in part}
    (tmp_path / "model.safetensors.index.json").write_text(json.dumps({"metadata": {}, "weight_map": weight_map}))
    files = {p.name: p for p in tmp_path.iterdir()}
    assert _differential(capsys, server, {"model.safetensors.index.json": files["model.safetensors.index.json"]} |
                         {n: p for n, p in files.items() if n.endswith(".safetensors")}) == []
    server.reset()
    code, out, _ = _cli_json(capsys, "inspect", "--json", f"{server.url}/model.safetensors.index.json")
    assert code == 0 and out["tensor_count"] == 5
    assert server.bytes_sent < 64 * 1024  # the index and each shard's header, no tensor data


# --- reading only what is needed ---------------------------------------------------------------

def test_inspect_and_scan_read_only_kilobytes_of_a_big_zip_checkpoint(tmp_path: Path, server: RemoteServer,
                                                                      capsys: pytest.CaptureFixture[str]) -> None:
    import torch

    path = tmp_path / "big.pt"
    torch.save(_state_dict(64, 1024), path)          # 64 MiB, 65 tensors
    server.files["/big.pt"] = str(path)
    for command in ("inspect", "scan"):
        server.reset()
        code, _, err = _cli_json(capsys, command, "--json", f"{server.url}/big.pt")
        assert code == 0, err
        assert server.bytes_sent < 2 << 20, (command, server.bytes_sent)
        assert server.requests < 80, (command, server.requests)  # one small range per zip entry header, in parallel


@pytest.mark.parametrize(("to", "suffix"), [("safetensors", ".safetensors"), ("torch", ".pt"), ("npz", ".npz"),
                                            ("wts", ".wts")])
def test_convert_is_byte_equal_and_reads_each_byte_once(tmp_path: Path, server: RemoteServer, to: str,
                                                        suffix: str) -> None:
    import torch

    path = tmp_path / "m.pt"
    torch.save(_state_dict(8, 512), path)
    server.files["/m.pt"] = str(path)
    torchckpt.convert(str(path), str(tmp_path / f"local{suffix}"), to=to)
    server.reset()
    torchckpt.convert(f"{server.url}/m.pt", str(tmp_path / f"remote{suffix}"), to=to)
    assert (tmp_path / f"local{suffix}").read_bytes() == (tmp_path / f"remote{suffix}").read_bytes()
    assert server.bytes_sent <= path.stat().st_size + (64 << 10)


def test_load_state_dict_diff_and_load_on_urls(tmp_path: Path, server: RemoteServer) -> None:
    import torch

    sd = _state_dict(3, 32)
    torch.save(sd, tmp_path / "a.pt")
    torch.save(sd, tmp_path / "b.pt", _use_new_zipfile_serialization=False)
    server.files |= {"/a.pt": str(tmp_path / "a.pt"), "/b.pt": str(tmp_path / "b.pt")}
    got = torchckpt.load_state_dict(f"{server.url}/a.pt")
    assert all(torch.equal(got[k], sd[k]) for k in sd)
    whole = torchckpt.load(f"{server.url}/b.pt")
    assert all(torch.equal(whole[k], sd[k]) for k in sd)
    assert torchckpt.diff(f"{server.url}/a.pt", f"{server.url}/b.pt").equal


# --- hf:// ---------------------------------------------------------------------------------------

def test_hf_urls_and_repository_scan(tmp_path: Path, server: RemoteServer, monkeypatch: pytest.MonkeyPatch,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    import torch

    torch.save(_state_dict(2, 8), tmp_path / "pytorch_model.bin")
    evil = hostile.build_case(next(c for c in hostile.CASES if c.name == "os-system-reduce"), tmp_path)
    server.files |= {"/org/repo/pytorch_model.bin": str(tmp_path / "pytorch_model.bin"),
                     "/org/repo/sub/evil.pkl": str(evil), "/org/repo/README.md": b"# a model\n"}
    server.token = "secret"
    monkeypatch.setenv("HF_ENDPOINT", server.url)
    monkeypatch.delenv("HF_TOKEN", raising=False)
    with pytest.raises(errors.RemoteAccessError, match="HF_TOKEN"):
        torchckpt.open("hf://org/repo/pytorch_model.bin")
    monkeypatch.setenv("HF_TOKEN", "secret")
    with torchckpt.open("hf://org/repo/pytorch_model.bin@v1.0") as ckpt:
        assert ckpt.format == "torch-zip"
    assert any("/org/repo/resolve/v1.0/pytorch_model.bin" in p for _, p, _ in server.log)
    code, out, err = _cli_json(capsys, "scan", "--json", "hf://org/repo")
    assert code == 1, err
    verdicts = {r["verdict"] for r in out}
    assert "dangerous" in verdicts and "safe" in verdicts
    with pytest.raises(errors.RemoteNotFoundError):
        torchckpt.open("hf://org/repo/missing.bin")


def test_hf_follows_the_hubs_redirect_to_a_cdn_without_the_token(tmp_path: Path, server: RemoteServer,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """The Hub answers ``resolve`` of an LFS file with a 302 to its CDN, whose ETag is not the
    Hub's: the file reads through the redirect, every range is checked against the CDN's ETag,
    and the token goes to the Hub only."""
    import torch

    torch.save(_state_dict(8, 512), tmp_path / "m.pt")
    with RemoteServer({"/org/repo/m.pt": str(tmp_path / "m.pt")}) as cdn:   # serves every revision
        server.files["/org/repo/m.pt"] = str(tmp_path / "m.pt")
        server.token = "secret"
        server.redirect_to = cdn.url
        monkeypatch.setenv("HF_ENDPOINT", server.url)
        monkeypatch.setenv("HF_TOKEN", "secret")
        torchckpt.convert(str(tmp_path / "m.pt"), str(tmp_path / "local.safetensors"))
        torchckpt.convert("hf://org/repo/m.pt", str(tmp_path / "remote.safetensors"))
        assert (tmp_path / "local.safetensors").read_bytes() == (tmp_path / "remote.safetensors").read_bytes()
        assert server.requests > 1 and set(server.authorizations) == {"Bearer secret"}
        assert cdn.gets > 1 and set(cdn.authorizations) == {None}
        cdn.reset()
        cdn.mode = "change"                    # the CDN's copy changes after the HEAD of a second reading
        cdn.change_after = 0
        with pytest.raises(errors.RemoteChangedError):
            torchckpt.convert("hf://org/repo/m.pt@other", str(tmp_path / "again.safetensors"))
        assert not (tmp_path / "again.safetensors").exists()


def test_a_server_that_names_no_version_is_read_by_size(tmp_path: Path, server: RemoteServer) -> None:
    import torch

    torch.save(_state_dict(8, 512), tmp_path / "m.pt")
    server.files["/m.pt"] = str(tmp_path / "m.pt")
    server.mode = "bare"                       # no ETag, no Last-Modified
    torchckpt.convert(str(tmp_path / "m.pt"), str(tmp_path / "local.safetensors"))
    torchckpt.convert(f"{server.url}/m.pt", str(tmp_path / "remote.safetensors"))
    assert (tmp_path / "local.safetensors").read_bytes() == (tmp_path / "remote.safetensors").read_bytes()


def test_hf_repository_listing_follows_every_page(server: RemoteServer, monkeypatch: pytest.MonkeyPatch) -> None:
    """The Hub's tree API pages its answer (Link: <...>; rel="next"): every page is listed."""
    from torchckpt._remote import list_url

    server.files |= {f"/org/big/d{i // 7}/f{i:03d}.bin": b"x" for i in range(53)}
    server.page_size = 5
    monkeypatch.setenv("HF_ENDPOINT", server.url)
    monkeypatch.delenv("HF_TOKEN", raising=False)
    listed = list_url("hf://org/big")
    assert listed == sorted(f"hf://org/big/d{i // 7}/f{i:03d}.bin" for i in range(53))
    pages = [p for _, p, _ in server.log if p.startswith("/api/models/org/big/tree/")]
    assert len(pages) == -(-(53 + 8) // 5)   # 53 files and 8 directories, 5 entries a page


# --- DCP checkpoints behind a folder URL -------------------------------------------------------------

def test_dcp_folder_url_reads_like_the_local_folder(tmp_path: Path, server: RemoteServer,
                                                   monkeypatch: pytest.MonkeyPatch,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    """A URL ending in ``/`` (on the Hub, before ``@REV``) names a DCP checkpoint's folder: inspect
    and convert equal the local folder's, fetching the .metadata, each chunk's zip records and the
    tensor bytes, never a file the .metadata does not name."""
    import torch
    import torch.distributed.checkpoint as dcp

    torch.manual_seed(0)
    state = {"model": {"fc.weight": torch.randn(64, 32), "fc.bias": torch.randn(64),
                       "emb": torch.randn(16, 8).to(torch.bfloat16)}, "step": torch.tensor(3)}
    folder = tmp_path / "step-3"
    dcp.save(state, checkpoint_id=str(folder))
    for name in os.listdir(folder):
        server.files[f"/ckpt/step-3/{name}"] = str(folder / name)
        server.files[f"/org/repo/step-3/{name}"] = str(folder / name)
    server.files["/ckpt/step-3/unrelated.bin"] = b"never fetched"
    monkeypatch.setenv("HF_ENDPOINT", server.url)
    monkeypatch.delenv("HF_TOKEN", raising=False)
    code, local, _ = _cli_json(capsys, "inspect", "--json", str(folder))
    assert code == 0
    torchckpt.convert(folder, tmp_path / "local.safetensors", key="model")
    for url in (f"{server.url}/ckpt/step-3/", "hf://org/repo/step-3/@v2"):
        server.reset()
        code, remote, err = _cli_json(capsys, "inspect", "--json", url)
        assert code == 0, err
        assert remote == local
        out = tmp_path / "remote.safetensors"
        torchckpt.convert(url, out, key="model")
        assert out.read_bytes() == (tmp_path / "local.safetensors").read_bytes()
        out.unlink()
        assert not any("unrelated" in p for _, p, _ in server.log)
        heads = [p for m, p, _ in server.log if m == "HEAD" and ".distcp" in p]
        assert len(heads) == 2 * len(set(heads))   # each data file opened once a command, not once a tensor
    assert any("/resolve/v2/step-3/.metadata" in p for _, p, _ in server.log)


def test_dcp_folder_url_refuses_a_path_outside_it(tmp_path: Path, server: RemoteServer) -> None:
    import pickle

    import torch
    import torch.distributed.checkpoint as dcp

    folder = tmp_path / "ck"
    dcp.save({"w": torch.randn(4)}, checkpoint_id=str(folder))
    meta = (folder / ".metadata").read_bytes()
    name = next(n for n in os.listdir(folder) if n.endswith(".distcp"))
    climb = ("../../" + "x" * len(name))[:len(name)]    # same length: the pickle's frame stays whole
    evil = meta.replace(name.encode(), climb.encode())
    assert evil != meta and pickle.loads(evil) is not None
    server.files["/ck/.metadata"] = evil
    server.files[f"/ck/{name}"] = str(folder / name)
    with pytest.raises(errors.UnsafePathError):
        torchckpt.open(f"{server.url}/ck/")


# --- bad servers -----------------------------------------------------------------------------------

@pytest.mark.parametrize(("mode", "error"), [
    ("401", errors.RemoteAccessError), ("403", errors.RemoteAccessError), ("404", errors.RemoteNotFoundError),
    ("no-range", errors.RangeNotSupportedError), ("change", errors.RemoteChangedError),
])
def test_bad_servers_raise_typed_errors(tmp_path: Path, server: RemoteServer, mode: str,
                                        error: type[Exception]) -> None:
    import torch

    torch.save(_state_dict(8, 512), tmp_path / "m.pt")
    server.files["/m.pt"] = str(tmp_path / "m.pt") if mode != "change" else (tmp_path / "m.pt").read_bytes()
    server.mode = mode
    with pytest.raises(error):
        torchckpt.convert(f"{server.url}/m.pt", str(tmp_path / "out.safetensors"))
    assert not (tmp_path / "out.safetensors").exists()
    assert [p for p in os.listdir(tmp_path) if p != "m.pt"] == []


def test_timeout_is_one_line_exit_2_and_nothing_written(tmp_path: Path, server: RemoteServer) -> None:
    (tmp_path / "m.pt").write_bytes(b"\x80\x02}q\x00.")
    server.files["/m.pt"] = str(tmp_path / "m.pt")
    server.mode, server.slow_s = "slow", 3.0
    env = dict(os.environ, TORCHCKPT_TIMEOUT="0.5")
    run = subprocess.run([sys.executable, "-m", "torchckpt", "convert", f"{server.url}/m.pt",
                          str(tmp_path / "o.safetensors")], capture_output=True, text=True, env=env, timeout=60)
    assert run.returncode == 2
    lines = run.stderr.strip().splitlines()
    assert len(lines) == 1 and "TORCHCKPT_TIMEOUT" in lines[0] and "Traceback" not in run.stderr
    assert not (tmp_path / "o.safetensors").exists()


@pytest.mark.parametrize(("hidden", "url"), [("obstore", "http://127.0.0.1:9/x.pt"), ("obstore", "hf://o/r/x.pt"),
                                            ("fsspec", "s3://bucket/x.pt")])
def test_missing_extra_says_how_to_install(hidden: str, url: str) -> None:
    code = (f"import sys; sys.modules[{hidden!r}] = None\n"
            f"from torchckpt.cli import main; raise SystemExit(main(['inspect', {url!r}]))")
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert run.returncode == 2
    assert "pip install 'torchckpt[remote]'" in run.stderr and len(run.stderr.strip().splitlines()) == 1
    assert hidden in run.stderr


def test_refused_connection_is_one_plain_line() -> None:
    run = subprocess.run([sys.executable, "-m", "torchckpt", "inspect", "http://127.0.0.1:9/x.pt"],
                         capture_output=True, text=True, timeout=60)
    assert run.returncode == 2
    assert run.stderr.strip() == ("torchckpt: error: http://127.0.0.1:9/x.pt: cannot connect to the server "
                                  "(Connection refused); check the address and the network")


# --- s3:// against moto ----------------------------------------------------------------------------

@pytest.fixture
def s3(monkeypatch: pytest.MonkeyPatch) -> Any:
    moto_server = pytest.importorskip("moto.server")
    pytest.importorskip("s3fs")
    srv = moto_server.ThreadedMotoServer(ip_address="127.0.0.1", port=0)
    srv.start()
    host, port = srv.get_host_and_port()
    endpoint = f"http://{host}:{port}"
    for k, v in {"AWS_ENDPOINT_URL": endpoint, "AWS_ACCESS_KEY_ID": "testing", "AWS_SECRET_ACCESS_KEY": "testing",
                 "AWS_DEFAULT_REGION": "us-east-1"}.items():
        monkeypatch.setenv(k, v)
    import boto3

    client = boto3.client("s3", endpoint_url=endpoint)
    client.create_bucket(Bucket="models")
    yield client
    srv.stop()


@pytest.mark.slow
def test_s3_inspect_convert_and_prefix_scan(tmp_path: Path, s3: Any, capsys: pytest.CaptureFixture[str]) -> None:
    import torch

    torch.save(_state_dict(4, 128), tmp_path / "m.pt")
    evil = hostile.build_case(next(c for c in hostile.CASES if c.name == "os-system-reduce"), tmp_path)
    s3.put_object(Bucket="models", Key="run1/m.pt", Body=(tmp_path / "m.pt").read_bytes())
    s3.put_object(Bucket="models", Key="run1/evil.pkl", Body=evil.read_bytes())
    local = _cli_json(capsys, "inspect", "--json", str(tmp_path / "m.pt"))
    remote = _cli_json(capsys, "inspect", "--json", "s3://models/run1/m.pt")
    assert local[:2] == remote[:2]
    torchckpt.convert(str(tmp_path / "m.pt"), str(tmp_path / "l.safetensors"))
    torchckpt.convert("s3://models/run1/m.pt", str(tmp_path / "r.safetensors"))
    assert (tmp_path / "l.safetensors").read_bytes() == (tmp_path / "r.safetensors").read_bytes()
    code, out, _ = _cli_json(capsys, "scan", "--json", "s3://models/run1/")
    assert code == 1 and sorted(r["verdict"] for r in out) == ["dangerous", "safe"]
    with pytest.raises(errors.RemoteNotFoundError):
        torchckpt.open("s3://models/run1/nope.pt")


def test_progress_bar_on_a_terminal_only(tmp_path: Path, server: RemoteServer) -> None:
    import pty

    import torch

    torch.save(_state_dict(48, 1024), tmp_path / "m.pt")        # 48 MiB: past the 32 MB the bar waits for
    server.files["/m.pt"] = str(tmp_path / "m.pt")
    cmd = [sys.executable, "-m", "torchckpt", "convert", f"{server.url}/m.pt"]
    master, slave = pty.openpty()
    try:
        run = subprocess.run([*cmd, str(tmp_path / "a.safetensors")], stdout=subprocess.DEVNULL, stderr=slave,
                             timeout=300)
        os.close(slave)
        seen = b""
        while True:
            try:
                chunk = os.read(master, 1 << 16)
            except OSError:
                break
            if not chunk:
                break
            seen += chunk
    finally:
        os.close(master)
    assert run.returncode == 0
    assert b"torchckpt: fetching" in seen and b" of " in seen
    piped = subprocess.run([*cmd, str(tmp_path / "b.safetensors")], capture_output=True, text=True, timeout=300)
    assert piped.returncode == 0 and "fetching" not in piped.stderr


# --- the fetched-blocks bookkeeping, under concurrency ----------------------------------------------
def test_a_read_waits_for_blocks_another_read_is_fetching_and_fetches_nothing_twice():
    """A read claims its blocks and fetches them outside the lock: a read of those blocks waits
    for them (no second request), a read of others does not wait for it, and a failed fetch
    leaves its blocks missing for the next reader to claim."""
    import threading
    import time

    from torchckpt.formats.base import FetchedFile

    data = bytes(range(256)) * 4096          # 1 MiB
    asked: list[tuple[int, int]] = []
    slow = threading.Event()
    fail_once = {"armed": False}

    def fetch(start: int, stop: int) -> bytes:
        asked.append((start, stop))
        if fail_once["armed"]:
            fail_once["armed"] = False
            raise OSError("connection reset")
        if start == 0:
            slow.wait(5)                     # the fetch of the first half is slow
        return data[start:stop]

    source = FetchedFile(fetch, len(data))
    try:
        first = threading.Thread(target=source.need, args=(0, 1 << 19))
        first.start()
        time.sleep(0.2)                      # it has claimed the first half
        t = time.perf_counter()
        source.need(1 << 19, 1 << 20)        # the second half: fetched at once, not behind it
        assert time.perf_counter() - t < 2
        waiter = threading.Thread(target=source.need, args=(1000, 2000))
        waiter.start()
        time.sleep(0.2)
        assert waiter.is_alive()             # waits for the first half, asks for nothing itself
        slow.set()
        waiter.join(5)
        first.join(5)
        assert not waiter.is_alive() and not first.is_alive()
        assert sorted(asked) == [(0, 1 << 19), (1 << 19, 1 << 20)]
        assert os.pread(source.fd, len(data), 0) == data
        # a failed fetch: its blocks are missing again, and the next read fetches them
        source.release(0, 1 << 20)
        fail_once["armed"] = True
        with pytest.raises(OSError):
            source.need(4096, 8192)
        source.need(4096, 8192)
        assert os.pread(source.fd, 4096, 4096) == data[4096:8192]
    finally:
        slow.set()
        source.close()


# --- RangeStream: a converter's storages, fetched ahead into memory ----------------------------------
def _small_pieces() -> type:
    from torchckpt.formats.base import FetchedFile

    class Small(FetchedFile):
        _CHUNK = 64 << 10
    return Small


def _counting(data: bytes) -> tuple[list[tuple[int, int]], Any]:
    asked: list[tuple[int, int]] = []

    def fetch(start: int, stop: int) -> bytes:
        asked.append((start, stop))
        return data[start:stop]
    return asked, fetch


def test_stream_hands_bytes_over_in_order_and_stays_within_its_window():
    data = os.urandom(1 << 20)
    asked, fetch = _counting(data)
    source = _small_pieces()(fetch, len(data))
    try:
        spans = [(700_000, 1_000_000), (5, 300_000), (300_000, 700_000)]
        stream = source.stream(spans, ahead=128 << 10)
        assert sum(hi - lo for lo, hi in asked) <= (128 << 10) + (64 << 10) + 1   # the window, at most a piece over
        for lo, hi in spans:
            for at in range(lo, hi, 50_000):
                got = stream.read(at, min(hi, at + 50_000))
                assert got is not None and bytes(got) == data[at:min(hi, at + 50_000)]
        stream.close()
        assert sorted(asked) == sorted(set(asked))                    # nothing asked twice
        assert sum(hi - lo for lo, hi in asked) == 1_000_000 - 5      # nothing but the spans
        assert not source.has(800_000)      # read whole from memory: never written to the temporary file
    finally:
        source.close()


def test_stream_reads_fetched_blocks_from_the_file_and_keeps_what_is_needed_again():
    data = os.urandom(1 << 20)
    asked, fetch = _counting(data)
    source = _small_pieces()(fetch, len(data))
    try:
        source.need(100_000, 100_010)        # a reader met this block first (a local header's block)
        before = len(asked)
        stream = source.stream([(100_005, 200_000), (300_000, 400_000), (100_005, 200_000)], ahead=1 << 20)
        assert all(lo >= 102_400 or hi <= 98_304 for lo, hi in asked[before:])   # the fetched block is not asked again
        for lo, hi in [(100_005, 200_000), (300_000, 350_000)]:              # the second span only half read
            got = stream.read(lo, hi)
            assert got is not None and bytes(got) == data[lo:hi]
        again = stream.read(100_005, 200_000)    # named twice: kept in the file
        if again is None:   # but for the block it shares with the next bytes: the reader fetches only that
            n = len(asked)
            source.need(100_005, 200_000)
            assert sum(hi - lo for lo, hi in asked[n:]) <= 4096
            again = os.pread(source.fd, 200_000 - 100_005, 100_005)
        assert bytes(again) == data[100_005:200_000]
        stream.close()
        source.need(350_000, 400_000)            # the unread half was kept: no request
        assert os.pread(source.fd, 50_000, 350_000) == data[350_000:400_000]
        total = sum(hi - lo for lo, hi in asked)
        assert total <= 4096 + 100_000 + 100_000 + 4 * 4096   # each byte once, but for 4 KiB blocks at the edges
    finally:
        source.close()


def test_stream_raises_a_failed_piece_at_its_read_and_a_later_read_fetches_it_again():
    data = os.urandom(256 << 10)
    armed = {"fail": True}

    def fetch(start: int, stop: int) -> bytes:
        if armed["fail"] and start == 0:
            armed["fail"] = False
            raise OSError("connection reset")
        return data[start:stop]

    source = _small_pieces()(fetch, len(data))
    try:
        stream = source.stream([(0, 256 << 10)], ahead=1 << 20)
        with pytest.raises(OSError):
            stream.read(0, 1000)
        stream.close()
        source.need(0, 1000)
        assert os.pread(source.fd, 1000, 0) == data[:1000]
    finally:
        source.close()
