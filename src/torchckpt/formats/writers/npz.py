"""``numpy.savez``'s layout: one stored ``NAME.npy`` per tensor in a zip."""

from __future__ import annotations

import io
from collections.abc import Iterator
from typing import Any

from ...dtypes import DType
from .output_files import OutputFiles, Sink
from .source import SourceReader, TensorItem
from .zip_archive import ZipWriter

__all__ = ["write_npz"]


def _npy_header(dtype: DType, shape: tuple[int, ...]) -> bytes:
    import numpy as np

    header = {"descr": np.lib.format.dtype_to_descr(np.dtype(dtype.numpy)), "fortran_order": False,
              "shape": tuple(shape)}
    buf = io.BytesIO()
    try:
        np.lib.format.write_array_header_1_0(buf, header)
    except ValueError:  # a header over 64 KB needs format 2.0
        buf = io.BytesIO()
        np.lib.format.write_array_header_2_0(buf, header)
    return buf.getvalue()


def write_npz(out: OutputFiles, path: str, items: list[TensorItem], reader: SourceReader) -> Sink:
    """``numpy.savez`` layout: one stored ``<name>.npy`` per tensor; ``numpy.load`` reads it."""
    sink = out.create(path)
    z = ZipWriter(sink)
    reader.expect(item.ref for item in items)   # a remote file: the next storages are fetched ahead
    for item in items:
        head = _npy_header(item.dtype, item.shape)

        def stream(item: TensorItem = item, head: bytes = head) -> Iterator[Any]:
            yield head
            yield from reader.byte_chunks(item.ref, item.dtype)

        z.add_stream(f"{item.name}.npy", len(head) + item.nbytes, stream())
    z.close()
    return sink
