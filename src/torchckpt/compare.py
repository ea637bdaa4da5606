"""Compare the tensors of two model files, whatever their formats: ``torchckpt.diff(a, b)``.

Names are lined up first: when one side's weights sit under a state-dict key
(``state_dict.``, ``model.``) or carry a wrapper prefix (``module.``, ``_orig_mod.``) and the
other side's do not, the views that match the most names are compared, and the report says
which. Values are compared tensor by tensor in chunks of at most ``chunk_elements`` elements:
memory stays bounded whatever the file size. Floats (bfloat16 and float8 decoded exactly)
are compared in float64 with ``|a - b| <= atol + rtol * max(|a|, |b|)`` (symmetric: A and
B can swap); integers and booleans must be equal. NaN equals NaN, inf equals the same inf.

numpy only, imported when the first tensor is compared; torch is never imported.
"""

from __future__ import annotations

import math
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .checkpoint import Checkpoint
from .errors import KeyNotFoundError, TorchckptError
from .model import TensorRef
from .vocab import DiffStatus, Prefer
from .weights import candidates, choose, detect_prefix

if TYPE_CHECKING:
    import numpy as np

__all__ = ["DiffReport", "DiffSide", "TensorDiff", "compare_arrays", "diff"]

DEFAULT_ATOL = 1e-6
DEFAULT_RTOL = 0.0
CHUNK_ELEMENTS = 1 << 20



@dataclass
class TensorDiff:
    """One name both files have. ``status``: ``equal`` (within tolerance), ``different``,
    ``shape`` (shapes differ; values not compared) or ``skipped`` (a side cannot be read:
    ``reason`` says why). ``mismatched`` counts elements outside tolerance."""

    name: str
    name_a: str
    name_b: str
    dtype_a: str
    dtype_b: str
    shape_a: tuple[int, ...]
    shape_b: tuple[int, ...]
    status: DiffStatus
    max_abs_diff: float | None = None
    max_rel_diff: float | None = None
    cosine: float | None = None
    mismatched: int = 0
    numel: int = 0
    reason: str | None = None

    @property
    def identical(self) -> bool:
        return self.status == "equal" and self.max_abs_diff == 0.0

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "name_a": self.name_a, "name_b": self.name_b, "dtype_a": self.dtype_a,
                "dtype_b": self.dtype_b, "shape_a": list(self.shape_a), "shape_b": list(self.shape_b),
                "status": self.status, "max_abs_diff": _json_float(self.max_abs_diff),
                "max_rel_diff": _json_float(self.max_rel_diff), "cosine": _json_float(self.cosine),
                "mismatched": self.mismatched, "numel": self.numel, "reason": self.reason}


@dataclass
class DiffSide:
    """One file as compared: ``root`` is the subtree compared ('' the whole file), ``prefix``
    the wrapper prefix removed from its names, ``tensors`` how many were compared out of
    ``total`` in the file."""

    path: str
    format: str
    root: str
    prefix: str
    tensors: int
    total: int

    def to_json(self) -> dict[str, Any]:
        return {"path": self.path, "format": self.format, "key": self.root, "prefix": self.prefix,
                "tensors": self.tensors, "total_tensors": self.total}


