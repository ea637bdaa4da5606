"""Zip archives read the way their real readers read them.

Two readers matter for a model file, and they disagree on hostile input:

- :class:`ZipArchive` is torch's reading: ``torch._C.PyTorchFileReader`` (miniz inside
  ``caffe2/serialize/inline_container.cc``), used by ``torch.load``, ``torch.jit.load`` and the
  readers of this package. It finds the end record by scanning backwards (the last signature
  with 22 bytes after it), follows the ZIP64 locator wherever it points (a zip64 record that is
  not there is ignored), counts every offset from byte 0 (bytes before the archive are only
  read if the offsets count them), names the archive folder after the *first*
  central-directory entry, and looks every record up *case-insensitively* by a binary search
  over a heap-sorted directory (so which of two ``data.pkl``/``data.PKL`` wins is decided by
  the heap sort, reproduced here). It ignores CRCs and local-header names, reads a stored entry's
  *uncompressed* size from the data start, and takes whatever a broken deflate stream produced.
- :class:`PythonZip` is Python's :mod:`zipfile` (numpy's ``.npz`` loader and most tools): the
  end record is the last signature in the final 64 KiB, names are exact (the last duplicate
  wins, a NUL ends a name), entries run to the directory's byte size, not its count, and a local
  header whose name differs is refused.

:func:`zip_readings` gives both, plus every other end record that parses, for the scanner.
Why not :mod:`zipfile` itself: stored entries are read in place (zero-copy slices of the mmap),
and importing it costs more than parsing a checkpoint's directory.
"""

from __future__ import annotations

import copy
import mmap
import struct
from array import array
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field

from .. import _regex
from ..errors import CorruptFileError
from ._compression import MAX_INFLATE, Inflated, TooLargeError, inflate_member
from .base import is_lazy, need, need_many, release_pages

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, overload

__all__ = [
    "TORCH_RECORDS",
    "Extracted",
    "InflateBudget",
    "PythonZip",
    "ZipArchive",
    "ZipEntry",
    "ZipReadings",
    "inflate_alike",
    "zip_readings",
]

_EOCD = b"PK\x05\x06"
_EOCD64 = b"PK\x06\x06"
_LOCATOR = b"PK\x06\x07"
_CENTRAL = b"PK\x01\x02"
_LOCAL = b"PK\x03\x04"
_U32 = 0xFFFFFFFF
_U16 = 0xFFFF
_RELEASE = 1 << 20                      # a central directory this large is not kept resident once read
_KEEP = 16 << 20                        # inflated members up to this size are remembered
_MAX_VERSION = 10                       # kMaxSupportedFileFormatVersion of torch 2.x
_VERSION = _regex.compile(rb"[ \t\n\v\f\r]*[+-]?[0-9]+")

# Every record name torch's reader asks for (relative to the archive folder), in the order
# PyTorchStreamReader.init, torch.load's _load and torch.jit.load ask.
TORCH_RECORDS = (".data/serialization_id", ".data/version", "version", ".format_version", ".storage_alignment",
                 "byteorder", "data.pkl", "constants.pkl")


@dataclass(slots=True)
class ZipEntry:
    """One central-directory entry, with what its local header says."""

    index: int                # position in the central directory
    raw_name: bytes
    name: str                 # decoded (UTF-8 flag, else cp437); zipfile's name ends at a NUL
    method: int
    flags: int
    crc: int
    compressed_size: int
    size: int
    header_offset: int        # absolute offset of the local header in the buffer
    external_attr: int = 0
    dos_time: int = 0
    data_offset: int = -1     # absolute; -1 when the local header is missing
    local_raw_name: bytes = b""
    local_flags: int = 0
    local_method: int = 0
    stat_error: str | None = None

    @property
    def is_stored(self) -> bool:
        return self.method == 0

    @property
    def encrypted(self) -> bool:
        return bool(self.flags & 0x41)

    @property
    def local_name(self) -> str:
        if self.local_raw_name == self.raw_name:
            return self.name
        return _decode(self.local_raw_name, self.local_flags)


@dataclass(slots=True)
class Extracted:
    """What a reader gets for an entry: ``data`` (a zero-copy view when stored), or ``error`` when
    the reader refuses it. ``uncertain`` says the reader fills part of its buffer with whatever
    its allocator returns (a corrupt or short deflate stream, a zero-size or directory entry):
    ``data`` then holds the defined part. ``too_large`` when it would inflate past the bound."""

    content: bytes | None = None
    error: str | None = None
    uncertain: str | None = None
    too_large: bool = False
    origin: tuple[int, int] | None = None     # (offset, length) in ``source``, for stored entries
    source: Any = None

    @property
    def data(self) -> Any:
        """The bytes: a fresh zero-copy view of the file for stored entries (no view is kept, so
        the file can be closed), the inflated bytes otherwise."""
        if self.origin is not None:
            start, length = self.origin
            need(self.source, start, start + length)
            return memoryview(self.source)[start:start + length]
        return self.content

    @property
    def size(self) -> int:
        return self.origin[1] if self.origin is not None else len(self.content or b"")

    def same_as(self, other: Extracted) -> bool:
        if self.error or other.error:
            return bool(self.error) == bool(other.error)
        if self.too_large or other.too_large:
            return self.too_large == other.too_large
        if bool(self.uncertain) != bool(other.uncertain) or self.size != other.size:
            return False
        if self.origin is not None and self.origin == other.origin:
            return True
        return memoryview(self.data).cast("B") == memoryview(other.data).cast("B")


def _storage_number(key: bytes, prefix: bytes | None) -> int:
    """N when the lowercased name ``key`` is ``prefix`` (``<folder>/data/``) and N in decimal, as
    torch writes it (no sign, no leading zero, at most 9 digits); else -1."""
    if prefix is None or not key.startswith(prefix):
        return -1
    digits = key[len(prefix):]
    if not digits.isdigit() or len(digits) > 9 or (digits[0] == 0x30 and len(digits) > 1):
        return -1
    return int(digits)


def _decode(raw: bytes, flags: int) -> str:
    return raw.decode("utf-8" if flags & 0x800 else "cp437", "replace")


def _find_eocd_miniz(buf: Any, size: int) -> int:
    """mz_zip_reader_locate_header_sig: 4 KiB blocks from the end backwards, the last signature
    that has 22 bytes after it; give up once ~64 KiB + 22 from the end have been searched."""
    if size < 22:
        return -1
    block = 4096
    cur = max(size - block, 0)
    while True:
        n = min(block, size - cur)
        chunk = bytes(buf[cur:cur + n])
        i = chunk.rfind(_EOCD)
        while i >= 0 and size - (cur + i) < 22:
            i = chunk.rfind(_EOCD, 0, i + 3) if i > 0 else -1
        if i >= 0:
            return cur + i
        if cur == 0 or size - cur >= _U16 + 22:
            return -1
        cur = max(cur - (block - 3), 0)


