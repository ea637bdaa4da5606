"""Export a model for deployment (ONNX, TorchScript) and prove the file computes what the model does.

Both exporters follow one recipe: load the checkpoint (``load_into``: prefixes and nested
state dicts handled), switch every module to eval mode (BatchNorm uses its running stats,
dropout is off), run the model on the example inputs and on fresh random inputs of another
batch size, export, then run the *file* (onnxruntime on CPU, or ``torch.jit.load``) on both
and compare. The model's train/eval flags are restored afterwards, module by module.

Tolerance, per element, symmetric: ``|file - model| <= atol + rtol * max(|file|, |model|)``.
A file outside it raises :class:`ExportVerificationError` (the file stays on disk for
inspection; the error carries the numbers and the report). What typically breaks a file:
Python control flow on tensor values or shapes (frozen at export), ``int(x.size(0))``
reshapes (a fixed batch), code behind ``torch.onnx.is_in_onnx_export()``.

ONNX exporters (torch 2.13): ``"dynamo"`` is torch's default, the ``torch.export``-based
``torch.onnx.export(..., dynamo=True)``, which needs the ``onnxscript`` package (the ``export``
extra installs it); ``"legacy"`` is the TorchScript-based ``dynamo=False`` one (deprecated by
torch). ``"auto"`` (default) runs dynamo and falls back to legacy when dynamo cannot export the
model (Python branches on tensor values, operators it has no translation for) or onnxscript is
missing; ``report.exporter`` says which one wrote the file, ``report.fallback`` why dynamo did
not. Either way the file appears whole or not at all: the exporter writes into a private
directory beside OUT (with any external-data file) and the result is renamed into place.
"""

from __future__ import annotations

import contextlib
import importlib.util
import inspect
import io
import logging
import math
import os
import re
import shutil
import warnings
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

import torch
from torch import nn

from ._outputs import commit, refuse_overwrite, remove_quietly, temp_name
from ._wording import option
from .errors import ExportError, ExportVerificationError, TorchckptError
from .vocab import ONNX_EXPORTERS, OnnxExporter, Prefer

__all__ = [
    "ExportError",
    "ExportReport",
    "ExportVerificationError",
    "IOSpec",
    "VerifyCheck",
    "export_onnx",
    "export_torchscript",
]

METHODS = ("script", "trace")
# Beyond this the ONNX protobuf cannot hold the weights: they go to an external data file.
_PROTOBUF_LIMIT = 2 * 1024**3 - 64 * 1024**2


# --- errors -----------------------------------------------------------------------------------------
# --- report -------------------------------------------------------------------------------------
@dataclass
class IOSpec:
    """An input or output of the exported file; dynamic dimensions are names (``"batch"``)."""

    name: str
    dtype: str
    shape: list[int | str]

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "dtype": self.dtype, "shape": list(self.shape)}

    def __str__(self) -> str:
        return f"{self.name} {self.dtype} [{', '.join(str(d) for d in self.shape)}]"


@dataclass
class VerifyCheck:
    """One run of the exported file against the model. ``error`` is set when the file did not
    run or returned other shapes; ``output`` names the output with the largest difference.

    The judgement is relative to the output's scale: an output passes when its max abs diff is
    at most ``atol + rtol * scale``, ``scale`` being its largest finite ``|reference|`` (a diff
    of 1e3 on logits of 1e7 is float32 rounding; on logits of 10 it is a bug). ``relative_error``
    is that diff over the scale; ``mismatched`` counts elements outside the elementwise
    ``atol + rtol * |reference|`` (for information: near-zero elements of large outputs are
    legitimately off by more).
    """

    label: str
    batch: int | None
    max_abs_diff: float | None = None
    max_rel_diff: float | None = None
    cosine: float | None = None
    mismatched: int = 0
    output: str | None = None
    error: str | None = None
    scale: float | None = None
    relative_error: float | None = None
    exceeded: bool = False

    @property
    def ok(self) -> bool:
        return self.error is None and not self.exceeded

    def to_json(self) -> dict[str, Any]:
        return {"label": self.label, "batch": self.batch, "ok": self.ok, "max_abs_diff": _finite(self.max_abs_diff),
                "max_rel_diff": _finite(self.max_rel_diff), "cosine": _finite(self.cosine),
                "scale": _finite(self.scale), "relative_error": _finite(self.relative_error),
                "mismatched": self.mismatched, "output": self.output, "error": self.error}


