"""Writers for ``convert`` and ``slim``: safetensors (single or sharded), torch zip, TensorRT
``.wts`` and numpy ``.npz``. No torch: the torch zip and its pickle are written by hand.

Everything streams tensor by tensor. A :class:`SourceReader` yields each tensor's bytes in
C order, in chunks of at most ``chunk_bytes``, with the dtype cast applied per chunk; bytes
that live in the source file are read with ``preadv`` into one reused buffer rather than
through the reader's mmap, so touched pages never count toward the process's RSS.

Every output goes to a temporary name beside its destination and is renamed over it only
once complete (:class:`OutputFiles`); on any failure the temporaries are removed and an
existing destination is left as it was.

>>> items = [TensorItem("fc.weight", ref, by_name("float16"))]       # doctest: +SKIP
>>> with SourceReader(ckpt) as reader, OutputFiles() as out:          # doctest: +SKIP
...     write_safetensors(out, "model.safetensors", items, reader, metadata={"format": "pt"})
...     out.commit()
"""

from __future__ import annotations

import contextlib
import errno
import io
import json
import math
import mmap
import os
import struct
import zlib
from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .._outputs import fsync_directory, open_temp, refuse_overwrite
from ..allowlist import TorchDevice, TorchSize
from ..dtypes import DType, decode_to_float32
from ..errors import ConvertError, OutputError, UnsupportedTensorError
from ..model import contiguous_stride

if TYPE_CHECKING:
    import numpy as np

    from ..checkpoint import Checkpoint
    from ..model import TensorRef

__all__ = [
    "CHUNK_BYTES",
    "ConvertError",
    "OutputError",
    "OutputFiles",
    "Sink",
    "SourceReader",
    "TensorItem",
    "ZipWriter",
    "cast",
    "shard_plan",
    "write_npz",
    "write_safetensors",
    "write_sharded_safetensors",
    "write_torch_zip",
    "write_wts",
]

CHUNK_BYTES = 16 << 20
ALIGNMENT = 64  # torch.save aligns every record's data to 64 bytes (.storage_alignment)


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


# --- atomic output ------------------------------------------------------------------------------

def _write(fd: int, data: Any) -> int:
    """One ``write(2)``; the single place output bytes go through (tests simulate a full disk here)."""
    return os.write(fd, data)


class Sink:
    """An output file being written at a temporary name; ``pos`` is the byte count so far."""

    def __init__(self, final: str, temp: str, fd: int):
        self.final, self.temp, self.fd, self.pos = final, temp, fd, 0

    def write(self, data: Any) -> None:
        view = memoryview(data).cast("B")
        total = len(view)
        done = 0
        try:
            while done < total:
                done += _write(self.fd, view[done:])
        except OSError as exc:
            raise _output_error(exc, self.final) from None
        self.pos += total

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
        sink = Sink(final, temp, fd)
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
                os.replace(sink.temp, sink.final)
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
                with contextlib.suppress(OSError):
                    os.unlink(sink.temp)
                sink.temp = ""
        self.sinks = []


# --- reading source tensors in chunks -------------------------------------------------------

