"""The interpreter against CPython's C unpickler, in both modes users and torch use it:
``pickle.loads(bytes)`` and ``pickle.load(file)`` (an ``io.BytesIO``, as torch's zip path, and a
real file, as ``pickle.load(open(...))`` and torch's legacy path).

- valid pickles of every protocol read to the same value and the same end;
- FRAMEs that disagree with the opcodes inside: :func:`file_reading` replays exactly what
  ``pickle.load(io.BytesIO)`` interprets (checked against CPython on random streams);
- mutated streams: every global CPython resolves before it fails, the scanner saw;
- what CPython accepts, we accept; failures carry a machine-readable reason;
- pickle bombs stop within the work budget, deep nesting stays linear, nothing crashes.
"""

from __future__ import annotations

import io
import json
import pickle
import pickletools
import random
import struct
import subprocess
import sys
import time
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from torchckpt.allowlist import resolve
from torchckpt.errors import PickleStreamError
from torchckpt.model import ObjectStub, PickledOrderedDict
from torchckpt.scanner import _Scanner, scan
from torchckpt.unpickler import file_reading, frames_consistent, unpickle

from .helpers import pickle_values

values = pickle_values(max_binary=300, bytearrays=True)


def _cpython_both(blob: bytes, tmp_path=None):
    """CPython's readings: loads, load(BytesIO) and (when tmp_path) load(real file)."""
    results = [pickle.loads(blob), pickle.load(io.BytesIO(blob))]
    if tmp_path is not None:
        path = tmp_path / "x.pkl"
        path.write_bytes(blob)
        with open(path, "rb") as f:
            results.append(pickle.load(f))
    return results


# --- valid pickles ------------------------------------------------------------------------------

@settings(max_examples=200, deadline=None)
@given(value=values, protocol=st.integers(0, 5), optimize=st.booleans())
def test_valid_pickles_read_alike_in_every_mode(value, protocol, optimize):
    blob = pickle.dumps(value, protocol=protocol)
    if optimize:
        blob = pickletools.optimize(blob)
    expected = _cpython_both(blob)
    ours, u = unpickle(blob, resolve=resolve)
    assert all(ours == e for e in expected)
    assert u.end == len(blob)
    reading = file_reading(blob)
    assert not reading.differs and reading.end == len(blob) and reading.error is None
    assert frames_consistent(u.frames, u.end)


def test_large_framed_pickles_read_alike_from_a_real_file(tmp_path):
    value = {"big": b"\x01" * 300_000, "many": list(range(50_000)), "s": "x" * 70_000, "t": (1.5, None)}
    for protocol in (4, 5):
        blob = pickle.dumps(value, protocol=protocol)
        assert all(v == value for v in _cpython_both(blob, tmp_path))
        ours, u = unpickle(blob, resolve=resolve)
        assert ours == value and u.end == len(blob) and u.frames
        # large bytes are written between frames: the cheap test cannot tell, the replay can
        reading = file_reading(blob)
        assert not reading.differs and reading.end == len(blob) and reading.view == blob


def _ops(blob: bytes) -> list[int]:
    return [pos for _, _, pos in pickletools.genops(blob)]


@settings(max_examples=150, deadline=None)
@given(value=values, data=st.data())
def test_reframed_pickles_agree_with_cpython_file_reading(value, data):
    """Cut a protocol-4 stream into frames of random lengths (often disagreeing with the opcode
    boundaries): file_reading().view must be exactly what pickle.load(io.BytesIO) interprets."""
    body = pickle.dumps(value, protocol=4)
    body = body[2:]  # drop PROTO; we re-frame the rest
    if body[:1] == b"\x95":
        body = body[9:]
    blob = bytearray(b"\x80\x04")
    pos = 0
    while pos < len(body):
        n = data.draw(st.integers(1, max(1, len(body) - pos)))
        lie = data.draw(st.sampled_from([0, 0, 1, -1, 2, -2, 5]))
        blob += b"\x95" + struct.pack("<Q", max(0, n + lie)) + body[pos:pos + n]
        pos += n
    blob = bytes(blob)
    reading = file_reading(blob)

    def outcome(fn):
        try:
            return ("ok", fn())
        except Exception as exc:  # noqa: BLE001 - comparing CPython's own outcomes
            return ("error", type(exc).__name__)

    from_file = outcome(lambda: pickle.load(io.BytesIO(blob)))
    replayed = outcome(lambda: pickle.loads(reading.view)) if reading.error is None else ("error", "")
    if from_file[0] == "ok":
        assert replayed == from_file
    elif reading.error is None:
        assert replayed[0] == "error"
    if not reading.differs:
        assert outcome(lambda: pickle.loads(blob)) == from_file


