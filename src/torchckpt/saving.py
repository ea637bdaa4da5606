"""Atomic saves with an integrity record, and the check that reads it back.

``save(obj, path)`` writes a regular ``torch.save`` zip through torch's own zip writer
(``torch._C.PyTorchFileWriter`` driven by ``torch.serialization._save``) into a temporary
file in the destination's directory, flushes and fsyncs it, renames it over ``path`` and
fsyncs the directory. A crash at any point leaves either the old file or the new one under
``path``, never a torn one; a leftover ``.NAME.tmp-PID-<random>`` is all a crash can leave.

The integrity record is embedded, not a sidecar: one more zip record,
``<archive>/.torchckpt/integrity.json``, written by the same zip writer right before
torch's own end-of-file records. ``torch.load`` ignores records it does not know, so the
file stays loadable by plain ``torch.load(path, weights_only=True)`` (and ``mmap=True``),
and the record travels with the file through copies, uploads and renames. The record
holds, for every zip record written before it, its name, size and sha256, plus an
overall ``sha256`` over that list and the optional ``meta``. torch's trailing records
(``version``, ``.data/serialization_id``), written after ours by ``write_end_of_file``,
are the only ones it does not cover; a corrupted one still fails ``torch.load`` loudly.
Why embedded rather than appended or a sidecar: a sidecar gets lost or mismatched when
files are copied one by one; bytes appended after the zip would make the zip invalid for
other readers; a record written by the zip writer itself keeps the archive valid (CRCs,
central directory, ``zipfile.testzip()`` passes). The price is the private
``torch.serialization._save`` (torch is pinned; the tests exercise it).

Cost: records are hashed in worker threads while torch copies them into the file, and
the file's writeback to disk starts chunk by chunk while it is written, so the final
fsync only waits for the tail. sha256 still costs about 0.6 CPU-seconds per GB (SHA-NI);
on a machine with spare cores that is hidden behind torch's own write, on two vCPUs it is
not (see ``benchmarks/save.py``).

Checking needs no torch: :func:`verify` maps the file, reads the zip directory with
torchckpt's own reader and re-hashes every covered record. A directory (a sharded
``torch.distributed.checkpoint`` save, see :mod:`torchckpt.manager`) carries the same
record as a file ``.torchckpt-integrity.json`` listing each file's size and sha256.

>>> torchckpt.save({"model": model.state_dict()}, "ckpt.pt")          # doctest: +SKIP
>>> torchckpt.verify("ckpt.pt").ok                                      # doctest: +SKIP
True
"""

from __future__ import annotations

import ctypes
import ctypes.util
import hashlib
import json
import os
import pickle
import sys
from collections.abc import Callable, Mapping
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from ._outputs import atomic_write_bytes, fsync_directory
from ._outputs import commit as _commit
from ._outputs import open_temp as _open_temp
from ._outputs import remove_quietly as _remove_quietly
from .errors import CorruptFileError, IntegrityError, NoIntegrityRecordError, TorchckptError

__all__ = [
    "DIR_RECORD",
    "RECORD",
    "IntegrityError",
    "IntegrityReport",
    "NoIntegrityRecordError",
    "atomic_write_bytes",
    "directory_files",
    "fsync_directory",
    "hash_files",
    "load",
    "read_record",
    "save",
    "verify",
    "write_directory_record",
]

RECORD = ".torchckpt/integrity.json"
DIR_RECORD = ".torchckpt-integrity.json"
FORMAT = "torchckpt-integrity"
VERSION = 1
# Records torch's write_end_of_file adds after ours; they cannot be covered.
_TRAILERS = frozenset({"version", ".data/version", ".data/serialization_id"})
_CHUNK = 64 << 20  # bytes per write(); writeback of each chunk starts while the next is written
# Hashing runs beside the writer thread: leave it a core.
_HASH_THREADS = max(1, min(4, (os.cpu_count() or 2) - 1))


