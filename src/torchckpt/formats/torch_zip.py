"""Zip containers: ``torch.save`` archives (torch >= 1.6), TorchScript archives and ``.npz``.

A torch archive is ``<folder>/data.pkl`` (the pickle), ``<folder>/data/<key>`` (one entry per
storage, stored uncompressed and 64-byte aligned), ``byteorder``, ``.format_version``...
The folder name is arbitrary (older torch used the file's stem). TorchScript adds
``constants.pkl`` and ``code/``; its module classes are ``__torch__.*`` and their parameter
and buffer lists live in the code files.

Records are found the way torch's reader finds them (:class:`~._zip.ZipArchive`): the folder is
the first entry's, and names are looked up case-insensitively.
"""

from __future__ import annotations

import itertools
from array import array

from .. import _regex
from ..allowlist import StorageType, plain_tensors, resolve
from ..checkpoint import Checkpoint
from ..errors import CorruptFileError, UnsupportedFormatError
from ..model import ObjectStub, StorageRef, TensorRef
from ..parsed import ParsedFile
from ..unpickler import gc_paused, unpickle
from ._zip import ZipArchive, ZipEntry
from .base import BytesSource, SliceSource, is_lazy

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Any, Protocol

    from ..dtypes import DType
    from ..vocab import FormatName

__all__ = ["read_zip", "storage_loader"]


class _EntrySource:
    """A zip entry's bytes: in place when stored, decompressed once when deflated. The entry (its
    local header read) is made at the first read, and kept by the archive: a checkpoint of 100k
    storages is opened without making 100k entries."""

    __slots__ = ("_data", "archive", "index")

    def __init__(self, archive: ZipArchive, index: int):
        self.archive, self.index = archive, index
        self._data: BytesSource | None = None

    @property
    def entry(self) -> ZipEntry:
        return self.archive.entry(self.index)

    @property
    def buf(self) -> Any:
        """What :meth:`span` counts in: the archive's bytes."""
        return self.archive.buf

    def span(self) -> tuple[int, int] | None:
        """Where the bytes lie in :attr:`buf` (stored entries), for fetching them ahead."""
        entry = self.entry
        return (entry.data_offset, entry.data_offset + entry.size) if entry.is_stored else None

    def view(self, offset: int, nbytes: int) -> memoryview:
        entry = self.entry
        if entry.is_stored:
            return SliceSource(self.archive.buf, entry.data_offset, entry.size,
                               what=f"entry {entry.name!r}").view(offset, nbytes)
        if self._data is None:
            self._data = BytesSource(self.archive.view(entry), what=f"entry {entry.name!r}")
        return self._data.view(offset, nbytes)


if TYPE_CHECKING:  # a type only: no runtime class (typing stays off the start-up path)
    class StorageLoader(Protocol):
        """What :func:`storage_loader` returns: a ``persistent_load`` that keeps the storages it made."""

        cache: dict[str, StorageRef]

        def __call__(self, pid: Any, /) -> StorageRef: ...


