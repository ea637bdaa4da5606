"""``torchckpt migrate``: rewrite an old checkpoint so that plain ``torch.load`` (``weights_only=True``,
no ``add_safe_globals``) loads it, and say every change; ``check=True`` only says what
``torch.load(weights_only=True)`` would refuse and why. No torch, nothing from the file runs.

The source's tree is rebuilt with real data types (:mod:`torchckpt.rebuild`), then turned into
data the weights-only unpickler accepts: numpy scalars become Python numbers, numpy arrays
tensors, namespaces and config objects dicts, paths and dates strings, dill's type helpers
the builtin names, and whole pickled modules (whose classes need not exist) their state dict,
with the class name recorded beside it. Tensor bytes stream from the source to the output
(``convert``'s torch-zip writer: bounded memory); the output is written atomically.
"""

from __future__ import annotations

import argparse
import collections
import datetime
import decimal
import fractions
import os
import pathlib
import types
import uuid
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from . import dtypes as _dt
from ._outputs import refuse_overwrite
from .allowlist import StorageType, TorchDevice, TorchName, TorchSize
from .checkpoint import Checkpoint
from .dtypes import DType
from .errors import CorruptFileError, MigrateError, UnsupportedTensorError
from .model import GlobalRef, ObjectStub, StorageRef, TensorRef
from .rebuild import Builder
from .unpickler import Handler
from .vocab import ChangeKind, MigrationStatus

__all__ = ["WEIGHTS_ONLY_GLOBALS", "Change", "MigrateError", "MigrateReport", "Refusal", "migrate"]


_TENSOR_TYPES = ("BFloat16", "Bool", "Byte", "Char", "Double", "Float", "Half", "Int", "Long", "Short")
_STORAGE_ONLY = ("ComplexDouble", "ComplexFloat")
_QSTORAGES = ("QInt32", "QInt8", "QUInt2x4", "QUInt4x2", "QUInt8")
_DTYPES = ("bfloat16", "bits16", "bits1x8", "bits2x4", "bits4x2", "bits8", "bool", "complex128", "complex32",
           "complex64", "float16", "float32", "float4_e2m1fn_x2", "float64", "float8_e4m3fn", "float8_e4m3fnuz",
           "float8_e5m2", "float8_e5m2fnuz", "float8_e8m0fnu", "qint32", "qint8", "quint2x4", "quint4x2", "quint8",
           *(f"int{n}" for n in (1, 2, 3, 4, 5, 6, 7, 8, 16, 32, 64)),
           *(f"uint{n}" for n in (1, 2, 3, 4, 5, 6, 7, 8, 16, 32, 64)))
_REBUILDS = ("_rebuild_device_tensor_from_cpu_tensor", "_rebuild_device_tensor_from_numpy",
             "_rebuild_meta_tensor_no_storage", "_rebuild_nested_tensor", "_rebuild_parameter",
             "_rebuild_parameter_with_state", "_rebuild_qtensor", "_rebuild_sparse_tensor", "_rebuild_tensor",
             "_rebuild_tensor_v2", "_rebuild_tensor_v3", "_rebuild_wrapper_subclass")

# What torch.load(weights_only=True) imports without add_safe_globals: torch's
# _weights_only_unpickler._get_allowed_globals(), spelled out (tests compare the two).
WEIGHTS_ONLY_GLOBALS = frozenset({
    "_codecs.encode", "builtins.bytearray", "builtins.complex", "builtins.set", "collections.Counter",
    "collections.OrderedDict", "torch.Size", "torch.Tensor", "torch.device", "torch.nn.parameter.Parameter",
    "torch.serialization._get_layout", "torch._tensor._rebuild_from_type_v2", "torch.storage.TypedStorage",
    "torch.storage.UntypedStorage",
    "torch.per_channel_affine", "torch.per_channel_affine_float_qparams", "torch.per_channel_symmetric",
    "torch.per_tensor_affine", "torch.per_tensor_symmetric",
    *(f"torch.{name}" for name in _DTYPES),
    *(f"torch._utils.{name}" for name in _REBUILDS),
    *(f"torch.{where}{kind}Tensor" for where in ("", "cuda.", "sparse.", "cuda.sparse.") for kind in _TENSOR_TYPES
      if not (where.endswith("sparse.") and kind == "Bool")),
    *(f"torch.{where}{kind}Storage" for where in ("", "cuda.") for kind in (*_TENSOR_TYPES, *_STORAGE_ONLY)),
    *(f"torch.{kind}Storage" for kind in _QSTORAGES),
})

