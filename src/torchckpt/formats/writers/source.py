"""What to write and where its bytes come from: :class:`TensorItem` and :class:`SourceReader`.

A :class:`SourceReader` yields each tensor's bytes in C order, in chunks of at most
``CHUNK_BYTES``, with the dtype cast applied per chunk; bytes that live in the source file
are read with ``preadv`` into one reused buffer rather than through the reader's mmap, so
touched pages never count toward the process's RSS.
"""

from __future__ import annotations

import math
import mmap
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ...dtypes import DType
from ...errors import ConvertError, UnsupportedTensorError
from ..base import FetchedFile, LazyMap, RangeStream, need
from .cast import cast

if TYPE_CHECKING:
    import numpy as np

    from ...checkpoint import Checkpoint
    from ...model import StorageRef, TensorRef

__all__ = ["CHUNK_BYTES", "SourceReader", "TensorItem"]

CHUNK_BYTES = 16 << 20


@dataclass(eq=False)
class TensorItem:
    """One tensor to write: its output name, the source tensor and the output dtype.

    ``alias_of`` is set when an earlier item has exactly the same bytes in the source (tied
    weights): formats that can alias (torch zip) store those bytes once.
    """

    name: str
    ref: TensorRef
    dtype: DType
    alias_of: TensorItem | None = field(default=None, repr=False)

    @property
    def shape(self) -> tuple[int, ...]:
        return self.ref.shape

    @property
    def numel(self) -> int:
        return self.ref.numel

    @property
    def nbytes(self) -> int:
        return self.ref.numel * self.dtype.itemsize


# how far ahead of the tensor being written a remote file's bytes are fetched (into memory):
# enough parallel ranges to keep a link busy while one tensor is written
_AHEAD = 64 << 20


