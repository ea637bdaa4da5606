"""safetensors: an 8-byte little-endian header length, a JSON header, then the tensor bytes.

Read without the safetensors package (the header is the whole format) so that the core
stays torch-free and tensors map straight from the file.
"""

from __future__ import annotations

import itertools
import json
import math
import struct
from typing import Any

from .. import dtypes as _dt
from ..checkpoint import Checkpoint
from ..errors import CorruptFileError, TorchckptError
from ..model import StorageRef, TensorRef
from .base import SliceSource, need

__all__ = ["header_problems", "read_header", "read_safetensors"]

MAX_HEADER = 100 * 1024 * 1024  # the safetensors library's own limit


def read_header(buf: Any, size: int, *, path: str | None = None) -> tuple[dict[str, Any], int]:
    """Parse and validate the JSON header; return it and where the data starts."""
    need(buf, 0, 8)
    (n,) = struct.unpack_from("<Q", buf, 0)
    if n > MAX_HEADER or 8 + n > size:
        raise CorruptFileError(f"safetensors header claims {n} bytes but the file has {size - 8}", path=path,
                               hint="the file is truncated or not safetensors")
    try:
        header = json.loads(bytes(buf[8:8 + n]))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
        raise CorruptFileError(f"safetensors header is not valid JSON ({type(exc).__name__}: {exc})",
                               path=path) from None
    if not isinstance(header, dict):
        raise CorruptFileError("safetensors header is not a JSON object", path=path)
    return header, 8 + n


def _entry(name: str, spec: Any, data_size: int) -> tuple[_dt.DType, tuple[int, ...], int, int]:
    """One tensor's (dtype, shape, begin, end), or :class:`CorruptFileError` saying why loaders refuse it."""
    if not isinstance(spec, dict):
        raise CorruptFileError(f"tensor {name!r} has a malformed header entry")
    try:
        dtype = _dt.by_safetensors(spec["dtype"])
        shape = tuple(spec["shape"])
        begin, end = spec["data_offsets"]
    except (KeyError, TypeError, ValueError) as exc:
        raise CorruptFileError(f"tensor {name!r} has a malformed header entry ({type(exc).__name__})") from None
    if not all(type(d) is int and d >= 0 for d in shape) or type(begin) is not int or type(end) is not int:
        raise CorruptFileError(f"tensor {name!r} has a malformed shape or offsets")
    if not 0 <= begin <= end <= data_size:
        raise CorruptFileError(f"tensor {name!r} bytes [{begin}, {end}) lie outside the {data_size}-byte data section",
                               hint="the file is truncated or damaged")
    if end - begin != math.prod(shape) * dtype.itemsize:
        raise CorruptFileError(f"tensor {name!r} bytes [{begin}, {end}) do not match its dtype and shape",
                               hint="the file is truncated or damaged")
    return dtype, shape, begin, end


def header_problems(header: dict[str, Any], data_size: int) -> list[str]:
    """Why loaders would refuse a parsed header (``__metadata__`` not a map of strings,
    malformed or out-of-range tensor entries, overlapping tensors): what the scanner warns about."""
    problems = []
    metadata = header.get("__metadata__")
    if metadata is not None and not (isinstance(metadata, dict) and
                                     all(isinstance(k, str) and isinstance(v, str) for k, v in metadata.items())):
        problems.append("__metadata__ is not a mapping of strings")
    spans = []
    for name, spec in header.items():
        if name == "__metadata__":
            continue
        try:
            _, _, begin, end = _entry(name, spec, data_size)
        except TorchckptError as exc:
            problems.append(f"{exc.message} (loaders refuse the file)")
            continue
        spans.append((begin, end, name))
    spans.sort()
    for (_, stop, first), (begin, _, second) in itertools.pairwise(spans):
        if begin < stop:
            problems.append(f"tensors {first[:60]!r} and {second[:60]!r} overlap")
    return problems


def read_safetensors(path: str, buf: Any, size: int) -> Checkpoint:
    header, start = read_header(buf, size, path=path)
    metadata = header.pop("__metadata__", None)
    data_size = size - start
    tree: dict[str, TensorRef] = {}
    storages = []
    for name, spec in header.items():
        try:
            dtype, shape, begin, end = _entry(name, spec, data_size)
        except TorchckptError as exc:
            raise exc.with_path(path) from None
        nbytes = end - begin
        storage = StorageRef(name, dtype, "cpu", nbytes, SliceSource(buf, start + begin, nbytes, what=name))
        storages.append(storage)
        tree[name] = TensorRef(dtype=dtype, shape=shape, stride=None, storage=storage)
    info = {"metadata": metadata if isinstance(metadata, dict) else None, "header_bytes": start}
    return Checkpoint(path, "safetensors", tree, file_size=size, buffer=buf, storages=storages, info=info)


def index_shard_paths(path: str, weight_map: dict[str, object]) -> dict[str, str]:
    """The file of each shard an HF index names (``weight_map`` values), each checked to stay
    inside the index's folder (:func:`~torchckpt.formats.base.contained_path`); the first that
    does not raises :class:`~torchckpt.errors.UnsafePathError`."""
    import os

    from .base import contained_path, is_url

    # beside a URL: contained_path takes the index's own URL and joins names to its folder
    folder = path if is_url(path) else os.path.dirname(os.path.abspath(path))
    found: dict[str, str] = {}
    for name, shard in weight_map.items():
        if isinstance(shard, str) and shard in found:
            continue
        checked = contained_path(folder, shard, path=path, what=f"the shard of {str(name)[:80]!r}:")
        found[shard] = checked  # type: ignore[index]
    return found


def read_safetensors_index(path: str, buf: Any, size: int) -> Checkpoint:
    """An HF sharded checkpoint: ``model.safetensors.index.json`` (``{"metadata": ...,
    "weight_map": {name: shard file}}``) and its shards, opened as one checkpoint."""

    from .base import map_file

    try:
        index = json.loads(bytes(buf[:size]))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise CorruptFileError(f"not a valid JSON index ({exc})", path=path) from None
    weight_map = index.get("weight_map") if isinstance(index, dict) else None
    if not isinstance(weight_map, dict) or not all(isinstance(v, str) for v in weight_map.values()):
        raise CorruptFileError("JSON index without a weight_map of tensor name -> shard file", path=path)
    shards = list(dict.fromkeys(weight_map.values()))
    # every shard is checked before any is opened: nothing outside the folder is ever read
    shard_paths = index_shard_paths(path, weight_map)
    tree: dict[str, TensorRef] = {}
    storages: list[StorageRef] = []
    maps = []
    total = size
    try:
        for shard in shards:
            shard_path = shard_paths[shard]
            shard_buf, shard_size = map_file(shard_path)
            maps.append(shard_buf)
            total += shard_size
            part = read_safetensors(shard_path, shard_buf, shard_size)
            for name, ref in part.tree.items():
                if weight_map.get(name) == shard:
                    tree[name] = ref
                    storages.append(ref.storage)
        missing = [name for name in weight_map if name not in tree]
        if missing:
            raise CorruptFileError(f"{len(missing)} tensors of the index are in none of its shards "
                                   f"(first: {missing[0]!r})", path=path, hint="a shard is missing or stale")
    except BaseException:
        for m in maps:
            m.close()
        raise
    info = {"metadata": index.get("metadata") if isinstance(index.get("metadata"), dict) else None,
            "shards": shards}
    return Checkpoint(path, "safetensors", tree, file_size=total, buffer=maps, storages=storages, info=info)
