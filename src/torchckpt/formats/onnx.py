"""ONNX models (``.onnx``): the initializers and ``Constant`` tensors of the graph and its subgraphs.

Neither ``onnx`` nor ``protobuf`` is imported: a small wire-format decoder walks
``ModelProto -> GraphProto -> {initializer, node -> attribute -> subgraph}`` over the map
and skips every field it does not need without reading it. ``raw_data`` tensors are
zero-copy slices of the map; tensors in the typed repeated fields (``float_data``,
``int32_data`` ...) are decoded to little-endian bytes, varint fields lazily on first use.
Field numbers follow ``onnx.proto`` as of onnx 1.23.

Tensor names:

- initializers (and sparse initializers) keep their ONNX names;
- a ``Constant`` node's tensor is named after the node's first output, as ONNX tools show it;
- tensors of subgraphs (``If``/``Loop``/``Scan`` bodies, any graph attribute) use their own
  names too; ``extra["graph"]`` says which graph each tensor came from;
- when a name is taken, the later tensor gets the first free ``name#1``, ``name#2`` ... in
  the order below.

Order: dense then sparse initializers of every graph, then ``Constant`` tensors of every
graph; graphs in pre-order (the main graph, then each subgraph depth-first, in node order).
External-data tensors are listed with ``kind="external"`` and no storage (the external file
is never opened); sparse tensors with ``kind="sparse"``. String tensors and element types
torchckpt has no dtype for (4-bit, 2-bit, 6-bit) are left out and named in
``info["skipped"]``.
"""

from __future__ import annotations

import bisect
import math
import mmap
import re
import struct
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from ..checkpoint import Checkpoint
from ..dtypes import DType, by_onnx
from ..errors import CorruptFileError, UnsupportedDtypeError
from ..model import StorageRef, TensorRef
from .base import BytesSource, SliceSource

__all__ = ["external_locations", "looks_like_onnx", "read_onnx"]

MAX_GRAPH_DEPTH = 64

_VARINT, _I64, _LEN, _I32 = 0, 1, 2, 5
_MASK64 = (1 << 64) - 1
_MAX_FIELD = (1 << 29) - 1
_HIGH_BYTES = bytes(range(0x80, 0x100))

# ModelProto field -> wire type, for detection (onnx.proto: ModelProto).
_MODEL_FIELDS = {1: _VARINT, 2: _LEN, 3: _LEN, 4: _LEN, 5: _VARINT, 6: _LEN, 7: _LEN, 8: _LEN, 14: _LEN,
                 20: _LEN, 25: _LEN, 26: _LEN}
# Every GraphProto field is length-delimited.
_GRAPH_FIELDS = frozenset({1, 2, 5, 10, 11, 12, 13, 14, 15, 16})

# TensorProto fields.
_T_DIMS, _T_DATA_TYPE, _T_SEGMENT, _T_FLOAT, _T_INT32, _T_STRING, _T_INT64 = 1, 2, 3, 4, 5, 6, 7
_T_NAME, _T_RAW, _T_DOUBLE, _T_UINT64, _T_EXTERNAL, _T_LOCATION = 8, 9, 10, 11, 13, 14

# Which typed field may hold which element type (onnx.proto comments; numpy_helper.to_array).
_STRING, _EXTERNAL = 8, 1
_TYPED_FIELD = {1: _T_FLOAT, 14: _T_FLOAT, 11: _T_DOUBLE, 15: _T_DOUBLE, 7: _T_INT64, 12: _T_UINT64,
                13: _T_UINT64}
_TYPED_FIELD.update({code: _T_INT32 for code in (6, 5, 3, 4, 2, 9, 10, 16, 17, 18, 19, 20, 24)})
_FIELD_NAMES = {_T_FLOAT: "float_data", _T_INT32: "int32_data", _T_STRING: "string_data", _T_INT64: "int64_data",
                _T_DOUBLE: "double_data", _T_UINT64: "uint64_data"}
_UNSIGNED = {1: "B", 2: "H", 4: "I", 8: "Q"}


def _corrupt(what: str, pos: int, problem: str) -> CorruptFileError:
    return CorruptFileError(f"malformed ONNX {what} at byte {pos}: {problem}", offset=pos,
                            hint="the file may be truncated or damaged")


# --- protobuf wire format ---------------------------------------------------------------------

def _varint(buf: Any, pos: int, end: int, what: str) -> tuple[int, int]:
    """One base-128 varint at ``pos``; returns ``(value, next_pos)``."""
    if pos < end:
        byte = buf[pos]
        if byte < 0x80:
            return byte, pos + 1
    start, result, shift = pos, 0, 0
    while True:
        if pos >= end:
            raise _corrupt(what, start, "a varint runs past the end of its message")
        byte = buf[pos]
        pos += 1
        result |= (byte & 0x7F) << shift
        if byte < 0x80:
            return result & _MASK64, pos
        shift += 7
        if shift >= 70:
            raise _corrupt(what, start, "a varint is longer than 10 bytes")


