"""load_state_dict on ONNX files, against onnx's own reader (``onnx.load`` + ``numpy_helper.to_array``):
raw_data lies wherever protobuf's framing leaves it, so small tensors are copied into one
aligned block; every value must still come out as onnx reads it, writable and independent."""

from __future__ import annotations

import struct

import numpy as np
import pytest

torch = pytest.importorskip("torch")
onnx = pytest.importorskip("onnx")

from onnx import TensorProto as T  # noqa: E402
from onnx import helper, numpy_helper  # noqa: E402

import torchckpt  # noqa: E402
from torchckpt.formats.onnx import read_onnx  # noqa: E402
from torchckpt.loading import _Materializer  # noqa: E402

from .test_onnx_reader import _field, _model_bytes, _tensors, _varint  # noqa: E402


def _model(initializers: list[T]) -> onnx.ModelProto:
    nodes = [helper.make_node("Identity", [t.name], [f"out{i}"]) for i, t in enumerate(initializers)]
    graph = helper.make_graph(nodes, "g", [], [helper.make_tensor_value_info("out0", T.FLOAT, None)],
                              initializer=initializers)
    return helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)])


def _save(tmp_path, model, name="m.onnx"):
    path = tmp_path / name
    onnx.save(model, str(path))
    return path


def _expected(path) -> dict[str, np.ndarray]:
    """What onnx itself reads: the victim's loader."""
    return {t.name: numpy_helper.to_array(t) for t in onnx.load(str(path)).graph.initializer}


def _as_bytes(value) -> bytes:
    if isinstance(value, torch.Tensor):
        value = value.contiguous()
        if value.is_complex():
            value = torch.view_as_real(value)
        return value.reshape(-1).view(torch.uint8).numpy().tobytes()
    return np.ascontiguousarray(value).tobytes()


def _small_model(count: int = 300, seed: int = 0) -> onnx.ModelProto:
    """Hundreds of small tensors of every width, names of every length: raw_data at every alignment."""
    rng = np.random.default_rng(seed)
    dtypes = [np.float32, np.float16, np.float64, np.int64, np.int32, np.int8, np.uint8, np.bool_]
    tensors = []
    for i in range(count):
        dtype = dtypes[i % len(dtypes)]
        # rows of 16 bytes and more (int8's (2, 16)...) go in bulk, with their shape: (4, 16) and (2, 2, 16)
        shape = [(3,), (5, 7), (1, 2, 3), (64,), (17, 3), (4, 16), (2, 2, 16)][i % 7]
        values = rng.standard_normal(shape) * 50
        array = (values > 0) if dtype is np.bool_ else values.astype(dtype)
        tensors.append(numpy_helper.from_array(array, "w" * (1 + i % 13) + f".{i}"))
    return _model(tensors)


def test_every_dtype_and_layout_matches_onnx_to_array(tmp_path):
    """raw_data and each typed field, every element type torch has: the bytes onnx reads."""
    path = _save(tmp_path, _model(_tensors("")))
    expected = _expected(path)
    for mmap in (True, False):
        loaded = torchckpt.load_state_dict(path, mmap=mmap)
        assert set(expected) == set(loaded)
        for name, array in expected.items():
            tensor = loaded[name]
            assert tuple(tensor.shape) == array.shape, name
            assert tensor.element_size() == array.dtype.itemsize, name
            assert _as_bytes(tensor) == _as_bytes(array), name


def test_small_misaligned_tensors_come_out_aligned_equal_and_independent(tmp_path):
    path = _save(tmp_path, _small_model())
    before = path.read_bytes()
    expected = _expected(path)
    with torchckpt.open(path) as ckpt:
        offsets = {name: ref.storage.source.start for name, ref in ckpt.tensors().items()}
    assert len({o % 16 for o in offsets.values()}) > 4  # the file really puts them at every alignment

    loaded = torchckpt.load_state_dict(path)
    assert set(loaded) == set(expected)
    for name, array in expected.items():
        assert np.array_equal(loaded[name].numpy(), array), name
        assert loaded[name].data_ptr() % 16 == 0, name
    # the misaligned ones: one block for the lot (one allocation, one memcpy a tensor), not a clone each
    misaligned = [name for name, offset in offsets.items() if offset % 16]
    assert len(misaligned) > len(offsets) // 2
    assert len({loaded[name].untyped_storage().data_ptr() for name in misaligned}) == 1

    names = sorted(loaded)
    first, second = loaded[names[0]], loaded[names[1]]
    kept = second.clone()
    first.fill_(1)
    assert torch.equal(second, kept)  # neighbours in the block do not overlap
    assert path.read_bytes() == before  # the file never changes
    again = torchckpt.load_state_dict(path)
    assert all(np.array_equal(again[n].numpy(), expected[n]) for n in names)


def test_big_tensors_get_memory_of_their_own(tmp_path, monkeypatch):
    monkeypatch.setattr(_Materializer, "PACK_MAX", 1024)
    arrays = {f"big{i}": np.arange(300 + i, dtype=np.float32) * (i + 1) for i in range(3)}  # > 1 kB each
    arrays.update({f"s{i}": np.arange(5, dtype=np.int64) + i for i in range(3)})
    path = _save(tmp_path, _model([numpy_helper.from_array(a, name) for name, a in arrays.items()]))
    loaded = torchckpt.load_state_dict(path)
    for name, array in arrays.items():
        assert np.array_equal(loaded[name].numpy(), array), name
    storages = {name: t.untyped_storage().data_ptr() for name, t in loaded.items()}
    assert len({storages[f"big{i}"] for i in range(3)}) == 3
    assert len({storages[f"s{i}"] for i in range(3)}) == 1


@pytest.mark.parametrize("map_location", [{"cpu": "cpu"}, torch.device("cpu"),
                                          lambda storage, location: storage])
def test_map_location_forms_give_the_same_tensors(tmp_path, map_location):
    path = _save(tmp_path, _small_model(40))
    expected = _expected(path)
    loaded = torchckpt.load_state_dict(path, map_location=map_location)
    for name, array in expected.items():
        assert np.array_equal(loaded[name].numpy(), array), name


def test_graph_attribute_behind_an_overlong_tag_is_still_found():
    """Ordinary nodes and their attributes are only walked when bytes could start an attribute's
    and a graph field's tags; protobuf (onnx.load) also takes tags written in two bytes (0x32 as
    0xB2 0x00, 0x2A as 0xAA 0x00): so must we."""
    leaf = _field(5, 2, _field(1, 0, 1) + _field(2, 0, T.FLOAT) + _field(9, 2, struct.pack("<f", 2.5))
                  + _field(8, 2, b"hidden"))
    attribute = _field(1, 2, b"body") + b"\xb2\x00" + _varint(len(leaf)) + leaf
    plain = _field(1, 2, b"alpha") + _field(2, 5, struct.pack("<f", 0.5)) + _field(20, 0, 1)
    node = (_field(4, 2, b"Custom") + _field(7, 2, b"my.domain") + _field(5, 2, plain)
            + b"\xaa\x00" + _varint(len(attribute)) + attribute)
    assert b"\x32" not in node  # the graph field is reachable through the two-byte tag only
    data = _model_bytes(_field(1, 2, node))
    seen = onnx.load_model_from_string(data).graph.node[0].attribute[1].g
    assert [t.name for t in seen.initializer] == ["hidden"]
    ckpt = read_onnx("m.onnx", data, len(data))
    assert list(ckpt.tensors()) == ["hidden"] and ckpt.get("hidden").numpy().tolist() == [2.5]
    assert ckpt.info["graphs"] == 2
