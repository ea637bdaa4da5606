"""Scanning directories and what checkpoints point at: DCP directories (safe when real, one
checkpoint), paths inside checkpoints (refused everywhere, dangerous in scan), FIFOs and devices
(refused without blocking), ``scan -r`` by content, SARIF output and the pre-commit hook."""

from __future__ import annotations

import contextlib
import io
import json
import os
import pickle
import re
import shlex
import struct
import subprocess
import sys
import threading
from pathlib import Path

import pytest

import torchckpt
from torchckpt.errors import CorruptFileError, TorchckptError, UnsafePathError
from torchckpt.scanner import exit_code, scan, scan_paths

import hostile
import hostile_paths
from .helpers import rewrite_zip
from helpers import ROOT, run_cli

torch = pytest.importorskip("torch")
dcp = pytest.importorskip("torch.distributed.checkpoint")

SECRET = "root:x:0:0:TOP-SECRET-OUTSIDE-THE-CHECKPOINT"


# --- real DCP checkpoints ------------------------------------------------------------------------

def _train_state() -> dict:
    """What trainers give dcp.save: model and optimizer state, scalars, and (as torchtitan's
    TrainState does) torch.save output kept in an io.BytesIO."""
    torch.manual_seed(0)
    model = torch.nn.Sequential(torch.nn.Linear(4, 3), torch.nn.BatchNorm1d(3))
    opt = torch.optim.AdamW(model.parameters())
    model(torch.randn(2, 4)).sum().backward()
    opt.step()
    losses = io.BytesIO()
    torch.save([1.5, 1.25], losses)
    return {"model": model.state_dict(), "optim": opt.state_dict(), "step": 7,
            "train_state": {"losses": losses, "name": "run", "lrs": [0.1, 0.01]},
            "bf16": torch.ones(3, dtype=torch.bfloat16), "channels_last": torch.randn(2, 3, 4, 5).to(
                memory_format=torch.channels_last)}


def _writers(root: Path):
    from torch.distributed.checkpoint import FileSystemWriter
    from torch.distributed.checkpoint.default_planner import DefaultSavePlanner
    from torch.distributed.checkpoint.filesystem import SerializationFormat

    yield "default", {"checkpoint_id": str(root / "default")}
    yield "no-flatten", {"checkpoint_id": str(root / "no-flatten"),
                         "planner": DefaultSavePlanner(flatten_state_dict=False, flatten_sharded_tensors=False)}
    yield "dedup", {"checkpoint_id": str(root / "dedup"), "planner": DefaultSavePlanner(dedup_replicated_tensors=True)}
    yield "file-per-item", {"storage_writer": FileSystemWriter(root / "file-per-item", single_file_per_rank=False,
                                                               thread_count=2, sync_files=False)}
    yield "safetensors", {"storage_writer": FileSystemWriter(root / "safetensors",
                                                             serialization_format=SerializationFormat.SAFETENSORS)}


@pytest.fixture(scope="module")
def dcp_dirs(tmp_path_factory) -> dict[str, Path]:
    import warnings

    root = tmp_path_factory.mktemp("dcp")
    found = {}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for name, kwargs in _writers(root):
            state = _train_state()
            if name == "safetensors":  # safetensors refuses non-contiguous tensors
                state["channels_last"] = state["channels_last"].contiguous()
            dcp.save(state, **kwargs)
            found[name] = root / name
    return found


def test_real_dcp_metadata_names_exactly_the_allowlisted_classes(dcp_dirs):
    from torchckpt.allowlist import DCP_DATA_CLASSES, SAFE_GLOBALS

    seen: set[str] = set()

    class Recorder(pickle.Unpickler):
        def find_class(self, module, name):
            seen.add(f"{module}.{name}")
            return super().find_class(module, name)

    for directory in dcp_dirs.values():
        with open(directory / ".metadata", "rb") as f:
            Recorder(f).load()  # our own files, just written by dcp.save
    dcp_names = {n for n in seen if n.startswith("torch.distributed.")}
    assert dcp_names and dcp_names <= DCP_DATA_CLASSES
    assert seen <= SAFE_GLOBALS, seen - SAFE_GLOBALS


