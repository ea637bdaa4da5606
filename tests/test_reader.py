"""The safe reader against the real thing: names, dtypes, shapes and bytes must equal what
torch.load / torch.jit.load / safetensors / numpy give, for files those libraries wrote."""

from __future__ import annotations

import io
import pickle
import struct
import tarfile
import textwrap

import numpy as np
import pytest

import torchckpt
from torchckpt.errors import TorchckptError

from .helpers import run_python, tensor_bytes

torch = pytest.importorskip("torch")

DTYPES = [torch.float32, torch.float16, torch.bfloat16, torch.float64, torch.int8, torch.uint8, torch.int16,
          torch.int32, torch.int64, torch.bool, torch.complex64, torch.complex128, torch.float8_e4m3fn,
          torch.float8_e5m2, torch.uint16]


def _ours(ref) -> bytes:
    arr = ref.numpy(raw=True)
    return np.ascontiguousarray(arr).tobytes()


def assert_same(ckpt, expected: dict[str, torch.Tensor]) -> None:
    got = ckpt.tensors()
    assert list(got) == list(expected)
    for name, t in expected.items():
        ref = got[name]
        assert ref.dtype.name == str(t.dtype).removeprefix("torch."), name
        assert ref.shape == tuple(t.shape), name
        assert _ours(ref) == tensor_bytes(t), name


def flatten(obj, prefix=""):
    """Dotted names of every tensor in what torch.load returned (dict keys, list indices)."""
    out = {}
    if isinstance(obj, torch.Tensor):
        out[prefix.rstrip(".")] = obj
    elif isinstance(obj, dict):
        for k, v in obj.items():
            out.update(flatten(v, f"{prefix}{k}."))
    elif isinstance(obj, (list, tuple)):
        for i, v in enumerate(obj):
            out.update(flatten(v, f"{prefix}{i}."))
    return out


# torch's own legacy reader cannot load dtypes newer than its storage classes
V3_DTYPES = {torch.float8_e4m3fn, torch.float8_e5m2, torch.uint16}


def mixed_tensors(*, legacy: bool = False) -> dict:
    g = torch.Generator().manual_seed(1)
    data = {}
    for dt in DTYPES:
        if legacy and dt in V3_DTYPES:
            continue
        base = torch.randn(3, 5, generator=g) * 4
        data[str(dt).removeprefix("torch.")] = base.to(dt) if dt != torch.bool else base > 0
    big = torch.arange(64, dtype=torch.float32)
    data["view_of_big"] = big[8:24].view(4, 4)  # a view: its storage is the whole of `big`
    data["strided"] = big.view(8, 8)[:, ::2]    # non-contiguous
    data["transposed"] = torch.randn(3, 4, generator=g).t()
    data["scalar"] = torch.tensor(3.5)
    data["empty"] = torch.zeros(0, 3)
    data["tied_a"] = data["tied_b"] = torch.randn(4, generator=g)
    return data


@pytest.mark.parametrize("zip_format", [True, False], ids=["zip", "legacy"])
@pytest.mark.parametrize("protocol", [2, 4])
def test_torch_save_matrix(tmp_path, zip_format, protocol):
    data = {"weights": mixed_tensors(legacy=not zip_format), "epoch": 7,
            "nested": [torch.ones(2), {"x": torch.zeros(1, dtype=torch.int64)}]}
    path = tmp_path / "m.pt"
    torch.save(data, path, _use_new_zipfile_serialization=zip_format, pickle_protocol=protocol)
    expected = flatten(torch.load(path, weights_only=False))
    with torchckpt.open(path) as ckpt:
        assert ckpt.format == ("torch-zip" if zip_format else "torch-legacy")
        assert_same(ckpt, expected)
        assert ckpt.tree["epoch"] == 7
        tensors = ckpt.tensors()
        # shared storages are recognised: tied weights and views of one storage
        assert tensors["weights.tied_a"].storage is tensors["weights.tied_b"].storage
        assert tensors["weights.view_of_big"].storage.root is tensors["weights.strided"].storage.root
        # the view's storage is bigger than the view itself
        assert tensors["weights.view_of_big"].storage.root.nbytes == 64 * 4


