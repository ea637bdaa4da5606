"""Scanning what is more than one file, and walking directories (used by :mod:`torchckpt.scanner`).

- A ``torch.distributed.checkpoint`` directory (``.metadata`` + ``*.distcp``) is judged as one
  checkpoint, the way DCP loads it: ``.metadata`` as the pickle ``pickle.load`` reads, every
  ``relative_path`` it names checked to stay inside the directory (absolute, ``..`` or a
  symbolic link out is **dangerous**: DCP reads whatever file it names, and unpickles the
  non-tensor items with ``torch.load(weights_only=False)``), every item's byte range judged
  as the ``torch.load`` DCP runs on it, and every other file in the directory judged too.
- An HF shard index (``*.safetensors.index.json``) is judged by its ``weight_map`` paths.
- Directory walks (``scan -r``) judge every file by its whole content. A file is only
  *skipped* (listed, not reported) when it is no model format, nothing in it reaches code,
  and no loader would unpickle any of it: read as pickle opcodes from its first byte (the way
  ``pickle.load``, ``torch.load``'s legacy path and ``numpy.load(allow_pickle=True)`` start)
  the bytes stop at an invalid opcode or the end before any opcode that imports (``GLOBAL``,
  ``INST``, ``STACK_GLOBAL``, ``EXT*``) or a ``STOP``; the same holds for what a gzip/bz2/xz/zlib
  wrapper decompresses to; and no zip end record is there for ``zipfile`` to find.
- Symbolic links in walked directories: a link to a file is judged (a loader opening the link
  reads its target, wherever it lies), each real file once per walk, under the first name
  met; links to directories are not entered (no loops); dangling links and empty files are
  skipped.
  FIFOs, devices and sockets are refused (``error``) without being opened.
"""

from __future__ import annotations

import functools
import mmap
import os
import time

from .errors import TorchckptError
from .formats._compression import MAX_INFLATE, TooLargeError, decompress
from .formats._compression import sniff as compression_of
from .formats._zip import ZipReadings, zip_readings
from .formats.base import close_quietly, is_url, map_file, not_a_regular_file
from .scan_rules import classify, is_identifier_path
from .scanner import (
    _RANK,
    _VERDICT_OF_RANK,
    Finding,
    ScanReport,
    ScanResults,
    _error_report,
    _join,
    _Scanner,
    _show,
)

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

    from .formats.dcp import DCPItem
    from .parsed import ParsedFile
    from .vocab import Severity

__all__ = ["Step", "could_unpickle", "is_dcp_dir", "plan", "run_step", "scan_dcp", "scan_index", "scan_one", "walk"]

_MAX_INDEX = 64 << 20      # an HF index is a small JSON file
_ZIP_END_WINDOW = 65557    # zipfile looks for the end record in the last 64 KiB + 22 bytes
_COPIED_ITEM = 1 << 20       # DCP tensor chunks up to this size are copied to be judged, bigger ones mapped
_MAX_WALK = 1_000_000        # opcodes read leniently before a file counts as a pickle


def is_dcp_dir(path: str) -> bool:
    """A directory holding a DCP ``.metadata`` file."""
    return os.path.isdir(path) and os.path.isfile(os.path.join(path, ".metadata"))


def scan_one(path: str, *, parsed: ParsedFile | None = None) -> ScanReport:
    """:func:`torchckpt.scan` for any path: a DCP directory, an HF index, or one file
    (``parsed``: what opening the file read, see :mod:`torchckpt.parsed`)."""
    if os.path.isdir(path):
        if is_dcp_dir(path):
            return scan_dcp(path)
        return _error_report(path, "is a directory and no DCP checkpoint (no .metadata); scan it with --recursive "
                                   "(recursive=True)")
    report = _judge_file(path, skipped=None, keep=True, parsed=parsed)
    return report if report is not None else _scan_file(path)


def _scan_file(path: str) -> ScanReport:
    """The scanner's report on one file (it only withholds one when told to skip unknown files)."""
    report = _Scanner(path).run()
    return report if report is not None else _error_report(path, "not judged")


# --- reading files as pickle opcodes, leniently --------------------------------------------------

