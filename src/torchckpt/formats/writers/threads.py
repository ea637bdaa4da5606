"""The worker threads that casts and checksums share (numpy and zlib let go of the GIL)."""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from concurrent.futures import ThreadPoolExecutor

__all__ = ["PARALLEL_MIN", "parallel", "pool", "workers"]

_POOL: ThreadPoolExecutor | None = None
PARALLEL_MIN = 1 << 18  # elements; below this, threads cost more than they save


def workers() -> int:
    """Threads worth using now: up to 4, and only on idle cores — on a busy machine every
    hand-off to another thread waits for a time slice and costs more than it saves."""
    cpus = min(4, os.cpu_count() or 1)
    try:
        idle = (os.cpu_count() or 1) - os.getloadavg()[0]
    except (AttributeError, OSError):  # no load average (Windows): assume one core is ours
        idle = cpus - 1
    return max(1, min(cpus, 1 + int(idle)))


def pool() -> ThreadPoolExecutor:
    """The worker threads for casts and checksums, started on first use."""
    global _POOL
    if _POOL is None:
        from concurrent.futures import ThreadPoolExecutor  # imported on first use: start-up stays lean

        _POOL = ThreadPoolExecutor(max_workers=3, thread_name_prefix="torchckpt")
    return _POOL


def parallel(work: Callable[[slice], object], n: int) -> None:
    """Run ``work(slice)`` over ``range(n)`` in up to 4 parts on threads."""
    count = workers()
    if n < PARALLEL_MIN or count == 1:
        work(slice(0, n))
        return
    step = -(-n // count)
    parts = [slice(i, min(i + step, n)) for i in range(0, n, step)]
    futures = [pool().submit(work, part) for part in parts[1:]]
    work(parts[0])
    for future in futures:
        future.result()