def _signed(value: int) -> int:
    return value - (1 << 64) if value >> 63 else value


def _past_end(what: str, tag_pos: int, number: int, length: int) -> CorruptFileError:
    return _corrupt(what, tag_pos, f"field {number} ({length} bytes) runs past the end of its message")


def _next_field(buf: Any, pos: int, end: int, what: str) -> tuple[int, int, int, int, int]:
    """The field at ``pos`` of the message ending at ``end``: ``(field, wire_type, a, b, next_pos)``.

    Varints give ``(value, next_pos)`` as ``(a, b)``; the other wire types the span ``(first,
    stop)`` of their payload, which is never read here. Every check of the framing lives here:
    the hot loops below take only well-formed one-byte tags themselves and hand the rest over.
    """
    tag_pos = pos
    key = buf[pos]
    if key < 0x80:  # one-byte tags and lengths are the common case: skip the call
        pos += 1
    else:
        key, pos = _varint(buf, pos, end, what)
    number, wire = key >> 3, key & 7
    if number == 0 or number > _MAX_FIELD:
        raise _corrupt(what, tag_pos, f"invalid field number {number}")
    if wire == _VARINT:
        value, pos = _varint(buf, pos, end, what)
        return number, wire, value, pos, pos
    if wire == _LEN:
        if pos < end and buf[pos] < 0x80:
            length = buf[pos]
            pos += 1
        else:
            length, pos = _varint(buf, pos, end, what)
    elif wire == _I64:
        length = 8
    elif wire == _I32:
        length = 4
    elif wire in (3, 4):
        raise _corrupt(what, tag_pos, f"field {number} uses the group wire type {wire}, which ONNX never writes")
    else:
        raise _corrupt(what, tag_pos, f"field {number} has invalid wire type {wire}")
    if length > end - pos:
        raise _past_end(what, tag_pos, number, length)
    return number, wire, pos, pos + length, pos + length


def _fields(buf: Any, start: int, end: int, what: str) -> Iterator[tuple[int, int, int, int]]:
    """Yield ``(field, wire_type, a, b)`` for each field of the message in ``buf[start:end]``
    (see :func:`_next_field`)."""
    pos = start
    while pos < end:
        number, wire, a, b, pos = _next_field(buf, pos, end, what)
        yield number, wire, a, b


def _want(wire: int, expected: int, number: int, what: str, pos: int) -> None:
    if wire != expected:
        raise _corrupt(what, pos, f"field {number} has wire type {wire}, expected {expected}")


def _want_repeated(wire: int, single: int, number: int, what: str, pos: int) -> None:
    """A repeated scalar field comes one value per tag or packed in a length-delimited run."""
    if wire not in (single, _LEN):
        raise _corrupt(what, pos, f"field {number} has wire type {wire}, expected {single} or 2")


def _text(buf: Any, start: int, stop: int) -> str:
    return bytes(buf[start:stop]).decode("utf-8", "replace")


def _packed_varints(buf: Any, start: int, stop: int, what: str) -> list[int]:
    values, pos = [], start
    while pos < stop:
        value, pos = _varint(buf, pos, stop, what)
        values.append(value)
    return values


def _count_varints(buf: Any, start: int, stop: int, what: str) -> int:
    """Elements in a packed varint run: every varint ends in exactly one byte below 0x80."""
    if start == stop:
        return 0
    if buf[stop - 1] >= 0x80:
        raise _corrupt(what, stop - 1, "a packed varint runs past the end of its field")
    return len(bytes(buf[start:stop]).translate(None, _HIGH_BYTES))


# --- byte sources for typed fields ------------------------------------------------------------

class _VarintSource:
    """Elements of a varint field (packed runs and single values) as fixed-width
    little-endian bytes, decoded on first use: listing a model never pays for it."""

    __slots__ = ("_data", "buf", "chunks", "itemsize", "what")

    def __init__(self, buf: Any, chunks: list[tuple[int, int, int]], itemsize: int, what: str):
        self.buf, self.chunks, self.itemsize, self.what = buf, chunks, itemsize, what
        self._data: bytes | None = None

    def _decode(self) -> bytes:
        values: list[int] = []
        for wire, a, b in self.chunks:
            if wire == _VARINT:
                values.append(a)
            else:
                values.extend(_packed_varints(self.buf, a, b, self.what))
        # Narrow types keep the low bits of the 64-bit varint, like numpy_helper.to_array.
        mask = (1 << (8 * self.itemsize)) - 1
        return struct.pack(f"<{len(values)}{_UNSIGNED[self.itemsize]}", *(v & mask for v in values))

    def view(self, offset: int, nbytes: int) -> memoryview:
        if self._data is None:
            self._data = self._decode()
        return BytesSource(self._data, what=self.what).view(offset, nbytes)