@dataclass
class DiffReport:
    """What :func:`diff` found. ``equal``: same names, same shapes, every value within
    tolerance (dtype changes alone do not count: fp32 vs its fp16 copy is equal under a loose
    ``atol``). ``identical``: equal with every difference exactly zero.

    >>> report = torchckpt.diff("model.pth", "model.safetensors")   # doctest: +SKIP
    >>> report.equal, report.max_abs_diff                             # doctest: +SKIP
    (True, 0.0)
    """

    a: DiffSide
    b: DiffSide
    atol: float
    rtol: float
    only_a: list[str] = field(default_factory=list)
    only_b: list[str] = field(default_factory=list)
    tensors: list[TensorDiff] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def equal(self) -> bool:
        return not self.only_a and not self.only_b and all(t.status == "equal" for t in self.tensors)

    @property
    def identical(self) -> bool:
        return self.equal and all(t.identical for t in self.tensors)

    @property
    def different(self) -> list[TensorDiff]:
        return [t for t in self.tensors if t.status == "different"]

    @property
    def shape_changed(self) -> list[TensorDiff]:
        return [t for t in self.tensors if t.status == "shape"]

    @property
    def dtype_changed(self) -> list[TensorDiff]:
        return [t for t in self.tensors if t.dtype_a != t.dtype_b]

    @property
    def skipped(self) -> list[TensorDiff]:
        return [t for t in self.tensors if t.status == "skipped"]

    @property
    def compared(self) -> list[TensorDiff]:
        return [t for t in self.tensors if t.status in ("equal", "different")]

    @property
    def max_abs_diff(self) -> float | None:
        return _max(t.max_abs_diff for t in self.compared)

    @property
    def max_rel_diff(self) -> float | None:
        return _max(t.max_rel_diff for t in self.compared)

    @property
    def min_cosine(self) -> float | None:
        values = [t.cosine for t in self.compared if t.cosine is not None]
        return min(values) if values else None

    def to_json(self) -> dict[str, Any]:
        return {
            "a": self.a.to_json(), "b": self.b.to_json(), "atol": self.atol, "rtol": self.rtol,
            "equal": self.equal, "identical": self.identical, "notes": self.notes,
            "only_a": self.only_a, "only_b": self.only_b,
            "shape_changed": [{"name": t.name, "shape_a": list(t.shape_a), "shape_b": list(t.shape_b)}
                              for t in self.shape_changed],
            "dtype_changed": [{"name": t.name, "dtype_a": t.dtype_a, "dtype_b": t.dtype_b}
                              for t in self.dtype_changed],
            "tensors": [t.to_json() for t in self.tensors],
            "summary": {"common": len(self.tensors), "compared": len(self.compared),
                        "equal": sum(t.status == "equal" for t in self.tensors),
                        "different": len(self.different), "shape_changed": len(self.shape_changed),
                        "skipped": len(self.skipped), "max_abs_diff": _json_float(self.max_abs_diff),
                        "max_rel_diff": _json_float(self.max_rel_diff),
                        "min_cosine": _json_float(self.min_cosine)},
        }


def diff(a: str | os.PathLike[str], b: str | os.PathLike[str], *, atol: float = DEFAULT_ATOL,
         rtol: float = DEFAULT_RTOL, key_a: str | None = None, key_b: str | None = None, prefer: Prefer = "auto",
         chunk_elements: int = CHUNK_ELEMENTS) -> DiffReport:
    """Compare every tensor of ``a`` with the tensor of the same name in ``b``.

    ``key_a``/``key_b`` pick the subtree to compare on each side (``"state_dict"``, ``"ema"``;
    ``""`` the whole file); without them the state dicts whose names match best are used, ties
    going to the weights every command takes (:mod:`torchckpt.weights`: the EMA copy when it
    matches the model; ``prefer="model"`` or ``"ema"`` restricts each side to those).

    >>> r = torchckpt.diff("ckpt.pth", "ckpt_fp16.safetensors", atol=1e-3)   # doctest: +SKIP
    >>> r.equal, f"{r.max_abs_diff:.1e}", f"{r.min_cosine:.6f}"                # doctest: +SKIP
    (True, '2.4e-04', '1.000000')
    """
    if not (atol >= 0 and rtol >= 0):
        raise ValueError(f"atol and rtol must be >= 0, got atol={atol!r} rtol={rtol!r}")
    if chunk_elements < 1:
        raise ValueError("chunk_elements must be >= 1")
    from . import open as open_checkpoint

    with open_checkpoint(a) as ca, open_checkpoint(b) as cb:
        views_a, views_b = _views(ca, key_a, prefer), _views(cb, key_b, prefer)
        va, vb = _choose_views(views_a, views_b)
        report = DiffReport(_side(ca, va), _side(cb, vb), atol=float(atol), rtol=float(rtol))
        report.notes = (_notes("A", ca, va) + _alternatives("A", views_a, va, vb) + _notes("B", cb, vb)
                        + _alternatives("B", views_b, vb, va))
        names_b = set(vb.tensors)
        report.only_a = [n for n in va.tensors if n not in names_b]
        report.only_b = [n for n in vb.tensors if n not in va.tensors]
        for name, ra in va.tensors.items():
            rb = vb.tensors.get(name)
            if rb is not None:
                report.tensors.append(_compare_refs(name, va.full[name], vb.full[name], ra, rb, atol=atol,
                                                    rtol=rtol, chunk_elements=chunk_elements, path_a=ca.path,
                                                    path_b=cb.path))
        for label, ckpt, only in (("A", ca, report.only_a), ("B", cb, report.only_b)):
            made = sum(1 for n in only if n.startswith("onnx::"))
            if ckpt.format == "onnx" and made:
                report.notes.append(f"{label}: {made} initializers have exporter-made names (onnx::...): "
                                    "exporters fold BatchNorm into convolutions and rename what they fold, so "
                                    "only the names that survive are compared")
        if report.only_a and report.only_b and not report.tensors:
            report.notes.append("no tensor names in common; pick the subtrees with --key-a/--key-b")
        return report


