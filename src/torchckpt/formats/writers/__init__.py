"""Writers for ``convert`` and ``slim``: safetensors (single or sharded), torch zip, TensorRT
``.wts`` and numpy ``.npz``. No torch: the torch zip and its pickle are written by hand.

One module per concern: :mod:`.source` (what to write, and each tensor's bytes in C order,
chunk by chunk, cast on the way by :mod:`.cast`), :mod:`.output_files` (outputs that appear
together or not at all), :mod:`.zip_archive` and :mod:`.crc32` (the stored zip torch writes,
checksummed in parallel), and one module per output format (:mod:`.torch_zip`,
:mod:`.safetensors`, :mod:`.shards`, :mod:`.wts`, :mod:`.npz`).

Everything streams tensor by tensor. Every output goes to a temporary name beside its
destination and is renamed over it only once complete (:class:`OutputFiles`); on any failure
the temporaries are removed and an existing destination is left as it was.

>>> items = [TensorItem("fc.weight", ref, by_name("float16"))]       # doctest: +SKIP
>>> with SourceReader(ckpt) as reader, OutputFiles() as out:          # doctest: +SKIP
...     write_safetensors(out, "model.safetensors", items, reader, metadata={"format": "pt"})
...     out.commit()
"""

from __future__ import annotations

from ...errors import ConvertError, OutputError
from .cast import cast
from .npz import write_npz
from .output_files import OutputFiles, Sink
from .safetensors import write_safetensors
from .shards import shard_plan, write_sharded_safetensors
from .source import CHUNK_BYTES, SourceReader, TensorItem
from .torch_zip import write_torch_zip
from .wts import write_wts
from .zip_archive import ZipWriter

__all__ = [
    "CHUNK_BYTES",
    "ConvertError",
    "OutputError",
    "OutputFiles",
    "Sink",
    "SourceReader",
    "TensorItem",
    "ZipWriter",
    "cast",
    "shard_plan",
    "write_npz",
    "write_safetensors",
    "write_sharded_safetensors",
    "write_torch_zip",
    "write_wts",
]
