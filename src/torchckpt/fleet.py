"""``torchckpt.scan_many``: scan many files on every core, or on a Dask or Ray cluster, with a verdict cache.

The work is :func:`torchckpt.scan_layouts.plan`'s steps (what ``scan_paths`` walks, in its order), each judged by
:func:`scan_task`, a plain top-level function of plain strings returning a plain dict: it runs unchanged in a
local process pool, as a Dask task or as a Ray task. Results are gathered back in the walk's order, so the
reports, the exit code and the output are the serial scan's. A worker that dies on a file (killed, out of
memory, a crash in native code) makes that file ``error``, never the run: the files that were in flight are
re-run, then alone, until the one that kills its worker is found.

The verdict cache (``cache=DIR``), and why it is built this way:

- A verdict is keyed by the file's whole content (SHA-256: faster than BLAKE2b here, ~0.4 vs ~0.2 GB/s on
  this machine's shared cores, with the SHA instructions OpenSSL uses), by how the file was met (named or
  met in a walk), and by a fingerprint of the code: torchckpt's version, Python's version and the source of
  every module of the package except the rule tables (``scan_rules.py``, ``rules_data.py``). Two files with
  the same bytes share one verdict; a code change misses every entry.
- Rule updates re-judge only what they can change. The scan is a function of the bytes, the code and the
  answers the rule functions give (``scan_rules.classify`` & co., the only readers of the rule tables), so
  each entry stores the answers its scan rested on (``scan_rules.recording``). After a rule update an entry
  whose answers are all unchanged is still exact and is kept (re-stamped with the new rules), without reading
  the file again; one whose answers changed is scanned again. The other choice, a hash of the rule tables in
  the key, would re-scan the whole mirror on every rule update.
- Hashing a 1 GB file takes seconds where scanning it takes tens of milliseconds (tensor data is never read),
  so a content hash on every run would make a warm re-scan slower than no cache. The hash of a file of 4 MiB
  or more (smaller ones hash faster than a remembered hash is read) is therefore remembered by ``(host,
  device, inode, size, mtime_ns, ctime_ns)``: any write to the file changes its ctime, which no unprivileged
  program can set back. As git does for racily clean files, a hash is only
  remembered, and a verdict only stored, when the file's times lie a second or more before the scan began
  (a write within the same clock tick would leave them unchanged) and the file's status after the scan is
  the one before it (the bytes hashed are the bytes scanned).
- A cache never turns a dangerous file safe: the key covers the full content, entries are written atomically
  (:mod:`torchckpt._outputs`), and an entry that does not parse or does not match is a miss. Reports that
  depend on more than the file's bytes (an HF index: its paths are resolved on the file system) or that
  could not judge the file (``error``: possibly transient) are not stored.
"""

from __future__ import annotations

import functools
import os
import stat
import sys
import time
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from .errors import TorchckptError
from .scan_layouts import Step, plan, run_step
from .scanner import Finding, ScanReport, ScanResults, _error_report

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

    from .vocab import ScanEngine

__all__ = ["FleetResults", "FleetStats", "default_jobs", "scan_many", "scan_task"]

_SERIAL_BELOW = 8          # with jobs unset, fewer steps than this are judged in this process (no pool start-up)
_CACHE_FORMAT = "v1"
_SETTLED_NS = 1_000_000_000  # a file's times must lie this far before the scan for its hash to be remembered
_HASH_BLOCK = 1 << 20
_REMEMBER_HASH = 4 << 20  # files this big have their hash remembered (below, hashing is cheaper than a lookup)
_RULE_FILES = ("scan_rules.py", "rules_data.py")
_DIED = ("the worker process scanning this file died ({why}); nothing was judged. Scan the file alone "
         "(torchckpt scan FILE) to see why")
# what Dask and Ray raise for a task whose worker process died (by name: both are optional)
_CRASHES = frozenset({"KilledWorker", "WorkerCrashedError", "NodeDiedError", "OutOfMemoryError"})
_FAILED = "scanning this file failed in the worker ({why}); nothing was judged"


# --- results ---------------------------------------------------------------------------------------

