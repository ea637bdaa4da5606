"""Training checkpoints that never lose work: :class:`CheckpointManager`.

One directory per run; each checkpoint is ``ckpt-<step:08d>.pt`` written by
:func:`torchckpt.saving.save` (atomic, with an embedded sha256 record), so a crash
leaves the previous checkpoint intact and a damaged one is noticed, reported and skipped
by :meth:`CheckpointManager.resume`. ``latest`` (a text file naming the newest checkpoint)
is replaced atomically after each save, for tools and humans; ``resume`` itself walks the
checkpoints newest first and takes the first that verifies.

What a checkpoint holds (a plain dict, loadable with ``torch.load(path, weights_only=True)``)::

    {"torchckpt": {"version", "step", "metrics", "time"},
     "model": state_dict | "models": {name: state_dict},
     "optimizer" | "optimizers", "scheduler" | "schedulers", "scaler", "ema",
     "rng": {"python", "numpy", "torch", "cuda", "generators": {name: ...}},
     "metrics": {...}, "extra": ...}

Models are unwrapped (``DataParallel``/``DistributedDataParallel`` ``.module``,
``torch.compile``'s ``._orig_mod``) before ``state_dict()``, so weights are stored without
``module.``/``_orig_mod.`` prefixes and resume into wrapped or unwrapped models alike.

Data order. ``resume`` restores python ``random``, numpy's global RNG, torch's CPU RNG and
(when CUDA is in use) every CUDA device's RNG. A shuffled ``DataLoader`` without its own
generator draws each epoch's permutation from torch's global RNG when the epoch starts;
with ``generator=g`` it draws from ``g``: pass such generators (``torch.Generator``,
``random.Random``, numpy ``Generator``/``RandomState``) or any object with
``state_dict()``/``load_state_dict()`` (e.g. torchdata's ``StatefulDataLoader``) as
``rng={"loader": g}`` to both ``save`` and ``resume``. To resume in the middle of an epoch
with a plain ``DataLoader``, keep the loader generator's state from the start of the epoch
and the batch index in ``extra`` and skip that many batches after resuming (see
``tests/test_manager.py``, the exact-resume script).

Sharded training: when a ``torch.distributed`` process group with more than one process is
initialized (or ``sharded=True``), checkpoints are ``ckpt-<step>.dcp`` directories written
with ``torch.distributed.checkpoint`` (every rank writes its shards; model and optimizer
state go through DCP's state-dict API, so DDP and FSDP work), plus one small
``rank<r>.pt`` per rank with that rank's RNG state, scheduler, scaler and ``extra``. The
directory is written under a temporary name and renamed by rank 0 once every rank has
finished and its files are hashed into ``.torchckpt-integrity.json``.

>>> with CheckpointManager("ckpts", keep_last=3, keep_best=1, monitor="val_loss") as mgr:  # doctest: +SKIP
...     state = mgr.resume(model=model, optimizer=opt, scheduler=sched)
...     start = state.step + 1 if state else 0
...     for step in range(start, steps):
...         train_step()
...         if step % 100 == 0:
...             mgr.save(step, model=model, optimizer=opt, scheduler=sched, metrics={"val_loss": v})
"""

from __future__ import annotations

import copy
import math
import os
import random
import re
import secrets
import shutil
import threading
import time
import warnings
import weakref
from collections.abc import Mapping
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import torch

from .errors import CheckpointMismatchError, CheckpointWriteError, NoValidCheckpointError, TorchckptError
from .saving import (
    atomic_write_bytes,
    directory_files,
    fsync_directory,
    hash_files,
    read_record,
    save,
    verify,
    write_directory_record,
)

__all__ = [
    "CheckpointManager",
    "CheckpointMismatchError",
    "CheckpointWriteError",
    "NoValidCheckpointError",
    "ResumeState",
]

FORMAT_VERSION = 1
LATEST = "latest"


@dataclass(frozen=True)
class ResumeState:
    """What :meth:`CheckpointManager.resume` restored from.

    ``skipped`` lists ``(path, reason)`` for newer checkpoints that were torn or failed
    their hash and were passed over.
    """

    step: int
    metrics: dict[str, Any]
    extra: Any
    path: str
    skipped: tuple[tuple[str, str], ...] = ()


@dataclass
class _Entry:
    step: int
    path: str
    metrics: dict[str, float] = field(default_factory=dict)


# --------------------------------------------------------------------------------------------------
# capturing and restoring state


def unwrap_model(model: torch.nn.Module) -> torch.nn.Module:
    """The module under ``DataParallel``/``DistributedDataParallel``/``torch.compile`` wrappers.

    >>> unwrap_model(torch.compile(torch.nn.DataParallel(net))) is net   # doctest: +SKIP
    True
    """
    seen: set[int] = set()
    while id(model) not in seen:
        seen.add(id(model))
        orig = getattr(model, "_orig_mod", None)
        if isinstance(orig, torch.nn.Module):
            model = orig
        elif isinstance(model, (torch.nn.DataParallel, torch.nn.parallel.DistributedDataParallel)):
            model = model.module
    return model


