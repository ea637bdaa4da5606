"""Differential fuzz test of the zip layer against the real readers.

Real ``torch.save`` archives are rebuilt with seeded random mutations (duplicate, renamed and
case-changed entries, a new first entry, extra end records, prepended and appended data, flag
bits, methods, sizes, zip64 records, lying local headers) and read by torch's own reader
(``torch._C.PyTorchFileReader``), by Python's ``zipfile`` and by ours. Asserted for every case:

(a) every record torch resolves for a name torch.load asks for is what our reader resolves, and
    the scanner interpreted those bytes (pickle records) whole;
(b) wherever torch's reading differs from ours or from zipfile's, ``scan`` says ``dangerous``;
(c) our model of zipfile reads what zipfile reads.

The payload bytes are never unpickled here: only ``get_record`` runs.
"""

from __future__ import annotations

import random
import struct
import zipfile
import zlib
from dataclasses import dataclass, field, replace
from pathlib import Path

import pytest

from torchckpt import scanner as scanner_module
from torchckpt.errors import CorruptFileError
from torchckpt.formats._zip import PythonZip, ZipArchive
from torchckpt.scanner import scan

import hostile

torch = pytest.importorskip("torch")

NAMES = (".data/serialization_id", ".data/version", "version", ".format_version", ".storage_alignment", "byteorder",
         "data.pkl", "constants.pkl", "data/0", "data/1")
PICKLED = ("data.pkl", "constants.pkl")
CASES = 2000   # (seeded: a run of 25,000 found one reader bug past the first 1,800)


# --- a zip writer with every knob --------------------------------------------------------------

@dataclass
class Entry:
    name: bytes
    data: bytes
    method: int = 0
    flags: int = 0
    local_flags: int | None = None
    local_name: bytes | None = None
    local_extra: bytes = b""
    time: int = 0
    ext_attr: int = 0
    usize: int | None = None          # central sizes/crc as written (None: the true ones)
    csize: int | None = None
    crc: int | None = None
    zip64_extra: bool = False         # sizes/offset as 0xFFFFFFFF with a zip64 extra field
    raw: bytes | None = None          # the stored bytes as written (None: ``data`` compressed by ``method``)
    version: int = 20                 # the central record's "version needed to extract"
    central_extra: bytes = b""        # more extra fields in the central record (after any zip64 one)
    comment: bytes = b""              # the central record's comment
    disk: int = 0                     # the central record's disk number


@dataclass
class Layout:
    entries: list[Entry]
    prefix: bytes = b""
    fix_offsets: bool = False         # offsets counted from the file start (not the archive's)
    zip64: bool = True
    count_delta: int = 0              # the end record claims this many more/fewer entries
    comment: bytes = b""
    trailer: bytes = b""
    locator_target: int | None = None  # where the zip64 locator points (None: its record)
    eocd64_before_locator: bool = True
    extra_tail: list[bytes] = field(default_factory=list)
    shadow: list[Entry] = field(default_factory=list)   # a directory only the zip64 locator leads to


def _raw(e: Entry) -> bytes:
    if e.raw is not None:
        return e.raw
    if e.method == 8:
        return zlib.compress(e.data)[2:-4]
    if e.method == 12:
        import bz2

        return bz2.compress(e.data)
    return e.data


def _entries(entries: list[Entry], out: bytearray, base: int) -> bytes:
    """Write the local headers and data of ``entries`` into ``out``; return their central directory."""
    central = []
    for e in entries:
        raw = _raw(e)
        crc = zlib.crc32(e.data) if e.crc is None else e.crc
        usize = len(e.data) if e.usize is None else e.usize
        csize = len(raw) if e.csize is None else e.csize
        offset = len(out) - base
        lname = e.name if e.local_name is None else e.local_name
        lflags = e.flags if e.local_flags is None else e.local_flags
        out += struct.pack("<4sHHHHHIIIHH", b"PK\x03\x04", 20, lflags, e.method, e.time, 0, crc, csize & 0xFFFFFFFF,
                           usize & 0xFFFFFFFF, len(lname), len(e.local_extra)) + lname + e.local_extra + raw
        extra = b""
        cu, cc, co = usize, csize, offset
        if e.zip64_extra:
            extra = struct.pack("<HHQQQ", 1, 24, usize, csize, offset)
            cu = cc = co = 0xFFFFFFFF
        extra += e.central_extra
        central.append(struct.pack("<4sHHHHHHIIIHHHHHII", b"PK\x01\x02", 20, e.version, e.flags, e.method, e.time, 0,
                                   crc, cc, cu, len(e.name), len(extra), len(e.comment), e.disk, 0, e.ext_attr, co)
                       + e.name + extra + e.comment)
    return b"".join(central)