@dataclass(frozen=True)
class IntegrityReport:
    """What :func:`verify` found. ``ok`` is True when every covered record matches.

    ``digest`` is the recorded overall sha256, ``actual`` the recomputed one; ``bad`` names
    records whose bytes differ, ``missing`` records the integrity record lists but the file
    lacks, ``unexpected`` records the file has but the integrity record does not cover.
    """

    path: str
    ok: bool
    digest: str
    actual: str
    records: int
    nbytes: int
    bad: tuple[str, ...] = ()
    missing: tuple[str, ...] = ()
    unexpected: tuple[str, ...] = ()
    meta: dict[str, Any] = field(default_factory=dict)

    @property
    def problem(self) -> str:
        """One line saying what differs ("" when ``ok``)."""
        parts = []
        for label, names in (("changed", self.bad), ("missing", self.missing), ("not covered", self.unexpected)):
            if names:
                shown = ", ".join(repr(n) for n in names[:4]) + (" ..." if len(names) > 4 else "")
                parts.append(f"{label}: {shown}")
        if not parts and self.digest != self.actual:
            parts.append("the record list itself was altered")
        return "; ".join(parts)

    def raise_for_status(self) -> IntegrityReport:
        """Raise :class:`IntegrityError` unless ``ok``; return ``self`` for chaining."""
        if not self.ok:
            raise IntegrityError(f"content does not match its integrity record ({self.problem})", path=self.path,
                                 hint="the file is damaged or was modified; use an older checkpoint", report=self)
        return self


# --------------------------------------------------------------------------------------------------
# writing


def _digest_of(records: list[list[Any]], meta: Mapping[str, Any]) -> str:
    canonical = json.dumps({"records": records, "meta": meta}, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode()).hexdigest()


def _record_bytes(records: list[list[Any]], meta: Mapping[str, Any]) -> bytes:
    body = {"format": FORMAT, "version": VERSION, "algorithm": "sha256", "sha256": _digest_of(records, meta),
            "records": records, "meta": dict(meta)}
    return json.dumps(body, sort_keys=True, indent=1).encode()


def _sha256(buf: Any) -> str:
    return hashlib.sha256(buf).hexdigest()


def _hashable(data: Any, nbytes: int) -> Any:
    """A zero-copy buffer over what torch is about to write as one record."""
    if isinstance(data, str):
        return data.encode("utf-8")
    if isinstance(data, (bytes, bytearray, memoryview)):
        return data
    import torch

    if isinstance(data, torch.UntypedStorage):
        if nbytes == 0:
            return b""
        return torch.empty(0, dtype=torch.uint8).set_(data, 0, (nbytes,), (1,)).numpy()
    return memoryview(data)


class _HashingZipWriter:
    """Stands in for ``PyTorchFileWriter`` in ``torch.serialization._save``: every record is
    hashed in a worker thread while the real writer copies it into the file."""

    def __init__(self, writer: Any, pool: ThreadPoolExecutor):
        self._writer = writer
        self._pool = pool
        self._pending: list[tuple[str, int, Future[str]]] = []

    def write_record(self, name: str, data: Any, nbytes: int) -> None:
        buf = _hashable(data, nbytes)
        self._pending.append((name, nbytes, self._pool.submit(_sha256, buf)))
        self._writer.write_record(name, data, nbytes)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._writer, name)

    def records(self) -> list[list[Any]]:
        return [[name, nbytes, future.result()] for name, nbytes, future in self._pending]


def _load_sync_file_range() -> Callable[[int, int, int], None] | None:
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        func = libc.sync_file_range
    except (OSError, AttributeError):
        return None
    func.argtypes = (ctypes.c_int, ctypes.c_int64, ctypes.c_int64, ctypes.c_uint)
    func.restype = ctypes.c_int
    write_flag = 2  # SYNC_FILE_RANGE_WRITE: start writeback, do not wait

    def start_writeback(fd: int, offset: int, nbytes: int) -> None:
        func(fd, offset, nbytes, write_flag)

    return start_writeback


_start_writeback = _load_sync_file_range()


