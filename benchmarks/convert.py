"""Convert a 1 GB checkpoint the usual way and with torchckpt; compare wall time and peak memory.

The usual way is ``torch.load`` + ``safetensors.torch.save_file`` for safetensors, and
``torch.save(torch.load(src, mmap=True))`` for a torch file (the fastest torch has: the source
is mapped, not read). Each run is a fresh subprocess so its peak RSS can be read on its own
(``os.wait4``); the time is measured inside the child around the conversion alone (imports
excluded: torch's import alone costs more than a small conversion) and for the whole process
(what a user waits for; the ``--to pt`` budget is whole-process). Runs alternate and repeat
(``--repeat``, default 3); the table shows the best time and the highest peak RSS, since other
work on the machine only ever adds time. Both outputs are compared tensor by tensor.

    .venv/bin/python benchmarks/convert.py                 # 1 GB, in a temporary directory
    .venv/bin/python benchmarks/convert.py --size-mb 256 --dir /tmp/bench --only pt
"""

from __future__ import annotations

import argparse
import json
import os
import runpy
import shutil
import subprocess
import sys
import tempfile
import time

# This folder holds benchmarks/inspect.py, which would shadow the standard library's inspect.
_HERE = os.path.dirname(os.path.abspath(__file__))
sys.path[:] = [p for p in sys.path if os.path.abspath(p or ".") != _HERE]

# the same maker as benchmarks/convert.py and benchmarks/remote.py (by path: this folder is off sys.path)
MAKE = runpy.run_path(os.path.join(_HERE, "_common.py"))["MAKE_TRANSFORMER_LIKE"]

USUAL = r"""
import json, sys, time
t0 = time.perf_counter()
import torch, safetensors.torch
t1 = time.perf_counter()
src, dst, dtype = sys.argv[1], sys.argv[2], sys.argv[3]
sd = torch.load(src, map_location="cpu", weights_only=True, mmap=dst.endswith(".pt"))
if dtype != "none":
    sd = {k: v.to(getattr(torch, dtype)) if v.is_floating_point() else v for k, v in sd.items()}
if dst.endswith(".safetensors"):
    safetensors.torch.save_file(sd, dst, metadata={"format": "pt"})
else:
    torch.save(sd, dst)
t2 = time.perf_counter()
print(json.dumps({"work": t2 - t1, "imports": t1 - t0}))
"""

OURS = r"""
import json, sys, time
t0 = time.perf_counter()
from torchckpt.converter import convert
t1 = time.perf_counter()
src, dst, dtype = sys.argv[1], sys.argv[2], sys.argv[3]
convert(src, dst, dtype=None if dtype == "none" else dtype)
t2 = time.perf_counter()
print(json.dumps({"work": t2 - t1, "imports": t1 - t0, "torch_imported": "torch" in sys.modules}))
"""


def run(code: str, *args: str) -> dict:
    """Run ``code`` in a fresh interpreter; its JSON line plus wall time and peak RSS (MB)."""
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", code, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    out = proc.stdout.read()
    err = proc.stderr.read()
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    wall = time.perf_counter() - start
    if proc.returncode != 0:
        raise SystemExit(f"benchmark child failed ({proc.returncode}):\n{err.decode()}")
    result = json.loads(out.decode().strip().splitlines()[-1])
    result.update(wall=wall, rss_mb=usage.ru_maxrss / 1024,  # ru_maxrss is in KB on Linux
                  cpu=usage.ru_utime + usage.ru_stime)
    return result


SAME = r"""
import json, sys
import numpy as np
from safetensors import safe_open
with safe_open(sys.argv[1], framework="numpy") as fa, safe_open(sys.argv[2], framework="numpy") as fb:
    same = sorted(fa.keys()) == sorted(fb.keys()) and all(
        np.array_equal(fa.get_tensor(k).view(np.uint8), fb.get_tensor(k).view(np.uint8)) for k in fa.keys())
print(json.dumps({"same": same}))
"""


SAME_PT = r"""
import json, sys, torch
a, b = (torch.load(p, mmap=True, weights_only=True) for p in sys.argv[1:3])
bits = lambda t: t.contiguous().reshape(-1).view(torch.uint8)
same = list(a) == list(b) and all(x.dtype == y.dtype and x.shape == y.shape and torch.equal(bits(x), bits(y))
                                  for x, y in zip(a.values(), b.values()))
print(json.dumps({"same": same}))
"""