# Why the weights-only unpickler refuses a global, by its module, and what migrate does about it.
_REASONS = (
    ("numpy.", "a numpy value; migrate makes numbers, tensors and strings of it"),
    ("argparse.", "an argparse.Namespace; migrate makes it a dict"),
    ("types.SimpleNamespace", "a SimpleNamespace; migrate makes it a dict"),
    ("omegaconf.", "an OmegaConf config; migrate makes it plain dicts and lists"),
    ("pathlib.", "a pathlib path; migrate makes it a string"),
    ("datetime.", "a date or time; migrate makes it an ISO string (a timedelta: seconds)"),
    ("dill.", "one of dill's helpers; migrate writes the builtin it stands for, by name"),
    ("torch.nn.modules.", "a whole pickled torch module; migrate keeps its state dict and class name"),
    ("collections.", "a collections type; migrate makes it a list or dict"),
    ("builtins.", "a builtin the weights-only loader does not allow; migrate writes plain data for it"),
    ("torch.", "a torch object the weights-only loader does not allow"),
)


@dataclass(frozen=True)
class Refusal:
    """A global ``torch.load(weights_only=True)`` would refuse, and why."""

    name: str
    reason: str

    def to_json(self) -> dict[str, str]:
        return {"global": self.name, "reason": self.reason}


@dataclass(frozen=True)
class Change:
    """One thing migrate changed at ``path`` (``optimizer.state.0``), from ``before`` to ``after``."""

    path: str
    kind: ChangeKind
    before: str
    after: str

    def __str__(self) -> str:
        return f"{self.path or '(root)'}: {self.before} -> {self.after}"

    def to_json(self) -> dict[str, str]:
        return {"path": self.path, "kind": self.kind, "before": self.before, "after": self.after}


@dataclass
class MigrateReport:
    """What :func:`migrate` found (``refused``: what weights-only loading refuses in the source)
    and, unless ``check``, what it changed writing ``destination``."""

    source: str
    destination: str | None
    format: str
    check: bool
    refused: list[Refusal] = field(default_factory=list)
    changes: list[Change] = field(default_factory=list)
    tensors: int = 0
    tensor_bytes: int = 0

    @property
    def loads_already(self) -> bool:
        """Whether plain ``torch.load(source)`` (weights_only=True) loads the source as it is."""
        return not self.refused

    @property
    def status(self) -> MigrationStatus:
        if not self.check:
            return "migrated"
        return "loads" if self.loads_already else "needs-migration"

    @property
    def exit_code(self) -> int:
        """``--check``: 0 loads already, 1 needs migration; a migration that ran: 0."""
        return 1 if self.check and not self.loads_already else 0

    def lines(self) -> list[str]:
        if self.check:
            if self.loads_already:
                return [f"{self.source}: torch.load(weights_only=True) loads it as it is"]
            lines = [f"{self.source}: torch.load(weights_only=True) refuses {len(self.refused)} "
                     f"{'global' if len(self.refused) == 1 else 'globals'}:"]
            lines += [f"  {r.name}: {r.reason}" for r in self.refused]
            lines.append(f"run: torchckpt migrate {self.source} OUT")
            return lines
        lines = [f"{self.source} -> {self.destination}: {len(self.changes)} "
                 f"{'change' if len(self.changes) == 1 else 'changes'}, {self.tensors} tensors"]
        lines += [f"  {c}" for c in self.changes]
        lines.append("plain torch.load loads it (weights_only=True)")
        return lines

    def __str__(self) -> str:
        return "\n".join(self.lines())

    def to_json(self) -> dict[str, Any]:
        return {"source": self.source, "destination": self.destination, "format": self.format, "check": self.check,
                "status": self.status, "loads_already": self.loads_already,
                "refused": [r.to_json() for r in self.refused], "changes": [c.to_json() for c in self.changes],
                "tensors": self.tensors, "tensor_bytes": self.tensor_bytes}