@dataclass
class ExportReport:
    """What an export wrote and how the file compared with the model.

    ``exporter``: ``legacy`` or ``dynamo`` (ONNX), ``script`` or ``trace`` (TorchScript): the one
    that wrote the file. ``fallback``: why ``exporter="auto"`` fell back from dynamo to legacy
    (None when it did not).
    ``max_abs_diff``/``max_rel_diff``: the largest over all checks (None unless verified).
    ``load``: the :class:`LoadReport` of the checkpoint, when one was given.

    >>> report = torchckpt.export_onnx(model, "m.onnx", torch.randn(1, 3, 224, 224))   # doctest: +SKIP
    >>> report.max_abs_diff < 1e-5, [str(i) for i in report.inputs]                     # doctest: +SKIP
    (True, ['input float32 [batch, 3, 224, 224]'])
    """

    path: str
    format: str
    exporter: str
    opset: int | None
    inputs: list[IOSpec]
    outputs: list[IOSpec]
    dynamic_batch: bool
    atol: float
    rtol: float
    verified: bool = False
    checks: list[VerifyCheck] = field(default_factory=list)
    load: Any = None
    warnings: list[str] = field(default_factory=list)
    file_size: int = 0
    fallback: str | None = None

    @property
    def ok(self) -> bool:
        return all(c.ok for c in self.checks)

    @property
    def max_abs_diff(self) -> float | None:
        values = [c.max_abs_diff for c in self.checks if c.max_abs_diff is not None]
        return max(values) if values else None

    @property
    def max_rel_diff(self) -> float | None:
        values = [c.max_rel_diff for c in self.checks if c.max_rel_diff is not None]
        return max(values) if values else None

    @property
    def scale(self) -> float | None:
        """The largest output scale (max finite ``|reference|``) over the checks."""
        values = [c.scale for c in self.checks if c.scale is not None]
        return max(values) if values else None

    @property
    def relative_error(self) -> float | None:
        """The largest max-abs-diff-over-scale over the checks: what the tolerance judges."""
        values = [c.relative_error for c in self.checks if c.relative_error is not None]
        return max(values) if values else None

    def to_json(self) -> dict[str, Any]:
        return {"path": self.path, "format": self.format, "exporter": self.exporter, "fallback": self.fallback,
                "opset": self.opset, "file_size": self.file_size, "inputs": [i.to_json() for i in self.inputs],
                "outputs": [o.to_json() for o in self.outputs], "dynamic_batch": self.dynamic_batch,
                "verified": self.verified, "ok": self.ok, "atol": self.atol, "rtol": self.rtol,
                "max_abs_diff": _finite(self.max_abs_diff), "max_rel_diff": _finite(self.max_rel_diff),
                "scale": _finite(self.scale), "relative_error": _finite(self.relative_error),
                "checks": [c.to_json() for c in self.checks],
                "load": self.load.to_json() if self.load is not None else None, "warnings": self.warnings}


