"""Remote files (issue 13): a 1 GB checkpoint over loopback HTTP, side by side.

For ``inspect --json``, ``scan --json`` and ``convert URL out.safetensors`` (each a fresh
process): bytes the server sent, requests, wall time and the child's peak RSS (``os.wait4``);
and plain sequential downloads of the same file to disk as the baseline for convert's
throughput: ``curl -o`` (when installed), fsspec's ``get`` and obstore's ``get`` (each one
stream). Convert is compared with the fastest of them. The server is tests/remote_server.py
(a real threaded HTTP server, reading the file from disk). The commands run in ``--repeat``
rounds, each command once a round (so the noise of a shared machine hits all alike); each row
shows a command's best and median round (other work only adds time; the median says how
typical the best is); peak RSS is the highest seen. Every command starts with the disk's
write-back done (``sync``, untimed), so no command pays for the one before. Convert fsyncs its
output (atomic and durable); the downloads do not.

Budgets: inspect/scan < 2 MB and < 0.5 s; convert >= 80% of the download's throughput; peak
RSS <= 300 MB.

    .venv/bin/python benchmarks/remote.py                  # 1 GB, in a temporary directory
    .venv/bin/python benchmarks/remote.py --size-mb 256 --repeat 2
"""

from __future__ import annotations

import argparse
import os
import runpy
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

# This folder holds benchmarks/inspect.py, which would shadow the standard library's inspect.
_HERE = os.path.dirname(os.path.abspath(__file__))
sys.path[:] = [p for p in sys.path if os.path.abspath(p or ".") != _HERE]
sys.path.insert(0, os.path.join(os.path.dirname(_HERE), "tests"))

from remote_server import RemoteServer  # noqa: E402

# the same maker as benchmarks/convert.py and benchmarks/remote.py (by path: this folder is off sys.path)
MAKE = runpy.run_path(os.path.join(_HERE, "_common.py"))["MAKE_TRANSFORMER_LIKE"]

DOWNLOAD_FSSPEC = r"""
import sys, fsspec
fsspec.filesystem("http").get(sys.argv[1], sys.argv[2])
"""

DOWNLOAD_OBSTORE = r"""
import sys, obstore
from obstore.store import HTTPStore
store = HTTPStore.from_url(sys.argv[1], client_options={"allow_http": True})
with open(sys.argv[2], "wb") as f:
    for chunk in obstore.get(store, "").stream(min_chunk_size=8 << 20):
        f.write(chunk)
"""


