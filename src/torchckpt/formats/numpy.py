"""numpy ``.npy`` (one array) and ``.npz`` (a zip of ``.npy`` files), read the way ``numpy.load`` reads them.

- the ``.npy`` header is parsed like ``numpy.lib.format._read_array_header``: versions
  (1, 0), (2, 0), (3, 0) only, a little-endian length, latin-1 (utf-8 for 3.0) text,
  ``ast.literal_eval`` (with numpy's Python-2 ``L`` filter for versions up to 2.0), exactly the
  keys ``descr``, ``fortran_order``, ``shape``;
- whether the array holds Python objects (``numpy.load(allow_pickle=True)`` then unpickles
  the rest of the file) is decided by numpy's own dtype parser: ``'object'``, ``'(1,)O'``,
  ``'i4,O'``, ``[('a', 'O')]`` and every other spelling numpy reads as holding objects;
  plain one-code descriptors (``'<f4'``, ``'|O'``) are decided without importing numpy;
- ``.npz`` members come from the stdlib :mod:`zipfile`, as ``numpy.load`` opens them
  (``NpzFile``): names and key mapping from ``namelist()``, the last of two same-named
  entries wins, and only members that start with the ``.npy`` magic are read as arrays.
"""

from __future__ import annotations

import ast
import io
import math
import re
import struct
import tokenize
import zipfile
from dataclasses import dataclass
from typing import Any

from .. import dtypes as _dt
from ..checkpoint import Checkpoint
from ..errors import CorruptFileError, UnsupportedFormatError
from ..model import ObjectStub, StorageRef, TensorRef
from ._compression import TooLargeError, inflate_member
from .base import BufferFile, BytesSource, SliceSource, need

__all__ = ["NPY_MAGIC", "NpyHeader", "NpzArchive", "NpzMember", "holds_objects", "pickled_arrays_as_tensors",
           "read_npy", "read_npy_header", "read_npz"]

NPY_MAGIC = b"\x93NUMPY"
MAX_HEADER = 1 << 20          # numpy has no limit with allow_pickle=True; larger headers are not judged
_VERSIONS = {(1, 0): ("<H", "latin1"), (2, 0): ("<I", "latin1"), (3, 0): ("<I", "utf8")}
_KEYS = {"descr", "fortran_order", "shape"}
_DESCR = {"f8": "float64", "f4": "float32", "f2": "float16", "i8": "int64", "i4": "int32", "i2": "int16",
          "i1": "int8", "u1": "uint8", "b1": "bool", "c8": "complex64", "c16": "complex128", "u2": "uint16",
          "u4": "uint32", "u8": "uint64"}
# one-code descriptors numpy parses without objects / as a bare object
_PLAIN = re.compile(r"[<>|=]?(?:b1|[iu][1248]|f(?:2|4|8|16)|c(?:8|16|32)|[SUV][1-9]\d{0,8}|[Mm]8\[[a-z]{1,2}\])\Z")
_OBJECT = re.compile(r"[<>|=]?O\Z")


@dataclass
class NpyHeader:
    """An ``.npy`` header as numpy reads it."""

    version: tuple[int, int]
    descr: Any
    fortran_order: bool
    shape: tuple[int, ...]
    data_offset: int          # where the array data (or the object array's pickle) starts


def _filter_header(text: str) -> str:
    """numpy's ``_filter_header``: drop the ``L`` of Python-2 long literals."""
    tokens = []
    last_number = False
    for token in tokenize.generate_tokens(io.StringIO(text).readline):
        kind, value = token[0], token[1]
        if last_number and kind == tokenize.NAME and value == "L":
            continue
        tokens.append(token)
        last_number = kind == tokenize.NUMBER
    return tokenize.untokenize(tokens)


