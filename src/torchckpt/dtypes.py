"""Dtypes, without torch: names, sizes, and how each maps to numpy, safetensors, ONNX and
torch's pickled storage classes.

Names are torch's without the ``torch.`` prefix (``float32``, ``bfloat16``, ``int64``).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from .errors import UnsupportedDtypeError

TYPE_CHECKING = False
if TYPE_CHECKING:
    import numpy as np

__all__ = ["DType", "by_name", "by_onnx", "by_safetensors", "decode_to_float32"]


@dataclass(frozen=True)
class DType:
    """One tensor element type.

    ``numpy`` is the numpy dtype string when numpy has the type natively; ``raw`` is the
    unsigned integer type with the same width, used to move bits without interpreting them.
    """

    name: str
    itemsize: int
    numpy: str | None
    raw: str
    storage_class: str | None = None
    safetensors: str | None = None
    onnx: int | None = None
    is_float: bool = False
    quantized: bool = False

    def __str__(self) -> str:
        return self.name


_TABLE = [
    DType("float64", 8, "<f8", "<u8", "DoubleStorage", "F64", 11, True),
    DType("float32", 4, "<f4", "<u4", "FloatStorage", "F32", 1, True),
    DType("float16", 2, "<f2", "<u2", "HalfStorage", "F16", 10, True),
    DType("bfloat16", 2, None, "<u2", "BFloat16Storage", "BF16", 16, True),
    DType("int64", 8, "<i8", "<u8", "LongStorage", "I64", 7),
    DType("int32", 4, "<i4", "<u4", "IntStorage", "I32", 6),
    DType("int16", 2, "<i2", "<u2", "ShortStorage", "I16", 5),
    DType("int8", 1, "|i1", "|u1", "CharStorage", "I8", 3),
    DType("uint8", 1, "|u1", "|u1", "ByteStorage", "U8", 2),
    DType("bool", 1, "|b1", "|u1", "BoolStorage", "BOOL", 9),
    DType("complex64", 8, "<c8", "<u8", "ComplexFloatStorage", "C64", 14),
    DType("complex128", 16, "<c16", "|V16", "ComplexDoubleStorage", None, 15),
    DType("complex32", 4, None, "<u4", None, None, None),
    DType("uint16", 2, "<u2", "<u2", None, "U16", 4),
    DType("uint32", 4, "<u4", "<u4", None, "U32", 12),
    DType("uint64", 8, "<u8", "<u8", None, "U64", 13),
    DType("float8_e4m3fn", 1, None, "|u1", None, "F8_E4M3", 17, True),
    DType("float8_e4m3fnuz", 1, None, "|u1", None, None, 18, True),
    DType("float8_e5m2", 1, None, "|u1", None, "F8_E5M2", 19, True),
    DType("float8_e5m2fnuz", 1, None, "|u1", None, None, 20, True),
    DType("float8_e8m0fnu", 1, None, "|u1", None, "E8M0", 24, True),
    DType("float4_e2m1fn_x2", 1, None, "|u1", None, None, None),
    DType("qint8", 1, "|i1", "|u1", "QInt8Storage", None, None, quantized=True),
    DType("quint8", 1, "|u1", "|u1", "QUInt8Storage", None, None, quantized=True),
    DType("qint32", 4, "<i4", "<u4", "QInt32Storage", None, None, quantized=True),
    DType("quint4x2", 1, "|u1", "|u1", "QUInt4x2Storage", None, None, quantized=True),
    DType("quint2x4", 1, "|u1", "|u1", "QUInt2x4Storage", None, None, quantized=True),
    DType("bits8", 1, None, "|u1", None, None, None),
    DType("bits16", 2, None, "<u2", None, None, None),
]

_BY_NAME = {d.name: d for d in _TABLE}
# torch's short aliases, as `torch.float` / `torch.half` pickle under their canonical names,
# but users type the aliases on the command line.
_ALIASES = {"float": "float32", "half": "float16", "double": "float64", "long": "int64", "int": "int32",
            "short": "int16", "bf16": "bfloat16", "fp16": "float16", "fp32": "float32", "cfloat": "complex64",
            "cdouble": "complex128", "chalf": "complex32"}
_BY_SAFETENSORS = {d.safetensors: d for d in _TABLE if d.safetensors}
_BY_ONNX = {d.onnx: d for d in _TABLE if d.onnx is not None}
UINT8 = _BY_NAME["uint8"]


def by_name(name: str) -> DType:
    """Look a dtype up by torch name (``"float16"``, ``"torch.bfloat16"``, ``"half"``)."""
    key = name.removeprefix("torch.")
    key = _ALIASES.get(key, key)
    try:
        return _BY_NAME[key]
    except KeyError:
        raise UnsupportedDtypeError(name, hint=f"known dtypes: {', '.join(sorted(_BY_NAME))}") from None



def by_safetensors(code: str) -> DType:
    try:
        return _BY_SAFETENSORS[code]
    except KeyError:
        raise UnsupportedDtypeError(code, hint="this safetensors dtype is not supported") from None


def by_onnx(code: int) -> DType:
    try:
        return _BY_ONNX[code]
    except KeyError:
        raise UnsupportedDtypeError(f"onnx:{code}", hint="this ONNX tensor data type is not supported") from None



# --- exact decoding of types numpy lacks -----------------------------------------------------

def _minifloat(bits: int, *, exp_bits: int, man_bits: int, bias: int, fnuz: bool, ieee: bool) -> float:
    sign = -1.0 if bits >> (exp_bits + man_bits) & 1 else 1.0
    exp = (bits >> man_bits) & ((1 << exp_bits) - 1)
    man = bits & ((1 << man_bits) - 1)
    if fnuz and bits == 1 << (exp_bits + man_bits):
        return math.nan  # the "negative zero" pattern is the only NaN
    top = (1 << exp_bits) - 1
    if ieee and exp == top:
        return sign * math.inf if man == 0 else math.nan
    if not ieee and not fnuz and exp == top and man == (1 << man_bits) - 1:
        return math.nan  # e4m3fn: S.1111.111 is NaN, there is no infinity
    if exp == 0:
        return sign * man * 2.0 ** (1 - bias - man_bits)
    return sign * (1 + man / (1 << man_bits)) * 2.0 ** (exp - bias)


def _fp8_table(name: str) -> list[float]:
    if name == "float8_e8m0fnu":
        return [math.nan if b == 255 else 2.0 ** (b - 127) for b in range(256)]
    # (exponent bits, mantissa bits, bias, fnuz, ieee)
    exp_bits, man_bits, bias, fnuz, ieee = {
        "float8_e4m3fn": (4, 3, 7, False, False),
        "float8_e4m3fnuz": (4, 3, 8, True, False),
        "float8_e5m2": (5, 2, 15, False, True),
        "float8_e5m2fnuz": (5, 2, 16, True, False),
    }[name]
    return [_minifloat(b, exp_bits=exp_bits, man_bits=man_bits, bias=bias, fnuz=fnuz, ieee=ieee) for b in range(256)]


def decode_to_float32(raw: np.ndarray, dtype: DType) -> np.ndarray:
    """Decode the bit patterns of a numpy-less float type (bfloat16, float8) to float32, exactly."""
    import numpy as np

    if dtype.name == "bfloat16":
        return (raw.astype(np.uint32) << 16).view(np.float32)
    if dtype.name.startswith("float8"):
        table = np.array(_fp8_table(dtype.name), dtype=np.float32)
        decoded: np.ndarray = table[raw]
        return decoded
    raise UnsupportedDtypeError(dtype.name, hint="no exact float32 decoding exists for it; read it with raw=True")
