"""Loading weights into a model: torchckpt.load_into vs torch.load + load_state_dict vs safetensors.

    python benchmarks/load.py [--gb 1.0] [--repeat 3] [--dir /tmp]

A model of ``--gb`` GB of float32 weights (big Linear layers) is saved once with ``torch.save``
and once with safetensors. Each method then runs in a fresh process that builds the model
(zero-initialised, so its memory is resident), and measures only the load call:
- ``torch.load``: ``model.load_state_dict(torch.load(path, weights_only=True))``
- ``torch.load(mmap=True)``: the same with ``mmap=True`` (reference)
- ``safetensors.load_model``: ``safetensors.torch.load_model(model, path.safetensors)``
- ``torchckpt.load_into``: on the torch.save file and on the safetensors file
- ``torchckpt.load_into (meta)``: a model built on the meta device, materialised from the file
Methods run round-robin, ``--repeat`` rounds, so that load from other processes hits them
alike; the table shows the best and the median time. Peak RSS is the process's high-water mark
during the load (Linux: VmHWM reset through /proc/self/clear_refs) minus its RSS before the
model was built, so it counts the model plus whatever the load adds. Files sit in the page
cache (they were just written): this measures the loader, not the disk.
Budgets for torchckpt.load_into: not slower than torch.load or safetensors, peak at most the
model size + 20%.
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

WIDTH = 4096

# status() comes from benchmarks/_common.py (by path: this folder is off sys.path)
PROC_STATUS = runpy.run_path(os.path.join(os.path.dirname(os.path.abspath(__file__)), "_common.py"))["PROC_STATUS"]
CHILD = PROC_STATUS + r'''
import json, os, sys, time
method, path, layers, width = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
import torch
from torch import nn
if method.startswith("torchckpt"):
    from torchckpt.loading import load_into
if method == "safetensors":
    from safetensors.torch import load_model

torch.set_num_threads(os.cpu_count())
before_model = status("VmRSS")
with torch.device("meta"):
    model = nn.Sequential(*[nn.Linear(width, width) for _ in range(layers)])
if method != "torchckpt-meta":
    model.to_empty(device="cpu")
    with torch.no_grad():
        for p in model.parameters():
            p.zero_()
with open("/proc/self/clear_refs", "w") as f:
    f.write("5")  # reset the high-water mark to the current RSS
start = time.perf_counter()
if method == "torch.load":
    model.load_state_dict(torch.load(path, weights_only=True))
elif method == "torch.load-mmap":
    model.load_state_dict(torch.load(path, weights_only=True, mmap=True))
elif method == "safetensors":
    load_model(model, path)
else:
    load_into(model, path)
seconds = time.perf_counter() - start
peak = status("VmHWM")
check = [float(model[-1].weight.detach()[i, i]) for i in range(4)]
print(json.dumps({"seconds": seconds, "peak": peak - before_model, "check": check}))
'''

METHODS = [
    ("torch.load + load_state_dict", "torch.load", "pt"),
    ("torch.load(mmap=True) + load_state_dict", "torch.load-mmap", "pt"),
    ("safetensors.torch.load_model", "safetensors", "safetensors"),
    ("torchckpt.load_into (.pt)", "torchckpt", "pt"),
    ("torchckpt.load_into (.safetensors)", "torchckpt", "safetensors"),
    ("torchckpt.load_into (meta model, .pt)", "torchckpt-meta", "pt"),
]


def write_files(directory: str, layers: int) -> tuple[dict[str, str], list[float]]:
    import torch
    from safetensors.torch import save_file
    from torch import nn

    torch.manual_seed(0)
    with torch.device("meta"):
        model = nn.Sequential(*[nn.Linear(WIDTH, WIDTH) for _ in range(layers)])
    model.to_empty(device="cpu")
    with torch.no_grad():
        for p in model.parameters():
            p.uniform_(-0.01, 0.01)
    sd = model.state_dict()
    paths = {"pt": os.path.join(directory, "model.pt"), "safetensors": os.path.join(directory, "model.safetensors")}
    torch.save(sd, paths["pt"])
    save_file(sd, paths["safetensors"])
    check = [float(model[-1].weight.detach()[i, i]) for i in range(4)]
    return paths, check


def run_once(method: str, path: str, layers: int, check: list[float]) -> tuple[float, int]:
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    out = subprocess.run([sys.executable, "-c", CHILD, method, path, str(layers), str(WIDTH)],
                         capture_output=True, text=True, cwd=root)
    if out.returncode != 0:
        raise SystemExit(f"{method} failed:\n{out.stderr[-3000:]}")
    result = json.loads(out.stdout.strip().splitlines()[-1])
    if result["check"] != check:
        raise SystemExit(f"{method} loaded wrong values: {result['check']} != {check}")
    return result["seconds"], result["peak"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gb", type=float, default=1.0, help="model size in GB (default 1)")
    parser.add_argument("--repeat", type=int, default=3, help="processes per method (median time)")
    parser.add_argument("--dir", default=None, help="where to write the files (default: a temp dir)")
    args = parser.parse_args()

    per_layer = (WIDTH * WIDTH + WIDTH) * 4
    layers = max(1, round(args.gb * 1e9 / per_layer))
    size = layers * per_layer
    directory = tempfile.mkdtemp(prefix="torchckpt-bench-load-", dir=args.dir)
    try:
        paths, check = write_files(directory, layers)
        print(f"model: {layers} x Linear({WIDTH}, {WIDTH}) float32 = {size / 1e9:.3f} GB; "
              f"{os.cpu_count()} CPUs; {args.repeat} rounds of fresh processes; files in the page cache")
        samples: dict[str, list[tuple[float, int]]] = {label: [] for label, _, _ in METHODS}
        for _ in range(args.repeat):
            for label, method, kind in METHODS:
                samples[label].append(run_once(method, paths[kind], layers, check))
        best = {label: min(t for t, _ in runs) for label, runs in samples.items()}
        median = {label: statistics.median(t for t, _ in runs) for label, runs in samples.items()}
        peak = {label: max(p for _, p in runs) for label, runs in samples.items()}
        torch_load, st = "torch.load + load_state_dict", "safetensors.torch.load_model"
        print(f"{'method':<40} {'best (s)':>9} {'median (s)':>11} {'vs torch.load':>14} {'vs safetensors':>15} "
              f"{'peak RSS (GB)':>14} {'/ model':>8}")
        for label, _, _ in METHODS:
            print(f"{label:<40} {best[label]:>9.3f} {median[label]:>11.3f} {best[label] / best[torch_load]:>13.2f}x "
                  f"{best[label] / best[st]:>14.2f}x {peak[label] / 1e9:>14.3f} {peak[label] / size:>7.2f}x")
        print("(ratios of best times: lower is faster; peak RSS: the process's high-water mark during the load minus "
              "its RSS before building the model)")
        ok = True
        for label in ("torchckpt.load_into (.pt)", "torchckpt.load_into (.safetensors)"):
            verdicts = []
            for name, stat in (("best", best), ("median", median)):
                reference = min(stat[torch_load], stat[st])
                fast = stat[label] <= reference * 1.05  # 5%: run-to-run noise
                ok &= fast
                verdicts.append(f"{name} {stat[label]:.3f} s vs {reference:.3f} s {'ok' if fast else 'MISSED'}")
            lean = peak[label] <= size * 1.2
            ok &= lean
            print(f"budget {label}: time ({'; '.join(verdicts)}), memory {'ok' if lean else 'MISSED'} "
                  f"({peak[label] / size:.2f}x model, budget 1.20x)")
        return 0 if ok else 1
    finally:
        shutil.rmtree(directory, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
