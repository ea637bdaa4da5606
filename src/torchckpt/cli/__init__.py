"""The command line: parse, call the API, render, and map exceptions to exit codes.

Each command lives in its own module under ``torchckpt.cli`` and exposes
``register(subparsers)``, which adds its parser and sets ``func(args) -> int``.
Library code never prints; commands print through ``torchckpt.cli._render`` (rich for people,
imported only then; JSON; one-line stderr messages).
"""

from __future__ import annotations

import sys

from ..errors import TorchckptError
from ._quick import quick_parse
from ._render import one_line, stderr

TYPE_CHECKING = False
if TYPE_CHECKING:
    import argparse
    from types import SimpleNamespace

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
    """argparse's parser for ``argv`` (:func:`torchckpt.cli._parser.build_parser`)."""
    from ._parser import build_parser as build

    return build(argv)


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
    from .._wording import cli_wording

    argv, debug = _split_debug(list(sys.argv[1:] if argv is None else argv))
    if any("://" in a for a in argv):
        # the remote layer runs in a process the command owns; a line without a URL never loads it
        # (formats.base.is_url: every URL has a "://"), nor pays for its import at start-up
        from .. import _remote

        _remote.OWN_PROCESS = True
    args: argparse.Namespace | SimpleNamespace | None = quick_parse(argv, COMMANDS, _MODULE_OF)
    if args is None:  # anything but the plainest command lines: argparse, its help and its errors
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


def _message(exc: BaseException, args: argparse.Namespace | SimpleNamespace) -> str:
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
