"""ONNX reading and loading against the victim's loader, ``onnx.load`` + ``numpy_helper.to_array``,
over real ``torch.onnx.export`` files: float32, float16 and bfloat16 models with int64 buffers,
the same tensors re-stored in the typed fields (``float_data``, ``int32_data``, ``int64_data``),
in overlong protobuf encodings (what the reader's inline fast paths hand to the generic field
reader), with external data, and as initializers of subgraphs. Every tensor onnx reads must come
out of ``torchckpt.load_state_dict`` and ``torchckpt.open`` with its dtype, shape and bytes."""

from __future__ import annotations

import warnings
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

torch = pytest.importorskip("torch")
onnx = pytest.importorskip("onnx")

from onnx import TensorProto as T  # noqa: E402
from onnx import helper, numpy_helper  # noqa: E402

import torchckpt  # noqa: E402
from torchckpt.errors import UnsupportedTensorError  # noqa: E402
from torchckpt.formats import onnx as reader  # noqa: E402

from .test_onnx_load import _as_bytes, _model  # noqa: E402
from .test_onnx_reader import _field, _varint, assert_matches_onnx, expected_tensors  # noqa: E402


class _Net(torch.nn.Module):
    """Conv, BatchNorm, Linear, LayerNorm and an int64 index buffer: what small released models hold."""

    def __init__(self) -> None:
        super().__init__()
        self.conv = torch.nn.Conv2d(3, 4, 3)  # rows of 27 values: loaded one by one
        self.bn = torch.nn.BatchNorm2d(4)
        self.pointwise = torch.nn.Conv2d(4, 8, 1)  # rows of 4 values, of 8 (fc): float32's 16-byte rows in bulk
        self.fc = torch.nn.Linear(8, 130)  # 130 > 127 values: a two-byte dims varint
        self.ln = torch.nn.LayerNorm(130)
        self.register_buffer("idx", torch.tensor([2, 0, 129, 1], dtype=torch.int64))

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        y = self.pointwise(self.bn(self.conv(x))).mean((2, 3))
        return self.ln(self.fc(y)).index_select(1, self.idx)


@pytest.fixture(scope="module", params=["float32", "float16", "bfloat16"])
def export(request, tmp_path_factory) -> Path:
    dtype = getattr(torch, request.param)
    torch.manual_seed(0)
    model = _Net().eval().to(dtype)
    with torch.no_grad():  # values of every sign and size, not the inits' patterns
        for p in model.parameters():
            p.copy_(torch.randn_like(p) * 3)
    path = tmp_path_factory.mktemp("onnx") / f"{request.param}.onnx"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        torch.onnx.export(model, (torch.randn(1, 3, 8, 8, dtype=dtype),), str(path), dynamo=False,
                          do_constant_folding=False)
    return path


def assert_loads_as_onnx(path: Path) -> None:
    """load_state_dict (mapped and in memory) gives every dense tensor onnx reads (initializers of
    every graph, then Constant values), in the reader's order, aligned, with onnx's dtype and bytes."""
    expected = [(name, value) for name, kind, value in expected_tensors(onnx.load(str(path), load_external_data=False))
                if kind == "dense"]
    for mmap in (True, False):
        loaded = torchckpt.load_state_dict(path, mmap=mmap)
        assert list(loaded) == [name for name, _ in expected]
        for name, array in expected:
            tensor = loaded[name]
            assert tensor.dtype == getattr(torch, array.dtype.name), name
            assert tuple(tensor.shape) == array.shape and tensor.is_contiguous(), name
            assert _as_bytes(tensor) == _as_bytes(array), name
            assert tensor.numel() == 0 or tensor.data_ptr() % 16 == 0, name
    assert_matches_onnx(path).close()  # and torchckpt.open + ref.numpy()


def test_real_exports(export):
    model = onnx.load(str(export))
    assert {t.data_type for t in model.graph.initializer} >= {T.INT64}
    assert_loads_as_onnx(export)


