"""Human-readable sizes, shared by every view (CLI, report, hints)."""

from __future__ import annotations

__all__ = ["format_bytes"]


def format_bytes(n: float, *, digits: int = 2) -> str:
    """Decimal units, like file managers and ``ls -h --si``: ``format_bytes(16851288) == '16.85 MB'``."""
    for unit in ("B", "KB", "MB", "GB", "TB"):
        if abs(n) < 1000 or unit == "TB":
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.{digits}f} {unit}"
        n /= 1000
    return f"{n} B"
