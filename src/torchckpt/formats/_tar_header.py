"""Whether ``torch.load`` takes the tar path for a file: tarfile's test of the first block, made
without loading tarfile or the tar reader (:mod:`._tar`) for the files that fail it (most: every
zip, pickle and safetensors file is asked at every open and scan)."""

from __future__ import annotations

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

    from ..vocab import TarOutcome

__all__ = ["may_open", "nti", "opens_as_tar"]


def nti(field: bytes) -> int | None:
    """tarfile's ``nti``: a base-256 or octal-text number field (None where it raises)."""
    if field[0] in (0o200, 0o377):
        n = int.from_bytes(field[1:], "big")
        return n - 256 ** (len(field) - 1) if field[0] == 0o377 else n
    try:
        return int(field.split(b"\0", 1)[0].decode("ascii").strip() or "0", 8)
    except (UnicodeDecodeError, ValueError):
        return None


def may_open(block: bytes) -> bool:
    """The first test tarfile applies to the first block (``TarInfo.frombuf``): all zeros, or a
    checksum field that matches the block's unsigned or signed sum. Failing it, tarfile.open
    raises whatever follows; passing it, tarfile itself decides. (Keeps tarfile unimported for
    files that are no tar.)"""
    if block.count(0) == 512:
        return True
    stored = nti(block[148:156])
    if stored is None:
        return False
    unsigned = 256 + sum(block[:148]) + sum(block[156:])
    signed = 256 + sum(b - 256 if b > 127 else b for b in block[:148]) + sum(b - 256 if b > 127 else b
                                                                             for b in block[156:])
    return bool(stored in (unsigned, signed))


def opens_as_tar(data: Any) -> TarOutcome:
    """Whether torch.load takes the tar path for ``data`` (only the first header is read)."""
    if len(data) < 512 or not may_open(bytes(data[:512])):
        return "not-tar"
    import tarfile

    from ._tar import _open

    try:
        _open(data).close()
    except tarfile.TarError:
        return "not-tar"
    except Exception:  # noqa: BLE001 - any other exception: torch.load fails with it
        return "fails"
    return "tar"