def test_real_exports_in_typed_fields(export, tmp_path):
    """The same values in float_data / int32_data (float16, bfloat16 bit patterns) / int64_data."""
    model = onnx.load(str(export))
    typed = []
    for t in model.graph.initializer:
        array = numpy_helper.to_array(t)
        values = (array.astype(np.float32) if array.dtype.kind == "V" or array.dtype.name == "bfloat16"
                  else array).ravel().tolist()
        typed.append(helper.make_tensor(t.name, t.data_type, list(t.dims), values))
        assert not typed[-1].HasField("raw_data")
    del model.graph.initializer[:]
    model.graph.initializer.extend(typed)
    path = tmp_path / "typed.onnx"
    onnx.save(model, str(path))
    assert_loads_as_onnx(path)


def _overlong(number: int, wire: int, payload: bytes | int) -> bytes:
    """A field whose tag (and length) take a byte more than they need: protobuf reads it the same."""
    def padded(value: int) -> bytes:
        raw = bytearray(_varint(value))
        raw[-1] |= 0x80
        return bytes(raw) + b"\x00"

    if isinstance(payload, int):
        assert wire == 0
        return padded(number << 3) + _varint(payload)
    return padded(number << 3 | 2) + padded(len(payload)) + payload


def test_real_exports_in_overlong_encodings(export, tmp_path):
    """Tags and lengths in more bytes than needed, in the graph and in every initializer: the
    reader's inline paths take one-byte tags only, the rest go through its generic field reader."""
    model = onnx.load(str(export))
    tensors = []
    for t in model.graph.initializer:
        assert t.HasField("raw_data")
        body = b"".join(_overlong(1, 0, d) for d in t.dims) + _overlong(2, 0, t.data_type)
        body += _overlong(8, 2, t.name.encode()) + _overlong(9, 2, t.raw_data)
        tensors.append(_overlong(5, 2, body))
    names = [t.name for t in model.graph.initializer]
    del model.graph.initializer[:]
    graph = model.graph.SerializeToString() + b"".join(tensors)  # protobuf merges fields in any order
    model.ClearField("graph")
    data = model.SerializeToString() + _field(7, 2, graph)
    seen = onnx.load_model_from_string(data)
    assert [t.name for t in seen.graph.initializer] == names  # onnx reads them
    path = tmp_path / "overlong.onnx"
    path.write_bytes(data)
    assert_loads_as_onnx(path)


def test_real_export_with_external_data(export, tmp_path):
    """Tensors over 64 bytes in a side file: open() lists them where onnx.load would read them,
    the others as onnx reads them; load_state_dict refuses the external ones by name."""
    model = onnx.load(str(export))
    path = tmp_path / "ext.onnx"
    onnx.save(model, str(path), save_as_external_data=True, all_tensors_to_one_file=True, location="ext.bin",
              size_threshold=64)
    stored = onnx.load(str(path), load_external_data=False)
    external = [t.name for t in stored.graph.initializer if t.data_location == T.EXTERNAL]
    assert external and len(external) < len(stored.graph.initializer)
    with assert_matches_onnx(path) as ckpt:
        assert {n for n, ref in ckpt.tensors().items() if ref.kind == "external"} == set(external)
    with pytest.raises(UnsupportedTensorError, match="external"):
        torchckpt.load_state_dict(path)


