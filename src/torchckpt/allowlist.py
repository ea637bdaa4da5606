"""The allowlist: globals a pickle may name that torchckpt knows are data, mapped to our own
handlers. Nothing here imports the module a global names.

:func:`resolve` is the resolver the unpickler uses. It returns

- a :class:`~torchckpt.unpickler.Handler` for functions and types we re-implement
  (tensor rebuild functions, ``OrderedDict``, ``set``, ``_codecs.encode``, ``torch.Size``...),
- a plain value for globals that *are* values (``torch.float16``, ``torch.FloatStorage``),
- a :class:`~torchckpt.model.GlobalRef` for anything else: calling it can only make a stub.

:data:`SAFE_GLOBALS` lists every qualified name that is plain data; the scanner trusts
exactly these.
"""

from __future__ import annotations

import struct
from collections.abc import Callable
from dataclasses import dataclass, replace

from . import dtypes as _dt
from .dtypes import DType
from .model import GlobalRef, ObjectStub, PickledOrderedDict, StorageRef, TensorRef
from .unpickler import Handler, PlainTensors

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

__all__ = ["DCP_DATA_CLASSES", "SAFE_GLOBALS", "SAFE_STUB_CLASSES", "NumpyFloat", "NumpyInt", "StorageType",
           "TorchDevice", "TorchName", "TorchSize", "resolve"]


@dataclass(frozen=True)
class StorageType:
    """A pickled storage class: ``torch.FloatStorage`` (typed) or ``torch.UntypedStorage``."""

    name: str
    dtype: DType


_MAX_DIMS = 64  # more is no real tensor; the bound keeps a memoised huge tuple from costing per call


# Values that remember the type the pickle built, for torchckpt.load: each is its plain
# Python counterpart (equal, same JSON, same type name in inspect), so every other reader
# treats it as before.
class TorchSize(tuple):  # type: ignore[type-arg]
    """``torch.Size`` from a pickle: a tuple of ints."""

    __slots__ = ()


class TorchDevice(str):
    """``torch.device`` from a pickle: its name (``"cuda:0"``)."""

    __slots__ = ()


class TorchName(str):
    """A torch attribute a pickle names as a value (``"torch.strided"``, ``"torch.channels_last"``)."""

    __slots__ = ()


class NumpyFloat(float):
    """A numpy floating scalar from a pickle; ``code`` is its dtype (``"f4"``)."""

    __slots__ = ("code",)
    code: str


class NumpyInt(int):
    """A numpy integer scalar from a pickle; ``code`` is its dtype (``"i8"``)."""

    code: str


for _kept, _plain in ((TorchSize, tuple), (TorchDevice, str), (TorchName, str), (NumpyFloat, float),
                      (NumpyInt, int)):
    _kept.__name__ = _plain.__name__  # what inspect's type column shows


def _ints(value: Any, what: str) -> tuple[int, ...]:
    if not isinstance(value, (tuple, list)) or len(value) > _MAX_DIMS:
        raise TypeError(f"{what} must be a tuple of ints")
    for v in value:
        if type(v) is not int:
            raise TypeError(f"{what} must be a tuple of ints")
    return tuple(value)


def _storage(value: Any) -> StorageRef:
    if not isinstance(value, StorageRef):
        raise TypeError(f"expected a storage, got {type(value).__name__}")
    return value


def _tensor(storage: Any, offset: Any, size: Any, stride: Any, requires_grad: Any = False, dtype: DType | None = None,
            **extra: Any) -> TensorRef:
    storage = _storage(storage)
    if type(offset) is not int:
        raise TypeError("storage offset must be an int")
    shape, strides = _ints(size, "size"), _ints(stride, "stride")
    if len(shape) != len(strides):
        raise TypeError("size and stride differ in length")
    return TensorRef(dtype or storage.dtype, shape, strides, storage, offset, bool(requires_grad),
                     extra=dict(extra) if extra else None)


def _rebuild_tensor(storage: Any, storage_offset: Any, size: Any, stride: Any) -> TensorRef:
    return _tensor(storage, storage_offset, size, stride)


def _rebuild_tensor_v2(storage: Any, storage_offset: Any, size: Any, stride: Any, requires_grad: Any = False,
                       backward_hooks: Any = None, metadata: Any = None) -> TensorRef:
    return _tensor(storage, storage_offset, size, stride, requires_grad)


