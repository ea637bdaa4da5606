"""``torchckpt inspect PATH [--json]``: what is inside a model file, and why it is that big."""

from __future__ import annotations

from ..units import format_bytes as _size
from ._render import console, escape, print_json, table

TYPE_CHECKING = False
if TYPE_CHECKING:
    import argparse

    from rich.console import Console
    from rich.tree import Tree

    from ..analysis import InspectReport, SubtreeReport, TensorRow, TreeRow

__all__ = ["register"]

DEFAULT_ROWS = 40


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("inspect", help="show what is inside a model file (no code runs)",
                       description="Show what a model file holds without running its pickle code: format, "
                                   "top-level tree, where the weights are, a size breakdown, prefixes, storage "
                                   "locations, classes torch.load would import, and the tensor table.")
    p.add_argument("path", help="a model file (torch zip or legacy .pt/.pth/.bin/.ckpt, pickle, TorchScript, "
                   "safetensors or its index.json, ONNX, .npy/.npz), a torch.distributed.checkpoint folder, or "
                   "a URL: http(s)://, s3://bucket/key, hf://ORG/REPO/PATH[@REV]")
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
        report = summarize_key(ckpt, args.key) if args.key is not None else summarize(ckpt)
    if args.json:
        print_json(report.to_json())
    elif args.key is not None:
        render_key(report, all_rows=args.all)  # type: ignore[arg-type]
    else:
        render(report, all_rows=args.all)  # type: ignore[arg-type]
    return 0


def _add_rows(tree: Tree, rows: list[TreeRow]) -> None:
    for row in rows:
        size = f"  [dim]{_size(row['bytes'])}[/]" if row["bytes"] else ""
        label = f"[cyan]{escape(row['key'])}[/] " if row["key"] else ""
        branch = tree.add(f"{label}[dim]{row['type']}[/] {escape(row['summary'])}{size}")
        _add_rows(branch, row.get("children", []))


def _tensor_table(out: Console, tensors: list[TensorRow], total: int, *, all_rows: bool) -> None:
    rows = tensors if all_rows else tensors[:DEFAULT_ROWS]
    t = table("name", "dtype", "shape", "bytes", "location", title="tensors", right=("bytes",), fold=True)
    for r in rows:
        kind = f" [yellow]{r['kind']}[/]" if r.get("kind") else ""
        t.add_row(escape(r["name"]), r["dtype"] + kind, str(r["shape"]), _size(r["nbytes"]), escape(r["location"]))
    out.print(t)
    hidden = total - len(rows)
    if hidden > 0:
        out.print(f"  ... {hidden} more tensors (--all lists them, --json prints everything)", style="dim")


def render_key(s: SubtreeReport, *, all_rows: bool = False) -> None:
    """``inspect --key``: one subtree."""
    from rich.tree import Tree

    out = console()
    facts = [f"{s.tensor_count} tensors in {_size(s.tensor_bytes)}"] if s.tensor_count else []
    if s.pickled_bytes:
        facts.append(f"about {_size(s.pickled_bytes)} of pickled data")
    out.print(f"[bold]{escape(s.path)}[/] [cyan]{escape(s.key)}[/]: [dim]{s.type}[/] "
              f"{escape(s.summary)}" + (f"  ({', '.join(facts)})" if facts else ""), soft_wrap=True)
    if s.tree:
        tree = Tree(f"[bold]{escape(s.key)}[/]")
        _add_rows(tree, s.tree)
        out.print(tree)
    if s.tensors:
        _tensor_table(out, s.tensors, s.tensor_count, all_rows=all_rows)


def render(s: InspectReport, *, all_rows: bool = False) -> None:
    """``inspect``: the whole file."""
    from rich.tree import Tree

    out = console()
    out.print(f"[bold]{escape(s.path)}[/]  {s.format}, {_size(s.file_size)}, "
              f"{s.tensor_count} tensors in {_size(s.tensor_bytes)}")
    info = s.info
    extras = [f"{k}={info[k]}" for k in ("pickle_protocol", "archive_folder", "byteorder", "layout", "producer",
                                         "opset") if info.get(k) not in (None, "")]
    if extras:
        out.print(escape("  " + "  ".join(extras)), style="dim")

    tree = Tree("[bold]contents[/]")
    for row in s.tree:
        size = f"  [dim]{_size(row['bytes'])}[/]" if row["bytes"] else ""
        label = f"[cyan]{escape(row['key'])}[/] " if row["key"] else ""
        tree.add(f"{label}[dim]{row['type']}[/] {escape(row['summary'])}{size}")
    out.print(tree)

    if s.state_dicts:
        t = table("path", "kind", "tensors", "parameters", "prefix", title="model weights",
                  right=("tensors", "parameters"))
        for sd in s.state_dicts:
            kind = sd["kind"] + (f" {sd['class']}" if sd.get("class") else "")
            t.add_row(escape(sd["path"] or "(root)"), escape(kind), str(sd["tensors"]), f"{sd['parameters']:,}",
                      escape(sd["prefix"] or "-"))
        out.print(t)
    if s.weights:
        out.print(f"[bold]weights[/]: {escape(s.weights['note'])}", soft_wrap=True)

    t = table("part", "bytes", "%", title="why the file is this size", right=("bytes", "%"))
    for part in s.size_breakdown:
        t.add_row(escape(part["path"]), _size(part["bytes"]), f"{part['percent']:.1f}")
    for d in s.dtypes:
        t.add_row(f"[dim]dtype {d['dtype']} ({d['tensors']} tensors)[/]", f"[dim]{_size(d['bytes'])}[/]", "")
    out.print(t)

    if s.shared_storages:
        names = "; ".join(", ".join(x["tensors"][:3]) for x in s.shared_storages[:4])
        out.print(f"[bold]shared storages[/] ({len(s.shared_storages)}, stored once): {escape(names)}")
    if s.locations and set(s.locations) != {"cpu"}:
        out.print("[bold]storage locations[/]: " + escape(", ".join(f"{k} ({v})" for k, v in s.locations.items())))
    if s.imports:
        out.print("[bold]classes torch.load would import[/]: " + escape(", ".join(s.imports[:12]))
                  + (f" (+{len(s.imports) - 12} more)" if len(s.imports) > 12 else ""))
    objects = [o for o in s.objects if o["path"]]
    if objects:
        out.print("[bold]objects[/]: " + escape(", ".join(f"{o['path']}: {o['class']}" for o in objects[:8])))

    _tensor_table(out, s.tensors, len(s.tensors), all_rows=all_rows)
    for hint in s.hints:
        out.print(f"[green]hint[/]: {escape(hint)}")
