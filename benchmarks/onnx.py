"""ONNX weights: onnx.load + numpy_helper.to_array vs torchckpt.load_state_dict vs torchckpt.open + numpy.

    python benchmarks/onnx.py [--repeat 5] [--large-mb 200] [--dir /tmp]

Three models, written once:
- ``small``: a real torch.onnx export (TorchScript-based exporter) of a 60-block conv net and a
  60-block MLP: 242 small initializers and 720 nodes with attributes, like a released
  vision/tabular model;
- ``small-1k``: the same with 250 blocks each: ~1,000 small initializers, 3,000 nodes (released
  models with hundreds of tiny bias and normalization tensors);
- ``large``: ~``--large-mb`` MB of float32 MatMul weights (a few dozen initializers of 4 MB).
Each method runs in a fresh process that imports what it needs first and then times only the
load (best of ``--iterations`` calls in that process; the result is dropped between calls):
- ``onnx.load + to_array``: ``{t.name: numpy_helper.to_array(t) for t in onnx.load(p).graph.initializer}``
- ``torchckpt.load_state_dict``: torch tensors (default: copy-on-write map of the file)
- ``torchckpt.open + numpy``: the torch-free path, ``{n: ref.numpy() for n, ref in ckpt.tensors().items()}``
Methods run round-robin, ``--repeat`` rounds; the table shows the best and the median over the
rounds, the best CPU time (steadier on a shared machine), the ratio to onnx.load and the peak
RSS the first load added (Linux: VmHWM reset through /proc/self/clear_refs just before it).
Files sit in the page cache: this measures the loaders, not the disk. onnx's initializers must
come out equal from every method (torchckpt also lists Constant nodes' tensors). Budget:
load_state_dict at or below onnx.load + to_array (10% for run-to-run noise).
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
from typing import Any  # noqa: E402

# status() comes from benchmarks/_common.py (by path: this folder is off sys.path)
PROC_STATUS = runpy.run_path(os.path.join(os.path.dirname(os.path.abspath(__file__)), "_common.py"))["PROC_STATUS"]
CHILD = PROC_STATUS + r'''
import hashlib, json, sys, time
method, path, iterations = sys.argv[1], sys.argv[2], int(sys.argv[3])
if method == "onnx":
    import onnx
    from onnx import numpy_helper

    def load():
        return {t.name: numpy_helper.to_array(t) for t in onnx.load(path).graph.initializer}
elif method == "torchckpt":
    import torch
    import torchckpt

    def load():
        return torchckpt.load_state_dict(path)
else:
    import numpy
    import torchckpt

    def load():
        with torchckpt.open(path) as ckpt:
            return {name: ref.numpy() for name, ref in ckpt.tensors().items()}

with open("/proc/self/clear_refs", "w") as f:
    f.write("5")  # reset the high-water mark to the current RSS
before = status("VmRSS")
times, cpu = [], []
for i in range(iterations):
    start, start_cpu = time.perf_counter(), time.process_time()
    result = load()
    times.append(time.perf_counter() - start)
    cpu.append(time.process_time() - start_cpu)
    if i == 0:
        peak = status("VmHWM") - before
        digests = {}
        for name, value in result.items():
            array = value.numpy() if hasattr(value, "numpy") and not hasattr(value, "tobytes") else value
            digests[name] = hashlib.sha256(array.tobytes()).hexdigest()[:16] + str(array.dtype) + str(array.shape)
    del result
print(json.dumps({"seconds": min(times), "cpu": min(cpu), "peak": peak, "digests": digests}))
'''

METHODS = [
    ("onnx.load + numpy_helper.to_array", "onnx"),
    ("torchckpt.load_state_dict", "torchckpt"),
    ("torchckpt.open + ref.numpy()", "numpy"),
]


def write_small(path: str, blocks: int = 60) -> None:
    """A real export: ``blocks`` conv blocks (Conv, BatchNorm) and as many MLP blocks (Linear, LayerNorm)."""
    import warnings

    import torch
    from torch import nn

    torch.manual_seed(0)
    convs, channels = [], 8
    for _ in range(blocks):
        convs += [nn.Conv2d(channels, 16, 3, padding=1), nn.BatchNorm2d(16), nn.ReLU()]
        channels = 16

    class Net(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.body = nn.Sequential(*convs)
            self.mlp = nn.Sequential(*[nn.Sequential(nn.Linear(16, 16), nn.LayerNorm(16), nn.GELU())
                                       for _ in range(blocks)])

        def forward(self, x: torch.Tensor) -> torch.Tensor:
            return self.mlp(self.body(x).mean((2, 3)))

    model = Net().eval()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        torch.onnx.export(model, (torch.randn(1, 8, 8, 8),), path, dynamo=False, do_constant_folding=False)


def write_large(path: str, megabytes: float) -> None:
    import numpy as np
    import onnx
    from onnx import TensorProto, helper, numpy_helper

    rng = np.random.default_rng(0)
    width, inits, nodes, total, previous, i = 1024, [], [], 0, "x", 0
    while total < megabytes * 1e6:
        rows = width
        weight = rng.standard_normal((width, rows), dtype=np.float32)  # 4 MB
        bias = rng.standard_normal(rows, dtype=np.float32)
        inits += [numpy_helper.from_array(weight, f"layer{i}.weight"), numpy_helper.from_array(bias, f"layer{i}.bias")]
        nodes.append(helper.make_node("MatMul", [previous, f"layer{i}.weight"], [f"mm{i}"]))
        nodes.append(helper.make_node("Add", [f"mm{i}", f"layer{i}.bias"], [f"y{i}"]))
        total += weight.nbytes + bias.nbytes
        previous, width, i = f"y{i}", rows, i + 1
    graph = helper.make_graph(nodes, "large", [helper.make_tensor_value_info("x", TensorProto.FLOAT, [1, 1024])],
                              [helper.make_tensor_value_info(previous, TensorProto.FLOAT, [1, width])], inits)
    onnx.save(helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)]), path)


def run_once(method: str, path: str, iterations: int) -> dict[str, Any]:
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    out = subprocess.run([sys.executable, "-c", CHILD, method, path, str(iterations)], capture_output=True,
                         text=True, cwd=root)
    if out.returncode != 0:
        raise SystemExit(f"{method} failed:\n{out.stderr[-3000:]}")
    result: dict[str, Any] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def describe(path: str) -> str:
    import onnx

    model = onnx.load(path)
    count = len(model.graph.initializer)
    return (f"{count} initializers, {len(model.graph.node)} nodes, {os.path.getsize(path) / 1e6:.1f} MB "
            f"({os.path.getsize(path) / count / 1e3:.1f} kB a tensor on average)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5, help="rounds of fresh processes per method (default 5)")
    parser.add_argument("--iterations", type=int, default=0,
                        help="loads per process, best taken (default: 20 small, 3 large)")
    parser.add_argument("--large-mb", type=float, default=200, help="size of the large model (default 200 MB)")
    parser.add_argument("--dir", default=None, help="where to write the files (default: a temp dir)")
    args = parser.parse_args()

    directory = tempfile.mkdtemp(prefix="torchckpt-bench-onnx-", dir=args.dir)
    ok = True
    try:
        files = {name: os.path.join(directory, f"{name}.onnx") for name in ("small", "small-1k", "large")}
        write_small(files["small"])
        write_small(files["small-1k"], blocks=250)
        write_large(files["large"], args.large_mb)
        print(f"{os.cpu_count()} CPUs; {args.repeat} rounds of fresh processes; files in the page cache")
        for case, path in files.items():
            iterations = args.iterations or (3 if case == "large" else 20)
            print(f"\n{case}: {describe(path)}; best of {iterations} loads a process")
            samples: dict[str, list[dict[str, Any]]] = {label: [] for label, _ in METHODS}
            for _ in range(args.repeat):
                for label, method in METHODS:
                    samples[label].append(run_once(method, path, iterations))
            # torchckpt also lists Constant nodes' tensors: onnx's initializers must be among them, equal
            reference = samples[METHODS[0][0]][0]["digests"]
            same = {label: all(r["digests"].get(name) == digest for r in runs for name, digest in reference.items())
                    for label, runs in samples.items()}
            best = {label: min(r["seconds"] for r in runs) for label, runs in samples.items()}
            median = {label: statistics.median(r["seconds"] for r in runs) for label, runs in samples.items()}
            cpu = {label: min(r["cpu"] for r in runs) for label, runs in samples.items()}
            peak = {label: max(r["peak"] for r in runs) for label, runs in samples.items()}
            base = METHODS[0][0]
            print(f"{'method':<36} {'best (ms)':>10} {'median (ms)':>12} {'best CPU (ms)':>14} {'vs onnx.load':>13} "
                  f"{'peak RSS (MB)':>14} {'same tensors':>13}")
            for label, _ in METHODS:
                ok &= same[label]
                print(f"{label:<36} {best[label] * 1e3:>10.2f} {median[label] * 1e3:>12.2f} {cpu[label] * 1e3:>14.2f} "
                      f"{best[label] / best[base]:>12.2f}x {peak[label] / 1e6:>14.1f} "
                      f"{'yes' if same[label] else 'NO':>13}")
            label = "torchckpt.load_state_dict"
            verdicts = []
            for name, stat in (("best", best), ("median", median), ("best CPU", cpu)):
                fast = stat[label] <= stat[base] * 1.10
                ok &= fast
                verdicts.append(f"{name} {stat[label] * 1e3:.2f} ms vs {stat[base] * 1e3:.2f} ms "
                                f"{'ok' if fast else 'MISSED'}")
            print(f"budget {label} <= onnx.load + to_array (+10% noise): {'; '.join(verdicts)}")
        print("(ratios of best times: lower is faster; peak RSS: what the first load added to the process)")
        return 0 if ok else 1
    finally:
        shutil.rmtree(directory, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
