"""What ``inspect`` reports about a checkpoint: where the weights are, and why the file is as
big as it is. Pure data (:class:`InspectReport`, :class:`SubtreeReport`, whose ``to_json()`` is
what ``inspect --json`` prints); rendering lives in the CLI."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, fields

from .allowlist import SAFE_GLOBALS
from .checkpoint import Checkpoint, StateDict, _children, safe_repr, walk
from .model import GlobalRef, ObjectStub, StorageRef, TensorRef
from .units import format_bytes
from .unpickler import gc_paused
from .weights import OPTIMIZER_KEYS, candidates, choose, is_ema

TYPE_CHECKING = False

__all__ = ["InspectReport", "SubtreeReport", "summarize", "summarize_key"]


# --- the report -------------------------------------------------------------------------------------
# Rows are TypedDicts: typed for callers, and already the JSON objects `inspect --json` prints.
# Types only: at run time a row is a plain dict, and typing stays off the start-up path.
if TYPE_CHECKING:
    from typing import Any, TypedDict

    _TensorRow = TypedDict(  # noqa: UP013
        "_TensorRow", {"name": str, "dtype": str, "shape": list[int], "nbytes": int, "location": str})

    class TensorRow(_TensorRow, total=False):
        kind: str  # only when the tensor is not dense

    _TreeRow = TypedDict("_TreeRow", {"key": str, "type": str, "summary": str, "bytes": int})  # noqa: UP013

    class TreeRow(_TreeRow, total=False):
        children: list[TreeRow]  # `inspect --key`: the second level

    SizeRow = TypedDict("SizeRow", {"path": str, "bytes": int, "percent": float})  # noqa: UP013
    DtypeRow = TypedDict("DtypeRow", {"dtype": str, "tensors": int, "bytes": int})  # noqa: UP013
    SharedStorage = TypedDict("SharedStorage", {"storage": str, "bytes": int, "tensors": list[str]})  # noqa: UP013
    OversizedStorage = TypedDict("OversizedStorage", {  # noqa: UP013
        "storage": str, "storage_bytes": int, "used_bytes": int, "tensors": list[str]})
    PickledRow = TypedDict("PickledRow", {"path": str, "bytes": int})  # noqa: UP013
    ObjectRow = TypedDict("ObjectRow", {"path": str, "class": str})


@dataclass
class InspectReport:
    """What a model file holds (``torchckpt inspect``): its tensors, where the weights are
    (``state_dicts``, ``weights``: the default choice, None without tensors), why the file is this
    big (``size_breakdown``, its rows adding up to ``file_size``; ``dtypes``, ``shared_storages``,
    ``oversized_storages``, ``pickled_data``), the classes ``torch.load`` would import, the top
    level of the tree, format details (``info``) and plain-language ``hints``."""

    path: str
    format: str
    file_size: int
    tensor_count: int
    tensor_bytes: int
    tensors: list[TensorRow]
    state_dicts: list[dict[str, Any]]
    weights: dict[str, Any] | None
    objects: list[ObjectRow]
    size_breakdown: list[SizeRow]
    dtypes: list[DtypeRow]
    locations: dict[str, int]
    shared_storages: list[SharedStorage]
    oversized_storages: list[OversizedStorage]
    imports: list[str]
    tree: list[TreeRow]
    info: dict[str, Any]
    pickled_data: list[PickledRow]
    hints: list[str]

    def to_json(self) -> dict[str, Any]:
        """What ``inspect --json`` prints: the fields, in order, under their names."""
        return _as_json(self)


@dataclass
class SubtreeReport:
    """One subtree of a model file (``torchckpt inspect --key KEY``): its type and one-line
    summary, its entries two levels deep (``tree``), the tensors under it and an estimate of its
    pickled (non-tensor) bytes."""

    path: str
    format: str
    file_size: int
    key: str
    type: str
    summary: str
    tensor_count: int
    tensor_bytes: int
    pickled_bytes: int
    tree: list[TreeRow]
    tensors: list[TensorRow]

    def to_json(self) -> dict[str, Any]:
        """What ``inspect --key KEY --json`` prints: the fields, in order, under their names."""
        return _as_json(self)


def _as_json(report: InspectReport | SubtreeReport) -> dict[str, Any]:
    return {f.name: getattr(report, f.name) for f in fields(report)}



def _describe(value: Any) -> tuple[str, str]:
    """A short type name and a one-line summary of a tree node."""
    if isinstance(value, TensorRef):
        return "tensor", f"{value.dtype.name}{list(value.shape)}"
    if isinstance(value, ObjectStub):
        if value.is_module:
            return "module", value.cls
        n = len(value.attrs)
        return "object", f"{value.cls}" + (f" ({n} fields)" if n else "")
    if isinstance(value, dict):
        tensors = sum(1 for v in value.values() if isinstance(v, TensorRef))
        text = f"{len(value)} keys" + (f", {tensors} tensors" if tensors else "")
        return "dict", text
    if isinstance(value, (list, tuple)):
        return type(value).__name__, f"{len(value)} items"
    if isinstance(value, (str, bytes)):
        return type(value).__name__, safe_repr(value, 60)
    if isinstance(value, GlobalRef):
        return "global", value.qualname
    return type(value).__name__, safe_repr(value, 60)


# --- pickled (non-tensor) data ---------------------------------------------------------------------
# Formats whose non-tensor data is a pickle, so that it can be attributed to its top-level key.
_PICKLED_FORMATS = ("torch-zip", "torch-legacy", "pickle")
_SAMPLE = 512  # children of a big container looked at to estimate the rest
_VISITS = 50_000  # nodes looked at in all: bounded work whatever the file holds
_MIN_ROW = 64 << 10  # pickled data below this (or below 1% of the file) stays in the overhead row


_ASCII = bytes(range(128))


def _pickled_size(value: Any, *, protocol: int = 2, seen: set[int] | None = None) -> int:
    """Estimate the bytes ``value`` takes in a pickle stream (protocol 2+ encodings: 9 bytes a
    float, length + 5 a str or bytes, a mark per 1000 items...), tensors counted by their
    reference only (their bytes are storages). Big containers are sampled; shared objects
    (memo references) count once, across calls that pass the same ``seen``; work is bounded by
    ``_VISITS``."""
    total = 0.0
    seen = set() if seen is None else seen
    stack: list[tuple[Any, float]] = [(value, 1.0)]
    visits = 0
    while stack and visits < _VISITS:
        node, weight = stack.pop()
        visits += 1
        if node is None or isinstance(node, bool):
            total += weight
        elif isinstance(node, int):
            total += weight * (2 if 0 <= node < 256 else 3 if 0 <= node < 65536 else 5 if -2**31 <= node < 2**31
                               else 2 + (node.bit_length() + 8) // 8)
        elif isinstance(node, float):
            total += weight * 9
        elif isinstance(node, str):
            total += weight * (len(node) + 5)  # characters: close to the UTF-8 bytes for ASCII
        elif isinstance(node, (bytes, bytearray)):
            # protocols < 3 pickle bytes as _codecs.encode(latin-1 text): bytes >= 0x80 take two
            wide = len(node.translate(None, _ASCII)) if protocol < 3 else 0
            total += weight * (len(node) + wide + 5)
        elif isinstance(node, (TensorRef, StorageRef)):
            # a rebuild call and a persistent id (the data is a storage); again: a memo GET
            total += weight * (2 if id(node) in seen else 80)
            seen.add(id(node))
        elif isinstance(node, GlobalRef):
            total += weight * (len(node.module) + len(node.name) + 3)
        elif isinstance(node, (dict, list, tuple, set, frozenset, ObjectStub)):
            if id(node) in seen:
                total += weight * 2  # a memo GET
                continue
            seen.add(id(node))
            if isinstance(node, ObjectStub):
                total += weight * (len(node.cls) + 8)
                children: list[Any] = [node.args, node.state, *(v for kv in node.items for v in kv),
                                       *node.listitems]
            elif isinstance(node, dict):
                children = [v for kv in node.items() for v in kv]
            else:
                children = list(node) if not isinstance(node, (list, tuple)) else node  # type: ignore[assignment]
            n = len(children)
            total += weight * (3 + 2 * (n // 1000 + 1))  # the container, its marks and batch opcodes
            if n > _SAMPLE:
                step = n / _SAMPLE
                picked = [children[int(i * step)] for i in range(_SAMPLE)]
                stack.extend((c, weight * step) for c in picked)
            else:
                stack.extend((c, weight) for c in children)
        else:
            total += weight * 16  # complex, GlobalRef-like leaves and the rest
    return int(total)


def _pickled_data(ckpt: Checkpoint, overhead: int) -> dict[str, int]:
    """Bytes of the pickle that each big top-level entry's non-tensor data takes (estimated, and
    scaled down so that together they never exceed the file's non-tensor bytes)."""
    tree = ckpt.tree
    if ckpt.format not in _PICKLED_FORMATS or not isinstance(tree, (dict, list, tuple, ObjectStub)):
        return {}
    threshold = max(_MIN_ROW, ckpt.file_size // 100)
    if overhead < threshold:
        return {}  # no entry could get a row: skip the walk (inspect's time budget)
    protocol = ckpt.info.get("pickle_protocol")
    protocol = protocol if isinstance(protocol, int) else 2
    seen: set[int] = set()  # the pickle's memo: what one entry pickled, the next one references
    sizes: dict[str, int] = {}
    for key, value in _children(tree):
        if isinstance(value, TensorRef):
            # a tensor alone is a reference of 80 bytes at most (its bytes are a storage's), never
            # a row: only the memo notes it (a flat state dict is 100k of them)
            seen.add(id(value))
            continue
        n = _pickled_size(value, protocol=protocol, seen=seen)
        if n >= threshold and key:
            sizes[key] = n
    total = sum(sizes.values())
    if not total:
        return {}
    scale = min(1.0, 0.98 * overhead / total)  # headers, names and the zip directory stay in the overhead row
    return {key: int(n * scale) for key, n in sizes.items()}


def summarize(ckpt: Checkpoint, *, max_tensors: int | None = None) -> InspectReport:
    """Everything ``inspect`` reports. ``max_tensors`` caps the tensor list (None: all)."""
    with gc_paused():
        return _summarize(ckpt, max_tensors)


def _summarize(ckpt: Checkpoint, max_tensors: int | None) -> InspectReport:
    tensors = ckpt.tensors()
    storages = ckpt.storages()
    tensor_bytes = sum(s.nbytes for s in storages)

    # Storage -> the tensors over it (shared storages, views of bigger storages).
    users: dict[int, list[tuple[str, TensorRef]]] = defaultdict(list)
    for name, ref in tensors.items():
        if ref.storage is not None:
            users[id(ref.storage.root)].append((name, ref))
    by_id: dict[int, StorageRef] = {id(s): s for s in storages}

    # Size breakdown: each storage's bytes go to the top-level key of its first user (a tree that
    # is not a container has no keys: all to the root).
    breakdown: dict[str, int] = defaultdict(int)
    unattributed = 0
    keyed = isinstance(ckpt.tree, (dict, list, tuple, ObjectStub))
    for sid, storage in by_id.items():
        members = users.get(sid)
        if members:
            breakdown[(members[0][0].split(".", 1)[0] if keyed else "") or "(root)"] += storage.nbytes
        else:
            unattributed += storage.nbytes
    if unattributed:
        breakdown["(storages not reachable as tensors)"] += unattributed
    overhead = max(ckpt.file_size - tensor_bytes, 0)
    pickled = _pickled_data(ckpt, overhead)
    for key, nbytes in pickled.items():
        breakdown[key] += nbytes
    overhead -= sum(pickled.values())
    total = max(ckpt.file_size, 1)
    parts = [*sorted(breakdown.items(), key=lambda kv: -kv[1]), ("(pickle, headers and padding)", overhead)]
    size_breakdown: list[SizeRow] = [{"path": path, "bytes": nbytes, "percent": round(100.0 * nbytes / total, 1)}
                                     for path, nbytes in parts]

    shared: list[SharedStorage] = []
    oversized: list[OversizedStorage] = []
    for sid, members in users.items():
        found = by_id.get(sid)
        if found is None:
            continue
        storage = found
        if len(members) > 1:
            shared.append({"storage": storage.key, "bytes": storage.nbytes, "tensors": [n for n, _ in members]})
        used = _used_bytes([r for _, r in members])
        if used < storage.nbytes:
            oversized.append({"storage": storage.key, "storage_bytes": storage.nbytes, "used_bytes": used,
                              "tensors": [n for n, _ in members][:8]})

    # One pass over the tensors: counts by dtype, location and top-level key, and the table's rows
    # (each tensor's size and location computed once: inspect's time budget).
    dtype_rows: dict[str, dict[str, int]] = {}
    locations: dict[str, int] = {}
    nested: dict[str, int] = {}
    rows: list[TensorRow] = []
    for name, ref in tensors.items():
        dtype, nbytes, location = ref.dtype.name, ref.nbytes, ref.location
        counts = dtype_rows.get(dtype)
        if counts is None:
            counts = dtype_rows[dtype] = {"tensors": 0, "bytes": 0}
        counts["tensors"] += 1
        counts["bytes"] += nbytes
        locations[location] = locations.get(location, 0) + 1
        top = name.split(".", 1)[0]
        nested[top] = nested.get(top, 0) + 1
        row: TensorRow = {"name": name, "dtype": dtype, "shape": list(ref.shape), "nbytes": nbytes,
                          "location": location}
        if ref.kind != "dense":
            row["kind"] = ref.kind
        rows.append(row)

    state_dicts = ckpt.state_dicts()
    weights = _weights(ckpt)
    # TorchScript's __torch__ classes are compiled from the archive's code/, not imported
    imports = sorted({g for g in ckpt.globals_used if g not in SAFE_GLOBALS and not g.startswith("__torch__.")})
    tree_rows = _tree_rows(ckpt.tree, nested, breakdown)
    report = InspectReport(
        path=ckpt.path,
        format=ckpt.format,
        file_size=ckpt.file_size,
        tensor_count=len(tensors),
        tensor_bytes=tensor_bytes,
        tensors=rows if max_tensors is None else rows[:max_tensors],
        state_dicts=_state_dict_rows(ckpt, state_dicts),
        weights=weights,
        objects=[{"path": p, "class": c} for p, c in ckpt.objects()],
        size_breakdown=size_breakdown,
        dtypes=[{"dtype": k, "tensors": v["tensors"], "bytes": v["bytes"]}
                for k, v in sorted(dtype_rows.items(), key=lambda kv: -kv[1]["bytes"])],
        locations=dict(locations),
        shared_storages=shared,
        oversized_storages=oversized,
        imports=imports,
        tree=tree_rows,
        info={k: v for k, v in ckpt.info.items() if _jsonable(v)},
        pickled_data=[{"path": k, "bytes": v} for k, v in sorted(pickled.items(), key=lambda kv: -kv[1])],
        hints=[],
    )
    report.hints = _hints(report, state_dicts)
    return report


def _state_dict_rows(ckpt: Checkpoint, state_dicts: list[StateDict]) -> list[dict[str, Any]]:
    """``state_dicts`` in file order, each with the policy's ``rank``, ``default``, ``ema`` and ``reason``."""
    ranked = {c.path: c for c in candidates(ckpt)} if state_dicts else {}
    return [ranked[sd.path].to_json() if sd.path in ranked else sd.to_json() for sd in state_dicts]


def _weights(ckpt: Checkpoint) -> dict[str, Any] | None:
    """The weights every command takes by default, with the one-line note (None: no tensors)."""
    from .errors import NoWeightsError

    try:
        choice = choose(ckpt)
    except NoWeightsError:
        return None
    return {**choice.to_json(), "note": choice.note(verb="commands take")}


def summarize_key(ckpt: Checkpoint, key: str, *, max_tensors: int | None = None) -> SubtreeReport:
    """What ``inspect --key KEY`` prints: the subtree at dotted path ``key`` (``optimizer.param_groups``,
    ``train_args``): its type and summary, its children (two levels), the tensors under it.
    Raises :class:`~torchckpt.errors.KeyNotFoundError` naming the keys there are."""
    with gc_paused():
        prefix = f"{key}." if key else ""
        node = ckpt.subtree(key)  # KeyNotFoundError names the keys there are
        kind, text = _describe(node)
        # the tensors under that node (not those of another branch whose dotted name reads the same)
        found = [(p, ref) for p, ref in walk(node) if isinstance(ref, TensorRef)]
        tensors = {prefix + ".".join(p) if p else key: ref for p, ref in found}
        roots = {id(r.storage.root): r.storage.root for r in tensors.values() if r.storage is not None}
        nested: dict[str, int] = defaultdict(int)
        sizes: dict[str, int] = defaultdict(int)
        counted: set[int] = set()
        for p, ref in found:
            # by child key; a flat state dict's own tensors by module, as _tree_rows groups them
            child = "" if not p else p[0].split(".", 1)[0] if len(p) == 1 else p[0]
            nested[child] += 1
            if ref.storage is not None and id(ref.storage.root) not in counted:
                counted.add(id(ref.storage.root))
                sizes[child] += ref.storage.root.nbytes
        listed = list(tensors.items()) if max_tensors is None else list(tensors.items())[:max_tensors]
        return SubtreeReport(
            path=ckpt.path, format=ckpt.format, file_size=ckpt.file_size, key=key, type=kind,
            summary=text if kind not in ("str", "bytes") else safe_repr(node, 2000),
            tensor_count=len(tensors), tensor_bytes=sum(r.nbytes for r in roots.values()),
            pickled_bytes=_pickled_size(node) if not isinstance(node, TensorRef) else 0,
            tree=_tree_rows(node, nested, sizes, depth=2, objects=True) if _is_branch(node) else [],
            tensors=[_tensor_row(name, ref) for name, ref in listed],
        )


def _is_branch(node: Any) -> bool:
    return isinstance(node, (dict, list, tuple)) or (isinstance(node, ObjectStub) and bool(list(_children(node))))


def _tree_rows(tree: Any, nested: dict[str, int] | None, breakdown: dict[str, int], limit: int = 200, *,
               depth: int = 1, objects: bool = False) -> list[TreeRow]:
    """The top level. A root that is itself a state dict (or a flat safetensors/ONNX file) is
    shown by module, its first name component, instead of tensor by tensor (``nested``: tensor
    counts by child; None: no grouping). ``depth`` 2 adds each row's own children as
    ``children``; ``objects`` opens pickled objects (not modules) like dicts."""
    opens = isinstance(tree, (dict, list, tuple)) or (objects and _is_branch(tree))
    children = list(_children(tree)) if opens else [("", tree)]
    flat = nested is not None and isinstance(tree, dict) \
        and sum(isinstance(v, TensorRef) for _, v in children) * 2 > len(children)
    counts = nested or {}
    rows: list[TreeRow] = []
    grouped: set[str] = set()
    for key, value in children:
        if flat and isinstance(value, TensorRef):
            group = key.split(".", 1)[0]
            if group not in grouped:
                grouped.add(group)
                count = counts.get(group, 0)
                rows.append({"key": group, "type": "tensors" if count > 1 else "tensor",
                             "summary": f"{count} tensors" if count > 1 else _describe(value)[1],
                             "bytes": breakdown.get(group, 0)})
        else:
            kind, text = _describe(value)
            if isinstance(value, (dict, list, tuple)) and counts.get(key) and "tensors" not in text:
                text += f", {counts[key]} tensors inside"
            rows.append({"key": key, "type": kind, "summary": text, "bytes": breakdown.get(key or "(root)", 0)})
            if depth > 1 and _is_branch(value) and not (isinstance(value, ObjectStub) and value.is_module):
                rows[-1]["children"] = _tree_rows(value, None, {}, limit=50, objects=objects)
        if len(rows) >= limit:
            break
    return rows


def _used_bytes(refs: list[TensorRef]) -> int:
    if len(refs) == 1:  # most storages: the loop below, for one span
        ref = refs[0]
        start = ref.offset * ref.dtype.itemsize
        stop = start + ref.span_bytes
        return stop - max(start, -1) if stop > -1 else 0
    spans = sorted((r.offset * r.dtype.itemsize, r.offset * r.dtype.itemsize + r.span_bytes) for r in refs)
    used, end = 0, -1
    for start, stop in spans:
        if stop <= end:
            continue
        used += stop - max(start, end)
        end = stop
    return used


def _tensor_row(name: str, ref: TensorRef) -> TensorRow:
    row: TensorRow = {"name": name, "dtype": ref.dtype.name, "shape": list(ref.shape), "nbytes": ref.nbytes,
           "location": ref.location}
    if ref.kind != "dense":
        row["kind"] = ref.kind
    return row


def _jsonable(value: Any) -> bool:
    if isinstance(value, (str, int, float, bool)) or value is None:
        return True
    if isinstance(value, dict):
        return all(isinstance(k, str) and _jsonable(v) for k, v in value.items())
    if isinstance(value, (list, tuple)):
        return all(_jsonable(v) for v in value)
    return False



def _hints(s: InspectReport, state_dicts: list[StateDict]) -> list[str]:
    hints = []
    size = max(s.file_size, 1)
    parts = {row["path"]: row["bytes"] for row in s.size_breakdown}
    for key in OPTIMIZER_KEYS:
        if parts.get(key, 0) > 0.2 * size:
            share = f"{format_bytes(parts[key], digits=1)} ({100 * parts[key] / size:.0f}% of the file)"
            hints.append(f"optimizer state '{key}' is {share}: it is only needed to resume training; "
                         "`torchckpt slim` keeps just the weights")
    weight_keys = [sd.path.split(".")[0] for sd in state_dicts if sd.path]
    emas = [k for k in parts if is_ema(k) and parts[k] > 0]
    if emas and any(not is_ema(k) for k in weight_keys):
        k = emas[0]
        hints.append(f"'{k}' is a second copy of the weights ({format_bytes(parts[k], digits=1)}); "
                     "inference needs only one")
    float32 = next((d for d in s.dtypes if d["dtype"] == "float32"), None)
    if float32 and float32["bytes"] > 0.5 * size:
        hints.append(f"{format_bytes(float32['bytes'], digits=1)} is float32; float16/bfloat16 would halve it "
                     "(`torchckpt convert --dtype float16`)")
    float64 = next((d for d in s.dtypes if d["dtype"] == "float64"), None)
    if float64 and float64["bytes"] > 0.2 * size:
        hints.append(f"{format_bytes(float64['bytes'], digits=1)} is float64 ({float64['tensors']} tensors); training "
                     "rarely needs it: float32 would halve it, float16/bfloat16 quarter it "
                     "(`torchckpt convert --dtype float32`)")
    for row in s.pickled_data:
        if row["bytes"] > 0.2 * size:
            hints.append(f"'{row['path']}' is {format_bytes(row['bytes'], digits=1)} of pickled Python data "
                         f"({100 * row['bytes'] / size:.0f}% of the file, estimated): lists, numpy arrays or strings "
                         "stored inside the pickle; a tensor stores numbers 2-3x smaller, or `torchckpt slim` "
                         "drops what is not weights")
    waste = sum(o["storage_bytes"] - o["used_bytes"] for o in s.oversized_storages)
    if waste > 0:
        hints.append(f"{len(s.oversized_storages)} storages are bigger than the tensors using them "
                     f"({format_bytes(waste, digits=1)} unused): views of larger tensors were saved whole; "
                     "`.clone()` before saving, or `torchckpt convert`, writes only their own bytes")
    for sd in state_dicts:
        if sd.bound_method:
            hints.append("the file holds model.state_dict, the bound method, not its result: "
                         "torch.save(model.state_dict, PATH) pickles the whole model (and needs its source code to "
                         "load); save torch.save(model.state_dict(), PATH) instead. torchckpt reads its weights as "
                         "they are (convert, load_state_dict, load_into)")
        if sd.prefix:
            where = f"'{sd.path}'" if sd.path else "the root state dict"
            hints.append(f"every key in {where} starts with '{sd.prefix}' (DataParallel/DDP, torch.compile or "
                         "Lightning); `torchckpt.load_into` strips it automatically")
    gpu = sorted(loc for loc in s.locations if loc not in ("cpu", "meta"))
    if gpu:
        hints.append(f"saved from {', '.join(gpu)}: torch.load needs map_location='cpu' on a machine without it; "
                     "torchckpt reads it anywhere")
    user = [c for c in s.imports if not c.startswith("torch.")]
    if user:
        shown = ", ".join(user[:4]) + (" ..." if len(user) > 4 else "")
        hints.append(f"torch.load(weights_only=False) would import {shown}: it needs that source code and runs "
                     "it; torchckpt reads the weights without it")
    return hints
