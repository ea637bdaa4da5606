"""Fuzz the whole command line: mutated real checkpoints through every command.

Seeds are real files (torch zip training checkpoint, legacy torch, TorchScript, raw pickle,
safetensors, ONNX, npz); mutations are bit flips, byte changes, truncations, splices from
another seed and edits of one zip entry (the archive stays a valid zip, so the damage reaches
the parsers behind it). Every command runs in-process through ``torchckpt.cli.main`` and must
keep the contract: no traceback, an exit code from the command's set, on exit 2 one
``torchckpt:`` line on stderr and nothing written (no output, no temporary file), and the input
unchanged. A few cases run through ``python -m torchckpt`` too.
"""

from __future__ import annotations

import io
import os
import pickle
import shutil
import textwrap
import warnings
import zipfile
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

torch = pytest.importorskip("torch")


from .helpers import cli_in_process, run_cli  # noqa: E402

NETDEF = textwrap.dedent('''
    from torch import nn

    def net():
        return nn.Sequential(nn.Linear(6, 5), nn.ReLU(), nn.Linear(5, 3))
''')

# The exit codes each command may return (docs/contract.md).
EXITS = {"inspect": {0, 2}, "scan": {0, 1, 2, 3}, "convert": {0, 2}, "slim": {0, 2}, "diff": {0, 1, 2},
         "report": {0, 2}, "verify": {0, 1, 2}, "load-check": {0, 1, 2}, "export": {0, 1, 2},
         "migrate": {0, 1, 2}}


def _seeds(directory: Path) -> dict[str, bytes]:
    torch.manual_seed(0)
    model = torch.nn.Sequential(torch.nn.Linear(6, 5), torch.nn.ReLU(), torch.nn.Linear(5, 3))
    opt = torch.optim.Adam(model.parameters())
    model(torch.randn(2, 6)).sum().backward()
    opt.step()
    sd = model.state_dict()
    torch.save({"epoch": 2, "model": sd, "optimizer": opt.state_dict(), "best": torch.tensor(0.5),
                "args": {"lr": 0.1, "name": "run"}}, directory / "train.pt")
    torch.save({"state_dict": sd, "epoch": 1}, directory / "legacy.pth", _use_new_zipfile_serialization=False)
    torch.jit.script(model).save(str(directory / "script.pt"))
    import torchckpt

    torchckpt.save({"model": sd, "step": 10}, directory / "saved.pt")  # carries an integrity record
    (directory / "raw.pkl").write_bytes(pickle.dumps({"w": [1.0, 2.0], "meta": {"a": (1, "x")}}, protocol=4))
    from safetensors.torch import save_file

    save_file({k: v.contiguous() for k, v in sd.items()}, str(directory / "model.safetensors"))
    np.savez(directory / "arrays.npz", **{k: v.numpy() for k, v in sd.items()})
    import onnx
    from onnx import TensorProto, helper, numpy_helper

    w = numpy_helper.from_array(sd["0.weight"].numpy().T.copy(), "W")
    graph = helper.make_graph([helper.make_node("MatMul", ["x", "W"], ["y"])], "g",
                              [helper.make_tensor_value_info("x", TensorProto.FLOAT, [1, 6])],
                              [helper.make_tensor_value_info("y", TensorProto.FLOAT, [1, 5])], initializer=[w])
    onnx.save(helper.make_model(graph), str(directory / "model.onnx"))
    return {p.name: p.read_bytes() for p in sorted(directory.iterdir())}


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    root = tmp_path_factory.mktemp("cli-fuzz")
    seeds_dir = root / "seeds"
    seeds_dir.mkdir()
    seeds = _seeds(seeds_dir)
    (root / "netdef.py").write_text(NETDEF)
    return root, seeds_dir, seeds


