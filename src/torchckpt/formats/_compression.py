"""Bounded decompression: every inflater the readers and the scanner use, in one place.

Declared sizes are checked before anything is allocated, and no stream is ever inflated past
``limit`` bytes: a 100 KB file that would inflate to terabytes is reported, never read.
Only public decompressor APIs are used (``zlib``, ``bz2``, ``lzma`` with ``max_length``);
no private :mod:`zipfile` helpers.
"""

from __future__ import annotations

import functools
import zlib
from dataclasses import dataclass

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

    from ..vocab import WrapperKind

__all__ = ["MAX_INFLATE", "ZSTD_MODULES", "Inflated", "TooLargeError", "decompress", "inflate_member", "sniff",
           "starts_stream", "zstd_decompress", "zstd_module"]

# zstd decoders, in the order torch's DCP tries them (``zstandard``, then ``pyzstd``), then the
# standard library's (Python 3.14); none is a dependency of ours
ZSTD_MODULES = ("zstandard", "pyzstd", "compression.zstd")

MAX_INFLATE = 1 << 30          # no stream is inflated past this many bytes
_CHUNK = 1 << 16


class TooLargeError(ValueError):
    """The content would inflate past the limit; it was not read."""

    def __init__(self, limit: int):
        super().__init__(f"inflates to more than {limit} bytes")
        self.limit = limit


@dataclass(slots=True)
class Inflated:
    """What a zip member decompresses to: ``data`` (at most the declared size), ``error`` when the
    stream is corrupt or ends early (``data`` then holds what came out before that), ``ended``
    whether the compressed stream reached its end marker."""

    data: bytes
    error: str | None = None
    ended: bool = True


def sniff(head: bytes) -> WrapperKind | None:
    """The whole-file compression format ``head`` starts with, by magic bytes."""
    if head[:2] == b"\x1f\x8b":
        return "gzip"
    if head[:3] == b"BZh" and head[3:4].isdigit():
        return "bz2"
    if head[:6] == b"\xfd7zXZ\x00":
        return "xz"
    if len(head) >= 2 and head[0] == 0x78 and (head[0] * 256 + head[1]) % 31 == 0:
        return "zlib"
    return None


def _decompressor(kind: WrapperKind) -> Any:
    if kind in ("gzip", "zlib"):
        return zlib.decompressobj(zlib.MAX_WBITS | (16 if kind == "gzip" else 0))
    if kind == "bz2":
        import bz2

        return bz2.BZ2Decompressor()
    import lzma

    return lzma.LZMADecompressor()


def _corrupt() -> tuple[type[Exception], ...]:
    """What decompressing a corrupt stream raises: lzma's own error too where lzma is in use
    (it is imported only for xz and zip method 14, and its error is no OSError)."""
    import sys

    lzma = sys.modules.get("lzma")
    return (OSError, EOFError, ValueError, zlib.error, *((lzma.LZMAError,) if lzma is not None else ()))


def starts_stream(head: bytes) -> bool:
    """Whether ``head`` starts a compressed stream that really decompresses (not just its magic)."""
    kind = sniff(head[:16])
    if kind is None:
        return False
    try:
        _decompressor(kind).decompress(head, 1024)
    except _corrupt():
        return False
    return True


def decompress(kind: WrapperKind, data: Any, *, limit: int = MAX_INFLATE) -> bytes:
    """A whole-file wrapper's content. Raises :class:`TooLargeError` past ``limit`` and
    ``ValueError`` when the stream is corrupt (``OSError``/``EOFError``/``zlib.error`` included)."""
    dec = _decompressor(kind)
    try:
        out: bytes = dec.decompress(data, limit)
    except _corrupt() as exc:
        raise ValueError(str(exc)) from None
    if kind in ("gzip", "zlib"):
        if dec.unconsumed_tail:
            raise TooLargeError(limit)
    elif not dec.eof and not dec.needs_input:
        raise TooLargeError(limit)
    return out


@functools.cache
def zstd_module() -> str | None:
    """The first zstd decoder of :data:`ZSTD_MODULES` that imports here, or None."""
    import importlib

    for name in ZSTD_MODULES:
        try:
            importlib.import_module(name)
        except ImportError:
            continue
        return name
    return None


