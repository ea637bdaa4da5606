"""``convert`` and ``slim``: rewrite a checkpoint's weights as safetensors, a weights-only torch
file, TensorRT ``.wts`` or ``.npz`` — streaming, in bounded memory, without torch.

Which weights: the policy every command shares (:mod:`torchckpt.weights`): ``key`` picks a
subtree and names are relative to it; without it, a file that is just weights converts whole
and a training checkpoint converts its state dict — the EMA copy when it matches the model,
as ultralytics and timm load it (``prefer="model"`` for the raw weights). The first message
says what was chosen, why, and how to choose otherwise.

``slim`` is ultralytics' ``strip_optimizer`` for any checkpoint: keep one copy of the weights
(EMA when present) and plain metadata (epoch, dates, hyper-parameters as plain data), drop
optimizer, scheduler, scaler and RNG states, other weight copies and pickled objects;
the result is a torch file ``torch.load(weights_only=True)`` reads.
"""

from __future__ import annotations

import os
import re
from collections import OrderedDict
from dataclasses import asdict, dataclass, field
from typing import Any

from ._outputs import refuse_overwrite
from ._wording import option
from .checkpoint import Checkpoint
from .dtypes import DType, by_name
from .errors import NoWeightsError, TorchckptError, UnsupportedDtypeError, UnsupportedTensorError
from .formats.writers import (
    ConvertError,
    OutputError,
    OutputFiles,
    SourceReader,
    TensorItem,
    write_npz,
    write_safetensors,
    write_sharded_safetensors,
    write_torch_zip,
    write_wts,
)
from .model import StorageRef, TensorRef
from .vocab import CAST_DTYPES, OUTPUT_FORMATS, PREFER_CHOICES, Prefer
from .weights import WeightsChoice, choose, is_ema, wrapper_prefix

__all__ = ["ConvertError", "ConvertReport", "OutputError", "convert",
           "output_format", "parse_size", "slim"]

KEEP_CHOICES = PREFER_CHOICES  # slim's --keep: the same choice as --weights

_SUFFIXES = {".safetensors": "safetensors", ".pt": "torch", ".pth": "torch", ".bin": "torch", ".ckpt": "torch",
             ".wts": "wts", ".npz": "npz"}
_FORMAT_ALIASES = {"safetensors": "safetensors", "st": "safetensors", "torch": "torch", "pt": "torch",
                   "pth": "torch", "bin": "torch", "torch-zip": "torch", "wts": "wts", "tensorrt": "wts",
                   "npz": "npz", "numpy": "npz"}
# Top-level entries slim drops even when they are plain data: training state, not model metadata.
# (EMA copies other than the one kept go too: weights.is_ema.)
_TRAINING_STATE = re.compile(r"optim|sched|scaler|updates|rng|random|generator|grad|loops|callbacks", re.I)
_MAX_METADATA_NODES = 10_000


@dataclass
class ConvertReport:
    """What ``convert``/``slim`` did. ``messages`` are one-line notes for the user (the CLI
    prints them): what was selected and how to select otherwise, prefixes, tied weights..."""

    source: str
    destination: str
    format: str
    selection: str | None  # the subtree written ("" the whole file, None: every tensor, no state dict found)
    tensors: int
    parameters: int
    source_size: int
    output_size: int
    files: list[str] = field(default_factory=list)
    dtype: str | None = None
    cast: int = 0
    tied: list[list[str]] = field(default_factory=list)
    skipped: list[dict[str, str]] = field(default_factory=list)
    stripped_prefix: str = ""
    kept: list[str] = field(default_factory=list)
    dropped: list[str] = field(default_factory=list)
    messages: list[str] = field(default_factory=list)

    @property
    def message(self) -> str:
        return "\n".join(self.messages)

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


# --- options --------------------------------------------------------------------------------------

