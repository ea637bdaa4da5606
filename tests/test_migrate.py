"""torchckpt migrate: old checkpoints made loadable by plain torch.load (weights_only=True),
checked against the real torch.load and torch's own get_unsafe_globals_in_checkpoint."""

from __future__ import annotations

import json
import pathlib

import numpy as np
import pytest
import torch
from torch.serialization import get_unsafe_globals_in_checkpoint

from torchckpt._outputs import OverwriteInputError
from torchckpt.migration import WEIGHTS_ONLY_GLOBALS, MigrateError, migrate

from .helpers import run_cli, run_python, same_bits

# A training script of the old days: a whole model pickled with its class, numpy and argparse
# extras, every RNG state; the class is gone when the file is read (it lived in __main__).
OLD_STYLE = """
    import argparse, pathlib, random, sys, datetime, types
    import numpy as np, torch
    class Block(torch.nn.Module):
        def __init__(self):
            super().__init__()
            self.conv = torch.nn.Conv2d(3, 8, 3)
            self.bn = torch.nn.BatchNorm2d(8)
            self.register_buffer("scratch", torch.zeros(2), persistent=False)
            self.names = {0: "cat", 1: "dog"}
    torch.manual_seed(0)
    model = Block()
    model.bn.running_mean.uniform_()
    opt = torch.optim.SGD(model.parameters(), lr=0.1, momentum=0.9)
    model.conv(torch.randn(1, 3, 5, 5)).sum().backward()
    opt.step()
    ckpt = {"model": model, "optimizer": opt.state_dict(), "epoch": np.int64(7), "best_acc": np.float64(0.91),
            "lr": np.float32(0.01), "hist": np.linspace(0, 1, 5),
            "args": argparse.Namespace(lr=0.1, data=pathlib.Path("/d"), when=datetime.date(2020, 1, 2)),
            "rng": {"python": random.getstate(), "numpy": np.random.get_state(), "torch": torch.get_rng_state()},
            "cfg": types.SimpleNamespace(depth=3), "half": np.float16(0.5)}
    torch.save(ckpt, sys.argv[1])
    torch.save({"model": model.state_dict(), "optimizer": opt.state_dict(),
                "hist": torch.from_numpy(np.linspace(0, 1, 5)),
                "np_rng": torch.from_numpy(np.random.get_state()[1])}, sys.argv[2])
"""


def _old_checkpoint(tmp_path: pathlib.Path) -> tuple[pathlib.Path, pathlib.Path]:
    src, ref = tmp_path / "old.pt", tmp_path / "expected.pt"
    script = tmp_path / "train.py"
    script.write_text(__import__("textwrap").dedent(OLD_STYLE))
    proc = run_python(f"import runpy, sys; sys.argv = ['train.py', {str(src)!r}, {str(ref)!r}]; "
                      f"runpy.run_path({str(script)!r}, run_name='__main__')")
    assert proc.returncode == 0, proc.stderr
    return src, ref


