"""Helpers the benchmarks share: run a command in a fresh process, measure wall time and the
child's own peak RSS (``wait4``), and print a table of ratios."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass

PY = sys.executable

# For child scripts: status("VmRSS") / status("VmHWM") in bytes, from /proc/self/status.
PROC_STATUS = r'''
def status(field):
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith(field + ":"):
                return int(line.split()[1]) * 1024
    raise SystemExit("no /proc/self/status")

'''

# Writes a transformer-like state dict of about N bytes: argv[1] the path, argv[2] the size in bytes.
MAKE_TRANSFORMER_LIKE = r"""
import sys, torch
path, total = sys.argv[1], int(sys.argv[2])
torch.manual_seed(0)
sd, size, i = {}, 0, 0
while size < total:  # transformer-like blocks: 6 MB, 16 MB and 16 MB matrices, vectors between
    for name, shape in ((f"layers.{i}.attn.qkv.weight", (1536, 1024)), (f"layers.{i}.mlp.fc1.weight", (4096, 1024)),
                        (f"layers.{i}.mlp.fc2.weight", (1024, 4096)), (f"layers.{i}.norm.weight", (1024,)),
                        (f"layers.{i}.norm.bias", (1024,))):
        sd[name] = torch.randn(shape)
        size += sd[name].nbytes
    i += 1
torch.save(sd, path)
"""

# Writes a ~N GB training checkpoint: argv[1] the path, argv[2] the size in GB.
MAKE_TRAINING_CHECKPOINT = """
import sys, torch
from torch import nn
target = float(sys.argv[2]) * 1e9
# a transformer-ish stack: 9*width^2 fp32 weights a layer, and Adam's two moments triple that
width = 1024
layers = max(1, round(target / (3 * 4 * 9 * width * width)))
torch.manual_seed(0)
blocks = nn.ModuleList()
for _ in range(layers):
    blocks.append(nn.ModuleDict({"attn": nn.Linear(width, 4 * width), "proj": nn.Linear(width, width),
                                 "ln": nn.LayerNorm(width), "mlp_in": nn.Linear(width, 2 * width),
                                 "mlp_out": nn.Linear(2 * width, width)}))
model = nn.DataParallel(nn.Sequential(nn.Embedding(1000, width), *[b for b in blocks]))
opt = torch.optim.Adam(model.parameters())
for p in model.parameters():
    p.grad = torch.zeros_like(p)
opt.step()
torch.save({"epoch": 10, "model": model.state_dict(), "optimizer": opt.state_dict(),
            "args": {"lr": 1e-4, "width": width}}, sys.argv[1])
"""


@dataclass
class Sample:
    name: str
    seconds: float
    peak_mb: float


def ensure_bytecode() -> None:
    """Compile the package once, as an installed wheel is: start-up budgets assume cached
    bytecode, and some machines set PYTHONDONTWRITEBYTECODE."""
    import torchckpt

    src = os.path.dirname(torchckpt.__file__)
    # -f: compileall compares only the recorded mtime, so a source rewritten within the same second
    # as its bytecode (a checkout, a merge) keeps stale bytecode that every start then recompiles
    subprocess.run([PY, "-m", "compileall", "-q", "-f", src], check=True)


def run_measured(cmd: list[str], *, repeat: int = 5, env: dict | None = None,
                 ok: tuple[int, ...] = (0,)) -> tuple[float, float]:
    """Median wall seconds and max peak RSS (MB) of ``cmd`` over ``repeat`` fresh processes
    (an exit status outside ``ok`` stops the benchmark: ``scan`` exits 3 or 1 by design)."""
    seconds, _, peak = run_timed(cmd, repeat=repeat, env=env, ok=ok)
    return seconds, peak


def run_timed(cmd: list[str], *, repeat: int = 5, env: dict | None = None,
              ok: tuple[int, ...] = (0,)) -> tuple[float, float, float]:
    """:func:`run_measured` with the child's user CPU seconds too (median): on a shared machine
    wall time mostly measures the neighbours."""
    times, cpu, peaks = [], [], []
    for _ in range(repeat):
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
        _, status, usage = os.wait4(proc.pid, 0)
        times.append(time.perf_counter() - start)
        proc.returncode = os.waitstatus_to_exitcode(status)
        if proc.returncode not in ok:
            raise SystemExit(f"{' '.join(cmd)} failed: {proc.stderr.read().decode()[-2000:]}")
        cpu.append(usage.ru_utime)
        peaks.append(usage.ru_maxrss / 1024)  # KiB on Linux
    return statistics.median(times), statistics.median(cpu), max(peaks)


def table(rows: list[Sample], *, baseline: str) -> str:
    base = next(r for r in rows if r.name == baseline)
    lines = [f"{'method':<52} {'wall (ms)':>10} {'vs ' + baseline[:14]:>18} {'peak RSS (MB)':>14}"]
    for r in rows:
        ratio = base.seconds / r.seconds if r.seconds else float("inf")
        lines.append(f"{r.name:<52} {r.seconds * 1000:>10.1f} {ratio:>17.2f}x {r.peak_mb:>14.1f}")
    return "\n".join(lines)
