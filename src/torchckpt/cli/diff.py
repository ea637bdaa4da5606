"""``torchckpt diff A B [--json] [--atol X] [--rtol X] [--key-a K] [--key-b K]``.

Exit 0 when the files hold the same tensors within tolerance, 1 when they differ, 2 on errors.
"""

from __future__ import annotations

import argparse
from typing import Any

from ..vocab import PREFER_CHOICES
from ._render import console, escape, print_json, table

__all__ = ["register"]

DEFAULT_ROWS = 20


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from ..compare import DEFAULT_ATOL, DEFAULT_RTOL

    p = sub.add_parser("diff", help="compare the tensors of two model files (any formats; no code runs)",
                       description="Compare two model files tensor by tensor: names only in one of them, shape "
                                   "and dtype changes, and for common tensors the max absolute and relative "
                                   "difference and the cosine similarity. Wrapper prefixes (module. ...) and "
                                   "state-dict keys (state_dict., model.) are lined up automatically. "
                                   "Exit 0: equal within tolerance, 1: different, 2: error.")
    p.add_argument("a", metavar="A", help="first file (any file `torchckpt inspect` reads)")
    p.add_argument("b", metavar="B", help="second file")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.add_argument("--atol", type=_non_negative, default=DEFAULT_ATOL,
                   help="absolute tolerance for floats (default %(default)g)")
    p.add_argument("--rtol", type=_non_negative, default=DEFAULT_RTOL,
                   help="relative tolerance, times max(|a|,|b|) (default %(default)g)")
    p.add_argument("--key-a", metavar="K", help="compare only the subtree K of A (e.g. state_dict, ema)")
    p.add_argument("--key-b", metavar="K", help="compare only the subtree K of B")
    p.add_argument("--weights", choices=PREFER_CHOICES, default="auto",
                   help="which weights when the file has a model and its EMA copy: the EMA when it matches "
                        "(auto, default, as ultralytics and timm load it), the raw model, or the EMA")
    p.add_argument("--all", action="store_true", help="list every common tensor, not only those that differ")
    p.set_defaults(func=run)


def _non_negative(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if not value >= 0:
        raise argparse.ArgumentTypeError(f"must be >= 0, got {text}")
    return value


def run(args: argparse.Namespace) -> int:
    from ..compare import diff

    report = diff(args.a, args.b, atol=args.atol, rtol=args.rtol, key_a=args.key_a, key_b=args.key_b,
                  prefer=args.weights)
    if args.json:
        print_json(report.to_json())
    else:
        render(report, all_rows=args.all)
    return 0 if report.equal else 1


def _g(value: float | None, fmt: str = ".3g") -> str:
    if value is None:
        return "-"
    return format(value, fmt)


def _names(names: list[str], limit: int = 8) -> str:
    shown = ", ".join(names[:limit])
    return shown + (f" ... (+{len(names) - limit} more)" if len(names) > limit else "")


def render(report: Any, *, all_rows: bool = False) -> None:
    out = console()
    for label, side in (("A", report.a), ("B", report.b)):
        where = f", key {side.root!r}" if side.root else ""
        prefix = f", prefix {side.prefix!r} removed" if side.prefix else ""
        out.print(f"[bold]{label}[/]: {escape(side.path)} ({side.format}{escape(where + prefix)}): "
                  f"{side.tensors} tensors" + (f" of {side.total}" if side.total != side.tensors else ""))
    for note in report.notes:
        out.print(f"  [dim]{escape(note)}[/]")
    if report.only_a:
        out.print(f"[yellow]only in A[/] ({len(report.only_a)}): {escape(_names(report.only_a))}")
    if report.only_b:
        out.print(f"[yellow]only in B[/] ({len(report.only_b)}): {escape(_names(report.only_b))}")
    for t in report.shape_changed[:DEFAULT_ROWS]:
        out.print(f"[red]shape changed[/]: {escape(t.name)} {list(t.shape_a)} -> {list(t.shape_b)}")
    if len(report.shape_changed) > DEFAULT_ROWS:
        out.print(f"  ... {len(report.shape_changed) - DEFAULT_ROWS} more shape changes", style="dim")
    changes: dict[tuple[str, str], int] = {}
    for t in report.dtype_changed:
        changes[(t.dtype_a, t.dtype_b)] = changes.get((t.dtype_a, t.dtype_b), 0) + 1
    if changes:
        out.print("[cyan]dtype changed[/]: " + ", ".join(f"{a} -> {b} ({n})" for (a, b), n in changes.items()))
    for t in report.skipped:
        out.print(f"[yellow]not compared[/]: {escape(t.name)}: {escape(t.reason or '')}")

    rows = report.compared if all_rows else sorted(
        report.different, key=lambda t: -(t.max_abs_diff if t.max_abs_diff is not None else float("inf")))
    if rows:
        shown = rows if all_rows else rows[:DEFAULT_ROWS]
        grid = table("name", "dtype", "shape", "max abs diff", "max rel diff", "cosine", "mismatched",
                     title="tensors" if all_rows else "tensors outside tolerance",
                     right=("max abs diff", "max rel diff", "cosine", "mismatched"), fold=True)
        for t in shown:
            dtype = t.dtype_a if t.dtype_a == t.dtype_b else f"{t.dtype_a}->{t.dtype_b}"
            style = "" if t.status == "equal" else "red"
            grid.add_row(escape(t.name), dtype, str(list(t.shape_a)), _g(t.max_abs_diff), _g(t.max_rel_diff),
                         _g(t.cosine, ".7f"), f"[{style}]{t.mismatched:,}/{t.numel:,}[/]" if style
                         else f"{t.mismatched:,}/{t.numel:,}")
        out.print(grid)
        if len(rows) > len(shown):
            out.print(f"  ... {len(rows) - len(shown)} more (--all lists every tensor, --json everything)",
                      style="dim")

    equal = sum(t.status == "equal" for t in report.tensors)
    out.print(f"{len(report.tensors)} common tensors: {equal} equal, {len(report.different)} outside tolerance "
              f"(atol {report.atol:g}, rtol {report.rtol:g})"
              + (f", {len(report.shape_changed)} reshaped" if report.shape_changed else "")
              + (f", {len(report.skipped)} not compared" if report.skipped else ""))
    if report.compared:
        out.print(f"max abs diff {_g(report.max_abs_diff)}, max rel diff {_g(report.max_rel_diff)}, "
                  f"min cosine {_g(report.min_cosine, '.7f')}")
    if report.identical:
        out.print("[green]identical[/]")
    elif report.equal:
        out.print("[green]equal within tolerance[/]")
    else:
        out.print("[bold red]different[/]")
