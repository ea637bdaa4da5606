"""The ONNX reader (torchckpt.formats.onnx) against onnx's own parser and numpy_helper.to_array."""

from __future__ import annotations

import contextlib
import io
import pickle
import struct
import subprocess
import sys
import warnings
import zipfile
from pathlib import Path

import ml_dtypes
import numpy as np
import onnx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from onnx import TensorProto as T
from onnx import helper, numpy_helper

import torchckpt
from torchckpt.errors import CorruptFileError, TorchckptError, UnsupportedFormatError
from torchckpt.formats import detect
from torchckpt.formats.base import SliceSource, map_file
from torchckpt.formats.onnx import MAX_GRAPH_DEPTH, looks_like_onnx, read_onnx

_UNSUPPORTED = {T.STRING, T.UINT4, T.INT4, T.FLOAT4E2M1, T.UINT2, T.INT2, T.FLOAT6E2M3, T.FLOAT6E3M2}


# --- what onnx itself says the file holds -----------------------------------------------------

def _constant_value(node: onnx.NodeProto) -> tuple[str, object]:
    """(kind, value) of a Constant node, as the reader should report it."""
    attr = node.attribute[0]
    if attr.name == "value":
        if attr.t.data_type in _UNSUPPORTED:
            return "skipped", None
        return "dense", numpy_helper.to_array(attr.t)
    if attr.name == "value_float":
        return "dense", np.array(attr.f, dtype=np.float32)
    if attr.name == "value_floats":
        return "dense", np.array(attr.floats, dtype=np.float32)
    if attr.name == "value_int":
        return "dense", np.array(attr.i, dtype=np.int64)
    if attr.name == "value_ints":
        return "dense", np.array(attr.ints, dtype=np.int64)
    if attr.name == "sparse_value":
        return "sparse", attr.sparse_tensor
    return "skipped", None


def expected_tensors(model: onnx.ModelProto) -> list[tuple[str, str, object]]:
    """``(name, kind, value)`` in the reader's order: initializers of every graph (pre-order),
    then Constant tensors of every graph. ``value`` is an array, or a proto for other kinds."""
    inits: list[tuple[str, str, object]] = []
    consts: list[tuple[str, str, object]] = []

    def visit(graph: onnx.GraphProto) -> None:
        for t in graph.initializer:
            if t.data_location == T.EXTERNAL:
                inits.append((t.name, "external", t))
            elif t.data_type in _UNSUPPORTED:
                inits.append((t.name, "skipped", None))
            else:
                inits.append((t.name, "dense", numpy_helper.to_array(t)))
        for s in graph.sparse_initializer:
            inits.append((s.values.name, "sparse", s))
        subgraphs = []
        for node in graph.node:
            for attr in node.attribute:
                if attr.type == onnx.AttributeProto.GRAPH:
                    subgraphs.append(attr.g)
                elif attr.type == onnx.AttributeProto.GRAPHS:
                    subgraphs.extend(attr.graphs)
            if node.op_type == "Constant" and node.domain in ("", "ai.onnx"):
                consts.append((node.output[0], *_constant_value(node)))
        for sub in subgraphs:
            visit(sub)

    visit(model.graph)
    return inits + consts


def assert_same(ref: torchckpt.TensorRef, expected: np.ndarray) -> None:
    assert ref.shape == expected.shape
    if ref.dtype.numpy is None:  # bfloat16, float8: compare bits, then the float32 decoding
        np.testing.assert_array_equal(ref.numpy(raw=True), expected.view(np.dtype(ref.dtype.raw)))
        np.testing.assert_array_equal(ref.numpy(), expected.astype(np.float32))
    else:
        got = ref.numpy()
        assert got.dtype == expected.dtype
        np.testing.assert_array_equal(got, expected)