@functools.cache
def _opcode_table() -> tuple[dict[int, tuple[str, int]], dict[int, tuple[int, bool]], int]:
    """Each opcode's name and argument size (pickletools' table, loaded when first needed: most
    scans never walk leniently), how length prefixes are read, and the to-the-newline size."""
    import pickletools

    table = {op.code.encode("latin-1")[0]: (op.name, op.arg.n if op.arg is not None else 0)
             for op in pickletools.opcodes}
    prefixes = {pickletools.TAKEN_FROM_ARGUMENT1: (1, False), pickletools.TAKEN_FROM_ARGUMENT4: (4, True),
                pickletools.TAKEN_FROM_ARGUMENT4U: (4, False), pickletools.TAKEN_FROM_ARGUMENT8U: (8, False)}
    return table, prefixes, pickletools.UP_TO_NEWLINE


_IMPORTING = frozenset({"GLOBAL", "INST", "STACK_GLOBAL", "EXT1", "EXT2", "EXT4"})


def _opcode_walk(data: Any, start: int = 0) -> tuple[str, int, str, str] | None:
    """Read ``data`` as pickle opcodes from ``start`` without a stack (so without any of the
    interpreter's checks): each opcode's argument has a size the opcode alone decides. Returns
    ``(opcode, offset, module, name)`` of the first opcode that imports, or ``("STOP", offset, "",
    "")`` (also for a million opcodes in a row), or None when the bytes stop being opcodes first
    (no loader gets further)."""
    opcodes, prefixes, up_to_newline = _opcode_table()
    end = len(data)
    pos = start
    for _ in range(_MAX_WALK):
        if pos >= end:
            return None
        code = data[pos]
        found = opcodes.get(code)
        if found is None:
            return None
        name, n = found
        at = pos
        pos += 1
        if name in ("GLOBAL", "INST"):
            lines = []
            for _ in range(2):
                nl = data.find(b"\n", pos)
                if nl < 0:
                    return None
                lines.append(bytes(data[pos:nl]).decode("utf-8", "replace"))
                pos = nl + 1
            # CPython imports the module by that exact text: what is no dotted identifier
            # fails to import, and nothing runs
            if is_identifier_path(lines[0]) and is_identifier_path(lines[1]):
                return name, at, lines[0], lines[1]
            continue
        if name in _IMPORTING or name == "STOP":
            return name, at, "", ""
        if n == up_to_newline:
            nl = data.find(b"\n", pos)
            if nl < 0:
                return None
            pos = nl + 1
        elif n in prefixes:
            width, signed = prefixes[n]
            if pos + width > end:
                return None
            length = int.from_bytes(bytes(data[pos:pos + width]), "little", signed=signed)
            if length < 0:
                return None
            pos += width + length
        else:
            pos += n
    # that many opcodes in a row are a pickle, whatever the interpreter made of them
    return "a long run of opcodes", pos, "", ""


def could_unpickle(data: Any, *, depth: int = 0) -> tuple[str, int, str, str] | None:
    """Why a loader could unpickle something from ``data`` (see :func:`_opcode_walk`), or None:
    also through a compressed wrapper, and an archive ``zipfile`` would open."""
    found = _opcode_walk(data)
    if found is not None:
        return found
    size = len(data)
    if data.find(b"PK\x05\x06", max(0, size - _ZIP_END_WINDOW)) >= 0:
        return "zip end record", data.find(b"PK\x05\x06", max(0, size - _ZIP_END_WINDOW)), "", ""
    kind = compression_of(bytes(data[:16]))
    if kind is not None and depth < 3:
        try:
            inner = decompress(kind, data)
        except TooLargeError:
            return f"{kind} content over {MAX_INFLATE >> 30} GiB", 0, "", ""
        except ValueError:  # undecompressable: nothing inside
            return None
        return could_unpickle(inner, depth=depth + 1)
    return None


