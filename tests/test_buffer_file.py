"""formats.base.BufferFile, the file tarfile (torch's legacy loader) and zipfile (numpy.load)
read through, behaves as the real file those loaders open."""

from __future__ import annotations

import io
import zipfile

from hypothesis import given, settings
from hypothesis import strategies as st

from torchckpt.formats.base import BufferFile

_OPS = st.lists(st.one_of(
    st.tuples(st.just("read"), st.integers(-1, 40)),
    st.tuples(st.just("read1"), st.just(None)),
    st.tuples(st.just("seek"), st.tuples(st.integers(-40, 40), st.sampled_from([0, 1, 2]))),
    st.tuples(st.just("readinto"), st.integers(0, 40)),
), max_size=20)


def _apply(f, op, arg):
    try:
        if op == "read":
            return f.read(arg)
        if op == "read1":
            return f.read()
        if op == "seek":
            return f.seek(*arg), f.tell()
        buf = bytearray(arg)
        n = f.readinto(buf)
        return n, bytes(buf[:n])
    except OSError as exc:
        return type(exc), exc.errno


@settings(max_examples=300, deadline=None)
@given(data=st.binary(max_size=60), ops=_OPS)
def test_reads_and_seeks_as_a_real_file(tmp_path_factory, data, ops):
    path = tmp_path_factory.mktemp("f") / "f.bin"
    path.write_bytes(data)
    with open(path, "rb", buffering=0) as real:
        ours = BufferFile(memoryview(data))
        for op, arg in ops:
            assert _apply(ours, op, arg) == _apply(real, op, arg), (op, arg)


def test_zipfile_reads_a_short_or_real_archive_as_from_disk(tmp_path):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("a.npy", b"x" * 100)
    for data in (buf.getvalue(), b"PK\x03\x04short", b""):
        (tmp_path / "z.npz").write_bytes(data)
        outcomes = []
        for source in (open(tmp_path / "z.npz", "rb"), BufferFile(data)):  # noqa: SIM115 - closed below
            try:
                with zipfile.ZipFile(source) as z:
                    outcomes.append(("ok", z.namelist()))
            except zipfile.BadZipFile as exc:
                outcomes.append(("bad", str(exc)))
            finally:
                source.close()
        assert outcomes[0] == outcomes[1], data[:8]
