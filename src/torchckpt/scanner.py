"""``torchckpt.scan`` (this module is ``torchckpt.scanner``): find what would run when a model file loads, without running anything.

The scanner is the reader: every pickle stream in the file goes through the same opcode-level
interpreter :mod:`torchckpt.unpickler` uses (it reads the stream exactly as CPython's C
unpickler does, and never imports), and every global, call and ``BUILD`` it records is judged
by :mod:`torchckpt.scan_rules`. Only the pickle streams and the container directories are
read: tensor data is never touched (a 1 GB checkpoint scans in tens of milliseconds).

What is read, by container:

- zip (torch, TorchScript, ``.npz``, anything): every entry; ``*.pkl`` entries as pickles,
  ``.npy`` entries as arrays, nested zips recursively, and every other entry is sniffed as a
  pickle. Local and central headers are compared, odd flag bits, duplicates, CRC mismatches
  and data around the archive are reported.
- torch legacy files: all five pickles (magic number, protocol, sys_info, main object,
  storage keys), the raw storages walked by their sizes, then whatever follows.
- the older tar layout: ``pickle``, and the pickles interleaved with data in ``storages``
  and ``tensors``; other members sniffed.
- raw pickles: the first stream, then stacked streams and trailing data; a zip appended to
  a pickle is scanned too (torch.load reads the pickle, zip tools the archive).
- ``.npy`` object arrays (a pickle after the header); gzip/bz2/xz/zlib-wrapped files.
- safetensors and ONNX: headers checked for sanity (no code can live there); the file start
  is still tried as a pickle, so a polyglot cannot hide behind a header.
- ``torch.storage._load_from_bytes(b)`` (how ``pickle.dump`` stores tensors) is a nested
  ``torch.load(weights_only=False)``: its bytes are scanned recursively and the call is
  judged by what they hold; on anything but literal bytes it is dangerous.

Verdicts: ``safe`` (only allowlisted data), ``suspicious`` (unknown classes or callables,
nothing known to run code), ``dangerous`` (something known to reach code execution, files,
network or processes, or a stream that hides opcodes), ``error`` (something that could run
cannot be judged). A parse error after anything dangerous is still dangerous.

Decisions worth knowing:

- ``torch.storage._load_from_bytes(b)``: judged by what ``b`` holds, scanned as a torch file
  of its own (``safe`` for what ``pickle.dump(tensor)`` writes); ``dangerous`` when its
  argument is computed by the stream rather than literal bytes.
- ``torch.nn.modules.*`` classes (``torch.save(nn.Linear(2, 2))``) are ``safe``: unpickling
  them runs only torch's own ``Module.__setstate__``. User classes are ``suspicious`` and
  listed in :attr:`ScanReport.classes`.
- TorchScript archives: their pickles are data (``__torch__`` classes are the archive's own);
  ``code/`` (compiled by ``torch.jit.load``, run by ``__setstate__`` and ``forward``) is read
  with ``ast`` and judged call by call (:mod:`torchckpt.torchscript_code`): torch's own
  operators are ``safe``, file/network operators, custom operator libraries and Python names
  ``dangerous``, anything else ``suspicious``.
- ``builtins.getattr(<module>, "state_dict")`` (``torch.save(model.state_dict)``) is judged by
  the module's class when it is the only use of getattr in the stream.
- Stacked pickles are judged like the first (code other than pickle.load may read them);
  bytes after the last pickle that read as nothing are ``suspicious``.
- safetensors headers that loaders would refuse give ``warning`` findings; the verdict stays
  ``safe`` (a JSON header holds no code). An unparsable header is ``error``.
"""

from __future__ import annotations

import gc
import os
import re
import struct
import time
import zlib
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable

from . import dtypes as _dt
from .allowlist import StorageType
from .allowlist import resolve as _allow_resolve
from .errors import CorruptFileError, TorchckptError
from .formats._zip import ZipArchive, ZipEntry
from .formats.base import map_file
from .model import GlobalRef, ObjectStub, PickledOrderedDict, StorageRef, TensorRef
from .scan_rules import classify, harmless_module_getattr, is_identifier_path, is_torch_nn_module_class
from .unpickler import _DISPATCH, Event, Handler, PickleStreamError, Unpickler

__all__ = ["Finding", "ScanReport", "ScanResults", "exit_code", "scan", "scan_paths"]

VERDICTS = ("safe", "suspicious", "dangerous", "error")
# Severities of findings; "info" and "warning" never change a verdict.
_RANK = {"info": 0, "warning": 0, "suspicious": 1, "error": 2, "dangerous": 3}
_VERDICT_OF_RANK = {0: "safe", 1: "suspicious", 2: "error", 3: "dangerous"}

LEGACY_MAGIC = 0x1950A86A20F9469CFC6C
_SNIFF = 4096                      # bytes tried as a pickle before reading a whole entry
_MAX_DEPTH = 6                     # nested archives / _load_from_bytes / compressed wrappers
_MAX_INFLATE = 1 << 30             # a decompressed entry larger than this is not judged
_MAX_SNIFFED = 64 << 20            # an entry that only *might* be a pickle is read whole up to this size
_MAX_STACKED = 1000
_MAX_FINDINGS = 500
_PICKLE_SUFFIXES = (".pkl", ".pickle", "debug_pkl")
_SAFETENSORS_MAX_HEADER = 100 * 1024 * 1024
_BYTE_SUFFIX = re.compile(r" at byte \d+$")
# First bytes that are no opcode: such bytes cannot start a pickle (most tensor data)
_NOT_AN_OPCODE = frozenset(code for code, op in enumerate(_DISPATCH) if op is None)


# --- the report -------------------------------------------------------------------------------

@dataclass
class Finding:
    """One thing the scanner reports: ``severity`` (``dangerous``, ``error``, ``suspicious``,
    ``warning``, ``info``), ``kind`` (``global``, ``call``, ``indirect-call``, ``build``, ``ext``,
    ``nested``, ``malformed``, ``stacked``, ``trailing-data``, ``polyglot``, ``zip``,
    ``storage``, ``header``, ``torchscript``, ``format``, ``truncated-report``), where it is (``entry``: the archive
    member or pickle, ``offset``: byte offset in it, ``opcode``) and ``global_name``."""

    severity: str
    kind: str
    detail: str
    entry: str | None = None
    offset: int | None = None
    opcode: str | None = None
    global_name: str | None = None
    count: int = 1

    def to_dict(self) -> dict[str, Any]:
        return {"severity": self.severity, "kind": self.kind, "detail": self.detail, "entry": self.entry,
                "offset": self.offset, "opcode": self.opcode, "global": self.global_name, "count": self.count}


@dataclass
class ScanReport:
    """The verdict on one file and why. ``globals`` maps every global the file names that is
    not plain data to its severity; ``classes`` lists the unknown ones (whose code would run)."""

    path: str
    verdict: str
    format: str | None = None
    findings: list[Finding] = field(default_factory=list)
    globals: dict[str, str] = field(default_factory=dict)
    pickles: int = 0
    seconds: float = 0.0

    @property
    def classes(self) -> list[str]:
        return sorted(name for name, severity in self.globals.items() if severity == "suspicious")

    @property
    def exit_code(self) -> int:
        return {"safe": 0, "suspicious": 3, "dangerous": 1}.get(self.verdict, 2)

    def to_dict(self) -> dict[str, Any]:
        return {"path": self.path, "verdict": self.verdict, "format": self.format,
                "findings": [f.to_dict() for f in self.findings],
                "globals": [{"name": n, "severity": s} for n, s in sorted(self.globals.items())],
                "pickles": self.pickles, "seconds": round(self.seconds, 6)}


