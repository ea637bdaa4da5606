"""What the tests share: running the CLI (in-process, or as ``python -m torchckpt``) and Python
in a fresh interpreter, rewriting zip archives entry by entry, a tensor's bytes.

Import it as ``from .helpers import ...`` from test modules, ``from helpers import ...`` from the
hostile corpus (which is imported with the tests folder on ``sys.path``). Nothing here imports
torch at module level.
"""

from __future__ import annotations

import contextlib
import io
import os
import struct
import subprocess
import sys
import textwrap
import zipfile
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]


# --- running -------------------------------------------------------------------------------------
def run_python(code: str, *, cwd: str | os.PathLike[str] | None = None, env: dict[str, str] | None = None,
               timeout: int = 120) -> subprocess.CompletedProcess[str]:
    """Run ``code`` in a fresh interpreter (the project's venv), capturing output."""
    full_env = {**os.environ, **(env or {})}
    return subprocess.run([sys.executable, "-c", textwrap.dedent(code)], cwd=cwd, env=full_env,
                          capture_output=True, text=True, timeout=timeout)


def run_cli(*args: str, cwd: str | os.PathLike[str] | None = None) -> subprocess.CompletedProcess[str]:
    """``python -m torchckpt ARGS`` in a subprocess: the real entry point."""
    return subprocess.run([sys.executable, "-m", "torchckpt", *args], cwd=cwd, capture_output=True, text=True,
                          timeout=120)


def cli_in_process(*argv: Any, cwd: str | os.PathLike[str] | None = None) -> tuple[int, str, str]:
    """``torchckpt.cli.main(argv)`` in this process: ``(exit code, stdout, stderr)``. Arguments
    may be paths (they are passed as ``str``); ``cwd`` is entered for the call. Without
    ``--debug`` no command may print a traceback, whatever the input."""
    from torchckpt import cli

    out, err = io.StringIO(), io.StringIO()
    with contextlib.ExitStack() as stack:
        if cwd is not None:  # contextlib.chdir is 3.11+
            old = os.getcwd()
            os.chdir(cwd)
            stack.callback(os.chdir, old)
        stack.enter_context(contextlib.redirect_stdout(out))
        stack.enter_context(contextlib.redirect_stderr(err))
        code = cli.main([str(a) for a in argv])
    if "--debug" not in argv:
        assert "Traceback" not in out.getvalue() + err.getvalue(), (argv, err.getvalue())
    return code, out.getvalue(), err.getvalue()


# --- zip archives --------------------------------------------------------------------------------
Edit = Callable[[str, bytes], "bytes | None"]
ByEnding = Mapping[str, Callable[[bytes], "bytes | None"]]


def rewrite_zip(src: str | os.PathLike[str], dst: str | os.PathLike[str], edit: Edit | ByEnding | None = None, *,
                extra: Mapping[str, bytes] | None = None, keep_info: bool = False,
                aligned: bool = False) -> Path:
    """Copy the zip ``src`` to ``dst`` with each entry through ``edit(name, data)``, or, when
    ``edit`` maps name endings to ``change(data)``, those entries through their change (None
    drops the entry). ``extra`` entries are added inside the archive's top folder
    (``archive/NAME``). ``keep_info`` keeps each entry's ZipInfo (date, compression, flags);
    otherwise entries are stored. ``aligned``: data 64-byte aligned behind torch's ``FB``
    padding field, as torch writes it (torch then memory-maps the tensors)."""
    change = _by_ending(edit) if isinstance(edit, Mapping) else edit
    with zipfile.ZipFile(src) as zin:
        infos = zin.infolist()
        entries = [(info, change(info.filename, zin.read(info)) if change else zin.read(info)) for info in infos]
    folder = infos[0].filename.split("/")[0] if infos else "archive"
    added = [(zipfile.ZipInfo(f"{folder}/{name}", date_time=(2024, 1, 1, 0, 0, 0)), data)
             for name, data in (extra or {}).items()]
    with open(dst, "wb") as f, zipfile.ZipFile(f, "w", zipfile.ZIP_STORED) as zout:
        for info, data in entries + added:
            if data is None:
                continue
            if aligned:
                info = zipfile.ZipInfo(info.filename, date_time=(2024, 1, 1, 0, 0, 0))
                pad = -(f.tell() + 30 + len(info.filename.encode()) + 4) % 64
                info.extra = struct.pack("<HH", 0x4246, pad) + b"\0" * pad
                zout.writestr(info, data)
            elif keep_info:
                zout.writestr(info, data)
            else:
                zout.writestr(info.filename, data)
    return Path(dst)


def _by_ending(changes: ByEnding) -> Edit:
    def edit(name: str, data: bytes) -> bytes | None:
        for ending, change in changes.items():
            if name.endswith(ending):
                return change(data)
        return data

    return edit


# --- tensors -------------------------------------------------------------------------------------
def tensor_bytes(t: Any) -> bytes:
    """A torch tensor's bytes in logical (row-major) order, for bitwise comparison."""
    import torch

    t = t.detach().cpu().contiguous().reshape(-1)
    return t.view(torch.uint8).numpy().tobytes() if t.numel() else b""


def same_bits(a: Any, b: Any) -> bool:
    """Two torch tensors with the same dtype, shape and bytes (NaNs included, -0.0 is not 0.0)."""
    return bool(a.dtype == b.dtype and a.shape == b.shape and tensor_bytes(a) == tensor_bytes(b))


def same_tensors(a: Any, b: Any) -> bool:
    """Nested dicts/lists/tuples equal, their tensors by :func:`same_bits`, the rest by ``==``."""
    import torch

    if isinstance(a, torch.Tensor):
        return isinstance(b, torch.Tensor) and same_bits(a, b)
    if isinstance(a, dict):
        return isinstance(b, dict) and a.keys() == b.keys() and all(same_tensors(a[k], b[k]) for k in a)
    if isinstance(a, (list, tuple)):
        return type(a) is type(b) and len(a) == len(b) and all(same_tensors(x, y) for x, y in zip(a, b))
    return bool(a == b)


# --- pickle values -------------------------------------------------------------------------------
def pickle_values(*, max_binary: int = 20, bytearrays: bool = False) -> Any:
    """A hypothesis strategy for what ``pickle`` round-trips: scalars (bytes up to ``max_binary``),
    and lists, tuples, dicts, sets and frozensets of them (``bytearrays``: bytearray too)."""
    from hypothesis import strategies as st

    scalars = (st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20)
               | st.binary(max_size=max_binary))
    hashables = st.recursive(scalars, lambda inner: st.tuples(inner, inner) | st.frozensets(inner, max_size=3),
                             max_leaves=6)

    def containers(inner: Any) -> Any:
        found = (st.lists(inner, max_size=5) | st.tuples(inner, inner)
                 | st.dictionaries(st.text(max_size=8) | st.integers(), inner, max_size=5)
                 | st.sets(hashables, max_size=4))
        return found | st.builds(bytearray, st.binary(max_size=8)) if bytearrays else found

    return st.recursive(scalars, containers, max_leaves=30)
