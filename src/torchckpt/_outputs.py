"""Writing outputs safely: the one home of atomic replacement and of the never-overwrite-the-input rule.

Every file torchckpt writes goes through a temporary name in the destination's directory
(``.NAME.tmp-PID-RANDOM``), created ``O_EXCL`` with mode 0o666 so that the kernel applies
the umask (no ``os.umask()`` query, which would race with other threads), then fsync,
``os.replace`` over the destination and an fsync of the directory: a crash leaves the old
file or the new one, never a torn one.

Before any of that, a command that reads a checkpoint and writes another calls
:func:`refuse_overwrite`: writing over the command's own input (the same path, the same
file through a symlink or a hard link, a shard or the index of a sharded input, a file of
an input directory) would destroy the data being read, so it is refused before anything is
touched.
"""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Iterable

from .errors import OverwriteInputError

__all__ = [
    "OverwriteInputError",
    "atomic_write_bytes",
    "commit",
    "fsync_directory",
    "input_files",
    "open_temp",
    "refuse_overwrite",
    "remove_quietly",
    "temp_name",
]

_MAX_INDEX_BYTES = 64 << 20  # an HF index.json of a huge model is a few MB


# --- atomic replacement ---------------------------------------------------------------------------

def temp_name(path: str) -> str:
    """A fresh temporary name beside ``path`` (same directory: ``os.replace`` stays atomic)."""
    directory, name = os.path.split(path)
    # os.urandom is secrets.token_hex's own source; importing secrets (hashlib, random) took ~15 ms of
    # every convert's start-up
    return os.path.join(directory, f".{name}.tmp-{os.getpid()}-{os.urandom(4).hex()}")


def open_temp(path: str) -> tuple[str, int]:
    """Create a temporary file beside ``path``; returns ``(name, fd)``. Mode 0o666 less the umask,
    applied by the kernel, as for any newly created file."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)
    for _ in range(16):
        tmp = temp_name(path)
        try:
            return tmp, os.open(tmp, flags, 0o666)
        except FileExistsError:
            continue
    raise FileExistsError(f"no free temporary name beside {path}")


def fsync_directory(directory: str | os.PathLike[str]) -> None:
    """fsync a directory so that a rename inside it survives a power loss (no-op where unsupported)."""
    flags = os.O_RDONLY | getattr(os, "O_DIRECTORY", 0)
    try:
        fd = os.open(os.fspath(directory) or ".", flags)
    except OSError:
        return  # Windows and some network file systems cannot open directories
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def commit(tmp: str, path: str, *, durable: bool = True) -> None:
    """Rename the finished ``tmp`` over ``path``; with ``durable``, fsync the directory too."""
    os.replace(tmp, path)
    if durable:
        fsync_directory(os.path.dirname(path) or ".")


def remove_quietly(path: str) -> None:
    with contextlib.suppress(OSError):
        os.remove(path)


def atomic_write_bytes(path: str | os.PathLike[str], data: bytes, *, durable: bool = True) -> None:
    """Replace ``path`` with ``data`` atomically (temp file, fsync, rename, fsync the directory).

    >>> atomic_write_bytes("ckpts/latest", b"ckpt-00000100.pt\\n")       # doctest: +SKIP
    """
    path = os.fspath(path)
    tmp, fd = open_temp(path)
    try:
        try:
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view):]
            if durable:
                os.fsync(fd)
        finally:
            os.close(fd)
        commit(tmp, path, durable=durable)
    except BaseException:
        remove_quietly(tmp)
        raise


# --- never over the input -------------------------------------------------------------------------

def _is_local(path: str) -> bool:
    return "://" not in path


def _index_shards(index: str) -> list[str]:
    """The shard files an HF ``*.index.json`` names (none when it is not one)."""
    try:
        if os.path.getsize(index) > _MAX_INDEX_BYTES:
            return []
        with open(index, "rb") as f:
            data = json.loads(f.read())
    except (OSError, ValueError):
        return []
    weight_map = data.get("weight_map") if isinstance(data, dict) else None
    if not isinstance(weight_map, dict):
        return []
    directory = os.path.dirname(index)
    return sorted({os.path.join(directory, v) for v in weight_map.values() if isinstance(v, str)})


def input_files(path: str | os.PathLike[str]) -> dict[str, str]:
    """Every local file (and directory) reading ``path`` reads, mapped to how it relates to the input:
    the file itself, an input directory's files (DCP, a sharded folder), an index's shards."""
    path = os.fspath(path)
    if not _is_local(path) or not os.path.exists(path):
        return {}
    found = {path: "the input"}
    if os.path.isdir(path):
        found[path] = "the input directory"
        try:
            names = os.listdir(path)
        except OSError:
            names = []
        for name in names:
            member = os.path.join(path, name)
            if os.path.isfile(member):
                found[member] = "a file of the input directory"
                if name.endswith(".index.json"):
                    for shard in _index_shards(member):
                        found.setdefault(shard, "a shard of the input")
    elif path.endswith(".json"):
        for shard in _index_shards(path):
            found[shard] = "a shard of the input"
    return found


def _identity(path: str) -> tuple[int, int] | None:
    try:
        st = os.stat(path)  # follows symlinks: a link to the input is the input
    except OSError:
        return None
    return st.st_dev, st.st_ino


def refuse_overwrite(sources: Iterable[str | os.PathLike[str] | None],
                     outputs: Iterable[str | os.PathLike[str] | None]) -> None:
    """Raise :class:`OverwriteInputError` when an output is an input: the same path, the same
    file through a symlink or a hard link (same device and inode), a shard or the index of a
    sharded input, a file of an input directory, or the input directory itself. Call it before
    writing anything."""
    guarded: dict[tuple[int, int], tuple[str, str]] = {}
    real: dict[str, tuple[str, str]] = {}
    for source in sources:
        if source is None:
            continue
        source = os.fspath(source)
        for member, what in input_files(source).items():
            ident = _identity(member)
            if ident is not None:
                guarded.setdefault(ident, (source, what))
            real.setdefault(os.path.realpath(member), (source, what))
    if not guarded and not real:
        return
    for output in outputs:
        if output is None:
            continue
        output = os.fspath(output)
        if not _is_local(output):
            continue
        hit = real.get(os.path.realpath(output))
        ident = _identity(output)
        if hit is None and ident is not None:
            hit = guarded.get(ident)
        if hit is not None:
            source, what = hit
            if what == "the input" and os.path.abspath(output) != os.path.abspath(source):
                what = "the input (the same file through a link)"
            raise OverwriteInputError(output, source, what=what)
