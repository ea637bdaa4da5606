"""The tar layer against tarfile itself: for hand-built and randomly mutated archives (PAX ``x``/``g``
headers with ``path`` and ``size``, GNU long names, ``GNU.sparse.name``, Solaris ``X`` headers,
PAX records without their newline, duplicate names, base-256 sizes, signed checksums, broken
headers, a tar that is also a pickle), our member list and the bytes torch reads for
``storages``/``tensors``/``pickle`` equal what tarfile gives, and the scanner judged every
member torch reads: a payload in any of them scans dangerous."""

from __future__ import annotations

import io
import pickle
import random
import sys
import tarfile

import pytest

from torchckpt.formats import _tar
from torchckpt.scanner import scan

import hostile  # noqa: F401  (hostile_containers needs it first)
from hostile import STOP, call, glob0, str0
from hostile_containers import b_tar_header_pickle

NAMES = ("pickle", "storages", "tensors", "sys_info", "notes.txt", "pickle/", "./pickle", "dir/pickle")
TRICKS = ("plain", "pax_path", "pax_size", "gnu_long", "sparse_name", "solaris", "base256", "pax_no_newline",
          "signed_checksum")


def _pad(data: bytes) -> bytes:
    return data + b"\0" * ((-len(data)) % 512)


def _checksum(header: bytearray, *, signed: bool = False) -> bytes:
    header[148:156] = b" " * 8
    total = sum(b - 256 if signed and b > 127 else b for b in header)
    header[148:156] = b"%06o\0 " % (total & 0o777777)
    return bytes(header)


def _ext_header(records: dict[str, str], kind: bytes = tarfile.XHDTYPE, *, newline: bool = True) -> bytes:
    body = b""
    for key, value in records.items():
        text = f" {key}={value}".encode() + (b"\n" if newline else b"!")
        n = len(text) + 1
        while len(str(n).encode()) + len(text) != n:
            n = len(str(n).encode()) + len(text)
        body += str(n).encode() + text
    info = tarfile.TarInfo("././@PaxHeader")
    info.type, info.size = kind, len(body)
    return info.tobuf(tarfile.USTAR_FORMAT) + _pad(body)


def _member(name: str, data: bytes, trick: str) -> bytes:
    """One regular member named ``name`` (as tarfile will read it), written with ``trick``."""
    info = tarfile.TarInfo(name if trick == "plain" else "decoy.bin")
    info.size = len(data)
    if trick == "plain":
        return info.tobuf(tarfile.USTAR_FORMAT) + _pad(data)
    if trick in ("pax_path", "solaris", "pax_no_newline"):
        kind = tarfile.SOLARIS_XHDTYPE if trick == "solaris" else tarfile.XHDTYPE
        return (_ext_header({"path": name}, kind, newline=trick != "pax_no_newline")
                + info.tobuf(tarfile.USTAR_FORMAT) + _pad(data))
    if trick == "pax_size":
        info.name, info.size = name, 0          # the ustar header says 0 bytes, PAX the truth
        return _ext_header({"size": str(len(data))}) + info.tobuf(tarfile.USTAR_FORMAT) + _pad(data)
    if trick == "gnu_long":
        long = tarfile.TarInfo("././@LongLink")
        long.type, long.size = tarfile.GNUTYPE_LONGNAME, len(name) + 1
        return (long.tobuf(tarfile.GNU_FORMAT) + _pad(name.encode() + b"\0") + info.tobuf(tarfile.GNU_FORMAT)
                + _pad(data))
    if trick == "sparse_name":
        return _ext_header({"GNU.sparse.name": name}) + info.tobuf(tarfile.USTAR_FORMAT) + _pad(data)
    header = bytearray(tarfile.TarInfo(name).tobuf(tarfile.USTAR_FORMAT))
    if trick == "base256":
        header[124:136] = b"\x80" + len(data).to_bytes(11, "big")
        return _checksum(header) + _pad(data)
    assert trick == "signed_checksum"
    header[124:136] = b"%011o\0" % len(data)
    header[265:297] = b"\xff" * 32        # uname: high bytes make the signed and unsigned sums differ
    return _checksum(header, signed=True) + _pad(data)


