"""One reading of a file, shared by open, scan and report (issue 14).

:class:`ParsedFile` is what :func:`torchckpt.open` keeps of a torch zip beside the object tree:
the file's map, torch's reading of the zip directory (:class:`~.formats._zip.ZipArchive`) and
the pickle streams interpreted so far, as the scanner records them (every global, call and
``BUILD``). Scanning an opened checkpoint (``torchckpt.scan(ckpt)``) reads the map, the
directory and those streams instead of mapping, listing and interpreting the file again;
``torchckpt report`` opens with recording on, so that each pickle is interpreted once.

A stream is only shared where the interpretation the scanner would make of the same bytes is
the same, step for step: a stream that read to ``STOP`` inside its window (``(start, end)``
in the map). Anything else (a failure, an entry that is not stored, a nested
``_load_from_bytes``) is interpreted again by whoever needs it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

    from .formats._zip import ZipArchive

__all__ = ["ParsedFile"]

# (start, end, bounded): where the stream lies in the map, and whether nothing past ``end`` was read
StreamKey = tuple[int, int, bool]


@dataclass(eq=False, slots=True)
class ParsedFile:
    """A file's map (``buf``), torch's reading of its zip directory (``archive``, None when the
    file is no zip) and the pickle streams read from the map (``streams``: the scanner's record
    of each, and the storages it declared, key -> (itemsize, numel))."""

    buf: Any
    archive: ZipArchive | None = None
    streams: dict[StreamKey, tuple[Any, dict[str, tuple[int, int]]]] = field(default_factory=dict)

    def stream(self, start: int, end: int, *, bounded: bool,
               storages: dict[str, tuple[int, int]] | None) -> Any | None:
        """The recorded stream at ``buf[start:end]`` (None when none is), its storage
        declarations added to ``storages``."""
        found = self.streams.get((start, end, bounded))
        if found is None:
            return None
        stream, declared = found
        if storages is not None:
            for key, value in declared.items():
                storages.setdefault(key, value)
        return stream

    def keep(self, start: int, end: int, stream: Any, declared: dict[str, tuple[int, int]], *,
             bounded: bool) -> None:
        """Remember a stream that read to ``STOP`` within ``end``. One read ``bounded`` is also
        the unbounded reading: it never needed a byte past ``end``, nor more work than the
        larger budget of the unbounded one allows."""
        self.streams[(start, end, bounded)] = (stream, dict(declared))
        if bounded:
            self.streams.setdefault((start, end, False), (stream, dict(declared)))
