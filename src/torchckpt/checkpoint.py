"""``Checkpoint``: an opened model file, and the walk that names its tensors.

Names are dotted paths from the root: dict keys as strings, sequence indices as integers.
A pickled ``nn.Module`` contributes exactly the names its ``state_dict()`` would have:
parameters, persistent buffers, then submodules, recursively.
"""

from __future__ import annotations

import contextlib
import mmap
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from .errors import KeyNotFoundError, TorchckptError
from .model import ObjectStub, StorageRef, TensorRef

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

    from .parsed import ParsedFile
    from .vocab import FormatName

__all__ = ["Checkpoint", "StateDict", "resolve_key", "walk"]

@dataclass
class StateDict:
    """Where model weights sit in a file: ``path`` ('' for the root), their names relative to
    it, the parameter count and the wrapper prefix every key carries (``module.`` ...)."""

    path: str
    tensors: dict[str, TensorRef]
    parameters: int
    prefix: str
    kind: str  # "dict" or "module"
    cls: str | None = None
    partial_prefix: dict[str, int] = field(default_factory=dict)
    bound_method: bool = False  # torch.save(model.state_dict, PATH): the module behind the bound method

    def to_json(self) -> dict[str, Any]:
        return {"path": self.path, "tensors": len(self.tensors), "parameters": self.parameters,
                "prefix": self.prefix, "kind": self.kind, "class": self.cls}


class Checkpoint:
    """An opened model file. Nothing in it has run; tensor bytes are read only on demand.

    >>> with torchckpt.open("yolov8n.pt") as ckpt:          # doctest: +SKIP
    ...     ckpt.format, len(ckpt.tensors())
    ('torch-zip', 355)
    """

    def __init__(self, path: str | os.PathLike[str], format: FormatName, tree: Any, *, file_size: int,
                 buffer: mmap.mmap | list[mmap.mmap] | None = None, storages: list[StorageRef] | None = None,
                 globals_used: list[str] | None = None, info: dict[str, Any] | None = None,
                 parsed: ParsedFile | None = None):
        self.path = os.fspath(path)
        self.format = format
        self.tree = tree
        self.file_size = file_size
        self.info = info or {}
        self.globals_used = globals_used or []
        self._buffer = buffer
        self._storages = storages
        self._tensors: dict[str, TensorRef] | None = None
        self._state_dicts: list[StateDict] | None = None
        # what reading the file found (map, zip directory, recorded pickle streams), for scan(ckpt)
        self.parsed = parsed

    # --- lifetime -----------------------------------------------------------------------------
    def close(self) -> None:
        buffers = self._buffer if isinstance(self._buffer, list) else [self._buffer]
        for buf in buffers:
            if buf is not None and not isinstance(buf, bytes):
                # numpy views still point into the map; it closes when they go
                with contextlib.suppress(BufferError):
                    buf.close()
        self._buffer = None
        self.parsed = None

    @property
    def mapping(self) -> mmap.mmap | None:
        """The read-only map of the whole file, when the checkpoint is one mapped file (writers
        and loaders use it to read straight from the page cache); None otherwise."""
        return self._buffer if isinstance(self._buffer, mmap.mmap) else None

    def __enter__(self) -> Checkpoint:
        return self

    def __exit__(self, exc_type: object, exc: BaseException | None, tb: object) -> None:
        self.close()
        if isinstance(exc, TorchckptError):  # raised below the layer that knows the file: name it
            exc.with_path(self.path)

    def __repr__(self) -> str:
        return f"<Checkpoint {self.path!r} format={self.format}>"

    # --- contents -----------------------------------------------------------------------------
    def tensors(self) -> dict[str, TensorRef]:
        """Every tensor by dotted name, in file order."""
        if self._tensors is None:
            self._tensors = _named_tensors(self.tree)
            for name, ref in self._tensors.items():
                if not ref.name:
                    ref.name = name
        return self._tensors

    def get(self, name: str) -> TensorRef:
        try:
            return self.tensors()[name]
        except KeyError:
            raise KeyNotFoundError(name, list(self.tensors()), path=self.path) from None

    def storages(self) -> list[StorageRef]:
        """Unique root storages (shared storages once), the file's tensor bytes."""
        if self._storages is not None:
            roots = {id(s.root): s.root for s in self._storages}
        else:
            roots = {}
            for ref in self.tensors().values():
                for part in _tensor_parts(ref):
                    if part.storage is not None:
                        roots.setdefault(id(part.storage.root), part.storage.root)
        return list(roots.values())

    @property
    def tensor_bytes(self) -> int:
        """Unique storage bytes: what the tensors cost on disk."""
        return sum(s.nbytes for s in self.storages())

    def subtree(self, key: str) -> Any:
        """The object at dotted path ``key`` (``"model"``, ``"state_dict"``, ``"model.ema"``), read by
        :func:`resolve_key`'s rule; a module prefix inside a flat state dict (``"state_dict.backbone"``
        of ``{"state_dict": {"backbone.0.weight": ...}}``) gives that module's tensors as a dict."""
        return resolve_key(self.tree, key, path=self.path)[1]

    def resolve(self, key: str) -> tuple[str, ...]:
        """The keys, level by level, that dotted path ``key`` names (see :func:`resolve_key`)."""
        return resolve_key(self.tree, key, path=self.path)[0]

    def state_dicts(self) -> list[StateDict]:
        """Where the model weights are: flat dicts of tensors and pickled modules, outermost first
        (the rules are :mod:`torchckpt.weights`'; ``weights.choose`` picks among them)."""
        from .weights import find_state_dicts

        if self._state_dicts is None:
            self._state_dicts = find_state_dicts(self.tree)
        return list(self._state_dicts)

    def objects(self) -> list[tuple[str, str]]:
        """``(path, class)`` of every object stub not nested in another stub."""
        result = []
        for path, node in _walk_nodes(self.tree, into_stubs=False):
            if isinstance(node, ObjectStub):
                result.append((".".join(path), node.cls))
        return result