class _DurableFile:
    """A minimal binary file over a raw fd that starts disk writeback as it goes, so that
    the final fsync waits for the tail of the file only, not for all of it."""

    def __init__(self, fd: int):
        self.fd = fd
        self.pos = 0
        self._flushed = 0

    def write(self, data: Any) -> int:
        if self.fd < 0:
            # After a failed save torch's writer still finishes the archive from its destructor:
            # swallow that (raising there aborts the process; writing could hit a reused fd).
            return len(memoryview(data))
        view = memoryview(data).cast("B")
        total = len(view)
        done = 0
        while done < total:
            n = os.write(self.fd, view[done:done + _CHUNK])
            done += n
            self.pos += n
            if _start_writeback is not None and self.pos - self._flushed >= _CHUNK:
                _start_writeback(self.fd, self._flushed, self.pos - self._flushed)
                self._flushed = self.pos
        return total

    def flush(self) -> None:
        pass

    def fsync(self) -> None:
        os.fsync(self.fd)

    def close(self) -> None:
        if self.fd >= 0:
            fd, self.fd = self.fd, -1
            os.close(fd)


def save(obj: Any, path: str | os.PathLike[str], *, meta: Mapping[str, Any] | None = None,
         pickle_protocol: int = 2, durable: bool = True) -> str:
    """``torch.save(obj, path)``, atomically and with an embedded integrity record.

    Returns the overall sha256 the record holds. ``meta`` (JSON-serializable) is stored in
    the record and comes back as ``verify(path).meta`` without unpickling anything.
    ``durable=False`` skips the fsyncs (atomic against crashes of the process, not of the
    machine).

    >>> digest = torchckpt.save({"model": model.state_dict()}, "ckpt.pt")  # doctest: +SKIP
    >>> torch.load("ckpt.pt", weights_only=True).keys()                   # doctest: +SKIP
    dict_keys(['model'])
    """
    import torch
    from torch.serialization import _get_storage_alignment, _save, get_crc32_options

    path = os.fspath(path)
    meta = dict(meta or {})
    json.dumps(meta)  # fail before writing anything if meta is not JSON
    tmp, fd = _open_temp(path)
    out = _DurableFile(fd)
    try:
        try:
            with ThreadPoolExecutor(_HASH_THREADS, thread_name_prefix="torchckpt-hash") as pool:
                # torch's stub asks for IO[bytes]; the binding only looks up the methods it calls (write)
                writer = torch._C.PyTorchFileWriter(  # type: ignore[call-overload]
                    out, get_crc32_options(), _get_storage_alignment())
                hashing = _HashingZipWriter(writer, pool)
                _save(obj, hashing, pickle, pickle_protocol, False)  # type: ignore[no-untyped-call]  # torch's private API
                records = hashing.records()
            record = _record_bytes(records, meta)
            writer.write_record(RECORD, record, len(record))
            writer.write_end_of_file()
            del writer
            if durable:
                out.fsync()
        finally:
            out.close()
        _commit(tmp, path, durable=durable)
    except BaseException:
        _remove_quietly(tmp)
        raise
    return _digest_of(records, meta)


# --------------------------------------------------------------------------------------------------
# checking (no torch)


def _parse_record(raw: bytes, *, path: str) -> dict[str, Any]:
    try:
        body = json.loads(raw)
    except (ValueError, UnicodeDecodeError):
        raise IntegrityError("the integrity record is not valid JSON", path=path,
                             hint="the file is damaged; use an older checkpoint") from None
    if not isinstance(body, dict) or body.get("format") != FORMAT or not isinstance(body.get("records"), list):
        raise IntegrityError("the integrity record is malformed", path=path,
                             hint="the file is damaged; use an older checkpoint")
    if body.get("version") != VERSION or body.get("algorithm") != "sha256":
        raise TorchckptError(f"integrity record version {body.get('version')!r} ({body.get('algorithm')!r}) "
                             "is not one this torchckpt knows", path=path, hint="upgrade torchckpt")
    try:
        body["records"] = [[str(n), int(s), str(h)] for n, s, h in body["records"]]
    except (TypeError, ValueError):
        raise IntegrityError("the integrity record is malformed", path=path,
                             hint="the file is damaged; use an older checkpoint") from None
    if not isinstance(body.get("meta", {}), dict):
        body["meta"] = {}
    return body