def _numpy_state(rs: np.random.RandomState | None = None) -> tuple[Any, ...]:
    name, keys, pos, has_gauss, gauss = (rs.get_state() if rs is not None else np.random.get_state())
    # lists, not arrays: torch.load(weights_only=True) refuses numpy arrays
    return (name, [int(k) for k in keys], int(pos), int(has_gauss), float(gauss))


def _set_numpy_state(state: Any, rs: np.random.RandomState | None = None) -> None:
    name, keys, pos, has_gauss, gauss = state
    value = (name, np.asarray(keys, dtype=np.uint32), pos, has_gauss, gauss)
    if rs is not None:
        rs.set_state(value)
    else:
        np.random.set_state(value)


def _generator_state(g: Any) -> dict[str, Any]:
    if isinstance(g, torch.Generator):
        return {"kind": "torch", "state": g.get_state()}
    if isinstance(g, random.Random):
        return {"kind": "python", "state": g.getstate()}
    if isinstance(g, np.random.Generator):
        return {"kind": "numpy", "state": g.bit_generator.state}
    if isinstance(g, np.random.RandomState):
        return {"kind": "numpy-legacy", "state": _numpy_state(g)}
    if callable(getattr(g, "state_dict", None)) and callable(getattr(g, "load_state_dict", None)):
        return {"kind": "stateful", "state": g.state_dict()}
    raise TypeError(f"rng values must be generators or have state_dict()/load_state_dict(), not {type(g).__name__}")


def _set_generator_state(g: Any, saved: Mapping[str, Any]) -> None:
    kind, state = saved.get("kind"), saved.get("state")
    if kind == "torch":
        g.set_state(state)
    elif kind == "python":
        g.setstate(state)
    elif kind == "numpy":
        g.bit_generator.state = state
    elif kind == "numpy-legacy":
        _set_numpy_state(state, g)
    else:
        g.load_state_dict(state)


def _rng_state(generators: Mapping[str, Any] | None) -> dict[str, Any]:
    state: dict[str, Any] = {"python": random.getstate(), "numpy": _numpy_state(), "torch": torch.get_rng_state()}
    # Only when CUDA is in use: asking for the state would create a CUDA context otherwise.
    if torch.cuda.is_available() and torch.cuda.is_initialized():  # type: ignore[no-untyped-call]
        state["cuda"] = torch.cuda.get_rng_state_all()
    if generators:
        state["generators"] = {str(name): _generator_state(g) for name, g in generators.items()}
    return state


def _restore_rng(state: Mapping[str, Any], generators: Mapping[str, Any] | None, *, strict: bool) -> None:
    if "python" in state:
        random.setstate(_as_tuples(state["python"]))
    if "numpy" in state:
        _set_numpy_state(state["numpy"])
    if "torch" in state:
        torch.set_rng_state(state["torch"].cpu())
    cuda = state.get("cuda")
    if cuda and torch.cuda.is_available():
        if len(cuda) == torch.cuda.device_count():
            torch.cuda.set_rng_state_all([s.cpu() for s in cuda])
        else:
            warnings.warn(f"checkpoint has CUDA RNG states for {len(cuda)} devices, this process sees "
                          f"{torch.cuda.device_count()}: CUDA RNG states not restored", stacklevel=3)
    saved = state.get("generators") or {}
    for name, g in (generators or {}).items():
        if name in saved:
            _set_generator_state(g, saved[name])
        else:
            _missing(f"rng[{name!r}]", strict)


def _as_tuples(value: Any) -> Any:
    if isinstance(value, list):
        return tuple(_as_tuples(v) for v in value)
    if isinstance(value, tuple):
        return tuple(_as_tuples(v) for v in value)
    return value


def _missing(what: str, strict: bool) -> None:
    message = f"the checkpoint holds no {what} state"
    if strict:
        raise CheckpointMismatchError(message, hint="pass strict=False to resume without it")
    warnings.warn(message + "; left as is", stacklevel=4)


def _metric_floats(metrics: Mapping[str, Any] | None) -> dict[str, float]:
    out: dict[str, float] = {}
    for key, value in (metrics or {}).items():
        if isinstance(value, torch.Tensor) and value.numel() == 1:
            value = value.item()
        if isinstance(value, (int, float, np.integer, np.floating)) and not isinstance(value, bool):
            number = float(value)
            if math.isfinite(number):
                out[str(key)] = number
    return out