@pytest.mark.parametrize("name", ["default", "no-flatten", "dedup", "file-per-item", "safetensors"])
def test_real_dcp_checkpoints_scan_safe_as_file_and_directory(dcp_dirs, name):
    directory = dcp_dirs[name]
    meta = scan(directory / ".metadata")
    assert meta.verdict == "safe", [f.to_json() for f in meta.findings]
    report = scan(directory)
    assert (report.verdict, report.format) == ("safe", "dcp"), [f.to_json() for f in report.findings]
    assert report.pickles > 2  # the metadata and the items' archives were read
    for recursive in (False, True):
        results = scan_paths([directory], recursive=recursive)
        assert [(Path(r.path), r.verdict) for r in results] == [(directory, "safe")]
    # found inside a tree, it is one checkpoint too
    results = scan_paths([directory.parent], recursive=True)
    assert {Path(r.path): r.verdict for r in results}[directory] == "safe"
    assert not any(Path(r.path).parent == directory for r in results)


@pytest.mark.parametrize("name", ["default", "file-per-item"])
def test_channels_last_chunks_read_like_dcp_load(dcp_dirs, name):
    import numpy as np

    expected = {"channels_last": torch.zeros(2, 3, 4, 5).to(memory_format=torch.channels_last),
                "bf16": torch.zeros(3, dtype=torch.bfloat16)}
    dcp.load(expected, checkpoint_id=str(dcp_dirs[name]))
    tensors = torchckpt.open(dcp_dirs[name]).tensors()
    assert np.array_equal(tensors["channels_last"].numpy(), expected["channels_last"].numpy())
    assert tensors["channels_last"].stride == expected["channels_last"].stride()
    assert np.array_equal(tensors["bf16"].numpy(), expected["bf16"].float().numpy())


def test_dcp_cli_exit_codes(dcp_dirs):
    out = run_cli("scan", "--json", str(dcp_dirs["default"]))
    assert out.returncode == 0, out.stdout + out.stderr
    assert json.loads(out.stdout)[0]["format"] == "dcp"


def test_distcp_items_are_judged(tmp_path):
    """Bytes items are torch.load(weights_only=False)ed by DCP: their archives are judged, also a
    payload kept inside an io.BytesIO item."""
    case = next(c for c in hostile.CASES if c.name == "dcp-object-item")
    directory = case.build(tmp_path)
    report = scan(directory)
    assert report.verdict == "dangerous"
    assert any(f.global_name == "os.system" and f.entry.startswith("__0_0.distcp/note@") for f in report.findings)
    # reading it runs nothing: objects are listed, never unpickled
    assert torchckpt.open(directory).info["objects"] == ["note"]
    assert sorted(torchckpt.load_state_dict(directory)) == ["w"]
    torchckpt.convert(directory, tmp_path / "out.safetensors")
    assert not hostile.effect_happened(case, directory)

    inner = io.BytesIO(hostile.b_torch_zip_data_pkl(tmp_path).read_bytes())
    directory = hostile_paths.dcp_checkpoint(tmp_path / "bytesio", state={"blob": inner})
    report = scan(directory)
    assert report.verdict == "dangerous"
    assert any(f.global_name == "os.system" and "BytesIO@" in f.entry for f in report.findings)


def test_big_tensor_chunks_are_judged_through_a_map_of_their_range(tmp_path):
    big = torch.randn(600, 600)  # 1.4 MB: mapped, not copied
    directory = hostile_paths.dcp_checkpoint(tmp_path / "ckpt", big=big)
    assert scan(directory).verdict == "safe"
    assert torch.equal(torch.from_numpy(torchckpt.open(directory).tensors()["big"].numpy().copy()), big)
    # the same chunk again, with os.system before its data.pkl, appended at an unaligned offset
    saved = tmp_path / "big.pt"
    torch.save(big, saved)
    payload = rewrite_zip(saved, tmp_path / "evil.pt",
                          {"/data.pkl": lambda data: hostile.os_system0(tmp_path) + hostile.POP + data}).read_bytes()
    data = directory / "__0_0.distcp"
    pad = 3 if (data.stat().st_size + 3) % 4096 else 5  # an offset off the page boundary
    offset = data.stat().st_size + pad
    with open(data, "ab") as f:
        f.write(b"\0" * pad + payload)
    hostile_paths.rewrite_dcp_items(directory, "big", offset=offset, length=len(payload))
    report = scan(directory)
    assert report.verdict == "dangerous"
    hits = [f.entry for f in report.findings if f.global_name == "os.system"]
    assert any(e.startswith(f"__0_0.distcp/big@{offset}/") and e.endswith("data.pkl") for e in hits), hits
    assert not any("bytes before the archive" in f.detail for f in report.findings if f.entry.startswith("__0_0"))


