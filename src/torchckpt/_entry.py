"""The ``torchckpt`` command's process entry point (the console script and ``python -m torchckpt``).

It exists for one process-wide choice that library users must never get: the stdlib module
``inspect`` (with ast, dis, tokenize and linecache: about a fifth of ``inspect --json``'s start-up
here) is imported on first use instead of at start-up. Only ``dataclasses`` imports it on the
command's path, and dataclasses uses it solely to write a docstring for a class that has none;
every torchckpt dataclass has one (tests/test_api.py), so a JSON command never needs it. Anything
that does use it (rich's pretty printer, a traceback under ``--debug``) loads the real module at
its first attribute, transparently. ``copy`` and ``weakref`` likewise (4 M instructions of a
~190 M start): dataclasses imports copy (for ``asdict``/``replace`` of nested values), copy imports
weakref, and so does the remote reader; neither is used by a command on a local file. ``re`` too
(with ``enum``, ~15 M): the patterns the readers need come compiled with the package
(:mod:`torchckpt._regex`), and so does the one ``dataclasses`` compiles at its import.

The cyclic garbage collector, too, is tuned for a short-lived process: its first generation is
collected every 50,000 new objects instead of 700 (the start-up's ~100k objects of classes,
functions and module dicts would otherwise trigger full collections that walk all of them, ~6 M
instructions; cyclic garbage still goes, in bigger batches), and a read-only command (``inspect``,
``scan``: they write nothing but their output) freezes the heap when it is done, so that the
interpreter's final collection at exit does not walk every object only to free what the exit
frees anyway (~10 M instructions).
"""

from __future__ import annotations

import sys
import types

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

_DEFERRED = ("inspect", "copy", "weakref", "re")
_GC_FIRST_GENERATION = 50_000  # the interpreter's default: 700
_READ_ONLY = ("inspect", "scan")  # commands whose heap is frozen at exit (nothing they hold needs finalizing)


def main(argv: list[str] | None = None) -> int:
    """Run the command line (``argv``: the arguments, default ``sys.argv[1:]``); the exit code."""
    for name in _DEFERRED:
        _defer(name)
    _import_dataclasses()
    from ._dataclass_methods import install

    install()  # dataclasses' methods compiled with the package, not at every start
    import gc

    gc.set_threshold(_GC_FIRST_GENERATION, *gc.get_threshold()[1:])
    from .cli import main as cli_main

    code = cli_main(argv)
    command = next((a for a in (sys.argv[1:] if argv is None else argv) if not a.startswith("-")), None)
    if command in _READ_ONLY:
        gc.freeze()  # the exit's collection would walk the whole heap for nothing
    return code


def _defer(name: str) -> None:
    """Put a placeholder for the stdlib module ``name`` in ``sys.modules`` that imports the real
    module on its first missing attribute and becomes it (same module object for those holding it)."""
    if name in sys.modules:
        return
    import importlib.machinery

    placeholder = types.ModuleType(name)
    # the import system reads __spec__ to see whether a module in sys.modules is still loading
    placeholder.__spec__ = importlib.machinery.ModuleSpec(name, None)

    def load(attr: str) -> object:
        if sys.modules.get(name) is placeholder:
            del sys.modules[name]
            import importlib

            real = importlib.import_module(name)
            vars(placeholder).update(vars(real))
            if vars(placeholder).get("__getattr__") is load:
                del vars(placeholder)["__getattr__"]
            sys.modules[name] = real
        try:
            return vars(placeholder)[attr]
        except KeyError:
            raise AttributeError(f"module {name!r} has no attribute {attr!r}") from None

    vars(placeholder)["__getattr__"] = load  # PEP 562: called for attributes the module lacks
    sys.modules[name] = placeholder


def _import_dataclasses() -> None:
    """Import ``dataclasses`` without loading the deferred ``re``: its module body compiles one
    pattern, which the package's table (:mod:`torchckpt._regex`) holds for this Python."""
    placeholder = sys.modules.get("re")
    if "dataclasses" in sys.modules or placeholder is None or "__getattr__" not in vars(placeholder):
        return
    from ._regex import precompiled

    def compile(pattern: Any, flags: int = 0) -> Any:  # stands in for re.compile
        made = precompiled(pattern, flags)
        if made is None:  # not the pattern the table was written for: the real re, from here on
            del vars(placeholder)["compile"]
            return placeholder.compile(pattern, flags)
        return made

    vars(placeholder)["compile"] = compile
    try:
        import dataclasses  # noqa: F401 - imported here, once, for its pattern
    finally:
        if vars(placeholder).get("compile") is compile:
            del vars(placeholder)["compile"]
