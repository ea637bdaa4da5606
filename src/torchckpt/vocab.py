"""Every closed vocabulary of torchckpt as a ``Literal`` type, in one place.

The user-facing ones (verdicts, severities, format names, tensor kinds, the ``prefer=``,
``on_mismatch=`` and ``head=`` choices, convert's targets, diff and migrate statuses) are exported
from ``torchckpt``; the rest name internal outcomes. Each ``UPPER`` tuple is its ``Literal``'s
values, in order, for validating input and writing help texts (never a second spelling of them).
"""

from __future__ import annotations

from typing import Literal, get_args

__all__ = [
    "CAST_DTYPES",
    "FORMATS",
    "HEAD",
    "ONNX_EXPORTERS",
    "ON_MISMATCH",
    "OUTPUT_FORMATS",
    "PREFER_CHOICES",
    "SCAN_ENGINES",
    "VERDICTS",
    "Audience",
    "CastDtype",
    "ChangeKind",
    "DiffStatus",
    "FailReason",
    "FormatName",
    "Head",
    "MigrationStatus",
    "OnMismatch",
    "OnnxExporter",
    "OutputFormat",
    "Prefer",
    "RemoteScheme",
    "RuleSeverity",
    "ScanEngine",
    "Severity",
    "TarHow",
    "TarOutcome",
    "TarResolution",
    "TensorKind",
    "Verdict",
    "WrapperKind",
]

# --- scan -----------------------------------------------------------------------------------------
# A file's verdict (the exit code follows it: 0 safe, 3 suspicious only, 1 dangerous, 2 error).
Verdict = Literal["safe", "suspicious", "dangerous", "error"]
VERDICTS: tuple[Verdict, ...] = get_args(Verdict)
# A finding's severity; "info" and "warning" never change a verdict.
Severity = Literal["dangerous", "error", "suspicious", "warning", "info"]
# What the rules say about one import or TorchScript operator.
RuleSeverity = Literal["safe", "suspicious", "dangerous"]
# Why a pickle stream stopped being readable. The scanner decides on these, never on the wording.
FailReason = Literal[
    "truncated",            # the data ends (or a FRAME/length runs past it)
    "bad-opcode",           # a byte that is no opcode
    "bad-argument",         # an opcode argument CPython refuses (a bad INT, an unquoted STRING...)
    "stack-underflow",      # popping below the stack or the last MARK
    "mark-missing",         # an opcode that needs a MARK without one
    "memo-missing",         # GET of a key never PUT
    "setitem-on-non-dict",  # SETITEM(S) on something without __setitem__ for those keys
    "bad-target",           # APPEND(S)/ADDITEMS/READONLY_BUFFER on something that does not support it
    "unhashable",           # a dict key / set item CPython cannot hash
    "bad-call",             # calling something that is not callable, or with non-tuple arguments
    "persistent-id",        # a persistent id where none are allowed, or one the loader rejects
    "protocol",             # PROTO above 5, NEXT_BUFFER without buffers, EXT code <= 0
    "budget",               # more work than the input's size allows (a pickle bomb)
    "too-deep",             # nesting CPython itself cannot handle (it would crash)
    "past-end",             # the stream runs past the end of its container entry
    "internal",             # anything else
]

# --- formats and tensors --------------------------------------------------------------------------
# ``Checkpoint.format``: the formats ``torchckpt.open`` reads.
FormatName = Literal["torch-zip", "torch-legacy", "torchscript", "pickle", "safetensors", "onnx", "numpy", "dcp"]
FORMATS: tuple[FormatName, ...] = get_args(FormatName)
# ``TensorRef.kind``: only dense (and subclass/quantized, as their plain data) tensors materialize.
TensorKind = Literal["dense", "sparse", "meta", "quantized", "nested", "subclass", "numpy", "sharded", "external",
                     "segment"]
# A compressed wrapper around a whole file.
WrapperKind = Literal["gzip", "bz2", "xz", "zlib"]
# Whether bytes open as a tar archive under tarfile, and how torch reaches a member.
TarOutcome = Literal["tar", "not-tar", "fails"]
TarHow = Literal["extract", "extractfile"]
TarResolution = Literal["found", "missing", "outside", "dangling", "not-a-file"]

# --- choosing and loading weights ----------------------------------------------------------------
# ``prefer=`` (CLI ``--weights``/``--keep``): which copy of the weights a file with several gives.
Prefer = Literal["auto", "model", "ema"]
PREFER_CHOICES: tuple[Prefer, ...] = get_args(Prefer)
# ``on_mismatch=``: what loading does with a tensor whose shape differs from the model's.
OnMismatch = Literal["error", "skip", "adapt"]
ON_MISMATCH: tuple[OnMismatch, ...] = get_args(OnMismatch)
# ``head=``: what ``on_mismatch="adapt"`` does with a class head whose size changed (1000 -> 10 classes):
# "init" keeps the model's own initialisation (as transformers' ignore_mismatched_sizes), "copy"
# copies the rows both have (classes 0..9 of the old head), on request only: the old classes
# rarely mean the new ones.
Head = Literal["init", "copy"]
HEAD: tuple[Head, ...] = get_args(Head)

# --- scanning many files --------------------------------------------------------------------------
# ``scan_many(engine=...)`` / ``scan --engine``: local processes, or a Dask or Ray cluster.
ScanEngine = Literal["local", "dask", "ray"]
SCAN_ENGINES: tuple[ScanEngine, ...] = get_args(ScanEngine)

# --- convert, diff, migrate -----------------------------------------------------------------------
# ``convert(to=...)``: the output formats.
OutputFormat = Literal["safetensors", "torch", "wts", "npz"]
OUTPUT_FORMATS: tuple[OutputFormat, ...] = get_args(OutputFormat)
# ``convert(dtype=...)``: the floating types weights may be cast to.
CastDtype = Literal["float16", "bfloat16", "float32"]
CAST_DTYPES: tuple[CastDtype, ...] = get_args(CastDtype)
# ``TensorDiff.status``: equal within tolerance, different, shapes differ, or a side cannot be read.
DiffStatus = Literal["equal", "different", "shape", "skipped"]
# ``Change.kind`` and ``MigrateReport.status``.
ChangeKind = Literal["numpy", "namespace", "config", "text", "collection", "type", "module", "object", "tensor"]
MigrationStatus = Literal["loads", "needs-migration", "migrated"]
# ``export_onnx(exporter=...)``: torch's dynamo exporter, the TorchScript-based one, or dynamo
# falling back to it.
OnnxExporter = Literal["auto", "dynamo", "legacy"]
ONNX_EXPORTERS: tuple[OnnxExporter, ...] = get_args(OnnxExporter)

# --- wording --------------------------------------------------------------------------------------
# Whose words messages use: Python keywords (``prefer="ema"``) or CLI flags (``--weights ema``).
Audience = Literal["api", "cli"]

# --- remote files ---------------------------------------------------------------------------------
# How a URL is read (torchckpt._remote): http(s):// and hf:// over HTTP, s3:// through s3fs.
RemoteScheme = Literal["http", "s3", "hf"]