# --- messages ---------------------------------------------------------------------------------

@dataclass(slots=True)
class _Tensor:
    """The TensorProto fields torchckpt needs; payloads are spans of the buffer."""

    pos: int
    name: str
    data_type: int
    dims: list[int]
    raw: tuple[int, int] | None
    typed: dict[int, list[tuple[int, int, int]]]
    external: dict[str, str]
    location: int
    segment: bool


# _parse_tensor reads the one-byte tags of the fields every tensor has inline (literals there: a
# constant tuple costs nothing to test against): dims 0x08 and data_type 0x10, varints; name 0x42
# and raw_data 0x4A, length-delimited. Other tags go through _next_field, which also owns every
# check (an overlong tag is the same field to protobuf).


def _parse_tensor(buf: Any, spans: Sequence[tuple[int, int]], what: str = "TensorProto") -> _Tensor:
    """Parse one TensorProto (several spans merge, as protobuf merges a repeated message field).

    Called once a tensor (hundreds in a small model): the common fields are read in this loop
    with local variables, not through the generic field reader.
    """
    name_span: tuple[int, int] | None = None
    data_type = location = 0
    dims: list[int] = []
    raw: tuple[int, int] | None = None
    typed: dict[int, list[tuple[int, int, int]]] = {}
    external: dict[str, str] = {}
    segment = False
    for start, end in spans:
        pos = start
        while pos < end:
            key = buf[pos]
            if key in (0x08, 0x10):  # dims, data_type
                pos += 1
                if pos < end and buf[pos] < 0x80:
                    value = buf[pos]
                    pos += 1
                else:
                    value, pos = _varint(buf, pos, end, what)
                if key == 0x08:
                    dims.append(value - (1 << 64) if value >> 63 else value)  # _signed, inlined
                else:
                    data_type = value
                continue
            if key in (0x42, 0x4A):  # name, raw_data
                tag_pos = pos
                pos += 1
                if pos < end and (length := buf[pos]) < 0x80:
                    pos += 1
                elif pos + 1 < end and buf[pos + 1] < 0x80:  # two bytes: 128 B to 16 kB of raw_data
                    length = (length & 0x7F) | buf[pos + 1] << 7
                    pos += 2
                else:
                    length, pos = _varint(buf, pos, end, what)
                if length > end - pos:
                    raise _past_end(what, tag_pos, key >> 3, length)
                if key == 0x42:
                    name_span = (pos, pos + length)  # the last one wins: decoded once, below
                else:
                    raw = (pos, pos + length)
                pos += length
                continue
            number, wire, a, b, pos = _next_field(buf, pos, end, what)
            if number == _T_DIMS:
                if wire == _VARINT:
                    dims.append(_signed(a))
                else:
                    _want(wire, _LEN, number, what, a)
                    dims.extend(_signed(v) for v in _packed_varints(buf, a, b, what))
            elif number == _T_DATA_TYPE:
                _want(wire, _VARINT, number, what, b)
                data_type = a
            elif number == _T_NAME:
                _want(wire, _LEN, number, what, a)
                name_span = (a, b)
            elif number == _T_RAW:
                _want(wire, _LEN, number, what, a)
                raw = (a, b)
            elif number in (_T_FLOAT, _T_DOUBLE, _T_INT32, _T_INT64, _T_UINT64):
                single = _I32 if number == _T_FLOAT else _I64 if number == _T_DOUBLE else _VARINT
                _want_repeated(wire, single, number, what, a)
                typed.setdefault(number, []).append((wire, a, b))
            elif number == _T_STRING:
                _want(wire, _LEN, number, what, a)
                typed.setdefault(number, []).append((wire, a, b))
            elif number == _T_EXTERNAL:
                _want(wire, _LEN, number, what, a)
                entry_key = entry_value = ""
                for n, w, c, d in _fields(buf, a, b, "StringStringEntryProto"):
                    if n in (1, 2):
                        _want(w, _LEN, n, "StringStringEntryProto", c)
                        if n == 1:
                            entry_key = _text(buf, c, d)
                        else:
                            entry_value = _text(buf, c, d)
                external[entry_key] = entry_value
            elif number == _T_LOCATION:
                _want(wire, _VARINT, number, what, b)
                location = a
            elif number == _T_SEGMENT:
                segment = True
    name = _text(buf, *name_span) if name_span is not None else ""
    return _Tensor(spans[0][0] if spans else 0, name, data_type, dims, raw, typed, external, location, segment)