def read_record(path: str | os.PathLike[str]) -> dict[str, Any]:
    """The integrity record of ``path`` (a file or a sharded checkpoint directory), unchecked.

    Cheap: reads the zip directory and one small record. ``["meta"]`` is what ``save`` got.
    Raises :class:`NoIntegrityRecordError` when there is none.
    """
    path = os.fspath(path)
    if os.path.isdir(path):
        return _read_dir_record(path)
    from .formats._zip import ZipArchive
    from .formats.base import close_quietly, map_file

    buf, _ = map_file(path)
    try:
        archive = ZipArchive(buf, path=path)
        _, entry = _find_record(archive, path)
        return _parse_record(bytes(archive.view(entry)), path=path)
    finally:
        close_quietly(buf)


def _find_record(archive: Any, path: str) -> tuple[str, Any]:
    for name, entry in archive.entries.items():
        if name == RECORD or name.endswith("/" + RECORD):
            return name[:len(name) - len(RECORD)], entry
    raise NoIntegrityRecordError(
        "the file has no torchckpt integrity record, so it cannot be verified", path=path,
        hint="it was not written by torchckpt.save; re-save it with torchckpt.save to add one")


def verify(path: str | os.PathLike[str]) -> IntegrityReport:
    """Re-hash ``path`` against its integrity record; never imports torch.

    Returns an :class:`IntegrityReport` (``.ok``); raises :class:`NoIntegrityRecordError`
    when the file has no record and :class:`~torchckpt.errors.CorruptFileError` when it
    cannot be read as a zip at all (a torn or truncated file).

    >>> torchckpt.verify("ckpt.pt").ok                                      # doctest: +SKIP
    True
    """
    path = os.fspath(path)
    if os.path.isdir(path):
        return _verify_dir(path)
    from .formats._zip import ZipArchive
    from .formats.base import close_quietly, map_file

    buf, size = map_file(path)
    try:
        if bytes(buf[:4]) != b"PK\x03\x04":
            from .formats import detect

            kind = detect(buf, size, path=path)
            raise NoIntegrityRecordError(f"this {kind} file has no integrity record", path=path,
                                         hint="verify checks files written by torchckpt.save")
        archive = ZipArchive(buf, path=path)
        prefix, entry = _find_record(archive, path)
        body = _parse_record(bytes(archive.view(entry)), path=path)
        present = {name[len(prefix):]: e for name, e in archive.entries.items() if name.startswith(prefix)}
        present.pop(RECORD, None)
        listed = {name for name, _, _ in body["records"]}
        missing = tuple(name for name in listed if name not in present)
        unexpected = tuple(sorted(n for n in present if n not in listed and n not in _TRAILERS))
        unexpected += tuple(name for name in archive.names() if not name.startswith(prefix))
        unexpected += tuple(archive.duplicates)
        wanted = [(name, present[name]) for name, _, _ in body["records"] if name in present]

        def digest(item: tuple[str, Any]) -> tuple[int, str]:
            try:
                data = archive.view(item[1])
            except CorruptFileError:
                return -1, ""
            return len(data), _sha256(data)

        with ThreadPoolExecutor(_HASH_THREADS) as pool:
            found = dict(zip((name for name, _ in wanted), pool.map(digest, wanted)))
        actual_records = []
        bad = []
        for name, size, sha in body["records"]:
            got_size, got_sha = found.get(name, (-1, ""))
            actual_records.append([name, got_size, got_sha])
            if name in found and (got_size != size or got_sha != sha):
                bad.append(name)
        actual = _digest_of(actual_records, body.get("meta", {}))
        ok = not bad and not missing and not unexpected and actual == body.get("sha256")
        return IntegrityReport(path=path, ok=ok, digest=str(body.get("sha256")), actual=actual,
                               records=len(body["records"]), nbytes=sum(s for _, s, _ in body["records"]),
                               bad=tuple(bad), missing=missing, unexpected=unexpected, meta=body.get("meta", {}))
    finally:
        close_quietly(buf)


# --------------------------------------------------------------------------------------------------
# directories (sharded checkpoints)


def _hash_file(path: str) -> tuple[int, str]:
    h = hashlib.sha256()
    size = 0
    with open(path, "rb", buffering=0) as f:
        while chunk := f.read(_CHUNK):
            h.update(chunk)
            size += len(chunk)
    return size, h.hexdigest()


def _dir_files(directory: str) -> list[str]:
    names = []
    for root, _, files in os.walk(directory):
        for name in files:
            rel = os.path.relpath(os.path.join(root, name), directory).replace(os.sep, "/")
            if rel != DIR_RECORD:
                names.append(rel)
    return sorted(names)


