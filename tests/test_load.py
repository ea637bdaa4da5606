"""load_state_dict / load_into / check_load and `torchckpt load-check`, on real models and real torch.save files."""

from __future__ import annotations

import hashlib
import io
import json
import math
import os
import pickle
import struct
import subprocess
import sys
import textwrap
import warnings
import zipfile

import pytest
import torch
from hypothesis import given, settings
from hypothesis import strategies as st
from torch import nn

from torchckpt.errors import KeyNotFoundError, TorchckptError
from torchckpt.loading import (
    DeviceUnavailableError,
    LoadMismatchError,
    LoadReport,
    NoWeightsError,
    _align,
    check_load,
    load_into,
    load_state_dict,
)

from .helpers import cli_in_process, rewrite_zip, tensor_bytes

needs_cuda = pytest.mark.skipif(not torch.cuda.is_available(), reason="needs a CUDA device")


# --- models ---------------------------------------------------------------------------------------
class ConvNet(nn.Module):
    def __init__(self, num_classes: int = 10, in_chans: int = 3):
        super().__init__()
        self.conv = nn.Conv2d(in_chans, 8, 3, padding=1)
        self.bn = nn.BatchNorm2d(8)
        self.fc = nn.Linear(8, num_classes)


class LSTMNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.emb = nn.Embedding(50, 16)
        self.lstm = nn.LSTM(16, 32, num_layers=2, batch_first=True)
        self.head = nn.Linear(32, 5)


class BasicBlock(nn.Module):
    def __init__(self, cin: int, cout: int, stride: int = 1):
        super().__init__()
        self.conv1 = nn.Conv2d(cin, cout, 3, stride, 1, bias=False)
        self.bn1 = nn.BatchNorm2d(cout)
        self.relu = nn.ReLU(inplace=True)
        self.conv2 = nn.Conv2d(cout, cout, 3, 1, 1, bias=False)
        self.bn2 = nn.BatchNorm2d(cout)
        self.downsample = None
        if stride != 1 or cin != cout:
            self.downsample = nn.Sequential(nn.Conv2d(cin, cout, 1, stride, bias=False), nn.BatchNorm2d(cout))

    def forward(self, x):
        y = self.bn2(self.conv2(self.relu(self.bn1(self.conv1(x)))))
        return self.relu(y + (x if self.downsample is None else self.downsample(x)))


class ResNet(nn.Module):
    """torchvision's ResNet layout (conv1, bn1, layer1..., fc), small."""

    def __init__(self, num_classes: int = 100, in_chans: int = 3, width: int = 16):
        super().__init__()
        self.conv1 = nn.Conv2d(in_chans, width, 7, 2, 3, bias=False)
        self.bn1 = nn.BatchNorm2d(width)
        self.relu = nn.ReLU(inplace=True)
        self.maxpool = nn.MaxPool2d(3, 2, 1)
        self.layer1 = nn.Sequential(BasicBlock(width, width), BasicBlock(width, width))
        self.layer2 = nn.Sequential(BasicBlock(width, 2 * width, 2), BasicBlock(2 * width, 2 * width))
        self.avgpool = nn.AdaptiveAvgPool2d(1)
        self.fc = nn.Linear(2 * width, num_classes)

    def forward(self, x):
        x = self.maxpool(self.relu(self.bn1(self.conv1(x))))
        return self.fc(self.avgpool(self.layer2(self.layer1(x))).flatten(1))


class TiedLM(nn.Module):
    def __init__(self):
        super().__init__()
        self.emb = nn.Embedding(1000, 64)  # 256 KB: spans many pages
        self.proj = nn.Linear(64, 64)
        self.head = nn.Linear(64, 1000, bias=False)
        self.head.weight = self.emb.weight


def randomized(model: nn.Module, seed: int = 0) -> nn.Module:
    """Every parameter and buffer (BN statistics too) set to distinct values."""
    g = torch.Generator().manual_seed(seed)
    with torch.no_grad():
        for t in list(model.parameters()) + list(model.buffers()):
            if t.is_floating_point():
                t.copy_(torch.randn(t.shape, generator=g))
            else:
                t.fill_(int(torch.randint(1, 1000, (), generator=g)))
    return model


def assert_same(model: nn.Module, expected: dict[str, torch.Tensor], rename=lambda k: k) -> None:
    """Every tensor of ``model`` equals its source bitwise, after casting to the model's dtype."""
    got = model.state_dict()
    assert got, "model has no state"
    for key, value in got.items():
        source = expected[rename(key)]
        assert value.shape == source.shape, key
        assert tensor_bytes(value) == tensor_bytes(source.to(value.dtype)), key


def sd_of(model: nn.Module) -> dict[str, torch.Tensor]:
    return {k: v.detach().clone() for k, v in model.state_dict().items()}


# --- file helpers ---------------------------------------------------------------------------------
class _Call:
    """A recorded REDUCE: the callable and its arguments, never run."""

    def __init__(self, func, args):
        self.func, self.args, self.state, self.items = func, args, None, []

    def __setstate__(self, state):
        self.state = state

    def __setitem__(self, key, value):
        self.items.append((key, value))


class _Global:
    def __init__(self, real):
        self.real = real

    def __call__(self, *args):
        return _Call(self.real, args)


class _Storage:
    def __init__(self, pid):
        self.pid = pid


class _Reader(pickle.Unpickler):
    def find_class(self, module, name):
        return _Global(super().find_class(module, name))

    def persistent_load(self, pid):
        return _Storage(pid)


class _Writer(pickle.Pickler):
    def __init__(self, f, locate):
        super().__init__(f, protocol=2)
        self.locate = locate

    def persistent_id(self, obj):
        if isinstance(obj, _Storage):
            kind, storage_type, key, _location, numel = obj.pid
            return (kind, storage_type.real, key, self.locate(key), numel)
        return None

    def reducer_override(self, obj):
        if isinstance(obj, _Call):
            func = obj.func.real if isinstance(obj.func, _Global) else obj.func
            return func, obj.args, obj.state, None, iter(obj.items) if obj.items else None
        return NotImplemented


def relocate(src: str, dst: str, locate) -> None:
    """Rewrite a torch zip so that storage ``key`` says it was on ``locate(key)`` (``'cuda:1'``...):
    data.pkl is rebuilt (the strings differ in length), the rest copied as it is."""

    def edit(name, data):
        if not name.endswith("/data.pkl"):
            return data
        buf = io.BytesIO()
        _Writer(buf, locate).dump(_Reader(io.BytesIO(data)).load())
        return buf.getvalue()

    rewrite_zip(src, dst, edit, aligned=True)


