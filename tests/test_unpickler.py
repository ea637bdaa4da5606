"""The interpreter against CPython's own pickle: same values for every protocol, same memo
semantics for streams a pickler would never write."""

from __future__ import annotations

import pickle
import struct

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from torchckpt.allowlist import resolve
from torchckpt.errors import PickleStreamError
from torchckpt.unpickler import Memo, unpickle

from .helpers import pickle_values

data = pickle_values()


@settings(max_examples=300, deadline=None)
@given(value=data, protocol=st.integers(0, 5))
def test_same_value_as_cpython(value, protocol):
    blob = pickle.dumps(value, protocol=protocol)
    ours, u = unpickle(blob, resolve=resolve)
    assert ours == pickle.loads(blob)
    assert u.end == len(blob)


def test_shared_and_recursive_structures_keep_identity():
    shared = [1, 2]
    value = {"a": shared, "b": shared}
    value["self"] = value
    for protocol in range(6):
        ours, _ = unpickle(pickle.dumps(value, protocol=protocol), resolve=resolve)
        assert ours["a"] is ours["b"] and ours["self"] is ours


def _put(key: int) -> bytes:
    return b"r" + struct.pack("<I", key)


def _get(key: int) -> bytes:
    return b"j" + struct.pack("<I", key)


@pytest.mark.parametrize("stream", [
    # PUT far ahead, then fill the gap in order, then read both
    b"\x80\x02]" + _put(5) + b"0" + b"".join(b"K" + bytes([i]) + _put(i) + b"0" for i in range(6))
    + b"(" + _get(5) + _get(0) + b"t.",
    # overwrite an early key after later ones exist
    b"\x80\x02K\x01" + _put(0) + b"0K\x02" + _put(1) + b"0K\x03" + _put(0) + b"0(" + _get(0) + _get(1) + b"t.",
    # MEMOIZE after a sparse PUT counts distinct keys, like CPython: it writes keys 1 and 2
    b"\x80\x04K\x07" + _put(3) + b"0K\x08\x94K\x09\x94(" + _get(1) + _get(2) + _get(3) + b"t.",
    # text GET/PUT (protocol 0)
    b"I7\np2\n0I8\np0\n0(g2\ng0\nt.",
])
def test_memo_semantics_match_cpython(stream):
    ours, _ = unpickle(stream, resolve=resolve)
    assert ours == pickle.loads(stream)


@pytest.mark.parametrize("stream", [b"I7\np-1\n.", b"I7\np0\n0g-1\n.", b"(j\x05\x00\x00\x00t."])
def test_bad_memo_access_is_an_error_like_cpython(stream):
    with pytest.raises((ValueError, pickle.UnpicklingError)):
        pickle.loads(stream)
    with pytest.raises(PickleStreamError):
        unpickle(stream, resolve=resolve)


def test_memo_len_stays_exact_with_sparse_keys():
    memo = Memo()
    memo.put(10, "x")
    memo.put(0, "a")
    assert len(memo) == 2 and memo.get(10) == "x" and memo.get(5) is None and memo.get(-1) is None
    for i in range(1, 11):
        memo.put(i, i)
    assert len(memo) == 11 and memo.get(10) == 10  # the later PUT wins


def test_opcode_table_is_pickles():
    import pickletools

    from torchckpt.unpickler import OPCODE_NAMES

    assert {op.code.encode("latin-1")[0]: op.name for op in pickletools.opcodes} == OPCODE_NAMES
    for code, name in OPCODE_NAMES.items():
        assert bytes([code]) == getattr(pickle, name)


def test_every_opcode_has_exactly_one_implementation():
    from torchckpt.unpickler import _DISPATCH, _INLINE, OPCODE_NAMES

    handled = {code for code, handler in enumerate(_DISPATCH) if handler is not None}
    assert not handled & _INLINE, [OPCODE_NAMES[c] for c in handled & _INLINE]
    assert handled | _INLINE == set(OPCODE_NAMES), set(OPCODE_NAMES) ^ (handled | _INLINE)


def _plain(value):
    """``value`` comparable by content (stubs and globals compare by identity)."""
    from torchckpt.model import GlobalRef, ObjectStub

    if isinstance(value, GlobalRef):
        return "global", value.module, value.name
    if isinstance(value, ObjectStub):
        return ("stub", value.cls, _plain(value.args), _plain(value.state), _plain(value.items),
                _plain(value.listitems))
    if isinstance(value, (list, tuple)):
        return type(value), [_plain(v) for v in value]
    if isinstance(value, dict):
        return dict, [(_plain(k), _plain(v)) for k, v in value.items()]
    if isinstance(value, (set, frozenset)):
        return type(value), sorted((_plain(v) for v in value), key=repr)
    return value


def _outcome(blob: bytes):
    try:
        value, u = unpickle(blob, resolve=resolve)
    except PickleStreamError as exc:
        return "error", exc.reason, exc.offset
    return "ok", _plain(value), u.end


@settings(max_examples=150, deadline=None)
@given(value=data, protocol=st.integers(0, 5), window=st.integers(5, 40), cut=st.integers(0, 400))
def test_budget_windows_never_change_a_reading(value, protocol, window, cut):
    """The loop stops at every window's end (an inline opcode running off it runs again in the
    next window): a tiny window puts that end inside every kind of opcode, and must read every
    stream, whole or cut short, exactly as one window over all of it does."""
    import torchckpt.unpickler as unpickler

    blob = pickle.dumps(value, protocol=protocol)
    for stream in (blob, blob[:cut], blob[:cut] + b"0" * 3 + blob[cut:]):
        expected = _outcome(stream)
        with pytest.MonkeyPatch.context() as m:
            m.setattr(unpickler, "_WINDOW", window)
            assert _outcome(stream) == expected


@pytest.mark.parametrize("stream", [
    b"X" + struct.pack("<I", 1 << 20) + b"a" * (1 << 20) + b".",  # a string past the stop
    b"S'" + b"a" * 200 + b"'\n.",                                  # a text line past the stop
    b"\x80\x04\x95" + struct.pack("<Q", 1 << 10) + b"N." + b"\0" * (1 << 10),  # a FRAME past the stop
])
def test_stop_bounds_what_a_stream_reads(stream):
    """``stop`` is where the stream's bytes end (its entry's end): a length that runs past it is
    truncation there, as the loader reading that entry alone sees it; nothing past it is read."""
    from torchckpt.unpickler import Unpickler

    with pytest.raises(PickleStreamError) as info:
        Unpickler(stream, resolve=resolve, stop=64).load()
    assert info.value.reason == "truncated"
    with pytest.raises(pickle.UnpicklingError if stream[:1] != b"X" else Exception):
        pickle.loads(stream[:64])
    assert Unpickler(stream, resolve=resolve).load() == pickle.loads(stream)