# --- mutated streams ----------------------------------------------------------------------------

# CPython side, in a subprocess with a memory limit (a mutated LONG_BINPUT may ask for
# gigabytes): every global goes through find_class, which records it and hands back a
# recorder, so nothing real is imported or run. pickle.loads(bytes) is emulated by a file
# whose peek() returns all the rest (the C unpickler then reads it as one buffer).
_CPYTHON = r'''
import io, json, pickle, resource, sys
resource.setrlimit(resource.RLIMIT_AS, (3 << 30, 3 << 30))

class AsBytes(io.BytesIO):
    def peek(self, n=0):
        return self.getvalue()[self.tell():]

out = []
for blob in (bytes.fromhex(h) for h in json.load(sys.stdin)):
    row = {}
    for mode, f in (("bytes", AsBytes(blob)), ("file", io.BytesIO(blob))):
        seen = []
        class U(pickle.Unpickler):
            def find_class(self, module, name):
                seen.append([module, name])
                return lambda *a, **k: None
            def persistent_load(self, pid):
                return None
        try:
            U(f).load()
        except BaseException:
            pass
        row[mode] = seen
    out.append(row)
print(json.dumps(out))
'''


def _resolved_by_cpython(blobs: list[bytes]) -> list[dict[str, list[list[str]]]]:
    result = subprocess.run([sys.executable, "-c", _CPYTHON], input=json.dumps([b.hex() for b in blobs]),
                            capture_output=True, text=True, timeout=300, check=False)
    assert result.returncode == 0, result.stderr[-2000:]
    return json.loads(result.stdout)


def _names(module: str, name: str) -> set[str]:
    """A global as find_class gets it, and as fix_imports maps it (protocols < 3)."""
    import _compat_pickle

    mapped = _compat_pickle.NAME_MAPPING.get((module, name))
    if mapped is None:
        mapped = (_compat_pickle.IMPORT_MAPPING.get(module, module), name)
    return {f"{module}.{name}", f"{mapped[0]}.{mapped[1]}"}


def _mutants(seed: int, count: int) -> list[bytes]:
    rng = random.Random(seed)
    call = b"cmylib\nprobe\n(S'x'\ntR"
    bases = [
        pickle.dumps({"a": [1, 2.5, "x"], "b": (None, True)}, 2)[:-1] + b"0" + call + b".",
        b"\x80\x04" + b"\x8c\x05mylib\x8c\x05probe\x93\x8c\x01x\x85R" + pickle.dumps([1, {2: 3}], 4)[2:],
        b"(I1\nI0x1f\nL12L\nF1.5\nS'a'\np0\ng0\nlp1\n0" + call + b".",
        pickle.dumps({"k": list(range(30)), "s": {1, 2}}, 4)[:-1] + b"0" + call + b".",
    ]
    out = []
    for _ in range(count):
        blob = bytearray(rng.choice(bases))
        for _ in range(rng.randint(1, 3)):
            kind = rng.random()
            at = rng.randrange(len(blob))
            if kind < 0.4:
                blob[at] = rng.randrange(256)
            elif kind < 0.7:
                blob.insert(at, rng.choice(b"(0)]}aesutldNK\x85\x86\x94hq2I\n"))
            else:
                del blob[at]
        out.append(bytes(blob))
    return out


def test_every_global_cpython_resolves_before_failing_is_seen():
    blobs = _mutants(seed=20261201, count=400)
    cpython = _resolved_by_cpython(blobs)
    scanner = _Scanner("mutants")
    checked = 0
    for blob, row in zip(blobs, cpython):
        s = scanner.parse(blob, 0)
        loads = {f"{e.module}.{e.name}" for e in s.events if e.kind == "global"}
        load = set(loads)
        if s.file_stream is not None:
            load |= {f"{e.module}.{e.name}" for e in s.file_stream.events if e.kind == "global"}
        for mode, ours in (("bytes", loads), ("file", load)):
            for module, name in row[mode]:
                assert _names(module, name) & ours, (mode, blob, row, s.error)
                checked += 1
    assert checked > 100  # the mutants keep reaching their globals often enough to mean something


# --- what CPython accepts, we accept ------------------------------------------------------------

def _both_readings(blob: bytes) -> tuple[tuple[str, Any], tuple[str, Any]]:
    """``(CPython's, ours)``: ``("ok", value)`` or ``("error", None)`` each."""
    try:
        expected: tuple[str, Any] = ("ok", pickle.loads(blob))
    except Exception:  # noqa: BLE001 - any refusal of CPython's counts
        expected = ("error", None)
    try:
        ours: tuple[str, Any] = ("ok", unpickle(blob, resolve=resolve)[0])
    except PickleStreamError:
        ours = ("error", None)
    return expected, ours


