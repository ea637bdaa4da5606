"""Write ``src/torchckpt/_dataclass_code.py``: the methods dataclasses writes for torchckpt's
dataclasses, compiled with the package (see ``torchckpt._dataclass_methods``).

    PYTHONPATH=src python tools/dataclass_code.py [--check]

Imports the modules ``inspect`` and ``scan`` may need (every reader; not the torch bridge, the
writers or the other commands' modules: each entry costs every start a little to load), in a
fresh process in which ``dataclasses._create_fn`` records the text of each method it compiles
for torchckpt, and writes those texts out as functions. ``--check`` exits 1 when the file is
not what it would write (a dataclass was added or changed: rerun without ``--check``). Run it
with the Python the package is measured on: the table is used only on the Python that wrote it.
"""

from __future__ import annotations

import sys
from pathlib import Path

import _generated  # tools/_generated.py (this folder is on the path of a script run from it)

TARGET = Path(__file__).resolve().parents[1] / "src" / "torchckpt" / "_dataclass_code.py"

# Run in the fresh process: record every text, import every module, print the module's source.
_RECORD = r"""
import dataclasses, importlib, pkgutil, sys
from torchckpt._dataclass_methods import method_text, render
texts, original = [], dataclasses._create_fn
def recording(name, args, body, *, globals=None, locals=None, return_type=dataclasses.MISSING):
    if (globals or {}).get("__name__", "").startswith("torchckpt."):  # not torch's, numpy's...
        texts.append(method_text(name, args, body, locals or (), return_type is not dataclasses.MISSING))
    return original(name, args, body, globals=globals, locals=locals, return_type=return_type)
dataclasses._create_fn = recording
import torchckpt
off_path = ("torchckpt._dataclass_code", "torchckpt.__main__", "torchckpt.formats.writers", "torchckpt.loading",
            "torchckpt.export", "torchckpt.manager", "torchckpt.saving", "torchckpt.whole", "torchckpt.migration",
            "torchckpt.compare", "torchckpt.converter", "torchckpt.html_report", "torchckpt.rebuild",
            "torchckpt.stripping")
for info in pkgutil.walk_packages(torchckpt.__path__, "torchckpt."):
    if not info.name.startswith(off_path):
        importlib.import_module(info.name)
sys.stdout.write(render(texts))
"""


def main() -> int:
    return _generated.main(TARGET, _RECORD, script="tools/dataclass_code.py", doc=__doc__,
                           summary=lambda source: f"{source.count(chr(10) + '_m')} methods")


if __name__ == "__main__":
    sys.exit(main())