def test_a_payload_in_the_metadata_is_dangerous(tmp_path):
    directory = hostile_paths.dcp_checkpoint(tmp_path / "ckpt")
    (directory / ".metadata").write_bytes(hostile.raw_payload(tmp_path))
    report = scan(directory)
    assert report.verdict == "dangerous"
    assert any(f.global_name == "os.system" and f.entry == ".metadata" for f in report.findings)
    assert not (tmp_path / "marker").exists()


# --- paths inside checkpoints ------------------------------------------------------------------

def _secret(tmp_path: Path) -> Path:
    """A file outside the checkpoint that DCP's reader can load: torch.save of the secret's bytes."""
    path = tmp_path / "outside" / "passwd.pt"
    path.parent.mkdir(exist_ok=True)
    torch.save(torch.tensor(list(SECRET.encode()), dtype=torch.uint8), path)
    return path


def _dcp_reading(tmp_path: Path, target: str, *, raw: bool = False) -> Path:
    """A DCP checkpoint whose one uint8 tensor's bytes are said to be the file ``target``: what
    made ``convert`` copy files from outside (``/etc/passwd``) into its output. ``raw``: the
    safetensors serialization, whose chunks are raw bytes."""
    from torch.distributed.checkpoint import FileSystemWriter
    from torch.distributed.checkpoint.filesystem import SerializationFormat

    directory = tmp_path / "ckpt"
    if raw:  # the target's bytes are the tensor
        numel = length = os.path.getsize(target)
    else:    # the target is _secret's torch.save archive
        numel, length = len(SECRET), os.path.getsize(tmp_path / "outside" / "passwd.pt")
    fmt = SerializationFormat.SAFETENSORS if raw else SerializationFormat.TORCH_SAVE
    dcp.save({"w": torch.zeros(numel, dtype=torch.uint8)}, storage_writer=FileSystemWriter(directory,
                                                                                           serialization_format=fmt))
    hostile_paths.rewrite_dcp_items(directory, "w", relative_path=target, offset=0, length=length)
    return directory


@pytest.fixture(params=["absolute", "dotdot", "symlink", "symlink-dir"])
def escaping_dcp(request, tmp_path) -> Path:
    secret = _secret(tmp_path)
    if request.param == "absolute":
        return _dcp_reading(tmp_path, str(secret))
    if request.param == "dotdot":
        return _dcp_reading(tmp_path, os.path.join("..", "outside", "passwd.pt"))
    name = "data/__1_0.distcp" if request.param == "symlink-dir" else "__1_0.distcp"
    directory = _dcp_reading(tmp_path, name)
    if request.param == "symlink":
        os.symlink(secret, directory / "__1_0.distcp")
    else:
        os.symlink(secret.parent, directory / "data")
        os.rename(secret, secret.parent / "__1_0.distcp")
    return directory


def test_torch_itself_follows_the_escaping_path(escaping_dcp):
    """The attack is real: DCP's own reader hands the outside file's bytes to the tensor."""
    code = f"""
import torch, torch.distributed.checkpoint as dcp, warnings
warnings.simplefilter("ignore")
sd = {{"w": torch.zeros({len(SECRET)}, dtype=torch.uint8)}}
dcp.load(sd, checkpoint_id={str(escaping_dcp)!r})
print(bytes(sd["w"].numpy()).decode("latin-1"))
"""
    out = subprocess.run([sys.executable, "-c", code], check=False, capture_output=True, text=True, timeout=120)
    assert SECRET in out.stdout, out.stderr[-1000:]