@pytest.mark.parametrize("line", [b"0x1f", b"0X1F", b"010", b"0o7", b"0b101", b"1_000", b" 7", b"+5", b"-0x10", b"00",
                                  b"01", b"0", b"1", b"5\x00junk", b"99999999999999999999999", b"0x", b"08", b"1 ",
                                  b"\x00", b"abc", b"1.5", b"--1", b"0_1", b"7\x1c"])
def test_int_reads_like_load_int(line):
    expected, ours = _both_readings(b"I" + line + b"\n.")
    assert ours == expected and (ours[0] == "error" or type(ours[1]) is type(expected[1]))


@pytest.mark.parametrize("line", [b"12", b"12L", b"0x1FL", b"0o17", b"1_0L", b"-3L", b"L", b"0b11", b"010", b"4\x00x"])
def test_long_reads_like_load_long(line):
    expected, ours = _both_readings(b"L" + line + b"\n.")
    assert ours == expected


@pytest.mark.parametrize("line", [b"1.5", b"1e5", b"inf", b"-Infinity", b"nan", b"1.", b".5", b" 1.0", b"1_0.5",
                                  b"1e999", b"0x1p3", b"1e", b"1.0\x00z", b"+.5e-3"])
def test_float_reads_like_load_float(line):
    blob = b"F" + line + b"\n."
    try:
        expected = ("ok", repr(pickle.loads(blob)))
    except Exception:  # noqa: BLE001
        expected = ("error", None)
    try:
        ours = ("ok", repr(unpickle(blob, resolve=resolve)[0]))
    except PickleStreamError:
        ours = ("error", None)
    assert ours == expected


@pytest.mark.parametrize("stream", [
    b"K\x01(e.",                    # empty APPENDS on an int
    b"S'a'\n(u.",                   # empty SETITEMS on a str
    b"N(\x90.",                     # empty ADDITEMS on None
    b"(K\x01lK\x00K\x05s.",         # SETITEM on a list, index in range
    b"c__builtin__\nbytearray\n)R(K\x01K\x02e.",  # APPENDS on a bytearray (it has extend)
    b"\x80\x04C\x02ab\x98.",        # READONLY_BUFFER on bytes
    b"ccollections\nOrderedDict\n(S''\ntR.",
    b"ccollections\nOrderedDict\n((S'ab'\nltR.",   # a 2-char string is a pair
    b"c__builtin__\nset\n(S'abc'\ntR.",
    b"ccollections\nCounter\n(S'aab'\ntR.",
    b"I7\np+1\n0g1_0\n.",           # PUT/GET parse base 10 with a sign; GET 10 is missing -> both fail
])
def test_cpython_accepts_so_do_we(stream):
    try:
        expected = ("ok", pickle.loads(stream))
    except Exception:  # noqa: BLE001
        expected = ("error", None)
    try:
        ours = ("ok", unpickle(stream, resolve=resolve)[0])
    except PickleStreamError:
        ours = ("error", None)
    assert ours[0] == expected[0]
    if ours[0] == "ok":
        value = ours[1]
        assert value == expected[1] or isinstance(value, (ObjectStub, PickledOrderedDict, memoryview))


def test_handler_that_cannot_model_a_call_makes_a_stub():
    # torch.Size of strings: our model refuses, torch would too; the parse still goes on
    stream = b"\x80\x02ctorch\nSize\n(S'a'\ntR0K\x05."
    value, _ = unpickle(stream, resolve=resolve)
    assert value == 5


@pytest.mark.parametrize("stream, reason", [
    (b"\x80\x02K", "truncated"),
    (b"\x80\x02\xff.", "bad-opcode"),
    (b"\x80\x020.", "stack-underflow"),
    (b"\x80\x02t.", "mark-missing"),
    (b"\x80\x02h\x05.", "memo-missing"),
    (b"\x80\x02K\x01(K\x02K\x03u.", "setitem-on-non-dict"),
    (b"\x80\x02K\x01K\x02a.", "bad-target"),
    (b"\x80\x02}]K\x01s.", "unhashable"),
    (b"\x80\x02K\x01)R.", "bad-call"),
    (b"\x80\x06.", "protocol"),
    (b"\x80\x04\x95\xff\x00\x00\x00\x00\x00\x00\x00N.", "truncated"),
    (b"Ifoo\n.", "bad-argument"),
])
def test_failures_carry_a_reason(stream, reason):
    with pytest.raises(Exception):  # noqa: B017 - CPython raises UnpicklingError, ValueError, EOFError...
        pickle.loads(stream)
    with pytest.raises(PickleStreamError) as info:
        unpickle(stream, resolve=resolve)
    assert info.value.reason == reason


