"""What every reader shares: mapping a file, and the byte sources storages read through."""

from __future__ import annotations

import contextlib
import errno
import io
import mmap
import os
import re
import stat
import weakref
from collections.abc import Callable

from ..errors import CorruptFileError, TorchckptError, UnsafePathError, UnsupportedFormatError

TYPE_CHECKING = False
if TYPE_CHECKING:
    from concurrent.futures import Future, ThreadPoolExecutor
    from typing import Any, TypeAlias

__all__ = ["WRITE_PIECE", "BufferFile", "BytesSource", "FetchedFile", "FileBytes", "LazyMap", "RangeStream",
           "SliceSource", "contained_path", "is_lazy", "is_url", "map_file", "need", "need_many", "not_a_regular_file",
           "pwrite_all"]

#: A whole file's bytes as format detection reads them: the map of the file, or bytes in memory.
FileBytes: TypeAlias = mmap.mmap | bytes | bytearray


class SliceSource:
    """``length`` bytes of ``buf`` from ``start``; views are zero-copy slices of the map."""

    __slots__ = ("buf", "length", "start", "what")

    def __init__(self, buf: Any, start: int, length: int, *, what: str = "storage"):
        if start < 0 or length < 0 or start + length > len(buf):
            raise CorruptFileError(f"{what} at byte {start} ({length} bytes) runs past the end of the file",
                                   hint="the file is truncated; re-download or re-save it")
        self.buf, self.start, self.length, self.what = buf, start, length, what

    def span(self) -> tuple[int, int] | None:
        """Where the bytes lie in ``buf``, for fetching them ahead."""
        return self.start, self.start + self.length

    def view(self, offset: int, nbytes: int) -> memoryview:
        if offset < 0 or offset + nbytes > self.length:
            raise CorruptFileError(f"{self.what} holds {self.length} bytes but {offset + nbytes} are needed")
        need(self.buf, self.start + offset, self.start + offset + nbytes)
        return memoryview(self.buf)[self.start + offset:self.start + offset + nbytes]


class BytesSource:
    """Bytes already in memory (a decompressed zip entry, a nested pickle's payload)."""

    __slots__ = ("data", "what")

    def __init__(self, data: bytes | memoryview, *, what: str = "storage"):
        self.data, self.what = data, what

    def view(self, offset: int, nbytes: int) -> memoryview:
        if offset < 0 or offset + nbytes > len(self.data):
            raise CorruptFileError(f"{self.what} holds {len(self.data)} bytes but {offset + nbytes} are needed")
        return memoryview(self.data)[offset:offset + nbytes]


class BufferFile(io.RawIOBase):
    """A read-only, seekable file over a buffer (mmap, bytes, memoryview), for the stdlib readers
    the victims use (tarfile for torch.load, zipfile for numpy.load) without copying the buffer.

    It behaves as the file they open: reads past the end return what is there, and a seek to a
    negative position raises ``OSError(EINVAL)`` as on a real file (zipfile catches exactly that
    looking for the end record of a file shorter than it)."""

    def __init__(self, data: Any):
        super().__init__()
        self._data, self._size, self._pos = data, len(data), 0

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def read(self, n: int | None = -1) -> bytes:
        start = self._pos
        stop = self._size if n is None or n < 0 else min(self._size, start + n)
        self._pos = max(start, stop)
        return bytes(self._data[start:stop]) if stop > start else b""

    def readinto(self, b: Any) -> int:
        chunk = self.read(len(b))
        b[:len(chunk)] = chunk
        return len(chunk)

    def seek(self, pos: int, whence: int = 0) -> int:
        target = {0: 0, 1: self._pos, 2: self._size}[whence] + pos
        if target < 0:
            raise OSError(errno.EINVAL, "Invalid argument")
        self._pos = target
        return self._pos

    def tell(self) -> int:
        return self._pos


