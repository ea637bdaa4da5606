"""Files that start with a pickle: torch's legacy format and plain pickles.

The legacy layout (``torch.save(..., _use_new_zipfile_serialization=False)`` and every file
from torch < 1.6) is five pickles back to back — the magic number, the protocol version
(1001), ``sys_info``, the object, the list of storage keys — followed, for each key in that
order, by an 8-byte little-endian element count and the storage's raw little-endian bytes.
Storage ids are ``('storage', type, root_key, location, numel, view_metadata)``; pickled
module classes are ``('module', cls, source_file, source)``.
"""

from __future__ import annotations

import struct
from collections.abc import Callable
from dataclasses import dataclass

from ..allowlist import StorageType, resolve
from ..checkpoint import Checkpoint
from ..errors import CorruptFileError
from ..model import StorageRef
from ..unpickler import Event, unpickle
from .base import BytesSource, SliceSource, need

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

__all__ = ["LEGACY_MAGIC", "LEGACY_ROLES", "LegacyStorage", "LegacyWalk", "read_pickle_stream", "storage_from_bytes",
           "walk_legacy"]

LEGACY_MAGIC = 0x1950A86A20F9469CFC6C
PROTOCOL_VERSION = 1001
# The five pickles, in file order
LEGACY_ROLES = ("magic number", "protocol version", "sys_info", "main object", "storage keys")


@dataclass
class LegacyStorage:
    """One raw storage after the pickles: its 8-byte element count at ``offset``, the data after it."""

    key: Any
    offset: int
    numel: int
    nbytes: int


@dataclass
class LegacyWalk:
    """The legacy layout as torch.load reads it: the pickled values, the raw storages, where it stops."""

    values: list[Any]               # pickles 2-5: protocol version, sys_info, main object, storage keys
    storages: list[LegacyStorage]
    end: int                        # where torch.load stops reading


def walk_legacy(buf: Any, pos: int, end: int, load: Callable[[int, int], tuple[Any, int]],
                itemsize_of: Callable[[Any], int | None]) -> LegacyWalk:
    """The one walk of the legacy layout after the magic number, shared by the reader and the
    scanner: pickles 2-5 (``load(index, pos)`` reads ``LEGACY_ROLES[index]`` at ``pos`` the way
    ``pickle.load(f)`` does and returns the value and the position after it), then, for each
    storage key in order, an int64 element count and ``count * itemsize`` raw bytes
    (``itemsize_of(key)``: the element size the main pickle declared, None if it declared none).

    Raises :class:`CorruptFileError` (with ``offset``) where the layout breaks; ``load`` raises
    for pickles that do not read."""
    values = []
    for index in range(1, 5):
        value, pos = load(index, pos)
        values.append(value)
    keys = values[-1]
    if not isinstance(keys, list):
        raise CorruptFileError("the legacy storage key list is not a list", offset=pos)
    storages = []
    for key in keys:
        itemsize = itemsize_of(key)
        if itemsize is None:
            raise CorruptFileError(f"storage {str(key)[:40]!r} is listed but no tensor uses it", offset=pos)
        if pos + 8 > end:
            raise CorruptFileError(f"storage {str(key)[:40]!r} is missing (file truncated at byte {pos})", offset=pos,
                                   hint="the file was not written completely; re-save or re-download it")
        need(buf, pos, pos + 8)
        (numel,) = struct.unpack_from("<q", buf, pos)
        if numel < 0:
            raise CorruptFileError(f"storage {str(key)[:40]!r} records a negative size", offset=pos)
        storages.append(LegacyStorage(key, pos, numel, numel * itemsize))
        pos += 8 + numel * itemsize
        if pos > end:
            raise CorruptFileError(f"storage {str(key)[:40]!r} runs past the end of the file (truncated)", offset=pos,
                                   hint="the file was not written completely; re-save or re-download it")
    return LegacyWalk(values, storages, pos)


class _LegacyStorages:
    """``persistent_load`` for the legacy layout; storages get their bytes after the main pickle."""

    def __init__(self) -> None:
        self.roots: dict[str, StorageRef] = {}
        self.views: dict[str, StorageRef] = {}

    def __call__(self, pid: Any) -> Any:
        if not isinstance(pid, tuple) or not pid:
            raise CorruptFileError(f"unknown persistent id {str(pid)[:60]!r}")
        kind = pid[0].decode() if isinstance(pid[0], bytes) else pid[0]
        if kind == "module":
            # ('module', cls, source_file, source): the class, which NEWOBJ then stubs
            if len(pid) < 2 or not hasattr(pid[1], "qualname"):
                raise CorruptFileError("malformed module id")
            return pid[1]
        if kind != "storage" or len(pid) < 5:
            raise CorruptFileError(f"unknown persistent id kind {kind!r}")
        storage_type, key, location, numel = pid[1:5]
        view = pid[5] if len(pid) > 5 else None
        if not isinstance(storage_type, StorageType):
            raise CorruptFileError(f"storage type {getattr(storage_type, 'qualname', storage_type)!r} is unknown")
        key = key.decode() if isinstance(key, bytes) else str(key)
        location = location.decode() if isinstance(location, bytes) else location
        if not isinstance(location, str) or type(numel) is not int or numel < 0:
            raise CorruptFileError("malformed storage id")
        dtype = storage_type.dtype
        root = self.roots.get(key)
        if root is None:
            root = self.roots[key] = StorageRef(key, dtype, location, numel * dtype.itemsize)
        if view is None:
            return root
        if not isinstance(view, tuple) or len(view) != 3:
            raise CorruptFileError("malformed storage view")
        view_key, offset, view_size = view
        if type(offset) is not int or type(view_size) is not int or offset < 0 or view_size < 0:
            raise CorruptFileError("malformed storage view")
        view_key = str(view_key)
        if view_key not in self.views:
            self.views[view_key] = StorageRef(view_key, dtype, location, view_size * dtype.itemsize, base=root,
                                              base_offset=offset * dtype.itemsize)
        return self.views[view_key]


