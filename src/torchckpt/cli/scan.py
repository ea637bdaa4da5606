"""``torchckpt scan PATH... [--format text|json|sarif] [--recursive] [--jobs N] [--cache DIR] [--engine dask|ray]``.

What would run if these files were loaded.

Nothing in the files runs and neither torch nor numpy is imported. A ``torch.distributed.checkpoint``
directory is one checkpoint. Exit codes, whatever the format: 0 all safe, 3 suspicious only,
1 any dangerous, 2 any error (a dangerous file outranks an unreadable one).

    $ torchckpt scan model.pt
    dangerous  model.pt  torch-zip, 1 pickle, 0.9 ms
      dangerous  global  os.system: runs programs or shell commands   model/data.pkl @2 GLOBAL
"""

from __future__ import annotations

import sys

from ._render import console, error, one_line, plain, print_json, stderr

TYPE_CHECKING = False
if TYPE_CHECKING:
    import argparse
    from collections.abc import Iterator
    from typing import Any

__all__ = ["register"]

_STYLE = {"safe": "bold green", "suspicious": "bold yellow", "dangerous": "bold red", "error": "bold magenta",
          "warning": "yellow", "info": "dim"}
_ROWS = 25


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "scan", help="find code that would run when a model file loads (nothing runs)",
        description="Judge what loading each file with torch.load/pickle.load would run, without running it: "
                    "safe (only data), suspicious (unknown classes or callables), dangerous (code execution, "
                    "files, network, processes, hidden opcodes), error (cannot be judged). Exit code: 0 all "
                    "safe, 3 suspicious only, 1 any dangerous, 2 any error.")
    p.add_argument("paths", nargs="+", metavar="PATH",
                   help="model files or torch.distributed.checkpoint directories (other directories with --recursive); "
                        "URLs too, and hf://ORG/REPO or s3://bucket/prefix/ for every file there")
    p.add_argument("--format", choices=("text", "json", "sarif"), default="text", dest="format",
                   help="text (default); json: a list of {path, verdict, format, findings: [{severity, kind, detail, "
                        "entry, offset, opcode, global, count}], globals, pickles, seconds}; sarif: SARIF 2.1.0 for "
                        "code-scanning dashboards (one result per finding)")
    p.add_argument("--json", action="store_const", const="json", dest="format", help="the same as --format json")
    p.add_argument("-r", "--recursive", action="store_true", help="scan every file under directories")
    p.add_argument("--all", action="store_true", help="also show info findings and every finding row")
    p.add_argument("-j", "--jobs", type=_positive, default=None, metavar="N",
                   help="processes to scan with (default: every core this process may use; a few files are "
                        "scanned in this process)")
    p.add_argument("--cache", metavar="DIR", default=None,
                   help="keep verdicts in DIR, keyed by content and scanner version: unchanged files are not read "
                        "again, and a rule update re-judges only the files it can change")
    p.add_argument("--engine", choices=_Vocabulary("SCAN_ENGINES"), default="local",
                   help="local processes (default), or a Dask or Ray cluster (extras torchckpt[dask] / [ray]; "
                        "the files and the cache must be reachable from the workers)")
    p.add_argument("--address", metavar="ADDR", default=None,
                   help="the cluster to use with --engine: a Dask scheduler (tcp://HOST:8786) or a Ray cluster "
                        "(ray://HOST:10001, auto); default: start a local one")
    p.add_argument("--stats", action="store_true",
                   help="print files/s, workers and cache hits as one line on stderr")
    p.set_defaults(func=run)


class _Vocabulary:
    """A ``torchckpt.vocab`` tuple as argparse's ``choices``, imported when first looked at: lines without
    the flag (all that the quick reader takes) never load the vocabularies, whose Literals need typing."""

    def __init__(self, name: str) -> None:
        self._name = name

    def _values(self) -> tuple[str, ...]:
        from .. import vocab

        values: tuple[str, ...] = getattr(vocab, self._name)
        return values

    def __contains__(self, value: object) -> bool:
        return value in self._values()

    def __iter__(self) -> Iterator[str]:
        return iter(self._values())


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        import argparse  # only argparse calls this (the quick reader leaves typed options to it)

        raise argparse.ArgumentTypeError(f"expected a whole number of processes, at least 1, not {text!r}")
    return value