#: The most bytes one ``write(2)``/``pwrite(2)`` takes. Where the file system has large folios,
#: the kernel sizes the page cache's folios by the write, and big fresh ones cost far more to
#: fill: writing 1 GB in 8 (or 2) MiB writes took 2.3-4.7 s of system time on the benchmark
#: machine (Linux 6.18, ext4, a VM), in 1 MiB writes 0.33-0.40 s (256 KiB: the same), every run.
WRITE_PIECE = 1 << 20


def pwrite_all(fd: int, data: Any, offset: int) -> None:
    """Write all of ``data`` at ``offset``, in pieces of at most :data:`WRITE_PIECE`."""
    view = memoryview(data).cast("B")
    done, total = 0, len(view)
    while done < total:
        n = os.pwrite(fd, view[done:done + WRITE_PIECE], offset + done)
        if n <= 0:
            raise OSError(errno.EIO, "short write")
        done += n


#: ``fetch(start, stop)`` returns exactly the bytes ``[start, stop)`` of the remote file (or raises)
Fetcher: TypeAlias = Callable[[int, int], bytes]


# runs of blocks to fetch: never fetched (0) or released (2); compiled by `re` on the first remote
# fetch: local files never pay for it
_NOT_PRESENT = b"[\\x00\\x02]+"


