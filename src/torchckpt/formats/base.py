"""What every reader shares: mapping a file, and the byte sources storages read through."""

from __future__ import annotations

import mmap
import os

from ..errors import CorruptFileError, TorchckptError, UnsupportedFormatError

__all__ = ["BytesSource", "SliceSource", "map_file"]


class SliceSource:
    """``length`` bytes of ``buf`` from ``start``; views are zero-copy slices of the map."""

    __slots__ = ("buf", "start", "length", "what")

    def __init__(self, buf, start: int, length: int, *, what: str = "storage"):
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


def map_file(path: str | os.PathLike[str], *, copy_on_write: bool = False) -> tuple[mmap.mmap | bytes, int]:
    """Map ``path`` read-only, or copy-on-write (writes go to private pages, never to the file).
    Errors name the file and say what to do."""
    path = os.fspath(path)
    try:
        if os.path.isdir(path):
            raise UnsupportedFormatError("is a directory, not a model file", path=path,
                                         hint="pass a file (scan takes directories with --recursive)")
        with open(path, "rb") as f:
            size = os.fstat(f.fileno()).st_size
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