def same_outputs(a: str, b: str) -> bool:
    # in a child: a child's peak RSS starts from its parent's at fork, so the parent stays small
    return run(SAME if a.endswith(".safetensors") else SAME_PT, a, b)["same"]


def best(runs: list[dict]) -> dict:
    """Fastest times, highest memory: noise from other processes only adds time."""
    result = dict(runs[0])
    for key in ("work", "wall", "cpu"):
        result[key] = min(r[key] for r in runs)
    result["rss_mb"] = max(r["rss_mb"] for r in runs)
    result["torch_imported"] = any(r.get("torch_imported") for r in runs)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--size-mb", type=int, default=1024, help="checkpoint size (default 1024)")
    parser.add_argument("--dir", help="work directory (default: a temporary one, removed afterwards)")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each (default 3; best time is shown)")
    parser.add_argument("--no-verify", action="store_true", help="skip comparing the two outputs")
    parser.add_argument("--only", choices=("safetensors", "float16", "pt"), action="append",
                        help="run only these conversions (repeatable; default: all)")
    args = parser.parse_args()
    work = args.dir or tempfile.mkdtemp(prefix="torchckpt-bench-")
    os.makedirs(work, exist_ok=True)
    try:
        src = os.path.join(work, "ckpt.pt")
        subprocess.run([sys.executable, "-c", MAKE, src, str(args.size_mb << 20)], check=True)
        size = os.path.getsize(src)
        rows = []
        cases = {"safetensors": ("safetensors", ".safetensors", "none"),
                 "float16": ("safetensors, float16", ".safetensors", "float16"),
                 "pt": ("torch .pt (vs mmap load)", ".pt", "none")}
        for label, suffix, dtype in (cases[key] for key in args.only or cases):
            usual_dst = os.path.join(work, f"usual{suffix}")
            ours_dst = os.path.join(work, f"ours{suffix}")
            usual_runs, ours_runs = [], []
            for _ in range(max(1, args.repeat)):
                usual_runs.append(run(USUAL, src, usual_dst, dtype))
                ours_runs.append(run(OURS, src, ours_dst, dtype))
            usual, ours = best(usual_runs), best(ours_runs)
            same = None if args.no_verify else same_outputs(usual_dst, ours_dst)
            rows.append((label, usual, ours, same))
            for path in (usual_dst, ours_dst):
                os.unlink(path)
        load = f", load average {os.getloadavg()[0]:.1f}" if hasattr(os, "getloadavg") else ""
        print(f"\ncheckpoint: {size / 1e9:.2f} GB, {os.cpu_count()} CPUs{load}, best of {max(1, args.repeat)}; "
              "time = the conversion alone (process wall time, imports included, in brackets)\n")
        cols = ("conversion", "usual s", "torchckpt s", "time ratio", "wall ratio", "usual cpu s", "ours cpu s",
                "usual MB", "ours MB", "mem ratio", "same")
        widths = (24, 14, 14, 10, 10, 11, 10, 8, 8, 9, 5)
        head = " ".join(f"{c:<{w}}" if i == 0 else f"{c:>{w}}" for i, (c, w) in enumerate(zip(cols, widths)))
        print(head)
        print("-" * len(head))
        for label, usual, ours, same in rows:
            cells = (label, f"{usual['work']:.2f} ({usual['wall']:.2f})", f"{ours['work']:.2f} ({ours['wall']:.2f})",
                     f"{ours['work'] / usual['work']:.2f}", f"{ours['wall'] / usual['wall']:.2f}",
                     f"{usual['cpu']:.2f}", f"{ours['cpu']:.2f}",
                     f"{usual['rss_mb']:.0f}", f"{ours['rss_mb']:.0f}", f"{ours['rss_mb'] / usual['rss_mb']:.2f}",
                     "-" if same is None else ("yes" if same else "NO"))
            print(" ".join(f"{c:<{w}}" if i == 0 else f"{c:>{w}}" for i, (c, w) in enumerate(zip(cells, widths))))
        torch_free = all(not r[2]["torch_imported"] for r in rows)
        print(f"\ntorchckpt imported torch: {'no' if torch_free else 'YES'}; "
              "targets: peak memory <= 300 MB, time <= 1.2x the usual way; .pt: whole process (wall) <= 1.1x")
    finally:
        if not args.dir:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