class _Stager:
    """Copies every tensor of a state tree into host buffers kept between saves (the first
    save allocates and touches them; later saves only copy), and deep-copies the rest."""

    def __init__(self) -> None:
        self.buffers: dict[tuple[Any, ...], torch.Tensor] = {}
        self._from_cuda = False

    def stage(self, tree: Any) -> Any:
        used: dict[tuple[Any, ...], torch.Tensor] = {}
        memo: dict[tuple[Any, ...], torch.Tensor] = {}
        self._from_cuda = False
        staged = self._walk(tree, (), used, memo)
        if self._from_cuda:
            torch.cuda.synchronize()  # the device-to-host copies were asynchronous
        self.buffers = used
        return staged

    def _walk(self, x: Any, path: tuple[Any, ...], used: dict[tuple[Any, ...], torch.Tensor],
              memo: dict[tuple[Any, ...], torch.Tensor]) -> Any:
        if isinstance(x, torch.Tensor):
            return self._tensor(x, path, used, memo)
        if isinstance(x, dict):
            new = copy.copy(x)  # keeps the type and attributes such as a state_dict's _metadata
            if hasattr(new, "__dict__"):
                new.__dict__ = copy.deepcopy(x.__dict__)
            for key, value in x.items():
                new[key] = self._walk(value, (*path, key), used, memo)
            return new
        if isinstance(x, list):
            return [self._walk(v, (*path, i), used, memo) for i, v in enumerate(x)]
        if isinstance(x, tuple):
            items = [self._walk(v, (*path, i), used, memo) for i, v in enumerate(x)]
            return type(x)(*items) if hasattr(x, "_fields") else tuple(items)
        if isinstance(x, (str, bytes, int, float, bool, type(None), complex, torch.dtype, torch.device)):
            return x
        return copy.deepcopy(x)

    def _tensor(self, t: torch.Tensor, path: tuple[Any, ...], used: dict[tuple[Any, ...], torch.Tensor],
                memo: dict[tuple[Any, ...], torch.Tensor]) -> torch.Tensor:
        t = t.detach()
        if t.layout != torch.strided or t.device.type == "meta":
            return t.to("cpu", copy=True) if t.device.type != "meta" else t
        key = (t.untyped_storage().data_ptr(), t.storage_offset(), tuple(t.shape), tuple(t.stride()), t.dtype,
               t.device)
        if key in memo:  # tied weights stay tied
            return memo[key]
        buf = self.buffers.get(path)
        pin = t.is_cuda
        self._from_cuda |= pin
        if buf is None or buf.shape != t.shape or buf.dtype != t.dtype or path in used:
            buf = torch.empty(t.shape, dtype=t.dtype, pin_memory=pin)
        buf.copy_(t, non_blocking=pin)
        used[path] = buf
        memo[key] = buf
        return buf


# --------------------------------------------------------------------------------------------------
# the manager


class _Pending:
    __slots__ = ("future", "step")

    def __init__(self) -> None:
        self.future: Future[None] | None = None
        self.step = -1


def _report_unobserved(pending: _Pending) -> None:
    future = pending.future
    if future is not None and future.done() and future.exception() is not None:
        warnings.warn(f"torchckpt: the background save of step {pending.step} failed and nobody called "
                      f"save()/wait()/close() afterwards: {future.exception()}", RuntimeWarning, stacklevel=1)


