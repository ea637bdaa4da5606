"""The command line: parse, call the API, render, and map exceptions to exit codes.

Each command lives in its own module under ``torchckpt.cli`` and exposes
``register(subparsers)``, which adds its parser and sets ``func(args) -> int``.
Library code never prints; commands render with rich (``torchckpt.cli.render``).
"""

from __future__ import annotations

import argparse
import importlib
import sys

from ..errors import TorchckptError

__all__ = ["EXIT_CODES", "main"]

# Command modules, in the order `--help` lists them.
COMMANDS = ("inspect", "scan", "convert", "diff", "load_check", "export", "report", "verify")

# One table from exception type to exit code; the first match (most specific first) wins.
# Exit 1 and 3 are reserved for verdicts (`scan`: dangerous / suspicious; `diff`: differs).
EXIT_CODES: tuple[tuple[type[BaseException], int], ...] = (
    (TorchckptError, 2),
    (OSError, 2),
    (KeyboardInterrupt, 130),
)


def build_parser() -> argparse.ArgumentParser:
    from .. import __version__

    parser = argparse.ArgumentParser(
        prog="torchckpt",
        description="Open, inspect, scan, convert and load PyTorch model files without running their pickle code.")
    parser.add_argument("--version", action="version", version=f"torchckpt {__version__}")
    parser.add_argument("--debug", action="store_true", help="show tracebacks for errors")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMANDS:
        importlib.import_module(f"{__name__}.{name}").register(sub)
    return parser


def exit_code_for(exc: BaseException) -> int:
    for kind, code in EXIT_CODES:
        if isinstance(exc, kind):
            return code
    return 2


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help(sys.stderr)
        return 2
    try:
        return int(args.func(args) or 0)
    except BrokenPipeError:
        return 0
    except (TorchckptError, OSError, KeyboardInterrupt) as exc:
        if args.debug:
            raise
        if isinstance(exc, KeyboardInterrupt):
            return exit_code_for(exc)
        print(f"torchckpt: error: {_one_line(exc)}", file=sys.stderr)
        return exit_code_for(exc)


def _one_line(exc: BaseException) -> str:
    if isinstance(exc, OSError) and not isinstance(exc, TorchckptError):
        where = f"{exc.filename}: " if exc.filename else ""
        return f"{where}{exc.strerror or exc}"
    return " ".join(str(exc).split())