def test_state_dict_and_training_checkpoint(training_checkpoint):
    expected = flatten(torch.load(training_checkpoint, weights_only=False))
    with torchckpt.open(training_checkpoint) as ckpt:
        assert_same(ckpt, expected)
        sds = ckpt.state_dicts()
        assert [sd.path for sd in sds] == ["model"]
        assert sds[0].prefix == "module."
        assert sds[0].parameters == sum(p.numel() for k, p in torch.load(training_checkpoint, weights_only=False)[
            "model"].items() if p.is_floating_point() and "running" not in k)
        assert ("args", "argparse.Namespace") in ckpt.objects()


def test_array_from_numpy_is_zero_copy(tmp_path):
    path = tmp_path / "a.pt"
    torch.save({"w": torch.arange(1024, dtype=torch.float32).reshape(32, 32)}, path)
    with torchckpt.open(path) as ckpt:
        arr = ckpt.get("w").numpy()
        assert not arr.flags.owndata and not arr.flags.writeable
        assert arr[3, 4] == 100.0
        bf = torch.tensor([1.5, -2.25, 3e38]).to(torch.bfloat16)
    torch.save({"bf": bf}, path)
    with torchckpt.open(path) as ckpt:
        np.testing.assert_array_equal(ckpt.get("bf").numpy(), bf.float().numpy())  # exact decode
        assert ckpt.get("bf").numpy(raw=True).dtype == np.uint16


@pytest.mark.parametrize("dt", [torch.float8_e4m3fn, torch.float8_e5m2, torch.float8_e4m3fnuz, torch.float8_e5m2fnuz])
def test_float8_decodes_like_torch(tmp_path, dt):
    every = torch.arange(256, dtype=torch.uint8).view(dt)
    path = tmp_path / "f8.pt"
    torch.save({"x": every}, path)
    with torchckpt.open(path) as ckpt:
        np.testing.assert_array_equal(ckpt.get("x").numpy(), every.float().numpy())


def _write_module(tmp_path, name="mymodels"):
    (tmp_path / f"{name}.py").write_text(textwrap.dedent("""
        import torch
        from torch import nn

        class Detect(nn.Module):
            def __init__(self):
                super().__init__()
                self.cv = nn.Conv2d(4, 6, 1)
                self.register_buffer("anchors", torch.ones(3, 2))
                self.register_buffer("scratch", torch.zeros(5), persistent=False)
                self.plain_attr = torch.ones(7)  # not in state_dict
                self.stride = None

        class DetectionModel(nn.Module):
            def __init__(self):
                super().__init__()
                self.model = nn.Sequential(nn.Conv2d(3, 4, 3), nn.BatchNorm2d(4), nn.SiLU(), Detect())
                self.names = {0: "person", 1: "car"}
    """))


