"""Opening a checkpoint of many storages reads only what it must (issue 14): the zip directory
is walked once and its entries are made when something asks for them; the pickle is read in
place; the pages read once leave memory. What is read stays what torch reads."""

from __future__ import annotations

import mmap
import zipfile
from pathlib import Path

import numpy as np
import pytest
import torch

import torchckpt
from torchckpt.errors import CorruptFileError
from torchckpt.formats import _zip
from torchckpt.formats.base import map_file, release_pages


@pytest.fixture(scope="module")
def many(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("lazy") / "many.pt"
    torch.manual_seed(0)
    torch.save({f"layers.{i}.weight": torch.randn(3) for i in range(3000)}, path)
    return path


def test_open_makes_no_entry_until_a_tensor_is_read(many: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    made: list[int] = []
    central = _zip.ZipArchive._central

    def counted(self: _zip.ZipArchive, index: int) -> _zip.ZipEntry:
        made.append(index)
        return central(self, index)

    monkeypatch.setattr(_zip.ZipArchive, "_central", counted)
    expected = torch.load(many, weights_only=True)
    with torchckpt.open(many) as ckpt:
        tensors = ckpt.tensors()
        assert list(tensors) == list(expected)
        assert len(made) < 10       # data.pkl and the small records, not 3,000 storages
        for name in ("layers.0.weight", "layers.1234.weight", "layers.2999.weight"):
            assert np.array_equal(tensors[name].numpy(), expected[name].numpy())
        assert len(made) < 13       # one entry more per tensor read
        assert len(set(made)) == len(made)   # each made once


def test_lazy_directory_is_the_eager_one(many: Path) -> None:
    """Every entry the lazy directory makes is the one zipfile lists, in order, and each lookup finds it."""
    buf, _ = map_file(many)
    try:
        archive = _zip.ZipArchive(buf)
        with zipfile.ZipFile(many) as z:
            infos = z.infolist()
        assert len(archive.every_entry) == len(infos)
        assert archive.names() == [i.filename for i in infos]
        for i in (0, 1, 1500, len(infos) - 1):
            e = archive.every_entry[i]
            assert (e.name, e.size, e.compressed_size, e.header_offset, e.crc) == (
                infos[i].filename, infos[i].file_size, infos[i].compress_size, infos[i].header_offset, infos[i].CRC)
            assert archive.locate(e.name.upper()) is e      # torch's lookup ignores case
            assert archive.stored_size(i) == e.size
        assert archive.every_entry[-1] is archive.every_entry[len(infos) - 1]
        assert [e.name for e in archive.every_entry[:3]] == [i.filename for i in infos[:3]]
        with pytest.raises(IndexError):
            archive.every_entry[len(infos)]
        assert archive.entries[infos[7].filename].index == 7
        del archive
    finally:
        buf.close()


def test_pickle_errors_count_from_the_entry(tmp_path: Path, many: Path) -> None:
    """data.pkl is read in place, its offsets still count from the entry's start (as zipfile's read of it)."""
    with zipfile.ZipFile(many) as z:
        name = next(n for n in z.namelist() if n.endswith("data.pkl"))
        pickle = z.read(name)
        items = [(i, z.read(i)) for i in z.infolist()]
    at = pickle.index(b"layers.10.weight") - 5            # the BINUNICODE opcode of a key
    broken = tmp_path / "broken.pt"
    with zipfile.ZipFile(broken, "w", zipfile.ZIP_STORED) as out:
        for info, data in items:
            out.writestr(info, data if info.filename != name else pickle[:at] + b"\xff" + pickle[at + 1:])
    with pytest.raises(CorruptFileError) as caught:
        torchckpt.open(broken)
    assert f"unknown opcode 0xff at byte {at}" in caught.value.message


def test_released_pages_read_back_and_written_pages_stay(tmp_path: Path) -> None:
    page = mmap.PAGESIZE
    path = tmp_path / "pages.bin"
    content = bytes(range(256)) * (8 * page // 256)
    path.write_bytes(content)
    buf, _ = map_file(path, copy_on_write=True)
    try:
        buf[page + 100] = 0xAB             # a copy-on-write page, written
        # from inside page 0 to inside page 1 (the written one): no page lies wholly inside, none goes
        release_pages(buf, 10, page + 200)
        release_pages(buf, 2 * page - 1, 6 * page + 1)      # pages 2-5: read-only bytes
        assert buf[page + 100] == 0xAB
        expected = bytearray(content)
        expected[page + 100] = 0xAB
        assert buf[:] == bytes(expected)
    finally:
        buf.close()
    assert path.read_bytes() == content


@pytest.mark.parametrize(("key", "entry"), [("b", "B"), ("b\0tail", "B"), ("Bc", "bC")])
def test_storage_lookup_is_torchs(tmp_path: Path, key: str, entry: str) -> None:
    """A storage key found the way torch's reader finds its record: case-insensitively, cut at a NUL."""
    source = tmp_path / "one.pt"
    torch.save({"w": torch.arange(6, dtype=torch.float32)}, source)
    with zipfile.ZipFile(source) as z:
        items = [(i, z.read(i)) for i in z.infolist()]
    folder = items[0][0].filename.split("/", 1)[0]
    path = tmp_path / "renamed.pt"
    raw = key.encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as out:
        for info, data in items:
            if info.filename.endswith("data.pkl"):
                old = b"X\x01\x00\x00\x000"       # BINUNICODE "0": the storage's key
                assert data.count(old) == 1
                data = data.replace(old, b"X" + len(raw).to_bytes(4, "little") + raw)
            elif info.filename == f"{folder}/data/0":
                info = zipfile.ZipInfo(f"{folder}/data/{entry}")
            out.writestr(info, data)
    expected = torch.load(path, weights_only=True)["w"]
    with torchckpt.open(path) as ckpt:
        assert np.array_equal(ckpt.get("w").numpy(), expected.numpy())
    buf, _ = map_file(path)
    try:
        archive = _zip.ZipArchive(buf)
        index, size = archive.storage_finder(f"{folder}/data/")(key)     # the open's own lookup, not a fallback
        assert (archive.every_entry[index].name, size) == (f"{folder}/data/{entry}", 24)
        assert archive.storage_finder(f"{folder}/data/")("missing") == (-1, 0)
        del archive
    finally:
        buf.close()


@pytest.mark.parametrize("extra_entry", [None, "DATA/5", "data/5"], ids=["numbered", "case-clash", "duplicate"])
def test_numbered_storages_are_found_as_torch_finds_them(tmp_path: Path, extra_entry: str | None) -> None:
    """Storages named by number are looked up in an array, other names in a dict: ``5`` and ``05``
    are different records, and names alike but for case (or twice the same) leave it to miniz's
    sorted directory, as torch does."""
    source = tmp_path / "two.pt"
    torch.save({"a": torch.arange(4, dtype=torch.float32), "b": torch.arange(4, 8, dtype=torch.float32)}, source)
    with zipfile.ZipFile(source) as z:
        items = [(i, z.read(i)) for i in z.infolist()]
    folder = items[0][0].filename.split("/", 1)[0]
    renamed = {f"{folder}/data/0": f"{folder}/data/5", f"{folder}/data/1": f"{folder}/data/05"}
    path = tmp_path / "numbered.pt"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as out:
        for info, data in items:
            if info.filename.endswith("data.pkl"):
                for old, new in ((b"0", b"5"), (b"1", b"05")):
                    pattern = b"X\x01\x00\x00\x00" + old
                    assert data.count(pattern) == 1
                    data = data.replace(pattern, b"X" + len(new).to_bytes(4, "little") + new)
            elif info.filename in renamed:
                info = zipfile.ZipInfo(renamed[info.filename])
            out.writestr(info, data)
            if extra_entry is not None and info.filename == f"{folder}/data/05":
                out.writestr(zipfile.ZipInfo(f"{folder}/{extra_entry}"), np.full(4, 9, "<f4").tobytes())
    expected = torch.load(path, weights_only=True)
    with torchckpt.open(path) as ckpt:
        for name in ("a", "b"):
            assert np.array_equal(ckpt.get(name).numpy(), expected[name].numpy()), name