def _dtype(tensor: _Tensor, what: str) -> DType | str:
    """The tensor's DType, or why it is skipped."""
    if tensor.data_type == 0:
        raise _corrupt(what, tensor.pos, f"tensor {tensor.name!r} has no data type")
    if tensor.data_type == _STRING:
        return "string tensor"
    try:
        return by_onnx(tensor.data_type)
    except UnsupportedDtypeError:
        return f"ONNX data type {tensor.data_type} has no torchckpt dtype"


def _tensor_ref(buf: Any, tensor: _Tensor, name: str, extra: dict[str, Any]) -> TensorRef | str:
    """A TensorRef for ``tensor``, or the reason it is skipped."""
    what = f"tensor {tensor.name!r}"
    dtype = _dtype(tensor, what)
    if isinstance(dtype, str):
        return dtype
    dims = tensor.dims
    if dims and min(dims) < 0:
        raise _corrupt(what, tensor.pos, f"negative dimension in {dims}")
    shape = tuple(dims)
    if tensor.location == _EXTERNAL:
        return TensorRef(dtype, shape, None, None, kind="external",
                         extra={**extra, "location": tensor.external.get("location"), "external": tensor.external})
    if tensor.segment:
        return TensorRef(dtype, shape, None, None, kind="segment", extra=extra)
    expected = math.prod(shape) * dtype.itemsize
    raw = tensor.raw
    if raw is not None:  # raw_data wins over typed fields, as in numpy_helper.to_array
        nbytes = raw[1] - raw[0]
        source: Any = SliceSource(buf, raw[0], nbytes, what=what)
    else:
        source, nbytes = _typed_payload(buf, tensor, dtype, what)
    if nbytes != expected:
        raise _corrupt(what, tensor.pos, f"{dtype.name} of shape {list(shape)} needs {expected} bytes, "
                                         f"the tensor holds {nbytes}")
    return TensorRef(dtype, shape, None, StorageRef(name, dtype, "cpu", nbytes, source), extra=extra)


def _typed_payload(buf: Any, tensor: _Tensor, dtype: DType, what: str) -> tuple[Any, int]:
    """Where the bytes of a tensor without ``raw_data`` are and how many there are."""
    used = [number for number, chunks in tensor.typed.items() if chunks]
    if not used:
        return BytesSource(b"", what=what), 0
    allowed = _TYPED_FIELD.get(tensor.data_type)
    for number in used:
        if number != allowed:
            raise _corrupt(what, tensor.pos, f"{dtype.name} data stored in {_FIELD_NAMES.get(number, number)}")
    assert allowed is not None  # every used field equals ``allowed``, so it is a field number here
    chunks = tensor.typed[allowed]
    if allowed in (_T_FLOAT, _T_DOUBLE):
        width = 4 if allowed == _T_FLOAT else 8
        if len(chunks) == 1 and chunks[0][0] == _LEN:
            _, start, stop = chunks[0]
            if (stop - start) % width:
                raise _corrupt(what, start, f"packed {_FIELD_NAMES[allowed]} is not a whole number of values")
            return SliceSource(buf, start, stop - start, what=what), stop - start
        data = b"".join(bytes(buf[a:b]) for _, a, b in chunks)
        if len(data) % width:
            raise _corrupt(what, tensor.pos, f"packed {_FIELD_NAMES[allowed]} is not a whole number of values")
        return BytesSource(data, what=what), len(data)
    count = sum(1 if wire == _VARINT else _count_varints(buf, a, b, what) for wire, a, b in chunks)
    return _VarintSource(buf, chunks, dtype.itemsize, what), count * dtype.itemsize


def _sparse_ref(buf: Any, start: int, stop: int, extra: dict[str, Any]) -> tuple[str, TensorRef | str]:
    """A SparseTensorProto (values=1, indices=2, dims=3) as a storage-less ``sparse`` TensorRef."""
    what = "SparseTensorProto"
    values: list[tuple[int, int]] = []
    dims: list[int] = []
    for number, wire, a, b in _fields(buf, start, stop, what):
        if number == 1:
            _want(wire, _LEN, number, what, a)
            values.append((a, b))
        elif number == 3:
            if wire == _VARINT:
                dims.append(_signed(a))
            else:
                _want(wire, _LEN, number, what, a)
                dims.extend(_signed(v) for v in _packed_varints(buf, a, b, what))
    tensor = _parse_tensor(buf, values, what)
    dtype = _dtype(tensor, "sparse tensor") if values else "sparse tensor without values"
    if isinstance(dtype, str):
        return tensor.name, dtype
    if any(d < 0 for d in dims):
        raise _corrupt(what, start, f"negative dimension in {dims}")
    nnz = tensor.dims[0] if tensor.dims else 0
    return tensor.name, TensorRef(dtype, tuple(dims), None, None, kind="sparse", extra={**extra, "nnz": nnz})