def assert_matches_onnx(path: Path) -> torchckpt.Checkpoint:
    """Open ``path`` with torchckpt and compare every tensor with what onnx reads."""
    model = onnx.load(str(path), load_external_data=False)
    expected = expected_tensors(model)
    ckpt = torchckpt.open(path)
    assert ckpt.format == "onnx"
    tensors = ckpt.tensors()
    listed = [(name, kind) for name, kind, _ in expected if kind != "skipped"]
    assert [(name, ref.kind) for name, ref in tensors.items()] == listed
    assert sorted(ckpt.info.get("skipped", {})) == sorted(n for n, kind, _ in expected if kind == "skipped")
    for name, kind, value in expected:
        if kind == "dense":
            ref = tensors[name]
            assert ref.dtype.onnx == helper.np_dtype_to_tensor_dtype(value.dtype)
            assert_same(ref, value)
        elif kind == "external":
            ref = tensors[name]
            assert ref.storage is None
            assert ref.dtype.onnx == value.data_type and ref.shape == tuple(value.dims)
            assert ref.extra["location"] == {e.key: e.value for e in value.external_data}["location"]
        elif kind == "sparse":
            ref = tensors[name]
            assert ref.storage is None and ref.shape == tuple(value.dims)
            assert ref.dtype.onnx == value.values.data_type
    return ckpt


# --- fixtures ---------------------------------------------------------------------------------

def _tensors(prefix: str) -> list[onnx.TensorProto]:
    """The same values stored every way: raw_data and each typed repeated field."""
    rng = np.random.default_rng(0)
    arrays = {
        "f32": rng.standard_normal((2, 3)).astype(np.float32),
        "f16": rng.standard_normal(5).astype(np.float16),
        "bf16": rng.standard_normal((2, 2)).astype(ml_dtypes.bfloat16),
        "f8": np.array([1.0, -0.5, 448.0, 0.0], dtype=ml_dtypes.float8_e4m3fn),
        "f8e5m2": np.array([1.0, -0.25, np.inf, -np.inf], dtype=ml_dtypes.float8_e5m2),
        "f64": rng.standard_normal(3),
        "i8": np.array([-128, -1, 0, 127], dtype=np.int8),
        "u8": np.array([0, 255, 7], dtype=np.uint8),
        "i16": np.array([-32768, 5, 32767], dtype=np.int16),
        "u16": np.array([0, 65535], dtype=np.uint16),
        "i32": np.array([[-(2**31), -1], [0, 2**31 - 1]], dtype=np.int32),
        "u32": np.array([0, 2**32 - 1], dtype=np.uint32),
        "i64": np.array([-(2**63), -1, 0, 2**63 - 1], dtype=np.int64),
        "u64": np.array([0, 2**64 - 1], dtype=np.uint64),
        "bool": np.array([True, False, True]),
        "c64": np.array([1 + 2j, -3.5 - 0.5j], dtype=np.complex64),
        "c128": np.array([1 + 2j], dtype=np.complex128),
        "scalar": np.array(3.25, dtype=np.float32),
        "empty": np.zeros((0, 4), dtype=np.float32),
    }
    out = []
    for name, array in arrays.items():
        out.append(numpy_helper.from_array(array, f"{prefix}raw_{name}"))
        dtype = helper.np_dtype_to_tensor_dtype(array.dtype)
        # ml_dtypes (kind "V"): make_tensor takes the float values
        vals = (array.astype(np.float32) if array.dtype.kind == "V" else array).ravel().tolist()
        typed = helper.make_tensor(f"{prefix}typed_{name}", dtype, array.shape, vals)
        assert not typed.HasField("raw_data")
        out.append(typed)
    return out


def _const(output: str, **attrs) -> onnx.NodeProto:
    return helper.make_node("Constant", [], [output], **attrs)


