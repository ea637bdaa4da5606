"""torchckpt.save / verify / load: atomic writes with an embedded integrity record."""

from __future__ import annotations

import contextlib
import json
import os
import pickle
import subprocess
import sys
import zipfile

import pytest

torch = pytest.importorskip("torch")

from torchckpt.errors import CorruptFileError, TorchckptError  # noqa: E402
from torchckpt.saving import (  # noqa: E402
    RECORD,
    IntegrityError,
    NoIntegrityRecordError,
    atomic_write_bytes,
    load,
    read_record,
    save,
    verify,
    write_directory_record,
)

from .helpers import cli_in_process, same_tensors  # noqa: E402


def _state() -> dict:
    g = torch.Generator().manual_seed(0)
    return {
        "model": {"w": torch.randn(64, 32, generator=g), "b": torch.zeros(32),
                  "bf": torch.randn(5, generator=g).bfloat16()},
        "step": 7,
        "names": ["a", "b"],
        "empty": torch.empty(0),
    }


def test_save_is_plain_torch_loadable_and_verifies(tmp_path):
    path = tmp_path / "ckpt.pt"
    state = _state()
    digest = save(state, path, meta={"step": 7})
    assert same_tensors(torch.load(path, weights_only=True), state)
    assert same_tensors(torch.load(path, weights_only=True, mmap=True), state)
    report = verify(path)
    assert report.ok and report.digest == report.actual == digest
    assert report.meta == {"step": 7} and report.records >= 5
    assert read_record(path)["meta"] == {"step": 7}
    names = zipfile.ZipFile(path).namelist()
    assert any(n.endswith("/" + RECORD) for n in names)
    assert zipfile.ZipFile(path).testzip() is None  # still a valid zip for other tools
    assert os.listdir(tmp_path) == ["ckpt.pt"]  # no temp file left
    assert same_tensors(load(path), state)


def test_save_overwrites_atomically_and_cleans_up_on_failure(tmp_path):
    path = tmp_path / "ckpt.pt"
    save({"v": torch.ones(3)}, path)
    with pytest.raises((AttributeError, TypeError, pickle.PicklingError)):
        save({"bad": lambda: 0}, path)  # cannot be pickled: fails mid-save
    assert os.listdir(tmp_path) == ["ckpt.pt"]
    assert torch.equal(load(path)["v"], torch.ones(3))  # the old file is untouched
    save({"v": torch.zeros(3)}, path)
    assert torch.equal(load(path)["v"], torch.zeros(3))


def test_meta_must_be_json(tmp_path):
    with pytest.raises(TypeError):
        save({}, tmp_path / "x.pt", meta={"t": torch.ones(1)})
    assert os.listdir(tmp_path) == []


def _data_offset(path, suffix: str) -> int:
    """Where the bytes of the zip entry ending in ``suffix`` start (from its local header)."""
    import struct

    with zipfile.ZipFile(path) as z:
        info = next(i for i in z.infolist() if i.filename.endswith(suffix))
    with open(path, "rb") as f:
        f.seek(info.header_offset)
        header = f.read(30)
    name_len, extra_len = struct.unpack_from("<HH", header, 26)
    return info.header_offset + 30 + name_len + extra_len


def _flip(path, offset: int) -> None:
    with open(path, "r+b") as f:
        f.seek(offset)
        byte = f.read(1)
        f.seek(offset)
        f.write(bytes([byte[0] ^ 0x01]))


def test_flipped_byte_in_tensor_data_is_caught(tmp_path):
    path = tmp_path / "ckpt.pt"
    save(_state(), path)
    _flip(path, _data_offset(path, "data/0") + 10)
    report = verify(path)
    assert not report.ok and report.bad == ("data/0",)
    assert "data/0" in report.problem
    with pytest.raises(IntegrityError) as err:
        load(path)
    assert "data/0" in str(err.value) and "\n" not in str(err.value)


def test_altered_record_list_is_caught(tmp_path):
    path = tmp_path / "ckpt.pt"
    save({"w": torch.ones(4)}, path, meta={"step": 1})
    data = bytearray(path.read_bytes())
    i = data.find(b'"step": 1')
    data[i + 8:i + 9] = b"2"  # same length: the zip stays readable, the overall digest does not match
    path.write_bytes(bytes(data))
    report = verify(path)
    assert not report.ok and "altered" in report.problem