def entry_offsets(path: str) -> dict[str, int]:
    """Where each stored zip entry's bytes start in the file."""
    offsets = {}
    with open(path, "rb") as f, zipfile.ZipFile(path) as z:
        for info in z.infolist():
            f.seek(info.header_offset)
            header = f.read(30)
            nlen, xlen = struct.unpack_from("<HH", header, 26)
            offsets[info.filename] = info.header_offset + 30 + nlen + xlen
    return offsets


def sha(path) -> str:
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


@pytest.fixture(autouse=True)
def _no_warnings():
    with warnings.catch_warnings():
        # torch warns (UserWarning) when it wraps memory it may not write: never from torchckpt
        warnings.simplefilter("error", UserWarning)
        warnings.filterwarnings("ignore", message=".*TypedStorage is deprecated.*")
        yield


# --- load_state_dict ------------------------------------------------------------------------------
def tricky_tensors() -> dict[str, torch.Tensor]:
    base = torch.arange(24, dtype=torch.float32)
    return {
        "f32": torch.randn(3, 4),
        "f16": torch.randn(5).half(),
        "bf16": torch.randn(2, 3).bfloat16(),
        "f8": torch.randn(4).to(torch.float8_e4m3fn),
        "i64": torch.arange(6).reshape(2, 3),
        "bool": torch.tensor([True, False, True]),
        "c64": torch.randn(3, dtype=torch.complex64),
        "u8": torch.arange(7, dtype=torch.uint8),
        "scalar": torch.tensor(3.5, dtype=torch.float64),
        "empty": torch.empty(0, 4),
        "transposed": torch.randn(3, 5).t(),
        "view": base[5:17].view(3, 4),
        "base": base,
    }


@pytest.mark.parametrize("zipfile_format", [True, False], ids=["zip", "legacy"])
def test_load_state_dict_reads_dtypes_views_and_strides(tmp_path, zipfile_format):
    tensors = tricky_tensors()
    path = tmp_path / "t.pt"
    torch.save(tensors, path, _use_new_zipfile_serialization=zipfile_format)
    got = load_state_dict(path)
    assert list(got) == list(tensors)
    for name, t in tensors.items():
        assert got[name].dtype == t.dtype and got[name].shape == t.shape, name
        assert got[name].stride() == t.stride(), name
        assert tensor_bytes(got[name]) == tensor_bytes(t), name
    # tensors that shared a storage in the file share memory
    assert got["view"].untyped_storage().data_ptr() == got["base"].untyped_storage().data_ptr()
    assert got["view"].storage_offset() == 5
    got["base"][5] = -1.0
    assert got["view"][0, 0] == -1.0


def test_load_state_dict_is_zero_copy_from_the_file(tmp_path):
    a, b = torch.randn(4096), torch.randn(4096)
    path = tmp_path / "z.pt"
    torch.save({"a": a, "b": b}, path)
    offsets = entry_offsets(str(path))
    got = load_state_dict(path)
    off_a, off_b = offsets["z/data/0"], offsets["z/data/1"]
    assert got["b"].data_ptr() - got["a"].data_ptr() == off_b - off_a  # both point into one mapping


def test_loaded_tensors_are_writable_and_the_file_never_changes(tmp_path):
    path = tmp_path / "w.pt"
    torch.save({"w": torch.ones(1000)}, path)
    before = sha(path)
    got = load_state_dict(path)  # the autouse fixture turns torch's non-writable warning into an error
    got["w"].mul_(3)
    assert got["w"].sum() == 3000
    del got
    assert sha(path) == before
    assert load_state_dict(path)["w"].sum() == 1000


def test_mmap_false_reads_into_memory_so_the_file_can_be_overwritten(tmp_path):
    path = tmp_path / "same.pt"
    source = {"module.w": torch.randn(100_000), "module.b": torch.randn(10)}
    torch.save(source, path)
    got = load_state_dict(path, mmap=False)
    offsets = entry_offsets(str(path))
    assert got["module.b"].data_ptr() - got["module.w"].data_ptr() != offsets["same/data/1"] - offsets["same/data/0"]
    torch.save({k.removeprefix("module."): v for k, v in got.items()}, path)  # plain torch.save truncates
    again = load_state_dict(path)
    assert torch.equal(again["w"], source["module.w"]) and torch.equal(again["b"], source["module.b"])


def test_big_endian_files(tmp_path):
    tensors = {"f32": torch.randn(5, 3), "i64": torch.arange(-4, 4), "f16": torch.randn(6).half(),
               "u8": torch.arange(9, dtype=torch.uint8)}
    torch.save(tensors, tmp_path / "le.pt")
    dtypes = {str(i): t.dtype for i, t in enumerate(tensors.values())}

    def to_big(name, data):
        if name.endswith("/byteorder"):
            return b"big"
        key = name.rpartition("/data/")[2] if "/data/" in name else None
        if key in dtypes:
            return torch.frombuffer(bytearray(data), dtype=dtypes[key]).numpy().byteswap().tobytes()
        return data

    rewrite_zip(tmp_path / "le.pt", tmp_path / "be.pt", to_big, aligned=True)
    reference = torch.load(tmp_path / "be.pt", weights_only=True)  # torch reads big-endian files too
    got = load_state_dict(tmp_path / "be.pt")
    for name, t in tensors.items():
        assert tensor_bytes(got[name]) == tensor_bytes(t) and tensor_bytes(reference[name]) == tensor_bytes(t), name


def test_load_state_dict_tied_weights_share_memory(tmp_path):
    model = randomized(TiedLM())
    path = tmp_path / "tied.pt"
    torch.save(model.state_dict(), path)
    got = load_state_dict(path)
    assert got["emb.weight"].data_ptr() == got["head.weight"].data_ptr()
    assert torch.equal(got["proj.weight"], model.proj.weight)


def test_load_state_dict_picks_the_state_dict_and_honours_key(tmp_path):
    net = randomized(ConvNet())
    ema = randomized(ConvNet(), seed=1)
    path = tmp_path / "ck.pt"
    torch.save({"epoch": 3, "ema": ema.state_dict(), "state_dict": net.state_dict(),
                "optimizer": torch.optim.SGD(net.parameters(), lr=0.1, momentum=0.9).state_dict()}, path)
    default = load_state_dict(path)  # the one weights policy: the EMA copy when it matches the model
    assert list(default) == list(ema.state_dict())
    assert torch.equal(default["fc.weight"], ema.fc.weight)
    assert torch.equal(load_state_dict(path, prefer="model")["fc.weight"], net.fc.weight)
    assert torch.equal(load_state_dict(path, key="state_dict")["fc.weight"], net.fc.weight)
    assert torch.equal(load_state_dict(path, key="ema")["fc.weight"], ema.fc.weight)
    root = load_state_dict(path, key="")
    assert "state_dict.fc.weight" in root and "ema.fc.weight" in root
    with pytest.raises(KeyNotFoundError):
        load_state_dict(path, key="nope")
    with pytest.raises(NoWeightsError):
        load_state_dict(path, key="epoch")