# --- public API -----------------------------------------------------------------------------------
def export_onnx(model: nn.Module, path: str | os.PathLike[str], example_inputs: Any, *,
                checkpoint: str | os.PathLike[str] | None = None, key: str | None = None, prefer: Prefer = "auto",
                strict: bool = True,
                dynamic_batch: bool = True, batch_axis: int = 0, opset: int | None = None,
                input_names: Sequence[str] | None = None, output_names: Sequence[str] | None = None,
                exporter: OnnxExporter = "auto", verify: bool = True, rtol: float = 1e-4, atol: float = 1e-5,
                seed: int = 0) -> ExportReport:
    """Export ``model`` to ONNX at ``path`` and check the file in onnxruntime against the model.

    ``example_inputs``: a tensor or a tuple of tensors, as ``model(*example_inputs)`` takes
    them. ``checkpoint`` (with ``key``, ``prefer``, ``strict``) is loaded first with :func:`load_into`
    (the same weights every command takes by default; ``report.load.weights`` says which).
    ``dynamic_batch`` makes axis ``batch_axis`` of every input that has the example's batch
    size dynamic (and the outputs' axes that follow it); the check then also runs fresh
    random inputs of another batch size. ``exporter``: ``"dynamo"`` (torch's default),
    ``"legacy"`` (TorchScript-based) or ``"auto"``: dynamo, falling back to legacy when dynamo
    fails (``report.exporter`` and ``report.fallback`` say what ran). Raises
    :class:`ExportVerificationError` when the file is outside tolerance, :class:`ExportError`
    when the exporter fails (with ``"auto"``: when both fail).

    >>> model = SmallResNet()                                                   # doctest: +SKIP
    >>> r = torchckpt.export_onnx(model, "m.onnx", torch.randn(1, 3, 16, 16), checkpoint="ckpt.pt")  # doctest: +SKIP
    >>> r.max_abs_diff, r.checks[1].batch                                       # doctest: +SKIP
    (2.384185791015625e-07, 3)
    """
    _check_tolerances(atol, rtol)
    if exporter not in ONNX_EXPORTERS:
        raise ValueError(f"exporter must be one of {', '.join(ONNX_EXPORTERS)}, not {exporter!r}")
    path = os.fspath(path)
    refuse_overwrite([checkpoint], [path])
    args = _as_args(example_inputs)
    load = _load(model, checkpoint, key=key, prefer=prefer, strict=strict)
    with _eval_mode(model):
        model = _unwrap(model)
        run = _Reference(model, args, dynamic_batch=dynamic_batch, batch_axis=batch_axis, seed=seed)
        names_in = _names(input_names, "input", len(args), what="input_names")
        names_out = _names(output_names, "output", len(run.example_out), what="output_names")
        axes = run.dynamic_axes(names_in, names_out)
        with _capture_warnings() as caught:
            chosen, fallback = _export_onnx_file(model, run, path, exporter=exporter, names_in=names_in,
                                                 names_out=names_out, axes=axes, opset=opset)
    report = ExportReport(path, "onnx", chosen, _opset_of(path), [], [], dynamic_batch=bool(axes),
                          atol=float(atol), rtol=float(rtol), load=load, warnings=caught,
                          file_size=_file_size(path), fallback=fallback)
    session = _session(path, required=verify)
    if session is not None:
        report.inputs = [IOSpec(i.name, _ort_dtype(i.type), _dims(i.shape)) for i in session.get_inputs()]
        report.outputs = [IOSpec(o.name, _ort_dtype(o.type), _dims(o.shape)) for o in session.get_outputs()]
    else:
        report.inputs = run.io_specs(names_in, run.example_in, axes)
        report.outputs = run.io_specs(names_out, run.example_out, axes)
    if verify:
        report.checks = [_check_onnx(session, label, batch, inputs, expected, names_in, atol=atol, rtol=rtol)
                         for label, batch, inputs, expected in run.cases()]
        report.verified = True
        if not report.ok:
            raise ExportVerificationError(report)
    return report


def export_torchscript(model: nn.Module, path: str | os.PathLike[str], *, example_inputs: Any = None,
                       method: str = "script", checkpoint: str | os.PathLike[str] | None = None,
                       key: str | None = None, prefer: Prefer = "auto", strict: bool = True, dynamic_batch: bool = True,
                       batch_axis: int = 0, verify: bool = True, rtol: float = 1e-4, atol: float = 1e-5,
                       seed: int = 0) -> ExportReport:
    """Script (or trace) ``model`` in eval mode, save it to ``path`` and check ``torch.jit.load``
    of the file against the model on ``example_inputs`` and on random inputs of another batch
    size (``dynamic_batch``). ``method="trace"`` needs ``example_inputs``; so does ``verify``.

    >>> r = torchckpt.export_torchscript(model, "m.pt", example_inputs=x, method="trace")   # doctest: +SKIP
    >>> r.ok, r.max_abs_diff                                                               # doctest: +SKIP
    (True, 0.0)
    """
    _check_tolerances(atol, rtol)
    if method not in METHODS:
        raise ValueError(f"method must be 'script' or 'trace', not {method!r}")
    path = os.fspath(path)
    refuse_overwrite([checkpoint], [path])
    if example_inputs is None and (method == "trace" or verify):
        need = "tracing" if method == "trace" else "verification"
        raise ExportError(f"{need} needs example inputs", path=path,
                          hint=f"pass {option('example_inputs', placeholder='SHAPE')}"
                          + ("" if method == "trace" else f", or {option('verify', False)}"))
    args = _as_args(example_inputs) if example_inputs is not None else None
    load = _load(model, checkpoint, key=key, prefer=prefer, strict=strict)
    with _eval_mode(model):
        model = _unwrap(model)
        run = (_Reference(model, args, dynamic_batch=dynamic_batch, batch_axis=batch_axis, seed=seed)
               if args is not None else None)
        with _capture_warnings() as caught:
            module = _script_or_trace(model, args, method=method, path=path)
            tmp = temp_name(path)  # appears whole or not at all
            try:
                torch.jit.save(module, tmp)
                commit(tmp, path)
            except Exception as exc:
                remove_quietly(tmp)
                raise ExportError(f"saving the {method}ed module failed: {_one_line(exc)}", path=path) from exc
    report = ExportReport(path, "torchscript", method, None, [], [],
                          dynamic_batch=bool(run and run.other_batch not in (None, run.batch)),
                          atol=float(atol), rtol=float(rtol), load=load, warnings=caught, file_size=_file_size(path))
    if run is not None:
        names_in = _forward_names(model, len(run.example_in))
        names_out = _names(None, "output", len(run.example_out), what="")
        axes = run.dynamic_axes(names_in, names_out)
        report.inputs = run.io_specs(names_in, run.example_in, axes)
        report.outputs = run.io_specs(names_out, run.example_out, axes)
    if verify and run is not None:
        device = run.example_in[0].device if run.example_in else torch.device("cpu")
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)  # torch's notice, not about this file
            loaded = torch.jit.load(path, map_location=device)  # type: ignore[no-untyped-call]  # torch leaves it untyped
        loaded.eval()
        report.checks = [_check_module(loaded, label, batch, inputs, expected, names_out, atol=atol, rtol=rtol)
                         for label, batch, inputs, expected in run.cases()]
        report.verified = True
        if not report.ok:
            raise ExportVerificationError(report)
    return report


