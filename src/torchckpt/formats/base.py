"""What every reader shares: mapping a file, and the byte sources storages read through."""

from __future__ import annotations

import errno
import io
import mmap
import os
import stat
from typing import Any, TypeAlias

from ..errors import CorruptFileError, TorchckptError, UnsafePathError, UnsupportedFormatError

__all__ = ["BufferFile", "BytesSource", "FileBytes", "SliceSource", "contained_path", "map_file", "not_a_regular_file"]

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

    def view(self, offset: int, nbytes: int) -> memoryview:
        if offset < 0 or offset + nbytes > self.length:
            raise CorruptFileError(f"{self.what} holds {self.length} bytes but {offset + nbytes} are needed")
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


# O_NONBLOCK: a FIFO swapped in between the stat and the open must not block the open
_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0) | getattr(os, "O_CLOEXEC", 0)


def map_file(path: str | os.PathLike[str], *, copy_on_write: bool = False) -> tuple[mmap.mmap, int]:
    """Map ``path`` read-only, or copy-on-write (writes go to private pages, never to the file).
    Only regular files are opened: FIFOs, devices and sockets are refused without blocking.
    Errors name the file and say what to do."""
    path = os.fspath(path)
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
