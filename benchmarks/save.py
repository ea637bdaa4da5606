"""Checkpoint save cost: torchckpt (atomic + sha256 + fsync, sync and async) vs torch.save.

    python benchmarks/save.py [--gb 1.0] [--repeat 5] [--dir /tmp]

Measures, for a model of ``--gb`` GB of float32 weights (a few big Linear layers):
- wall time of ``torch.save(state_dict, path)`` (no fsync: that is what users run), and of
  ``torch.save`` followed by ``os.fsync`` (the fair comparison for durability);
- ``torchckpt.save`` (temp file, sha256 of every record, fsync, rename, fsync dir) and
  ``CheckpointManager.save`` (the same plus RNG states, ``latest`` pointer, retention);
- how long ``CheckpointManager(async_save=True).save`` blocks the training loop: the first
  call (allocates the host staging buffers) and later calls (reuse them), and how long the
  background write then takes.
Methods run interleaved, once per round, so a noisy neighbour slows all of them alike; the
table gives the median and the best round, and the process CPU time (all threads).
Peak RSS is measured per run (Linux: VmHWM reset through /proc/self/clear_refs) above the
resident model. Files go to a temporary directory that is removed.
"""

from __future__ import annotations

import os
import sys

# benchmarks/inspect.py would shadow the standard library's inspect (torch imports it)
sys.path[:] = [p for p in sys.path if os.path.abspath(p or ".") != os.path.dirname(os.path.abspath(__file__))]

import argparse  # noqa: E402
import shutil  # noqa: E402
import statistics  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402

import torch  # noqa: E402

from torchckpt.manager import CheckpointManager  # noqa: E402
from torchckpt.saving import save as atomic_save  # noqa: E402


def rss_peak_reset() -> None:
    try:
        with open("/proc/self/clear_refs", "w") as f:
            f.write("5")
    except OSError:
        pass


def rss_mb(field: str = "VmHWM") -> float:
    try:
        with open("/proc/self/status") as f:
            for line in f:
                if line.startswith(field + ":"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def build_model(gb: float) -> torch.nn.Module:
    width = 8192
    layers = max(1, round(gb * 1e9 / (width * width * 4)))
    model = torch.nn.Sequential(*(torch.nn.Linear(width, width, bias=False, device="meta") for _ in range(layers)))
    model.to_empty(device="cpu")
    with torch.no_grad():
        for p in model.parameters():
            p.uniform_(-0.01, 0.01)  # touched, non-zero pages: nothing is free to copy or write
    return model


def settle() -> None:
    os.sync()  # let the previous run's writeback finish outside the timed region
    time.sleep(0.3)


def cpu_seconds() -> float:
    import resource

    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


class Measure:
    """Wall time, CPU time (all threads) and peak RSS above the start of the run."""

    def __init__(self) -> None:
        self.wall: list[float] = []
        self.cpu: list[float] = []
        self.peak: list[float] = []

    def __enter__(self) -> Measure:
        settle()
        self._rss = rss_mb("VmRSS")
        rss_peak_reset()
        self._cpu = cpu_seconds()
        self._start = time.perf_counter()
        return self

    def __exit__(self, *exc) -> None:
        self.wall.append(time.perf_counter() - self._start)
        self.cpu.append(cpu_seconds() - self._cpu)
        self.peak.append(rss_mb() - self._rss)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gb", type=float, default=1.0)
    parser.add_argument("--repeat", type=int, default=5, help="rounds; every method runs once per round")
    parser.add_argument("--dir", default=None, help="where to write (default: the system temp dir)")
    args = parser.parse_args(argv)

    model = build_model(args.gb)
    sd = model.state_dict()
    nbytes = sum(t.numel() * t.element_size() for t in sd.values())
    work = tempfile.mkdtemp(prefix="torchckpt-bench-", dir=args.dir)
    names = ["torch.save (no fsync)", "torch.save + fsync", "torchckpt.save, no fsync",
             "torchckpt.save (atomic+sha256+fsync)", "CheckpointManager.save (sync)",
             "async save: blocked, later calls", "async save: background write"]
    results = {name: Measure() for name in names}
    first_async = Measure()
    try:
        target = os.path.join(work, "x.pt")

        def torch_save_fsync() -> None:
            torch.save(sd, target)
            fd = os.open(target, os.O_RDONLY)
            os.fsync(fd)
            os.close(fd)

        plain = {
            "torch.save (no fsync)": lambda: torch.save(sd, target),
            "torch.save + fsync": torch_save_fsync,
            "torchckpt.save, no fsync": lambda: atomic_save(sd, target, durable=False),
            "torchckpt.save (atomic+sha256+fsync)": lambda: atomic_save(sd, target),
        }
        torch.save(sd, target)  # warm-up: the first write of a process pays for page-cache growth
        os.remove(target)
        mgr = CheckpointManager(os.path.join(work, "sync"), keep_last=1)
        amgr = CheckpointManager(os.path.join(work, "async"), keep_last=1, async_save=True)
        with first_async:
            amgr.save(0, model=model)  # allocates and first-touches the host staging buffers
        amgr.wait()
        for round_ in range(args.repeat):  # interleaved: a noisy neighbour hurts every method alike
            for name, run in plain.items():
                with results[name]:
                    run()
                os.remove(target)
            with results["CheckpointManager.save (sync)"]:
                mgr.save(round_, model=model)
            with results["async save: blocked, later calls"]:
                amgr.save(round_ + 1, model=model)
            with results["async save: background write"]:
                amgr.wait()  # stands for a training step long enough to hide the write
        amgr.close()
    finally:
        shutil.rmtree(work, ignore_errors=True)

    base = statistics.median(results["torch.save (no fsync)"].wall)
    base_min = min(results["torch.save (no fsync)"].wall)
    print(f"model: {nbytes / 1e9:.2f} GB float32 in {len(sd)} tensors; torch {torch.__version__}; "
          f"{os.cpu_count()} CPUs; {args.repeat} interleaved rounds; dir {args.dir or tempfile.gettempdir()}")
    print(f"{'method':38} {'median s':>8} {'min s':>6} {'GB/s':>5} {'x torch.save':>12} {'(min)':>6} "
          f"{'CPU s':>6} {'peak RSS +MB':>12}")

    def row(name: str, m: Measure) -> None:
        med, low = statistics.median(m.wall), min(m.wall)
        print(f"{name:38} {med:8.3f} {low:6.3f} {nbytes / 1e9 / med:5.2f} {med / base:11.2f}x {low / base_min:5.2f}x "
              f"{statistics.median(m.cpu):6.2f} {max(m.peak):12.0f}")

    row("async save: blocked, first call", first_async)
    for name in names:
        row(name, results[name])
    blocked = results["async save: blocked, later calls"].wall
    sync = results["torchckpt.save (atomic+sha256+fsync)"].wall
    for label, values, budget in (("async blocked time", blocked, 0.10), ("sync save (with fsync)", sync, 1.30)):
        med, low = statistics.median(values) / base, min(values) / base_min
        verdict = "met" if med <= budget else ("met at best, not in the median" if low <= budget else "MISSED")
        print(f"budget: {label} <= {budget:.2f}x torch.save: median {med:.3f}x, best {low:.3f}x ({verdict})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
