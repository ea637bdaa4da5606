"""The torch bridge for weights: :func:`load_state_dict` and :func:`load_into`.

Both read through the same reader as ``torchckpt.open``: nothing in the file runs, every
format torchckpt reads works (torch zip and legacy, TorchScript, pickles of whole modules
whose classes are gone, safetensors, ONNX initializers, .npz).

Memory: tensors come from a copy-on-write map of the file (``mmap.ACCESS_COPY``).
``load_state_dict`` hands them out zero-copy: they are writable, writes never reach the file
and copy only the pages written. Like ``torch.load(mmap=True)`` they read the file lazily:
rewriting the file in place while they live (plain ``torch.save`` to the same path truncates
it) kills the process with SIGBUS when they are read. Pass ``mmap=False`` to read them into
memory instead, or replace files atomically (``torchckpt.save`` does). ``load_into`` needs
no second copy of the weights in memory: it reads each tensor straight into the parameter it
belongs to (``pread`` on a few threads where the bytes lie in the file as they are, 64-byte
aligned, as torch writes them), or else copies it from the map and gives the mapped pages back
as it goes.
"""

from __future__ import annotations

import ctypes
import logging
import math
import mmap
import os
import re
import sys
import warnings
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Union, cast

import torch
from torch import nn

from ._wording import option
from .checkpoint import Checkpoint
from .errors import (
    DeviceUnavailableError,
    DivergentReadingsError,
    LoadMismatchError,
    NoWeightsError,
    TorchckptError,
    UnsupportedTensorError,
)
from .formats.base import SliceSource, need_many
from .model import StorageRef, TensorRef, contiguous_stride
from .vocab import HEAD, ON_MISMATCH, Head, OnMismatch, Prefer
from .weights import WRAPPER_PREFIXES, WeightsChoice, candidates, choose

__all__ = [
    "DeviceUnavailableError",
    "LoadMismatchError",
    "LoadReport",
    "Mismatch",
    "NoWeightsError",
    "check_load",
    "load_into",
    "load_state_dict",
]

# Union[...] rather than `|`: these aliases are evaluated at import time on Python 3.10.
MapLocation = Union[None, str, torch.device, Mapping[str, str | torch.device],  # noqa: UP007
                    Callable[[torch.UntypedStorage, str], Any]]
Rename = Union[None, Iterable[tuple[str, str]], Mapping[str, str], Callable[[str], str | None]]  # noqa: UP007

_log = logging.getLogger("torchckpt")


# --- errors ---------------------------------------------------------------------------------------
# --- report ---------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Mismatch:
    """A tensor the file has for a model key but that cannot go in as it is."""

    file_key: str
    file_shape: tuple[int, ...]
    model_shape: tuple[int, ...]
    reason: str = "shape"

    def __str__(self) -> str:
        if self.reason != "shape":
            return self.reason
        return f"{list(self.file_shape)} in the file, {list(self.model_shape)} in the model"


@dataclass
class LoadReport:
    """What :func:`load_into` did (or, from :func:`check_load`, would do).

    Every model key is in exactly one of ``loaded`` (copied, maybe cast), ``adapted``,
    ``skipped`` (a resized class head left at the model's init under ``on_mismatch="adapt"``,
    with the reason), ``mismatched`` (left at its init under ``"skip"``), ``missing`` and
    ``defaulted``. ``unexpected`` are file keys (as the file names them) that nothing took.
    ``cast`` maps model keys to ``(file dtype, model dtype)``; ``renamed`` model keys to the
    file keys they came from where the two differ. ``verdict`` says ``loads strictly`` only
    when every tensor goes in as saved (``exact``).

    >>> report = torchckpt.load_into(model, "ckpt.pt", on_mismatch="skip")   # doctest: +SKIP
    >>> print(report)                                                         # doctest: +SKIP
    """

    path: str
    model: str
    source_key: str
    loaded: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    unexpected: list[str] = field(default_factory=list)
    mismatched: dict[str, Mismatch] = field(default_factory=dict)
    adapted: dict[str, str] = field(default_factory=dict)
    skipped: dict[str, str] = field(default_factory=dict)
    cast: dict[str, tuple[str, str]] = field(default_factory=dict)
    renamed: dict[str, str] = field(default_factory=dict)
    defaulted: list[str] = field(default_factory=list)
    prefix_stripped: str = ""
    prefix_added: str = ""
    candidates: dict[str, int] = field(default_factory=dict)
    on_mismatch: OnMismatch = "error"
    head: str = "init"
    applied: bool = False
    notes: list[str] = field(default_factory=list)
    weights: str = ""  # one line: which weights were taken, why, and the override

    @property
    def ok(self) -> bool:
        """Whether ``load_into(..., strict=True)`` with this ``on_mismatch`` goes through."""
        return not (self.missing or self.unexpected or (self.mismatched and self.on_mismatch != "skip"))

    @property
    def exact(self) -> bool:
        """Whether every model tensor gets the file's tensor as it is: loads strictly, nothing
        adapted or left at its init."""
        return self.ok and not (self.adapted or self.skipped or self.mismatched)

    @property
    def verdict(self) -> str:
        """One line: ``loads strictly`` only when :attr:`exact`."""
        if self.exact:
            return "loads strictly"
        if not self.ok:
            return "does not load strictly"
        changed = []
        if self.adapted:
            changed.append(f"{len(self.adapted)} adapted")
        kept = len(self.skipped) + len(self.mismatched)
        if kept:
            changed.append(f"{kept} skipped (they keep the model's init)")
        return "loads with changes: " + ", ".join(changed)

    @property
    def total(self) -> int:
        return (len(self.loaded) + len(self.adapted) + len(self.skipped) + len(self.mismatched)
                + len(self.missing) + len(self.defaulted))

    def rows(self, *, all_rows: bool = False) -> list[tuple[str, str, str]]:
        """``(status, key, detail)`` rows: everything that is not a plain copy (all with ``all_rows``)."""
        rows: list[tuple[str, str, str]] = []
        for key in self.loaded:
            if key in self.cast:
                if all_rows:
                    rows.append(("cast", key, " -> ".join(self.cast[key])))
            elif all_rows:
                rows.append(("loaded", key, ""))
        for key, what in self.adapted.items():
            rows.append(("adapted", key, what))
        for key, why in self.skipped.items():
            rows.append(("skipped", key, why))
        status = "skipped" if self.on_mismatch == "skip" else "mismatch"
        for key, m in self.mismatched.items():
            rows.append((status, key, str(m) + (f" (file key {m.file_key!r})" if m.file_key != key else "")))
        rows += _grouped("missing", self.missing, "not in the file", all_rows=all_rows)
        rows += [("defaulted", key, "not in the file; torch fills it too") for key in self.defaulted]
        rows += _grouped("unexpected", self.unexpected, "in the file, not in the model", all_rows=all_rows)
        return rows

    def summary(self) -> str:
        parts = [f"{len(self.loaded)}/{self.total} loaded"]
        if self.cast:
            pairs = sorted({f"{a}->{b}" for a, b in self.cast.values()})
            parts.append(f"{len(self.cast)} cast ({', '.join(pairs)})")
        for label, items in (("adapted", self.adapted), ("skipped", self.skipped), ("mismatched", self.mismatched),
                             ("missing", self.missing), ("unexpected", self.unexpected),
                             ("defaulted", self.defaulted)):
            if items:
                parts.append(f"{len(items)} {label}")
        return ", ".join(parts)

    def header(self) -> list[str]:
        source = repr(self.source_key) if self.source_key else "the root"
        lines = [f"{self.path} [{source}] -> {self.model}: {self.summary()}"]
        if self.weights:
            lines.append(f"weights: {self.weights}")
        prefix = []
        if self.prefix_stripped:
            prefix.append(f"stripped {self.prefix_stripped!r}")
        if self.prefix_added:
            prefix.append(f"added {self.prefix_added!r}")
        if prefix:
            lines.append("key prefix: " + ", ".join(prefix))
        if len(self.candidates) > 1:
            lines.append("weights in the file (keys matched): "
                         + ", ".join(f"{k or '(root)'} ({n})" for k, n in self.candidates.items() if n))
        lines += self.notes
        return lines

    def lines(self, *, all_rows: bool = False) -> list[str]:
        """Plain text: the header, a status/key/detail row per key with something to say (every key
        with ``all_rows``), the verdict. ``torchckpt load-check`` renders the same parts as a table."""
        lines = self.header()
        rows = self.rows(all_rows=all_rows)
        if rows:
            w0 = max(len(r[0]) for r in rows)
            w1 = max(len(r[1]) for r in rows)
            lines.append(f"  {'status':<{w0}}  {'key':<{w1}}  detail")
            lines += [f"  {s:<{w0}}  {k:<{w1}}  {d}".rstrip() for s, k, d in rows]
        lines.append(self.verdict)
        return lines

    def __str__(self) -> str:
        return "\n".join(self.lines())

    def to_json(self) -> dict[str, Any]:
        return {"path": self.path, "model": self.model, "source_key": self.source_key, "ok": self.ok,
                "exact": self.exact, "verdict": self.verdict, "skipped": self.skipped, "head": self.head,
                "loaded": self.loaded, "missing": self.missing, "unexpected": self.unexpected,
                "mismatched": {k: {"file_key": m.file_key, "file_shape": list(m.file_shape),
                                   "model_shape": list(m.model_shape), "reason": m.reason}
                               for k, m in self.mismatched.items()},
                "adapted": self.adapted, "cast": {k: list(v) for k, v in self.cast.items()},
                "renamed": self.renamed, "defaulted": self.defaulted, "prefix_stripped": self.prefix_stripped,
                "prefix_added": self.prefix_added, "candidates": self.candidates, "on_mismatch": self.on_mismatch,
                "applied": self.applied, "notes": self.notes, "weights": self.weights}


