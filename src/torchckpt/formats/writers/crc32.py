"""zlib's CRC-32 of large buffers, in parts on worker threads, combined in pure Python.

``zlib.crc32`` lets go of the GIL for large buffers, so parts checksummed on worker threads
run on separate cores while the main thread writes the same bytes out. :func:`crc32_combine`
joins the parts: ``CRC(A + B)`` is ``CRC(A)`` times ``x^(8·len(B))`` plus ``CRC(B)``, modulo
zlib's polynomial over GF(2). The product is zlib's own ``multmodp``/``x2nmodp`` (1.2.12 and
later), the faster successor of the classic 32x32 GF(2) matrix-squaring method: about 32 shifts
per part, microseconds in Python.
"""

from __future__ import annotations

import functools
import zlib
from collections.abc import Callable

from . import threads

__all__ = ["PART_MIN", "crc32_combine", "crc32_start"]

PART_MIN = 1 << 20  # bytes; smaller parts cost more in hand-offs than the checksum itself
_POLY = 0xEDB88320  # zlib's polynomial, bit-reflected as zlib stores it
_ONE = 1 << 31  # the polynomial 1 in reflected order (x^0 is the top bit)


def _multmodp(a: int, b: int) -> int:
    """``a(x)·b(x)`` modulo the CRC polynomial (both reflected)."""
    product = 0
    m = _ONE
    while a:
        if a & m:
            product ^= b
            a ^= m
        m >>= 1
        b = (b >> 1) ^ _POLY if b & 1 else b >> 1
    return product


def _x2n_table() -> tuple[int, ...]:
    table = [_ONE >> 1]  # x^1
    for _ in range(31):
        table.append(_multmodp(table[-1], table[-1]))  # x^(2^n) from x^(2^(n-1)), squared
    return tuple(table)


_X2N = _x2n_table()


@functools.lru_cache(maxsize=64)  # parts come in a few sizes: each shift is computed once
def _shift(nbytes: int) -> int:
    """``x^(8·nbytes)`` modulo the polynomial: what appending ``nbytes`` bytes multiplies a CRC by."""
    power = _ONE
    k = 3  # 8·nbytes = nbytes·2^3
    while nbytes:
        if nbytes & 1:
            power = _multmodp(_X2N[k & 31], power)  # x^(2^32) = x modulo this polynomial: 32 entries repeat
        nbytes >>= 1
        k += 1
    return power


def crc32_combine(crc1: int, crc2: int, len2: int) -> int:
    """The CRC-32 of ``A + B`` from ``crc1 = crc32(A)``, ``crc2 = crc32(B)`` and ``len2 = len(B)``.

    >>> crc32_combine(zlib.crc32(b"torch"), zlib.crc32(b"ckpt"), 4) == zlib.crc32(b"torchckpt")
    True
    """
    if len2 < 0:
        raise ValueError("len2 must not be negative")
    return _multmodp(_shift(len2), crc1) ^ crc2


def crc32_start(data: memoryview, crc: int = 0) -> Callable[[], int]:
    """Start ``zlib.crc32(data, crc)``; returns a function that waits for it and returns it.

    Large buffers are checksummed in parts on the worker threads, one core left to the caller
    (which writes ``data`` out meanwhile: the buffer must stay unchanged until the result is
    taken); small ones, or on a busy machine, right here.
    """
    count = min(threads.workers() - 1, len(data) // PART_MIN)
    if count < 1:
        value = zlib.crc32(data, crc)
        return lambda: value
    size = -(-len(data) // count)
    parts = [data[i:i + size] for i in range(0, len(data), size)]
    futures = [threads.pool().submit(zlib.crc32, part) for part in parts]

    def result() -> int:
        value = crc
        for part, future in zip(parts, futures):
            value = crc32_combine(value, future.result(), len(part))
        return value

    return result
