"""``torchckpt report``: one self-contained HTML page about a model file.

The page holds a treemap of unique storage bytes by path (top-level entry -> module ->
tensor), the dtype breakdown, parameters per top-level module, the findings of
:func:`torchckpt.scan`, prefixes and storage locations, and a searchable, sortable tensor
table. Everything is inline (no network, no CDN); the page honours a URL fragment
``#q=bn1&n=500&sort=bytes&desc=1&zoom=optimizer`` (search, rows per page or ``all``, sort
column and order, treemap node to zoom into).

Built from the reader alone: no torch, and no tensor bytes are read. The tensor rows are
embedded as compact columnar JSON (names front-coded by dotted component) and the table
renders one page at a time, so 100k tensors stay well under 2 MB of HTML.
"""

from __future__ import annotations

import html
import json
import os
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from importlib import resources
from operator import itemgetter
from pathlib import Path
from typing import TYPE_CHECKING, Any, overload

from ._outputs import atomic_write_bytes, refuse_overwrite
from .units import format_bytes as _size
from .weights import choose, is_ema, is_parameter

if TYPE_CHECKING:
    from .analysis import InspectReport
    from .checkpoint import Checkpoint

__all__ = ["Panel", "build_panel", "decode_rows", "render_report", "report"]

# Treemap budget: a rectangle below 0.05% of the tensor bytes is an invisible sliver that only
# bloats the page, so it joins its siblings' "other" (at most ~2000 rectangles a level).
_CHILD_LIMIT = 400
_MIN_FRACTION = 0.0005
_MAX_FINDINGS = 500
_MAX_MODULES = 60
_DIGITS = re.compile(r"\d+")


@overload
def report(path: str | os.PathLike[str], *, output: None = None,
           compare: str | os.PathLike[str] | None = None) -> str: ...


@overload
def report(path: str | os.PathLike[str], *, output: str | os.PathLike[str],
           compare: str | os.PathLike[str] | None = None) -> Path: ...


def report(path: str | os.PathLike[str], *, output: str | os.PathLike[str] | None = None,
           compare: str | os.PathLike[str] | None = None) -> str | Path:
    """Build the HTML report of ``path`` (side by side with ``compare`` when given).

    Without ``output`` the HTML text is returned; with it the page is written there (UTF-8)
    and its :class:`~pathlib.Path` is returned. No code from the files runs and torch is
    never imported.

    >>> torchckpt.report("train.pt", output="train.html")                 # doctest: +SKIP
    PosixPath('train.html')
    >>> html = torchckpt.report("train.pt", compare="slim.pt")             # doctest: +SKIP
    """
    if output is not None:
        refuse_overwrite([path, compare], [output])
    panels = [build_panel(path)]
    if compare is not None:
        panels.append(build_panel(compare))
    text = render_report(panels)
    if output is None:
        return text
    out = Path(output)
    try:
        atomic_write_bytes(out, text.encode("utf-8"))
    except OSError as exc:  # name the report, not the temporary file
        raise type(exc)(exc.errno, exc.strerror, os.fspath(out)) from None
    return out


# --- data -----------------------------------------------------------------------------------------

@dataclass
class Panel:
    """Everything the page shows about one file. ``data`` is what the page's script reads."""

    summary: InspectReport
    scan: dict[str, Any]
    modules: list[dict[str, Any]]
    data: dict[str, Any]
    names: dict[str, tuple[str, tuple[int, ...]]] = field(repr=False)  # name -> (dtype, shape), for compare
    # the same, but the main state dict's tensors named inside it (prefix stripped): `slim` output matches
    relative: dict[str, tuple[str, tuple[int, ...]]] = field(repr=False)


def build_panel(path: str | os.PathLike[str]) -> Panel:
    """Open ``path`` and collect what its report shows (the file's tensor bytes are not read)."""
    from .analysis import summarize
    from .formats import read

    # recorded: the scan below judges the pickle this reading interpreted (each pickle read once)
    with read(path, record=True) as ckpt:
        tensors = ckpt.tensors()
        summary = summarize(ckpt, max_tensors=0)
        state_dicts = ckpt.state_dicts()
        owned = _owned_bytes(tensors)
        membership = _membership(state_dicts)
        names = {name: (ref.dtype.name, tuple(ref.shape)) for name, ref in tensors.items()}
        main = _default_weights(ckpt)
        relative: dict[str, tuple[str, tuple[int, ...]]] = {}
        if main is not None:
            base = main.path + "." if main.path else ""
            inside = {base + rel: _strip(rel, main.prefix) for rel in main.tensors}
            relative = {inside[name]: value for name, value in names.items() if name in inside}
            for name, value in names.items():
                if name not in inside:
                    relative.setdefault(name, value)
        treemap, aliases = _treemap(ckpt, tensors, owned, membership, state_dicts, summary.tensor_bytes)
        modules = [_module_table(sd, owned) for sd in state_dicts]
        rows = _encode_rows(tensors)
        rows["aliases"] = aliases
        scan = _scan(ckpt)
    data = {"tensor_bytes": summary.tensor_bytes, "treemap": treemap, "rows": rows}
    return Panel(summary, scan, modules, data, names, relative)


