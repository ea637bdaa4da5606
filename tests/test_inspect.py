"""`torchckpt inspect` and the safety promises of the reader: nothing runs, torch is never
imported, bad input is one line and exit code 2, and fuzzed files only raise our errors."""

from __future__ import annotations

import json
import os
import pickle
import random
import struct
import sys
import zipfile

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import torchckpt
from torchckpt.analysis import summarize
from torchckpt.errors import TorchckptError

from .helpers import run_cli, run_python

torch = pytest.importorskip("torch")


# --- the JSON contract -------------------------------------------------------------------------
def test_inspect_json_contract(training_checkpoint):
    r = run_cli("inspect", "--json", str(training_checkpoint))
    assert r.returncode == 0, r.stderr
    out = json.loads(r.stdout)
    for key in ("format", "file_size", "tensors", "tensor_bytes", "state_dicts", "objects", "size_breakdown"):
        assert key in out
    assert out["format"] == "torch-zip"
    assert out["file_size"] == os.path.getsize(training_checkpoint)
    loaded = torch.load(training_checkpoint, weights_only=False)
    model = loaded["model"]
    rows = {t["name"]: t for t in out["tensors"]}
    for k, v in model.items():
        row = rows[f"model.{k}"]
        assert (row["dtype"], row["shape"], row["nbytes"], row["location"]) == (
            str(v.dtype)[6:], list(v.shape), v.numel() * v.element_size(), "cpu")
    assert set(rows[next(iter(rows))]) >= {"name", "dtype", "shape", "nbytes", "location"}
    contract = ("path", "tensors", "parameters", "prefix", "kind", "class")
    assert [{k: sd[k] for k in contract} for sd in out["state_dicts"]] == [
        {"path": "model", "tensors": len(model), "parameters": out["state_dicts"][0]["parameters"],
         "prefix": "module.", "kind": "dict", "class": None}]
    assert out["state_dicts"][0]["default"] and out["weights"]["path"] == "model"
    assert {"path": "args", "class": "argparse.Namespace"} in out["objects"]
    assert sum(row["bytes"] for row in out["size_breakdown"]) == out["file_size"]
    opt = next(row for row in out["size_breakdown"] if row["path"] == "optimizer")
    exp = sum(t.numel() * t.element_size() for s in loaded["optimizer"]["state"].values() for t in s.values())
    assert opt["bytes"] == exp


def test_size_breakdown_reports_views_and_shared_storages(tmp_path):
    big = torch.randn(1000, 100)
    path = tmp_path / "bloat.pt"
    torch.save({"head": big[:2], "tied_a": big[:2], "w": torch.ones(10)}, path)
    with torchckpt.open(path) as ckpt:
        s = summarize(ckpt)
    assert s.tensor_bytes == 1000 * 100 * 4 + 40  # the whole storage is in the file
    over = s.oversized_storages[0]
    assert (over["storage_bytes"], over["used_bytes"]) == (400000, 800)
    assert s.shared_storages[0]["tensors"] == ["head", "tied_a"]
    assert any("bigger than the tensors" in h for h in s.hints)


def test_inspect_human_view(training_checkpoint):
    r = run_cli("inspect", str(training_checkpoint))
    assert r.returncode == 0, r.stderr
    for text in ("torch-zip", "model weights", "module.", "optimizer", "why the file is this size",
                 "argparse.Namespace", "model.module.conv.weight"):
        assert text in r.stdout, text


def test_inspect_folds_long_tables(tmp_path):
    path = tmp_path / "many.pt"
    torch.save({f"layer{i}.weight": torch.zeros(1) for i in range(100)}, path)
    r = run_cli("inspect", str(path))
    assert "60 more tensors" in r.stdout
    r = run_cli("inspect", "--all", str(path))
    assert "layer99.weight" in r.stdout and "more tensors" not in r.stdout


def test_core_never_imports_torch_or_numpy(training_checkpoint):
    r = run_python(f"""
        import sys
        from torchckpt.cli import main
        assert main(["inspect", "--json", {str(training_checkpoint)!r}]) == 0
        assert main(["inspect", {str(training_checkpoint)!r}]) == 0
        bad = [m for m in ("torch", "numpy") if m in sys.modules]
        print("IMPORTED", bad, file=sys.stderr)
        sys.exit(1 if bad else 0)
    """)
    assert r.returncode == 0, r.stderr[-2000:]