def _rebuild_tensor_v3(storage: Any, storage_offset: Any, size: Any, stride: Any, requires_grad: Any,
                       backward_hooks: Any, dtype: Any, metadata: Any = None) -> TensorRef:
    if not isinstance(dtype, DType):
        raise TypeError("dtype must be a torch dtype")
    return _tensor(storage, storage_offset, size, stride, requires_grad, dtype=dtype)


def _as_parameter(data: Any, requires_grad: Any = True) -> TensorRef:
    if not isinstance(data, TensorRef):
        raise TypeError("a Parameter must wrap a tensor")
    return replace(data, requires_grad=bool(requires_grad), is_parameter=True, extra=dict(data.extra))


def _rebuild_parameter(data: Any, requires_grad: Any, backward_hooks: Any) -> TensorRef:
    return _as_parameter(data, requires_grad)


def _rebuild_parameter_with_state(data: Any, requires_grad: Any, backward_hooks: Any, state: Any) -> TensorRef:
    param = _as_parameter(data, requires_grad)
    param.extra["state"] = state
    return param


def _rebuild_from_type_v2(func: Any, new_type: Any, args: Any, state: Any) -> Any:
    if not isinstance(func, Handler):
        raise TypeError("tensor rebuild function is not a known one")
    if not isinstance(args, tuple):
        raise TypeError("rebuild arguments must be a tuple")
    ret = func.call(args)
    if not isinstance(ret, TensorRef):
        return ret
    qual = getattr(new_type, "qualname", "?")
    if qual in ("torch.nn.parameter.Parameter", "torch.nn.Parameter"):
        ret = _as_parameter(ret, ret.requires_grad)
    elif qual not in ("torch.Tensor", "torch._tensor.Tensor", "torch.nn.parameter.Buffer"):
        ret = replace(ret, kind="subclass", extra={**ret.extra, "class": qual})
    if state:
        ret.extra["state"] = state
    return ret


def _rebuild_qtensor(storage: Any, storage_offset: Any, size: Any, stride: Any, quantizer_params: Any,
                     requires_grad: Any, backward_hooks: Any) -> TensorRef:
    ref = _tensor(storage, storage_offset, size, stride, requires_grad, quantizer=quantizer_params)
    ref.kind = "quantized"
    return ref


def _rebuild_sparse_tensor(layout: Any, data: Any) -> TensorRef:
    if not isinstance(data, tuple) or len(data) < 3:
        raise TypeError("sparse data must be a tuple")
    values = data[-2] if len(data) == 4 and not isinstance(data[-1], bool) else data[1]
    size = data[-1] if len(data) == 4 and not isinstance(data[-1], bool) else data[2]
    dtype = values.dtype if isinstance(values, TensorRef) else _dt.by_name("float32")
    return TensorRef(dtype=dtype, shape=_ints(size, "size"), stride=None, storage=None, kind="sparse",
                     extra={"layout": layout, "parts": [p for p in data if isinstance(p, TensorRef)]})


def _rebuild_meta_tensor_no_storage(dtype: Any, size: Any, stride: Any, requires_grad: Any = False) -> TensorRef:
    if not isinstance(dtype, DType):
        raise TypeError("dtype must be a torch dtype")
    return TensorRef(dtype=dtype, shape=_ints(size, "size"), stride=_ints(stride, "stride"), storage=None,
                     requires_grad=bool(requires_grad), kind="meta")


def _rebuild_device_tensor_from_cpu_tensor(data: Any, dtype: Any, device: Any, requires_grad: Any) -> TensorRef:
    if not isinstance(data, TensorRef):
        raise TypeError("expected a tensor")
    return replace(data, requires_grad=bool(requires_grad), extra={**data.extra, "device": device})


def _rebuild_device_tensor_from_numpy(data: Any, dtype: Any, device: Any, requires_grad: Any) -> TensorRef:
    if not isinstance(dtype, DType):
        raise TypeError("dtype must be a torch dtype")
    shape: tuple[int, ...] = ()
    if isinstance(data, ObjectStub) and isinstance(data.state, tuple) and len(data.state) >= 2:
        shape = _ints(data.state[1], "size")
    return TensorRef(dtype=dtype, shape=shape, stride=None, storage=None, requires_grad=bool(requires_grad),
                     kind="numpy", extra={"device": device, "array": data})