def _owned_bytes(tensors: dict[str, Any]) -> dict[str, int]:
    """Each storage's bytes go to the first tensor that uses it: areas add up to the file's
    unique tensor bytes (tied weights and views count once)."""
    from .checkpoint import _tensor_parts

    seen: set[int] = set()
    owned: dict[str, int] = {}
    for name, ref in tensors.items():
        total = 0
        for part in _tensor_parts(ref):
            if part.storage is None:
                continue
            storage = part.storage.root
            if id(storage) not in seen:
                seen.add(id(storage))
                total += storage.nbytes
        owned[name] = total
    return owned


def _strip(name: str, prefix: str) -> str:
    return name[len(prefix):] if prefix and name.startswith(prefix) else name


def _membership(state_dicts: list[Any]) -> dict[str, tuple[Any, str]]:
    """Full tensor name -> (state dict, name inside it without the wrapper prefix)."""
    found: dict[str, tuple[Any, str]] = {}
    for sd in state_dicts:
        base = sd.path + "." if sd.path else ""
        for rel in sd.tensors:
            found.setdefault(base + rel, (sd, _strip(rel, sd.prefix)))
    return found


def _default_weights(ckpt: Any) -> Any:
    """The weights every command takes by default (what `slim`/`convert` output holds), or None."""
    from .errors import NoWeightsError

    try:
        choice = choose(ckpt)
    except NoWeightsError:
        return None
    return choice if choice.path is not None else None


def _is_parameter(sd: Any, rel: str, ref: Any) -> bool:
    return is_parameter(rel, ref, kind=sd.kind)


# --- treemap ----------------------------------------------------------------------------------------

def _optimizer_slot(parts: list[str]) -> int | None:
    """Index ``i`` when ``parts`` looks like ``<...>.state.<param id>.<slot>`` (optimizer state)."""
    n = len(parts)
    if n >= 3 and parts[n - 3] == "state" and _DIGITS.fullmatch(parts[n - 2]):
        return n - 3
    return None


def _param_names(ckpt: Any, root: str, entries: list[tuple[int, Any]],
                 state_dicts: list[Any]) -> dict[int, tuple[str, str]]:
    """Optimizer param ids -> (name in the state dict without prefix, full tensor name) of the
    model's parameters, when ``param_groups`` and a state dict agree.

    torch numbers parameters in ``model.parameters()`` order, which is the state dict's order
    with buffers left out; the mapping is used only if every state tensor's shape matches."""
    from .checkpoint import _children
    from .errors import TorchckptError

    try:
        groups = ckpt.subtree(f"{root}.param_groups" if root else "param_groups")
    except TorchckptError:  # no param_groups: no names
        return {}
    ids: list[int] = []
    for group in groups if isinstance(groups, (list, tuple)) else []:
        params = dict(_children(group)).get("params") if isinstance(group, dict) else None
        if not isinstance(params, (list, tuple)) or not all(isinstance(p, int) for p in params):
            return {}
        ids.extend(params)
    if not ids:
        return {}
    # the optimizer's ids number the trained model's parameters: raw weights before EMA copies
    ordered = sorted(state_dicts, key=lambda sd: is_ema(sd.path))
    for sd in ordered:
        base = sd.path + "." if sd.path else ""
        params = [((_strip(rel, sd.prefix), base + rel), ref) for rel, ref in sd.tensors.items()
                  if _is_parameter(sd, rel, ref)]
        if len(params) != len(ids):
            continue
        by_id = dict(zip(ids, params, strict=True))
        checked = 0
        for pid, ref in entries:
            target = by_id.get(pid)
            if target is None:
                break
            if ref.shape != ():
                if tuple(ref.shape) != tuple(target[1].shape):
                    break
                checked += 1
        else:
            if checked:
                return {pid: names for pid, (names, _) in by_id.items()}
    return {}