class ScanResults(list):
    """The reports of :func:`scan_paths`; ``skipped`` holds files in scanned directories that
    are no model format and no pickle (nothing in them can be unpickled)."""

    def __init__(self, reports: Iterable[ScanReport] = (), skipped: Iterable[str] = ()):
        super().__init__(reports)
        self.skipped = list(skipped)


def exit_code(reports: Iterable[ScanReport]) -> int:
    """0 all safe, 3 suspicious only, 1 any dangerous, 2 any error (dangerous outranks error)."""
    verdicts = {r.verdict for r in reports}
    if "dangerous" in verdicts:
        return 1
    if "error" in verdicts:
        return 2
    if "suspicious" in verdicts:
        return 3
    return 0


def scan(path: str | os.PathLike[str]) -> ScanReport:
    """Scan one file; never raises for what the file holds (unreadable files get ``error``).

    >>> torchckpt.scan("model.pt").verdict             # doctest: +SKIP
    'safe'
    """
    return _Scanner(os.fspath(path)).run()


def scan_paths(paths: Iterable[str | os.PathLike[str]], *, recursive: bool = False) -> ScanResults:
    """Scan files, and with ``recursive=True`` every file under directories (sorted).

    In directories, files that are no model format and do not even start like a pickle are
    skipped (listed in ``.skipped``); a path given by name is always reported.
    """
    results = ScanResults()
    for raw in paths:
        path = os.fspath(raw)
        if not os.path.isdir(path):
            results.append(scan(path))
            continue
        if not recursive:
            results.append(_error_report(path, "is a directory; scan it with --recursive (recursive=True)"))
            continue
        for root, dirs, files in os.walk(path):
            dirs.sort()
            for name in sorted(files):
                file = os.path.join(root, name)
                if os.path.islink(file) or not os.path.isfile(file):
                    continue
                report = _Scanner(file, skip_unknown=True).run()
                if report is None:
                    results.skipped.append(file)
                else:
                    results.append(report)
    return results


def _error_report(path: str, message: str) -> ScanReport:
    return ScanReport(path, "error", findings=[Finding("error", "format", message)])


# --- helpers ----------------------------------------------------------------------------------

def _show(text: Any, limit: int = 160) -> str:
    """A name from a hostile file, made printable and short (no terminal escapes, one line)."""
    text = str(text)
    if not text.isprintable():
        text = "".join(c if c.isprintable() else ascii(c)[1:-1] for c in text)
    return text if len(text) <= limit else text[:limit] + "..."


def _join(prefix: str | None, name: str | None) -> str | None:
    if prefix and name:
        return f"{prefix}/{name}"
    return prefix or name


def _state_keys(target: Any) -> list[Any]:
    if isinstance(target, ObjectStub):
        state = target.state
    elif isinstance(target, TensorRef):
        state = target.extra.get("state")
    elif isinstance(target, PickledOrderedDict):
        state = vars(target)
    else:
        return []
    keys: list[Any] = []
    parts = state if isinstance(state, tuple) else (state,)
    for part in parts[:2]:
        if isinstance(part, dict):
            keys.extend(part)
    return keys


def _is_dunder(key: Any) -> bool:
    return isinstance(key, str) and len(key) > 4 and key.startswith("__") and key.endswith("__")


class _AllEntries(dict):
    """The central directory as a dict that also remembers every entry, duplicates included."""

    def __init__(self) -> None:
        super().__init__()
        self.all: list[ZipEntry] = []

    def __setitem__(self, key: str, value: ZipEntry) -> None:
        self.all.append(value)
        super().__setitem__(key, value)


class _ScanZip(ZipArchive):
    def _parse(self) -> None:
        self.entries = _AllEntries()
        super()._parse()

    @property
    def every_entry(self) -> list[ZipEntry]:
        """Central-directory order, duplicates included (``entries`` keeps the last of a name)."""
        return self.entries.all


