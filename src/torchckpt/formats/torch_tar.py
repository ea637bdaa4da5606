"""torch's oldest layout (before 0.4's legacy format settled): a tar with three members.

- ``storages``: a pickled count, then per storage a pickled ``(key, location, storage_type)``
  followed by an 8-byte element count and the raw bytes; then a pickled list of storage
  views ``(target_key, root_key, offset, numel)``;
- ``tensors``: a pickled count, then per tensor a pickled ``(key, storage_key, type)`` and
  binary ``ndim`` (int32 + 4 pad bytes), sizes, strides, storage offset (int64s);
- ``pickle``: the object, whose persistent ids name tensor keys (or module classes).

torch reads ``storages`` and ``tensors`` with ``tar.extract`` and ``pickle`` with
``tar.extractfile``, each looked up by name as tarfile looks names up; the archive is listed
by :mod:`._tar` (tarfile itself). :func:`walk_storages` and :func:`walk_tensors` are the one
walk of the two record members, shared with the scanner: the caller says how a pickle at a
position is read (``load``), the walk does the rest.
"""

from __future__ import annotations

import struct
from collections.abc import Callable
from dataclasses import dataclass

from ..allowlist import StorageType, resolve
from ..checkpoint import Checkpoint
from ..errors import CorruptFileError, UnsupportedFormatError
from ..model import StorageRef, TensorRef
from ..unpickler import unpickle
from . import _tar
from .base import SliceSource, need

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

__all__ = ["StorageRecord", "TensorRecord", "read_tar", "walk_storages", "walk_tensors"]

# load(position) -> (value, position after it): one ``pickle.load(f)`` of the member file
if TYPE_CHECKING:
    Load = Callable[[int], tuple[Any, int]]
_MAX_NDIM = 64


@dataclass
class StorageRecord:
    """One storage of the tar layout's ``storages`` member."""

    key: Any
    location: Any
    storage_type: StorageType
    numel: int
    data_offset: int        # in the member


@dataclass
class TensorRecord:
    """One tensor of the tar layout's ``tensors`` member."""

    key: Any
    storage_key: Any
    shape: tuple[int, ...]
    stride: tuple[int, ...]
    offset: int


def _count(value: Any, what: str, pos: int) -> int:
    if type(value) is not int or value < 0:
        raise CorruptFileError(f"the {what} count is not a number", entry=what, offset=pos)
    return value


def walk_storages(buf: Any, start: int, end: int, load: Load) -> tuple[list[StorageRecord], Any, int]:
    """The ``storages`` member in ``buf[start:end]``: its records, the views list and where the
    walk ended. Raises :class:`CorruptFileError` (with ``offset`` in the member) where the
    layout breaks; ``load`` raises for pickles that do not read."""
    count, pos = load(start)
    records = []
    for _ in range(_count(count, "storages", 0)):
        if pos >= end:
            raise CorruptFileError("the storages member ends before its last record", entry="storages",
                                   offset=pos - start)
        record, pos = load(pos)
        if not isinstance(record, tuple) or len(record) != 3 or not isinstance(record[2], StorageType):
            raise CorruptFileError("a storage record has no known storage type", entry="storages",
                                   offset=pos - start)
        if pos + 8 > end:
            raise CorruptFileError("a storage record runs past the end of the member (truncated)",
                                   entry="storages", offset=pos - start)
        need(buf, pos, pos + 8)
        (numel,) = struct.unpack_from("<q", buf, pos)
        if numel < 0:
            raise CorruptFileError("negative storage size", entry="storages", offset=pos - start)
        records.append(StorageRecord(record[0], record[1], record[2], numel, pos + 8))
        pos += 8 + numel * record[2].dtype.itemsize
        if pos > end:
            raise CorruptFileError("a storage runs past the end of the member (truncated)", entry="storages",
                                   offset=pos - start)
    views, pos = load(pos)
    return records, views, pos


def walk_tensors(buf: Any, start: int, end: int, load: Load) -> tuple[list[TensorRecord], int]:
    """The ``tensors`` member in ``buf[start:end]``: its records and where the walk ended."""
    count, pos = load(start)
    records = []

    def unpack(fmt: str) -> tuple[Any, ...]:
        nonlocal pos
        size = struct.calcsize(fmt)
        if pos + size > end:
            raise CorruptFileError("a tensors record runs past the end of the member (truncated)", entry="tensors",
                                   offset=pos - start)
        need(buf, pos, pos + size)
        values = struct.unpack_from(fmt, buf, pos)
        pos += size
        return values

    for _ in range(_count(count, "tensors", 0)):
        if pos >= end:
            raise CorruptFileError("the tensors member ends before its last record", entry="tensors",
                                   offset=pos - start)
        record, pos = load(pos)
        if not isinstance(record, tuple) or len(record) != 3:
            raise CorruptFileError("malformed tensor record", entry="tensors", offset=pos - start)
        ndim, _pad = unpack("<ii")
        if not 0 <= ndim <= _MAX_NDIM:
            raise CorruptFileError(f"a tensor with {ndim} dimensions", entry="tensors", offset=pos - start)
        shape, stride = unpack(f"<{ndim}q"), unpack(f"<{ndim}q")
        (offset,) = unpack("<q")
        records.append(TensorRecord(record[0], record[1], tuple(shape), tuple(stride), offset))
    return records, pos