def _unreadable_report(path: str, report: ScanReport | None, why: tuple[str, int, str, str]) -> ScanReport:
    """A file no format reads, but whose bytes a loader would unpickle (the interpreter stopped
    where a loader may not): never skipped, never safe."""
    report = report or ScanReport(path, "error")
    opcode, offset, module, name = why
    if opcode in ("GLOBAL", "INST"):
        severity, reason = classify(module, name)
        shown = _show(f"{module}.{name}")
        report.findings.append(Finding("dangerous" if severity == "dangerous" else "error", "global",
                                       f"{shown}: {reason}" if severity == "dangerous" else
                                       f"{shown} is imported by {opcode} at byte {offset} of bytes that read as "
                                       "pickle opcodes from the start; the pickle could not be judged up to there",
                                       offset=offset, opcode=opcode, global_name=shown))
    else:
        report.findings.append(Finding("error", "format", f"no model format, but the bytes read as pickle opcodes "
                                                          f"from the start up to {opcode} at byte {offset}: a loader "
                                                          "may unpickle them; not judged", offset=offset))
    rank = max(_RANK[f.severity] for f in report.findings)
    report.verdict = _VERDICT_OF_RANK[rank]
    return report


def _judge_file(path: str, *, skipped: list[str] | None, keep: bool = False,
                parsed: ParsedFile | None = None) -> ScanReport | None:
    """One file: its report, or (unless ``keep``) None, added to ``skipped``, when nothing in it
    can be unpickled. Where the interpreter stopped early but the bytes read on as pickle opcodes
    up to an import, the report says so (the import's global judged), whatever the file is."""
    report = _Scanner(path, skip_unknown=True, parsed=parsed).run()
    # bytes that read as a few opcodes and then fail (a PNG header) are judged again below
    unreadable = report is not None and report.verdict == "error" and report.format in (None, "pickle") \
        and all(f.kind in ("malformed", "format") for f in report.findings)
    if report is not None and not unreadable:
        return report
    index = scan_index(path)
    if index is not None:
        return index
    try:
        buf, _ = map_file(path)
    except TorchckptError as exc:
        return report or _error_report(path, _show(exc.message, 300))
    try:
        why = could_unpickle(buf)
    finally:
        close_quietly(buf)
    if why is None:
        if keep:
            return report or _scan_file(path)
        if skipped is not None:
            skipped.append(path)
        return None
    return _unreadable_report(path, report or _scan_file(path), why)


# --- HF shard indexes --------------------------------------------------------------------------

def scan_index(path: str) -> ScanReport | None:
    """An HF ``*.safetensors.index.json``: its ``weight_map`` may only name files inside its
    folder (a loader reads whatever it names). None when ``path`` is no such index."""
    from .formats.safetensors import index_shard_paths

    started = time.perf_counter()
    try:
        buf, size = map_file(path)
    except (OSError, TorchckptError):
        return None
    try:
        if size > _MAX_INDEX or bytes(buf[:1]) != b"{":
            return None
        import json  # here: only an index needs it, and `scan --json` of a file never imports json

        try:
            index = json.loads(bytes(buf[:size]))
        except (UnicodeDecodeError, ValueError, RecursionError):
            return None
    finally:
        close_quietly(buf)
    weight_map = index.get("weight_map") if isinstance(index, dict) else None
    if not isinstance(weight_map, dict):
        return None
    report = ScanReport(path, "safe", format="safetensors-index")
    for name, shard in weight_map.items():
        if not isinstance(shard, str):
            report.findings.append(Finding("error", "path", f"the shard of {_show(name, 80)!r} is no file name",
                                           entry="weight_map"))
            continue
        try:
            index_shard_paths(path, {name: shard})
        except TorchckptError as exc:
            report.findings.append(Finding("dangerous", "path", f"{_show(exc.message, 300)}: a loader reads that "
                                                                "file as a shard", entry="weight_map"))
    _finish(report, started)
    return report


# --- DCP directories ---------------------------------------------------------------------------

def _finish(report: ScanReport, started: float) -> None:
    report.findings.sort(key=lambda f: (-_RANK[f.severity], f.entry or "", f.offset if f.offset is not None else -1))
    report.verdict = _VERDICT_OF_RANK[max((_RANK[f.severity] for f in report.findings), default=0)]
    report.seconds = time.perf_counter() - started