class SourceReader:
    """Reads source tensors in C order, chunk by chunk, casting on the way.

    Bytes inside the checkpoint's file map are read with ``os.preadv`` from the file into a
    reused buffer (the map's pages are never touched, so they never count toward RSS);
    bytes held in memory (deflated entries, nested pickles) are read from memory.
    Yielded arrays may share that buffer: use each before asking for the next.
    """

    def __init__(self, ckpt: Checkpoint, *, chunk_bytes: int | None = None):
        import numpy as np

        self.chunk_bytes = max(16, chunk_bytes or CHUNK_BYTES)  # 16: the widest element (complex128)
        self._scratch = np.empty(self.chunk_bytes, dtype=np.uint8)
        self._out: np.ndarray | None = None
        self._fd: int | None = None
        self._base = 0
        self._length = 0
        buf = ckpt.mapping
        if isinstance(buf, mmap.mmap) and hasattr(os, "preadv"):
            try:
                fd = os.open(ckpt.path, os.O_RDONLY)
            except OSError:
                fd = None
            if fd is not None:
                if os.fstat(fd).st_size == len(buf):
                    probe = np.frombuffer(buf, dtype=np.uint8)
                    self._base, self._length, self._fd = probe.ctypes.data, len(buf), fd
                    del probe
                else:
                    os.close(fd)  # the file changed since it was opened: read through the map

    def __enter__(self) -> SourceReader:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
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

        if self._fd is None or len(view) == 0:
            return None
        addr = np.frombuffer(view, dtype=np.uint8).ctypes.data
        if self._base <= addr and addr + len(view) <= self._base + self._length:
            return addr - self._base
        return None

    def _read(self, storage: memoryview, file_offset: int | None, start: int, nbytes: int) -> np.ndarray:
        """``nbytes`` bytes from ``start`` of a storage, as a uint8 array (maybe the scratch buffer)."""
        import numpy as np

        fd = self._fd
        if file_offset is None or fd is None:  # not in the file map, or the reader was closed: read the view
            return np.frombuffer(storage[start:start + nbytes], dtype=np.uint8)
        out = self._scratch[:nbytes]
        done = 0
        while done < nbytes:
            try:
                # numpy declares ndarray's buffer protocol to type checkers only for Python >= 3.12
                n = os.preadv(fd, [out[done:]], file_offset + start + done)  # type: ignore[list-item]
            except OSError as exc:
                raise ConvertError(f"cannot read the source ({exc.strerror or exc})",
                                   hint="check the disk and the file, then retry") from None
            if n <= 0:
                raise ConvertError("the source file ended early while reading it (was it changed meanwhile?)",
                                   hint="convert from a file nothing else is writing to")
            done += n
        return out

    def chunks(self, ref: TensorRef, dtype: DType | None = None) -> Iterator[np.ndarray]:
        """The tensor's elements in C order as flat arrays of ``dtype`` (default: its own),
        stored the way the output holds them: bfloat16 and float8 as their bit patterns."""
        import numpy as np

        dst = dtype or ref.dtype
        if ref.kind not in ("dense", "subclass") or ref.storage is None:
            kind = ref.kind if ref.kind not in ("dense", "subclass") else "storage-less"
            raise UnsupportedTensorError(ref.extra.get("name", "?"), kind)
        ref.check_bounds()
        if ref.numel == 0:
            return
        src = ref.dtype
        itemsize = src.itemsize
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


def cast(raw: np.ndarray, src: DType, dst: DType, *, out: np.ndarray | None = None) -> np.ndarray:
    """Cast a flat array of ``src`` elements (bit patterns for numpy-less types) to ``dst``,
    bit for bit as torch's ``Tensor.to`` does on the CPU (NaNs included). ``out``: a uint8
    buffer to cast into (large arrays are cast in parallel parts; numpy frees the GIL).

    >>> cast(np.array([1.0, 65536.0], np.float32), by_name("float32"), by_name("float16"))
    array([ 1., inf], dtype=float16)
    """
    import numpy as np

    if src == dst:
        return raw
    if dst.name not in ("float32", "float16", "bfloat16"):
        raise ConvertError(f"cannot cast {src.name} to {dst.name}", hint="cast to float16, bfloat16 or float32")
    if not src.is_float:
        raise ConvertError(f"cannot cast {src.name} to {dst.name}", hint="only floating tensors are cast")
    kind = np.dtype(dst.numpy or dst.raw)
    n = raw.size
    result = np.empty(n, dtype=kind) if out is None else out[:n * kind.itemsize].view(kind)
    values = raw if src.numpy is None else raw.view(np.dtype(src.numpy))
    _parallel(lambda part: _cast_part(values[part], result[part], src, dst), n)
    return result


def _cast_part(values: np.ndarray, out: np.ndarray, src: DType, dst: DType) -> None:
    import numpy as np

    with np.errstate(all="ignore"):  # overflow to inf is what torch does too, silently
        if src.name == "bfloat16" and dst.name == "float32":
            bits = out.view(np.uint32)
            np.copyto(bits, values, casting="unsafe")
            np.left_shift(bits, 16, out=bits)
            return
        if src.numpy is None:
            values = decode_to_float32(values, src)
        if dst.name == "float32":
            np.copyto(out, values, casting="unsafe")
            return
        # torch casts float64 to half types through float32 (c10::Half and BFloat16 take a float)
        f32 = values if values.dtype == np.float32 else values.astype(np.float32)
        if dst.name == "float16":
            np.copyto(out, f32, casting="unsafe")
            if _has_nan(f32):
                nan = np.isnan(f32)
                # like the CPU's cvtps2ph: quiet NaN, keeping the sign and the payload's top bits
                bits = f32.view(np.uint32)[nan]
                out.view(np.uint16)[nan] = ((bits >> 16) & 0x8000 | 0x7E00 | (bits >> 13) & 0x3FF).astype(np.uint16)
            return
        # torch's vectorized float/double->bfloat16 kernel writes 0xFFFF for NaN, its scalar one
        # (from half and float8) 0x7FC0
        _to_bfloat16(f32, out, nan_bits=0xFFFF if src.name in ("float32", "float64") else 0x7FC0)