def _miniz_dir_zip64(extra: bytes, csize: int, usize: int, hoff: int) -> tuple[int, int, int]:
    """The zip64 field as torch's patched mz_zip_reader_read_central_dir reads it for its checks
    (``-1`` sizes: a malformed extra field)."""
    remaining, pos = len(extra), 0
    while remaining:
        if remaining < 4:
            return -1, -1, -1
        tag, length = struct.unpack_from("<HH", extra, pos)
        if length + 4 > remaining:
            return -1, -1, -1
        if tag == 1:
            break
        pos += 4 + length
        remaining -= 4 + length
    if remaining >= 4:
        remaining -= 4
        pos += 4
        if usize == _U32 and remaining >= 8:
            (usize,) = struct.unpack_from("<Q", extra, pos)
            remaining, pos = remaining - 8, pos + 8
        if csize == _U32 and remaining >= 8:
            (csize,) = struct.unpack_from("<Q", extra, pos)
            remaining, pos = remaining - 8, pos + 8
        if hoff == _U32 and remaining >= 8:
            (hoff,) = struct.unpack_from("<Q", extra, pos)
    return csize, usize, hoff


def _zip64_values(extra: bytes, usize: int, csize: int, hoff: int) -> tuple[int, int, int]:
    """mz_zip_file_stat_internal: the zip64 extra field, read only for fields that are 0xFFFFFFFF."""
    pos = 0
    while pos < len(extra):
        if len(extra) - pos < 4:
            raise ValueError("truncated extra field")
        tag, length = struct.unpack_from("<HH", extra, pos)
        if length + 4 > len(extra) - pos:
            raise ValueError("extra field runs past its header")
        if tag == 1:
            data = extra[pos + 4:pos + 4 + length]
            i = 0
            for which in ("u", "c", "h"):
                current = {"u": usize, "c": csize, "h": hoff}[which]
                if current != _U32:
                    continue
                if len(data) - i < 8:
                    raise ValueError("zip64 field too short")
                (value,) = struct.unpack_from("<Q", data, i)
                i += 8
                if which == "u":
                    usize = value
                elif which == "c":
                    csize = value
                else:
                    hoff = value
            break
        pos += 4 + length
    return usize, csize, hoff


