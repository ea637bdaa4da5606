"""Benchmark: `torchckpt inspect` vs the torch way, whole process, on a ~1 GB training checkpoint.

The torch way is what people do to see what a file holds: ``torch.load(mmap=True,
weights_only=True)`` and list every tensor's name, dtype and shape. Both run in fresh
processes (interpreter start and imports included); peak RSS is each child's own.

    python benchmarks/inspect.py [--size-gb 1.0] [--repeat 5] [--keep DIR]

Budgets (issue 2): torchckpt under 150 ms and at least 5x faster than the torch way; peak
memory under 150 MB whatever the file size.
"""

from __future__ import annotations

import sys

# This file is named inspect.py (the issue names it so): keep it from shadowing the stdlib
# module for everything imported below, then load the shared helpers by path.
_HERE = sys.path.pop(0)

import argparse  # noqa: E402
import importlib.util  # noqa: E402
import os  # noqa: E402
import tempfile  # noqa: E402
from pathlib import Path  # noqa: E402

_spec = importlib.util.spec_from_file_location("_bench_common", Path(_HERE) / "_common.py")
_common = sys.modules["_bench_common"] = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_common)
PY, Sample, run_measured, table = _common.PY, _common.Sample, _common.run_measured, _common.table
MAKE = _common.MAKE_TRAINING_CHECKPOINT


TORCH_WAY = """
import sys, torch
def walk(obj, prefix=""):
    if isinstance(obj, torch.Tensor):
        print(prefix.rstrip("."), obj.dtype, tuple(obj.shape))
    elif isinstance(obj, dict):
        for k, v in obj.items():
            walk(v, f"{prefix}{k}.")
    elif isinstance(obj, (list, tuple)):
        for i, v in enumerate(obj):
            walk(v, f"{prefix}{i}.")
walk(torch.load(sys.argv[1], mmap=True, weights_only=True))
"""


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--size-gb", type=float, default=1.0)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--keep", help="directory to write the checkpoint in (kept afterwards)")
    args = ap.parse_args()
    _common.ensure_bytecode()
    tmp = tempfile.TemporaryDirectory() if not args.keep else None
    folder = Path(args.keep or tmp.name)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"train_{args.size_gb:g}gb.pt"
    if not path.exists():
        run_measured([PY, "-c", MAKE, str(path), str(args.size_gb)], repeat=1)
    size = os.path.getsize(path)
    print(f"checkpoint: {path} ({size / 1e9:.2f} GB)")
    rows = []
    for name, cmd in (
        ("torch.load(mmap=True, weights_only=True) + list", [PY, "-c", TORCH_WAY, str(path)]),
        ("torchckpt inspect --json", [PY, "-m", "torchckpt", "inspect", "--json", str(path)]),
        ("torchckpt inspect (rich view)", [PY, "-m", "torchckpt", "inspect", str(path)]),
        ("python -c pass (interpreter start, for scale)", [PY, "-c", "pass"]),
    ):
        seconds, peak = run_measured(cmd, repeat=args.repeat)
        rows.append(Sample(name, seconds, peak))
    print(table(rows, baseline=rows[0].name))
    ours = rows[1]
    print(f"\nbudget: torchckpt inspect --json {ours.seconds * 1000:.0f} ms (< 150 ms: "
          f"{'OK' if ours.seconds < 0.150 else 'MISSED'}), {rows[0].seconds / ours.seconds:.1f}x faster than torch "
          f"(>= 5x: {'OK' if rows[0].seconds / ours.seconds >= 5 else 'MISSED'}), peak {ours.peak_mb:.0f} MB "
          f"(< 150 MB: {'OK' if ours.peak_mb < 150 else 'MISSED'})")
    if tmp:
        tmp.cleanup()


if __name__ == "__main__":
    main()