class CheckpointManager:
    """Saves and resumes the full training state in ``directory``, keeping what you ask for.

    Retention, applied after each save: the newest ``keep_last`` checkpoints (``None``:
    all, nothing is ever deleted), plus the best ``keep_best`` by ``metrics[monitor]``
    (``mode="min"`` or ``"max"``), plus every checkpoint whose step is a multiple of
    ``every_n``. The checkpoint just written is always kept. ``async_save=True`` copies the state
    to host memory and writes it in a background thread; the next ``save``/``wait``/
    ``close``/``resume`` waits for it and raises :class:`CheckpointWriteError` if it failed.
    One writer per directory. ``sharded``: ``None`` uses ``torch.distributed.checkpoint``
    when a process group of more than one process is initialized (call ``save``/``resume``
    on every rank); ``False`` writes single files (under DDP, call ``save`` on rank 0 only).
    ``durable=False`` skips the fsyncs (still atomic against process crashes).

    >>> mgr = CheckpointManager("ckpts", keep_last=2, keep_best=1, monitor="acc", mode="max")  # doctest: +SKIP
    >>> mgr.save(100, model=model, optimizer=opt, metrics={"acc": 0.91})                      # doctest: +SKIP
    'ckpts/ckpt-00000100.pt'
    """

    def __init__(self, directory: str | os.PathLike[str], *, keep_last: int | None = None,
                 keep_best: int | None = None, monitor: str | None = None, mode: str = "min",
                 every_n: int | None = None, async_save: bool = False, prefix: str = "ckpt-",
                 durable: bool = True, sharded: bool | None = None):
        if keep_last is not None and (not isinstance(keep_last, int) or keep_last < 1):
            raise ValueError(f"keep_last must be None or an int >= 1, not {keep_last!r}")
        if keep_best is not None and (not isinstance(keep_best, int) or keep_best < 0):
            raise ValueError(f"keep_best must be None or an int >= 0, not {keep_best!r}")
        if keep_best and monitor is None:
            raise ValueError("keep_best needs monitor= (the metrics key to rank checkpoints by)")
        if mode not in ("min", "max"):
            raise ValueError(f"mode must be 'min' or 'max', not {mode!r}")
        if every_n is not None and (not isinstance(every_n, int) or every_n < 1):
            raise ValueError(f"every_n must be None or an int >= 1, not {every_n!r}")
        if not prefix or os.sep in prefix or (os.altsep and os.altsep in prefix) or prefix.startswith("."):
            raise ValueError(f"prefix must be a plain file-name prefix, not {prefix!r}")
        self.directory = os.fspath(directory)
        self.keep_last, self.keep_best, self.monitor, self.mode = keep_last, keep_best, monitor, mode
        self.every_n, self.async_save, self.prefix, self.durable = every_n, async_save, prefix, durable
        self._sharded = sharded
        self._pattern = re.compile(re.escape(prefix) + r"(\d+)\.(pt|dcp)\Z")
        self._lock = threading.Lock()
        self._executor: ThreadPoolExecutor | None = None
        self._pending = _Pending()
        self._stager = _Stager()
        self._entries: dict[int, _Entry] = {}
        self._broken: dict[str, str] = {}
        self._finalizer = weakref.finalize(self, _report_unobserved, self._pending)
        if self._is_writer():
            os.makedirs(self.directory, exist_ok=True)
            self._remove_stale_temps()
        self._scan()

    # ---------------------------------------------------------------------------------- properties

    @property
    def checkpoints(self) -> list[str]:
        """Paths of the complete checkpoints, oldest first."""
        with self._lock:
            return [e.path for _, e in sorted(self._entries.items())]

    @property
    def latest(self) -> str | None:
        """The newest complete checkpoint, or None."""
        with self._lock:
            return self._entries[max(self._entries)].path if self._entries else None

    @property
    def best(self) -> str | None:
        """The best checkpoint by ``monitor`` (None without a monitor or a checkpoint that has it)."""
        with self._lock:
            ranked = self._ranked()
            return ranked[0].path if ranked else None

    # ---------------------------------------------------------------------------------- saving

    def save(self, step: int, *, model: torch.nn.Module | None = None, optimizer: Any = None,
             scheduler: Any = None, scaler: Any = None, ema: Any = None, metrics: Mapping[str, Any] | None = None,
             extra: Any = None, models: Mapping[str, torch.nn.Module] | None = None,
             optimizers: Mapping[str, Any] | None = None, schedulers: Mapping[str, Any] | None = None,
             rng: Mapping[str, Any] | None = None) -> str:
        """Checkpoint the training state at ``step``; return the checkpoint's path.

        Synchronous saves have written (and fsynced) the file when they return. With
        ``async_save=True`` the state has been copied when this returns and is written in
        the background. ``models``/``optimizers``/``schedulers`` take several named ones
        (a GAN's generator and discriminator); ``rng`` named generators to restore too.

        >>> mgr.save(step, model=model, optimizer=opt, scheduler=sched, metrics={"loss": 0.3})  # doctest: +SKIP
        """
        if not isinstance(step, int) or isinstance(step, bool) or step < 0:
            raise ValueError(f"step must be an int >= 0, not {step!r}")
        if model is None and not models:
            raise ValueError("save needs model= (or models={name: model})")
        self.wait()
        with self._lock:
            newest = max(self._entries, default=-1)
        if step < newest:
            warnings.warn(f"saving step {step} into {self.directory}, which holds step {newest}: resume() takes the "
                          "highest step; did you mean to resume first, or to use a new directory?", stacklevel=2)
        metrics = dict(metrics or {})
        meta = {"step": step, "metrics": _metric_floats(metrics), "time": time.time(),
                "torchckpt": FORMAT_VERSION}
        parts = dict(model=model, optimizer=optimizer, scheduler=scheduler, scaler=scaler, ema=ema, models=models,
                     optimizers=optimizers, schedulers=schedulers)
        if self._use_sharded():
            if self.async_save:
                warnings.warn("async_save is not supported for sharded (torch.distributed.checkpoint) saves; "
                              "saving synchronously", stacklevel=2)
            return self._save_sharded(step, parts, metrics, extra, rng, meta)
        payload = self._payload(step, parts, metrics, extra, rng, meta)
        path = self._path(step, "pt")
        if not self.async_save:
            self._write(step, payload, meta, path)
            return path
        payload = self._stager.stage(payload)
        if self._executor is None:
            self._executor = ThreadPoolExecutor(1, thread_name_prefix="torchckpt-save")
        self._pending.step = step
        self._pending.future = self._executor.submit(self._write, step, payload, meta, path)
        return path

    def wait(self) -> None:
        """Block until a background save finishes; raise :class:`CheckpointWriteError` if it failed."""
        future = self._pending.future
        if future is None:
            return
        try:
            future.result()
        except BaseException as exc:
            step = self._pending.step
            raise CheckpointWriteError(f"the background save of step {step} failed ({type(exc).__name__}: {exc})",
                                       step=step, path=self._path(step, "pt"),
                                       hint="that checkpoint was not written; fix the cause and save again") from exc
        finally:
            self._pending.future = None

    def close(self) -> None:
        """Wait for a background save (raising its error) and free the host staging buffers."""
        try:
            self.wait()
        finally:
            self._stager.buffers = {}
            if self._executor is not None:
                self._executor.shutdown(wait=True)
                self._executor = None

    def __enter__(self) -> CheckpointManager:
        return self

    def __exit__(self, exc_type: Any, exc: Any, tb: Any) -> None:
        if exc_type is None:
            self.close()
            return
        try:
            self.close()
        except CheckpointWriteError as error:  # do not hide the exception that ended the block
            warnings.warn(str(error), RuntimeWarning, stacklevel=2)

    def _payload(self, step: int, parts: dict[str, Any], metrics: dict[str, Any], extra: Any,
                 rng: Mapping[str, Any] | None, meta: dict[str, Any]) -> dict[str, Any]:
        payload: dict[str, Any] = {"torchckpt": {"version": FORMAT_VERSION, "step": step, "time": meta["time"]}}
        if parts["model"] is not None:
            payload["model"] = unwrap_model(parts["model"]).state_dict()
        if parts["models"]:
            payload["models"] = {str(k): unwrap_model(m).state_dict() for k, m in parts["models"].items()}
        for single, many in (("optimizer", "optimizers"), ("scheduler", "schedulers")):
            if parts[single] is not None:
                payload[single] = parts[single].state_dict()
            if parts[many]:
                payload[many] = {str(k): v.state_dict() for k, v in parts[many].items()}
        if parts["scaler"] is not None:
            payload["scaler"] = parts["scaler"].state_dict()
        if parts["ema"] is not None:
            ema = parts["ema"]
            payload["ema"] = (unwrap_model(ema) if isinstance(ema, torch.nn.Module) else ema).state_dict()
        payload["rng"] = _rng_state(rng)
        payload["metrics"] = metrics
        payload["extra"] = extra
        return payload

    def _write(self, step: int, payload: Any, meta: dict[str, Any], path: str) -> None:
        save(payload, path, meta=meta, durable=self.durable)
        self._committed(step, path, meta)

    def _committed(self, step: int, path: str, meta: Mapping[str, Any]) -> None:
        with self._lock:
            self._entries[step] = _Entry(step, path, dict(meta.get("metrics") or {}))
            self._broken.pop(path, None)
            doomed = [self._entries.pop(s) for s in self._retired(step)]
        atomic_write_bytes(os.path.join(self.directory, LATEST), (os.path.basename(path) + "\n").encode(),
                           durable=self.durable)
        _discard([entry.path for entry in doomed])

    # ---------------------------------------------------------------------------------- retention

    def _ranked(self) -> list[_Entry]:
        monitor = self.monitor
        if monitor is None:
            return []
        eligible = [e for e in self._entries.values() if monitor in e.metrics]
        sign = 1.0 if self.mode == "min" else -1.0
        # ties go to the newer checkpoint
        return sorted(eligible, key=lambda e: (sign * e.metrics[monitor], -e.step))

    def _retired(self, just_written: int) -> list[int]:
        if self.keep_last is None or not self._entries:
            return []
        steps = sorted(self._entries)
        keep = set(steps[-self.keep_last:]) | {just_written}
        if self.keep_best:
            keep.update(e.step for e in self._ranked()[:self.keep_best])
        if self.every_n:
            keep.update(s for s in steps if s % self.every_n == 0)
        return [s for s in steps if s not in keep]

    # ---------------------------------------------------------------------------------- resuming

    def resume(self, *, model: torch.nn.Module | None = None, optimizer: Any = None, scheduler: Any = None,
               scaler: Any = None, ema: Any = None, models: Mapping[str, torch.nn.Module] | None = None,
               optimizers: Mapping[str, Any] | None = None, schedulers: Mapping[str, Any] | None = None,
               rng: Mapping[str, Any] | None = None, map_location: Any = "cpu", weights_only: bool = True,
               strict: bool = True) -> ResumeState | None:
        """Restore everything from the newest checkpoint that verifies; None when there is none.

        Newer checkpoints that are torn or fail their sha256 (sharded ones too when their
        ``.metadata`` names a file outside their folder, or the scanner finds them dangerous)
        are skipped with a warning and listed in ``ResumeState.skipped``; if every checkpoint fails,
        :class:`NoValidCheckpointError` is raised (starting over would silently lose work).
        ``strict`` applies to ``model.load_state_dict`` and to parts asked for but absent.
        ``weights_only=False`` allows arbitrary pickled objects in ``extra`` (trusted
        directories only).

        >>> state = mgr.resume(model=model, optimizer=opt, scheduler=sched)   # doctest: +SKIP
        >>> start = state.step + 1 if state else 0                             # doctest: +SKIP
        """
        self.wait()
        if model is None and not models:
            raise ValueError("resume needs model= (or models={name: model})")
        parts = dict(model=model, optimizer=optimizer, scheduler=scheduler, scaler=scaler, ema=ema, models=models,
                     optimizers=optimizers, schedulers=schedulers)
        if self._use_sharded():
            return self._resume_sharded(parts, rng, map_location=map_location, weights_only=weights_only,
                                        strict=strict)
        self._scan()
        skipped: list[tuple[str, str]] = []
        candidates = self._candidates("pt")
        for step, path in candidates:
            reason = _check(path)
            if reason is not None:
                skipped.append((path, reason))
                warnings.warn(f"torchckpt: skipping {path}: {reason}", RuntimeWarning, stacklevel=2)
                continue
            payload = torch.load(path, map_location=map_location, weights_only=weights_only)
            self._restore(payload, parts, rng, strict=strict)
            return ResumeState(step=int(payload.get("torchckpt", {}).get("step", step)),
                               metrics=payload.get("metrics") or {}, extra=payload.get("extra"), path=path,
                               skipped=tuple(skipped))
        if skipped:
            raise NoValidCheckpointError(
                f"none of the {len(skipped)} checkpoints verifies (newest: {skipped[0][1]})", path=self.directory,
                skipped=skipped, hint="move the damaged files away to start over, or repair them")
        return None

    def _restore(self, payload: Mapping[str, Any], parts: dict[str, Any], rng: Mapping[str, Any] | None, *,
                 strict: bool) -> None:
        if parts["model"] is not None:
            if "model" not in payload:
                _missing("model", True)
            unwrap_model(parts["model"]).load_state_dict(payload["model"], strict=strict)
        for name, m in (parts["models"] or {}).items():
            saved = (payload.get("models") or {}).get(str(name))
            if saved is None:
                _missing(f"models[{name!r}]", True)
            else:
                unwrap_model(m).load_state_dict(saved, strict=strict)
        for single, many in (("optimizer", "optimizers"), ("scheduler", "schedulers")):
            if parts[single] is not None:
                if single in payload:
                    parts[single].load_state_dict(payload[single])
                else:
                    _missing(single, strict)
            for name, obj in (parts[many] or {}).items():
                saved = (payload.get(many) or {}).get(str(name))
                if saved is not None:
                    obj.load_state_dict(saved)
                else:
                    _missing(f"{many}[{name!r}]", strict)
        if parts["scaler"] is not None:
            if "scaler" in payload:
                parts["scaler"].load_state_dict(payload["scaler"])
            else:
                _missing("scaler", strict)
        if parts["ema"] is not None:
            ema = parts["ema"]
            if "ema" in payload:
                (unwrap_model(ema) if isinstance(ema, torch.nn.Module) else ema).load_state_dict(payload["ema"])
            else:
                _missing("ema", strict)
        # last: loading the states above must not be what moves the RNGs
        _restore_rng(payload.get("rng") or {}, rng, strict=strict)

    # ---------------------------------------------------------------------------------- files

    def _path(self, step: int, suffix: str) -> str:
        return os.path.join(self.directory, f"{self.prefix}{step:08d}.{suffix}")

    def _candidates(self, suffix: str) -> list[tuple[int, str]]:
        """Checkpoint paths on disk, newest first (broken ones included: resume reports them)."""
        found = []
        try:
            names = os.listdir(self.directory)
        except FileNotFoundError:
            return []
        for name in names:
            m = self._pattern.match(name)
            if m and m.group(2) == suffix:
                found.append((int(m.group(1)), os.path.join(self.directory, name)))
        return sorted(found, reverse=True)

    def _scan(self) -> None:
        """Learn the complete checkpoints (and their metrics) from their integrity records."""
        entries: dict[int, _Entry] = {}
        broken: dict[str, str] = {}
        for suffix in ("pt", "dcp"):
            for step, path in self._candidates(suffix):
                try:
                    meta = read_record(path).get("meta") or {}
                except (TorchckptError, OSError) as exc:
                    broken[path] = " ".join(str(exc).split())
                    continue
                metrics = {k: float(v) for k, v in (meta.get("metrics") or {}).items()
                           if isinstance(v, (int, float)) and not isinstance(v, bool)}
                if step not in entries or suffix == ("dcp" if self._use_sharded() else "pt"):
                    entries[step] = _Entry(step, path, metrics)
        with self._lock:
            self._entries, self._broken = entries, broken

    def _remove_stale_temps(self) -> None:
        for name in os.listdir(self.directory):
            m = re.match(r"\.(?:" + re.escape(self.prefix) + r".*|" + LATEST + r")\.tmp-(\d+)-[0-9a-f]+\Z", name)
            if m and not _pid_alive(int(m.group(1))):
                _remove_path(os.path.join(self.directory, name))

    # ---------------------------------------------------------------------------------- sharded (DCP)

    def _use_sharded(self) -> bool:
        if self._sharded is not None:
            return self._sharded
        dist = torch.distributed
        return dist.is_available() and dist.is_initialized() and dist.get_world_size() > 1

    def _is_writer(self) -> bool:
        dist = torch.distributed
        return not (dist.is_available() and dist.is_initialized()) or dist.get_rank() == 0

    def _save_sharded(self, step: int, parts: dict[str, Any], metrics: dict[str, Any], extra: Any,
                      rng: Mapping[str, Any] | None, meta: dict[str, Any]) -> str:
        import torch.distributed as dist
        import torch.distributed.checkpoint as dcp

        rank = dist.get_rank()
        final = self._path(step, "dcp")
        # one temporary name for all ranks, chosen by rank 0 (its pid marks it for stale cleanup)
        tmp_name = f".{os.path.basename(final)}.tmp-{os.getpid()}-{secrets.token_hex(4)}"
        name: list[Any] = [tmp_name if rank == 0 else None]
        dist.broadcast_object_list(name, src=0)
        tmp = os.path.join(self.directory, str(name[0]))
        try:
            dcp.save(_dcp_state(parts), checkpoint_id=tmp)  # type: ignore[attr-defined]
            local = self._payload(step, _without_dcp_parts(parts), metrics, extra, rng, meta)
            torch.save(local, os.path.join(tmp, f"rank{rank}.pt"))
            dist.barrier()
            # every rank hashes (and fsyncs) a share of the files; rank 0 writes the record
            names: list[Any] = [directory_files(tmp) if rank == 0 else None]
            dist.broadcast_object_list(names, src=0)
            mine = hash_files(tmp, names[0][rank::dist.get_world_size()], durable=self.durable)
            shares: list[Any] | None = [None] * dist.get_world_size() if rank == 0 else None
            dist.gather_object(mine, shares, dst=0)
            if shares is not None:  # rank 0
                records = [record for share in shares for record in share]
                write_directory_record(tmp, meta=meta, durable=self.durable, records=records)
                _replace_dir(tmp, final, durable=self.durable)
                self._committed(step, final, meta)
            else:
                with self._lock:
                    self._entries[step] = _Entry(step, final, dict(meta["metrics"]))
                    for s in self._retired(step):
                        self._entries.pop(s)
        except BaseException:
            if rank == 0:
                _remove_path(tmp)
            raise
        dist.barrier()
        return final

    def _resume_sharded(self, parts: dict[str, Any], rng: Mapping[str, Any] | None, *, map_location: Any,
                        weights_only: bool, strict: bool) -> ResumeState | None:
        import torch.distributed as dist
        import torch.distributed.checkpoint as dcp

        rank = dist.get_rank()
        choice: list[Any] = [None]
        if rank == 0:
            skipped: list[tuple[str, str]] = []
            chosen = None
            for step, path in self._candidates("dcp"):
                reason = _check(path) or _unsafe_for_dcp(path)
                if reason is None:
                    chosen = (step, path)
                    break
                skipped.append((path, reason))
                warnings.warn(f"torchckpt: skipping {path}: {reason}", RuntimeWarning, stacklevel=3)
            choice = [(chosen, skipped)]
        dist.broadcast_object_list(choice, src=0)
        chosen, skipped = choice[0]
        self._scan()
        if chosen is None:
            if skipped:
                raise NoValidCheckpointError(
                    f"none of the {len(skipped)} sharded checkpoints verifies (newest: {skipped[0][1]})",
                    path=self.directory, skipped=skipped, hint="move the damaged directories away to start over")
            return None
        step, path = chosen
        state = _dcp_state(parts)
        dcp.load(state, checkpoint_id=path)  # type: ignore[attr-defined]
        _set_dcp_state(parts, state, strict=strict)
        local_path = os.path.join(path, f"rank{rank}.pt")
        if not os.path.exists(local_path):
            warnings.warn(f"{path} has no rank{rank}.pt (saved with fewer processes): RNG, scheduler and extra come "
                          "from rank 0", RuntimeWarning, stacklevel=3)
            local_path = os.path.join(path, "rank0.pt")
        local = torch.load(local_path, map_location=map_location, weights_only=weights_only)
        self._restore(local, _without_dcp_parts(parts), rng, strict=strict)
        return ResumeState(step=step, metrics=local.get("metrics") or {}, extra=local.get("extra"), path=path,
                           skipped=tuple(skipped))