class ZipArchive:
    """torch's reading of the zip held in ``buf`` (see the module docstring).

    ``every_entry``: the central directory in order; ``entries``: each distinct name -> the entry
    torch's lookup of that name returns; ``duplicates``: names of entries no lookup reaches (another
    entry of the same name, or the same but for case, wins); ``folder``: the archive folder (``"archive/"``) torch
    prefixes every record with, None when the first entry has no ``/`` (torch refuses the file).
    Raises :class:`CorruptFileError` where torch's reader fails to open the archive.
    """

    # miniz fails an entry whose stream inflates to less than its declared size (see _inflate)
    exact_size = True

    def __init__(self, buf: Any, *, path: str | None = None, start: int = 0):
        self.buf = buf
        self.path = path
        self.size = len(buf)
        # torch's reader takes offsets from the start of what it is given: ``start`` is where that
        # is in ``buf`` (a zip embedded in a larger file, as torch.load(BytesIO(chunk)) sees it)
        self.prefix_bytes = start
        self._extracted: dict[int, Extracted] = {}
        self.budget: InflateBudget | None = None
        self.eocd = -1
        self.zip64 = False
        # The directory is kept as miniz keeps it: the central directory's bytes and where each
        # entry starts in them. A ZipEntry is made when something asks for it (a 100k-entry
        # checkpoint opened to read its pickle asks for a few), once, so identity holds.
        self._cd: Any = b""   # the directory's bytes: the map itself, or a copy
        self._cd_span = (0, 0)
        self._at = array("Q")   # (an int object per entry would cost 4 times its 8 bytes)
        self._sizes = array("Q")  # each entry's uncompressed size (0xFFFFFFFF: in its zip64 field)
        self._made: dict[int, ZipEntry] = {}
        # torch's lookup (see _index): lowercased name -> index, storages by number apart
        self._keys: list[bytes] = []
        self._sorted: list[int] = []
        self._unique: dict[bytes, int] | None = None
        self._numbered = array("q")
        self._data_prefix: bytes | None = None
        self._by_name: dict[str, ZipEntry] | None = None
        self._shadowed: list[str] = []
        self._parse()
        first = self._raw_name(0) if self._at else b""
        slash = first.find(b"/")
        self.raw_folder: bytes | None = first[:slash + 1] if slash >= 0 else None
        self.folder: str | None = None if self.raw_folder is None else _decode(self.raw_folder, 0x800)

    def _error(self, message: str) -> CorruptFileError:
        return CorruptFileError(message, path=self.path,
                                hint="the zip is damaged or truncated; re-download or re-save the file")

    # mz_zip_reader_read_central_dir (miniz 3.0.2, as torch builds it) ------------------------------
    def _parse(self) -> None:
        # a remote file: the end records (miniz searches the last 64 KiB + 22 bytes, by 4 KiB blocks)
        need(self.buf, len(self.buf) - (_U16 + 22 + 4096), len(self.buf))
        view = memoryview(self.buf)[self.prefix_bytes:]
        try:
            self._read_directory(view)
        finally:
            view.release()       # a failure must not leave the file's map pinned
        if is_lazy(self.buf):   # a remote file: every local header in one parallel fetch, every entry made
            made = self._made
            for i in range(len(self._at)):
                made[i] = self._central(i)
            need_many(self.buf, [(e.header_offset, e.header_offset + _LOCAL_HEADER.size) for e in made.values()])
            for e in made.values():
                _local(self.buf, e)
        self._index()

    def _read_directory(self, view: memoryview) -> None:
        base = self.prefix_bytes
        size = len(view)
        eocd = _find_eocd_miniz(view, size)
        if eocd < 0:
            raise self._error("zip end-of-central-directory record not found (truncated file?)")
        self.eocd = base + eocd
        need(self.buf, base + eocd - 76, base + eocd + 22)
        (_, this_disk, cd_disk, on_disk, count, cd_size, cd_ofs, _) = struct.unpack_from("<4sHHHHIIH", view, eocd)
        if eocd >= 76 and bytes(view[eocd - 20:eocd - 16]) == _LOCATOR:
            # the zip64 record is where the locator says (no prefix: offsets are from byte 0)
            (e64,) = struct.unpack_from("<Q", view, eocd - 12)
            if e64 > size - 56:
                raise self._error("zip64 end-of-central-directory locator points past the end of the file")
            need(self.buf, base + e64, base + e64 + 56)
            if bytes(view[e64:e64 + 4]) == _EOCD64:
                self.zip64 = True
                (record_size, this_disk, cd_disk, on_disk, count, cd_size, cd_ofs) = struct.unpack_from(
                    "<Q4xIIQQQQ", view, e64 + 4)
                (disks,) = struct.unpack_from("<I", view, eocd - 4)
                if record_size < 44:
                    raise self._error("zip64 end record is malformed")
                if disks != 1:
                    raise self._error("multi-disk zip archives are not supported")
                if count > _U32 or on_disk > _U32:
                    raise self._error("too many zip entries")
                if cd_size > _U32:
                    raise self._error("unsupported central directory size")
        if count != on_disk or ((this_disk | cd_disk) != 0 and (this_disk != 1 or cd_disk != 1)):
            raise self._error("multi-disk zip archives are not supported")
        if cd_size < count * 46 or cd_ofs + cd_size > size:
            raise self._error("zip central directory is truncated or malformed")
        need(self.buf, base + cd_ofs, base + cd_ofs + cd_size)
        cd: Any
        if isinstance(self.buf, mmap.mmap):
            # read in place: positions count in the map, and every slice stops at the directory's
            # end, as miniz reads its copy of the directory
            cd, pos, cd_end = self.buf, base + cd_ofs, base + cd_ofs + cd_size
        else:
            cd, pos, cd_end = bytes(view[cd_ofs:cd_ofs + cd_size]), 0, cd_size
        self._cd = cd
        remaining = cd_size
        at, sizes = self._at, self._sizes
        unique: dict[bytes, int] = {}
        # torch names its storages <folder>/data/0, 1, 2...: those are found by number in an array,
        # not by a name each in the dict (14 MB of a 100k-storage checkpoint's directory)
        numbered = self._numbered = array("q", [0]) * (count + 16)   # entry index + 1; 0: none
        limit = len(numbered)
        prefix: bytes | None = None
        clash = False
        unpack, add_at, add_size, plen = _CENTRAL_WALK.unpack_from, at.append, sizes.append, 0
        for index in range(count):
            if remaining < 46:
                raise self._error("zip central directory is truncated or malformed")
            (signature, flags, method_time, csize, usize, nlen, xlen, clen, disk, hoff) = unpack(cd, pos)
            if signature != _CENTRAL_SIGNATURE:
                raise self._error("zip central directory is truncated or malformed")
            c_size, d_size, h_ofs = csize, usize, hoff
            if xlen and max(csize, usize, hoff) == _U32:
                # torch's patched miniz reads the zip64 field here for its sanity checks
                c_size, d_size, h_ofs = _miniz_dir_zip64(cd[pos + 46 + nlen:min(pos + 46 + nlen + xlen, cd_end)],
                                                         csize, usize, hoff)
                if c_size < 0:
                    raise self._error(f"zip entry {self._what(pos, cd_end)!r} has a malformed extra field")
            if c_size != _U32 and d_size != _U32 and ((method_time == 0 and d_size != c_size)
                                                      or (d_size and not c_size)):
                raise self._error(f"zip entry {self._what(pos, cd_end)!r} has inconsistent sizes")
            if disk == _U16 or (disk != this_disk and disk != 1):
                raise self._error("multi-disk zip archives are not supported")
            if c_size != _U32 and h_ofs + 30 + c_size > size:
                raise self._error(f"zip entry {self._what(pos, cd_end)!r} runs past the end of the file")
            if flags & 0x2000:
                raise self._error("zip central directory is encrypted")
            total = 46 + nlen + xlen + clen
            if total > remaining:
                raise self._error("zip central directory is truncated or malformed")
            add_at(pos)
            add_size(usize)
            key = cd[pos + 46:pos + 46 + nlen].lower()  # MZ_TOLOWER is ASCII-only
            if not index:
                slash = key.find(b"/")     # the archive folder is the first entry's
                prefix = self._data_prefix = key[:slash + 1] + b"data/" if slash >= 0 else None
                plen = len(prefix) if prefix is not None else 0
            # _storage_number, inline (a call per entry of a 100k-entry directory)
            number = -1
            if prefix is not None and key.startswith(prefix):
                digits = key[plen:]
                if digits.isdigit() and len(digits) <= 9 and (digits[0] != 0x30 or len(digits) == 1):
                    number = int(digits)
            if 0 <= number < limit:
                if numbered[number]:
                    clash = True
                else:
                    numbered[number] = index + 1
            elif key in unique:
                clash = True
            else:
                unique[key] = index
            pos += total
            remaining -= total
        self._cd_span = (cd_end - cd_size, cd_end)
        if clash:   # two names alike but for case: miniz's sorted directory decides (see _index)
            self._keys = [self._raw_name(i).lower() for i in range(count)]
        else:
            self._unique = unique

    def release_directory(self) -> None:
        """Let the directory's pages of a mapped file leave memory once it has been read through
        (an entry made later reads its own page back from the page cache)."""
        if self._cd is self.buf and self._cd_span[1] - self._cd_span[0] >= _RELEASE:
            release_pages(self.buf, *self._cd_span)

    def _what(self, pos: int, cd_end: int) -> str:
        """The name of the entry at ``pos`` in the directory, for a message."""
        flags, _, _, _, nlen, *_ = _CENTRAL_HEADER.unpack_from(self._cd, pos)
        return _decode(self._cd[pos + 46:min(pos + 46 + nlen, cd_end)], flags)

    def _raw_name(self, index: int) -> bytes:
        pos = self._at[index]
        (nlen,) = _U16_AT.unpack_from(self._cd, pos + 28)
        return bytes(self._cd[pos + 46:pos + 46 + nlen])

    def _central(self, index: int) -> ZipEntry:
        """Entry ``index`` as the central directory describes it (no local header read)."""
        cd, pos = self._cd, self._at[index]
        (flags, method_time, _, crc, csize, usize, nlen, xlen, _, _, _, ext_attr, hoff) = _CENTRAL_ALL.unpack_from(
            cd, pos)
        raw_name = cd[pos + 46:pos + 46 + nlen]
        stat_error = None
        if max(csize, usize, hoff) == _U32:
            # mz_zip_file_stat_internal, when torch asks for the entry: a bad field fails that
            # record, not the archive
            try:
                usize, csize, hoff = _zip64_values(cd[pos + 46 + nlen:pos + 46 + nlen + xlen], usize, csize, hoff)
            except ValueError as exc:
                stat_error = str(exc)
        return ZipEntry(index, raw_name, _decode(raw_name, flags), method_time & _U16, flags, crc, csize, usize,
                        self.prefix_bytes + hoff, ext_attr, method_time >> 16, stat_error=stat_error)

    def entry(self, index: int) -> ZipEntry:
        """Entry ``index`` of the central directory, with what its local header says (made once)."""
        made = self._made.get(index)
        if made is None:
            made = self._made[index] = self._central(index)
            _local(self.buf, made)
        return made

    def iter_names(self) -> Iterator[str]:
        """Every entry's name in directory order, without making the entries."""
        cd, unpack = self._cd, _CENTRAL_HEADER.unpack_from
        for pos in self._at:
            flags, _, _, _, nlen, *_ = unpack(cd, pos)
            yield _decode(cd[pos + 46:pos + 46 + nlen], flags)

    def any_name_starts(self, prefix: str) -> bool:
        """Whether some entry's name (as :meth:`iter_names` gives it) starts with ``prefix``."""
        try:
            raw = prefix.encode("ascii")
        except UnicodeEncodeError:
            return any(name.startswith(prefix) for name in self.iter_names())
        # an ASCII prefix: a name starts with it decoded (UTF-8 or cp437, both ASCII-preserving,
        # neither making ASCII of other bytes) as its bytes do, so the directory is searched for
        # the bytes (no name decoded), each hit checked to be the start of a name
        cd, at = self._cd, self._at
        start, end = self._cd_span
        hit = cd.find(raw, start, end) if at else -1
        if hit >= 0:
            import bisect  # (off the start-up path: most checkpoints have no hit)
        while hit >= 0:
            i = bisect.bisect_left(at, hit - 46)
            if i < len(at) and at[i] == hit - 46 and _U16_AT.unpack_from(cd, hit - 18)[0] >= len(raw):
                return True
            hit = cd.find(raw, hit + 1, end)
        return False

    # mz_zip_reader_sort_central_dir_offsets_by_filename / locate_file_binary_search --------------
    def _index(self) -> None:
        """Names that differ but for case make miniz's lookup depend on its heap-sorted directory;
        names that are all distinct (lowercased) each find their own entry, but where a NUL cuts
        one short (the lookup's C string ends there)."""
        if self._unique is not None:
            # (a storage's number has no NUL: only the names in the dict can hold one)
            if not any(b"\0" in k for k in self._unique):
                # each name is unique and whole: its lookup finds its own entry (the name -> entry
                # map is then made when asked for, see :attr:`entries`)
                return
        else:
            self._sorted = _heap_sort(self._keys)
        by_name: dict[str, ZipEntry] = {}
        shadowed: list[str] = []
        for e in self.every_entry:
            found = self.locate(e.raw_name)
            if found is not e:
                shadowed.append(e.name)      # no lookup ever reaches this entry
            if e.name not in by_name:
                by_name[e.name] = found if found is not None else e
        self._by_name, self._shadowed = by_name, shadowed

    @property
    def every_entry(self) -> Sequence[ZipEntry]:
        """The central directory in order (each entry made when reached)."""
        return _Directory(self)   # (made per call: held by the archive, it would be a reference cycle)

    @property
    def entries(self) -> dict[str, ZipEntry]:
        """Each distinct name -> the entry torch's lookup of that name returns."""
        if self._by_name is None:
            by_name: dict[str, ZipEntry] = {}
            for e in self.every_entry:
                by_name.setdefault(e.name, e)
            self._by_name = by_name
        return self._by_name

    @property
    def duplicates(self) -> list[str]:
        """Names of entries no lookup reaches (another entry of the same name, or the same but for case, wins)."""
        return self._shadowed

    def locate_index(self, name: bytes | str) -> int:
        """The index of the entry mz_zip_reader_locate_file returns for ``name`` (a C string: it
        ends at a NUL), -1 when there is none."""
        raw = name.encode("utf-8", "surrogateescape") if isinstance(name, str) else name
        key = raw.split(b"\0", 1)[0].lower()
        if self._unique is not None:
            return self._lookup(key)
        keys, order = self._keys, self._sorted
        lo, hi = 0, len(order) - 1
        while lo <= hi:
            mid = lo + ((hi - lo) >> 1)
            index = order[mid]
            k = keys[index]
            if k == key:
                return index
            if k < key:
                lo = mid + 1
            else:
                hi = mid - 1
        return -1

    def _lookup(self, key: bytes) -> int:
        """The entry of the lowercased name ``key`` when all names are distinct: a storage by its
        number, the rest in the dict (as the directory's walk put them)."""
        number = _storage_number(key, self._data_prefix)
        if 0 <= number < len(self._numbered):
            return self._numbered[number] - 1
        assert self._unique is not None
        return self._unique.get(key, -1)

    def locate(self, name: bytes | str) -> ZipEntry | None:
        """The entry mz_zip_reader_locate_file returns for ``name`` (a C string: it ends at a NUL)."""
        index = self.locate_index(name)
        return None if index < 0 else self.entry(index)

    def storage_finder(self, folder: str) -> Callable[[str], tuple[int, int]]:
        """``find(name)``: ``(index, size)`` of the entry :meth:`locate_index` and
        :meth:`stored_size` give for ``folder + name``, ``(-1, 0)`` when there is none; made once
        for the lookups of a checkpoint's storages."""
        prefix = folder.encode("utf-8", "surrogateescape")
        lookup, sizes = self._lookup, self._sizes
        if self._unique is None or b"\0" in prefix:
            def slow(name: str) -> tuple[int, int]:
                index = self.locate_index(folder + name)
                return (index, self.stored_size(index)) if index >= 0 else (-1, 0)
            return slow
        prefix = prefix.lower()

        def find(name: str) -> tuple[int, int]:
            raw = name.encode("utf-8", "surrogateescape")
            if b"\0" in raw:
                raw = raw.split(b"\0", 1)[0]
            index = lookup(prefix + raw.lower())
            if index < 0:
                return -1, 0
            size = sizes[index]
            return index, size if size != _U32 else self.stored_size(index)
        return find

    def storage_numbers(self, folder: str) -> tuple[array[int], array[int]] | None:
        """``(numbered, sizes)``: entry index + 1 (0: none) of the name ``folder`` + N by N (torch's
        storage names), and each entry's uncompressed size (0xFFFFFFFF: ask :meth:`stored_size`),
        where :meth:`locate_index` finds every such name of N below ``len(numbered)`` by it (names
        all distinct, ``folder`` the archive's ``<folder>/data/``); else None."""
        prefix = folder.encode("utf-8", "surrogateescape").lower()
        if self._unique is None or b"\0" in prefix or prefix != self._data_prefix:
            return None
        return self._numbered, self._sizes

    def stored_size(self, index: int) -> int:
        """Entry ``index``'s uncompressed size, as :meth:`entry` would give it."""
        usize = self._sizes[index]
        return usize if usize != _U32 else self.entry(index).size

    def reading(self) -> ZipArchive:
        """Another reader of the same directory (its entries shared): its own extraction cache and
        inflate budget, so that what one reader inflated unbounded never stands in for another's."""
        other = copy.copy(self)
        other._extracted = {}
        other.budget = None
        return other

    def record(self, name: str) -> ZipEntry | None:
        """What torch's ``get_record(name)`` resolves (the folder prefix, then the lookup)."""
        if self.raw_folder is None:
            return None
        return self.locate(self.raw_folder + name.encode("utf-8", "surrogateescape"))

    # mz_zip_reader_extract_to_mem ---------------------------------------------------------------
    def extract(self, entry: ZipEntry, *, limit: int = MAX_INFLATE, ignore_encryption: bool = False) -> Extracted:
        """What ``get_record`` hands to torch for ``entry`` (``ignore_encryption``: what a reader
        that ignores the encryption bits gets). Remembered per entry."""
        if limit == MAX_INFLATE and not ignore_encryption:
            got = self._extracted.get(entry.index)
            if got is None:
                got = self._extract(entry, limit, False)
                if got.origin is not None or got.size <= _KEEP:
                    self._extracted[entry.index] = got
            return got
        return self._extract(entry, limit, ignore_encryption)

    def extract_head(self, entry: ZipEntry, length: int) -> Extracted:
        """The first ``length`` bytes of a deflated entry as torch inflates it (else the whole entry)."""
        if (entry.method != 8 or entry.flags & 0x61 or entry.data_offset < 0 or entry.stat_error
                or entry.raw_name.endswith(b"/") or entry.external_attr & 0x10 or not entry.compressed_size):
            return self.extract(entry)
        return _inflate(self.buf, entry, min(length, entry.size), MAX_INFLATE, self.budget, head=True)

    def _extract(self, entry: ZipEntry, limit: int, ignore_encryption: bool) -> Extracted:
        planned = self.plan(entry, ignore_encryption=ignore_encryption)
        return planned if planned is not None else _inflate(self.buf, entry, entry.size, limit, self.budget,
                                                            exact=self.exact_size)

    def plan(self, entry: ZipEntry, *, ignore_encryption: bool = False) -> Extracted | None:
        """What torch gets for ``entry`` short of inflating it; None when it inflates the entry."""
        if entry.stat_error is not None:
            return Extracted(error=entry.stat_error)
        if entry.flags & 0x41 and not ignore_encryption:
            return Extracted(error="unsupported encryption")
        if entry.flags & 0x20 or entry.method not in (0, 8):
            return Extracted(error=f"unsupported method {entry.method}" if entry.method not in (0, 8)
                             else "unsupported feature (patch data)")
        if entry.raw_name.endswith(b"/") or entry.external_attr & 0x10 or not entry.compressed_size:
            # miniz returns success without writing: torch gets an uninitialised buffer
            return Extracted(content=b"", uncertain=f"a directory or empty entry: torch reads {entry.size} bytes of "
                                                 "uninitialised memory" if entry.size else None)
        if entry.data_offset < 0:
            return Extracted(error="the local header is missing")
        if entry.data_offset + entry.compressed_size > self.size:
            return Extracted(error="the entry runs past the end of the file")
        if entry.method == 0:
            if entry.data_offset + entry.size > self.size:
                return Extracted(error="the entry runs past the end of the file")
            return _view(self.buf, entry.data_offset, entry.size)
        return None

    def view(self, entry: ZipEntry) -> Any:
        """The entry's bytes as torch reads them (a zero-copy view when stored); raises when torch fails."""
        got = self.extract(entry)
        if got.too_large:
            raise self._error(f"zip entry {entry.name!r} inflates to more than {MAX_INFLATE >> 30} GiB")
        if got.error is not None:
            raise self._error(f"zip entry {entry.name!r} cannot be read ({got.error})")
        if got.uncertain is not None and entry.method != 0:
            raise self._error(f"zip entry {entry.name!r} does not decompress ({got.uncertain})")
        return got.data

    def read(self, name: str) -> bytes:
        return bytes(self.view(self.entries[name]))

    def names(self) -> list[str]:
        return list(self.iter_names())

    def open_error(self) -> str | None:
        """Why PyTorchStreamReader's constructor refuses the archive (None: it opens): no entries,
        a first entry outside a folder, an unreadable ``.data/serialization_id``, or a version
        record (``.data/version``, else ``version``) that is missing or outside 1..10."""
        if not self.every_entry:
            return "archive does not contain any files"
        if self.raw_folder is None:
            return "file in archive is not in a subdirectory"
        serial = self.record(".data/serialization_id")
        if serial is not None and self.extract(serial).error:
            return f"the serialization id cannot be read ({self.extract(serial).error})"
        version = self.record(".data/version") or self.record("version")
        if version is None:
            return "the archive has no version record"
        got = self.extract(version)
        if got.error or got.too_large:
            return f"the version record cannot be read ({got.error or 'too large'})"
        if got.uncertain:
            return None
        found = _VERSION.match(bytes(got.data))     # std::stoull
        if found is None:
            return "the version record is not a number"
        if not 1 <= int(found.group()) <= _MAX_VERSION:
            return f"unsupported file format version {int(found.group())}"
        return None


