"""``slim --keep-structure``: ultralytics' ``strip_optimizer`` without running the file.

The checkpoint keeps its own structure and pickled objects (a whole ``DetectionModel`` stays one,
named by its class, for the tool that wrote it); what changes is what ``strip_optimizer`` does:
the EMA becomes the model, ``optimizer``/``best_fitness``/``ema``/``updates`` become None,
``epoch`` -1, the model's parameters and buffers half precision with ``requires_grad`` off. The
pickle is written back from the reader's tree (objects by class name, ``NEWOBJ`` + ``BUILD`` as
protocol 2 pickles them); tensor bytes stream from the source, cast on the way.
"""

from __future__ import annotations

import os
import struct
from typing import Any

from ._outputs import refuse_overwrite
from .allowlist import NumpyFloat, NumpyInt
from .dtypes import by_name
from .formats.writers import ConvertError, OutputFiles, SourceReader, TensorItem, write_torch_zip
from .formats.writers.torch_zip import _Pickler
from .model import GlobalRef, ObjectStub, PickledOrderedDict, TensorRef
from .unpickler import Handler

__all__ = ["STRIPPED_KEYS", "strip_optimizer"]

# What ultralytics' strip_optimizer sets to None.
STRIPPED_KEYS = ("optimizer", "best_fitness", "ema", "updates")
# Stubs the allowlist names after the class they make, though the pickle called another function.
_MADE_BY = {"numpy.ndarray": ("numpy.core.multiarray", "_reconstruct"),
            "numpy.generic": ("numpy.core.multiarray", "scalar")}


def strip_optimizer(src: str | os.PathLike[str], dst: str | os.PathLike[str]) -> tuple[list[str], int]:
    """Write ``dst``: ``src`` after ultralytics' ``strip_optimizer``, its pickled objects kept.
    Returns the top-level keys changed and the number of tensors cast to float16."""
    from .formats import read

    src, dst = os.fspath(src), os.fspath(dst)
    refuse_overwrite([src], [dst])
    with read(src) as ckpt:
        tree = ckpt.tree
        if not isinstance(tree, dict) or not isinstance(tree.get("ema") or tree.get("model"), ObjectStub):
            raise ConvertError("--keep-structure needs a checkpoint whose 'model' or 'ema' is a pickled model "
                               "(as ultralytics saves them)",
                               hint="plain slim keeps the weights of any checkpoint")
        root = dict(tree)
        changed = []
        if root.get("ema") is not None:
            root["model"] = root["ema"]
            changed.append("model (the EMA)")
        for key in STRIPPED_KEYS:
            if root.get(key) is not None or key in root:
                changed.append(key)
            root[key] = None
        root["epoch"] = -1
        changed.append("epoch")
        half: set[int] = set()
        _module_tensors(root["model"], half, set())
        pickler = _StructurePickler(half)
        pickler.save(root)
        with SourceReader(ckpt) as reader, OutputFiles(protect=[src]) as out:
            write_torch_zip(out, dst, root, pickler.items, reader, pickler=pickler)
            out.commit()
        return changed, len(half)


def _module_tensors(node: Any, out: set[int], seen: set[int]) -> None:
    """ids of every parameter and buffer of a pickled module and its children (``Module.half()``)."""
    if not isinstance(node, ObjectStub) or id(node) in seen:
        return
    seen.add(id(node))
    attrs = node.attrs
    for table in ("_parameters", "_buffers"):
        values = attrs.get(table)
        if isinstance(values, dict):
            out.update(id(v) for v in values.values() if isinstance(v, TensorRef) and v.dtype.is_float)
    children = attrs.get("_modules")
    if isinstance(children, dict):
        for child in children.values():
            _module_tensors(child, out, seen)


