"""torchckpt: open, inspect, scan, convert and load PyTorch model files without running them.

The core (``open``, ``inspect``, ``scan``, ``convert``, ``diff``) never imports torch.
"""

from __future__ import annotations

import os

from .errors import (
    CheckpointMismatchError,
    CheckpointWriteError,
    ConvertError,
    CorruptFileError,
    DeviceUnavailableError,
    DivergentReadingsError,
    ExportError,
    ExportVerificationError,
    IntegrityError,
    KeyNotFoundError,
    LoadMismatchError,
    MigrateError,
    ModelSpecError,
    NoIntegrityRecordError,
    NoValidCheckpointError,
    NoWeightsError,
    OutputError,
    OverwriteInputError,
    PickleStreamError,
    TorchckptError,
    UnresolvedObjectsError,
    UnsafePathError,
    UnsupportedDtypeError,
    UnsupportedFormatError,
    UnsupportedTensorError,
)

TYPE_CHECKING = False

__version__ = "0.1.0"

# Imported on first use: the torch bridge must not load torch on `import torchckpt`, and the
# CLI's start-up budget has no room for modules a command does not need (the vocabularies too:
# their Literal types need typing, which no --json command loads).
_LAZY = {
    "Checkpoint": "checkpoint",
    "StateDict": "checkpoint",
    "GlobalRef": "model",
    "ObjectStub": "model",
    "StorageRef": "model",
    "TensorRef": "model",
    "InspectReport": "analysis",
    "SubtreeReport": "analysis",
    "DiffReport": "compare",
    "diff": "compare",
    "ConvertReport": "converter",
    "convert": "converter",
    "slim": "converter",
    "ExportReport": "export",
    "export_onnx": "export",
    "export_torchscript": "export",
    "report": "html_report",
    "LoadReport": "loading",
    "load": "whole",
    "check_load": "loading",
    "load_into": "loading",
    "load_state_dict": "loading",
    "Change": "migration",
    "MigrateReport": "migration",
    "Refusal": "migration",
    "migrate": "migration",
    "CheckpointManager": "manager",
    "ResumeState": "manager",
    "IntegrityReport": "saving",
    "save": "saving",
    "verify": "saving",
    "Finding": "scanner",
    "ScanReport": "scanner",
    "ScanResults": "scanner",
    "scan": "scanner",
    "scan_paths": "scanner",
    "FleetResults": "fleet",
    "FleetStats": "fleet",
    "scan_many": "fleet",
    "CastDtype": "vocab",
    "ChangeKind": "vocab",
    "DiffStatus": "vocab",
    "FormatName": "vocab",
    "Head": "vocab",
    "MigrationStatus": "vocab",
    "OnMismatch": "vocab",
    "OnnxExporter": "vocab",
    "OutputFormat": "vocab",
    "Prefer": "vocab",
    "ScanEngine": "vocab",
    "Severity": "vocab",
    "TensorKind": "vocab",
    "Verdict": "vocab",
}

# What type checkers see: the lazy table above, spelled as imports (tests/test_api.py checks
# that the two agree).
if TYPE_CHECKING:
    from .analysis import InspectReport, SubtreeReport
    from .checkpoint import Checkpoint, StateDict
    from .compare import DiffReport, diff
    from .converter import ConvertReport, convert, slim
    from .export import ExportReport, export_onnx, export_torchscript
    from .fleet import FleetResults, FleetStats, scan_many
    from .html_report import report
    from .loading import LoadReport, check_load, load_into, load_state_dict
    from .manager import CheckpointManager, ResumeState
    from .migration import Change, MigrateReport, Refusal, migrate
    from .model import GlobalRef, ObjectStub, StorageRef, TensorRef
    from .saving import IntegrityReport, save, verify
    from .scanner import Finding, ScanReport, ScanResults, scan, scan_paths
    from .vocab import (
        CastDtype,
        ChangeKind,
        DiffStatus,
        FormatName,
        Head,
        MigrationStatus,
        OnMismatch,
        OnnxExporter,
        OutputFormat,
        Prefer,
        ScanEngine,
        Severity,
        TensorKind,
        Verdict,
    )
    from .whole import load

__all__ = [
    "CastDtype",
    "Change",
    "ChangeKind",
    "Checkpoint",
    "CheckpointManager",
    "CheckpointMismatchError",
    "CheckpointWriteError",
    "ConvertError",
    "ConvertReport",
    "CorruptFileError",
    "DeviceUnavailableError",
    "DiffReport",
    "DiffStatus",
    "DivergentReadingsError",
    "ExportError",
    "ExportReport",
    "ExportVerificationError",
    "Finding",
    "FleetResults",
    "FleetStats",
    "FormatName",
    "GlobalRef",
    "Head",
    "InspectReport",
    "IntegrityError",
    "IntegrityReport",
    "KeyNotFoundError",
    "LoadMismatchError",
    "LoadReport",
    "MigrateError",
    "MigrateReport",
    "MigrationStatus",
    "ModelSpecError",
    "NoIntegrityRecordError",
    "NoValidCheckpointError",
    "NoWeightsError",
    "ObjectStub",
    "OnMismatch",
    "OnnxExporter",
    "OutputError",
    "OutputFormat",
    "OverwriteInputError",
    "PickleStreamError",
    "Prefer",
    "Refusal",
    "ResumeState",
    "ScanEngine",
    "ScanReport",
    "ScanResults",
    "Severity",
    "StateDict",
    "StorageRef",
    "SubtreeReport",
    "TensorKind",
    "TensorRef",
    "TorchckptError",
    "UnresolvedObjectsError",
    "UnsafePathError",
    "UnsupportedDtypeError",
    "UnsupportedFormatError",
    "UnsupportedTensorError",
    "Verdict",
    "__version__",
    "check_load",
    "convert",
    "diff",
    "export_onnx",
    "export_torchscript",
    "load",
    "load_into",
    "load_state_dict",
    "migrate",
    "open",
    "report",
    "save",
    "scan",
    "scan_many",
    "scan_paths",
    "slim",
    "verify",
]


def open(path: str | os.PathLike[str]) -> Checkpoint:
    """Open any model file without running its code; the format is detected from the content.

    >>> with torchckpt.open("resnet50.pth") as ckpt:      # doctest: +SKIP
    ...     ckpt.get("fc.weight").shape
    (1000, 2048)
    """
    from .formats import read

    return read(path)


# Hidden from type checkers: a module-level __getattr__ would make every misspelt name `Any`.
if not TYPE_CHECKING:

    def __getattr__(name: str) -> object:
        module = _LAZY.get(name)
        if module is None:
            raise AttributeError(f"module 'torchckpt' has no attribute {name!r}")
        import importlib

        value = getattr(importlib.import_module(f".{module}", __name__), name)
        # Importing the submodule set `torchckpt.<module>` to the module; the API name wins.
        globals()[name] = value
        return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))