@dataclass
class _Found:
    """What the walk collects, in the order the tree lists it."""

    initializers: list[tuple[str, TensorRef | str]] = field(default_factory=list)
    constants: list[tuple[str, TensorRef | str]] = field(default_factory=list)
    graphs: int = 0
    main_nodes: int = 0
    graph_name: str = ""
    external: list[str] = field(default_factory=list)   # locations of external-data tensors, any dtype


def _walk_graphs(buf: Any, main: list[tuple[int, int]]) -> _Found:
    """Visit the main graph and every subgraph in pre-order, without recursion."""
    found = _Found()
    stack: list[tuple[list[tuple[int, int]], str, int]] = [(main, "", 1)]
    while stack:
        spans, label, depth = stack.pop()
        if depth > MAX_GRAPH_DEPTH:
            raise _corrupt("GraphProto", spans[0][0] if spans else 0,
                           f"subgraphs are nested more than {MAX_GRAPH_DEPTH} deep")
        found.graphs += 1
        subgraphs = _visit_graph(buf, spans, label, found, depth == 1)
        stack.extend((sub, sub_label, depth + 1) for sub, sub_label in reversed(subgraphs))
    return found


def _visit_graph(buf: Any, spans: list[tuple[int, int]], label: str, found: _Found,
                 is_main: bool) -> list[tuple[list[tuple[int, int]], str]]:
    """Collect one graph's tensors into ``found``; return its subgraphs (spans, label)."""
    what = "GraphProto"
    nodes: list[tuple[int, int]] = []
    initializers: list[tuple[int, int]] = []
    sparse: list[tuple[int, int]] = []
    name = ""
    for start, end in spans:
        pos = start
        while pos < end:
            # Every GraphProto field is length-delimited: a one-byte tag of that wire type (nodes,
            # initializers, inputs...: a thousand in a small model) is read here, the rest by
            # _next_field, which owns the checks.
            key = buf[pos]
            if key < 0x80 and key & 7 == 2 and key > 7:
                tag_pos = pos
                pos += 1
                if pos < end and (length := buf[pos]) < 0x80:
                    pos += 1
                elif pos + 1 < end and buf[pos + 1] < 0x80:  # two bytes: 128 B to 16 kB
                    length = (length & 0x7F) | buf[pos + 1] << 7
                    pos += 2
                else:
                    length, pos = _varint(buf, pos, end, what)
                if length > end - pos:
                    raise _past_end(what, tag_pos, key >> 3, length)
                if key == 0x0A:  # node (1)
                    nodes.append((pos, pos + length))
                elif key == 0x2A:  # initializer (5)
                    initializers.append((pos, pos + length))
                elif key == 0x12:  # name (2)
                    name = _text(buf, pos, pos + length)
                elif key == 0x7A:  # sparse_initializer (15)
                    sparse.append((pos, pos + length))
                pos += length
                continue
            number, wire, a, b, pos = _next_field(buf, pos, end, what)
            if number in (1, 2, 5, 15):
                _want(wire, _LEN, number, what, a)
            if number == 1:
                nodes.append((a, b))
            elif number == 5:
                initializers.append((a, b))
            elif number == 2:
                name = _text(buf, a, b)
            elif number == 15:
                sparse.append((a, b))
    if is_main:
        found.graph_name, found.main_nodes = name, len(nodes)
    graph = label or name
    append = found.initializers.append
    for span in initializers:
        tensor = _parse_tensor(buf, (span,))
        if tensor.location == _EXTERNAL:
            found.external.append(tensor.external.get("location", ""))
        append((tensor.name, _tensor_ref(buf, tensor, tensor.name, {"onnx": "initializer", "graph": graph})))
    for a, b in sparse:
        found.initializers.append(_sparse_ref(buf, a, b, {"onnx": "sparse_initializer", "graph": graph}))
    subgraphs: list[tuple[list[tuple[int, int]], str]] = []
    for index in _nodes_that_matter(buf, nodes):
        a, b = nodes[index]
        _visit_node(buf, a, b, index, graph, found, subgraphs)
    return subgraphs


# Byte classes for the node filter: 1 for a byte that can start the tag of NodeProto.attribute
# (5), length-delimited, in any varint encoding protobuf accepts (0x2A, or 0xAA when written in
# more bytes); 2 for one that can start the tag of AttributeProto.g (6) or .graphs (11) (0x32/
# 0xB2, 0x5A/0xDA).
_NODE_BYTE_CLASS = bytes(1 if byte in (0x2A, 0xAA) else 2 if byte in (0x32, 0xB2, 0x5A, 0xDA) else 0
                         for byte in range(256))
_ATTRIBUTE_TAG = re.compile(b"[\x2a\xaa]")
_GRAPH_TAG = re.compile(b"[\x32\xb2\x5a\xda]")
_ATTRIBUTE_THEN_GRAPH = re.compile(b"\x01[^\x02]*\x02")
# Nodes lying within this many bytes (the usual case: serializers write them one after the
# other, a hundred bytes each) are classified on one copy of their bytes; otherwise (Constant
# nodes holding big tensors, initializers between nodes) each node is searched in place.
_NODE_REGION = 8 << 20