def _rebuild_wrapper_subclass(cls: Any, dtype: Any, size: Any, stride: Any, storage_offset: Any, layout: Any,
                              device: Any, requires_grad: Any) -> TensorRef:
    if not isinstance(dtype, DType):
        raise TypeError("dtype must be a torch dtype")
    return TensorRef(dtype=dtype, shape=_ints(size, "size"), stride=_ints(stride, "stride"), storage=None,
                     requires_grad=bool(requires_grad), kind="subclass",
                     extra={"class": getattr(cls, "qualname", "?"), "device": device})


def _rebuild_nested_tensor(buffer: Any, sizes: Any, strides: Any, storage_offsets: Any) -> TensorRef:
    if not isinstance(buffer, TensorRef):
        raise TypeError("expected a tensor")
    return TensorRef(dtype=buffer.dtype, shape=buffer.shape, stride=None, storage=None, kind="nested",
                     extra={"buffer": buffer})


def _torch_size(values: Any = ()) -> TorchSize:
    return TorchSize(_ints(values, "torch.Size"))


def _torch_device(kind: Any, index: Any = None) -> TorchDevice:
    if not isinstance(kind, str) or (index is not None and type(index) is not int):
        raise TypeError("bad device")
    return TorchDevice(kind if index is None or ":" in kind else f"{kind}:{index}")


def _get_layout(name: Any) -> TorchName:
    if not isinstance(name, str):
        raise TypeError("layout must be a string")
    return TorchName(name)


def _codecs_encode(obj: Any, encoding: Any = "utf-8", errors: Any = "strict") -> bytes | ObjectStub:
    # Protocol 2 pickles bytes as _codecs.encode(str, "latin1"); any other codec could import
    # an encodings module, so it stays a stub.
    if isinstance(obj, str) and encoding in ("latin1", "latin-1", "iso-8859-1", "iso8859-1"):
        return obj.encode("latin-1")
    return ObjectStub("_codecs.encode", (obj, encoding))


def _iterate(items: Any) -> list[Any]:
    """What iterating ``items`` yields in CPython, for the types a pickle can build; anything
    else (a stub) we cannot iterate: TypeError, and the caller's global becomes a stub."""
    if isinstance(items, (list, tuple, set, frozenset, dict, str)):
        return list(items)
    if isinstance(items, (bytes, bytearray)):
        return list(items)
    raise TypeError(f"cannot iterate a {type(items).__name__}")


def _hashable_collection(kind: Callable[[list[Any]], Any]) -> Callable[..., Any]:
    def make(items: Any = ()) -> Any:
        return kind(_iterate(items))
    return make


def _pairs(items: Any) -> list[tuple[Any, Any]]:
    """dict(items)'s reading: a mapping's items, else an iterable of 2-item iterables."""
    if isinstance(items, dict):
        return list(items.items())
    pairs = []
    for pair in _iterate(items):
        pair = _iterate(pair)
        if len(pair) != 2:
            raise ValueError("dictionary update sequence element has the wrong length")
        pairs.append((pair[0], pair[1]))
    return pairs


def _ordered_dict(items: Any = ()) -> PickledOrderedDict:
    result = PickledOrderedDict()
    if type(items) is tuple and not items:
        return result  # what torch.save writes once per tensor (its hooks): keep it cheap
    for key, value in _pairs(items):
        result[key] = value
    return result


def _empty_of(kind: Callable[[], Any]) -> Callable[..., Any]:
    # NEWOBJ runs cls.__new__ only: mutable containers start empty, their items come later
    # (SETITEMS/APPENDS/ADDITEMS or BUILD), as in CPython.
    def make(*args: Any, **kwargs: Any) -> Any:
        return kind()
    return make


def _counter(items: Any = None, **kwargs: Any) -> dict[Any, Any]:
    result: dict[Any, Any] = {}
    if isinstance(items, dict):
        result.update(items)
    elif items is not None:
        for item in _iterate(items):
            result[item] = result.get(item, 0) + 1
    result.update(kwargs)
    return result


