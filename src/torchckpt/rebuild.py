"""Rebuilding a reader's tree with real data types, without torch and without running anything.

:class:`Builder` walks the tree once per node (a node the pickle shares stays shared) and
turns allowlisted data types into their real types: ``OrderedDict``, ``argparse.Namespace``,
``types.SimpleNamespace``, numpy arrays/scalars/dtypes, pathlib paths, datetimes, ``Decimal``,
``Fraction``, ``UUID``, ``deque``, and builtin types named as values (dill's ``_load_type``).
Each is built by the type's own constructor from plain data, never through the callables the pickle names.
Other objects stay :class:`~torchckpt.model.ObjectStub` (their parts rebuilt), their classes
collected in ``unresolved``. Torch values (tensors, dtypes, sizes) are left to :meth:`Builder.leaf`,
which ``torchckpt.load`` overrides.
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
from collections.abc import Callable
from typing import Any

import numpy as np

from .allowlist import NumpyFloat, NumpyInt, TorchSize
from .errors import CorruptFileError
from .model import GlobalRef, ObjectStub, PickledOrderedDict
from .unpickler import Handler

__all__ = ["KNOWN_TYPES", "Builder"]


# --- building -------------------------------------------------------------------------------------
class Builder:
    """Rebuilds the tree once per node: a node the pickle shares (memo) is shared in the result."""

    def __init__(self) -> None:
        self.done: dict[int, Any] = {}
        self.keep: list[Any] = []  # the nodes behind `done`'s ids stay alive while building
        self.unresolved: set[str] = set()

    def build(self, node: Any, where: str) -> Any:
        kind = type(node)
        if kind in (str, int, float, bool, bytes, type(None), complex):
            return node
        key = id(node)
        if key in self.done:
            return self.done[key]
        self.keep.append(node)
        result = self._build(node, where)
        self.done[key] = result
        return result

    def _remember(self, node: Any, result: Any) -> Any:
        self.done[id(node)] = result
        return result

    def _build(self, node: Any, where: str) -> Any:
        if isinstance(node, PickledOrderedDict):
            out_od: collections.OrderedDict[Any, Any] = self._remember(node, collections.OrderedDict())
            for k, v in node.items():
                out_od[self.key(k, where)] = self.build(v, f"{where}.{k}")
            out_od.__dict__.update({k: self.build(v, where) for k, v in node.__dict__.items()})
            return out_od
        if isinstance(node, dict):
            out: dict[Any, Any] = self._remember(node, {})
            for k, v in node.items():
                out[self.key(k, where)] = self.build(v, f"{where}.{k}")
            return out
        if isinstance(node, list):
            items: list[Any] = self._remember(node, [])
            items.extend(self.build(v, f"{where}.{i}") for i, v in enumerate(node))
            return items
        leaf = self.leaf(node, where)
        if leaf is not node or isinstance(node, TorchSize):
            return leaf
        if isinstance(node, tuple):
            return tuple(self.build(v, f"{where}.{i}") for i, v in enumerate(node))
        if isinstance(node, (set, frozenset)):
            return type(node)(self.key(v, where) for v in node)
        if isinstance(node, NumpyFloat | NumpyInt):
            return np.dtype(node.code).type(node)
        if isinstance(node, ObjectStub):
            return self._object(node, where)
        if isinstance(node, (Handler, GlobalRef)):
            found = KNOWN_TYPES.get(node.qualname)
            if found is None:
                self.unresolved.add(node.qualname)
                return node
            return found
        return node  # bytearray, slice, range, Decimal... already real

    def key(self, node: Any, where: str) -> Any:
        """A dict key or set member, rebuilt; it must stay hashable (a stub is, by identity; an
        array rebuilt from one is not, and pickle would fail there too)."""
        value = self.build(node, where)
        try:
            hash(value)
        except TypeError:
            raise CorruptFileError(f"{where.lstrip('.') or '(root)'}: a dict key or set member is a "
                                   f"{type(value).__name__}, which cannot be one") from None
        return value

    def leaf(self, node: Any, where: str) -> Any:
        """Torch values (tensors, dtypes, sizes...): returned as they are here."""
        return node

    def _object(self, stub: ObjectStub, where: str) -> Any:
        make = MAKERS.get(stub.cls)
        if make is not None:
            try:
                return make(self, stub, where)
            except (TypeError, ValueError, OverflowError, AttributeError, KeyError, IndexError):
                pass  # not the data the class's own pickling writes: keep it a stub
        self.unresolved.add(stub.cls)
        out = self._remember(stub, ObjectStub(stub.cls))
        out.args = tuple(self.build(a, where) for a in stub.args)
        out.state = self.build(stub.state, where)
        out.items = [(self.build(k, where), self.build(v, f"{where}.{k}")) for k, v in stub.items]
        out.listitems = [self.build(v, where) for v in stub.listitems]
        out.kwargs = None if stub.kwargs is None else self.build(stub.kwargs, where)
        return out


# --- allowlisted data types -----------------------------------------------------------------------
def _parts(b: Builder, stub: ObjectStub, where: str) -> tuple[tuple[Any, ...], Any]:
    return tuple(b.build(a, where) for a in stub.args), b.build(stub.state, where)


def _namespace(kind: type) -> Callable[[Builder, ObjectStub, str], Any]:
    def make(b: Builder, stub: ObjectStub, where: str) -> Any:
        out = b._remember(stub, kind())
        state = b.build(stub.state, where)
        if state is not None:
            if not isinstance(state, dict) or not all(isinstance(k, str) for k in state):
                raise TypeError("namespace state must be a dict of names")
            out.__dict__.update(state)
        return out
    return make


def _by_args(kind: type) -> Callable[[Builder, ObjectStub, str], Any]:
    def make(b: Builder, stub: ObjectStub, where: str) -> Any:
        args, state = _parts(b, stub, where)
        if state is not None or stub.items or stub.listitems or stub.kwargs:
            raise TypeError("unexpected state")
        if not all(isinstance(a, (str, bytes, int, float, datetime.timedelta, datetime.tzinfo, type(None)))
                   for a in args):
            raise TypeError("constructor arguments must be plain data")
        return kind(*args)
    return make


def _pure_path(b: Builder, stub: ObjectStub, where: str) -> Any:
    kind = getattr(pathlib, stub.cls.rpartition(".")[2])
    # A WindowsPath cannot exist on POSIX (nor a PosixPath on Windows): the pure flavour can.
    if kind is pathlib.WindowsPath and os.name != "nt":
        kind = pathlib.PureWindowsPath
    elif kind is pathlib.PosixPath and os.name == "nt":
        kind = pathlib.PurePosixPath
    args, state = _parts(b, stub, where)
    if state is not None or not all(isinstance(a, str) for a in args):
        raise TypeError("path parts must be strings")
    return kind(*args)


def _uuid(b: Builder, stub: ObjectStub, where: str) -> Any:
    _, state = _parts(b, stub, where)
    if not isinstance(state, dict) or not isinstance(state.get("int"), int):
        raise TypeError("bad UUID state")
    return uuid.UUID(int=state["int"], is_safe=uuid.SafeUUID(state.get("is_safe")))


def _deque(b: Builder, stub: ObjectStub, where: str) -> Any:
    args, _ = _parts(b, stub, where)
    items = list(args[0]) if args and args[0] is not None else []
    maxlen = args[1] if len(args) > 1 else None
    if maxlen is not None and type(maxlen) is not int:
        raise TypeError("bad deque maxlen")
    out: collections.deque[Any] = collections.deque(items, maxlen)
    out.extend(b.build(v, where) for v in stub.listitems)
    return out


def _np_dtype(b: Builder, stub: ObjectStub, where: str) -> Any:
    args, state = _parts(b, stub, where)
    if not args or not isinstance(args[0], str):
        raise TypeError("bad numpy dtype")
    out = np.dtype(args[0], *(bool(a) for a in args[1:3]))
    if state is not None:
        out.__setstate__(state)  # type: ignore[attr-defined]  # numpy's own: byte order, fields (plain data)
    return out


def _np_array(b: Builder, stub: ObjectStub, where: str) -> Any:
    # numpy.core.multiarray._reconstruct(ndarray, (0,), b'b') + __setstate__: what pickle does
    args, state = _parts(b, stub, where)
    if not args or getattr(stub.args[0], "qualname", None) not in ("numpy.ndarray",):
        raise TypeError("an ndarray subclass")
    if not isinstance(state, tuple) or len(state) != 5 or not isinstance(state[2], np.dtype):
        raise TypeError("bad ndarray state")
    out = np.ndarray((0,), dtype="b")
    out.__setstate__(state)
    return out


def _np_frombuffer(b: Builder, stub: ObjectStub, where: str) -> Any:
    # protocol 5 pickles arrays as numpy's _frombuffer(buffer, dtype, shape, order)
    args, state = _parts(b, stub, where)
    if len(args) != 4 or not isinstance(args[0], (bytes, bytearray)) or not isinstance(args[1], np.dtype) \
            or args[1].hasobject or args[3] not in ("C", "F") or state is not None:
        raise TypeError("bad numpy buffer")
    return np.frombuffer(args[0], dtype=args[1]).reshape(args[2], order=args[3])


def _np_scalar(b: Builder, stub: ObjectStub, where: str) -> Any:
    args, _ = _parts(b, stub, where)
    if len(args) != 2 or not isinstance(args[0], np.dtype) or not isinstance(args[1], bytes) \
            or args[0].hasobject or len(args[1]) != args[0].itemsize:
        raise TypeError("bad numpy scalar")
    return np.frombuffer(args[1], dtype=args[0])[0].copy()


MAKERS: dict[str, Callable[[Builder, ObjectStub, str], Any]] = {
    "argparse.Namespace": _namespace(argparse.Namespace),
    "types.SimpleNamespace": _namespace(types.SimpleNamespace),
    "numpy.ndarray": _np_array,
    "numpy.dtype": _np_dtype,
    "numpy.generic": _np_scalar,
    "numpy.core.numeric._frombuffer": _np_frombuffer,
    "numpy._core.numeric._frombuffer": _np_frombuffer,
    "decimal.Decimal": _by_args(decimal.Decimal),
    "fractions.Fraction": _by_args(fractions.Fraction),
    "uuid.UUID": _uuid,
    "collections.deque": _deque,
    **{f"datetime.{k.__name__}": _by_args(k) for k in (datetime.datetime, datetime.date, datetime.time,
                                                        datetime.timedelta, datetime.timezone)},
    **{f"pathlib.{n}": _pure_path for n in ("Path", "PosixPath", "WindowsPath", "PurePath", "PurePosixPath",
                                            "PureWindowsPath")},
}

# Types a pickle may name as values (not call) that are data: what the allowlist resolves them
# to carries the name (dill's ``_load_type('dict')`` included, as ``builtins.dict``).
KNOWN_TYPES: dict[str, Any] = {
    "collections.OrderedDict": collections.OrderedDict, "argparse.Namespace": argparse.Namespace,
    "types.SimpleNamespace": types.SimpleNamespace,
    **{f"builtins.{t.__name__}": t for t in (
        dict, list, tuple, set, frozenset, str, bytes, bytearray, int, float, complex, bool, object, slice, range)},
    "builtins.NoneType": type(None), "builtins.EllipsisType": type(Ellipsis),
    "builtins.NotImplementedType": type(NotImplemented),
}