# --- which names to compare -----------------------------------------------------------------------
@dataclass
class _View:
    """One way to name a file's tensors for comparison: a weights root, the prefix dropped, and its cost."""

    root: str
    prefix: str
    tensors: dict[str, TensorRef]  # compared name -> tensor
    full: dict[str, str]  # compared name -> name in the file
    cost: int  # how far the names are from the file's own
    rank: int  # the weights policy's rank of the root (0: what every command takes by default)
    order: int
    reason: str = ""


def _views(ckpt: Checkpoint, key: str | None, prefer: Prefer = "auto") -> list[_View]:
    everything = ckpt.tensors()
    bases: list[tuple[str, dict[str, TensorRef], int, str]] = []
    if key is not None:
        bases.append((key, _under(ckpt, key), 0, "as asked"))
    else:
        ranked = candidates(ckpt, prefer=prefer)
        if prefer != "auto" and ranked:
            choose(ckpt, prefer=prefer)  # says so when the file has no weights of that kind
        default_ema = bool(ranked) and ranked[0].ema
        root_rank = next((c.rank for c in ranked if c.path == ""), len(ranked) + 1)
        whole = dict(everything)
        if isinstance(ckpt.tree, TensorRef):  # a bare tensor: compared under the name every command gives it
            choice = choose(ckpt)
            whole, reason = dict(choice.tensors), choice.reason
        bases.append(("", whole, root_rank, reason if isinstance(ckpt.tree, TensorRef) else ""))
        for c in ranked:
            if c.path and (prefer == "auto" or c.ema == default_ema):
                bases.append((c.path, _under(ckpt, c.path), c.rank, c.reason))

    views: list[_View] = []
    seen: set[tuple[str, tuple[str, ...]]] = set()
    for root, tensors, rank, reason in bases:
        prefix, _ = detect_prefix(list(tensors))
        strips = ("", prefix) if prefix else ("",)
        for strip in strips:
            names = {name[len(strip):]: name for name in tensors}
            signature = (root, tuple(names))
            if signature in seen:
                continue
            seen.add(signature)
            full = {short: (f"{root}.{name}" if root else name) for short, name in names.items()}
            views.append(_View(root, strip, {short: tensors[name] for short, name in names.items()}, full,
                               cost=(1 if root else 0) + (1 if strip else 0), rank=rank, order=len(views),
                               reason=reason))
    return views


def _under(ckpt: Checkpoint, key: str) -> dict[str, TensorRef]:
    if not key:
        return dict(ckpt.tensors())
    lead = key + "."
    found = {name[len(lead):]: ref for name, ref in ckpt.tensors().items() if name.startswith(lead)}
    if not found:
        node = ckpt.subtree(key)  # raises KeyNotFoundError naming what there is
        if isinstance(node, TensorRef):
            raise TorchckptError(f"key {key!r} is a single tensor, not a state dict", path=ckpt.path,
                                 hint="pass the key of the dict or module that holds it")
        raise KeyNotFoundError(key, [sd.path for sd in ckpt.state_dicts() if sd.path], path=ckpt.path)
    return found


def _choose_views(views_a: list[_View], views_b: list[_View]) -> tuple[_View, _View]:
    # Most names in common; then the weights policy's order (its default first), the fewest
    # changes to the names, file order. Both lists start with an untouched view.
    best = (0, 0, 0, 0)
    chosen = views_a[0], views_b[0]
    for va in views_a:
        for vb in views_b:
            common = len(va.tensors.keys() & vb.tensors.keys())
            score = (common, -(va.rank + vb.rank), -(va.cost + vb.cost), -(va.order + vb.order))
            if common and score > best:
                best, chosen = score, (va, vb)
    return chosen