def _run(cmd: list[str], server: RemoteServer, *, clean: str | None = None) -> dict[str, float]:
    """One fresh process: its wall time, the bytes and requests the server saw, its peak RSS."""
    if clean and os.path.exists(clean):
        os.remove(clean)
    if hasattr(os, "sync"):
        os.sync()   # the previous command's dirty pages are written back before this one starts
    server.reset()
    # A child's ru_maxrss counts the memory of the process it was started from (vfork, then exec
    # in the parent's address space), here the server's: GNU time, a small C program, starts the
    # command instead and reports its own peak.
    rss_file = os.path.join(os.path.dirname(clean or tempfile.gettempdir()), ".peak-rss")
    timed = ["/usr/bin/time", "-f", "%M", "-o", rss_file, *cmd] if os.path.exists("/usr/bin/time") else cmd
    start = time.perf_counter()
    proc = subprocess.Popen(timed, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{' '.join(cmd)} failed: {proc.stderr.read().decode()[-2000:]}")  # type: ignore[union-attr]
    peak = usage.ru_maxrss / 1024
    if timed is not cmd:
        with open(rss_file) as f:
            peak = int(f.read().split()[-1]) / 1024
        os.remove(rss_file)
    return {"wall": wall, "bytes": server.bytes_sent, "requests": server.requests, "peak_mb": peak}


def _measure(commands: dict[str, tuple[list[str], str | None]], server: RemoteServer, *,
             repeat: int) -> dict[str, dict[str, float]]:
    """Every command once a round, ``repeat`` rounds, so that the noise of a shared machine hits
    them alike: each command's best wall time (with its bytes and requests), its median wall
    time, and the highest peak RSS."""
    best: dict[str, dict[str, float]] = {}
    walls: dict[str, list[float]] = {}
    for _ in range(repeat):
        for name, (cmd, clean) in commands.items():
            got = _run(cmd, server, clean=clean)
            walls.setdefault(name, []).append(got["wall"])
            old = best.get(name)
            peak = max(got["peak_mb"], old["peak_mb"] if old else 0.0)
            if old is None or got["wall"] < old["wall"]:
                best[name] = got
            best[name]["peak_mb"] = peak
    for name, row in best.items():
        row["median"] = statistics.median(walls[name])
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size-mb", type=int, default=1024)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--dir", default=None)
    args = parser.parse_args()
    work = tempfile.mkdtemp(dir=args.dir)
    try:
        src = os.path.join(work, "model.pt")
        subprocess.run([sys.executable, "-c", MAKE, src, str(args.size_mb << 20)], check=True)
        subprocess.run([sys.executable, "-m", "compileall", "-q",
                        os.path.dirname(__import__("torchckpt").__file__)], check=True)
        size = os.path.getsize(src)
        with RemoteServer({"/model.pt": src}) as server:
            url = f"{server.url}/model.pt"
            out = os.path.join(work, "out.safetensors")
            got = os.path.join(work, "download.pt")
            py = [sys.executable]
            downloads = {"download: fsspec get": [*py, "-c", DOWNLOAD_FSSPEC, url, got],
                         "download: obstore get": [*py, "-c", DOWNLOAD_OBSTORE, url, got]}
            if shutil.which("curl"):
                downloads["download: curl -o"] = ["curl", "-sf", "-o", got, url]
            commands: dict[str, tuple[list[str], str | None]] = {
                "inspect --json URL": ([*py, "-m", "torchckpt", "inspect", "--json", url], None),
                "scan --json URL": ([*py, "-m", "torchckpt", "scan", "--json", url], None),
                **{name: (cmd, got) for name, cmd in downloads.items()},
                "convert URL out.safetensors": ([*py, "-m", "torchckpt", "convert", url, out], out),
                "convert local out.safetensors": ([*py, "-m", "torchckpt", "convert", src, out], out),
            }
            rows = _measure(commands, server, repeat=args.repeat)
        print(f"checkpoint: {size / 1e6:.0f} MB, {args.repeat} interleaved rounds "
              "(best and median wall time, highest peak RSS)")
        print(f"{'command':<36} {'best (s)':>9} {'median':>9} {'MB sent':>9} {'requests':>9} {'MB/s':>8} "
              f"{'peak RSS MB':>12}")
        for name, r in rows.items():
            rate = size / 1e6 / r["wall"]
            print(f"{name:<36} {r['wall']:>9.3f} {r['median']:>9.3f} {r['bytes'] / 1e6:>9.3f} {int(r['requests']):>9} "
                  f"{rate:>8.0f} {r['peak_mb']:>12.1f}")
        convert = rows["convert URL out.safetensors"]
        for name in downloads:
            tool = name[len("download: "):]
            print(f"convert URL throughput / {tool}: best {rows[name]['wall'] / convert['wall']:.2f}x, "
                  f"median {rows[name]['median'] / convert['median']:.2f}x")
        for stat, said in (("wall", "best"), ("median", "median")):
            fastest = min(downloads, key=lambda name: rows[name][stat])
            print(f"convert URL throughput / the fastest download ({fastest[len('download: '):]}), {said}: "
                  f"{rows[fastest][stat] / convert[stat]:.2f}x (budget >= 0.80)")
        local = rows["convert local out.safetensors"]
        print(f"convert URL / convert local wall time: {convert['wall'] / local['wall']:.2f}x")
        for name in ("inspect --json URL", "scan --json URL"):
            r = rows[name]
            print(f"{name}: {r['bytes'] / 1e6:.3f} MB of {size / 1e6:.0f} MB ({r['bytes'] / size:.4%}), "
                  f"{r['wall']:.3f} s (budget < 2 MB, < 0.5 s)")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