def _treemap(ckpt: Any, tensors: dict[str, Any], owned: dict[str, int], membership: dict[str, tuple[Any, str]],
             state_dicts: list[Any], tensor_bytes: int) -> tuple[dict[str, Any], list[list[Any]]]:
    """Three levels: top-level entry -> module (or optimizer slot) -> tensor, as nested
    ``{"n": label, "b": bytes, "t": tensors, "c": children, "o": 1 for "other"}``; and, per
    optimizer, ``[root, [param id, row of the model parameter, ...]]`` for the table."""
    # top -> list of (labels below top, bytes)
    groups: dict[str, list[tuple[tuple[str, ...], int]]] = defaultdict(list)
    optimizer: dict[str, list[tuple[str, int, int, str, Any]]] = defaultdict(list)  # root -> entries
    for name, ref in tensors.items():
        nbytes = owned[name]
        member = membership.get(name)
        if member is not None:
            if nbytes <= 0:
                continue
            sd, rel = member
            comps = tuple(rel.split("."))
            if sd.path:
                groups[sd.path.split(".")[0]].append((comps, nbytes))
            else:
                groups[comps[0] or "(root)"].append((comps[1:], nbytes))
            continue
        parts = name.split(".")
        slot = _optimizer_slot(parts)
        if slot is not None:
            optimizer[".".join(parts[:slot])].append((parts[-1], int(parts[-2]), nbytes, name, ref))
        elif nbytes > 0:
            groups[parts[0] or "(root)"].append((tuple(parts[1:]), nbytes))
    aliases = []
    row_of = {name: i for i, name in enumerate(tensors)} if optimizer else {}
    for root, entries in optimizer.items():
        names = _param_names(ckpt, root, [(pid, ref) for _, pid, _, _, ref in entries], state_dicts)
        top, *middle = root.split(".") if root else ["state"]
        for slot_name, pid, nbytes, _, _ in entries:
            if nbytes > 0:
                # grouped by slot (exp_avg, exp_avg_sq ...): "Adam's moments are 2x the model" at a glance
                module = ".".join([*middle, slot_name])
                groups[top or "(root)"].append(((module, names[pid][0] if pid in names else f"state.{pid}"), nbytes))
        pairs = [x for pid, (_, full) in sorted(names.items()) if full in row_of for x in (pid, row_of[full])]
        if pairs:
            aliases.append([root, pairs])
    for _ in range(3):  # a single top-level entry says nothing: one level deeper (model.layers.0 ...)
        if len(groups) != 1:
            break
        (label, only), = groups.items()
        if not all(len(comps) >= 2 for comps, _ in only):
            break
        groups = defaultdict(list)
        for comps, nbytes in only:
            groups[f"{label}.{comps[0]}"].append((comps[1:], nbytes))
    counted = sum(b for entries in groups.values() for _, b in entries)
    min_bytes = max(int(tensor_bytes * _MIN_FRACTION), 1)
    # Each top-level rectangle's size first, its inside only for those _trim keeps: 100k top-level
    # groups (a state dict of layers.0 ... layers.99999) end in one "other" but for 400 at most.
    tops = [{"n": label, "b": sum(map(itemgetter(1), entries)), "t": len(entries)} for label, entries in groups.items()]
    inside = {id(node): entries for node, entries in zip(tops, groups.values())}
    if tensor_bytes > counted:
        tops.append({"n": "(storages not reachable as tensors)", "b": tensor_bytes - counted, "t": 0})
    kept = [_top_node(node["n"], inside[id(node)], min_bytes) if id(node) in inside else node
            for node in _trim(tops, limit=_CHILD_LIMIT, min_bytes=min_bytes)]
    tree = {"n": "", "b": tensor_bytes, "t": len(tensors), "c": kept}
    return tree, aliases