class SourceReader:
    """Reads source tensors in C order, chunk by chunk, casting on the way.

    Bytes inside the checkpoint's file map are read with ``os.preadv`` from the file into a
    reused buffer (the map's pages are never touched, so they never count toward RSS);
    bytes held in memory (deflated entries, nested pickles) are read from memory.
    Yielded arrays may share that buffer: use each before asking for the next.
    """

    _lazy: LazyMap | None = None    # the map of a remote file (its fetched blocks are freed once read)
    _stream: RangeStream | None = None   # the storages :meth:`expect` announced, fetched ahead

    def __init__(self, ckpt: Checkpoint, *, chunk_bytes: int | None = None):
        # numpy is imported at the first read, not here: from a URL, the writer's announcement
        # (expect) starts the fetches first, and they run while numpy loads
        self.chunk_bytes = max(16, chunk_bytes or CHUNK_BYTES)  # 16: the widest element (complex128)
        self._scratch: bytearray | None = None
        self._out: np.ndarray | None = None
        self._fd: int | None = None
        self._base: int | None = None   # the map's address (found at the first read that needs it)
        self._buf: Any = None
        buf = ckpt.mapping
        if isinstance(buf, LazyMap) and hasattr(os, "preadv"):
            # a remote file: read its fetched blocks from the temporary file (not through the map,
            # which would keep them in memory), and free them once read
            self._buf, self._fd, self._lazy = buf, os.dup(buf.source.fd), buf
            if chunk_bytes is None:   # reads the size of the fetched pieces: each one a view of one piece
                self.chunk_bytes = FetchedFile._CHUNK
        elif isinstance(buf, mmap.mmap) and hasattr(os, "preadv"):
            try:
                fd = os.open(ckpt.path, os.O_RDONLY)
            except OSError:
                fd = None
            if fd is not None:
                if os.fstat(fd).st_size == len(buf):
                    self._buf, self._fd = buf, fd
                else:
                    os.close(fd)  # the file changed since it was opened: read through the map

    def __enter__(self) -> SourceReader:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        if self._stream is not None:
            self._stream.close()
            self._stream = None
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None

    def _output(self, nbytes: int) -> np.ndarray:
        import numpy as np

        if self._out is None or len(self._out) < nbytes:
            self._out = np.empty(max(nbytes, self.chunk_bytes), dtype=np.uint8)
        return self._out

    def _file_offset(self, view: memoryview) -> int | None:
        import numpy as np

        if self._fd is None or len(view) == 0 or self._buf is None:
            return None
        if self._base is None:
            probe = np.frombuffer(self._buf, dtype=np.uint8)
            self._base = probe.ctypes.data
            del probe
        addr = np.frombuffer(view, dtype=np.uint8).ctypes.data
        if self._base <= addr and addr + len(view) <= self._base + len(self._buf):
            return addr - self._base
        return None

    def _read(self, storage: memoryview | None, file_offset: int | None, start: int, nbytes: int) -> np.ndarray:
        """``nbytes`` bytes from ``start`` of a storage, as a uint8 array (maybe the scratch buffer);
        ``storage`` is None only where ``file_offset`` was found without it."""
        import numpy as np

        if file_offset is None or self._fd is None:  # not in the file map, or the reader was closed: read the view
            if storage is None:
                raise ConvertError("the source was closed while reading it", hint="convert again")
            return np.frombuffer(storage[start:start + nbytes], dtype=np.uint8)
        return np.frombuffer(self._read_file(file_offset + start, nbytes), dtype=np.uint8)

    def _read_file(self, at: int, nbytes: int) -> Any:
        """``nbytes`` bytes of the source file from ``at``: a remote file's fetched piece when the
        stream holds them, else read (``preadv``) into the scratch buffer."""
        if self._stream is not None:
            held = self._stream.read(at, at + nbytes)
            if held is not None:
                return held
        fd = self._fd
        if fd is None:
            raise ConvertError("the source was closed while reading it", hint="convert again")
        if self._scratch is None or len(self._scratch) < nbytes:
            self._scratch = bytearray(max(nbytes, self.chunk_bytes))
        out = memoryview(self._scratch)[:nbytes]
        done = 0
        need(self._lazy, at, at + nbytes)
        while done < nbytes:
            try:
                n = os.preadv(fd, [out[done:]], at + done)
            except OSError as exc:
                raise ConvertError(f"cannot read the source ({exc.strerror or exc})",
                                   hint="check the disk and the file, then retry") from None
            if n <= 0:
                raise ConvertError("the source file ended early while reading it (was it changed meanwhile?)",
                                   hint="convert from a file nothing else is writing to")
            done += n
        if self._lazy is not None:
            self._lazy.source.release(at, at + nbytes)
        return out

    def _in_file(self, storage: StorageRef) -> int | None:
        """Where a storage starts in the source file, read with ``preadv`` (through a remote
        file's map, a view would fetch the whole storage at once); None when it is not in the
        file as-is, or the file is read through its map."""
        if self._fd is None or self._buf is None:
            return None
        where = storage.span()
        return where[1] if where is not None and where[0] is self._buf else None

    def expect(self, refs: Iterable[TensorRef]) -> None:
        """The tensors :meth:`chunks` will be asked for, in this order: from a remote file, their
        storages are fetched that way, ``_AHEAD`` bytes ahead of the writer, into memory."""
        if self._lazy is None:
            return
        spans: list[tuple[int, int]] = []
        for ref in refs:
            where = ref.storage.span() if ref.storage is not None else None
            if where is not None and where[0] is self._lazy:
                spans.append((where[1], where[2]))
        if self._stream is not None:
            self._stream.close()
        self._stream = self._lazy.source.stream(spans, ahead=_AHEAD)

    def chunks(self, ref: TensorRef, dtype: DType | None = None) -> Iterator[np.ndarray]:
        """The tensor's elements in C order as flat arrays of ``dtype`` (default: its own),
        stored the way the output holds them: bfloat16 and float8 as their bit patterns."""
        import numpy as np

        dst = dtype or ref.dtype
        if ref.kind not in ("dense", "subclass") or ref.storage is None:
            kind = ref.kind if ref.kind not in ("dense", "subclass") else "storage-less"
            raise UnsupportedTensorError(ref.name or "?", kind)
        ref.check_bounds()
        if ref.numel == 0:
            return
        src = ref.dtype
        itemsize = src.itemsize
        storage: memoryview | None = None
        file_offset = self._in_file(ref.storage) if self._lazy is not None else None
        if file_offset is None:
            storage = ref.storage.buffer()
            file_offset = self._file_offset(storage)
        big = ref.storage.byteorder == "big" and itemsize > 1
        raw = np.dtype(src.raw)
        shape: tuple[int, ...]
        stride: tuple[int, ...]
        if ref.is_contiguous:
            shape, stride = (ref.numel,), (1,)
        else:
            shape, stride = ref.shape, ref.stride or ()
        base = ref.offset
        for elem, bshape, bstride in _blocks(shape, stride, base, itemsize, self.chunk_bytes):
            count = math.prod(bshape)
            span = (sum((s - 1) * st for s, st in zip(bshape, bstride)) + 1) * itemsize
            data = self._read(storage, file_offset, elem * itemsize, span)
            if len(bshape) == 1 and bstride[0] == 1:
                flat = data[:count * itemsize].view(raw)
            else:
                strided = np.lib.stride_tricks.as_strided(
                    data.view(raw), shape=bshape, strides=tuple(s * itemsize for s in bstride), writeable=False)
                flat = np.ascontiguousarray(strided).reshape(-1)
            if big:
                flat = flat.byteswap()
            if dst == src:
                yield flat
            else:
                yield cast(flat, src, dst, out=self._output(count * dst.itemsize))


    def byte_chunks(self, ref: TensorRef, dtype: DType | None = None) -> Iterator[Any]:
        """The bytes :meth:`chunks` yields, as buffers, for writers that copy bytes (safetensors,
        zip entries). A tensor written as it is stored (its own dtype, contiguous, little-endian)
        is copied without numpy: from a remote file, numpy's import (0.2 s) would otherwise hold
        up the first write while the fetches ahead wait for room. Others go through :meth:`chunks`."""
        src = ref.dtype
        if (dtype not in (None, src) or ref.kind not in ("dense", "subclass") or ref.storage is None
                or not ref.is_contiguous or (ref.storage.byteorder == "big" and src.itemsize > 1)):
            yield from self.chunks(ref, dtype)
            return
        ref.check_bounds()
        start = ref.offset * src.itemsize
        stop = start + ref.numel * src.itemsize
        if stop == start:
            return
        step = self.chunk_bytes // 16 * 16   # whole elements of every size
        file_offset = self._in_file(ref.storage)
        if file_offset is None:   # bytes in memory (a deflated entry), or a file read through its map
            storage = ref.storage.buffer()
            for at in range(start, stop, step):
                yield storage[at:min(stop, at + step)]
            return
        for at in range(start, stop, step):
            yield self._read_file(file_offset + at, min(step, stop - at))