def _to_bfloat16(f32: np.ndarray, out: np.ndarray, *, nan_bits: int = 0xFFFF) -> None:
    """float32 -> bfloat16 bits, round to nearest even like torch, on one temporary."""
    import numpy as np

    bits = f32.view(np.uint32)
    tmp = np.right_shift(bits, 16)
    np.bitwise_and(tmp, 1, out=tmp)
    np.add(tmp, 0x7FFF, out=tmp)
    np.add(tmp, bits, out=tmp)
    np.right_shift(tmp, 16, out=tmp)
    np.copyto(out, tmp, casting="unsafe")
    if _has_nan(f32):
        out[np.isnan(f32)] = nan_bits


def _has_nan(values: np.ndarray) -> bool:
    """Whether any element is NaN; max() propagates NaN and runs vectorized (isnan on half does not)."""
    import numpy as np

    return values.size > 0 and bool(np.isnan(values.max()))


_POOL: Any = None
_PARALLEL_MIN = 1 << 18  # elements; below this, threads cost more than they save


def _workers() -> int:
    """Threads worth using now: up to 4, and only on idle cores — on a busy machine every
    hand-off to another thread waits for a time slice and costs more than it saves."""
    cpus = min(4, os.cpu_count() or 1)
    try:
        idle = (os.cpu_count() or 1) - os.getloadavg()[0]
    except (AttributeError, OSError):  # no load average (Windows): assume one core is ours
        idle = cpus - 1
    return max(1, min(cpus, 1 + int(idle)))


def _pool() -> Any:
    """The worker threads for casts and checksums, started on first use."""
    global _POOL
    if _POOL is None:
        from concurrent.futures import ThreadPoolExecutor

        _POOL = ThreadPoolExecutor(max_workers=3, thread_name_prefix="torchckpt")
    return _POOL