def _grouped(status: str, keys: list[str], detail: str, *, all_rows: bool,
             limit: int = 12) -> list[tuple[str, str, str]]:
    """One row per key, or, when there are many, one per leading name part (``layer1.*``)."""
    if all_rows or len(keys) <= limit:
        return [(status, key, detail) for key in keys]
    groups: dict[str, list[str]] = {}
    for key in keys:
        head, dot, _ = key.partition(".")
        groups.setdefault(head + ".*" if dot else key, []).append(key)
    return [(status, label, detail if len(members) == 1 else f"{len(members)} keys {detail}")
            for label, members in groups.items()]


# --- public API -----------------------------------------------------------------------------------
def load_state_dict(path: str | os.PathLike[str], *, key: str | None = None, prefer: Prefer = "auto",
                    map_location: MapLocation = "cpu", mmap: bool = True) -> dict[str, torch.Tensor]:
    """The weights in ``path`` as torch tensors, without running anything from the file.

    ``key`` picks the subtree (``"state_dict"``, ``"model"``, ``"ema"``; ``""`` is the root);
    without it the weights every torchckpt command takes (:func:`torchckpt.weights.choose`: the
    EMA copy when it matches the model, else the model's state dict; ``prefer="model"`` or
    ``"ema"`` decides); the choice is logged in one line (logger ``torchckpt``). Names are
    relative to it, prefixes kept as the file has them. ``map_location``
    takes what ``torch.load`` takes, applied to the storage locations the file records
    (``None`` keeps them). Tensors that share a storage in the file share memory here.
    CPU tensors map the file copy-on-write (writable; the file never changes); do not rewrite
    the file in place while they live, or pass ``mmap=False`` to read them into memory.

    >>> sd = torchckpt.load_state_dict("yolov8n.pt", key="model")   # doctest: +SKIP
    >>> sd["model.0.conv.weight"].dtype                                # doctest: +SKIP
    torch.float16
    """
    with _open(path) as ckpt:
        choice = choose(ckpt, key=key, prefer=prefer)
        if _log.isEnabledFor(logging.INFO):  # the note sums every tensor's parameters: only when it is shown
            _log.info("%s: %s", ckpt.path, choice.note(verb="loading"))
        names = choice.tensors
        mat = _Materializer(ckpt, map_location=map_location, shared=True, copy=not mmap)
        try:
            mat.pack(names.values())
            return {name: mat.tensor(ref, name=name) for name, ref in names.items()}
        finally:
            mat.clear()


def check_load(model: nn.Module, path: str | os.PathLike[str], *, key: str | None = None, prefer: Prefer = "auto",
               rename: Rename = None, on_mismatch: OnMismatch = "error", head: Head = "init") -> LoadReport:
    """What :func:`load_into` would do, without touching the model or raising for mismatches.

    >>> report = torchckpt.check_load(model, "ckpt.pt")   # doctest: +SKIP
    >>> report.ok, report.prefix_stripped                   # doctest: +SKIP
    (True, 'module.')
    """
    _check_on_mismatch(on_mismatch, head)
    with _open(path) as ckpt:
        return _plan(model, ckpt, key=key, prefer=prefer, rename=rename, on_mismatch=on_mismatch, head=head).report