@dataclass
class FleetStats:
    """How a :func:`scan_many` run went: ``files`` (reported and skipped), ``scanned`` (read and judged),
    ``cached`` (verdicts taken from the cache), ``rejudged`` (cached verdicts kept after a rule update because
    the rule answers they rest on did not change), ``crashed`` (files whose worker died), ``seconds``."""

    engine: ScanEngine
    workers: int
    files: int = 0
    scanned: int = 0
    cached: int = 0
    rejudged: int = 0
    crashed: int = 0
    seconds: float = 0.0

    @property
    def files_per_second(self) -> float:
        return self.files / self.seconds if self.seconds > 0 else 0.0

    def to_json(self) -> dict[str, Any]:
        return {"engine": self.engine, "workers": self.workers, "files": self.files, "scanned": self.scanned,
                "cached": self.cached, "rejudged": self.rejudged, "crashed": self.crashed,
                "seconds": round(self.seconds, 6), "files_per_second": round(self.files_per_second, 1)}

    def line(self) -> str:
        """One line for people: ``2000 files in 3.1 s (645 files/s, 8 local workers, 1990 cached)``."""
        extra = [f"{self.workers} {self.engine} worker{'s' if self.workers != 1 else ''}"]
        if self.cached:
            extra.append(f"{self.cached} cached")
        if self.rejudged:
            extra.append(f"{self.rejudged} kept after a rule update")
        if self.crashed:
            extra.append(f"{self.crashed} crashed a worker")
        return (f"{self.files} file{'s' if self.files != 1 else ''} in {self.seconds:.2f} s "
                f"({self.files_per_second:.0f} files/s, {', '.join(extra)})")


class FleetResults(ScanResults):
    """:class:`ScanResults` (the reports in the walk's order, ``skipped``) with the run's :class:`FleetStats`."""

    def __init__(self, reports: Iterable[ScanReport] = (), skipped: Iterable[str] = (), *,
                 stats: FleetStats | None = None):
        super().__init__(reports, skipped)
        self.stats = stats or FleetStats("local", 1)


def default_jobs() -> int:
    """The cores this process may run on (its affinity mask where the platform has one)."""
    count = getattr(os, "process_cpu_count", None)
    if count is not None:
        return int(count() or 1)
    try:
        return len(os.sched_getaffinity(0)) or 1
    except AttributeError:  # macOS, Windows
        return os.cpu_count() or 1


def report_from_json(data: dict[str, Any]) -> ScanReport:
    """A :class:`ScanReport` back from its ``to_json()`` (how reports travel from workers and the cache)."""
    findings = [Finding(f["severity"], f["kind"], f["detail"], f["entry"], f["offset"], f["opcode"], f["global"],
                        f["count"]) for f in data["findings"]]
    return ScanReport(data["path"], data["verdict"], data["format"], findings,
                      {g["name"]: g["severity"] for g in data["globals"]}, data["pickles"], data["seconds"])


# --- the per-file task -----------------------------------------------------------------------------

def scan_task(step: Step, cache: str | None = None) -> dict[str, Any]:
    """Judge one step of a walk: ``{"report": <ScanReport.to_json()> or None (skipped), "cache": "hit" |
    "kept" | "miss" | None}``. Plain strings in, plain dict out: it runs as it is in a process pool or as a
    Dask or Ray task (the files, and the cache directory, must be reachable from the worker)."""
    if cache is not None and step[0] in ("one", "file"):
        try:
            return _Cache(cache).judge(step)
        except Exception:  # noqa: BLE001 - an unusable cache (or a bug in it) costs the cache, never the scan
            pass
    report = run_step(step)
    return {"report": report.to_json() if report is not None else None, "cache": None}