class _Directory(Sequence[ZipEntry]):
    """``every_entry`` of a reading: the central directory in order, each entry made when reached."""

    __slots__ = ("_archive",)

    def __init__(self, archive: ZipArchive | PythonZip):
        self._archive = archive

    def __len__(self) -> int:
        return len(self._archive._at)

    if TYPE_CHECKING:  # typing's overload is for type checkers (typing stays off the start-up path)
        @overload
        def __getitem__(self, index: int) -> ZipEntry: ...

        @overload
        def __getitem__(self, index: slice) -> list[ZipEntry]: ...

    def __getitem__(self, index: int | slice) -> ZipEntry | list[ZipEntry]:
        n = len(self._archive._at)
        if isinstance(index, slice):
            return [self._archive.entry(i) for i in range(*index.indices(n))]
        if index < 0:
            index += n
        if not 0 <= index < n:
            raise IndexError("zip entry index out of range")
        return self._archive.entry(index)

    def __iter__(self) -> Iterator[ZipEntry]:
        entry = self._archive.entry
        return (entry(i) for i in range(len(self._archive._at)))


def _view(buf: Any, start: int, length: int) -> Extracted:
    return Extracted(origin=(start, length), source=buf)


class InflateBudget:
    """How many bytes all the readings of one file may still inflate together (declared sizes are
    charged before inflating, and no member inflates past its declared size), and the most one
    member may: a file of many small bombs stays within time and memory. Small members are
    inflated once for all readers (each reads what came out its own way, see :func:`_inflate`)."""

    def __init__(self, total: int, *, member: int = MAX_INFLATE):
        self.left = total
        self.member = member
        self.done: dict[tuple[int, int, int, int], Inflated] = {}