def _eocd64(n: int, cd: bytes, cd_offset: int) -> bytes:
    return struct.pack("<4sQHHIIQQQQ", b"PK\x06\x06", 44, 45, 45, 0, 0, n, n, len(cd), cd_offset)


def write(layout: Layout) -> bytes:
    out = bytearray(layout.prefix)
    base = len(layout.prefix) if layout.fix_offsets else 0
    cd = _entries(layout.entries, out, base)
    target = layout.locator_target
    if layout.shadow:
        # a second directory and zip64 record that only a reader following the locator finds
        shadow_cd = _entries(layout.shadow, out, base)
        shadow_offset = len(out) - base
        out += shadow_cd
        target = len(out) - base
        out += _eocd64(len(layout.shadow), shadow_cd, shadow_offset)
    cd_offset = len(out) - base
    out += cd
    n = max(0, len(layout.entries) + layout.count_delta)
    if layout.zip64:
        e64 = len(out) - base
        record = _eocd64(n, cd, cd_offset)
        if not layout.eocd64_before_locator:
            record = b"XX" + record[2:]
        out += record
        out += struct.pack("<4sIQI", b"PK\x06\x07", 0, e64 if target is None else target, 1)
    for tail in layout.extra_tail:
        out += tail
    out += struct.pack("<4sHHHHIIH", b"PK\x05\x06", 0, 0, min(n, 0xFFFF), min(n, 0xFFFF), len(cd), cd_offset,
                       len(layout.comment)) + layout.comment
    return bytes(out + layout.trailer)


# --- the three readings -------------------------------------------------------------------------

ERROR = "error"


def torch_reading(path: Path) -> dict[str, object] | str:
    try:
        reader = torch._C.PyTorchFileReader(str(path))
    except Exception:  # noqa: BLE001 - any refusal of the real reader
        return ERROR
    got: dict[str, object] = {}
    for name in NAMES:
        try:
            got[name] = bytes(reader.get_record(name))
        except Exception:  # noqa: BLE001
            got[name] = ERROR
    return got


def our_reading(data: bytes) -> tuple[dict[str, object] | str, set[str]]:
    """Our model of torch's reading, and the names whose bytes torch leaves undefined."""
    try:
        archive = ZipArchive(data)
    except CorruptFileError:
        return ERROR, set()
    if archive.open_error() is not None:
        return ERROR, set()
    got: dict[str, object] = {}
    undefined: set[str] = set()
    version = archive.record(".data/version") or archive.record("version")
    if archive.extract(version).uncertain:
        return "undefined", set()     # torch parses uninitialised memory as the version
    for name in NAMES:
        entry = archive.record(name)
        if entry is None:
            got[name] = ERROR
            continue
        x = archive.extract(entry)
        if x.uncertain:
            undefined.add(name)
        got[name] = ERROR if x.error or x.too_large else bytes(x.data)
    return got, undefined


def zipfile_reading(path: Path, folder: str | None) -> dict[str, object]:
    got: dict[str, object] = {}
    try:
        zf = zipfile.ZipFile(path)
    except Exception:  # noqa: BLE001
        return {name: ERROR for name in NAMES}
    with zf:
        for name in NAMES:
            full = f"{folder}{name}" if folder else name
            try:
                got[name] = zf.read(full)
            except zipfile.BadZipFile as exc:
                # pickle.load(zf.open(name)) runs the pickle before zipfile checks the CRC at the end
                got[name] = "crc" if "CRC" in str(exc) else ERROR
            except Exception:  # noqa: BLE001
                got[name] = ERROR
    return got