def test_escaping_paths_are_refused_by_every_command(escaping_dcp, tmp_path):
    with pytest.raises(UnsafePathError) as info:
        torchckpt.open(escaping_dcp)
    assert isinstance(info.value, CorruptFileError) and isinstance(info.value, TorchckptError)
    assert SECRET not in str(info.value)
    with pytest.raises(UnsafePathError):
        torchckpt.load_state_dict(escaping_dcp)
    with pytest.raises(UnsafePathError):
        torchckpt.convert(escaping_dcp, tmp_path / "out.safetensors")
    assert not (tmp_path / "out.safetensors").exists()

    good = tmp_path / "good.safetensors"
    from safetensors.torch import save_file

    save_file({"w": torch.zeros(3)}, good)
    runs = {
        "inspect": run_cli("inspect", str(escaping_dcp)),
        "convert": run_cli("convert", str(escaping_dcp), str(tmp_path / "cli.safetensors")),
        "diff": run_cli("diff", str(good), str(escaping_dcp)),
        "report": run_cli("report", str(escaping_dcp), "-o", str(tmp_path / "r.html")),
    }
    for command, out in runs.items():
        assert out.returncode == 2, (command, out.stdout, out.stderr)
        lines = out.stderr.strip().splitlines()
        assert len(lines) == 1 and "Traceback" not in out.stderr, (command, out.stderr)
        assert "outside" in lines[0] or "absolute" in lines[0] or "'..'" in lines[0], lines[0]
        assert SECRET not in out.stdout + out.stderr
    assert not (tmp_path / "cli.safetensors").exists() and not (tmp_path / "r.html").exists()

    report = scan(escaping_dcp)
    assert report.verdict == "dangerous"
    path_findings = [f for f in report.findings if f.kind == "path"]
    assert path_findings and all(f.severity == "dangerous" and f.entry == ".metadata" for f in path_findings)
    assert all(SECRET not in f.detail for f in report.findings)
    assert run_cli("scan", str(escaping_dcp)).returncode == 1


@pytest.mark.skipif(not os.path.isfile("/etc/passwd"), reason="no /etc/passwd here")
def test_convert_no_longer_copies_etc_passwd(tmp_path):
    directory = _dcp_reading(tmp_path, "/etc/passwd", raw=True)
    out = run_cli("convert", str(directory), str(tmp_path / "out.safetensors"))
    assert out.returncode == 2 and "'/etc/passwd' is an absolute path" in out.stderr, out.stderr
    assert not (tmp_path / "out.safetensors").exists()
    first = Path("/etc/passwd").read_text(errors="replace").splitlines()[0]
    assert first not in out.stdout + out.stderr


def test_links_inside_the_checkpoint_are_fine(tmp_path):
    directory = hostile_paths.dcp_checkpoint(tmp_path / "ckpt")
    os.rename(directory / "__0_0.distcp", directory / "real.distcp")
    os.symlink("real.distcp", directory / "__0_0.distcp")
    assert scan(directory).verdict == "safe"
    assert torchckpt.open(directory).tensors()["w"].shape == (2, 2)


def _hf_folder(tmp_path: Path, shard_name: str) -> Path:
    from safetensors.torch import save_file

    folder = tmp_path / "hf"
    folder.mkdir(exist_ok=True)
    save_file({"a": torch.ones(2)}, folder / "model-00001-of-00002.safetensors")
    index = {"metadata": {"total_size": 16},
             "weight_map": {"a": "model-00001-of-00002.safetensors", "b": shard_name}}
    path = folder / "model.safetensors.index.json"
    path.write_text(json.dumps(index))
    return path


