"""Benchmark: files of 100k tensors (issue 14), torchckpt against torch.load, side by side.

Two files people save: a state dict of 100k small tensors, and an optimizer state dict of
100k parameters (Adam: ``step``, ``exp_avg``, ``exp_avg_sq`` each, so 300k tensors). Every
row runs in fresh processes (interpreter start and imports included); peak RSS is each
child's own; times are the median of ``--repeat`` runs.

- ``torch.load(mmap=True, weights_only=True)``: what torch needs to open the file;
- torchckpt ``open`` through the Python API (``open(path).tensors()``), then ``inspect --json``
  and ``scan --json`` as a user runs them (the file is judged whole: pickle and every entry);
- ``python -c pass`` for scale.

    python benchmarks/many_tensors.py [--tensors 100000] [--repeat 3] [--keep DIR]

Budgets (issue 14): open <= 1 s and <= 120 MB, scan <= 1.5 s, for the 100k-tensor state dict.
"""

from __future__ import annotations

import sys

# this folder holds scripts named like stdlib modules (inspect.py): keep it off the import path
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

# argv: path, tensor count, kind ("state-dict" | "optimizer")
MAKE = """
import sys, torch
path, n, kind = sys.argv[1], int(sys.argv[2]), sys.argv[3]
torch.manual_seed(0)
if kind == "state-dict":
    torch.save({f"layers.{i}.weight": torch.randn(4) for i in range(n)}, path)
else:
    params = [torch.nn.Parameter(torch.randn(2)) for _ in range(n)]
    opt = torch.optim.Adam(params)
    for p in params:
        p.grad = torch.zeros_like(p)
    opt.step()
    torch.save(opt.state_dict(), path)
"""

TORCH_LOAD = "import sys, torch; torch.load(sys.argv[1], mmap=True, weights_only=True)"
OPEN = "import sys, torchckpt; torchckpt.open(sys.argv[1]).tensors()"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--tensors", type=int, default=100_000)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--keep", help="directory to write the files in (kept afterwards)")
    args = ap.parse_args()
    _common.ensure_bytecode()
    tmp = tempfile.TemporaryDirectory() if not args.keep else None
    folder = Path(args.keep or tmp.name)
    folder.mkdir(parents=True, exist_ok=True)
    budgets = []
    for kind in ("state-dict", "optimizer"):
        path = folder / f"{kind}_{args.tensors}.pt"
        if not path.exists():
            run_measured([PY, "-c", MAKE, str(path), str(args.tensors), kind], repeat=1)
        print(f"\n{kind} of {args.tensors} {'tensors' if kind == 'state-dict' else 'parameters'}: {path} "
              f"({os.path.getsize(path) / 1e6:.1f} MB)")
        rows = []
        for name, cmd, ok in (
            ("torch.load(mmap=True, weights_only=True)", [PY, "-c", TORCH_LOAD, str(path)], (0,)),
            ("torchckpt.open(path).tensors()", [PY, "-c", OPEN, str(path)], (0,)),
            ("torchckpt inspect --json", [PY, "-m", "torchckpt", "inspect", "--json", str(path)], (0,)),
            # exit 0 safe, 3 suspicious, 1 dangerous: all are verdicts; 2 (an error) is not
            ("torchckpt scan --json", [PY, "-m", "torchckpt", "scan", "--json", str(path)], (0, 1, 3)),
            ("python -c pass (interpreter start, for scale)", [PY, "-c", "pass"], (0,)),
        ):
            seconds, peak = run_measured(cmd, repeat=args.repeat, ok=ok)
            rows.append(Sample(name, seconds, peak))
        print(table(rows, baseline=rows[0].name))
        if kind == "state-dict":
            opened, scanned = rows[1], rows[3]
            budgets.append(f"open {opened.seconds:.2f} s (<= 1 s: {'OK' if opened.seconds <= 1 else 'MISSED'}), "
                           f"{opened.peak_mb:.0f} MB (<= 120 MB: {'OK' if opened.peak_mb <= 120 else 'MISSED'}); "
                           f"scan {scanned.seconds:.2f} s (<= 1.5 s: {'OK' if scanned.seconds <= 1.5 else 'MISSED'})")
    print("\nbudget (state dict):", *budgets)
    if tmp:
        tmp.cleanup()


if __name__ == "__main__":
    main()
