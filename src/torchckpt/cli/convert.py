"""``torchckpt convert SRC DST`` and ``torchckpt slim SRC DST``: rewrite a checkpoint's weights
(safetensors, weights-only torch, TensorRT .wts, .npz) or shrink it to its weights, without torch."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from ..units import format_bytes as _size
from ..vocab import PREFER_CHOICES
from ._render import console, escape, print_json

if TYPE_CHECKING:
    from rich.console import Console

    from ..converter import ConvertReport

__all__ = ["register"]

_DTYPES = ("float16", "bfloat16", "float32")
_DTYPE_HELP = "fp16/half/float16, bf16/bfloat16 or fp32/float/float32"


def dtype_arg(text: str) -> str:
    """``--dtype``: a cast target, by torch name or alias (fp16, half, bf16, fp32, float)."""
    from ..dtypes import by_name
    from ..errors import UnsupportedDtypeError

    try:
        name = by_name(text.strip().lower()).name
    except UnsupportedDtypeError:
        name = ""
    if name not in _DTYPES:
        raise argparse.ArgumentTypeError(f"cannot cast to {text!r}: choose {_DTYPE_HELP}")
    return name


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "convert", help="write the weights as safetensors, a weights-only .pt, TensorRT .wts or .npz",
        description="Convert a checkpoint's weights, tensor by tensor in bounded memory, without torch. The format "
                    "follows DST's suffix (.safetensors, .pt/.pth/.bin, .wts, .npz) unless --to is given. Without "
                    "--key, a training checkpoint converts its state dict (the EMA copy when it matches the model; "
                    "--weights decides) and a note says what was chosen. DST is written to a temporary name and "
                    "renamed when complete.")
    p.add_argument("src", metavar="SRC", help="any file `torchckpt inspect` reads")
    p.add_argument("dst", metavar="DST", help="output file (for sharded safetensors: the base name)")
    p.add_argument("--key", metavar="PATH", help="convert this subtree (model, ema, state_dict, model_state...); "
                                                 "names are relative to it")
    p.add_argument("--weights", choices=PREFER_CHOICES, default="auto",
                   help="which weights when the file has a model and its EMA copy: the EMA when it matches "
                        "(auto, default, as ultralytics and timm load it), the raw model, or the EMA")
    p.add_argument("--dtype", type=dtype_arg, metavar="DTYPE",
                   help=f"cast floating tensors to {_DTYPE_HELP} (integers and bools stay as they are)")
    p.add_argument("--to", metavar="FORMAT", help="safetensors, torch, wts or npz (default: from DST's suffix)")
    p.add_argument("--shard-size", metavar="SIZE",
                   help="split safetensors into shards of at most SIZE (2GB, 500MB, 1.5GiB) with an HF index.json")
    p.add_argument("--strip-prefix", metavar="PREFIX",
                   help="remove PREFIX (module., _orig_mod., model.) from names; 'auto' removes the "
                        "DataParallel/torch.compile wrapper prefix every name carries")
    p.add_argument("--skip-unsupported", action="store_true",
                   help="leave out tensors the output cannot hold (sparse, meta, quantized, dtypes the format "
                        "lacks) instead of failing")
    p.add_argument("--json", action="store_true", help="print the report as one JSON object")
    p.set_defaults(func=run_convert)

    s = sub.add_parser(
        "slim", help="shrink a training checkpoint to its weights (drop optimizer, EMA copies...)",
        description="Keep one copy of the weights (the EMA when present) and plain metadata such as the epoch; "
                    "drop optimizer, scheduler, scaler and RNG states, other weight copies and pickled objects. "
                    "The output is a torch file that torch.load(weights_only=True) reads. Like ultralytics' "
                    "strip_optimizer, for any checkpoint.")
    s.add_argument("src", metavar="SRC", help="the checkpoint to shrink")
    s.add_argument("dst", metavar="DST", help="output .pt (never SRC itself: that is refused, nothing is written)")
    s.add_argument("--weights", "--keep", dest="keep", choices=PREFER_CHOICES, default="auto",
                   help="which weights to keep: the EMA when it matches the model (auto, default), the raw model, "
                        "or the EMA (--keep is the older name)")
    s.add_argument("--key", metavar="PATH", help="keep the weights at this subtree instead")
    s.add_argument("--dtype", type=dtype_arg, metavar="DTYPE",
                   help=f"cast floating tensors ({_DTYPE_HELP}), e.g. float16 to halve the size")
    s.add_argument("--skip-unsupported", action="store_true", help="leave out tensors that cannot be written")
    s.add_argument("--keep-structure", action="store_true",
                   help="do exactly what ultralytics' strip_optimizer does (the EMA becomes the model, optimizer and "
                        "EMA None, float16), keeping the file's pickled objects: it loads where the tool that wrote "
                        "it loads it")
    s.add_argument("--json", action="store_true", help="print the report as one JSON object")
    s.set_defaults(func=run_slim)


def _notes(report: ConvertReport, *, as_json: bool) -> Console | None:
    """Print ``report`` as JSON (and give None), or its notes, giving the console for its last line."""
    if as_json:
        print_json(report.to_json())
        return None
    out = console()
    for line in report.messages:
        out.print(f"[yellow]note[/]: {escape(line)}", soft_wrap=True)
    return out


def run_convert(args: argparse.Namespace) -> int:
    from ..converter import convert

    report = convert(args.src, args.dst, key=args.key, prefer=args.weights, dtype=args.dtype, to=args.to,
                     shard_size=args.shard_size,
                     strip_prefix=args.strip_prefix, skip_unsupported=args.skip_unsupported)
    out = _notes(report, as_json=args.json)
    if out is None:
        return 0
    cast = f", {report.dtype}" if report.dtype else ""
    out.print(f"wrote [bold]{escape(report.destination)}[/] ({report.format}, {report.tensors} tensors{cast}, "
              f"{_size(report.output_size)}) from {escape(report.source)} ({_size(report.source_size)})")
    return 0


def run_slim(args: argparse.Namespace) -> int:
    from ..converter import slim

    report = slim(args.src, args.dst, keep=args.keep, key=args.key, dtype=args.dtype,
                  skip_unsupported=args.skip_unsupported, keep_structure=args.keep_structure)
    out = _notes(report, as_json=args.json)
    if out is None:
        return 0
    before, after = report.source_size, report.output_size
    ratio = f"{100 * after / before:.1f}% of the original" if before else ""
    out.print(f"slim: {escape(report.source)} {_size(before)} -> [bold]{escape(report.destination)}[/] "
              f"{_size(after)} ({ratio}, {report.tensors} tensors)")
    return 0