def _helper_model() -> onnx.ModelProto:
    then_graph = helper.make_graph(
        [_const("then_c", value=numpy_helper.from_array(np.arange(6, dtype=np.int64).reshape(2, 3), "tc")),
         _const("then_cf", value_floats=[1.0, 2.5])],
        "then", [], [helper.make_tensor_value_info("then_c", T.INT64, None)],
        initializer=[numpy_helper.from_array(np.ones(3, np.float16), "then_init"),
                     helper.make_tensor("then_typed", T.BFLOAT16, [2], [0.5, -8.0])])
    else_graph = helper.make_graph(
        [_const("else_c", value=helper.make_tensor("ec", T.FLOAT, [2], [7.0, 8.0]))],
        "else", [], [helper.make_tensor_value_info("else_c", T.FLOAT, None)],
        initializer=[numpy_helper.from_array(np.array([True, False]), "else_init")])
    loop_body = helper.make_graph(
        [_const("loop_c", value_int=-42),
         helper.make_node("Identity", ["cond_in"], ["cond_out"])],
        "body",
        [helper.make_tensor_value_info("iter", T.INT64, []), helper.make_tensor_value_info("cond_in", T.BOOL, [])],
        [helper.make_tensor_value_info("cond_out", T.BOOL, [])],
        initializer=[numpy_helper.from_array(np.array([1.0, 2.0]), "loop_init")])

    external = T(name="ext_weight", data_type=T.FLOAT, dims=[16, 16])
    external.data_location = T.EXTERNAL
    for key, value in (("location", "weights.bin"), ("offset", "0"), ("length", "1024")):
        entry = external.external_data.add()
        entry.key, entry.value = key, value
    sparse = helper.make_sparse_tensor(
        numpy_helper.from_array(np.array([1.5, 2.5], np.float32), "sparse_w"),
        numpy_helper.from_array(np.array([1, 7], np.int64), "sparse_w_idx"), [3, 4])
    nodes = [
        _const("c_tensor", value=numpy_helper.from_array(np.array([[1, 2], [3, 4]], np.int32), "ct")),
        _const("c_float", value_float=0.125),
        _const("c_ints", value_ints=[-1, 0, 2**40]),
        _const("c_string", value_string="hello"),
        _const("c_sparse", sparse_value=sparse),
        helper.make_node("If", ["cond"], ["if_out"], then_branch=then_graph, else_branch=else_graph),
        helper.make_node("Loop", ["", "cond"], ["loop_out"], body=loop_body),
    ]
    initializers = _tensors("")
    initializers.append(helper.make_tensor("strings", T.STRING, [2], [b"a", b"b"]))
    initializers.append(helper.make_tensor("int4", T.INT4, [4], [1, -2, 3, -4]))
    initializers.append(external)
    graph = helper.make_graph(nodes, "test_graph", [helper.make_tensor_value_info("cond", T.BOOL, [])],
                              [helper.make_tensor_value_info("if_out", T.FLOAT, None)],
                              initializer=initializers, sparse_initializer=[sparse])
    model = helper.make_model(graph, producer_name="torchckpt-tests", producer_version="1.0",
                              opset_imports=[helper.make_opsetid("", 21)])
    model.ir_version = 10
    return model


