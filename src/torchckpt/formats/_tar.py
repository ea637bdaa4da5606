"""Tar archives, read by ``tarfile`` itself: the way ``torch.load`` reads them.

torch.load reads every file that does not start with ``PK\\x03\\x04`` first with
``tarfile.open(fileobj=f, mode="r:")`` (the pre-0.4 layout: members ``storages``,
``tensors`` and ``pickle``) and only on ``tarfile.TarError`` as the magic-number pickle
layout. What is a tar, which members it has, what they are called (PAX ``x``/``g`` and
Solaris ``X`` headers, ``GNU.sparse.name``, GNU long names, base-256 sizes, signed
checksums, the last of two same-named members) and which bytes a member holds (sparse maps,
links) differ between hand-written walkers and tarfile; so nothing here re-parses a header:
tarfile runs over the mapped bytes (it parses headers only and never runs code) and this
module only wraps it with a file object, a budget and the member lookups torch makes.

The budget: at most :data:`MAX_MEMBERS` members and :data:`MAX_SECONDS` of listing; PAX
headers whose records would make older tarfile releases' regular expressions quadratic and
sparse maps that would allocate gigabytes are refused (:class:`TarTooCostly`) before
tarfile reads them.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass, field

from ._tar_header import opens_as_tar
from .base import BufferFile

TYPE_CHECKING = False
if TYPE_CHECKING:
    import tarfile
    from typing import Any

    from ..vocab import TarHow, TarOutcome, TarResolution

__all__ = ["MAX_MEMBERS", "MAX_SECONDS", "TORCH_MEMBERS", "Resolution", "TarListing", "TarMember", "TarTooCostly",
           "list_tar", "member_span", "opens_as_tar"]

MAX_MEMBERS = 200_000
MAX_SECONDS = 4.0
MAX_CONTENT = 256 << 20      # sparse members are rebuilt in memory up to this size
_MAX_SPARSE = 1 << 20        # sparse map entries per member
_MAX_DIGIT_RUN = 4096        # a longer run of digits makes 3.11's PAX regexes quadratic
_MAX_RECORDS = 1 << 20       # PAX records tarfile walks one by one in Python


class TarTooCostly(Exception):
    """The archive would cost tarfile more time or memory than a scan may spend."""


def _check_pax(buf: bytes) -> None:
    """Refuse PAX payloads that cost tarfile < 3.11.10 quadratic time: its record regex
    ``(\\d+) ([^=]+)=`` scans to the next ``=`` for every record, and its searches restart
    inside every run of digits."""
    if buf.count(b"=") > _MAX_RECORDS:
        raise TarTooCostly(f"a PAX header of more than {_MAX_RECORDS} records")
    if re.search(rb"\d{%d}" % (_MAX_DIGIT_RUN + 1), buf):
        raise TarTooCostly(f"a PAX header holds a run of more than {_MAX_DIGIT_RUN} digits")
    budget, cost, pos, size = 8 * len(buf) + 65536, 0, 0, len(buf)
    while pos < size:
        stop = pos
        while stop < size and 48 <= buf[stop] <= 57:
            stop += 1
        if stop == pos or stop >= size or buf[stop] != 0x20:
            return
        equals = buf.find(b"=", stop + 1)
        cost += (size if equals < 0 else equals) - pos
        if cost > budget:
            raise TarTooCostly("a PAX header's records overlap (quadratic to parse)")
        length = int(buf[pos:stop])
        if equals < 0 or length == 0:
            return
        pos += length


def _strict_pax_problem(buf: bytes) -> str | None:
    """Why Python >= 3.11.10 / 3.12.6 refuses a PAX payload that older releases read (records
    must be framed by their length and end in a newline), or None."""
    pos, size = 0, len(buf)
    while pos < size and buf[pos] != 0:
        m = re.match(rb"(\d{1,20}) ", buf[pos:pos + 21])
        if m is None:
            return f"a record at byte {pos} has no length"
        length = int(m.group(1))
        if length < 5 or pos + length > size:
            return f"a record at byte {pos} claims {length} bytes"
        end = pos + length - 1
        keyword, equals, _ = buf[pos + m.end():end].partition(b"=")
        if not keyword or not equals or buf[end] != 0x0A:
            return f"the record at byte {pos} does not end in a newline"
        pos += length
    return None


def _info_class(lenient: list[tuple[int, str]]) -> type[tarfile.TarInfo]:
    """tarfile's own TarInfo, checking what older releases would choke on before they read it;
    PAX headers newer releases refuse go to ``lenient``."""
    import tarfile

    class _GuardedInfo(tarfile.TarInfo):
        __slots__ = ()

        def _proc_pax(self, tarfile: Any) -> Any:
            fileobj = tarfile.fileobj
            start = fileobj.tell()
            payload = fileobj.read(self._block(self.size))  # type: ignore[attr-defined]
            fileobj.seek(start)
            _check_pax(payload)
            problem = _strict_pax_problem(payload)
            if problem is not None:
                lenient.append((self.offset, problem))
            if payload.count(b"GNU.sparse.offset=") > _MAX_SPARSE or payload.count(b",") > 2 * _MAX_SPARSE:
                raise TarTooCostly("a sparse map with more than a million entries")
            return super()._proc_pax(tarfile)  # type: ignore[misc]

        def _proc_gnusparse_10(self, next: Any, pax_headers: Any, tarfile: Any) -> Any:
            fileobj = tarfile.fileobj
            start = fileobj.tell()
            first = fileobj.read(64).split(b"\n", 1)[0]
            fileobj.seek(start)
            if first.strip().isdigit() and int(first) > _MAX_SPARSE:
                raise TarTooCostly(f"a sparse map of {int(first)} entries")
            return super()._proc_gnusparse_10(next, pax_headers, tarfile)  # type: ignore[misc]

    return _GuardedInfo


@dataclass(frozen=True)
class TarMember:
    """One member as tarfile lists it. ``offset`` is its first header (PAX/GNU headers
    included), ``offset_data`` where its data starts, ``size`` its (real) size; ``sparse``
    the ``(offset, length)`` map of a sparse member; ``kind`` tarfile's type byte."""

    index: int
    name: str
    kind: bytes
    offset: int
    offset_data: int
    size: int
    linkname: str
    sparse: tuple[tuple[int, int], ...] | None
    info: Any = field(repr=False, compare=False)     # the tarfile.TarInfo

    @property
    def has_data(self) -> bool:
        """What tarfile hands out as file content: regular files and unknown types."""
        import tarfile

        return bool(self.info.isreg() or self.kind not in tarfile.SUPPORTED_TYPES)

    @property
    def is_link(self) -> bool:
        return bool(self.info.islnk() or self.info.issym())