# --- mutations ------------------------------------------------------------------------------------

def _payload(work: Path) -> bytes:
    return hostile.raw_payload(work)


def _case_variants(name: bytes, rng: random.Random) -> bytes:
    return bytes(c ^ 0x20 if 97 <= c <= 122 and rng.random() < 0.5 else c for c in name) or name


def mutate(entries: list[Entry], folder: bytes, rng: random.Random, work: Path) -> tuple[Layout, list[str]]:
    entries = [replace(e) for e in entries]
    layout = Layout(entries)
    done: list[str] = []
    evil = _payload(work)
    for _ in range(rng.randint(1, 3)):
        op = rng.choice(["dup-case", "dup-exact", "rename", "first-entry", "reorder", "prepend", "append", "flags",
                         "method", "sizes", "local", "zip64", "count", "comment-eocd", "nul", "directory",
                         "second-archive", "zip64-shadow", "version", "extra", "entry-comment", "disk"])
        done.append(op)
        target = rng.randrange(len(entries))
        if op == "dup-case":
            name = folder + rng.choice([b"data.pkl", b"version", b"byteorder", b".data/version"])
            variant = _case_variants(name, rng)
            entries.insert(rng.randrange(len(entries) + 1), Entry(variant, evil if name.endswith(b".pkl") else b"3\n"))
        elif op == "dup-exact":
            entries.insert(rng.randrange(len(entries) + 1), Entry(folder + b"data.pkl", evil))
        elif op == "rename":
            entries[target].name = _case_variants(entries[target].name, rng)
        elif op == "first-entry":
            other = rng.choice([b"zz/", b"ARCHIVE/", folder.upper(), b"", b"a/b/"])
            entries.insert(0, Entry(other + rng.choice([b"data.pkl", b"version", b"x"]), evil))
        elif op == "reorder":
            rng.shuffle(entries)
        elif op == "prepend":
            layout.prefix = rng.choice([b"JUNK" * rng.randint(1, 50), evil, b"PK\x03\x04" + b"\0" * 26])
            layout.fix_offsets = rng.random() < 0.3
        elif op == "append":
            layout.trailer = rng.choice([b"\0" * rng.randint(1, 100), evil, b"PK\x05\x06"])
        elif op == "flags":
            bit = rng.choice([0x1, 0x8, 0x20, 0x40, 0x800, 0x2000, 0x4])
            if rng.random() < 0.5:
                entries[target].flags |= bit
            else:
                entries[target].local_flags = (entries[target].flags | bit)
        elif op == "method":
            entries[target].method = rng.choice([8, 8, 12, 99])
        elif op == "sizes":
            e = entries[target]
            e.time = rng.choice([0, 1])
            e.usize = max(0, len(e.data) + rng.choice([-3, -1, 1, 5, 100]))
            if rng.random() < 0.3:
                e.csize = e.usize
            if rng.random() < 0.3:
                e.crc = rng.getrandbits(32)
        elif op == "local":
            e = entries[target]
            choice = rng.random()
            if choice < 0.4:
                e.local_name = _case_variants(e.name, rng) + (b"X" if rng.random() < 0.5 else b"")
            else:
                e.local_extra = b"\0" * rng.choice([1, 4, 8, 30])
        elif op == "zip64":
            which = rng.random()
            if which < 0.25:
                layout.zip64 = False
            elif which < 0.5:
                entries[target].zip64_extra = True
            elif which < 0.75:
                layout.eocd64_before_locator = False
                layout.locator_target = rng.choice([0, 1 << 40])
            else:
                layout.locator_target = rng.randrange(1, 200)
        elif op == "count":
            layout.count_delta = rng.choice([-1, 1])
        elif op == "comment-eocd":
            # a second end record inside the comment of the first
            fake = struct.pack("<4sHHHHIIH", b"PK\x05\x06", 0, 0, 1, 1, 46 + 12, 0, 0)
            layout.comment = fake if rng.random() < 0.5 else fake + b"\0" * rng.randint(0, 3)
        elif op == "nul":
            entries.insert(rng.randrange(len(entries) + 1), Entry(folder + b"data.pkl\0junk", evil))
        elif op == "directory":
            entries[target].ext_attr |= 0x10
        elif op == "zip64-shadow":
            layout.zip64 = True
            layout.shadow = [Entry(folder + b"data.pkl", evil), Entry(folder + b"version", b"3\n")]
        elif op == "version":
            entries[target].version = rng.choice([0, 45, 63, 64, 99, 0xFFFF])
        elif op == "extra":
            entries[target].central_extra += rng.choice([
                b"UT\x05\x00\x01\x00\x00\x00\x00",             # a timestamp field
                b"\x01\x00\x08\x00" + struct.pack("<Q", 1 << 40),  # a zip64 field no size asks for
                b"\x01\x00\x04\x00\x00\x00",                     # a zip64 field shorter than it says
                b"\x01", b"\xff\xff\x00\x00", b"\x00\x00\x00\x00" * 2])
        elif op == "entry-comment":
            entries[target].comment = rng.choice([b"hello", b"PK\x01\x02" + b"\0" * 42, b"\0" * 300])
        elif op == "disk":
            entries[target].disk = rng.choice([1, 2, 0xFFFF])
        elif op == "second-archive":
            inner = write(Layout([Entry(folder + b"data.pkl", evil), Entry(folder + b"version", b"3\n")]))
            layout.trailer = inner
    return layout, done