def output_format(dst: str | os.PathLike[str], to: str | None = None) -> str:
    """``safetensors``, ``torch``, ``wts`` or ``npz``: from ``to`` when given, else from DST's suffix.

    >>> output_format("model.safetensors"), output_format("out.bin", "npz")
    ('safetensors', 'npz')
    """
    if to is not None:
        fmt = _FORMAT_ALIASES.get(to.lower().lstrip("."))
        if fmt is None:
            raise ConvertError(f"unknown output format {to!r}", hint=f"use one of {', '.join(OUTPUT_FORMATS)}")
        return fmt
    suffix = os.path.splitext(os.fspath(dst))[1].lower()
    fmt = _SUFFIXES.get(suffix)
    if fmt is None:
        raise ConvertError(f"cannot tell the output format from the suffix {suffix or '(none)'!r}",
                           path=os.fspath(dst),
                           hint="name it .safetensors, .pt/.pth/.bin, .wts or .npz, or pass "
                                f"{option('to', placeholder='FORMAT')}")
    return fmt


_SIZE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([kmgt]?)(i?)b?\s*$", re.I)


def parse_size(size: int | str) -> int:
    """Bytes from ``2GB`` (10**9), ``500MB``, ``1.5GiB`` (2**30) or a plain number.

    >>> parse_size("2GB"), parse_size("512MiB"), parse_size(1000)
    (2000000000, 536870912, 1000)
    """
    if isinstance(size, int) and not isinstance(size, bool):
        value = size
    else:
        m = _SIZE.match(str(size))
        if not m:
            raise ConvertError(f"cannot read the size {size!r}", hint="write it like 2GB, 500MB, 1.5GiB or 1000000")
        number, unit, binary = m.groups()
        power = "kmgt".find(unit.lower()) + 1 if unit else 0
        value = int(float(number) * (1024 if binary else 1000) ** power)
    if value <= 0:
        raise ConvertError(f"the shard size must be positive, not {size!r}",
                           hint=f"for example {option('shard_size', '2GB')}")
    return value


def _cast_dtype(dtype: str | DType | None) -> DType | None:
    if dtype is None:
        return None
    try:
        resolved = dtype if isinstance(dtype, DType) else by_name(dtype)
    except UnsupportedDtypeError:
        resolved = None
    if resolved is None or resolved.name not in CAST_DTYPES:
        raise ConvertError(f"cannot cast to {str(dtype)!r}", hint=f"choose one of {', '.join(CAST_DTYPES)}")
    return resolved


# --- selection ------------------------------------------------------------------------------------

def _choose(ckpt: Checkpoint, *, key: str | None, prefer: Prefer, verb: str) -> tuple[WeightsChoice, str]:
    """The policy's weights and the one-line note that says which (with the CLI override)."""
    try:
        choice = choose(ckpt, key=key, prefer=prefer)
    except ValueError as exc:
        raise ConvertError(str(exc), hint=f"choose one of {', '.join(PREFER_CHOICES)}") from None
    except NoWeightsError as exc:  # convert's API raises ConvertError for what it cannot convert
        raise ConvertError(exc.message, path=ckpt.path, hint=exc.hint) from None
    return choice, choice.note(verb=verb)


def _rename(tensors: dict[str, TensorRef], strip_prefix: str | None, path: str, *,
            lightning: bool = False) -> tuple[list[tuple[str, TensorRef]], str, str | None]:
    names = list(tensors)
    wrapper = wrapper_prefix(names)
    if strip_prefix is None:
        note = None
        if wrapper:
            note = (f"every name starts with {wrapper!r} (a DataParallel/DDP or torch.compile wrapper); "
                    f"pass {option('strip_prefix', wrapper)} (or 'auto') to remove it")
        elif lightning and names and all(n.startswith("model.") for n in names):
            note = ("every name starts with 'model.' (a Lightning module's attribute); "
                    f"pass {option('strip_prefix', 'model.')} to load the weights into the bare model")
        return list(tensors.items()), "", note
    prefix = wrapper if strip_prefix == "auto" else strip_prefix
    if not prefix:
        return list(tensors.items()), "", "no wrapper prefix to strip: names kept as they are"
    renamed = [(n[len(prefix):] if n.startswith(prefix) else n, ref) for n, ref in tensors.items()]
    stripped = sum(1 for n in names if n.startswith(prefix))
    note = f"stripped {prefix!r} from every name" if strip_prefix == "auto" else None
    if stripped == 0:
        note = f"no name starts with {prefix!r}: names kept as they are"
    elif stripped < len(names):
        note = f"stripped {prefix!r} from {stripped} of {len(names)} names (the others do not start with it)"
    seen: dict[str, int] = {}
    for new, _ in renamed:
        seen[new] = seen.get(new, 0) + 1
    clashes = [n for n, c in seen.items() if c > 1]
    if clashes:
        raise ConvertError(f"stripping {prefix!r} makes names collide ({', '.join(repr(n) for n in clashes[:3])})",
                           path=path, hint=f"convert without {option('strip_prefix')}, or pick a subtree with "
                                          f"{option('key', placeholder='PATH')}")
    return renamed, prefix if stripped else "", note