def _inflate(buf: Any, entry: ZipEntry, size: int, limit: int, budget: InflateBudget | None, *,
             head: bool = False, exact: bool = False) -> Extracted:
    """Inflate ``entry`` to its declared ``size`` (``head``: only the first ``size`` bytes).
    ``exact``: a stream that ends before ``size`` bytes fails, as miniz's extraction does (it checks
    what came out against the declared size); zipfile checks only the CRC, which the scanner
    judges apart, and keeps what came out."""
    key = (entry.data_offset, entry.compressed_size, entry.method, size)
    got = budget.done.get(key) if budget is not None else None
    if got is None:
        if budget is not None and (size > budget.left or size > budget.member):
            return Extracted(too_large=True)
        need(buf, entry.data_offset, entry.data_offset + entry.compressed_size)
        raw = memoryview(buf)[entry.data_offset:entry.data_offset + entry.compressed_size]
        try:
            got = inflate_member(entry.method, raw, size=size, limit=limit)
        except TooLargeError:
            return Extracted(too_large=True)
        finally:
            raw.release()
        if budget is not None:
            budget.left -= size
            if size <= _KEEP:
                budget.done[key] = got
    if got.error is not None and not (head and len(got.data) == size):
        return Extracted(content=got.data, uncertain=got.error)
    if exact and not head and len(got.data) < size:   # (the stream ended, short of the declared size)
        return Extracted(error="unexpected decompressed size")
    return Extracted(content=got.data)