# --- the test ---------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def bases(tmp_path_factory) -> list[tuple[list[Entry], bytes]]:
    root = tmp_path_factory.mktemp("bases")
    found = []
    torch.save({"weight": torch.arange(6.0), "bias": torch.ones(2)}, root / "archive.pt")
    found.append(root / "archive.pt")
    module = torch.jit.script(torch.nn.Linear(2, 2))
    torch.jit.save(module, str(root / "script.pt"))
    found.append(root / "script.pt")
    out = []
    for path in found:
        with zipfile.ZipFile(path) as zf:
            entries = [Entry(i.filename.encode(), zf.read(i)) for i in zf.infolist()]
        out.append((entries, entries[0].name.split(b"/", 1)[0] + b"/"))
    return out


class _Recorder:
    """Records every byte range the scanner interprets as a pickle."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch):
        self.seen: set[bytes] = set()
        original = scanner_module._Scanner.parse
        recorder = self

        def parse(self, data, start, *, end=None, entry=None, storages=None, **options):
            stop = len(data) if end is None else end
            if stop - start < (1 << 20):
                recorder.seen.add(bytes(data[start:stop]))
            return original(self, data, start, end=end, entry=entry, storages=storages, **options)

        monkeypatch.setattr(scanner_module._Scanner, "parse", parse)


def test_zip_readings_match_torch_and_zipfile(bases, tmp_path, monkeypatch):
    recorder = _Recorder(monkeypatch)
    rng = random.Random(20261201)
    stats = {"divergent": 0, "torch-readable": 0}
    failures: list[str] = []
    for i in range(CASES):
        entries, folder = bases[i % len(bases)]
        work = tmp_path / f"c{i}"
        work.mkdir()
        layout, ops = mutate(entries, folder, rng, work)
        data = write(layout)
        path = work / "m.pt"
        path.write_bytes(data)
        theirs = torch_reading(path)
        ours, undefined = our_reading(data)
        recorder.seen.clear()
        report = scan(path)
        where = f"case {i} {ops}"
        assert not hostile.effect_happened(hostile.CASES[0], path), where
        try:
            py_folder = ZipArchive(data).folder
        except CorruptFileError:
            py_folder = None
        zf = zipfile_reading(path, py_folder)
        if ours == "undefined":
            continue
        differs = theirs != ours and not (isinstance(theirs, dict) and isinstance(ours, dict) and all(
            theirs[n] == ours[n] or n in undefined for n in NAMES))
        if isinstance(theirs, dict):
            stats["torch-readable"] += 1
            for name in PICKLED:
                value = theirs[name]
                if isinstance(value, bytes) and value and name not in undefined:
                    # (a) torch's record is ours and the scanner read it whole
                    if not isinstance(ours, dict) or ours[name] != value:
                        failures.append(f"{where}: {name} torch={value[:40]!r} ours={str(ours)[:80]}")
                    elif value not in recorder.seen:
                        failures.append(f"{where}: {name} was not interpreted whole by the scanner")
            # (torch asks for a storage only as it reads a pickle: where it reads neither, its
            # storages' names are read by no one)
            pickles = any(isinstance(theirs[p], bytes) for p in PICKLED)
            asked = [n for n in NAMES if pickles or not n.startswith("data/")]
            torch_vs_zipfile = any(theirs[n] != zf[n] and zf[n] != "crc" and n not in undefined for n in asked)
        else:
            torch_vs_zipfile = False
        # (b) a file torch reads differently (from us or from zipfile) is dangerous
        if (differs or torch_vs_zipfile) and report.verdict != "dangerous":
            failures.append(f"{where}: readings differ (ours: {differs}, zipfile: {torch_vs_zipfile}) but the "
                            f"verdict is {report.verdict}")
        if differs:
            failures.append(f"{where}: our model of torch's reader is wrong: torch={_short(theirs)} "
                            f"ours={_short(ours)}")
        stats["divergent"] += torch_vs_zipfile
        # (c) our model of zipfile
        failures.extend(f"{where}: {m}" for m in _zipfile_model_mismatches(path, data))
    assert not failures, "\n".join(failures[:20]) + f"\n({len(failures)} failures)"
    assert stats["torch-readable"] > CASES // 3 and stats["divergent"] > CASES // 10, stats


def _short(reading: object) -> str:
    if not isinstance(reading, dict):
        return str(reading)
    return str({k: (v[:24] if isinstance(v, bytes) else v) for k, v in reading.items()})


def _zipfile_model_mismatches(path: Path, data: bytes) -> list[str]:
    try:
        real = zipfile.ZipFile(path)
    except Exception:  # noqa: BLE001
        real = None
    try:
        model = PythonZip(data)
    except (ValueError, struct.error):
        model = None
    if (real is None) != (model is None):
        return [f"zipfile opens the file: {real is not None}, our model: {model is not None}"]
    if real is None or model is None:
        return []
    out = []
    with real:
        if real.namelist() != [e.name for e in model.every_entry]:
            return [f"zipfile lists {real.namelist()[:5]}, our model {[e.name for e in model.every_entry][:5]}"]
        for name in set(real.namelist()):
            try:
                expected: object = real.read(name)
            except zipfile.BadZipFile as exc:
                expected = "crc" if "CRC" in str(exc) else ERROR
            except Exception:  # noqa: BLE001
                expected = ERROR
            got = model.extract(model.entries[name])
            mine: object = ERROR if got.error or got.too_large else bytes(got.data)
            if expected == "crc" or got.uncertain:
                continue
            if expected != mine:
                out.append(f"zipfile reads {name!r} as {str(expected)[:40]}, our model as {str(mine)[:40]}")
    return out


def test_case_insensitive_winner_follows_the_heap_sort(tmp_path):
    """Among names that differ only in case, torch finds the one miniz's heap sort puts first in
    its binary search; our reader finds the same one, for every order of five variants."""
    variants = [b"a/data.pkl", b"a/DATA.pkl", b"a/Data.Pkl", b"a/data.pkL", b"a/dAta.pkl"]
    rng = random.Random(7)
    for n in range(2, 6):
        for _ in range(6):
            names = rng.sample(variants, n)
            entries = [Entry(name, bytes([65 + i])) for i, name in enumerate(names)] + [Entry(b"a/version", b"3\n")]
            path = tmp_path / "dups.pt"
            path.write_bytes(write(Layout(entries)))
            expected = bytes(torch._C.PyTorchFileReader(str(path)).get_record("data.pkl"))
            archive = ZipArchive(path.read_bytes())
            assert bytes(archive.view(archive.record("data.pkl"))) == expected, names


def test_inflation_is_bounded_and_never_safe(tmp_path):
    """Deflate bombs named as pickles: the scan inflates within its budget, stays quick, and what
    it did not inflate is an error, never safe. Large compressed arrays are judged by their head."""
    member = 40 << 20
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    bomb = packer.compress(b"\0" * member) + packer.flush()
    entries = [Entry(f"a/x{i}.pkl".encode(), b"", method=8, usize=member, crc=0, raw=bomb) for i in range(12)]
    path = tmp_path / "bombs.zip"
    path.write_bytes(write(Layout(entries)))
    assert path.stat().st_size < 1 << 20
    report = scan(path)
    assert report.verdict == "error"
    assert any("not judged" in f.detail for f in report.findings)
    assert report.seconds < 10

    import numpy as np

    arrays = tmp_path / "big.npz"
    np.savez_compressed(arrays, weights=np.zeros(40_000_000, dtype=np.float32))   # 160 MB inflated
    report = scan(arrays)
    assert report.verdict == "safe", [f.to_json() for f in report.findings]


def test_whole_file_wrappers_are_bounded():
    from torchckpt.formats._compression import TooLargeError, decompress, inflate_member

    bomb = zlib.compress(b"\0" * (8 << 20))
    with pytest.raises(TooLargeError):
        decompress("zlib", bomb, limit=1 << 20)
    assert decompress("zlib", bomb) == b"\0" * (8 << 20)
    with pytest.raises(TooLargeError):
        inflate_member(8, zlib.compress(b"x")[2:-4], size=1 << 40)
    short = inflate_member(8, zlib.compress(b"abc" * 1000)[2:-4], size=10)
    assert short.data == b"abcabcabca" and short.error is None


def test_readers_resolve_records_like_torch(tmp_path):
    """inspect/convert/load find records where torch does: ``DATA.PKL`` is torch's data.pkl, and
    the folder is the first entry's."""
    import torchckpt

    path = tmp_path / "saved.pt"
    torch.save({"w": torch.arange(4.0)}, path)
    with zipfile.ZipFile(path) as zf:
        entries = [Entry(i.filename.encode().replace(b"data.pkl", b"DATA.PKL"), zf.read(i)) for i in zf.infolist()]
    renamed = tmp_path / "renamed.pt"
    renamed.write_bytes(write(Layout(entries)))
    expected = torch.load(renamed, weights_only=True)
    ckpt = torchckpt.open(renamed)
    assert sorted(ckpt.tensors()) == ["w"]
    assert ckpt.get("w").numpy().tolist() == expected["w"].tolist()