def read_npy_header(buf: Any, *, start: int = 0, end: int | None = None) -> NpyHeader:
    """The header of the ``.npy`` array at ``buf[start:end]``, or :class:`CorruptFileError`
    where ``numpy.load`` would raise (nothing after the header is read then)."""
    end = len(buf) if end is None else end
    if bytes(buf[start:start + 6]) != NPY_MAGIC or end - start < 8:
        raise CorruptFileError("not an .npy array (no magic string)")
    version = (buf[start + 6], buf[start + 7])
    if version not in _VERSIONS:
        raise CorruptFileError(f"unknown .npy format version {version}", offset=start + 6)
    fmt, encoding = _VERSIONS[version]
    pos = start + 8
    width = struct.calcsize(fmt)
    if pos + width > end:
        raise CorruptFileError("the .npy header is truncated", offset=pos)
    need(buf, pos, pos + width)
    (length,) = struct.unpack_from(fmt, buf, pos)
    pos += width
    if pos + length > end:
        raise CorruptFileError("the .npy header is truncated", offset=pos)
    raw = bytes(buf[pos:pos + length])
    if length > MAX_HEADER:
        # numpy.load(allow_pickle=True) takes any size; padding is harmless, a huge literal is not judged
        raw = raw.rstrip(b" \t\n\r\x0b\x0c")
        if len(raw) > MAX_HEADER:
            raise CorruptFileError(f"a {length}-byte .npy header is too large to judge", offset=pos)
    try:
        text = raw.decode(encoding)
        try:
            header = ast.literal_eval(text)
        except SyntaxError:
            if version > (2, 0):
                raise
            header = ast.literal_eval(_filter_header(text))
    except (ValueError, SyntaxError, TypeError, MemoryError, RecursionError, tokenize.TokenError) as exc:
        raise CorruptFileError(f"the .npy header cannot be read ({type(exc).__name__})", offset=pos) from None
    if not isinstance(header, dict) or header.keys() != _KEYS:
        raise CorruptFileError("the .npy header is not a dict of descr, fortran_order and shape", offset=pos)
    shape, fortran = header["shape"], header["fortran_order"]
    if not isinstance(shape, tuple) or not all(isinstance(d, int) for d in shape) or not isinstance(fortran, bool):
        raise CorruptFileError("the .npy header has a malformed shape or fortran_order", offset=pos)
    return NpyHeader(version, header["descr"], fortran, shape, pos + length)


def _numpy_dtype(descr: Any) -> Any:
    import numpy

    try:
        describe = numpy.lib.format.descr_to_dtype
        return describe(descr)
    except Exception as exc:  # noqa: BLE001 - numpy.load fails on any of them: nothing is unpickled
        raise CorruptFileError(f"numpy cannot read the dtype descriptor ({type(exc).__name__})") from None


def holds_objects(descr: Any) -> bool:
    """Whether ``numpy.load`` reads an array of dtype ``descr`` as Python objects (and so
    unpickles the bytes after the header). numpy decides; plain one-code strings are decided
    here so that scanning ordinary arrays does not import numpy. Raises
    :class:`CorruptFileError` for descriptors numpy refuses."""
    if isinstance(descr, str):
        if _PLAIN.match(descr):
            return False
        if _OBJECT.match(descr):
            return True
    return bool(_numpy_dtype(descr).hasobject)


def _tensor(buf: Any, header: NpyHeader, name: str, path: str, end: int) -> tuple[TensorRef, StorageRef]:
    descr = header.descr
    simple = isinstance(descr, str) and descr[1:] in _DESCR and descr[:1] in "<>|="
    if not simple:
        if holds_objects(descr):
            raise UnsupportedFormatError(f"{name}: an object array (dtype {str(descr)[:60]!r}) is no tensor",
                                         path=path, hint="object arrays hold pickles; run `torchckpt scan` on it")
        dt = _numpy_dtype(descr)
        descr = dt.str
        if dt.names is not None or dt.subdtype is not None or descr[1:] not in _DESCR:
            raise UnsupportedFormatError(f"{name}: dtype {str(header.descr)[:60]!r} is not a tensor dtype", path=path,
                                         hint="structured and subarray dtypes have no tensor equivalent")
    order, code = descr[:1], descr[1:]
    dtype = _dt.by_name(_DESCR[code])
    shape = header.shape
    if not all(d >= 0 for d in shape):
        raise CorruptFileError(f"{name}: negative dimension in {shape}", path=path)
    nbytes = math.prod(shape) * dtype.itemsize
    stride = _fortran_stride(shape) if header.fortran_order else None
    if header.data_offset + nbytes > end:
        raise CorruptFileError(f"{name} holds fewer bytes than its shape needs", path=path,
                               hint="the file is truncated; re-save or re-download it")
    source = SliceSource(buf, header.data_offset, nbytes, what=name)
    storage = StorageRef(name, dtype, "cpu", nbytes, source, byteorder="big" if order == ">" else "little")
    return TensorRef(dtype=dtype, shape=shape, stride=stride, storage=storage), storage


def _parse(buf: Any, name: str, path: str) -> tuple[TensorRef, StorageRef]:
    try:
        header = read_npy_header(buf)
    except CorruptFileError as exc:
        raise CorruptFileError(f"{name}: {exc.message}", path=path) from None
    return _tensor(buf, header, name, path, len(buf))