def _payload(tag: int) -> bytes:
    return call(glob0("os", "system"), str0(f"true payload-{tag}")) + STOP


def _archive(rng: random.Random) -> tuple[bytes, dict[int, bytes], set[str]]:
    """A random archive; returns it, the payload of each member index that has one, the tricks used."""
    out, payloads, used = b"", {}, set()
    if rng.random() < 0.15:
        out += _ext_header({"comment": "global"}, tarfile.XGLTYPE)
    for index in range(rng.randint(1, 6)):
        name, trick = rng.choice(NAMES), rng.choice(TRICKS)
        used.add(trick)
        if rng.random() < 0.5:
            data = _payload(index)
            payloads[index] = data
        else:
            data = pickle.dumps({"member": index}, 2)
        out += _member(name, data, trick)
    if rng.random() < 0.1:
        out += b"\x01" * 512                       # a broken header: tarfile stops (or raises) there
    return out + b"\0" * 1024, payloads, used


def _tarfile_view(data: bytes) -> tuple[list[tuple], dict[str, bytes | None], str | None]:
    """What tarfile itself lists, and what torch reads for each role (None: nothing)."""
    try:
        tar = tarfile.open(fileobj=io.BytesIO(data), mode="r:", format=tarfile.PAX_FORMAT)  # noqa: SIM115
    except tarfile.TarError:
        return [], {}, "not-tar"
    error = None
    try:
        tar.getmembers()
    except tarfile.TarError as exc:
        error = str(exc)
    members = [(m.name, m.type, m.offset, m.offset_data, m.size) for m in tar.members]
    roles: dict[str, bytes | None] = {}
    if error is None:
        for name in ("storages", "tensors", "pickle"):
            try:
                f = tar.extractfile(name)
                roles[name] = f.read() if f is not None else None
            except KeyError:
                roles[name] = None
    return members, roles, error


def _ours(data: bytes) -> tuple[list[tuple], dict[str, bytes | None], str | None]:
    listing = _tar.list_tar(data)
    if listing.outcome != "tar":
        return [], {}, "not-tar"
    members = [(m.name, m.kind, m.offset, m.offset_data, m.size) for m in listing.members]
    roles: dict[str, bytes | None] = {}
    if listing.error is None:
        for name in ("storages", "tensors", "pickle"):
            member = listing.resolve(name, how="extractfile").member
            if member is None:
                roles[name] = None
                continue
            buf, start, stop, _ = _tar.member_span(data, listing, member)
            roles[name] = bytes(buf[start:stop])
    return members, roles, listing.error


SEEDS = range(120)


@pytest.mark.parametrize("seed", SEEDS)
def test_member_list_and_torch_reads_equal_tarfile(seed, tmp_path):
    data, payloads, used = _archive(random.Random(seed))
    theirs = _tarfile_view(data)
    assert _ours(data) == theirs
    assert _tar.opens_as_tar(data) == ("not-tar" if theirs[2] == "not-tar" else "tar")
    path = tmp_path / "t.tar"
    path.write_bytes(data)
    report = scan(path)
    members, roles, error = theirs
    torch_reads = [content for content in roles.values() if content is not None]
    if any(p in content for content in torch_reads for p in payloads.values()):
        assert report.verdict == "dangerous", [f.to_json() for f in report.findings]
    if roles.get("pickle") is not None and any(p in roles["pickle"] for p in payloads.values()):
        assert any(f.severity == "dangerous" and (f.entry or "").startswith("pickle") for f in report.findings)
    if error is None and members and payloads:
        # every member tarfile lists is judged, whatever its name: a payload anywhere is found
        assert report.verdict == "dangerous"
    if not payloads and "pax_no_newline" not in used:   # (that one reads differently on newer Pythons)
        assert report.verdict != "dangerous", [f.to_json() for f in report.findings]