def _parallel(work: Callable[[slice], object], n: int) -> None:
    """Run ``work(slice)`` over ``range(n)`` in up to 4 parts on threads."""
    workers = _workers()
    if n < _PARALLEL_MIN or workers == 1:
        work(slice(0, n))
        return
    pool = _pool()
    step = -(-n // workers)
    parts = [slice(i, min(i + step, n)) for i in range(0, n, step)]
    futures = [pool.submit(work, part) for part in parts[1:]]
    work(parts[0])
    for future in futures:
        future.result()


# --- zip -------------------------------------------------------------------------------------------

_U32 = 0xFFFFFFFF  # "see the zip64 extra field"
_ZIP64_LIMIT = _U32  # sizes and offsets from here on need zip64 fields
_DOS_DATE = (1 << 5) | 1  # 1980-01-01: a valid date that keeps outputs reproducible


@dataclass
class _ZipRecord:
    name: bytes
    offset: int
    size: int = 0
    crc: int = 0
    zip64: bool = False


class ZipWriter:
    """A zip of stored (uncompressed) entries, each one's data aligned to ``align`` bytes the way
    torch's writer aligns them (an extra field of ``Z`` padding), zip64 where sizes need it.
    Sizes are known up front; CRCs are computed while streaming and patched into the header."""

    def __init__(self, sink: Sink, *, align: int = ALIGNMENT):
        self.sink = sink
        self.align = align
        self.records: list[_ZipRecord] = []

    def add(self, name: str, data: bytes) -> None:
        self.add_stream(name, len(data), [data])

    def add_stream(self, name: str, size: int, chunks: Iterable[Any]) -> None:
        raw_name = name.encode("utf-8")
        record = _ZipRecord(raw_name, self.sink.pos, size, zip64=size >= _ZIP64_LIMIT)
        zip64_extra = struct.pack("<HHQQ", 1, 16, size, size) if record.zip64 else b""
        fixed = 30 + len(raw_name) + len(zip64_extra) + 4
        pad = (-(record.offset + fixed)) % self.align
        extra = zip64_extra + struct.pack("<HH", 0x4246, pad) + b"Z" * pad  # "FB": torch's padding field
        sizes = _U32 if record.zip64 else size
        header = struct.pack("<4sHHHHHIIIHH", b"PK\x03\x04", 45 if record.zip64 else 20, 0x0800, 0, 0, _DOS_DATE,
                             0, sizes, sizes, len(raw_name), len(extra))
        self.sink.write(header + raw_name + extra)
        crc = 0
        written = 0
        pool = _pool() if _workers() > 1 else None
        for chunk in chunks:
            view = memoryview(chunk).cast("B")
            written += len(view)
            if pool is not None and len(view) >= 1 << 20:
                # zlib and write(2) both let go of the GIL: checksum while the bytes go out
                pending = pool.submit(zlib.crc32, view, crc)
                try:
                    self.sink.write(view)
                finally:
                    crc = pending.result()
            else:
                crc = zlib.crc32(view, crc)
                self.sink.write(view)
        if written != size:
            raise ConvertError(f"zip entry {name!r} got {written} bytes where {size} were planned")
        record.crc = crc
        self.sink.pwrite(struct.pack("<I", crc), record.offset + 14)
        self.records.append(record)

    def close(self) -> None:
        cd_start = self.sink.pos
        central = bytearray()
        for r in self.records:
            big_offset = r.offset >= _ZIP64_LIMIT
            values = []
            if r.zip64:
                values += [r.size, r.size]
            if big_offset:
                values.append(r.offset)
            extra = struct.pack(f"<HH{len(values)}Q", 1, 8 * len(values), *values) if values else b""
            sizes = _U32 if r.zip64 else r.size
            central += struct.pack("<4sHHHHHHIIIHHHHHII", b"PK\x01\x02", 45, 45 if extra else 20, 0x0800, 0, 0,
                                   _DOS_DATE, r.crc, sizes, sizes, len(r.name), len(extra), 0, 0, 0, 0,
                                   _U32 if big_offset else r.offset)
            central += r.name + extra
        self.sink.write(central)
        cd_size = len(central)
        eocd64 = self.sink.pos
        count = len(self.records)
        # zip64 end records always, like torch: readers take them whether needed or not
        self.sink.write(struct.pack("<4sQHHIIQQQQ", b"PK\x06\x06", 44, 45, 45, 0, 0, count, count, cd_size, cd_start)
                        + struct.pack("<4sIQI", b"PK\x06\x07", 0, eocd64, 1)
                        + struct.pack("<4sHHHHIIH", b"PK\x05\x06", 0, 0, min(count, 0xFFFF), min(count, 0xFFFF),
                                      cd_size if cd_size < _ZIP64_LIMIT else _U32,
                                      cd_start if cd_start < _ZIP64_LIMIT else _U32, 0))


# --- torch zip (weights only) ----------------------------------------------------------------------

class _Pickler:
    """Protocol 2 opcodes for the data ``torch.load(weights_only=True)`` accepts: dicts,
    ``OrderedDict`` (with its attributes), lists, tuples, sets, str, bytes, bytearray, int, float,
    complex, bool, None, tensors and torch dtypes, sizes and devices."""

    def __init__(self, storage_keys: dict[int, str]):
        self.out = bytearray(b"\x80\x02")
        self.memo: dict[Any, int] = {}
        self.storage_keys = storage_keys  # id(item) -> storage key

    def _memoized(self, key: Any, emit: Callable[[], object]) -> None:
        index = self.memo.get(key)
        if index is not None:
            self.out += b"h" + bytes([index]) if index < 256 else b"j" + struct.pack("<I", index)
            return
        emit()
        index = len(self.memo)
        self.memo[key] = index
        self.out += b"q" + bytes([index]) if index < 256 else b"r" + struct.pack("<I", index)

    def global_(self, module: str, name: str) -> None:
        self._memoized(("global", module, name), lambda: self.out.extend(f"c{module}\n{name}\n".encode("ascii")))

    def string(self, text: str, *, memo: bool = False) -> None:
        raw = text.encode("utf-8", "surrogatepass")

        def emit() -> None:
            self.out += b"X" + struct.pack("<I", len(raw)) + raw

        if memo:
            self._memoized(("str", text), emit)
        else:
            emit()

    def integer(self, value: int) -> None:
        if 0 <= value < 256:
            self.out += b"K" + bytes([value])
        elif 0 <= value < 65536:
            self.out += b"M" + struct.pack("<H", value)
        elif -(1 << 31) <= value < (1 << 31):
            self.out += b"J" + struct.pack("<i", value)
        else:
            n = (value.bit_length() + 8) // 8
            data = value.to_bytes(n, "little", signed=True)
            self.out += b"\x8a" + bytes([len(data)]) + data

    def save(self, obj: Any) -> None:
        out = self.out
        if obj is None:
            out += b"N"
        elif obj is True or obj is False:
            out += b"\x88" if obj else b"\x89"
        elif isinstance(obj, int):
            self.integer(int(obj))
        elif isinstance(obj, float):
            out += b"G" + struct.pack(">d", obj)
        elif isinstance(obj, TorchDevice):
            self._call("torch", "device", (str(obj),))
        elif isinstance(obj, str):
            self.string(obj)
        elif isinstance(obj, TensorItem):
            self.tensor(obj)
        elif isinstance(obj, DType):
            self.global_("torch", obj.name)
        elif isinstance(obj, TorchSize):
            self._call("torch", "Size", (tuple(obj),))
        elif isinstance(obj, tuple):
            self.tuple_(obj)
        elif isinstance(obj, bytes):  # protocol 2's own spelling, which weights_only allows
            self._call("_codecs", "encode", (obj.decode("latin-1"), "latin1"))
        elif isinstance(obj, bytearray):
            self._call("builtins", "bytearray", (bytes(obj),))
        elif isinstance(obj, set):
            self._call("builtins", "set", (list(obj),))
        elif isinstance(obj, complex):
            self._call("builtins", "complex", (obj.real, obj.imag))
        elif isinstance(obj, list):
            out += b"]"
            for start in range(0, len(obj), 1000):
                out += b"("
                for value in obj[start:start + 1000]:
                    self.save(value)
                out += b"e"
        elif isinstance(obj, dict):
            if isinstance(obj, OrderedDict):
                self.global_("collections", "OrderedDict")
                out += b")R"
            else:
                out += b"}"
            items = list(obj.items())
            for start in range(0, len(items), 1000):
                out += b"("
                for key, value in items[start:start + 1000]:
                    self.save(key)
                    self.save(value)
                out += b"u"
            attrs = getattr(obj, "__dict__", None) if isinstance(obj, OrderedDict) else None
            if attrs:  # a state dict's _metadata: BUILD on an OrderedDict, as torch.save writes it
                self.save(dict(attrs))
                out += b"b"
        else:
            raise ConvertError(f"cannot write a {type(obj).__name__} into a weights-only torch file")

    def _call(self, module: str, name: str, args: tuple[Any, ...]) -> None:
        self.global_(module, name)
        self.tuple_(args)
        self.out += b"R"

    def tuple_(self, values: tuple[Any, ...]) -> None:
        if not values:
            self.out += b")"
            return
        if len(values) <= 3:
            for v in values:
                self.save(v)
            self.out += b"\x85\x86\x87"[len(values) - 1:len(values)]
            return
        self.out += b"("
        for v in values:
            self.save(v)
        self.out += b"t"

    def tensor(self, item: TensorItem) -> None:
        out = self.out
        dtype = item.dtype
        key = self.storage_keys[id(item.alias_of or item)]
        storage_class = dtype.storage_class
        typed = storage_class is not None
        shape = tuple(item.shape)
        stride = contiguous_stride(shape)
        self.global_("torch._utils", "_rebuild_tensor_v2" if typed else "_rebuild_tensor_v3")
        out += b"(("
        self.string("storage", memo=True)
        if storage_class is not None:
            self.global_("torch", storage_class)
            numel = item.numel
        else:  # dtypes without a legacy storage class: untyped bytes plus the dtype (torch.save does this)
            self.global_("torch.storage", "UntypedStorage")
            numel = item.nbytes
        self.string(key)
        self.string("cpu", memo=True)  # always cpu: the output loads on machines without the source's GPU
        self.integer(numel)
        out += b"tQ"
        self.integer(0)
        self.tuple_(shape)
        self.tuple_(stride)
        out += b"\x89"
        self.global_("collections", "OrderedDict")
        out += b")R"
        if not typed:
            self.global_("torch", dtype.name)
        out += b"tR"

    def finish(self) -> bytes:
        return bytes(self.out + b".")



def write_torch_zip(out: OutputFiles, path: str, root: Any, items: list[TensorItem], reader: SourceReader,
                    *, folder: str = "archive", pickler: _Pickler | None = None) -> Sink:
    """A ``torch.save`` zip of ``root`` (dicts, lists, scalars and :class:`TensorItem` leaves)
    that ``torch.load(weights_only=True)`` reads; each storage holds exactly its tensor's
    bytes, and aliased items share one storage. A ``pickler`` that has already saved ``root``
    (numbering storages as it met them, in ``items`` order) writes the pickle instead."""
    if pickler is None:
        storage_keys: dict[int, str] = {}
        owners: list[TensorItem] = []
        for item in items:
            if item.alias_of is None and id(item) not in storage_keys:
                storage_keys[id(item)] = str(len(owners))
                owners.append(item)
        pickler = _Pickler(storage_keys)
        pickler.save(root)
    else:
        storage_keys = pickler.storage_keys
        owners = [item for item in items if item.alias_of is None]
    data_pkl = pickler.finish()
    sink = out.create(path)
    z = ZipWriter(sink)
    z.add(f"{folder}/data.pkl", data_pkl)
    z.add(f"{folder}/.format_version", b"1")
    z.add(f"{folder}/.storage_alignment", str(ALIGNMENT).encode())
    z.add(f"{folder}/byteorder", b"little")
    for item in owners:
        z.add_stream(f"{folder}/data/{storage_keys[id(item)]}", item.nbytes, reader.chunks(item.ref, item.dtype))
    z.add(f"{folder}/version", b"3\n")
    # torch writes 40 digits here; derived from the contents, so equal inputs give equal files
    digest = 0
    for record in z.records:
        digest = zlib.crc32(struct.pack("<IQ", record.crc, record.size), digest)
    z.add(f"{folder}/.data/serialization_id", f"{digest:020d}{sink.pos:020d}".encode())
    z.close()
    return sink


# --- safetensors ------------------------------------------------------------------------------------

def _safetensors_order(items: list[TensorItem]) -> list[TensorItem]:
    # widest dtypes first keeps every tensor aligned to its element size (the library does the same)
    return sorted(items, key=lambda it: -it.dtype.itemsize)


def write_safetensors(out: OutputFiles, path: str, items: list[TensorItem], reader: SourceReader,
                      *, metadata: dict[str, str] | None = None) -> Sink:
    """One safetensors file: header first (all offsets follow from the shapes), then each
    tensor's bytes streamed from the source. Tied tensors are written once per name."""
    order = _safetensors_order(items)
    header: dict[str, Any] = {}
    if metadata:
        header["__metadata__"] = {str(k): str(v) for k, v in metadata.items()}
    offset = 0
    for item in order:
        header[item.name] = {"dtype": item.dtype.safetensors, "shape": list(item.shape),
                             "data_offsets": [offset, offset + item.nbytes]}
        offset += item.nbytes
    raw = json.dumps(header, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
    raw += b" " * ((-(8 + len(raw))) % 8)
    sink = out.create(path)
    sink.write(struct.pack("<Q", len(raw)) + raw)
    for item in order:
        for chunk in reader.chunks(item.ref, item.dtype):
            sink.write(chunk)
    return sink


def shard_plan(items: list[TensorItem], max_bytes: int) -> list[list[TensorItem]]:
    """Greedy in file order, like ``huggingface_hub.split_torch_state_dict_into_shards``: a new
    shard starts when the next tensor would overflow the current one; a tensor bigger than
    ``max_bytes`` gets a shard of its own."""
    shards: list[list[TensorItem]] = [[]]
    size = 0
    for item in items:
        if shards[-1] and size + item.nbytes > max_bytes:
            shards.append([])
            size = 0
        shards[-1].append(item)
        size += item.nbytes
    return shards


def write_sharded_safetensors(out: OutputFiles, path: str, items: list[TensorItem], reader: SourceReader,
                              *, max_shard_bytes: int, metadata: dict[str, str] | None = None) -> list[Sink]:
    """``model-00001-of-00003.safetensors`` ... beside ``path`` plus ``path + ".index.json"``
    (``metadata.total_size``, ``weight_map``), the layout ``transformers`` loads. When
    everything fits in one shard, a single file at ``path`` and no index, as
    ``save_pretrained`` does."""
    shards = shard_plan(items, max_shard_bytes)
    if len(shards) == 1:
        return [write_safetensors(out, path, items, reader, metadata=metadata)]
    directory, base = os.path.split(os.path.abspath(path))
    stem = base[: -len(".safetensors")] if base.endswith(".safetensors") else base
    sinks = []
    weight_map: dict[str, str] = {}
    for i, shard in enumerate(shards, 1):
        name = f"{stem}-{i:05d}-of-{len(shards):05d}.safetensors"
        sinks.append(write_safetensors(out, os.path.join(directory, name), shard, reader, metadata=metadata))
        weight_map.update((item.name, name) for item in shard)
    index = {"metadata": {"total_size": sum(item.nbytes for item in items)}, "weight_map": weight_map}
    sink = out.create(os.path.join(directory, f"{base}.index.json"))
    sink.write((json.dumps(index, indent=2, sort_keys=True) + "\n").encode("utf-8"))
    sinks.append(sink)
    return sinks


# --- TensorRT .wts ---------------------------------------------------------------------------------

WTS_CHUNK_VALUES = 1 << 20  # 9 MB of text per write


def _wts_words(values: np.ndarray, hexdigits: np.ndarray) -> np.ndarray:
    """``' ' + struct.pack('>f', v).hex()`` for every value, vectorized: (n, 9) uint8."""
    import numpy as np

    with np.errstate(over="ignore"):  # beyond float32's range: inf (gen_wts.py would crash there)
        b = values.astype(">f4").view(np.uint8).reshape(-1, 4)
    text = np.empty((len(b), 9), dtype=np.uint8)
    text[:, 0] = 32
    text[:, 1::2] = hexdigits[b >> 4]
    text[:, 2::2] = hexdigits[b & 15]
    return text


def write_wts(out: OutputFiles, path: str, items: list[TensorItem], reader: SourceReader) -> Sink:
    """TensorRT's text weights, byte for byte what tensorrtx's ``gen_wts.py`` writes::

        f.write('{}\\n'.format(len(state_dict)))
        for k, v in state_dict.items():
            f.write('{} {} '.format(k, v.numel()))
            for vv in v.reshape(-1): f.write(' ' + struct.pack('>f', float(vv)).hex())
            f.write('\\n')
    """
    import numpy as np

    hexdigits = np.frombuffer(b"0123456789abcdef", dtype=np.uint8)
    sink = out.create(path)
    sink.write(f"{len(items)}\n".encode())
    for item in items:
        sink.write(f"{item.name} {item.numel} ".encode())
        for chunk in reader.chunks(item.ref, item.dtype):
            dtype = item.dtype
            if dtype.numpy is None:
                values = decode_to_float32(chunk, dtype)
            elif dtype.is_float:
                values = chunk.view(np.dtype(dtype.numpy))
            else:  # float(vv) of an integer is a Python float (double), then packed to float32
                values = chunk.view(np.dtype(dtype.numpy)).astype(np.float64)
            for start in range(0, len(values), WTS_CHUNK_VALUES):
                sink.write(_wts_words(values[start:start + WTS_CHUNK_VALUES], hexdigits))
        sink.write(b"\n")
    return sink


# --- numpy .npz --------------------------------------------------------------------------------------

def _npy_header(dtype: DType, shape: tuple[int, ...]) -> bytes:
    import numpy as np

    header = {"descr": np.lib.format.dtype_to_descr(np.dtype(dtype.numpy)), "fortran_order": False,
              "shape": tuple(shape)}
    buf = io.BytesIO()
    try:
        np.lib.format.write_array_header_1_0(buf, header)
    except ValueError:  # a header over 64 KB needs format 2.0
        buf = io.BytesIO()
        np.lib.format.write_array_header_2_0(buf, header)
    return buf.getvalue()


def write_npz(out: OutputFiles, path: str, items: list[TensorItem], reader: SourceReader) -> Sink:
    """``numpy.savez`` layout: one stored ``<name>.npy`` per tensor; ``numpy.load`` reads it."""
    sink = out.create(path)
    z = ZipWriter(sink)
    for item in items:
        head = _npy_header(item.dtype, item.shape)

        def stream(item: TensorItem = item, head: bytes = head) -> Iterator[Any]:
            yield head
            yield from reader.chunks(item.ref, item.dtype)

        z.add_stream(f"{item.name}.npy", len(head) + item.nbytes, stream())
    z.close()
    return sink
