"""What a TorchScript archive's ``code/`` would call, read with :mod:`ast` (never executed).

``torch.jit.load`` compiles the archive's ``code/**/*.py`` (TorchScript's serialized Python
subset) and runs it: ``__setstate__`` methods during the load, ``forward`` when the model is
called. TorchScript cannot import Python modules; what the code can reach is the registered
operators (``torch.X`` is ``aten::X``, ``ops.NS.X`` is ``NS::X``), the builtins TorchScript
knows, and the archive's own ``__torch__`` classes and functions. So each call is judged:

- ``safe``: an operator of a built-in namespace (``aten``, ``prim``, ``quantized``... as
  registered by torch, :data:`torchckpt.rules_data.TS_OPS`), a TorchScript builtin, a method
  or function the archive defines, a method of a tensor, list, dict or string;
- ``dangerous``: operators that read or write files (``aten::save``, ``aten::from_file``...),
  network/distributed operators (``c10d``, ``rpc``), a custom-operator namespace (it needs a
  native library), ``load_library``, names Python would resolve to files, processes or
  imports (``open``, ``os``, ``exec``, ``__import__``...), imports, dunder traversal;
- ``suspicious``: anything else (named, so a reader can look).

Mobile archives (``_save_for_lite_interpreter``) also carry ``bytecode.pkl``, whose
``operators`` tables are what the lite interpreter calls: :func:`bytecode_operators` judges
those names the same way.
"""

from __future__ import annotations

import ast
from collections.abc import Iterable
from dataclasses import dataclass

from .scan_rules import is_torchscript_op
from .vocab import RuleSeverity

__all__ = ["CodeCall", "analyse_code", "bytecode_operators", "dotted_name"]

# Operator namespaces torch registers itself (no library loaded by the archive).
_SAFE_NAMESPACES = frozenset({"aten", "prim", "prims", "quantized", "_quantized", "quantization", "mkldnn",
                              "mkldnn_prepacked", "onednn", "sparse", "mkl", "rngprims", "profiler", "_native",
                              "debug_mode_ops", "inductor_prims"})