def _mutate_zip_entry(blob: bytes, data: st.DataObject) -> bytes:
    """Rewrite one entry of a zip (flip, truncate or replace its bytes); the zip stays valid."""
    try:
        with zipfile.ZipFile(io.BytesIO(blob)) as zf:
            entries = [(info, zf.read(info)) for info in zf.infolist()]
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError):
        return blob
    if not entries:
        return blob
    index = data.draw(st.integers(0, len(entries) - 1), label="entry")
    content = bytearray(entries[index][1])
    how = data.draw(st.sampled_from(["flip", "truncate", "replace", "grow"]), label="entry-edit")
    if how == "flip" and content:
        pos = data.draw(st.integers(0, len(content) - 1))
        content[pos] ^= 1 << data.draw(st.integers(0, 7))
    elif how == "truncate":
        del content[data.draw(st.integers(0, len(content))):]
    elif how == "replace":
        content = bytearray(data.draw(st.binary(max_size=64)))
    else:
        content += data.draw(st.binary(min_size=1, max_size=64))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as zf:
        for i, (info, body) in enumerate(entries):
            zf.writestr(info.filename, bytes(content) if i == index else body)
    return out.getvalue()


def _mutate(blob: bytes, seeds: dict[str, bytes], data: st.DataObject) -> bytes:
    if blob[:2] == b"PK" and data.draw(st.booleans(), label="zip-entry"):
        return _mutate_zip_entry(blob, data)
    buf = bytearray(blob)
    for _ in range(data.draw(st.integers(1, 3), label="mutations")):
        # mostly small damage, so that most files still open and the damage reaches deep code
        op = data.draw(st.sampled_from(["flip"] * 4 + ["byte"] * 2 + ["splice", "delete", "truncate"]), label="op")
        pos = data.draw(st.integers(0, max(len(buf) - 1, 0)), label="pos")
        if op == "flip" and buf:
            buf[pos] ^= 1 << data.draw(st.integers(0, 7))
        elif op == "byte" and buf:
            buf[pos] = data.draw(st.integers(0, 255))
        elif op == "truncate":
            del buf[pos:]
        elif op == "splice":
            other = seeds[data.draw(st.sampled_from(sorted(seeds)), label="donor")]
            start = data.draw(st.integers(0, max(len(other) - 1, 0)))
            buf[pos:pos] = other[start:start + data.draw(st.integers(1, 256))]
        else:
            del buf[pos:pos + data.draw(st.integers(1, 64))]
    return bytes(buf)


def _commands(path: Path, original: Path, spec: str, out: Path, *, export: bool) -> list[tuple[str, list[str], str]]:
    """``(command, argv, output name or "")`` for every command on ``path``."""
    p, o = str(path), str(original)
    cmds = [
        ("inspect", ["inspect", p], ""),
        ("inspect", ["inspect", p, "--json"], ""),
        ("inspect", ["inspect", p, "--key", "model"], ""),
        ("scan", ["scan", p], ""),
        ("scan", ["scan", p, "--json"], ""),
        ("convert", ["convert", p, "o.safetensors"], "o.safetensors"),
        ("convert", ["convert", p, "o.pt", "--dtype", "fp16"], "o.pt"),
        ("convert", ["convert", p, "o.wts"], "o.wts"),
        ("convert", ["convert", p, "o.npz", "--strip-prefix", "auto"], "o.npz"),
        ("slim", ["slim", p, "s.pt"], "s.pt"),
        ("slim", ["slim", p, "k.pt", "--keep-structure"], "k.pt"),
        ("migrate", ["migrate", p, "m.pt"], "m.pt"),
        ("migrate", ["migrate", p, "--check"], ""),
        ("diff", ["diff", p, o], ""),
        ("report", ["report", p, "-o", "r.html"], "r.html"),
        ("verify", ["verify", p], ""),
        ("load-check", ["load-check", spec, p], ""),
    ]
    if export:
        cmds.append(("export", ["export", spec, p, "m.pt", "--to", "torchscript", "--no-verify", "--non-strict"],
                     "m.pt"))
    return cmds


