"""Write ``src/torchckpt/_regex_code.py``: what ``re``'s compiler makes of the patterns the command
needs at start-up, compiled with the package (see ``torchckpt._regex``).

    PYTHONPATH=src python tools/regex_code.py [--check]

In a fresh process, records every pattern passed to ``torchckpt._regex.compile`` while importing
the modules that call it, and the one ``dataclasses`` compiles at its import, then writes the
engine's code for each. ``--check`` exits 1 when the file is not what it would write (a pattern
was added or changed: rerun without ``--check``). Run it with the Python the package is measured
on: the table is used only with the engine that wrote it.
"""

from __future__ import annotations

import sys
from pathlib import Path

import _generated  # tools/_generated.py (this folder is on the path of a script run from it)

SRC = Path(__file__).resolve().parents[1] / "src"
TARGET = SRC / "torchckpt" / "_regex_code.py"

# Run in the fresh process: record every pattern, import the modules compiling them, print the source.
_RECORD = r"""
import importlib, importlib.util, pkgutil, re, sys
from pathlib import Path
patterns, original = [], re.compile
def dataclasses_compile(pattern, flags=0):
    if sys._getframe(1).f_globals.get("__name__") == "dataclasses":
        patterns.append((pattern, flags))
    return original(pattern, flags)
re.compile = dataclasses_compile
import dataclasses
re.compile = original
import torchckpt
from torchckpt import _regex
def recording(pattern, flags=0):
    patterns.append((pattern, flags))
    return original(pattern, flags)
_regex.compile = recording
for info in pkgutil.walk_packages(torchckpt.__path__, "torchckpt."):
    spec = importlib.util.find_spec(info.name)
    if spec.origin and spec.origin.endswith(".py") and "_regex.compile(" in Path(spec.origin).read_text():
        importlib.import_module(info.name)
sys.stdout.write(_regex.render(patterns))
"""


def main() -> int:
    return _generated.main(TARGET, _RECORD, script="tools/regex_code.py", doc=__doc__,
                           summary=lambda source: f"{source.count(chr(10) + '    (')} patterns")


if __name__ == "__main__":
    sys.exit(main())