def storage_loader(archive: ZipArchive, folder: str, *, byteorder: str = "little",
                   data_dir: str = "data/") -> StorageLoader:
    """A ``persistent_load`` for torch's ``('storage', type, key, location, numel)`` ids.

    The same key always gives the same :class:`StorageRef`: that is how shared storages
    (tied weights, views) are recognised.
    """
    cache: dict[str, StorageRef] = {}
    where = f"{folder}{data_dir}"
    find = archive.storage_finder(where)
    numbers = archive.storage_numbers(where)
    numbered, sizes = numbers if numbers is not None else (array("q"), array("Q"))
    limit, stored_size = len(numbered), archive.stored_size
    # by the class's identity (a frozen dataclass hashes its fields in Python: once per record of an
    # optimizer's state), the class kept alive beside its maker so that the identity stays its own
    makers: dict[tuple[int, str], tuple[StorageType, Callable[[str, int, int], StorageRef | None]]] = {}

    def storages(tag: Any, storage_type: Any, location: Any) -> Callable[[str, int, int], StorageRef | None] | None:
        """The reading of the ids torch writes, ``(tag, storage_type, key, location, numel)`` with
        these three: ``make(key, number, numel)`` returns load's storage for the id, None where load's
        checks below decide (``number``: the key's decimal value, -1 when unknown). For load's own
        fast branch and :class:`~torchckpt.unpickler.PlainTensors`."""
        if type(tag) is not str or tag != "storage" or type(storage_type) is not StorageType \
                or type(location) is not str:
            return None
        got = makers.get((id(storage_type), location))
        if got is None:
            got = makers[(id(storage_type), location)] = (storage_type, maker(storage_type.dtype, location))
        return got[1]

    def maker(dtype: DType, location: str) -> Callable[[str, int, int], StorageRef | None]:
        itemsize = dtype.itemsize

        def make(key: str, number: int, numel: int) -> StorageRef | None:
            if numel < 0:
                return None
            ref = cache.get(key)
            if ref is not None:
                return ref
            # torch's names of its storages by number (see ZipArchive.storage_numbers), else by name
            if 0 <= number < limit:
                index = numbered[number] - 1
                held = sizes[index] if index >= 0 else 0
                if held == 0xFFFFFFFF:
                    held = stored_size(index)
            else:
                index, held = find(key)
            nbytes = numel * itemsize
            if index < 0 or held < nbytes:
                return None
            ref = cache[key] = StorageRef(key, dtype, location, nbytes, _EntrySource(archive, index), byteorder)
            return ref
        return make

    def load(pid: Any) -> StorageRef:
        if type(pid) is tuple and len(pid) == 5:   # what torch writes
            tag, storage_type, key, location, numel = pid
            if type(key) is str and type(numel) is int:
                make = storages(tag, storage_type, location)
                ref = make(key, -1, numel) if make is not None else None
                if ref is not None:
                    return ref
        if not isinstance(pid, tuple) or not pid or pid[0] not in ("storage", b"storage"):
            raise CorruptFileError(f"unknown persistent id {str(pid)[:60]!r}")
        if len(pid) < 5:
            raise CorruptFileError("storage id too short")
        _, storage_type, key, location, numel = pid[:5]
        if not isinstance(storage_type, StorageType):
            raise CorruptFileError(f"storage type {getattr(storage_type, 'qualname', storage_type)!r} is unknown")
        key = key.decode() if isinstance(key, bytes) else key
        location = location.decode() if isinstance(location, bytes) else location
        if not isinstance(key, str) or not isinstance(location, str) or type(numel) is not int or numel < 0:
            raise CorruptFileError("malformed storage id")
        if key in cache:
            return cache[key]
        name = where + key
        index = archive.locate_index(name)
        nbytes = numel * storage_type.dtype.itemsize
        if index < 0:
            raise CorruptFileError(f"storage {key!r} is missing from the archive ({name!r})",
                                   hint="the file is damaged or was truncated")
        held = archive.stored_size(index)
        if held < nbytes:
            raise CorruptFileError(f"storage {key!r} needs {nbytes} bytes but its entry holds {held}",
                                   entry=name)
        ref = StorageRef(key, storage_type.dtype, location, nbytes, _EntrySource(archive, index), byteorder)
        cache[key] = ref
        return ref

    load.cache = cache  # type: ignore[attr-defined]
    # (PlainTensors: only where torch's storage names are found by number)
    load.plain = storages if numbers is not None else None  # type: ignore[attr-defined]
    return load  # type: ignore[return-value]


def _record(archive: ZipArchive, name: str) -> bytes | None:
    entry = archive.record(name)
    return None if entry is None else bytes(archive.view(entry))


def read_zip(path: str, buf: Any, size: int, *, record: bool = False) -> Checkpoint:
    """``record``: read ``data.pkl`` as the scanner does (every global, call and BUILD noted) and
    keep that reading for a scan of the checkpoint (:mod:`torchckpt.parsed`)."""
    # the directory (an entry per storage) and the pickle are millions of small acyclic
    # objects: the cyclic collector would only rescan them, again and again as they grow
    with gc_paused():
        return _read_zip(path, buf, size, record=record)


def _recorded(parsed: ParsedFile, path: str, entry: ZipEntry, load: StorageLoader) -> tuple[Any, int, list[str]] | None:
    """``(tree, protocol, globals)`` of ``data.pkl`` read once for the reader and the scanner; None
    where the reader must read it itself (a failure, which the reader words, or a nested
    ``_load_from_bytes``, which the scanner reads otherwise)."""
    try:
        from ..scanner import read_for_checkpoint
    except ImportError:  # a build without the scanner: the reader reads alone
        return None
    stream = read_for_checkpoint(parsed, path, entry.data_offset, entry.data_offset + entry.size, entry=entry.name,
                                 persistent_load=load)
    if stream.error is not None:
        return None
    names = [f"{e.module}.{e.name}" for e in stream.events if e.kind == "global"]
    if "torch.storage._load_from_bytes" in names:
        return None
    return stream.value, stream.protocol, names


