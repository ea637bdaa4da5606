"""A weights-only ``torch.save`` zip written without torch: the pickle by hand, storages streamed."""

from __future__ import annotations

import struct
import zlib
from collections import OrderedDict
from collections.abc import Callable
from typing import Any

from ...allowlist import TorchDevice, TorchSize
from ...dtypes import DType
from ...errors import ConvertError
from ...model import contiguous_stride
from .output_files import OutputFiles, Sink
from .source import SourceReader, TensorItem
from .zip_archive import ALIGNMENT, ZipWriter

__all__ = ["write_torch_zip"]


class _Pickler:
    """Protocol 2 opcodes for the data ``torch.load(weights_only=True)`` accepts: dicts,
    ``OrderedDict`` (with its attributes), lists, tuples, sets, str, bytes, bytearray, int, float,
    complex, bool, None, tensors and torch dtypes, sizes and devices."""

    def __init__(self, storage_keys: dict[int, str]):
        self.out = bytearray(b"\x80\x02")
        self.memo: dict[Any, int] = {}
        self.storage_keys = storage_keys  # id(item) -> storage key

    def _memoized(self, key: Any, emit: Callable[[], object]) -> None:
        index = self.memo.get(key)
        if index is not None:
            self.out += b"h" + bytes([index]) if index < 256 else b"j" + struct.pack("<I", index)
            return
        emit()
        index = len(self.memo)
        self.memo[key] = index
        self.out += b"q" + bytes([index]) if index < 256 else b"r" + struct.pack("<I", index)

    def global_(self, module: str, name: str) -> None:
        self._memoized(("global", module, name), lambda: self.out.extend(f"c{module}\n{name}\n".encode("ascii")))

    def string(self, text: str, *, memo: bool = False) -> None:
        raw = text.encode("utf-8", "surrogatepass")

        def emit() -> None:
            self.out += b"X" + struct.pack("<I", len(raw)) + raw

        if memo:
            self._memoized(("str", text), emit)
        else:
            emit()

    def integer(self, value: int) -> None:
        if 0 <= value < 256:
            self.out += b"K" + bytes([value])
        elif 0 <= value < 65536:
            self.out += b"M" + struct.pack("<H", value)
        elif -(1 << 31) <= value < (1 << 31):
            self.out += b"J" + struct.pack("<i", value)
        else:
            n = (value.bit_length() + 8) // 8
            data = value.to_bytes(n, "little", signed=True)
            self.out += b"\x8a" + bytes([len(data)]) + data

    def save(self, obj: Any) -> None:
        out = self.out
        if obj is None:
            out += b"N"
        elif obj is True or obj is False:
            out += b"\x88" if obj else b"\x89"
        elif isinstance(obj, int):
            self.integer(int(obj))
        elif isinstance(obj, float):
            out += b"G" + struct.pack(">d", obj)
        elif isinstance(obj, TorchDevice):
            self._call("torch", "device", (str(obj),))
        elif isinstance(obj, str):
            self.string(obj)
        elif isinstance(obj, TensorItem):
            self.tensor(obj)
        elif isinstance(obj, DType):
            self.global_("torch", obj.name)
        elif isinstance(obj, TorchSize):
            self._call("torch", "Size", (tuple(obj),))
        elif isinstance(obj, tuple):
            self.tuple_(obj)
        elif isinstance(obj, bytes):  # protocol 2's own spelling, which weights_only allows
            self._call("_codecs", "encode", (obj.decode("latin-1"), "latin1"))
        elif isinstance(obj, bytearray):
            self._call("builtins", "bytearray", (bytes(obj),))
        elif isinstance(obj, set):
            self._call("builtins", "set", (list(obj),))
        elif isinstance(obj, complex):
            self._call("builtins", "complex", (obj.real, obj.imag))
        elif isinstance(obj, list):
            out += b"]"
            for start in range(0, len(obj), 1000):
                out += b"("
                for value in obj[start:start + 1000]:
                    self.save(value)
                out += b"e"
        elif isinstance(obj, dict):
            if isinstance(obj, OrderedDict):
                self.global_("collections", "OrderedDict")
                out += b")R"
            else:
                out += b"}"
            items = list(obj.items())
            for start in range(0, len(items), 1000):
                out += b"("
                for key, value in items[start:start + 1000]:
                    self.save(key)
                    self.save(value)
                out += b"u"
            attrs = getattr(obj, "__dict__", None) if isinstance(obj, OrderedDict) else None
            if attrs:  # a state dict's _metadata: BUILD on an OrderedDict, as torch.save writes it
                self.save(dict(attrs))
                out += b"b"
        else:
            raise ConvertError(f"cannot write a {type(obj).__name__} into a weights-only torch file")

    def _call(self, module: str, name: str, args: tuple[Any, ...]) -> None:
        self.global_(module, name)
        self.tuple_(args)
        self.out += b"R"

    def tuple_(self, values: tuple[Any, ...]) -> None:
        if not values:
            self.out += b")"
            return
        if len(values) <= 3:
            for v in values:
                self.save(v)
            self.out += b"\x85\x86\x87"[len(values) - 1:len(values)]
            return
        self.out += b"("
        for v in values:
            self.save(v)
        self.out += b"t"

    def tensor(self, item: TensorItem) -> None:
        out = self.out
        dtype = item.dtype
        key = self.storage_keys[id(item.alias_of or item)]
        storage_class = dtype.storage_class
        typed = storage_class is not None
        shape = tuple(item.shape)
        stride = contiguous_stride(shape)
        self.global_("torch._utils", "_rebuild_tensor_v2" if typed else "_rebuild_tensor_v3")
        out += b"(("
        self.string("storage", memo=True)
        if storage_class is not None:
            self.global_("torch", storage_class)
            numel = item.numel
        else:  # dtypes without a legacy storage class: untyped bytes plus the dtype (torch.save does this)
            self.global_("torch.storage", "UntypedStorage")
            numel = item.nbytes
        self.string(key)
        self.string("cpu", memo=True)  # always cpu: the output loads on machines without the source's GPU
        self.integer(numel)
        out += b"tQ"
        self.integer(0)
        self.tuple_(shape)
        self.tuple_(stride)
        out += b"\x89"
        self.global_("collections", "OrderedDict")
        out += b")R"
        if not typed:
            self.global_("torch", dtype.name)
        out += b"tR"

    def finish(self) -> bytes:
        return bytes(self.out + b".")



