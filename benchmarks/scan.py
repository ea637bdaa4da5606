"""Scanners side by side on the project's hostile and benign corpus, and a 1 GB checkpoint.

    python benchmarks/scan.py [--skip-large] [--only torchckpt] [--peers-python PYTHON]

The corpus is ``tests/hostile.py`` (``hostile.CASES``, every area's cases included): every
hostile case is a payload proven to run by the test suite; the benign files are what users save
(state dicts, optimizer checkpoints, numpy, legacy, tar, safetensors, a whole model of a user
class, TorchScript). picklescan, fickling, modelscan and modelaudit are compared where they are
installed: in this interpreter, or, with ``--peers-python``, in another one that has them (each
peer then scans the same files in one subprocess of that interpreter), e.g.::

    python3 -m venv /work/peers-venv
    /work/peers-venv/bin/pip install torch==2.13.0 numpy picklescan fickling modelscan modelaudit safetensors
    python benchmarks/scan.py --peers-python /work/peers-venv/bin/python

They are not dependencies of torchckpt. A scanner "flags" a file when it reports it unsafe
(picklescan: infected; fickling: not likely safe; modelscan: any issue; modelaudit: an issue of
severity critical, and in a second row "modelaudit+warn" also an issue of severity warning).

Columns: hostile files flagged / judged clean / errors; benign plain-data files flagged (false
positives); what each says about the two code-bearing benign files (a pickled user model,
TorchScript); mean in-process time per file. Then ``python -m torchckpt scan`` on a 1 GB
torch.save file as a whole process (the median of 7 runs, from cached bytecode as an installed package runs).
"""

from __future__ import annotations

import sys

# this folder holds scripts named like stdlib modules (inspect.py): keep it off the import path
sys.path[:] = [p for p in sys.path if p not in ("", __file__.rpartition("/")[0] or ".")]

# ruff: noqa: E402 (the imports below must come after the path fix above)
import argparse
import contextlib
import io
import json
import logging
import os
import statistics
import subprocess
import tempfile
import time
import warnings
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tests"))
sys.path.insert(0, str(HERE.parent / "src"))

import hostile

Verdict = str  # "flagged" | "clean" | "error" (torchckpt: its own verdicts)


def torchckpt_scanner() -> Callable[[Path], Verdict]:
    from torchckpt.scanner import scan

    return lambda path: scan(path).verdict


def picklescan_scanner() -> Callable[[Path], Verdict] | None:
    try:
        from picklescan.scanner import scan_file_path
    except ImportError:
        return None
    logging.getLogger("picklescan").setLevel(logging.CRITICAL)

    def run(path: Path) -> Verdict:
        try:
            result = scan_file_path(str(path))
        except Exception:  # noqa: BLE001 - a crash is that scanner's error verdict
            return "error"
        if result.infected_files:
            return "flagged"
        return "error" if getattr(result, "scan_err", False) else "clean"

    return run


def fickling_scanner() -> Callable[[Path], Verdict] | None:
    try:
        import fickling
    except ImportError:
        return None

    def run(path: Path) -> Verdict:
        try:
            result = fickling.scan_file(str(path), graceful=True)
        except Exception:  # noqa: BLE001
            return "error"
        if result.errors and not result.results:
            return "error"          # e.g. "No pickle files detected" in a torch zip: nothing was judged
        if not result.is_safe:
            return "flagged"
        return "error" if result.errors else "clean"

    return run


def modelscan_scanner() -> Callable[[Path], Verdict] | None:
    try:
        from modelscan.modelscan import ModelScan
    except ImportError:
        return None
    logging.getLogger("modelscan").setLevel(logging.CRITICAL)

    def run(path: Path) -> Verdict:
        try:
            result = ModelScan().scan(path)
        except Exception:  # noqa: BLE001
            return "error"
        if result.get("issues"):
            return "flagged"
        return "error" if result.get("errors") else "clean"

    return run


