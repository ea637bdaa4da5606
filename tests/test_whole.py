"""torchckpt.load: the whole tree, compared with the real torch.load(weights_only=False)."""

from __future__ import annotations

import argparse
import collections
import contextlib
import datetime
import math
import pathlib
import sys
import types

import numpy as np
import pytest
import torch
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from torch import nn

import torchckpt
from torchckpt.model import ObjectStub
from torchckpt.whole import UnresolvedObjectsError, load

from .helpers import run_python


# --- deep equality, sharing included --------------------------------------------------------------
class _Same:
    """Compares two trees; tensors by dtype, shape, stride, offset, values, grad flag and which
    storage they use (the mapping between the two results' storages must be one-to-one)."""

    def __init__(self) -> None:
        self.storages: dict[int, int] = {}
        self.back: dict[int, int] = {}

    def check(self, a: object, b: object, where: str = "") -> None:
        assert type(a) is type(b), f"{where}: {type(a).__name__} != {type(b).__name__}"
        if isinstance(a, torch.Tensor):
            assert isinstance(b, torch.Tensor)
            assert (a.dtype, a.shape, a.stride(), a.storage_offset(), a.requires_grad) == \
                (b.dtype, b.shape, b.stride(), b.storage_offset(), b.requires_grad), where
            assert torch.equal(a.detach().view(torch.uint8) if a.numel() and a.dtype.itemsize == 1 else a.detach(),
                               b.detach().view(torch.uint8) if b.numel() and b.dtype.itemsize == 1 else b.detach()) \
                or torch.equal(a.detach().isnan(), b.detach().isnan()), where
            pa, pb = a.untyped_storage().data_ptr(), b.untyped_storage().data_ptr()
            if a.untyped_storage().nbytes():
                assert self.storages.setdefault(pa, pb) == pb and self.back.setdefault(pb, pa) == pa, \
                    f"{where}: storage sharing differs"
        elif isinstance(a, np.ndarray):
            assert isinstance(b, np.ndarray)
            assert a.dtype == b.dtype and a.shape == b.shape and a.tobytes() == b.tobytes(), where
        elif isinstance(a, dict):
            assert isinstance(b, dict)
            assert list(a) == list(b), where
            for k in a:
                self.check(a[k], b[k], f"{where}.{k}")
            assert vars(a) == vars(b) if hasattr(a, "__dict__") else True
        elif isinstance(a, (list, tuple)):
            assert isinstance(b, (list, tuple)) and len(a) == len(b), where
            for i, (x, y) in enumerate(zip(a, b)):
                self.check(x, y, f"{where}.{i}")
        elif isinstance(a, (argparse.Namespace, types.SimpleNamespace)):
            self.check(vars(a), vars(b), where)
        elif isinstance(a, float) and math.isnan(a):
            assert math.isnan(b), where  # type: ignore[arg-type]
        else:
            assert a == b, f"{where}: {a!r} != {b!r}"


def assert_same_as_torch(path: str | pathlib.Path) -> None:
    ours = load(path)
    theirs = torch.load(path, weights_only=False)
    _Same().check(ours, theirs)


# --- the property ---------------------------------------------------------------------------------
DTYPES = [torch.float32, torch.float16, torch.bfloat16, torch.int64, torch.int8, torch.uint8, torch.bool,
          torch.float64]
NP_SCALARS = [np.float64, np.float32, np.float16, np.int64, np.int32, np.uint8, np.int16]


@st.composite
def tensors(draw: st.DrawFn) -> list[torch.Tensor]:
    dtype = draw(st.sampled_from(DTYPES))
    n = draw(st.integers(0, 24))
    base = (torch.arange(n) % 7).to(dtype) if dtype != torch.bool else torch.arange(n) % 2 == 0
    out = [base]
    if n >= 6:
        out.append(base[2:])  # a view at an offset
        out.append(base[:6].view(2, 3).t())  # a transposed view
    return out


leaves = st.one_of(
    st.none(), st.booleans(), st.integers(-2**70, 2**70), st.floats(allow_nan=False), st.text(max_size=8),
    st.binary(max_size=8),
    st.builds(lambda k, v: k(v), st.sampled_from(NP_SCALARS), st.integers(0, 100)),
    st.builds(lambda n, k: np.arange(n).astype(k), st.integers(0, 6), st.sampled_from(["f4", "i8", "u1", ">i4"])),
    st.builds(lambda a, b: argparse.Namespace(lr=a, name=b), st.floats(allow_nan=False), st.text(max_size=4)),
    st.builds(lambda a: types.SimpleNamespace(epoch=a), st.integers(0, 9)),
    st.builds(lambda s: pathlib.PurePosixPath("/runs", s), st.text("abc", min_size=1, max_size=4)),
    st.just(torch.Size([2, 3])), st.just(torch.float16), st.just(torch.device("cpu")),
    st.just(datetime.datetime(2024, 5, 6, 7, 8, 9)),
)