@pytest.fixture(scope="module")
def helper_model_path(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("onnx") / "helper.onnx"
    path.write_bytes(_helper_model().SerializeToString())
    return path


@pytest.fixture(scope="module")
def torch_export(tmp_path_factory) -> tuple[Path, dict[str, np.ndarray]]:
    torch = pytest.importorskip("torch")
    torch.manual_seed(0)
    model = torch.nn.Sequential(torch.nn.Conv2d(3, 4, 3), torch.nn.BatchNorm2d(4), torch.nn.ReLU(),
                                torch.nn.Flatten(), torch.nn.Linear(4 * 6 * 6, 5)).eval()
    with torch.no_grad():  # non-default BN parameters, so the exporter cannot merge equal initializers
        for _name, tensor in model[1].state_dict().items():
            if tensor.is_floating_point():
                tensor.copy_(torch.rand_like(tensor) + 0.5)
    path = tmp_path_factory.mktemp("onnx") / "torch.onnx"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        # dynamo=True (the default) needs onnxscript; the TorchScript exporter does not.
        torch.onnx.export(model, (torch.randn(1, 3, 8, 8),), str(path), dynamo=False, do_constant_folding=False)
    return path, {k: v.numpy() for k, v in model.state_dict().items()}


def _to_path(tmp_path: Path, model: onnx.ModelProto | bytes, name: str = "m.onnx") -> Path:
    path = tmp_path / name
    path.write_bytes(model if isinstance(model, bytes) else model.SerializeToString())
    return path


# --- reading ----------------------------------------------------------------------------------

def test_torch_export_matches_onnx_and_state_dict(torch_export):
    path, state_dict = torch_export
    ckpt = assert_matches_onnx(path)
    tensors = ckpt.tensors()
    shared = [name for name in tensors if name in state_dict]
    assert {"0.weight", "0.bias", "1.weight", "1.running_mean", "1.running_var", "4.weight"} <= set(shared)
    for name in shared:
        np.testing.assert_array_equal(tensors[name].numpy(), state_dict[name])
        assert isinstance(tensors[name].storage.source, SliceSource)  # raw_data: zero-copy
    assert ckpt.info["producer"].startswith("pytorch")
    assert ckpt.info["ir_version"] >= 7 and ckpt.info["opset"] >= 13 and ckpt.info["nodes"] >= 4
    assert ckpt.file_size == path.stat().st_size
    ckpt.close()


def test_helper_model_matches_onnx(helper_model_path):
    ckpt = assert_matches_onnx(helper_model_path)
    tensors = ckpt.tensors()
    assert ckpt.info == {
        "ir_version": 10, "producer": "torchckpt-tests 1.0", "opset": 21, "opset_imports": {"": 21}, "nodes": 7,
        "graphs": 4, "graph": "test_graph", "initializers": len(_tensors("")) + 8,
        "constants": 9, "skipped": {"strings": "string tensor", "int4": "ONNX data type 22 has no torchckpt dtype",
                                     "c_string": "string constant"}}
    assert tensors["then_init"].extra["graph"] == "test_graph/If#5.then_branch"
    assert tensors["loop_c"].extra == {"onnx": "constant", "graph": "test_graph/Loop#6.body", "node": ""}
    assert tensors["loop_c"].name == "loop_c"
    assert tensors["c_sparse"].kind == "sparse" and tensors["c_sparse"].extra["nnz"] == 2
    assert tensors["ext_weight"].kind == "external" and tensors["ext_weight"].extra["external"]["length"] == "1024"
    # raw_data and single packed float_data runs are views of the map; varint fields decode to bytes
    assert isinstance(tensors["raw_f32"].storage.source, SliceSource)
    assert isinstance(tensors["typed_f32"].storage.source, SliceSource)
    assert not tensors["raw_f32"].numpy().flags.writeable
    assert {s.key for s in ckpt.storages()} == {n for n, t in tensors.items() if t.storage is not None}
    ckpt.close()


def test_names_that_repeat_get_suffixes(tmp_path):
    graph = helper.make_graph(
        [_const("w", value_int=3), _const("w", value_int=4)], "g", [], [],
        initializer=[numpy_helper.from_array(np.zeros(1, np.float32), "w"),
                     numpy_helper.from_array(np.ones(1, np.float32), "w"),
                     numpy_helper.from_array(np.ones(1, np.float32), "w#1"),
                     numpy_helper.from_array(np.ones(2, np.float32), "")])
    ckpt = torchckpt.open(_to_path(tmp_path, helper.make_model(graph)))
    assert list(ckpt.tensors()) == ["w", "w#1", "w#1#1", "_unnamed", "w#2", "w#3"]
    assert ckpt.get("w#1").numpy().tolist() == [1.0] and ckpt.get("w#3").numpy().tolist() == 4


def _varint(value: int) -> bytes:
    value &= (1 << 64) - 1
    out = bytearray()
    while True:
        byte, value = value & 0x7F, value >> 7
        out.append(byte | (0x80 if value else 0))
        if not value:
            return bytes(out)


def _field(number: int, wire: int, payload: bytes | int) -> bytes:
    key = _varint(number << 3 | wire)
    if wire == 0:
        return key + _varint(payload)
    if wire == 2:
        return key + _varint(len(payload)) + payload
    return key + payload


def _model_bytes(graph: bytes, ir_version: int = 8) -> bytes:
    return _field(1, 0, ir_version) + _field(2, 2, b"hand") + _field(7, 2, graph) + _field(8, 2, _field(2, 0, 17))


def test_unpacked_repeated_fields(tmp_path):
    """Writers may emit packed repeated fields unpacked, one tag per value; both must parse."""
    def unpacked(name: bytes, dtype: int, dims: list[int], number: int, wire: int, items: list) -> bytes:
        body = b"".join(_field(1, 0, d) for d in dims) + _field(2, 0, dtype)
        body += b"".join(_field(number, wire, item) for item in items)
        return _field(5, 2, body + _field(8, 2, name))

    graph = (unpacked(b"f", T.FLOAT, [2, 1], 4, 5, [struct.pack("<f", 1.5), struct.pack("<f", -2.0)])
             + unpacked(b"d", T.DOUBLE, [2], 10, 1, [struct.pack("<d", 0.1), struct.pack("<d", 1e300)])
             + unpacked(b"i", T.INT64, [3], 7, 0, [-5, 0, 2**62])
             + unpacked(b"h", T.FLOAT16, [2], 5, 0, [0x3C00, 0xC000])
             + unpacked(b"n", T.INT32, [2], 5, 0, [-7, 2**31 - 1])
             + unpacked(b"u", T.UINT32, [2], 11, 0, [2**32 - 1, 3])
             # two packed runs of the same field concatenate
             + _field(5, 2, _field(1, 0, 4) + _field(2, 0, T.INT64) + _field(7, 2, _varint(1) + _varint(-1))
                      + _field(7, 2, _varint(2) + _varint(3)) + _field(8, 2, b"runs")))
    path = _to_path(tmp_path, _model_bytes(graph))
    assert looks_like_onnx(*map_file(path))
    assert_matches_onnx(path).close()


def test_truncated_file_is_corrupt(torch_export, tmp_path):
    data = torch_export[0].read_bytes()
    for cut in (len(data) // 3, len(data) // 2, len(data) - 40):
        path = _to_path(tmp_path, data[:cut], f"cut{cut}.onnx")
        with pytest.raises(CorruptFileError, match="runs past the end") as info:
            torchckpt.open(path)
        assert str(path) in str(info.value) and "\n" not in str(info.value)


@pytest.mark.parametrize("graph, problem", [
    (_field(5, 2, b"") + b"\x0b", "group wire type"),
    (_field(5, 2, b"\x0e\x00"), "invalid wire type"),
    (b"\x2a\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\x01", "longer than 10 bytes"),
    (_field(5, 2, _field(1, 0, 3) + _field(2, 0, T.FLOAT) + _field(9, 2, b"\0" * 8)), "needs 12 bytes"),
    (_field(5, 2, _field(1, 0, 2) + _field(2, 0, T.FLOAT) + _field(7, 2, _varint(1) * 2)), "stored in int64_data"),
    (_field(5, 2, _field(1, 0, -1) + _field(2, 0, T.FLOAT)), "negative dimension"),
    (_field(5, 2, _field(1, 0, 1) + _field(9, 2, b"\0")), "no data type"),
    (_field(5, 0, 1), "wire type 0, expected 2"),
    (b"\x00", "invalid field number 0"),
])
def test_malformed_graphs_are_corrupt(graph, problem):
    data = _model_bytes(graph)
    with pytest.raises(CorruptFileError, match=problem) as info:
        read_onnx("m.onnx", data, len(data))
    assert "\n" not in str(info.value)


def test_model_without_graph_is_corrupt():
    data = _field(1, 0, 8) + _field(2, 2, b"x")
    with pytest.raises(CorruptFileError, match="no graph"):
        read_onnx("m.onnx", data, len(data))


def test_subgraph_depth_is_capped(tmp_path):
    def nested(levels: int) -> bytes:
        """Graphs in Loop bodies, ``levels`` deep, built by hand: protobuf itself refuses to nest
        messages this deep, which is why the reader must not rely on it."""
        leaf = _field(5, 2, _field(1, 0, 1) + _field(2, 0, T.FLOAT) + _field(4, 2, struct.pack("<f", 1.0))
                      + _field(8, 2, b"leaf"))
        graph = leaf
        for _ in range(1, levels):
            attribute = _field(1, 2, b"body") + _field(6, 2, graph) + _field(20, 0, 5)
            graph = _field(1, 2, _field(4, 2, b"Loop") + _field(5, 2, attribute))
        return _model_bytes(graph)

    ok = torchckpt.open(_to_path(tmp_path, nested(MAX_GRAPH_DEPTH), "ok.onnx"))
    assert ok.get("leaf").numpy().tolist() == [1.0] and ok.info["graphs"] == MAX_GRAPH_DEPTH
    assert ok.get("leaf").extra["graph"].count("Loop#0.body") == MAX_GRAPH_DEPTH - 1
    with pytest.raises(CorruptFileError, match=f"nested more than {MAX_GRAPH_DEPTH} deep"):
        torchckpt.open(_to_path(tmp_path, nested(MAX_GRAPH_DEPTH + 1), "deep.onnx"))


# --- detection --------------------------------------------------------------------------------

def test_detects_onnx(helper_model_path, torch_export):
    for path in (helper_model_path, torch_export[0]):
        buf, size = map_file(path)
        assert looks_like_onnx(buf, size) and detect(buf, size) == "onnx"
        buf.close()


def _other_formats() -> dict[str, bytes]:
    safetensors_numpy = pytest.importorskip("safetensors.numpy")
    npy = io.BytesIO()
    np.save(npy, np.arange(10))
    archive = io.BytesIO()
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("a/data.pkl", pickle.dumps({"a": 1}))
    return {
        "pickle": pickle.dumps({"weight": [1.0, 2.0]}, protocol=2),
        "pickle0": pickle.dumps({"weight": 1}, protocol=0),
        "zip": archive.getvalue(),
        "npy": npy.getvalue(),
        "safetensors": safetensors_numpy.save({"w": np.ones((3, 3), np.float32)}),
        "safetensors_264": struct.pack("<Q", 264) + b"{" + b" " * 263,
        "text": b"ir_version: 8\ngraph {\n}\n",
        "tiny": b"\x08\x07",
        "header_only": _field(1, 0, 8) + _field(2, 2, b"pytorch"),
    }


def test_other_formats_are_not_onnx():
    for name, data in _other_formats().items():
        assert not looks_like_onnx(data, len(data)), name


@settings(max_examples=300, deadline=None)
@given(st.binary(min_size=1, max_size=512))
def test_random_bytes_are_not_onnx(data):
    assert not looks_like_onnx(data, len(data))


def test_truncated_onnx_is_still_detected(torch_export):
    data = torch_export[0].read_bytes()[:200]
    assert looks_like_onnx(data, len(data))


def test_reader_imports_neither_torch_nor_onnx_nor_numpy():
    code = ("import sys, torchckpt.formats.onnx; "
            "print(sorted(m for m in ('torch', 'onnx', 'numpy', 'google.protobuf') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


# --- fuzzing ----------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def small_onnx() -> bytes:
    then_graph = helper.make_graph([_const("t", value_floats=[1.0, 2.0])], "then", [], [],
                                   initializer=[helper.make_tensor("ti", T.FLOAT16, [2], [1.0, 2.0])])
    graph = helper.make_graph(
        [_const("c", value=helper.make_tensor("cv", T.INT64, [3], [1, -2, 3])),
         helper.make_node("If", ["x"], ["y"], then_branch=then_graph, else_branch=then_graph)],
        "g", [], [],
        initializer=[numpy_helper.from_array(np.arange(6, dtype=np.float32).reshape(2, 3), "w"),
                     helper.make_tensor("b", T.BFLOAT16, [2], [0.5, 1.5]),
                     helper.make_tensor("i", T.INT8, [3], [-1, 0, 1])])
    return helper.make_model(graph).SerializeToString()


_MUTATION = st.one_of(
    st.tuples(st.just("flip"), st.integers(0, 10**6), st.integers(1, 255)),
    st.tuples(st.just("truncate"), st.integers(0, 10**6), st.just(0)),
    st.tuples(st.just("insert"), st.integers(0, 10**6), st.binary(min_size=1, max_size=12)),
    st.tuples(st.just("delete"), st.integers(0, 10**6), st.integers(1, 16)),
)


def _mutate(data: bytes, mutations) -> bytes:
    buf = bytearray(data)
    for op, where, arg in mutations:
        if not buf:
            break
        where %= len(buf)
        if op == "flip":
            buf[where] ^= arg
        elif op == "truncate":
            del buf[where:]
        elif op == "insert":
            buf[where:where] = arg
        else:
            del buf[where:where + arg]
    return bytes(buf)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(_MUTATION, min_size=1, max_size=4))
def test_fuzzed_files_raise_only_torchckpt_errors(small_onnx, mutations):
    data = _mutate(small_onnx, mutations)
    looks_like_onnx(data, len(data))  # must never raise
    if not data:
        return
    try:
        ckpt = read_onnx("fuzz.onnx", data, len(data))
    except TorchckptError:
        return
    for ref in ckpt.tensors().values():
        with contextlib.suppress(TorchckptError):
            ref.numpy()


def test_open_dispatches_corrupt_not_unsupported(tmp_path, small_onnx):
    path = _to_path(tmp_path, small_onnx[: len(small_onnx) - 30])
    with pytest.raises(CorruptFileError):
        torchckpt.open(path)
    with pytest.raises(UnsupportedFormatError):
        torchckpt.open(_to_path(tmp_path, b"\x08\x01\x12\x50junk", "junk.onnx"))