def test_tricks_rename_as_tarfile_does():
    """Each trick, alone: tarfile and we agree on the name, and a payload behind it is judged as torch's pickle."""
    for trick in TRICKS:
        data = _member("pickle", _payload(1), trick) + b"\0" * 1024
        assert _ours(data) == _tarfile_view(data), trick
        assert _tar.list_tar(data).get("pickle") is not None, trick


def test_lenient_pax_record_is_a_divergence(tmp_path):
    data = _member("pickle", pickle.dumps(1, 2), "pax_no_newline") + b"\0" * 1024
    assert _tar.list_tar(data).lenient
    path = tmp_path / "t.tar"
    path.write_bytes(data)
    assert any(f.kind == "polyglot" and "Python >= 3.11.10" in f.detail for f in scan(path).findings)


def test_last_of_two_same_named_members_is_torchs(tmp_path):
    data = (_member("pickle", _payload(1), "plain") + _member("pickle", pickle.dumps(2, 2), "plain")
            + b"\0" * 1024)
    listing = _tar.list_tar(data)
    member = listing.resolve("pickle", how="extractfile").member
    assert member is not None and member.index == 1
    path = tmp_path / "t.tar"
    path.write_bytes(data)
    report = scan(path)   # the shadowed first member is judged too
    assert report.verdict == "dangerous"
    assert any("shadowed" in (f.entry or "") for f in report.findings if f.severity == "dangerous")


def test_links_torch_follows(tmp_path):
    body = _payload(7)
    target = _member("payload.bin", body, "plain")
    link = tarfile.TarInfo("pickle")
    link.type, link.linkname = tarfile.SYMTYPE, "payload.bin"
    data = target + link.tobuf(tarfile.USTAR_FORMAT) + b"\0" * 1024
    listing = _tar.list_tar(data)
    member = listing.resolve("pickle", how="extractfile").member
    assert member is not None and member.name == "payload.bin"
    with tarfile.open(fileobj=io.BytesIO(data)) as tar:
        assert tar.extractfile("pickle").read() == body  # type: ignore[union-attr]
    outside = tarfile.TarInfo("storages")
    outside.type, outside.linkname = tarfile.SYMTYPE, "/etc/passwd"
    data = outside.tobuf(tarfile.USTAR_FORMAT) + b"\0" * 1024
    found = _tar.list_tar(data).resolve("storages", how="extract")
    assert found.member is None and found.reason == "outside"
    path = tmp_path / "link.tar"
    path.write_bytes(data)
    assert scan(path).verdict == "dangerous"


def test_tar_header_that_is_also_a_pickle(tmp_path):
    path = b_tar_header_pickle(tmp_path)
    data = path.read_bytes()
    assert _tar.opens_as_tar(data) == "tar"
    listing = _tar.list_tar(data)
    assert listing.error_is_tar_error          # torch.load falls back to pickle.load(f)
    report = scan(path)
    assert any(f.kind == "polyglot" and f.severity == "dangerous" and "reads differently" in f.detail
               for f in report.findings)


def test_files_tarfile_accepts_without_ustar_magic():
    """torch takes the tar path whenever tarfile.open succeeds: V7 headers, an all-zero first block."""
    v7 = bytearray(tarfile.TarInfo("pickle").tobuf(tarfile.USTAR_FORMAT))
    v7[257:265] = b"\0" * 8
    v7 = bytearray(_checksum(v7))
    for data in (bytes(v7) + b"\0" * 1024, b"\0" * 1024):
        accepted = True
        try:
            tarfile.open(fileobj=io.BytesIO(data), mode="r:").close()
        except tarfile.TarError:
            accepted = False
        assert (_tar.opens_as_tar(data) == "tar") == accepted