def _top_node(label: str, entries: list[tuple[tuple[str, ...], int]], min_bytes: int) -> dict[str, Any]:
    # One module holding everything says nothing: split one component deeper (model.layers ...).
    split = 1
    for _ in range(3):
        firsts = {comps[:split] for comps, _ in entries}
        if len(firsts) == 1 and all(len(comps) > split + 1 for comps, _ in entries):
            split += 1
        else:
            break
    modules: dict[str, list[tuple[str, int]]] = defaultdict(list)
    own = 0
    for comps, nbytes in entries:
        if not comps:
            own += nbytes
            continue
        modules[".".join(comps[:split])].append((".".join(comps[split:]), nbytes))
    children = []
    for module, leaves in modules.items():
        total = sum(b for _, b in leaves)
        if len(leaves) == 1 and leaves[0][0] == "":
            children.append({"n": module, "b": total, "t": 1})
            continue
        kids = _trim([{"n": leaf or "(itself)", "b": b, "t": 1} for leaf, b in leaves], limit=_CHILD_LIMIT,
                     min_bytes=min_bytes)
        children.append({"n": module, "b": total, "t": len(leaves), **({"c": kids} if kids else {})})
    if own:
        children.append({"n": "(itself)", "b": own, "t": 1})
    total = sum(b for _, b in entries)
    node: dict[str, Any] = {"n": label, "b": total, "t": len(entries)}
    if children and not (len(children) == 1 and "c" not in children[0] and children[0]["n"] == "(itself)"):
        kids = _trim(children, limit=_CHILD_LIMIT, min_bytes=min_bytes)
        if kids:
            node["c"] = kids
    return node


def _trim(nodes: list[dict[str, Any]], *, limit: int, min_bytes: int) -> list[dict[str, Any]]:
    """Largest first; beyond ``limit`` or below ``min_bytes``, one "other" rectangle (none at
    all when nothing is big enough: the parent is drawn without children)."""
    nodes.sort(key=lambda n: -n["b"])
    keep = 0
    while keep < len(nodes) and keep < limit and nodes[keep]["b"] >= min_bytes:
        keep += 1
    if keep == 0 and len(nodes) > 1:
        return []
    if len(nodes) - keep <= 1:
        return nodes
    rest = nodes[keep:]
    other = {"n": f"other ({len(rest)})", "b": sum(n["b"] for n in rest), "t": sum(n["t"] for n in rest), "o": 1}
    return [*nodes[:keep], other]


# --- modules and parameters ----------------------------------------------------------------------

def _module_table(sd: Any, owned: dict[str, int]) -> dict[str, Any]:
    """Parameters, tensors and bytes per top-level module of one state dict."""
    base = sd.path + "." if sd.path else ""
    rows = [(tuple(_strip(rel, sd.prefix).split(".")), _is_parameter(sd, rel, ref), ref.numel,
             owned.get(base + rel, 0)) for rel, ref in sd.tensors.items()]
    split = 1
    for _ in range(3):  # one wrapper module around everything: show what is inside it
        if len({r[0][:split] for r in rows}) == 1 and all(len(r[0]) > split + 1 for r in rows):
            split += 1
        else:
            break
    groups: dict[str, list[int]] = {}
    for comps, is_param, numel, nbytes in rows:
        key = ".".join(comps[:split]) if len(comps) > split else "(own tensors)"
        g = groups.setdefault(key, [0, 0, 0])
        g[0] += numel if is_param else 0
        g[1] += 1
        g[2] += nbytes
    items = sorted(groups.items(), key=lambda kv: (-kv[1][0], -kv[1][2]))
    shown = items[:_MAX_MODULES]
    rest = items[_MAX_MODULES:]
    modules = [{"module": k, "parameters": v[0], "tensors": v[1], "bytes": v[2]} for k, v in shown]
    if rest:
        modules.append({"module": f"other ({len(rest)} modules)", "parameters": sum(v[0] for _, v in rest),
                        "tensors": sum(v[1] for _, v in rest), "bytes": sum(v[2] for _, v in rest)})
    return {"path": sd.path, "prefix": sd.prefix, "parameters": sd.parameters, "kind": sd.kind, "class": sd.cls,
            "tensors": len(sd.tensors), "partial_prefix": dict(sd.partial_prefix), "modules": modules}


# --- tensor rows ------------------------------------------------------------------------------------

def _encode_rows(tensors: dict[str, Any]) -> dict[str, Any]:
    """Columnar rows: per tensor ``k, n, c1..cn, m`` in one flat int list, where the name is
    the previous name's first ``k`` dotted components plus components ``c*`` (indices into
    ``comps``) and ``m`` indexes ``metas`` ([dtype, shape, location, kind, nbytes])."""
    comp_ids: dict[str, int] = {}
    comps: list[str] = []
    code: list[int] = []
    meta_ids: dict[tuple[Any, ...], int] = {}
    metas: list[list[Any]] = []
    lists: dict[str, dict[str, int]] = {"dtypes": {}, "locations": {}, "kinds": {}}
    prev: list[str] = []
    for name, ref in tensors.items():
        parts = name.split(".")
        k, limit = 0, min(len(prev), len(parts))
        while k < limit and prev[k] == parts[k]:
            k += 1
        code.append(k)
        code.append(len(parts) - k)
        for c in parts[k:]:
            i = comp_ids.get(c)
            if i is None:
                i = comp_ids[c] = len(comps)
                comps.append(c)
            code.append(i)
        shape = tuple(ref.shape)
        key = (ref.dtype.name, shape, ref.location, ref.kind)
        m = meta_ids.get(key)
        if m is None:
            m = meta_ids[key] = len(metas)
            metas.append([_index(lists["dtypes"], key[0]), list(shape), _index(lists["locations"], key[2]),
                          _index(lists["kinds"], key[3]), ref.nbytes])
        code.append(m)
        prev = parts
    return {"count": len(tensors), "comps": comps, "code": code, "metas": metas,
            **{k: list(v) for k, v in lists.items()}}


