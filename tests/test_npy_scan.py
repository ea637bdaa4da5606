""".npy/.npz as numpy.load reads them: every dtype spelling numpy parses as holding objects makes the
bytes after the header a pickle numpy.load(allow_pickle=True) runs, so the scanner must judge them;
spellings without objects must not be judged as pickles. The spellings are derived from numpy
itself (its type names and codes, composed into subarray, comma-string, list, nested, titled and
tuple descriptors) and numpy's ``descr_to_dtype`` is the oracle. .npz members and keys are
compared with ``numpy.load``'s own ``NpzFile``."""

from __future__ import annotations

import itertools
import json
import struct
import subprocess
import sys
import zipfile

import pytest

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


from torchckpt.errors import CorruptFileError  # noqa: E402
from torchckpt.formats.numpy import NpzArchive, holds_objects, read_npy_header  # noqa: E402
from torchckpt.scanner import scan  # noqa: E402

import hostile  # noqa: E402,F401
from hostile import STOP, call, glob0, proto, str0  # noqa: E402
from hostile_containers import npy  # noqa: E402

np = pytest.importorskip("numpy")
descr_to_dtype = np.lib.format.descr_to_dtype

PAYLOAD = proto(2) + call(glob0("os", "system"), str0("true")) + STOP


def _base_spellings() -> list[str]:
    """Every type name numpy knows, every type code with each byte order, object sizes."""
    names = {k for k in np.sctypeDict if isinstance(k, str)}
    codes = {c for c in np.typecodes["All"]} | {"O"}
    spelled = {f"{order}{c}" for c in codes for order in ("", "<", ">", "|", "=")}
    return sorted(names | spelled | {"O8", "|O8", "object_", "object"})


def _compose(base: str) -> list:
    return [base, f"(1,){base}", f"(2,3){base}", f"i4,{base}", f"{base},f8", f"2{base}",
            [("a", base)], [("a", "<i4"), ("b", base, (2,))], [("a", [("b", base)])],
            [(("title", "a"), base)], (base, (2,)), [("", "|V4"), ("x", base)]]


def _spellings() -> list:
    out = []
    for base in _base_spellings():
        out.extend(_compose(base) if base in ("O", "object", "|O", "f4", "U3") else [base])
    out.extend([{"aO": 1}, ["aO"], "O,O", "i4,(2,)O", [("a", "i4"), ("b", [("c", "(2,)O")])]])
    return out


def _numpy_says(descr) -> bool | None:
    try:
        return bool(descr_to_dtype(descr).hasobject)
    except Exception:  # noqa: BLE001 - numpy refuses the descriptor: numpy.load fails on the file
        return None


SPELLINGS = _spellings()


def test_spellings_cover_objects_and_plain_types():
    verdicts = [_numpy_says(d) for d in SPELLINGS]
    assert verdicts.count(True) > 40 and verdicts.count(False) > 40


@pytest.mark.parametrize("descr", SPELLINGS, ids=repr)
def test_holds_objects_agrees_with_numpy(descr):
    expected = _numpy_says(descr)
    if expected is None:
        with pytest.raises(CorruptFileError):
            holds_objects(descr)
    else:
        assert holds_objects(descr) is expected


def test_scan_flags_every_object_spelling(tmp_path):
    for i, descr in enumerate(SPELLINGS):
        says = _numpy_says(descr)
        if says is None:
            continue
        path = tmp_path / f"a{i}.npy"
        path.write_bytes(npy(descr, PAYLOAD))
        report = scan(path)
        if says:
            assert report.verdict == "dangerous", (descr, [f.to_json() for f in report.findings])
        else:   # plain data: numpy never unpickles it
            assert report.verdict != "dangerous", (descr, [f.to_json() for f in report.findings])


def test_header_parsing_follows_numpy(tmp_path):
    try:   # numpy's own header reader (private; numpy 2 keeps it in _format_impl)
        import numpy.lib._format_impl as ok
    except ImportError:
        ok = np.lib.format
    def header(magic: bytes, text: bytes, width: str = "<H") -> bytes:
        text = text.ljust(69) + b"\n"
        return magic + struct.pack(width, len(text)) + text

    plain = b"{'descr': '|O', 'fortran_order': False, 'shape': (1,), }"
    cases = {
        "v3-utf8": header(b"\x93NUMPY\x03\x00", plain.replace(b"'|O'", "[('\u00e9', '|O')]".encode()), "<I"),
        "py2-long": header(b"\x93NUMPY\x01\x00", plain.replace(b"(1,)", b"(1L,)")),
        "minor-1": header(b"\x93NUMPY\x01\x01", plain),
        "extra-key": header(b"\x93NUMPY\x01\x00", plain.replace(b"}", b"'x': 1}")),
        "bool-shape": header(b"\x93NUMPY\x01\x00", plain.replace(b"(1,)", b"(True,)")),
    }
    for name, header in cases.items():
        path = tmp_path / f"{name}.npy"
        path.write_bytes(header + PAYLOAD)
        with open(path, "rb") as f:
            try:
                version = ok.read_magic(f)
                ok._check_version(version)
                theirs = ok._read_array_header(f, version, max_header_size=2**64)
            except Exception:  # noqa: BLE001
                theirs = None
        try:
            h = read_npy_header(path.read_bytes())
            ours = (h.shape, h.fortran_order, descr_to_dtype(h.descr))
        except CorruptFileError:
            ours = None
        assert ours == theirs, name
        if theirs is not None:
            assert scan(path).verdict == "dangerous", name