# --- the model side -------------------------------------------------------------------------------
def _as_args(example_inputs: Any) -> tuple[torch.Tensor, ...]:
    args = (example_inputs,) if isinstance(example_inputs, torch.Tensor) else tuple(example_inputs)
    for i, a in enumerate(args):
        if not isinstance(a, torch.Tensor):
            raise TypeError(f"example input {i} is a {type(a).__name__}; pass a tensor or a tuple of tensors")
    if not args:
        raise ValueError("example_inputs is empty; pass a tensor or a tuple of tensors")
    return args


def _load(model: nn.Module, checkpoint: str | os.PathLike[str] | None, *, key: str | None, prefer: Prefer,
          strict: bool) -> Any:
    if checkpoint is None:
        return None
    from .loading import load_into

    return load_into(model, checkpoint, key=key, prefer=prefer, strict=strict)


def _unwrap(model: nn.Module) -> nn.Module:
    """The module inside DataParallel / DistributedDataParallel / torch.compile wrappers."""
    while True:
        if isinstance(model, (nn.DataParallel, nn.parallel.DistributedDataParallel)) and \
                isinstance(inner := model.module, nn.Module):  # always a module; torch types it as Tensor | Module
            model = inner
        elif type(model).__name__ == "OptimizedModule" and isinstance(orig := getattr(model, "_orig_mod", None),
                                                                      nn.Module):
            model = orig
        else:
            return model


@contextlib.contextmanager
def _eval_mode(model: nn.Module) -> Iterator[None]:
    # Each module's own flag comes back (a user may keep some BatchNorms frozen in eval while
    # training the rest); model.train(mode) would flatten them all.
    modes = [(m, m.training) for m in model.modules()]
    model.eval()
    try:
        yield
    finally:
        for m, mode in modes:
            m.training = mode


def _flatten(obj: Any) -> list[torch.Tensor]:
    """Tensors of a model's output in the order exporters flatten them."""
    if isinstance(obj, torch.Tensor):
        return [obj]
    if isinstance(obj, (list, tuple)):
        return [t for item in obj for t in _flatten(item)]
    if isinstance(obj, dict):
        return [t for item in obj.values() for t in _flatten(item)]
    return []


