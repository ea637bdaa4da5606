"""Format detection (by content, never by suffix) and one reader per format.

Format names, as ``inspect --json`` reports them: ``torch-zip``, ``torch-legacy`` (the
magic-number pickle layout and the older tar layout), ``torchscript``, ``pickle``,
``safetensors``, ``onnx``, ``numpy``, and ``dcp`` for a ``torch.distributed.checkpoint``
directory.
"""

from __future__ import annotations

import importlib
import os
import struct
from collections.abc import Callable

from ..checkpoint import Checkpoint
from ..errors import CorruptFileError, TorchckptError, UnsupportedFormatError
from .base import FileBytes, close_quietly, map_file

__all__ = ["detect", "read"]

# torch's legacy format opens with this number, pickled
LEGACY_MAGIC = 0x1950A86A20F9469CFC6C
_PICKLE_FIRST = frozenset(b"(]})cNIFSVXKJMLGTUl")


def _is_safetensors(buf: FileBytes, size: int) -> bool:
    if size < 10:
        return False
    (n,) = struct.unpack_from("<Q", buf, 0)
    return 2 <= n <= size - 8 and buf[8:9] == b"{"


def _is_tar(buf: FileBytes, size: int) -> bool:
    # torch.load's own test: whatever tarfile.open(mode="r:") accepts takes the tar path
    from ._tar_header import opens_as_tar

    return opens_as_tar(buf) == "tar"


def _is_index(buf: FileBytes, size: int) -> bool:
    # an HF shard index is a small JSON object naming a weight_map
    return size < 64 << 20 and buf[:1] == b"{" and buf.find(b'"weight_map"', 0, min(size, 4096)) >= 0


def _is_onnx(buf: FileBytes, size: int) -> bool:
    from .onnx import looks_like_onnx

    return looks_like_onnx(buf, size)


def detect(buf: FileBytes, size: int, *, path: str | None = None) -> str:
    """The container kind of ``buf``: ``zip``, ``tar``, ``legacy-or-pickle``, ``safetensors``,
    ``npy``, ``onnx``. Raises :class:`UnsupportedFormatError` for anything else."""
    head = bytes(buf[:8])
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        return "zip"
    if head.startswith(b"\x93NUMPY"):
        return "npy"
    if _is_tar(buf, size):
        return "tar"
    # safetensors first: a header of 128-255 (or 640-767...) bytes makes its first byte 0x80 and
    # its second <= 5, PROTO to a pickle reader; a pickle's next bytes are no plausible header size
    if _is_safetensors(buf, size):
        return "safetensors"
    if head[:1] == b"\x80" and size > 1 and head[1] <= 5:
        return "pickle"
    if _is_onnx(buf, size):
        return "onnx"
    if head[:1] and head[0] in _PICKLE_FIRST and buf[size - 1:size] == b".":
        return "pickle"
    if buf.find(b"PK\x05\x06", max(0, size - 65557)) >= 0 and buf.find(b"PK\x03\x04") >= 0:
        return "zip"  # a zip with something prepended
    kind = "text" if all(32 <= c < 127 or c in (9, 10, 13) for c in head) else "binary"
    raise UnsupportedFormatError(
        f"not a model file torchckpt knows ({kind} content starting {head[:8]!r})", path=path,
        hint="supported: torch.save files (zip or legacy), TorchScript, pickle, safetensors, ONNX, .npy/.npz")


_READERS = {
    "zip": ("torch_zip", "read_zip"),
    "tar": ("torch_tar", "read_tar"),
    "pickle": ("torch_legacy", "read_pickle_stream"),
    "safetensors": ("safetensors", "read_safetensors"),
    "safetensors-index": ("safetensors", "read_safetensors_index"),
    "npy": ("numpy", "read_npy"),
    "onnx": ("onnx", "read_onnx"),
}


def read(path: str | os.PathLike[str], *, copy_on_write: bool = False, record: bool = False) -> Checkpoint:
    """Open ``path`` with the reader its content calls for. ``copy_on_write`` maps the file
    privately so that tensors over it are writable without ever changing the file. ``record``:
    a torch zip's pickle is read as the scanner reads it, once for both (``scan(ckpt)``)."""
    path = os.fspath(path)
    if "://" in path:
        from .._remote import in_folder, is_url

        if is_url(path) and in_folder(path, ".metadata") is not None:   # a folder: read as a DCP checkpoint
            from .dcp import read_dcp

            return read_dcp(path)
    elif os.path.isdir(path):
        if os.path.isfile(os.path.join(path, ".metadata")):
            from .dcp import read_dcp

            return read_dcp(path)
        indexes = [n for n in sorted(os.listdir(path)) if n.endswith(".safetensors.index.json")]
        if len(indexes) == 1:  # an HF model folder
            path = os.path.join(path, indexes[0])
    buf, size = map_file(path, copy_on_write=copy_on_write)
    try:
        kind = "safetensors-index" if _is_index(buf, size) else detect(buf, size, path=path)
        module, func = _READERS[kind]
        reader: Callable[..., Checkpoint] = getattr(importlib.import_module(f"{__name__}.{module}"), func)
        return reader(path, buf, size, record=True) if record and kind == "zip" else reader(path, buf, size)
    except TorchckptError as exc:
        close_quietly(buf)
        raise exc.with_path(path) from None
    # (json.JSONDecodeError is a ValueError: the json package stays off inspect's start-up)
    except (RecursionError, MemoryError, struct.error, ValueError, UnicodeDecodeError,
            IndexError, OverflowError, TypeError) as exc:
        close_quietly(buf)
        raise CorruptFileError(f"the file is malformed ({type(exc).__name__}: {exc})", path=path,
                               hint="it may be truncated or damaged") from None