def migrate(src: str | os.PathLike[str], dst: str | os.PathLike[str] | None = None, *,
            check: bool = False) -> MigrateReport:
    """Rewrite ``src`` as ``dst`` so that plain ``torch.load(dst)`` loads it; every change is in
    the report. ``check=True`` writes nothing (``dst`` may be None) and lists what
    ``torch.load(src, weights_only=True)`` would refuse.

    >>> report = torchckpt.migrate("old.ckpt", "new.ckpt")   # doctest: +SKIP
    >>> print(report)                                         # doctest: +SKIP
    """
    from .formats import read

    src = os.fspath(src)
    if not check:
        if dst is None:
            raise TypeError("migrate() needs dst unless check=True")
        dst = os.fspath(dst)
        refuse_overwrite([src], [dst])
    with read(src) as ckpt:
        report = MigrateReport(src, None if check else os.fspath(dst) if dst is not None else None, ckpt.format,
                               check, refused=_refusals(ckpt))
        if check:
            return report
        _write(ckpt, os.fspath(dst), report)  # type: ignore[arg-type]
        return report


def _refusals(ckpt: Checkpoint) -> list[Refusal]:
    if ckpt.format not in ("torch-zip", "torch-legacy", "pickle"):
        raise MigrateError(f"a {ckpt.format} file is not a torch.save checkpoint",
                           hint="torchckpt convert writes torch files from it")
    refused: list[Refusal] = []
    if ckpt.format == "pickle":
        refused.append(Refusal("(format)", "a plain pickle, not a torch.save file; migrate writes a torch.save zip"))
    for name in sorted(set(ckpt.globals_used) - WEIGHTS_ONLY_GLOBALS):
        reason = next((why for prefix, why in _REASONS if name.startswith(prefix)),
                      "a class or function the weights-only loader does not allow; migrate keeps its data "
                      "(a module's state dict, an object's attributes) and its name")
        refused.append(Refusal(name, reason))
    return refused


def _write(ckpt: Checkpoint, dst: str, report: MigrateReport) -> None:
    from .formats.writers import OutputFiles, SourceReader, write_torch_zip

    builder = Builder()
    try:
        tree = builder.build(ckpt.tree, "")
        migrator = _Migrator(report)
        root = migrator.convert(tree, "")
    except RecursionError:
        raise CorruptFileError("the object tree is nested too deeply to rebuild") from None
    migrator.note_unshared()
    report.tensors = len(migrator.items)
    report.tensor_bytes = sum(item.nbytes for item in migrator.items if item.alias_of is None)
    with SourceReader(ckpt) as reader, OutputFiles(protect=[ckpt.path]) as out:
        write_torch_zip(out, dst, root, migrator.items, reader)
        out.commit()


class _ArrayBytes:
    """A numpy array's bytes as a storage source (for arrays that become tensors)."""

    def __init__(self, array: np.ndarray):
        self.array = array

    def view(self, offset: int, nbytes: int) -> memoryview:
        return self.array.reshape(-1).view(np.uint8).data[offset:offset + nbytes]


_BY_NUMPY = {np.dtype(d.numpy).str: d for d in _dt._TABLE if d.numpy and not d.quantized}