class _Reference:
    """The model's outputs on the example and on fresh inputs of another batch size."""

    def __init__(self, model: nn.Module, args: tuple[torch.Tensor, ...], *, dynamic_batch: bool, batch_axis: int,
                 seed: int):
        self.example_in = args
        self.batch_axis = batch_axis
        self.batch = next((a.shape[batch_axis] for a in args if a.dim() > batch_axis), None)
        self.batched = [self.batch is not None and a.dim() > batch_axis and a.shape[batch_axis] == self.batch
                        for a in args]
        self.other_batch = self.batch
        if dynamic_batch and self.batch is not None:
            self.other_batch = 3 if self.batch != 3 else 2
        self.fresh_in = self._fresh(args, seed)
        self.example_out = self._run(model, args, "the example inputs")
        self.fresh_out = self._run(model, self.fresh_in, f"random inputs of batch size {self.other_batch}")

    @staticmethod
    def _run(model: nn.Module, args: tuple[torch.Tensor, ...], what: str) -> list[torch.Tensor]:
        try:
            with torch.no_grad():
                out = _flatten(model(*args))
        except Exception as exc:
            raise ExportError(f"the model fails on {what}: {type(exc).__name__}: {_one_line(exc)}",
                              hint=f"check the input shapes; pass {option('dynamic_batch', False)} for "
                                   "models that need a fixed batch size") from exc
        if not out:
            raise ExportError("the model returned no tensors", hint="forward() must return tensors")
        return [t.detach() for t in out]

    def _fresh(self, args: tuple[torch.Tensor, ...], seed: int) -> tuple[torch.Tensor, ...]:
        gen = torch.Generator().manual_seed(seed)
        fresh = []
        for a, batched in zip(args, self.batched):
            shape = list(a.shape)
            if batched and self.other_batch is not None:  # batched: the example has a batch, so other_batch is set
                shape[self.batch_axis] = self.other_batch
            if a.is_floating_point() or a.is_complex():
                t = torch.randn(shape, generator=gen, dtype=torch.complex64 if a.is_complex() else torch.float32)
                t = t.to(a.dtype)
            elif a.dtype == torch.bool:
                # masks: reuse the example's rows (random masks can blank whole sequences)
                t = (a.index_select(self.batch_axis, torch.arange(shape[self.batch_axis], device=a.device)
                                    % a.shape[self.batch_axis]) if batched else a.clone()).cpu()
            else:
                low, high = (int(a.min()), int(a.max())) if a.numel() else (0, 0)
                t = torch.randint(low, high + 1, shape, generator=gen, dtype=a.dtype)
            fresh.append(t.to(a.device))
        return tuple(fresh)

    def cases(self) -> list[tuple[str, int | None, tuple[torch.Tensor, ...], list[torch.Tensor]]]:
        return [("example inputs", self.batch, self.example_in, self.example_out),
                ("random inputs", self.other_batch, self.fresh_in, self.fresh_out)]

    def dynamic_axes(self, names_in: list[str], names_out: list[str]) -> dict[str, dict[int, str]]:
        if self.other_batch == self.batch:
            return {}
        axes: dict[str, dict[int, str]] = {}
        for name, batched in zip(names_in, self.batched):
            if batched:
                axes[name] = {self.batch_axis: "batch"}
        for name, a, b in zip(names_out, self.example_out, self.fresh_out):
            # an output axis is the batch axis when it follows the batch size between the two runs
            found = {i: "batch" for i, (x, y) in enumerate(zip(a.shape, b.shape))
                     if a.dim() == b.dim() and x == self.batch and y == self.other_batch}
            if found:
                axes[name] = found
        return axes

    @staticmethod
    def io_specs(names: list[str], tensors: Sequence[torch.Tensor], axes: dict[str, dict[int, str]]) -> list[IOSpec]:
        specs = []
        for name, t in zip(names, tensors):
            dyn = axes.get(name, {})
            specs.append(IOSpec(name, _torch_dtype_name(t.dtype), [dyn.get(i, s) for i, s in enumerate(t.shape)]))
        return specs


def _names(given: Sequence[str] | None, stem: str, count: int, *, what: str) -> list[str]:
    if given is not None:
        names = [str(n) for n in given]
        if len(names) != count or len(set(names)) != len(names):
            raise ValueError(f"{what} needs {count} distinct names, got {names!r}")
        return names
    return [stem] if count == 1 else [f"{stem}_{i}" for i in range(count)]


def _forward_names(model: nn.Module, count: int) -> list[str]:
    try:
        params = [p.name for p in inspect.signature(model.forward).parameters.values()
                  if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)]
    except (TypeError, ValueError):
        params = []
    if len(params) >= count:
        return params[:count]
    return _names(None, "input", count, what="")


def _torch_dtype_name(dtype: torch.dtype) -> str:
    return str(dtype).removeprefix("torch.")


# --- ONNX -----------------------------------------------------------------------------------------
def _export_onnx_file(model: nn.Module, run: _Reference, path: str, *, exporter: str, names_in: list[str],
                      names_out: list[str], axes: dict[str, dict[int, str]],
                      opset: int | None) -> tuple[str, str | None]:
    """Write the ONNX file at ``path``, whole or not at all; returns the exporter that wrote it and,
    for ``"auto"``, why that is not dynamo (None when it is)."""
    dynamo_missing = _dynamo_missing()
    legacy = _legacy_available()
    if exporter == "legacy" and not legacy:
        raise ExportError(f"torch {torch.__version__} has no legacy (TorchScript-based) ONNX exporter",
                          path=path, hint=f"use {option('exporter', 'dynamo')}, which needs onnxscript")
    if exporter == "dynamo" and dynamo_missing:
        raise ExportError(f"the dynamo ONNX exporter needs {dynamo_missing}", path=path,
                          hint=f"pip install onnxscript (or torchckpt[export]), or use {option('exporter', 'legacy')}")
    common: dict[str, Any] = {"names_in": names_in, "names_out": names_out, "axes": axes, "opset": opset}
    fallback = None
    if exporter == "dynamo" or (exporter == "auto" and not dynamo_missing):
        # torch.export specializes sizes 0 and 1: a dynamic batch is traced on the batch-3 inputs
        traced = run.fresh_in if axes and run.batch in (0, 1) else run.example_in
        failure = _write_onnx(model, traced, path, exporter="dynamo", **common)
        if failure is None:
            return "dynamo", None
        if exporter == "dynamo" or not legacy:
            raise _export_failed("dynamo", failure, path=path, opset=opset)
        fallback = f"the dynamo exporter failed: {failure}"
    elif exporter == "auto":
        fallback = f"the dynamo exporter needs {dynamo_missing}"
    failure = _write_onnx(model, run.example_in, path, exporter="legacy", **common)
    if failure is None:
        return "legacy", fallback
    if fallback is not None and fallback.startswith("the dynamo exporter failed"):
        raise ExportError(f"torch.onnx.export failed with both exporters: {fallback.removeprefix('the ')}; "
                          f"the legacy exporter: {failure}", path=path,
                          hint="change what the trace trips on in forward(), or try another opset")
    raise _export_failed("legacy", failure, path=path, opset=opset)