def _index(table: dict[str, int], value: str) -> int:
    i = table.get(value)
    if i is None:
        i = table[value] = len(table)
    return i


def decode_rows(rows: dict[str, Any]) -> list[tuple[str, str, list[int], str, str, int]]:
    """The inverse of the row encoding (what the page's script does): ``(name, dtype, shape,
    location, kind, nbytes)`` per tensor. For tests and tools reading a report back."""
    out = []
    code, comps, metas = rows["code"], rows["comps"], rows["metas"]
    prev: list[str] = []
    p = 0
    for _ in range(rows["count"]):
        k, n = code[p], code[p + 1]
        p += 2
        parts = prev[:k] + [comps[i] for i in code[p:p + n]]
        p += n
        d, shape, loc, kind, nbytes = metas[code[p]]
        p += 1
        out.append((".".join(parts), rows["dtypes"][d], shape, rows["locations"][loc], rows["kinds"][kind], nbytes))
        prev = parts
    return out


# --- scan -------------------------------------------------------------------------------------------

def _scan(path: str | os.PathLike[str] | Checkpoint) -> dict[str, Any]:
    try:
        from .scanner import scan
    except ImportError:
        return {"verdict": None, "findings": [], "more": 0, "note": "scanner unavailable"}
    from .errors import TorchckptError

    try:
        result = scan(path)
    except TorchckptError as exc:
        return {"verdict": "error", "findings": [], "more": 0, "note": str(exc)}
    findings = []
    for f in result.findings[:_MAX_FINDINGS]:
        where = f.entry or ""
        if f.offset is not None:
            where = f"{where} at byte {f.offset}".strip()
        count = getattr(f, "count", 1) or 1
        findings.append({"severity": f.severity, "kind": f.kind, "entry": where,
                         "detail": f.detail + (f" (x{count})" if count > 1 else "")})
    return {"verdict": result.verdict, "findings": findings, "more": max(len(result.findings) - _MAX_FINDINGS, 0),
            "note": ""}


# --- HTML ---------------------------------------------------------------------------------------------

def _e(value: Any) -> str:
    return html.escape(str(value), quote=True)



def _count(n: int) -> str:
    for unit, scale in (("B", 1e9), ("M", 1e6), ("K", 1e3)):
        if n >= scale:
            return f"{n / scale:.2f}{unit}"
    return str(n)


def _json_script(element_id: str, value: Any) -> str:
    # Escape <, > and & so nothing in a (hostile) tensor name can close the script element;
    # ASCII-only so names with lone surrogates survive exactly (JSON.parse takes \ud800).
    text = json.dumps(value, separators=(",", ":"))
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return f'<script type="application/json" id="{element_id}">{text}</script>'


def _asset(name: str) -> str:
    return resources.files("torchckpt").joinpath("report_assets").joinpath(name).read_text(encoding="utf-8")


def _bar(fraction: float) -> str:
    pct = max(0.0, min(100.0, 100.0 * fraction))
    return f'<span class="bar"><span style="width:{pct:.1f}%"></span></span>'


