"""The command line's argparse parser (help, errors and every command line ``_quick`` does not take)."""

from __future__ import annotations

import argparse
import importlib
from typing import Any

from ._quick import COMMAND_DEST, declare_top

__all__ = ["build_parser"]


def build_parser(argv: list[str] | None = None) -> argparse.ArgumentParser:
    """The parser; given the command line, only the named command's module is imported (the
    start-up budget of `inspect`/`scan` has no room for the others), all of them otherwise."""
    from . import _MODULE_OF, COMMANDS

    parser = _Parser(
        prog="torchckpt",
        description="Open, inspect, scan, convert and load PyTorch model files without running their pickle code.",
        epilog="Every file argument may also be a URL: http(s)://..., s3://bucket/key, hf://ORG/REPO/PATH[@REV] "
               "(pip install 'torchckpt[remote]').")
    declare_top(parser)
    # prog given: argparse would otherwise format a usage line to compute it
    sub = parser.add_subparsers(dest=COMMAND_DEST, metavar="COMMAND", prog=parser.prog, parser_class=_Parser)
    named = next((a for a in argv or () if not a.startswith("-")), None)
    module = _MODULE_OF.get(named, named) if named else None
    for name in (module,) if module in COMMANDS else COMMANDS:
        importlib.import_module(f"{__package__}.{name}").register(sub)
    return parser


class _HelpFormatter(argparse.HelpFormatter):
    """argparse's help formatter, sized to the terminal only once it formats help: argparse makes
    one per ``add_argument`` (to check metavars), and sizing imports shutil (with bz2, lzma and
    fnmatch) on every run, a cost the start-up budget of ``inspect``/``scan --json`` cannot take."""

    def __init__(self, prog: str, indent_increment: int = 2, max_help_position: int = 24,
                 width: int | None = None) -> None:
        self._asked = (indent_increment, max_help_position, width)
        self._sized: tuple[int, int] | None = None
        super().__init__(prog, indent_increment, max_help_position, width=0)  # sizes below, when asked

    def _size(self) -> tuple[int, int]:
        if self._sized is None:
            real = argparse.HelpFormatter(self._prog, *self._asked)
            self._sized = (real._width, real._max_help_position)
        return self._sized

    @property
    def _width(self) -> int:
        return self._size()[0]

    @_width.setter
    def _width(self, value: int) -> None:
        pass  # argparse's __init__ sets a placeholder; the real width comes from _size()

    @property
    def _max_help_position(self) -> int:
        return self._size()[1]

    @_max_help_position.setter
    def _max_help_position(self, value: int) -> None:
        pass


class _Parser(argparse.ArgumentParser):
    """The command line's parsers: argparse's, with the lazily sized help formatter."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", _HelpFormatter)
        super().__init__(*args, **kwargs)
