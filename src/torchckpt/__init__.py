"""torchckpt: open, inspect, scan, convert and load PyTorch model files without running them.

The core (``open``, ``inspect``, ``scan``, ``convert``, ``diff``) never imports torch.
"""

from __future__ import annotations

import os

from .checkpoint import Checkpoint, StateDict
from .errors import (
    CorruptFileError,
    KeyNotFoundError,
    TorchckptError,
    UnsupportedDtypeError,
    UnsupportedFormatError,
    UnsupportedTensorError,
)
from .model import GlobalRef, ObjectStub, StorageRef, TensorRef

__version__ = "0.1.0"

__all__ = [
    "Checkpoint",
    "CorruptFileError",
    "GlobalRef",
    "KeyNotFoundError",
    "ObjectStub",
    "StateDict",
    "StorageRef",
    "TensorRef",
    "TorchckptError",
    "UnsupportedDtypeError",
    "UnsupportedFormatError",
    "UnsupportedTensorError",
    "__version__",
    "open",
]


def open(path: str | os.PathLike[str]) -> Checkpoint:  # noqa: A001 - mirrors builtins.open on purpose
    """Open any model file without running its code; the format is detected from the content.

    >>> with torchckpt.open("resnet50.pth") as ckpt:      # doctest: +SKIP
    ...     ckpt.get("fc.weight").shape
    (1000, 2048)
    """
    from .formats import read

    return read(path)
