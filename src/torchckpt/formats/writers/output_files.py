"""Outputs written at temporary names and renamed over their destinations together, or not at all.

The primitives (temporary names, the umask, fsync, the never-over-the-input rule) are
:mod:`torchckpt._outputs`; this module groups several outputs (shards and their index) into
one commit and turns ``OSError`` into an :class:`~torchckpt.errors.OutputError` with a hint.
"""

from __future__ import annotations

import contextlib
import errno
import os
import sys
from collections.abc import Callable, Iterable
from typing import Any

from ... import _outputs
from ..._outputs import fsync_directory, open_temp, refuse_overwrite, remove_quietly
from ...errors import OutputError
from ..base import WRITE_PIECE

__all__ = ["OutputFiles", "Sink"]


def _write(fd: int, data: Any) -> int:
    """One ``write(2)``; the single place output bytes go through (tests simulate a full disk here)."""
    return os.write(fd, data)


# Written bytes are sent to the disk every _FLUSH_EVERY (Linux's sync_file_range), while the rest
# is still being read, fetched or cast, rather than all by the fsync at the commit, which found
# a whole file to write then: 0.5 s of a 1 GB remote convert's 2.7 s, idle.
_FLUSH_EVERY = 32 << 20
_SYNC_FILE_RANGE_WRITE = 2   # start writing the range back; do not wait for it
_sync_file_range: Any = False   # not looked up yet


def _writeback() -> Callable[[int, int, int, int], int] | None:
    """libc's ``sync_file_range`` (Linux), or None where there is none."""
    global _sync_file_range
    if _sync_file_range is False:
        _sync_file_range = None
        if sys.platform.startswith("linux"):
            import ctypes

            with contextlib.suppress(OSError, AttributeError):
                function = ctypes.CDLL(None, use_errno=True).sync_file_range
                function.argtypes = [ctypes.c_int, ctypes.c_int64, ctypes.c_int64, ctypes.c_uint]
                _sync_file_range = function
    found: Callable[[int, int, int, int], int] | None = _sync_file_range
    return found


class Sink:
    """An output file being written at a temporary name; ``pos`` is the byte count so far.
    With ``write_back``, what is written is sent to the disk as it goes (see _FLUSH_EVERY)."""

    def __init__(self, final: str, temp: str, fd: int, *, write_back: bool = False):
        self.final, self.temp, self.fd, self.pos = final, temp, fd, 0
        self._flushed = 0
        self._write_back = _writeback() if write_back else None

    def write(self, data: Any) -> None:
        view = memoryview(data).cast("B")
        total = len(view)
        done = 0
        try:
            while done < total:   # in pieces: see WRITE_PIECE
                done += _write(self.fd, view[done:done + WRITE_PIECE])
        except OSError as exc:
            raise _output_error(exc, self.final) from None
        self.pos += total
        if self._write_back is not None and self.pos - self._flushed >= _FLUSH_EVERY:
            # a failure here is the fsync's to report, at the commit
            self._write_back(self.fd, self._flushed, self.pos - self._flushed, _SYNC_FILE_RANGE_WRITE)
            self._flushed = self.pos

    def pwrite(self, data: bytes, offset: int) -> None:
        try:
            if hasattr(os, "pwrite"):
                if os.pwrite(self.fd, data, offset) != len(data):
                    raise OSError(errno.EIO, "short write")
            else:  # Windows
                os.lseek(self.fd, offset, os.SEEK_SET)
                os.write(self.fd, data)
                os.lseek(self.fd, self.pos, os.SEEK_SET)
        except OSError as exc:
            raise _output_error(exc, self.final) from None


def _output_error(exc: OSError, path: str) -> OutputError:
    reason = exc.strerror or str(exc)
    hint = {errno.ENOSPC: "free some disk space or write somewhere else (the old file, if any, is untouched)",
            errno.EDQUOT: "the disk quota is exhausted; free space or write somewhere else",
            errno.EACCES: "check the directory's permissions",
            errno.EROFS: "the file system is read-only; write somewhere else",
            errno.ENOENT: "the output directory does not exist; create it first"}.get(exc.errno or 0)
    return OutputError(f"cannot write the output ({reason})", path=path,
                       hint=hint or "nothing was written; check the path and retry")


class OutputFiles:
    """A group of outputs that appear together or not at all.

    :meth:`create` opens a temporary file beside each destination; :meth:`commit` flushes
    them to disk and renames each over its destination in creation order (write an index
    last); leaving the ``with`` block without a commit removes every temporary.
    """

    def __init__(self, *, fsync: bool = True, protect: Iterable[str] = ()):
        self.sinks: list[Sink] = []
        self.fsync = fsync
        self.protect = tuple(protect)  # inputs no output may replace (shards are named only as they come)
        self.committed = False

    def __enter__(self) -> OutputFiles:
        return self

    def __exit__(self, *exc: object) -> None:
        if not self.committed:
            self.abort()

    def create(self, final: str | os.PathLike[str]) -> Sink:
        final = os.path.realpath(os.fspath(final))  # through a symlink: replace its target, keep the link
        if os.path.isdir(final):
            raise OutputError("the output path is a directory", path=final, hint="give a file name")
        if self.protect:
            refuse_overwrite(self.protect, [final])
        try:
            temp, fd = open_temp(final)  # 0o666 less the umask, applied by the kernel
        except OSError as exc:
            raise _output_error(exc, final) from None
        sink = Sink(final, temp, fd, write_back=self.fsync)
        self.sinks.append(sink)
        try:
            if os.path.exists(final) and hasattr(os, "fchmod"):
                os.fchmod(fd, os.stat(final).st_mode & 0o7777)  # replacing a file keeps its mode
        except OSError:
            pass
        return sink

    def commit(self) -> None:
        try:
            for sink in self.sinks:
                if self.fsync:
                    os.fsync(sink.fd)
                os.close(sink.fd)
                sink.fd = -1
            for sink in self.sinks:
                _outputs.commit(sink.temp, sink.final, durable=False)  # each directory is fsynced once, below
                sink.temp = ""
        except OSError as exc:
            self.abort()
            raise _output_error(exc, self.sinks[0].final if self.sinks else "") from None
        self.committed = True
        if self.fsync:
            for directory in {os.path.dirname(s.final) for s in self.sinks}:
                fsync_directory(directory)

    def abort(self) -> None:
        for sink in self.sinks:
            if sink.fd >= 0:
                with contextlib.suppress(OSError):
                    os.close(sink.fd)
                sink.fd = -1
            if sink.temp:
                remove_quietly(sink.temp)
                sink.temp = ""
        self.sinks = []