class _ScanUnpickler(Unpickler):
    """The reader's interpreter, also noting what ``BUILD`` targets and what calls call."""

    def __init__(self, *args: Any, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self.builds: list[tuple[int, Any]] = []
        self.planted: list[tuple[int, Any, Any]] = []
        self.indirect: list[tuple[int, str, str, str]] = []
        self.nested: list[tuple[int, Any]] = []
        # builtins.getattr calls (target, attribute); None once getattr is handed to anything
        # but a call (a handler may call it with arguments the scanner does not see)
        self.getattrs: list[tuple[Any, Any]] | None = []

    def _event(self, kind: str, offset: int, opcode: str, module: str = "", name: str = "", detail: str = "") -> None:
        super()._event(kind, offset, opcode, module, name, detail)
        if kind == "build" and self.stack and len(self.builds) < 100_000:
            target = self.stack[-1]
            self.builds.append((offset, target))
            # the state an earlier BUILD left (this BUILD may overwrite it): a planted
            # __setstate__ is called right now
            for key in _state_keys(target):
                if _is_dunder(key):
                    self.planted.append((offset, target, key))
                    break

    def _call(self, func: Any, args: Any, offset: int, opcode: str, kwargs: Any = None) -> Any:
        if isinstance(func, ObjectStub) and len(self.indirect) < 10_000:
            self.indirect.append((offset, opcode, func.cls, _describe(func)))
        if self.getattrs is not None:
            if _is_getattr(func) and isinstance(args, tuple) and len(args) == 2 and not kwargs:
                self.getattrs.append(args)
            elif _holds_getattr((args, kwargs)):
                self.getattrs = None
        return super()._call(func, args, offset, opcode, kwargs)


def _is_getattr(value: Any) -> bool:
    return isinstance(value, GlobalRef) and value.qualname in ("builtins.getattr", "__builtin__.getattr")


def _holds_getattr(value: Any, budget: int = 200_000) -> bool:
    """Whether ``builtins.getattr`` itself is somewhere in ``value`` (walked once per object;
    past ``budget`` objects, assume it is)."""
    todo, seen = [value], set()
    while todo:
        item = todo.pop()
        if _is_getattr(item):
            return True
        if isinstance(item, (tuple, list, dict, ObjectStub)):
            if id(item) in seen:
                continue
            seen.add(id(item))
            if len(seen) > budget:
                return True
            if isinstance(item, dict):
                todo.extend(item.keys())
                todo.extend(item.values())
            elif isinstance(item, ObjectStub):    # its state goes to its class's __setstate__
                todo.extend((item.args, item.state, item.items, item.listitems, item.kwargs))
            else:
                todo.extend(item)
    return False


def _getattr_severity(s: _Stream) -> str | None:
    """``safe``/``suspicious`` when every ``builtins.getattr`` in the stream is a call fetching
    a data method of a module object (``torch.save(model.state_dict)``), else None."""
    if not s.getattrs:
        return None
    worst = "safe"
    for target, attribute in s.getattrs:
        if not isinstance(target, ObjectStub):
            return None
        severity = harmless_module_getattr(target.cls, attribute, is_module=target.is_module)
        if severity is None:
            return None
        if severity == "suspicious":
            worst = severity
    return worst


def _describe(value: Any, depth: int = 0) -> str:
    """``builtins.getattr(<builtins.__import__(...)>, 'system')``: what an indirect call calls."""
    if isinstance(value, ObjectStub):
        if depth > 1:
            return f"<{_show(value.cls, 60)}(...)>"
        args = ", ".join(_describe(a, depth + 1) for a in value.args[:3]) + (", ..." if len(value.args) > 3 else "")
        text = f"{_show(value.cls, 60)}({args})"
        return text if depth == 0 else f"<{text}>"
    if isinstance(value, (GlobalRef, Handler)):
        return _show(value.qualname, 60)
    if isinstance(value, str):
        return repr(_show(value, 40))
    if type(value) in (int, float, bool) or value is None:
        return _show(repr(value), 40)
    return f"<{type(value).__name__}>"


@dataclass
class _Stream:
    start: int
    end: int              # one past STOP, or where reading failed
    value: Any
    error: PickleStreamError | None
    events: list[Event]
    builds: list[tuple[int, Any]]
    planted: list[tuple[int, Any, Any]]
    indirect: list[tuple[int, str, str, str]]
    nested: list[tuple[int, Any]]
    progress: bool        # looked like a pickle before any failure
    getattrs: list[tuple[Any, Any]] | None = None


def _persistent_loader(storages: dict[str, tuple[int, int]] | None) -> Callable[[Any], Any]:
    """Lenient stand-in for torch's persistent_load: storages become StorageRefs (recorded
    with their declared size), legacy module ids their class; anything else still parses,
    so nothing after a strange id goes unjudged."""

    def text(value: Any) -> str:
        # never str() an arbitrary object from the stream (deep nesting, huge ints)
        if isinstance(value, bytes):
            return value.decode("ascii", "replace")
        if isinstance(value, str):
            return value
        if type(value) is int and value.bit_length() < 64:
            return str(value)
        return type(value).__name__

    def load(pid: Any) -> Any:
        if isinstance(pid, tuple) and pid:
            tag = text(pid[0])
            if tag == "storage" and len(pid) >= 5:
                dtype = pid[1].dtype if isinstance(pid[1], StorageType) else _dt.UINT8
                key = text(pid[2])
                numel = pid[4] if type(pid[4]) is int and pid[4] >= 0 else 0
                if storages is not None:
                    storages.setdefault(key, (dtype.itemsize, numel))
                return StorageRef(key, dtype, text(pid[3]), numel * dtype.itemsize)
            if tag == "module" and len(pid) >= 2:
                return pid[1]
        return StorageRef(_show(text(pid), 64), _dt.UINT8, "cpu", 0)

    return load


def _is_tar(data: Any) -> bool:
    """A first tar header with a valid checksum: what tarfile (and so torch.load) accepts,
    old V7 headers without the ``ustar`` magic included."""
    if len(data) < 512:
        return False
    header = bytes(data[:512])
    field = header[148:156].split(b"\0", 1)[0].strip()
    if not field or header == b"\0" * 512:
        return False
    try:
        stored = int(field, 8)
    except ValueError:
        return False
    # tarfile rejects a bad checksum, and torch.load then reads the file as a pickle
    unsigned = sum(header[:148]) + 8 * 32 + sum(header[156:])
    signed = sum(struct.unpack("148b", header[:148])) + 8 * 32 + sum(struct.unpack("356b", header[156:]))
    return stored in (unsigned, signed)


def _is_safetensors(data: Any) -> bool:
    size = len(data)
    if size < 10:
        return False
    (n,) = struct.unpack_from("<Q", data, 0)
    return 2 <= n <= size - 8 and data[8:9] == b"{"


def _compression(head: bytes) -> str | None:
    if head[:2] == b"\x1f\x8b":
        return "gzip"
    if head[:3] == b"BZh" and head[3:4].isdigit():
        return "bz2"
    if head[:6] == b"\xfd7zXZ\x00":
        return "xz"
    if len(head) >= 2 and head[0] == 0x78 and (head[0] * 256 + head[1]) % 31 == 0:
        return "zlib"
    return None


def _inflates(head: bytes) -> bool:
    """Whether ``head`` starts a compressed stream that decompresses (not just its magic bytes)."""
    kind = _compression(head[:16])
    if kind is None:
        return False
    try:
        if kind in ("gzip", "zlib"):
            zlib.decompressobj(zlib.MAX_WBITS | (16 if kind == "gzip" else 0)).decompress(head, 1024)
        elif kind == "bz2":
            import bz2

            bz2.BZ2Decompressor().decompress(head, 1024)
        else:
            import lzma

            lzma.LZMADecompressor().decompress(head, 1024)
    except (OSError, EOFError, ValueError, zlib.error):
        return False
    return True


def _decompress(kind: str, data: Any) -> bytes:
    if kind in ("gzip", "zlib"):
        d = zlib.decompressobj(zlib.MAX_WBITS | (16 if kind == "gzip" else 0))
        out = d.decompress(data, _MAX_INFLATE)
        if d.unconsumed_tail:
            raise OverflowError
        return out
    if kind == "bz2":
        import bz2

        dec = bz2.BZ2Decompressor()
    else:
        import lzma

        dec = lzma.LZMADecompressor()
    out = dec.decompress(data, _MAX_INFLATE)
    if not dec.needs_input and not dec.eof:
        raise OverflowError
    return out


def _reaches_code(s: _Stream) -> bool:
    """Whether the stream names an importable global or calls an EXT global: without either,
    nothing in it can run."""
    return any((e.kind == "global" and is_identifier_path(e.module) and is_identifier_path(e.name))
               or (e.kind == "call" and e.module == "copyreg._extension_registry") for e in s.events)


def _npy_has_object(descr: Any) -> bool:
    if isinstance(descr, str):
        return descr.lstrip("<>|=")[:1] == "O"
    if isinstance(descr, (list, tuple)):
        return any(_npy_has_object(part) for part in descr)
    return False


# --- the scanner ------------------------------------------------------------------------------

class _Scanner:
    def __init__(self, path: str, *, skip_unknown: bool = False):
        self.path = path
        self.skip_unknown = skip_unknown
        self.findings: dict[tuple, Finding] = {}
        self.globals: dict[str, str] = {}
        self.pickles = 0
        self.zip_scanned = False

    # findings ---------------------------------------------------------------------------------
    def add(self, severity: str, kind: str, detail: str, *, entry: str | None = None, offset: int | None = None,
            opcode: str | None = None, name: str | None = None, key: Any = None) -> None:
        key = (severity, kind, name or detail, entry) if key is None else key
        found = self.findings.get(key)
        if found is not None:
            found.count += 1
            if offset is not None and (found.offset is None or offset < found.offset):
                found.offset = offset
            return
        if len(self.findings) >= _MAX_FINDINGS:
            key = ("suspicious", "truncated-report", "", None)
            if key not in self.findings:
                self.findings[key] = Finding("suspicious", "truncated-report",
                                             f"more than {_MAX_FINDINGS} findings; the rest are counted, not listed")
            self.findings[key].count += 1
            if _RANK[severity] > _RANK[self.findings[key].severity]:
                self.findings[key].severity = severity
            return
        self.findings[key] = Finding(severity, kind, detail, entry, offset, opcode, name)

    def run(self) -> ScanReport | None:
        started = time.perf_counter()
        report = ScanReport(self.path, "error")
        buf = None
        # The reading allocates many small acyclic objects; the cyclic collector would only
        # rescan them (it doubled the time on a 5000-tensor checkpoint).
        collecting = gc.isenabled()
        gc.disable()
        try:
            buf, _ = map_file(self.path)
            report.format = self.buffer(buf, prefix=None, depth=0)
        except TorchckptError as exc:
            self.add("error", "format", _show(exc.message, 300) + (f"; {exc.hint}" if exc.hint else ""))
        except OSError as exc:
            self.add("error", "format", f"cannot read the file ({exc.strerror or exc})")
        except Exception as exc:  # noqa: BLE001 - a scanner bug must give "error", never a crash or "safe"
            self.add("error", "format", f"internal error while scanning ({type(exc).__name__}: {_show(exc, 200)}); "
                                        "please report it")
        finally:
            if collecting:
                gc.enable()
            if buf is not None:
                try:
                    buf.close()
                except BufferError:
                    pass
        if report.format is None and not self.findings:
            if self.skip_unknown:
                return None
            self.add("error", "format", "not a model file torchckpt knows: not a pickle, zip, tar, numpy, "
                                        "safetensors or ONNX file")
        report.findings = sorted(self.findings.values(), key=lambda f: (-_RANK[f.severity], f.entry or "",
                                                                         f.offset if f.offset is not None else -1))
        rank = max((_RANK[f.severity] for f in report.findings), default=0)
        report.verdict = _VERDICT_OF_RANK[rank]
        report.globals = dict(self.globals)
        report.pickles = self.pickles
        report.seconds = time.perf_counter() - started
        return report

    # dispatch ---------------------------------------------------------------------------------
    def buffer(self, data: Any, *, prefix: str | None, depth: int) -> str | None:
        """Judge all of ``data``; return its format, or None when it is nothing we know."""
        if depth > _MAX_DEPTH:
            self.add("error", "nested", f"nested more than {_MAX_DEPTH} levels deep; not judged", entry=prefix)
            return "nested"
        head = bytes(data[:16])
        if head[:4] in (b"PK\x03\x04", b"PK\x05\x06"):
            return self.zip(data, prefix=prefix, depth=depth)
        if head[:6] == b"\x93NUMPY":
            self.npy(data, prefix=prefix, depth=depth)
            return "numpy"
        if _is_tar(data):
            self.polyglot(data, prefix=prefix, depth=depth)
            return self.tar(data, prefix=prefix, depth=depth)
        if _is_safetensors(data):
            self.polyglot(data, prefix=prefix, depth=depth)
            self.safetensors(data, prefix=prefix)
            return "safetensors"
        if head[:1] == b"\x08" and self._is_onnx(data):
            self.polyglot(data, prefix=prefix, depth=depth)
            self.onnx(data, prefix=prefix)
            return "onnx"
        kind = _compression(head)
        if kind is not None:
            try:
                inner = _decompress(kind, data)
            except OverflowError:
                self.add("error", "format", f"{kind} content inflates to more than {_MAX_INFLATE >> 30} GiB; "
                                            "not judged", entry=prefix)
                return kind
            except (OSError, EOFError, ValueError, zlib.error):
                inner = None
            if inner is not None:
                fmt = self.buffer(inner, prefix=_join(prefix, f"({kind})"), depth=depth + 1)
                return f"{fmt}+{kind}" if fmt else None
        fmt = self.pickles_at(data, 0, len(data), prefix=prefix, base=0, depth=depth)
        if fmt is not None and not self.zip_scanned:
            self.appended_zip(data, prefix=prefix, depth=depth)
        return fmt

    @staticmethod
    def _is_onnx(data: Any) -> bool:
        try:
            from .formats.onnx import looks_like_onnx
        except ImportError:
            return False
        return looks_like_onnx(data, len(data))

    # pickle streams ---------------------------------------------------------------------------
    def parse(self, data: Any, start: int, *, end: int | None = None, entry: str | None = None,
              storages: dict[str, tuple[int, int]] | None = None) -> _Stream:
        u = _ScanUnpickler(data, resolve=_allow_resolve, persistent_load=_persistent_loader(storages), start=start,
                           entry=entry)

        def load_from_bytes(*args: Any) -> StorageRef:
            payload = args[0] if args else None
            u.nested.append((u.events[-1].offset if u.events else u.pos, payload))
            size = len(payload) if isinstance(payload, (bytes, bytearray)) else 0
            return StorageRef("nested", _dt.UINT8, "cpu", size)

        nested_handler = Handler("torch.storage", "_load_from_bytes", load_from_bytes)

        def resolve(module: str, name: str) -> Any:
            if module == "torch.storage" and name == "_load_from_bytes":
                return nested_handler
            return _allow_resolve(module, name)

        u.resolve = resolve
        value, error = None, None
        try:
            value = u.load()
        except PickleStreamError as exc:
            error = exc
        except RecursionError:
            error = u._fail("nesting too deep to read")
        except MemoryError:
            error = u._fail("the stream would need too much memory")
        except Exception as exc:  # noqa: BLE001 - an interpreter failure must end in "error", never "safe"
            error = u._fail(f"unreadable ({type(exc).__name__}: {exc})")
        stop = u.end if error is None else u.pos
        if error is None and end is not None and stop > end:
            error = u._fail("the pickle runs past the end of its entry", end)
        valid_events = any(e.kind != "global" or is_identifier_path(e.module) and is_identifier_path(e.name)
                           for e in u.events)
        progress = bool(u.protocol or u.memo or u.metastack or valid_events or u.pos - start > 64)
        getattrs = u.getattrs if u.getattrs is None or not _holds_getattr(value) else None
        return _Stream(start, stop, value, error, u.events, u.builds, u.planted, u.indirect, u.nested, progress,
                       getattrs)

    def judge(self, s: _Stream, *, entry: str | None, base: int, depth: int, torchscript: bool = False,
              only_dangerous: bool = False) -> None:
        """Findings for what stream ``s`` asks for; ``only_dangerous`` for bytes that may not be a pickle."""
        load_from_bytes_seen = False
        for ev in s.events:
            offset = ev.offset - base
            if ev.kind == "global":
                if only_dangerous and not (is_identifier_path(ev.module) and is_identifier_path(ev.name)):
                    continue
                if ev.module == "torch.storage" and ev.name == "_load_from_bytes":
                    load_from_bytes_seen = True
                    continue
                qual = f"{ev.module}.{ev.name}"
                severity, reason = classify(ev.module, ev.name, torchscript=torchscript)
                if severity == "dangerous" and ev.name == "getattr" and ev.module in ("builtins", "__builtin__") \
                        and s.error is None and (fetched := _getattr_severity(s)) is not None:
                    severity, reason = fetched, "fetches a data method of a module (a pickled bound method such " \
                                                "as model.state_dict), nothing else"
                if severity == "safe" or (only_dangerous and severity != "dangerous"):
                    continue
                shown = _show(qual)
                if _RANK[severity] > _RANK.get(self.globals.get(shown, "info"), 0):
                    self.globals[shown] = severity
                self.add(severity, "global", f"{shown}: {reason}", entry=entry, offset=offset, opcode=ev.opcode,
                         name=shown)
            elif ev.kind == "call" and ev.opcode in ("REDUCE", "INST", "OBJ") and not only_dangerous \
                    and is_torch_nn_module_class(ev.module, ev.name):
                # pickle makes modules without __init__; a direct call runs __init__ on file-chosen sizes
                self.add("suspicious", "call", f"calls {_show(ev.module)}.{_show(ev.name)}(...) directly: its "
                                               "__init__ runs with arguments from the file",
                         entry=entry, offset=offset, opcode=ev.opcode, name=f"{ev.module}.{ev.name}()")
            elif ev.kind == "ext" and not only_dangerous:
                self.add("dangerous", "ext", f"{ev.opcode} {_show(ev.detail)} names a global through copyreg's "
                                             "extension registry: the global it runs is hidden from the stream",
                         entry=entry, offset=offset, opcode=ev.opcode)
        if only_dangerous:
            return
        for offset, opcode, callee, described in s.indirect:
            root = callee.split("(", 1)[0]
            module, _, name = root.rpartition(".")
            severity, reason = classify(module, name) if module else ("suspicious", "")
            if severity == "dangerous":
                self.add("dangerous", "indirect-call", f"calls what {described} returned: {reason}",
                         entry=entry, offset=offset - base, opcode=opcode, name=_show(root))
            else:
                self.add("suspicious", "indirect-call", f"calls what {described} returned (an indirect call)",
                         entry=entry, offset=offset - base, opcode=opcode, name=_show(root))
        planted = list(s.planted)
        for offset, target in s.builds:
            if isinstance(target, (GlobalRef, Handler, StorageType)):
                what = _show(getattr(target, "qualname", None) or getattr(target, "name", "?"))
                self.add("dangerous", "build", f"BUILD on the global {what} itself sets attributes of a class "
                                               "or function (monkeypatching)",
                         entry=entry, offset=offset - base, opcode="BUILD", name=what)
                continue
            planted.extend((offset, target, k) for k in _state_keys(target) if _is_dunder(k))
        for offset, target, key in planted:
            cls = _show(getattr(target, "cls", type(target).__name__))
            self.add("dangerous", "build", f"BUILD puts {_show(key)} on a {cls} object: the next BUILD or call "
                                           "on it runs whatever that names",
                     entry=entry, offset=offset - base, opcode="BUILD", name=f"{cls}.{_show(key)}")
        for offset, payload in s.nested:
            where = _join(entry, f"_load_from_bytes@{offset - base}")
            if isinstance(payload, (bytes, bytearray)):
                if self.buffer(bytes(payload), prefix=where, depth=depth + 1) is None:
                    self.add("warning", "nested", "the bytes of torch.storage._load_from_bytes are no torch file "
                                                  "(torch.load fails on them before running anything)", entry=where)
            else:
                self.add("dangerous", "nested", "torch.storage._load_from_bytes on a value the stream computes: "
                                                "a nested torch.load(weights_only=False) of bytes this file does "
                                                "not show", entry=entry, offset=offset - base, opcode="REDUCE",
                         name="torch.storage._load_from_bytes")
        if load_from_bytes_seen and not s.nested:
            self.add("suspicious", "nested", "torch.storage._load_from_bytes (a nested torch.load) is named but "
                                             "not called on literal bytes", entry=entry,
                     name="torch.storage._load_from_bytes")

    def malformed(self, s: _Stream, *, entry: str | None, base: int) -> None:
        error = s.error
        message = _BYTE_SUFFIX.sub("", error.message.removeprefix("malformed pickle: "))
        offset = (error.offset if error.offset is not None else s.end) - base
        if message.startswith("SETITEM on a"):
            self.add("dangerous", "malformed", f"{message}: SETITEM(S) on a non-dict is the weights_only "
                                               "memory-corruption pattern (CVE-2026-24747)", entry=entry, offset=offset)
            return
        self.add("error", "malformed", f"the pickle cannot be read past this point ({_show(message, 200)}); "
                                       "anything after it is not judged", entry=entry, offset=offset)

    def pickles_at(self, data: Any, start: int, end: int, *, prefix: str | None, base: int, depth: int,
                   storages: dict[str, tuple[int, int]] | None = None, torchscript: bool = False,
                   first: _Stream | None = None) -> str | None:
        """Judge the pickles in ``data[start:end]``; return ``pickle``/``torch-legacy``, or None
        when the bytes are no pickle at all."""
        s = first if first is not None else self.parse(data, start, end=end, entry=prefix, storages=storages)
        if s.error is not None and not s.progress:
            self.judge(s, entry=prefix, base=base, depth=depth, only_dangerous=True)
            return None
        legacy = s.error is None and type(s.value) is int and s.value == LEGACY_MAGIC
        label = _join(prefix, "legacy pickle 1 (magic number)") if legacy else prefix
        self.judge(s, entry=label, base=base, depth=depth, torchscript=torchscript)
        self.pickles += 1
        if s.error is not None:
            self.malformed(s, entry=label, base=base)
            return "pickle"
        pos: int | None = s.end
        if legacy:
            pos = self.legacy_rest(data, s.end, end, prefix=prefix, base=base, depth=depth)
        if pos is not None:
            self.trailing(data, pos, end, prefix=prefix, base=base, depth=depth)
        return "torch-legacy" if legacy else "pickle"

    def legacy_rest(self, data: Any, pos: int, end: int, *, prefix: str | None, base: int, depth: int) -> int | None:
        """Pickles 2-5 of torch's legacy layout, then its raw storages; the offset after them."""
        storages: dict[str, tuple[int, int]] = {}
        values = []
        for index, role in enumerate(("protocol version", "sys_info", "main object", "storage keys"), start=2):
            label = _join(prefix, f"legacy pickle {index} ({role})")
            s = self.parse(data, pos, end=end, entry=label, storages=storages)
            self.judge(s, entry=label, base=base, depth=depth)
            self.pickles += 1
            if s.error is not None:
                self.malformed(s, entry=label, base=base)
                return None
            values.append(s.value)
            pos = s.end
        keys = values[-1]
        if not isinstance(keys, list):
            self.add("warning", "storage", "the storage key list is not a list; the raw storages after it were "
                                           "not walked", entry=prefix, offset=pos - base)
            return None
        for key in keys:
            known = storages.get(str(key))
            if known is None or pos + 8 > end:
                self.add("warning", "storage", f"storage {_show(key, 40)!r} is missing or truncated; the bytes "
                                               "after it were not walked", entry=prefix, offset=pos - base)
                return None
            (count,) = struct.unpack_from("<q", data, pos)
            if count != known[1]:
                self.add("suspicious", "storage", f"storage {_show(key, 40)!r} is declared with {known[1]} elements "
                                                  f"but its data says {count}", entry=prefix, offset=pos - base)
            pos += 8 + max(count, 0) * known[0]
            if count < 0 or pos > end:
                self.add("warning", "storage", f"storage {_show(key, 40)!r} runs past the end of the file "
                                               "(truncated)", entry=prefix)
                return None
        return pos

    def trailing(self, data: Any, pos: int, end: int, *, prefix: str | None, base: int, depth: int) -> None:
        """Stacked pickles, an appended zip, or bytes nobody reads after a pickle."""
        index = 2
        while pos < end and index <= _MAX_STACKED:
            if bytes(data[pos:pos + 4]) in (b"PK\x03\x04", b"PK\x05\x06"):
                self.add("suspicious", "polyglot", f"a zip archive starts at byte {pos - base}, right after the "
                                                   "pickle: torch.load reads the pickle, zip tools the archive",
                         entry=prefix, offset=pos - base)
                self.appended_zip(data, prefix=prefix, depth=depth, start=pos, end=end)
                return
            s = self.parse(data, pos, end=end)
            if s.error is None:
                label = _join(prefix, f"pickle {index} at byte {pos - base}")
                self.add("info", "stacked", "another pickle follows: pickle.load and torch.load read only the "
                                            "first, code that reads on runs this one", entry=label, offset=pos - base)
                self.judge(s, entry=label, base=base, depth=depth)
                self.pickles += 1
                pos = s.end
                index += 1
                continue
            self.judge(s, entry=_join(prefix, f"trailing data at byte {pos - base}"), base=base, depth=depth,
                       only_dangerous=True)
            self.add("suspicious", "trailing-data", f"{end - pos} bytes after the last pickle that no loader reads",
                     entry=prefix, offset=pos - base)
            return
        if pos < end:
            self.add("suspicious", "trailing-data", f"more than {_MAX_STACKED} stacked pickles; the rest were not "
                                                    "read", entry=prefix, offset=pos - base)

    def sniff(self, head: bytes, size: int, fetch: Callable[[], bytes | None], *, prefix: str | None,
              depth: int, torchscript: bool = False) -> None:
        """Bytes that do not claim to be a pickle (tensor data, text): judge them as one only if
        read as one they reach something that could run (an importable global, a called EXT).
        Real data fails within a few bytes or reaches nothing; random bytes that happen to form
        a tiny pickle ("N.") are not reported."""
        if not head or head[0] in _NOT_AN_OPCODE:
            return
        s = self.parse(head, 0)
        whole = len(head) >= size
        if not _reaches_code(s):
            still_reading = (not whole and s.error is not None and "truncated" in s.error.message
                             and s.progress)
            if not still_reading:
                return
            if size > _MAX_SNIFFED:
                self.add("suspicious", "format", f"a {size}-byte entry reads like a pickle for its first "
                                                 f"{len(head)} bytes; too large to judge whole", entry=prefix)
                return
        elif not whole and size > _MAX_SNIFFED:
            self.judge(s, entry=prefix, base=0, depth=depth, torchscript=torchscript)
            self.add("suspicious", "format", f"a {size}-byte entry starts with a pickle; the rest was not read",
                     entry=prefix)
            return
        content = head if whole else fetch()
        if content is None:
            return
        full = s if whole else self.parse(content, 0)
        if _reaches_code(full):
            self.pickles_at(content, 0, len(content), prefix=prefix, base=0, depth=depth, torchscript=torchscript,
                            first=full)

    def polyglot(self, data: Any, *, prefix: str | None, depth: int) -> None:
        """A file whose header says one format but whose first bytes also read as a pickle."""
        s = self.parse(bytes(data[:_SNIFF]), 0)
        if s.error is None or (len(data) > _SNIFF and "truncated" in s.error.message and s.events):
            full = self.parse(data, 0)
            label = _join(prefix, "file start read as a pickle")
            self.add("suspicious", "polyglot", "the file also reads as a pickle from its first byte: pickle.load "
                                               "runs that", entry=label, offset=0)
            self.judge(full, entry=label, base=0, depth=depth)
            self.pickles += 1
        else:
            self.judge(s, entry=prefix, base=0, depth=depth, only_dangerous=True)

    # zip --------------------------------------------------------------------------------------
    def appended_zip(self, data: Any, *, prefix: str | None, depth: int, start: int | None = None,
                     end: int | None = None) -> None:
        size = len(data)
        if start is None and data.find(b"PK\x05\x06", max(0, size - 65557)) < 0:
            return
        region = data if end is None or end == size else bytes(data[start:end])
        try:
            archive = _ScanZip(region)
        except CorruptFileError:
            if start is not None:
                self.add("suspicious", "polyglot", "the bytes after the pickle start like a zip but do not read as "
                                                   "one", entry=prefix, offset=start)
            return
        if start is None:
            self.add("suspicious", "polyglot", f"a zip archive is appended at byte {archive.prefix_bytes}: "
                                               "torch.load reads the pickle, zip tools the archive",
                     entry=prefix, offset=archive.prefix_bytes)
        self.zip(region, prefix=_join(prefix, "appended zip"), depth=depth + 1, archive=archive)

    def zip(self, data: Any, *, prefix: str | None, depth: int, archive: _ScanZip | None = None) -> str:
        self.zip_scanned = True
        if archive is None:
            try:
                archive = _ScanZip(data)
            except CorruptFileError as exc:
                self.add("error", "zip", f"the zip archive cannot be read ({_show(exc.message, 200)})", entry=prefix)
                return "zip"
        entries = archive.every_entry
        names = [e.name for e in entries]
        basenames = {n.rsplit("/", 1)[-1] for n in names}
        torchscript = "constants.pkl" in basenames
        fmt = ("torchscript" if torchscript else "torch-zip" if "data.pkl" in basenames
               else "numpy" if names and all(n.endswith(".npy") for n in names) else "zip")
        if torchscript or any(n.endswith(".py") and (n.startswith("code/") or "/code/" in n) for n in names):
            # (code/ without constants.pkl is judged too: which loader compiles it is not ours to guess)
            self.torchscript_code(data, entries, prefix=prefix)
        for name in sorted(set(archive.duplicates)):
            self.add("suspicious", "zip", f"two entries are named {_show(name)!r}: zip readers disagree on which "
                                          "one they load (both were scanned)", entry=_join(prefix, _show(name)))
        self.zip_tail(data, archive, prefix=prefix, depth=depth)
        storages: dict[str, tuple[int, int]] = {}
        for entry in entries:
            self.zip_entry(data, entry, prefix=prefix, depth=depth, torchscript=torchscript, storages=storages)
        if fmt == "torch-zip" and storages and names:
            folder = names[0].split("/", 1)[0] + "/" if "/" in names[0] else ""
            by_name = {e.name: e for e in entries}
            for key, (itemsize, numel) in storages.items():
                record = by_name.get(f"{folder}data/{key}")
                if record is not None and record.size < itemsize * numel:
                    self.add("dangerous", "storage", f"storage {_show(key, 40)} declares {itemsize * numel} bytes "
                                                     f"but its entry holds {record.size}: the weights_only "
                                                     "memory-corruption pattern (CVE-2026-24747)",
                             entry=_join(prefix, record.name))
        return fmt

    def torchscript_code(self, data: Any, entries: list[ZipEntry], *, prefix: str | None) -> None:
        """Judge what the archive's ``code/`` calls (:mod:`torchckpt.torchscript_code`):
        ``torch.jit.load`` compiles it and runs ``__setstate__``, calling the model runs ``forward``."""
        from .torchscript_code import analyse_code, bytecode_operators

        files = []
        for e in entries:
            if e.name.rsplit("/", 1)[-1] == "bytecode.pkl":    # the lite interpreter's operator tables
                label = _join(prefix, _show(e.name))
                content = self.entry_bytes(data, e, label=label, quiet=True)
                stream = self.parse(content, 0) if content is not None else None
                for op, severity, reason in bytecode_operators(stream.value if stream else None):
                    if severity != "safe":
                        self.add(severity, "torchscript", f"bytecode.pkl lists the operator {_show(op, 80)} "
                                                          f"(the lite interpreter calls it): {reason}",
                                 entry=label, offset=0, name=_show(op, 80))
            if e.name.endswith(".py") and (e.name.startswith("code/") or "/code/" in e.name):
                content = self.entry_bytes(data, e, label=_join(prefix, _show(e.name)))
                if content is not None:
                    files.append((e.name, content))
        calls, problems = analyse_code(files)
        for path, problem in problems:
            self.add("suspicious", "torchscript", f"TorchScript code {problem}: what it calls was not judged",
                     entry=_join(prefix, _show(path)))
        ops: set[str] = set()
        for call in calls:
            ops.add(call.target)
            if call.severity == "safe":
                continue
            self.add(call.severity, "torchscript", f"TorchScript code calls {_show(call.op, 80)} "
                                                   f"({_show(call.target, 80)}, line {call.line}): {call.reason}",
                     entry=_join(prefix, _show(call.file)), offset=call.offset, name=_show(call.target, 80),
                     key=("torchscript", call.severity, call.target, call.file))
        if not files:
            self.add("info", "torchscript", "TorchScript archive without code/: torch.jit.load has nothing to compile",
                     entry=prefix)
            return
        self.add("info", "torchscript", f"TorchScript archive: code/ ({len(files)} files) calls {len(ops)} distinct "
                                        "operators and functions; each was judged (ordinary tensor operators are "
                                        "safe)", entry=prefix)

    def zip_tail(self, data: Any, archive: _ScanZip, *, prefix: str | None, depth: int) -> None:
        size = len(data)
        eocd = data.rfind(b"PK\x05\x06", max(0, size - 65557))
        if eocd < 0 or eocd + 22 > size:
            return
        (comment,) = struct.unpack_from("<H", data, eocd + 20)
        tail = eocd + 22 + comment
        if tail < size:
            self.add("suspicious", "zip", f"{size - tail} bytes after the end of the zip archive", entry=prefix,
                     offset=tail)
            self.trailing(data, tail, size, prefix=_join(prefix, "after the zip"), base=0, depth=depth)
        if archive.prefix_bytes and bytes(data[:4]) == b"PK\x03\x04":
            self.add("suspicious", "zip", f"{archive.prefix_bytes} bytes before the archive's first entry",
                     entry=prefix, offset=0)

    def zip_entry(self, data: Any, e: ZipEntry, *, prefix: str | None, depth: int, torchscript: bool,
                  storages: dict[str, tuple[int, int]]) -> None:
        label = _join(prefix, _show(e.name))
        if e.local_name != e.name:
            self.add("suspicious", "zip", f"the local header names {_show(e.local_name)!r} but the central "
                                          f"directory {_show(e.name)!r}: loaders and scanners may read different "
                                          "files", entry=label)
        if (e.local_flags ^ e.flags) & ~0x0808 or e.local_method != e.method:
            self.add("suspicious", "zip", "local and central headers disagree on flags or compression", entry=label)
        if e.flags & 0x0001:
            self.add("suspicious", "zip", "the entry is marked encrypted (torch ignores the bit, zipfile refuses "
                                          "it; the bytes were scanned as they are)", entry=label)
        if e.flags & ~0x080F:
            self.add("suspicious", "zip", f"unusual zip flag bits 0x{e.flags & ~0x080F:04x}", entry=label)
        if e.method not in (0, 8):
            self.add("suspicious", "zip", f"compression method {e.method}: torch cannot read it, Python's zipfile "
                                          "can", entry=label)
        if e.name.endswith("/") and e.size == 0:
            return
        base_name = e.name.rsplit("/", 1)[-1]
        if base_name.endswith(_PICKLE_SUFFIXES):
            content = self.entry_bytes(data, e, label=label)
            if content is None:
                return
            if (zlib.crc32(content) & 0xFFFFFFFF) != e.crc and not e.flags & 0x0001:
                self.add("suspicious", "zip", "CRC mismatch: Python's zipfile refuses the entry, torch loads it "
                                              "(CVE-2025-10156)", entry=label)
            fmt = self.pickles_at(content, 0, len(content), prefix=label, base=0, depth=depth,
                                  storages=storages if base_name == "data.pkl" else None, torchscript=torchscript)
            if fmt is None:
                self.add("error", "malformed", "the entry is named as a pickle but does not read as one",
                         entry=label, offset=0)
            return
        head = self.entry_bytes(data, e, label=label, limit=_SNIFF, quiet=True)
        if not head:
            return
        if head[:6] == b"\x93NUMPY":
            full = self.entry_bytes(data, e, label=label)
            if full is not None:
                self.npy(full, prefix=label, depth=depth)
            return
        if head[:4] == b"PK\x03\x04" or _inflates(head):
            full = self.entry_bytes(data, e, label=label)
            if full is not None and self.buffer(full, prefix=label, depth=depth + 1) is None:
                self.judge(self.parse(head, 0), entry=label, base=0, depth=depth, only_dangerous=True)
            return
        self.sniff(head, e.size, lambda: self.entry_bytes(data, e, label=label), prefix=label, depth=depth,
                   torchscript=torchscript)

    def entry_bytes(self, data: Any, e: ZipEntry, *, label: str | None, limit: int | None = None,
                    quiet: bool = False) -> bytes | None:
        """The entry's content (the first ``limit`` bytes of it); read straight from the central
        directory's offsets, as torch does, whatever the flags say."""
        raw = memoryview(data)[e.data_offset:e.data_offset + e.compressed_size]
        try:
            if e.method == 0:
                return bytes(raw[:limit] if limit else raw)
            if e.method == 8:
                d = zlib.decompressobj(-15)
                out = d.decompress(raw, limit or _MAX_INFLATE)
                if limit is None and d.unconsumed_tail:
                    raise OverflowError
                return out
            import zipfile

            out = zipfile._get_decompressor(e.method).decompress(raw)  # bzip2, lzma
            return out[:limit] if limit else out
        except OverflowError:
            self.add("error", "zip", f"the entry inflates to more than {_MAX_INFLATE >> 30} GiB; not judged",
                     entry=label)
        except Exception as exc:  # noqa: BLE001 - any decompressor failure: unreadable
            if not quiet:
                self.add("error", "zip", f"the entry cannot be decompressed ({type(exc).__name__}); not judged",
                         entry=label)
        finally:
            raw.release()
        return None

    # tar --------------------------------------------------------------------------------------
    def tar(self, data: Any, *, prefix: str | None, depth: int) -> str:
        try:
            members = _tar_members(data)
        except ValueError as exc:
            self.add("error", "format", f"the tar archive cannot be read ({exc})", entry=prefix)
            return "tar"
        names = {m[0] for m in members}
        legacy = {"pickle", "storages", "tensors"} <= names
        last = {name: (off, size) for name, off, size in members}
        for name, off, size in members:
            label = _join(prefix, _show(name))
            if legacy and name in ("storages", "tensors", "pickle") and last[name] == (off, size):
                if name == "pickle":
                    fmt = self.pickles_at(data, off, off + size, prefix=label, base=off, depth=depth)
                    if fmt is None:
                        self.add("error", "malformed", "the member does not read as a pickle", entry=label)
                else:
                    self.tar_records(data, off, off + size, kind=name, prefix=label, depth=depth)
                continue
            if name.endswith(_PICKLE_SUFFIXES):
                if self.pickles_at(data, off, off + size, prefix=label, base=off, depth=depth) is None:
                    self.add("error", "malformed", "the member is named as a pickle but does not read as one",
                             entry=label)
                continue
            head = bytes(data[off:off + min(size, _SNIFF)])
            if head:
                self.sniff(head, size, lambda o=off, n=size: bytes(data[o:o + n]), prefix=label, depth=depth)
        return "torch-legacy" if legacy else "tar"

    def tar_records(self, data: Any, start: int, end: int, *, kind: str, prefix: str | None, depth: int) -> None:
        """The ``storages``/``tensors`` members: a count pickle, then records of a pickle and raw data."""
        pos = start

        def one() -> _Stream | None:
            nonlocal pos
            s = self.parse(data, pos, end=end, entry=prefix)
            self.judge(s, entry=prefix, base=start, depth=depth)
            self.pickles += 1
            if s.error is not None:
                self.malformed(s, entry=prefix, base=start)
                return None
            pos = s.end
            return s

        count = one()
        if count is None:
            return
        if type(count.value) is not int or count.value < 0:
            self.add("warning", "storage", f"the {kind} count is not a number; the records were not walked",
                     entry=prefix)
            return
        for _ in range(count.value):
            if pos >= end:
                self.add("warning", "storage", f"the {kind} member ends before its last record", entry=prefix)
                return
            record = one()
            if record is None:
                return
            if kind == "storages":
                args = record.value
                stype = args[2] if isinstance(args, tuple) and len(args) == 3 else None
                if not isinstance(stype, StorageType) or pos + 8 > end:
                    self.add("warning", "storage", "a storage record has no known storage type; the rest of the "
                                                   "member was not walked", entry=prefix, offset=pos - start)
                    return
                (numel,) = struct.unpack_from("<q", data, pos)
                pos += 8 + max(numel, 0) * stype.dtype.itemsize
            else:
                if pos + 8 > end:
                    break
                (ndim,) = struct.unpack_from("<i", data, pos)
                pos += 8 + 16 * max(ndim, 0) + 8
            if pos > end:
                self.add("warning", "storage", f"a {kind} record runs past the end of the member (truncated)",
                         entry=prefix)
                return
        if kind == "storages" and one() is None:   # the storage views list
            return
        if pos < end:
            self.trailing(data, pos, end, prefix=prefix, base=start, depth=depth)

    # numpy, safetensors, onnx -----------------------------------------------------------------
    def npy(self, data: Any, *, prefix: str | None, depth: int) -> None:
        import ast

        if len(data) < 10:
            self.add("error", "header", "the .npy header is truncated", entry=prefix)
            return
        major = data[6]
        if major == 1:
            (hlen,) = struct.unpack_from("<H", data, 8)
            start = 10
        elif major in (2, 3):
            (hlen,) = struct.unpack_from("<I", data, 8)
            start = 12
        else:
            self.add("error", "header", f"unknown .npy version {major}", entry=prefix)
            return
        if hlen > 1 << 20:
            self.add("error", "header", f"a {hlen}-byte .npy header; not judged", entry=prefix)
            return
        try:
            header = ast.literal_eval(bytes(data[start:start + hlen]).decode("latin-1"))
            descr = header["descr"]
        except (ValueError, SyntaxError, KeyError, TypeError, MemoryError, RecursionError) as exc:
            self.add("error", "header", f"the .npy header cannot be read ({type(exc).__name__})", entry=prefix)
            return
        if not _npy_has_object(descr):
            return
        begin = start + hlen
        label = _join(prefix, "object array")
        self.add("info", "nested", "an object array: numpy.load(allow_pickle=True) unpickles it", entry=label,
                 offset=begin)
        if self.pickles_at(data, begin, len(data), prefix=label, base=begin, depth=depth) is None:
            self.add("error", "malformed", "the object array holds no readable pickle", entry=label, offset=begin)

    def safetensors(self, data: Any, *, prefix: str | None) -> None:
        import json
        import math

        size = len(data)
        (n,) = struct.unpack_from("<Q", data, 0)
        if n > _SAFETENSORS_MAX_HEADER:
            self.add("warning", "header", f"a {n}-byte header: the safetensors library refuses headers over 100 MB",
                     entry=prefix)
        try:
            header = json.loads(bytes(data[8:8 + n]))
        except (UnicodeDecodeError, ValueError, RecursionError) as exc:
            self.add("error", "header", f"the safetensors header is not JSON ({type(exc).__name__})", entry=prefix)
            return
        if not isinstance(header, dict):
            self.add("error", "header", "the safetensors header is not a JSON object", entry=prefix)
            return
        metadata = header.pop("__metadata__", None)
        if metadata is not None and not (isinstance(metadata, dict) and
                                         all(isinstance(k, str) and isinstance(v, str) for k, v in metadata.items())):
            self.add("warning", "header", "__metadata__ is not a mapping of strings", entry=prefix)
        data_size = size - 8 - n
        spans = []
        for name, spec in header.items():
            problem = None
            try:
                dtype = _dt.by_safetensors(spec["dtype"])
                shape = spec["shape"]
                begin, stop = spec["data_offsets"]
                if not (isinstance(shape, list) and all(type(d) is int and d >= 0 for d in shape)
                        and type(begin) is int and type(stop) is int):
                    problem = "malformed shape or offsets"
                elif not 0 <= begin <= stop <= data_size:
                    problem = f"bytes [{begin}, {stop}) lie outside the {data_size}-byte data section"
                elif stop - begin != math.prod(shape) * dtype.itemsize:
                    problem = "the byte range does not match dtype and shape"
                else:
                    spans.append((begin, stop, name))
            except (KeyError, TypeError, ValueError, TorchckptError) as exc:
                problem = f"malformed entry ({type(exc).__name__})"
            if problem:
                self.add("warning", "header", f"tensor {_show(name, 80)!r}: {problem} (loaders refuse the file)",
                         entry=prefix, key=("warning", "header", name, prefix))
        spans.sort()
        for (_, stop, first), (begin, _, second) in zip(spans, spans[1:]):
            if begin < stop:
                self.add("warning", "header", f"tensors {_show(first, 60)!r} and {_show(second, 60)!r} overlap",
                         entry=prefix)

    def onnx(self, data: Any, *, prefix: str | None) -> None:
        """External-data locations that leave the model's folder (a path-traversal read, CVE-2022-25882)."""
        try:
            for location in _onnx_external_locations(data):
                parts = location.replace("\\", "/").split("/")
                if location.startswith(("/", "\\")) or ".." in parts or (len(location) > 1 and location[1] == ":"):
                    self.add("suspicious", "header", f"external data location {_show(location, 120)!r} points "
                                                     "outside the model's folder: loading reads that file",
                             entry=prefix)
        except ValueError as exc:
            self.add("warning", "header", f"the ONNX model could not be walked ({exc})", entry=prefix)


# --- small parsers --------------------------------------------------------------------------

def _tar_members(data: Any) -> list[tuple[str, int, int]]:
    """(name, data offset, size) of each regular member, with PAX/GNU long names applied."""
    members = []
    size = len(data)
    pos = 0
    long_name: str | None = None
    while pos + 512 <= size:
        header = bytes(data[pos:pos + 512])
        if header == b"\0" * 512:
            break
        raw_size = header[124:136]
        if raw_size[0] & 0x80:
            length = int.from_bytes(raw_size[1:], "big")
        else:
            text = raw_size.split(b"\0", 1)[0].strip()
            length = int(text or b"0", 8)
        name = header[:100].split(b"\0", 1)[0].decode("utf-8", "replace")
        if header[257:262] == b"ustar" and header[345:500].strip(b"\0"):
            name = header[345:500].split(b"\0", 1)[0].decode("utf-8", "replace") + "/" + name
        kind = header[156:157]
        start = pos + 512
        if start + length > size:
            raise ValueError(f"member {name!r} runs past the end of the file")
        if kind == b"x":
            for record in bytes(data[start:start + length]).split(b"\n"):
                key, _, value = record.partition(b" ")[2].partition(b"=")
                if key == b"path":
                    long_name = value.decode("utf-8", "replace")
        elif kind == b"L":
            long_name = bytes(data[start:start + length]).split(b"\0", 1)[0].decode("utf-8", "replace")
        else:
            if kind in (b"0", b"\0", b"7"):
                members.append((long_name or name, start, length))
            long_name = None
        pos = start + (length + 511) // 512 * 512
    return members


def _varint(data: Any, pos: int, end: int) -> tuple[int, int]:
    value, shift = 0, 0
    while True:
        if pos >= end or shift > 63:
            raise ValueError("truncated varint")
        byte = data[pos]
        pos += 1
        value |= (byte & 0x7F) << shift
        if byte < 0x80:
            return value, pos
        shift += 7


def _fields(data: Any, start: int, end: int):
    pos = start
    while pos < end:
        key, pos = _varint(data, pos, end)
        number, wire = key >> 3, key & 7
        if wire == 0:
            value, pos = _varint(data, pos, end)
            yield number, wire, value, pos
        elif wire == 2:
            length, pos = _varint(data, pos, end)
            if pos + length > end:
                raise ValueError("a field runs past its message")
            yield number, wire, pos, pos + length
            pos += length
        elif wire == 1:
            pos += 8
        elif wire == 5:
            pos += 4
        else:
            raise ValueError(f"wire type {wire}")


def _onnx_external_locations(data: Any) -> list[str]:
    """``location`` of every external-data entry of the main graph's initializers."""
    found = []
    for number, wire, a, b in _fields(data, 0, len(data)):
        if number != 7 or wire != 2:
            continue
        for gnum, gwire, ga, gb in _fields(data, a, b):
            if gnum != 5 or gwire != 2:           # GraphProto.initializer
                continue
            for tnum, twire, ta, tb in _fields(data, ga, gb):
                if tnum != 13 or twire != 2:      # TensorProto.external_data
                    continue
                entry = {k: bytes(data[x:y]) for k, w, x, y in _fields(data, ta, tb) if w == 2}
                if entry.get(1) == b"location" and 2 in entry:
                    found.append(entry[2].decode("utf-8", "replace"))
    return found
