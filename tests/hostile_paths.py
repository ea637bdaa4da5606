"""Hostile files: paths inside checkpoints (DCP metadata) and DCP directories.

Each builder writes a ``torch.distributed.checkpoint`` directory whose payload runs under
``torch.distributed.checkpoint.format_utils.dcp_to_torch_save`` (the ``dcp`` loader: DCP's own
reader, which unpickles every non-tensor item with ``torch.load(weights_only=False)``), proven by
tests/test_scan.py in a subprocess; CASES is appended to ``hostile.CASES``. The container is
written by the real ``dcp.save`` and its ``.metadata`` rewritten with the real classes; the
payload is hostile.py's opcode-built ``os.system`` inside a torch.save archive.
"""

from __future__ import annotations

import os
import pickle
from collections.abc import Callable
from pathlib import Path

from hostile import Case, b_torch_zip_data_pkl

__all__ = ["CASES", "dcp_checkpoint", "rewrite_dcp_items"]


def dcp_checkpoint(directory: Path, **extra: object) -> Path:
    """A real DCP save: one tensor and one non-tensor item (``note``) plus ``extra``."""
    import torch
    import torch.distributed.checkpoint as dcp

    dcp.save({"w": torch.ones(2, 2), "note": "benign", **extra}, checkpoint_id=str(directory))
    return directory


def rewrite_dcp_items(directory: Path, fqn: str, **fields: object) -> None:
    """Set ``fields`` (``relative_path``, ``offset``, ``length``) of ``fqn``'s storage entries in
    ``.metadata`` (read and written with the real classes, as ``dcp.save`` writes it)."""
    meta = directory / ".metadata"
    with open(meta, "rb") as f:
        metadata = pickle.load(f)  # our own file, written by dcp.save a moment ago
    for index, info in metadata.storage_data.items():
        if index.fqn == fqn:
            for name, value in fields.items():
                setattr(info, name, value)
    with open(meta, "wb") as f:
        pickle.dump(metadata, f)


def _payload(work: Path) -> bytes:
    """A torch.save archive whose data.pkl runs os.system first (hostile.b_torch_zip_data_pkl)."""
    return b_torch_zip_data_pkl(work).read_bytes()


def _pointing(work: Path, place: Callable[[Path, Path, bytes], str]) -> Path:
    directory = dcp_checkpoint(work / "ckpt")
    payload = _payload(work)
    relative = place(work, directory, payload)
    rewrite_dcp_items(directory, "note", relative_path=relative, offset=0, length=len(payload))
    return directory


def b_dcp_object_item(work: Path) -> Path:
    # the non-tensor item's byte range holds the payload archive (appended to the data file)
    directory = dcp_checkpoint(work / "ckpt")
    payload = _payload(work)
    data = directory / "__0_0.distcp"
    offset = data.stat().st_size
    with open(data, "ab") as f:
        f.write(payload)
    rewrite_dcp_items(directory, "note", offset=offset, length=len(payload))
    return directory


def _outside(work: Path, directory: Path, payload: bytes) -> Path:
    target = work / "elsewhere" / "payload.bin"
    target.parent.mkdir(exist_ok=True)
    target.write_bytes(payload)
    return target


def b_dcp_dotdot(work: Path) -> Path:
    # relative_path climbs out of the checkpoint with '..'
    return _pointing(work, lambda w, d, p: os.path.relpath(_outside(w, d, p), d))


def b_dcp_absolute(work: Path) -> Path:
    # relative_path is absolute: DCP's Path join drops the checkpoint folder
    return _pointing(work, lambda w, d, p: str(_outside(w, d, p)))


def b_dcp_symlink(work: Path) -> Path:
    # relative_path is a plain name, but that name is a symbolic link out of the folder
    def place(w: Path, d: Path, p: bytes) -> str:
        os.symlink(_outside(w, d, p), d / "__1_0.distcp")
        return "__1_0.distcp"

    return _pointing(work, place)


CASES: tuple[Case, ...] = (
    Case("dcp-object-item", b_dcp_object_item, "dcp"),
    Case("dcp-relative-path-dotdot", b_dcp_dotdot, "dcp"),
    Case("dcp-relative-path-absolute", b_dcp_absolute, "dcp"),
    Case("dcp-relative-path-symlink", b_dcp_symlink, "dcp"),
)
