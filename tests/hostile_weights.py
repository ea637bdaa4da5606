"""Hostile files: dill's helpers. ultralytics checkpoints are pickled with dill, whose
``_load_type(name)`` is read as data for the builtin data types (set, dict, list...); any
other type it names (FileIO, FunctionType...) must stay dangerous when the file calls it.

Each builder writes a file whose payload runs under the loader named in its Case (proven by
tests/test_scan.py in a subprocess); CASES is appended to ``hostile.CASES``.
"""

from __future__ import annotations

from pathlib import Path

from hostile import Case, _write, call, glob0, proto, str0


def _dill_type(name: str) -> bytes:
    return call(glob0("dill._dill", "_load_type"), str0(name))


def b_dill_fileio(work: Path) -> Path:
    # dill._dill._load_type('FileType') is io.FileIO: FileIO(path, 'w') creates (or truncates) a file
    return _write(work, "dill_fileio.pkl", proto(2) + call(_dill_type("FileType"), str0(str(work / "marker")),
                                                           str0("w")) + b".")


def b_dill_fileio_in_set(work: Path) -> Path:
    # the same call hidden inside a data type dill writes for real checkpoints: set([FileIO(...)])
    inner = call(_dill_type("FileType"), str0(str(work / "marker")), str0("w"))
    return _write(work, "dill_fileio_set.pkl", proto(2) + _dill_type("set") + b"(" + b"(" + inner + b"l" + b"t"
                  + b"R" + b".")


CASES: tuple[Case, ...] = (
    Case("dill-load-type-fileio", b_dill_fileio, "pickle"),
    Case("dill-load-type-fileio-in-set", b_dill_fileio_in_set, "pickle"),
)
