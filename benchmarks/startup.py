"""Benchmark: start-up of `inspect --json` and `scan --json` against `python -c pass`, whole process.

Both commands run on a ~1 GB training checkpoint in fresh processes, side by side with the bare
interpreter, interleaved so that the noise of a shared machine hits all three alike; each row
is the best of ``--repeat`` runs (the least-disturbed one: start-up has no long tail of its own),
shown as ms above ``python -c pass``, with the child's peak RSS. Then the ten costliest imports
of each command (``python -X importtime``, the best self time of each module over the runs).

    python benchmarks/startup.py [--size-gb 1.0] [--repeat 15] [--keep DIR] [--path FILE] [--instructions]

On a shared, busy machine wall and CPU times swing by 2-5x; ``--instructions`` also counts the
instructions each command executes (valgrind's cachegrind, no cache simulation): one run each,
independent of the load, the figure to compare changes by.

Budget (issue 14): each command at most 40 ms above `python -c pass`.
"""

from __future__ import annotations

import sys

# This folder holds a script named inspect.py: keep it from shadowing the stdlib module for
# everything imported below, then load the shared helpers by path.
_HERE = sys.path.pop(0)

# ruff: noqa: E402 (the imports below must come after the path fix above)
import argparse
import importlib.util
import os
import re
import subprocess
import tempfile
import time
from pathlib import Path

_spec = importlib.util.spec_from_file_location("_bench_common", Path(_HERE) / "_common.py")
assert _spec is not None and _spec.loader is not None
_common = sys.modules["_bench_common"] = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_common)
PY, MAKE_TRAINING_CHECKPOINT, ensure_bytecode = _common.PY, _common.MAKE_TRAINING_CHECKPOINT, _common.ensure_bytecode

BUDGET_MS = 40.0
_IMPORTTIME = re.compile(r"import time:\s+(\d+) \|\s+(\d+) \| (\s*)(\S+)")


def _commands(path: str) -> dict[str, list[str]]:
    return {"python -c pass": [PY, "-c", "pass"],
            "torchckpt inspect --json": [PY, "-m", "torchckpt", "inspect", "--json", path],
            "torchckpt scan --json": [PY, "-m", "torchckpt", "scan", "--json", path]}


def _run_once(cmd: list[str]) -> tuple[float, float, float]:
    """Wall seconds, CPU seconds (user + system) and the child's own peak RSS (MB) of one fresh process."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - start
    assert proc.stderr is not None
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{' '.join(cmd)} failed: {proc.stderr.read().decode()[-2000:]}")
    proc.stderr.close()
    return seconds, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024  # KiB on Linux


def measure(commands: dict[str, list[str]], repeat: int) -> dict[str, tuple[float, float, float]]:
    """Best wall seconds, best CPU seconds and max peak RSS of each command, the commands
    interleaved run by run (CPU time is the steadier figure on a shared machine)."""
    best = {name: (float("inf"), float("inf"), 0.0) for name in commands}
    for _ in range(repeat):
        for name, cmd in commands.items():
            seconds, cpu, peak = _run_once(cmd)
            was = best[name]
            best[name] = (min(was[0], seconds), min(was[1], cpu), max(was[2], peak))
    return best


def import_costs(cmd: list[str], repeat: int) -> list[tuple[str, float, float]]:
    """``(module, self ms, cumulative ms)`` from ``-X importtime``, the best of ``repeat`` runs of each
    module, costliest self time first."""
    best: dict[str, tuple[float, float]] = {}
    for _ in range(repeat):
        out = subprocess.run([cmd[0], "-X", "importtime", *cmd[1:]], capture_output=True, text=True, check=True)
        for line in out.stderr.splitlines():
            m = _IMPORTTIME.match(line)
            if m:
                own, total, name = int(m[1]) / 1000, int(m[2]) / 1000, m[4]
                was = best.get(name, (float("inf"), float("inf")))
                best[name] = (min(was[0], own), min(was[1], total))
    return sorted(((n, s, c) for n, (s, c) in best.items()), key=lambda row: -row[1])


def instructions(cmd: list[str]) -> float:
    """Millions of instructions ``cmd`` executes (valgrind cachegrind without cache simulation)."""
    done = subprocess.run(["valgrind", "--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null",
                           *cmd], capture_output=True, text=True, check=True)
    found = re.search(r"I\s+refs:\s+([\d,]+)", done.stderr)
    if found is None:
        raise SystemExit(f"valgrind printed no instruction count: {done.stderr[-500:]}")
    return int(found[1].replace(",", "")) / 1e6


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--size-gb", type=float, default=1.0)
    ap.add_argument("--repeat", type=int, default=15)
    ap.add_argument("--keep", help="directory to write the checkpoint in (kept afterwards)")
    ap.add_argument("--path", help="an existing checkpoint to use instead of writing one")
    ap.add_argument("--instructions", action="store_true", help="also count instructions (needs valgrind)")
    args = ap.parse_args()
    ensure_bytecode()
    tmp = tempfile.TemporaryDirectory() if not (args.keep or args.path) else None
    if args.path:
        path = Path(args.path)
    else:
        folder = Path(args.keep or tmp.name)  # type: ignore[union-attr]
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"train_{args.size_gb:g}gb.pt"
        if not path.exists():
            subprocess.run([PY, "-c", MAKE_TRAINING_CHECKPOINT, str(path), str(args.size_gb)], check=True)
    print(f"checkpoint: {path} ({os.path.getsize(path) / 1e9:.2f} GB); best of {args.repeat} runs each")
    commands = _commands(str(path))
    rows = measure(commands, args.repeat)
    base, base_cpu, _ = rows["python -c pass"]
    print(f"{'command':<28} {'wall (ms)':>10} {'above pass':>11} {'cpu (ms)':>10} {'above pass':>11} "
          f"{'peak RSS (MB)':>14}")
    for name, (seconds, cpu, peak) in rows.items():
        print(f"{name:<28} {seconds * 1000:>10.1f} {(seconds - base) * 1000:>11.1f} {cpu * 1000:>10.1f} "
              f"{(cpu - base_cpu) * 1000:>11.1f} {peak:>14.1f}")
    verdicts = []
    for name in ("torchckpt inspect --json", "torchckpt scan --json"):
        above = (rows[name][0] - base) * 1000
        verdicts.append(f"{name.split()[1]} {above:.0f} ms above ({'OK' if above <= BUDGET_MS else 'MISSED'})")
    print(f"\nbudget <= {BUDGET_MS:.0f} ms above python -c pass: " + "; ".join(verdicts))
    if args.instructions:
        counts = {name: instructions(cmd) for name, cmd in commands.items()}
        base_count = counts["python -c pass"]
        print("\ninstructions executed (millions; valgrind):")
        for name, count in counts.items():
            print(f"  {name:<28} {count:>8.1f}  above pass {count - base_count:>7.1f}")
    for name in ("torchckpt inspect --json", "torchckpt scan --json"):
        costs = import_costs(commands[name], max(3, args.repeat // 3))
        total = sum(s for _, s, _ in costs)
        print(f"\n{name}: {len(costs)} modules imported, {total:.1f} ms of imports in all (-X importtime); top 10:")
        print(f"  {'module':<40} {'self (ms)':>10} {'cumulative (ms)':>16}")
        for module, own, cumulative in costs[:10]:
            print(f"  {module:<40} {own:>10.2f} {cumulative:>16.2f}")
    if tmp:
        tmp.cleanup()


if __name__ == "__main__":
    main()
