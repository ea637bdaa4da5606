"""List a ``torch.distributed.checkpoint`` (DCP) directory's tensors without torch.

A DCP save is a directory: ``.metadata`` (a pickled ``Metadata`` dataclass) and one or more
``.distcp`` files. ``.metadata`` is read with torchckpt's own unpickler; DCP's classes are
not on the allowlist, so they come back as :class:`~torchckpt.model.ObjectStub` and their
pickled state is read field by field:

- ``state_dict_metadata``: ``{fqn: TensorStorageMetadata(properties=TensorProperties(dtype,
  ...), size, chunks=[ChunkStorageMetadata(offsets, sizes)]) | BytesStorageMetadata()}``;
- ``storage_data``: ``{MetadataIndex(fqn, offset, index): _StorageInfo(relative_path,
  offset, length, transform_descriptors)}``: where each chunk's bytes are.

With the default ``torch_save`` serialization each chunk's byte range holds a tiny
``torch.save`` zip of that chunk; :meth:`DCPChunk.raw_range` finds the tensor bytes inside
it. Chunks written with transforms (compression) report their ``transforms`` and have no
raw range.

>>> meta = read_dcp_metadata("ckpts/ckpt-00000100.dcp")                 # doctest: +SKIP
>>> meta.tensors["model.fc.weight"].shape, meta.tensors["model.fc.weight"].chunks[0].file  # doctest: +SKIP
((10, 512), '__0_0.distcp')
"""

from __future__ import annotations

import math
import os
from dataclasses import dataclass, field
from typing import Any

from .._remote import in_folder, is_url, join_url
from ..checkpoint import Checkpoint
from ..dtypes import DType
from ..errors import CorruptFileError, UnsafePathError, UnsupportedFormatError
from ..model import ObjectStub, StorageRef, TensorRef
from .base import SliceSource, close_quietly

__all__ = ["DCPChunk", "DCPItem", "DCPMetadata", "DCPObject", "DCPTensor", "read_dcp", "read_dcp_metadata"]

_META = "torch.distributed.checkpoint.metadata."


def beside(directory: str | os.PathLike[str], name: str) -> str:
    """The path of ``name`` (a file the checkpoint names, already checked by
    :func:`~torchckpt.formats.base.contained_path`) in :attr:`DCPMetadata.path`."""
    directory = os.fspath(directory)
    return join_url(directory, name) if is_url(directory) else os.path.join(directory, name)


