"""The exception hierarchy: one root, typed subclasses with fields, all in this module.

Every message is one line: what happened, why, and what to do about it (in the caller's
words: flags on the command line, parameters in Python). The CLI maps these to exit codes in
one table (``torchckpt.cli``); library code only raises.

::

    TorchckptError
    ├── UnsupportedFormatError      not a format torchckpt reads (by content)
    ├── CorruptFileError            a known format, damaged (``entry``, ``offset``)
    │   ├── UnsafePathError         a path inside the checkpoint leaves its folder
    │   └── PickleStreamError       a malformed pickle (``reason``: why, as a FailReason)
    ├── DivergentReadingsError      loaders read the file differently; loading refuses to pick one
    ├── UnsupportedDtypeError
    ├── UnsupportedTensorError      sparse / meta / quantized where dense data is needed
    ├── KeyNotFoundError            --key / key= names nothing in the file
    ├── NoWeightsError              the file holds no state dict
    ├── OverwriteInputError         an output is (a file of) the command's own input
    ├── ConvertError                nothing to convert, an output format that cannot hold it
    │   └── OutputError             writing failed; nothing was left behind
    ├── MigrateError
    ├── UnresolvedObjectsError      load(strict=True) met classes it will not build
    ├── LoadMismatchError           keys missing / unexpected / of another shape
    ├── DeviceUnavailableError      map_location names a device this machine lacks
    ├── ModelSpecError              a MODEL_SPEC that builds no nn.Module
    ├── ExportError                 the exporter failed
    ├── ExportVerificationError     the exported file computes something else (``report``)
    ├── IntegrityError / NoIntegrityRecordError
    ├── RemoteError                 a URL could not be read (torchckpt._remote)
    │   ├── RemoteExtraMissingError     the ``remote`` extra is not installed
    │   ├── RemoteAccessError           401/403: credentials missing or refused
    │   ├── RemoteNotFoundError         404: no such file, bucket or revision
    │   ├── RangeNotSupportedError      the server ignores HTTP Range requests
    │   ├── RemoteTimeoutError          the server stopped answering
    │   └── RemoteChangedError          the file changed (ETag/size) while being read
    └── CheckpointWriteError / NoValidCheckpointError / CheckpointMismatchError

Signals that never reach a caller (a tar too costly to list, an inflate past its budget, the
scanner's early stop) are not errors of this tree: they live, private, beside the code that
raises and catches them.
"""

from __future__ import annotations

import os

from ._wording import option

TYPE_CHECKING = False
if TYPE_CHECKING:
    from .export import ExportReport
    from .loading import LoadReport
    from .saving import IntegrityReport
    from .vocab import FailReason

__all__ = [
    "CheckpointMismatchError",
    "CheckpointWriteError",
    "ConvertError",
    "CorruptFileError",
    "DeviceUnavailableError",
    "DivergentReadingsError",
    "ExportError",
    "ExportVerificationError",
    "IntegrityError",
    "KeyNotFoundError",
    "LoadMismatchError",
    "MigrateError",
    "ModelSpecError",
    "NoIntegrityRecordError",
    "NoValidCheckpointError",
    "NoWeightsError",
    "OutputError",
    "OverwriteInputError",
    "PickleStreamError",
    "RangeNotSupportedError",
    "RemoteAccessError",
    "RemoteChangedError",
    "RemoteError",
    "RemoteExtraMissingError",
    "RemoteNotFoundError",
    "RemoteTimeoutError",
    "TorchckptError",
    "UnresolvedObjectsError",
    "UnsafePathError",
    "UnsupportedDtypeError",
    "UnsupportedFormatError",
    "UnsupportedTensorError",
]


class TorchckptError(Exception):
    """Root of every error torchckpt raises on purpose.

    ``path`` names the file involved (when there is one), ``hint`` says what to do.
    """

    def __init__(self, message: str, *, path: str | os.PathLike[str] | None = None, hint: str | None = None):
        self.message = message
        self.path = os.fspath(path) if path is not None else None
        self.hint = hint
        super().__init__(str(self))

    def __str__(self) -> str:
        text = f"{self.path}: {self.message}" if self.path else self.message
        if self.hint:
            text = f"{text}; {self.hint}"
        # One line, always: messages may quote data from hostile files.
        return " ".join(text.split())

    def with_path(self, path: str | os.PathLike[str]) -> TorchckptError:
        """Attach ``path`` if the error was raised below the layer that knows it."""
        if self.path is None:
            self.path = os.fspath(path)
            self.args = (str(self),)
        return self


class UnsupportedFormatError(TorchckptError):
    """The file is not in any format torchckpt reads (detected by content, not suffix)."""


class CorruptFileError(TorchckptError):
    """The file has a known format but is damaged: truncated, inconsistent, malformed.

    ``entry`` names the archive member or section, ``offset`` the byte position, when known.
    """

    def __init__(self, message: str, *, path: str | os.PathLike[str] | None = None, hint: str | None = None,
                 entry: str | None = None, offset: int | None = None):
        self.entry = entry
        self.offset = offset
        if entry is not None:
            message = f"{message} (in {entry!r})"
        super().__init__(message, path=path, hint=hint)