@pytest.mark.parametrize("kind", ["dotdot", "absolute", "symlink"])
def test_hf_index_shards_outside_the_folder_are_refused(tmp_path, kind):
    from safetensors.torch import save_file

    outside = tmp_path / "elsewhere.safetensors"
    save_file({"b": torch.full((2,), 7.0)}, outside)
    name = {"dotdot": "../elsewhere.safetensors", "absolute": str(outside),
            "symlink": "model-00002-of-00002.safetensors"}
    index = _hf_folder(tmp_path, name[kind])
    if kind == "symlink":
        os.symlink(outside, index.parent / name[kind])
    for target in (index, index.parent):
        with pytest.raises(UnsafePathError, match=r"outside|absolute|'\.\.'"):
            torchckpt.open(target)
    out = run_cli("convert", str(index), str(tmp_path / "out.safetensors"))
    assert out.returncode == 2 and len(out.stderr.strip().splitlines()) == 1, out.stderr
    report = scan(index)
    assert (report.verdict, report.format) == ("dangerous", "safetensors-index")
    assert [f.kind for f in report.findings] == ["path"]


def test_hf_index_inside_the_folder_and_hf_cache_links_are_fine(tmp_path):
    from safetensors.torch import save_file

    index = _hf_folder(tmp_path, "model-00002-of-00002.safetensors")
    save_file({"b": torch.ones(2)}, index.parent / "model-00002-of-00002.safetensors")
    assert scan(index).verdict == "safe"
    assert sorted(torchckpt.open(index).tensors()) == ["a", "b"]
    # huggingface_hub's cache: snapshots/<rev>/<file> -> ../../blobs/<hash>
    repo = tmp_path / "models--org--name"
    snapshot, blobs = repo / "snapshots" / "abc123", repo / "blobs"
    snapshot.mkdir(parents=True)
    blobs.mkdir()
    for file in index.parent.iterdir():
        os.rename(file, blobs / file.name)
        os.symlink(os.path.join("..", "..", "blobs", file.name), snapshot / file.name)
    assert sorted(torchckpt.open(snapshot / index.name).tensors()) == ["a", "b"]
    assert scan(snapshot / index.name).verdict == "safe"


# --- FIFOs, devices -----------------------------------------------------------------------------

def _finishes(func, timeout: float = 10.0):
    result: dict = {}

    def target():
        try:
            result["value"] = func()
        except BaseException as exc:  # noqa: BLE001 - handed to the test
            result["error"] = exc

    thread = threading.Thread(target=target, daemon=True)
    thread.start()
    thread.join(timeout)
    assert not thread.is_alive(), "blocked on a FIFO"
    return result


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_fifos_and_devices_are_refused_without_blocking(tmp_path):
    fifo = tmp_path / "model.pt"
    os.mkfifo(fifo)
    result = _finishes(lambda: torchckpt.open(fifo))
    assert "FIFO" in str(result["error"]) and isinstance(result["error"], TorchckptError)
    report = _finishes(lambda: scan(fifo))["value"]
    assert report.verdict == "error" and "FIFO" in report.findings[0].detail
    (tmp_path / "ok.pkl").write_bytes(pickle.dumps({"a": 1}))
    results = _finishes(lambda: scan_paths([tmp_path], recursive=True))["value"]
    assert {Path(r.path).name: r.verdict for r in results} == {"model.pt": "error", "ok.pkl": "safe"}
    out = subprocess.run([sys.executable, "-m", "torchckpt", "inspect", str(fifo)], check=False, capture_output=True,
                         text=True, timeout=60)
    assert out.returncode == 2 and "FIFO" in out.stderr and len(out.stderr.strip().splitlines()) == 1
    if os.path.exists("/dev/zero"):
        assert "device" in str(_finishes(lambda: torchckpt.open("/dev/zero"))["error"])
        assert scan("/dev/zero").verdict == "error"


# --- scan -r judges content -----------------------------------------------------------------------