@st.composite
def checkpoints(draw: st.DrawFn) -> object:
    shared = draw(tensors())
    tensor_leaf = st.sampled_from(shared)
    tree = st.recursive(
        st.one_of(leaves, tensor_leaf),
        lambda kids: st.one_of(st.lists(kids, max_size=4), st.tuples(kids, kids),
                               st.dictionaries(st.one_of(st.text(max_size=5), st.integers(0, 9)), kids, max_size=4),
                               st.builds(lambda d: collections.OrderedDict(d),
                                         st.dictionaries(st.text(max_size=5), kids, max_size=3))),
        max_leaves=12)
    return {"shared": shared, "tree": draw(tree)}


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                  HealthCheck.too_slow])
@given(obj=checkpoints(), proto=st.integers(2, 5), zipped=st.booleans())
def test_load_equals_torch_load(tmp_path: pathlib.Path, obj: object, proto: int, zipped: bool) -> None:
    path = tmp_path / f"p{proto}{zipped}.pt"
    torch.save(obj, path, pickle_protocol=proto, _use_new_zipfile_serialization=zipped)
    assert_same_as_torch(path)


# --- a training checkpoint ------------------------------------------------------------------------
class Net(nn.Module):
    def __init__(self) -> None:
        super().__init__()
        self.emb = nn.Embedding(10, 4)
        self.fc = nn.Linear(4, 10)
        self.fc.weight = self.emb.weight  # tied
        self.bn = nn.BatchNorm1d(4)


def _training_checkpoint(path: pathlib.Path) -> tuple[Net, torch.optim.Optimizer]:
    torch.manual_seed(0)
    model = Net()
    opt = torch.optim.Adam(model.parameters(), lr=1e-3)
    sched = torch.optim.lr_scheduler.StepLR(opt, 2)
    model.fc(model.bn(model.emb(torch.tensor([1, 2, 3])))).sum().backward()
    opt.step()
    sched.step()
    torch.save({"model": model.state_dict(), "optimizer": opt.state_dict(), "scheduler": sched.state_dict(),
                "epoch": np.int64(3), "best": np.float32(0.25), "args": argparse.Namespace(lr=1e-3, data="x"),
                "rng": {"torch": torch.get_rng_state(), "numpy": np.random.get_state()},
                "params": list(model.parameters())}, path)
    return model, opt


def test_training_checkpoint_resumes(tmp_path: pathlib.Path) -> None:
    path = tmp_path / "train.pt"
    _training_checkpoint(path)
    ckpt = torchckpt.load(path)
    assert_same_as_torch(path)
    fresh = Net()
    fresh.load_state_dict(ckpt["model"])
    fresh_opt = torch.optim.Adam(fresh.parameters())
    fresh_opt.load_state_dict(ckpt["optimizer"])  # int keys and param_groups as saved
    assert set(ckpt["optimizer"]["state"]) == {0, 1, 2, 3}  # the tied weight is one parameter
    sched = torch.optim.lr_scheduler.StepLR(fresh_opt, 5)
    sched.load_state_dict(ckpt["scheduler"])
    assert sched.last_epoch == 1
    assert type(ckpt["model"]) is collections.OrderedDict and ckpt["model"]._metadata
    assert ckpt["model"]["emb.weight"].data_ptr() == ckpt["model"]["fc.weight"].data_ptr()  # tied stay tied
    assert all(type(p) is nn.Parameter for p in ckpt["params"])
    assert type(ckpt["epoch"]) is np.int64 and type(ckpt["best"]) is np.float32
    np.random.set_state(ckpt["rng"]["numpy"])
    torch.set_rng_state(ckpt["rng"]["torch"])


def test_mmap_copy_on_write(tmp_path: pathlib.Path) -> None:
    path = tmp_path / "w.pt"
    torch.save({"w": torch.zeros(1000)}, path)
    before = path.read_bytes()
    for mmap in (True, False):
        ckpt = load(path, mmap=mmap)
        ckpt["w"] += 1
        assert ckpt["w"].sum() == 1000
    assert path.read_bytes() == before


def test_user_class_is_a_stub_and_strict_names_it(tmp_path: pathlib.Path) -> None:
    path = tmp_path / "user.pt"
    code = f"""
        import torch, sys
        class Config:
            def __init__(self): self.depth = 3; self.w = torch.ones(2)
        class Head(torch.nn.Module):
            def __init__(self): super().__init__(); self.fc = torch.nn.Linear(2, 2)
        torch.save({{"cfg": Config(), "head": Head()}}, {str(path)!r})
    """
    assert run_python(code).returncode == 0
    ckpt = load(path)
    cfg = ckpt["cfg"]
    assert isinstance(cfg, ObjectStub) and cfg.cls == "__main__.Config"
    assert cfg.state["depth"] == 3 and torch.equal(cfg.state["w"], torch.ones(2))
    head = ckpt["head"]
    assert head.cls == "__main__.Head" and type(head.attrs["_modules"]["fc"].attrs["_parameters"]["weight"]) \
        is nn.Parameter
    with pytest.raises(UnresolvedObjectsError) as info:
        load(path, strict=True)
    assert "__main__.Config" in info.value.classes and "__main__.Head" in info.value.classes
    assert str(path) in str(info.value)