def modelaudit_scanner() -> Callable[[Path], Verdict] | None:
    os.environ.setdefault("PROMPTFOO_DISABLE_TELEMETRY", "1")   # no network from a benchmark
    os.environ.setdefault("NO_ANALYTICS", "1")
    try:
        from modelaudit.core import scan_model_directory_or_file
    except ImportError:
        return None
    logging.getLogger("modelaudit").setLevel(logging.CRITICAL)

    def run(path: Path) -> Verdict:
        try:
            result = scan_model_directory_or_file(str(path))
        except Exception:  # noqa: BLE001
            return "error"
        severities = {getattr(i.severity, "value", str(i.severity)).lower() for i in result.issues}
        if "critical" in severities:
            return "flagged"
        if "warning" in severities:
            return "warned"     # counted as flagged only in the "modelaudit+warn" row
        return "clean" if result.success else "error"

    return run


SCANNERS = {"torchckpt": torchckpt_scanner, "picklescan": picklescan_scanner, "fickling": fickling_scanner,
            "modelscan": modelscan_scanner, "modelaudit": modelaudit_scanner}

_RESULT_MARK = "@@peer-results@@"


def _worker() -> None:
    """In the peers' interpreter: scan the files named on stdin with each named scanner."""
    request = json.loads(sys.stdin.read())
    out: dict[str, dict[str, list] | None] = {}
    for name in request["names"]:
        factory = SCANNERS[name]()
        if factory is None:
            out[name] = None
            continue
        out[name] = {path: list(timed(factory, Path(path))) for path in request["files"]}
    sys.stdout.write(_RESULT_MARK + json.dumps(out) + "\n")


def run_peers(python: str, names: list[str], files: list[Path]) -> dict[str, dict[str, tuple[Verdict, float]] | None]:
    """Run scanners ``names`` over ``files`` in interpreter ``python`` (one subprocess)."""
    code = ("import importlib.util, sys; spec = importlib.util.spec_from_file_location('bench_scan', sys.argv[1]); "
            "m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m); m._worker()")
    env = dict(os.environ, PROMPTFOO_DISABLE_TELEMETRY="1", NO_ANALYTICS="1")
    proc = subprocess.run([python, "-c", code, str(Path(__file__).resolve())], capture_output=True, text=True,
                          input=json.dumps({"names": names, "files": [str(f) for f in files]}), env=env)
    line = next((ln for ln in proc.stdout.splitlines() if ln.startswith(_RESULT_MARK)), None)
    if line is None:
        raise SystemExit(f"{python}: the peer scanners failed: {proc.stderr[-2000:]}")
    raw = json.loads(line[len(_RESULT_MARK):])
    return {name: None if res is None else {p: (v, t) for p, (v, t) in res.items()} for name, res in raw.items()}


def timed(func: Callable[[Path], Verdict], path: Path) -> tuple[Verdict, float]:
    sink = io.StringIO()
    start = time.perf_counter()
    with contextlib.redirect_stdout(sink), contextlib.redirect_stderr(sink), warnings.catch_warnings():
        warnings.simplefilter("ignore")
        verdict = func(path)
    return verdict, time.perf_counter() - start


def _warned(result: tuple[Verdict, float], warnings_count: bool) -> tuple[Verdict, float]:
    verdict, seconds = result
    if verdict == "warned":
        verdict = "flagged" if warnings_count else "clean"
    return verdict, seconds