def test_recursive_scan_judges_every_file_by_content(tmp_path):
    tree = tmp_path / "repo"
    (tree / "sub").mkdir(parents=True)
    payload = hostile.raw_payload(tmp_path)
    # INT with base-0 text, then POP: CPython accepts it, so the payload after it runs
    noop = b"I0x1\n0" + payload
    (tree / "pytorch_model.bin").write_bytes(noop)
    (tree / "sub" / "weights.dat").write_bytes(b"(1" + payload)  # MARK POP_MARK, no model suffix
    (tree / "README.md").write_text("# a model\nimport torch\n")
    (tree / "notes.txt").write_text("Trained for 3 epochs.\n")
    (tree / "empty.py").write_bytes(b"")
    (tree / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n" + os.urandom(200))
    (tree / "model.pt").write_bytes(pickle.dumps({"w": [1.0, 2.0]}))
    outside = tmp_path / "outside.pkl"
    outside.write_bytes(payload)
    os.symlink(outside, tree / "linked.pkl")           # a link out: the loader reads the target
    os.symlink(tree / "model.pt", tree / "same.pt")     # the same file twice: judged once
    os.symlink(tree, tree / "sub" / "loop")             # a directory link: not entered
    os.symlink(tmp_path / "missing", tree / "dangling")
    results = scan_paths([tree], recursive=True)
    verdicts = {os.path.relpath(r.path, tree): r.verdict for r in results}
    assert verdicts["pytorch_model.bin"] == "dangerous"
    assert verdicts["sub/weights.dat"] == "dangerous"
    assert verdicts["linked.pkl"] == "dangerous"
    assert verdicts["model.pt"] == "safe"
    assert "same.pt" not in verdicts and not any("loop" in k for k in verdicts)
    skipped = {os.path.relpath(p, tree) for p in results.skipped}
    assert {"README.md", "notes.txt", "empty.py", "image.png", "dangling"} <= skipped
    assert exit_code(results) == 1
    # named on its own, the file is judged the same way
    named = scan(tree / "pytorch_model.bin")
    assert named.verdict == "dangerous" and any(f.global_name == "os.system" for f in named.findings)
    assert not (tmp_path / "marker").exists()
    # the skipped-by-name file of old really runs under pickle.load
    subprocess.run([sys.executable, "-c", "import pickle, sys; pickle.load(open(sys.argv[1], 'rb'))",
                    str(tree / "pytorch_model.bin")], check=False, capture_output=True, timeout=60)
    assert (tmp_path / "marker").exists()


def test_could_unpickle_reads_whole_content():
    from torchckpt.scan_layouts import could_unpickle

    assert could_unpickle(b"hello world\n") is None
    assert could_unpickle(b"# readme\n" * 1000) is None
    deep = b"N0" * 100_000 + b"cos\nsystem\n"  # far past any sniff window
    assert could_unpickle(deep)[:4] == ("GLOBAL", 200_000, "os", "system")
    assert could_unpickle(b"(1\x8c\x02os\x8c\x06system\x93")[0] == "STACK_GLOBAL"
    assert could_unpickle(b"cnot a module\nx\n") is None   # CPython cannot import that
    import gzip

    assert could_unpickle(gzip.compress(b"cos\nsystem\n"))[0] == "GLOBAL"


# --- SARIF ----------------------------------------------------------------------------------------

_LEVELS = {"none", "note", "warning", "error"}


def _check_sarif(doc: dict) -> None:
    """The parts of the SARIF 2.1.0 schema this output uses (required properties, types, enums)."""
    assert doc["version"] == "2.1.0" and doc["$schema"].endswith("sarif-schema-2.1.0.json")
    assert isinstance(doc["runs"], list) and len(doc["runs"]) == 1
    run = doc["runs"][0]
    driver = run["tool"]["driver"]
    assert isinstance(driver["name"], str) and driver["name"]
    ids = [r["id"] for r in driver["rules"]]
    assert len(ids) == len(set(ids))
    for rule in driver["rules"]:
        assert isinstance(rule["id"], str) and rule["defaultConfiguration"]["level"] in _LEVELS
        assert isinstance(rule["shortDescription"]["text"], str)
    for artifact in run["artifacts"]:
        assert isinstance(artifact["location"]["uri"], str)
    for invocation in run["invocations"]:
        assert isinstance(invocation["executionSuccessful"], bool) and isinstance(invocation["exitCode"], int)
    for result in run["results"]:
        assert isinstance(result["message"]["text"], str) and result["message"]["text"]
        assert result["level"] in _LEVELS
        assert driver["rules"][result["ruleIndex"]]["id"] == result["ruleId"]
        for location in result["locations"]:
            physical = location["physicalLocation"]
            artifact = physical["artifactLocation"]
            assert run["artifacts"][artifact["index"]]["location"]["uri"] == artifact["uri"]
            assert not re.search(r"[\s\\]", artifact["uri"])
            if "region" in physical:
                assert type(physical["region"]["byteOffset"]) is int and physical["region"]["byteOffset"] >= 0
            for logical in location.get("logicalLocations", []):
                assert isinstance(logical["fullyQualifiedName"], str)


def test_sarif_has_one_result_per_finding_and_the_same_exit_code(tmp_path, dcp_dirs):
    evil = tmp_path / "evil model.pkl"
    evil.write_bytes(hostile.raw_payload(tmp_path))
    zipped = hostile.b_torch_zip_data_pkl(tmp_path)
    paths = [str(evil), str(zipped), str(dcp_dirs["default"])]
    text = run_cli("scan", *paths)
    as_json = run_cli("scan", "--json", *paths)
    as_format_json = run_cli("scan", "--format", "json", *paths)
    sarif = run_cli("scan", "--format", "sarif", *paths)
    assert text.returncode == as_json.returncode == as_format_json.returncode == sarif.returncode == 1
    strip = [[{k: v for k, v in r.items() if k != "seconds"} for r in json.loads(o.stdout)]
             for o in (as_json, as_format_json)]
    assert strip[0] == strip[1]
    reports = json.loads(as_format_json.stdout)
    doc = json.loads(sarif.stdout)
    _check_sarif(doc)
    run = doc["runs"][0]
    assert len(run["results"]) == sum(len(r["findings"]) for r in reports)
    assert [a["properties"]["verdict"] for a in run["artifacts"]] == [r["verdict"] for r in reports]
    system = [r for r in run["results"] if r["ruleId"] == "global/os.system"]
    assert {r["level"] for r in system} == {"error"}
    plain = next(r for r in system if r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"].endswith(
        "evil%20model.pkl"))
    assert plain["locations"][0]["physicalLocation"]["region"]["byteOffset"] == 0
    assert plain["properties"]["offsetIn"] == "file"
    member = next(r for r in system if "logicalLocations" in r["locations"][0])
    assert member["locations"][0]["logicalLocations"][0]["fullyQualifiedName"].endswith("data.pkl")
    assert member["properties"]["offsetIn"] == "entry"
    assert run["invocations"][0]["exitCode"] == 1

    safe = run_cli("scan", "--format", "sarif", str(dcp_dirs["default"]))
    assert safe.returncode == 0
    doc = json.loads(safe.stdout)
    _check_sarif(doc)
    assert doc["runs"][0]["results"] == [] and doc["runs"][0]["artifacts"][0]["properties"]["verdict"] == "safe"