class _Migrator:
    """Turns a rebuilt tree into what the weights-only pickler writes, recording each change."""

    def __init__(self, report: MigrateReport):
        from .formats.writers import TensorItem

        self._item = TensorItem
        self.report = report
        self.items: list[Any] = []
        self._by_ref: dict[int, Any] = {}
        self._by_view: dict[tuple[int, int, tuple[int, ...], tuple[int, ...] | None, str], Any] = {}
        self._views: dict[int, dict[tuple[Any, ...], str]] = {}
        self._keep: list[Any] = []

    def change(self, path: str, kind: ChangeKind, before: str, after: str) -> None:
        self.report.changes.append(Change(path.lstrip("."), kind, before, after))

    # tensors
    def tensor(self, ref: TensorRef, path: str, *, in_module: bool = False) -> Any:
        item = self._by_ref.get(id(ref))
        if item is not None:
            return item
        name = path.lstrip(".") or "(root)"
        if ref.kind not in ("dense", "subclass") or ref.storage is None:
            raise UnsupportedTensorError(name, ref.kind if ref.storage is not None or ref.kind != "dense"
                                         else "storage-less", hint="migrate writes dense tensors only")
        ref.check_bounds()
        root = ref.storage.root
        view = (id(root), ref.offset + _base_offset(ref.storage) // max(ref.dtype.itemsize, 1), ref.shape,
                ref.stride, ref.dtype.name)
        item = self._item(name, ref, ref.dtype)
        item.alias_of = self._by_view.get(view)
        if item.alias_of is None:
            self._by_view[view] = item
        self._views.setdefault(id(root), {}).setdefault(view, name)
        self._keep.append(ref)
        self._by_ref[id(ref)] = item
        self.items.append(item)
        if ref.is_parameter and not in_module:  # a module's state_dict() holds plain tensors too
            self.change(path, "tensor", "torch.nn.Parameter", "tensor")
        return item

    def note_unshared(self) -> None:
        for views in self._views.values():
            if len(views) > 1:
                names = list(views.values())
                for name in names[1:]:
                    self.change(name, "tensor", f"a view sharing its storage with {names[0]!r}",
                                "a tensor with its own storage (same values)")

    def array(self, array: np.ndarray, path: str) -> Any:
        if array.dtype.hasobject or array.dtype.kind in "USVMm" or array.dtype.names:
            out = self.convert(array.tolist(), path)
            self.change(path, "numpy", f"numpy array {array.dtype}{list(array.shape)}", "list")
            return out
        native = array.dtype.newbyteorder("<") if array.dtype.byteorder == ">" else array.dtype
        dtype = _BY_NUMPY.get(native.str)
        if dtype is None:
            raise MigrateError(f"{path.lstrip('.')}: a numpy array of {array.dtype} has no torch dtype")
        data = np.ascontiguousarray(array, dtype=native)
        self._keep.append(data)
        storage = StorageRef(f"numpy:{path}", dtype, "cpu", data.nbytes, source=_ArrayBytes(data))
        ref = TensorRef(dtype=dtype, shape=tuple(data.shape), stride=None, storage=storage)
        self.change(path, "numpy", f"numpy array {array.dtype}{list(array.shape)}", f"tensor {dtype.name}")
        return self.tensor(ref, path)

    # the tree
    def convert(self, node: Any, path: str) -> Any:
        kind = type(node)
        if node is None or kind in (bool, int, float, str, bytes, bytearray, complex):
            return node
        if isinstance(node, TensorRef):
            return self.tensor(node, path)
        if isinstance(node, (DType, TorchSize, TorchDevice)):
            return node
        if isinstance(node, collections.OrderedDict):
            od: collections.OrderedDict[Any, Any] = collections.OrderedDict()
            self._fill(od, node, path)
            od.__dict__.update({k: self.convert(v, path) for k, v in vars(node).items()})
            return od
        if isinstance(node, dict):
            out: dict[Any, Any] = {}
            self._fill(out, node, path)
            if kind is not dict:
                self.change(path, "collection", _name(node), "dict")
            return out
        if isinstance(node, list):
            return [self.convert(v, f"{path}.{i}") for i, v in enumerate(node)]
        if isinstance(node, tuple):
            return tuple(self.convert(v, f"{path}.{i}") for i, v in enumerate(node))
        if isinstance(node, set):
            members = [self.convert(v, path) for v in node]
            if all(_hashable(v) for v in members):
                return set(members)
            self.change(path, "collection", "set (of objects that became dicts)", "list")
            return members
        if isinstance(node, (frozenset, collections.deque, range)):
            items = [self.convert(v, path) for v in node]
            as_set = isinstance(node, frozenset) and all(map(_hashable, items))
            self.change(path, "collection", _name(node), "set" if as_set else "list")
            return set(items) if as_set else items
        if isinstance(node, np.ndarray):
            return self.array(node, path)
        if isinstance(node, np.generic):
            value = node.item()
            if isinstance(value, (datetime.date, datetime.timedelta, bytes)):
                value = str(node)
            self.change(path, "numpy", f"numpy.{type(node).__name__}", type(value).__name__)
            return value
        if isinstance(node, np.dtype):
            self.change(path, "numpy", "numpy.dtype", "str")
            return str(node)
        if isinstance(node, (argparse.Namespace, types.SimpleNamespace)):
            self.change(path, "namespace", _name(node), "dict")
            return self.convert(dict(vars(node)), path)
        if isinstance(node, (pathlib.PurePath, decimal.Decimal, fractions.Fraction, uuid.UUID, TorchName,
                             datetime.tzinfo)):
            self.change(path, "text", _name(node), "str")
            return str(node)
        if isinstance(node, (datetime.date, datetime.time)):
            self.change(path, "text", _name(node), "str (ISO 8601)")
            return node.isoformat()
        if isinstance(node, datetime.timedelta):
            self.change(path, "text", "datetime.timedelta", "float (seconds)")
            return node.total_seconds()
        if isinstance(node, type):
            self.change(path, "type", f"the type {node.__module__}.{node.__qualname__}", "str (its name)")
            return f"{node.__module__}.{node.__qualname__}"
        if isinstance(node, (GlobalRef, Handler, StorageType)):
            name = node.qualname if not isinstance(node, StorageType) else f"torch.{node.name}"
            self.change(path, "type", f"the global {name}", "str (its name)")
            return name
        if isinstance(node, ObjectStub):
            return self.stub(node, path)
        if isinstance(node, slice):
            self.change(path, "collection", "slice", "tuple (start, stop, step)")
            return (node.start, node.stop, node.step)
        raise MigrateError(f"{path.lstrip('.') or '(root)'}: cannot write a {type(node).__name__}")

    def _fill(self, out: dict[Any, Any], node: dict[Any, Any], path: str) -> None:
        for k, v in node.items():
            key = self.convert(k, path)
            child = f"{path}.{k}"
            if not _hashable(key):
                self.change(child, "object", f"a key of type {_name(k)}", "str (its class and id)")
                key = f"<{getattr(k, 'cls', _name(k))} at {id(k):#x}>"
            if isinstance(v, ObjectStub) and isinstance(key, str):
                value, cls, attrs = self._object(v, child)
                out[key] = value
                for suffix, extra, what in (("class", cls, f"the class name {cls!r}"),
                                            ("attrs", attrs, f"the module's other attributes ({_shown(attrs)})")):
                    if extra:
                        beside = f"{key}_{suffix}"
                        while beside in node or beside in out:
                            beside += "_"
                        out[beside] = extra
                        self.change(f"{path}.{beside}", "object", "-", f"{what} recorded beside")
            else:
                out[key] = self.convert(v, child)

    def stub(self, stub: ObjectStub, path: str) -> Any:
        # Not in a dict under a string key: nowhere beside it to record the class, so wrap it.
        value, cls, attrs = self._object(stub, path)
        wrapped = {"class": cls, "value": value, **({"attrs": attrs} if attrs else {})}
        self.change(path, "object", cls, "{" + ", ".join(f"{k!r}: ..." for k in wrapped) + "}")
        return wrapped

    def _object(self, stub: ObjectStub, path: str) -> tuple[Any, str, dict[str, Any] | None]:
        """``stub`` as data, its class name, and (for a module) its other public attributes."""
        cls = stub.cls
        if cls.startswith("omegaconf."):
            self.change(path, "config", cls, "plain data")
            return self.convert(_omegaconf(stub), path), cls, None
        if stub.is_module:
            state: dict[str, TensorRef] = {}
            _module_state(stub, "", state)
            out = collections.OrderedDict((k, self.tensor(v, f"{path}.{k}", in_module=True)) for k, v in state.items())
            self.change(path, "module", f"a whole pickled {cls}", f"its state dict ({len(out)} tensors)")
            # what code reads off the model besides its weights (ultralytics: names, yaml, stride, args)
            public = {k: v for k, v in stub.attrs.items() if isinstance(k, str) and not k.startswith("_")
                      and k != "training" and not (isinstance(v, ObjectStub) and v.is_module)}
            return out, cls, self.convert(public, path) if public else None
        attrs = stub.attrs
        if attrs and not stub.args and not stub.items and not stub.listitems:
            self.change(path, "object", cls, "dict (its attributes)")
            return self.convert(dict(attrs), path), cls, None
        parts: dict[str, Any] = {}
        for name, value in (("args", list(stub.args)), ("state", stub.state), ("items", dict(stub.items)),
                            ("listitems", stub.listitems), ("kwargs", stub.kwargs)):
            if value:
                parts[name] = value
        self.change(path, "object", cls, f"dict ({', '.join(parts) or 'empty'})")
        return self.convert(parts, path), cls, None