def zstd_decompress(raw: Any, *, limit: int = MAX_INFLATE, module: str | None = None) -> bytes:
    """Every frame of a zstd stream, concatenated, as torch's DCP reads an item through its
    ``stream.zstd`` extension (``read(-1)``: zstandard's reader and pyzstd's endless decompressor
    both go on across frames). Raises :class:`TooLargeError` past ``limit``, ``ValueError`` when the
    stream is corrupt or ends inside a frame, ``ImportError`` when no decoder imports."""
    import importlib
    import io

    name = module or zstd_module()
    if name is None:
        raise ImportError(f"no zstd decoder: install one of {', '.join(ZSTD_MODULES[:2])}")
    lib: Any = importlib.import_module(name)
    failures = (lib.ZstdError, OSError, EOFError)  # each decoder names its error ZstdError
    out = bytearray()
    try:
        if name == "zstandard":
            reader = lib.ZstdDecompressor().stream_reader(io.BytesIO(bytes(raw)), read_across_frames=True)
            while chunk := reader.read(_CHUNK):
                out += chunk
                if len(out) > limit:
                    raise TooLargeError(limit)
            return bytes(out)
        rest = bytes(raw)
        while rest:  # one decompressor a frame: a frame's end leaves the next frames in unused_data
            dec = lib.ZstdDecompressor()
            out += dec.decompress(rest, max_length=limit + 1 - len(out))
            if len(out) > limit:
                raise TooLargeError(limit)
            if not dec.eof:
                raise ValueError("the zstd stream ends inside a frame")
            rest = dec.unused_data
    except failures as exc:
        raise ValueError(f"corrupt zstd stream ({' '.join(str(exc).split())[:200]})") from None
    return bytes(out)


def _lzma_zip(raw: Any) -> Any:
    """The raw LZMA1 decompressor of a zip member (method 14: version, properties, stream)."""
    import lzma

    head = bytes(raw[:4])
    if len(head) < 4:
        raise ValueError("truncated LZMA header")
    psize = int.from_bytes(head[2:4], "little")
    props = bytes(raw[4:4 + psize])
    if len(props) < 5:
        raise ValueError("truncated LZMA properties")
    d, dict_size = props[0], int.from_bytes(props[1:5], "little")
    if d >= 9 * 5 * 5:
        raise ValueError("bad LZMA properties")
    lc, rest = d % 9, d // 9
    filters = [{"id": lzma.FILTER_LZMA1, "dict_size": dict_size, "lc": lc, "lp": rest % 5, "pb": rest // 5}]
    return lzma.LZMADecompressor(lzma.FORMAT_RAW, filters=filters), 4 + psize


def inflate_member(method: int, raw: Any, *, size: int, limit: int = MAX_INFLATE) -> Inflated:
    """A zip member's content for compression ``method`` (8 deflate, 12 bzip2, 14 LZMA): at most
    ``size`` bytes (the declared size, as zip readers cut it), what came out before any error.
    Raises :class:`TooLargeError` when ``size`` exceeds ``limit`` (checked before inflating)."""
    if size > limit:
        raise TooLargeError(limit)
    skip = 0
    try:
        if method == 8:
            dec: Any = zlib.decompressobj(-15)
        elif method == 12:
            import bz2

            dec = bz2.BZ2Decompressor()
        elif method == 14:
            dec, skip = _lzma_zip(raw)
        else:
            return Inflated(b"", f"compression method {method} is not supported", ended=False)
    except (ValueError, OSError) as exc:
        return Inflated(b"", f"corrupt stream ({exc})", ended=False)
    view = memoryview(raw)[skip:]
    out = _Chunks()
    pos, end = 0, len(view)
    try:
        while len(out) < size and not dec.eof:
            if method == 8:
                data: Any = dec.unconsumed_tail
                if not data:
                    if pos >= end:
                        break
                    data = view[pos:pos + _CHUNK]
                    pos += len(data)
                backup = dec.copy()
                try:
                    out += dec.decompress(data, size - len(out))
                except zlib.error as exc:
                    # replay byte by byte from the last good state: keep what came out before
                    # the fault, as an inflater writing straight into its output buffer does
                    for i in range(len(data)):
                        try:
                            out += backup.decompress(data[i:i + 1])
                        except zlib.error:
                            break
                    return Inflated(out.join()[:size], f"corrupt stream ({exc})", ended=False)
            else:
                if dec.needs_input:
                    if pos >= end:
                        break
                    data = view[pos:pos + _CHUNK]
                    pos += len(data)
                else:
                    data = b""
                out += dec.decompress(data, size - len(out))
    except _corrupt() as exc:
        return Inflated(out.join()[:size], f"corrupt stream ({exc})", ended=False)
    finally:
        view.release()
    ended = bool(dec.eof)
    if len(out) < size and not ended:
        return Inflated(out.join(), "the compressed stream ends early", ended=False)
    return Inflated(out.join(), None, ended=ended)


class _Chunks:
    """Output pieces joined once at the end (one copy, not one per piece)."""

    __slots__ = ("n", "parts")

    def __init__(self) -> None:
        self.parts: list[bytes] = []
        self.n = 0

    def __iadd__(self, piece: bytes) -> _Chunks:
        if piece:
            self.parts.append(piece)
            self.n += len(piece)
        return self

    def __len__(self) -> int:
        return self.n

    def join(self) -> bytes:
        data = b"".join(self.parts)
        self.parts = [data]
        return data