# what torch.serialization's legacy_load reads, in order, and how
TORCH_MEMBERS: tuple[tuple[str, TarHow], ...] = (("storages", "extract"), ("tensors", "extract"),
                                                 ("pickle", "extractfile"))


@dataclass(frozen=True)
class Resolution:
    """The member whose bytes torch reads for a name, or why none: ``reason`` is ``found``,
    ``missing`` (torch raises KeyError), ``outside`` (torch reads a file outside the archive),
    ``dangling`` (a link to nothing: KeyError) or ``not-a-file``."""

    member: TarMember | None
    reason: TarResolution
    detail: str


@dataclass
class TarListing:
    """What ``tarfile.open(..., "r:")`` and ``getmembers()`` make of a buffer.

    ``outcome``: ``tar`` (tarfile opens it: torch.load takes the tar path), ``not-tar``
    (``TarError`` on open: torch.load reads the file as a pickle), ``fails`` (another
    exception on open: torch.load fails). ``error`` says why listing stopped early (torch's
    first lookup raises it too: a ``TarError`` sends torch to the pickle reading);
    ``end`` is the offset where tarfile's reading ended; ``lenient`` lists PAX headers that
    newer Python releases refuse (so the archive reads differently there)."""

    outcome: TarOutcome
    members: list[TarMember] = field(default_factory=list)
    error: str | None = None
    error_is_tar_error: bool = False
    end: int = 0
    lenient: list[tuple[int, str]] = field(default_factory=list)
    _tar: Any = field(default=None, repr=False)      # the open tarfile.TarFile

    def get(self, name: str) -> TarMember | None:
        """``TarFile.getmember(name)``: the last member of that name."""
        name = name.rstrip("/")
        for member in reversed(self.members):
            if member.name == name:
                return member
        return None

    def link_target(self, member: TarMember) -> TarMember | None:
        """The member a link resolves to inside the archive (tarfile's own lookup), or None."""
        if self._tar is None:
            return None
        try:
            target = self._tar._find_link_target(member.info)
        except KeyError:
            return None
        return next((m for m in self.members if m.info is target), None)

    def resolve(self, name: str, *, how: TarHow) -> Resolution:
        """What torch reads for ``name`` (``tar.extract`` for ``storages``/``tensors``,
        ``tar.extractfile`` for ``pickle``). Links resolve inside the archive as tarfile resolves
        them; an extracted symlink, or a hard link to an absolute or ``..`` path, makes torch
        read a file outside the archive (``outside``)."""
        member = self.get(name)
        if member is None:
            return Resolution(None, "missing", f"the archive has no member {name!r}")
        seen = 0
        while member.is_link and seen < 64:
            outside = member.linkname.startswith(("/", "\\")) or ".." in re.split(r"[/\\]", member.linkname)
            if how == "extract" and (member.info.issym() or outside):
                # tar.extract() makes a real (sym)link in torch's temporary folder and torch opens it
                kind = "symlink" if member.info.issym() else "hard link"
                return Resolution(None, "outside", f"member {name!r} is a {kind} to {member.linkname!r}: torch.load "
                                                   "reads that file, outside the archive")
            target = self.link_target(member)
            if target is None:
                return Resolution(None, "dangling", f"member {name!r} links to {member.linkname!r}, which is not "
                                                    "in the archive")
            member, seen = target, seen + 1
        if not member.has_data:
            return Resolution(None, "not-a-file", f"member {name!r} is not a file (type {member.kind!r})")
        return Resolution(member, "found", "")