def _read_zip(path: str, buf: Any, size: int, *, record: bool = False) -> Checkpoint:
    archive = ZipArchive(buf, path=path)
    if len(archive.every_entry) and all(n.endswith(".npy") for n in archive.iter_names()):
        from .numpy import read_npz

        return read_npz(path, buf, size)   # numpy.load reads .npz files with stdlib zipfile
    folder = archive.folder
    data_entry = archive.record("data.pkl")
    if folder is None or data_entry is None:
        shown = ", ".join(itertools.islice(archive.iter_names(), 5)) or "nothing"
        raise UnsupportedFormatError(f"a zip archive but not a PyTorch checkpoint (it holds {shown})", path=path,
                                     hint="torch.save archives contain <folder>/data.pkl, <folder> being the first "
                                          "entry's folder")
    byteorder = "little"
    raw_order = _record(archive, "byteorder")
    if raw_order is not None:
        byteorder = raw_order.decode("ascii", "replace").strip()
        if byteorder not in ("little", "big"):
            raise CorruptFileError(f"unknown byteorder record {byteorder!r}", path=path)
    is_script = archive.record("constants.pkl") is not None or archive.any_name_starts(f"{folder}code/")
    archive.release_directory()
    load = storage_loader(archive, folder, byteorder=byteorder)
    data_name = data_entry.name
    parsed = ParsedFile(buf, archive)
    # TorchScript archives are left out: naming their modules (below) changes the stubs the scanner judges
    stored = archive.plan(data_entry)
    recorded = _recorded(parsed, path, data_entry, load) if record and not is_script and stored is not None \
        and stored.error is None and stored.origin == (data_entry.data_offset, data_entry.size) else None
    if recorded is not None:
        tree, protocol, globals_used = recorded
    else:
        if stored is not None and stored.origin is not None and stored.error is None and not is_lazy(buf):
            # read in place (no copy of a pickle that can be tens of MB), up to the entry's end
            start, length = stored.origin
            tree, unpickler = unpickle(buf, resolve=resolve, persistent_load=load, entry=data_name, start=start,
                                       stop=start + length, release=True, origin=start, plain=plain_tensors(load))
        else:
            tree, unpickler = unpickle(bytes(archive.view(data_entry)), resolve=resolve, persistent_load=load,
                                       entry=data_name, plain=plain_tensors(load))
        protocol = unpickler.protocol
        globals_used = [f"{e.module}.{e.name}" for e in unpickler.events if e.kind == "global"]
    info: dict[str, Any] = {"archive_folder": folder.rstrip("/"), "byteorder": byteorder,
                            "pickle_protocol": protocol}
    for asked in (".format_version", ".storage_alignment", "version", ".data/version"):
        raw = _record(archive, asked)
        if raw is not None:
            info[asked.lstrip(".").replace("/", "_")] = raw.decode("ascii", "replace").strip()
    fmt: FormatName = "torch-zip"
    if is_script:
        fmt = "torchscript"
        _name_torchscript(archive, folder, tree)
    return Checkpoint(path, fmt, tree, file_size=size, buffer=buf, storages=list(load.cache.values()),
                      globals_used=globals_used, info=info, parsed=parsed)


# --- TorchScript ---------------------------------------------------------------------------------
_CLASS = _regex.compile(r"^class (\w+)\(Module\):\s*$", _regex.MULTILINE)
_LIST = _regex.compile(r"^  __(parameters|buffers)__ = \[(.*?)\]", _regex.MULTILINE | _regex.DOTALL)
_QUOTED = _regex.compile(r'"([^"]+)"')


def _script_classes(archive: ZipArchive, folder: str) -> dict[str, dict[str, list[str]]]:
    """``__torch__.a.b.Cls`` -> {"parameters": [...], "buffers": [...]} from the code files."""
    classes: dict[str, dict[str, list[str]]] = {}
    prefix = f"{folder}code/"
    for entry in archive.every_entry:
        name = entry.name
        if not (name.startswith(prefix) and name.endswith(".py")):
            continue
        module = name[len(prefix):-3].replace("/", ".")
        text = bytes(archive.view(entry)).decode("utf-8", "replace")
        starts = [(m.start(), m.group(1)) for m in _CLASS.finditer(text)] + [(len(text), "")]
        for (start, cls), (end, _) in itertools.pairwise(starts):
            body = text[start:end]
            lists = {kind: _QUOTED.findall(items) for kind, items in _LIST.findall(body)}
            classes[f"{module}.{cls}"] = {"parameters": lists.get("parameters", []),
                                          "buffers": lists.get("buffers", [])}
    return classes


def _name_torchscript(archive: ZipArchive, folder: str, tree: Any) -> None:
    """Give each ``__torch__`` module stub the names ``torch.jit.load(f).state_dict()`` has:
    its parameters, then its buffers, then its submodules (attributes holding modules)."""
    classes = _script_classes(archive, folder)
    seen: set[int] = set()
    stack = [tree]
    while stack:
        node = stack.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        if isinstance(node, ObjectStub):
            attrs = node.attrs
            spec = classes.get(node.cls)
            if spec is not None:
                for name in spec["parameters"]:
                    if isinstance(attrs.get(name), TensorRef):
                        attrs[name].is_parameter = True
                names = [(n, attrs[n]) for n in spec["parameters"] + spec["buffers"] if attrs.get(n) is not None]
                names += [(k, v) for k, v in attrs.items() if isinstance(v, ObjectStub) and v.cls in classes]
                node.named_children = names
            stack.extend(v for v in attrs.values() if isinstance(v, (ObjectStub, dict, list, tuple)))
        elif isinstance(node, dict):
            stack.extend(node.values())
        elif isinstance(node, (list, tuple)):
            stack.extend(node)