def _blocks(shape: tuple[int, ...], stride: tuple[int, ...], base: int, itemsize: int,
            limit: int) -> Iterator[tuple[int, tuple[int, ...], tuple[int, ...]]]:
    """Split a strided tensor into blocks ``(first element, shape, stride)`` whose source span
    and output size each fit in ``limit`` bytes, in C order."""
    if not shape:
        yield base, (1,), (1,)
        return
    out = math.prod(shape) * itemsize
    span = (sum((s - 1) * st for s, st in zip(shape, stride)) + 1) * itemsize
    if span <= limit and out <= limit:
        yield base, shape, stride
        return
    rows, step = shape[0], stride[0]
    row_shape, row_stride = shape[1:], stride[1:]
    row_out = math.prod(row_shape) * itemsize
    row_span = (sum((s - 1) * st for s, st in zip(row_shape, row_stride)) + 1) * itemsize
    if row_span <= limit and row_out <= limit:
        by_span = rows if step == 0 else (limit - row_span) // (step * itemsize) + 1
        k = max(1, min(rows, by_span, limit // max(row_out, 1)))
        for i in range(0, rows, k):
            yield base + i * step, (min(k, rows - i), *row_shape), stride
        return
    for i in range(rows):
        yield from _blocks(row_shape, row_stride, base + i * step, itemsize, limit)