def _alternatives(label: str, views: list[_View], chosen: _View, other: _View) -> list[str]:
    """Other subtrees of one side that match the other side's names as well as the chosen one."""
    common = len(chosen.tensors.keys() & other.tensors.keys())
    roots = []
    for view in views:
        if (view.root != chosen.root and view.root not in roots and common
                and len(view.tensors.keys() & other.tensors.keys()) == common):
            roots.append(view.root)
    if not roots:
        return []
    shown = ", ".join(repr(r) for r in roots[:4])
    verb = "matches" if len(roots) == 1 else "match"
    return [f"{label}: {shown} {verb} as many names as {chosen.root!r}; "
            f"--key-{label.lower()} {roots[0]} compares {'it' if len(roots) == 1 else 'another'} instead"]


def _side(ckpt: Checkpoint, view: _View) -> DiffSide:
    return DiffSide(ckpt.path, ckpt.format, view.root, view.prefix, len(view.tensors), len(ckpt.tensors()))


def _notes(label: str, ckpt: Checkpoint, view: _View) -> list[str]:
    notes = []
    parts = []
    if view.root:
        why = f" ({view.reason})" if view.reason else ""
        parts.append(f"compared the weights under {view.root!r}{why}")
    if view.prefix:
        parts.append(f"removed the {view.prefix!r} prefix from its names")
    if parts:
        rest = len(ckpt.tensors()) - len(view.tensors)
        text = f"{label}: " + " and ".join(parts)
        if rest:
            text += f"; {rest} other tensors in {label} not compared (--key-{label.lower()} picks another subtree)"
        notes.append(text)
    return notes


# --- comparing values -----------------------------------------------------------------------------
def _compare_refs(name: str, name_a: str, name_b: str, ra: TensorRef, rb: TensorRef, *, atol: float, rtol: float,
                  chunk_elements: int, path_a: str, path_b: str) -> TensorDiff:
    result = TensorDiff(name, name_a, name_b, ra.dtype.name, rb.dtype.name, tuple(ra.shape), tuple(rb.shape),
                        status="shape", numel=ra.numel)
    if tuple(ra.shape) != tuple(rb.shape):
        return result
    arrays = []
    for ref, path in ((ra, path_a), (rb, path_b)):
        try:
            arrays.append(_raw_array(ref))
        except TorchckptError as exc:
            result.status = "skipped"
            result.reason = f"{os.path.basename(path)}: {exc.message}"
            return result
    exact = not (_is_inexact(ra) or _is_inexact(rb))
    stats = _Stats(atol=atol, rtol=rtol, exact=exact)
    for index in _blocks(tuple(ra.shape), chunk_elements):
        stats.update(_decoded(arrays[0], index, ra), _decoded(arrays[1], index, rb))
    stats.fill(result)
    return result


def _is_inexact(ref: TensorRef) -> bool:
    return ref.dtype.is_float or ref.dtype.name.startswith("complex")


def _raw_array(ref: TensorRef) -> np.ndarray:
    from .errors import UnsupportedDtypeError

    if ref.dtype.numpy is None and not (ref.dtype.name == "bfloat16" or ref.dtype.name.startswith("float8")):
        raise UnsupportedDtypeError(ref.dtype.name, hint="cannot be decoded to compare")
    # raw bit patterns for bfloat16/float8: decoded one chunk at a time, not the whole tensor
    return ref.numpy(raw=ref.dtype.numpy is None)


def _decoded(array: np.ndarray, index: tuple[int | slice, ...], ref: TensorRef) -> np.ndarray:
    import numpy as np

    block = np.asarray(array[index])
    if ref.dtype.numpy is None:
        from .dtypes import decode_to_float32

        block = decode_to_float32(block, ref.dtype)
    return block