def load_into(model: nn.Module, path: str | os.PathLike[str], *, key: str | None = None, prefer: Prefer = "auto",
              strict: bool = True, rename: Rename = None, on_mismatch: OnMismatch = "error", head: Head = "init",
              map_location: MapLocation = None) -> LoadReport:
    """Load the weights in ``path`` into ``model`` and say what happened.

    - finds the state dict: ``key``, else the weights every command takes by default
      (:func:`torchckpt.weights.choose`; ``prefer="model"``/``"ema"`` decides between a model and
      its EMA copy) unless another candidate fits the model's keys better; ``report.weights``
      says which, why, and how to take another;
    - lines keys up: strips or adds ``module.``, ``_orig_mod.``, ``model.`` and other prefixes
      the keys share when that makes them match (either side may be wrapped); ``rename``
      (regex pairs ``[(pattern, repl)]`` or a function returning the new name, or ``None`` to
      drop the key) applies to the file's keys first;
    - casts to the model's dtypes; copies each tensor from the file's map straight into its
      parameter under ``no_grad`` (no second copy in memory); parameters on the ``meta`` device
      are materialised from the file instead, on ``map_location`` (default CPU), tied ones once;
    - ``on_mismatch``: ``"error"`` raises for tensors of another shape (whatever ``strict``),
      ``"skip"`` leaves them at their init, ``"adapt"`` is for transfer learning: it adapts conv
      input channels the way timm's ``adapt_input_conv`` does (to 1: sum; to N: repeat and
      scale by in/N), leaves a class head whose size changed (``nn.Linear`` rows, a conv's
      output channels: 1000 -> 10 classes) at the model's own init as transformers'
      ``ignore_mismatched_sizes`` does (reported in ``skipped`` with the reason), and raises for
      anything else;
    - ``head="copy"`` (with ``on_mismatch="adapt"``) copies the rows both heads have instead
      (classes 0..9 of a 1000-class head; the rest keep their init): only when the old
      classes mean the new ones;
    - ``strict``: missing or unexpected keys raise :class:`LoadMismatchError` (naming them,
      with a hint). Nothing is modified when it raises.

    Modules' own ``_load_from_state_dict`` hooks do not run; BatchNorm's one job there (files
    older than torch 0.4.1 lack ``num_batches_tracked``) is done here: such keys are reported
    as ``defaulted``. ``map_location`` matters only for meta-device parameters: others receive
    the weights on the device they are on.

    >>> report = torchckpt.load_into(model, "lightning.ckpt", on_mismatch="skip")   # doctest: +SKIP
    >>> report.prefix_stripped, list(report.mismatched)                              # doctest: +SKIP
    ('model.', ['fc.weight', 'fc.bias'])
    """
    _check_on_mismatch(on_mismatch, head)
    before = _stat(path)
    with _open(path) as ckpt:
        plan = _plan(model, ckpt, key=key, prefer=prefer, rename=rename, on_mismatch=on_mismatch, head=head)
        report = plan.report
        error = _error_for(report, strict=strict, path=ckpt.path)
        if error is not None:
            raise error
        _apply(plan, ckpt, map_location=map_location, before=before)
        report.applied = True
        return report


# --- opening and choosing the weights -------------------------------------------------------------
def _open(path: str | os.PathLike[str]) -> Checkpoint:
    from .formats import read

    # recorded: the divergence check judges the pickle this reading interpreted (one parse)
    try:
        ckpt = read(path, copy_on_write=True, record=True)
    except TorchckptError:
        _refuse_divergent(path)  # a divergence is what is wrong, even where the reading fails
        raise
    try:
        _refuse_divergent(path, ckpt)
    except BaseException:
        ckpt.close()
        raise
    return ckpt


def _refuse_divergent(path: str | os.PathLike[str], ckpt: Checkpoint | None = None) -> None:
    """Loading gives back one reading of the file; where the scanner finds two loaders reading it
    differently, that reading may not be what the victim's loader sees: refuse (the scanner is the
    one home of divergence detection; it never reads tensor data, and skips the checks that cannot
    find a divergence). ``ckpt``: the file opened, judged from what opening it read."""
    from .scanner import divergences

    if (ckpt is not None and ckpt.format == "dcp") or os.path.isdir(path):
        return  # a DCP directory (local or a folder URL): its items are read one by one as torch.load reads them
    found = divergences(ckpt if ckpt is not None and ckpt.parsed is not None else path)
    if found:
        raise DivergentReadingsError(found, path=os.fspath(path))


def _stat(path: str | os.PathLike[str]) -> os.stat_result | None:
    try:
        return os.stat(path)
    except OSError:
        return None  # _open says what is wrong


def _check_on_mismatch(on_mismatch: str, head: str = "init") -> None:
    if on_mismatch not in ON_MISMATCH:
        raise ValueError(f"on_mismatch must be one of {', '.join(ON_MISMATCH)}, not {on_mismatch!r}")
    if head not in HEAD:
        raise ValueError(f"head must be one of {', '.join(HEAD)}, not {head!r}")


def _candidates(ckpt: Checkpoint, key: str | None, prefer: Prefer) -> tuple[dict[str, dict[str, TensorRef]],
                                                                         WeightsChoice]:
    """The policy's choice and, without ``key``, every other place weights may be: the other
    state dicts (those of the other kind when ``prefer`` is not auto) and their common
    ancestors (a model saved as ``{'backbone': {...}, 'head': {...}}``), policy order first."""
    choice = choose(ckpt, key=key, prefer=prefer)
    found: dict[str, dict[str, TensorRef]] = {choice.path or "": choice.tensors}
    if key is not None or choice.path is None:
        return found, choice
    ranked = candidates(ckpt, prefer=prefer)
    for c in ranked:
        if prefer == "auto" or c.ema == choice.ema:
            found.setdefault(c.path, dict(c.sd.tensors))
    if prefer == "auto":
        below: dict[str, int] = {}  # ancestor -> how many candidates sit under it
        for c in ranked:
            parts = ckpt.resolve(c.path) if c.path else ()  # keys may hold dots: split where the file does
            for depth in range(len(parts) - 1, -1, -1):
                parent = ".".join(parts[:depth])
                below[parent] = below.get(parent, 0) + 1
        for parent in sorted((p for p, n in below.items() if n >= 2), key=lambda p: -p.count(".")):
            found.setdefault(parent, choose(ckpt, key=parent).tensors)
    return found, choice


# --- key matching ---------------------------------------------------------------------------------
def _renamer(rename: Rename) -> Callable[[str], str | None]:
    if rename is None:
        return lambda name: name
    if callable(rename) and not isinstance(rename, Mapping):
        return rename
    pairs = list(rename.items()) if isinstance(rename, Mapping) else list(rename)
    compiled = []
    for pair in pairs:
        if not (isinstance(pair, (tuple, list)) and len(pair) == 2 and all(isinstance(x, str) for x in pair)):
            raise TypeError(f"rename takes (pattern, replacement) string pairs or a function, got {pair!r}")
        try:
            compiled.append((re.compile(pair[0]), pair[1]))
        except re.error as exc:
            raise ValueError(f"rename pattern {pair[0]!r} is not a valid regex ({exc})") from None

    def apply(name: str) -> str:
        for pattern, repl in compiled:
            name = pattern.sub(repl, name)
        return name

    return apply


def _renamed(names: Iterable[str], rename: Rename) -> dict[str, str]:
    """new name -> file name."""
    fn = _renamer(rename)
    out: dict[str, str] = {}
    for name in names:
        new = fn(name)
        if new is None:
            continue
        if not isinstance(new, str):
            raise TypeError(f"rename returned {type(new).__name__} for {name!r}; it must return a str or None")
        if new in out:
            raise TorchckptError(f"rename maps both {out[new]!r} and {name!r} to {new!r}",
                                 hint="make the rename rules tell them apart")
        out[new] = name
    return out