# --- pre-commit -----------------------------------------------------------------------------------

def _hooks() -> list[dict[str, str]]:
    """The YAML of .pre-commit-hooks.yaml as far as it is used there: a list of flat mappings."""
    hooks: list[dict[str, str]] = []
    for line in (ROOT / ".pre-commit-hooks.yaml").read_text().splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        match = re.match(r"^(- |  )([A-Za-z_]+): ?(.*)$", line)
        assert match, line
        if match.group(1) == "- ":
            hooks.append({})
        hooks[-1][match.group(2)] = match.group(3).strip()
    return hooks


def test_pre_commit_hook_runs_scan_on_model_files(tmp_path):
    (hook,) = _hooks()
    assert hook["id"] == "torchckpt-scan" and hook["entry"] == "torchckpt scan" and hook["language"] == "python"
    pattern = re.compile(hook["files"])
    for name in ("model.pt", "w.PTH", "pytorch_model.bin", "last.ckpt", "data.pkl", "x.pickle", "a.npy", "b.npz",
                 "model.safetensors", "m.onnx", "silero.jit", "dir/sub/model.pt"):
        assert pattern.search(name), name
    for name in ("README.md", "train.py", "model.pt.txt", "config.json", "model.safetensors.index.json"):
        assert not pattern.search(name), name
    good, evil = tmp_path / "good.pt", tmp_path / "evil.pkl"
    torch.save({"w": torch.ones(2)}, good)
    evil.write_bytes(hostile.raw_payload(tmp_path))
    entry = shlex.split(hook["entry"])
    assert entry[0] == "torchckpt"
    command = [sys.executable, "-m", "torchckpt", *entry[1:]]
    # pre-commit appends the staged file names matching `files`
    ok = subprocess.run([*command, str(good)], check=False, capture_output=True, text=True, timeout=120)
    assert ok.returncode == 0, ok.stdout + ok.stderr
    bad = subprocess.run([*command, str(good), str(evil)], check=False, capture_output=True, text=True, timeout=120)
    assert bad.returncode == 1 and "os.system" in bad.stdout
    assert not (tmp_path / "marker").exists()