def _export_failed(exporter: str, failure: str, *, path: str, opset: int | None) -> ExportError:
    other = "dynamo" if exporter == "legacy" else "legacy"
    return ExportError(f"torch.onnx.export ({exporter} exporter) failed: {failure}", path=path,
                       hint=f"try {option('exporter', other)}" + (" or another opset" if opset is None else ""))


def _dynamo_missing() -> str | None:
    """What the dynamo exporter lacks here (None when it can run)."""
    if importlib.util.find_spec("onnxscript") is None:
        return "the onnxscript package"
    try:
        params = inspect.signature(torch.onnx.export).parameters
    except (TypeError, ValueError):
        return "an inspectable torch.onnx.export"
    return None if "dynamo" in params else f"a newer torch than {torch.__version__}"


def _legacy_available() -> bool:
    # torch announces the TorchScript-based exporter's removal; it exists while export() still
    # takes dynamo=False together with the legacy dynamic_axes argument.
    try:
        params = inspect.signature(torch.onnx.export).parameters
    except (TypeError, ValueError):
        return False
    return "dynamo" in params and "dynamic_axes" in params


def _write_onnx(model: nn.Module, args: tuple[torch.Tensor, ...], path: str, *, exporter: str,
                names_in: list[str], names_out: list[str], axes: dict[str, dict[int, str]],
                opset: int | None) -> str | None:
    """Run one exporter into a private directory beside ``path``, then rename its files into place:
    a failed or interrupted export leaves no half-written OUT (nor OUT.data). Returns the
    exporter's error in one line when it fails."""
    kwargs: dict[str, Any] = {"input_names": names_in, "output_names": names_out, "dynamic_axes": axes or None}
    if opset is not None:
        kwargs["opset_version"] = opset
    if exporter == "legacy":
        kwargs.update(dynamo=False, do_constant_folding=True, training=torch.onnx.TrainingMode.EVAL)
    else:
        big = sum(p.numel() * p.element_size() for p in model.state_dict().values()) > _PROTOBUF_LIMIT
        kwargs.update(dynamo=True, verbose=False, external_data=big, optimize=True)
    staging = _staging_directory(path)
    try:
        try:
            # torch.export prints the partial graph of a failed trace to stderr; the error names the cause
            with _no_mha_fastpath(), _quiet_torch_logs(), contextlib.redirect_stderr(io.StringIO()), torch.no_grad():
                torch.onnx.export(model, args, os.path.join(staging, os.path.basename(path)), **kwargs)
        except TorchckptError:
            raise
        except Exception as exc:  # noqa: BLE001 - the exporter's own errors: unsupported operators, untraceable code
            return _exporter_cause(exc)
        _move_into_place(staging, path)
        return None
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def _exporter_cause(exc: BaseException) -> str:
    """The root of an exporter's error in one line: the dynamo exporter wraps the real error
    (a data-dependent guard, a missing translation) in a page of advice."""
    inner = exc
    while inner.__cause__ is not None and inner.__cause__ is not inner:
        inner = inner.__cause__
    return f"{type(inner).__name__}: {_ANSI.sub('', _first_line(inner))}"


_ANSI = re.compile(r"\x1b\[[0-9;]*m")


def _staging_directory(path: str) -> str:
    """A fresh private directory beside ``path`` (same file system: the renames stay atomic)."""
    for _ in range(16):
        staging = temp_name(path)
        try:
            os.mkdir(staging, 0o700)
            return staging
        except FileExistsError:
            continue
    raise ExportError("no free temporary name beside the output", path=path)