def resolve_key(tree: Any, key: str, *, path: str | None = None) -> tuple[tuple[str, ...], Any]:
    """``(keys, node)``: where dotted path ``key`` leads in ``tree`` — the project's one rule for
    ``--key``/``key=``, since a key may itself hold dots (``{"model.ema": ...}``).

    At each level the longest key there that the rest of the path starts with (whole, or up to a
    dot) is taken first, so an exact key wins over a dotted path through its parts; when that
    reading leads nowhere the shorter ones are tried. When nothing matches, a module prefix of a
    flat state dict (``"backbone"`` of ``{"backbone.0.weight": ...}``) gives that module's
    entries, their names relative to it. Otherwise :class:`KeyNotFoundError` names the keys at
    the deepest level the path reached.
    """
    if not key:
        return (), tree
    failed: set[tuple[int, int]] = set()  # (node, offset) readings already known to lead nowhere
    deepest: list[Any] = [-1, (), tree]   # offset, keys and node of the deepest level reached

    def find(node: Any, start: int, keys: tuple[str, ...]) -> tuple[tuple[str, ...], Any] | None:
        if (id(node), start) in failed:
            return None
        if start > deepest[0]:
            deepest[:] = [start, keys, node]
        rest = key[start:]
        children = dict(_children(node)) if _is_container(node) else {}
        for name in sorted((k for k in children if rest == k or rest.startswith(k + ".")), key=len, reverse=True):
            if len(name) == len(rest):
                return (*keys, name), children[name]
            found = find(children[name], start + len(name) + 1, (*keys, name))
            if found is not None:
                return found
        failed.add((id(node), start))
        return None

    found = find(tree, 0, ())
    if found is not None:
        return found
    start, keys, node = deepest
    rest = key[start:]
    children = dict(_children(node)) if _is_container(node) else {}
    module = {name[len(rest) + 1:]: value for name, value in children.items() if name.startswith(rest + ".")}
    if module and isinstance(node, dict):
        return (*keys, rest), module
    where = key[:start - 1] if start else ""
    raise KeyNotFoundError(key, [f"{where}.{k}" if where else k for k in children], path=path)


def _tensor_parts(ref: TensorRef) -> list[TensorRef]:
    parts = ref.extra.get("parts")
    buffer = ref.extra.get("buffer")
    if parts:
        return list(parts)
    if isinstance(buffer, TensorRef):
        return [buffer]
    return [ref]


def _key(key: Any) -> str:
    if isinstance(key, str):
        return key
    if isinstance(key, bytes):
        return key.decode("utf-8", "replace")
    if isinstance(key, (int, float, bool)) or key is None:
        return str(key)
    return safe_repr(key)


def safe_repr(value: Any, limit: int = 200) -> str:
    """``repr`` that survives what a hostile pickle can build (very deep nesting)."""
    try:
        text = repr(value)
    except (RecursionError, ValueError):
        return f"<{type(value).__name__}>"
    return text if len(text) <= limit else text[:limit - 3] + "..."


def _module_children(attrs: dict[str, Any]) -> Iterator[tuple[str, Any]]:
    params = attrs.get("_parameters") or {}
    buffers = attrs.get("_buffers") or {}
    skip = attrs.get("_non_persistent_buffers_set")
    if not isinstance(skip, (set, frozenset, list, tuple, dict)):
        skip = ()  # absent, or a stub where a set should be (a reader that could not build it): keep them all
    modules = attrs.get("_modules") or {}
    for name, value in params.items() if isinstance(params, dict) else ():
        if value is not None:
            yield _key(name), value
    for name, value in buffers.items() if isinstance(buffers, dict) else ():
        if value is not None and name not in skip:
            yield _key(name), value
    for name, value in modules.items() if isinstance(modules, dict) else ():
        if value is not None:
            yield _key(name), value