def read_npy(path: str, buf: Any, size: int) -> Checkpoint:
    ref, storage = _parse(buf, "array", path)
    return Checkpoint(path, "numpy", {"array": ref}, file_size=size, buffer=buf, storages=[storage])


# --- .npz -------------------------------------------------------------------------------------

@dataclass
class NpzMember:
    """One zip entry ``numpy.load`` can reach: ``keys`` (what ``NpzFile[...]`` takes for it),
    ``name``, and where its bytes lie: the local header says ``data_offset``."""

    keys: tuple[str, ...]
    name: str
    info: zipfile.ZipInfo
    data_offset: int


class NpzArchive:
    """A zip as ``numpy.load`` opens it (``NpzFile``): ``members`` holds one entry per distinct
    name, the one stdlib zipfile resolves that name to (the last of duplicates), with the keys
    that reach it. Raises :class:`CorruptFileError` where ``zipfile.ZipFile`` refuses the archive."""

    def __init__(self, buf: Any):
        self.buf = buf
        # what zipfile raises on opening, numpy.load raises too: nothing is read (NotImplementedError:
        # a "version needed" past 6.3; anything else reaches the scanner's guard of this reading)
        try:
            self._zip = zipfile.ZipFile(BufferFile(buf))
        except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError, struct.error,
                NotImplementedError, OverflowError, IndexError, KeyError) as exc:
            raise CorruptFileError(f"zipfile refuses the archive ({type(exc).__name__}: {exc})") from None
        names = self._zip.namelist()
        # NpzFile: files = names without ".npy"; _files maps file -> name, then every name -> itself
        keys: dict[str, str] = dict(zip((n.removesuffix(".npy") for n in names), names, strict=True))
        keys.update(zip(names, names, strict=True))
        by_name: dict[str, list[str]] = {}
        for key, name in keys.items():
            by_name.setdefault(name, []).append(key)
        self.members: list[NpzMember] = []
        for name in dict.fromkeys(names):
            info = self._zip.getinfo(name)
            header = bytes(buf[info.header_offset:info.header_offset + 30])
            if len(header) < 30 or header[:4] != b"PK\x03\x04":
                continue  # zipfile raises BadZipFile: numpy reads nothing
            name_len, extra_len = struct.unpack_from("<HH", header, 26)
            self.members.append(NpzMember(tuple(by_name[name]), name, info,
                                          info.header_offset + 30 + name_len + extra_len))

    def read(self, member: NpzMember, *, limit: int | None = None) -> bytes:
        """The member's bytes as zipfile hands them out (at most its declared size), the first
        ``limit`` of them; never inflated past that. Raises :class:`CorruptFileError` where
        zipfile refuses the member (numpy.load then reads nothing of it)."""
        info = member.info
        size = info.file_size if limit is None else min(limit, info.file_size)
        if info.flag_bits & 0x1:
            raise CorruptFileError(f"{member.name}: encrypted (zipfile needs a password)")
        need(self.buf, member.data_offset, member.data_offset + info.compress_size)
        raw = memoryview(self.buf)[member.data_offset:member.data_offset + info.compress_size]
        try:
            if info.compress_type == zipfile.ZIP_STORED:
                return bytes(raw[:size])
            got = inflate_member(info.compress_type, raw, size=size)
        except TooLargeError as exc:
            raise CorruptFileError(f"{member.name}: {exc}") from None
        finally:
            raw.release()
        if got.error is not None and not got.data:
            raise CorruptFileError(f"{member.name}: zipfile cannot read the member ({got.error})")
        return got.data


def read_npz(path: str, buf: Any, size: int) -> Checkpoint:
    tree, storages = {}, []
    try:
        archive = NpzArchive(buf)
        for m in archive.members:
            info = m.info
            if info.compress_type == zipfile.ZIP_STORED and not info.flag_bits & 1:
                data, start = buf, m.data_offset
                stop = min(start + info.compress_size, len(buf))
            else:
                data, start = archive.read(m), 0
                stop = len(data)
            if bytes(data[start:start + 6]) != NPY_MAGIC:
                continue  # numpy.load returns such members as raw bytes
            try:
                header = read_npy_header(data, start=start, end=stop)
            except CorruptFileError as exc:
                raise CorruptFileError(f"{m.name}: {exc.message}") from None
            ref, storage = _tensor(data, header, m.keys[0], path, stop)
            tree[m.keys[0]] = ref
            storages.append(storage)
    except CorruptFileError as exc:
        raise exc.with_path(path) from None
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