def _merge(report: ScanReport, sub: ScanReport, prefix: str, *, only_dangerous: bool = False) -> None:
    for f in sub.findings:
        if only_dangerous and f.severity != "dangerous":
            continue
        report.findings.append(Finding(f.severity, f.kind, f.detail, _join(prefix, f.entry), f.offset, f.opcode,
                                       f.global_name, f.count))
    for name, severity in sub.globals.items():
        if (not only_dangerous or severity == "dangerous") and \
                _RANK[severity] > _RANK.get(report.globals.get(name, "info"), 0):
            report.globals[name] = severity
    report.pickles += sub.pickles


def _item_readings(window: Any, lead: int, scanner: _Scanner) -> ZipReadings:
    """How torch (``torch.load(BytesIO(item))``: offsets from the item's first byte) and zipfile
    read the archive that starts ``lead`` bytes into ``window``."""
    return zip_readings(window, path=scanner.path, budget=scanner.inflate_budget, start=lead, other_records=False)


def _judge_item(scanner: _Scanner, data: Any, lead: int, item: DCPItem, label: str) -> None:
    """One item's bytes (``data[lead:]``) as DCP's loader reads them: non-tensor items with
    ``torch.load(weights_only=False)``; tensors with ``torch.load(weights_only=True)``, a torch.save
    zip or, failing that, a legacy pickle (raw safetensors-serialized chunks are never unpickled)."""
    if bytes(data[lead:lead + 4]) == b"PK\x03\x04" and lead:
        before = set(scanner.findings)
        scanner.zip(data, prefix=label, depth=1, readings=_item_readings(data, lead, scanner))
        for key in set(scanner.findings) - before:  # the window's own lead is no prefix of the file
            if scanner.findings[key].detail == f"{lead} bytes before the archive's first entry":
                del scanner.findings[key]
        return
    if lead:
        if _opcode_walk(data, lead) is None:
            return
        data = data[lead:]
    if item.is_bytes or bytes(data[:4]) == b"PK\x03\x04" or could_unpickle(data) is not None:
        fmt = scanner.buffer(data, prefix=label, depth=1)
        if fmt is None and item.is_bytes:
            scanner.add("warning", "format", "the object's bytes are no torch.save file (loading it fails before "
                                             "running anything)", entry=label)


def _judge_transformed(scanner: _Scanner, raw: Any, item: DCPItem, label: str, report: ScanReport) -> None:
    """An item DCP reads through its stream extensions (``_StorageInfo.transform_descriptors``):
    torch registers only ``stream.zstd`` (version 1.x); the decompressed bytes are judged like an
    untransformed item's, within the scan's inflate budget. Without a zstd decoder here, or for an
    extension torch does not know (a loader may register its own), the content is not judged."""
    from .formats._compression import ZSTD_MODULES, TooLargeError, zstd_decompress, zstd_module

    unjudged: Severity = "suspicious" if item.is_bytes else "warning"  # bytes items: weights_only=False
    shown = _show(list(item.transforms), 80)
    if any(name != "stream.zstd" or version.partition(".")[0] != "1"
           for name, _, version in (t.partition("/") for t in item.transforms)):
        report.findings.append(Finding(unjudged, "format", f"stored through transforms {shown}, which torch's DCP "
                                                           "does not know (loading fails unless the loader registers "
                                                           "them); its content was not judged", entry=label))
        return
    module = zstd_module()
    if module is None:
        report.findings.append(Finding(unjudged, "format", f"compressed with zstd ({shown}) and no zstd decoder is "
                                                           f"installed here, so its content was not judged: install "
                                                           f"`{ZSTD_MODULES[0]}` (what torch's DCP uses) and scan "
                                                           "again", entry=label))
        return
    budget = scanner.inflate_budget
    data = raw
    try:
        for _ in item.transforms:  # each stream.zstd layer in turn, as DCP chains them
            data = zstd_decompress(data, limit=min(budget.left, budget.member), module=module)
    except TooLargeError as exc:
        report.findings.append(Finding(unjudged, "format", f"compressed with zstd: it {exc} (this scan's budget), so "
                                                           "its content was not judged", entry=label))
        return
    except ValueError as exc:
        report.findings.append(Finding("warning", "format", f"{_show(str(exc), 200)}: loading it fails before "
                                                            "reading it", entry=label))
        return
    budget.left -= len(data)
    _judge_item(scanner, data, 0, item, f"{label} (zstd-decompressed)")


