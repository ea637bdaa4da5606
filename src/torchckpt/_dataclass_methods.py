"""dataclasses' generated methods, compiled ahead of time for the command's start-up.

``@dataclass`` writes the source of ``__init__``, ``__repr__``, ``__eq__`` (and, frozen,
``__setattr__``, ``__delattr__``, ``__hash__``) of every class and compiles it at import: on
CPython before 3.13 one ``exec`` per method, about 0.6 M instructions each; 74 of them on the way
to ``scan --json``, 44 M instructions, a seventh of the whole run. :mod:`torchckpt._dataclass_code`
holds those very sources, written out by ``python tools/dataclass_code.py`` and so compiled
once into the package's bytecode; :func:`install` makes dataclasses take the compiled function
whenever the text it is about to compile is one of them, and compile as always otherwise (any
class the table lacks, an edited one, another Python). The function is built from the same text
with the same globals and the same arguments, so the class is the one dataclasses would make.

Only the command's entry point installs it (a process-wide choice, as with the deferred
``inspect``); ``import torchckpt`` never does.
"""

from __future__ import annotations

import sys
import types
from collections.abc import Callable, Iterable

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

__all__ = ["install", "method_text", "render"]

_MARK = "def __create_fn__("


def method_text(name: str, args: Iterable[str], body: Iterable[str], local_names: Iterable[str],
                returns: bool) -> str:
    """The text ``dataclasses._create_fn`` (CPython 3.10-3.12) compiles for one method."""
    annotation = "->_return_type" if returns else ""
    inner = f" def {name}({','.join(args)}){annotation}:\n" + "\n".join(f"  {b}" for b in body)
    names = list(local_names) + (["_return_type"] if returns else [])
    return f"{_MARK}{', '.join(dict.fromkeys(names))}):\n{inner}\n return {name}"


def install() -> None:
    """Make ``dataclasses`` use the compiled methods of :mod:`torchckpt._dataclass_code` (a no-op
    where ``_create_fn`` is not the one the table was written for)."""
    import dataclasses

    original = getattr(dataclasses, "_create_fn", None)
    if original is None or getattr(original, "__wrapped__", None) is not None:
        return
    from . import _dataclass_code

    if tuple(sys.version_info[:2]) != _dataclass_code.PYTHON:
        return
    compiled: dict[str, Callable[..., Any]] = _dataclass_code.CODE
    missing = dataclasses.MISSING

    def create_fn(name: str, args: list[str], body: list[str], *, globals: dict[str, Any] | None = None,
                  locals: dict[str, Any] | None = None, return_type: Any = missing) -> Any:
        made = compiled.get(method_text(name, args, body, locals or (), return_type is not missing))
        if made is None:
            return original(name, args, body, globals=globals, locals=locals, return_type=return_type)
        values = dict(locals or {})
        if return_type is not missing:
            values["_return_type"] = return_type
        # what exec(text, globals, ns) leaves in ns: the creator, over the class's module globals
        creator = types.FunctionType(made.__code__, vars(dataclasses) if globals is None else globals)
        return creator(**values)

    create_fn.__wrapped__ = original  # type: ignore[attr-defined]
    dataclasses._create_fn = create_fn  # type: ignore[attr-defined]


def render(texts: Iterable[str]) -> str:
    """The source of :mod:`torchckpt._dataclass_code` for ``texts`` (tools/dataclass_code.py)."""
    ordered = sorted(set(texts))
    out = ['"""The methods dataclasses writes for torchckpt\'s dataclasses, compiled with the package',
           "(torchckpt._dataclass_methods). Written by `python tools/dataclass_code.py`; do not edit.\"\"\"",
           "# ruff: noqa", "# mypy: ignore-errors", "# fmt: off", "",
           f"PYTHON = {tuple(sys.version_info[:2])!r}", ""]
    for i, text in enumerate(ordered):  # each under the name exec gives it, so that names and qualnames agree
        out += ["", text, f"_m{i} = __create_fn__", ""]
    out += ["", "CODE = {"] + [f"    {text!r}: _m{i}," for i, text in enumerate(ordered)] + ["}", ""]
    return "\n".join(out)