def test_load_state_dict_reads_safetensors(tmp_path):
    from safetensors.torch import load_file, save_file

    tensors = {"a": torch.randn(3, 4), "b": torch.randn(2).bfloat16(), "c": torch.arange(5)}
    save_file(tensors, tmp_path / "m.safetensors")
    got = load_state_dict(tmp_path / "m.safetensors")
    expected = load_file(tmp_path / "m.safetensors")
    assert got.keys() == expected.keys()
    for k in got:
        assert tensor_bytes(got[k]) == tensor_bytes(expected[k])


def test_load_state_dict_runs_nothing_from_the_file(tmp_path):
    sentinel = tmp_path / "pwned"

    class Evil:
        def __reduce__(self):
            return os.system, (f"touch {sentinel}",)

    weights = nn.Linear(3, 2).state_dict()
    torch.save({"state_dict": weights, "evil": Evil()}, tmp_path / "evil.pt")
    got = load_state_dict(tmp_path / "evil.pt")
    assert list(got) == ["weight", "bias"] and torch.equal(got["weight"], weights["weight"])
    assert not sentinel.exists()


def test_meta_tensors_in_the_file_come_back_on_meta(tmp_path):
    torch.save({"m": torch.empty(3, 4, device="meta"), "x": torch.ones(2)}, tmp_path / "meta.pt")
    got = load_state_dict(tmp_path / "meta.pt")
    assert got["m"].is_meta and got["m"].shape == (3, 4)
    assert torch.equal(got["x"], torch.ones(2))


# --- CUDA-located files ---------------------------------------------------------------------------
@pytest.fixture
def cuda_file(tmp_path):
    """A state dict whose storages say cuda:0 (conv, bn) and cuda:1 (fc), and its source tensors."""
    model = randomized(ConvNet())
    plain = tmp_path / "plain.pt"
    torch.save(model.state_dict(), plain)
    keys = {name: str(i) for i, name in enumerate(model.state_dict())}
    on_second = {keys["fc.weight"], keys["fc.bias"]}
    path = tmp_path / "cuda.pt"
    relocate(str(plain), str(path), lambda key: "cuda:1" if key in on_second else "cuda:0")
    return path, sd_of(model)


def test_cuda_file_really_records_cuda_locations(cuda_file):
    import torchckpt

    path, _ = cuda_file
    with torchckpt.open(path) as ckpt:
        locations = {name: ref.location for name, ref in ckpt.tensors().items()}
    assert locations["conv.weight"] == "cuda:0" and locations["fc.bias"] == "cuda:1"
    if not torch.cuda.is_available():
        with pytest.raises(RuntimeError, match="CUDA"):
            torch.load(path)  # what users hit: plain torch.load needs map_location here


def test_cuda_file_loads_on_cpu(cuda_file):
    path, source = cuda_file
    got = load_state_dict(path)  # map_location="cpu" by default
    assert all(t.device.type == "cpu" for t in got.values())
    for k, v in source.items():
        assert tensor_bytes(got[k]) == tensor_bytes(v)
    model = ConvNet()
    report = load_into(model, path)
    assert report.ok and report.applied
    assert_same(model, source)


@pytest.mark.skipif(torch.cuda.is_available(), reason="checks the error on a machine without CUDA")
def test_cuda_file_without_map_location_names_the_device(cuda_file):
    path, _ = cuda_file
    with pytest.raises(DeviceUnavailableError, match="cuda:0") as info:
        load_state_dict(path, map_location=None)
    assert "map_location" in str(info.value) and str(path) in str(info.value)
    with pytest.raises(DeviceUnavailableError, match="cuda:1"):
        load_state_dict(path, map_location={"cuda:0": "cpu"})  # cuda:1 stays where it was


def test_cuda_file_dict_remap(cuda_file):
    path, source = cuda_file
    got = load_state_dict(path, map_location={"cuda:1": "cpu", "cuda:0": "cpu"})
    assert all(t.device.type == "cpu" for t in got.values())
    assert torch.equal(got["fc.weight"], source["fc.weight"])
    got = load_state_dict(path, map_location=torch.device("cpu"))
    assert torch.equal(got["conv.weight"], source["conv.weight"])


def test_cuda_file_callable_map_location(cuda_file):
    path, source = cuda_file
    seen = []

    def keep_on_cpu(storage, location):
        seen.append((type(storage).__name__, storage.device.type, location))
        return storage

    got = load_state_dict(path, map_location=keep_on_cpu)
    assert {loc for _, _, loc in seen} == {"cuda:0", "cuda:1"}
    assert all(kind == "UntypedStorage" and dev == "cpu" for kind, dev, _ in seen)
    assert len(seen) == len(source)  # once per storage
    for k, v in source.items():
        assert tensor_bytes(got[k]) == tensor_bytes(v)
    got = load_state_dict(path, map_location=lambda storage, loc: storage.clone())
    assert torch.equal(got["bn.running_var"], source["bn.running_var"])


@needs_cuda
def test_map_location_cuda(cuda_file, tmp_path):
    path, source = cuda_file
    got = load_state_dict(path, map_location="cuda")
    assert all(t.is_cuda for t in got.values())
    assert torch.equal(got["fc.weight"].cpu(), source["fc.weight"])
    if torch.cuda.device_count() == 1:
        got = load_state_dict(path, map_location={"cuda:1": "cuda:0"})
        assert got["fc.weight"].device == torch.device("cuda:0")
    model = ConvNet().cuda()
    load_into(model, path)
    assert_same(model, source)
    with torch.device("meta"):
        meta = ConvNet()
    load_into(meta, path, map_location="cuda")
    assert meta.fc.weight.is_cuda
    assert_same(meta, source)


# --- load_into: where the weights are and how keys line up ---------------------------------------
def test_plain_state_dict(tmp_path):
    source = randomized(ResNet())
    torch.save(source.state_dict(), tmp_path / "r.pth")
    model = ResNet()
    report = load_into(model, tmp_path / "r.pth")
    assert report.ok and report.loaded == list(model.state_dict())
    assert not (report.missing or report.unexpected or report.mismatched or report.cast or report.prefix_stripped)
    assert report.source_key == ""
    assert_same(model, sd_of(source))