# --------------------------------------------------------------------------------------------------
# helpers


def _dcp_models(parts: Mapping[str, Any]) -> list[tuple[str, torch.nn.Module, Any]]:
    """``(key, module, optimizer-or-None)`` for everything that goes through DCP."""
    out: list[tuple[str, torch.nn.Module, Any]] = []
    if parts["model"] is not None:
        out.append(("model", parts["model"], parts["optimizer"]))
    for name, m in (parts["models"] or {}).items():
        out.append((f"models.{name}", m, (parts["optimizers"] or {}).get(name)))
    ema = parts["ema"]
    if isinstance(ema, torch.nn.Module):
        out.append(("ema", ema, None))
    unpaired = set(parts["optimizers"] or {}) - set(parts["models"] or {})
    if unpaired:
        raise ValueError(f"sharded checkpoints pair optimizers with models by name; no model for {sorted(unpaired)}")
    return out


def _dcp_state(parts: Mapping[str, Any]) -> dict[str, Any]:
    from torch.distributed.checkpoint.state_dict import get_model_state_dict, get_optimizer_state_dict

    state: dict[str, Any] = {}
    for key, module, opt in _dcp_models(parts):
        module = unwrap_model(module) if key == "ema" else module
        state[key] = get_model_state_dict(module)
        if opt is not None:
            state[f"{key}.optim"] = get_optimizer_state_dict(module, opt)
    return state