def _defaultdict(factory: Any = None, *rest: Any, **kwargs: Any) -> dict[Any, Any]:
    # The factory only matters when code later reads a missing key; we never do.
    result = dict(_pairs(rest[0])) if rest else {}
    result.update(kwargs)
    return result


def _complex(real: Any = 0.0, imag: Any = 0.0) -> complex:
    if not isinstance(real, (int, float)) or not isinstance(imag, (int, float)):
        raise TypeError("complex of non-numbers")
    return complex(real, imag)


def _bytearray(value: Any = b"", *rest: Any) -> bytearray:
    if isinstance(value, (bytes, bytearray)):
        return bytearray(value)
    if isinstance(value, str) and rest and rest[0] in ("latin1", "latin-1"):
        return bytearray(value.encode("latin-1"))
    if isinstance(value, list) and all(type(v) is int and 0 <= v < 256 for v in value):
        return bytearray(value)
    raise TypeError("bad bytearray argument")


def _bytes(value: Any = b"", *rest: Any) -> bytes:
    # protocols 0-2 pickle b"" as builtins.bytes(); other forms we do not model become stubs
    if isinstance(value, (bytes, bytearray)) and not rest:
        return bytes(value)
    if isinstance(value, str) and rest and rest[0] in ("latin1", "latin-1", "ascii", "utf-8", "utf8"):
        return value.encode(rest[0])
    if isinstance(value, (list, tuple)) and not rest and all(type(v) is int and 0 <= v < 256 for v in value):
        return bytes(value)
    raise TypeError("bad bytes argument")


def _slice(*args: Any) -> slice:
    if len(args) > 3 or not all(a is None or type(a) is int for a in args):
        raise TypeError("bad slice")
    return slice(*args)


def _range(*args: Any) -> range:
    if not 1 <= len(args) <= 3 or not all(type(a) is int for a in args):
        raise TypeError("bad range")
    return range(*args)


def _stub_of(cls_name: str) -> Callable[..., ObjectStub]:
    def make(*args: Any, **kwargs: Any) -> ObjectStub:
        return ObjectStub(cls_name, args, kwargs=kwargs or None)
    return make


_NUMPY_SCALARS = {"f8": "<d", "f4": "<f", "i8": "<q", "i4": "<i", "i2": "<h", "i1": "<b", "u8": "<Q", "u4": "<I",
                  "u2": "<H", "u1": "<B", "b1": "<?"}


def _numpy_scalar(dtype: Any, raw: Any = None) -> Any:
    code = dtype.args[0] if isinstance(dtype, ObjectStub) and dtype.args and isinstance(dtype.args[0], str) else None
    if code in _NUMPY_SCALARS and isinstance(raw, bytes) and len(raw) == struct.calcsize(_NUMPY_SCALARS[code]):
        value = struct.unpack(_NUMPY_SCALARS[code], raw)[0]
        if code[0] == "f":
            kept: NumpyFloat | NumpyInt = NumpyFloat(value)
        elif code[0] in "iu":
            kept = NumpyInt(value)
        else:
            return value  # numpy.bool_: bool cannot be subclassed, so it reads as a plain bool
        kept.code = code
        return kept
    return ObjectStub("numpy.generic", (dtype, raw))


def _class_name(cls: Any) -> str:
    # The class a stub object is made from: a global's name, or what a stub class stands for
    # (dill's `_load_type('FunctionType')`), so that calling the object is judged by it.
    if isinstance(cls, ObjectStub):
        return cls.cls
    return getattr(cls, "qualname", "?")


def _reconstructor(cls: Any, base: Any, state: Any = None) -> Any:
    # copyreg._reconstructor: how protocols 0 and 1 pickle plain objects.
    if isinstance(cls, Handler):
        return cls.new(() if state is None else (state,))
    return ObjectStub(_class_name(cls), () if state is None else (state,))


def _jit_list(values: Any) -> list[Any]:
    # TorchScript pickles typed lists as torch.jit._pickle.build_intlist([...]) and friends
    if not isinstance(values, list):
        raise TypeError("expected a list")
    return values


def _restore_type_tag(value: Any, type_str: Any = None) -> Any:
    return value