@dataclass(frozen=True)
class DCPChunk:
    """One stored piece of a tensor: ``sizes`` at ``offsets`` within the full tensor, stored
    at ``[offset, offset + length)`` of ``file`` (relative to the checkpoint directory)."""

    offsets: tuple[int, ...]
    sizes: tuple[int, ...]
    file: str
    offset: int
    length: int
    transforms: tuple[str, ...] = ()

    def raw_range(self, directory: str | os.PathLike[str], *, itemsize: int) -> tuple[int, int]:
        """``(offset, nbytes)`` of this chunk's raw (C-order) tensor bytes in :attr:`file`."""
        offset, nbytes, stride = self.stored_range(directory, itemsize=itemsize)
        if stride is not None:
            raise CorruptFileError("chunk is not stored in C order", path=beside(directory, self.file),
                                   entry=f"bytes {self.offset}..{self.offset + self.length}")
        return offset, nbytes

    def stored_range(self, directory: str | os.PathLike[str], *, itemsize: int,
                     mapped: Any = None) -> tuple[int, int, tuple[int, ...] | None]:
        """``(offset, nbytes, stride)`` of this chunk's tensor bytes in :attr:`file`: ``stride`` is
        None for C order, else the element strides of a dense permuted layout (channels_last).
        ``mapped``: the caller's map of a remote :attr:`file`, read instead of opening it again."""
        nbytes = math.prod(self.sizes) * itemsize
        if self.transforms:
            raise UnsupportedFormatError(f"chunk is stored with transforms {list(self.transforms)}",
                                         path=beside(directory, self.file),
                                         hint="only untransformed chunks have a raw byte range")
        from ..allowlist import resolve
        from ..model import TensorRef
        from ..unpickler import unpickle
        from ._zip import ZipArchive
        from .torch_zip import storage_loader

        path = beside(directory, self.file)
        # A map from an aligned start to the zip's last byte; the archive's offsets count from its
        # own first byte (torch.load reads the chunk on its own), ``start`` bytes into the map.
        buf, start = _chunk_map(path, self.offset, self.length, mapped)
        try:
            head = buf[self.offset - start:self.offset - start + 4]
        except BaseException:
            close_quietly(buf)
            raise
        if head != b"PK\x03\x04":
            buf.close()
            if self.length != nbytes:
                raise CorruptFileError(f"chunk holds {self.length} bytes, its shape needs {nbytes}", path=path)
            return self.offset, nbytes, None  # raw bytes (safetensors-style serialization)
        where = f"bytes {self.offset}..{self.offset + self.length}"
        archive = load = tensor = None
        try:
            archive = ZipArchive(buf, path=path, start=self.offset - start)
            pickles = [n for n in archive.entries if n.endswith("data.pkl")]
            if len(pickles) != 1:
                raise CorruptFileError("chunk is not a torch.save archive", path=path, entry=where)
            folder = pickles[0][:-len("data.pkl")]
            load = storage_loader(archive, folder)
            tensor, _ = unpickle(archive.read(pickles[0]), resolve=resolve, persistent_load=load, entry=where)
            # C order, or a permutation of it (channels_last) that fills exactly its bytes
            if (not isinstance(tensor, TensorRef) or tensor.storage is None or tensor.nbytes != nbytes
                    or tensor.storage.byteorder != "little"
                    or not (tensor.is_contiguous or (tensor.span_bytes == nbytes and tensor.stride is not None
                                                     and all(s > 0 for s in tensor.stride)))):
                raise CorruptFileError("chunk is not one contiguous tensor of the recorded shape", path=path,
                                       entry=where)
            tensor.check_bounds()
            entry = archive.entries[f"{folder}data/{tensor.storage.key}"]
            if not entry.is_stored:
                raise CorruptFileError("chunk's storage is compressed", path=path, entry=where)
            stride = None if tensor.is_contiguous else tensor.stride
            return start + entry.data_offset + tensor.offset * tensor.dtype.itemsize, nbytes, stride
        finally:
            archive = load = tensor = None  # drop what refers to the map before closing it
            close_quietly(buf)


def _chunk_map(path: str, offset: int, length: int, mapped: Any = None) -> tuple[Any, int]:
    """``(map, start)``: a read-only map of ``path`` from ``start`` (``offset`` rounded down to
    the map granularity) to the chunk's last byte, so that a zip in the chunk ends where the map
    does; a file behind a URL maps lazily (only what the zip reader reads is fetched), through
    ``mapped`` when the caller has its map already."""
    import mmap

    def check(size: int) -> None:
        if offset < 0 or length < 4 or offset + length > size:
            raise CorruptFileError(f"chunk at byte {offset} ({length} bytes) runs past the end", path=path,
                                   hint="the checkpoint is truncated")

    start = offset - offset % mmap.ALLOCATIONGRANULARITY if offset >= 0 else 0
    if is_url(path):
        from .._remote import open_url

        whole = mapped if mapped is not None else open_url(path)[0]
        try:
            check(len(whole))
            return whole.window(start, offset + length), start
        finally:
            if whole is not mapped:
                whole.close()
    with open(path, "rb") as f:
        check(os.fstat(f.fileno()).st_size)
        return mmap.mmap(f.fileno(), offset + length - start, offset=start, access=mmap.ACCESS_READ), start


@dataclass(frozen=True)
class DCPTensor:
    """A tensor of the checkpoint: its full ``shape`` and the chunks that store it."""

    name: str
    dtype: str
    itemsize: int
    shape: tuple[int, ...]
    chunks: tuple[DCPChunk, ...]

    @property
    def nbytes(self) -> int:
        return math.prod(self.shape) * self.itemsize


