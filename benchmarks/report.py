"""Benchmark: `torchckpt report` on a ~1 GB training checkpoint and on a 100k-tensor state dict.

Budgets (issue 8): the report of a 1 GB checkpoint is produced in under 1 s (whole
process: interpreter start, imports, scan and HTML), and the page stays under 2 MB for
100k tensors. Both files are written by the real ``torch.save`` in a temporary directory.

    python benchmarks/report.py [--size-gb 1.0] [--tensors 100000] [--repeat 5] [--keep DIR]
"""

from __future__ import annotations

import sys

# benchmarks/inspect.py would shadow the stdlib module for everything imported below:
# take this folder off sys.path and load the shared helpers by path.
_HERE = sys.path.pop(0)

import argparse  # noqa: E402
import importlib.util  # noqa: E402
import os  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

_spec = importlib.util.spec_from_file_location("_bench_common", Path(_HERE) / "_common.py")
_common = sys.modules["_bench_common"] = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_common)
PY, Sample, run_measured, table = _common.PY, _common.Sample, _common.run_measured, _common.table
MAKE_BIG = _common.MAKE_TRAINING_CHECKPOINT


# A mixture-of-experts-like state dict: long, realistic names, tiny tensors.
MAKE_MANY = """
import sys, torch
n = int(sys.argv[2])
sd = {}
layer = 0
while len(sd) < n:
    for e in range(128):
        for proj in ("gate_proj", "up_proj", "down_proj"):
            sd[f"model.layers.{layer}.mlp.experts.{e}.{proj}.weight"] = torch.zeros(4, 2)
    sd[f"model.layers.{layer}.input_layernorm.weight"] = torch.ones(4)
    layer += 1
sd = dict(list(sd.items())[:n])
torch.save(sd, sys.argv[1])
"""


# `python -m torchckpt report ...`, also before `report` is listed in torchckpt.cli.COMMANDS
CLI = """
import sys
import torchckpt.cli as cli
if "report" not in cli.COMMANDS:
    cli.COMMANDS = (*cli.COMMANDS, "report")
sys.exit(cli.main(sys.argv[1:]))
"""


def _measure(path: Path, out: Path, repeat: int) -> tuple[Sample, int]:
    seconds, peak = run_measured([PY, "-c", CLI, "report", str(path), "-o", str(out)], repeat=repeat)
    return Sample(f"torchckpt report {path.name}", seconds, peak), out.stat().st_size


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--size-gb", type=float, default=1.0)
    ap.add_argument("--tensors", type=int, default=100_000)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--keep", help="directory to write the checkpoints in (kept afterwards)")
    args = ap.parse_args()
    tmp = tempfile.TemporaryDirectory() if not args.keep else None
    folder = Path(args.keep or tmp.name)
    folder.mkdir(parents=True, exist_ok=True)
    big = folder / f"train_{args.size_gb:g}gb.pt"
    many = folder / f"state_dict_{args.tensors}.pt"
    for path, code, arg in ((big, MAKE_BIG, args.size_gb), (many, MAKE_MANY, args.tensors)):
        if not path.exists():
            run_measured([PY, "-c", code, str(path), str(arg)], repeat=1)

    big_sample, big_html = _measure(big, folder / "big.report.html", args.repeat)
    many_sample, many_html = _measure(many, folder / "many.report.html", 1)
    start_sample = Sample("python -c pass (interpreter start, for scale)", *run_measured([PY, "-c", "pass"],
                                                                                           repeat=args.repeat))
    # In this process only after the children ran: a fork inherits the parent's peak RSS.
    from torchckpt.html_report import report

    times = []
    for _ in range(args.repeat):
        start = time.perf_counter()
        report(big)
        times.append(time.perf_counter() - start)
    big_api = sorted(times)[len(times) // 2]
    print(f"checkpoint: {big.name} ({os.path.getsize(big) / 1e9:.2f} GB); "
          f"state dict: {many.name} ({args.tensors:,} tensors, {os.path.getsize(many) / 1e6:.1f} MB)")
    print(table([big_sample, many_sample, start_sample], baseline=big_sample.name))
    print(f"\nin-process torchckpt.report() on the 1 GB checkpoint (imports warm): {big_api * 1000:.0f} ms")
    print(f"HTML: {big_html / 1e3:.1f} KB (1 GB checkpoint), {many_html / 1e6:.2f} MB ({args.tensors:,} tensors)")
    print(f"\nbudget: 1 GB report {big_sample.seconds * 1000:.0f} ms whole process "
          f"(< 1 s: {'OK' if big_sample.seconds < 1.0 else 'MISSED'}); {args.tensors:,}-tensor page "
          f"{many_html / 1e6:.2f} MB (< 2 MB: {'OK' if many_html < 2e6 else 'MISSED'})")
    if tmp:
        tmp.cleanup()


if __name__ == "__main__":
    main()
