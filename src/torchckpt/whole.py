"""``torchckpt.load``: the whole object a file holds, as ``torch.load(weights_only=False)``
returns it for a data file, without running anything from the file.

The reader's tree (``torchckpt.open(path).tree``) is rebuilt bottom-up: tensors through the
torch bridge's materializer (copy-on-write over the mapped file, storages shared as in the
file), allowlisted data types as their real types (built by the types' own constructors from
plain data, never through the pickle's callables), everything else as an
:class:`~torchckpt.model.ObjectStub` holding the rebuilt state.
"""

from __future__ import annotations

import os
from typing import Any

import numpy as np  # noqa: F401 - the numpy types the tree rebuilds into
import torch
from torch import nn

from .allowlist import StorageType, TorchDevice, TorchName, TorchSize
from .dtypes import DType
from .errors import CorruptFileError, UnresolvedObjectsError
from .loading import MapLocation, _Materializer, _open, _torch_dtype
from .model import TensorRef
from .rebuild import Builder

__all__ = ["UnresolvedObjectsError", "load"]


def load(path: str | os.PathLike[str], *, map_location: MapLocation = "cpu", mmap: bool = True,
         strict: bool = False) -> Any:
    """What ``torch.load(path, weights_only=False)`` returns for a data file, without running it.

    Tensors are torch tensors (``nn.Parameter`` where the file has parameters) sharing storages
    as in the file (tied weights stay tied, views stay views); with ``mmap=True`` CPU tensors map
    the file copy-on-write (see :func:`torchckpt.load_state_dict`). Optimizer and scheduler state
    dicts keep their nested form. ``OrderedDict``, ``argparse.Namespace``,
    ``types.SimpleNamespace``, numpy arrays/scalars/dtypes, pathlib paths, datetimes, ``Decimal``,
    ``Fraction``, ``UUID``, ``deque``, ``torch.Size``/``dtype``/``device`` and dill's builtin type
    helpers come back as their real types; any other object is an :class:`ObjectStub` (class
    name and rebuilt state), or with ``strict=True`` an :class:`UnresolvedObjectsError` naming
    the classes.

    >>> ckpt = torchckpt.load("last.ckpt")                     # doctest: +SKIP
    >>> optimizer.load_state_dict(ckpt["optimizer_states"][0])  # doctest: +SKIP
    """
    with _open(path) as ckpt:
        mat = _Materializer(ckpt, map_location=map_location, shared=True, copy=not mmap)
        try:
            builder = _TorchBuilder(mat)
            try:
                result = builder.build(ckpt.tree, "")
            except RecursionError:
                raise CorruptFileError("the object tree is nested too deeply to rebuild") from None
            if strict and builder.unresolved:
                raise UnresolvedObjectsError(sorted(builder.unresolved))
            return result
        finally:
            mat.clear()


# --- torch values ---------------------------------------------------------------------------------
class _TorchBuilder(Builder):
    def __init__(self, mat: _Materializer):
        super().__init__()
        self.mat = mat

    def leaf(self, node: Any, where: str) -> Any:
        if isinstance(node, TensorRef):
            return self._tensor(node, where)
        if isinstance(node, TorchSize):
            return torch.Size(node)
        if isinstance(node, TorchDevice):
            return torch.device(str(node))
        if isinstance(node, TorchName):
            # only names the allowlist's table holds reach here: layouts, memory formats, qschemes
            return getattr(torch, str(node).removeprefix("torch."))
        if isinstance(node, DType):
            return _torch_dtype(node.name)
        if isinstance(node, StorageType):
            return getattr(torch, node.name, node)
        return node

    def _tensor(self, ref: TensorRef, where: str) -> torch.Tensor:
        tensor = self.mat.tensor(ref, name=where.lstrip(".") or "(root)")
        if ref.is_parameter:
            return nn.Parameter(tensor, requires_grad=ref.requires_grad)
        if ref.requires_grad and (tensor.is_floating_point() or tensor.is_complex()):
            tensor.requires_grad_(True)
        return tensor