# --- nothing from the file ever runs ------------------------------------------------------------
def _payloads(marker: str) -> dict[str, bytes]:
    """Hostile pickles built opcode by opcode; each writes ``marker`` when really unpickled."""
    cmd = f"touch {marker}".encode()
    text = cmd.decode()
    return {
        "global_reduce": b"cos\nsystem\n(X" + struct.pack("<I", len(cmd)) + cmd + b"tR.",
        "posix_proto0": b"cposix\nsystem\n(V" + cmd + b"\ntR.",
        "builtin_exec_fix_imports": b"c__builtin__\nexec\n(V__import__('os').system('" + cmd + b"')\ntR.",
        "stack_global_memo": (b"\x80\x04\x8c\x02os\x94\x8c\x06system\x94h\x00h\x01\x93\x94(X"
                              + struct.pack("<I", len(cmd)) + cmd + b"tR."),
        "inst": b"(V" + cmd + b"\nios\nsystem\n.",
        "obj": b"(cos\nsystem\nV" + cmd + b"\no.",
        "nested_in_state_dict": (b"\x80\x02}q\x00(X\x01\x00\x00\x00wq\x01cos\nsystem\nq\x02X"
                                 + struct.pack("<I", len(cmd)) + cmd + b"\x85q\x03Rq\x04u."),
        "builtins_exec_open": (b"\x80\x02cbuiltins\nexec\n(V" + f"open('{marker}','w')".encode() + b"\ntR."),
        "eval_text": b"cbuiltins\neval\n(V" + f"__import__('os').system({text!r})".encode() + b"\ntR.",
    }


@pytest.mark.parametrize("name", list(_payloads("x")))
def test_hostile_pickles_never_run(tmp_path, name):
    marker = tmp_path / "PWNED"
    payload = _payloads(str(marker))[name]
    path = tmp_path / "evil.pkl"
    path.write_bytes(payload)
    # the payload is real: plain pickle runs it (in a child process)
    r = run_python(f"import pickle; pickle.loads(open({str(path)!r}, 'rb').read())")
    assert marker.exists(), (name, r.stderr)
    marker.unlink()
    # reading it with torchckpt runs nothing, through the API and the CLI
    try:
        with torchckpt.open(path) as ckpt:
            ckpt.tensors(), ckpt.state_dicts(), ckpt.objects(), summarize(ckpt)
    except TorchckptError:
        pass
    r = run_cli("inspect", str(path))
    assert r.returncode in (0, 2)
    assert not marker.exists(), name


def test_hostile_data_pkl_inside_a_real_torch_zip(tmp_path):
    marker = tmp_path / "PWNED"
    src = tmp_path / "ok.pt"
    torch.save({"w": torch.ones(2)}, src)
    evil = tmp_path / "evil.pt"
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(evil, "w") as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename.endswith("data.pkl"):
                data = _payloads(str(marker))["global_reduce"]
            zout.writestr(item, data)
    r = run_python(f"import torch; torch.load({str(evil)!r}, weights_only=False)")
    assert marker.exists(), r.stderr
    marker.unlink()
    r = run_cli("inspect", "--json", str(evil))
    assert not marker.exists()
    assert r.returncode == 0
    assert "os.system" in json.loads(r.stdout)["imports"]