@functools.cache
def _fingerprints() -> tuple[str, str]:
    """``(code, rules)``: hashes of the package's source without and with only the rule tables."""
    import hashlib

    from . import __version__

    code = hashlib.sha256(f"{__version__}\0{sys.version}\0".encode())
    rules = hashlib.sha256()
    root = os.path.dirname(os.path.abspath(__file__))
    for directory, dirs, files in os.walk(root):
        dirs.sort()
        for name in sorted(files):
            if not name.endswith(".py"):
                continue
            full = os.path.join(directory, name)
            rel = os.path.relpath(full, root).replace(os.sep, "/")
            with open(full, "rb") as f:
                source = f.read()
            target = rules if rel in _RULE_FILES else code
            target.update(f"{rel}\0{len(source)}\0".encode())
            target.update(source)
    return code.hexdigest()[:32], rules.hexdigest()[:32]


def _jsonable(value: Any) -> Any:
    """Tuples as lists, as JSON gives them back (recorded answers are compared after a round trip)."""
    if isinstance(value, (tuple, list)):
        return [_jsonable(v) for v in value]
    return value


def _recordable(value: Any) -> bool:
    if isinstance(value, (tuple, list)):
        return all(_recordable(v) for v in value)
    return value is None or isinstance(value, (str, int, float, bool))


def _encode_answers(answers: dict[tuple[Any, ...], Any]) -> list[Any] | None:
    """The recorded rule answers as JSON, or None when some cannot be replayed (arguments that are no
    plain data): such an entry is re-scanned after any rule update."""
    rows = []
    for key, answer in answers.items():
        if key == ("",) or not (_recordable(key) and _recordable(answer)):
            return None
        name, args, kwargs = key
        rows.append([name, _jsonable(args), [list(kv) for kv in kwargs], _jsonable(answer)])
    return rows


def _answers_hold(rows: list[Any]) -> bool:
    """Whether the rules as they are now give every recorded answer."""
    from . import scan_rules

    for name, args, kwargs, answer in rows:
        fn = getattr(scan_rules, name, None) if name in scan_rules.__all__ else None
        if not callable(fn):
            return False
        try:
            now = fn(*args, **dict(kwargs))
        except Exception:  # noqa: BLE001 - a rule that changed its signature: the answer is not the same
            return False
        if _jsonable(now) != answer:
            return False
    return True


def _sha256(path: str) -> str:
    import hashlib

    h = hashlib.sha256()
    with open(path, "rb", buffering=0) as f:
        first = f.read(_HASH_BLOCK)
        h.update(first)  # most files of a mirror of small checkpoints end here
        if len(first) == _HASH_BLOCK:
            buf = bytearray(_HASH_BLOCK)
            view = memoryview(buf)
            while n := f.readinto(buf):
                h.update(view[:n])  # hashlib releases the GIL on large updates
    return h.hexdigest()


def _well_formed(report: Any) -> bool:
    """Whether a cached report reads back as one (anything else is a miss)."""
    try:
        report_from_json(dict(report, path=""))
    except (TypeError, KeyError, ValueError, AttributeError):
        return False
    return report["verdict"] in ("safe", "suspicious", "dangerous", "error")


def _status(st: os.stat_result) -> list[int]:
    return [st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns]