class _TarReadError(Exception):
    """tarfile would raise ReadError here (a member cut short): torch.load reads the file as a pickle."""


def _as_torch_falls_back(path: str, buf: Any, size: int) -> Checkpoint:
    """torch.load catches ``tarfile.TarError`` anywhere in its tar reading and reads the file
    as the magic-number pickle layout instead: so does the reader."""
    from .torch_legacy import read_pickle_stream

    return read_pickle_stream(path, buf, size)


def read_tar(path: str, buf: Any, size: int) -> Checkpoint:
    """The tar layout, or, where tarfile gives up on the archive, what torch.load reads then."""
    try:
        return _read_tar(path, buf, size)
    except _TarReadError:
        return _as_torch_falls_back(path, buf, size)


def _read_tar(path: str, buf: Any, size: int) -> Checkpoint:
    try:
        listing = _tar.list_tar(buf)
    except _tar.TarTooCostly as exc:
        raise CorruptFileError(f"the tar archive is too costly to read ({exc})", path=path) from None
    if listing.outcome != "tar" or listing.error:
        if listing.error_is_tar_error:
            return _as_torch_falls_back(path, buf, size)
        raise CorruptFileError(f"tar archive is damaged ({listing.error})", path=path)

    hows = dict(_tar.TORCH_MEMBERS)

    def member(name: str) -> tuple[Any, int, int]:
        found = listing.resolve(name, how=hows[name])
        if found.member is None:
            raise UnsupportedFormatError(f"a tar archive but not a PyTorch checkpoint: {found.detail}", path=path,
                                         hint="torch's tar layout has 'storages', 'tensors' and 'pickle' members")
        data, start, stop, complete = _tar.member_span(buf, listing, found.member, how=hows[name])
        if not complete:
            raise _TarReadError(f"tar member {name!r} is truncated")
        return data, start, stop

    def loader(data: Any, end: int, entry: str) -> Load:
        def load(pos: int) -> tuple[Any, int]:
            value, u = unpickle(data, resolve=resolve, start=pos, entry=entry)
            if u.end > end:
                raise CorruptFileError(f"pickle runs past the end of tar member {entry!r}", path=path)
            return value, u.end
        return load

    try:
        view, start, stop = member("storages")
        records, views, _ = walk_storages(view, start, stop, loader(view, stop, "storages"))
        storages: dict[str, StorageRef] = {}
        for r in records:
            nbytes = r.numel * r.storage_type.dtype.itemsize
            storages[str(r.key)] = StorageRef(str(r.key), r.storage_type.dtype, str(r.location), nbytes,
                                              SliceSource(view, r.data_offset, nbytes, what=f"storage {r.key!r}"))
        for target, root, offset, numel in views:
            base = storages.get(str(root))
            if base is None:
                raise CorruptFileError(f"storage view of unknown storage {root!r}", path=path, entry="storages")
            itemsize = base.dtype.itemsize
            storages[str(target)] = StorageRef(str(target), base.dtype, base.location, numel * itemsize, base=base,
                                               base_offset=offset * itemsize)
        view, start, stop = member("tensors")
        tensors: dict[str, TensorRef] = {}
        for t in walk_tensors(view, start, stop, loader(view, stop, "tensors"))[0]:
            storage = storages.get(str(t.storage_key))
            if storage is None:
                raise CorruptFileError(f"tensor of unknown storage {t.storage_key!r}", path=path, entry="tensors")
            tensors[str(t.key)] = TensorRef(dtype=storage.dtype, shape=t.shape, stride=t.stride, storage=storage,
                                            offset=t.offset)
    except CorruptFileError as exc:
        raise exc.with_path(path) from None

    def persistent_load(pid: Any) -> Any:
        if isinstance(pid, tuple):
            return pid[0]  # (module class, source file, source)
        found = tensors.get(str(pid)) or storages.get(str(pid))
        if found is None:
            raise CorruptFileError(f"unknown tensor id {pid!r}")
        return found

    view, start, stop = member("pickle")
    tree, u = unpickle(view, resolve=resolve, persistent_load=persistent_load, start=start, entry="pickle")
    if u.end > stop:
        raise CorruptFileError("the 'pickle' member is truncated", path=path)
    globals_used = [f"{e.module}.{e.name}" for e in u.events if e.kind == "global"]
    return Checkpoint(path, "torch-legacy", tree, file_size=size, buffer=buf, storages=list(storages.values()),
                      globals_used=globals_used, info={"layout": "tar", "pickle_protocol": u.protocol})