@pytest.mark.parametrize("fmt", [True, False], ids=["zip", "legacy"])
def test_data_parallel_file_into_plain_model(tmp_path, fmt):
    source = randomized(ResNet())
    torch.save(nn.DataParallel(source).state_dict(), tmp_path / "dp.pt", _use_new_zipfile_serialization=fmt)
    model = ResNet()
    report = load_into(model, tmp_path / "dp.pt")
    assert report.prefix_stripped == "module." and report.prefix_added == ""
    assert report.renamed["fc.weight"] == "module.fc.weight"
    assert_same(model, sd_of(source))


def test_plain_file_into_data_parallel_model(tmp_path):
    source = randomized(ResNet())
    torch.save(source.state_dict(), tmp_path / "p.pt")
    model = nn.DataParallel(ResNet())
    report = load_into(model, tmp_path / "p.pt")
    assert report.prefix_added == "module." and report.ok
    assert_same(model.module, sd_of(source))


@pytest.mark.filterwarnings("ignore::DeprecationWarning")
def test_compiled_model_files_and_compiled_models(tmp_path):
    source = randomized(ConvNet())
    compiled = torch.compile(source)  # never run: only its state_dict keys matter
    assert next(iter(compiled.state_dict())).startswith("_orig_mod.")
    torch.save(compiled.state_dict(), tmp_path / "c.pt")
    model = ConvNet()
    report = load_into(model, tmp_path / "c.pt")
    assert report.prefix_stripped == "_orig_mod."
    assert_same(model, sd_of(source))

    torch.save(source.state_dict(), tmp_path / "p.pt")
    target = torch.compile(ConvNet())
    report = load_into(target, tmp_path / "p.pt")
    assert report.prefix_added == "_orig_mod."
    assert_same(target._orig_mod, sd_of(source))

    torch.save(nn.DataParallel(source).state_dict(), tmp_path / "dp.pt")
    target = torch.compile(ConvNet())
    report = load_into(target, tmp_path / "dp.pt")
    assert (report.prefix_stripped, report.prefix_added) == ("module.", "_orig_mod.")
    assert_same(target._orig_mod, sd_of(source))


def test_lightning_checkpoint(tmp_path):
    source = randomized(ResNet())
    opt = torch.optim.Adam(source.parameters())
    source(torch.randn(2, 3, 32, 32)).sum().backward()
    opt.step()
    ckpt = {"epoch": 4, "global_step": 120, "pytorch-lightning_version": "2.4.0",
            "state_dict": {f"model.{k}": v for k, v in source.state_dict().items()},
            "optimizer_states": [opt.state_dict()], "lr_schedulers": [{"last_epoch": 4}],
            "hyper_parameters": {"lr": 1e-3}, "callbacks": {"ModelCheckpoint": {"best_model_score": 0.5}}}
    torch.save(ckpt, tmp_path / "last.ckpt")
    model = ResNet()
    report = load_into(model, tmp_path / "last.ckpt")
    assert report.source_key == "state_dict" and report.prefix_stripped == "model."
    assert_same(model, sd_of(source))

    # a LightningModule with a loss holding a buffer: an unexpected key
    ckpt["state_dict"]["criterion.weight"] = torch.ones(100)
    torch.save(ckpt, tmp_path / "loss.ckpt")
    with pytest.raises(LoadMismatchError) as info:
        load_into(ResNet(), tmp_path / "loss.ckpt")
    assert info.value.unexpected == ["criterion.weight"] and not info.value.missing
    report = load_into(model, tmp_path / "loss.ckpt", strict=False)
    assert report.unexpected == ["criterion.weight"]


@pytest.mark.parametrize("layout", ["model_state_dict", "model", "net"])
def test_nested_training_checkpoints(tmp_path, layout):
    source = randomized(LSTMNet())
    opt = torch.optim.SGD(source.parameters(), lr=0.1)
    torch.save({layout: source.state_dict(), "optimizer_state_dict": opt.state_dict(), "epoch": 7,
                "loss": 0.25}, tmp_path / "n.tar")
    model = LSTMNet()
    report = load_into(model, tmp_path / "n.tar")
    assert report.source_key == layout and report.ok
    assert_same(model, sd_of(source))


def test_best_matching_state_dict_wins(tmp_path):
    teacher = randomized(ConvNet())
    student = randomized(LSTMNet())
    torch.save({"student": student.state_dict(), "teacher": teacher.state_dict()}, tmp_path / "kd.pt")
    model = ConvNet()
    report = load_into(model, tmp_path / "kd.pt")
    assert report.source_key == "teacher" and report.candidates["student"] == 0
    assert_same(model, sd_of(teacher))


def test_weights_split_over_sibling_dicts(tmp_path):
    class Split(nn.Module):
        def __init__(self):
            super().__init__()
            self.backbone = ConvNet()
            self.head = nn.Linear(10, 3)

    source = randomized(Split())
    torch.save({"weights": {"backbone": source.backbone.state_dict(), "head": source.head.state_dict()},
                "epoch": 2}, tmp_path / "split.pt")
    model = Split()
    report = load_into(model, tmp_path / "split.pt")
    assert report.source_key == "weights" and report.ok
    assert_same(model, sd_of(source))


def test_matching_ema_is_the_default_and_prefer_model_takes_the_raw_weights(tmp_path):
    net, ema = randomized(ConvNet()), randomized(ConvNet(), seed=5)
    torch.save({"ema": ema.state_dict(), "model": net.state_dict()}, tmp_path / "e.pt")
    model = ConvNet()
    report = load_into(model, tmp_path / "e.pt")
    assert report.source_key == "ema" and "prefer='model'" in report.weights
    assert_same(model, sd_of(ema))
    assert load_into(model, tmp_path / "e.pt", prefer="model").source_key == "model"
    assert_same(model, sd_of(net))
    assert load_into(model, tmp_path / "e.pt", key="model").source_key == "model"


def test_fp16_file_into_fp32_model(tmp_path):
    source = randomized(ResNet()).half()
    torch.save(source.state_dict(), tmp_path / "h.pt")
    model = ResNet()
    report = load_into(model, tmp_path / "h.pt")
    floats = [k for k, v in model.state_dict().items() if v.is_floating_point()]
    assert sorted(report.cast) == sorted(floats)
    assert report.cast["conv1.weight"] == ("float16", "float32")
    assert model.conv1.weight.dtype == torch.float32
    assert_same(model, sd_of(source))


