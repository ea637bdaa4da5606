"""Indented JSON text, byte for byte what ``json.dumps(value, indent=N)`` writes, at half its cost
and without importing the ``json`` package.

Why: with ``indent`` the stdlib falls back to its pure-Python encoder (a generator per nesting
level, every chunk passed up through all of them): 20 M instructions for ``inspect --json`` of a
364-tensor checkpoint, 10 M here; and ``import json`` compiles the decoder's regular expressions
(5 M), which no ``--json`` output needs. Strings go through the C function the stdlib uses
(``_json.encode_basestring_ascii``), numbers through ``int.__repr__``/``float.__repr__`` as the
stdlib's; exact built-in types are told apart first, anything else by the stdlib's tests in its
order (bool before int...). What the fast path does not take (keys other than ``str``, values of
other types, a container nested in itself or too deep) is handed to ``json.dumps`` whole, so that
its output or its error is the stdlib's own.
"""

from __future__ import annotations

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

try:
    from _json import encode_basestring_ascii as _encode
except ImportError:  # an interpreter without the C accelerator: the stdlib's own fallback
    from json.encoder import py_encode_basestring_ascii as _encode

__all__ = ["dumps_indented"]

_INFINITY = float("inf")


class _Unusual(Exception):
    """A value the fast path leaves to ``json.dumps``."""


def dumps_indented(value: Any, *, indent: int = 1) -> str:
    """``json.dumps(value, indent=indent)``: the same text, or the same exception."""
    out: list[str] = []
    try:
        _write(value, out, "\n", " " * indent)
    except (_Unusual, RecursionError):
        import json

        return json.dumps(value, indent=indent)
    return "".join(out)


def _float(value: float) -> str:
    # json.encoder's floatstr with allow_nan=True
    if value != value:
        return "NaN"
    if value == _INFINITY:
        return "Infinity"
    if value == -_INFINITY:
        return "-Infinity"
    return float.__repr__(value)


def _scalar(value: Any) -> str | None:
    """The text of a non-container in json's order of tests (bool before int); None for a container."""
    if isinstance(value, str):
        return _encode(value)
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, int):
        return int.__repr__(value)
    if isinstance(value, float):
        return _float(value)
    if isinstance(value, (list, tuple, dict)):
        return None
    raise _Unusual


def _write(value: Any, out: list[str], newline: str, step: str) -> None:
    """Append the text of ``value`` at the nesting level whose line start is ``newline``."""
    kind = type(value)
    if kind is not dict and kind is not list and kind is not tuple:  # exact types first: the common case
        text = _scalar(value)
        if text is not None:
            out.append(text)
            return
    if not value:
        out.append("{}" if isinstance(value, dict) else "[]")
        return
    inner = newline + step
    separator = "," + inner
    if isinstance(value, dict):
        lead = "{" + inner
        for key, item in value.items():
            if not isinstance(key, str):
                raise _Unusual  # json converts int/float/bool/None keys; rare enough to leave to it
            kind = type(item)
            if kind is str:
                out.append(f"{lead}{_encode(key)}: {_encode(item)}")
            elif kind is int:
                out.append(f"{lead}{_encode(key)}: {int.__repr__(item)}")
            else:
                out.append(f"{lead}{_encode(key)}: ")
                _write(item, out, inner, step)
            lead = separator
        out.append(newline + "}")
        return
    kinds = set(map(type, value))
    if kinds == {int} or kinds == {str}:  # a shape, a list of names: one join
        texts = map(int.__repr__ if kinds == {int} else _encode, value)
        out.append(f"[{inner}{separator.join(texts)}{newline}]")
        return
    lead = "[" + inner
    for item in value:
        out.append(lead)
        _write(item, out, inner, step)
        lead = separator
    out.append(newline + "]")
