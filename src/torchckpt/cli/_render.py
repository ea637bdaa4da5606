"""How every command prints: the one console set-up (rich), markup escaping, tables, JSON on
stdout and the one-line messages on stderr.

rich is imported only when a command renders for people: the ``--json`` paths never load it
(start-up budget; ``tests/test_cli.py`` holds it).
"""

from __future__ import annotations

import sys
from collections.abc import Iterable

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

    from rich.console import Console
    from rich.table import Table

__all__ = ["MIN_WIDTH", "console", "error", "escape", "one_line", "plain", "print_json", "stderr", "table"]

# Pipes and CI logs get at least this many columns, so that tensor and key names do not fold.
MIN_WIDTH = 120


def console() -> Console:
    """The console a command prints its report to: stdout, no automatic highlighting (digits in
    tensor names are not numbers to colour), at least ``MIN_WIDTH`` columns when stdout is not a
    terminal. Colour follows rich's rules (a terminal; ``NO_COLOR``/``FORCE_COLOR``)."""
    from rich.console import Console

    out = Console(highlight=False)
    if not out.is_terminal:
        out.width = max(out.width, MIN_WIDTH)
    return out


def escape(text: object) -> str:
    """``text`` as literal rich markup: a name like ``[bold]`` from a file prints as it is."""
    from rich.markup import escape as escape_markup

    return escape_markup(str(text))


def table(*columns: str, title: str | None = None, right: Iterable[str] = (), fold: bool = False) -> Table:
    """A report table: a rule under the header, the title on the left; ``right`` names the columns
    aligned right (numbers), ``fold`` wraps long cells instead of cutting them."""
    from rich import box
    from rich.table import Table

    aligned = set(right)
    t = Table(title=title, box=box.SIMPLE_HEAD, title_justify="left")
    for name in columns:
        t.add_column(name, justify="right" if name in aligned else "left", overflow="fold" if fold else "ellipsis")
    return t


def print_json(data: Any) -> None:
    """``data`` as indented JSON on stdout, one value a command (what ``--json`` prints): the text of
    ``json.dumps(data, indent=1)``, written without the stdlib's pure-Python indenting encoder."""
    from .._json_text import dumps_indented

    sys.stdout.write(dumps_indented(data, indent=1) + "\n")


def plain(*lines: str) -> None:
    """Lines on stdout as they are, without rich (reports whose text has no table or style)."""
    sys.stdout.write("".join(f"{line}\n" for line in lines))


def stderr(message: str) -> None:
    """One ``torchckpt: ...`` line on stderr (reports stay on stdout)."""
    print(f"torchckpt: {message}", file=sys.stderr)


def error(message: str) -> None:
    """One ``torchckpt: error: ...`` line on stderr."""
    stderr(f"error: {message}")


def one_line(text: str) -> str:
    """``text`` with every run of whitespace (line breaks from a hostile file too) as one space."""
    return " ".join(text.split())