class FetchedFile:
    """The fetched bytes of one remote file: an unlinked sparse temporary file of the remote
    size, blocks written into it as they arrive, and which blocks are there. Shared by every
    :class:`LazyMap` of the file in this process (scan opens a file more than once)."""

    BLOCK = 1 << 12               # fetch granularity (zip local headers are a few bytes apart from MBs of data)
    # one range request at most; big ranges are split and fetched in parallel, _WORKERS at a time:
    # s3transfer's defaults (8 MiB parts, about 10 at once). Smaller parts or more of them measured
    # slower over loopback (4 MiB x 32: 156 MB/s; 8 MiB x 8: 684 MB/s; fsspec's one-stream get: 808)
    _CHUNK = 8 << 20
    _WORKERS = 8
    READ_AHEAD = 1 << 16          # fetched past a byte read alone (opcode walks read byte by byte)

    def __init__(self, fetch: Fetcher, size: int, *, poison: bytes | None = None, directory: str | None = None,
                 progress: Callable[[int], None] | None = None):
        import tempfile  # remote files only: kept off the start-up path

        fd, name = tempfile.mkstemp(prefix="torchckpt-remote-", dir=directory)
        os.unlink(name)
        try:
            os.ftruncate(fd, size)
            if poison:
                pattern = (poison * (self.BLOCK // len(poison) + 1))[:self.BLOCK]
                for at in range(0, size, self.BLOCK):
                    os.pwrite(fd, pattern[:size - at], at)
        except BaseException:
            os.close(fd)
            raise
        self.fd, self.size, self._fetch, self._progress = fd, size, fetch, progress
        self._closer = weakref.finalize(self, os.close, fd)   # also at exit, while os is still there
        self._have = bytearray((size + self.BLOCK - 1) // self.BLOCK)
        import threading  # here: only a remote file needs it, and local inspect/scan start without it

        self._cond = threading.Condition()
        self._pool: ThreadPoolExecutor | None = None
        self.fetched_bytes = self.requests = 0

    # _have: one byte a block: 0 never fetched, 1 present, 2 released (fetched again only when read),
    # 3 being fetched (claimed under the lock, fetched outside it: a reader waits only for its own
    # blocks, never for a fetch ahead of other ones)
    def has(self, pos: int) -> bool:
        return self._have[pos // self.BLOCK] == 1

    def need(self, start: int, stop: int) -> None:
        """Make bytes ``[start, stop)`` present (clamped to the file)."""
        self.need_many([(start, stop)])

    def _claim(self, wanted: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """Under the lock: mark the missing blocks of ``wanted`` (block spans) as being fetched;
        the byte ranges to fetch, at most ``_CHUNK`` each, in file order."""
        have, block, size = self._have, self.BLOCK, self.size
        missing = re.compile(_NOT_PRESENT)  # re caches it
        runs: list[tuple[int, int]] = []
        for first, last in sorted(wanted):
            for run in missing.finditer(have, first, last):
                b, e = run.span()
                if runs and runs[-1][1] >= b:   # adjacent to (or inside) the previous run
                    runs[-1] = (runs[-1][0], max(runs[-1][1], e))
                else:
                    runs.append((b, e))
        for b, e in runs:
            have[b:e] = b"\3" * (e - b)
        return [(at, min(hi * block, size, at + self._CHUNK)) for lo, hi in runs
                for at in range(lo * block, min(hi * block, size), self._CHUNK)]

    def _unclaim(self, pieces: list[tuple[int, int]]) -> None:
        """What was claimed and not stored is missing again (a reader fetches it itself)."""
        have, block = self._have, self.BLOCK
        with self._cond:
            for lo, hi in pieces:
                for k in range(lo // block, (hi + block - 1) // block):
                    if have[k] == 3:
                        have[k] = 0
            self._cond.notify_all()

    def _blocks(self, ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """The block spans of ``ranges`` (clamped to the file) that are not all present."""
        have, block, size = self._have, self.BLOCK, self.size
        wanted: list[tuple[int, int]] = []
        for start, stop in ranges:
            start, stop = max(0, start), min(size, stop)
            if start < stop:
                first, last = start // block, (stop - 1) // block + 1
                if have.count(1, first, last) != last - first:
                    wanted.append((first, last))
        return wanted

    def need_many(self, ranges: list[tuple[int, int]]) -> None:
        """Make every ``[start, stop)`` of ``ranges`` present: missing blocks coalesced into
        runs, runs fetched in parallel; blocks a fetch ahead has claimed are waited for."""
        wanted = self._blocks(ranges)
        if not wanted:
            return
        have = self._have
        while True:
            with self._cond:
                pieces = self._claim(wanted)
            try:
                if len(pieces) == 1:
                    self._store(*pieces[0])
                elif pieces:
                    futures = [self._executor().submit(self._store, lo, hi) for lo, hi in pieces]
                    for future in futures:
                        future.result()
            except BaseException:
                self._unclaim(pieces)
                raise
            with self._cond:   # blocks another call is fetching: wait for them (or claim them if it failed)
                while any(have.find(3, first, last) >= 0 for first, last in wanted):
                    self._cond.wait()
                if all(have.count(1, first, last) == last - first for first, last in wanted):
                    return

    def stream(self, spans: list[tuple[int, int]], *, ahead: int) -> RangeStream:
        """The bytes of ``spans``, in that order, fetched ahead of the reader into memory (see
        :class:`RangeStream`)."""
        return RangeStream(self, spans, ahead=ahead)

    def has_all(self, start: int, stop: int) -> bool:
        first, last = start // self.BLOCK, (min(stop, self.size) + self.BLOCK - 1) // self.BLOCK
        return self._have.count(1, first, last) == last - first

    def _executor(self) -> ThreadPoolExecutor:
        if self._pool is None:
            from concurrent.futures import ThreadPoolExecutor

            self._pool = ThreadPoolExecutor(max_workers=self._WORKERS, thread_name_prefix="torchckpt-fetch")
        return self._pool

    def _get(self, lo: int, hi: int) -> Any:
        """Bytes ``[lo, hi)`` from the server, counted (and shown on the progress bar)."""
        data = self._fetch(lo, hi)
        if len(data) != hi - lo:
            raise CorruptFileError(f"the server sent {len(data)} bytes for a range of {hi - lo}",
                                   hint="the file may have changed while being read; try again")
        with self._cond:
            self.fetched_bytes += hi - lo
            self.requests += 1
        if self._progress is not None:
            self._progress(self.fetched_bytes)
        return data

    def _store(self, lo: int, hi: int) -> None:
        """Fetch blocks this call claimed (``lo`` on a block, ``hi`` too or the end) and store them."""
        data = self._get(lo, hi)
        pwrite_all(self.fd, data, lo)
        first, last = lo // self.BLOCK, (hi + self.BLOCK - 1) // self.BLOCK
        with self._cond:
            self._have[first:last] = b"\1" * (last - first)
            self._cond.notify_all()

    def keep(self, lo: int, data: Any) -> None:
        """Store bytes fetched by a :class:`RangeStream` at ``lo``: the whole blocks they cover are
        present from now on (blocks another call is fetching stay its own)."""
        pwrite_all(self.fd, data, lo)
        hi = lo + len(data)
        first = (lo + self.BLOCK - 1) // self.BLOCK
        last = len(self._have) if hi >= self.size else hi // self.BLOCK
        with self._cond:
            have = self._have
            for k in range(first, last):
                if have[k] != 3:
                    have[k] = 1
            self._cond.notify_all()

    def release(self, start: int, stop: int) -> bool:
        """Free the whole blocks inside ``[start, stop)`` from the temporary file (they are
        fetched again if touched again). False where the file system cannot punch holes."""
        first, last = (start + self.BLOCK - 1) // self.BLOCK, min(len(self._have), stop // self.BLOCK)
        if first >= last:
            return True
        # no lock: these blocks were just read (present); the reader must not wait for a fetch
        # ahead of other blocks before writing on
        self._have[first:last] = b"\2" * (last - first)
        return _punch_hole(self.fd, first * self.BLOCK, min(self.size, last * self.BLOCK) - first * self.BLOCK)

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True)
            self._pool = None
        self._closer()
        self.fd = -1


class _Piece:
    """One range of a :class:`RangeStream`: its fetch, and how far the reader has read it."""

    __slots__ = ("again", "future", "hi", "lo", "upto")

    def __init__(self, lo: int, hi: int, again: bool, future: Future[Any]):
        self.lo, self.hi, self.again, self.future, self.upto = lo, hi, again, future, lo


_TRIM_BELOW = 1 << 20


class RangeStream:
    """The bytes of ``spans`` (a converter's storages, in the order it reads them), fetched in
    pieces of at most ``FetchedFile._CHUNK``, several at once, at most ``ahead`` bytes ahead of
    the reader, and handed over from memory: they never pass through the temporary file (two
    copies and the page cache's churn saved, which made a remote convert half as fast as a
    download). Blocks already fetched are read from the temporary file instead (spans under
    1 MiB); a span named twice (tied weights), or a piece the reader skipped or read only in part,
    is kept there: a byte is fetched once, but for at most two blocks of a span of 1 MiB or more."""

    def __init__(self, source: FetchedFile, spans: list[tuple[int, int]], *, ahead: int):
        count: dict[tuple[int, int], int] = {}
        for span in spans:
            count[span] = count.get(span, 0) + 1
        self._source, self._ahead, self._held = source, ahead, 0
        block = source.BLOCK
        self._plan: list[tuple[int, int, bool]] = []   # popped from the end
        for (lo, hi), times in count.items():
            # Leading and trailing blocks already here (a zip entry's first bytes share a block with
            # its local header) are left out of a small span; a big one fetches them again (at most
            # 2 blocks in _TRIM_BELOW bytes), or every read of it would straddle the temporary file
            # and a piece and be joined: a copy of everything, a third of a convert's time.
            while hi - lo < _TRIM_BELOW and lo < hi and source.has(lo):
                lo = min(hi, (lo // block + 1) * block)
            while hi - lo < _TRIM_BELOW and hi > lo and source.has(hi - 1):
                hi = max(lo, (hi - 1) // block * block)
            self._plan.extend((at, min(hi, at + source._CHUNK), times > 1) for at in range(lo, hi, source._CHUNK))
        self._plan.reverse()
        self._live: list[_Piece] = []
        self._fill()

    def _fill(self) -> None:
        source = self._source
        while self._plan and (self._held < self._ahead or not self._live):
            lo, hi, again = self._plan.pop()
            if source.has_all(lo, hi):
                continue   # fetched meanwhile (a reader met these bytes first): read from the temporary file
            self._live.append(_Piece(lo, hi, again, source._executor().submit(source._get, lo, hi)))
            self._held += hi - lo

    def _retire(self, piece: _Piece) -> None:
        self._held -= piece.hi - piece.lo
        if piece.future.cancel():
            return
        if piece.again or piece.upto < piece.hi:   # will be read again, or was not read whole: keep it
            try:
                data = piece.future.result()
            except Exception:  # noqa: BLE001 - its bytes are fetched again if ever read, and fail there
                return
            self._source.keep(piece.lo, data)

    def read(self, start: int, stop: int) -> memoryview | bytes | None:
        """Bytes ``[start, stop)`` from the pieces in memory and the blocks already fetched (a
        view when one piece holds them all), or None when some are in neither (read them
        through :func:`need`)."""
        live, source = self._live, self._source
        parts: list[Any] = []
        used: list[int] = []
        pos = start
        while pos < stop:
            at = next((i for i, p in enumerate(live) if p.lo <= pos < p.hi), -1)
            if at >= 0:
                piece = live[at]
                end = min(stop, piece.hi)
                data = piece.future.result()   # the fetch's own error, if it failed
                parts.append(memoryview(data)[pos - piece.lo:end - piece.lo])
                if pos <= piece.upto:
                    piece.upto = max(piece.upto, end)
                used.append(at)
            else:
                end = min((p.lo for p in live if pos < p.lo < stop), default=stop)
                if not source.has_all(pos, end):
                    return None
                parts.append(os.pread(source.fd, end - pos, pos))
            pos = end
        if used:   # the reader has moved past the pieces before the first it used
            first = min(used)
            for piece in live[:first]:
                self._retire(piece)
            del live[:first]
        while live and live[0].upto >= live[0].hi:
            self._retire(live.pop(0))
        self._fill()
        return parts[0] if len(parts) == 1 else b"".join(parts)

    def close(self) -> None:
        """Stop what has not started; keep what was fetched and not read whole."""
        for piece in self._live:
            self._retire(piece)
        self._live = []
        self._plan = []


class LazyMap(mmap.mmap):
    """A map of a remote file that fetches what the readers touch (see :class:`FetchedFile`).

    Slicing, ``find``, ``rfind``, ``read`` and ``readline`` fetch what they touch first;
    accesses through the buffer protocol (``memoryview``, ``struct.unpack_from``,
    ``np.frombuffer``) do not, so the readers call :func:`need` before them. A file fetched
    with ``poison`` (tests) shows a pattern instead of zeros where nothing was fetched, so a
    read without :func:`need` shows up as a difference from the local reading."""

    source: FetchedFile
    base: int      # where the map starts in the file (a window's start; 0 for the whole file)

    def __new__(cls, source: FetchedFile, *, copy_on_write: bool = False, start: int = 0,
                stop: int | None = None) -> LazyMap:
        access = mmap.ACCESS_COPY if copy_on_write else mmap.ACCESS_READ
        stop = source.size if stop is None else stop
        self = super().__new__(cls, source.fd, stop - start, offset=start, access=access)
        self.source, self.base = source, start
        return self

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        pass  # mmap takes its arguments in __new__

    def window(self, start: int, stop: int) -> LazyMap:
        """A map of bytes ``[start, stop)`` of this one (``start`` a multiple of
        ``mmap.ALLOCATIONGRANULARITY``), fetching through the same blocks."""
        return LazyMap(self.source, start=self.base + start, stop=self.base + stop)

    def need(self, start: int, stop: int) -> None:
        self.source.need_many([(start + self.base, stop + self.base)])

    def need_many(self, ranges: list[tuple[int, int]]) -> None:
        base = self.base
        self.source.need_many([(lo + base, hi + base) for lo, hi in ranges] if base else ranges)

    def release(self, start: int, stop: int) -> None:
        """Drop ``[start, stop)`` from memory (and, where it can, from the temporary file)."""
        block = self.source.BLOCK
        lo, hi = (start + block - 1) // block * block, min(len(self), stop // block * block)
        if hi > lo and hasattr(mmap, "MADV_DONTNEED") and self.base % block == 0:
            self.madvise(mmap.MADV_DONTNEED, lo, hi - lo)
        self.source.release(start + self.base, stop + self.base)

    # --- the accessors the readers use --------------------------------------------------------
    def __getitem__(self, key: Any) -> Any:
        if isinstance(key, slice):
            start, stop, _ = key.indices(len(self))
            self.need(min(start, stop), max(start, stop) + 1)
        else:
            i = key + len(self) if key < 0 else key
            if 0 <= i < len(self) and not self.source.has(i + self.base):
                self.need(i, i + self.source.READ_AHEAD)
        return super().__getitem__(key)

    def read(self, n: int | None = None) -> bytes:
        pos = self.tell()
        self.need(pos, len(self) if n is None or n < 0 else pos + n)
        return super().read(n)

    def readline(self) -> bytes:
        pos = self.tell()
        end = self.find(b"\n", pos)
        self.need(pos, len(self) if end < 0 else end + 1)
        return super().readline()

    def find(self, sub: Any, start: int | None = None, end: int | None = None) -> int:
        """Searched window by window, so that a hit near ``start`` fetches only that far."""
        size = len(self)
        lo = 0 if start is None else (max(0, start + size) if start < 0 else min(start, size))
        hi = size if end is None else (max(0, end + size) if end < 0 else min(end, size))
        step = 1 << 12
        at = lo
        while True:
            stop = min(hi, at + step)
            self.need(at, stop)
            found = super().find(sub, lo, stop)
            if found >= 0 or stop >= hi:
                return found
            at, step = stop, step * 2

    def rfind(self, sub: Any, start: int | None = None, end: int | None = None) -> int:
        size = len(self)
        lo = 0 if start is None else (max(0, start + size) if start < 0 else min(start, size))
        hi = size if end is None else (max(0, end + size) if end < 0 else min(end, size))
        step = 1 << 12
        at = hi
        while True:
            begin = max(lo, at - step)
            self.need(begin, at)
            found = super().rfind(sub, begin, hi)
            if found >= 0 or begin <= lo:
                return found
            at, step = begin, step * 2


def is_lazy(buf: object) -> bool:
    """Whether ``buf`` is a remote file's :class:`LazyMap` (whose bytes are fetched on demand)."""
    return isinstance(buf, LazyMap)


def need(buf: Any, start: int, stop: int) -> None:
    """Make ``buf[start:stop]`` present before it is read through the buffer protocol
    (``memoryview``, ``struct.unpack_from``...): fetches it when ``buf`` is a :class:`LazyMap`
    (a remote file), nothing otherwise."""
    if isinstance(buf, LazyMap):
        buf.need(start, stop)


def need_many(buf: Any, ranges: list[tuple[int, int]]) -> None:
    """:func:`need` for many ranges at once (fetched in parallel)."""
    if isinstance(buf, LazyMap):
        buf.need_many(ranges)


def _punch_hole(fd: int, offset: int, length: int) -> bool:
    """Free ``length`` bytes of ``fd`` at ``offset`` (Linux ``fallocate(PUNCH_HOLE)``); False
    where the platform or file system cannot."""
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        fallocate = libc.fallocate
    except (OSError, AttributeError):
        return False
    fallocate.argtypes = [ctypes.c_int, ctypes.c_int, ctypes.c_long, ctypes.c_long]
    keep_size_punch_hole = 0x01 | 0x02  # FALLOC_FL_KEEP_SIZE | FALLOC_FL_PUNCH_HOLE
    return bool(fallocate(fd, keep_size_punch_hole, offset, length) == 0)


def not_a_regular_file(mode: int) -> str | None:
    """What a non-regular file is (``a FIFO``, ``a device``...), or None for a regular file."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return "a directory"
    if stat.S_ISFIFO(mode):
        return "a FIFO (named pipe)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def is_url(path: object) -> bool:
    """``torchckpt._remote.is_url``, without importing the remote layer for a local path (with
    json and threading, ~20 M instructions of a local ``inspect --json``'s ~290 M): every scheme
    it reads has a ``://``."""
    if not isinstance(path, str) or "://" not in path:
        return False
    from .._remote import is_url as remote

    return remote(path)


# O_NONBLOCK: a FIFO swapped in between the stat and the open must not block the open
_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0) | getattr(os, "O_CLOEXEC", 0)


def release_pages(buf: Any, start: int, stop: int) -> None:
    """Drop the whole pages of ``buf[start:stop]``, a file's map, from the process's memory: bytes
    read once need not stay resident (they come back from the page cache if read again). Only pages
    wholly inside the range: callers pass bytes they only read (a directory, a pickle), and a page
    they share with tensor data, which a copy-on-write map may have written, is kept."""
    if isinstance(buf, mmap.mmap):
        page = mmap.PAGESIZE
        first, last = -(-start // page) * page, stop // page * page
        if last > first:
            buf.madvise(mmap.MADV_DONTNEED, first, last - first)


def close_quietly(buf: Any) -> None:
    """Close a map (or LazyMap) where views into it may live on, in a traceback on its way up or
    in arrays handed out: it then closes when they go (``mmap.close`` raises BufferError), and the
    error on its way up stays the one the caller sees."""
    with contextlib.suppress(BufferError):
        buf.close()


def map_file(path: str | os.PathLike[str], *, copy_on_write: bool = False) -> tuple[mmap.mmap, int]:
    """Map ``path`` read-only, or copy-on-write (writes go to private pages, never to the file).
    Only regular files are opened: FIFOs, devices and sockets are refused without blocking.
    Errors name the file and say what to do. A URL (``http(s)://``, ``s3://``, ``hf://``) maps
    to a :class:`LazyMap` that fetches what is read."""
    path = os.fspath(path)
    if is_url(path):
        from .._remote import open_url

        buf, size = open_url(path, copy_on_write=copy_on_write)
        return buf, size
    try:
        kind = not_a_regular_file(os.stat(path).st_mode)
        if kind == "a directory":
            raise UnsupportedFormatError("is a directory, not a model file", path=path,
                                         hint="pass a file (scan takes directories with --recursive)")
        if kind is not None:
            raise UnsupportedFormatError(f"is {kind}, not a model file", path=path, hint="pass a regular file")
        fd = os.open(path, _OPEN_FLAGS)
        with open(fd, "rb", closefd=True) as f:
            st = os.fstat(f.fileno())
            kind = not_a_regular_file(st.st_mode)
            if kind is not None:  # replaced since the stat
                raise UnsupportedFormatError(f"is {kind}, not a model file", path=path, hint="pass a regular file")
            size = st.st_size
            if size == 0:
                raise UnsupportedFormatError("the file is empty", path=path,
                                             hint="it was probably not written completely; re-save or re-download it")
            access = mmap.ACCESS_COPY if copy_on_write else mmap.ACCESS_READ
            return mmap.mmap(f.fileno(), 0, access=access), size
    except FileNotFoundError:
        raise TorchckptError("no such file", path=path, hint="check the path") from None
    except PermissionError:
        raise TorchckptError("permission denied", path=path, hint="check the file's permissions") from None
    except IsADirectoryError:
        raise UnsupportedFormatError("is a directory, not a model file", path=path) from None
    except OSError as exc:
        raise TorchckptError(f"cannot read the file ({exc.strerror or exc})", path=path) from None


def _shown(name: object) -> str:
    """An entry from a hostile file, quoted short and on one line (its text only)."""
    if isinstance(name, str):
        text = ascii(name)
    else:
        cls = getattr(name, "cls", None)
        text = f"a {cls if isinstance(cls, str) else type(name).__name__} object"
    return text if len(text) <= 120 else text[:117] + "..."


def _inside(target: str, root: str) -> bool:
    return target == root or target.startswith(root.rstrip(os.sep) + os.sep)


def contained_path(directory: str | os.PathLike[str], name: object, *, path: str | os.PathLike[str],
                   what: str) -> str:
    """``directory/name`` for a file a checkpoint names (a DCP ``relative_path``, an HF index
    shard), refused with :class:`UnsafePathError` unless it stays inside ``directory``: not
    absolute, no ``..``, no drive, and its real path (symbolic links resolved) inside the
    directory's real path. In a Hugging Face cache snapshot (``<repo>/snapshots/<rev>/``) links
    may lead to the repo's ``blobs/``, where huggingface_hub keeps the files it links to.

    Only the entry's own text is quoted in the error, never anything read from its target."""
    if is_url(os.fspath(directory)):
        return _contained_url(os.fspath(directory), name, path=path, what=what)
    directory = os.path.abspath(os.fspath(directory))
    hint = ("the checkpoint names a file outside its folder (a path-traversal attack or a broken export); "
            "do not load it, or move the file into the folder and fix the entry")
    if not isinstance(name, str):
        raise UnsafePathError(f"{what} is {_shown(name)}, not a file name", name=_shown(name),
                              path=path, hint=hint)
    parts = name.replace("\\", "/").split("/")
    problem = None
    if not name or "\0" in name:
        problem = "is empty" if not name else "holds a NUL byte"
    elif name.startswith(("/", "\\")) or os.path.isabs(name) or (len(name) > 1 and name[1] == ":"):
        problem = "is an absolute path"
    elif ".." in parts:
        problem = "climbs out of the folder with '..'"
    if problem is None:
        joined = os.path.join(directory, *[p for p in parts if p not in ("", ".")])
        target = os.path.realpath(joined)
        roots = [os.path.realpath(directory)]
        if os.path.basename(os.path.dirname(directory)) == "snapshots":
            roots.append(os.path.realpath(os.path.join(directory, "..", "..", "blobs")))
        if any(_inside(target, root) for root in roots):
            return joined
        problem = "leads outside the folder through a symbolic link"
    raise UnsafePathError(f"{what} {_shown(name)} {problem}", name=name, path=path, hint=hint)


def _contained_url(base: str, name: object, *, path: str | os.PathLike[str], what: str) -> str:
    """:func:`contained_path` for a checkpoint behind a URL: ``name`` beside ``base`` (the URL of
    a file of the folder), refused unless it is a relative name without ``..``."""
    from .._remote import join_url

    hint = "the checkpoint names a file outside its folder; do not load it"
    if not isinstance(name, str):
        raise UnsafePathError(f"{what} is {_shown(name)}, not a file name", name=_shown(name), path=path, hint=hint)
    parts = name.replace("\\", "/").split("/")
    problem = None
    if not name or "\0" in name or any(c in name for c in "?#@%"):
        problem = "is empty" if not name else "holds a character a URL cannot take literally"
    elif name.startswith(("/", "\\")) or "://" in name or (len(name) > 1 and name[1] == ":"):
        problem = "is an absolute path"
    elif ".." in parts:
        problem = "climbs out of the folder with '..'"
    if problem is not None:
        raise UnsafePathError(f"{what} {_shown(name)} {problem}", name=name, path=path, hint=hint)
    return join_url(base, "/".join(p for p in parts if p not in ("", ".")))