def write_torch_zip(out: OutputFiles, path: str, root: Any, items: list[TensorItem], reader: SourceReader,
                    *, folder: str = "archive", pickler: _Pickler | None = None) -> Sink:
    """A ``torch.save`` zip of ``root`` (dicts, lists, scalars and :class:`TensorItem` leaves)
    that ``torch.load(weights_only=True)`` reads; each storage holds exactly its tensor's
    bytes, and aliased items share one storage. A ``pickler`` that has already saved ``root``
    (numbering storages as it met them, in ``items`` order) writes the pickle instead."""
    if pickler is None:
        storage_keys: dict[int, str] = {}
        owners: list[TensorItem] = []
        for item in items:
            if item.alias_of is None and id(item) not in storage_keys:
                storage_keys[id(item)] = str(len(owners))
                owners.append(item)
        pickler = _Pickler(storage_keys)
        pickler.save(root)
    else:
        storage_keys = pickler.storage_keys
        owners = [item for item in items if item.alias_of is None]
    data_pkl = pickler.finish()
    sink = out.create(path)
    z = ZipWriter(sink)
    z.add(f"{folder}/data.pkl", data_pkl)
    z.add(f"{folder}/.format_version", b"1")
    z.add(f"{folder}/.storage_alignment", str(ALIGNMENT).encode())
    z.add(f"{folder}/byteorder", b"little")
    reader.expect(item.ref for item in owners)   # a remote file: the next storages are fetched ahead
    for item in owners:
        z.add_stream(f"{folder}/data/{storage_keys[id(item)]}", item.nbytes, reader.byte_chunks(item.ref, item.dtype))
    z.add(f"{folder}/version", b"3\n")
    # torch writes 40 digits here; derived from the contents, so equal inputs give equal files
    digest = 0
    for record in z.records:
        digest = zlib.crc32(struct.pack("<IQ", record.crc, record.size), digest)
    z.add(f"{folder}/.data/serialization_id", f"{digest:020d}{sink.pos:020d}".encode())
    z.close()
    return sink