@dataclass(frozen=True)
class DCPObject:
    """A non-tensor value (pickled by ``torch.save`` into the byte range)."""

    name: str
    file: str
    offset: int
    length: int


@dataclass(frozen=True)
class DCPItem:
    """One ``storage_data`` entry: where ``fqn``'s bytes (a tensor chunk, or a pickled object
    when ``is_bytes``: DCP loads those with ``torch.load(weights_only=False)``) are stored."""

    fqn: str
    file: str
    offset: int
    length: int
    transforms: tuple[str, ...]
    is_bytes: bool


@dataclass
class DCPMetadata:
    """A DCP directory's ``.metadata``: its tensors, objects and items, and what is wrong with it.
    ``path`` is the directory, or for a checkpoint behind a URL the URL of its ``.metadata`` (the
    files are named beside it: :func:`beside`)."""

    path: str
    version: str | None
    tensors: dict[str, DCPTensor] = field(default_factory=dict)
    objects: dict[str, DCPObject] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)
    unsafe_paths: list[UnsafePathError] = field(default_factory=list)
    items: list[DCPItem] = field(default_factory=list)

    @property
    def files(self) -> list[str]:
        """The data files the chunks and objects live in."""
        names = {c.file for t in self.tensors.values() for c in t.chunks} | {o.file for o in self.objects.values()}
        return sorted(names)


def _stub_attrs(value: Any, cls: str, path: str) -> dict[str, Any]:
    if not isinstance(value, ObjectStub) or not value.cls.endswith(cls):
        raise CorruptFileError(f"expected a {cls}, found {type(value).__name__} "
                               f"{getattr(value, 'cls', '')}".rstrip(), path=path, entry=".metadata")
    return value.attrs


def _ints(value: Any) -> tuple[int, ...]:
    if value is None:
        return ()
    if not isinstance(value, (tuple, list)) or not all(type(v) is int for v in value):
        raise CorruptFileError(f"expected a tuple of ints, found {value!r:.60}")
    return tuple(value)


def _dtype(properties: Any, path: str) -> DType:
    if isinstance(properties, ObjectStub):
        state = properties.state
        # TensorProperties pickles a tuple (dtype, layout, requires_grad, memory_format, pin_memory)
        if isinstance(state, tuple) and state and isinstance(state[0], DType):
            return state[0]
        dtype = properties.attrs.get("dtype")
        if isinstance(dtype, DType):
            return dtype
    raise CorruptFileError("a tensor's properties have no dtype", path=path, entry=".metadata")