def _nodes_that_matter(buf: Any, nodes: list[tuple[int, int]]) -> list[int]:
    """Indexes of the NodeProtos (spans of ``buf``, in file order) that may hold a tensor or a
    subgraph; the others are not walked (nor checked).

    Searches in C settle most nodes: a node may hold a tensor only if it names Constant, and a
    subgraph only if a byte that can start an attribute's tag is followed by one that can
    start a graph field's tag (an attribute's fields come after its tag).
    """
    if not nodes:
        return []
    low, high = nodes[0][0], nodes[-1][1]
    if high - low > _NODE_REGION:
        return [index for index, (a, b) in enumerate(nodes) if _may_matter(buf, a, b)]
    region = bytes(buf[low:high])
    classes = region.translate(_NODE_BYTE_CLASS)
    starts = [a for a, _ in nodes]
    found: set[int] = set()
    constant = region.find(b"Constant")
    while constant >= 0:
        index = bisect.bisect_right(starts, low + constant) - 1
        if index >= 0 and low + constant + 8 <= nodes[index][1]:
            found.add(index)
        constant = region.find(b"Constant", constant + 1)
    # Each match runs from an attribute-tag byte to the next graph-tag byte: the node holding
    # the latter matters if an attribute-tag byte precedes it in the node. Every node that
    # matters holds the end of a match. Searching only up to the last graph-tag byte, every
    # match attempt succeeds: linear time whatever the bytes.
    last = classes.rfind(2)
    for match in _ATTRIBUTE_THEN_GRAPH.finditer(classes, 0, last + 1):
        tag = match.end() - 1
        index = bisect.bisect_right(starts, low + tag) - 1
        if index < 0 or low + tag >= nodes[index][1] or index in found:
            continue  # between nodes (a length byte of the graph's fields)
        start = starts[index] - low
        if match.start() >= start or classes.rfind(1, start, tag) >= 0:
            found.add(index)
    return sorted(found)


def _may_matter(buf: Any, start: int, stop: int) -> bool:
    """Whether the NodeProto in ``buf[start:stop]`` may hold a tensor or a subgraph (as
    :func:`_nodes_that_matter` decides it, searching the file in place)."""
    if buf.find(b"Constant", start, stop) >= 0:
        return True
    attribute = _ATTRIBUTE_TAG.search(buf, start, stop)
    return attribute is not None and _GRAPH_TAG.search(buf, attribute.start(), stop) is not None


@dataclass
class _Attribute:
    """One node attribute: where its scalar, list, tensor and subgraph fields sit in the file."""

    name: str = ""
    pos: int = 0
    scalar: tuple[int, int, int] | None = None  # (wire, a, b) of f or i
    lists: list[tuple[int, int, int]] = field(default_factory=list)  # floats or ints entries
    tensor: list[tuple[int, int]] = field(default_factory=list)
    sparse: tuple[int, int] | None = None
    graphs: list[list[tuple[int, int]]] = field(default_factory=list)



_CONSTANT_ATTRS = ("value", "value_float", "value_floats", "value_int", "value_ints", "sparse_value",
                   "value_string", "value_strings")


def _parse_attribute(buf: Any, start: int, stop: int, want_values: bool) -> _Attribute:
    """AttributeProto: name=1, f=2, i=3, t=5, g=6, floats=7, ints=8, graphs=11, sparse_tensor=22."""
    what = "AttributeProto"
    attr = _Attribute(pos=start)
    g_spans: list[tuple[int, int]] = []
    for number, wire, a, b in _fields(buf, start, stop, what):
        if number == 1:
            _want(wire, _LEN, number, what, a)
            attr.name = _text(buf, a, b)
        elif number == 6:
            _want(wire, _LEN, number, what, a)
            g_spans.append((a, b))
        elif number == 11:
            _want(wire, _LEN, number, what, a)
            attr.graphs.append([(a, b)])
        elif not want_values:
            continue
        elif number == 5:
            _want(wire, _LEN, number, what, a)
            attr.tensor.append((a, b))
        elif number == 2:
            _want(wire, _I32, number, what, a)
            attr.scalar = (wire, a, b)
        elif number == 3:
            _want(wire, _VARINT, number, what, b)
            attr.scalar = (wire, a, b)
        elif number in (7, 8):
            single = _I32 if number == 7 else _VARINT
            _want_repeated(wire, single, number, what, a)
            attr.lists.append((wire, a, b))
        elif number == 22:
            _want(wire, _LEN, number, what, a)
            attr.sparse = (a, b)
    if g_spans:
        attr.graphs.insert(0, g_spans)  # a repeated `g` merges into one graph, as protobuf does
    return attr


