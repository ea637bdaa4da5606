"""Where the weights are in a checkpoint: one policy that every command and API uses.

The vocabulary (wrapper prefixes, EMA names, optimizer slots, BatchNorm statistics, what
counts as a parameter) lives here, and so does the choice: :func:`candidates` ranks every
place weights may be, each with its reason, and :func:`choose` takes one.

The default (``prefer="auto"``): the EMA copy of the model when the file has one that matches
the model tensor for tensor (what ultralytics' and timm's loaders take for inference), else
the model's weights: among the state dicts and pickled modules at least half the size of the
largest, the one named most like a model's weights (``state_dict``, ``model``...). ``prefer=
"model"`` takes the raw weights, ``prefer="ema"`` the EMA copy; ``key`` names a subtree.
Loose tensors (a loss, an accuracy, anchors) are never weights, nor are optimizer buffers.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field

from . import _regex
from ._wording import option
from .checkpoint import StateDict, _children, _walk_nodes, bound_state_dict_module, resolve_key, walk
from .errors import NoWeightsError
from .model import ObjectStub, TensorRef

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

    from .checkpoint import Checkpoint
    from .vocab import Prefer

__all__ = ["BN_STATS", "EMA_NAMES", "OPTIMIZER_KEYS", "OPTIMIZER_SLOTS", "WRAPPER_PREFIXES",
           "Candidate", "WeightsChoice", "bound_state_dict_module", "candidates", "choose",
           "detect_prefix", "find_state_dicts", "is_ema", "is_parameter", "is_state_dict", "wrapper_prefix"]


# Prefixes that wrappers add to every key: DataParallel/DDP, torch.compile, Lightning & co.
WRAPPER_PREFIXES = ("module.", "_orig_mod.", "model.")
# Pickled wrapper modules: their one child is the model, under this name.
_WRAPPER_CLASSES = {
    "torch.nn.parallel.data_parallel.DataParallel": "module.",
    "torch.nn.parallel.distributed.DistributedDataParallel": "module.",
    "torch._dynamo.eval_frame.OptimizedModule": "_orig_mod.",
}
# Names of EMA copies: ema, model_ema, ema_model, state_dict_ema, params_ema, ema_state_dict...
EMA_NAMES = frozenset({"ema", "model_ema", "ema_model", "state_dict_ema", "params_ema", "ema_state_dict",
                       "ema_params", "ema_weights", "model_ema_state_dict", "ema_state"})
_EMA_PART = _regex.compile(r"(?:^|_)ema(?:$|_)", _regex.IGNORECASE)
_NOT_NAME = _regex.compile(r"[^0-9A-Za-z_]+")
# Subtrees that hold a model's weights, likeliest name first.
_MODEL_NAMES = ("state_dict", "model", "model_state_dict", "model_state", "module", "net", "network", "weights",
                "params", "generator", "student")
# Top-level keys of optimizer state (what `slim` drops; the size hints name them).
OPTIMIZER_KEYS = ("optimizer", "optimizer_state_dict", "optimizer_state", "optim", "opt", "optimizers",
                  "optimizer_states")
# Keys that make a dict of tensors an optimizer's per-parameter state, not a model's weights.
OPTIMIZER_SLOTS = frozenset({"step", "exp_avg", "exp_avg_sq", "max_exp_avg_sq", "momentum_buffer", "sum",
                             "square_avg", "acc_delta", "grad_avg", "ax", "eta", "mu", "prev", "step_size",
                             "exp_inf", "mu_product", "state_sum"})
BN_STATS = ("running_mean", "running_var")
# torch.optim.swa_utils.AveragedModel's counter, beside the averaged model's `module.` names
_AVERAGED = "n_averaged"


# --- the vocabulary -------------------------------------------------------------------------------

def is_ema(path: str) -> bool:
    """Whether the subtree at ``path`` is an EMA copy (``ema``, ``model_ema``, ``params_ema``...)."""
    return any(part.lower() in EMA_NAMES or _EMA_PART.search(part) for part in path.split(".") if part)


def is_parameter(name: str, ref: TensorRef, *, kind: str) -> bool:
    """Whether a tensor counts as a parameter: a pickled module knows (``_parameters``); in a
    dict, floating-point tensors other than BatchNorm running statistics."""
    if kind == "module":
        return bool(ref.is_parameter)
    return bool(ref.dtype.is_float) and not name.endswith(BN_STATS)


def detect_prefix(names: list[str]) -> tuple[str, dict[str, int]]:
    """The wrapper prefix every name carries (``"module."``, ``"_orig_mod."``, ``"module._orig_mod."``)
    and, for prefixes only some names carry, how many do. ``model.`` followed by a number on
    every name is a model's own ``nn.Sequential`` (YOLO's ``DetectionModel.model``), not a wrapper."""
    prefix = ""
    rest = names
    while rest:
        for candidate in WRAPPER_PREFIXES:
            if all(n.startswith(candidate) for n in rest) and not _own_sequential(candidate, rest):
                prefix += candidate
                rest = [n[len(candidate):] for n in rest]
                break
        else:
            break
    partial = {}
    for candidate in ("module.", "_orig_mod."):
        count = sum(1 for n in rest if n.startswith(candidate))
        if 0 < count < len(rest):
            partial[candidate] = count
    return prefix, partial


def _own_sequential(candidate: str, names: list[str]) -> bool:
    if candidate != "model.":
        return False
    return all(n[len(candidate):].split(".", 1)[0].isdigit() for n in names)


def wrapper_prefix(names: list[str]) -> str:
    """The run of ``module.``/``_orig_mod.`` every name starts with (DataParallel/DDP, torch.compile):
    what may be stripped without a second thought. ``model.`` is left alone (it may be the model's own)."""
    prefix, _ = detect_prefix(names)
    found = ""
    while True:
        for candidate in ("module.", "_orig_mod."):
            if prefix.startswith(candidate):
                found += candidate
                prefix = prefix[len(candidate):]
                break
        else:
            return found


# --- finding state dicts --------------------------------------------------------------------------

def find_state_dicts(tree: Any) -> list[StateDict]:
    """Where the model weights are: flat dicts of tensors and pickled modules, outermost first."""
    found: list[StateDict] = []
    for path, node in _walk_nodes(tree, is_state_dict=is_state_dict):
        sd = _as_state_dict(".".join(path), node)
        if sd is not None:
            found.append(sd)
    return found


def _as_state_dict(path: str, node: Any) -> StateDict | None:
    bound = bound_state_dict_module(node)
    module = bound or (node if isinstance(node, ObjectStub) and node.is_module else None)
    if module is not None:
        tensors = {".".join(p): t for p, t in walk(module) if isinstance(t, TensorRef)}
        params = sum(t.numel for t in tensors.values() if t.is_parameter)
        prefix = _WRAPPER_CLASSES.get(module.cls, "")
        if prefix and not all(n.startswith(prefix) for n in tensors):
            prefix = ""
        return StateDict(path, tensors, params, prefix, "module", module.cls, {}, bound_method=bound is not None)
    if not is_state_dict(node):
        return None
    tensors = {k: v for k, v in node.items() if isinstance(v, TensorRef)}
    params = sum(t.numel for k, t in tensors.items() if is_parameter(k, t, kind="dict"))
    prefix, partial = detect_prefix([n for n in tensors if n != _AVERAGED])
    return StateDict(path, tensors, params, prefix, "dict", None, partial)


def is_state_dict(node: Any) -> bool:
    """A flat dict of named tensors: string keys, at least half of the values tensors, no value
    a container that holds tensors itself (then the tensors beside it are loose: a loss, an
    accuracy), and not an optimizer's per-parameter slots."""
    if not isinstance(node, dict) or not node or not all(isinstance(k, str) for k in node):
        return False
    count = sum(1 for v in node.values() if isinstance(v, TensorRef))
    if count == 0 or count * 2 < len(node) or set(node) <= OPTIMIZER_SLOTS:
        return False
    return not any(_holds_tensors(v) for v in node.values() if not isinstance(v, TensorRef))


def _holds_tensors(node: Any) -> bool:
    if not isinstance(node, (dict, list, tuple, ObjectStub)):
        return False
    return any(isinstance(child, TensorRef) for _, child in _children(node))


# --- ranking --------------------------------------------------------------------------------------

@dataclass
class Candidate:
    """One place weights may be, with its rank (0: the default) and why it is ranked so."""

    sd: StateDict
    ema: bool
    order: int  # file order (outermost first)
    rank: int = 0
    reason: str = ""

    @property
    def path(self) -> str:
        return self.sd.path

    def to_json(self) -> dict[str, Any]:
        return {**self.sd.to_json(), "ema": self.ema, "rank": self.rank, "default": self.rank == 0,
                "reason": self.reason, "bound_method": self.sd.bound_method}


def _shown(path: str | None) -> str:
    return "the root" if path == "" else "all tensors" if path is None else repr(path)


def _name_rank(path: str) -> int:
    last = path.rsplit(".", 1)[-1].lower()
    return _MODEL_NAMES.index(last) if last in _MODEL_NAMES else len(_MODEL_NAMES)


def _unwrapped(sd: StateDict) -> dict[str, tuple[int, ...]]:
    return {n[len(sd.prefix):]: tuple(t.shape) for n, t in sd.tensors.items() if n != _AVERAGED}


def _same_model(a: StateDict, b: StateDict) -> bool:
    """Whether ``a`` and ``b`` are two copies of one model (names without wrappers and shapes agree)."""
    return _unwrapped(a) == _unwrapped(b)


def _rank(found: list[StateDict], prefer: Prefer) -> tuple[list[Candidate], Candidate | None, Candidate | None]:
    """All candidates, default first, with reasons; and the main model and its EMA copy."""
    cands = [Candidate(sd, is_ema(sd.path), i) for i, sd in enumerate(found)]
    models = [c for c in cands if not c.ema]
    emas = [c for c in cands if c.ema]
    main = None
    if models:
        most = max(c.sd.parameters for c in models)
        # A model-like name wins unless something else is much bigger (a GAN's discriminator is not).
        big = [c for c in models if c.sd.parameters * 2 >= most]
        main = min(big, key=lambda c: (_name_rank(c.path), -c.sd.parameters, c.path.count("."), c.order))
    ema = None
    if emas:
        matching = [c for c in emas if main is None or _same_model(c.sd, main.sd)]
        ema = max(matching or emas, key=lambda c: c.sd.parameters) if matching or main is None else None
    use_ema = ema is not None and prefer in ("auto", "ema")
    chosen = ema if use_ema else main if prefer != "ema" else None
    for c in cands:
        c.reason = _reason(c, chosen, main, ema, cands)
    order = sorted(cands, key=lambda c: (c is not chosen, c is not main, c is not ema, c.ema,
                                         _name_rank(c.path), -c.sd.parameters, c.order))
    for i, c in enumerate(order):
        c.rank = i if chosen is not None else i + 1
    return order, main, ema


def _reason(c: Candidate, chosen: Candidate | None, main: Candidate | None, ema: Candidate | None,
            cands: list[Candidate]) -> str:
    if c.sd.bound_method:
        return ("torch.save(model.state_dict, PATH) saved the bound method, and with it the whole model: these are "
                "its weights (next time save model.state_dict())")
    if c is ema and main is not None:
        return f"the EMA copy of {_shown(main.path)} (same tensors), what ultralytics and timm load for inference"
    if c is ema:
        return "EMA weights, the only weights in the file"
    if c.ema:
        return f"an EMA copy that does not match {_shown(main.path)}" if main is not None else "another EMA copy"
    if c is main:
        if ema is not None and chosen is not c:
            return "the raw (non-EMA) weights: what training resumes from"
        if len(cands) == 1:
            return "the only state dict in the file" if c.path else "the file is the weights"
        if _name_rank(c.path) < len(_MODEL_NAMES):
            return f"named like a model's weights ({c.path.rsplit('.', 1)[-1]!r})"
        return "the largest state dict"
    if main is not None and c.sd.parameters * 2 < main.sd.parameters:
        return f"smaller than {_shown(main.path)} ({c.sd.parameters:,} vs {main.sd.parameters:,} parameters)"
    return f"{_shown(main.path)} is named more like a model's weights" if main is not None else "another state dict"


def candidates(ckpt: Checkpoint, *, prefer: Prefer = "auto") -> list[Candidate]:
    """Every state dict and pickled module in the file, the default first, each with its reason."""
    _check_prefer(prefer)
    return _rank(ckpt.state_dicts(), prefer)[0]


def _check_prefer(prefer: Prefer) -> None:
    if prefer == "auto":  # the default: the vocabulary (with typing) stays off the start-up path
        return
    from .vocab import PREFER_CHOICES

    if prefer not in PREFER_CHOICES:
        raise ValueError(f"prefer must be one of {', '.join(PREFER_CHOICES)}, not {prefer!r}")


# --- the choice -----------------------------------------------------------------------------------

@dataclass
class WeightsChoice:
    """The weights a command takes: ``tensors`` named relative to ``path`` ('' the root, None:
    every tensor of a file without a state dict), the wrapper ``prefix`` they all carry,
    ``kind`` (``dict``, ``module``, ``subtree``, ``tensor``, ``tensors``), the module ``cls``,
    why (``reason``), the other ``alternatives`` and the ``override`` that picks another."""

    path: str | None
    tensors: dict[str, TensorRef]
    prefix: str
    kind: str
    cls: str | None
    reason: str
    prefer: Prefer = "auto"
    ema: bool = False
    alternatives: list[Candidate] = field(default_factory=list)
    override: str = ""

    @property
    def parameters(self) -> int:
        kind = "module" if self.kind == "module" else "dict"
        return sum(t.numel for n, t in self.tensors.items() if is_parameter(n, t, kind=kind))

    def note(self, *, verb: str = "took") -> str:
        """One line: which weights, why, and how to take others (in the caller's words: CLI flags
        under the command line, API arguments otherwise; fixed when the choice was made)."""
        what = "the EMA weights" if self.ema else "the weights"
        if self.kind in ("tensor", "tensors"):
            what = "the tensor" if self.kind == "tensor" else "the tensors"
        where = f"at {_shown(self.path)}" if self.path else "of the whole file" if self.path == "" else ""
        cls = f", {self.cls.rsplit('.', 1)[-1]} module" if self.cls else ""
        count = f"{len(self.tensors)} tensor{'s' if len(self.tensors) != 1 else ''}"
        size = f"({count}, {self.parameters:,} parameters{cls})"
        text = " ".join(p for p in (verb, what, where, size) if p) + f": {self.reason}"
        return f"{text}; {self.override}" if self.override else text

    def to_json(self) -> dict[str, Any]:
        return {"path": self.path, "tensors": len(self.tensors), "parameters": self.parameters,
                "prefix": self.prefix, "kind": self.kind, "class": self.cls, "ema": self.ema, "prefer": self.prefer,
                "reason": self.reason, "override": self.override,
                "alternatives": [c.path for c in self.alternatives]}


def choose(ckpt: Checkpoint, *, key: str | None = None, prefer: Prefer = "auto") -> WeightsChoice:
    """The weights every command takes by default (see the module docstring), or those at ``key``.

    >>> torchckpt.weights.choose(torchckpt.open("last.pt")).path     # doctest: +SKIP
    'ema'
    """
    _check_prefer(prefer)
    if key is not None:
        return _at_key(ckpt, key, prefer)
    found = ckpt.state_dicts()
    if not found:
        return _loose(ckpt, prefer)
    order, main, ema = _rank(found, prefer)
    chosen = order[0] if order[0].rank == 0 else None
    if chosen is None:  # prefer="ema" without an EMA copy, or prefer="model" with only EMA weights
        where = ", ".join(_shown(c.path) for c in order[:6])
        if prefer == "model":
            raise NoWeightsError("the file has only EMA weights", path=ckpt.path,
                                 hint=f"they are at {where}; use {option('prefer', 'ema')} or 'auto'")
        raise NoWeightsError("the file has no EMA weights", path=ckpt.path,
                             hint=f"weights found at {where}; drop {option('prefer', 'ema')}")
    others = order[1:]
    override = _override(chosen, others, main, ema)
    sd = chosen.sd
    kind = sd.kind
    reason = chosen.reason
    if not others and sd.path:
        top = ckpt.resolve(sd.path)[0]
        rest = [k for k in _top_keys(ckpt) if k != top]
        if rest:
            reason += f" (leaving out {', '.join(rest[:6])}{' ...' if len(rest) > 6 else ''})"
    return WeightsChoice(sd.path, dict(sd.tensors), sd.prefix, kind, sd.cls, reason, prefer, chosen.ema, others,
                         override)


def _override(chosen: Candidate, others: list[Candidate], main: Candidate | None, ema: Candidate | None) -> str:
    if chosen is ema and main is not None:
        return f"{option('prefer', 'model')} (or {option('key', main.path)}) for the raw weights"
    if chosen is main and ema is not None:
        return f"{option('prefer', 'ema')} (or {option('key', ema.path)}) for the EMA copy"
    if others:
        shown = ", ".join(repr(c.path) for c in others[:4]) + (" ..." if len(others) > 4 else "")
        return f"also found {shown}: {option('key', placeholder='PATH')} picks another"
    return f"{option('key', placeholder='PATH')} picks another part" if chosen.path else ""


def _top_keys(ckpt: Checkpoint) -> list[str]:
    return [str(k) for k in ckpt.tree] if isinstance(ckpt.tree, dict) else []


def _at_key(ckpt: Checkpoint, key: str, prefer: Prefer) -> WeightsChoice:
    keys, node = resolve_key(ckpt.tree, key, path=ckpt.path)  # KeyNotFoundError names what there is
    if isinstance(node, TensorRef):
        name = keys[-1]
        return WeightsChoice(key, {name: node}, "", "tensor", None,
                             f"the single tensor at {key!r}, as asked (named {name!r})", prefer)
    sd = _as_state_dict(key, node)
    if sd is None:
        tensors = {".".join(p): t for p, t in walk(node) if p and isinstance(t, TensorRef)}
        sd = StateDict(key, tensors, 0, detect_prefix(list(tensors))[0], "subtree", None, {})
    if not sd.tensors:
        where = ", ".join(_shown(s.path) for s in ckpt.state_dicts()[:8])
        raise NoWeightsError(f"key {key!r} holds no tensors", path=ckpt.path,
                             hint=f"weights are at {where}" if where else "the file holds no weights")
    return WeightsChoice(key, dict(sd.tensors), sd.prefix, sd.kind, sd.cls, f"as asked ({option('key', key)})",
                         prefer, is_ema(key))


def _loose(ckpt: Checkpoint, prefer: Prefer) -> WeightsChoice:
    """No state dict: a bare tensor (named after the file), or every tensor under its full name."""
    if prefer == "ema":
        raise NoWeightsError("the file has no EMA weights", path=ckpt.path, hint=f"drop {option('prefer', 'ema')}")
    if isinstance(ckpt.tree, TensorRef):
        name = _stem(ckpt.path)
        return WeightsChoice("", {name: ckpt.tree}, "", "tensor", None,
                             f"the file holds one bare tensor, no state dict; named it {name!r} after the file",
                             prefer)
    tensors = dict(ckpt.tensors())
    if not tensors:
        raise NoWeightsError("the file holds no tensors", path=ckpt.path,
                             hint="nothing to take from it; run `torchckpt inspect` to see what it holds")
    return WeightsChoice(None, tensors, "", "tensors", None,
                         f"found no state dict; all {len(tensors)} tensors under their full dotted names", prefer,
                         override=f"{option('key', placeholder='PATH')} picks a part")


def _stem(path: str) -> str:
    stem = os.path.basename(path).split(".", 1)[0]
    stem = _NOT_NAME.sub("_", stem).strip("_")
    return stem or "tensor"