_LOCAL_HEADER = struct.Struct("<4s2xHH16xHH")
# central-directory fields: the directory walk's (flags, method+time, sizes, name/extra/comment
# lengths, disk, header offset) and every field after the signature
_CENTRAL_HEADER = struct.Struct("<8xHI6xIIHHHH6xI")
# the same with the signature first (the directory's walk)
_CENTRAL_WALK = struct.Struct("<I4xHI6xIIHHHH6xI")
_CENTRAL_SIGNATURE = 0x02014B50
_CENTRAL_ALL = struct.Struct("<8xHIHIIIHHHHHII")
_U16_AT = struct.Struct("<H")
# zipfile's walk of the directory (signature, version needed, flags, method, sizes,
# name/extra/comment lengths, external attributes, header offset), and the fields of an entry
_PY_CENTRAL = struct.Struct("<4s2xBxHH8xIIHHH4xII")
_PY_ENTRY = struct.Struct("<8xHI2xIIIHHH4xII")


def _local(buf: Any, e: ZipEntry) -> None:
    """The entry's local header: its name and flags, and where its data starts."""
    hoff = e.header_offset
    if hoff < 0 or hoff + 30 > len(buf):
        return
    need(buf, hoff, hoff + 30)
    (sig, lflags, lmethod, lnlen, lxlen) = _LOCAL_HEADER.unpack_from(buf, hoff)
    if sig != _LOCAL:
        return
    e.local_raw_name = e.raw_name if buf[hoff + 30:hoff + 30 + lnlen] == e.raw_name else bytes(
        buf[hoff + 30:hoff + 30 + lnlen])
    e.local_flags, e.local_method = lflags, lmethod
    e.data_offset = hoff + 30 + lnlen + lxlen


def _heap_sort(keys: list[bytes]) -> list[int]:
    """miniz's heap sort of the directory by lowercased name (not stable: it decides which of
    two names that differ only in case a lookup finds)."""
    size = len(keys)
    idx = list(range(size))
    if size <= 1:
        return idx

    def sift(root: int, end: int) -> None:
        while True:
            child = 2 * root + 1
            if child >= end:
                return
            if child + 1 < end and keys[idx[child]] < keys[idx[child + 1]]:
                child += 1
            if not keys[idx[root]] < keys[idx[child]]:
                return
            idx[root], idx[child] = idx[child], idx[root]
            root = child

    for start in range((size - 2) >> 1, -1, -1):
        sift(start, size)
    for end in range(size - 1, 0, -1):
        idx[end], idx[0] = idx[0], idx[end]
        sift(0, end)
    return idx


# --- Python's zipfile ----------------------------------------------------------------------------