def directory_files(directory: str | os.PathLike[str]) -> list[str]:
    """The files under ``directory`` a directory record covers (relative, ``/``-separated, sorted)."""
    return _dir_files(os.fspath(directory))


def hash_files(directory: str | os.PathLike[str], names: list[str], *, durable: bool = True) -> list[list[Any]]:
    """``[name, size, sha256]`` for each of ``names`` under ``directory``; fsyncs them when ``durable``.

    Lets the processes of a sharded save hash disjoint parts of one directory in parallel.
    """
    directory = os.fspath(directory)

    def one(name: str) -> list[Any]:
        path = os.path.join(directory, name)
        size, sha = _hash_file(path)
        if durable:
            fd = os.open(path, os.O_RDONLY)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)
        return [name, size, sha]

    with ThreadPoolExecutor(_HASH_THREADS) as pool:
        return list(pool.map(one, names))


def write_directory_record(directory: str | os.PathLike[str], *, meta: Mapping[str, Any] | None = None,
                           durable: bool = True, records: list[list[Any]] | None = None) -> str:
    """Hash every file under ``directory`` into ``directory/.torchckpt-integrity.json``.

    ``records`` (from :func:`hash_files`) skips the hashing. Also fsyncs the files (the
    writer of a sharded checkpoint may not have). Returns the overall sha256.
    """
    directory = os.fspath(directory)
    meta = dict(meta or {})
    if records is None:
        records = hash_files(directory, _dir_files(directory), durable=durable)
    records = sorted(records)
    atomic_write_bytes(os.path.join(directory, DIR_RECORD), _record_bytes(records, meta), durable=durable)
    return _digest_of(records, meta)


def _read_dir_record(directory: str) -> dict[str, Any]:
    record = os.path.join(directory, DIR_RECORD)
    try:
        with open(record, "rb") as f:
            raw = f.read()
    except FileNotFoundError:
        raise NoIntegrityRecordError(
            f"the directory has no {DIR_RECORD}, so it cannot be verified", path=directory,
            hint="it was not written by torchckpt (or its save did not finish)") from None
    return _parse_record(raw, path=directory)


def _verify_dir(directory: str) -> IntegrityReport:
    body = _read_dir_record(directory)
    present = set(_dir_files(directory))
    listed = [name for name, _, _ in body["records"]]
    missing = tuple(n for n in listed if n not in present)
    unexpected = tuple(sorted(present - set(listed)))
    wanted = [n for n in listed if n in present]
    with ThreadPoolExecutor(_HASH_THREADS) as pool:
        found = dict(zip(wanted, pool.map(lambda n: _hash_file(os.path.join(directory, n)), wanted)))
    actual_records, bad = [], []
    for name, size, sha in body["records"]:
        got = found.get(name, (-1, ""))
        actual_records.append([name, got[0], got[1]])
        if name in found and got != (size, sha):
            bad.append(name)
    actual = _digest_of(actual_records, body.get("meta", {}))
    ok = not bad and not missing and not unexpected and actual == body.get("sha256")
    return IntegrityReport(path=directory, ok=ok, digest=str(body.get("sha256")), actual=actual,
                           records=len(listed), nbytes=sum(s for _, s, _ in body["records"]), bad=tuple(bad),
                           missing=missing, unexpected=unexpected, meta=body.get("meta", {}))


# --------------------------------------------------------------------------------------------------
# loading


def load(path: str | os.PathLike[str], *, map_location: Any = None, weights_only: bool = True,
         verify_integrity: bool = True, mmap: bool = False) -> Any:
    """``torch.load`` after checking the integrity record.

    Raises :class:`IntegrityError` when the content differs from the record and
    :class:`NoIntegrityRecordError` when there is none (pass ``verify_integrity=False`` for
    files not written by :func:`save`).

    >>> state = torchckpt.saving.load("ckpt.pt", map_location="cpu")      # doctest: +SKIP
    """
    import torch

    path = os.fspath(path)
    if verify_integrity:
        verify(path).raise_for_status()
    return torch.load(path, map_location=map_location, weights_only=weights_only, mmap=mmap)