@pytest.mark.parametrize("delta", [-5, 0, 1, 100])
def test_deflate_streams_that_end_early_read_like_each_loader(tmp_path, delta):
    """A deflated record whose stream ends ``delta`` bytes short of its declared size (negative:
    more comes out than declared): torch's reader refuses it (miniz checks the size it inflated),
    zipfile keeps what came out (it checks only the CRC, here the whole content's), and a declared
    size shorter than the stream cuts both readings there. Ours read each as its loader does, and
    scan calls the file whose loaders disagree dangerous, naming both readings."""
    import torchckpt

    base = tmp_path / "base.pt"
    torch.save({"w": torch.arange(4.0)}, base)
    content = b"little" * 20
    with zipfile.ZipFile(base) as zf:
        entries = [Entry(i.filename.encode(), zf.read(i)) if not i.filename.endswith("/byteorder") else
                   Entry(i.filename.encode(), content, method=8, usize=len(content) + delta) for i in zf.infolist()]
    path = tmp_path / "short.pt"
    path.write_bytes(write(Layout(entries)))
    name = next(n for n in zipfile.ZipFile(path).namelist() if n.endswith("/byteorder"))

    try:
        theirs: bytes | str = bytes(torch._C.PyTorchFileReader(str(path)).get_record("byteorder"))
    except RuntimeError as exc:
        assert "unexpected decompressed size" in str(exc)
        theirs = ERROR
    archive = ZipArchive(path.read_bytes())
    got = archive.extract(archive.record("byteorder"))
    assert (ERROR if got.error else bytes(got.data)) == theirs
    assert theirs == (ERROR if delta > 0 else content[:len(content) + delta])

    py = PythonZip(path.read_bytes())
    ours = py.extract(py.entries[name])
    assert ours.error is None and bytes(ours.data) == content[:len(content) + min(delta, 0)]
    if delta >= 0:   # (the CRC is the whole content's: zipfile refuses the cut reading)
        assert zipfile.ZipFile(path).read(name) == content

    report = scan(path)
    if delta > 0:
        assert report.verdict == "dangerous"
        assert any(f.kind == "divergence" and "unexpected decompressed size" in f.detail for f in report.findings)
        with pytest.raises(torchckpt.TorchckptError):   # (open reads the byte order as torch does)
            torchckpt.open(path).tensors()
    else:
        assert report.verdict != "dangerous", [f.to_json() for f in report.findings]