def read_dcp_metadata(path: str | os.PathLike[str], *, refuse_unsafe_paths: bool = True) -> DCPMetadata:
    """Parse a DCP checkpoint's ``.metadata`` (``path``: the directory or the file) without torch.

    Every ``relative_path`` must name a file inside the checkpoint's folder (torch joins it to
    the folder, so an absolute path or ``..`` reads any file): the first that does not raises
    :class:`UnsafePathError`, or, with ``refuse_unsafe_paths=False``, all of them are listed in
    :attr:`DCPMetadata.unsafe_paths` and left out of the tensors and objects."""
    from ..allowlist import resolve
    from ..unpickler import unpickle
    from .base import contained_path, map_file

    path = os.fspath(path)
    remote = is_url(path)
    if remote:   # the folder's URL (ending in /): its files are named beside its .metadata
        meta_path = in_folder(path, ".metadata") or path
        directory = meta_path
    else:
        meta_path = os.path.join(path, ".metadata") if os.path.isdir(path) else path
        directory = os.path.dirname(meta_path)
    buf, _ = map_file(meta_path)
    try:
        root, _ = unpickle(buf, resolve=resolve, entry=".metadata")
    except CorruptFileError as exc:
        raise exc.with_path(meta_path) from None
    finally:
        close_quietly(buf)
    attrs = _stub_attrs(root, "Metadata", meta_path)
    version = attrs.get("version")
    result = DCPMetadata(path=directory, version=version if isinstance(version, str) else None)

    locations: dict[tuple[str, tuple[int, ...] | None], tuple[str, int, int, tuple[str, ...]]] = {}
    storage_data = attrs.get("storage_data") or {}
    if not isinstance(storage_data, dict):
        raise CorruptFileError("storage_data is not a mapping", path=meta_path, entry=".metadata")
    byte_items = {str(name) for name, item in (attrs.get("state_dict_metadata") or {}).items()
                  if isinstance(item, ObjectStub) and item.cls.endswith("BytesStorageMetadata")}
    for index, info in storage_data.items():
        idx = _stub_attrs(index, "MetadataIndex", meta_path)
        where = _stub_attrs(info, "_StorageInfo", meta_path)
        offset = idx.get("offset")
        key = (str(idx.get("fqn")), _ints(offset) if offset is not None else None)
        relative = where.get("relative_path")
        try:
            contained_path(directory, relative, path=meta_path, what=f"the storage of {str(key[0])[:80]!r}: file")
        except UnsafePathError as exc:
            if refuse_unsafe_paths:
                raise
            result.unsafe_paths.append(exc)
            continue
        if not isinstance(relative, str):  # (contained_path refuses anything else)
            continue
        transforms = tuple(str(t) for t in (where.get("transform_descriptors") or ()))
        start, length = where.get("offset", 0), where.get("length", -1)
        if type(start) is not int or type(length) is not int:
            raise CorruptFileError(f"the storage of {str(key[0])[:80]!r} has a malformed byte range", path=meta_path,
                                   entry=".metadata")
        locations[key] = (relative, start, length, transforms)
        result.items.append(DCPItem(key[0], relative, start, length, transforms,
                                    key[0] in byte_items and key[1] is None))
    result.items.sort(key=lambda item: (item.file, item.offset))

    for name, item in (attrs.get("state_dict_metadata") or {}).items():
        name = str(name)
        if isinstance(item, ObjectStub) and item.cls.endswith("BytesStorageMetadata"):
            stored = locations.get((name, None))
            if stored is None:
                result.problems.append(f"{name}: no storage entry")
                continue
            result.objects[name] = DCPObject(name, stored[0], stored[1], stored[2])
            continue
        tattrs = _stub_attrs(item, "TensorStorageMetadata", meta_path)
        dtype = _dtype(tattrs.get("properties"), meta_path)
        chunks = []
        for chunk in tattrs.get("chunks") or []:
            cattrs = _stub_attrs(chunk, "ChunkStorageMetadata", meta_path)
            offsets, sizes = _ints(cattrs.get("offsets")), _ints(cattrs.get("sizes"))
            stored = locations.get((name, offsets))
            if stored is None:
                result.problems.append(f"{name}: chunk at {list(offsets)} has no storage entry")
                continue
            chunks.append(DCPChunk(offsets, sizes, stored[0], stored[1], stored[2], stored[3]))
        result.tensors[name] = DCPTensor(name, dtype.name, dtype.itemsize, _ints(tattrs.get("size")), tuple(chunks))
    return result


class _RowBlocks:
    """A tensor sharded along dim 0 into row blocks: its C-order bytes are the blocks' bytes
    one after another. Views inside one block are zero-copy; views across blocks are joined."""

    __slots__ = ("parts", "starts")

    def __init__(self, parts: list[SliceSource]):
        self.parts = parts
        self.starts = [0]
        for part in parts:
            self.starts.append(self.starts[-1] + part.length)

    def view(self, offset: int, nbytes: int) -> memoryview:
        end = offset + nbytes
        if offset < 0 or end > self.starts[-1]:
            raise CorruptFileError(f"sharded tensor holds {self.starts[-1]} bytes but {end} are needed")
        pieces = []
        for part, start, stop in zip(self.parts, self.starts, self.starts[1:]):
            lo, hi = max(offset, start), min(end, stop)
            if lo < hi:
                pieces.append(part.view(lo - start, hi - lo))
        return pieces[0] if len(pieces) == 1 else memoryview(b"".join(pieces))