# --- planning -------------------------------------------------------------------------------------

def _origin(ref: TensorRef, storage: StorageRef) -> tuple[int, int]:
    """Where ``ref``'s bytes start: its root storage (views followed to their base) and the byte offset in it."""
    offset = ref.offset * ref.dtype.itemsize
    while storage.base is not None:
        offset += storage.base_offset
        storage = storage.base
    return id(storage), offset


def _output_dtype(ref: TensorRef, target: DType | None, fmt: str) -> tuple[DType | None, str | None]:
    """The dtype ``ref`` is written as, or ``None`` and why the format cannot hold it."""
    dtype = target if target is not None and ref.dtype.is_float and ref.dtype != target else ref.dtype
    if fmt == "safetensors" and dtype.safetensors is None:
        return None, f"safetensors has no {dtype.name} type"
    if fmt == "npz" and dtype.numpy is None:
        if dtype.is_float:
            return by_name("float32"), None  # bfloat16/float8 have no numpy type: decoded exactly
        return None, f"numpy has no {dtype.name} type"
    if fmt == "wts" and not (dtype.is_float or dtype.name in ("int64", "int32", "int16", "int8", "uint8", "bool",
                                                               "uint16", "uint32", "uint64")):
        return None, f".wts holds real numbers, not {dtype.name}"
    return dtype, None


@dataclass
class _Plan:
    """What a conversion writes: the tensors, what it skips, tied names, notes and counts."""

    items: list[TensorItem]
    skipped: list[dict[str, str]]
    tied: list[list[str]]
    notes: list[str]
    cast: int
    parameters: int


def _plan(named: list[tuple[str, TensorRef]], *, fmt: str, target: DType | None, skip_unsupported: bool,
          path: str) -> _Plan:
    items: list[TensorItem] = []
    skipped: list[dict[str, str]] = []
    # (root storage, byte offset, shape, stride or None when contiguous, dtype name): equal keys are one tensor
    by_origin: dict[tuple[int, int, tuple[int, ...], tuple[int, ...] | None, str], TensorItem] = {}
    groups: dict[int, list[str]] = {}
    locations: set[str] = set()
    big_endian = decoded = cast = parameters = 0
    for name, ref in named:
        if ref.kind not in ("dense", "subclass") or ref.storage is None:
            kind = ref.kind if ref.kind not in ("dense", "subclass") else "storage-less"
            if not skip_unsupported:
                raise UnsupportedTensorError(name, kind, path=path,
                                             hint=f"pass {option('skip_unsupported', True)} to convert everything else")
            skipped.append({"name": name, "reason": f"{kind} tensor"})
            continue
        if fmt == "wts" and any(c.isspace() for c in name):
            raise ConvertError(f"tensor name {name!r} contains whitespace, which .wts cannot hold", path=path,
                               hint="rename it, or convert to safetensors")
        ref.check_bounds()
        dtype, why = _output_dtype(ref, target, fmt)
        if dtype is None:
            if not skip_unsupported:
                raise UnsupportedDtypeError(ref.dtype.name, path=path,
                                            hint=f"tensor {name!r}: {why}; pass "
                                                 f"{option('skip_unsupported', True)} to leave it "
                                                 "out, or convert to another format")
            skipped.append({"name": name, "reason": why or "unsupported dtype"})
            continue
        if dtype != ref.dtype:
            if target is not None and dtype == target:
                cast += 1
            else:
                decoded += 1
        item = TensorItem(name, ref, dtype)
        origin = (*_origin(ref, ref.storage), ref.shape, ref.stride if not ref.is_contiguous else None, ref.dtype.name)
        first = by_origin.get(origin)
        if first is not None and ref.numel > 0:
            item.alias_of = first
            groups.setdefault(id(first), [first.name]).append(name)
        else:
            by_origin[origin] = item
            if ref.dtype.is_float and not name.endswith(("running_mean", "running_var")):
                parameters += ref.numel
        items.append(item)
        locations.add(ref.location)
        big_endian += ref.storage.byteorder == "big" and ref.dtype.itemsize > 1
    if not items:
        raise ConvertError("nothing left to convert: every selected tensor was skipped", path=path,
                           hint=f"pick another part with {option('key', placeholder='PATH')}")
    notes = []
    tied = list(groups.values())
    if tied:
        shown = "; ".join(" = ".join(g) for g in tied[:3]) + (" ..." if len(tied) > 3 else "")
        how = ("stored once (both names share one storage)" if fmt == "torch"
               else f"written once per name ({fmt} cannot alias tensors)")
        notes.append(f"{len(tied)} tied weight group(s), {how}: {shown}")
    if skipped:
        shown = ", ".join(f"{s['name']} ({s['reason']})" for s in skipped[:4]) + (" ..." if len(skipped) > 4 else "")
        notes.append(f"skipped {len(skipped)} tensor(s) the output cannot hold: {shown}")
    if decoded:
        notes.append(f"{decoded} bfloat16/float8 tensor(s) written as float32 (exact): {fmt} has no such type")
    foreign = sorted(loc for loc in locations if loc != "cpu")
    if foreign:
        notes.append(f"storages saved on {', '.join(foreign)} are written as CPU tensors")
    if big_endian:
        notes.append(f"{big_endian} big-endian tensor(s) converted to little-endian")
    return _Plan(items, skipped, tied, notes, cast, parameters)