def test_torn_and_foreign_files(tmp_path):
    path = tmp_path / "ckpt.pt"
    save(_state(), path)
    data = path.read_bytes()
    torn = tmp_path / "torn.pt"
    torn.write_bytes(data[: len(data) // 2])
    with pytest.raises(CorruptFileError):
        verify(torn)
    foreign = tmp_path / "foreign.pt"
    torch.save(_state(), foreign)
    with pytest.raises(NoIntegrityRecordError):
        verify(foreign)
    with pytest.raises(NoIntegrityRecordError):
        load(foreign)
    assert same_tensors(load(foreign, verify_integrity=False), _state())
    with pytest.raises(TorchckptError):
        verify(tmp_path / "missing.pt")


def test_atomic_write_bytes(tmp_path):
    target = tmp_path / "latest"
    atomic_write_bytes(target, b"one\n")
    atomic_write_bytes(target, b"two\n")
    assert target.read_bytes() == b"two\n" and os.listdir(tmp_path) == ["latest"]


def test_directory_record(tmp_path):
    d = tmp_path / "shards"
    (d / "sub").mkdir(parents=True)
    (d / "a.bin").write_bytes(b"x" * 1000)
    (d / "sub" / "b.bin").write_bytes(b"y" * 10)
    write_directory_record(d, meta={"step": 3})
    report = verify(d)
    assert report.ok and report.records == 2 and report.meta == {"step": 3}
    (d / "sub" / "b.bin").write_bytes(b"z" * 10)
    (d / "c.bin").write_bytes(b"new")
    report = verify(d)
    assert not report.ok and report.bad == ("sub/b.bin",) and report.unexpected == ("c.bin",)


def test_verify_does_not_import_torch(tmp_path):
    path = tmp_path / "ckpt.pt"
    save(_state(), path)
    code = ("import sys, torchckpt.saving as s; r = s.verify(sys.argv[1]); "
            "assert r.ok; assert 'torch' not in sys.modules, 'torch imported'; print('ok')")
    out = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "ok"


def test_cli_verify_exit_codes(tmp_path):
    good = tmp_path / "good.pt"
    save(_state(), good, meta={"step": 1})
    code, out, _ = cli_in_process("verify", good)
    assert code == 0 and "ok" in out

    bad = tmp_path / "bad.pt"
    save(_state(), bad)
    _flip(bad, _data_offset(bad, "data/0"))
    code, out, _ = cli_in_process("verify", bad)
    assert code == 1 and "MISMATCH" in out

    foreign = tmp_path / "foreign.pt"
    torch.save({"w": torch.ones(2)}, foreign)
    code, _, err = cli_in_process("verify", foreign)
    assert code == 2 and "no torchckpt integrity record" in err

    assert cli_in_process("verify", good, foreign, bad)[0] == 1  # a mismatch outranks an error
    code, out, _ = cli_in_process("verify", "--json", good, foreign)
    assert code == 2
    results = json.loads(out)
    assert [r["status"] for r in results] == ["ok", "error"]
    assert results[0]["meta"] == {"step": 1}


def test_a_damaged_record_header_is_one_error_line(tmp_path):
    """Every bit of the integrity record's local header flipped: verify and read_record say what
    is wrong in one line (or read the record), never an internal error (a misread record once
    left a view of the map in the traceback, and closing the map raised over the real error)."""
    from torchckpt.saving import read_record

    path = tmp_path / "ckpt.pt"
    save(_state(), path)
    with zipfile.ZipFile(path) as zf:
        header = next(i.header_offset for i in zf.infolist() if i.filename.endswith("integrity.json"))
    original = path.read_bytes()
    assert original[header:header + 4] == b"PK\x03\x04"
    for pos in range(header, header + 30):
        for bit in range(8):
            mutant = bytearray(original)
            mutant[pos] ^= 1 << bit
            path.write_bytes(mutant)
            code, _, err = cli_in_process("verify", path)
            assert code in (0, 1, 2) and "internal error" not in err, (pos, bit, err)
            if code == 2:
                assert len(err.strip().splitlines()) == 1 and err.startswith("torchckpt: error: "), (pos, bit, err)
            with contextlib.suppress(TorchckptError):   # (a damaged record: its own error)
                read_record(path)