def _load_from_bytes(data: Any) -> StorageRef:
    # pickle.dump(tensor) stores each storage as a whole legacy torch.save inside bytes; we
    # read those bytes with our own reader instead of torch.load(weights_only=False).
    from .formats.torch_legacy import storage_from_bytes

    return storage_from_bytes(data)


def _newobj(cls: Any, *args: Any) -> Any:
    if isinstance(cls, Handler):
        return cls.new(args)
    return ObjectStub(_class_name(cls), args)


def _newobj_ex(cls: Any, args: Any = (), kwargs: Any = None) -> Any:
    if isinstance(cls, Handler):
        return cls.new(tuple(args), kwargs)
    return ObjectStub(_class_name(cls), tuple(args), kwargs=kwargs)


_REBUILDERS: dict[str, Callable[..., TensorRef]] = {
    "_rebuild_tensor": _rebuild_tensor,
    "_rebuild_tensor_v2": _rebuild_tensor_v2,
    "_rebuild_tensor_v3": _rebuild_tensor_v3,
    "_rebuild_parameter": _rebuild_parameter,
    "_rebuild_parameter_with_state": _rebuild_parameter_with_state,
    "_rebuild_qtensor": _rebuild_qtensor,
    "_rebuild_sparse_tensor": _rebuild_sparse_tensor,
    "_rebuild_meta_tensor_no_storage": _rebuild_meta_tensor_no_storage,
    "_rebuild_device_tensor_from_cpu_tensor": _rebuild_device_tensor_from_cpu_tensor,
    "_rebuild_device_tensor_from_numpy": _rebuild_device_tensor_from_numpy,
    "_rebuild_xla_tensor": _rebuild_device_tensor_from_numpy,
    "_rebuild_wrapper_subclass": _rebuild_wrapper_subclass,
    "_rebuild_nested_tensor": _rebuild_nested_tensor,
}

# Classes that stay stubs but are known to hold only data (no code runs when pickle builds them
# beyond the class's own, well-known __setstate__/__reduce__).
SAFE_STUB_CLASSES = frozenset({
    "argparse.Namespace",
    "pathlib.Path", "pathlib.PosixPath", "pathlib.WindowsPath", "pathlib.PurePath", "pathlib.PurePosixPath",
    "pathlib.PureWindowsPath",
    "datetime.datetime", "datetime.date", "datetime.time", "datetime.timedelta", "datetime.timezone",
    "decimal.Decimal", "fractions.Fraction", "uuid.UUID",
    "numpy.ndarray", "numpy.dtype", "numpy.generic",
    "numpy.core.multiarray._reconstruct", "numpy._core.multiarray._reconstruct",
    "numpy.core.multiarray.scalar", "numpy._core.multiarray.scalar",
    "collections.deque",
    "torch.nn.parameter.Parameter", "torch.Tensor", "torch._tensor.Tensor", "torch.nn.parameter.Buffer",
})


# --- dill ---------------------------------------------------------------------------------------
# ultralytics saves with pickle_module=dill; at protocol 2 dill writes the builtin types that
# reduce by type (a module's `_non_persistent_buffers_set = set()`) as `dill._dill._load_type(
# 'set')`. That helper is a table lookup of a type by name: for the data types it resolves to the
# same handlers as the builtins. Every other name (CodeType, FunctionType, map, type...) gives a
# stub named `dill._dill._load_type.<name>`: calling it is an indirect call the scanner judges by
# that name (dill: dangerous). dill's other helpers (_create_code, _create_function, _get_attr,
# _create_type, _eval_repr, _import_module...) build code or reach attributes: not in the table.
def _dill_list(items: Any = ()) -> list[Any]:
    if not isinstance(items, (list, tuple)):
        raise TypeError(f"list of a {type(items).__name__}")
    return list(items)


def _dill_tuple(items: Any = ()) -> tuple[Any, ...]:
    if not isinstance(items, (list, tuple)):
        raise TypeError(f"tuple of a {type(items).__name__}")
    return tuple(items)


def _dill_dict(items: Any = ()) -> dict[Any, Any]:
    result = _ordered_dict(items)
    return dict(result)