# --- convert / slim -------------------------------------------------------------------------------

def _open(src: str) -> Checkpoint:
    from .formats import read

    return read(src)


def _source_name(src: str) -> str:
    """The name the output's metadata records for ``src``: its last part, a folder's (``ckpt/``)
    included, without a URL's query (a presigned URL's signature) or a Hub revision."""
    if "://" in src:
        from ._remote import is_url, split_revision

        if is_url(src):
            src = split_revision(src.split("?", 1)[0].split("#", 1)[0])[0]
    return os.path.basename(src.rstrip("/\\")) or src


def _version() -> str:
    from . import __version__

    return __version__


def convert(src: str | os.PathLike[str], dst: str | os.PathLike[str], *, key: str | None = None,
            prefer: Prefer = "auto", dtype: str | DType | None = None, to: str | None = None,
            shard_size: int | str | None = None,
            strip_prefix: str | None = None, skip_unsupported: bool = False) -> ConvertReport:
    """Write the weights of ``src`` to ``dst`` (format from its suffix unless ``to``), tensor by
    tensor: memory stays bounded whatever the file size; ``dst`` appears complete or not at all.

    >>> report = torchckpt.convert("last.pt", "model.safetensors", dtype="float16")   # doctest: +SKIP
    >>> print(report.message)                                                        # doctest: +SKIP
    converting the EMA weights at 'ema' (355 tensors, 3,157,200 parameters); ...
    """
    src, dst = os.fspath(src), os.fspath(dst)
    refuse_overwrite([src], [dst])
    fmt = output_format(dst, to)
    target = _cast_dtype(dtype)
    max_shard = parse_size(shard_size) if shard_size is not None else None
    if max_shard is not None and fmt != "safetensors":
        raise ConvertError(f"{option('shard_size')} applies to safetensors output only", path=dst,
                           hint=f"name the output .safetensors or drop {option('shard_size')}")
    if fmt == "npz" and target is not None and target.name == "bfloat16":
        raise ConvertError("numpy has no bfloat16 type", path=dst,
                           hint=f"use {option('dtype', 'float16')} or float32 for .npz")
    try:
        with _open(src) as ckpt:
            selection, choice_note = _choose(ckpt, key=key, prefer=prefer, verb="converting")
            lightning = isinstance(ckpt.tree, dict) and "pytorch-lightning_version" in ckpt.tree
            named, stripped, prefix_note = _rename(selection.tensors, strip_prefix, src, lightning=lightning)
            plan = _plan(named, fmt=fmt, target=target, skip_unsupported=skip_unsupported, path=src)
            metadata = {"format": "pt", "source": _source_name(src),
                        "selection": "(whole file)" if not selection.path else selection.path,
                        "converter": f"torchckpt {_version()}"}
            if target is not None:
                metadata["dtype"] = target.name
            if stripped:
                metadata["stripped_prefix"] = stripped
            with SourceReader(ckpt) as reader, OutputFiles(protect=[src]) as out:
                if fmt == "safetensors" and max_shard is not None:
                    sinks = write_sharded_safetensors(out, dst, plan.items, reader, max_shard_bytes=max_shard,
                                                      metadata=metadata)
                elif fmt == "safetensors":
                    sinks = [write_safetensors(out, dst, plan.items, reader, metadata=metadata)]
                elif fmt == "torch":
                    root = OrderedDict((item.name, item) for item in plan.items)
                    sinks = [write_torch_zip(out, dst, root, plan.items, reader)]
                elif fmt == "wts":
                    sinks = [write_wts(out, dst, plan.items, reader)]
                else:
                    sinks = [write_npz(out, dst, plan.items, reader)]
                out.commit()
            source_size = ckpt.file_size
    except TorchckptError as exc:
        raise exc.with_path(src) from None
    files = [s.final for s in sinks]
    messages = [m for m in (choice_note, prefix_note) if m] + plan.notes
    if fmt == "safetensors" and len(files) > 1:
        messages.append(f"wrote {len(files) - 1} shards and the index {os.path.basename(files[-1])}")
    elif fmt == "safetensors" and max_shard is not None:
        messages.append("everything fits in one shard: wrote a single file and no index")
    return ConvertReport(
        source=src, destination=files[-1] if len(files) > 1 else files[0], format=fmt,
        selection=selection.path, tensors=len(plan.items), parameters=plan.parameters, source_size=source_size,
        output_size=sum(os.path.getsize(f) for f in files), files=files,
        dtype=target.name if target is not None else None, cast=plan.cast, tied=plan.tied, skipped=plan.skipped,
        stripped_prefix=stripped, kept=[selection.path] if selection.path else [], messages=messages)