def compare(root: Path, names: list[str], peers_python: str | None = None) -> list[dict]:
    hostile_files = {case.name: hostile.build_case(case, root / "hostile") for case in hostile.CASES}
    benign_files = hostile.build_benign(root / "benign")
    code_bearing = [n for n, v in hostile.BENIGN_EXPECTED.items() if v != "safe"]
    every = [*hostile_files.values(), *benign_files.values()]
    remote = [n for n in names if n != "torchckpt"] if peers_python else []
    remote_results = run_peers(peers_python, remote, every) if remote else {}
    rows = []
    for name in [n for m in names for n in ((m, "modelaudit+warn") if m == "modelaudit" else (m,))]:
        warn = name == "modelaudit+warn"
        name = "modelaudit" if warn else name
        if name in remote:
            results = remote_results.get(name)
            if results is None:
                print(f"{name}: not installed in {peers_python}, skipped", file=sys.stderr)
                continue
            verdict_of = lambda path, r=results: r[str(path)]  # noqa: E731
        else:
            factory = SCANNERS[name]()
            if factory is None:
                print(f"{name}: not installed, skipped", file=sys.stderr)
                continue
            verdict_of = lambda path, f=factory: timed(f, path)  # noqa: E731
        if warn or name == "modelaudit":
            verdict_of = lambda path, v=verdict_of, w=warn: _warned(v(path), w)  # noqa: E731
        row = {"scanner": "modelaudit+warn" if warn else name, "flagged": 0, "not_flagged": 0, "error": 0, "fp": 0,
               "benign_error": 0, "times": [], "missed": [], "code": {}}
        for case_name, path in hostile_files.items():
            verdict, seconds = verdict_of(path)
            row["times"].append(seconds)
            kind = ("flagged" if verdict in ("flagged", "dangerous")
                    else "error" if verdict == "error" else "not_flagged")
            row[kind] += 1
            if kind != "flagged":
                row["missed"].append(f"{case_name}={verdict}")
        for file_name, path in benign_files.items():
            verdict, seconds = verdict_of(path)
            row["times"].append(seconds)
            if file_name in ("user_model.pt", "script.pt"):
                row["code"][file_name] = verdict
            if file_name in code_bearing:
                continue
            if verdict in ("flagged", "dangerous", "suspicious"):
                row["fp"] += 1
                row["missed"].append(f"benign {file_name}={verdict}")
            elif verdict == "error":
                row["benign_error"] += 1
                row["missed"].append(f"benign {file_name}=error")
        rows.append(row)
    return rows