def _set_dcp_state(parts: Mapping[str, Any], state: Mapping[str, Any], *, strict: bool) -> None:
    from torch.distributed.checkpoint.state_dict import (
        StateDictOptions,
        set_model_state_dict,
        set_optimizer_state_dict,
    )

    options = StateDictOptions(strict=strict)
    for key, module, opt in _dcp_models(parts):
        module = unwrap_model(module) if key == "ema" else module
        set_model_state_dict(module, state[key], options=options)
        if opt is not None:
            set_optimizer_state_dict(module, opt, state[f"{key}.optim"], options=options)


def _without_dcp_parts(parts: Mapping[str, Any]) -> dict[str, Any]:
    rest = dict(parts)
    rest.update(model=None, optimizer=None, models=None, optimizers=None)
    if isinstance(parts["ema"], torch.nn.Module):
        rest["ema"] = None
    return rest


def _check(path: str) -> str | None:
    """Why ``path`` cannot be trusted, or None when it verifies."""
    try:
        report = verify(path)
    except (TorchckptError, OSError) as exc:
        return " ".join(str(exc).split())
    if not report.ok:
        return f"content does not match its integrity record ({report.problem})"
    return None


def _unsafe_for_dcp(path: str) -> str | None:
    """Why DCP must not read the checkpoint directory ``path`` (its integrity record, a hash
    anyone can recompute, says nothing about that), or None. DCP joins each ``relative_path`` of
    ``.metadata`` to the folder unchecked: every one must stay inside it (``contained_path``,
    through :func:`~torchckpt.formats.dcp.read_dcp_metadata`). DCP also ``pickle.load``s the
    ``.metadata`` and ``torch.load``s non-tensor items with ``weights_only=False``: the scan of
    the directory must find nothing dangerous there."""
    from .formats.dcp import read_dcp_metadata
    from .scan_layouts import scan_dcp

    try:
        read_dcp_metadata(path)  # UnsafePathError names the first path that leaves the folder
    except TorchckptError as exc:
        return " ".join(str(exc).split())
    report = scan_dcp(path)
    if report.verdict == "dangerous":
        worst = next((f for f in report.findings if f.severity == "dangerous"), None)
        what = f": {' '.join(worst.detail.split())[:300]}" if worst is not None else ""
        return f"the scanner finds it dangerous to load{what}"
    return None