def _run(argv: list[str], cwd: Path) -> tuple[int, str, str]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return cli_in_process(*argv, cwd=cwd)


def _check(command: str, argv: list[str], code: int, err: str, workdir: Path, output: str) -> None:
    where = f"{argv}: exit {code}\n{err}"
    assert "Traceback" not in err, where
    assert "internal error" not in err, where
    assert code in EXITS[command], where
    if code == 2:
        lines = [line for line in err.splitlines() if line.strip()]
        assert lines and lines[-1].startswith("torchckpt: error: "), where
        assert os.listdir(workdir) == [], (where, os.listdir(workdir))  # no output, no temporary file
    elif output:
        assert (workdir / output).exists() or code != 0, where


_EXAMPLES = {"n": 0}


@pytest.mark.slow
@settings(max_examples=45, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)
@given(data=st.data())
def test_every_command_survives_mutated_checkpoints(world, tmp_path_factory, data):
    root, seeds_dir, seeds = world
    name = data.draw(st.sampled_from(sorted(seeds)), label="seed")
    blob = _mutate(seeds[name], seeds, data)
    case = tmp_path_factory.mktemp("case")
    path = case / name
    path.write_bytes(blob)
    spec = f"{root / 'netdef.py'}:net"
    _EXAMPLES["n"] += 1
    export = _EXAMPLES["n"] % 9 == 1  # the TorchScript export costs ~0.3 s: a few cases carry it
    for command, argv, output in _commands(path, seeds_dir / name, spec, case, export=export):
        workdir = case / "out"
        workdir.mkdir()
        code, _, err = _run(argv, workdir)
        _check(command, argv, code, err, workdir, output)
        shutil.rmtree(workdir)
        assert path.read_bytes() == blob, f"{argv} changed its input"
    assert sorted(os.listdir(case)) == [name]


def test_unmutated_seeds_pass_every_command(world, tmp_path):
    """The seeds themselves: every command works (exit 0, or the verdict codes)."""
    root, seeds_dir, seeds = world
    spec = f"{root / 'netdef.py'}:net"
    for name, blob in seeds.items():
        path = tmp_path / name
        path.write_bytes(blob)
        for command, argv, output in _commands(path, seeds_dir / name, spec, tmp_path, export=name == "train.pt"):
            workdir = tmp_path / "out"
            workdir.mkdir()
            code, _, err = _run(argv, workdir)
            _check(command, argv, code, err, workdir, output)
            if command in ("inspect", "diff", "report") and "--key" not in argv:
                assert code == 0, (argv, err)
            shutil.rmtree(workdir)
        assert path.read_bytes() == blob


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_mutated_files_through_the_real_entry_point(world, tmp_path, seed):
    """``python -m torchckpt``: the same contract from a real process."""
    import random

    _, _, seeds = world
    rng = random.Random(seed)
    name = sorted(seeds)[seed * 2 % len(seeds)]
    blob = bytearray(seeds[name])
    for _ in range(3):
        blob[rng.randrange(len(blob))] ^= 1 << rng.randrange(8)
    del blob[rng.randrange(len(blob) // 2, len(blob)):]
    path = tmp_path / name
    path.write_bytes(bytes(blob))
    for command, argv in (("inspect", ["inspect", str(path)]), ("scan", ["scan", str(path)]),
                          ("convert", ["convert", str(path), str(tmp_path / "o.safetensors")])):
        r = run_cli(*argv)
        assert "Traceback" not in r.stderr and r.returncode in EXITS[command], (argv, r.returncode, r.stderr)
        if r.returncode == 2:
            assert r.stderr.strip().splitlines()[-1].startswith("torchckpt: error: ")
    assert path.read_bytes() == bytes(blob)
    assert sorted(os.listdir(tmp_path)) in ([name], sorted([name, "o.safetensors"]))