def _blocks(shape: tuple[int, ...], limit: int) -> Iterator[tuple[int | slice, ...]]:
    """Index tuples that cut an array of ``shape`` into row-major blocks of at most ``limit``
    elements (or one innermost row when a row alone is bigger); from the shape alone, so two
    arrays of one shape are cut alike whatever their strides."""
    if math.prod(shape) <= limit or not shape:
        yield ()
        return
    row = math.prod(shape[1:])
    if row <= limit:
        step = max(1, limit // max(row, 1))
        for start in range(0, shape[0], step):
            yield (slice(start, start + step),)
        return
    for i in range(shape[0]):
        for sub in _blocks(shape[1:], limit):
            yield (i, *sub)


class _Stats:
    """Running max abs/rel difference, cosine terms and mismatch count over chunks."""

    def __init__(self, *, atol: float, rtol: float, exact: bool):
        self.atol, self.rtol, self.exact = atol, rtol, exact
        self.max_abs = 0.0
        self.max_rel = 0.0
        self.dot = self.norm_a = self.norm_b = 0.0
        self.mismatched = 0
        self.count = 0

    def update(self, a: np.ndarray, b: np.ndarray) -> None:
        import numpy as np

        if a.size == 0:
            return
        self.count += a.size
        if self.exact:
            # integers compare exactly, before any float conversion could round them
            self.mismatched += int(np.count_nonzero(a != b))
        complex_ = np.iscomplexobj(a) or np.iscomplexobj(b)
        work = np.complex128 if complex_ else np.float64
        a = a.astype(work, copy=False).ravel()
        b = b.astype(work, copy=False).ravel()
        finite = np.isfinite(a) & np.isfinite(b)
        if not finite.all():
            odd = ~finite
            same = (a[odd] == b[odd]) | (np.isnan(a[odd]) & np.isnan(b[odd]))
            bad = int(np.count_nonzero(~same))
            if bad:
                self.max_abs = math.inf
                if not self.exact:
                    self.mismatched += bad
            a, b = a[finite], b[finite]
        if a.size == 0:
            return
        with np.errstate(over="ignore", invalid="ignore"):
            delta = np.abs(a - b)
            scale = np.maximum(np.abs(a), np.abs(b))
            peak = float(delta.max())
            self.max_abs = max(self.max_abs, peak)
            if not self.exact:
                self.mismatched += int(np.count_nonzero(delta > self.atol + self.rtol * scale))
            if peak > 0:
                nonzero = scale > 0
                self.max_rel = max(self.max_rel, float((delta[nonzero] / scale[nonzero]).max()))
            if complex_:
                self.dot += float(np.vdot(b, a).real)
                self.norm_a += float(np.vdot(a, a).real)
                self.norm_b += float(np.vdot(b, b).real)
            else:
                self.dot += float(np.dot(a, b))
                self.norm_a += float(np.dot(a, a))
                self.norm_b += float(np.dot(b, b))

    @property
    def cosine(self) -> float | None:
        if self.count == 0:
            return None
        if self.norm_a == 0.0 and self.norm_b == 0.0:
            return 1.0
        if self.norm_a == 0.0 or self.norm_b == 0.0:
            return 0.0
        denom = math.sqrt(self.norm_a) * math.sqrt(self.norm_b)
        if not math.isfinite(denom) or denom == 0.0:
            return None
        return max(-1.0, min(1.0, self.dot / denom))

    def fill(self, result: TensorDiff) -> None:
        result.max_abs_diff = self.max_abs
        result.max_rel_diff = self.max_rel
        result.cosine = self.cosine
        result.mismatched = self.mismatched
        result.status = "different" if self.mismatched else "equal"


def compare_arrays(a: Any, b: Any, *, atol: float = DEFAULT_ATOL, rtol: float = DEFAULT_RTOL,
                   exact: bool | None = None) -> dict[str, Any]:
    """Compare two numpy arrays of one shape the way :func:`diff` compares tensors.

    Returns ``{"max_abs_diff", "max_rel_diff", "cosine", "mismatched", "equal"}``.

    >>> compare_arrays(np.ones(3), np.ones(3) + 1e-7)["equal"]   # doctest: +SKIP
    True
    """
    import numpy as np

    a, b = np.asarray(a), np.asarray(b)
    if a.shape != b.shape:
        raise ValueError(f"shapes differ: {a.shape} vs {b.shape}")
    if exact is None:
        exact = not (np.issubdtype(a.dtype, np.inexact) or np.issubdtype(b.dtype, np.inexact))
    stats = _Stats(atol=atol, rtol=rtol, exact=exact)
    for index in _blocks(a.shape, CHUNK_ELEMENTS):
        stats.update(np.asarray(a[index]), np.asarray(b[index]))
    return {"max_abs_diff": stats.max_abs, "max_rel_diff": stats.max_rel, "cosine": stats.cosine,
            "mismatched": stats.mismatched, "equal": stats.mismatched == 0}


def _max(values: Iterator[float | None] | Any) -> float | None:
    found = [v for v in values if v is not None]
    return max(found) if found else None


def _json_float(value: float | None) -> float | None:
    # JSON has no inf/nan: null stands for "not a finite number" (``status`` tells why)
    if value is None or not math.isfinite(value):
        return None
    return value
