"""Sharded safetensors: shards of at most a given size plus the index ``transformers`` loads."""

from __future__ import annotations

import json
import os

from .output_files import OutputFiles, Sink
from .safetensors import write_safetensors
from .source import SourceReader, TensorItem

__all__ = ["shard_plan", "write_sharded_safetensors"]


def shard_plan(items: list[TensorItem], max_bytes: int) -> list[list[TensorItem]]:
    """Greedy in file order, like ``huggingface_hub.split_torch_state_dict_into_shards``: a new
    shard starts when the next tensor would overflow the current one; a tensor bigger than
    ``max_bytes`` gets a shard of its own."""
    shards: list[list[TensorItem]] = [[]]
    size = 0
    for item in items:
        if shards[-1] and size + item.nbytes > max_bytes:
            shards.append([])
            size = 0
        shards[-1].append(item)
        size += item.nbytes
    return shards


def write_sharded_safetensors(out: OutputFiles, path: str, items: list[TensorItem], reader: SourceReader,
                              *, max_shard_bytes: int, metadata: dict[str, str] | None = None) -> list[Sink]:
    """``model-00001-of-00003.safetensors`` ... beside ``path`` plus ``path + ".index.json"``
    (``metadata.total_size``, ``weight_map``), the layout ``transformers`` loads. When
    everything fits in one shard, a single file at ``path`` and no index, as
    ``save_pretrained`` does."""
    shards = shard_plan(items, max_shard_bytes)
    if len(shards) == 1:
        return [write_safetensors(out, path, items, reader, metadata=metadata)]
    directory, base = os.path.split(os.path.abspath(path))
    stem = base[: -len(".safetensors")] if base.endswith(".safetensors") else base
    sinks = []
    weight_map: dict[str, str] = {}
    for i, shard in enumerate(shards, 1):
        name = f"{stem}-{i:05d}-of-{len(shards):05d}.safetensors"
        sinks.append(write_safetensors(out, os.path.join(directory, name), shard, reader, metadata=metadata))
        weight_map.update((item.name, name) for item in shard)
    index = {"metadata": {"total_size": sum(item.nbytes for item in items)}, "weight_map": weight_map}
    sink = out.create(os.path.join(directory, f"{base}.index.json"))
    sink.write((json.dumps(index, indent=2, sort_keys=True) + "\n").encode("utf-8"))
    sinks.append(sink)
    return sinks
