"""Benchmark: files of 100k tensors (issue 14), torchckpt against torch.load, side by side.

Two files people save: a state dict of 100k small tensors, and an optimizer state dict of
100k parameters (Adam: ``step``, ``exp_avg``, ``exp_avg_sq`` each, so 300k tensors). Every
row runs in fresh processes (interpreter start and imports included); peak RSS is each
child's own; times are the median of ``--repeat`` runs.

- ``torch.load(mmap=True, weights_only=True)``: what torch needs to open the file;
- torchckpt ``open`` through the Python API (``open(path).tensors()``), then ``inspect --json``
  and ``scan --json`` as a user runs them (the file is judged whole: pickle and every entry),
  and ``report`` (open and scan sharing one reading of the pickle);
- ``python -c pass`` for scale, and two yardsticks of the state dict's open: the objects it
  builds per tensor with nothing read, and torch's walk of the zip directory alone (what no
  pure-Python reading avoids; see FLOOR_OBJECTS).

Each row gives wall time, the child's user CPU time (the steadier number on a shared machine)
and its peak RSS.

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
PY, run_measured, run_timed = _common.PY, _common.run_measured, _common.run_timed

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

# Yardsticks for open (argv: path, tensor count): what any pure-Python reading of the state dict
# builds, with nothing parsed. The objects: each record's key and storage key, its storage id,
# StorageRef (and the source it reads from), size, stride, OrderedDict, arguments and TensorRef,
# on the memo and the stack as the unpickler keeps them (inputs made first, a few ms). The walk:
# torch's reading of the zip's central directory alone (an entry per storage).
FLOOR_OBJECTS = """
import sys
from torchckpt import dtypes
from torchckpt.formats.torch_zip import _EntrySource
from torchckpt.model import PickledOrderedDict, StorageRef, TensorRef
from torchckpt.unpickler import gc_paused
def build(n):   # (in a function: locals, as the unpickler's loop has them)
    keys = [b"layers.%d.weight" % i for i in range(n)]
    digits = [b"%d" % i for i in range(n)]
    dtype, memo, stack = dtypes.by_name("float32"), [], []
    for i in range(n):
        key, storage_key = keys[i].decode("utf-8", "surrogatepass"), digits[i].decode()
        pid = ("storage", dtype, storage_key, "cpu", 4)
        ref = StorageRef(storage_key, dtype, "cpu", 16, _EntrySource(None, i), "little")
        size, stride, hooks = (4,), (1,), PickledOrderedDict()
        args = (ref, 0, size, stride, False, hooks)
        tensor = TensorRef(dtype, size, stride, ref, 0, False)
        stack += (key, tensor)
        memo += (key, storage_key, pid, size, stride, hooks, args, tensor)
    return memo, stack
with gc_paused():
    built = build(int(sys.argv[2]))
"""
FLOOR_WALK = """
import mmap, sys
from torchckpt.formats._zip import ZipArchive
with open(sys.argv[1], "rb") as f:
    ZipArchive(mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ))
"""


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
        rows: list[tuple[str, float, float, float]] = []
        for name, cmd, ok in (
            ("torch.load(mmap=True, weights_only=True)", [PY, "-c", TORCH_LOAD, str(path)], (0,)),
            ("torchckpt.open(path).tensors()", [PY, "-c", OPEN, str(path)], (0,)),
            ("torchckpt inspect --json", [PY, "-m", "torchckpt", "inspect", "--json", str(path)], (0,)),
            # exit 0 safe, 3 suspicious, 1 dangerous: all are verdicts; 2 (an error) is not
            ("torchckpt scan --json", [PY, "-m", "torchckpt", "scan", "--json", str(path)], (0, 1, 3)),
            ("torchckpt report (open + scan, one parse)",
             [PY, "-m", "torchckpt", "report", "-o", "-", str(path)], (0,)),
            ("python -c pass (interpreter start, for scale)", [PY, "-c", "pass"], (0,)),
            ("floor: open's objects alone, nothing read", [PY, "-c", FLOOR_OBJECTS, str(path), str(args.tensors)],
             (0,)),
            ("floor: torch's directory walk alone", [PY, "-c", FLOOR_WALK, str(path)], (0,)),
        ):
            if name.startswith("floor") and kind != "state-dict":
                continue   # (the yardsticks are the state dict's)
            rows.append((name, *run_timed(cmd, repeat=args.repeat, ok=ok)))
        base = rows[0][1]
        print(f"{'method':<48} {'wall (ms)':>10} {'user CPU (ms)':>14} {'vs torch.load':>14} {'peak RSS (MB)':>14}")
        for name, wall, cpu, peak in rows:
            print(f"{name:<48} {wall * 1000:>10.1f} {cpu * 1000:>14.1f} {base / wall:>13.2f}x {peak:>14.1f}")
        if kind == "state-dict":
            (_, open_wall, open_cpu, open_peak), (_, scan_wall, scan_cpu, _) = rows[1], rows[3]
            budgets.append(f"open {open_wall:.2f} s wall / {open_cpu:.2f} s CPU (<= 1 s: "
                           f"{'OK' if open_wall <= 1 else 'MISSED'}), {open_peak:.0f} MB (<= 120 MB: "
                           f"{'OK' if open_peak <= 120 else 'MISSED'}); scan {scan_wall:.2f} s wall / {scan_cpu:.2f} s "
                           f"CPU (<= 1.5 s: {'OK' if scan_wall <= 1.5 else 'MISSED'})")
    print("\nbudget (state dict):", *budgets)
    if tmp:
        tmp.cleanup()


if __name__ == "__main__":
    main()