def test_real_export_inside_subgraphs(export, tmp_path):
    """A real export's graph as both branches of an If: its initializers sit in subgraphs, twice
    (the second copy's names get suffixes); onnx.load reads them all."""
    model = onnx.load(str(export))
    inner = model.graph
    then_graph = onnx.GraphProto()
    then_graph.CopyFrom(inner)
    then_graph.name = "then"
    del then_graph.input[:]
    else_graph = onnx.GraphProto()
    else_graph.CopyFrom(then_graph)
    else_graph.name = "else"
    outer = helper.make_graph([helper.make_node("If", ["cond"], [inner.output[0].name], then_branch=then_graph,
                                                else_branch=else_graph)],
                              "outer", [helper.make_tensor_value_info("cond", T.BOOL, [])], list(inner.output),
                              initializer=[numpy_helper.from_array(np.array([7, -7], np.int64), "outer_init")])
    wrapped = helper.make_model(outer, opset_imports=list(model.opset_import))
    path = tmp_path / "subgraphs.onnx"
    onnx.save(wrapped, str(path))
    names = [t.name for t in inner.initializer]
    loaded = torchckpt.load_state_dict(path)
    assert list(loaded)[:1 + 2 * len(names)] == ["outer_init", *names, *(f"{n}#1" for n in names)]
    for t in inner.initializer:
        for name in (t.name, f"{t.name}#1"):
            assert _as_bytes(loaded[name]) == _as_bytes(numpy_helper.to_array(t)), name
    first, second = (a.name for a in wrapped.graph.node[0].attribute)  # in file order (make_node sorts them)
    with torchckpt.open(path) as ckpt:
        assert ckpt.get(names[0]).extra["graph"] == f"outer/If#0.{first}"
        assert ckpt.get(f"{names[0]}#1").extra["graph"] == f"outer/If#0.{second}"


# --- the node filter ----------------------------------------------------------------------------

_ATTRIBUTE_BYTES, _GRAPH_BYTES = b"\x2a\xaa", b"\x32\xb2\x5a\xda"


def _may_hold_something(node: bytes) -> bool:
    """The filter's definition, spelled out: the node names Constant, or a byte that can start an
    attribute's tag comes before one that can start a graph field's tag."""
    if b"Constant" in node:
        return True
    firsts = [i for i, byte in enumerate(node) if byte in _ATTRIBUTE_BYTES]
    return bool(firsts) and any(byte in _GRAPH_BYTES for byte in node[firsts[0] + 1:])


_PIECE = st.sampled_from([b"\x2a", b"\xaa", b"\x32", b"\xb2", b"\x5a", b"\xda", b"Constant", b"Const", b"ant",
                          b"\x00", b"x", b"\x08\x01"])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.lists(_PIECE, max_size=8), st.lists(_PIECE, max_size=2)), max_size=12),
       st.booleans())
def test_node_filter_matches_its_definition(layout, in_place):
    """Nodes (and the bytes between them) built from the bytes that matter, "Constant" split over
    node boundaries included: the one-pass filter and the per-node one pick what the definition does."""
    data, nodes = bytearray(), []
    for node, gap in layout:
        start = len(data)
        data += b"".join(node)
        nodes.append((start, len(data)))
        data += b"".join(gap)
    buf = bytes(data)
    expected = [i for i, (a, b) in enumerate(nodes) if _may_hold_something(buf[a:b])]
    region = reader._NODE_REGION
    try:
        if in_place:
            reader._NODE_REGION = 0  # every layout takes the per-node search
        assert reader._nodes_that_matter(buf, nodes) == expected
    finally:
        reader._NODE_REGION = region



def test_tensors_over_a_url_are_fetched_before_they_are_copied(tmp_path, monkeypatch):
    """A remote file's map fetches what is read: the bulk copy of small tensors reads them through
    the buffer protocol, so it must fetch them first (unfetched bytes show a poison pattern here).
    Tensors of a few hundred kB: the reader's walk, which fetches 64 kB past what it reads, leaves
    most of their bytes unfetched."""
    pytest.importorskip("obstore")
    from remote_server import RemoteServer

    rng = np.random.default_rng(1)
    arrays = {f"w{i}": rng.standard_normal(60_000 + 7 * i).astype(np.float32) for i in range(4)}
    arrays.update({"idx": np.arange(5, dtype=np.int64), "half": rng.standard_normal((3, 9)).astype(np.float16)})
    path = tmp_path / "m.onnx"
    onnx.save(_model([numpy_helper.from_array(a, name) for name, a in arrays.items()]), str(path))
    monkeypatch.setenv("TORCHCKPT_REMOTE_POISON", "\xa5Z")
    with RemoteServer() as server:
        server.files |= {"/m.onnx": str(path)}
        remote = torchckpt.load_state_dict(f"{server.url}/m.onnx")
    for name, array in arrays.items():
        assert _as_bytes(remote[name]) == _as_bytes(array), name