def _row_blocks(tensor: DCPTensor) -> list[DCPChunk] | None:
    """The chunks in order when they tile the tensor as whole row blocks, else None."""
    chunks = sorted(tensor.chunks, key=lambda c: c.offsets)
    if not tensor.shape:
        return chunks if len(chunks) == 1 else None
    row = 0
    for chunk in chunks:
        if (len(chunk.offsets) != len(tensor.shape) or chunk.offsets[0] != row or any(chunk.offsets[1:])
                or tuple(chunk.sizes[1:]) != tuple(tensor.shape[1:])):
            return None
        row += chunk.sizes[0]
    return chunks if row == tensor.shape[0] else None


def read_dcp(path: str) -> Checkpoint:
    """Open a DCP directory as a :class:`Checkpoint` (format ``dcp``); names are DCP's fqns.

    Tensors stored whole, or sharded into row blocks along dim 0 (FSDP's layout), read like
    any other tensor; other shardings are listed with ``kind="sharded"``.
    """
    from .. import dtypes as _dt
    from .base import SliceSource, map_file

    meta = read_dcp_metadata(path)
    remote = is_url(meta.path)
    maps: dict[str, Any] = {}
    flat: dict[str, TensorRef] = {}
    storages: list[StorageRef] = []
    try:
        for name, info in meta.tensors.items():
            dtype = _dt.by_name(info.dtype)
            chunks = _row_blocks(info)
            if chunks is None or any(c.transforms for c in chunks):
                flat[name] = TensorRef(dtype=dtype, shape=info.shape, stride=None, storage=None, kind="sharded",
                                       extra={"chunks": len(info.chunks)})
                continue
            parts, strides = [], []
            for chunk in chunks:
                if remote and chunk.file not in maps:   # opened once: each open of a URL is a request
                    maps[chunk.file] = map_file(beside(meta.path, chunk.file))[0]
                offset, nbytes, stride = chunk.stored_range(meta.path, itemsize=dtype.itemsize,
                                                            mapped=maps.get(chunk.file))
                if chunk.file not in maps:
                    maps[chunk.file] = map_file(beside(meta.path, chunk.file))[0]
                parts.append(SliceSource(maps[chunk.file], offset, nbytes, what=f"{name} in {chunk.file}"))
                strides.append(stride)
            if len(parts) > 1 and any(strides):  # permuted row blocks do not join into one layout
                flat[name] = TensorRef(dtype=dtype, shape=info.shape, stride=None, storage=None, kind="sharded",
                                       extra={"chunks": len(info.chunks)})
                continue
            source = parts[0] if len(parts) == 1 else _RowBlocks(parts)
            storage = StorageRef(name, dtype, "cpu", info.nbytes, source)
            storages.append(storage)
            flat[name] = TensorRef(dtype=dtype, shape=info.shape, stride=strides[0], storage=storage)
    except BaseException:
        for buf in maps.values():
            close_quietly(buf)
        raise
    # DCP flattens {"model": state_dict, "optim": ...} into "model.fc.weight"...; nesting on the
    # first dot gives that shape back (so --key model works) and leaves every name as it was.
    tree: dict[str, Any] = {}
    for name, ref in flat.items():
        head, dot, rest = name.partition(".")
        group = tree.setdefault(head, {}) if dot else None
        if dot and isinstance(group, dict):
            group[rest] = ref
        else:
            tree[name] = ref
    if remote:
        from .._remote import remote_size

        size = sum(len(maps[f]) if f in maps else remote_size(beside(meta.path, f)) for f in meta.files)
        size += remote_size(meta.path)
    else:
        files = [os.path.join(meta.path, f) for f in meta.files] + [os.path.join(meta.path, ".metadata")]
        size = sum(os.path.getsize(f) for f in files if os.path.exists(f))
    details = {"layout": "dcp", "dcp_version": meta.version, "files": meta.files, "objects": sorted(meta.objects),
               "problems": meta.problems}
    return Checkpoint(path, "dcp", tree, file_size=size, buffer=list(maps.values()), storages=storages, info=details)
