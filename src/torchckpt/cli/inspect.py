"""``torchckpt inspect PATH [--json]``: what is inside a model file, and why it is that big."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from ..units import format_bytes as _size

__all__ = ["register"]

DEFAULT_ROWS = 40


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("inspect", help="show what is inside a model file (no code runs)",
                       description="Show what a model file holds without running its pickle code: format, "
                                   "top-level tree, where the weights are, a size breakdown, prefixes, storage "
                                   "locations, classes torch.load would import, and the tensor table.")
    p.add_argument("path", help="a model file (torch zip or legacy .pt/.pth/.bin/.ckpt, pickle, TorchScript, "
                   "safetensors or its index.json, ONNX, .npy/.npz) or a torch.distributed.checkpoint folder")
    p.add_argument("--json", action="store_true", help="print one JSON object (keys: docs/contract.md)")
    p.add_argument("--all", action="store_true", help=f"list every tensor (default: the first {DEFAULT_ROWS})")
    p.add_argument("--key", metavar="PATH",
                   help="show only the subtree at PATH (dotted: optimizer.param_groups, train_args, model.fc): "
                        "its entries two levels deep and the tensors under it")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from .. import open as open_checkpoint
    from ..analysis import summarize, summarize_key

    with open_checkpoint(args.path) as ckpt:
        summary = summarize_key(ckpt, args.key) if args.key is not None else summarize(ckpt)
    if args.json:
        import json

        json.dump(summary, sys.stdout, indent=1)
        sys.stdout.write("\n")
        return 0
    if args.key is not None:
        render_key(summary, all_rows=args.all)
    else:
        render(summary, all_rows=args.all)
    return 0


def _console() -> Any:
    from rich.console import Console

    console = Console(highlight=False)
    if not console.is_terminal:
        console.width = max(console.width, 120)  # pipes and CI logs: don't fold tensor names
    return console


def _add_rows(tree: Any, rows: list[dict[str, Any]]) -> None:
    for row in rows:
        size = f"  [dim]{_size(row['bytes'])}[/]" if row["bytes"] else ""
        label = f"[cyan]{_escape(row['key'])}[/] " if row["key"] else ""
        branch = tree.add(f"{label}[dim]{row['type']}[/] {_escape(row['summary'])}{size}")
        _add_rows(branch, row.get("children", []))


def _tensor_table(console: Any, tensors: list[dict[str, Any]], total: int, *, all_rows: bool) -> None:
    from rich import box
    from rich.table import Table

    rows = tensors if all_rows else tensors[:DEFAULT_ROWS]
    t = Table(title="tensors", box=box.SIMPLE_HEAD, title_justify="left")
    for col in ("name", "dtype", "shape", "bytes", "location"):
        t.add_column(col, justify="right" if col == "bytes" else "left", overflow="fold")
    for r in rows:
        kind = f" [yellow]{r['kind']}[/]" if r.get("kind") else ""
        t.add_row(_escape(r["name"]), r["dtype"] + kind, str(r["shape"]), _size(r["nbytes"]), r["location"])
    console.print(t)
    hidden = total - len(rows)
    if hidden > 0:
        console.print(f"  ... {hidden} more tensors (--all lists them, --json prints everything)", style="dim")


def render_key(s: dict[str, Any], *, all_rows: bool = False) -> None:
    """``inspect --key``: one subtree."""
    from rich.tree import Tree

    console = _console()
    facts = [f"{s['tensor_count']} tensors in {_size(s['tensor_bytes'])}"] if s["tensor_count"] else []
    if s["pickled_bytes"]:
        facts.append(f"about {_size(s['pickled_bytes'])} of pickled data")
    console.print(f"[bold]{_escape(s['path'])}[/] [cyan]{_escape(s['key'])}[/]: [dim]{s['type']}[/] "
                  f"{_escape(s['summary'])}" + (f"  ({', '.join(facts)})" if facts else ""), soft_wrap=True)
    if s["tree"]:
        tree = Tree(f"[bold]{_escape(s['key'])}[/]")
        _add_rows(tree, s["tree"])
        console.print(tree)
    if s["tensors"]:
        _tensor_table(console, s["tensors"], s["tensor_count"], all_rows=all_rows)



def render(s: dict[str, Any], *, all_rows: bool = False) -> None:
    from rich import box
    from rich.console import Console
    from rich.table import Table
    from rich.tree import Tree

    console = Console(highlight=False)
    if not console.is_terminal:
        console.width = max(console.width, 120)  # pipes and CI logs: don't fold tensor names
    console.print(f"[bold]{s['path']}[/]  {s['format']}, {_size(s['file_size'])}, "
                  f"{s['tensor_count']} tensors in {_size(s['tensor_bytes'])}")
    info = s["info"]
    extras = [f"{k}={info[k]}" for k in ("pickle_protocol", "archive_folder", "byteorder", "layout", "producer",
                                         "opset") if info.get(k) not in (None, "")]
    if extras:
        console.print("  " + "  ".join(extras), style="dim")

    tree = Tree("[bold]contents[/]")
    for row in s["tree"]:
        size = f"  [dim]{_size(row['bytes'])}[/]" if row["bytes"] else ""
        label = f"[cyan]{row['key']}[/] " if row["key"] else ""
        tree.add(f"{label}[dim]{row['type']}[/] {_escape(row['summary'])}{size}")
    console.print(tree)

    if s["state_dicts"]:
        t = Table(title="model weights", box=box.SIMPLE_HEAD, title_justify="left")
        for col in ("path", "kind", "tensors", "parameters", "prefix"):
            t.add_column(col, justify="right" if col in ("tensors", "parameters") else "left")
        for sd in s["state_dicts"]:
            kind = sd["kind"] + (f" {sd['class']}" if sd.get("class") else "")
            t.add_row(sd["path"] or "(root)", _escape(kind), str(sd["tensors"]), f"{sd['parameters']:,}",
                      sd["prefix"] or "-")
        console.print(t)
    if s.get("weights"):
        console.print(f"[bold]weights[/]: {_escape(s['weights']['note'])}", soft_wrap=True)

    t = Table(title="why the file is this size", box=box.SIMPLE_HEAD, title_justify="left")
    t.add_column("part")
    t.add_column("bytes", justify="right")
    t.add_column("%", justify="right")
    for row in s["size_breakdown"]:
        t.add_row(_escape(row["path"]), _size(row["bytes"]), f"{row['percent']:.1f}")
    for d in s["dtypes"]:
        t.add_row(f"[dim]dtype {d['dtype']} ({d['tensors']} tensors)[/]", f"[dim]{_size(d['bytes'])}[/]", "")
    console.print(t)

    if s["shared_storages"]:
        names = "; ".join(", ".join(x["tensors"][:3]) for x in s["shared_storages"][:4])
        console.print(f"[bold]shared storages[/] ({len(s['shared_storages'])}, stored once): {_escape(names)}")
    if s["locations"] and set(s["locations"]) != {"cpu"}:
        console.print("[bold]storage locations[/]: " + ", ".join(f"{k} ({v})" for k, v in s["locations"].items()))
    if s["imports"]:
        console.print("[bold]classes torch.load would import[/]: " + _escape(", ".join(s["imports"][:12]))
                      + (f" (+{len(s['imports']) - 12} more)" if len(s["imports"]) > 12 else ""))
    objects = [o for o in s["objects"] if o["path"]]
    if objects:
        console.print("[bold]objects[/]: " + _escape(", ".join(f"{o['path']}: {o['class']}" for o in objects[:8])))

    _tensor_table(console, s["tensors"], len(s["tensors"]), all_rows=all_rows)
    for hint in s["hints"]:
        console.print(f"[green]hint[/]: {_escape(hint)}")


def _escape(text: str) -> str:
    from rich.markup import escape

    return escape(str(text))
