"""``torchckpt report PATH [-o report.html] [--compare B]``: a self-contained HTML report."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ._render import plain

__all__ = ["register"]


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("report", help="write a self-contained HTML report (treemap, dtypes, scan, tensor table)",
                       description="Write one HTML file (no network, inline script and style) with a treemap of "
                                   "the tensor bytes by path, the dtype breakdown, parameters per top-level module, "
                                   "the scan findings, prefixes and storage locations, and a searchable, sortable "
                                   "tensor table. No code from the file runs; torch is not needed. The page takes "
                                   "a URL fragment: report.html#q=bn1&n=500&sort=bytes&desc=1&zoom=optimizer.")
    p.add_argument("path", help="any file `torchckpt inspect` reads")
    p.add_argument("-o", "--output", help="the page's path, or a folder for the default name, or '-' for stdout "
                                          "(default: <name>.report.html in the current directory)")
    p.add_argument("--compare", metavar="OTHER", help="a second file to show side by side (e.g. after `slim`)")
    p.set_defaults(func=run)


def default_output(path: str, compare: str | None = None) -> Path:
    """``<name>.report.html`` (``<a>-vs-<b>.report.html`` when comparing) in the current directory."""
    name = Path(path).name
    if compare is not None:
        name = f"{name}-vs-{Path(compare).name}"
    return Path(f"{name}.report.html")


def run(args: argparse.Namespace) -> int:
    from ..html_report import report

    if args.output == "-":
        sys.stdout.write(report(args.path, compare=args.compare))
        return 0
    output = Path(args.output) if args.output else default_output(args.path, args.compare)
    if output.is_dir():
        output = output / default_output(args.path, args.compare)
    written = report(args.path, output=output, compare=args.compare)
    size = written.stat().st_size
    plain(f"wrote {written} ({size / 1000:.1f} KB)")
    return 0
