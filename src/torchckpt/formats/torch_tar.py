"""torch's oldest layout (before 0.4's legacy format settled): a tar with three members.

- ``storages``: a pickled count, then per storage a pickled ``(key, location, storage_type)``
  followed by an 8-byte element count and the raw bytes; then a pickled list of storage
  views ``(target_key, root_key, offset, numel)``;
- ``tensors``: a pickled count, then per tensor a pickled ``(key, storage_key, type)`` and
  binary ``ndim`` (int32 + 4 pad bytes), sizes, strides, storage offset (int64s);
- ``pickle``: the object, whose persistent ids name tensor keys (or module classes).
"""

from __future__ import annotations

import struct
import tarfile
from typing import Any

from ..allowlist import StorageType, resolve
from ..checkpoint import Checkpoint
from ..errors import CorruptFileError, UnsupportedFormatError
from ..model import StorageRef, TensorRef
from ..unpickler import unpickle
from .base import SliceSource

__all__ = ["read_tar"]


class _Reader:
    def __init__(self, buf, start: int, size: int, member: str):
        self.buf, self.pos, self.end, self.member = buf, start, start + size, member

    def pickle(self) -> Any:
        value, u = unpickle(self.buf, resolve=resolve, start=self.pos, entry=self.member)
        if u.end > self.end:
            raise CorruptFileError(f"pickle runs past the end of tar member {self.member!r}")
        self.pos = u.end
        return value

    def unpack(self, fmt: str) -> tuple:
        n = struct.calcsize(fmt)
        if self.pos + n > self.end:
            raise CorruptFileError(f"tar member {self.member!r} is truncated")
        values = struct.unpack_from(fmt, self.buf, self.pos)
        self.pos += n
        return values


def read_tar(path: str, buf, size: int) -> Checkpoint:
    try:
        with open(path, "rb") as f, tarfile.open(fileobj=f, mode="r:") as tar:
            members = {m.name: (m.offset_data, m.size) for m in tar.getmembers() if m.isfile()}
    except tarfile.TarError as exc:
        raise CorruptFileError(f"tar archive is damaged ({exc})", path=path) from None
    if not {"storages", "tensors", "pickle"} <= set(members):
        raise UnsupportedFormatError("a tar archive but not a PyTorch checkpoint", path=path,
                                     hint="torch's tar layout has 'storages', 'tensors' and 'pickle' members")
    storages: dict[str, StorageRef] = {}
    r = _Reader(buf, *members["storages"], "storages")
    count = r.pickle()
    if type(count) is not int or count < 0:
        raise CorruptFileError("bad storage count", path=path)
    for _ in range(count):
        record = r.pickle()
        if not isinstance(record, tuple) or len(record) != 3 or not isinstance(record[2], StorageType):
            raise CorruptFileError("malformed storage record", path=path, entry="storages")
        key, location, storage_type = record
        (numel,) = r.unpack("<q")
        nbytes = numel * storage_type.dtype.itemsize
        if numel < 0:
            raise CorruptFileError("negative storage size", path=path, entry="storages")
        storages[str(key)] = StorageRef(str(key), storage_type.dtype, str(location), nbytes,
                                        SliceSource(buf, r.pos, nbytes, what=f"storage {key!r}"))
        r.pos += nbytes
    for target, root, offset, numel in r.pickle():
        base = storages.get(str(root))
        if base is None:
            raise CorruptFileError(f"storage view of unknown storage {root!r}", path=path, entry="storages")
        itemsize = base.dtype.itemsize
        storages[str(target)] = StorageRef(str(target), base.dtype, base.location, numel * itemsize, base=base,
                                           base_offset=offset * itemsize)
    tensors: dict[str, TensorRef] = {}
    r = _Reader(buf, *members["tensors"], "tensors")
    for _ in range(r.pickle()):
        record = r.pickle()
        if not isinstance(record, tuple) or len(record) != 3:
            raise CorruptFileError("malformed tensor record", path=path, entry="tensors")
        key, storage_key, _ = record
        storage = storages.get(str(storage_key))
        if storage is None:
            raise CorruptFileError(f"tensor of unknown storage {storage_key!r}", path=path, entry="tensors")
        (ndim, _pad) = r.unpack("<ii")
        if not 0 <= ndim <= 64:
            raise CorruptFileError(f"tensor with {ndim} dimensions", path=path, entry="tensors")
        shape = r.unpack(f"<{ndim}q")
        stride = r.unpack(f"<{ndim}q")
        (offset,) = r.unpack("<q")
        tensors[str(key)] = TensorRef(dtype=storage.dtype, shape=tuple(shape), stride=tuple(stride),
                                      storage=storage, offset=offset)

    def persistent_load(pid: Any) -> Any:
        if isinstance(pid, tuple):
            return pid[0]  # (module class, source file, source)
        found = tensors.get(str(pid)) or storages.get(str(pid))
        if found is None:
            raise CorruptFileError(f"unknown tensor id {pid!r}")
        return found

    start, length = members["pickle"]
    tree, u = unpickle(buf, resolve=resolve, persistent_load=persistent_load, start=start, entry="pickle")
    if u.end > start + length:
        raise CorruptFileError("the 'pickle' member is truncated", path=path)
    globals_used = [f"{e.module}.{e.name}" for e in u.events if e.kind == "global"]
    return Checkpoint(path, "torch-legacy", tree, file_size=size, buffer=buf, storages=list(storages.values()),
                      globals_used=globals_used, info={"layout": "tar", "pickle_protocol": u.protocol})
