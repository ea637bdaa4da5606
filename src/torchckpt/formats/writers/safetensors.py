"""A safetensors file: the JSON header first (offsets follow from the shapes), then the bytes."""

from __future__ import annotations

import json
import struct
from typing import Any

from .output_files import OutputFiles, Sink
from .source import SourceReader, TensorItem

__all__ = ["write_safetensors"]


def _safetensors_order(items: list[TensorItem]) -> list[TensorItem]:
    # widest dtypes first keeps every tensor aligned to its element size (the library does the same)
    return sorted(items, key=lambda it: -it.dtype.itemsize)


def write_safetensors(out: OutputFiles, path: str, items: list[TensorItem], reader: SourceReader,
                      *, metadata: dict[str, str] | None = None) -> Sink:
    """One safetensors file: header first (all offsets follow from the shapes), then each
    tensor's bytes streamed from the source. Tied tensors are written once per name."""
    order = _safetensors_order(items)
    header: dict[str, Any] = {}
    if metadata:
        header["__metadata__"] = {str(k): str(v) for k, v in metadata.items()}
    offset = 0
    for item in order:
        header[item.name] = {"dtype": item.dtype.safetensors, "shape": list(item.shape),
                             "data_offsets": [offset, offset + item.nbytes]}
        offset += item.nbytes
    raw = json.dumps(header, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
    raw += b" " * ((-(8 + len(raw))) % 8)
    sink = out.create(path)
    sink.write(struct.pack("<Q", len(raw)) + raw)
    reader.expect(item.ref for item in order)
    for item in order:
        for chunk in reader.byte_chunks(item.ref, item.dtype):
            sink.write(chunk)
    return sink