def _visit_node(buf: Any, start: int, stop: int, index: int, graph: str, found: _Found,
                subgraphs: list[tuple[list[tuple[int, int]], str]]) -> None:
    """NodeProto: output=2, name=3, op_type=4, attribute=5, domain=7."""
    what = "NodeProto"
    output: tuple[int, int] | None = None
    name_span = (0, 0)
    op_type = domain = b""
    attributes: list[tuple[int, int]] = []
    for number, wire, a, b in _fields(buf, start, stop, what):
        if number in (2, 3, 4, 5, 7):
            if wire != _LEN:
                _want(wire, _LEN, number, what, a)
            if number == 2:
                if output is None:
                    output = (a, b)
            elif number == 3:
                name_span = (a, b)
            elif number == 4:
                op_type = bytes(buf[a:b])
            elif number == 5:
                attributes.append((a, b))
            else:
                domain = bytes(buf[a:b])
    is_constant = op_type == b"Constant" and domain in (b"", b"ai.onnx")
    if not is_constant:
        # Only subgraphs matter in other nodes' attributes. One without a byte that can start the
        # tag of a graph field has none: its contents are not walked (nor checked).
        attributes = [(a, b) for a, b in attributes if _GRAPH_TAG.search(buf, a, b) is not None]
        if not attributes:
            return
    name = _text(buf, *name_span)  # decoded only for nodes that matter: most have no attributes
    label = name or f"{op_type.decode('utf-8', 'replace')}#{index}"
    value: _Attribute | None = None
    for a, b in attributes:
        attr = _parse_attribute(buf, a, b, is_constant)
        for number, spans in enumerate(attr.graphs):
            suffix = attr.name if len(attr.graphs) == 1 else f"{attr.name}[{number}]"
            subgraphs.append((spans, f"{graph}/{label}.{suffix}" if graph else f"{label}.{suffix}"))
        if is_constant and value is None and attr.name in _CONSTANT_ATTRS:
            value = attr
    if not is_constant:
        return
    tensor_name = (_text(buf, *output) if output else "") or name or f"Constant#{index}"
    extra = {"onnx": "constant", "graph": graph, "node": name}
    if value is None:
        found.constants.append((tensor_name, "Constant node without a value"))
    else:
        found.constants.append((tensor_name, _constant_ref(buf, value, tensor_name, extra)))