def test_version_needed_past_zipfile_is_judged_as_torch_reads_it(tmp_path):
    """One central record asking for a zip version past 6.3: zipfile (and so numpy.load) refuses
    the archive with NotImplementedError, torch reads it. The scan judges torch's pickle (a
    payload in it is found) and calls the two readings' disagreement dangerous, never an internal error."""
    base = tmp_path / "base.pt"
    torch.save({"w": torch.arange(4.0)}, base)
    with zipfile.ZipFile(base) as zf:
        entries = [Entry(i.filename.encode(), zf.read(i)) for i in zf.infolist()]
    entries[-1].version = 64
    path = tmp_path / "version.pt"
    path.write_bytes(write(Layout(entries)))
    with pytest.raises(NotImplementedError):
        zipfile.ZipFile(path)
    assert torch.load(path, weights_only=True)["w"].tolist() == [0.0, 1.0, 2.0, 3.0]
    report = scan(path)
    assert report.verdict == "dangerous"
    assert not any("internal error" in f.detail for f in report.findings)
    assert any(f.kind == "divergence" and "zipfile refuses" in f.detail for f in report.findings)

    pickled = next(e for e in entries if e.name.endswith(b"/data.pkl"))
    pickled.data = _payload(tmp_path)
    path.write_bytes(write(Layout(entries)))
    report = scan(path)
    assert any(f.severity == "dangerous" and f.kind != "divergence" and (f.entry or "").endswith("data.pkl")
               for f in report.findings), [f.to_json() for f in report.findings]