# Operators that reach files, the network or other processes.
_DANGEROUS_OPS = {
    "aten::save": "writes a file (torch.save inside TorchScript)",
    "aten::from_file": "maps a file by name (creates or writes it with shared=True)",
    "debugprims::load_tensor": "reads a file by name",
    "prim::rpc_async": "calls a remote worker (torch.distributed.rpc)",
    "prim::rpc_sync": "calls a remote worker (torch.distributed.rpc)",
    "prim::rpc_remote": "calls a remote worker (torch.distributed.rpc)",
}
_DANGEROUS_NAMESPACES = {
    "c10d": "distributed collectives (network)", "_c10d_functional": "distributed collectives (network)",
    "_c10d_functional_autograd": "distributed collectives (network)", "symm_mem": "symmetric memory (network)",
    "_dtensor": "distributed tensors (network)",
}
# Names Python would resolve to files, processes, imports or code; TorchScript has none of them.
_DANGEROUS_NAMES = {
    "open": "opens files", "exec": "runs code", "eval": "runs code", "compile": "compiles code",
    "__import__": "imports modules", "execfile": "runs code", "input": "reads the terminal",
    "breakpoint": "starts a debugger", "globals": "reaches module globals", "locals": "reaches frames",
    "vars": "reaches namespaces", "setattr": "sets attributes by name", "delattr": "deletes attributes",
    "os": "processes and files", "sys": "interpreter state", "subprocess": "processes", "builtins": "Python builtins",
    "__builtins__": "Python builtins", "pickle": "nested pickles", "importlib": "imports modules",
    "ctypes": "native code", "shutil": "files", "socket": "network", "pathlib": "files", "io": "files",
    "marshal": "code objects", "runpy": "runs code", "pty": "processes", "posix": "processes",
}
_DANGEROUS_ATTRS = {
    "load_library": "loads a native library (runs its initialisers)",
    "system": "runs a shell command", "popen": "runs a process", "Popen": "runs a process",
    "__globals__": "reaches module globals", "__subclasses__": "reaches every class", "__builtins__": "builtins",
    "__code__": "code objects", "__dict__": "raw namespaces", "__mro__": "class internals",
    "__bases__": "class internals", "__getattribute__": "attribute traversal", "__class__": "class internals",
    "__reduce__": "pickle internals", "__reduce_ex__": "pickle internals", "__loader__": "imports modules",
    "__spec__": "imports modules", "__import__": "imports modules",
}
# The builtins and special forms TorchScript resolves by name.
_TS_BUILTINS = frozenset({
    "len", "range", "int", "float", "bool", "str", "list", "dict", "tuple", "print", "isinstance", "hasattr",
    "getattr", "min", "max", "abs", "round", "sum", "all", "any", "enumerate", "zip", "sorted", "divmod", "chr",
    "ord", "hex", "oct", "bin", "hash", "id", "iter", "next", "reversed", "complex", "annotate", "unchecked_cast",
    "uninitialized", "fork", "wait", "awaitable", "awaitable_wait", "awaitable_nowait", "isfinite", "pow",
    "Tensor", "Optional", "List", "Dict", "Tuple", "Union", "Any", "Future", "Await", "Device", "Stream",
    "NoneType", "Module", "Final", "NamedTuple", "Enum", "Callable", "RRef", "Generator", "Storage", "Layout",
    "ScalarType", "MemoryFormat", "QScheme", "Interface", "CONSTANTS", "__torch__", "torch", "ops", "math",
    "None", "True", "False", "super", "object", "Exception", "slice", "sign", "iscomplex",
})
# Values TorchScript code may name under torch (dtypes, layouts, formats): data, not operators.
_TORCH_CONSTANTS = frozenset({
    "float32", "float", "float64", "double", "float16", "half", "bfloat16", "int64", "long", "int32", "int", "int16",
    "short", "int8", "uint8", "bool", "complex64", "cfloat", "complex128", "cdouble", "strided", "sparse_coo",
    "sparse_csr", "contiguous_format", "channels_last", "channels_last_3d", "preserve_format", "per_tensor_affine",
    "per_channel_affine", "per_tensor_symmetric", "per_channel_symmetric", "quint8", "qint8", "qint32", "quint4x2",
    "Tensor", "device", "dtype", "layout", "memory_format", "Size", "Generator",
})
# Methods of TorchScript's containers and strings (tensor methods are aten operators).
_CONTAINER_METHODS = frozenset({
    "append", "extend", "insert", "pop", "remove", "clear", "copy", "keys", "values", "items", "get", "setdefault",
    "update", "index", "count", "sort", "reverse", "format", "join", "split", "strip", "lstrip", "rstrip", "lower",
    "upper", "startswith", "endswith", "replace", "find", "rfind", "isdigit", "isalpha", "isalnum", "isspace",
    "islower", "isupper", "title", "capitalize", "swapcase", "center", "ljust", "rjust", "zfill", "partition",
    "rpartition", "splitlines", "casefold", "isidentifier", "isdecimal", "isnumeric", "isprintable", "expandtabs",
    "rindex", "wait", "forward", "value", "done", "then", "set_result",
    "__getitem__", "__setitem__", "__len__", "__contains__", "__iter__", "__next__", "__enter__", "__exit__",
    "__new__", "__init__", "__getstate__", "__setstate__", "__call__",
})


@dataclass(frozen=True)
class CodeCall:
    """One thing the code calls or names: ``op`` as written (``torch.conv1d``), resolved
    ``target`` (``aten::conv1d``), ``severity`` and ``reason``, ``file``, ``line`` and the byte
    ``offset`` of the call in the file."""

    op: str
    target: str
    severity: RuleSeverity
    reason: str
    file: str
    line: int
    offset: int


def dotted_name(expr: ast.expr) -> str | None:
    """``"a.b.c"`` for an expression that is a chain of attribute lookups on a name, else None."""
    parts = []
    while isinstance(expr, ast.Attribute):
        parts.append(expr.attr)
        expr = expr.value
    if isinstance(expr, ast.Name):
        parts.append(expr.id)
        return ".".join(reversed(parts))
    return None


