"""Whole-checkpoint loading and migration, side by side with torch:

    python benchmarks/load_migrate.py [--gb 1.0] [--repeat 3] [--dir /tmp]

A ~``--gb`` GB training checkpoint (weights + Adam's two moments + numpy scalars and arrays, an
argparse.Namespace, RNG states) is written once with ``torch.save``. Each method then runs in a
fresh process, round-robin for ``--repeat`` rounds, and measures only its call:
- ``torch.load(mmap)``: ``torch.load(path, mmap=True, weights_only=False)``
- ``torchckpt.load``: ``torchckpt.load(path)`` (mmap, copy-on-write; nothing from the file runs)
- ``torch.load+save``: ``torch.save(torch.load(path, weights_only=False), dst)``
- ``torchckpt.migrate``: ``torchckpt.migrate(path, dst)`` (no torch in the process)
Peak RSS is the process's high-water mark during the call (VmHWM, reset through
/proc/self/clear_refs before it); ``total`` is the whole process's. Budgets (issue 12):
``torchckpt.load`` time <= 1.0x torch.load(mmap), peak <= 1.1x; ``migrate`` time <= 1.2x
torch.load+save, process peak <= 300 MB. Files sit in the page cache: this measures the loaders.
"""

from __future__ import annotations

import os
import runpy
import sys

# benchmarks/inspect.py would shadow the standard library's inspect (torch imports it)
sys.path[:] = [p for p in sys.path if os.path.abspath(p or ".") != os.path.dirname(os.path.abspath(__file__))]

import argparse  # noqa: E402
import json  # noqa: E402
import shutil  # noqa: E402
import statistics  # noqa: E402
import subprocess  # noqa: E402
import tempfile  # noqa: E402

MAKE = r'''
import argparse, random, sys
import numpy as np, torch
from torch import nn
target, width = float(sys.argv[2]) * 1e9, 1024
layers = max(1, round(target / (3 * 4 * 12 * width * width)))  # 12*width^2 weights a layer, x3 with Adam
torch.manual_seed(0)
model = nn.Sequential(*[nn.Sequential(nn.Linear(width, 4 * width), nn.Linear(4 * width, width), nn.LayerNorm(width),
                                      nn.Linear(width, 4 * width)) for _ in range(layers)])
opt = torch.optim.Adam(model.parameters())
for p in model.parameters():
    p.grad = torch.zeros_like(p)
opt.step()
sched = torch.optim.lr_scheduler.CosineAnnealingLR(opt, 100)
torch.save({"epoch": np.int64(10), "best_acc": np.float64(0.87), "model": model.state_dict(),
            "optimizer": opt.state_dict(), "scheduler": sched.state_dict(),
            "args": argparse.Namespace(lr=1e-4, width=width, data="/data/imagenet"),
            "history": np.linspace(0, 1, 10000), "rng": {"python": random.getstate(),
            "numpy": np.random.get_state(), "torch": torch.get_rng_state()}}, sys.argv[1])
'''

# status() comes from benchmarks/_common.py (by path: this folder is off sys.path)
PROC_STATUS = runpy.run_path(os.path.join(os.path.dirname(os.path.abspath(__file__)), "_common.py"))["PROC_STATUS"]
CHILD = PROC_STATUS + r'''
import json, sys, time
method, path, dst = sys.argv[1], sys.argv[2], sys.argv[3]
if method.startswith("torch."):
    import torch
elif method == "torchckpt.load":
    import torch
    import torchckpt
    load = torchckpt.load
else:
    import torchckpt
    migrate = torchckpt.migrate

before = status("VmRSS")
with open("/proc/self/clear_refs", "w") as f:
    f.write("5")  # reset the high-water mark to the current RSS
start = time.perf_counter()
if method == "torch.load-mmap":
    out = torch.load(path, mmap=True, weights_only=False)
elif method == "torchckpt.load":
    out = load(path)
elif method == "torch.load+save":
    torch.save(torch.load(path, weights_only=False), dst)
else:
    migrate(path, dst)
seconds = time.perf_counter() - start
peak = status("VmHWM")
print(json.dumps({"seconds": seconds, "peak": peak - before, "total": peak}))
'''

LOADS = ("torch.load-mmap", "torchckpt.load")
MIGRATES = ("torch.load+save", "torchckpt.migrate")


def _run(method: str, path: str, dst: str) -> dict[str, float]:
    proc = subprocess.run([sys.executable, "-c", CHILD, method, path, dst], capture_output=True, text=True,
                          check=False)
    if proc.returncode != 0:
        raise SystemExit(f"{method} failed: {proc.stderr[-2000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--gb", type=float, default=1.0)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--dir", default=None)
    args = parser.parse_args()
    work = tempfile.mkdtemp(prefix="torchckpt-bench-", dir=args.dir)
    try:
        path = os.path.join(work, "train.pt")
        subprocess.run([sys.executable, "-c", MAKE, path, str(args.gb)], check=True)
        size = os.path.getsize(path)
        results: dict[str, list[dict[str, float]]] = {m: [] for m in (*LOADS, *MIGRATES)}
        for _ in range(args.repeat):
            for method in results:
                dst = os.path.join(work, f"out-{method}.pt")
                results[method].append(_run(method, path, dst))
                if os.path.exists(dst):
                    os.unlink(dst)
        print(f"checkpoint: {size / 1e9:.2f} GB (weights + Adam + numpy/argparse/RNG extras), "
              f"{args.repeat} rounds, median time, max peak")
        print(f"{'method':<20} {'time (s)':>9} {'peak during call (MB)':>22} {'process peak (MB)':>18}")
        summary = {}
        for method, samples in results.items():
            t = statistics.median(s["seconds"] for s in samples)
            peak = max(s["peak"] for s in samples) / 1e6
            total = max(s["total"] for s in samples) / 1e6
            summary[method] = (t, peak, total)
            print(f"{method:<20} {t:>9.3f} {peak:>22.1f} {total:>18.1f}")
        for ours, theirs, budget in (("torchckpt.load", "torch.load-mmap", "time <= 1.0x, peak <= 1.1x"),
                                     ("torchckpt.migrate", "torch.load+save", "time <= 1.2x, process peak <= 300 MB")):
            (t1, p1, q1), (t0, p0, q0) = summary[ours], summary[theirs]
            print(f"{ours} / {theirs}: time {t1 / t0:.2f}x, process peak {q1 / q0:.2f}x "
                  f"(during the call: {p1:.1f} vs {p0:.1f} MB)  (budget: {budget})")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