def test_old_checkpoint_loads_with_plain_torch_load(tmp_path: pathlib.Path) -> None:
    src, ref = _old_checkpoint(tmp_path)
    with pytest.raises(__import__("pickle").UnpicklingError, match="Weights only load failed"):
        torch.load(src)  # what users hit today
    dst = tmp_path / "new.pt"
    report = migrate(src, dst)
    out = torch.load(dst)  # weights_only=True, no add_safe_globals
    expected = torch.load(ref)
    assert out["model_class"] == "__main__.Block" and out["model_attrs"] == {"names": {0: "cat", 1: "dog"}}
    assert list(out["model"]) == list(expected["model"])  # state_dict() order, non-persistent buffer left out
    for key, tensor in expected["model"].items():
        assert same_bits(out["model"][key], tensor), key
    fresh = torch.nn.Module()
    fresh.conv, fresh.bn = torch.nn.Conv2d(3, 8, 3), torch.nn.BatchNorm2d(8)
    fresh.load_state_dict(out["model"])
    opt = torch.optim.SGD(fresh.parameters(), lr=0.1, momentum=0.9)
    opt.load_state_dict(out["optimizer"])
    assert type(out["epoch"]) is int and out["epoch"] == 7 and type(out["best_acc"]) is float
    assert out["lr"] == float(np.float32(0.01)) and out["half"] == 0.5
    assert same_bits(out["hist"], expected["hist"])
    assert out["args"] == {"lr": 0.1, "data": "/d", "when": "2020-01-02"}
    assert out["cfg"] == {"depth": 3}
    name, state, pos, has_gauss, cached = out["rng"]["numpy"]
    assert name == "MT19937" and same_bits(state, expected["np_rng"])
    np.random.set_state((name, state.numpy(), pos, has_gauss, cached))
    random_state = out["rng"]["python"]
    __import__("random").setstate(random_state)
    torch.set_rng_state(out["rng"]["torch"])
    # every change said, once, in one line
    paths = {c.path for c in report.changes}
    assert {"model", "model_class", "epoch", "best_acc", "lr", "hist", "args", "args.data", "args.when", "cfg",
            "rng.numpy.1", "half"} <= paths
    assert all("\n" not in str(c) for c in report.changes)
    assert migrate(dst, check=True).loads_already


def test_check_agrees_with_torch(tmp_path: pathlib.Path) -> None:
    src, ref = _old_checkpoint(tmp_path)
    for path in (src, ref):
        ours = {r.name for r in migrate(path, check=True).refused}
        assert ours == set(get_unsafe_globals_in_checkpoint(path)), path
    from torch import _weights_only_unpickler

    assert set(_weights_only_unpickler._get_allowed_globals()) == WEIGHTS_ONLY_GLOBALS


def test_check_lists_what_torch_refuses_without_running(tmp_path: pathlib.Path) -> None:
    marker = tmp_path / "ran"
    src = tmp_path / "evil.pt"

    class Evil:
        def __reduce__(self):
            return (open, (str(marker), "w"))

    torch.save({"x": Evil()}, src)
    report = migrate(src, check=True)
    assert [r.name for r in report.refused] == get_unsafe_globals_in_checkpoint(src) == ["io.open"]
    assert report.exit_code == 1 and not marker.exists()


def test_cli_check_exit_codes_and_json(tmp_path: pathlib.Path) -> None:
    src, ref = _old_checkpoint(tmp_path)
    proc = run_cli("migrate", str(src), "--check")
    assert proc.returncode == 1 and "numpy" in proc.stdout and "__main__.Block" in proc.stdout
    assert run_cli("migrate", str(ref), "--check").returncode == 0
    bad = tmp_path / "bad.pt"
    bad.write_bytes(b"garbage")
    proc = run_cli("migrate", str(bad), "--check")
    assert proc.returncode == 2 and proc.stderr.count("\n") == 1 and "Traceback" not in proc.stderr
    dst = tmp_path / "new.pt"
    proc = run_cli("migrate", str(src), str(dst), "--json")
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert data["status"] == "migrated" and data["destination"] == str(dst)
    assert {"path": "epoch", "kind": "numpy", "before": "numpy.int64", "after": "int"} in data["changes"]
    proc = run_cli("migrate", str(src), str(src))
    assert proc.returncode == 2 and "refusing" in proc.stderr
    assert run_cli("migrate", str(src)).returncode == 2


def test_dst_is_src_is_refused(tmp_path: pathlib.Path) -> None:
    src = tmp_path / "a.pt"
    torch.save({"w": torch.ones(2)}, src)
    before = src.read_bytes()
    with pytest.raises(OverwriteInputError):
        migrate(src, src)
    assert src.read_bytes() == before