def test_npz_members_and_keys_match_numpy(tmp_path):
    arr = np.arange(3, dtype=np.int32)
    import io

    def npy_bytes(a) -> bytes:
        buf = io.BytesIO()
        np.save(buf, a)
        return buf.getvalue()

    path = tmp_path / "k.npz"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("a.npy", npy_bytes(arr))
        z.writestr("a", npy_bytes(arr * 2))
        z.writestr("b.npy", npy_bytes(arr * 3))
        z.writestr("b.npy", npy_bytes(arr * 4))       # duplicate: zipfile (and numpy) read the last
        z.writestr("raw.bin", b"not an array")
    data = path.read_bytes()
    members = NpzArchive(data).members
    loaded = np.load(path, allow_pickle=False)
    for m in members:
        for key in m.keys:
            value = loaded[key]
            with zipfile.ZipFile(path) as z:
                content = z.read(m.info)
            if content[:6] == b"\x93NUMPY":
                np.testing.assert_array_equal(value, np.load(io.BytesIO(content)))
            else:
                assert value == content
    keys = {k for m in members for k in m.keys}
    assert keys >= set(loaded.files)


def test_npz_object_member_only_zipfile_sees_is_judged(tmp_path):
    """Two same-named entries: stdlib zipfile (numpy) resolves the name to the last one; the object
    array there is judged whatever torch's reader makes of the archive."""
    path = tmp_path / "dup.npz"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("arr.npy", npy("<i4", b"\0\0\0\0"))
        z.writestr("arr.npy", npy("(1,)O", PAYLOAD))
    assert scan(path).verdict == "dangerous"
    for spelling in ("object", "i4,O", "(1,)O"):
        for method in (zipfile.ZIP_DEFLATED, zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA):
            path = tmp_path / f"o{len(spelling)}-{method}.npz"
            with zipfile.ZipFile(path, "w", compression=method) as z:
                z.writestr("arr.npy", npy(spelling, PAYLOAD))
            assert scan(path).verdict == "dangerous", (spelling, method)
            members = NpzArchive(path.read_bytes()).members
            with zipfile.ZipFile(path) as z:
                assert NpzArchive(path.read_bytes()).read(members[0]) == z.read("arr.npy")


def test_plain_arrays_scan_without_importing_numpy(tmp_path):
    np.save(tmp_path / "a.npy", np.ones(3, dtype=np.float32))
    np.savez(tmp_path / "b.npz", x=np.arange(4), y=np.zeros((2, 2)))
    (tmp_path / "c.npy").write_bytes(npy("|O", PAYLOAD))
    code = ("import sys, json; from torchckpt.scanner import scan; "
            f"v=[scan(p).verdict for p in {json.dumps([str(tmp_path / n) for n in ('a.npy', 'b.npz', 'c.npy')])}]; "
            "print(json.dumps([v, 'numpy' in sys.modules]))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    verdicts, imported = json.loads(out.stdout)
    assert verdicts == ["safe", "safe", "dangerous"] and not imported


@pytest.mark.parametrize("kind,descr", list(itertools.product(("npy", "npz"), ("object", "(1,)O", "i4,O"))))
def test_numpy_load_really_unpickles(kind, descr, tmp_path):
    """The oracle itself: numpy.load(allow_pickle=True) runs the pickle after these headers."""
    marker = tmp_path / "ran"
    payload = proto(2) + call(glob0("os", "system"), str0(f"touch '{marker}'")) + STOP
    path = tmp_path / f"x.{kind}"
    if kind == "npy":
        path.write_bytes(npy(descr, payload))
    else:
        with zipfile.ZipFile(path, "w") as z:
            z.writestr("x.npy", npy(descr, payload))
    code = (f"import numpy; r = numpy.load({str(path)!r}, allow_pickle=True)\n"
            "try:\n    [r[k] for k in r.files]\nexcept AttributeError:\n    pass\n")
    subprocess.run([sys.executable, "-c", code], capture_output=True, timeout=60)
    assert marker.exists()
    assert scan(path).verdict == "dangerous"


def test_padded_huge_header_is_still_judged(tmp_path):
    """numpy.load(allow_pickle=True) has no header size limit: a header padded to 2 MB still unpickles."""
    marker = tmp_path / "ran"
    payload = proto(2) + call(glob0("os", "system"), str0(f"touch '{marker}'")) + STOP
    text = b"{'descr': '|O', 'fortran_order': False, 'shape': (1,), }" + b" " * (2 << 20) + b"\n"
    path = tmp_path / "big.npy"
    path.write_bytes(b"\x93NUMPY\x02\x00" + struct.pack("<I", len(text)) + text + payload)
    assert scan(path).verdict == "dangerous"
    subprocess.run([sys.executable, "-c", f"import numpy; numpy.load({str(path)!r}, allow_pickle=True)"],
                   capture_output=True, timeout=60)
    assert marker.exists()