class _StructurePickler(_Pickler):
    """The weights-only pickler, plus what a full pickle has: objects by class name, parameters,
    numpy scalars, globals. Tensors in ``half`` are written as float16 parameters without grad."""

    def __init__(self, half: set[int]):
        super().__init__({})
        self.half = half
        self.items: list[TensorItem] = []
        self._items: dict[int, TensorItem] = {}
        self._depth = 0

    def save(self, obj: Any) -> None:
        self._depth += 1
        if self._depth > 500:
            raise ConvertError("the object tree is nested too deeply to write back")
        try:
            self._save(obj)
        finally:
            self._depth -= 1

    def _save(self, obj: Any) -> None:
        if isinstance(obj, (NumpyFloat, NumpyInt)):
            fmt = {"f8": "<d", "f4": "<f", "i8": "<q", "i4": "<i", "i2": "<h", "i1": "<b", "u8": "<Q", "u4": "<I",
                   "u2": "<H", "u1": "<B"}[obj.code]
            self.global_("numpy.core.multiarray", "scalar")
            dtype_state = (3, "<", None, None, None, -1, -1, 0)
            self._object(ObjectStub("numpy.dtype", (obj.code, False, True), state=dtype_state))
            self.save(struct.pack(fmt, obj))
            self.out += b"\x86R"
        elif isinstance(obj, TensorRef):
            self._tensor(obj)
        elif isinstance(obj, PickledOrderedDict):
            self.global_("collections", "OrderedDict")
            self.out += b")R"
            self._items_of(list(obj.items()))
            if obj.__dict__:
                self.save(dict(obj.__dict__))
                self.out += b"b"
        elif isinstance(obj, ObjectStub):
            self._object(obj)
        elif isinstance(obj, (GlobalRef, Handler)):
            module, _, name = obj.qualname.rpartition(".")
            self._global(module, name)
        else:
            super().save(obj)

    def _global(self, module: str, name: str) -> None:
        # GLOBAL's text form: one ASCII line each, as the source's own pickle had them at protocol 2
        if not (module + name).isascii() or "\n" in module + name or not module or not name:
            raise ConvertError(f"cannot write back the global {module!r}.{name!r} as protocol 2 text",
                               hint="plain slim (without --keep-structure) keeps the weights")
        self.global_(module, name)

    def _items_of(self, items: list[tuple[Any, Any]]) -> None:
        for start in range(0, len(items), 1000):
            self.out += b"("
            for key, value in items[start:start + 1000]:
                self.save(key)
                self.save(value)
            self.out += b"u"

    def _object(self, stub: ObjectStub) -> None:
        if "(" in stub.cls or "." not in stub.cls:
            raise ConvertError(f"cannot write back an object made by calling {stub.cls!r}",
                               hint="plain slim (without --keep-structure) keeps the weights")
        module, name = _MADE_BY.get(stub.cls) or tuple(stub.cls.rsplit(".", 1))
        self._global(module, name)
        if not stub.args and not stub.kwargs and stub.cls not in _MADE_BY:
            self.out += b")\x81"  # NEWOBJ: cls.__new__(cls), as protocol 2 pickles plain objects
        else:
            self.tuple_(tuple(stub.args))
            self.out += b"R"
        if stub.listitems:
            self.out += b"("
            for value in stub.listitems:
                self.save(value)
            self.out += b"e"
        if stub.items:
            self._items_of(list(stub.items))
        if stub.state is not None:
            self.save(stub.state)
            self.out += b"b"

    def _tensor(self, ref: TensorRef) -> None:
        item = self._items.get(id(ref))
        if item is None:
            half = id(ref) in self.half
            item = TensorItem(str(len(self.items)), ref, by_name("float16") if half else ref.dtype)
            self._items[id(ref)] = item
            self.items.append(item)
            self.storage_keys[id(item)] = str(len(self.storage_keys))
        if ref.is_parameter:
            self.global_("torch._utils", "_rebuild_parameter")
            self.out += b"("
            self.tensor(item)
            self.out += b"\x89" if id(ref) in self.half else (b"\x88" if ref.requires_grad else b"\x89")
            self.global_("collections", "OrderedDict")
            self.out += b")RtR"
        else:
            self.tensor(item)