def _children(node: Any) -> Iterator[tuple[str, Any]]:
    if isinstance(node, dict):
        for k, v in node.items():
            yield _key(k), v
    elif isinstance(node, (list, tuple)):
        for i, v in enumerate(node):
            yield str(i), v
    elif isinstance(node, ObjectStub):
        module = bound_state_dict_module(node)
        if module is not None:  # torch.save(model.state_dict, PATH): name the model's tensors as state_dict() does
            yield from _children(module)
            return
        if node.named_children is not None:
            yield from node.named_children
            return
        attrs = node.attrs
        if node.is_module:
            yield from _module_children(attrs)
            return
        yield from ((_key(k), v) for k, v in attrs.items())
        yield from ((_key(k), v) for k, v in node.items)
        yield from ((str(i), v) for i, v in enumerate(node.listitems))


def bound_state_dict_module(node: Any) -> ObjectStub | None:
    """The module of ``torch.save(model.state_dict, PATH)`` (the bound method, parentheses
    forgotten: pickle stores ``getattr(model, 'state_dict')`` and the whole model with it)."""
    if isinstance(node, ObjectStub) and node.cls == "builtins.getattr" and len(node.args) == 2:
        owner, name = node.args
        if name == "state_dict" and isinstance(owner, ObjectStub) and owner.is_module:
            return owner
    return None


def _is_container(node: Any) -> bool:
    return isinstance(node, (dict, list, tuple, ObjectStub))


def walk(tree: Any) -> Iterator[tuple[tuple[str, ...], Any]]:
    """Yield ``(path, node)`` depth-first in file order.

    Each container is expanded once: cycles and shared sub-structures (which a hostile
    pickle can nest exponentially) cost linear time. Leaves (tensors) shared by several
    containers appear under each name, like tied weights in a state dict.
    """
    seen: set[int] = set()
    stack: list[tuple[tuple[str, ...], Any]] = [((), tree)]
    while stack:
        path, node = stack.pop()
        yield path, node
        if _is_container(node):
            if id(node) in seen:
                continue
            seen.add(id(node))
            children = list(_children(node))
            stack.extend(((*path, name), child) for name, child in reversed(children))


def _named_tensors(tree: Any) -> dict[str, TensorRef]:
    """``{".".join(path): node for path, node in walk(tree) if isinstance(node, TensorRef)}``,
    without a path tuple per node: a 100k-tensor state dict is walked in a fifth of the time."""
    found: dict[str, TensorRef] = {}
    if isinstance(tree, TensorRef):
        found[""] = tree
    if not _is_container(tree):
        return found
    seen = {id(tree)}
    # (the dotted name of a container, its children not yet visited): depth-first, in file order
    # (each container's children are read as the walk reaches them: nothing changes the tree)
    stack: list[tuple[str | None, Iterator[tuple[str, Any]]]] = [(None, _children(tree))]
    while stack:
        prefix, children = stack[-1]
        for name, child in children:
            full = name if prefix is None else f"{prefix}.{name}"
            if isinstance(child, TensorRef):
                found[full] = child
            elif _is_container(child) and id(child) not in seen:
                seen.add(id(child))
                stack.append((full, _children(child)))
                break
        else:
            stack.pop()
    return found


def _walk_nodes(tree: Any, *, into_stubs: bool = True,
                is_state_dict: Callable[[Any], bool] | None = None) -> Iterator[tuple[tuple[str, ...], Any]]:
    """Like :func:`walk` but never descends into modules (their insides are their state dict),
    state dicts (``is_state_dict``; default: any str-keyed dict with a tensor value) or, with
    ``into_stubs=False``, any stub, and skips optimizer per-parameter state."""
    seen: set[int] = set()
    stack: list[tuple[tuple[str, ...], Any]] = [((), tree)]
    while stack:
        path, node = stack.pop()
        yield path, node
        if not _is_container(node) or id(node) in seen:
            continue
        seen.add(id(node))
        if isinstance(node, ObjectStub) and (node.is_module or not into_stubs or bound_state_dict_module(node)):
            continue
        if isinstance(node, dict) and node and not all(isinstance(k, str) for k in node):
            continue  # {param_id: {...}}: optimizer state, never model weights
        if is_state_dict(node) if is_state_dict is not None else \
                isinstance(node, dict) and _tensor_values(node) and all(isinstance(k, str) for k in node):
            continue  # a state dict: its values are its tensors
        children = list(_children(node))
        stack.extend(((*path, name), child) for name, child in reversed(children))


def _tensor_values(node: dict[Any, Any]) -> int:
    return sum(1 for v in node.values() if isinstance(v, TensorRef))
