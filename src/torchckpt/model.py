"""The object model: what a file's pickle turns into when nothing in it is allowed to run.

- :class:`StorageRef`: a lazy reference to a storage's bytes (a zip entry, a range of a
  legacy file, a safetensors slice); nothing is read until asked.
- :class:`TensorRef`: dtype, shape, stride and offset over a storage.
- :class:`ObjectStub`: an instance of a class the allowlist does not know (or a
  ``torch.nn.Module``): it keeps the qualified class name and the pickled state.
- :class:`GlobalRef`: a global (class or function) named by the pickle but never imported.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from .dtypes import DType
from .errors import CorruptFileError, UnsupportedTensorError

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, Protocol

    import numpy as np

    from .vocab import TensorKind

__all__ = ["GlobalRef", "ObjectStub", "PickledOrderedDict", "StorageRef", "TensorRef"]


if TYPE_CHECKING:  # a type only: no runtime class (typing stays off the start-up path)
    class ByteSource(Protocol):
        """Where a storage's bytes live. ``view`` must not copy when the bytes are on disk as-is."""

        def view(self, offset: int, nbytes: int) -> memoryview: ...


@dataclass(eq=False, slots=True)
class StorageRef:
    """A storage as the file records it: ``nbytes`` of ``dtype`` elements at ``location``.

    ``base``/``base_offset`` describe legacy storage views (a slice of another storage).
    """

    key: str
    dtype: DType
    location: str
    nbytes: int
    source: ByteSource | None = field(default=None, repr=False)
    byteorder: str = "little"
    base: StorageRef | None = field(default=None, repr=False)
    base_offset: int = 0

    @property
    def root(self) -> StorageRef:
        return self.base.root if self.base is not None else self

    def span(self) -> tuple[Any, int, int] | None:
        """``(buf, start, stop)``: where the storage's bytes lie in the buffer its root's source
        reads (a file's map), found without touching them; None when they are not there as-is
        (a deflated entry, bytes in memory) or lie out of the source's bounds (:meth:`buffer`
        then raises the reader's own error)."""
        root, offset = self, 0
        while root.base is not None:
            offset += root.base_offset
            root = root.base
        span = getattr(root.source, "span", None)
        where = span() if span is not None else None
        if where is None or offset < 0 or offset + self.nbytes > where[1] - where[0]:
            return None
        start = int(where[0]) + offset
        return getattr(root.source, "buf", None), start, start + self.nbytes

    def buffer(self) -> memoryview:
        """The storage's bytes, zero-copy where the file allows it."""
        if self.base is not None:
            return self.base.buffer()[self.base_offset:self.base_offset + self.nbytes]
        if self.source is None:
            raise CorruptFileError(f"storage {self.key!r} has no data in the file")
        return self.source.view(0, self.nbytes)