def _module_of(path: str) -> str:
    """``prefix/code/__torch__/a/b.py`` -> ``__torch__.a.b``."""
    rel = path.split("/code/", 1)[-1] if "/code/" in path else path.removeprefix("code/")
    return rel.removesuffix(".py").replace("/", ".")


def _judge_op(ns: str, name: str) -> tuple[RuleSeverity, str]:
    qual = f"{ns}::{name}"
    if qual in _DANGEROUS_OPS:
        return "dangerous", _DANGEROUS_OPS[qual]
    if ns in _DANGEROUS_NAMESPACES:
        return "dangerous", _DANGEROUS_NAMESPACES[ns]
    if name == "load_library" or (name in _DANGEROUS_ATTRS and name.startswith("__")):
        return "dangerous", _DANGEROUS_ATTRS[name]
    if ns in _SAFE_NAMESPACES:
        if is_torchscript_op(qual):
            return "safe", "built-in operator"
        return "suspicious", f"not an operator torch registers in {ns}"
    return "dangerous", f"custom operator namespace {ns!r}: it exists only once a native library is loaded"


class _Visitor(ast.NodeVisitor):
    def __init__(self, file: str, line_starts: list[int], defined: frozenset[str], methods: frozenset[str]):
        self.file, self.line_starts, self.defined, self.methods = file, line_starts, defined, methods
        self.found: list[CodeCall] = []
        self.locals: set[str] = set()

    def add(self, node: ast.AST, op: str, target: str, severity: RuleSeverity, reason: str) -> None:
        line = getattr(node, "lineno", 0) or 0
        start = self.line_starts[line - 1] if 0 < line <= len(self.line_starts) else 0
        self.found.append(CodeCall(op, target, severity, reason, self.file, line,
                                   start + (getattr(node, "col_offset", 0) or 0)))

    # statements ---------------------------------------------------------------------------------
    def visit_Import(self, node: ast.Import) -> None:
        for alias in node.names:
            if alias.name.split(".")[0] == "__torch__" and alias.asname is None:
                continue   # old archives (torch < 1.5) import their own classes
            self.add(node, f"import {alias.name}", alias.name, "dangerous", "imports a Python module")

    def visit_ImportFrom(self, node: ast.ImportFrom) -> None:
        self.add(node, f"from {node.module} import ...", node.module or "", "dangerous", "imports a Python module")

    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:
        saved = self.locals
        self.locals = {a.arg for a in node.args.posonlyargs + node.args.args + node.args.kwonlyargs}
        for sub in ast.walk(node):
            if isinstance(sub, ast.Name) and isinstance(sub.ctx, ast.Store):
                self.locals.add(sub.id)
        # annotations are types, not calls: judge only defaults and the body
        for d in node.args.defaults + [d for d in node.args.kw_defaults if d is not None]:
            self.visit(d)
        for stmt in node.body:
            self.visit(stmt)
        self.locals = saved

    visit_AsyncFunctionDef = visit_FunctionDef  # type: ignore[assignment]

    def visit_AnnAssign(self, node: ast.AnnAssign) -> None:
        if node.value is not None:
            self.visit(node.value)

    # references ---------------------------------------------------------------------------------
    def visit_Name(self, node: ast.Name) -> None:
        if node.id in _DANGEROUS_NAMES and node.id not in self.locals:
            self.add(node, node.id, f"python:{node.id}", "dangerous", _DANGEROUS_NAMES[node.id])

    def visit_Attribute(self, node: ast.Attribute) -> None:
        dotted = dotted_name(node)
        if dotted is None:
            if node.attr in _DANGEROUS_ATTRS:
                self.add(node, f"(...).{node.attr}", node.attr, "dangerous", _DANGEROUS_ATTRS[node.attr])
                return
            self.generic_visit(node)
            return
        parts = dotted.split(".")
        if len(parts) == 2 and parts[0] == "torch" and parts[1] in _TORCH_CONSTANTS:
            return
        if parts[0] in ("torch", "ops", "__torch__") and parts[0] not in self.locals and len(parts) > 1:
            # a reference to an operator or function (``f = torch.from_file``): judged like a call
            self._call(ast.Call(func=node, args=[], keywords=[], lineno=getattr(node, "lineno", 0),
                                col_offset=getattr(node, "col_offset", 0)))
            return
        bad = next((p for p in parts[1:] if p in _DANGEROUS_ATTRS), None)
        if bad is not None:
            self.add(node, dotted, bad, "dangerous", _DANGEROUS_ATTRS[bad])
            return
        self.visit(node.value)

    def visit_Call(self, node: ast.Call) -> None:
        self._call(node)
        for arg in node.args:
            self.visit(arg)
        for kw in node.keywords:
            self.visit(kw.value)
        func = node.func
        if isinstance(func, ast.Name) or dotted_name(func) is not None:
            return         # judged whole by _call
        self.visit(func.value if isinstance(func, ast.Attribute) else func)

    def _call(self, node: ast.Call) -> None:
        func = node.func
        dotted = dotted_name(func)
        if isinstance(func, ast.Name):
            name = func.id
            if name in self.locals:
                return     # a callable the function assigned: judged where it was assigned
            if name in _DANGEROUS_NAMES:
                self.add(node, name, f"python:{name}", "dangerous", _DANGEROUS_NAMES[name])
            elif name == "getattr" and not (len(node.args) >= 2 and isinstance(node.args[1], ast.Constant)):
                self.add(node, name, "python:getattr", "dangerous", "getattr with a computed name")
            elif name not in _TS_BUILTINS:
                self.add(node, name, name, "suspicious", "a name TorchScript does not define")
            return
        if dotted is not None:
            parts = dotted.split(".")
            head = parts[0]
            bad = next((p for p in parts[1:] if p in _DANGEROUS_ATTRS), None)
            if bad is not None:
                self.add(node, dotted, bad, "dangerous", _DANGEROUS_ATTRS[bad])
                return
            if head in self.locals and head != "self":
                self._method(node, parts[-1], dotted)
                return
            if head == "torch" and len(parts) >= 4 and parts[1] in ("ops", "classes"):
                severity, reason = _judge_op(parts[2], ".".join(parts[3:]))
                self.add(node, dotted, f"{parts[2]}::{'.'.join(parts[3:])}", severity, reason)
                return
            if head == "torch" and len(parts) == 3 and parts[1] in ("ops", "classes"):
                severity, reason = ("dangerous", _DANGEROUS_ATTRS[parts[2]]) if parts[2] in _DANGEROUS_ATTRS \
                    else ("suspicious", "an operator namespace used as a function")
                self.add(node, dotted, dotted, severity, reason)
                return
            if head == "torch" and len(parts) == 2:
                severity, reason = _judge_op("aten", parts[1])
                self.add(node, dotted, f"aten::{parts[1]}", severity, reason)
                return
            if head == "ops" and len(parts) >= 3:
                severity, reason = _judge_op(parts[1], ".".join(parts[2:]))
                self.add(node, dotted, f"{parts[1]}::{'.'.join(parts[2:])}", severity, reason)
                return
            if head == "math" and len(parts) == 2:
                ok = is_torchscript_op(f"aten::{parts[1]}") or parts[1] in ("pi", "e", "inf", "nan", "tau")
                self.add(node, dotted, f"aten::{parts[1]}", "safe" if ok else "suspicious",
                         "built-in operator" if ok else "not a math function TorchScript knows")
                return
            if head == "__torch__":
                if dotted in self.defined or ".".join(parts[:-1]) in self.defined:
                    self.add(node, dotted, dotted, "safe", "defined by the archive's code/")
                elif len(parts) > 3 and parts[1:3] == ["torch", "classes"]:
                    severity, reason = _judge_op(parts[3], ".".join(parts[4:]))
                    self.add(node, dotted, f"{parts[3]}::{'.'.join(parts[4:])}", severity,
                             reason.replace("operator", "custom class"))
                else:
                    self.add(node, dotted, dotted, "suspicious", "not defined in the archive's code/")
                return
            if head == "CONSTANTS":
                return
            if head == "self":
                self._method(node, parts[-1], dotted)
                return
            if head in _DANGEROUS_NAMES:
                self.add(node, dotted, f"python:{dotted}", "dangerous", _DANGEROUS_NAMES[head])
                return
            self.add(node, dotted, dotted, "suspicious", "a name TorchScript does not define")
            return
        if isinstance(func, ast.Attribute):
            self._method(node, func.attr, f"(...).{func.attr}")
            return
        self.add(node, ast.unparse(func)[:80], "?", "suspicious", "calls a computed value")

    def _method(self, node: ast.AST, name: str, shown: str) -> None:
        if name in _DANGEROUS_ATTRS:
            self.add(node, shown, name, "dangerous", _DANGEROUS_ATTRS[name])
        elif name in self.methods:
            self.add(node, f"(...).{name}", f"method {name}", "safe", "a method the archive defines")
        elif is_torchscript_op(f"aten::{name}"):
            self.add(node, f"(...).{name}", f"aten::{name}", "safe", "tensor method (built-in operator)")
        elif name in _CONTAINER_METHODS:
            self.add(node, f"(...).{name}", f"method {name}", "safe", "list, dict or string method")
        else:
            self.add(node, f"(...).{name}", f"method {name}", "suspicious", "a method TorchScript does not define")


