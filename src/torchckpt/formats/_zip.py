"""A small read-only zip reader over a buffer (usually an mmap).

Why not :mod:`zipfile`: stored entries must be read in place (zero-copy slices of the mmap),
the scanner needs the local and central headers side by side (names and flags that disagree
are an attack), and importing :mod:`zipfile` costs more than parsing a checkpoint's
directory. Zip64, prepended data and deflated entries are handled.
"""

from __future__ import annotations

import struct
import zlib
from dataclasses import dataclass

from ..errors import CorruptFileError

__all__ = ["ZipArchive", "ZipEntry"]

_EOCD = b"PK\x05\x06"
_EOCD64 = b"PK\x06\x06"
_EOCD64_LOCATOR = b"PK\x06\x07"
_CENTRAL = b"PK\x01\x02"
_LOCAL = b"PK\x03\x04"
_U32 = 0xFFFFFFFF


@dataclass(slots=True)
class ZipEntry:
    name: str
    method: int
    flags: int
    compressed_size: int
    size: int
    crc: int
    header_offset: int
    data_offset: int
    local_name: str
    local_flags: int
    local_method: int

    @property
    def is_stored(self) -> bool:
        return self.method == 0

    @property
    def encrypted(self) -> bool:
        return bool(self.flags & 1)


class ZipArchive:
    """The central directory of a zip held in ``buf``; :meth:`read`/:meth:`view` give entry bytes."""

    def __init__(self, buf, *, path: str | None = None):
        self.buf = buf
        self.path = path
        self.entries: dict[str, ZipEntry] = {}
        self.prefix_bytes = 0  # bytes before the archive (a zip appended to something else)
        self.duplicates: list[str] = []
        self._parse()

    def _error(self, message: str) -> CorruptFileError:
        return CorruptFileError(message, path=self.path,
                                hint="the zip is damaged or truncated; re-download or re-save the file")

    def _parse(self) -> None:
        buf = self.buf
        size = len(buf)
        search_from = max(0, size - (0xFFFF + 22))
        eocd = buf.rfind(_EOCD, search_from)
        if eocd < 0 or eocd + 22 > size:
            raise self._error("zip end-of-central-directory record not found (truncated file?)")
        (_, _, _, _, count, cd_size, cd_offset, _) = struct.unpack_from("<4sHHHHIIH", buf, eocd)
        loc = eocd - 20
        if loc >= 0 and buf[loc:loc + 4] == _EOCD64_LOCATOR:
            # torch always writes the zip64 records, needed or not
            (eocd64,) = struct.unpack_from("<Q", buf, loc + 8)
            if loc >= 56 and buf[loc - 56:loc - 52] == _EOCD64:
                eocd64 = loc - 56  # where it really is, even with bytes prepended to the zip
            if eocd64 + 56 > size or buf[eocd64:eocd64 + 4] != _EOCD64:
                raise self._error("zip64 end-of-central-directory record not found")
            count, cd_size, cd_offset = struct.unpack_from("<QQQ", buf, eocd64 + 32)
            cd_end = eocd64
        elif count == 0xFFFF or cd_size == _U32 or cd_offset == _U32:
            raise self._error("zip64 locator missing")
        else:
            cd_end = eocd
        cd_start = cd_end - cd_size
        if cd_start < 0:
            raise self._error("zip central directory lies outside the file")
        self.prefix_bytes = cd_start - cd_offset
        if self.prefix_bytes < 0:
            raise self._error("zip central directory offset points past its own position")
        pos = cd_start
        for _ in range(count):
            if pos + 46 > cd_end or buf[pos:pos + 4] != _CENTRAL:
                raise self._error("zip central directory is truncated or malformed")
            (_, _, _, flags, method, _, _, crc, csize, usize, nlen, xlen, clen, _, _, _, hoff) = \
                struct.unpack_from("<4sHHHHHHIIIHHHHHII", buf, pos)
            name_raw = bytes(buf[pos + 46:pos + 46 + nlen])
            extra = bytes(buf[pos + 46 + nlen:pos + 46 + nlen + xlen])
            pos += 46 + nlen + xlen + clen
            if usize == _U32 or csize == _U32 or hoff == _U32:
                usize, csize, hoff = _zip64_extra(extra, usize, csize, hoff)
            name = _decode_name(name_raw, flags)
            hoff += self.prefix_bytes
            if hoff + 30 > size or buf[hoff:hoff + 4] != _LOCAL:
                raise self._error(f"zip local header for {name!r} is missing")
            (_, _, lflags, lmethod, _, _, _, _, _, lnlen, lxlen) = struct.unpack_from("<4sHHHHHIIIHH", buf, hoff)
            local_raw = bytes(buf[hoff + 30:hoff + 30 + lnlen])
            local_name = name if local_raw == name_raw and lflags & 0x800 == flags & 0x800 else _decode_name(
                local_raw, lflags)
            data_offset = hoff + 30 + lnlen + lxlen
            if data_offset + csize > size:
                raise self._error(f"zip entry {name!r} runs past the end of the file (truncated?)")
            entry = ZipEntry(name, method, flags, csize, usize, crc, hoff, data_offset, local_name, lflags, lmethod)
            if name in self.entries:
                self.duplicates.append(name)
            self.entries[name] = entry

    def names(self) -> list[str]:
        return list(self.entries)

    def view(self, entry: ZipEntry) -> memoryview | bytes:
        """The entry's bytes: a zero-copy view when stored, decompressed bytes otherwise."""
        raw = memoryview(self.buf)[entry.data_offset:entry.data_offset + entry.compressed_size]
        if entry.encrypted:
            raise self._error(f"zip entry {entry.name!r} is encrypted")
        if entry.method == 0:
            return raw
        if entry.method == 8:
            try:
                data = zlib.decompress(raw, -15)
            except zlib.error as exc:
                raise self._error(f"zip entry {entry.name!r} does not decompress ({exc})") from None
            if len(data) != entry.size:
                raise self._error(f"zip entry {entry.name!r} decompresses to the wrong size")
            return data
        raise self._error(f"zip entry {entry.name!r} uses unsupported compression method {entry.method}")

    def read(self, name: str) -> bytes:
        return bytes(self.view(self.entries[name]))


def _zip64_extra(extra: bytes, usize: int, csize: int, hoff: int) -> tuple[int, int, int]:
    pos = 0
    while pos + 4 <= len(extra):
        tag, length = struct.unpack_from("<HH", extra, pos)
        if tag == 1:
            values = extra[pos + 4:pos + 4 + length]
            i = 0
            if usize == _U32 and i + 8 <= len(values):
                (usize,) = struct.unpack_from("<Q", values, i)
                i += 8
            if csize == _U32 and i + 8 <= len(values):
                (csize,) = struct.unpack_from("<Q", values, i)
                i += 8
            if hoff == _U32 and i + 8 <= len(values):
                (hoff,) = struct.unpack_from("<Q", values, i)
            break
        pos += 4 + length
    return usize, csize, hoff


def _decode_name(raw: bytes, flags: int) -> str:
    return raw.decode("utf-8" if flags & 0x800 else "cp437", "replace")
