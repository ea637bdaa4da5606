"""``scan -r`` over 2,000 small checkpoints: 1 and N workers, without a cache, cold and warm cache, vs picklescan.

    python benchmarks/scan_many.py [--files 2000] [--jobs N] [--runs 3] [--peers-python /work/peers-venv/bin/python]

The directory holds what an artifact mirror does: torch zip state dicts, legacy torch files, safetensors
files and a few hostile pickles (``os.system``), in folders of 100. Every row is a whole process
(``python -m torchckpt scan -r DIR``, and ``picklescan -p DIR`` from the peers' interpreter); the best
wall time of ``--runs`` runs is kept (the machine is shared). Peak RSS is the largest single process of the
run (``wait4``: the command or any of its workers), not their sum. Files/s counts every file of the directory.
"""

from __future__ import annotations

import sys

# this folder holds scripts named like stdlib modules (inspect.py): keep it off the import path
sys.path[:] = [p for p in sys.path if p not in ("", __file__.rpartition("/")[0] or ".")]

# ruff: noqa: E402 (the imports below must come after the path fix above)
import argparse
import json
import os
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))

HOSTILE = b"\x80\x02cos\nsystem\nX\x07\x00\x00\x00echo hi\x85R."


def build(root: Path, count: int) -> int:
    """``count`` files; returns how many are hostile."""
    import torch
    from safetensors.torch import save_file

    hostile = 0
    for i in range(count):
        folder = root / f"shard{i // 100:03d}"
        folder.mkdir(exist_ok=True)
        size = 4 + i % 29
        kind = i % 20
        if kind == 19 and i % 100 == 99:
            (folder / f"bad{i}.pkl").write_bytes(HOSTILE + str(i).encode())
            hostile += 1
        elif kind < 9:
            torch.save({"w": torch.full((size, 4), float(i)), "b": torch.zeros(size), "step": i},
                       folder / f"m{i}.pt")
        elif kind < 14:
            torch.save({"w": torch.full((size,), float(i))}, folder / f"legacy{i}.pt",
                       _use_new_zipfile_serialization=False)
        else:
            save_file({"w": torch.full((size, 4), float(i))}, str(folder / f"m{i}.safetensors"))
    return hostile


def measured(cmd: list[str], env: dict[str, str]) -> tuple[float, float, str]:
    """Wall seconds, peak RSS (MB, largest process) and stdout of one run (any exit code)."""
    with tempfile.TemporaryFile() as out:
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=out, stderr=subprocess.DEVNULL, env=env)
        _, _, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - start
        out.seek(0)
        return seconds, usage.ru_maxrss / 1024, out.read().decode(errors="replace")


def main() -> int:
    from torchckpt.fleet import default_jobs

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=2000)
    parser.add_argument("--jobs", type=int, default=default_jobs())
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--peers-python", default="/work/peers-venv/bin/python")
    parser.add_argument("--build", metavar="DIR", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.build:
        print(build(Path(args.build), args.files))
        return 0
    env = dict(os.environ, PYTHONPATH=str(HERE.parent / "src") + os.pathsep + os.environ.get("PYTHONPATH", ""))
    with tempfile.TemporaryDirectory() as tmp:
        # An installed package runs from compiled bytecode; this environment may forbid writing it
        # (PYTHONDONTWRITEBYTECODE), so the caches go to a temporary prefix, warmed by the first run.
        env["PYTHONPYCACHEPREFIX"] = str(Path(tmp) / "pycache")
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        root = Path(tmp) / "mirror"
        root.mkdir()
        # built in another process: a child's peak RSS (wait4) starts from its parent's, and torch is big
        hostile = int(subprocess.run([sys.executable, __file__, "--files", str(args.files), "--build", str(root)],
                                     env=env, check=True, capture_output=True, text=True).stdout)
        time.sleep(1.2)  # files whose times are within a second of a scan are not cached (racy-file rule)
        scan = [sys.executable, "-m", "torchckpt", "scan", "-r", str(root), "--json"]
        warm_dir = Path(tmp) / "warm"
        rows: list[tuple[str, list[str] | None, str | None]] = []
        for jobs in (1, args.jobs):
            rows.append((f"torchckpt, {jobs} worker(s), no cache", [*scan, "--jobs", str(jobs)], None))
            rows.append((f"torchckpt, {jobs} worker(s), cold cache", [*scan, "--jobs", str(jobs)], "cold"))
            rows.append((f"torchckpt, {jobs} worker(s), warm cache", [*scan, "--jobs", str(jobs)], "warm"))
        picklescan = Path(args.peers_python).parent / "picklescan"
        if picklescan.exists():
            rows.append(("picklescan -p DIR", [str(picklescan), "-p", str(root)], None))
        else:
            print(f"picklescan not found beside {args.peers_python}: skipped", file=sys.stderr)
        subprocess.run([*scan, "--cache", str(warm_dir)], env=env, capture_output=True)  # warms the cache
        results = []
        for name, cmd, cache in rows:
            assert cmd is not None
            best: tuple[float, float, str] | None = None
            for run in range(args.runs):
                full = cmd
                if cache == "cold":
                    full = [*cmd, "--cache", str(Path(tmp) / f"cold-{len(results)}-{run}")]
                elif cache == "warm":
                    full = [*cmd, "--cache", str(warm_dir)]
                sample = measured(full, env)
                best = sample if best is None or sample[0] < best[0] else (best[0], max(best[1], sample[1]), best[2])
            assert best is not None
            seconds, peak, out = best
            if name.startswith("torchckpt"):
                reports = json.loads(out)
                flagged = sum(r["verdict"] == "dangerous" for r in reports)
            else:
                flagged = int(next((line.split(":")[1] for line in out.splitlines()
                                    if line.startswith("Infected files")), "-1"))
            results.append((name, seconds, peak, flagged))
            for leftover in Path(tmp).glob("cold-*"):
                shutil.rmtree(leftover, ignore_errors=True)
    base = next((r for r in results if r[0].startswith("picklescan")), results[0])
    print(f"{args.files} files ({hostile} hostile), {args.jobs} cores, best of {args.runs} runs, whole process")
    print(f"{'method':<40} {'wall (s)':>9} {'files/s':>9} {'vs ' + base[0][:10]:>14} {'peak RSS MB':>12} "
          f"{'flagged':>8}")
    for name, seconds, peak, flagged in results:
        print(f"{name:<40} {seconds:>9.2f} {args.files / seconds:>9.0f} {base[1] / seconds:>13.2f}x {peak:>12.0f} "
              f"{flagged:>8}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
