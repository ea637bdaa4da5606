"""The command line: parse, call the API, render, and map exceptions to exit codes.

Each command lives in its own module under ``torchckpt.cli`` and exposes
``register(subparsers)``, which adds its parser and sets ``func(args) -> int``.
Library code never prints; commands print through ``torchckpt.cli._render`` (rich for people,
imported only then; JSON; one-line stderr messages).
"""

from __future__ import annotations

import argparse
import importlib
import sys
from typing import Any

from ..errors import TorchckptError
from ._render import one_line, stderr

__all__ = ["EXIT_CODES", "main"]

# Command modules, in the order `--help` lists them.
COMMANDS = ("inspect", "scan", "convert", "migrate", "diff", "load_check", "export", "report", "verify")
# Commands whose name is not their module's.
_MODULE_OF = {"slim": "convert", "load-check": "load_check"}

# One table from exception type to exit code; the first match (most specific first) wins.
# Exit 1 and 3 are reserved for verdicts (`scan`: dangerous / suspicious; `diff`: differs).
# Anything unexpected is a bug of ours, reported in one line as an internal error, exit 2.
EXIT_CODES: tuple[tuple[type[BaseException], int], ...] = (
    (KeyboardInterrupt, 130),
    (BrokenPipeError, 0),  # `torchckpt inspect big.pt | head`
    (TorchckptError, 2),
    (OSError, 2),
    (Exception, 2),
)
# The argument naming the file a command works on, for the internal-error line.
_FILE_ARGS = ("path", "src", "paths", "a", "checkpoint")
DEBUG_FLAG = "--debug"


def build_parser(argv: list[str] | None = None) -> argparse.ArgumentParser:
    """The parser; given the command line, only the named command's module is imported (the
    start-up budget of `inspect`/`scan` has no room for the others), all of them otherwise."""
    from .. import __version__

    parser = _Parser(
        prog="torchckpt",
        description="Open, inspect, scan, convert and load PyTorch model files without running their pickle code.",
        epilog="Every file argument may also be a URL: http(s)://..., s3://bucket/key, hf://ORG/REPO/PATH[@REV] "
               "(pip install 'torchckpt[remote]').")
    parser.add_argument("--version", action="version", version=f"torchckpt {__version__}")
    parser.add_argument("--debug", action="store_true",
                        help="show tracebacks for errors (accepted anywhere on the line)")
    # prog given: argparse would otherwise format a usage line to compute it
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", prog=parser.prog, parser_class=_Parser)
    named = next((a for a in argv or () if not a.startswith("-")), None)
    module = _MODULE_OF.get(named, named) if named else None
    for name in (module,) if module in COMMANDS else COMMANDS:
        importlib.import_module(f"{__name__}.{name}").register(sub)
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


def exit_code_for(exc: BaseException) -> int:
    for kind, code in EXIT_CODES:
        if isinstance(exc, kind):
            return code
    return 2


def _split_debug(argv: list[str]) -> tuple[list[str], bool]:
    """``--debug`` is accepted anywhere on the line (before or after the command), up to ``--``."""
    end = argv.index("--") if "--" in argv else len(argv)
    debug = DEBUG_FLAG in argv[:end]
    return [a for i, a in enumerate(argv) if i >= end or a != DEBUG_FLAG], debug


def main(argv: list[str] | None = None) -> int:
    from .. import _remote
    from .._wording import cli_wording

    _remote.OWN_PROCESS = True

    argv, debug = _split_debug(list(sys.argv[1:] if argv is None else argv))
    parser = build_parser(argv)
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help(sys.stderr)
        return 2
    try:
        with cli_wording():
            return int(args.func(args) or 0)
    except BaseException as exc:
        if isinstance(exc, SystemExit) or (debug and not isinstance(exc, BrokenPipeError)):
            raise
        code = exit_code_for(exc)
        if isinstance(exc, BrokenPipeError):
            _silence_stdout()
        elif not isinstance(exc, KeyboardInterrupt):
            stderr(_message(exc, args))
        return code


def _message(exc: BaseException, args: argparse.Namespace) -> str:
    """The one stderr line for ``exc``: our errors and OS errors as they are, anything else as a bug."""
    if isinstance(exc, (TorchckptError, OSError)):
        return f"error: {_one_line(exc)}"
    if isinstance(exc, ModuleNotFoundError) and exc.name and exc.name.split(".")[0] in _OPTIONAL:
        name = exc.name.split(".")[0]
        return f"error: `torchckpt {args.command}` needs {name}, which is not installed; pip install {_OPTIONAL[name]}"
    what = args.command or "running"
    target = next((getattr(args, a) for a in _FILE_ARGS if getattr(args, a, None)), None)
    if isinstance(target, list):
        target = target[0] if len(target) == 1 else None
    where = f" {target}" if target else ""
    text = _one_line(exc) or "no message"
    if len(text) > _MAX_DETAIL:  # it may quote a hostile file
        text = text[:_MAX_DETAIL - 3] + "..."
    return f"internal error while {what}{where}: {type(exc).__name__}: {text}; rerun with {DEBUG_FLAG} and report it"


_MAX_DETAIL = 300


# Packages some commands need beyond the core (and what to install).
_OPTIONAL = {"torch": "torch", "onnx": "onnx", "onnxruntime": "onnxruntime", "onnxscript": "onnxscript",
             "safetensors": "safetensors", "numpy": "numpy", "rich": "rich"}


def _silence_stdout() -> None:
    """After EPIPE, point stdout at /dev/null so that the interpreter's final flush stays quiet."""
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):
        pass


def _one_line(exc: BaseException) -> str:
    if isinstance(exc, OSError) and not isinstance(exc, TorchckptError):
        where = f"{exc.filename}: " if exc.filename else ""
        return f"{where}{exc.strerror or exc}"
    return one_line(str(exc))
