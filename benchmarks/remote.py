"""Remote files (issue 13): a 1 GB checkpoint over loopback HTTP, side by side.

For ``inspect --json``, ``scan --json`` and ``convert URL out.safetensors`` (each a fresh
process): bytes the server sent, requests, wall time and the child's peak RSS (``os.wait4``);
and plain sequential downloads of the same file to disk as the baseline for convert's
throughput: ``curl -o`` (when installed), fsspec's ``get`` and obstore's ``get`` (each one
stream). Convert is compared with the fastest of them. The server is tests/remote_server.py
(a real threaded HTTP server, reading the file from disk). Each row is the best of
``--repeat`` runs (the machine is shared: other work only adds time); peak RSS is the highest
seen.

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


def _measure(cmd: list[str], server: RemoteServer, *, repeat: int, clean: str | None = None) -> dict[str, float]:
    best: dict[str, float] = {}
    peak = 0.0
    for _ in range(repeat):
        if clean and os.path.exists(clean):
            os.remove(clean)
        server.reset()
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - start
        if os.waitstatus_to_exitcode(status) != 0:
            raise SystemExit(f"{' '.join(cmd)} failed: {proc.stderr.read().decode()[-2000:]}")  # type: ignore[union-attr]
        peak = max(peak, usage.ru_maxrss / 1024)
        if not best or wall < best["wall"]:
            best = {"wall": wall, "bytes": server.bytes_sent, "requests": server.requests}
    return best | {"peak_mb": peak}


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
            rows = {
                "inspect --json URL": _measure([*py, "-m", "torchckpt", "inspect", "--json", url], server,
                                               repeat=args.repeat),
                "scan --json URL": _measure([*py, "-m", "torchckpt", "scan", "--json", url], server,
                                            repeat=args.repeat),
            }
            downloads = {"download: fsspec get": [*py, "-c", DOWNLOAD_FSSPEC, url, got],
                         "download: obstore get": [*py, "-c", DOWNLOAD_OBSTORE, url, got]}
            if shutil.which("curl"):
                downloads["download: curl -o"] = ["curl", "-sf", "-o", got, url]
            for name, cmd in downloads.items():
                rows[name] = _measure(cmd, server, repeat=args.repeat, clean=got)
            rows["convert URL out.safetensors"] = _measure([*py, "-m", "torchckpt", "convert", url, out], server,
                                                           repeat=args.repeat, clean=out)
            rows["convert local out.safetensors"] = _measure([*py, "-m", "torchckpt", "convert", src, out], server,
                                                             repeat=args.repeat, clean=out)
        print(f"checkpoint: {size / 1e6:.0f} MB, {args.repeat} runs each (best wall time, highest peak RSS)")
        print(f"{'command':<36} {'wall (s)':>9} {'MB sent':>9} {'requests':>9} {'MB/s':>8} {'peak RSS MB':>12}")
        for name, r in rows.items():
            rate = size / 1e6 / r["wall"]
            print(f"{name:<36} {r['wall']:>9.3f} {r['bytes'] / 1e6:>9.3f} {int(r['requests']):>9} {rate:>8.0f} "
                  f"{r['peak_mb']:>12.1f}")
        convert = rows["convert URL out.safetensors"]
        for name in downloads:
            print(f"convert URL throughput / {name[len('download: '):]}: {rows[name]['wall'] / convert['wall']:.2f}x")
        fastest = min(downloads, key=lambda name: rows[name]["wall"])
        print(f"convert URL throughput / the fastest download ({fastest[len('download: '):]}): "
              f"{rows[fastest]['wall'] / convert['wall']:.2f}x (budget >= 0.80)")
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
