"""``torchckpt.convert`` / ``torchckpt.slim``: round trips against torch, safetensors and numpy,
selection, tied weights and views, atomic output, no torch in the core, bounded memory."""

from __future__ import annotations

import copy
import errno
import itertools
import json
import os
import struct
import subprocess
import sys
import textwrap
import warnings
import zipfile
from collections import OrderedDict

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import torchckpt
from torchckpt.converter import ConvertError, OutputError, convert, output_format, parse_size, slim
from torchckpt.dtypes import by_name
from torchckpt.errors import KeyNotFoundError, TorchckptError, UnsupportedTensorError
from torchckpt.formats import writers
from torchckpt.formats.base import BytesSource
from torchckpt.model import StorageRef, TensorRef

torch = pytest.importorskip("torch")
safetensors_torch = pytest.importorskip("safetensors.torch")
from safetensors import safe_open  # noqa: E402

from .helpers import cli_in_process, rewrite_zip, tensor_bytes  # noqa: E402

NET_SOURCE = textwrap.dedent('''
    import torch
    from torch import nn

    class Net(nn.Module):
        def __init__(self):
            super().__init__()
            self.conv = nn.Conv2d(3, 8, 3)
            self.bn = nn.BatchNorm2d(8)
            self.fc = nn.Linear(8, 10)
            self.register_buffer("scratch", torch.zeros(2), persistent=False)

        def forward(self, x):
            return self.fc(self.bn(self.conv(x)).mean((2, 3)))

    def build():
        torch.manual_seed(0)
        net = Net()
        net.bn.running_mean.normal_()
        net.bn.running_var.uniform_(0.5, 2.0)
        net.bn.num_batches_tracked.fill_(7)
        return net
''')

# Saves a whole pickled module and a YOLOv5-style checkpoint whose classes cannot be imported later.
SAVE_MODULES = textwrap.dedent('''
    import copy, sys, torch
    sys.path.insert(0, sys.argv[1])
    import tmpnet
    out = sys.argv[2]
    net = tmpnet.build()
    torch.save(net, out + "/module.pt")
    torch.save(net.state_dict(), out + "/module_ref.pt")
    ema = copy.deepcopy(net).half()
    opt = torch.optim.SGD(net.parameters(), lr=0.1, momentum=0.9)
    net(torch.randn(2, 3, 8, 8)).sum().backward()
    opt.step()
    torch.save({"epoch": 3, "best_fitness": 0.5, "model": net, "ema": ema, "updates": 10,
                "optimizer": opt.state_dict(), "train_args": {"imgsz": 640, "data": "coco.yaml"},
                "date": "2024-01-01"}, out + "/yolo.pt")
    torch.save({"model": net.state_dict(), "ema": ema.state_dict()}, out + "/yolo_ref.pt")
''')