def _table(headers: Iterable[str], rows: Iterable[Iterable[str]], *, cls: str = "") -> str:
    head = "".join(f"<th>{h}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    return f'<table class="{cls}"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'


def _card(title: str, body: str, *, cls: str = "") -> str:
    return f'<section class="card {cls}"><h3>{title}</h3>{body}</section>'


def _verdict_badge(scan: dict[str, Any]) -> str:
    verdict = scan["verdict"]
    if verdict is None:
        return '<span class="badge v-none" data-verdict="unavailable">scanner unavailable</span>'
    return f'<span class="badge v-{_e(verdict)}" data-verdict="{_e(verdict)}">{_e(verdict)}</span>'


def _panel_blocks(panel: Panel, index: int) -> list[Any]:
    """The panel's blocks, always the same number in the same order: side by side, each
    block of A shares a row with the same block of B. Each block is an HTML string, except the
    grid of cards (a list of HTML strings, paired card by card)."""
    s = panel.summary
    file_size = max(s.file_size, 1)
    name = os.path.basename(s.path) or s.path
    parts: list[Any] = []
    parts.append(
        f'<header class="file" id="panel-{index}" data-panel="{index}" data-format="{_e(s.format)}" '
        f'data-tensors="{s.tensor_count}"><h2 title="{_e(s.path)}">{_e(name)} {_verdict_badge(panel.scan)}</h2>'
        f'<div class="facts"><span><b>{_e(s.format)}</b></span><span><b>{_size(s.file_size)}</b> file</span>'
        f'<span><b>{s.tensor_count:,}</b> tensors</span><span><b>{_size(s.tensor_bytes)}</b> tensor bytes</span>'
        f'<span><b>{_count(sum(sd["parameters"] for sd in s.state_dicts[:1]))}</b> parameters</span></div>'
        f'<div class="path">{_e(s.path)}</div></header>')
    items = [f"<li>{_e(h)}</li>" for h in s.hints]
    scan = panel.scan
    if scan["verdict"] in ("dangerous", "suspicious", "error"):
        first = scan["findings"][0]["detail"] if scan["findings"] else scan["note"]
        items.insert(0, f'<li class="alert">scan: {_e(scan["verdict"])}, {len(scan["findings"]) + scan["more"]} '
                        f'finding(s){": " + _e(first) if first else ""}'
                        + ("; do not torch.load it with weights_only=False" if scan["verdict"] != "error" else "")
                        + "</li>")
    parts.append('<ul class="hints">' + "".join(items) + "</ul>" if items else "")

    parts.append(_card("Where the bytes are <small>unique storage bytes by path; click to zoom</small>",
                       f'<nav class="crumbs" data-panel="{index}"></nav>'
                       f'<div class="treemap" data-panel="{index}" role="img" '
                       f'aria-label="treemap of tensor bytes by path"></div>', cls="wide"))

    grid = []
    # the contents tree: every top-level entry (epoch, train_args, date...), the rows inspect shows
    rows: list[tuple[str, ...]] = [(f'<code>{_e(r["key"] or "(root)")}</code>', _e(r["type"]), _e(r["summary"]),
             _size(r["bytes"]) if r["bytes"] else "") for r in s.tree]
    grid.append(_card("Contents <small>the top level, as <code>torchckpt inspect</code> shows it</small>",
                      _table(("key", "type", "summary", "bytes"), rows, cls="contents") if rows else
                      '<p class="muted">empty</p>', cls="contents-card"))
    rows = [(_e(r["path"]), _size(r["bytes"]), f'{r["percent"]:.1f}%', _bar(r["bytes"] / file_size))
            for r in s.size_breakdown]
    grid.append(_card("Why the file is this size", _table(("part", "bytes", "%", ""), rows, cls="num")))

    total_t = max(s.tensor_bytes, 1)
    rows = [(_e(d["dtype"]), f'{d["tensors"]:,}', _size(d["bytes"]), _bar(d["bytes"] / total_t))
            for d in s.dtypes]
    grid.append(_card("dtypes", _table(("dtype", "tensors", "bytes", ""), rows, cls="num dtypes")
                      if rows else '<p class="muted">no tensors</p>'))

    body = []
    if s.weights:  # the one line every command prints: which weights it takes and why
        body.append(f'<p class="weights-choice">{_e(s.weights["note"])}</p>')
    for sd in panel.modules:
        where = _e(sd["path"] or "(root)")
        kind = sd["kind"] + (f' {sd["class"]}' if sd["class"] else "")
        body.append(f'<h4>{where} <small>{_e(kind)}, {sd["parameters"]:,} parameters'
                    + (f', prefix <code>{_e(sd["prefix"])}</code>' if sd["prefix"] else "") + "</small></h4>")
        top = max((m["parameters"] for m in sd["modules"]), default=0) or 1
        rows = [(f'<code>{_e(m["module"])}</code>', f'{m["parameters"]:,}', f'{m["tensors"]:,}', _size(m["bytes"]),
                 _bar(m["parameters"] / top)) for m in sd["modules"]]
        body.append(_table(("module", "parameters", "tensors", "bytes", ""), rows, cls="num params"))
    grid.append(_card("Parameters per top-level module", "".join(body) if body else
                      '<p class="muted">no state dict found (no dict of tensors, no pickled module)</p>',
                      cls="params-card"))

    grid.append(_card("Scan", _scan_html(panel.scan), cls="scan"))

    rows = []
    for sd in panel.modules:
        partial = ", ".join(f"{_e(k)} ({v})" for k, v in sd["partial_prefix"].items())
        rows.append((_e(sd["path"] or "(root)"), _e(sd["kind"] + (f' {sd["class"]}' if sd["class"] else "")),
                     f'{sd["tensors"]:,}', f'<code>{_e(sd["prefix"])}</code>' if sd["prefix"] else "-",
                     partial or "-"))
    prefixes = _table(("state dict", "kind", "tensors", "prefix", "on some keys"), rows) if rows else \
        '<p class="muted">no state dicts</p>'
    locs = ", ".join(f'<code>{_e(k)}</code> ({v:,})' for k, v in s.locations.items()) or "none"
    grid.append(_card("Prefixes and locations", prefixes + f'<p class="locations">storage locations: {locs}</p>'))

    extra = []
    objects = [o for o in s.objects if o["path"]]
    if objects:
        extra.append("<h4>objects</h4>" + _table(("path", "class"), [(_e(o["path"]), f'<code>{_e(o["class"])}</code>')
                                                                    for o in objects[:100]]))
    if s.imports:
        extra.append("<h4>torch.load would import</h4><p>" + ", ".join(f"<code>{_e(i)}</code>"
                                                                       for i in s.imports[:100]) + "</p>")
    if s.shared_storages:
        extra.append("<h4>shared storages (stored once)</h4>" + _table(
            ("bytes", "tensors"), [(_size(x["bytes"]), _e(", ".join(x["tensors"][:6])
                                                            + (" ..." if len(x["tensors"]) > 6 else "")))
                                   for x in s.shared_storages[:50]], cls="num"))
    if s.oversized_storages:
        extra.append("<h4>storages bigger than their tensors</h4>" + _table(
            ("storage", "used", "tensors"), [(_size(x["storage_bytes"]), _size(x["used_bytes"]),
                                              _e(", ".join(x["tensors"][:4]))) for x in s.oversized_storages[:50]],
            cls="num"))
    info = {k: v for k, v in s.info.items() if isinstance(v, (str, int, float)) and len(str(v)) < 120}
    if info:
        extra.append("<h4>file</h4>" + _table(("key", "value"), [(_e(k), _e(v)) for k, v in list(info.items())[:30]]))
    grid.append(_card("Objects and storage", "".join(extra)))

    parts.append(grid)
    parts.append(_card("Tensors",
                       f'<div class="tools"><input type="search" class="search" data-panel="{index}" '
                       f'placeholder="filter names (space-separated terms)" aria-label="filter tensors">'
                       f'<span class="pager" data-panel="{index}"></span></div>'
                       f'<table class="tensors" data-panel="{index}" data-total="{s.tensor_count}"><thead><tr>'
                       '<th data-sort="index">#</th><th data-sort="name">name</th><th data-sort="dtype">dtype</th>'
                       '<th data-sort="shape">shape</th><th data-sort="bytes">bytes</th>'
                       '<th data-sort="location">location</th></tr></thead><tbody></tbody></table>', cls="wide")
                 + _json_script(f"data-{index}", panel.data))
    return parts


def _scan_html(scan: dict[str, Any]) -> str:
    if scan["verdict"] is None:
        return '<p class="muted">scanner unavailable: this torchckpt has no <code>scan</code></p>'
    head = f"<p>verdict: {_verdict_badge(scan)}</p>"
    if scan["note"]:
        head += f'<p class="muted">{_e(scan["note"])}</p>'
    if not scan["findings"]:
        return head + '<p class="muted">no findings</p>'
    rows = [(f'<span class="sev sev-{_e(f["severity"])}">{_e(f["severity"])}</span>', _e(f["kind"]), _e(f["detail"]),
             _e(f["entry"])) for f in scan["findings"]]
    more = f'<p class="muted">{scan["more"]:,} more findings (torchckpt scan --json lists all)</p>' \
        if scan.get("more") else ""
    return head + _table(("severity", "kind", "detail", "entry"), rows, cls="findings") + more


def _compare_html(a: Panel, b: Panel) -> str:
    """What changed between two files: tensors matched by name (or, failing that, by name
    inside each file's main state dict), and the byte totals."""
    names_a, names_b, how = a.names, b.names, "full name"
    if len(a.names.keys() & b.names.keys()) < min(len(a.names), len(b.names)) / 2:
        names_a, names_b, how = a.relative, b.relative, "name inside the main state dict"
    common = names_a.keys() & names_b.keys()
    only_a = [n for n in names_a if n not in names_b]
    only_b = [n for n in names_b if n not in names_a]
    dtype_changed = [n for n in common if names_a[n][0] != names_b[n][0]]
    shape_changed = [n for n in common if names_a[n][1] != names_b[n][1]]
    sa, sb = a.summary, b.summary

    def delta(x: int, y: int) -> str:
        if x == 0:
            return "-"
        return f"{100.0 * (y - x) / x:+.1f}%"

    rows = [("file size", _size(sa.file_size), _size(sb.file_size), delta(sa.file_size, sb.file_size)),
            ("tensor bytes", _size(sa.tensor_bytes), _size(sb.tensor_bytes),
             delta(sa.tensor_bytes, sb.tensor_bytes)),
            ("tensors", f'{sa.tensor_count:,}', f'{sb.tensor_count:,}', delta(sa.tensor_count,
                                                                                     sb.tensor_count))]
    da = {d["dtype"]: d["bytes"] for d in sa.dtypes}
    db = {d["dtype"]: d["bytes"] for d in sb.dtypes}
    for dtype in sorted(da.keys() | db.keys(), key=lambda k: -max(da.get(k, 0), db.get(k, 0))):
        rows.append((f"{_e(dtype)} bytes", _size(da.get(dtype, 0)), _size(db.get(dtype, 0)),
                     delta(da.get(dtype, 0), db.get(dtype, 0))))
    table = _table(("", "A", "B", "change"), rows, cls="num")

    def listing(title: str, names: list[str], attr: str) -> str:
        shown = ", ".join(f"<code>{_e(n)}</code>" for n in names[:20]) + (" ..." if len(names) > 20 else "")
        return f'<li data-{attr}="{len(names)}"><b>{len(names):,}</b> {title}' + (f": {shown}" if names else "") \
            + "</li>"

    items = (listing("tensors only in A", only_a, "only-a") + listing("only in B", only_b, "only-b")
             + listing("with a different dtype", sorted(dtype_changed), "dtype-changed")
             + listing("with a different shape", sorted(shape_changed), "shape-changed"))
    return _card(f"A vs B <small>{len(common):,} tensors matched by {how}</small>",
                 f'<div class="diff">{table}<ul>{items}</ul></div>', cls="wide compare-card")


def render_report(panels: list[Panel]) -> str:
    """The page for one panel, or two side by side (A, B)."""
    if not 1 <= len(panels) <= 2:
        raise ValueError("a report shows one file or two side by side")
    names = [os.path.basename(p.summary.path) for p in panels]
    title = " vs ".join(names) + " - torchckpt report"
    body = []
    if len(panels) == 2:
        body.append(_compare_html(panels[0], panels[1]))
    blocks = [_panel_blocks(p, i) for i, p in enumerate(panels)]
    if len(panels) == 1:
        *head, grid, tensors = blocks[0]
        body.append('<main class="panel">' + "".join(head) + '<div class="grid">' + "".join(grid) + "</div>"
                    + tensors + "</main>")
    else:
        cells: list[str] = []
        for a, b in zip(blocks[0], blocks[1], strict=True):
            pairs = zip(a, b, strict=True) if isinstance(a, list) else [(a, b)]
            cells.extend(f"{x or '<div></div>'}{y or '<div></div>'}" for x, y in pairs if x or y)
        body.append('<main class="pairs">' + "".join(cells) + "</main>")
    from . import __version__

    page = ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            # Nothing on this page may reach the network, whatever a tensor name contains.
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
            "script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:\">"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
            f"<meta name=\"generator\" content=\"torchckpt {_e(__version__)}\">"
            f"<title>{_e(title)}</title><style>{_asset('report.css')}</style></head>"
            f"<body class=\"{'compare' if len(panels) == 2 else 'single'}\">"
            f"<h1>torchckpt report <small>{_e(' vs '.join(names))}</small></h1>"
            + "".join(body) + f"<script>{_asset('report.js')}</script></body></html>\n")
    try:
        page.encode("utf-8")
    except UnicodeEncodeError:  # lone surrogates from a hostile file's strings: not writable as UTF-8
        page = page.encode("utf-8", "replace").decode("utf-8")
    return page