class _Cache:
    """One worker's view of the cache directory: ``v1/stat/`` (remembered hashes) and ``v1/verdicts/``."""

    def __init__(self, directory: str):
        self.root = os.path.join(directory, _CACHE_FORMAT)
        self.code, self.rules = _fingerprints()

    def _path(self, kind: str, key: str) -> str:
        return os.path.join(self.root, kind, key[:2], key)

    def _read(self, path: str) -> Any:
        import json  # the cache's only: `scan --json` without --cache never imports json

        try:
            with open(path, "rb") as f:
                return json.loads(f.read())
        except (OSError, ValueError, RecursionError):
            return None

    def _write(self, path: str, value: Any) -> None:
        import json

        from ._outputs import atomic_write_bytes

        data = json.dumps(value, separators=(",", ":")).encode()
        # durable=False: a lost entry after a power cut is only a miss; fsync per entry would halve cold speed
        try:
            atomic_write_bytes(path, data, durable=False)
        except FileNotFoundError:  # the first entry of its folder (a mkdir per write costs as much as the write)
            os.makedirs(os.path.dirname(path), exist_ok=True)
            atomic_write_bytes(path, data, durable=False)

    def judge(self, step: Step) -> dict[str, Any]:
        # imported here: hashlib (OpenSSL) and socket cost a scan without a cache ~10 ms of start-up
        import hashlib
        import json
        import socket

        what, path, _ = step
        started = time.perf_counter()
        begun_ns = time.time_ns()
        before = os.stat(path)
        if not stat.S_ISREG(before.st_mode):  # directories (DCP) and special files: never cached
            report = run_step(step)
            return {"report": report.to_json() if report is not None else None, "cache": None}
        settled = max(before.st_mtime_ns, before.st_ctime_ns) <= begun_ns - _SETTLED_NS
        status = _status(before)
        # small files are hashed every time: that costs less than reading a remembered hash
        memo_key = hashlib.sha256(json.dumps([socket.gethostname(), status[:2]]).encode()).hexdigest() \
            if before.st_size >= _REMEMBER_HASH else None
        memo = self._read(self._path("stat", memo_key)) if memo_key is not None else None
        digest: str | None = None
        if isinstance(memo, dict) and memo.get("status") == status and isinstance(memo.get("sha256"), str):
            digest = memo["sha256"]
        hashed = digest is None and memo_key is not None
        if digest is None:
            digest = _sha256(path)
        entry_path = self._path("verdicts", f"{digest}.{what}.{self.code}.json")
        entry = self._read(entry_path)
        if isinstance(entry, dict) and "report" in entry and "rules" in entry:
            state = "hit" if entry["rules"] == self.rules else None
            if state is None and isinstance(entry.get("answers"), list) and _answers_hold(entry["answers"]):
                state = "kept"
                entry["rules"] = self.rules
                self._write(entry_path, entry)
            cached = entry["report"]
            if state is not None and (cached is None or _well_formed(cached)):
                if hashed and settled and memo_key is not None:
                    self._write(self._path("stat", memo_key), {"status": status, "sha256": digest})
                if cached is not None:
                    cached = dict(cached, path=path, seconds=round(time.perf_counter() - started, 6))
                return {"report": cached, "cache": state}
        from .scan_rules import recording

        with recording() as answers:
            judged = run_step(step)
        unchanged = _status(os.stat(path)) == status
        if settled and unchanged:
            if hashed and memo_key is not None:
                self._write(self._path("stat", memo_key), {"status": status, "sha256": digest})
            # an HF index is judged by the files it names too; an error may be passing (memory, time)
            if judged is None or (judged.format != "safetensors-index" and judged.verdict != "error"):
                self._write(entry_path, {"rules": self.rules, "answers": _encode_answers(answers),
                                         "report": judged.to_json() if judged is not None else None})
        return {"report": judged.to_json() if judged is not None else None, "cache": "miss"}


# --- engines ---------------------------------------------------------------------------------------

def _died(path: str, why: str, *, crashed: bool = True) -> dict[str, Any]:
    """An ``error`` report for a file whose worker died (``crashed``) or whose task raised."""
    message = (_DIED if crashed else _FAILED).format(why=why)
    return {"report": _error_report(path, message).to_json(), "cache": None, "crashed": crashed}


def _scan_chunk(steps: list[Step], cache: str | None) -> list[dict[str, Any]]:
    return [scan_task(step, cache) for step in steps]


