"""DCP items stored through torch's ``stream.zstd`` extension: judged decompressed when a zstd decoder
is installed, named "not judged" (with what to install) when none is.

Checkpoints come from the real ``torch.distributed.checkpoint`` writer: with ``_extensions=[ZStandard()]``
when ``zstandard`` is installed, else written plain and re-stored as zstd frames built by hand (raw
blocks, RFC 8878) with ``transform_descriptors`` set, as the writer records them.
"""

from __future__ import annotations

import itertools
import json
import os
import pickle
import subprocess
import sys
import warnings
from pathlib import Path

import pytest

from torchckpt import scan
from torchckpt.formats import _compression
from torchckpt.formats._compression import TooLargeError, zstd_decompress

import hostile

torch = pytest.importorskip("torch")
dcp = pytest.importorskip("torch.distributed.checkpoint")


class _Payload:
    def __init__(self, marker: str):
        self.marker = marker

    def __reduce__(self):
        return os.system, (f"touch {self.marker}",)


def _frame(data: bytes) -> bytes:
    """One zstd frame of raw blocks: single segment, 4-byte content size, no checksum."""
    out = bytearray(b"\x28\xb5\x2f\xfd\xa0" + len(data).to_bytes(4, "little"))
    blocks = [data[i:i + (128 << 10)] for i in range(0, len(data), 128 << 10)] or [b""]
    for i, block in enumerate(blocks):
        out += ((len(block) << 3) | (i == len(blocks) - 1)).to_bytes(3, "little") + block
    return bytes(out)


def _save(directory: Path, state: dict, *, zstd_writer: bool) -> None:
    from torch.distributed.checkpoint import FileSystemWriter

    extensions = []
    if zstd_writer:
        from torch.distributed.checkpoint._extension import ZStandard

        extensions = [ZStandard()]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # "assuming the intent is to save in a single process"
        dcp.save(state, storage_writer=FileSystemWriter(str(directory), _extensions=extensions), no_dist=True)


def _restore_as_zstd(directory: Path, *, frames: int = 1) -> None:
    """Re-store every item of a plain DCP checkpoint as hand-built zstd frames (split in ``frames``)."""
    with open(directory / ".metadata", "rb") as f:
        meta = pickle.load(f)  # written by the test's own dcp.save
    files: dict[str, bytearray] = {}
    for info in meta.storage_data.values():
        with open(directory / info.relative_path, "rb") as f:
            f.seek(info.offset)
            raw = f.read(info.length)
        cut = [len(raw) * k // frames for k in range(frames + 1)]
        stream = b"".join(_frame(raw[a:b]) for a, b in itertools.pairwise(cut))
        out = files.setdefault(info.relative_path, bytearray())
        info.offset, info.length = len(out), len(stream)
        info.transform_descriptors = ["stream.zstd/1"]
        out += stream
    for name, data in files.items():
        (directory / name).write_bytes(data)
    with open(directory / ".metadata", "wb") as f:
        pickle.dump(meta, f)


def _decoder() -> str | None:
    _compression.zstd_module.cache_clear()
    return _compression.zstd_module()


def _proof(directory: Path) -> None:
    """DCP's own reader (dcp_to_torch_save, the corpus's "dcp" loader) runs the payload."""
    result = subprocess.run([sys.executable, "-c", hostile.LOADER_SCRIPT, json.dumps([[str(directory), "dcp"]])],
                            capture_output=True, text=True, env=hostile.loader_env(), timeout=300)
    assert result.returncode == 0, result.stderr[-2000:]


@pytest.fixture
def hostile_dcp(tmp_path) -> tuple[Path, Path]:
    marker = tmp_path / "marker"
    directory = tmp_path / "ckpt"
    zstd_writer = _decoder() == "zstandard"
    _save(directory, {"w": torch.arange(6.0), "obj": _Payload(str(marker))}, zstd_writer=zstd_writer)
    if not zstd_writer:
        _restore_as_zstd(directory)
    return directory, marker


def test_hand_built_frames_read_back_with_the_decoders_reading(tmp_path):
    if _decoder() is None:
        pytest.skip("no zstd decoder installed (zstandard, pyzstd or compression.zstd)")
    data = os.urandom(300_000)
    two = _frame(data[:1000]) + _frame(data[1000:])
    assert zstd_decompress(two) == data  # every frame, as DCP's read(-1) reads them
    with pytest.raises(TooLargeError):
        zstd_decompress(two, limit=len(data) - 1)
    with pytest.raises(ValueError):
        zstd_decompress(b"\x28\xb5\x2f\xfd" + os.urandom(64))


def test_zstd_item_with_a_payload_is_judged_dangerous(hostile_dcp):
    directory, marker = hostile_dcp
    if _decoder() is None:
        pytest.skip("no zstd decoder installed (zstandard, pyzstd or compression.zstd)")
    report = scan(directory)
    assert not marker.exists()
    assert report.verdict == "dangerous", [f.detail for f in report.findings]
    assert any("zstd-decompressed" in (f.entry or "") and f.severity == "dangerous" for f in report.findings)
    _proof(directory)
    assert marker.exists()


def test_zstd_items_without_a_decoder_say_what_to_install(hostile_dcp, monkeypatch):
    directory, marker = hostile_dcp
    monkeypatch.setattr(_compression, "zstd_module", lambda: None)
    report = scan(directory)
    assert not marker.exists()
    assert report.verdict == "suspicious", [f.detail for f in report.findings]
    texts = [f.detail for f in report.findings if f.kind == "format"]
    assert texts and all("no zstd decoder" in t and "install `zstandard`" in t for t in texts), texts


def test_benign_zstd_checkpoint_scans_safe_and_unknown_transforms_stay_unjudged(tmp_path):
    directory = tmp_path / "ok"
    _save(directory, {"w": torch.arange(6.0), "step": 3, "cfg": {"lr": 0.1}}, zstd_writer=False)
    _restore_as_zstd(directory, frames=2)
    if _decoder() is not None:
        assert scan(directory).verdict == "safe", [f.detail for f in scan(directory).findings]
    with open(directory / ".metadata", "rb") as f:
        meta = pickle.load(f)  # written just above
    for info in meta.storage_data.values():
        info.transform_descriptors = ["stream.brotli/1"]
    with open(directory / ".metadata", "wb") as f:
        pickle.dump(meta, f)
    report = scan(directory)
    assert report.verdict == "suspicious"
    assert any("does not know" in f.detail for f in report.findings)
