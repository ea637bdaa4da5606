"""The exception hierarchy: one root, typed subclasses with fields.

Every message is one line: what happened, why, and what to do about it. The CLI maps
these to exit codes in one table (``torchckpt.cli``); library code only raises.
"""

from __future__ import annotations

import os

__all__ = [
    "CorruptFileError",
    "KeyNotFoundError",
    "NoWeightsError",
    "TorchckptError",
    "UnsafePathError",
    "UnsupportedDtypeError",
    "UnsupportedFormatError",
    "UnsupportedTensorError",
]


class TorchckptError(Exception):
    """Root of every error torchckpt raises on purpose.

    ``path`` names the file involved (when there is one), ``hint`` says what to do.
    """

    def __init__(self, message: str, *, path: str | os.PathLike[str] | None = None, hint: str | None = None):
        self.message = message
        self.path = os.fspath(path) if path is not None else None
        self.hint = hint
        super().__init__(str(self))

    def __str__(self) -> str:
        text = f"{self.path}: {self.message}" if self.path else self.message
        if self.hint:
            text = f"{text}; {self.hint}"
        # One line, always: messages may quote data from hostile files.
        return " ".join(text.split())

    def with_path(self, path: str | os.PathLike[str]) -> TorchckptError:
        """Attach ``path`` if the error was raised below the layer that knows it."""
        if self.path is None:
            self.path = os.fspath(path)
            self.args = (str(self),)
        return self


class UnsupportedFormatError(TorchckptError):
    """The file is not in any format torchckpt reads (detected by content, not suffix)."""


class CorruptFileError(TorchckptError):
    """The file has a known format but is damaged: truncated, inconsistent, malformed.

    ``entry`` names the archive member or section, ``offset`` the byte position, when known.
    """

    def __init__(self, message: str, *, path: str | os.PathLike[str] | None = None, hint: str | None = None,
                 entry: str | None = None, offset: int | None = None):
        self.entry = entry
        self.offset = offset
        if entry is not None:
            message = f"{message} (in {entry!r})"
        super().__init__(message, path=path, hint=hint)


class UnsafePathError(CorruptFileError):
    """A checkpoint names a file outside its own folder: an absolute path, a ``..`` component,
    or a symbolic link that leads out (DCP ``relative_path``, HF index ``weight_map``).

    ``name`` is the offending entry as the checkpoint spells it."""

    def __init__(self, message: str, *, name: str, path: str | os.PathLike[str] | None = None,
                 hint: str | None = None, entry: str | None = None):
        self.name = name
        super().__init__(message, path=path, hint=hint, entry=entry)


class UnsupportedDtypeError(TorchckptError):
    """A tensor uses a dtype that cannot be materialized without torch (or at all)."""

    def __init__(self, dtype: str, *, path: str | os.PathLike[str] | None = None, hint: str | None = None):
        self.dtype = dtype
        super().__init__(f"unsupported dtype {dtype!r}", path=path, hint=hint)


class UnsupportedTensorError(TorchckptError):
    """A tensor exists but cannot be materialized: sparse, meta, quantized, nested, subclasses."""

    def __init__(self, name: str, kind: str, *, path: str | os.PathLike[str] | None = None, hint: str | None = None):
        self.name = name
        self.kind = kind
        super().__init__(f"tensor {name!r} is a {kind} tensor and has no dense bytes to read",
                         path=path, hint=hint)


class KeyNotFoundError(TorchckptError):
    """A requested key (``--key model``, a tensor name) is not in the file."""

    def __init__(self, key: str, available: list[str], *, path: str | os.PathLike[str] | None = None):
        self.key = key
        self.available = available
        shown = ", ".join(repr(k) for k in available[:8]) + (" ..." if len(available) > 8 else "")
        super().__init__(f"no key {key!r} in the file", path=path,
                         hint=f"available: {shown}" if available else "the file holds no such structure")


class NoWeightsError(TorchckptError):
    """The file (or the chosen key) holds no weights to take: no tensors, or not the ones asked for."""