def _local(steps: list[Step], cache: str | None, workers: int) -> Iterator[tuple[int, dict[str, Any]]]:
    """Judge ``steps`` on ``workers`` processes; yields ``(index, result)`` as they finish."""
    if workers <= 1:
        for i, step in enumerate(steps):
            yield i, scan_task(step, cache)
        return
    chunk = max(1, min(16, len(steps) // (workers * 8)))
    yield from _pooled(steps, list(range(len(steps))), cache, workers, chunk)


def _pooled(steps: list[Step], indices: list[int], cache: str | None, workers: int,
            chunk: int) -> Iterator[tuple[int, dict[str, Any]]]:
    """A process pool over ``indices``; when a worker dies, the steps that were in flight are judged again
    in a fresh pool one at a time per task (then alone), the others carry on in a fresh pool."""
    from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
    from concurrent.futures.process import BrokenProcessPool

    queue = deque(indices)
    window = 1 if workers == 1 and chunk == 1 else workers * 2
    while queue:
        suspects: list[int] = []
        with ProcessPoolExecutor(max_workers=min(workers, len(queue))) as pool:
            inflight: dict[Future[list[dict[str, Any]]], list[int]] = {}
            broken = False
            while (queue and not broken) or inflight:
                while queue and not broken and len(inflight) < window:
                    batch = [queue.popleft() for _ in range(min(chunk, len(queue)))]
                    inflight[pool.submit(_scan_chunk, [steps[i] for i in batch], cache)] = batch
                done, _ = wait(inflight, return_when=FIRST_COMPLETED)
                for future in done:
                    batch = inflight.pop(future)
                    try:
                        results = future.result()
                    except BrokenProcessPool:
                        broken = True
                        suspects.extend(batch)
                        continue
                    except Exception as exc:  # noqa: BLE001 - a task that raised: an error for its files
                        results = [_died(steps[i][1], f"{type(exc).__name__}: {str(exc)[:200]}", crashed=False)
                                   for i in batch]
                    yield from zip(batch, results, strict=True)
        if not suspects:
            continue
        if workers == 1 and chunk == 1:
            # alone in its pool, this step killed its worker
            yield suspects[0], _died(steps[suspects[0]][1], "killed, out of memory or a crash in native code")
            suspects = suspects[1:]
            if suspects:
                yield from _pooled(steps, suspects, cache, 1, 1)
            continue
        yield from _pooled(steps, sorted(suspects), cache, 1 if chunk == 1 else workers, 1)


def _dask(steps: list[Step], cache: str | None, address: str | None,
          jobs: int) -> Iterator[tuple[int, dict[str, Any]]]:
    try:
        from distributed import Client
    except ImportError as exc:
        raise TorchckptError("--engine dask needs Dask distributed", hint="pip install 'torchckpt[dask]'") from exc
    try:
        client = Client(address, timeout=30) if address else Client(  # type: ignore[no-untyped-call]
            n_workers=jobs, threads_per_worker=1, processes=True)
    except Exception as exc:  # OSError, TimeoutError, ValueError (a bad address)...
        raise TorchckptError(f"cannot start or reach the Dask cluster {address or '(local)'}: "
                             f"{type(exc).__name__}: {str(exc)[:200]}",
                             hint="check --address (tcp://HOST:8786, the scheduler's address)") from exc
    try:
        # pure=False: two steps with the same arguments (never the case) would still be two tasks
        futures = client.map(scan_task, steps, cache=cache, pure=False)
        for i, future in enumerate(futures):
            try:
                yield i, future.result()
            except Exception as exc:  # noqa: BLE001 - KilledWorker (the worker died on it, every retry) & co.
                yield i, _died(steps[i][1], f"{type(exc).__name__}: {str(exc)[:200]}",
                               crashed=type(exc).__name__ in _CRASHES)
    finally:
        client.close()  # type: ignore[no-untyped-call]


def _ray(steps: list[Step], cache: str | None, address: str | None, jobs: int) -> Iterator[tuple[int, dict[str, Any]]]:
    import logging

    try:
        import ray
    except ImportError as exc:
        raise TorchckptError("--engine ray needs Ray", hint="pip install 'torchckpt[ray]'") from exc
    started = not ray.is_initialized()
    if started:
        try:
            if address:
                ray.init(address=address, logging_level=logging.ERROR, log_to_driver=False)
            else:
                ray.init(num_cpus=jobs, logging_level=logging.ERROR, log_to_driver=False, include_dashboard=False)
        except Exception as exc:  # ConnectionError, RuntimeError, ValueError (a bad address)...
            raise TorchckptError(f"cannot start or reach the Ray cluster {address or '(local)'}: "
                                 f"{type(exc).__name__}: {str(exc).splitlines()[0][:200] if str(exc) else ''}",
                                 hint="check --address (ray://HOST:10001 or auto)") from exc
    try:
        task = ray.remote(num_cpus=1, max_retries=1)(scan_task)
        refs = [task.remote(step, cache) for step in steps]
        for i, ref in enumerate(refs):
            try:
                yield i, ray.get(ref)
            except Exception as exc:  # noqa: BLE001 - WorkerCrashedError, RayTaskError...: an error for the file
                first = str(exc).splitlines()[0][:200] if str(exc) else ""
                yield i, _died(steps[i][1], f"{type(exc).__name__}: {first}", crashed=type(exc).__name__ in _CRASHES)
    finally:
        if started:
            ray.shutdown()


def scan_many(paths: Iterable[str | os.PathLike[str]], *, recursive: bool = True, jobs: int | None = None,
              cache: str | os.PathLike[str] | None = None, engine: ScanEngine = "local",
              address: str | None = None) -> FleetResults:
    """:func:`torchckpt.scan_paths` on every core (``jobs``, default: the cores this process may use) or on a
    cluster (``engine="dask"`` or ``"ray"``, at ``address``, else a local one), with a verdict cache in the
    directory ``cache``. The reports come in the walk's order, as ``scan_paths`` gives them; ``.stats`` says
    how fast and how many came from the cache.

    >>> torchckpt.scan_many(["mirror/"], cache="~/.cache/torchckpt").stats.line()   # doctest: +SKIP
    '2000 files in 0.41 s (4878 files/s, 8 local workers, 2000 cached)'
    """
    if engine != "local":  # the default: the vocabulary (with typing) stays off the start-up path
        from .vocab import SCAN_ENGINES

        if engine not in SCAN_ENGINES:
            raise TorchckptError(f"unknown engine {engine!r}", hint=f"one of {', '.join(SCAN_ENGINES)}")
    if jobs is not None and jobs < 1:
        raise TorchckptError(f"jobs must be at least 1, not {jobs}")
    if address is not None and engine == "local":
        raise TorchckptError("an address needs a cluster engine", hint="add --engine dask or --engine ray")
    cache_dir: str | None = None
    if cache is not None:
        cache_dir = os.path.abspath(os.path.expanduser(os.fspath(cache)))
        try:
            os.makedirs(os.path.join(cache_dir, _CACHE_FORMAT), exist_ok=True)
        except OSError as exc:
            raise TorchckptError(f"cannot use {cache_dir} as the cache directory ({exc.strerror or exc})",
                                 path=cache_dir, hint="give --cache a directory you can write to") from exc
    started = time.perf_counter()
    if cache_dir is not None and engine == "local":
        _fingerprints()  # once, before the pool forks its workers
    steps = plan(paths, recursive=recursive, exclude=cache_dir)
    work = [i for i, step in enumerate(steps) if step[0] in ("one", "dcp", "file")]
    cores = jobs or default_jobs()
    workers = cores if engine != "local" or jobs is not None or len(work) >= _SERIAL_BELOW else 1
    workers = max(1, min(workers, len(work))) if engine == "local" else workers
    stats = FleetStats(engine, workers)
    todo = [steps[i] for i in work]
    if engine == "dask":
        gathered = _dask(todo, cache_dir, address, cores)
    elif engine == "ray":
        gathered = _ray(todo, cache_dir, address, cores)
    else:
        gathered = _local(todo, cache_dir, workers)
    outcome: dict[int, dict[str, Any]] = {}
    for k, done in gathered:
        outcome[work[k]] = done
    results = FleetResults(stats=stats)
    for i, step in enumerate(steps):
        result = outcome.get(i)
        report: dict[str, Any] | None = result["report"] if result is not None else (
            _error_report(step[1], step[2]).to_json() if step[0] == "error" else None)
        if result is not None:
            stats.cached += result.get("cache") == "hit"
            stats.rejudged += result.get("cache") == "kept"
            stats.crashed += bool(result.get("crashed"))
            stats.scanned += result.get("cache") not in ("hit", "kept") and not result.get("crashed")
        if report is None:
            results.skipped.append(step[1])
        else:
            results.append(report_from_json(report))
    stats.files = len(results) + len(results.skipped)
    stats.seconds = time.perf_counter() - started
    return results