def _prefix_candidates(names: list[str]) -> list[str]:
    """Leading dotted prefixes (up to three parts) that at least half the names share, plus any
    wrapper prefix some name has; always ``""``."""
    counts: dict[str, int] = {}
    for name in names:
        parts = name.split(".")
        for depth in range(1, min(4, len(parts))):
            p = ".".join(parts[:depth]) + "."
            counts[p] = counts.get(p, 0) + 1
    half = max(1, (len(names) + 1) // 2)
    found = [""]
    for p, n in counts.items():
        if n >= half or all(part + "." in WRAPPER_PREFIXES for part in p[:-1].split(".")):
            found.append(p)
    return found


def _align(src: list[str], dst: list[str]) -> tuple[str, str, dict[str, str]]:
    """Best ``(strip, add)``: file names starting with ``strip`` get it replaced by ``add``; returns
    them and the mapping model key -> (renamed) file name."""
    dst_set = set(dst)
    best = (-1, 0, "", "")
    for strip in _prefix_candidates(src):
        cut = len(strip)
        for add in _prefix_candidates(dst):
            mapped = {add + n[cut:] if n.startswith(strip) else n for n in src}
            score = len(mapped & dst_set)
            cost = len(strip) + len(add)
            if score > best[0] or (score == best[0] and cost < best[1]):
                best = (score, cost, strip, add)
    _, _, strip, add = best
    if strip == add:
        strip = add = ""
    mapping: dict[str, str] = {}
    for n in src:
        target = add + n[len(strip):] if n.startswith(strip) else n
        if target in dst_set and target not in mapping:
            mapping[target] = n
    # Stragglers: keys where only some carry a wrapper (a model partly wrapped before saving).
    used = set(mapping.values())
    left_src = [n for n in src if n not in used]
    left_dst = [d for d in dst if d not in mapping]
    if left_src and left_dst:
        cores_src = _unique_cores(left_src)
        for core, d in _unique_cores(left_dst).items():
            if core in cores_src:
                mapping[d] = cores_src[core]
    return strip, add, mapping


def _core(name: str) -> str:
    changed = True
    while changed:
        changed = False
        for p in ("module.", "_orig_mod."):
            if name.startswith(p):
                name, changed = name[len(p):], True
    return name


def _unique_cores(names: list[str]) -> dict[str, str]:
    cores: dict[str, str | None] = {}
    for n in names:
        c = _core(n)
        cores[c] = None if c in cores else n
    return {c: n for c, n in cores.items() if n is not None}


def _suggest_rename(missing: list[str], unexpected: list[str]) -> tuple[str, str, int] | None:
    """The (file prefix, model prefix) pair that would turn the most unexpected keys into
    missing ones, like ``('head.', 'fc.')``."""
    by_suffix: dict[str, str] = {}
    for m in missing[:500]:
        parts = m.split(".")
        for k in range(1, len(parts)):
            by_suffix.setdefault(".".join(parts[k:]), ".".join(parts[:k]) + ".")
    votes: dict[tuple[str, str], int] = {}
    for u in unexpected[:500]:
        parts = u.split(".")
        for k in range(1, len(parts)):
            suffix = ".".join(parts[k:])
            if suffix in by_suffix:
                pair = (".".join(parts[:k]) + ".", by_suffix[suffix])
                votes[pair] = votes.get(pair, 0) + 1
                break
    wanted = set(missing)
    best = None
    for (src, dst), _ in sorted(votes.items(), key=lambda kv: (-kv[1], len(kv[0][0])))[:20]:
        hits = sum(1 for u in unexpected if u.startswith(src) and dst + u[len(src):] in wanted)
        if (hits >= 2 or hits == len(unexpected)) and (best is None or hits > best[2]):
            best = (src, dst, hits)
    return best


# --- planning -------------------------------------------------------------------------------------
@dataclass
class _Item:
    key: str
    file_key: str
    ref: TensorRef
    target: torch.Tensor
    action: str  # copy | adapt_conv | adapt_rows


@dataclass
class _Plan:
    report: LoadReport
    items: list[_Item]
    model: nn.Module


def _owner(model: nn.Module, key: str) -> tuple[nn.Module | None, str]:
    modname, _, name = key.rpartition(".")
    try:
        return model.get_submodule(modname), name
    except AttributeError:
        return None, name


def _adaptation(model: nn.Module, key: str, ref: TensorRef, target: torch.Tensor, *,
                head: str) -> tuple[str, str] | None:
    """How ``on_mismatch="adapt"`` treats a tensor of another shape: ``(action, why)`` with action
    ``adapt_conv`` (input channels), ``adapt_rows`` (``head="copy"``) or ``skip`` (a resized
    class head keeps the model's init); None when no adaptation applies."""
    src, dst = tuple(ref.shape), tuple(target.shape)
    owner, name = _owner(model, key)
    conv = owner if isinstance(owner, nn.modules.conv._ConvNd) else None
    if conv is not None and name == "weight" and conv.groups == 1 \
            and len(src) == len(dst) >= 3 and src[0] == dst[0] and src[2:] == dst[2:]:
        i_src, i_dst = src[1], dst[1]
        if i_dst == 1:
            how = "summed"
        elif i_src > 3 and i_src % 3 == 0 and i_dst == i_src // 3:
            how = "summed per RGB group"
        else:
            how = f"repeated, scaled by {i_src}/{i_dst}"
        return "adapt_conv", f"conv input channels {i_src} -> {i_dst}: {how}"
    # A head: only the output count (rows of a Linear, output channels of a conv) changed.
    if (isinstance(owner, nn.Linear) or (conv is not None and conv.groups == 1)) and name in ("weight", "bias") \
            and len(src) == len(dst) and src[1:] == dst[1:] and src[0] != dst[0]:
        n = min(src[0], dst[0])
        if head == "copy":
            rest = f"; rows {n}..{dst[0] - 1} keep their init" if dst[0] > n else ""
            return "adapt_rows", f"classes {src[0]} -> {dst[0]}: copied rows 0..{n - 1}{rest}"
        return "skip", (f"classes {src[0]} -> {dst[0]}: keeps the model's init (a new head; "
                        f"{option('head', 'copy')} copies rows 0..{n - 1} of the old one)")
    return None


def _plan(model: nn.Module, ckpt: Checkpoint, *, key: str | None, prefer: Prefer, rename: Rename,
          on_mismatch: OnMismatch, head: str = "init") -> _Plan:
    targets = model.state_dict(keep_vars=True)
    tensor_keys = [k for k, v in targets.items() if isinstance(v, torch.Tensor)]
    extra = [k for k, v in targets.items() if not isinstance(v, torch.Tensor)]
    found, choice = _candidates(ckpt, key, prefer)

    scored = []
    for order, (path, tensors) in enumerate(found.items()):
        names = _renamed(tensors, rename)
        strip, add, mapping = _align(list(names), tensor_keys)
        shapes = sum(1 for d, n in mapping.items() if tuple(tensors[names[n]].shape) == tuple(targets[d].shape))
        score = (len(mapping), shapes, -(len(names) - len(mapping)), -order)  # ties: the policy's order
        scored.append((score, path, tensors, names, strip, add, mapping))
    scored.sort(key=lambda s: s[0], reverse=True)
    _, path, tensors, names, strip, add, mapping = scored[0]

    report = LoadReport(path=ckpt.path, model=type(model).__name__, source_key=path, prefix_stripped=strip,
                        prefix_added=add, candidates={s[1]: len(s[6]) for s in scored}, on_mismatch=on_mismatch,
                        head=head)
    default = choice.path or ""
    if path == default:
        report.weights = choice.note(verb="loaded")
    else:
        report.weights = (f"loaded {path or 'the root'!r}: its keys fit {type(model).__name__} better than the "
                          f"default {default or 'the root'!r} ({choice.reason}); {option('key', default)} takes "
                          "the default")
    items: list[_Item] = []
    for k in tensor_keys:
        target = targets[k]
        if k not in mapping:
            continue
        name = mapping[k]
        file_key = names[name]
        ref = tensors[file_key]
        if file_key != k:
            report.renamed[k] = file_key
        if ref.kind not in ("dense", "subclass") or ref.storage is None:
            report.mismatched[k] = Mismatch(file_key, tuple(ref.shape), tuple(target.shape),
                                            f"a {ref.kind} tensor in the file, which cannot be loaded")
            continue
        action = "copy"
        if tuple(ref.shape) != tuple(target.shape):
            adapt = _adaptation(model, k, ref, target, head=head) if on_mismatch == "adapt" else None
            if adapt is None:
                report.mismatched[k] = Mismatch(file_key, tuple(ref.shape), tuple(target.shape))
                continue
            action, what = adapt
            if action == "skip":
                report.skipped[k] = what
                continue
            report.adapted[k] = what
        else:
            report.loaded.append(k)
        model_dtype = str(target.dtype).removeprefix("torch.")
        if ref.dtype.name != model_dtype:
            report.cast[k] = (ref.dtype.name, model_dtype)
        items.append(_Item(k, file_key, ref, target, action))

    taken = {names[n] for n in mapping.values()}
    kept = set(names.values())
    report.unexpected = [n for n in tensors if n in kept and n not in taken]
    dropped = len(tensors) - len(names)
    if dropped:
        report.notes.append(f"rename dropped {dropped} file keys")
    loaded_modules = {k.rpartition(".")[0] for k in mapping}
    loaded_targets = {id(targets[i.key]): i.key for i in items}
    for k in tensor_keys:
        if k in mapping:
            continue
        tied_to = loaded_targets.get(id(targets[k]))
        if tied_to is not None:
            report.loaded.append(k)  # tied weights saved once (tie_weights() style)
            report.notes.append(f"{k} is tied to {tied_to} and loaded with it")
        elif k.endswith("num_batches_tracked") and k.rpartition(".")[0] in loaded_modules:
            report.defaulted.append(k)  # files from torch < 0.4.1; BatchNorm's loader fills it too
        else:
            report.missing.append(k)
    if extra:
        report.notes.append(f"not loaded (extra state, restored only by running module code): {', '.join(extra[:4])}"
                            + (" ..." if len(extra) > 4 else ""))
    return _Plan(report, items, model)


def _shown(keys: Iterable[str], limit: int = 5) -> str:
    keys = list(keys)
    text = ", ".join(keys[:limit])
    return text + (f" (+{len(keys) - limit} more)" if len(keys) > limit else "")


def _error_for(report: LoadReport, *, strict: bool, path: str) -> LoadMismatchError | None:
    bad_shapes = bool(report.mismatched) and report.on_mismatch != "skip"
    if not bad_shapes and not (strict and (report.missing or report.unexpected)):
        return None
    problems = []
    if bad_shapes:
        first = next(iter(report.mismatched.items()))
        problems.append(f"{len(report.mismatched)} tensors of another shape ({_shown(report.mismatched)}; "
                        f"{first[0]}: {first[1]})")
    if strict and report.missing:
        problems.append(f"{len(report.missing)} keys missing ({_shown(report.missing)})")
    if strict and report.unexpected:
        problems.append(f"{len(report.unexpected)} keys unexpected ({_shown(report.unexpected)})")
    source = f"key {report.source_key!r}" if report.source_key else "the file's root"
    message = f"cannot load {source} into {report.model}: " + "; ".join(problems)
    return LoadMismatchError(message, report=report, path=path, hint=_hint(report, strict=strict))


def _hint(report: LoadReport, *, strict: bool) -> str:
    hints = []
    matched = report.total - len(report.missing) - len(report.defaulted)
    if matched == 0 and report.unexpected:
        hints.append(f"no key matches (file: {_shown(report.unexpected, 2)}; model: {_shown(report.missing, 2)})")
        others = [k for k in report.candidates if k != report.source_key]
        if others:
            hints.append("other weights in the file: " + " or ".join(option("key", k) for k in others[:4]))
    if strict and report.missing and report.unexpected:
        guess = _suggest_rename(report.missing, report.unexpected)
        if guess is not None:
            src, dst, _ = guess
            hints.append(f"keys differ by the prefix {src!r} (file) vs {dst!r} (model); pass "
                         + option("rename", (f"^{re.escape(src)}", dst)))
    if report.mismatched and report.on_mismatch != "skip":
        hints.append(f"pass {option('on_mismatch', 'skip')} to keep the model's init for them"
                     + ("" if report.on_mismatch == "adapt" else
                        f", or {option('on_mismatch', 'adapt')} for transfer learning (adapts conv input "
                        "channels, keeps the init of a resized class head)"))
    if strict and (report.missing or report.unexpected):
        hints.append(f"pass {option('strict', False)} to load what matches")
    return "; ".join(hints)


# --- materialising tensors ------------------------------------------------------------------------
_MADV_DONTNEED = 4


def _torch_dtype(name: str) -> torch.dtype:
    dtype = getattr(torch, name, None)
    if not isinstance(dtype, torch.dtype):
        from .errors import UnsupportedDtypeError

        raise UnsupportedDtypeError(name, hint=f"torch {torch.__version__} has no such dtype")
    return dtype



def _root_and_offset(storage: StorageRef) -> tuple[StorageRef, int]:
    offset = 0
    while storage.base is not None:
        offset += storage.base_offset
        storage = storage.base
    return storage, offset


def _device(spec: Any, *, location: str, path: str | None) -> torch.device:
    try:
        device = torch.device(spec)
    except (RuntimeError, TypeError, ValueError):
        raise TorchckptError(f"map_location gives {spec!r} for {location!r}, which is not a torch device",
                             path=path, hint="use 'cpu', 'cuda:0', a torch.device, a dict or a callable") from None
    available = True
    if device.type == "cuda":
        available = torch.cuda.is_available() and (device.index is None or device.index < torch.cuda.device_count())
    elif device.type == "mps":
        available = torch.backends.mps.is_available()
    if not available:
        raise DeviceUnavailableError(str(device), path=path, saved_on=location)
    return device


class _Materializer:
    """Torch tensors over a checkpoint's storages: one byte tensor per root storage (and device),
    so tensors that share a storage in the file share memory in the result.

    ``shared=False`` is for tensors that are only read (``load_into``): in-memory bytes are then
    used in place and misaligned tensors are copied one by one rather than whole storages.
    ``copy=True`` gives CPU tensors memory of their own instead of the file's map.
    """

    # Storages up to this size that :meth:`pack` copies into one block; bigger ones get a copy
    # of their own (the copy costs more than the call, and each can be freed on its own).
    PACK_MAX = 1 << 20

    def __init__(self, ckpt: Checkpoint, *, map_location: MapLocation, shared: bool, copy: bool = False):
        self.ckpt = ckpt
        self.map_location = map_location
        self.shared = shared
        self.copy = copy
        self._cpu: dict[int, torch.Tensor] = {}
        self._packed: dict[int, tuple[torch.Tensor, int]] = {}  # root -> (block, where its bytes start)
        self._ready: dict[int, torch.Tensor] = {}  # id(TensorRef) -> its tensor, made by pack()
        self._devices: dict[Any, torch.device] = {}
        self._placed: dict[tuple[int, str], torch.Tensor] = {}
        self._typed: dict[tuple[int, str, torch.dtype], torch.Tensor] = {}

    def pack(self, refs: Iterable[TensorRef]) -> None:
        """Copy ONNX's small tensors into one aligned block and make them views of it, in bulk,
        before :meth:`tensor` hands them out.

        ONNX puts each ``raw_data`` wherever protobuf's framing leaves it (misaligned, most of
        them) and gives every tensor a storage of its own: a ``clone``, or a ``frombuffer`` and a
        typed view, per tensor and then an ``as_strided`` each made loading a file of a few
        hundred small initializers slower than ``onnx.load``. Here tensors lie one after another
        in the block, 16-byte aligned, in groups that one ``split`` turns into views: tensors of
        one dtype whose rows (all but the first dimension) are alike and a multiple of 16 bytes
        (conv and linear weights), and the other tensors of a dtype (biases, normalization
        parameters; those not 1-D get their shape with a ``view`` each). One allocation and a
        memcpy a tensor, as ``onnx.load`` pays. ONNX only: its tensors have no storages to be
        faithful to, while torch files' tensors keep torch.load's storages
        (``storage_offset()``, views sharing a storage).
        """
        mapping = self.ckpt.mapping
        if not self.shared or mapping is None or self._is_callable() or self.ckpt.format != "onnx":
            return
        # One pass that only reads attributes: it runs for every tensor of the file.
        size, limit = len(mapping), self.PACK_MAX
        dtypes: dict[str, torch.dtype | None] = {}
        on_cpu: dict[str, bool] = {}
        # (dtype, row shape or () for a group of tensors of any shape) -> [(ref, file offset, nbytes)]
        groups: dict[tuple[torch.dtype, tuple[int, ...]], list[tuple[TensorRef, int, int]]] = {}
        for ref in refs:
            root = ref.storage
            if (root is None or root.base is not None or ref.kind != "dense" or ref.stride is not None or ref.offset
                    or root.byteorder != "little"):
                continue
            source, nbytes = root.source, root.nbytes
            if type(source) is not SliceSource or source.buf is not mapping or not 0 < nbytes <= limit:
                continue
            start = source.start
            name = ref.dtype.name
            if name in dtypes:
                dtype = dtypes[name]
            else:
                try:
                    dtype = dtypes[name] = _torch_dtype(name)
                except TorchckptError:
                    dtype = dtypes[name] = None
            cpu = on_cpu.get(root.location)
            if cpu is None:
                cpu = on_cpu[root.location] = self._resolve(root).type == "cpu"
            shape = ref.shape
            if dtype is None or not cpu or start + nbytes > size or math.prod(shape) * dtype.itemsize != nbytes:
                continue  # tensor() takes it (and says what is wrong with it)
            rows = shape[1:] if len(shape) > 1 and nbytes // shape[0] % 16 == 0 else ()
            group = groups.get((dtype, rows))
            if group is None:
                group = groups[dtype, rows] = []
            group.append((ref, start, nbytes))
        if not groups:
            return
        # a remote file's map fetches what is read, but the copy below reads through the buffer protocol
        need_many(mapping, [(start, start + nbytes) for members in groups.values() for _, start, nbytes in members])
        total = sum(-(-nbytes // 16) * 16 for members in groups.values() for _, _, nbytes in members)
        block = torch.empty(total, dtype=torch.uint8)
        dest = memoryview((ctypes.c_ubyte * total).from_address(block.data_ptr())).cast("B")
        pos = 0
        ready = self._ready
        with memoryview(mapping) as src:  # released at once: a live export would keep the map from closing
            for (dtype, rows), members in groups.items():
                begin, itemsize = pos, dtype.itemsize
                sizes: list[int] = []  # of the pieces the split makes: rows, or elements
                first: list[int] = []  # each tensor's piece
                for ref, start, nbytes in members:
                    dest[pos:pos + nbytes] = src[start:start + nbytes]
                    self._packed[id(ref.storage)] = (block, pos)
                    first.append(len(sizes))
                    padded = -(-nbytes // 16) * 16  # == nbytes for whole rows of a multiple of 16 bytes
                    sizes.append(ref.shape[0] if rows else nbytes // itemsize)
                    if padded != nbytes:
                        sizes.append((padded - nbytes) // itemsize)  # padding: a piece never handed out
                    pos += padded
                typed = block[begin:pos].view(dtype)
                pieces = (typed.view(-1, *rows) if rows else typed).split_with_sizes(sizes)
                for (ref, _, _), index in zip(members, first):
                    shape = ref.shape
                    ready[id(ref)] = pieces[index] if rows or len(shape) == 1 else pieces[index].view(shape)

    # bytes of root storages
    def _cpu_bytes(self, root: StorageRef) -> torch.Tensor:
        t = self._cpu.get(id(root))
        if t is not None:
            return t
        packed = self._packed.get(id(root))
        if packed is not None:
            block, pos = packed
            t = self._cpu[id(root)] = block[pos:pos + root.nbytes]
            return t
        view = root.buffer()
        if len(view) == 0:
            t = torch.empty(0, dtype=torch.uint8)
        elif view.readonly and self.shared:
            t = torch.frombuffer(bytearray(view), dtype=torch.uint8)  # bytes in memory: keep them immutable
        elif view.readonly:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")  # only ever read from
                t = torch.frombuffer(view, dtype=torch.uint8)
        else:
            t = torch.frombuffer(view, dtype=torch.uint8)
        if self.shared and t.data_ptr() % 16:
            t = t.clone()  # legacy files put storages anywhere; tensors want aligned memory
        self._cpu[id(root)] = t
        return t

    def _is_callable(self) -> bool:
        ml = self.map_location
        return ml is not None and callable(ml) and not isinstance(ml, (str, torch.device, Mapping))

    def _resolve(self, root: StorageRef) -> torch.device:
        ml = self.map_location
        if ml is None:
            spec: Any = root.location
        elif isinstance(ml, (str, torch.device)):
            spec = ml
        elif isinstance(ml, Mapping):
            spec = ml.get(root.location, root.location)
        else:  # a callable: _placed_bytes calls it
            spec = root.location
        key = (spec, root.location)
        device = self._devices.get(key)
        if device is None:  # once per location: parsing and probing a device costs more than the view
            device = self._devices[key] = _device(spec, location=root.location, path=self.ckpt.path)
        return device

    def device_for(self, storage: StorageRef) -> torch.device:
        """Where ``map_location`` sends tensors of ``storage``."""
        root, _ = _root_and_offset(storage)
        return self._placed_bytes(root).device if self._is_callable() else self._resolve(root)

    def _placed_bytes(self, root: StorageRef) -> torch.Tensor:
        ml = self.map_location
        if self._is_callable():
            cached = self._placed.get((id(root), "callable"))
            if cached is None:
                cpu = self._cpu_bytes(root)
                relocate = cast(Callable[[torch.UntypedStorage, str], Any], ml)  # _is_callable() said so
                result = relocate(cpu.untyped_storage(), root.location)
                if result is None:
                    cached = self._to(cpu, _device(root.location, location=root.location, path=self.ckpt.path))
                else:
                    storage = getattr(result, "_untyped_storage", result)
                    if not isinstance(storage, torch.UntypedStorage):
                        raise TypeError(f"map_location returned {type(result).__name__}; it must return a storage "
                                        "or None")
                    cached = torch.empty(0, dtype=torch.uint8, device=storage.device).set_(storage)
                    if self.copy and storage.device.type == "cpu" and storage.data_ptr() == cpu.data_ptr():
                        cached = cached.clone()
                self._placed[(id(root), "callable")] = cached
            return cached
        device = self._resolve(root)
        cpu = self._cpu_bytes(root)
        if device.type == "cpu" and (not self.copy or id(root) in self._packed):
            return cpu
        cached = self._placed.get((id(root), str(device)))
        if cached is None:
            cached = cpu.clone() if device.type == "cpu" else self._to(cpu, device)
            self._placed[(id(root), str(device))] = cached
        return cached

    def _to(self, cpu: torch.Tensor, device: torch.device) -> torch.Tensor:
        if device.type == "cpu":
            return cpu
        try:
            return cpu.to(device)
        except (RuntimeError, AssertionError):
            raise DeviceUnavailableError(str(device), path=self.ckpt.path) from None

    # tensors
    def tensor(self, ref: TensorRef, *, name: str, placed: bool = True) -> torch.Tensor:
        """``ref`` as a torch tensor; ``placed=False`` leaves it on the CPU, over the file's bytes."""
        # Called once a tensor: files of 100k tensors, ONNX's hundreds of small initializers.
        ready = self._ready.pop(id(ref), None)
        if ready is not None:
            return ready  # on the CPU, where pack() checked map_location sends it
        dtype = _torch_dtype(ref.dtype.name)
        shape = ref.shape
        stride = ref.stride if ref.stride is not None else contiguous_stride(shape)
        kind, storage = ref.kind, ref.storage
        if kind == "meta":
            return torch.empty_strided(shape, stride, dtype=dtype, device="meta")
        if (kind != "dense" and kind != "subclass") or storage is None:
            raise UnsupportedTensorError(name, kind if storage is not None or kind != "dense" else "storage-less",
                                         hint="torchckpt loads dense tensors only")
        ref.check_bounds()
        root, base_offset = (storage, 0) if storage.base is None else _root_and_offset(storage)
        itemsize = ref.dtype.itemsize
        if root.byteorder == "big" and itemsize > 1:
            array = ref.numpy(raw=True)  # byte-swapped copy
            out = torch.from_numpy(array).view(dtype)
            return out.to(self._placed_bytes(root).device) if placed else out
        start = base_offset + ref.offset * itemsize
        packed = self._packed.get(id(root))
        if packed is not None and (not placed or self._resolve(root).type == "cpu"):
            # a view of the packed block itself: no per-storage tensor on the way
            base, block_start = packed
            start += block_start
            owner, device = id(base), "cpu"
        else:
            base = self._placed_bytes(root) if placed else self._cpu_bytes(root)
            owner, device = id(root), str(base.device)
        if 0 in shape:
            return torch.empty_strided(shape, stride, dtype=dtype, device=base.device)
        if start % itemsize == 0 and base.data_ptr() % itemsize == 0:
            cache_key = (owner, device, dtype)
            typed = self._typed.get(cache_key)
            if typed is None:
                usable = base.numel() - base.numel() % itemsize
                typed = self._typed[cache_key] = base[:usable].view(dtype)
            return typed.as_strided(shape, stride, start // itemsize)
        chunk = base[start:start + ref.span_bytes].clone()  # misaligned: an aligned copy of this one
        return chunk.view(dtype).as_strided(shape, stride, 0)

    def file_address(self, ref: TensorRef) -> int:
        """Where ``ref``'s first byte is in memory as read from the file (before any copy)."""
        assert ref.storage is not None  # only dense tensors with data are read directly
        root, base_offset = _root_and_offset(ref.storage)
        return self._cpu_bytes(root).data_ptr() + base_offset + ref.offset * ref.dtype.itemsize

    def clear(self) -> None:
        self._cpu.clear()
        self._packed.clear()
        self._ready.clear()
        self._placed.clear()
        self._typed.clear()


class _PageReleaser:
    """Gives mapped file pages back once copied, so the file's pages and the model's never
    both count in memory. Linux only: elsewhere the kernel reclaims them under pressure."""

    def __init__(self, ckpt: Checkpoint):
        self.start = self.end = 0
        self._madvise = None
        buf = ckpt.mapping
        if not sys.platform.startswith("linux") or not isinstance(buf, mmap.mmap) or len(buf) == 0:
            return
        try:
            import numpy as np

            array = np.frombuffer(buf, dtype=np.uint8)
            self.start = array.ctypes.data
            self.end = self.start + len(buf)
            del array
            libc = ctypes.CDLL(None, use_errno=True)
            self._madvise = libc.madvise
            self._madvise.argtypes = (ctypes.c_void_p, ctypes.c_size_t, ctypes.c_int)
            self._madvise.restype = ctypes.c_int
        except (OSError, AttributeError, ValueError, TypeError):
            self._madvise = None

    def release(self, ptr: int, nbytes: int) -> None:
        if self._madvise is None or nbytes < mmap.PAGESIZE or not self.start <= ptr < self.end:
            return
        first = ptr - (ptr - self.start) % mmap.PAGESIZE
        last = min(self.end, ptr + nbytes)
        # Pages only ever read: dropping them loses nothing (a later read maps them again).
        self._madvise(first, last - first, _MADV_DONTNEED)


class _DirectReader:
    """Reads tensor bytes with ``pread`` straight into their destination, on a few threads: no
    page of the file is mapped on the way, so nothing needs releasing and loaded memory is the
    model's alone.

    Only for the very file that was mapped: the path is opened again and must be the same inode,
    unchanged, as before the map was made (else everything copies through the map)."""

    MIN_BYTES = 1 << 16  # below this, copying through the map costs less than a syscall
    CHUNK = 8 << 20

    def __init__(self, ckpt: Checkpoint, before: os.stat_result | None, releaser: _PageReleaser):
        self.fd = -1
        self.path = ckpt.path
        self.releaser = releaser
        self._pool: Any = None
        self._pending: list[Any] = []
        self._targets: set[int] = set()
        if before is None or releaser.end == 0 or not hasattr(os, "preadv"):
            return
        try:
            fd = os.open(ckpt.path, os.O_RDONLY | getattr(os, "O_CLOEXEC", 0))
        except OSError:
            return
        now = os.fstat(fd)
        same = (now.st_dev, now.st_ino, now.st_size, now.st_mtime_ns) == \
            (before.st_dev, before.st_ino, before.st_size, before.st_mtime_ns)
        if same and now.st_size == releaser.end - releaser.start:
            self.fd = fd
        else:
            os.close(fd)

    def accepts(self, dest: torch.Tensor, ref: TensorRef, address: int) -> bool:
        nbytes = ref.nbytes
        return not (self.fd < 0 or nbytes < self.MIN_BYTES or dest.device.type != "cpu" or not dest.is_contiguous()
                    or dest.dtype != _torch_dtype(ref.dtype.name) or dest.numel() != ref.numel or dest.is_conj()
                    or dest.is_neg() or type(dest) not in (torch.Tensor, nn.Parameter) or not ref.is_contiguous
                    or ref.storage is None or (ref.storage.root.byteorder != sys.byteorder and ref.dtype.itemsize > 1)
                    or not self.releaser.start <= address <= self.releaser.end - nbytes
                    # the kernel copies misaligned bytes slower than torch does from the map
                    or (address - self.releaser.start - dest.data_ptr()) % 64)

    def before_write(self, dest: torch.Tensor) -> None:
        """Call before writing ``dest`` any other way: a read into it may still be running."""
        if dest.data_ptr() in self._targets:
            self.wait()

    def submit(self, dest: torch.Tensor, ref: TensorRef, address: int) -> None:
        """Queue reads that fill ``dest`` (see :meth:`accepts`) from the file."""
        self.before_write(dest)
        nbytes = ref.nbytes
        view = memoryview((ctypes.c_ubyte * nbytes).from_address(dest.data_ptr())).cast("B")
        offset = address - self.releaser.start  # the map starts at the file's first byte
        workers = max(1, min(8, torch.get_num_threads()))
        self._targets.add(dest.data_ptr())
        if workers == 1:
            self._read(view, offset, ref)
            return
        if self._pool is None:
            from concurrent.futures import ThreadPoolExecutor

            self._pool = ThreadPoolExecutor(workers, thread_name_prefix="torchckpt-load")
        for start in range(0, nbytes, self.CHUNK):
            piece = view[start:start + self.CHUNK]
            # dest stays referenced until the read is done: its memory must outlive the thread's write
            self._pending.append(self._pool.submit(self._read, piece, offset + start, ref, dest))

    def _read(self, view: memoryview, offset: int, ref: TensorRef, keep: Any = None) -> None:
        done = 0
        while done < len(view):
            n = os.preadv(self.fd, [view[done:]], offset + done)
            if n <= 0:
                from .errors import CorruptFileError

                raise CorruptFileError(f"the file ended while reading {ref.name or 'a tensor'!r}",
                                       path=self.path, hint="it was truncated while loading; load it again")
            done += n

    def wait(self) -> None:
        """Wait for every queued read; the first failure is raised once all have stopped."""
        pending, self._pending = self._pending, []
        self._targets.clear()
        error = None
        for future in pending:
            try:
                future.result()
            except BaseException as exc:  # noqa: BLE001 - every read must stop before anything is raised
                error = error or exc
        if error is not None:
            raise error

    def close(self) -> None:
        """Stop cleanly; read errors were raised by :meth:`wait` on the normal path."""
        try:
            self.wait()
        except BaseException:  # noqa: BLE001 - already failing: keep the first error, not this one
            pass
        finally:
            if self._pool is not None:
                self._pool.shutdown()
                self._pool = None
            if self.fd >= 0:
                os.close(self.fd)
                self.fd = -1


# --- applying -------------------------------------------------------------------------------------
def _adapt_conv(weight: torch.Tensor, in_chans: int) -> torch.Tensor:
    """timm's ``adapt_input_conv``, for any conv rank and any source channel count."""
    w = weight.float()
    out_ch, i_src = w.shape[:2]
    kernel = tuple(w.shape[2:])
    if i_src > 3 and i_src % 3 == 0 and in_chans == i_src // 3:
        return w.reshape(out_ch, i_src // 3, 3, *kernel).sum(dim=2)  # space-to-depth stems
    if in_chans == 1:
        return w.sum(dim=1, keepdim=True)
    repeat = math.ceil(in_chans / i_src)
    w = w.repeat(1, repeat, *([1] * len(kernel)))[:, :in_chans]
    w *= i_src / float(in_chans)
    return w


def _apply(plan: _Plan, ckpt: Checkpoint, *, map_location: MapLocation,
           before: os.stat_result | None = None) -> None:
    mat = _Materializer(ckpt, map_location=map_location if map_location is not None else "cpu", shared=False)
    releaser = _PageReleaser(ckpt)
    direct = _DirectReader(ckpt, before, releaser)
    fresh: dict[int, torch.Tensor] = {}  # meta target -> its materialised replacement
    try:
        with torch.no_grad():
            for item in plan.items:
                target = item.target
                if target.is_meta:
                    dest = fresh.get(id(target))
                    if dest is None:
                        assert item.ref.storage is not None  # the plan holds loadable tensors only
                        device = mat.device_for(item.ref.storage)
                        make = torch.zeros if item.action == "adapt_rows" else torch.empty
                        dest = make(target.shape, dtype=target.dtype, device=device)
                        fresh[id(target)] = dest
                        if item.action == "adapt_rows" and target.shape[0] > item.ref.shape[0]:
                            plan.report.notes.append(f"{item.key}: the model was on the meta device, so rows "
                                                     f"{item.ref.shape[0]}.. are zeros, not an init")
                else:
                    dest = target
                address = mat.file_address(item.ref)
                if item.action == "copy" and direct.accepts(dest, item.ref, address):
                    direct.submit(dest, item.ref, address)
                    continue
                direct.before_write(dest)
                src = mat.tensor(item.ref, name=item.file_key, placed=False)
                if item.action == "copy":
                    dest.copy_(src)
                elif item.action == "adapt_conv":
                    dest.copy_(_adapt_conv(src, dest.shape[1]))
                else:
                    n = min(src.shape[0], dest.shape[0])
                    dest[:n].copy_(src[:n])
                del src
                releaser.release(address, item.ref.span_bytes)
            direct.wait()
            if fresh:
                _assign(plan, fresh)
    finally:
        direct.close()
        mat.clear()


def _assign(plan: _Plan, fresh: dict[int, torch.Tensor]) -> None:
    """Put materialised tensors in place of meta ones; a tied parameter stays one parameter."""
    params: dict[int, nn.Parameter] = {}
    for key, target in plan.model.state_dict(keep_vars=True).items():
        if not isinstance(target, torch.Tensor) or id(target) not in fresh:
            continue
        owner, name = _owner(plan.model, key)
        if owner is None:
            continue
        new = fresh[id(target)]
        if name in owner._parameters:
            param = params.get(id(target))
            if param is None:
                param = params[id(target)] = nn.Parameter(new, requires_grad=target.requires_grad)
            owner._parameters[name] = param
        elif name in owner._buffers:
            owner._buffers[name] = new
    remaining = [name for name, t in [*plan.model.named_parameters(), *plan.model.named_buffers()] if t.is_meta]
    if remaining:
        plan.report.notes.append(f"{len(remaining)} tensors stay on the meta device (not in the file, not loaded, "
                                 f"or non-persistent buffers): {_shown(remaining, 3)}")
