"""CRC-32 in parallel parts: the combine against zlib on random splits, and torch zips written with
parallel checksums that zipfile verifies, torch loads, and that are byte-identical to serial ones."""

from __future__ import annotations

import itertools
import os
import zipfile
import zlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from torchckpt.converter import convert
from torchckpt.formats import writers
from torchckpt.formats.writers.crc32 import _X2N, _multmodp, crc32_combine, crc32_start

torch = pytest.importorskip("torch")


@settings(max_examples=300, deadline=None)
@given(data=st.binary(max_size=5000), cuts=st.lists(st.integers(0, 5000), max_size=6), seed=st.integers(0, 2**32 - 1))
def test_combine_equals_zlib_on_random_splits(data, cuts, seed):
    bounds = sorted({0, len(data), *(min(c, len(data)) for c in cuts)})
    crc = seed  # a running CRC from earlier bytes, as the zip writer carries one
    for start, stop in itertools.pairwise(bounds):
        part = data[start:stop]
        crc = crc32_combine(crc, zlib.crc32(part), len(part))
    assert crc == zlib.crc32(data, seed)


def test_combine_of_megabyte_parts_and_empty_ones():
    data = os.urandom(5 << 20)
    for size in (1, 4095, 1 << 20, (1 << 20) + 7, 3 << 20):
        crc = 0
        for i in range(0, len(data), size):
            crc = crc32_combine(crc, zlib.crc32(data[i:i + size]), len(data[i:i + size]))
        assert crc == zlib.crc32(data), size
    assert crc32_combine(0x12345678, 0, 0) == 0x12345678
    with pytest.raises(ValueError):
        crc32_combine(0, 0, -1)


@settings(max_examples=100, deadline=None)
@given(a=st.integers(0, 2**32 - 1), b=st.integers(0, 2**32 - 1), c=st.integers(0, 2**32 - 1),
       len_b=st.integers(0, 2**62), len_c=st.integers(0, 2**62))
def test_combine_is_associative_at_any_length(a, b, c, len_b, len_c):
    """Lengths far past what zlib can be asked about directly (the table index wraps past 32)."""
    left = crc32_combine(crc32_combine(a, b, len_b), c, len_c)
    right = crc32_combine(a, crc32_combine(b, c, len_c), len_b + len_c)
    assert left == right


def test_squaring_table_repeats_every_32_entries():
    # x^(2^32) = x modulo the polynomial: what makes indexing the table with k & 31 exact
    assert _multmodp(_X2N[31], _X2N[31]) == _X2N[0]


@pytest.mark.parametrize("workers", [1, 2, 4])
def test_crc32_start_in_parts_equals_zlib(monkeypatch, workers):
    monkeypatch.setattr(writers.threads, "workers", lambda: workers)
    monkeypatch.setattr(writers.crc32, "PART_MIN", 1000)
    data = memoryview(os.urandom(10_007))
    for start in (0, 0xDEADBEEF):
        assert crc32_start(data, start)() == zlib.crc32(data, start)
    assert crc32_start(data[:10])() == zlib.crc32(data[:10])


def test_parallel_checksums_give_the_same_file_as_serial(tmp_path, monkeypatch):
    """Every chunk split into parts: zipfile checks each CRC, torch loads it, and the bytes equal
    a serial run's (same input, same output)."""
    torch.manual_seed(5)
    sd = {"w": torch.randn(300_001), "b": torch.randn(70_000, dtype=torch.float64), "i": torch.arange(12345),
          "e": torch.empty(0), "tied": None}
    sd["tied"] = sd["w"]
    torch.save(sd, tmp_path / "src.pt")
    monkeypatch.setattr(writers.source, "CHUNK_BYTES", 100_003)  # odd chunks, odd parts
    monkeypatch.setattr(writers.crc32, "PART_MIN", 4096)
    combined = []
    real = writers.crc32.crc32_combine
    monkeypatch.setattr(writers.crc32, "crc32_combine", lambda *args: combined.append(args) or real(*args))
    outputs = {}
    for workers in (1, 4):
        monkeypatch.setattr(writers.threads, "workers", lambda workers=workers: workers)
        dst = tmp_path / f"out-{workers}.pt"
        convert(tmp_path / "src.pt", dst)
        with zipfile.ZipFile(dst) as z:
            assert z.testzip() is None
        got = torch.load(dst, weights_only=True)
        assert list(got) == list(sd) and all(torch.equal(got[k], v) for k, v in sd.items())
        outputs[workers] = dst.read_bytes()
        assert bool(combined) == (workers > 1)  # the parts really were checksummed apart
    assert outputs[1] == outputs[4]