def large_file_timing(root: Path, names: list[str], runs: int = 11, peers_python: str | None = None) -> dict:
    """``python -m torchckpt scan`` on a 1 GB torch.save file, as a whole process; and each
    scanner's in-process time on it."""
    import torch

    path = root / "large.pt"
    torch.save({f"layer{i}.weight": torch.zeros(64 * 1024 * 1024 // 4, 4) for i in range(4)}, path)
    size = path.stat().st_size
    from torchckpt import cli

    registered = "scan" in getattr(cli, "COMMANDS", ())

    def command_for(*args: str) -> list[str]:
        if registered:
            return [sys.executable, "-m", "torchckpt", "scan", *args]
        # not registered yet: the same command module, called the way the CLI calls it
        shim = ("import argparse, sys; from torchckpt.cli import scan as s; p = argparse.ArgumentParser(); "
                "s.register(p.add_subparsers()); a = p.parse_args(['scan', *sys.argv[1:]]); sys.exit(a.func(a))")
        return [sys.executable, "-c", shim, *args]

    command = command_for(str(path))
    # An installed package runs from compiled bytecode; this environment may forbid writing it
    # (PYTHONDONTWRITEBYTECODE), so the caches go to a temporary prefix, warmed by one run.
    env = dict(os.environ, PYTHONPATH=str(HERE.parent / "src") + os.pathsep + os.environ.get("PYTHONPATH", ""),
               PYTHONPYCACHEPREFIX=str(root / "pycache"))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    subprocess.run(command, capture_output=True, env=env)

    def wall(cmd: list[str]) -> tuple[list[float], int]:
        times, code = [], 0
        for _ in range(runs):
            start = time.perf_counter()
            code = subprocess.run(cmd, capture_output=True, env=env).returncode
            times.append(time.perf_counter() - start)
        return times, code

    times, code = wall(command)
    json_times, _ = wall(command_for("--json", str(path)))
    baseline, _ = wall([sys.executable, "-c", "pass"])
    from torchckpt.scanner import scan

    report = scan(path)
    others = {}
    peers = [n for n in names if n != "torchckpt"]
    if peers_python and peers:
        for name, results in run_peers(peers_python, peers, [path]).items():
            if results is not None:
                verdict, seconds = results[str(path)]
                others[name] = (verdict, seconds * 1000)
    for name in names:
        factory = SCANNERS[name]() if not (peers_python and name in peers) else None
        if factory is not None:
            verdict, seconds = timed(factory, path)
            others[name] = (verdict, seconds * 1000)
    path.unlink()
    return {"size": size, "median_ms": statistics.median(times) * 1000, "min_ms": min(times) * 1000,
            "json_median_ms": statistics.median(json_times) * 1000, "json_min_ms": min(json_times) * 1000,
            "python_ms": statistics.median(baseline) * 1000, "exit": code, "verdict": report.verdict,
            "in_process_ms": report.seconds * 1000, "others": others,
            "command": "python -m torchckpt scan" if registered else "python -c <torchckpt.cli.scan> scan"}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--only", nargs="*", choices=sorted(SCANNERS), help="scanners to run (default: all)")
    parser.add_argument("--skip-large", action="store_true", help="skip the 1 GB whole-process timing")
    parser.add_argument("-v", "--verbose", action="store_true", help="list each scanner's misses")
    parser.add_argument("--peers-python", metavar="PYTHON", help="run the other scanners in this interpreter "
                                                                 "(a venv that has them), over the same files")
    args = parser.parse_args()
    names = args.only or list(SCANNERS)
    with tempfile.TemporaryDirectory(prefix="torchckpt-scan-bench-") as tmp:
        rows = compare(Path(tmp), names, args.peers_python)
        n_hostile = len(hostile.CASES)
        n_benign = sum(1 for v in hostile.BENIGN_EXPECTED.values() if v == "safe")
        print(f"\ncorpus: {n_hostile} hostile files (each proven to run by tests/test_scan.py), "
              f"{n_benign} benign files torchckpt must call safe (TorchScript included), "
              f"{len(hostile.BENIGN_EXPECTED) - n_benign} code-bearing benign file(s)\n")
        header = (f"{'scanner':<15} {'hostile flagged':>15} {'not flagged':>11} {'errors':>6} "
                  f"{'benign FP':>9} {'benign err':>10} {'user model':>12} {'TorchScript':>12} {'ms/file':>8}")
        print(header)
        print("-" * len(header))
        for row in rows:
            print(f"{row['scanner']:<15} {row['flagged']:>9}/{n_hostile:<5} {row['not_flagged']:>11} {row['error']:>6} "
                  f"{row['fp']:>5}/{n_benign:<3} {row['benign_error']:>10} {row['code'].get('user_model.pt', '-'):>12} "
                  f"{row['code'].get('script.pt', '-'):>12} {statistics.mean(row['times']) * 1000:>8.1f}")
        for row in rows:
            if args.verbose or row["scanner"] == "torchckpt":
                print(f"\n{row['scanner']} not flagged as dangerous / wrong on benign: "
                      f"{', '.join(row['missed']) or 'none'}")
        if not args.skip_large and "torchckpt" in names:
            large = large_file_timing(Path(tmp), names, peers_python=args.peers_python)
            print(f"\n1 GB checkpoint ({large['size'] / 1e9:.2f} GB, torch.save of 4 tensors), `{large['command']} "
                  f"FILE` as a whole process: median {large['median_ms']:.0f} ms, min {large['min_ms']:.0f} ms "
                  f"(--json: median {large['json_median_ms']:.0f} ms, min {large['json_min_ms']:.0f} ms; bare "
                  f"`python -c pass`: {large['python_ms']:.0f} ms); in-process scan {large['in_process_ms']:.1f} ms; "
                  f"verdict {large['verdict']}, exit {large['exit']}")
            print("in-process on the same file: " + ", ".join(
                f"{name} {ms:.1f} ms ({verdict})" for name, (verdict, ms) in large["others"].items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
