"""What the generators of torchckpt's compiled-with-the-package modules share (tools/dataclass_code.py,
tools/regex_code.py): write the module, or with ``--check`` say whether it is current."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path


def main(target: Path, record: str, *, script: str, doc: str | None, summary: Callable[[str], str]) -> int:
    """Write what the code ``record`` prints, run in a fresh interpreter on this tree's package, to
    ``target`` (``summary(source)`` says what it holds), or check it."""
    ap = argparse.ArgumentParser(description=doc, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--check", action="store_true", help="exit 1 if the file is out of date; write nothing")
    args = ap.parse_args()
    source = subprocess.run([sys.executable, "-c", record], capture_output=True, text=True, check=True,
                            env={**os.environ, "PYTHONPATH": str(target.parents[1])}).stdout
    if args.check:
        current = target.read_text() if target.exists() else ""
        if current != source:
            print(f"{target} is out of date: run python {script}", file=sys.stderr)
            return 1
        return 0
    target.write_text(source)
    print(f"wrote {target} ({summary(source)})")
    return 0
