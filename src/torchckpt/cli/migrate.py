"""``torchckpt migrate SRC DST [--check] [--json]``: make an old checkpoint load with plain
``torch.load`` (weights_only=True), or say whether it does already; no torch, nothing runs."""

from __future__ import annotations

import argparse

from ._render import plain, print_json

__all__ = ["register"]


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "migrate", help="rewrite a checkpoint so that plain torch.load (weights_only=True) loads it",
        description="Rewrite SRC as DST so that torch.load(DST) loads it with weights_only=True and no "
                    "add_safe_globals: numpy scalars become numbers, numpy arrays tensors, namespaces and configs "
                    "dicts, paths and dates strings, dill's type helpers builtin names, whole pickled modules "
                    "their state dict (the class name recorded beside it). Every change is listed. Nothing from "
                    "the file runs; tensors stream in bounded memory; DST is written atomically. Exit codes: 0 "
                    "done (--check: loads already), 1 (--check) needs migration, 2 error.")
    p.add_argument("src", metavar="SRC", help="a torch.save file (zip or legacy) or a pickle")
    p.add_argument("dst", metavar="DST", nargs="?", help="the output .pt (not with --check; never SRC itself)")
    p.add_argument("--check", action="store_true",
                   help="write nothing: list what torch.load(weights_only=True) would refuse and why")
    p.add_argument("--json", action="store_true", help="print the report as one JSON object")
    p.set_defaults(func=run_migrate)


def run_migrate(args: argparse.Namespace) -> int:
    from ..errors import TorchckptError
    from ..migration import migrate

    if not args.check and not args.dst:
        raise TorchckptError("migrate needs DST (or --check)", path=args.src,
                             hint="run: torchckpt migrate SRC DST, or torchckpt migrate SRC --check")
    if args.check and args.dst:
        raise TorchckptError("--check writes nothing, so it takes no DST", path=args.src,
                             hint="drop DST or --check")
    report = migrate(args.src, args.dst, check=args.check)
    if args.json:
        print_json(report.to_json())
    else:
        plain(*report.lines())
    return report.exit_code