def _judge_items(directory: str, file: str, items: list[DCPItem], report: ScanReport) -> None:
    """Each stored item of one data file, as DCP's loader reads it: ``torch.load`` of its byte range."""
    full = os.path.join(directory, file)
    try:
        buf, size = map_file(full)
    except TorchckptError as exc:
        report.findings.append(Finding("warning", "format", f"{_show(exc.message, 200)}: loading the checkpoint "
                                                            "fails before reading it", entry=file))
        return
    handle: list[Any] = []

    def buf_fd() -> int:
        if not handle:
            handle.append(open(full, "rb"))  # noqa: SIM115 - closed below; map_file checked it is a regular file
        return int(handle[0].fileno())

    try:
        scanner = _Scanner(full)
        for item in items:
            label = f"{file}/{_show(item.fqn, 120)}@{item.offset}"
            if item.offset < 0 or item.length < 0 or item.offset + item.length > size:
                report.findings.append(Finding("warning", "storage", f"the item's bytes {item.offset}.."
                                                                     f"{item.offset + item.length} run past the end "
                                                                     "of the file (loading fails)", entry=label))
                continue
            if item.transforms:
                _judge_transformed(scanner, buf[item.offset:item.offset + item.length], item, label, report)
                continue
            if item.is_bytes or item.length <= _COPIED_ITEM:
                _judge_item(scanner, buf[item.offset:item.offset + item.length], 0, item, label)
                continue
            # a big tensor chunk: judged through a map of its own range (the zip reader takes the
            # few bytes from the page boundary to the item as a prefix), never copied
            lead = item.offset % mmap.ALLOCATIONGRANULARITY
            window = mmap.mmap(buf_fd(), item.length + lead, offset=item.offset - lead, access=mmap.ACCESS_READ)
            try:
                _judge_item(scanner, window, lead, item, label)
            finally:
                close_quietly(window)
    finally:
        close_quietly(buf)
        for f in handle:
            f.close()
    sub = ScanReport(full, "safe", findings=list(scanner.findings.values()), globals=dict(scanner.globals),
                     pickles=scanner.pickles)
    _merge(report, sub, "")


def scan_dcp(directory: str) -> ScanReport:
    """Judge a DCP directory as one checkpoint (see the module docstring)."""
    from .formats.dcp import read_dcp_metadata

    started = time.perf_counter()
    report = ScanReport(directory, "safe", format="dcp")
    meta_path = os.path.join(directory, ".metadata")
    _merge(report, _scan_file(meta_path), ".metadata")
    referenced: set[str] = set()
    try:
        meta = read_dcp_metadata(directory, refuse_unsafe_paths=False)
    except TorchckptError as exc:
        report.findings.append(Finding("error", "format", f"the metadata does not read as a DCP checkpoint "
                                                          f"({_show(exc.message, 200)}); the files it names were "
                                                          "not checked", entry=".metadata"))
        meta = None
    if meta is not None:
        raw = b""
        if meta.unsafe_paths:
            with open(meta_path, "rb") as f:
                raw = f.read()
        for unsafe in meta.unsafe_paths:
            # where the path's text sits in the pickle (a string opcode's argument)
            at = raw.find(unsafe.name.encode("utf-8", "surrogatepass")) if unsafe.name else -1
            report.findings.append(Finding("dangerous", "path",
                                           f"{_show(unsafe.message, 300)}: DCP reads that file, and unpickles "
                                           "non-tensor items from it with torch.load(weights_only=False)",
                                           entry=".metadata", offset=at if at >= 0 else None))
        by_file: dict[str, list[DCPItem]] = {}
        for item in meta.items:
            by_file.setdefault(item.file, []).append(item)
        for file, items in sorted(by_file.items()):
            referenced.add(os.path.realpath(os.path.join(directory, file)))
            _judge_items(directory, file, items, report)
    # whatever else lies in the directory: judged like any file of a walk
    for name in sorted(os.listdir(directory)):
        full = os.path.join(directory, name)
        if name == ".metadata" or os.path.isdir(full):
            continue
        if os.path.realpath(full) in referenced:
            # judged item by item above, as DCP reads it; read whole, a data file is a row of
            # torch.save archives that torch's reader refuses and zipfile misreads (bytes no item
            # covers are read by no loader)
            continue
        sub = _judge_file(full, skipped=None)
        if sub is not None:
            _merge(report, sub, name)
    _finish(report, started)
    return report