class PythonZip:
    """Python's :mod:`zipfile` reading of ``buf`` (CPython 3.11's ``_EndRecData``,
    ``_RealGetContents`` and ``ZipFile.open``). ``eocd`` forces the end record used (another end
    record a different reader may pick). Raises ``ValueError`` where ``zipfile.ZipFile`` refuses."""

    # zipfile keeps what a stream that ends early inflated to (only its CRC is checked)
    exact_size = False

    def __init__(self, buf: Any, *, eocd: int | None = None):
        self.buf = buf
        self.size = len(buf)
        self.concat = 0             # bytes before the archive (zipfile shifts every offset by them)
        self._extracted: dict[int, Extracted] = {}
        self.budget: InflateBudget | None = None
        # The directory as ZipArchive keeps it (its bytes, where each record starts in them); an
        # entry is made when asked for. ``_index``: each name -> the entry zipfile's NameToInfo
        # gives (the last of that name), in the order the names first appear.
        self._cd = b""
        self._at = array("Q")
        self._names: list[str] = []
        self._index: dict[str, int] = {}
        self._made: dict[int, ZipEntry] = {}
        self._by_name: dict[str, ZipEntry] | None = None
        self.names_cut = False      # whether a NUL cut some name short (its raw name says more)
        # each entry's data offset where it is plain for zipfile (-1: not), and its size
        self.plain = array("q")
        self.plain_sizes = array("q")
        self.eocd = self._end_record() if eocd is None else eocd
        self._parse()

    def _end_record(self) -> int:
        buf, size = self.buf, self.size
        if size < 22:
            raise ValueError("File is not a zip file")
        if bytes(buf[size - 22:size - 18]) == _EOCD and bytes(buf[size - 2:size]) == b"\0\0":
            return size - 22
        start = max(size - (1 << 16) - 22, 0)
        found = bytes(buf[start:]).rfind(_EOCD)
        if found < 0 or start + found + 22 > size:
            raise ValueError("File is not a zip file")
        return start + found

    def _parse(self) -> None:
        buf, eocd = self.buf, self.eocd
        need(buf, eocd - 76, eocd + 22)
        (_, _, _, _, _, cd_size, cd_ofs, _) = struct.unpack_from("<4sHHHHIIH", buf, eocd)
        zip64 = False
        if eocd >= 20 and bytes(buf[eocd - 20:eocd - 16]) == _LOCATOR:
            (diskno, _, disks) = struct.unpack_from("<IQI", buf, eocd - 16)
            if diskno != 0 or disks > 1:
                raise ValueError("zipfiles that span multiple disks are not supported")
            if eocd >= 76 and bytes(buf[eocd - 76:eocd - 72]) == _EOCD64:
                (cd_size, cd_ofs) = struct.unpack_from("<QQ", buf, eocd - 76 + 40)
                zip64 = True
        concat = self.concat = eocd - cd_size - cd_ofs - (76 if zip64 else 0)
        start_dir = cd_ofs + concat
        if start_dir < 0:
            raise ValueError("Bad offset for central directory")
        cd = self._cd = bytes(buf[start_dir:start_dir + cd_size])
        # (the walk runs once per entry of a 100k-entry checkpoint: its work is kept to the least)
        at: list[int] = []
        plain: list[int] = []
        sizes: list[int] = []
        names = self._names
        unpack, local = _PY_CENTRAL.unpack_from, _LOCAL_HEADER.unpack_from
        add_at, add_name, add_plain, add_size = at.append, names.append, plain.append, sizes.append
        lazy = is_lazy(buf)
        size = self.size
        room, last = len(cd) - 46, size - 30
        pos = 0
        while pos < cd_size:
            if pos > room:
                raise ValueError("Truncated central directory")
            (sig, extract_version, flags, method, csize, usize, nlen, xlen, clen, ext_attr, hoff) = unpack(cd, pos)
            if sig != _CENTRAL:
                raise ValueError("Bad magic number for central directory")
            raw = cd[pos + 46:pos + 46 + nlen]
            try:
                name = raw.decode("utf-8" if flags & 0x800 else "cp437")
            except UnicodeDecodeError as exc:
                raise ValueError(f"undecodable entry name ({exc.reason})") from None
            if extract_version > 63:
                raise ValueError("zip file version not supported")
            if xlen >= 4:   # (ZipInfo._decodeExtra: a corrupt field fails the archive)
                _python_zip64(cd[pos + 46 + nlen:pos + 46 + nlen + xlen], usize, csize, hoff)
            cut = "\0" in name
            if cut:
                name = name.split("\0", 1)[0]
                self.names_cut = True
            # plain (see PlainEntries), as far as this reading tells: flags at most bit 3 (a data
            # descriptor) and bit 11 (UTF-8 names), no zip64 field, a local header that repeats it
            data = -1
            if not (method or flags & 0xF7F7 or csize != usize or not usize or usize == _U32 or hoff == _U32
                    or ext_attr & 0x10 or cut or lazy):
                h = hoff + concat
                if 0 <= h <= last:
                    (lsig, lflags, lmethod, lnlen, lxlen) = local(buf, h)
                    if lsig == _LOCAL and lflags == flags and not lmethod and lnlen == nlen:
                        data = h + 30 + nlen + lxlen
                        if data + usize > size or buf[h + 30:h + 30 + nlen] != raw or raw.endswith(b"/"):
                            data = -1
            add_at(pos)
            add_plain(data)
            add_size(usize)
            add_name(name)
            pos += 46 + nlen + xlen + clen
        count = len(at)
        self._at, self.plain, self.plain_sizes = array("Q", at), array("q", plain), array("q", sizes)
        self._index = dict(zip(names, range(count)))   # (the last entry of a name wins, as in NameToInfo)
        if lazy:   # a remote file: each local header fetched as the directory is read
            for i in range(count):
                self.entry(i)

    def entry(self, index: int) -> ZipEntry:
        """Entry ``index`` of the directory, with what its local header says (made once)."""
        made = self._made.get(index)
        if made is None:
            cd, pos = self._cd, self._at[index]
            (flags, method_time, crc, csize, usize, nlen, xlen, _, ext_attr, hoff) = _PY_ENTRY.unpack_from(cd, pos)
            raw_name = cd[pos + 46:pos + 46 + nlen]
            usize, csize, hoff = _python_zip64(cd[pos + 46 + nlen:pos + 46 + nlen + xlen], usize, csize, hoff)
            made = self._made[index] = ZipEntry(index, raw_name, self._names[index], method_time & _U16, flags, crc,
                                                csize, usize, hoff + self.concat, ext_attr, method_time >> 16)
            _local(self.buf, made)
        return made

    @property
    def every_entry(self) -> Sequence[ZipEntry]:
        """The central directory in order (each entry made when reached)."""
        return _Directory(self)

    @property
    def entries(self) -> dict[str, ZipEntry]:
        """Each name -> the entry zipfile opens for it (the last of that name)."""
        if self._by_name is None:
            entry = self.entry
            self._by_name = {name: entry(i) for name, i in self._index.items()}
        return self._by_name

    def index_of(self, name: str) -> int:
        """The index of the entry zipfile opens for ``name``, -1 when there is none."""
        return self._index.get(name, -1)

    def indices(self, names: Iterable[str]) -> Iterator[int]:
        """:meth:`index_of` of each name."""
        from itertools import repeat

        return map(self._index.get, names, repeat(-1))

    def opened(self) -> Iterator[tuple[str, int]]:
        """Each name and the index of the entry zipfile opens for it (as :attr:`entries` orders them)."""
        return iter(self._index.items())

    @property
    def duplicates(self) -> list[str]:
        """Names that more than one entry has (zipfile opens the last)."""
        if len(self._index) == len(self._names):
            return []
        seen: set[str] = set()
        return [name for name in self._names if name in seen or seen.add(name)]   # type: ignore[func-returns-value]

    def extract(self, entry: ZipEntry, *, limit: int = MAX_INFLATE) -> Extracted:
        """What ``ZipFile.open(name).read()`` yields (up to where it raises). Remembered per entry."""
        got = self._extracted.get(entry.index) if limit == MAX_INFLATE else None
        if got is None:
            got = self._extract(entry, limit)
            if limit == MAX_INFLATE and (got.origin is not None or got.size <= _KEEP):
                self._extracted[entry.index] = got
        return got

    def extract_head(self, entry: ZipEntry, length: int) -> Extracted:
        """The first ``length`` bytes of a compressed entry as zipfile inflates it."""
        if entry.method not in (8, 12, 14) or entry.flags & 0x61 or entry.data_offset < 0:
            return self.extract(entry)
        return _inflate(self.buf, entry, min(length, entry.size), MAX_INFLATE, self.budget, head=True)

    def _extract(self, entry: ZipEntry, limit: int) -> Extracted:
        planned = self.plan(entry)
        return planned if planned is not None else _inflate(self.buf, entry, entry.size, limit, self.budget,
                                                            exact=self.exact_size)

    def plan(self, entry: ZipEntry) -> Extracted | None:
        """What zipfile yields for ``entry`` short of inflating it; None when it inflates the entry."""
        if entry.data_offset < 0:
            return Extracted(error="Bad magic number for file header")
        if entry.flags & 0x20:
            return Extracted(error="compressed patched data (flag bit 5)")
        if entry.flags & 0x40:
            return Extracted(error="strong encryption (flag bit 6)")
        try:
            local = entry.local_raw_name.decode("utf-8" if entry.local_flags & 0x800 else "cp437")
        except UnicodeDecodeError:
            return Extracted(error="undecodable local file name")
        if local != entry.raw_name.decode("utf-8" if entry.flags & 0x800 else "cp437", "replace"):
            return Extracted(error="File name in directory and header differ")
        if entry.flags & 0x1:
            return Extracted(error="File is encrypted, password required")
        if entry.method == 0:
            length = min(entry.compressed_size, entry.size, max(0, self.size - entry.data_offset))
            got = _view(self.buf, entry.data_offset, length)
            if length < min(entry.compressed_size, entry.size):
                got.uncertain = "the entry is truncated (zipfile raises EOFError after this)"
            return got
        if entry.method not in (8, 12, 14):
            return Extracted(error=f"compression method {entry.method} is not supported")
        return None

    def view(self, entry: ZipEntry) -> Any:
        """The entry's bytes as zipfile reads them; ``CorruptFileError`` where it raises."""
        got = self.extract(entry)
        problem = got.error or ("too large" if got.too_large else got.uncertain)
        if problem:
            raise CorruptFileError(f"zip entry {entry.name!r} cannot be read ({problem})",
                                   hint="the zip is damaged or truncated; re-download or re-save the file")
        return got.data

    def names(self) -> list[str]:
        return list(self._names)


