"""``torchckpt export MODEL_SPEC CHECKPOINT OUT.onnx|OUT.pt --input 1x3x224x224 ...``.

Builds the model from ``pkg.module:factory`` or ``path/to/file.py:factory``, loads the
checkpoint into it, exports (ONNX or TorchScript, from OUT's suffix unless ``--to``) and
checks the file against the model. Exit 0: verified (or ``--no-verify``), 1: the file does
not match the model, 2: errors.
"""

from __future__ import annotations

import argparse
from typing import Any

from ..vocab import ONNX_EXPORTERS
from ._render import console, error, escape, one_line, print_json

__all__ = ["parse_input_spec", "register"]

_ONNX_SUFFIXES = (".onnx",)
_TORCHSCRIPT_SUFFIXES = (".pt", ".pth", ".ts", ".jit", ".torchscript", ".ptl")


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("export", help="export a model to ONNX or TorchScript and verify the file against it",
                       description="Build a model from MODEL_SPEC (package.module:factory or path/to/file.py:factory; "
                                   "a class works as a factory), load CHECKPOINT into it (prefixes and nested "
                                   "state dicts handled), export it in eval mode and run the exported file on the "
                                   "example and on random inputs of another batch size. Exit 0: verified, "
                                   "1: the file does not match the model, 2: error.")
    p.add_argument("model_spec", metavar="MODEL_SPEC", help="package.module:factory or path/to/file.py:factory")
    p.add_argument("checkpoint", metavar="CHECKPOINT", help="the weights to export (any format torchckpt reads)")
    p.add_argument("out", metavar="OUT", help="OUT.onnx (ONNX) or OUT.pt (TorchScript)")
    p.add_argument("--input", dest="inputs", action="append", default=[], metavar="SHAPE[:DTYPE[:HIGH]]",
                   help="an example input, e.g. 1x3x224x224 or 1x128:int64:30522 (integers drawn from [0, HIGH), "
                        "default 2); repeat for several inputs")
    p.add_argument("--to", choices=("onnx", "torchscript"), help="format (default: from OUT's suffix)")
    p.add_argument("--key", help="subtree of the checkpoint that holds the weights (default: found automatically)")
    p.add_argument("--weights", choices=("auto", "model", "ema"), default="auto",
                   help="which weights when the file has a model and its EMA copy: the EMA when it matches "
                        "(auto, default, as ultralytics and timm load it), the raw model, or the EMA")
    p.add_argument("--non-strict", action="store_true", help="load even with missing or unexpected keys")
    p.add_argument("--model-arg", action="append", default=[], metavar="KEY=VALUE",
                   help="keyword argument for the factory (Python literal), e.g. num_classes=10")
    p.add_argument("--opset", type=int, help="ONNX opset version (default: the exporter's)")
    p.add_argument("--exporter", choices=ONNX_EXPORTERS, default="auto",
                   help="ONNX exporter: dynamo (torch's default; needs onnxscript) or legacy (TorchScript-based); "
                        "default auto: dynamo, falling back to legacy when dynamo cannot export the model")
    p.add_argument("--method", choices=("script", "trace"), default="script",
                   help="TorchScript: torch.jit.script or torch.jit.trace (default script)")
    p.add_argument("--static-batch", action="store_true", help="keep the example's batch size fixed in the file")
    p.add_argument("--no-verify", action="store_true", help="do not check the exported file against the model")
    p.add_argument("--atol", type=float, default=1e-5, help="absolute tolerance (default %(default)g)")
    p.add_argument("--rtol", type=float, default=1e-4, help="relative tolerance (default %(default)g)")
    p.add_argument("--json", action="store_true", help="print the export report as one JSON object")
    p.set_defaults(func=run)


def parse_input_spec(text: str) -> tuple[tuple[int, ...], str, int | None]:
    """``"1x3x224x224"`` -> ``((1, 3, 224, 224), "float32", None)``; ``"1x128:int64:30522"`` ->
    ``((1, 128), "int64", 30522)``."""
    from ..dtypes import by_name
    from ..errors import TorchckptError

    parts = text.split(":")
    if len(parts) > 3 or not parts[0]:
        raise TorchckptError(f"bad --input {text!r}", hint="write SHAPE[:DTYPE[:HIGH]], e.g. 1x3x224x224 or 1x16:int64")
    try:
        shape = tuple(int(d) for d in parts[0].lower().replace(",", "x").split("x"))
    except ValueError:
        raise TorchckptError(f"bad shape in --input {text!r}", hint="dimensions are integers joined by 'x', "
                                                                    "e.g. 1x3x224x224") from None
    if any(d < 0 for d in shape):
        raise TorchckptError(f"negative dimension in --input {text!r}")
    dtype = "float32"
    if len(parts) > 1 and parts[1]:
        try:
            dtype = by_name(parts[1]).name
        except TorchckptError:
            raise TorchckptError(f"unknown dtype {parts[1]!r} in --input {text!r}",
                                 hint="use float32, float16, bfloat16, int64, int32, bool ...") from None
    high = None
    if len(parts) > 2:
        try:
            high = int(parts[2])
        except ValueError:
            raise TorchckptError(f"bad HIGH in --input {text!r}", hint="an integer: values are drawn from [0, HIGH)") \
                from None
    return shape, dtype, high


