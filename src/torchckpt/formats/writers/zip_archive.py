"""A zip of stored entries laid out the way torch's writer lays them out (data aligned, zip64)."""

from __future__ import annotations

import struct
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from ...errors import ConvertError
from .crc32 import crc32_start
from .output_files import Sink

__all__ = ["ALIGNMENT", "ZipWriter"]

ALIGNMENT = 64  # torch.save aligns every record's data to 64 bytes (.storage_alignment)
_U32 = 0xFFFFFFFF  # "see the zip64 extra field"
_ZIP64_LIMIT = _U32  # sizes and offsets from here on need zip64 fields
_DOS_DATE = (1 << 5) | 1  # 1980-01-01: a valid date that keeps outputs reproducible


@dataclass
class _ZipRecord:
    """One written entry, for the central directory."""

    name: bytes
    offset: int
    size: int = 0
    crc: int = 0
    zip64: bool = False


class ZipWriter:
    """A zip of stored (uncompressed) entries, each one's data aligned to ``align`` bytes the way
    torch's writer aligns them (an extra field of ``Z`` padding), zip64 where sizes need it.
    Sizes are known up front; CRCs are computed while streaming (in parallel parts, overlapped
    with the writes) and patched into the header."""

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
        for chunk in chunks:
            view = memoryview(chunk).cast("B")
            written += len(view)
            # zlib and write(2) both let go of the GIL: checksum in parts on other cores while the bytes go out
            pending = crc32_start(view, crc)
            try:
                self.sink.write(view)
            finally:
                crc = pending()
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