def _move_into_place(staging: str, path: str) -> None:
    """fsync the exporter's files and rename them beside ``path``: external data first, the model
    last, so that OUT never names data that is not there yet."""
    main = os.path.basename(path)
    names = sorted(os.listdir(staging), key=lambda name: name == main)
    if main not in names:
        raise ExportError("the exporter wrote no file", path=path, hint="try the other exporter")
    directory = os.path.dirname(path)
    for name in names:
        src = os.path.join(staging, name)
        fd = os.open(src, os.O_RDONLY | getattr(os, "O_CLOEXEC", 0))
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
        commit(src, os.path.join(directory, name), durable=name == main)


@contextlib.contextmanager
def _no_mha_fastpath() -> Iterator[None]:
    # nn.MultiheadAttention's eval fast path (aten::_native_multi_head_attention) has no ONNX
    # symbolic: the exporters must see the composite path.
    mha = getattr(torch.backends, "mha", None)
    if mha is None:
        yield
        return
    before = mha.get_fastpath_enabled()
    mha.set_fastpath_enabled(False)
    try:
        yield
    finally:
        mha.set_fastpath_enabled(before)


@contextlib.contextmanager
def _quiet_torch_logs() -> Iterator[None]:
    """Keep torch's warnings and info lines (a failed dynamo trace logs its guards, the exporter
    the operators it skips) off the console: the report says what went wrong. torch's loggers
    have handlers of their own and do not propagate, so the filter goes on those handlers."""
    quiet = _BelowError()
    handlers = {handler for name, logger in list(logging.root.manager.loggerDict.items())
                if (name == "torch" or name.startswith("torch.")) and isinstance(logger, logging.Logger)
                for handler in logger.handlers}
    for handler in handlers:
        handler.addFilter(quiet)
    try:
        yield
    finally:
        for handler in handlers:
            handler.removeFilter(quiet)