# --- directory walks ---------------------------------------------------------------------------

Step = tuple[str, str, str]
"""One unit of a walk, ``(what, path, detail)``: ``one`` (a path given by name, always reported), ``dcp`` (a DCP
directory met in a walk), ``file`` (a file met in a walk: skipped when nothing in it can be unpickled), ``error``
(refused without being opened; ``detail`` says why) or ``skip``. Plain strings: a step travels to other processes
and cluster workers as it is (:mod:`torchckpt.fleet`)."""


def plan(paths: Any, *, recursive: bool, exclude: str | None = None) -> list[Step]:
    """The steps of :func:`walk`, in its order: each path, and with ``recursive`` every file under directories
    but the directory ``exclude`` (a verdict cache kept inside the tree it judges)."""
    skip_dir = os.path.realpath(exclude) if exclude is not None else None
    steps: list[Step] = []
    seen: set[tuple[int, int]] = set()
    for raw in paths:
        path = os.fspath(raw)
        if is_url(path):
            steps.extend(_url_steps(path))
            continue
        if not os.path.isdir(path) or is_dcp_dir(path):
            steps.append(("one", path, ""))
            if not recursive or not os.path.isdir(path):
                continue
        elif not recursive:
            steps.append(("one", path, ""))
            continue
        for root, dirs, files in os.walk(path):
            dirs.sort()
            if skip_dir is not None:
                dirs[:] = [d for d in dirs if os.path.realpath(os.path.join(root, d)) != skip_dir]
            if root != path and is_dcp_dir(root):
                steps.append(("dcp", root, ""))
                continue
            if root == path and is_dcp_dir(root):
                continue  # judged above, as one checkpoint
            for name in sorted(files):
                file = os.path.join(root, name)
                try:
                    st = os.stat(file)
                except OSError:
                    steps.append(("skip", file, "a dangling link"))
                    continue
                kind = not_a_regular_file(st.st_mode)
                if kind is not None:
                    steps.append(("error", file, f"is {kind}, not a model file; not opened"))
                    continue
                if st.st_size == 0:
                    steps.append(("skip", file, "empty"))  # nothing to unpickle (__init__.py, .gitkeep)
                    continue
                if (st.st_dev, st.st_ino) in seen:
                    continue
                seen.add((st.st_dev, st.st_ino))
                steps.append(("file", file, ""))
    return steps


def _url_steps(url: str) -> list[Step]:
    """A URL: one file, or every file of a repository / prefix (``hf://ORG/REPO``, ``s3://bucket/
    prefix/``), each judged like a file of a directory walk."""
    from ._remote import list_url

    try:
        files = list_url(url)
    except TorchckptError as exc:
        return [("error", url, _show(exc.message, 300) + (f"; {exc.hint}" if exc.hint else ""))]
    if files is None:
        return [("one", url, "")]
    return [("file", file, "") for file in files]


def run_step(step: Step) -> ScanReport | None:
    """One step's report, or None when the step's file is skipped."""
    what, path, detail = step
    if what == "one":
        return scan_one(path)
    if what == "dcp":
        return scan_dcp(path)
    if what == "error":
        return _error_report(path, detail)
    if what == "skip":
        return None
    return _judge_file(path, skipped=None)


def walk(paths: Any, *, recursive: bool) -> ScanResults:
    """:func:`torchckpt.scan_paths`: each path, and with ``recursive`` every file under directories."""
    results = ScanResults()
    for step in plan(paths, recursive=recursive):
        report = run_step(step)
        if report is None:
            results.skipped.append(step[1])
        else:
            results.append(report)
    return results