def _pid_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True
    return True


def _remove_path(path: str) -> None:
    try:
        if os.path.isdir(path) and not os.path.islink(path):
            shutil.rmtree(path)
        else:
            os.remove(path)
    except FileNotFoundError:
        pass


def _discard(paths: list[str]) -> None:
    """Retire old checkpoints: rename each out of the way at once (a later save of the same
    step can never be hit), then delete in the background (freeing a GB of page cache takes
    a while). A crash leaves a temp name that the next manager removes."""
    doomed = []
    for path in paths:
        parent, name = os.path.split(path)
        hidden = os.path.join(parent, f".{name}.tmp-{os.getpid()}-{secrets.token_hex(4)}")
        try:
            os.replace(path, hidden)
        except FileNotFoundError:
            continue
        doomed.append(hidden)
    if doomed:
        def retire() -> None:
            for p in doomed:
                _remove_path(p)

        threading.Thread(target=retire, name="torchckpt-retire",
                         daemon=True).start()


def _replace_dir(tmp: str, final: str, *, durable: bool) -> None:
    """Rename directory ``tmp`` to ``final``; an existing ``final`` (same step saved again) is
    moved aside first and removed after, so a crash leaves one complete copy."""
    parent = os.path.dirname(final) or "."
    old = None
    if os.path.exists(final):
        old = os.path.join(parent, f".{os.path.basename(final)}.tmp-{os.getpid()}-{secrets.token_hex(4)}")
        os.replace(final, old)
    os.replace(tmp, final)
    if durable:
        fsync_directory(parent)
    if old is not None:
        _remove_path(old)