def _shown(names: Any, limit: int = 5) -> str:
    names = list(names or ())
    return ", ".join(map(str, names[:limit])) + (f" and {len(names) - limit} more" if len(names) > limit else "")


def _hashable(value: Any) -> bool:
    try:
        hash(value)
    except TypeError:
        return False
    return True


def _name(node: Any) -> str:
    kind = type(node)
    return f"{kind.__module__}.{kind.__qualname__}".removeprefix("builtins.")


def _base_offset(storage: StorageRef) -> int:
    offset = 0
    while storage.base is not None:
        offset += storage.base_offset
        storage = storage.base
    return offset


def _module_state(stub: ObjectStub, prefix: str, out: dict[str, TensorRef]) -> None:
    """``state_dict()`` of a pickled module: parameters, persistent buffers, then children."""
    attrs = stub.attrs
    params = attrs.get("_parameters")
    buffers = attrs.get("_buffers")
    skip = attrs.get("_non_persistent_buffers_set")
    skip = set(skip) if isinstance(skip, (set, frozenset, list)) else set()
    for table in (params, buffers):
        if isinstance(table, dict):
            for name, value in table.items():
                if isinstance(value, TensorRef) and (table is params or name not in skip):
                    out[f"{prefix}{name}"] = value
    children = attrs.get("_modules")
    if isinstance(children, dict):
        for name, child in children.items():
            if isinstance(child, ObjectStub):
                _module_state(child, f"{prefix}{name}.", out)


def _omegaconf(stub: ObjectStub) -> Any:
    """An OmegaConf DictConfig/ListConfig/ValueNode as the plain data it holds (``_content``,
    ``_val``), the way ``OmegaConf.to_container`` gives it, interpolations left as strings."""
    attrs = stub.attrs
    if "_content" in attrs:
        content = attrs["_content"]
        if isinstance(content, dict):
            return {k: _omegaconf(v) if isinstance(v, ObjectStub) else v for k, v in content.items()}
        if isinstance(content, list):
            return [_omegaconf(v) if isinstance(v, ObjectStub) else v for v in content]
        return content
    if "_val" in attrs:
        value = attrs["_val"]
        return _omegaconf(value) if isinstance(value, ObjectStub) else value
    return dict(attrs)