def analyse_code(files: Iterable[tuple[str, bytes]]) -> tuple[list[CodeCall], list[tuple[str, str]]]:
    """Every call in ``files`` (``(archive path, source)`` of ``code/**/*.py``), judged; and
    ``(file, problem)`` for files that do not parse (TorchScript would refuse them too)."""
    parsed: list[tuple[str, ast.Module, list[int]]] = []
    problems: list[tuple[str, str]] = []
    defined: set[str] = set()
    methods: set[str] = set()
    for path, source in files:
        try:
            tree = ast.parse(source.decode("utf-8"), filename=path)
        except (SyntaxError, ValueError, UnicodeDecodeError, RecursionError, MemoryError) as exc:
            problems.append((path, f"does not parse as TorchScript source ({type(exc).__name__})"))
            continue
        module = _module_of(path)
        for node in tree.body:
            if isinstance(node, ast.ClassDef):
                defined.add(f"{module}.{node.name}")
                for item in node.body:
                    if isinstance(item, (ast.FunctionDef, ast.AsyncFunctionDef)):
                        defined.add(f"{module}.{node.name}.{item.name}")
                        methods.add(item.name)
            elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                defined.add(f"{module}.{node.name}")
        starts, pos = [], 0
        for raw in source.split(b"\n"):
            starts.append(pos)
            pos += len(raw) + 1
        parsed.append((path, tree, starts))
    calls: list[CodeCall] = []
    frozen_defined, frozen_methods = frozenset(defined), frozenset(methods)
    for path, tree, starts in parsed:
        visitor = _Visitor(path, starts, frozen_defined, frozen_methods)
        try:
            visitor.visit(tree)
        except RecursionError:
            problems.append((path, "nested too deeply to read"))
        calls.extend(visitor.found)
    return calls, problems


def bytecode_operators(value: object, *, limit: int = 200_000) -> list[tuple[str, RuleSeverity, str]]:
    """``(operator, severity, reason)`` for every entry of the ``('operators', (...))`` tables
    in a parsed ``bytecode.pkl`` (each entry is ``(name, overload, ...)``, name ``ns::op``)."""
    found: dict[str, tuple[str, RuleSeverity, str]] = {}
    todo, seen = [value], 0
    while todo and seen < limit:
        item = todo.pop()
        seen += 1
        if not isinstance(item, (tuple, list)):
            continue
        if len(item) == 2 and item[0] == "operators" and isinstance(item[1], (tuple, list)):
            for op in item[1]:
                name = op[0] if isinstance(op, (tuple, list)) and op else op
                if not isinstance(name, str):
                    found.setdefault("?", ("?", "suspicious", "an operator entry that is not a name"))
                    continue
                ns, sep, rest = name.partition("::")
                if not sep or not ns.isidentifier() or not rest:
                    found.setdefault(name, (name, "suspicious", "not an operator name"))
                    continue
                severity, reason = _judge_op(ns, rest)
                found.setdefault(name, (name, severity, reason))
            continue
        todo.extend(item)
    return list(found.values())