def run(args: argparse.Namespace) -> int:
    from ..fleet import scan_many
    from ..scanner import exit_code

    results = scan_many(args.paths, recursive=args.recursive, jobs=args.jobs, cache=args.cache, engine=args.engine,
                        address=args.address)
    code = exit_code(results)
    if args.format == "json":
        print_json([r.to_json() for r in results])
    elif args.format == "sarif":
        from ..sarif import to_sarif

        print_json(to_sarif(results, exit_code=code))
    else:
        render(results, show_all=args.all)
    report_errors(results)
    if args.stats:
        stderr(f"scanned {results.stats.line()}")
    return code


def report_errors(results: Any) -> None:
    """Files that could not be judged: one line each on stderr (the report itself stays on stdout)."""
    for report in results:
        if report.verdict == "error":
            details = [f.detail for f in report.findings if f.severity == "error"] or ["cannot be judged"]
            error(f"{report.path}: {one_line(details[0])}")


def _shown(report: Any, show_all: bool) -> list[Any]:
    # an unjudgeable file's error goes to stderr (report_errors), not into the table
    return [f for f in report.findings if (show_all or f.severity != "info")
            and not (report.verdict == "error" and f.severity == "error")]


def _facts(report: Any) -> str:
    facts = [report.format or "unknown format"]
    if report.pickles:
        facts.append(f"{report.pickles} pickle{'s' if report.pickles != 1 else ''}")
    facts.append(f"{report.seconds * 1000:.1f} ms")
    return ", ".join(facts)


def render(results: Any, *, show_all: bool = False) -> None:
    skipped = getattr(results, "skipped", [])
    if not sys.stdout.isatty() and len(results) <= 1 and not skipped \
            and not any(_shown(r, show_all) or r.classes for r in results):
        # piped (pre-commit, CI, scripts) with nothing to tabulate: the same line without styles,
        # and without paying rich's import on the start-up budget
        plain(*(f"{report.verdict:<10} {report.path}  {_facts(report)}" for report in results))
        return
    from rich.table import Table
    from rich.text import Text

    out = console()
    for report in results:
        line = Text()
        line.append(f"{report.verdict:<10}", style=_STYLE.get(report.verdict, ""))
        line.append(f" {report.path}")
        line.append(f"  {_facts(report)}", style="dim")
        out.print(line)
        shown = _shown(report, show_all)
        if not shown:
            continue
        table = Table(box=None, show_header=False, pad_edge=False, padding=(0, 1, 0, 2))
        table.add_column("severity", no_wrap=True)
        table.add_column("kind", no_wrap=True, style="cyan")
        table.add_column("detail", overflow="fold")
        table.add_column("where", style="dim", overflow="fold")
        limit = len(shown) if show_all else _ROWS
        for f in shown[:limit]:
            where = f.entry or ""
            if f.offset is not None:
                where += f" @{f.offset}"
            if f.opcode:
                where += f" {f.opcode}"
            if f.count > 1:
                where += f" (x{f.count})"
            table.add_row(Text(f.severity, style=_STYLE.get(f.severity, "")), Text(f.kind), Text(f.detail),
                          Text(where.strip()))
        out.print(table)
        if len(shown) > limit:
            out.print(Text(f"  ... {len(shown) - limit} more findings (--all shows them)", style="dim"))
        classes = report.classes
        if classes:
            listed = ", ".join(classes[:12]) + (" ..." if len(classes) > 12 else "")
            out.print(Text(f"  classes whose code would run: {listed}", style="yellow"))
    if len(results) > 1 or skipped:
        _summary(out, results, skipped)


def _summary(out: Any, results: Any, skipped: list[str]) -> None:
    from rich.table import Table
    from rich.text import Text

    counts = {v: 0 for v in ("safe", "suspicious", "dangerous", "error")}
    for r in results:
        counts[r.verdict] = counts.get(r.verdict, 0) + 1
    table = Table(title="scan summary", title_justify="left", show_edge=False)
    table.add_column("verdict")
    table.add_column("files", justify="right")
    table.add_column("first files")
    for verdict, count in counts.items():
        paths = [r.path for r in results if r.verdict == verdict]
        first = ", ".join(paths[:3]) + (" ..." if len(paths) > 3 else "")
        table.add_row(Text(verdict, style=_STYLE[verdict]), str(count), Text(first if verdict != "safe" else ""))
    if skipped:
        table.add_row(Text("skipped", style="dim"), str(len(skipped)), Text("not model files", style="dim"))
    out.print(table)