# --- bad input: one line, exit 2, nothing written ----------------------------------------------
def _bad_inputs(tmp_path, training_checkpoint) -> dict[str, str]:
    data = training_checkpoint.read_bytes()
    cases = {
        "empty": b"",
        "truncated_zip": data[: len(data) // 2],
        "truncated_zip_tail": data[:-10],
        "truncated_pickle": pickle.dumps({"a": list(range(100))}, protocol=2)[:-20],
        "random": random.Random(0).randbytes(4096),
        "text": b"hello, this is not a model\n",
        "legacy_truncated": None,
    }
    legacy = tmp_path / "legacy.pt"
    torch.save({"w": torch.randn(100)}, legacy, _use_new_zipfile_serialization=False)
    cases["legacy_truncated"] = legacy.read_bytes()[:-100]
    paths = {}
    for name, blob in cases.items():
        p = tmp_path / f"{name}.pt"
        p.write_bytes(blob)
        paths[name] = str(p)
    notckpt = tmp_path / "notckpt.zip"
    with zipfile.ZipFile(notckpt, "w") as z:
        z.writestr("readme.txt", "hi")
    paths["zip_not_checkpoint"] = str(notckpt)
    paths["directory"] = str(tmp_path)
    paths["missing"] = str(tmp_path / "nope.pt")
    return paths


def test_bad_input_is_one_line_and_exit_2(tmp_path, training_checkpoint):
    for name, path in _bad_inputs(tmp_path, training_checkpoint).items():
        before = sorted(os.listdir(tmp_path))
        r = run_cli("inspect", path)
        assert r.returncode == 2, (name, r.stdout, r.stderr)
        lines = r.stderr.strip().splitlines()
        assert len(lines) == 1 and "Traceback" not in r.stderr, (name, r.stderr)
        assert path in lines[0], (name, lines[0])
        assert sorted(os.listdir(tmp_path)) == before


def test_debug_flag_shows_traceback(tmp_path):
    p = tmp_path / "empty.pt"
    p.write_bytes(b"")
    r = run_cli("--debug", "inspect", str(p))
    assert r.returncode != 0 and "Traceback" in r.stderr


# --- fuzzing: mutated files only ever raise TorchckptError ------------------------------------
def _seed_files(tmp_path_factory):
    d = tmp_path_factory.mktemp("seeds")
    seeds = {}
    sd = {"conv.weight": torch.randn(2, 2), "n": torch.tensor(3), "h": torch.ones(3, dtype=torch.float16)}
    torch.save({"model": sd, "epoch": 1, "args": {"lr": 0.1}}, d / "zip.pt")
    torch.save({"model": sd, "epoch": 1}, d / "legacy.pt", _use_new_zipfile_serialization=False)
    from safetensors.torch import save_file

    save_file({k: v.contiguous() for k, v in sd.items()}, d / "x.safetensors")
    import numpy as np

    np.save(d / "x.npy", np.arange(6, dtype=np.float32))
    (d / "p.pkl").write_bytes(pickle.dumps({"a": [1, 2.5, "x", b"y", (1,), {3}]}, protocol=4))
    np.savez(d / "x.npz", a=np.arange(4, dtype=np.float16), b=np.ones((2, 2)))
    from .test_reader import _write_tar_checkpoint

    _write_tar_checkpoint(d / "old.tar", {"w": torch.randn(2, 3), "n": torch.arange(3)})
    lin = torch.nn.Sequential(torch.nn.Linear(2, 2), torch.nn.BatchNorm1d(2))
    torch.jit.script(lin).save(str(d / "script.pt"))
    for p in d.iterdir():
        seeds[p.name] = p.read_bytes()
    return seeds


@pytest.fixture(scope="module")
def seeds(tmp_path_factory):
    return _seed_files(tmp_path_factory)


def _exercise(path) -> None:
    with torchckpt.open(path) as ckpt:
        summarize(ckpt)
        for ref in ckpt.tensors().values():
            ref.numpy()


@settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_fuzz_mutated_files_raise_only_our_errors(tmp_path_factory, seeds, data):
    name = data.draw(st.sampled_from(sorted(seeds)))
    blob = bytearray(seeds[name])
    for _ in range(data.draw(st.integers(1, 6))):
        op = data.draw(st.sampled_from(["flip", "truncate", "insert", "delete", "byte"]))
        pos = data.draw(st.integers(0, max(len(blob) - 1, 0)))
        if op == "flip" and blob:
            blob[pos] ^= 1 << data.draw(st.integers(0, 7))
        elif op == "byte" and blob:
            blob[pos] = data.draw(st.integers(0, 255))
        elif op == "truncate":
            del blob[pos:]
        elif op == "insert":
            blob[pos:pos] = data.draw(st.binary(min_size=1, max_size=16))
        elif op == "delete":
            del blob[pos:pos + data.draw(st.integers(1, 32))]
    path = tmp_path_factory.mktemp("fuzz") / name
    path.write_bytes(bytes(blob))
    try:
        _exercise(path)
    except TorchckptError as exc:
        assert "\n" not in str(exc)


def test_public_api_is_sorted():
    assert torchckpt.__all__ == sorted(torchckpt.__all__)
    for name in torchckpt.__all__:
        assert hasattr(torchckpt, name), name


def test_python_dash_m_works():
    r = run_cli("--version")
    assert r.returncode == 0 and "torchckpt" in r.stdout
    assert sys.executable


# --- explaining size ----------------------------------------------------------------------------
def test_float64_weights_get_a_hint(tmp_path):
    path = tmp_path / "f64.pt"
    torch.save({"model": torch.nn.Linear(256, 256).double().state_dict()}, path)
    with torchckpt.open(path) as ckpt:
        hints = summarize(ckpt).hints
    assert any("is float64" in h and "--dtype float32" in h for h in hints), hints


def test_pickled_python_data_is_attributed_to_its_key(tmp_path):
    """A 200k-float list, a numpy array and a long string inside the pickle are not lumped into
    "(pickle, headers and padding)": each gets its top-level key's row, close to its real size."""
    import numpy as np

    history = [float(i) for i in range(200_000)]
    anchors = np.random.default_rng(0).random((200, 300))
    log = "epoch done\n" * 40_000
    path = tmp_path / "ck.pt"
    torch.save({"model": torch.nn.Linear(64, 64).state_dict(), "history": history, "anchors": anchors,
                "log": log, "epoch": 3}, path)
    with torchckpt.open(path) as ckpt:
        s = summarize(ckpt)
    rows = {r["path"]: r["bytes"] for r in s.size_breakdown}
    # the real pickled sizes, from pickle itself (torch.save uses protocol 2)
    for key, value in (("history", history), ("anchors", anchors), ("log", log)):
        real = len(pickle.dumps(value, protocol=2))
        assert 0.85 * real <= rows[key] <= 1.05 * real, (key, rows[key], real)
    assert rows["(pickle, headers and padding)"] < 0.05 * s.file_size
    assert sum(rows.values()) == s.file_size
    assert {r["path"] for r in s.pickled_data} == {"history", "anchors", "log"}
    tree = {r["key"]: r for r in s.tree}
    assert tree["history"]["bytes"] == rows["history"] and tree["epoch"]["bytes"] == 0
    assert any("'history'" in h and "pickled Python data" in h for h in s.hints)


def test_inspect_key_shows_a_subtree(tmp_path):
    import argparse

    model = torch.nn.Sequential(torch.nn.Linear(4, 4), torch.nn.Linear(4, 2))
    opt = torch.optim.SGD(model.parameters(), lr=0.1, momentum=0.9)
    model(torch.randn(2, 4)).sum().backward()
    opt.step()
    path = tmp_path / "t.pt"
    torch.save({"model": model.state_dict(), "optimizer": opt.state_dict(),
                "train_args": argparse.Namespace(lr=0.1, epochs=3)}, path)
    r = run_cli("inspect", str(path), "--key", "optimizer.param_groups")
    assert r.returncode == 0, r.stderr
    assert "optimizer.param_groups" in r.stdout and "lr float 0.1" in r.stdout and "momentum float 0.9" in r.stdout
    r = run_cli("inspect", str(path), "--key", "optimizer.param_groups", "--json")
    data = json.loads(r.stdout)
    assert data["key"] == "optimizer.param_groups" and data["type"] == "list" and data["tensor_count"] == 0
    group = data["tree"][0]
    assert group["key"] == "0" and {c["key"]: c["summary"] for c in group["children"]}["lr"] == "0.1"
    r = run_cli("inspect", str(path), "--key", "optimizer", "--json")
    data = json.loads(r.stdout)
    assert data["tensor_count"] == 4 and all(t["name"].startswith("optimizer.state.") for t in data["tensors"])
    assert data["tensor_bytes"] == sum(t["nbytes"] for t in data["tensors"])
    r = run_cli("inspect", str(path), "--key", "train_args")
    assert r.returncode == 0 and "argparse.Namespace" in r.stdout and "epochs int 3" in r.stdout
    r = run_cli("inspect", str(path), "--key", "model.1", "--json")  # a module inside a flat state dict
    data = json.loads(r.stdout)
    assert [t["name"] for t in data["tensors"]] == ["model.1.weight", "model.1.bias"]
    assert [row["key"] for row in data["tree"]] == ["weight", "bias"]
    r = run_cli("inspect", str(path), "--key", "optimizer.nope")
    assert r.returncode == 2 and "Traceback" not in r.stderr
    assert "no key 'optimizer.nope'" in r.stderr and "'optimizer.state'" in r.stderr
