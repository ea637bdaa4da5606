"""Regular expressions compiled with the package: ``re.compile``'s pattern objects without ``re``.

``re``'s compiler is pure Python: importing it (with ``enum``, for its flags) costs the command
~15 M instructions, and compiling the patterns the readers and dataclasses need ~7 M more, a
tenth of ``inspect --json``'s start-up. :mod:`torchckpt._regex_code` holds what that compiler
produces for each of those patterns (written by ``python tools/regex_code.py`` with the very
``re`` internals ``re.compile`` runs), and :func:`compile` hands it to the C engine (``_sre``)
the way ``re`` does, so the pattern object is equal to ``re.compile``'s (same pattern, flags and
code; a test compares them). Any other pattern, another Python or another engine version:
``re.compile`` as always.
"""

from __future__ import annotations

import _sre  # type: ignore[import-not-found]  # CPython's engine (re's too): no stubs
import sys

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Iterable
    from re import Pattern
    from typing import Any, AnyStr

    # what re's compiler hands the engine after the pattern: flags, code, groups - 1, groupindex, indexgroup
    _Entry = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]

__all__ = ["DOTALL", "IGNORECASE", "MULTILINE", "compile", "precompiled", "render"]

# re's flag values (re.I, re.M, re.S), without importing re for its RegexFlag enum.
IGNORECASE = 2
MULTILINE = 8
DOTALL = 16


def _table() -> dict[tuple[str | bytes, int], _Entry]:
    from . import _regex_code

    fits = (tuple(sys.version_info[:2]), _sre.MAGIC, _sre.CODESIZE) == _regex_code.ENGINE
    table: dict[tuple[str | bytes, int], Any] = vars(_regex_code)["CODE"]  # its literal's type, unchecked
    return table if fits else {}


_CODE = _table()


def precompiled(pattern: AnyStr, flags: int = 0) -> Pattern[AnyStr] | None:
    """The pattern ``re.compile(pattern, flags)`` returns, from the table; None when it lacks it."""
    found = _CODE.get((pattern, flags))
    if found is None:
        return None
    final_flags, code, groups, groupindex, indexgroup = found
    # what re._compiler.compile passes; the pattern keeps the groupindex dict: each pattern its own
    made: Pattern[AnyStr] = _sre.compile(pattern, final_flags, list(code), groups, dict(groupindex), indexgroup)
    return made


def compile(pattern: AnyStr, flags: int = 0) -> Pattern[AnyStr]:
    """``re.compile(pattern, flags)``: an equal pattern object, without importing ``re`` when the table
    holds it."""
    made = precompiled(pattern, flags)
    if made is not None:
        return made
    import re

    return re.compile(pattern, flags)


def render(patterns: Iterable[tuple[str | bytes, int]]) -> str:
    """The source of :mod:`torchckpt._regex_code` for ``patterns`` (tools/regex_code.py), from the
    running Python's ``re`` compiler."""
    import re

    out = ['"""What re\'s compiler makes of the patterns torchckpt\'s command needs at start-up',
           "(torchckpt._regex). Written by `python tools/regex_code.py`; do not edit.\"\"\"",
           "# ruff: noqa", "# mypy: ignore-errors", "# fmt: off", "",
           f"ENGINE = {(tuple(sys.version_info[:2]), _sre.MAGIC, _sre.CODESIZE)!r}", "", "CODE = {"]
    for pattern, flags in sorted(set(patterns), key=repr):
        entry = _compiled(pattern, flags)
        made = _sre.compile(pattern, entry[0], list(entry[1]), entry[2], dict(entry[3]), entry[4])
        if made != re.compile(pattern, flags):
            raise RuntimeError(f"re compiles {pattern!r} differently from its parts")
        out.append(f"    ({pattern!r}, {flags!r}): {entry!r},")
    out += ["}", ""]
    return "\n".join(out)


def _compiled(pattern: str | bytes, flags: int) -> _Entry:
    """The arguments ``re._compiler.compile`` gives ``_sre.compile`` after the pattern (CPython 3.11+)."""
    from re import _compiler, _parser  # type: ignore[attr-defined]

    parsed = _parser.parse(pattern, flags)
    code = [int(op) for op in _compiler._code(parsed, flags)]  # opcodes are int subclasses named for dis
    groupindex: dict[str, int] = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return int(flags | parsed.state.flags), code, parsed.state.groups - 1, groupindex, tuple(indexgroup)
