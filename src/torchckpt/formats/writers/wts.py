"""TensorRT's ``.wts`` text weights, as tensorrtx's ``gen_wts.py`` writes them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...dtypes import decode_to_float32
from .output_files import OutputFiles, Sink
from .source import SourceReader, TensorItem

if TYPE_CHECKING:
    import numpy as np

__all__ = ["write_wts"]

WTS_CHUNK_VALUES = 1 << 20  # 9 MB of text per write


def _wts_words(values: np.ndarray, hexdigits: np.ndarray) -> np.ndarray:
    """``' ' + struct.pack('>f', v).hex()`` for every value, vectorized: (n, 9) uint8."""
    import numpy as np

    with np.errstate(over="ignore"):  # beyond float32's range: inf (gen_wts.py would crash there)
        b = values.astype(">f4").view(np.uint8).reshape(-1, 4)
    text = np.empty((len(b), 9), dtype=np.uint8)
    text[:, 0] = 32
    text[:, 1::2] = hexdigits[b >> 4]
    text[:, 2::2] = hexdigits[b & 15]
    return text


def write_wts(out: OutputFiles, path: str, items: list[TensorItem], reader: SourceReader) -> Sink:
    """TensorRT's text weights, byte for byte what tensorrtx's ``gen_wts.py`` writes::

        f.write('{}\\n'.format(len(state_dict)))
        for k, v in state_dict.items():
            f.write('{} {} '.format(k, v.numel()))
            for vv in v.reshape(-1): f.write(' ' + struct.pack('>f', float(vv)).hex())
            f.write('\\n')
    """
    import numpy as np

    hexdigits = np.frombuffer(b"0123456789abcdef", dtype=np.uint8)
    sink = out.create(path)
    sink.write(f"{len(items)}\n".encode())
    reader.expect(item.ref for item in items)   # a remote file: the next storages are fetched ahead
    for item in items:
        sink.write(f"{item.name} {item.numel} ".encode())
        for chunk in reader.chunks(item.ref, item.dtype):
            dtype = item.dtype
            if dtype.numpy is None:
                values = decode_to_float32(chunk, dtype)
            elif dtype.is_float:
                values = chunk.view(np.dtype(dtype.numpy))
            else:  # float(vv) of an integer is a Python float (double), then packed to float32
                values = chunk.view(np.dtype(dtype.numpy)).astype(np.float64)
            for start in range(0, len(values), WTS_CHUNK_VALUES):
                sink.write(_wts_words(values[start:start + WTS_CHUNK_VALUES], hexdigits))
        sink.write(b"\n")
    return sink