def test_lstm_legacy_file(tmp_path):
    source = randomized(LSTMNet())
    torch.save(source.state_dict(), tmp_path / "old.pt", _use_new_zipfile_serialization=False)
    model = LSTMNet()
    report = load_into(model, tmp_path / "old.pt")
    assert "lstm.weight_hh_l1" in report.loaded and report.ok
    assert_same(model, sd_of(source))


@pytest.mark.filterwarnings("ignore::DeprecationWarning")
def test_torchscript_file(tmp_path):
    source = randomized(ConvNet())
    torch.jit.script(source).save(str(tmp_path / "s.pt"))
    model = ConvNet()
    assert load_into(model, tmp_path / "s.pt").ok
    assert_same(model, sd_of(source))


def test_safetensors_file_into_model(tmp_path):
    from safetensors.torch import save_file

    source = randomized(ResNet())
    save_file(nn.DataParallel(source).state_dict(), tmp_path / "m.safetensors")
    model = ResNet()
    assert load_into(model, tmp_path / "m.safetensors").prefix_stripped == "module."
    assert_same(model, sd_of(source))


YOLO_MODELS = textwrap.dedent('''
    import torch
    from torch import nn

    class Conv(nn.Module):
        def __init__(self, c1, c2, k=1, s=1):
            super().__init__()
            self.conv = nn.Conv2d(c1, c2, k, s, k // 2, bias=False)
            self.bn = nn.BatchNorm2d(c2)
            self.act = nn.SiLU()

    class DetectionModel(nn.Module):
        def __init__(self, nc=4):
            super().__init__()
            self.yaml = {"nc": nc, "depth_multiple": 0.33}
            self.names = {i: f"class{i}" for i in range(nc)}
            self.stride = torch.tensor([8.0, 16.0])  # a plain attribute, not a buffer
            self.model = nn.Sequential(Conv(3, 8, 3, 2), Conv(8, 16, 3, 2), nn.Conv2d(16, 3 * (nc + 5), 1))
''')

YOLO_SAVE = textwrap.dedent('''
    import copy, sys
    import torch
    sys.path.insert(0, sys.argv[1])
    from yolo_models import DetectionModel
    torch.manual_seed(0)
    model = DetectionModel()
    ema = copy.deepcopy(model)
    with torch.no_grad():
        for t in list(model.parameters()) + list(model.buffers()):
            if t.is_floating_point():
                t.normal_()
        for a, b in zip(model.state_dict().values(), ema.state_dict().values()):
            b.copy_(a * 0.5 if a.is_floating_point() else a)
    torch.save({"epoch": 10, "best_fitness": 0.61, "model": copy.deepcopy(model).half(),
                "ema": copy.deepcopy(ema).half(), "updates": 300, "optimizer": None,
                "train_args": {"imgsz": 640}}, sys.argv[2])
    torch.save({"model": model.half().state_dict(), "ema": ema.half().state_dict()}, sys.argv[3])
''')


@pytest.fixture(scope="module")
def yolo_file(tmp_path_factory):
    """A YOLO-style checkpoint of whole pickled modules whose class module is gone."""
    d = tmp_path_factory.mktemp("yolo")
    (d / "yolo_models.py").write_text(YOLO_MODELS)
    ckpt, ref = d / "best.pt", d / "ref.pt"
    subprocess.run([sys.executable, "-c", YOLO_SAVE, str(d), str(ckpt), str(ref)], check=True)
    (d / "yolo_models.py").unlink()
    namespace: dict = {}
    exec(compile(YOLO_MODELS, "yolo_models_copy", "exec"), namespace)
    return ckpt, torch.load(ref, weights_only=True), namespace["DetectionModel"]


def test_yolo_whole_module_checkpoint(yolo_file):
    path, reference, DetectionModel = yolo_file
    with pytest.raises(ModuleNotFoundError, match="yolo_models"):
        torch.load(path, weights_only=False)
    with pytest.raises(pickle.UnpicklingError):
        torch.load(path, weights_only=True)
    model = DetectionModel()
    report = load_into(model, path, prefer="model")
    assert report.source_key == "model" and report.ok
    assert report.cast["model.0.conv.weight"] == ("float16", "float32")
    assert "model.1.bn.num_batches_tracked" not in report.cast
    assert_same(model, reference["model"])
    assert load_into(model, path).source_key == "ema"  # ultralytics' choice: the EMA when present
    assert_same(model, reference["ema"])
    got = load_state_dict(path, key="model")
    assert got["model.2.weight"].dtype == torch.float16
    assert torch.equal(got["model.2.weight"], reference["model"]["model.2.weight"])


# --- strictness, renames, mismatches ---------------------------------------------------------------
def test_strict_error_names_keys_hints_and_leaves_model_untouched(tmp_path):
    source = randomized(ConvNet())
    weights = {("head" + k[2:] if k.startswith("fc.") else k): v for k, v in source.state_dict().items()}
    torch.save(weights, tmp_path / "h.pt")
    model = ConvNet()
    before = sd_of(model)
    with pytest.raises(LoadMismatchError) as info:
        load_into(model, tmp_path / "h.pt")
    err = info.value
    assert isinstance(err, TorchckptError)
    assert err.missing == ["fc.weight", "fc.bias"] and err.unexpected == ["head.weight", "head.bias"]
    text = str(err)
    assert "\n" not in text and "fc.weight" in text and "head.bias" in text
    assert "rename=[(r'^head\\.', 'fc.')]" in text and "strict=False" in text
    for k, v in model.state_dict().items():
        assert torch.equal(v, before[k]), k  # nothing loaded when it raises

    report = load_into(model, tmp_path / "h.pt", rename=[(r"^head\.", "fc.")])
    assert report.ok and report.renamed["fc.weight"] == "head.weight"
    assert_same(model, sd_of(source))

    report = load_into(ConvNet(), tmp_path / "h.pt", strict=False)
    assert report.missing == ["fc.weight", "fc.bias"] and report.unexpected == ["head.weight", "head.bias"]
    assert report.applied