class DivergentReadingsError(TorchckptError):
    """The file reads differently under different loaders (torch's zip reader vs zipfile, a pickle
    read from bytes vs from a file): whichever reading torchckpt gave back, the victim's loader
    may see another, so loading refuses. ``findings`` are the scanner's ``divergence`` findings."""

    def __init__(self, findings: list[str], *, path: str | os.PathLike[str] | None = None):
        self.findings = findings
        super().__init__(f"the file reads differently under different loaders ({findings[0]})", path=path,
                         hint="run `torchckpt scan` on it to see where; no loader's reading of it can be trusted")


class UnsafePathError(CorruptFileError):
    """A checkpoint names a file outside its own folder: an absolute path, a ``..`` component,
    or a symbolic link that leads out (DCP ``relative_path``, HF index ``weight_map``).

    ``name`` is the offending entry as the checkpoint spells it."""

    def __init__(self, message: str, *, name: str, path: str | os.PathLike[str] | None = None,
                 hint: str | None = None, entry: str | None = None):
        self.name = name
        super().__init__(message, path=path, hint=hint, entry=entry)


class PickleStreamError(CorruptFileError):
    """The pickle stream is malformed or truncated at ``offset``; ``reason`` says how (the scanner
    decides on it, never on the wording)."""

    def __init__(self, message: str, *, reason: FailReason = "internal", entry: str | None = None,
                 offset: int | None = None):
        self.reason: FailReason = reason
        super().__init__(message, entry=entry, offset=offset)


class UnsupportedDtypeError(TorchckptError):
    """A tensor uses a dtype that cannot be materialized without torch (or at all)."""

    def __init__(self, dtype: str, *, path: str | os.PathLike[str] | None = None, hint: str | None = None):
        self.dtype = dtype
        super().__init__(f"unsupported dtype {dtype!r}", path=path, hint=hint)


class UnsupportedTensorError(TorchckptError):
    """A tensor exists but cannot be materialized: sparse, meta, quantized, nested, subclasses."""

    def __init__(self, name: str, kind: str, *, path: str | os.PathLike[str] | None = None, hint: str | None = None):
        self.name = name
        self.kind = kind
        article = "an" if kind[:1] in tuple("aeiou") else "a"
        super().__init__(f"tensor {name!r} is {article} {kind} tensor and has no dense bytes to read",
                         path=path, hint=hint)


class KeyNotFoundError(TorchckptError):
    """A requested key (``--key model``, a tensor name) is not in the file."""

    def __init__(self, key: str, available: list[str], *, path: str | os.PathLike[str] | None = None):
        self.key = key
        self.available = available
        shown = ", ".join(repr(k) for k in available[:8]) + (" ..." if len(available) > 8 else "")
        super().__init__(f"no key {key!r} in the file", path=path,
                         hint=f"available: {shown}" if available else "the file holds no such structure")


class NoWeightsError(TorchckptError):
    """The file (or the chosen key) holds no weights to take: no tensors, or not the ones asked for."""


class OverwriteInputError(TorchckptError):
    """An output path is (a file of) the command's own input; nothing was written."""

    def __init__(self, output: str, source: str, *, what: str):
        self.output, self.source = output, source
        super().__init__(f"refusing to write over {what} {source!r} (it would be lost); nothing was written",
                         path=output, hint="write to another path (and move it over the input afterwards if "
                                           "that is what you want)")


class ModelSpecError(TorchckptError):
    """A ``module:factory`` spec that does not name something that builds an ``nn.Module``."""

    def __init__(self, spec: str, message: str, *, hint: str | None = None):
        self.spec = spec
        super().__init__(f"model spec {spec!r}: {message}", hint=hint)


class ConvertError(TorchckptError):
    """The file cannot be converted as asked: nothing to convert, an unknown output format,
    a name collision, a dtype the output format cannot hold."""


class OutputError(ConvertError):
    """Writing the output failed (disk full, permissions, missing directory). Nothing was
    left behind: an existing destination is untouched and no temporary file remains."""


class LoadMismatchError(TorchckptError):
    """The file's weights do not fit the model: keys missing, unexpected, or of another shape.

    ``missing`` are model keys the file lacks, ``unexpected`` file keys the model lacks,
    ``mismatched`` model key -> :class:`Mismatch`; ``report`` is the full :class:`LoadReport`.
    """

    def __init__(self, message: str, *, report: LoadReport, path: str | os.PathLike[str] | None = None,
                 hint: str | None = None):
        self.report = report
        self.missing = list(report.missing)
        self.unexpected = list(report.unexpected)
        self.mismatched = dict(report.mismatched)
        super().__init__(message, path=path, hint=hint)