@pytest.mark.parametrize("fault", [RuntimeError("boom"), CorruptFileError("boom", hint="fix it")],
                         ids=["bug", "our-error"])
def test_a_fault_in_one_reading_leaves_the_loaders_reading_judged(tmp_path, monkeypatch, fault):
    """numpy.load's reading of a zip is judged before torch's: a fault in it (a library raising
    what nothing expects, or a reading failing in our terms) is an error finding naming what
    failed, and the payload in torch's pickle is still found."""
    def broken(self, *args, **kwargs):
        raise fault

    monkeypatch.setattr(scanner_module._Scanner, "npz", broken)
    base = tmp_path / "base.pt"
    torch.save({"w": torch.arange(4.0)}, base)
    with zipfile.ZipFile(base) as zf:
        entries = [Entry(i.filename.encode(), zf.read(i)) for i in zf.infolist()]
    next(e for e in entries if e.name.endswith(b"/data.pkl")).data = _payload(tmp_path)
    path = tmp_path / "evil.pt"
    path.write_bytes(write(Layout(entries)))
    report = scan(path)
    details = [f.detail for f in report.findings if f.severity == "error"]
    expected = ("internal error while judging the archive as numpy.load opens it (RuntimeError: boom)"
                if isinstance(fault, RuntimeError) else "boom; fix it")
    assert any(expected in d for d in details), details
    assert any(f.severity == "dangerous" and (f.entry or "").endswith("data.pkl") for f in report.findings), details