def test_rename_function_and_dropping_keys(tmp_path):
    source = randomized(ConvNet())
    weights = {f"backbone.{k}": v for k, v in source.state_dict().items()}
    weights["aux.weight"] = torch.zeros(3)
    torch.save(weights, tmp_path / "b.pt")
    model = ConvNet()
    report = load_into(model, tmp_path / "b.pt",
                       rename=lambda k: None if k.startswith("aux.") else k.removeprefix("backbone."))
    assert report.ok and not report.unexpected
    assert_same(model, sd_of(source))
    # "backbone." is shared by most keys: matched without help, aux is left over
    report = load_into(ConvNet(), tmp_path / "b.pt", strict=False)
    assert report.prefix_stripped == "backbone." and report.unexpected == ["aux.weight"]
    with pytest.raises(TorchckptError, match="both"):
        load_into(ConvNet(), tmp_path / "b.pt", rename=[(r"\.(weight|bias)$", ".w")])
    with pytest.raises(TypeError):
        load_into(ConvNet(), tmp_path / "b.pt", rename=["oops"])
    with pytest.raises(ValueError):
        load_into(ConvNet(), tmp_path / "b.pt", on_mismatch="ignore")


def test_mismatch_is_an_error_even_when_not_strict(tmp_path):
    torch.save(randomized(ResNet(num_classes=100)).state_dict(), tmp_path / "r.pt")
    model = ResNet(num_classes=10)
    with pytest.raises(LoadMismatchError, match="on_mismatch='skip'") as info:
        load_into(model, tmp_path / "r.pt", strict=False)
    m = info.value.mismatched["fc.weight"]
    assert (m.file_shape, m.model_shape) == ((100, 32), (10, 32))


def test_skip_keeps_the_new_head_at_init(tmp_path):
    source = randomized(ResNet(num_classes=100))
    torch.save(nn.DataParallel(source).state_dict(), tmp_path / "r.pt")
    model = ResNet(num_classes=10)
    head = sd_of(model)
    report = load_into(model, tmp_path / "r.pt", on_mismatch="skip")
    assert report.ok and list(report.mismatched) == ["fc.weight", "fc.bias"]
    assert report.mismatched["fc.bias"].file_key == "module.fc.bias"
    assert torch.equal(model.fc.weight, head["fc.weight"]) and torch.equal(model.fc.bias, head["fc.bias"])
    expected = sd_of(source)
    for k, v in model.state_dict().items():
        if not k.startswith("fc."):
            assert tensor_bytes(v) == tensor_bytes(expected[k]), k
    assert "skipped" in str(report)