def test_nothing_runs(tmp_path: pathlib.Path) -> None:
    marker = tmp_path / "ran"

    class Evil:
        def __reduce__(self):
            return (open, (str(marker), "w"))

    path = tmp_path / "evil.pt"
    torch.save({"x": Evil(), "w": torch.ones(1)}, path)
    ckpt = load(path)
    assert not marker.exists()
    assert isinstance(ckpt["x"], ObjectStub) and ckpt["x"].cls == "io.open"
    with pytest.raises(UnresolvedObjectsError):
        load(path, strict=True)


def test_datatypes_and_dill_types(tmp_path: pathlib.Path) -> None:
    import decimal
    import fractions
    import uuid

    obj = {"d": decimal.Decimal("1.5"), "f": fractions.Fraction(1, 3), "u": uuid.UUID(int=5),
           "q": collections.deque([1, 2], maxlen=4), "p": pathlib.PosixPath("/x/y"), "td": datetime.timedelta(3),
           "tz": datetime.datetime(2024, 1, 1, tzinfo=datetime.timezone.utc), "date": datetime.date(2020, 2, 2),
           "dt": np.dtype(">i2"), "s": set([1, 2]), "fs": frozenset("ab"), "c": 1 + 2j, "ba": bytearray(b"xy")}
    path = tmp_path / "d.pt"
    torch.save(obj, path)
    ours = load(path, strict=True)
    assert ours == torch.load(path, weights_only=False)
    import dill

    path = tmp_path / "dill.pt"
    torch.save({"t": dict, "n": type(None)}, path, pickle_module=dill)
    assert load(path, strict=True) == {"t": dict, "n": type(None)}


def test_bad_file_is_one_error(tmp_path: pathlib.Path) -> None:
    path = tmp_path / "bad.pt"
    path.write_bytes(b"not a checkpoint at all")
    with pytest.raises(torchckpt.TorchckptError, match=r"bad\.pt"):
        load(path)


# --- the hostile corpus: load, migrate and slim --keep-structure run nothing, fail only with our errors
def test_hostile_corpus_runs_nothing(tmp_path: pathlib.Path) -> None:
    from torchckpt.converter import slim
    from torchckpt.errors import TorchckptError
    from torchckpt.migration import migrate

    sys.path.insert(0, str(pathlib.Path(__file__).parent))  # where hostile.py finds its area modules
    import hostile

    for case in hostile.CASES:
        path = hostile.build_case(case, tmp_path)
        for attempt in (load, lambda p: load(p, strict=True), lambda p: migrate(p, check=True),
                        lambda p: migrate(p, p.parent / "migrated.pt"),
                        lambda p: slim(p, p.parent / "stripped.pt", keep_structure=True)):
            with contextlib.suppress(TorchckptError):
                attempt(path)
            assert not hostile.effect_happened(case, path), case.name


def test_torchckpt_load_is_the_function(tmp_path: pathlib.Path) -> None:
    # the torch bridge's module is `loading`, so importing it (or anything that imports it)
    # never shadows the API name, whatever the order
    path = tmp_path / "w.pt"
    torch.save({"w": torch.ones(2)}, path)
    code = f"""
        import torchckpt
        import torchckpt.loading
        import torchckpt.whole
        from torchckpt.loading import load_state_dict
        assert torchckpt.load is torchckpt.whole.load, torchckpt.load
        load_state_dict({str(path)!r})
        torchckpt.load_state_dict({str(path)!r})
        assert torchckpt.load is torchckpt.whole.load, torchckpt.load
        assert torchckpt.load({str(path)!r})["w"].sum() == 2
        import torchckpt.migration, torchckpt.stripping
        assert callable(torchckpt.load) and callable(torchckpt.migrate)
    """
    proc = run_python(code)
    assert proc.returncode == 0, proc.stderr
    assert torchckpt.load is load
    assert torchckpt.load(path)["w"].sum() == 2


# --- every real-world layout the repository tests with ---------------------------------------------
from .test_layouts import LAYOUTS, layouts  # noqa: E402, F401 - the fixture, shared


def _all_tensors(node: object, seen: set[int]) -> list[torch.Tensor]:
    if id(node) in seen:
        return []
    seen.add(id(node))
    if isinstance(node, torch.Tensor):
        return [node]
    if isinstance(node, ObjectStub):
        node = [node.args, node.state, node.items, node.listitems]
    if isinstance(node, dict):
        node = list(node.values())
    if isinstance(node, (list, tuple)):
        return [t for v in node for t in _all_tensors(v, seen)]
    return []


@pytest.mark.parametrize("name", LAYOUTS)
def test_every_layout_loads_whole(layouts, name) -> None:  # noqa: F811
    lay = layouts[name]
    found = _all_tensors(load(lay.path), set())
    for key, want in lay.expected.items():
        assert any(t.shape == want.shape and t.dtype == want.dtype and torch.equal(t, want) for t in found), key