class DeviceUnavailableError(TorchckptError):
    """Tensors are to go to a device this machine does not have (``cuda:1`` on a CPU box)."""

    def __init__(self, location: str, *, path: str | os.PathLike[str] | None = None, saved_on: str | None = None):
        self.location = location
        what = f"tensors saved on {saved_on!r} go to {location!r}" if saved_on and saved_on != location \
            else f"tensors were saved on {location!r}"
        super().__init__(f"{what}, which this machine does not have", path=path,
                         hint="pass map_location='cpu' (or a dict such as {'cuda:1': 'cuda:0'})")


class ExportError(TorchckptError):
    """The exporter (or scripting/tracing) failed, or the arguments cannot be exported."""


class ExportVerificationError(TorchckptError):
    """The exported file does not compute what the model computes (outside ``atol``/``rtol``),
    or fails to run on inputs the model accepts. ``report`` holds every check; the file stays
    at ``report.path``.

    >>> try:                                                                  # doctest: +SKIP
    ...     torchckpt.export_onnx(model, "m.onnx", x)
    ... except torchckpt.ExportVerificationError as e:
    ...     print(e.max_abs_diff, e.report.checks)
    """

    def __init__(self, report: ExportReport):
        self.report = report
        self.max_abs_diff = report.max_abs_diff
        self.max_rel_diff = report.max_rel_diff
        self.atol = report.atol
        self.rtol = report.rtol
        failed = [c for c in report.checks if not c.ok]
        first = failed[0]
        what = "ONNX graph" if report.format == "onnx" else "TorchScript module"
        if first.error:
            detail = f"{first.label} (batch {first.batch}): {first.error}"
        else:
            detail = (f"{first.label} (batch {first.batch}): max abs diff {first.max_abs_diff:.3g} in output "
                      f"{first.output!r} of scale {first.scale or 0:.3g} (max |reference|), relative error "
                      f"{first.relative_error if first.relative_error is not None else float('inf'):.3g} > "
                      f"atol {report.atol:g} + rtol {report.rtol:g} x scale; {first.mismatched} elements outside "
                      "the elementwise tolerance")
        super().__init__(f"the exported {what} does not match the model on {detail}", path=report.path,
                         hint="Python branches on tensor values or sizes, int(x.size(i)) reshapes and "
                              "is_in_onnx_export() code are frozen at export; see the report's warnings "
                              f"({option('verify', False)} keeps the file unchecked)")


class CheckpointWriteError(TorchckptError):
    """A background (``async_save=True``) write failed; raised by the next call. ``step``
    is the step whose checkpoint was not written; ``__cause__`` the original error."""

    def __init__(self, message: str, *, step: int, path: str | os.PathLike[str] | None = None,
                 hint: str | None = None):
        self.step = step
        super().__init__(message, path=path, hint=hint)


class NoValidCheckpointError(TorchckptError):
    """Checkpoints exist but none verifies; ``skipped`` lists ``(path, reason)``."""

    def __init__(self, message: str, *, skipped: list[tuple[str, str]], path: str | os.PathLike[str] | None = None,
                 hint: str | None = None):
        self.skipped = skipped
        super().__init__(message, path=path, hint=hint)


class CheckpointMismatchError(TorchckptError):
    """``resume`` was asked to restore something the checkpoint does not hold (``strict=True``)."""


class IntegrityError(TorchckptError):
    """The content no longer matches its integrity record (a torn, truncated or altered file).

    ``report`` is the :class:`IntegrityReport` that found it.
    """

    def __init__(self, message: str, *, path: str | os.PathLike[str] | None = None, hint: str | None = None,
                 report: IntegrityReport | None = None):
        self.report = report
        super().__init__(message, path=path, hint=hint)


class NoIntegrityRecordError(TorchckptError):
    """The file has no integrity record, so it cannot be verified (it was not written by ``torchckpt.save``)."""


class UnresolvedObjectsError(TorchckptError):
    """``load(..., strict=True)``: the file holds objects of classes torchckpt will not build.

    ``classes`` are their qualified names, sorted.
    """

    def __init__(self, classes: list[str], *, path: str | os.PathLike[str] | None = None):
        self.classes = classes
        shown = ", ".join(classes[:8]) + (" ..." if len(classes) > 8 else "")
        super().__init__(f"{len(classes)} classes are not data torchckpt builds: {shown}", path=path,
                         hint="pass strict=False to get them as ObjectStub (class name and state)")


class MigrateError(TorchckptError):
    """The file cannot be migrated (a tensor without dense data, not a checkpoint...)."""


class RemoteError(TorchckptError):
    """A URL (``http(s)://``, ``s3://``, ``hf://``) could not be read."""


class RemoteExtraMissingError(RemoteError):
    """Reading URLs needs the optional ``remote`` extra (obstore, fsspec, s3fs)."""


class RemoteAccessError(RemoteError):
    """The server refused access (HTTP 401/403): credentials are missing or wrong."""


class RemoteNotFoundError(RemoteError):
    """The server has no such file, bucket or revision (HTTP 404)."""


class RangeNotSupportedError(RemoteError):
    """The server answers Range requests with the whole file."""


class RemoteTimeoutError(RemoteError):
    """The server stopped answering in time."""


class RemoteChangedError(RemoteError):
    """The remote file changed (ETag or size) between two requests of one reading."""