# --- differential: a skipped file never makes CPython's unpickler import anything ---------------------

class _Imports(pickle.Unpickler):
    """CPython's own unpickler, stopped at its first import (nothing is ever resolved): whether
    it would import a module."""

    imported: list[str]

    def find_class(self, module, name):
        # a module named by no dotted identifier cannot be imported: nothing would run
        if all(part.isidentifier() for part in f"{module}.{name}".split(".")):
            self.imported.append(f"{module}.{name}")
        raise pickle.UnpicklingError("stop")


def _cpython_imports(data: bytes) -> str | None:
    """The first global ``pickle.load`` would import from ``data``, if any."""
    unpickler = _Imports(io.BytesIO(data))
    unpickler.imported = []
    with contextlib.suppress(Exception):  # only whether an import was asked for matters
        unpickler.load()
    return unpickler.imported[0] if unpickler.imported else None


_SNIPPETS = [b"N0", b"(1", b"I0x1\n0", b"I01\n0", b"K\x05", b"\x80\x02", b"\x95\x05\x00\x00\x00\x00\x00\x00\x00",
             b"}", b"]", b"(", b"0", b"q\x00", b"h\x00", b"\x8c\x02os", b"\x8c\x06system", b"\x93", b"R", b"t",
             b"cos\nsystem\n", b"ctorch\nload\n", b"cnot a module\nx\n", b"\x82\xf0", b"T\x03\x00\x00\x00abc",
             b"X\x02\x00\x00\x00hi", b"Hello world\n", b"# text\n", b"\x89PNG\r\n\x1a\n", b".", b"\xff\xfe", b"G",
             b"L12\n", b"S'x'\n", b"V\xc3\xa9\n", b"e", b"a", b"s", b"u"]


@pytest.mark.slow
def test_skipped_files_never_make_cpython_import_anything(tmp_path):
    import random

    from torchckpt.scan_rules import classify

    rng = random.Random(1234)
    files = []
    for i in range(600):
        parts = [rng.choice(_SNIPPETS) for _ in range(rng.randint(1, 8))]
        if rng.random() < 0.3:
            parts.insert(rng.randint(0, len(parts)), rng.randbytes(rng.randint(1, 40)))
        data = b"".join(parts)
        path = tmp_path / f"f{i:03d}.bin"
        path.write_bytes(data)
        files.append((path, data))
    results = scan_paths([tmp_path], recursive=True)
    skipped = set(results.skipped)
    judged = {r.path: r for r in results}
    imports = 0
    for path, data in files:
        first = _cpython_imports(data)
        if first is None:
            continue
        imports += 1
        assert str(path) not in skipped, data
        module, _, name = first.rpartition(".")
        if classify(module, name)[0] != "safe":
            assert judged[str(path)].verdict != "safe", (data, first)
    assert imports > 30 and len(skipped) > 50  # both sides were exercised


def test_tensor_bytes_probed_as_a_pickle_read_nothing_past_their_entry(tmp_path):
    """Tensor data that starts like a pickle string of a huge length (random weights do, now and
    then) is probed within its own entry: the scan reads neither the next entries nor the rest of
    the file into memory (it once read hundreds of MB of a 1 GB checkpoint this way)."""
    import tracemalloc

    torch = pytest.importorskip("torch")
    head = torch.tensor(list(b"X" + struct.pack("<I", 3 << 20)) + [0] * 59, dtype=torch.uint8)
    path = tmp_path / "w.pt"
    torch.save({"a": head, "b": torch.ones(4 << 20, dtype=torch.uint8)}, path)
    tracemalloc.start()
    try:
        report = scan(path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert report.verdict == "safe", report.findings
    assert peak < 2 << 20, peak