@pytest.fixture(scope="module")
def make_net(tmp_path_factory):
    """Builds the test network, imported from a real file (torch.jit.script reads the source)."""
    import importlib.util

    path = tmp_path_factory.mktemp("net") / "torchckpt_test_net.py"
    path.write_text(NET_SOURCE)
    spec = importlib.util.spec_from_file_location("torchckpt_test_net", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.build


@pytest.fixture(scope="module")
def files(tmp_path_factory, make_net):
    """Source files of every kind, with the state dict each must convert to."""
    d = tmp_path_factory.mktemp("sources")
    net = make_net()
    sd = net.state_dict()
    paths = {}
    paths["zip"] = d / "zip.pt"
    torch.save(sd, paths["zip"])
    paths["legacy"] = d / "legacy.pth"
    torch.save(sd, paths["legacy"], _use_new_zipfile_serialization=False)
    paths["script"] = d / "script.pt"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # torch.jit is deprecated, its files are not
        torch.jit.script(net).save(str(paths["script"]))
        script_sd = torch.jit.load(str(paths["script"])).state_dict()
    paths["safetensors"] = d / "src.safetensors"
    safetensors_torch.save_file(sd, paths["safetensors"])

    (d / "tmpnet.py").write_text(NET_SOURCE)
    subprocess.run([sys.executable, "-c", SAVE_MODULES, str(d), str(d)], check=True)
    (d / "tmpnet.py").unlink()  # now torch.load(module.pt) would fail: No module named 'tmpnet'
    paths["module"] = d / "module.pt"
    refs = torch.load(d / "yolo_ref.pt", weights_only=True)
    expected = {k: sd for k in ("zip", "legacy", "safetensors")}
    expected["script"] = script_sd
    expected["module"] = torch.load(d / "module_ref.pt", weights_only=True)
    return {"dir": d, "paths": paths, "expected": expected, "yolo": d / "yolo.pt", "yolo_ref": refs}


def assert_same(got: dict, want: dict, *, ordered: bool = True) -> None:
    assert (list(got) if ordered else sorted(got)) == (list(want) if ordered else sorted(want))
    for name, expected in want.items():
        actual = got[name]
        assert actual.dtype == expected.dtype, name
        assert tuple(actual.shape) == tuple(expected.shape), name
        assert tensor_bytes(actual) == tensor_bytes(expected), name


def load_output(path, fmt: str) -> dict:
    if fmt == "safetensors":
        with safe_open(str(path), framework="pt") as f:
            return {k: f.get_tensor(k) for k in f.keys()}  # noqa: SIM118 - safe_open is not iterable
    if fmt == "pt":
        return torch.load(path, weights_only=True)
    if fmt == "npz":
        with np.load(path) as z:
            return {k: torch.from_numpy(z[k].copy()) for k in z.files}
    raise AssertionError(fmt)


def gen_wts(sd: dict, path) -> None:
    """tensorrtx's gen_wts.py, verbatim in what it writes."""
    with open(path, "w") as f:
        f.write(f"{len(sd.keys())}\n")
        for k, v in sd.items():
            vr = v.reshape(-1).cpu().numpy()
            f.write(f"{k} {len(vr)} ")
            for vv in vr:
                f.write(" ")
                f.write(struct.pack(">f", float(vv)).hex())
            f.write("\n")


# --- round trips -----------------------------------------------------------------------------------

SOURCES = ("zip", "legacy", "script", "module", "safetensors")


@pytest.mark.parametrize("fmt", ["safetensors", "pt", "npz"])
@pytest.mark.parametrize("source", SOURCES)
def test_round_trip(files, tmp_path, source, fmt):
    dst = tmp_path / f"out.{fmt}"
    report = convert(files["paths"][source], dst)
    want = files["expected"][source]
    assert report.tensors == len(want) and report.format == {"pt": "torch"}.get(fmt, fmt)
    assert report.output_size == os.path.getsize(dst)
    assert_same(load_output(dst, fmt), dict(want), ordered=fmt == "pt" and source != "safetensors")
    # a plain state dict converts whole; one note says so
    assert len(report.messages) == 1 and report.messages[0].startswith("converting the weights of the whole file")
    assert os.listdir(tmp_path) == [dst.name]


@pytest.mark.parametrize("source", SOURCES)
def test_wts_matches_gen_wts_byte_for_byte(files, tmp_path, source):
    path = files["paths"][source]
    convert(path, tmp_path / "out.wts")
    with torchckpt.open(path) as ckpt:
        order = list(ckpt.tensors())
    want = files["expected"][source]
    gen_wts({k: want[k] for k in order}, tmp_path / "ref.wts")
    assert (tmp_path / "out.wts").read_bytes() == (tmp_path / "ref.wts").read_bytes()


def test_torch_zip_layout(files, tmp_path):
    dst = tmp_path / "out.pt"
    convert(files["paths"]["zip"], dst)
    with zipfile.ZipFile(dst) as z:
        assert z.testzip() is None  # every CRC right
        names = z.namelist()
        assert names[:4] == ["archive/data.pkl", "archive/.format_version", "archive/.storage_alignment",
                             "archive/byteorder"]
        assert names[-2:] == ["archive/version", "archive/.data/serialization_id"]
        assert z.read("archive/byteorder") == b"little" and z.read("archive/version") == b"3\n"
        for info in z.infolist():
            assert info.compress_type == zipfile.ZIP_STORED
            with open(dst, "rb") as f:
                f.seek(info.header_offset + 26)
                nlen, xlen = struct.unpack("<HH", f.read(4))
            assert (info.header_offset + 30 + nlen + xlen) % 64 == 0, info.filename
    # deterministic: the same input gives the same bytes
    convert(files["paths"]["zip"], tmp_path / "again.pt")
    assert (tmp_path / "again.pt").read_bytes() == dst.read_bytes()


# --- dtypes, views, tied weights ------------------------------------------------------------------

def _mixed() -> dict:
    torch.manual_seed(1)
    f32 = torch.randn(257) * 1000
    f32[3], f32[4], f32[5], f32[6] = float("nan"), float("inf"), -float("inf"), 1e6
    f32[7] = -float("nan")
    return {"f32": f32, "f64": torch.randn(5, 7, dtype=torch.float64) * 1e-3, "f16": torch.randn(33).half(),
            "bf16": torch.randn(4, 4).bfloat16(), "i64": torch.arange(6), "i8": torch.arange(-3, 3, dtype=torch.int8),
            "flags": torch.tensor([True, False, True]), "scalar": torch.tensor(2.5), "empty": torch.zeros(0, 3)}


@pytest.mark.parametrize("dtype", ["float16", "bfloat16", "float32"])
@pytest.mark.parametrize("fmt", ["safetensors", "pt", "npz"])
def test_dtype_cast_matches_torch(tmp_path, fmt, dtype):
    src = tmp_path / "mixed.pt"
    sd = _mixed()
    torch.save(sd, src)
    if fmt == "npz" and dtype == "bfloat16":
        with pytest.raises(ConvertError, match="bfloat16"):
            convert(src, tmp_path / "out.npz", dtype=dtype)
        return
    report = convert(src, tmp_path / f"out.{fmt}", dtype=dtype)
    target = getattr(torch, dtype)
    want = {k: v.to(target) if v.is_floating_point() else v for k, v in sd.items()}
    if fmt == "npz":  # numpy has no bfloat16: written as float32, exactly
        want = {k: v.float() if v.dtype == torch.bfloat16 else v for k, v in want.items()}
    assert_same(load_output(tmp_path / f"out.{fmt}", fmt), want, ordered=fmt == "pt")
    assert report.cast == sum(1 for v in sd.values() if v.is_floating_point() and v.dtype != target)


def test_threaded_casts_and_checksums_give_the_same_bytes(tmp_path, monkeypatch):
    torch.manual_seed(3)
    sd = {"w": torch.randn(300_001) * 100, "d": torch.randn(70_000, dtype=torch.float64)}
    sd["w"][::1000] = float("nan")
    torch.save(sd, tmp_path / "src.pt")
    monkeypatch.setattr(writers.threads, "workers", lambda: 3)  # as on an idle 4-core machine
    monkeypatch.setattr(writers.threads, "PARALLEL_MIN", 1000)
    for dtype in ("float16", "bfloat16"):
        convert(tmp_path / "src.pt", tmp_path / "out.pt", dtype=dtype)
        with zipfile.ZipFile(tmp_path / "out.pt") as z:
            assert z.testzip() is None
        assert_same(torch.load(tmp_path / "out.pt", weights_only=True),
                    {k: v.to(getattr(torch, dtype)) for k, v in sd.items()})


def test_npz_decodes_bfloat16_and_says_so(tmp_path):
    torch.save({"w": torch.randn(8).bfloat16()}, tmp_path / "bf.pt")
    report = convert(tmp_path / "bf.pt", tmp_path / "out.npz")
    with np.load(tmp_path / "out.npz") as z:
        assert z["w"].dtype == np.float32
        assert np.array_equal(z["w"], torch.load(tmp_path / "bf.pt")["w"].float().numpy())
    assert any("float32 (exact)" in m for m in report.messages)


def _views() -> dict:
    torch.manual_seed(2)
    big = torch.randn(100_000)
    w = torch.randn(16, 8)
    x = torch.randn(3, 4, 5)
    return {"head": big[:10], "tail": big[99_990:], "w1": w, "w2": w, "w_flat": w.view(-1), "T": w.t(),
            "expanded": torch.arange(3.0).expand(4, 3), "perm": x.permute(2, 0, 1), "sliced": x[:, ::2, 1:]}


@pytest.mark.parametrize("legacy", [False, True])
@pytest.mark.parametrize("chunk", [None, 64])
def test_views_tied_and_non_contiguous(tmp_path, monkeypatch, legacy, chunk):
    if chunk:
        monkeypatch.setattr(writers.source, "CHUNK_BYTES", chunk)  # every tensor crosses chunk boundaries
    sd = _views()
    src = tmp_path / "views.pt"
    torch.save(sd, src, _use_new_zipfile_serialization=not legacy)
    want = {k: v.contiguous() for k, v in sd.items()}

    report = convert(src, tmp_path / "out.pt")
    got = torch.load(tmp_path / "out.pt", weights_only=True)
    assert_same(got, want)
    assert report.tied == [["w1", "w2"]]
    assert got["w1"].untyped_storage().data_ptr() == got["w2"].untyped_storage().data_ptr()
    # each tensor's own bytes: the 400 KB storage behind head/tail is not copied
    assert os.path.getsize(tmp_path / "out.pt") < 12_000 < os.path.getsize(src) / 10

    report = convert(src, tmp_path / "out.safetensors")
    assert_same(load_output(tmp_path / "out.safetensors", "safetensors"), want, ordered=False)
    assert report.tied == [["w1", "w2"]] and any("tied" in m for m in report.messages)


def test_plain_copies_read_the_file_without_numpy(files, tmp_path):
    """Tensors written as stored (safetensors, a weights-only .pt) are copied from the file
    without numpy: its import would hold up a remote convert's first write. Sliced views
    (a storage offset) included; the bytes are what torch saved."""
    src = tmp_path / "views.pt"
    base = torch.arange(40_000, dtype=torch.float32)
    torch.save({"head": base[:1000], "mid": base[1234:5678], "whole": base,
                "half": torch.arange(999, dtype=torch.float16)}, src)
    script = ("import sys, torchckpt; from torchckpt.formats import writers; "
              "writers.SourceReader.chunk_bytes = property(lambda self: 4096, lambda self, v: None); "
              "[torchckpt.convert(sys.argv[1], out) for out in sys.argv[2:]]; print('numpy' in sys.modules)")
    outs = [str(tmp_path / "out.safetensors"), str(tmp_path / "out.pt")]
    run = subprocess.run([sys.executable, "-c", script, str(src), *outs], capture_output=True, text=True, check=True)
    assert run.stdout.split() == ["False"]
    want = torch.load(src, weights_only=True)
    assert_same(load_output(outs[0], "safetensors"), want, ordered=False)
    assert_same(torch.load(outs[1], weights_only=True), want)


@settings(max_examples=60, deadline=None)
@given(data=st.data())
def test_strided_reads_match_numpy(data):
    """Chunked reads of any strided view equal numpy's C-order copy, for any chunk size."""
    ndim = data.draw(st.integers(1, 4))
    shape = tuple(data.draw(st.lists(st.integers(1, 6), min_size=ndim, max_size=ndim)))
    base = np.arange(int(np.prod(shape)) * 3, dtype=np.float32).reshape((*shape[:-1], shape[-1] * 3))
    order = data.draw(st.permutations(range(ndim)))
    step = data.draw(st.integers(1, 3))
    view = base[..., ::step][..., :shape[-1]].transpose(order)
    stride = tuple(s // 4 for s in view.strides)
    offset = (view.__array_interface__["data"][0] - base.__array_interface__["data"][0]) // 4
    storage = StorageRef("0", by_name("float32"), "cpu", base.nbytes, BytesSource(base.tobytes()))
    ref = TensorRef(by_name("float32"), view.shape, stride, storage, offset)
    chunk = data.draw(st.sampled_from([16, 20, 64, 100, 4096]))
    reader = writers.SourceReader.__new__(writers.SourceReader)
    reader.chunk_bytes, reader._fd, reader._out, reader._scratch = chunk, None, None, None
    got = b"".join(c.tobytes() for c in reader.chunks(ref))
    assert got == np.ascontiguousarray(view).tobytes()
    assert b"".join(bytes(c) for c in reader.byte_chunks(ref)) == got
    half = b"".join(c.tobytes() for c in reader.chunks(ref, by_name("float16")))
    assert half == np.ascontiguousarray(view).astype(np.float16).tobytes()


# --- selection -----------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def training(tmp_path_factory, make_net):
    d = tmp_path_factory.mktemp("training")
    net = make_net()
    wrapped = torch.nn.DataParallel(net)
    ema = copy.deepcopy(net).half()
    opt = torch.optim.Adam(net.parameters())
    net(torch.randn(2, 3, 8, 8)).sum().backward()
    opt.step()
    ckpt = {"epoch": 2, "arch": "Net", "state_dict": wrapped.state_dict(), "ema": ema.state_dict(),
            "optimizer": opt.state_dict(), "scheduler": {"last_epoch": 2, "base_lrs": [0.1]}, "best_acc1": 0.42}
    path = d / "train.pt"
    torch.save(ckpt, path)
    return path, ckpt


def test_training_checkpoint_prefers_ema_and_says_how_to_choose(training, tmp_path):
    path, ckpt = training
    report = convert(path, tmp_path / "out.safetensors")
    assert report.selection == "ema"
    assert_same(load_output(tmp_path / "out.safetensors", "safetensors"), ckpt["ema"], ordered=False)
    assert len(report.messages) == 1 and "key='state_dict'" in report.messages[0]  # API words; the CLI says --key
    with safe_open(str(tmp_path / "out.safetensors"), framework="pt") as f:
        meta = f.metadata()
    assert meta["format"] == "pt" and meta["source"] == "train.pt" and meta["selection"] == "ema"


def test_key_selects_subtree_and_prefix_is_offered_or_stripped(training, tmp_path):
    path, ckpt = training
    report = convert(path, tmp_path / "a.pt", key="state_dict")
    assert list(torch.load(tmp_path / "a.pt", weights_only=True)) == list(ckpt["state_dict"])
    assert any("strip_prefix='module.'" in m for m in report.messages)  # the API names parameters
    for strip in ("auto", "module."):
        report = convert(path, tmp_path / "b.pt", key="state_dict", strip_prefix=strip)
        got = torch.load(tmp_path / "b.pt", weights_only=True)
        assert_same(got, OrderedDict((k.removeprefix("module."), v) for k, v in ckpt["state_dict"].items()))
        assert report.stripped_prefix == "module."
    report = convert(path, tmp_path / "c.npz", key="optimizer.state")
    assert report.tensors == len(ckpt["optimizer"]["state"]) * 3  # step, exp_avg, exp_avg_sq


def test_single_state_dict_says_what_was_left_out(tmp_path, make_net):
    net = make_net()
    torch.save({"model_state": net.state_dict(), "optimizer": torch.optim.SGD(net.parameters(), 0.1).state_dict(),
                "epoch": 1}, tmp_path / "ck.pt")
    report = convert(tmp_path / "ck.pt", tmp_path / "out.pt")
    assert report.selection == "model_state"
    assert "leaving out optimizer, epoch" in report.messages[0] and "key=PATH" in report.messages[0]
    assert_same(torch.load(tmp_path / "out.pt", weights_only=True), net.state_dict())


def test_yolo_style_modules_without_their_classes(files, tmp_path):
    refs = files["yolo_ref"]
    report = convert(files["yolo"], tmp_path / "ema.safetensors")
    assert report.selection == "ema" and "key='model'" in report.messages[0]
    assert_same(load_output(tmp_path / "ema.safetensors", "safetensors"), refs["ema"], ordered=False)
    convert(files["yolo"], tmp_path / "model.pt", key="model")
    assert_same(torch.load(tmp_path / "model.pt", weights_only=True), refs["model"])
    report = slim(files["yolo"], tmp_path / "slim.pt", dtype="float16")
    got = torch.load(tmp_path / "slim.pt", weights_only=True)
    assert set(got) == {"epoch", "best_fitness", "ema", "train_args", "date"}
    assert got["train_args"] == {"imgsz": 640, "data": "coco.yaml"} and got["epoch"] == 3
    assert_same(got["ema"], refs["ema"])
    assert set(report.dropped) == {"model", "updates", "optimizer"}


def test_slim_keeps_ema_and_metadata(training, tmp_path):
    path, ckpt = training
    report = slim(path, tmp_path / "slim.pt")
    got = torch.load(tmp_path / "slim.pt", weights_only=True)
    assert list(got) == ["epoch", "arch", "ema", "best_acc1"]
    assert got["epoch"] == 2 and got["arch"] == "Net" and got["best_acc1"] == 0.42
    assert_same(got["ema"], ckpt["ema"])
    assert report.dropped == ["state_dict", "optimizer", "scheduler"]
    assert report.output_size < report.source_size / 3

    report = slim(path, tmp_path / "model.pt", keep="model", dtype="float16")
    got = torch.load(tmp_path / "model.pt", weights_only=True)
    assert list(got) == ["epoch", "arch", "state_dict", "best_acc1"]
    assert_same(got["state_dict"], {k: v.half() if v.is_floating_point() else v for k, v in ckpt["state_dict"].items()})


def test_slim_never_in_place_and_plain_state_dicts(files, tmp_path):
    from torchckpt._outputs import OverwriteInputError

    path = tmp_path / "copy.pt"
    original = files["paths"]["legacy"].read_bytes()
    path.write_bytes(original)
    with pytest.raises(OverwriteInputError, match="refusing to write"):
        slim(path, path, dtype="bfloat16")  # no command writes over its own input
    assert path.read_bytes() == original and os.listdir(tmp_path) == ["copy.pt"]
    report = slim(path, tmp_path / "slim.pt", dtype="bfloat16")
    want = {k: v.bfloat16() if v.is_floating_point() else v for k, v in files["expected"]["legacy"].items()}
    assert_same(torch.load(tmp_path / "slim.pt", weights_only=True), want)
    assert zipfile.is_zipfile(tmp_path / "slim.pt") and report.tensors == len(want)
    assert sorted(os.listdir(tmp_path)) == ["copy.pt", "slim.pt"]
    with pytest.raises(ConvertError, match="no EMA"):
        slim(files["paths"]["zip"], tmp_path / "x.pt", keep="ema")


# --- formats ---------------------------------------------------------------------------------------

def test_sharded_safetensors_index(training, tmp_path):
    path, ckpt = training
    report = convert(path, tmp_path / "model.safetensors", key="state_dict", shard_size="300B")
    index = json.loads((tmp_path / "model.safetensors.index.json").read_text())
    shards = sorted(p.name for p in tmp_path.glob("model-*.safetensors"))
    n = len(shards)
    assert n > 2 and shards == [f"model-{i:05d}-of-{n:05d}.safetensors" for i in range(1, n + 1)]
    assert set(index["weight_map"]) == set(ckpt["state_dict"]) and set(index["weight_map"].values()) == set(shards)
    assert index["metadata"]["total_size"] == sum(v.nbytes for v in ckpt["state_dict"].values())
    got = {}
    for shard in shards:
        part = load_output(tmp_path / shard, "safetensors")
        assert all(index["weight_map"][k] == shard for k in part)
        if len(part) > 1:
            assert sum(v.nbytes for v in part.values()) <= 300
        got.update(part)
    assert_same(got, ckpt["state_dict"], ordered=False)
    assert report.destination.endswith("model.safetensors.index.json") and len(report.files) == n + 1

    report = convert(path, tmp_path / "one.safetensors", shard_size="2GB")
    assert report.files == [str(tmp_path / "one.safetensors")]
    assert not (tmp_path / "one.safetensors.index.json").exists()


def test_parse_size_and_output_format():
    assert parse_size("2GB") == 2 * 10**9 and parse_size("500MB") == 5 * 10**8
    assert parse_size("1.5GiB") == 3 * 2**29 and parse_size("100") == 100 and parse_size(7) == 7
    for bad in ("lots", "-1GB", "0"):
        with pytest.raises(ConvertError):
            parse_size(bad)
    assert output_format("a.PTH") == "torch" and output_format("a.bin") == "torch"
    assert output_format("x.out", "safetensors") == "safetensors" and output_format("w.wts") == "wts"
    with pytest.raises(ConvertError, match="to=FORMAT"):
        output_format("model.onnx")


def test_zip64_offsets_past_4gib(tmp_path, monkeypatch):
    """Entries that start past 4 GiB need zip64 offsets; a sparse gap keeps the test fast."""
    real = writers.ZipWriter.add_stream

    def add_stream(self, name, size, chunks):
        if name.endswith("/data/1"):
            gap = (1 << 32) + 4096
            os.lseek(self.sink.fd, gap, os.SEEK_CUR)
            self.sink.pos += gap
        return real(self, name, size, chunks)

    monkeypatch.setattr(writers.ZipWriter, "add_stream", add_stream)
    sd = {"a": torch.randn(3), "b": torch.randn(4, 2), "c": torch.arange(5)}
    torch.save(sd, tmp_path / "src.pt")
    dst = tmp_path / "out.pt"
    convert(tmp_path / "src.pt", dst)
    info = os.stat(dst)
    assert info.st_size > 1 << 32
    if info.st_blocks * 512 > 1 << 30:
        pytest.skip("this file system has no sparse files")
    assert_same(torch.load(dst, weights_only=True), sd)
    with zipfile.ZipFile(dst) as z:
        assert z.getinfo("archive/data/1").header_offset > 1 << 32 and z.testzip() is None
    with torchckpt.open(dst) as ckpt:
        assert np.array_equal(ckpt.get("c").numpy(), np.arange(5))


@pytest.mark.parametrize("fmt", ["pt", "npz"])
def test_zip64_fields_read_back(tmp_path, monkeypatch, fmt):
    """The zip64 layout of entries over 4 GiB, forced on small ones: torch, zipfile, numpy and
    torchckpt read it."""
    monkeypatch.setattr(writers.zip_archive, "_ZIP64_LIMIT", 100)
    sd = {"a": torch.randn(300), "b": torch.arange(7), "c": torch.randn(2, 3).double()}
    torch.save(sd, tmp_path / "src.pt")
    dst = tmp_path / f"out.{fmt}"
    convert(tmp_path / "src.pt", dst)
    with zipfile.ZipFile(dst) as z:
        assert z.testzip() is None
    assert_same(load_output(dst, fmt), sd, ordered=fmt == "pt")
    with torchckpt.open(dst) as ckpt:
        assert np.array_equal(ckpt.get("a").numpy(), sd["a"].numpy())


def test_cuda_saved_and_big_endian_files(tmp_path):
    sd = {"w": torch.randn(6, 5), "b": torch.randn(5).double(), "n": torch.tensor(3), "h": torch.randn(4).half()}
    torch.save(sd, tmp_path / "cpu.pt")

    def to_cuda(name, data):
        return data.replace(b"X\x03\x00\x00\x00cpu", b"X\x06\x00\x00\x00cuda:0") if name.endswith("data.pkl") else data

    rewrite_zip(tmp_path / "cpu.pt", tmp_path / "cuda.pt", to_cuda)
    report = convert(tmp_path / "cuda.pt", tmp_path / "out.pt")
    assert_same(torch.load(tmp_path / "out.pt", weights_only=True), sd)
    assert any("cuda:0" in m for m in report.messages)

    with torchckpt.open(tmp_path / "cpu.pt") as ckpt:
        sizes = {s.key: s.dtype.itemsize for s in ckpt.storages()}

    def to_big(name, data):
        if name.endswith("/byteorder"):
            return b"big"
        key = name.rsplit("/data/", 1)[-1] if "/data/" in name else None
        if key in sizes and sizes[key] > 1:
            return np.frombuffer(data, dtype=f"<u{sizes[key]}").byteswap().tobytes()
        return data

    rewrite_zip(tmp_path / "cpu.pt", tmp_path / "big.pt", to_big)
    report = convert(tmp_path / "big.pt", tmp_path / "out.safetensors", dtype="float16")
    assert_same(load_output(tmp_path / "out.safetensors", "safetensors"),
                {k: v.half() if v.is_floating_point() else v for k, v in sd.items()}, ordered=False)
    assert any("big-endian" in m for m in report.messages)


def test_unsupported_tensors_are_named_or_skipped(tmp_path):
    torch.save({"w": torch.randn(3), "sp": torch.eye(3).to_sparse()}, tmp_path / "sparse.pt")
    with pytest.raises(UnsupportedTensorError, match=r"'sp'.*sparse") as info:
        convert(tmp_path / "sparse.pt", tmp_path / "out.safetensors")
    assert "skip_unsupported=True" in str(info.value) and "\n" not in str(info.value)
    assert not (tmp_path / "out.safetensors").exists()
    report = convert(tmp_path / "sparse.pt", tmp_path / "out.safetensors", skip_unsupported=True)
    assert report.skipped == [{"name": "sp", "reason": "sparse tensor"}]
    assert list(load_output(tmp_path / "out.safetensors", "safetensors")) == ["w"]


def test_errors_are_one_line_torchckpt_errors(files, tmp_path):
    zip_path = files["paths"]["zip"]
    cases = [
        (lambda: convert(zip_path, tmp_path / "x.onnx"), ConvertError),
        (lambda: convert(zip_path, tmp_path / "x.pt", key="nope"), KeyNotFoundError),
        (lambda: convert(zip_path, tmp_path / "x.pt", shard_size="1GB"), ConvertError),
        (lambda: convert(zip_path, tmp_path / "x.pt", dtype="int8"), ConvertError),
        (lambda: convert(zip_path, tmp_path / "missing" / "x.pt"), OutputError),
        (lambda: convert(tmp_path / "absent.pt", tmp_path / "x.pt"), TorchckptError),
    ]
    torch.save({"epoch": 3, "name": "x"}, tmp_path / "empty.pt")
    cases.append((lambda: convert(tmp_path / "empty.pt", tmp_path / "x.pt"), ConvertError))
    for call, kind in cases:
        with pytest.raises(kind) as info:
            call()
        assert "\n" not in str(info.value) and str(info.value)
    assert sorted(os.listdir(tmp_path)) == ["empty.pt"]


# --- atomic output --------------------------------------------------------------------------------

@pytest.mark.parametrize("fmt", ["safetensors", "pt", "wts", "npz", "sharded"])
def test_disk_full_leaves_old_output_and_no_temp(files, tmp_path, monkeypatch, fmt):
    suffix = "safetensors" if fmt == "sharded" else fmt
    dst = tmp_path / f"out.{suffix}"
    dst.write_bytes(b"old contents")
    written = [0]
    real = writers.output_files._write

    def failing(fd, data):
        if written[0] > 2000:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        n = real(fd, memoryview(data)[:1000])
        written[0] += n
        return n

    monkeypatch.setattr(writers.output_files, "_write", failing)
    with pytest.raises(OutputError, match="No space left") as info:
        convert(files["paths"]["zip"], dst, shard_size="1KB" if fmt == "sharded" else None)
    assert "\n" not in str(info.value) and str(tmp_path / "out") in str(info.value)
    assert dst.read_bytes() == b"old contents"
    assert os.listdir(tmp_path) == [dst.name]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="sync_file_range is Linux's")
@pytest.mark.parametrize("fmt", ["safetensors", "pt"])
def test_output_goes_out_in_bounded_writes_and_is_sent_to_disk_as_it_goes(files, tmp_path, monkeypatch, fmt):
    """Every write(2) takes at most WRITE_PIECE bytes, and writeback of what is written starts
    every _FLUSH_EVERY bytes (consecutive ranges from byte 0), not only at the commit's fsync;
    the output is the same bytes as with one write per chunk."""
    want = tmp_path / f"want.{fmt}"
    convert(files["paths"]["zip"], want)
    sizes: list[int] = []
    flushed: list[tuple[int, int]] = []
    real_write = writers.output_files._write
    real_flush = writers.output_files._writeback()
    assert real_flush is not None

    def write(fd, data):
        sizes.append(len(memoryview(data).cast("B")))
        return real_write(fd, data)

    def flush(fd, offset, nbytes, flags):
        flushed.append((offset, nbytes))
        return real_flush(fd, offset, nbytes, flags)

    monkeypatch.setattr(writers.output_files, "_write", write)
    monkeypatch.setattr(writers.output_files, "_sync_file_range", flush)
    monkeypatch.setattr(writers.output_files, "WRITE_PIECE", 64)
    monkeypatch.setattr(writers.output_files, "_FLUSH_EVERY", 256)
    got = tmp_path / f"got.{fmt}"
    convert(files["paths"]["zip"], got)
    assert got.read_bytes() == want.read_bytes()
    assert max(sizes) == 64 and sum(sizes) >= got.stat().st_size
    assert flushed[0][0] == 0 and all(n >= 256 for _, n in flushed)
    assert all(a + n == b for (a, n), (b, _) in itertools.pairwise(flushed))
    assert sum(n for _, n in flushed) >= got.stat().st_size // 2 and len(flushed) >= 3


def test_failure_while_reading_removes_temporaries(files, tmp_path, monkeypatch):
    calls = [0]
    real = writers.SourceReader.byte_chunks   # what the torch zip writer reads through

    def flaky(self, ref, dtype=None):
        calls[0] += 1
        if calls[0] == 3:
            raise torchckpt.CorruptFileError("storage '2' is truncated")
        yield from real(self, ref, dtype)

    monkeypatch.setattr(writers.SourceReader, "byte_chunks", flaky)
    with pytest.raises(torchckpt.CorruptFileError, match="truncated"):
        slim(files["paths"]["zip"], tmp_path / "out.pt")
    assert os.listdir(tmp_path) == []


# --- CLI, no torch, memory -------------------------------------------------------------------------

def test_cli(training, tmp_path):
    path, _ = training
    code, out, _ = cli_in_process("convert", path, tmp_path / "m.safetensors", "--dtype", "float16")
    assert code == 0
    assert "EMA weights" in out and "wrote" in out and "--key state_dict" in out
    code, out, _ = cli_in_process("slim", path, tmp_path / "s.pt")
    assert code == 0
    assert "->" in out and "% of the original" in out and "dropped state_dict, optimizer, scheduler" in out
    code, out, _ = cli_in_process("convert", path, tmp_path / "m.wts", "--key", "state_dict", "--strip-prefix", "auto",
                                  "--json")
    assert code == 0
    report = json.loads(out)
    assert report["format"] == "wts" and report["stripped_prefix"] == "module."
    code, _, err = cli_in_process("convert", path, tmp_path / "m.xyz")
    assert code == 2
    assert err.count("\n") == 1 and err.startswith("torchckpt: error:") and "--to" in err


NO_TORCH = textwrap.dedent('''
    import sys
    sys.modules["torch"] = None  # any `import torch` now fails
    from torchckpt.converter import convert, slim
    src, out = sys.argv[1], sys.argv[2]
    for name in ("a.safetensors", "a.pt", "a.wts", "a.npz"):
        convert(src, out + "/" + name, dtype="float16")
    convert(src, out + "/sharded.safetensors", shard_size="1KB")
    slim(src, out + "/slim.pt")
    print("ok", sys.modules["torch"])
''')


def test_runs_without_torch(training, tmp_path):
    path, ckpt = training
    result = subprocess.run([sys.executable, "-c", NO_TORCH, str(path), str(tmp_path)], capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok None"
    assert_same(load_output(tmp_path / "a.pt", "pt"), ckpt["ema"])  # already float16


MEMORY = textwrap.dedent('''
    import sys
    from torchckpt.converter import convert
    def status(key):
        with open("/proc/self/status") as f:
            return next(int(line.split()[1]) for line in f if line.startswith(key)) // 1024
    before = status("VmRSS:")
    convert(sys.argv[1], sys.argv[2], dtype=sys.argv[3])
    print(status("VmHWM:") - before)
''')


@pytest.mark.skipif(not os.path.exists("/proc/self/status"), reason="reads /proc/self/status")
def test_memory_stays_bounded(tmp_path):
    src = tmp_path / "big.pt"
    torch.save({"a": torch.ones(24 << 20), "b": torch.ones(8 << 20).t()}, src)  # 128 MB
    for dtype, dst in (("float32", "o.safetensors"), ("bfloat16", "o.pt")):
        result = subprocess.run([sys.executable, "-c", MEMORY, str(src), str(tmp_path / dst), dtype],
                                capture_output=True, text=True, timeout=120)
        assert result.returncode == 0, result.stderr
        grew_mb = int(result.stdout.strip())
        assert grew_mb < 100, f"converting 128 MB grew RSS by {grew_mb} MB"  # chunks, not the file