def test_dill_yolo_like(tmp_path: pathlib.Path) -> None:
    # ultralytics saves with dill; its classes live in an installed package, which dill names
    # rather than pickling by value. Here the package exists while saving, then is gone.
    pkg = tmp_path / "site" / "fakeyolo"
    pkg.mkdir(parents=True)
    (pkg / "__init__.py").write_text("")
    (pkg / "tasks.py").write_text(__import__("textwrap").dedent("""
        import torch
        class Detect(torch.nn.Module):
            def __init__(self):
                super().__init__(); self.cv = torch.nn.Conv2d(3, 4, 1); self.stride = torch.tensor([8., 16.])
        class DetectionModel(torch.nn.Module):
            def __init__(self):
                super().__init__()
                self.model = torch.nn.Sequential(torch.nn.Conv2d(3, 3, 1), Detect())
                self.yaml = {"nc": 2, "kind": dict}
                self.names = {0: "a", 1: "b"}
    """))
    src, ref = tmp_path / "yolo.pt", tmp_path / "ref.pt"
    code = f"""
        import sys; sys.path.insert(0, {str(pkg.parent)!r})
        import dill, torch
        from fakeyolo.tasks import DetectionModel
        m = DetectionModel().half()
        torch.save({{"epoch": -1, "model": m, "ema": None, "optimizer": None, "train_args": {{"imgsz": 640}}}},
                   {str(src)!r}, pickle_module=dill)
        torch.save(m.state_dict(), {str(ref)!r})
    """
    proc = run_python(code)
    assert proc.returncode == 0, proc.stderr
    refused = {r.name for r in migrate(src, check=True).refused}
    assert refused == set(get_unsafe_globals_in_checkpoint(src))
    assert {"dill._dill._load_type", "fakeyolo.tasks.DetectionModel", "fakeyolo.tasks.Detect"} <= refused
    dst = tmp_path / "out.pt"
    report = migrate(src, dst)
    out = torch.load(dst)
    expected = torch.load(ref)
    assert out["model_class"] == "fakeyolo.tasks.DetectionModel" and list(out["model"]) == list(expected)
    assert all(same_bits(out["model"][k], v) for k, v in expected.items())
    assert out["train_args"] == {"imgsz": 640} and out["ema"] is None
    assert out["model_attrs"] == {"yaml": {"nc": 2, "kind": "builtins.dict"}, "names": {0: "a", 1: "b"}}
    assert any(c.path == "model.yaml.kind" and c.kind == "type" for c in report.changes)


def test_not_a_torch_file(tmp_path: pathlib.Path) -> None:
    from safetensors.torch import save_file

    path = tmp_path / "w.safetensors"
    save_file({"w": torch.ones(2)}, path)
    with pytest.raises(MigrateError, match="convert"):
        migrate(path, check=True)


def test_views_and_tied_weights(tmp_path: pathlib.Path) -> None:
    base = torch.arange(12.0)
    src = tmp_path / "v.pt"
    torch.save({"a": base, "tied": base, "view": base[2:8].view(2, 3), "np": np.arange(4, dtype=">f8")}, src)
    dst = tmp_path / "o.pt"
    report = migrate(src, dst)
    out = torch.load(dst)
    assert out["a"].data_ptr() == out["tied"].data_ptr()  # the same tensor stays one storage
    assert torch.equal(out["view"], base[2:8].view(2, 3)) and torch.equal(out["np"], torch.arange(4.0).double())
    assert any(c.path == "view" and "own storage" in c.after for c in report.changes)


# --- every real-world layout the repository tests with ---------------------------------------------
from .test_layouts import LAYOUTS, layouts  # noqa: E402, F401 - the fixture, shared


def _tensors(node: object) -> list[torch.Tensor]:
    if isinstance(node, torch.Tensor):
        return [node]
    if isinstance(node, dict):
        return [t for v in node.values() for t in _tensors(v)]
    if isinstance(node, (list, tuple)):
        return [t for v in node for t in _tensors(v)]
    return []


@pytest.mark.parametrize("name", LAYOUTS)
def test_every_layout_migrates(layouts, name, tmp_path: pathlib.Path) -> None:  # noqa: F811
    lay = layouts[name]
    dst = tmp_path / "migrated.pt"
    migrate(lay.path, dst)
    out = _tensors(torch.load(dst))  # plain torch.load: weights_only=True
    for key, want in lay.expected.items():
        assert any(t.shape == want.shape and same_bits(t, want) for t in out), key
    assert migrate(dst, check=True).loads_already
