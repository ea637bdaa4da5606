"""``torchckpt load-check MODEL_SPEC FILE``: would FILE load into the model? Nothing is modified.

MODEL_SPEC is ``pkg.module:factory`` or ``path/to/file.py:factory`` (``--model-arg KEY=VALUE``
passes arguments), as for ``export``. The model is built on the meta device when its factory
allows (no memory, no init; only names, shapes and dtypes matter here), else on the CPU.
Exit 0 when ``load_into(model, FILE, strict=not --non-strict, on_mismatch=..., head=...)`` would go
through, 1 when not. The verdict says ``loads strictly`` only when every tensor goes in as saved;
with adapted or skipped tensors it says ``loads with changes`` and lists them.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from ..vocab import HEAD, ON_MISMATCH, PREFER_CHOICES
from ._render import console, escape, print_json, table

if TYPE_CHECKING:
    from rich.console import Group

    from ..loading import LoadReport

__all__ = ["build_model", "register", "renderable"]

# Row styles by status: what needs attention in red/yellow, plain copies dimmed.
_STYLE = {"adapted": "cyan", "skipped": "yellow", "mismatch": "red", "missing": "red", "unexpected": "yellow",
          "cast": "dim", "loaded": "dim", "defaulted": "dim"}


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("load-check", help="check whether a file loads into a model (nothing is modified)",
                       description="Report what load_into would do: which state dict in FILE it takes, how keys "
                                   "line up (prefixes stripped or added), casts, adaptations, missing, unexpected "
                                   "and mismatched keys. Exit 0 when it loads (strictly, or with the adaptations "
                                   "asked for, listed), 1 when not.")
    p.add_argument("model_spec", metavar="MODEL_SPEC", help="package.module:factory or path/to/file.py:factory")
    p.add_argument("path", metavar="FILE", help="the checkpoint (any format torchckpt reads)")
    p.add_argument("--model-arg", action="append", default=[], metavar="KEY=VALUE",
                   help="argument for the factory (repeatable; values are Python literals), e.g. num_classes=10")
    p.add_argument("--key", help="the state dict to take (state_dict, model, ema...); default: the weights every "
                                 "command takes, unless another fits the model better")
    p.add_argument("--weights", choices=PREFER_CHOICES, default="auto",
                   help="which weights when the file has a model and its EMA copy: the EMA when it matches "
                        "(auto, default, as ultralytics and timm load it), the raw model, or the EMA")
    p.add_argument("--on-mismatch", choices=ON_MISMATCH, default="error",
                   help="tensors of another shape: error (default), skip (keep the model's init), adapt "
                        "(transfer learning: adapt conv input channels like timm, keep the model's init for a "
                        "resized class head)")
    p.add_argument("--head", choices=HEAD, default="init",
                   help="with --on-mismatch adapt, a class head whose size changed: init (default, keeps the "
                        "model's init) or copy (copies the rows both heads have)")
    p.add_argument("--non-strict", action="store_true",
                   help="missing or unexpected keys do not fail the check (load_into(strict=False))")
    p.add_argument("--rename", nargs=2, action="append", metavar=("PATTERN", "REPL"),
                   help="regex substitution on the file's keys before matching (repeatable)")
    p.add_argument("--json", action="store_true", help="print the report as one JSON object")
    p.add_argument("--all", action="store_true", help="list every key, not only the ones with something to say")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from .._spec import parse_model_args
    from ..loading import check_load

    model = build_model(args.model_spec, kwargs=parse_model_args(args.model_arg))
    rename = [(pattern, repl) for pattern, repl in args.rename] if args.rename else None
    report = check_load(model, args.path, key=args.key, prefer=args.weights, rename=rename,
                        on_mismatch=args.on_mismatch, head=args.head)
    if args.json:
        print_json(report.to_json())
    else:
        console().print(renderable(report, all_rows=args.all))
    if args.non_strict:
        return 0 if not (report.mismatched and report.on_mismatch != "skip") else 1
    return 0 if report.ok else 1


def renderable(report: LoadReport, *, all_rows: bool = False) -> Group:
    """What ``load-check`` prints: the report's header lines, its status/key/detail rows as a table,
    the verdict (green: loads as saved; yellow: with changes; red: does not load)."""
    from rich.console import Group
    from rich.text import Text

    parts: list[Any] = [Text(line) for line in report.header()]
    rows = report.rows(all_rows=all_rows)
    if rows:
        grid = table("status", "key", "detail", fold=True)
        for status, key, detail in rows:
            grid.add_row(f"[{_STYLE[status]}]{status}[/]", escape(key), escape(detail))
        parts.append(grid)
    parts.append(Text(report.verdict, style="green" if report.exact else "yellow" if report.ok else "bold red"))
    return Group(*parts)


def build_model(spec: str, *, kwargs: dict[str, Any] | None = None) -> Any:
    """Build the model ``spec`` names, on the meta device when its factory allows."""
    import torch

    from .._spec import ModelSpecError, load_model_spec, resolve_spec

    resolve_spec(spec)  # import outside the meta context: module-level tensors stay real
    try:
        with torch.device("meta"):
            return load_model_spec(spec, kwargs=kwargs)
    except ModelSpecError as exc:
        if not str(exc).startswith(f"model spec {spec!r}: building the model failed"):
            raise
    # factories that touch data (pretrained weights, .item()) need a real device
    return load_model_spec(spec, kwargs=kwargs)
