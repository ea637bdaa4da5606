"""Casting flat arrays between float dtypes bit for bit as torch's ``Tensor.to`` does on the CPU."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...dtypes import DType, decode_to_float32
from ...errors import ConvertError
from .threads import parallel

if TYPE_CHECKING:
    import numpy as np

__all__ = ["cast"]


def cast(raw: np.ndarray, src: DType, dst: DType, *, out: np.ndarray | None = None) -> np.ndarray:
    """Cast a flat array of ``src`` elements (bit patterns for numpy-less types) to ``dst``,
    bit for bit as torch's ``Tensor.to`` does on the CPU (NaNs included). ``out``: a uint8
    buffer to cast into (large arrays are cast in parallel parts; numpy frees the GIL).

    >>> cast(np.array([1.0, 65536.0], np.float32), by_name("float32"), by_name("float16"))
    array([ 1., inf], dtype=float16)
    """
    import numpy as np

    if src == dst:
        return raw
    if dst.name not in ("float32", "float16", "bfloat16"):
        raise ConvertError(f"cannot cast {src.name} to {dst.name}", hint="cast to float16, bfloat16 or float32")
    if not src.is_float:
        raise ConvertError(f"cannot cast {src.name} to {dst.name}", hint="only floating tensors are cast")
    kind = np.dtype(dst.numpy or dst.raw)
    n = raw.size
    result = np.empty(n, dtype=kind) if out is None else out[:n * kind.itemsize].view(kind)
    values = raw if src.numpy is None else raw.view(np.dtype(src.numpy))
    parallel(lambda part: _cast_part(values[part], result[part], src, dst), n)
    return result


def _cast_part(values: np.ndarray, out: np.ndarray, src: DType, dst: DType) -> None:
    import numpy as np

    with np.errstate(all="ignore"):  # overflow to inf is what torch does too, silently
        if src.name == "bfloat16" and dst.name == "float32":
            bits = out.view(np.uint32)
            np.copyto(bits, values, casting="unsafe")
            np.left_shift(bits, 16, out=bits)
            return
        if src.numpy is None:
            values = decode_to_float32(values, src)
        if dst.name == "float32":
            np.copyto(out, values, casting="unsafe")
            return
        # torch casts float64 to half types through float32 (c10::Half and BFloat16 take a float)
        f32 = values if values.dtype == np.float32 else values.astype(np.float32)
        if dst.name == "float16":
            np.copyto(out, f32, casting="unsafe")
            if _has_nan(f32):
                nan = np.isnan(f32)
                # like the CPU's cvtps2ph: quiet NaN, keeping the sign and the payload's top bits
                bits = f32.view(np.uint32)[nan]
                out.view(np.uint16)[nan] = ((bits >> 16) & 0x8000 | 0x7E00 | (bits >> 13) & 0x3FF).astype(np.uint16)
            return
        # torch's vectorized float/double->bfloat16 kernel writes 0xFFFF for NaN, its scalar one
        # (from half and float8) 0x7FC0
        _to_bfloat16(f32, out, nan_bits=0xFFFF if src.name in ("float32", "float64") else 0x7FC0)


def _to_bfloat16(f32: np.ndarray, out: np.ndarray, *, nan_bits: int = 0xFFFF) -> None:
    """float32 -> bfloat16 bits, round to nearest even like torch, on one temporary."""
    import numpy as np

    bits = f32.view(np.uint32)
    tmp = np.right_shift(bits, 16)
    np.bitwise_and(tmp, 1, out=tmp)
    np.add(tmp, 0x7FFF, out=tmp)
    np.add(tmp, bits, out=tmp)
    np.right_shift(tmp, 16, out=tmp)
    np.copyto(out, tmp, casting="unsafe")
    if _has_nan(f32):
        out[np.isnan(f32)] = nan_bits


def _has_nan(values: np.ndarray) -> bool:
    """Whether any element is NaN; max() propagates NaN and runs vectorized (isnan on half does not)."""
    import numpy as np

    return values.size > 0 and bool(np.isnan(values.max()))