def _open(data: Any, *, ignore_zeros: bool = False, lenient: list[tuple[int, str]] | None = None) -> Any:
    import tarfile
    from typing import Any, cast

    info = _info_class([] if lenient is None else lenient)
    # exactly torch's call, plus the guarded TarInfo
    return tarfile.open(fileobj=cast(Any, BufferFile(data)), mode="r:", format=tarfile.PAX_FORMAT, tarinfo=info,
                        ignore_zeros=ignore_zeros)


def list_tar(data: Any, *, ignore_zeros: bool = False) -> TarListing:
    """Every member tarfile lists, in order. Raises :class:`TarTooCostly` past the budget."""
    import tarfile

    lenient: list[tuple[int, str]] = []
    try:
        tar = _open(data, ignore_zeros=ignore_zeros, lenient=lenient)
    except TarTooCostly:
        raise
    except tarfile.TarError as exc:
        return TarListing("not-tar", error=str(exc), error_is_tar_error=True)
    except Exception as exc:  # noqa: BLE001 - torch.load fails with the same exception
        return TarListing("fails", error=f"{type(exc).__name__}: {exc}")
    listing = TarListing("tar", lenient=lenient, _tar=tar)
    started = time.perf_counter()
    try:
        while True:
            info = tar.next()
            if info is None:
                break
            if len(tar.members) > MAX_MEMBERS or time.perf_counter() - started > MAX_SECONDS:
                raise TarTooCostly(f"more than {len(tar.members) - 1} members")
    except TarTooCostly:
        raise
    except tarfile.TarError as exc:
        listing.error, listing.error_is_tar_error = str(exc), True
    except Exception as exc:  # noqa: BLE001 - e.g. ValueError from a sparse map: torch.load fails with it
        listing.error = f"{type(exc).__name__}: {exc}"
    for index, info in enumerate(tar.members):
        sparse = tuple((int(a), int(b)) for a, b in info.sparse) if info.sparse is not None else None
        listing.members.append(TarMember(index, info.name, info.type, info.offset, info.offset_data, info.size,
                                         info.linkname, sparse, info))
    listing.end = tar.offset
    return listing


def member_span(data: Any, listing: TarListing, member: TarMember, *,
                how: TarHow = "extractfile") -> tuple[Any, int, int, bool]:
    """Where the bytes torch reads for ``member`` lie: ``(buffer, start, stop, complete)``
    (``tar.extract`` writes a file torch opens; ``tar.extractfile`` streams it). ``complete``
    is False for a member cut short by the end of the file (tarfile raises ``ReadError`` on
    it, which sends torch to the pickle reading).

    Contiguous members are ``data`` itself with their offsets; sparse members are rebuilt as
    tarfile rebuilds them, up to :data:`MAX_CONTENT` bytes (beyond that :class:`TarTooCostly`)."""
    if member.sparse is None:
        start = min(member.offset_data, len(data))
        stop = min(member.offset_data + member.size, len(data))
        return data, start, stop, stop - start == member.size
    import tarfile

    if member.size > MAX_CONTENT:
        raise TarTooCostly(f"a sparse member of {member.size} bytes")
    if how == "extractfile" and listing._tar is not None:
        try:
            with listing._tar.extractfile(member.info) as f:
                content = f.read()
            return content, 0, len(content), True
        except tarfile.ReadError:
            pass
        except (OSError, ValueError):
            return b"", 0, 0, False
    # TarFile.makefile: each chunk read in turn from offset_data, written at its offset,
    # the file then cut (or zero-extended) to the member's size
    out = bytearray()
    pos, complete = member.offset_data, True
    for offset, length in member.sparse:
        if offset < 0 or length < 0 or offset + length > MAX_CONTENT:
            complete = False
            break
        chunk = bytes(data[pos:pos + length])
        if len(out) < offset:
            out.extend(b"\0" * (offset - len(out)))
        out[offset:offset + len(chunk)] = chunk
        pos += length
        if len(chunk) < length:
            complete = False
            break
    if len(out) < member.size:
        out.extend(b"\0" * (member.size - len(out)))
    content = bytes(out[:member.size])
    return content, 0, len(content), complete