def _plain(value: Any, budget: list[int]) -> tuple[bool, Any]:
    """``(True, copy)`` when ``value`` is small plain data (None, bool, int, float, str and
    lists/tuples/str-keyed dicts of them) that ``torch.load(weights_only=True)`` accepts."""
    budget[0] -= 1
    if budget[0] < 0:
        return False, None
    if value is None or isinstance(value, (bool, int, float)):
        return True, value
    if isinstance(value, str):
        return len(value) <= 65536, value
    if isinstance(value, (list, tuple)):
        out = []
        for v in value:
            ok, copy = _plain(v, budget)
            if not ok:
                return False, None
            out.append(copy)
        return True, out if isinstance(value, list) else tuple(out)
    if isinstance(value, dict):
        result: dict[str, Any] = {}
        for k, v in value.items():
            if not isinstance(k, str):
                return False, None
            ok, copy = _plain(v, budget)
            if not ok:
                return False, None
            result[k] = copy
        return True, result
    return False, None


def slim(src: str | os.PathLike[str], dst: str | os.PathLike[str], *, keep: Prefer = "auto", key: str | None = None,
         prefer: Prefer | None = None, dtype: str | DType | None = None,
         skip_unsupported: bool = False, keep_structure: bool = False) -> ConvertReport:
    """Shrink a training checkpoint to what inference and fine-tuning need, as a torch file that
    ``torch.load(weights_only=True)`` reads: one copy of the weights (EMA when present; ``keep``
    chooses, ``key`` names a subtree) as a state dict under its own key, plus the plain metadata
    (epoch, dates, train args); optimizer, scheduler, scaler, RNG states, other weight copies and
    pickled objects are dropped. A file that is only weights becomes a plain state dict.
    ``prefer`` is the same choice as everywhere else (``keep`` is its older name).
    ``keep_structure=True`` does what ultralytics' ``strip_optimizer`` does instead, keeping the
    file's pickled objects (:mod:`torchckpt.stripping`): the EMA becomes the model, optimizer and
    EMA None, the model float16; the output needs the model's classes to load, as the input did.

    >>> r = torchckpt.slim("last.pt", "best-slim.pt", dtype="float16")    # doctest: +SKIP
    >>> r.source_size, r.output_size                                      # doctest: +SKIP
    (19200000, 6300000)
    """
    src, dst = os.fspath(src), os.fspath(dst)
    refuse_overwrite([src], [dst])
    if keep_structure:
        return _strip_keeping_structure(src, dst, chosen=key is not None or prefer is not None or keep != "auto"
                                        or dtype is not None or skip_unsupported)
    target = _cast_dtype(dtype)
    suffix = os.path.splitext(dst)[1].lower()
    if _SUFFIXES.get(suffix, "torch") != "torch":
        raise ConvertError(f"slim writes a torch checkpoint, not {suffix}", path=dst,
                           hint="name the output .pt, or use `torchckpt convert` for other formats")
    try:
        with _open(src) as ckpt:
            selection, choice_note = _choose(ckpt, key=key, prefer=prefer or keep, verb="keeping")
            plan = _plan(list(selection.tensors.items()), fmt="torch", target=target,
                         skip_unsupported=skip_unsupported, path=src)
            weights = OrderedDict((item.name, item) for item in plan.items)
            tree = ckpt.tree
            kept: list[str] = []
            dropped: list[str] = []
            parts = list(ckpt.resolve(selection.path)) if selection.path and isinstance(tree, dict) else []
            if parts and any(str(k) == parts[0] for k in tree):
                root: Any = {}
                for k, v in tree.items():
                    name = str(k)
                    if name == parts[0]:
                        node: Any = weights
                        for part in reversed(parts[1:]):
                            node = {part: node}
                        root[name] = node
                        kept.append(name)
                        continue
                    training = not isinstance(k, str) or bool(_TRAINING_STATE.search(k)) or is_ema(k)
                    ok, copy = (False, None) if training else _plain(v, [_MAX_METADATA_NODES])
                    if ok:
                        root[name] = copy
                        kept.append(name)
                    else:
                        dropped.append(name)
            else:
                root = weights
                kept = [selection.path or "(all tensors)"]
                top = [str(k) for k in tree] if isinstance(tree, dict) else []
                dropped = [k for k in top if selection.path is not None and k != selection.path]
            with SourceReader(ckpt) as reader, OutputFiles(protect=[src]) as out:
                sink = write_torch_zip(out, dst, root, plan.items, reader)
                out.commit()
            source_size = ckpt.file_size
    except TorchckptError as exc:
        raise exc.with_path(src) from None
    output_size = os.path.getsize(sink.final)
    messages = [choice_note]
    if root is weights and not selection.path:
        messages.append("the file holds only weights: wrote them as a plain state dict")
    elif root is not weights:
        messages.append(f"kept {', '.join(kept)}; dropped {', '.join(dropped) or 'nothing'}")
    messages += plan.notes
    return ConvertReport(
        source=src, destination=sink.final, format="torch", selection=selection.path, tensors=len(plan.items),
        parameters=plan.parameters, source_size=source_size, output_size=output_size, files=[sink.final],
        dtype=target.name if target is not None else None, cast=plan.cast, tied=plan.tied, skipped=plan.skipped,
        kept=kept, dropped=dropped, messages=messages)


def _strip_keeping_structure(src: str, dst: str, *, chosen: bool) -> ConvertReport:
    from .stripping import strip_optimizer

    if chosen:
        raise ConvertError("--keep-structure does what ultralytics' strip_optimizer does (EMA as the model, "
                           "float16), so it takes no --keep/--weights/--key/--dtype/--skip-unsupported", path=src)
    changed, cast = strip_optimizer(src, dst)
    return ConvertReport(src, dst, "torch", "model", cast, 0, os.path.getsize(src), os.path.getsize(dst),
                         dtype="float16", cast=cast, kept=["model"], dropped=[k for k in changed if k != "epoch"],
                         messages=[f"kept the file's structure and pickled objects; set: {', '.join(changed)}; "
                                   f"it loads with torch.load(weights_only=False) where the model's classes exist"])
