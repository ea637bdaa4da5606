"""``torchckpt verify PATH...``: check files against their embedded integrity record.

Exit codes: 0 every file matches its record; 1 at least one file's content differs from its
record (changed, missing or extra records); 2 otherwise when a file could not be verified
at all (unreadable, truncated so that the zip directory is gone, or no integrity record,
i.e. not written by ``torchckpt.save``). A mismatch outranks an error: 1 means "damaged,
for sure". Never imports torch.

    $ torchckpt verify ckpts/ckpt-00000100.pt
    ok        ckpts/ckpt-00000100.pt  sha256 dce7846f98ff...  8 records, 4.0 MB
"""

from __future__ import annotations

import argparse
from typing import Any

from ..errors import TorchckptError
from ..units import format_bytes as _size
from ._render import error, plain, print_json

EXIT_OK, EXIT_MISMATCH, EXIT_ERROR = 0, 1, 2


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "verify", help="check files against their integrity record (written by torchckpt.save)",
        description="Re-hash each file and compare with the integrity record torchckpt.save embedded in it. "
                    "Exit 0: all match; 1: some content differs; 2: some file cannot be verified.")
    parser.add_argument("paths", nargs="+", metavar="PATH", help="checkpoint files (or sharded checkpoint directories)")
    parser.add_argument("--json", action="store_true", help="print one JSON list, one object per path")
    parser.set_defaults(func=run)



def check(path: str) -> dict[str, Any]:
    """One path's result as the ``--json`` object."""
    from ..saving import verify

    try:
        report = verify(path)
    except TorchckptError as exc:
        return {"path": path, "status": "error", "error": " ".join(str(exc).split())}
    except OSError as exc:
        return {"path": path, "status": "error", "error": f"{path}: {exc.strerror or exc}"}
    return {"path": path, "status": "ok" if report.ok else "mismatch", "sha256": report.digest,
            "actual": report.actual, "records": report.records, "bytes": report.nbytes, "changed": list(report.bad),
            "missing": list(report.missing), "unexpected": list(report.unexpected), "meta": report.meta,
            "problem": report.problem}


def run(args: argparse.Namespace) -> int:
    results = [check(path) for path in args.paths]
    if args.json:
        print_json(results)
    else:
        for r in results:
            if r["status"] == "ok":
                size = _size(r["bytes"])
                plain(f"ok        {r['path']}  sha256 {r['sha256'][:12]}...  {r['records']} records, {size}")
            elif r["status"] == "mismatch":
                plain(f"MISMATCH  {r['path']}  {r['problem']}")
            else:
                error(r["error"])
    statuses = {r["status"] for r in results}
    if "mismatch" in statuses:
        return EXIT_MISMATCH
    if "error" in statuses:
        return EXIT_ERROR
    return EXIT_OK
