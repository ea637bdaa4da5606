"""What ``inspect`` reports about a checkpoint: where the weights are, and why the file is as
big as it is. Pure data (JSON-ready dicts); rendering lives in the CLI."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from .allowlist import SAFE_GLOBALS
from .checkpoint import Checkpoint, _children, safe_repr
from .model import GlobalRef, ObjectStub, StorageRef, TensorRef
from .units import format_bytes
from .unpickler import gc_paused

__all__ = ["summarize"]

_OPTIMIZER_KEYS = ("optimizer", "optimizer_state_dict", "optimizer_state", "optim", "opt", "optimizers",
                   "optimizer_states")
_EMA_KEYS = ("ema", "model_ema", "ema_state_dict", "state_dict_ema", "ema_model")


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


def _top_key(name: str, tree: Any) -> str:
    first = name.split(".", 1)[0]
    return first if isinstance(tree, (dict, list, tuple, ObjectStub)) else ""


def summarize(ckpt: Checkpoint, *, max_tensors: int | None = None) -> dict[str, Any]:
    """Everything ``inspect --json`` prints. ``max_tensors`` caps the tensor list (None: all)."""
    with gc_paused():
        return _summarize(ckpt, max_tensors)


def _summarize(ckpt: Checkpoint, max_tensors: int | None) -> dict[str, Any]:
    tensors = ckpt.tensors()
    storages = ckpt.storages()
    tensor_bytes = sum(s.nbytes for s in storages)

    # Storage -> the tensors over it (shared storages, views of bigger storages).
    users: dict[int, list[tuple[str, TensorRef]]] = defaultdict(list)
    for name, ref in tensors.items():
        if ref.storage is not None:
            users[id(ref.storage.root)].append((name, ref))
    by_id: dict[int, StorageRef] = {id(s): s for s in storages}

    # Size breakdown: each storage's bytes go to the top-level key of its first user.
    breakdown: dict[str, int] = defaultdict(int)
    unattributed = 0
    for sid, storage in by_id.items():
        if users.get(sid):
            breakdown[_top_key(users[sid][0][0], ckpt.tree) or "(root)"] += storage.nbytes
        else:
            unattributed += storage.nbytes
    if unattributed:
        breakdown["(storages not reachable as tensors)"] += unattributed
    overhead = max(ckpt.file_size - tensor_bytes, 0)
    size_breakdown = [{"path": path, "bytes": nbytes} for path, nbytes in
                      sorted(breakdown.items(), key=lambda kv: -kv[1])]
    size_breakdown.append({"path": "(pickle, headers and padding)", "bytes": overhead})
    total = max(ckpt.file_size, 1)
    for row in size_breakdown:
        row["percent"] = round(100.0 * row["bytes"] / total, 1)

    shared, oversized = [], []
    for sid, members in users.items():
        storage = by_id.get(sid)
        if storage is None:
            continue
        if len(members) > 1:
            shared.append({"storage": storage.key, "bytes": storage.nbytes, "tensors": [n for n, _ in members]})
        used = _used_bytes([r for _, r in members])
        if used < storage.nbytes:
            oversized.append({"storage": storage.key, "storage_bytes": storage.nbytes, "used_bytes": used,
                              "tensors": [n for n, _ in members][:8]})

    dtype_rows: dict[str, dict[str, int]] = defaultdict(lambda: {"tensors": 0, "bytes": 0})
    locations: dict[str, int] = defaultdict(int)
    for ref in tensors.values():
        dtype_rows[ref.dtype.name]["tensors"] += 1
        dtype_rows[ref.dtype.name]["bytes"] += ref.nbytes
        locations[ref.location] += 1

    state_dicts = ckpt.state_dicts()
    # TorchScript's __torch__ classes are compiled from the archive's code/, not imported
    imports = sorted({g for g in ckpt.globals_used if g not in SAFE_GLOBALS and not g.startswith("__torch__.")})
    nested: dict[str, int] = defaultdict(int)
    for name in tensors:
        nested[name.split(".", 1)[0]] += 1
    tree_rows = _tree_rows(ckpt.tree, nested, breakdown)
    listed = list(tensors.items()) if max_tensors is None else list(tensors.items())[:max_tensors]
    result: dict[str, Any] = {
        "path": ckpt.path,
        "format": ckpt.format,
        "file_size": ckpt.file_size,
        "tensor_count": len(tensors),
        "tensor_bytes": tensor_bytes,
        "tensors": [_tensor_row(name, ref) for name, ref in listed],
        "state_dicts": [sd.to_json() for sd in state_dicts],
        "objects": [{"path": p, "class": c} for p, c in ckpt.objects()],
        "size_breakdown": size_breakdown,
        "dtypes": [{"dtype": k, **v} for k, v in sorted(dtype_rows.items(), key=lambda kv: -kv[1]["bytes"])],
        "locations": dict(locations),
        "shared_storages": shared,
        "oversized_storages": oversized,
        "imports": imports,
        "tree": tree_rows,
        "info": {k: v for k, v in ckpt.info.items() if _jsonable(v)},
    }
    result["hints"] = _hints(result, state_dicts)
    return result


def _tree_rows(tree: Any, nested: dict[str, int], breakdown: dict[str, int], limit: int = 200) -> list[dict[str, Any]]:
    """The top level. A root that is itself a state dict (or a flat safetensors/ONNX file) is
    shown by module, its first name component, instead of tensor by tensor."""
    children = list(_children(tree)) if isinstance(tree, (dict, list, tuple)) else [("", tree)]
    flat = isinstance(tree, dict) and sum(isinstance(v, TensorRef) for _, v in children) * 2 > len(children)
    rows: list[dict[str, Any]] = []
    grouped: set[str] = set()
    for key, value in children:
        if flat and isinstance(value, TensorRef):
            group = key.split(".", 1)[0]
            if group not in grouped:
                grouped.add(group)
                count = nested.get(group, 0)
                rows.append({"key": group, "type": "tensors" if count > 1 else "tensor",
                             "summary": f"{count} tensors" if count > 1 else _describe(value)[1],
                             "bytes": breakdown.get(group, 0)})
        else:
            kind, text = _describe(value)
            if isinstance(value, (dict, list, tuple)) and nested.get(key) and "tensors" not in text:
                text += f", {nested[key]} tensors inside"
            rows.append({"key": key, "type": kind, "summary": text, "bytes": breakdown.get(key or "(root)", 0)})
        if len(rows) >= limit:
            break
    return rows


def _used_bytes(refs: list[TensorRef]) -> int:
    spans = sorted((r.offset * r.dtype.itemsize, r.offset * r.dtype.itemsize + r.span_bytes) for r in refs)
    used, end = 0, -1
    for start, stop in spans:
        if stop <= end:
            continue
        used += stop - max(start, end)
        end = stop
    return used


def _tensor_row(name: str, ref: TensorRef) -> dict[str, Any]:
    row = {"name": name, "dtype": ref.dtype.name, "shape": list(ref.shape), "nbytes": ref.nbytes,
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



def _hints(s: dict[str, Any], state_dicts: list) -> list[str]:
    hints = []
    size = max(s["file_size"], 1)
    parts = {row["path"]: row["bytes"] for row in s["size_breakdown"]}
    for key in _OPTIMIZER_KEYS:
        if parts.get(key, 0) > 0.2 * size:
            share = f"{format_bytes(parts[key], digits=1)} ({100 * parts[key] / size:.0f}% of the file)"
            hints.append(f"optimizer state '{key}' is {share}: it is only needed to resume training; `torchckpt slim` keeps just the weights")
    weight_keys = [sd.path.split(".")[0] for sd in state_dicts if sd.path]
    emas = [k for k in _EMA_KEYS if k in parts and parts[k] > 0]
    if emas and any(k not in _EMA_KEYS for k in weight_keys):
        k = emas[0]
        hints.append(f"'{k}' is a second copy of the weights ({format_bytes(parts[k], digits=1)}); "
                     "inference needs only one")
    float32 = next((d for d in s["dtypes"] if d["dtype"] == "float32"), None)
    if float32 and float32["bytes"] > 0.5 * size:
        hints.append(f"{format_bytes(float32['bytes'], digits=1)} is float32; float16/bfloat16 would halve it "
                     "(`torchckpt convert --dtype float16`)")
    waste = sum(o["storage_bytes"] - o["used_bytes"] for o in s["oversized_storages"])
    if waste > 0:
        hints.append(f"{len(s['oversized_storages'])} storages are bigger than the tensors using them "
                     f"({format_bytes(waste, digits=1)} unused): views of larger tensors were saved whole; "
                     "`.clone()` before saving, or `torchckpt convert`, writes only their own bytes")
    for sd in state_dicts:
        if sd.prefix:
            where = f"'{sd.path}'" if sd.path else "the root state dict"
            hints.append(f"every key in {where} starts with '{sd.prefix}' (DataParallel/DDP, torch.compile or "
                         "Lightning); `torchckpt.load_into` strips it automatically")
    gpu = sorted(loc for loc in s["locations"] if loc not in ("cpu", "meta"))
    if gpu:
        hints.append(f"saved from {', '.join(gpu)}: torch.load needs map_location='cpu' on a machine without it; "
                     "torchckpt reads it anywhere")
    user = [c for c in s["imports"] if not c.startswith("torch.")]
    if user:
        shown = ", ".join(user[:4]) + (" ..." if len(user) > 4 else "")
        hints.append(f"torch.load(weights_only=False) would import {shown}: it needs that source code and runs "
                     "it; torchckpt reads the weights without it")
    return hints