def test_first_block_acceptance_matches_tarfile():
    """opens_as_tar's quick first-block test never refuses what tarfile.open accepts."""
    rng = random.Random(5)
    encodings = [lambda n: b"%06o\0 " % n, lambda n: b"%07o " % n, lambda n: b"%o" % n + b"\0" * (8 - len(b"%o" % n)),
                 lambda n: b"\x80" + n.to_bytes(7, "big"), lambda n: b"0o%05o " % n, lambda n: b"  %05o\0" % n]
    for i in range(600):
        block = bytearray(tarfile.TarInfo(f"m{i}").tobuf(tarfile.USTAR_FORMAT)[:512])
        for _ in range(rng.randint(0, 40)):
            block[rng.randrange(512)] = rng.randrange(256)
        block[148:156] = b" " * 8
        signed = rng.random() < 0.5
        total = 256 + sum((b - 256 if signed and b > 127 else b) for j, b in enumerate(block) if not 148 <= j < 156)
        encode = rng.choice(encodings)
        try:
            block[148:156] = encode(total & 0xFFFFFFFF)[:8].ljust(8, b" ")
        except OverflowError:
            continue
        data = bytes(block) + b"\0" * 1024
        try:
            tarfile.open(fileobj=io.BytesIO(data), mode="r:").close()
            accepted = True
        except tarfile.TarError:
            accepted = False
        except Exception:  # noqa: BLE001
            accepted = None
        expected = "tar" if accepted else "not-tar" if accepted is False else "fails"
        assert _tar.opens_as_tar(data) == expected, (i, bytes(block[148:156]))


def test_reader_falls_back_like_torch(tmp_path):
    """Where tarfile gives up after opening the archive, torch.load reads the file as a pickle;
    inspect reads the same (and names the global torch would import), running nothing."""
    import torchckpt

    path = b_tar_header_pickle(tmp_path)
    with torchckpt.open(path) as ckpt:
        assert ckpt.format == "pickle"
        assert "os.system" in ckpt.globals_used
    assert not (tmp_path / "marker").exists()


# (the first: a header CPython 3.11's PAX regexes read in quadratic time)
@pytest.mark.parametrize("body", [b"2 " * 200_000 + b"=", b"1 a=b\n" * 2_000_000, b"9" * 100_000 + b" x=y\n",
                                  b"0," * 3_000_000])
def test_costly_pax_headers_are_refused_quickly(body):
    import time

    key = b"GNU.sparse.map=" if body.startswith(b"0,") else b""
    body = (b"%d " % (len(body) + len(key) + 10)) + key + body if key else body
    info = tarfile.TarInfo("././@PaxHeader")
    info.type, info.size = tarfile.XHDTYPE, len(body)
    data = info.tobuf(tarfile.USTAR_FORMAT) + _pad(body) + tarfile.TarInfo("x").tobuf() + b"\0" * 1024
    started = time.perf_counter()
    with pytest.raises(_tar.TarTooCostly):
        _tar.list_tar(data)
    assert time.perf_counter() - started < 2


def test_reader_reads_the_pickle_torch_reads(tmp_path):
    """Against torch.load itself: a legacy tar whose ``pickle`` is renamed, resized or duplicated by
    each trick (after a decoy ``pickle``); the object torch.load returns is the one torchckpt reads."""
    import json
    import subprocess

    import torchckpt

    from hostile import legacy_tar

    paths = {}
    for trick in TRICKS:
        base = legacy_tar(tmp_path / f"{trick}.base.tar").read_bytes()
        end = len(base.rstrip(b"\0"))
        body = base[:end + (-end) % 512]
        path = tmp_path / f"{trick}.tar"
        path.write_bytes(body + _member("pickle", pickle.dumps({"variant": trick}, 2), trick) + b"\0" * 1024)
        paths[trick] = str(path)
    code = ("import json, sys, torch\n"
            "out = {}\n"
            "for trick, path in json.loads(sys.argv[1]).items():\n"
            "    out[trick] = torch.load(path, weights_only=False)\n"
            "print(json.dumps(out))\n")
    result = subprocess.run([sys.executable, "-c", code, json.dumps(paths)], capture_output=True, text=True,
                            timeout=300)
    assert result.returncode == 0, result.stderr[-2000:]
    loaded = json.loads(result.stdout)
    for trick, path in paths.items():
        with torchckpt.open(path) as ckpt:
            assert ckpt.tree == loaded[trick], trick
        assert loaded[trick] == {"variant": trick}, trick   # each trick really renames under torch