def _example(specs: list[tuple[tuple[int, ...], str, int | None]]) -> tuple[Any, ...]:
    import torch

    gen = torch.Generator().manual_seed(0)
    tensors = []
    for shape, dtype_name, high in specs:
        dtype = getattr(torch, dtype_name)
        if dtype.is_floating_point or dtype.is_complex:
            tensors.append(torch.randn(shape, generator=gen).to(dtype))
        elif dtype == torch.bool:
            tensors.append(torch.ones(shape, dtype=torch.bool))
        else:
            tensors.append(torch.randint(0, high or 2, shape, generator=gen, dtype=dtype))
    return tuple(tensors)


def _format(args: argparse.Namespace) -> str:
    from ..errors import TorchckptError

    if args.to:
        return str(args.to)
    lower = args.out.lower()
    if lower.endswith(_ONNX_SUFFIXES):
        return "onnx"
    if lower.endswith(_TORCHSCRIPT_SUFFIXES):
        return "torchscript"
    raise TorchckptError(f"cannot tell the format from {args.out!r}",
                         hint="name it .onnx or .pt, or pass --to onnx|torchscript")


def run(args: argparse.Namespace) -> int:
    from .._outputs import refuse_overwrite
    from ..errors import TorchckptError

    refuse_overwrite([args.checkpoint], [args.out])  # before building anything
    fmt = _format(args)
    specs = [parse_input_spec(s) for s in args.inputs]
    if not specs and (fmt == "onnx" or args.method == "trace" or not args.no_verify):
        raise TorchckptError("no example input given", hint="pass --input SHAPE, e.g. --input 1x3x224x224")
    from .._spec import load_model_spec, parse_model_args
    from ..export import ExportVerificationError, export_onnx, export_torchscript

    model = load_model_spec(args.model_spec, kwargs=parse_model_args(args.model_arg))
    example = _example(specs) if specs else None
    common = dict(checkpoint=args.checkpoint, key=args.key, prefer=args.weights, strict=not args.non_strict,
                  dynamic_batch=not args.static_batch, verify=not args.no_verify, atol=args.atol, rtol=args.rtol)
    try:
        if fmt == "onnx":
            report = export_onnx(model, args.out, example, opset=args.opset, exporter=args.exporter, **common)
        else:
            report = export_torchscript(model, args.out, example_inputs=example, method=args.method, **common)
    except ExportVerificationError as exc:
        _show(exc.report, as_json=args.json)
        error(one_line(str(exc)))
        return 1
    _show(report, as_json=args.json)
    return 0


def _show(report: Any, *, as_json: bool) -> None:
    if as_json:
        print_json(report.to_json())
    else:
        render(report)


def _g(value: float | None) -> str:
    return "-" if value is None else f"{value:.3g}"


def render(report: Any) -> None:
    out = console()
    how = {"legacy": "TorchScript-based ONNX exporter", "dynamo": "dynamo ONNX exporter",
           "script": "torch.jit.script", "trace": "torch.jit.trace"}.get(report.exporter, report.exporter)
    opset = f", opset {report.opset}" if report.opset else ""
    out.print(f"[bold]exported[/] {escape(report.path)} ({report.format}{opset}, {how}, "
              f"{report.file_size / 1e6:.2f} MB)")
    if report.fallback:
        out.print(f"  [yellow]fallback[/]: {escape(report.fallback)}")
    if report.load is not None:
        for line in report.load.header()[:2]:
            out.print(f"  weights: {escape(line)}")
    for label, items in (("inputs", report.inputs), ("outputs", report.outputs)):
        if items:
            out.print(f"  {label}: " + "; ".join(escape(str(i)) for i in items))
    for w in report.warnings[:5]:
        out.print(f"  [yellow]warning[/] {escape(w)}")
    if len(report.warnings) > 5:
        out.print(f"  ... {len(report.warnings) - 5} more warnings (--json lists them)", style="dim")
    if not report.verified:
        out.print("[yellow]not verified[/] (--no-verify)")
        return
    runner = "onnxruntime (CPUExecutionProvider)" if report.format == "onnx" else "torch.jit.load"
    out.print(f"  verification: {runner} vs the model in eval mode; passes when max abs diff <= "
              f"atol {report.atol:g} + rtol {report.rtol:g} x scale (max |output|)")
    for c in report.checks:
        status = "[green]ok[/]" if c.ok else "[bold red]FAILED[/]"
        if c.error:
            out.print(f"    {c.label}, batch {c.batch}: {escape(c.error)}  {status}")
            continue
        cosine = f", cosine {c.cosine:.7f}" if c.cosine is not None else ""
        elementwise = f", {c.mismatched:,} elements outside atol + rtol x |element|" if c.mismatched else ""
        out.print(f"    {c.label}, batch {c.batch}: max abs diff {_g(c.max_abs_diff)}, scale {_g(c.scale)}, "
                  f"relative error {_g(c.relative_error)}{cosine}{elementwise}  {status}")
    if report.ok:
        out.print(f"[green]verified[/]: max abs diff {_g(report.max_abs_diff)}, output scale {_g(report.scale)}, "
                  f"relative error {_g(report.relative_error)} (rtol {report.rtol:g})")
    else:
        out.print("[bold red]verification failed[/]: the file does not compute what the model computes")