class _BelowError(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        return record.levelno >= logging.ERROR


# torch's advice to the dynamo exporter's callers; dynamic_axes is what works here (tested)
_NOT_RECOMMENDED = "'dynamic_axes' is not recommended"


@contextlib.contextmanager
def _capture_warnings() -> Iterator[list[str]]:
    """Collect the export's warnings (TracerWarnings name the lines a trace froze) for the
    report instead of letting them through; torch's own deprecation notices are dropped."""
    found: list[str] = []
    with warnings.catch_warnings(record=True) as records:
        warnings.simplefilter("always")
        try:
            yield found
        finally:
            seen = set()
            for w in records:
                if issubclass(w.category, (DeprecationWarning, FutureWarning)) or _NOT_RECOMMENDED in str(w.message):
                    continue
                text = f"{os.path.basename(w.filename)}:{w.lineno}: {w.category.__name__}: " + _first_line(w.message)
                if text not in seen:
                    seen.add(text)
                    found.append(text)


def _opset_of(path: str) -> int | None:
    from . import open as open_checkpoint

    try:
        with open_checkpoint(path) as ckpt:
            opset = ckpt.info.get("opset")
    except TorchckptError:
        return None
    return int(opset) if isinstance(opset, int) else None


def _session(path: str, *, required: bool) -> Any:
    try:
        import onnxruntime as ort
    except ImportError as exc:
        if not required:
            return None
        raise ExportError("verifying an ONNX export needs onnxruntime", path=path,
                          hint=f"pip install onnxruntime, or {option('verify', False)}") from exc
    options = ort.SessionOptions()
    options.log_severity_level = 3
    try:
        return ort.InferenceSession(path, options, providers=["CPUExecutionProvider"])
    except Exception as exc:
        if not required:
            return None
        raise ExportError(f"onnxruntime cannot load the exported file: {_first_line(exc)}", path=path,
                          hint=f"try another {option('opset', placeholder='N')} or exporter") from exc


_ORT_TYPES = {"float": "float32", "double": "float64", "float16": "float16", "bfloat16": "bfloat16",
              "int64": "int64", "int32": "int32", "int16": "int16", "int8": "int8", "uint8": "uint8", "bool": "bool"}


def _ort_dtype(text: str) -> str:
    inner = text.removeprefix("tensor(").removesuffix(")")
    return _ORT_TYPES.get(inner, inner)


def _dims(shape: Sequence[Any]) -> list[int | str]:
    return [d if isinstance(d, int) else (str(d) if d else "?") for d in shape]


def _to_numpy(t: torch.Tensor) -> Any:
    t = t.detach().cpu()
    if t.dtype == torch.bfloat16:
        t = t.float()
    return t.resolve_conj().numpy()


def _check_onnx(session: Any, label: str, batch: int | None, inputs: tuple[torch.Tensor, ...],
                expected: list[torch.Tensor], names_in: list[str], *, atol: float, rtol: float) -> VerifyCheck:
    check = VerifyCheck(label, batch)
    wanted = [i.name for i in session.get_inputs()]
    given = dict(zip(names_in, inputs))
    if all(name in given for name in wanted):
        # exporters drop inputs the graph does not use: feed by name
        feed = {name: _to_numpy(given[name]) for name in wanted}
    else:
        feed = {name: _to_numpy(t) for name, t in zip(wanted, inputs)}
    try:
        got = session.run(None, feed)
    except Exception as exc:  # noqa: BLE001 - any runtime failure is this check's result, not a crash
        check.error = f"onnxruntime failed: {_first_line(exc)}"
        return check
    return _compare(check, got, expected, [o.name for o in session.get_outputs()], atol=atol, rtol=rtol)


def _compare(check: VerifyCheck, got: Sequence[Any], expected: list[torch.Tensor], names: list[str], *,
             atol: float, rtol: float) -> VerifyCheck:
    import numpy as np

    from .compare import compare_arrays

    if len(got) != len(expected):
        check.error = f"the file returns {len(got)} outputs, the model {len(expected)}"
        return check
    worst = -1.0
    check.max_abs_diff = check.max_rel_diff = 0.0
    check.scale = check.relative_error = 0.0
    cosines = []
    for name, g, e in zip(names, got, expected):
        g = np.asarray(g)
        e = _to_numpy(e)
        if g.shape != e.shape:
            check.error = f"output {name!r} has shape {list(g.shape)} in the file, {list(e.shape)} in the model"
            check.output = name
            return check
        stats = compare_arrays(g, e, atol=atol, rtol=rtol, exact=False)
        check.mismatched += stats["mismatched"]
        check.max_rel_diff = max(check.max_rel_diff, stats["max_rel_diff"])
        if stats["cosine"] is not None:
            cosines.append(stats["cosine"])
        diff = stats["max_abs_diff"]
        scale = _scale(e)
        relative = diff / scale if scale > 0 else (0.0 if diff == 0 else math.inf)
        if not diff <= atol + rtol * scale:  # NaN fails too
            check.exceeded = True
        if diff > worst or diff != diff:  # NaN: the worst
            worst = diff
            check.max_abs_diff, check.output, check.scale, check.relative_error = diff, name, scale, relative
    check.cosine = min(cosines) if cosines else None
    return check


def _scale(reference: Any) -> float:
    """The largest finite ``|value|`` of an output (0 for an empty or all-inf/NaN one)."""
    import numpy as np

    values = np.abs(np.asarray(reference)).astype(np.float64, copy=False)
    finite = values[np.isfinite(values)]
    return float(finite.max()) if finite.size else 0.0


# --- TorchScript ----------------------------------------------------------------------------------
def _script_or_trace(model: nn.Module, args: tuple[torch.Tensor, ...] | None, *, method: str, path: str) -> Any:
    try:
        with torch.no_grad():
            if method == "script":
                return torch.jit.script(model)
            return torch.jit.trace(model, args, check_trace=False)  # type: ignore[no-untyped-call]  # untyped in torch
    except Exception as exc:
        raise ExportError(f"torch.jit.{method} failed: {type(exc).__name__}: {_first_line(exc)}", path=path,
                          hint=f"try {option('method', 'trace' if method == 'script' else 'script')}") from exc


def _check_module(module: Any, label: str, batch: int | None, inputs: tuple[torch.Tensor, ...],
                  expected: list[torch.Tensor], names_out: list[str], *, atol: float, rtol: float) -> VerifyCheck:
    check = VerifyCheck(label, batch)
    try:
        with torch.no_grad():
            got = [_to_numpy(t) for t in _flatten(module(*inputs))]
    except Exception as exc:  # noqa: BLE001 - any failure of the saved module is this check's result
        check.error = f"the saved module failed: {type(exc).__name__}: {_first_line(exc)}"
        return check
    return _compare(check, got, expected, names_out, atol=atol, rtol=rtol)


# --- small helpers --------------------------------------------------------------------------------
def _check_tolerances(atol: float, rtol: float) -> None:
    if not (atol >= 0 and rtol >= 0):
        raise ValueError(f"atol and rtol must be >= 0, got atol={atol!r} rtol={rtol!r}")


def _file_size(path: str) -> int:
    try:
        return os.path.getsize(path)
    except OSError:
        return 0


def _finite(value: float | None) -> float | None:
    return value if value is not None and math.isfinite(value) else None


def _first_line(exc: object) -> str:
    text = str(exc).strip()
    line = text.splitlines()[0] if text else type(exc).__name__
    return line if len(line) <= 300 else line[:297] + "..."


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split())[:300] or type(exc).__name__
