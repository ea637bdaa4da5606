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
from typing import Any

from ..allowlist import StorageType, resolve
from ..checkpoint import Checkpoint
from ..errors import CorruptFileError
from ..model import StorageRef
from ..unpickler import unpickle
from .base import BytesSource, SliceSource

__all__ = ["LEGACY_MAGIC", "read_pickle_stream", "storage_from_bytes"]

LEGACY_MAGIC = 0x1950A86A20F9469CFC6C
PROTOCOL_VERSION = 1001


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


def _read_legacy(path: str, buf, size: int, first_end: int, protocol: int) -> Checkpoint:
    version, u = unpickle(buf, resolve=resolve, start=first_end, entry="protocol version")
    if version != PROTOCOL_VERSION:
        raise CorruptFileError(f"legacy protocol version {version!r} is not {PROTOCOL_VERSION}", path=path)
    sys_info, u = unpickle(buf, resolve=resolve, start=u.end, entry="sys_info")
    storages = _LegacyStorages()
    tree, main = unpickle(buf, resolve=resolve, persistent_load=storages, start=u.end, entry="object")
    keys, u = unpickle(buf, resolve=resolve, start=main.end, entry="storage keys")
    if not isinstance(keys, list):
        raise CorruptFileError("legacy storage key list is not a list", path=path)
    pos = u.end
    for key in keys:
        key = str(key)
        root = storages.roots.get(key)
        if root is None:
            raise CorruptFileError(f"storage {key!r} is listed but no tensor uses it", path=path)
        if pos + 8 > size:
            raise CorruptFileError(f"storage {key!r} is missing (file truncated at byte {pos})", path=path,
                                   hint="the file was not written completely; re-save or re-download it")
        (numel,) = struct.unpack_from("<q", buf, pos)
        nbytes = numel * root.dtype.itemsize
        if numel < 0 or nbytes < root.nbytes:
            raise CorruptFileError(f"storage {key!r} records {numel} elements, fewer than its tensors use",
                                   path=path)
        root.nbytes = nbytes
        root.source = SliceSource(buf, pos + 8, nbytes, what=f"storage {key!r}")
        pos += 8 + nbytes
    missing = [k for k, s in storages.roots.items() if s.source is None]
    if missing:
        raise CorruptFileError(f"storages {missing[:3]} have no data", path=path)
    info = {"pickle_protocol": protocol, "sys_info": sys_info if isinstance(sys_info, dict) else None,
            "layout": "legacy", "trailing_bytes": size - pos}
    globals_used = [f"{e.module}.{e.name}" for e in main.events if e.kind == "global"]
    all_storages = list(storages.roots.values()) + list(storages.views.values())
    return Checkpoint(path, "torch-legacy", tree, file_size=size, buffer=None if isinstance(buf, bytes) else buf, storages=all_storages, globals_used=globals_used, info=info)


def read_pickle_stream(path: str, buf, size: int) -> Checkpoint:
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