def timm_adapt_input_conv(in_chans: int, conv_weight: torch.Tensor) -> torch.Tensor:
    """timm.models._manipulate.adapt_input_conv, as the reference."""
    conv_type = conv_weight.dtype
    conv_weight = conv_weight.float()
    O, I, J, K = conv_weight.shape  # noqa: E741 - timm's own names, kept for a line-by-line comparison
    if in_chans == 1:
        if I > 3:
            conv_weight = conv_weight.reshape(O, I // 3, 3, J, K).sum(dim=2, keepdim=False)
        else:
            conv_weight = conv_weight.sum(dim=1, keepdim=True)
    elif in_chans != 3:
        repeat = math.ceil(in_chans / 3)
        conv_weight = conv_weight.repeat(1, repeat, 1, 1)[:, :in_chans, :, :]
        conv_weight *= (3 / float(in_chans))
    return conv_weight.to(conv_type)


@pytest.mark.parametrize("in_chans", [1, 2, 4, 7])
def test_adapt_input_channels_like_timm(tmp_path, in_chans):
    source = randomized(ResNet())
    torch.save(source.state_dict(), tmp_path / "r.pt")
    model = ResNet(in_chans=in_chans)
    report = load_into(model, tmp_path / "r.pt", on_mismatch="adapt")
    assert list(report.adapted) == ["conv1.weight"] and report.ok
    assert f"3 -> {in_chans}" in report.adapted["conv1.weight"]
    assert torch.equal(model.conv1.weight, timm_adapt_input_conv(in_chans, source.conv1.weight.detach()))
    expected = sd_of(source)
    for k, v in model.state_dict().items():
        if k != "conv1.weight":
            assert tensor_bytes(v) == tensor_bytes(expected[k]), k


def test_adapt_space_to_depth_stem_like_timm(tmp_path):
    source = randomized(ConvNet(in_chans=12))
    torch.save(source.state_dict(), tmp_path / "s2d.pt")
    model = ConvNet(in_chans=4)
    report = load_into(model, tmp_path / "s2d.pt", on_mismatch="adapt")
    assert "12 -> 4" in report.adapted["conv.weight"]
    assert torch.equal(model.conv.weight, timm_adapt_input_conv(1, source.conv.weight.detach()))


def test_adapt_keeps_a_new_class_head_at_its_init(tmp_path):
    """Transfer learning (resnet head 1000 -> 10 classes, input 3 -> 4 channels): the stem is
    adapted like timm's adapt_input_conv, the new head keeps the model's own init (as
    transformers' ignore_mismatched_sizes), everything else is the file's, bit for bit."""
    source = randomized(ResNet(num_classes=1000))
    torch.save(source.state_dict(), tmp_path / "r.pt")
    model = ResNet(num_classes=10, in_chans=4)
    init = sd_of(model)
    report = load_into(model, tmp_path / "r.pt", on_mismatch="adapt")
    assert report.ok and not report.exact and report.head == "init"
    assert list(report.adapted) == ["conv1.weight"] and set(report.skipped) == {"fc.weight", "fc.bias"}
    assert "1000 -> 10" in report.skipped["fc.weight"] and "init" in report.skipped["fc.weight"]
    assert not report.mismatched
    assert torch.equal(model.conv1.weight, timm_adapt_input_conv(4, source.conv1.weight.detach()))
    assert torch.equal(model.fc.weight, init["fc.weight"]) and torch.equal(model.fc.bias, init["fc.bias"])
    expected = sd_of(source)
    for k, v in model.state_dict().items():
        if not k.startswith(("fc.", "conv1.")):
            assert tensor_bytes(v) == tensor_bytes(expected[k]), k
    assert report.verdict.startswith("loads with changes") and "loads strictly" not in report.verdict
    data = report.to_json()
    assert data["exact"] is False and set(data["skipped"]) == {"fc.weight", "fc.bias"}
    assert ("skipped", "fc.weight", report.skipped["fc.weight"]) in report.rows()


def test_adapt_head_of_a_conv_classifier_keeps_its_init(tmp_path):
    """A 1x1-conv head (segmentation, detection) is a head too: its output channels changed."""
    source = nn.Sequential(nn.Conv2d(3, 8, 3), nn.ReLU(), nn.Conv2d(8, 21, 1))
    torch.save(randomized(source).state_dict(), tmp_path / "seg.pt")
    model = nn.Sequential(nn.Conv2d(3, 8, 3), nn.ReLU(), nn.Conv2d(8, 5, 1))
    init = sd_of(model)
    report = load_into(model, tmp_path / "seg.pt", on_mismatch="adapt")
    assert set(report.skipped) == {"2.weight", "2.bias"} and not report.adapted
    assert torch.equal(model[2].weight, init["2.weight"])
    assert torch.equal(model[0].weight, source[0].weight)


@pytest.mark.parametrize("classes", [10, 150])
def test_adapt_class_count_copies_overlapping_rows_on_request(tmp_path, classes):
    source = randomized(ResNet(num_classes=100))
    torch.save(source.half().state_dict(), tmp_path / "r.pt")
    model = ResNet(num_classes=classes, in_chans=1)
    init = sd_of(model)
    report = load_into(model, tmp_path / "r.pt", on_mismatch="adapt", head="copy")
    assert set(report.adapted) == {"conv1.weight", "fc.weight", "fc.bias"} and not report.skipped
    assert report.cast["fc.weight"] == ("float16", "float32")
    n = min(100, classes)
    assert torch.equal(model.fc.weight[:n], source.fc.weight[:n].float())
    assert torch.equal(model.fc.bias[:n], source.fc.bias[:n].float())
    assert torch.equal(model.fc.weight[n:], init["fc.weight"][n:])  # the rest keeps its init
    if classes > 100:
        assert "keep their init" in report.adapted["fc.weight"]


def test_adapt_refuses_what_it_cannot_adapt(tmp_path):
    torch.save(randomized(ResNet(width=16)).state_dict(), tmp_path / "r.pt")
    with pytest.raises(LoadMismatchError, match="on_mismatch='skip'") as info:
        load_into(ResNet(width=8), tmp_path / "r.pt", on_mismatch="adapt")
    assert "bn1.weight" in info.value.mismatched


def test_old_files_without_num_batches_tracked(tmp_path):
    source = randomized(ResNet())
    weights = {k: v for k, v in source.state_dict().items() if not k.endswith("num_batches_tracked")}
    torch.save(weights, tmp_path / "old.pth")
    model = ResNet()
    report = load_into(model, tmp_path / "old.pth")
    assert report.ok and "bn1.num_batches_tracked" in report.defaulted and not report.missing
    assert report.total == len(model.state_dict())


# --- memory paths ---------------------------------------------------------------------------------
def test_tied_weights_and_shared_storages(tmp_path):
    source = randomized(TiedLM())
    torch.save(source.state_dict(), tmp_path / "t.pt")
    model = TiedLM()
    report = load_into(model, tmp_path / "t.pt")
    assert report.ok and model.head.weight is model.emb.weight
    assert_same(model, sd_of(source))


@pytest.mark.parametrize("on_meta", [False, True], ids=["cpu", "meta"])
def test_tied_weights_saved_once(tmp_path, on_meta):
    source = randomized(TiedLM())
    weights = {k: v for k, v in source.state_dict().items() if k != "head.weight"}
    torch.save(weights, tmp_path / "once.pt")
    with torch.device("meta" if on_meta else "cpu"):
        model = TiedLM()
    report = load_into(model, tmp_path / "once.pt")
    assert report.ok and "head.weight" in report.loaded and not report.missing
    assert model.head.weight is model.emb.weight and not model.head.weight.is_meta
    assert_same(model, sd_of(source))


@pytest.mark.parametrize("fmt", ["zip", "legacy", "safetensors"])
def test_direct_reads_into_parameters(tmp_path, monkeypatch, fmt):
    """Big same-dtype tensors 64-byte aligned in the file (torch zips) are read with pread straight
    into the parameter; the rest copy through the map; a file that is no longer the one mapped
    is never read directly."""
    from safetensors.torch import save_file

    import torchckpt.loading as load_module

    source = randomized(ResNet(width=32)).to(torch.bfloat16)
    path = tmp_path / f"m.{fmt}"
    if fmt == "safetensors":
        save_file(source.state_dict(), path)
    else:
        torch.save(source.state_dict(), path, _use_new_zipfile_serialization=fmt == "zip")
    direct = []
    real = load_module._DirectReader.accepts

    def counting(self, dest, ref, address):
        done = real(self, dest, ref, address)
        direct.append(done)
        return done

    monkeypatch.setattr(load_module._DirectReader, "accepts", counting)
    monkeypatch.setattr(load_module._DirectReader, "CHUNK", 4096)  # many reads in flight at once
    model = ResNet(width=32).to(torch.bfloat16)
    load_into(model, path)
    if fmt == "zip":
        assert any(direct) and not all(direct)  # 3x3 convs go direct, BN vectors through the map
    assert_same(model, sd_of(source))

    direct.clear()
    (tmp_path / "other").write_bytes(b"x" * 100)
    # as if the path named another file when it was first looked at (replaced since)
    monkeypatch.setattr(load_module, "_stat", lambda p: os.stat(tmp_path / "other"))
    model = ResNet(width=32).to(torch.bfloat16)
    load_into(model, path)
    assert not any(direct)
    assert_same(model, sd_of(source))


@pytest.mark.parametrize("fmt", [True, False], ids=["zip", "legacy"])
def test_meta_device_model_is_materialised_from_the_file(tmp_path, fmt):
    source = randomized(TiedLM())
    torch.save(source.state_dict(), tmp_path / "t.pt", _use_new_zipfile_serialization=fmt)
    with torch.device("meta"):
        model = TiedLM()
    report = load_into(model, tmp_path / "t.pt")
    assert report.ok
    assert all(p.device.type == "cpu" for p in model.parameters())
    assert isinstance(model.emb.weight, nn.Parameter) and model.emb.weight.requires_grad
    assert model.head.weight is model.emb.weight  # still tied
    assert_same(model, sd_of(source))
    with torch.no_grad():
        model.emb.weight.mul_(2)  # writable, own memory
    assert torch.equal(load_state_dict(tmp_path / "t.pt")["emb.weight"], source.emb.weight)


def test_meta_model_from_cuda_file_with_remap(cuda_file):
    path, source = cuda_file
    with torch.device("meta"):
        model = ConvNet()
    load_into(model, path, map_location={"cuda:0": "cpu", "cuda:1": "cpu"})
    assert_same(model, source)
    with torch.device("meta"):
        partial = ConvNet(num_classes=3)
    report = load_into(partial, path, on_mismatch="skip")
    assert partial.fc.weight.is_meta and not partial.conv.weight.is_meta
    assert any("meta" in note for note in report.notes)


# --- reports and the CLI --------------------------------------------------------------------------
def test_check_load_touches_nothing_and_report_renders(tmp_path):
    from rich.console import Console

    torch.save(nn.DataParallel(randomized(ResNet(num_classes=100))).state_dict(), tmp_path / "r.pt")
    model = ResNet(num_classes=10, in_chans=1)
    before = sd_of(model)
    report = check_load(model, tmp_path / "r.pt", on_mismatch="adapt")
    assert isinstance(report, LoadReport) and report.ok and not report.applied and not report.exact
    for k, v in model.state_dict().items():
        assert torch.equal(v, before[k])
    text = str(report)
    assert "stripped 'module.'" in text and "conv input channels 3 -> 1" in text
    assert report.total == len(before)
    from torchckpt.cli.load_check import renderable

    console = Console(record=True, width=140)
    console.print(renderable(report))
    rendered = console.export_text()
    assert "adapted" in rendered and "skipped" in rendered and "loads strictly" not in rendered
    assert "loads with changes: 1 adapted, 2 skipped" in rendered
    data = json.loads(json.dumps(report.to_json()))
    assert data["prefix_stripped"] == "module." and data["ok"] is True
    assert len(report.lines(all_rows=True)) > len(before)


MODEL_FILE = textwrap.dedent('''
    from torch import nn

    class Net(nn.Module):
        def __init__(self, num_classes=10):
            super().__init__()
            self.conv = nn.Conv2d(3, 8, 3, padding=1)
            self.bn = nn.BatchNorm2d(8)
            self.fc = nn.Linear(8, num_classes)

    def needs_data():
        net = Net()
        float(net.fc.weight.sum())  # fails on the meta device
        return net
''')


def test_partial_files_group_long_key_lists(tmp_path):
    torch.save(randomized(ResNet()).state_dict(), tmp_path / "r.pt")
    report = check_load(ConvNet(), tmp_path / "r.pt")
    assert len(report.unexpected) > 12 and not report.ok
    rows = report.rows()
    assert ("unexpected", "layer1.*", "24 keys in the file, not in the model") in rows
    assert len(report.rows(all_rows=True)) > len(rows)


def test_cli_load_check(tmp_path):
    (tmp_path / "netdef.py").write_text(MODEL_FILE)
    torch.save({"state_dict": {f"module.{k}": v for k, v in randomized(ConvNet()).state_dict().items()},
                "epoch": 1}, tmp_path / "ck.pt")
    before = sha(tmp_path / "ck.pt")
    spec = f"{tmp_path / 'netdef.py'}:Net"
    code, out, _ = cli_in_process("load-check", spec, str(tmp_path / "ck.pt"))
    assert code == 0 and "stripped 'module.'" in out and "loads strictly" in out
    code, out, _ = cli_in_process("load-check", spec, str(tmp_path / "ck.pt"), "--model-arg", "num_classes=4")
    assert code == 1 and "fc.weight" in out and "does not load strictly" in out
    code, out, _ = cli_in_process("load-check", spec, str(tmp_path / "ck.pt"), "--model-arg", "num_classes=4",
                           "--on-mismatch", "skip")
    assert code == 0 and "skipped" in out and "loads strictly" not in out
    code, out, _ = cli_in_process("load-check", spec, str(tmp_path / "ck.pt"), "--model-arg", "num_classes=4",
                           "--on-mismatch", "adapt")
    assert code == 0 and "keeps the model's init" in out and "loads with changes" in out
    assert "loads strictly" not in out and "--head copy" in out
    code, out, _ = cli_in_process("load-check", spec, str(tmp_path / "ck.pt"), "--model-arg", "num_classes=4",
                           "--on-mismatch", "adapt", "--head", "copy", "--json")
    data = json.loads(out)
    assert code == 0 and set(data["adapted"]) == {"fc.weight", "fc.bias"} and data["exact"] is False
    code, out, _ = cli_in_process("load-check", spec, str(tmp_path / "ck.pt"), "--model-arg", "num_classes=4", "--json")
    data = json.loads(out)
    assert code == 1 and set(data["mismatched"]) == {"fc.weight", "fc.bias"} and data["ok"] is False
    assert sha(tmp_path / "ck.pt") == before
    from torchckpt.cli.load_check import build_model

    assert build_model(spec).fc.weight.is_meta  # no memory, no init
    assert not build_model(f"{tmp_path / 'netdef.py'}:needs_data").fc.weight.is_meta
    code, out, _ = cli_in_process("load-check", f"{tmp_path / 'netdef.py'}:needs_data", str(tmp_path / "ck.pt"))
    assert code == 0


def test_cli_load_check_module_spec_and_errors(tmp_path):
    torch.save(nn.Linear(8, 4).state_dict(), tmp_path / "lin.pt")
    linear = ["--model-arg", "in_features=8", "--model-arg", "out_features=4"]
    code, out, _ = cli_in_process("load-check", "torch.nn:Linear", str(tmp_path / "lin.pt"), *linear)
    assert code == 0
    code, out, _ = cli_in_process("load-check", "torch.nn:Linear", str(tmp_path / "lin.pt"), *linear,
                           "--rename", "^weight$", "w")
    assert code == 1 and "unexpected" in out and "missing" in out
    code, _, err = cli_in_process("load-check", "no_such_module_xyz:Net", str(tmp_path / "lin.pt"))
    assert code == 2 and "no_such_module_xyz" in err and "Traceback" not in err
    code, _, err = cli_in_process("load-check", "torch.nn:Linear", str(tmp_path / "lin.pt"), "--model-arg", "nope=1")
    assert code == 2 and "building the model failed" in err
    code, _, err = cli_in_process("load-check", "torch.nn:Linear", str(tmp_path / "missing.pt"), *linear)
    assert code == 2 and "missing.pt" in err


# --- key alignment, as a property ------------------------------------------------------------------
RESNET_KEYS = list(ResNet().state_dict())
FILE_PREFIXES = ["", "module.", "_orig_mod.", "model.", "module._orig_mod.", "model.module.", "backbone."]
MODEL_PREFIXES = ["", "module.", "_orig_mod.", "module._orig_mod.", "_orig_mod.module."]


@settings(max_examples=60, deadline=None)
@given(file_prefix=st.sampled_from(FILE_PREFIXES), model_prefix=st.sampled_from(MODEL_PREFIXES),
       keys=st.lists(st.sampled_from(RESNET_KEYS), min_size=1, unique=True))
def test_any_wrapper_combination_lines_up(file_prefix, model_prefix, keys):
    src = [file_prefix + k for k in keys]
    dst = [model_prefix + k for k in RESNET_KEYS]
    _, _, mapping = _align(src, dst)
    assert mapping == {model_prefix + k: file_prefix + k for k in keys}