# --- verdicts on failures -----------------------------------------------------------------------

def _scan_bytes(tmp_path, data: bytes, name: str = "x.pkl"):
    path = tmp_path / name
    path.write_bytes(data)
    return scan(path)


def test_failure_after_a_non_data_global_is_dangerous(tmp_path):
    report = _scan_bytes(tmp_path, b"\x80\x02cmylib\nhelper\n)R\xff")
    assert report.verdict == "dangerous"
    assert any(f.kind == "malformed" and f.severity == "dangerous" for f in report.findings)


def test_failure_after_only_data_is_an_error(tmp_path):
    report = _scan_bytes(tmp_path, b"\x80\x02ccollections\nOrderedDict\n)R\xff")
    assert report.verdict == "error"


def test_setitem_on_a_tuple_is_the_cve_pattern_by_reason(tmp_path):
    report = _scan_bytes(tmp_path, b"\x80\x02K\x01\x85K\x00K\x05s.")
    assert report.verdict == "dangerous"


# --- file vs bytes ------------------------------------------------------------------------------

def _payload() -> bytes:
    return b"\x8c\x05mylib\x8c\x05probe\x93\x8c\x01x\x85R."


@pytest.mark.parametrize("straddle", [b"X\x04\x00\x00\x00zz", b"J\x07\x00", b"\x8c\x04zz", b"T\x04\x00\x00\x00zz",
                                      b"\x8a\x04zz"])
@pytest.mark.parametrize("pad", [0, 200_000])
def test_lying_frame_is_read_like_cpython_and_flagged(tmp_path, straddle, pad):
    payload = _payload()
    window = (b"B" + struct.pack("<I", pad) + b"\0" * pad + b"0" if pad else b"") + straddle
    blob = b"\x80\x04\x95" + struct.pack("<Q", len(window)) + window + b"ab" + b"C" + bytes([len(payload)]) \
        + payload + b"."
    seen: dict[str, list[str]] = {"bytesio": [], "file": []}

    def unpickler(f, key):
        class U(pickle.Unpickler):
            def find_class(self, module, name):
                seen[key].append(f"{module}.{name}")
                return lambda *a: None
        return U(f)

    assert pickle.loads(blob) == payload           # benign as bytes
    unpickler(io.BytesIO(blob), "bytesio").load()
    path = tmp_path / "x.pkl"
    path.write_bytes(blob)
    with open(path, "rb") as f:
        unpickler(f, "file").load()
    assert seen["bytesio"] == ["mylib.probe"]
    assert seen["file"] == (["mylib.probe"] if pad else [])  # small frames fit the file's peek buffer

    reading = file_reading(blob)
    assert reading.differs and reading.skipped and reading.straddles
    report = scan(path)
    assert report.verdict == "dangerous"
    found = [f for f in report.findings if f.kind == "divergence"]
    assert found and "pickle.load(file)" in found[0].detail and "mylib.probe" in found[0].detail
    assert any(f.global_name == "mylib.probe" for f in report.findings)


def test_frame_past_stop_moves_the_next_load(tmp_path):
    second = b"\x80\x04" + _payload()
    window = (b"B" + struct.pack("<I", 200_000) + b"\0" * 200_000 + b"0N."
              + b"\x80\x04B" + struct.pack("<I", len(second)))
    blob = b"\x80\x04\x95" + struct.pack("<Q", len(window)) + window + second + b"."
    path = tmp_path / "x.pkl"
    path.write_bytes(blob)
    with open(path, "rb") as f:
        assert pickle.load(f) is None
        assert f.tell() == 11 + len(window)   # the file is left at the frame's end, not after STOP
    reading = file_reading(blob)
    assert reading.end == 11 + len(window) and not reading.skipped
    report = scan(path)
    assert report.verdict == "dangerous"
    assert any(f.global_name == "mylib.probe" for f in report.findings)


def test_standard_frames_cost_no_replay():
    blob = pickle.dumps({"x": list(range(100_000))}, protocol=4)
    _, u = unpickle(blob, resolve=resolve)
    assert len(u.frames) > 1 and frames_consistent(u.frames, u.end)


# --- denial of service --------------------------------------------------------------------------