def _dill_scalar(kind: type) -> Callable[..., Any]:
    def make(*args: Any) -> Any:
        value = args[0] if args else kind()
        if len(args) > 1 or type(value) not in (bool, int, float, str):
            raise TypeError(f"{kind.__name__} of a {type(value).__name__}")
        if kind is int and type(value) is str:
            raise TypeError("int of a str")  # unbounded parsing; dill never writes it
        return kind(value)
    return make


_DILL_DATA_TYPES = {"list": _dill_list, "tuple": _dill_tuple, "dict": _dill_dict, "bool": _dill_scalar(bool),
                    "int": _dill_scalar(int), "float": _dill_scalar(float), "str": _dill_scalar(str)}
_DILL_BUILTINS = ("set", "frozenset", "bytes", "bytearray", "complex", "slice", "range")
_DILL_SINGLETONS = {"NoneType": None, "EllipsisType": Ellipsis, "NotImplementedType": NotImplemented}


def _dill_load_type(name: Any) -> Any:
    if not isinstance(name, str):
        raise TypeError("dill._dill._load_type needs a type name")
    if name in _DILL_BUILTINS:
        return _TABLE[("builtins", name)]
    if name in _DILL_DATA_TYPES:
        return Handler("builtins", name, _DILL_DATA_TYPES[name])
    if name in _DILL_SINGLETONS:
        value = _DILL_SINGLETONS[name]
        return Handler("builtins", name, lambda: value)
    if name == "object":
        return Handler("builtins", "object")  # a base class argument (copyreg._reconstructor): a stub
    return ObjectStub(f"dill._dill._load_type.{name}")


# torch.distributed.checkpoint's ``.metadata`` pickle: dataclasses and enums that hold only data.
# Unpickling them runs no code of theirs beyond dataclass attribute setting and
# TensorProperties.__setstate__ (which unpacks a 5-tuple); calling one runs its dataclass
# __init__ (MetadataIndex turns its offset into a torch.Size). The set is what
# torch.distributed.checkpoint.save writes with every planner and storage writer of torch 2.13
# (DefaultSavePlanner with and without flattening or dedup, FileSystemWriter with torch_save or
# safetensors serialization, one or many files per rank), plus the names torch < 2.2 pickled
# TensorProperties under (still importable in 2.13, so old checkpoints load).
DCP_DATA_CLASSES = frozenset({
    "torch.distributed.checkpoint.metadata.Metadata",
    "torch.distributed.checkpoint.metadata.StorageMeta",
    "torch.distributed.checkpoint.metadata.MetadataIndex",
    "torch.distributed.checkpoint.metadata.TensorStorageMetadata",
    "torch.distributed.checkpoint.metadata.BytesStorageMetadata",
    "torch.distributed.checkpoint.metadata.ChunkStorageMetadata",
    "torch.distributed.checkpoint.metadata.TensorProperties",
    "torch.distributed.checkpoint.metadata._MEM_FORMAT_ENCODING",
    "torch.distributed.checkpoint.filesystem._StorageInfo",
    "torch.distributed.checkpoint.filesystem._StoragePrefix",
    "torch.distributed._shard.sharded_tensor.metadata.TensorProperties",
    "torch.distributed._shard.sharded_tensor.metadata.MEM_FORMAT_ENCODING",
    # Stateful objects put torch.save output in an io.BytesIO (torchtitan's TrainState): an
    # in-memory buffer; the scanner judges the bytes it holds
    "_io.BytesIO", "io.BytesIO",
})