@dataclass(eq=False, slots=True, init=False)
class TensorRef:
    """A tensor as the file describes it; ``numpy()`` materializes it.

    ``kind`` is ``dense`` for ordinary tensors; ``sparse``, ``meta``, ``quantized``,
    ``nested`` and ``subclass`` tensors are reported with their shape but may not
    materialize. ``offset`` is in elements of ``dtype``, like ``Tensor.storage_offset()``.
    ``extra``: what else the file says about the tensor (a dict, empty for most).
    """

    dtype: DType
    shape: tuple[int, ...]
    stride: tuple[int, ...] | None
    storage: StorageRef | None
    offset: int = 0
    requires_grad: bool = False
    is_parameter: bool = False
    kind: TensorKind = "dense"
    extra: dict[str, Any] = field(default_factory=dict, repr=False)
    # the dotted name :meth:`Checkpoint.tensors` found it under first ("" until then), for
    # messages; a slot, not an ``extra`` key: a dict per tensor doubles a 100k-tensor file's memory
    name: str = field(default="", repr=False)

    def __init__(self, dtype: DType, shape: tuple[int, ...], stride: tuple[int, ...] | None,
                 storage: StorageRef | None, offset: int = 0, requires_grad: bool = False,
                 is_parameter: bool = False, kind: TensorKind = "dense", extra: dict[str, Any] | None = None,
                 name: str = ""):
        # (one store each: a tuple packed and unpacked costs more, 100k tensors at a time)
        self.dtype = dtype
        self.shape = shape
        self.stride = stride
        self.storage = storage
        self.offset = offset
        self.requires_grad = requires_grad
        self.is_parameter = is_parameter
        self.kind = kind
        if extra is not None:
            self.extra = extra
        # else the slot stays empty until read (__getattr__): most tensors never have extras, and
        # an empty dict each is 6 MB of a 100k-tensor file
        self.name = name

    if not TYPE_CHECKING:  # (to type checkers every attribute is declared: no catch-all)
        def __getattr__(self, attr: str) -> Any:
            if attr == "extra":   # the empty slot, read for the first time
                extra: dict[str, Any] = {}
                self.extra = extra
                return extra
            raise AttributeError(f"{type(self).__name__!r} object has no attribute {attr!r}")

    @property
    def numel(self) -> int:
        return math.prod(self.shape)

    @property
    def nbytes(self) -> int:
        """Bytes of the tensor's own elements (not of its storage)."""
        return self.numel * self.dtype.itemsize

    @property
    def location(self) -> str:
        return self.storage.location if self.storage is not None else ("meta" if self.kind == "meta" else "cpu")

    @property
    def is_contiguous(self) -> bool:
        if self.stride is None:
            return True
        expected = 1
        for size, step in zip(reversed(self.shape), reversed(self.stride)):
            if size != 1 and step != expected:
                return False
            expected *= size
        return True

    @property
    def span_bytes(self) -> int:
        """Bytes from the first to one past the last element this tensor touches in its storage."""
        if self.numel == 0:
            return 0
        stride = self.stride if self.stride is not None else contiguous_stride(self.shape)
        last = sum((size - 1) * step for size, step in zip(self.shape, stride))
        return (last + 1) * self.dtype.itemsize

    def check_bounds(self) -> None:
        """Raise if shape/stride/offset reach outside the storage (a corrupt or hostile file)."""
        if self.storage is None:
            return
        shape, stride = self.shape, self.stride
        if self.offset < 0 or min(shape, default=0) < 0 or (stride is not None and min(stride, default=0) < 0):
            raise CorruptFileError("tensor has a negative size, stride or offset")
        # contiguous (most tensors, called once each on load): the span is the element count
        span = math.prod(shape) * self.dtype.itemsize if stride is None else self.span_bytes
        end = self.offset * self.dtype.itemsize + span
        if end > self.storage.nbytes:
            raise CorruptFileError(
                f"tensor of shape {list(self.shape)} reaches byte {end} of a {self.storage.nbytes}-byte storage")

    def numpy(self, *, raw: bool = False) -> np.ndarray:
        """Materialize as a numpy array: a read-only zero-copy view when the bytes allow it.

        numpy has no bfloat16 or float8: those decode exactly to float32 unless ``raw=True``,
        which returns the bit patterns as unsigned integers of the same width.

        >>> ckpt = torchckpt.open("model.pt")          # doctest: +SKIP
        >>> ckpt.get("fc.weight").numpy().shape         # doctest: +SKIP
        (10, 512)
        """
        import numpy as np

        if self.kind not in ("dense", "subclass", "quantized"):  # quantized: the integer representation
            raise UnsupportedTensorError(self.name or "?", self.kind)
        if self.storage is None:
            raise UnsupportedTensorError(self.name or "?", "storage-less")
        self.check_bounds()
        decode = self.dtype.numpy is None and not raw
        code = self.dtype.raw if (raw or self.dtype.numpy is None) else self.dtype.numpy
        big = self.storage.byteorder == "big" and self.dtype.itemsize > 1
        npdtype = np.dtype(code)
        if big:
            npdtype = npdtype.newbyteorder(">")
        itemsize = self.dtype.itemsize
        stride = self.stride if self.stride is not None else contiguous_stride(self.shape)
        if self.numel == 0:
            array = np.empty(self.shape, dtype=npdtype)
        else:
            start = self.offset * itemsize
            buf = self.storage.buffer()[start:start + self.span_bytes]
            flat = np.frombuffer(buf, dtype=npdtype)
            array = np.lib.stride_tricks.as_strided(
                flat, shape=self.shape, strides=tuple(s * itemsize for s in stride), writeable=False)
        if big:
            array = array.astype(npdtype.newbyteorder("<"))
        if decode:
            from .dtypes import decode_to_float32

            array = decode_to_float32(array, self.dtype)
        return array


def contiguous_stride(shape: tuple[int, ...]) -> tuple[int, ...]:
    """The strides of a C-contiguous tensor of ``shape``, in elements."""
    stride, acc = [], 1
    for size in reversed(shape):
        stride.append(acc)
        acc *= max(size, 1)
    return tuple(reversed(stride))


@dataclass(eq=False, slots=True)
class GlobalRef:
    """A global the pickle names (``module.name``); it is never imported."""

    module: str
    name: str

    @property
    def qualname(self) -> str:
        return f"{self.module}.{self.name}"

    def __repr__(self) -> str:
        return f"<global {self.qualname}>"


@dataclass(eq=False)
class ObjectStub:
    """An object of a class torchckpt will not instantiate.

    ``args`` are the constructor arguments the pickle gave, ``state`` what ``BUILD`` set
    (usually the instance ``__dict__``), ``items``/``listitems`` what ``SETITEMS``/``APPENDS``
    added. ``torch.nn.Module`` instances are stubs too: :attr:`is_module` tells.
    """

    cls: str
    args: tuple[Any, ...] = ()
    state: Any = None
    items: list[tuple[Any, Any]] = field(default_factory=list, repr=False)
    listitems: list[Any] = field(default_factory=list, repr=False)
    kwargs: dict[str, Any] | None = field(default=None, repr=False)
    # Set by readers that know the class's state_dict layout (TorchScript's code files).
    named_children: list[tuple[str, Any]] | None = field(default=None, repr=False)

    @property
    def attrs(self) -> dict[str, Any]:
        """The instance attributes (the dict part of the pickled state)."""
        state = self.state
        if isinstance(state, tuple) and len(state) == 2 and isinstance(state[1], dict):
            merged = dict(state[0]) if isinstance(state[0], dict) else {}
            merged.update(state[1])  # (dict, slots) form
            return merged
        return state if isinstance(state, dict) else {}

    @property
    def is_module(self) -> bool:
        if self.named_children is not None:
            return True
        attrs = self.attrs
        return isinstance(attrs.get("_parameters"), dict) and isinstance(attrs.get("_modules"), dict)

    def __repr__(self) -> str:
        return f"<{self.cls} (stub)>"


class PickledOrderedDict(dict):  # type: ignore[type-arg]  # dict[Any, Any] needs typing at run time
    """``collections.OrderedDict`` from a pickle; keeps attributes such as torch's ``_metadata``.

    A ``dict`` subclass: dicts keep insertion order, and an OrderedDict costs several times the
    memory (a state dict pickles one empty OrderedDict of hooks per tensor)."""