def test_whole_module_whose_class_is_gone(tmp_path):
    """YOLO-style {'model': module, 'ema': module} saved by a package the reader lacks."""
    _write_module(tmp_path)
    r = run_python("""
        import json, torch, mymodels
        m = mymodels.DetectionModel()
        ema = mymodels.DetectionModel()
        torch.save({"epoch": 1, "model": m.half(), "ema": ema, "optimizer": None}, "yolo.pt")
        torch.save(m, "whole.pt", _use_new_zipfile_serialization=False)
        json.dump({"model": list(m.state_dict()), "ema": list(ema.state_dict())}, open("names.json", "w"))
    """, cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    (tmp_path / "mymodels.py").unlink()
    import json

    names = json.loads((tmp_path / "names.json").read_text())
    with pytest.raises((ModuleNotFoundError, AttributeError)):  # the point: torch.load cannot open it any more
        torch.load(tmp_path / "yolo.pt", weights_only=False)
    with torchckpt.open(tmp_path / "yolo.pt") as ckpt:
        tensors = ckpt.tensors()
        assert list(tensors) == [f"model.{n}" for n in names["model"]] + [f"ema.{n}" for n in names["ema"]]
        assert tensors["model.model.0.weight"].dtype.name == "float16"
        assert tensors["ema.model.0.weight"].dtype.name == "float32"
        sds = {sd.path: sd for sd in ckpt.state_dicts()}
        assert sds["model"].kind == "module" and sds["model"].cls == "mymodels.DetectionModel"
        assert sds["model"].parameters == 3 * 4 * 9 + 4 + 4 + 4 + 4 * 6 + 6
        assert "mymodels.DetectionModel" in ckpt.globals_used
    with torchckpt.open(tmp_path / "whole.pt") as ckpt:  # legacy format, module at the root
        assert ckpt.format == "torch-legacy"
        assert list(ckpt.tensors()) == names["model"]


def test_torchscript_names_match_jit_state_dict(tmp_path, small_model):
    small_model.register_buffer("scratch", torch.ones(2), persistent=False)
    path = tmp_path / "s.pt"
    torch.jit.script(small_model).save(str(path))
    expected = dict(torch.jit.load(str(path)).state_dict())
    with torchckpt.open(path) as ckpt:
        assert ckpt.format == "torchscript"
        assert_same(ckpt, expected)


def test_cuda_located_storages_read_on_cpu(tmp_path):
    """A file whose storages say cuda:0 / cuda:1 (written by re-tagging CPU storages)."""
    from torch import serialization

    def tagger(storage):
        return "cuda:1" if storage.nbytes() == 8 else "cuda:0"

    serialization.register_package(1, tagger, lambda storage, location: None)
    try:
        path = tmp_path / "gpu.pt"
        torch.save({"a": torch.ones(2, dtype=torch.float32), "b": torch.ones(3)}, path)
    finally:
        serialization._package_registry[:] = [e for e in serialization._package_registry if e[1] is not tagger]
    if not torch.cuda.is_available():
        with pytest.raises(RuntimeError, match="CUDA"):
            torch.load(path, weights_only=True)
    expected = torch.load(path, weights_only=True, map_location="cpu")
    with torchckpt.open(path) as ckpt:
        assert_same(ckpt, expected)
        assert [r.location for r in ckpt.tensors().values()] == ["cuda:1", "cuda:0"]


def test_safetensors(tmp_path):
    from safetensors.torch import save_file

    data = {k: v.contiguous() for k, v in mixed_tensors().items() if k not in ("tied_b", "uint16", "complex128")}
    path = tmp_path / "m.safetensors"
    save_file(data, path, metadata={"format": "pt"})
    from safetensors import safe_open

    with safe_open(path, "pt") as f:
        expected = {k: f.get_tensor(k) for k in f.keys()}  # noqa: SIM118 - safe_open is not iterable
    with torchckpt.open(path) as ckpt:
        assert ckpt.format == "safetensors"
        assert ckpt.info["metadata"] == {"format": "pt"}
        assert set(ckpt.tensors()) == set(expected)
        for name, t in expected.items():
            ref = ckpt.get(name)
            assert (ref.dtype.name, ref.shape, _ours(ref)) == (str(t.dtype)[6:], tuple(t.shape), tensor_bytes(t))


def test_numpy_npy_and_npz(tmp_path):
    arrays = {"a": np.arange(12, dtype=np.float32).reshape(3, 4), "f": np.asfortranarray(np.ones((2, 3)) * 2),
              "be": np.arange(5, dtype=">i4"), "b": np.array([True, False])}
    np.save(tmp_path / "x.npy", arrays["a"])
    np.savez(tmp_path / "x.npz", **arrays)
    np.savez_compressed(tmp_path / "c.npz", **arrays)
    with torchckpt.open(tmp_path / "x.npy") as ckpt:
        assert ckpt.format == "numpy"
        np.testing.assert_array_equal(ckpt.get("array").numpy(), arrays["a"])
    for name in ("x.npz", "c.npz"):
        with torchckpt.open(tmp_path / name) as ckpt:
            assert list(ckpt.tensors()) == list(arrays)
            for key, arr in arrays.items():
                np.testing.assert_array_equal(ckpt.get(key).numpy(), arr)


def test_raw_pickle_of_tensors(tmp_path):
    """pickle.dump(state_dict) stores storages through torch.storage._load_from_bytes."""
    data = {"w": torch.randn(3, 4), "h": torch.arange(5, dtype=torch.float16), "meta": {"lr": 0.1}}
    path = tmp_path / "p.pkl"
    path.write_bytes(pickle.dumps(data))
    with torchckpt.open(path) as ckpt:
        assert ckpt.format == "pickle"
        assert_same(ckpt, {"w": data["w"], "h": data["h"]})
        assert ckpt.tree["meta"] == {"lr": 0.1}


def _write_tar_checkpoint(path, tensors: dict[str, torch.Tensor]) -> None:
    """torch's pre-0.4 tar layout, written the way torch.serialization.legacy_load reads it."""
    storages, records = io.BytesIO(), io.BytesIO()
    pickle.dump(len(tensors), storages, protocol=2)
    for i, t in enumerate(tensors.values()):
        storage_cls = {torch.float32: "FloatStorage", torch.int64: "LongStorage", torch.float16: "HalfStorage"}[t.dtype]
        # (key, location, storage_type), with the storage class as a GLOBAL like torch wrote it
        storages.write(b"\x80\x02(K" + bytes([i]) + b"X\x03\x00\x00\x00cpu" + f"ctorch\n{storage_cls}\n".encode()
                       + b"t.")
        storages.write(struct.pack("<q", t.numel()) + t.contiguous().numpy().tobytes())
    pickle.dump([], storages, protocol=2)  # no storage views
    pickle.dump(len(tensors), records, protocol=2)
    for i, t in enumerate(tensors.values()):
        pickle.dump((100 + i, i, None), records, protocol=2)  # torch looks tensors up by int(id)
        records.write(struct.pack("<ii", t.dim(), 0) + struct.pack(f"<{t.dim()}q", *t.shape)
                      + struct.pack(f"<{t.dim()}q", *t.stride()) + struct.pack("<q", 0))

    class P(pickle.Pickler):
        def persistent_id(self, obj):
            return obj.key if isinstance(obj, _Key) else None

    class _Key:
        def __init__(self, key):
            self.key = key

    main = io.BytesIO()
    P(main, protocol=2).dump({name: _Key(100 + i) for i, name in enumerate(tensors)})
    with tarfile.open(path, "w", format=tarfile.PAX_FORMAT) as tar:
        for member, buf in (("storages", storages), ("tensors", records), ("pickle", main)):
            info = tarfile.TarInfo(member)
            info.size = len(buf.getvalue())
            tar.addfile(info, io.BytesIO(buf.getvalue()))


def test_tar_layout(tmp_path):
    tensors = {"w": torch.randn(2, 3), "n": torch.arange(4), "h": torch.ones(3, dtype=torch.float16)}
    path = tmp_path / "old.tar"
    _write_tar_checkpoint(path, tensors)
    expected = torch.load(path, weights_only=False)  # torch itself reads what we wrote
    with torchckpt.open(path) as ckpt:
        assert ckpt.format == "torch-legacy" and ckpt.info["layout"] == "tar"
        assert_same(ckpt, expected)


def test_sparse_meta_and_quantized_are_reported_not_fatal(tmp_path):
    i = torch.tensor([[0, 1], [1, 0]])
    data = {"dense": torch.ones(2), "sparse": torch.sparse_coo_tensor(i, torch.tensor([1.0, 2.0]), (2, 2)),
            "meta": torch.empty(3, 4, device="meta"),
            "q": torch.quantize_per_tensor(torch.tensor([0.5, 1.0]), 0.1, 0, torch.qint8)}
    path = tmp_path / "odd.pt"
    torch.save(data, path)
    with torchckpt.open(path) as ckpt:
        t = ckpt.tensors()
        assert t["sparse"].kind == "sparse" and t["sparse"].shape == (2, 2)
        assert t["meta"].kind == "meta" and t["meta"].shape == (3, 4)
        assert t["q"].kind == "quantized" and t["q"].dtype.name == "qint8"
        np.testing.assert_array_equal(t["q"].numpy(), data["q"].int_repr().numpy())
        with pytest.raises(TorchckptError, match="sparse"):
            t["sparse"].numpy()


def test_archive_folder_name_is_arbitrary(tmp_path):
    import zipfile

    src = tmp_path / "a.pt"
    torch.save({"w": torch.arange(3.0)}, src)
    dst = tmp_path / "b.pt"
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():  # rename the folder and deflate every entry
            zout.writestr(item.filename.replace("a/", "some_other_name/", 1), zin.read(item.filename))
    expected = torch.load(dst, weights_only=True)
    with torchckpt.open(dst) as ckpt:
        assert ckpt.info["archive_folder"] == "some_other_name"
        assert_same(ckpt, expected)


def test_hf_sharded_safetensors_index_and_folder(tmp_path):
    """`convert --shard-size` output (HF layout) reads back as one checkpoint, by file or folder."""
    from safetensors.torch import load_file

    sd = {f"layers.{i}.weight": torch.randn(64, 64) for i in range(6)}
    src = tmp_path / "src.pt"
    torch.save(sd, src)
    out = tmp_path / "hf"
    out.mkdir()
    torchckpt.convert(src, out / "model.safetensors", shard_size="40KB")
    index = out / "model.safetensors.index.json"
    assert index.exists() and len(list(out.glob("model-*.safetensors"))) > 1
    for target in (index, out):
        with torchckpt.open(target) as ckpt:
            assert ckpt.format == "safetensors" and len(ckpt.info["shards"]) > 1
            got = ckpt.tensors()
            assert set(got) == set(sd)
            for name, t in sd.items():
                assert (got[name].shape, _ours(got[name])) == (tuple(t.shape), tensor_bytes(t)), name
    shard = next(out.glob("model-00001-*.safetensors"))
    if load_file(shard):
        shard.unlink()
    with pytest.raises(TorchckptError, match=r"no such file|none of its shards"):
        torchckpt.open(index)


@pytest.mark.parametrize("header", [128, 384, 640, 1408])
def test_safetensors_whose_header_size_reads_as_a_pickle_protocol(tmp_path, header):
    """A header of 128 (384, 640... 1408) bytes starts the file with 0x80 and a byte <= 5, PROTO to
    a pickle reader: the file is still safetensors, as safetensors reads it."""
    from safetensors.torch import load_file, save_file

    path = tmp_path / "m.safetensors"
    tensors = {"a": torch.arange(10)}
    pad = 0
    while True:  # the header is JSON padded to 8 bytes: grow the metadata until it is `header` long
        save_file(tensors, str(path), metadata={"n": "x" * pad})
        size = struct.unpack("<Q", path.read_bytes()[:8])[0]
        if size >= header:
            break
        pad += 1
    assert size == header and path.read_bytes()[:1] == b"\x80" and path.read_bytes()[1] <= 5
    with torchckpt.open(path) as ckpt:
        assert ckpt.format == "safetensors"
        ours = {k: torch.from_numpy(ckpt.get(k).numpy().copy()) for k in ckpt.tensors()}
    theirs = load_file(str(path))
    assert ours.keys() == theirs.keys() and all(torch.equal(ours[k], v) for k, v in theirs.items())
    assert torchckpt.scan(path).verdict == "safe"