def _build_table() -> dict[tuple[str, str], Any]:
    table: dict[tuple[str, str], Any] = {}

    def fn(module: str, name: str, call: Callable[..., Any] | None = None, **kw: Any) -> None:
        table[(module, name)] = Handler(module, name, call, **kw)

    def walker(module: str, name: str, call: Callable[..., Any] | None = None, **kw: Any) -> None:
        # iterates or hashes its container arguments: charged for them, hash-guarded
        fn(module, name, call, walks=True, **kw)

    for name, func in _REBUILDERS.items():
        fn("torch._utils", name, func)
    fn("torch._tensor", "_rebuild_from_type_v2", _rebuild_from_type_v2)
    fn("torch.nn.parameter", "Parameter", _as_parameter)
    fn("torch", "Size", _torch_size)
    fn("torch", "device", _torch_device)
    fn("torch.serialization", "_get_layout", _get_layout)
    fn("torch.storage", "_load_from_bytes", _load_from_bytes)
    for name in ("build_intlist", "build_doublelist", "build_boollist", "build_tensorlist", "build_complexlist"):
        fn("torch.jit._pickle", name, _jit_list)
    fn("torch.jit._pickle", "restore_type_tag", _restore_type_tag)
    walker("collections", "OrderedDict", _ordered_dict, new=_empty_of(PickledOrderedDict))
    walker("collections", "Counter", _counter, new=_empty_of(dict))
    walker("collections", "defaultdict", _defaultdict, new=_empty_of(dict))
    walker("builtins", "set", _hashable_collection(set), new=_empty_of(set))
    walker("builtins", "frozenset", _hashable_collection(frozenset))
    walker("builtins", "bytearray", _bytearray, new=_empty_of(bytearray))
    walker("builtins", "bytes", _bytes)
    fn("builtins", "complex", _complex)
    fn("builtins", "slice", _slice)
    fn("builtins", "range", _range)
    walker("_codecs", "encode", _codecs_encode)
    walker("copyreg", "_reconstructor", _reconstructor)
    walker("copyreg", "__newobj__", _newobj)
    walker("copyreg", "__newobj_ex__", _newobj_ex)
    for module in ("numpy.core.multiarray", "numpy._core.multiarray"):
        fn(module, "_reconstruct", _stub_of("numpy.ndarray"))
        fn(module, "scalar", _numpy_scalar)
    fn("numpy", "dtype", _stub_of("numpy.dtype"))
    fn("dill._dill", "_load_type", _dill_load_type)
    for qual in SAFE_STUB_CLASSES | DCP_DATA_CLASSES:
        module, _, name = qual.rpartition(".")
        if (module, name) not in table:
            fn(module, name, _stub_of(qual))
    # values: dtypes, storage classes, layouts, qschemes
    for d in _dt._TABLE:
        table[("torch", d.name)] = d
        if d.storage_class:
            for module in ("torch", "torch.cuda"):
                table[(module, d.storage_class)] = StorageType(d.storage_class, d)
    for alias, name in (("float", "float32"), ("half", "float16"), ("double", "float64"), ("long", "int64"),
                        ("int", "int32"), ("short", "int16"), ("cfloat", "complex64"), ("cdouble", "complex128")):
        table[("torch", alias)] = _dt.by_name(name)
    table[("torch", "UntypedStorage")] = StorageType("UntypedStorage", _dt.UINT8)
    table[("torch.storage", "UntypedStorage")] = StorageType("UntypedStorage", _dt.UINT8)
    for name in ("strided", "sparse_coo", "sparse_csr", "sparse_csc", "sparse_bsr", "sparse_bsc", "_mkldnn",
                 "per_tensor_affine", "per_tensor_symmetric", "per_channel_affine", "per_channel_symmetric",
                 "per_channel_affine_float_qparams", "contiguous_format", "channels_last", "preserve_format"):
        table[("torch", name)] = TorchName(f"torch.{name}")
    return table


_TABLE = _build_table()

# _load_from_bytes is readable (we parse its bytes ourselves) but not safe: torch.load runs a
# nested torch.load(weights_only=False) on them, so the scanner must judge the nested bytes.
SAFE_GLOBALS = (frozenset(f"{m}.{n}" for (m, n) in _TABLE) | frozenset({"builtins.object", "numpy.ndarray"})) - {
    "torch.storage._load_from_bytes"}


def plain_tensors(load: Any) -> PlainTensors | None:
    """What lets a plain reader build torch.save's tensors itself, given a storage loader with a
    ``plain`` lookup (:func:`torchckpt.formats.torch_zip.storage_loader`); None without one."""
    storage = getattr(load, "plain", None)
    if storage is None:
        return None
    return PlainTensors(_TABLE[("torch._utils", "_rebuild_tensor_v2")], _TABLE[("collections", "OrderedDict")],
                        storage)


def resolve(module: str, name: str) -> Any:
    """The resolver for :class:`~torchckpt.unpickler.Unpickler`: known data, else a GlobalRef."""
    found = _TABLE.get((module, name))
    if found is not None:
        return found
    return GlobalRef(module, name)