def _constant_ref(buf: Any, attr: _Attribute, name: str, extra: dict[str, Any]) -> TensorRef | str:
    what = f"Constant {name!r}"
    if attr.name == "value":
        if not attr.tensor:
            return "Constant node without a value"
        tensor = _parse_tensor(buf, attr.tensor)
        return _tensor_ref(buf, tensor, name, extra)
    if attr.name == "sparse_value":
        if attr.sparse is None:
            return "Constant node without a value"
        return _sparse_ref(buf, *attr.sparse, extra)[1]
    if attr.name in ("value_string", "value_strings"):
        return "string constant"
    is_float = attr.name.startswith("value_float")
    dtype = by_onnx(1 if is_float else 7)
    if attr.name in ("value_float", "value_int"):
        shape: tuple[int, ...] = ()
        if attr.scalar is None:  # an unset scalar is protobuf's default, zero
            source: Any = BytesSource(bytes(dtype.itemsize), what=what)
        elif is_float:
            source = SliceSource(buf, attr.scalar[1], 4, what=what)
        else:
            source = _VarintSource(buf, [attr.scalar], 8, what)
        nbytes = dtype.itemsize
    elif is_float:
        data = b"".join(bytes(buf[a:b]) for _, a, b in attr.lists)
        if len(data) % 4:
            raise _corrupt("AttributeProto", attr.pos, "packed floats are not a whole number of values")
        source, nbytes, shape = BytesSource(data, what=what), len(data), (len(data) // 4,)
    else:
        count = sum(1 if wire == _VARINT else _count_varints(buf, a, b, what) for wire, a, b in attr.lists)
        source, nbytes, shape = _VarintSource(buf, attr.lists, 8, what), count * 8, (count,)
    storage = StorageRef(key=name, dtype=dtype, location="cpu", nbytes=nbytes, source=source)
    return TensorRef(dtype, shape, None, storage, extra=extra)


# --- entry points -----------------------------------------------------------------------------

def looks_like_onnx(buf: Any, size: int) -> bool:
    """Whether ``buf`` opens like a serialized ModelProto: ``ir_version`` first, then known
    ModelProto fields, up to a ``graph`` whose first field is a GraphProto field (the graph
    may run past the end of a truncated file).

    Serializers write fields in number order, so the graph comes within the first few
    fields; payloads are skipped by length, so only a few dozen bytes are read.
    """
    try:
        pos = 0
        for index in range(16):
            key, pos = _varint(buf, pos, size, "ModelProto")
            number, wire = key >> 3, key & 7
            if (index == 0 and key != 0x08) or _MODEL_FIELDS.get(number) != wire:
                return False
            value, pos = _varint(buf, pos, size, "ModelProto")
            if index == 0 and not 1 <= value <= 255:
                return False
            if wire != _LEN:
                continue
            if number == 7:
                # A graph that runs past the end is still ONNX: a truncated one, which
                # read_onnx reports as corrupt rather than as an unknown format.
                if value == 0:
                    return True
                first, _ = _varint(buf, pos, min(size, pos + value), "GraphProto")
                return first & 7 == _LEN and first >> 3 in _GRAPH_FIELDS
            if value > size - pos:
                return False
            pos += value
    except CorruptFileError:
        return False
    return False


def _model(buf: Any, size: int) -> tuple[dict[str, Any], list[tuple[int, int]]]:
    """ModelProto: ir_version=1, producer_name=2, producer_version=3, domain=4, model_version=5,
    graph=7, opset_import=8 (OperatorSetIdProto: domain=1, version=2)."""
    what = "ModelProto"
    info: dict[str, Any] = {"ir_version": None}
    producer = {2: "", 3: ""}
    opsets: dict[str, int] = {}
    graph: list[tuple[int, int]] = []
    for number, wire, a, b in _fields(buf, 0, size, what):
        if number in (1, 5):
            _want(wire, _VARINT, number, what, b)
            info["ir_version" if number == 1 else "model_version"] = _signed(a)
        elif number in (2, 3, 4, 7, 8):
            _want(wire, _LEN, number, what, a)
            if number in (2, 3):
                producer[number] = _text(buf, a, b)
            elif number == 4:
                info["domain"] = _text(buf, a, b)
            elif number == 7:
                graph.append((a, b))
            else:
                domain, version = "", 0
                for n, w, c, d in _fields(buf, a, b, "OperatorSetIdProto"):
                    if n == 1:
                        _want(w, _LEN, n, "OperatorSetIdProto", c)
                        domain = _text(buf, c, d)
                    elif n == 2:
                        _want(w, _VARINT, n, "OperatorSetIdProto", d)
                        version = _signed(c)
                opsets[domain] = version
    if not graph:
        raise CorruptFileError("the ONNX model has no graph", hint="the file may be truncated or not an ONNX model")
    info["producer"] = " ".join(p for p in (producer[2], producer[3]) if p)
    info["opset"] = opsets.get("", opsets.get("ai.onnx"))
    info["opset_imports"] = opsets
    return info, graph


def read_onnx(path: str, buf: Any, size: int) -> Checkpoint:
    """Read an ONNX model's tensors: a flat ``{name: TensorRef}`` tree (see the module docs)."""
    info, graph = _model(buf, size)
    found = _walk_graphs(buf, graph)
    tree: dict[str, TensorRef] = {}
    storages: list[StorageRef] = []
    skipped: dict[str, str] = {}
    taken: dict[str, int] = {}
    for name, ref in found.initializers + found.constants:
        name = name or "_unnamed"
        if name in taken:
            unique = _unique(name, taken)
        else:  # what _unique does for a name not seen yet, inline: most are
            unique, taken[name] = name, 0
        if isinstance(ref, str):
            skipped[unique] = ref
            continue
        ref.name = unique
        if ref.storage is not None:
            ref.storage.key = unique
            storages.append(ref.storage)
        tree[unique] = ref
    info.update(nodes=found.main_nodes, graphs=found.graphs, graph=found.graph_name,
                initializers=len(found.initializers), constants=len(found.constants))
    if skipped:
        info["skipped"] = skipped
    return Checkpoint(path, "onnx", tree, file_size=size, buffer=buf if isinstance(buf, mmap.mmap) else None,
                      storages=storages, info=info)


def external_locations(buf: Any, size: int) -> list[str]:
    """The ``location`` of every external-data tensor (initializers of every graph, whatever
    their element type, and ``Constant`` tensors): the files ``onnx.load`` opens."""
    _, graph = _model(buf, size)
    found = _walk_graphs(buf, graph)
    constants = [str(ref.extra.get("location") or "") for _, ref in found.constants
                 if isinstance(ref, TensorRef) and ref.kind == "external"]
    return found.external + constants


def _unique(name: str, taken: dict[str, int]) -> str:
    """``name``, or the first free ``name#1``, ``name#2`` ... when it is taken.

    ``taken`` maps each name to the last suffix tried for it, so a file repeating one name
    many times costs linear time, not quadratic.
    """
    unique, suffix = name, taken.get(name, 0)
    while unique in taken:
        suffix += 1
        unique = f"{name}#{suffix}"
    taken[name] = suffix
    taken.setdefault(unique, 0)
    return unique
