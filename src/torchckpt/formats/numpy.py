"""numpy ``.npy`` (one array) and ``.npz`` (a zip of ``.npy`` files)."""

from __future__ import annotations

import ast
import math
import struct

from .. import dtypes as _dt
from ..checkpoint import Checkpoint
from ..errors import CorruptFileError, UnsupportedFormatError
from ..model import ObjectStub, StorageRef, TensorRef
from .base import BytesSource, SliceSource

__all__ = ["pickled_arrays_as_tensors", "read_npy", "read_npz"]

_DESCR = {"f8": "float64", "f4": "float32", "f2": "float16", "i8": "int64", "i4": "int32", "i2": "int16",
          "i1": "int8", "u1": "uint8", "b1": "bool", "c8": "complex64", "c16": "complex128", "u2": "uint16",
          "u4": "uint32", "u8": "uint64"}


def _parse(view, name: str, path: str) -> tuple[TensorRef, StorageRef]:
    if bytes(view[:6]) != b"\x93NUMPY" or len(view) < 10:
        raise CorruptFileError(f"{name} is not an .npy array", path=path)
    major = view[6]
    if major == 1:
        (hlen,) = struct.unpack_from("<H", view, 8)
        start = 10
    elif major in (2, 3):
        (hlen,) = struct.unpack_from("<I", view, 8)
        start = 12
    else:
        raise CorruptFileError(f"{name}: unknown .npy version {major}", path=path)
    try:
        header = ast.literal_eval(bytes(view[start:start + hlen]).decode("latin-1"))
        descr, fortran, shape = header["descr"], header["fortran_order"], tuple(header["shape"])
    except (ValueError, SyntaxError, KeyError, TypeError, MemoryError, RecursionError) as exc:
        raise CorruptFileError(f"{name}: malformed .npy header ({type(exc).__name__})", path=path) from None
    if not isinstance(descr, str) or not all(type(d) is int and d >= 0 for d in shape):
        raise UnsupportedFormatError(f"{name}: structured or object arrays are not tensors (dtype {descr!r})",
                                     path=path, hint="object arrays hold pickles; run `torchckpt scan` on it")
    order, code = descr[:1], descr[1:]
    if code not in _DESCR or order not in "<>|=":
        raise UnsupportedFormatError(f"{name}: dtype {descr!r} is not a tensor dtype", path=path,
                                     hint="object arrays hold pickles; run `torchckpt scan` on it")
    dtype = _dt.by_name(_DESCR[code])
    data_start = start + hlen
    nbytes = math.prod(shape) * dtype.itemsize
    stride = _fortran_stride(shape) if fortran else None
    source = SliceSource(view, data_start, nbytes, what=name)
    storage = StorageRef(name, dtype, "cpu", nbytes, source, byteorder="big" if order == ">" else "little")
    return TensorRef(dtype=dtype, shape=shape, stride=stride, storage=storage), storage


def read_npy(path: str, buf, size: int) -> Checkpoint:
    ref, storage = _parse(buf, "array", path)
    return Checkpoint(path, "numpy", {"array": ref}, file_size=size, buffer=buf, storages=[storage])


def read_npz(path: str, buf, size: int, archive) -> Checkpoint:
    tree, storages = {}, []
    for name, entry in archive.entries.items():
        ref, storage = _parse(archive.view(entry), name, path)
        key = name[:-4]
        tree[key] = ref
        storages.append(storage)
    return Checkpoint(path, "numpy", tree, file_size=size, buffer=buf, storages=storages, info={"archive": "npz"})


def _fortran_stride(shape: tuple[int, ...]) -> tuple[int, ...] | None:
    if not shape:
        return None
    acc, rev = 1, []
    for d in shape:
        rev.append(acc)
        acc *= max(d, 1)
    return tuple(rev)


_FROMBUFFER = ("numpy.core.numeric._frombuffer", "numpy._core.numeric._frombuffer")


def _array_tensor(stub: ObjectStub, index: int) -> TensorRef | None:
    """The tensor a pickled ``numpy.ndarray`` holds (``_reconstruct`` + ``__setstate__((version,
    shape, dtype, fortran, raw bytes))``, or protocol 5's ``_frombuffer(buffer, dtype, shape,
    order)``), or None for object, structured or malformed arrays."""
    if stub.cls in _FROMBUFFER:
        if len(stub.args) != 4 or stub.args[3] not in ("C", "F"):
            return None
        raw, dtype, shape, order = stub.args
        fortran = order == "F"
    else:
        state = stub.state
        if not (isinstance(state, tuple) and len(state) == 5):
            return None
        _, shape, dtype, fortran, raw = state
    if not (isinstance(shape, tuple) and all(type(d) is int and d >= 0 for d in shape)
            and isinstance(raw, (bytes, bytearray)) and isinstance(dtype, ObjectStub) and dtype.args):
        return None
    code, dstate = dtype.args[0], dtype.state
    order = dstate[1] if isinstance(dstate, tuple) and len(dstate) > 1 else "|"
    if not isinstance(code, str) or code not in _DESCR or order not in ("<", ">", "|", "="):
        return None
    dt = _dt.by_name(_DESCR[code])
    nbytes = math.prod(shape) * dt.itemsize
    if nbytes != len(raw):
        return None
    storage = StorageRef(f"pickled-array-{index}", dt, "cpu", nbytes, BytesSource(bytes(raw), what="pickled array"),
                         byteorder="big" if order == ">" else "little")
    return TensorRef(dtype=dt, shape=shape, stride=_fortran_stride(shape) if fortran else None, storage=storage)


def pickled_arrays_as_tensors(tree: object) -> object:
    """Replace numpy arrays pickled in dicts and lists (``pickle.dump({'conv1.weight': ndarray})``,
    common in older projects) by tensors, so that they read as a state dict. An array shared by
    several containers becomes one tensor; the root may be an array itself."""
    made: dict[int, TensorRef | None] = {}

    def convert(node: object) -> object:
        if not (isinstance(node, ObjectStub) and (node.cls == "numpy.ndarray" or node.cls in _FROMBUFFER)):
            return node
        if id(node) not in made:
            made[id(node)] = _array_tensor(node, len(made))
        return made[id(node)] or node

    root = convert(tree)
    seen: set[int] = set()
    stack = [root]
    while stack:
        node = stack.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        if isinstance(node, dict):
            for k, v in node.items():
                new = convert(v)
                if new is not v:
                    node[k] = new
                elif isinstance(v, (dict, list)):
                    stack.append(v)
        elif isinstance(node, list):
            for i, v in enumerate(node):
                new = convert(v)
                if new is not v:
                    node[i] = new
                elif isinstance(v, (dict, list)):
                    stack.append(v)
    return root