def _read_legacy(path: str, buf: Any, size: int, first_end: int, protocol: int) -> Checkpoint:
    storages = _LegacyStorages()
    main_events: list[Event] = []

    def load(index: int, pos: int) -> tuple[Any, int]:
        value, u = unpickle(buf, resolve=resolve, persistent_load=storages if index == 3 else None, start=pos,
                            entry=LEGACY_ROLES[index])
        if index == 1 and value != PROTOCOL_VERSION:
            raise CorruptFileError(f"legacy protocol version {value!r} is not {PROTOCOL_VERSION}", path=path)
        if index == 3:
            main_events.extend(u.events)
        return value, u.end

    def itemsize_of(key: Any) -> int | None:
        root = storages.roots.get(str(key))
        return None if root is None else root.dtype.itemsize

    try:
        walk = walk_legacy(buf, first_end, size, load, itemsize_of)
    except CorruptFileError as exc:
        raise exc.with_path(path) from None
    _, sys_info, tree, _ = walk.values
    for s in walk.storages:
        root = storages.roots[str(s.key)]
        if s.nbytes < root.nbytes:
            raise CorruptFileError(f"storage {str(s.key)!r} records {s.numel} elements, fewer than its tensors use",
                                   path=path)
        root.nbytes = s.nbytes
        root.source = SliceSource(buf, s.offset + 8, s.nbytes, what=f"storage {s.key!r}")
    missing = [k for k, s in storages.roots.items() if s.source is None]
    if missing:
        raise CorruptFileError(f"storages {missing[:3]} have no data", path=path)
    info = {"pickle_protocol": protocol, "sys_info": sys_info if isinstance(sys_info, dict) else None,
            "layout": "legacy", "trailing_bytes": size - walk.end}
    globals_used = [f"{e.module}.{e.name}" for e in main_events if e.kind == "global"]
    all_storages = list(storages.roots.values()) + list(storages.views.values())
    return Checkpoint(path, "torch-legacy", tree, file_size=size, buffer=None if isinstance(buf, bytes) else buf,
                      storages=all_storages, globals_used=globals_used, info=info)


def read_pickle_stream(path: str, buf: Any, size: int) -> Checkpoint:
    """A file that starts with a pickle: torch legacy when it opens with the magic number."""
    first, u = unpickle(buf, resolve=resolve, entry="pickle")
    if type(first) is int and first == LEGACY_MAGIC:
        return _read_legacy(path, buf, size, u.end, u.protocol)
    globals_used = [f"{e.module}.{e.name}" for e in u.events if e.kind == "global"]
    if any(g.endswith(("multiarray._reconstruct", "numeric._frombuffer")) for g in globals_used):
        from .numpy import pickled_arrays_as_tensors

        first = pickled_arrays_as_tensors(first)
    info = {"pickle_protocol": u.protocol, "trailing_bytes": size - u.end}
    return Checkpoint(path, "pickle", first, file_size=size, buffer=buf, storages=None, globals_used=globals_used,
                      info=info)


def storage_from_bytes(data: bytes) -> StorageRef:
    """``torch.storage._load_from_bytes``: how ``pickle.dump`` of a tensor stores its storage
    (a whole legacy-format ``torch.save`` of the storage, inside the outer pickle's bytes)."""
    if not isinstance(data, (bytes, bytearray)):
        raise CorruptFileError("_load_from_bytes needs bytes")
    data = bytes(data)
    first, u = unpickle(data, resolve=resolve, entry="nested storage")
    if not (type(first) is int and first == LEGACY_MAGIC):
        raise CorruptFileError("nested storage bytes are not a legacy torch file")
    ckpt = _read_legacy("<nested>", data, len(data), u.end, u.protocol)
    if not isinstance(ckpt.tree, StorageRef):
        raise CorruptFileError("nested storage bytes hold no storage")
    storage = ckpt.tree
    if storage.source is not None and storage.base is None:
        storage.source = BytesSource(storage.source.view(0, storage.nbytes).tobytes(), what="nested storage")
    return storage