def _python_zip64(extra: bytes, usize: int, csize: int, hoff: int) -> tuple[int, int, int]:
    """ZipInfo._decodeExtra (3.11)."""
    while len(extra) >= 4:
        tp, ln = struct.unpack("<HH", extra[:4])
        if ln + 4 > len(extra):
            raise ValueError(f"Corrupt extra field {tp:04x} (size={ln})")
        if tp == 1:
            data = extra[4:ln + 4]
            try:
                if usize in (0xFFFFFFFFFFFFFFFF, _U32):
                    (usize,) = struct.unpack("<Q", data[:8])
                    data = data[8:]
                if csize == _U32:
                    (csize,) = struct.unpack("<Q", data[:8])
                    data = data[8:]
                if hoff == _U32:
                    (hoff,) = struct.unpack("<Q", data[:8])
            except struct.error:
                raise ValueError("Corrupt zip64 extra field") from None
        extra = extra[ln + 4:]
    return usize, csize, hoff


def inflate_alike(a: ZipArchive | PythonZip, ea: ZipEntry, b: ZipArchive | PythonZip, eb: ZipEntry) -> bool:
    """Whether two readers inflate the very same compressed bytes to the same declared size, and
    read a stream that ends short of it alike (so they read the same, and neither needs inflating
    to compare them)."""
    return (a.exact_size == b.exact_size and ea.method == eb.method != 0
            and (ea.data_offset, ea.compressed_size, ea.size) == (eb.data_offset, eb.compressed_size, eb.size)
            and a.plan(ea) is None and b.plan(eb) is None)


# --- both readings ------------------------------------------------------------------------------

@dataclass
class ZipReadings:
    """Every reading of one zip: torch's (``torch`` or why it fails in ``torch_error``), Python's
    zipfile's (``python`` / ``python_error``), and archives other end records describe."""

    torch: ZipArchive | None = None
    torch_error: str | None = None
    python: PythonZip | None = None
    python_error: str | None = None
    others: list[PythonZip] = field(default_factory=list)

    @property
    def any(self) -> bool:
        return self.torch is not None or self.python is not None or bool(self.others)

    def plain(self) -> PlainEntries | None:
        """The entries torch's reader and zipfile read alike in the plainest way (see
        :class:`PlainEntries`); None when the two readings do not share their directory."""
        torch, py = self.torch, self.python
        if torch is None or py is None or torch.buf is not py.buf or is_lazy(py.buf):
            return None
        n = len(py._at)
        if (torch.prefix_bytes != py.concat or len(torch._at) != n or torch._unique is None
                or len(py._index) != n):
            # bytes before the archive counted differently, two names alike (a lookup decides), or
            # another count of entries: the entries are judged one by one
            return None
        # the same directory: the same bytes, records at the same places (so entry i is one record)
        start, end = torch._cd_span
        if torch._cd[start:end] != py._cd:
            return None
        if (torch._at != py._at) if start == 0 else (array("Q", map(start.__add__, py._at)) != torch._at):
            return None
        # what is plain for zipfile is plain for torch: one record, one local header, one name
        count = n - py.plain.count(-1)
        return PlainEntries(py.plain, py.plain_sizes, py._names, not py.names_cut, count) if count else None


class PlainEntries:
    """Entries of a zip that torch's reader and Python's zipfile read alike, as torch writes its
    storages: one central record (the same for both readings) that is stored, not encrypted, of a
    nonzero size with no zip64 field, whose name (no NUL, no trailing ``/``) only it has, whose
    local header repeats its name, flags and method, and whose data lies inside the file. Both
    readers get the same bytes for it, by its name as by its index, and its headers say nothing
    the scanner reports. ``offsets[i]``: where entry ``i``'s data starts (-1: not plain),
    ``sizes[i]``: its size; ``names[i]``: its name (zipfile's, which is torch's for a plain
    entry); ``names_alike``: whether both readings name every entry alike (no NUL cuts a name
    short for zipfile)."""

    # (a plain class: a dataclass here would be compiled at every start-up, see _dataclass_code)
    __slots__ = ("count", "names", "names_alike", "offsets", "sizes")

    def __init__(self, offsets: array[int], sizes: array[int], names: list[str], names_alike: bool, count: int):
        self.offsets, self.sizes, self.names, self.names_alike, self.count = offsets, sizes, names, names_alike, count


def zip_readings(buf: Any, *, path: str | None = None, budget: InflateBudget | None = None, start: int = 0,
                 other_records: bool = True, torch: ZipArchive | None = None) -> ZipReadings:
    """Read ``buf`` as torch and as zipfile do, and (``other_records``) as each other end record in
    the last 64 KiB says; all of them inflate within one ``budget``. ``start``: where torch's
    offsets count from (``torch.load(BytesIO(item))`` of an item ``start`` bytes into ``buf``).
    ``torch``: torch's reading of ``buf`` from ``start``, already made (an opened checkpoint's)."""
    r = ZipReadings()
    if torch is not None and torch.buf is buf and torch.prefix_bytes == start:
        r.torch = torch.reading()
    else:
        try:
            r.torch = ZipArchive(buf, path=path, start=start)
        except CorruptFileError as exc:
            r.torch_error = exc.message
    try:
        r.python = PythonZip(buf)
    except (ValueError, struct.error) as exc:
        r.python_error = str(exc)
    chosen = {x.eocd for x in (r.torch, r.python) if x is not None}
    size = len(buf)
    tail_start = max(size - (1 << 16) - 22 - 4096, 0)
    tail = bytes(buf[tail_start:]) if other_records else b""
    pos = tail.rfind(_EOCD)
    tries = 0
    while pos >= 0 and tries < 16:
        where = tail_start + pos
        if where not in chosen and where + 22 <= size:
            tries += 1
            try:
                other = PythonZip(buf, eocd=where)
            except (ValueError, struct.error):
                other = None
            if other is not None and other.every_entry:
                r.others.append(other)
        pos = tail.rfind(_EOCD, 0, pos + 3) if pos > 0 else -1
    for reading in (r.torch, r.python, *r.others):
        if reading is not None:
            reading.budget = budget
    return r