def _timed_scan(tmp_path, data: bytes):
    """The scan and its CPU seconds (CPU, not wall time: the test machine may be shared)."""
    path = tmp_path / "bomb.pkl"
    path.write_bytes(data)
    started = time.process_time()
    report = scan(path)
    return report, time.process_time() - started


def test_memo_amplification_stops_within_the_budget(tmp_path):
    # a list of 200k ints, then 20k times set(<that list>): 4e9 steps without a budget
    big = b"(" + b"K\x01" * 200_000 + b"lq\x00"
    data = b"\x80\x02" + big + b"c__builtin__\nset\n" + b"q\x01" + b"0" \
        + (b"h\x01h\x00\x85R0") * 20_000 + b"N."
    report, seconds = _timed_scan(tmp_path, data)
    assert seconds < 10
    assert report.verdict in ("error", "dangerous")
    assert any("budget" in f.detail or "work" in f.detail for f in report.findings)


def test_build_amplification_stops_within_the_budget(tmp_path):
    state = b"}q\x00(" + b"".join(b"K" + bytes([i % 256]) + b"M" + struct.pack("<H", i) for i in range(60_000)) + b"u"
    data = b"\x80\x02cargparse\nNamespace\n)\x81" + state + b"b" + (b"h\x00b") * 200_000 + b"."
    _, seconds = _timed_scan(tmp_path, data)
    assert seconds < 10


def test_memory_bomb_stops(tmp_path):
    data = b"\x80\x02" + b"]" * 12_000_000 + b"."
    report, seconds = _timed_scan(tmp_path, data)
    assert seconds < 10
    assert report.verdict == "error"


def test_deep_nesting_is_linear(tmp_path):
    timings = []
    for n in (100_000, 400_000):
        data = b"\x80\x02" + b"(" * n + b"N" + b"t" * n + b"."
        _, seconds = _timed_scan(tmp_path, data)
        timings.append(seconds)
    assert timings[1] < 10 * max(timings[0], 0.05)


def test_deeply_nested_tuple_key_does_not_crash(tmp_path):
    data = b"\x80\x02}N" + b"\x85" * 100_000 + b"K\x01s."
    report, _ = _timed_scan(tmp_path, data)
    assert report.verdict == "error"
    assert any("deep" in f.detail for f in report.findings)


def test_declared_sizes_are_checked_before_allocating(tmp_path):
    for op in (b"\x8e", b"\x8d", b"\x96", b"\x95"):
        report, seconds = _timed_scan(tmp_path, b"\x80\x04" + op + struct.pack("<Q", 1 << 60) + b".")
        assert report.verdict == "error" and seconds < 5
    report, _ = _timed_scan(tmp_path, b"\x80\x02\x8b" + struct.pack("<i", 1 << 30) + b".")
    assert report.verdict == "error"


def test_reconstructor_gadget_on_a_torch_module_is_flagged(tmp_path):
    gadget = b"\x80\x02ccopyreg\n_reconstructor\n(ctorch.nn.modules.batchnorm\nBatchNorm1d\n" \
             b"ctorch.nn.modules.batchnorm\nBatchNorm1d\n\x8a\x06\x00\x00\x00\x00\x00\x01tR."
    report, _ = _timed_scan(tmp_path, gadget)
    assert report.verdict == "dangerous"
    assert any("memory bomb" in f.detail for f in report.findings)
    plain = gadget.replace(b"\x8a\x06\x00\x00\x00\x00\x00\x01", b"K\x04")
    assert _timed_scan(tmp_path, plain)[0].verdict == "suspicious"


@pytest.mark.parametrize("call", [b"\x81", b"R"])
def test_tensor_bytes_that_read_as_an_ext_call_with_no_tuple_are_no_call(tmp_path, call):
    """Tensor data may start like EXT4 <code>, a push, NEWOBJ (it did in a 100k-tensor torch.save of
    random floats, scanned 'dangerous'). CPython refuses a call without an argument tuple before
    it calls anything, even with the code registered: no call, nothing runs, the file is safe."""
    import copyreg

    import torch

    raw = b"\x84\x01\x00\x00\x00N" + call
    copyreg.add_extension("builtins", "print", 1)
    try:
        with pytest.raises((pickle.UnpicklingError, TypeError)):
            pickle.loads(raw + b".")
    finally:
        copyreg.remove_extension("builtins", "print", 1)
    path = tmp_path / "weights.pt"
    torch.save({"w": torch.tensor(list(raw), dtype=torch.uint8)}, path)
    assert scan(path).verdict == "safe"
    # with an argument tuple the call is made: the same bytes as a pickle of their own are dangerous
    assert _scan_bytes(tmp_path, raw[:-2] + b")" + call + b".").verdict == "dangerous"
