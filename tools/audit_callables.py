"""Audit the source of the stdlib, torch and numpy for callables a pickle can use to run code.

    PYTHONPATH=src python tools/audit_callables.py [--write] [--report FILE] [--depth 4]

Walks the *source* (``ast``, nothing is imported from the audited files) of the standard
library and of the installed ``torch`` and ``numpy``, builds an approximate call graph with a
per-parameter taint analysis, and lists every callable a pickle can name whose arguments reach,
within ``--depth`` calls, a *sink*: ``exec``/``eval``/``compile``/``__import__``/``importlib``,
``os.system``/``os.exec*``/``os.spawn*``/``subprocess``/``pty``, a nested ``pickle``/``torch.load``/
``marshal`` load, ``ctypes``, ``open`` for writing, ``shutil``, file removal, ``socket``/URL
opening, ``runpy``, ``code.InteractiveInterpreter``... (:data:`SINKS`).

What a pickle can name and call (and so what is listed):

- module-level functions (``GLOBAL mod f`` + ``REDUCE``), with every parameter from the file;
- classes: ``REDUCE``/``NEWOBJ`` run ``__new__``/``__init__`` with arguments from the file,
  ``BUILD`` runs ``__setstate__(state)``; once ``BUILD`` has set the instance's attributes, the
  dunders pickle itself invokes (``__call__`` through ``REDUCE``, ``append``/``extend`` through
  ``APPENDS``, ``__setitem__`` through ``SETITEMS``, ``__setattr__``, ``__hash__``/``__eq__``
  as a dict key) run on attributes the file chose;
- methods reached by a protocol-4 dotted name (``mod`` ``Class.method``): a plain function
  whose ``self`` is whatever object the file passes, so its attributes count as arguments;
- re-exports (``from .impl import f`` in a package ``__init__``), listed under every name.

Without ``--write`` it prints the findings; ``--write`` regenerates
``src/torchckpt/rules_data.py``: the audit table :mod:`torchckpt.scan_rules` uses, the real
``torch.nn`` module classes and the registered operator names (for these two it imports
torch — the only thing it imports, and only to enumerate them). The file records the
Python, torch and numpy versions it came from. The analysis is
approximate by design (no types, flow-insensitive): it over-reports rather than misses, and
each entry names the chain that reaches its sink so a reader can check it.
"""

from __future__ import annotations

import argparse
import ast
import os
import sys
import sysconfig
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "src" / "torchckpt" / "rules_data.py"

# --- sinks: qualified callables that run code, processes, loads, file writes, network -------------

_EXEC, _PROC, _IMPORT, _LOAD, _NATIVE, _FILE, _NET = ("exec", "process", "import", "nested-load", "native",
                                                       "file-write", "network")
SINKS: dict[str, str] = {
    # compile() alone runs nothing (ast.literal_eval compiles): only what runs code is a sink
    **{f"builtins.{n}": _EXEC for n in ("exec", "eval", "breakpoint")},
    "builtins.__import__": _IMPORT,
    "importlib.import_module": _IMPORT, "importlib.__import__": _IMPORT, "importlib.reload": _IMPORT,
    "importlib.util.spec_from_file_location": _IMPORT, "importlib.util.module_from_spec": _IMPORT,
    "importlib.machinery.SourceFileLoader": _IMPORT, "importlib.machinery.ExtensionFileLoader": _IMPORT,
    "pkgutil.resolve_name": _IMPORT, "imp.load_source": _IMPORT, "imp.load_module": _IMPORT,
    "imp.load_dynamic": _IMPORT,
    **{f"os.{n}": _PROC for n in ("system", "popen", "execl", "execle", "execlp", "execlpe", "execv", "execve",
                                  "execvp", "execvpe", "spawnl", "spawnle", "spawnlp", "spawnlpe", "spawnv",
                                  "spawnve", "spawnvp", "spawnvpe", "posix_spawn", "posix_spawnp", "startfile",
                                  "kill", "killpg")},
    **{f"os.{n}": _FILE for n in ("remove", "unlink", "rmdir", "removedirs", "rename", "renames", "replace",
                                  "symlink", "link", "truncate", "chmod", "chown", "putenv", "open", "mkfifo")},
    **{f"subprocess.{n}": _PROC for n in ("Popen", "run", "call", "check_call", "check_output", "getoutput",
                                          "getstatusoutput")},
    "pty.spawn": _PROC, "_posixsubprocess.fork_exec": _PROC, "webbrowser.open": _PROC,
    "pickle.load": _LOAD, "pickle.loads": _LOAD, "pickle.Unpickler": _LOAD, "_pickle.load": _LOAD,
    "_pickle.loads": _LOAD, "marshal.load": _LOAD, "marshal.loads": _LOAD, "torch.load": _LOAD,
    "torch.serialization.load": _LOAD, "torch.jit.load": _LOAD, "torch.jit._serialization.load": _LOAD,
    "torch.package.PackageImporter": _LOAD, "torch.hub.load": _LOAD, "numpy.load": _LOAD,
    "numpy.lib.format.read_array": _LOAD, "yaml.load": _LOAD, "yaml.unsafe_load": _LOAD, "dill.load": _LOAD,
    "dill.loads": _LOAD, "shelve.open": _LOAD, "types.FunctionType": _EXEC, "types.CodeType": _EXEC,
    "ctypes.CDLL": _NATIVE, "ctypes.PyDLL": _NATIVE, "ctypes.cdll.LoadLibrary": _NATIVE,
    "ctypes.pydll.LoadLibrary": _NATIVE, "ctypes.LibraryLoader": _NATIVE, "_ctypes.dlopen": _NATIVE,
    "torch.ops.load_library": _NATIVE, "torch.classes.load_library": _NATIVE,
    "torch._ops.ops.load_library": _NATIVE, "torch.utils.cpp_extension.load": _NATIVE,
    "torch.utils.cpp_extension.load_inline": _NATIVE,
    **{f"shutil.{n}": _FILE for n in ("rmtree", "move", "copy", "copy2", "copyfile", "copytree", "copyfileobj",
                                      "unpack_archive", "make_archive", "chown")},
    **{f"socket.{n}": _NET for n in ("socket", "create_connection", "create_server", "getaddrinfo",
                                     "gethostbyname", "gethostbyname_ex")},
    "urllib.request.urlopen": _NET, "urllib.request.urlretrieve": _NET, "http.client.HTTPConnection": _NET,
    "http.client.HTTPSConnection": _NET, "ftplib.FTP": _NET, "smtplib.SMTP": _NET,
    **{f"runpy.{n}": _EXEC for n in ("run_path", "run_module", "_run_code", "_run_module_code")},
    "code.InteractiveConsole": _EXEC, "code.InteractiveInterpreter": _EXEC, "code.interact": _EXEC,
    "pdb.run": _EXEC, "pdb.runeval": _EXEC, "cProfile.run": _EXEC, "profile.run": _EXEC, "timeit.timeit": _EXEC,
    "timeit.Timer": _EXEC, "sys.settrace": _EXEC, "sys.setprofile": _EXEC,
}
# open()/io.open/Path.open with one of these in the mode writes
_WRITE_MODES = set("wax+")
_OPEN = {"builtins.open", "io.open", "_io.open", "io.FileIO", "codecs.open", "os.fdopen", "tempfile.NamedTemporaryFile"}

# dunders pickle itself calls on an instance whose attributes the file set with BUILD
# (and the garbage collector calls __del__ once the load drops the object; BUILD looks up
# __setstate__ through __getattr__)
_INSTANCE_HOOKS = ("__call__", "append", "extend", "__setitem__", "__setattr__", "__hash__", "__eq__", "__del__",
                   "__getattr__")
_CONSTRUCTION = ("__init__", "__new__", "__setstate__")
_SKIP_DIRS = {"site-packages", "dist-packages", "__pycache__", "test", "tests", "idlelib", "lib2to3", "turtledemo",
              "ensurepip", "tkinter", "_internal_test"}
_BUILTINS = set(dir(__builtins__)) if isinstance(__builtins__, type(sys)) else set(__builtins__)


# --- per-module facts ---------------------------------------------------------------------------

@dataclass
class Func:
    qual: str                     # module.func or module.Class.method
    params: list[str]
    node: ast.AST
    module: Module
    cls: Cls | None = None
    kind: str = "function"        # function | method | staticmethod | classmethod
    self_tainted: bool = False    # analysed with self's attributes from the file
    sinks: dict[str, str] = field(default_factory=dict)        # param -> chain text
    calls: list[tuple[str, dict[str, frozenset[str]], bool]] = field(default_factory=list)


@dataclass
class Cls:
    qual: str
    module: Module
    bases: list[str]
    methods: dict[str, Func] = field(default_factory=dict)


@dataclass
class Module:
    name: str
    path: Path
    is_package: bool
    aliases: dict[str, str] = field(default_factory=dict)        # local name -> qualified target
    funcs: dict[str, Func] = field(default_factory=dict)
    classes: dict[str, Cls] = field(default_factory=dict)
    exports: dict[str, str] = field(default_factory=dict)        # name -> target (from-imports)
    stars: list[str] = field(default_factory=list)
    all_names: list[str] | None = None


def _module_name(path: Path, root: Path, prefix: str) -> tuple[str, bool]:
    rel = path.relative_to(root).with_suffix("")
    parts = list(rel.parts)
    package = parts[-1] == "__init__"
    if package:
        parts = parts[:-1]
    return ".".join([p for p in [prefix] if p] + parts), package


def _resolve_relative(module: Module, level: int, target: str | None) -> str:
    base = module.name.split(".")
    if not module.is_package:
        base = base[:-1]
    if level > 1:
        base = base[: len(base) - (level - 1)]
    return ".".join(base + ([target] if target else []))


def _imports(module: Module, body: list[ast.stmt], into: dict[str, str], exports: dict[str, str] | None) -> None:
    for node in body:
        if isinstance(node, ast.Import):
            for a in node.names:
                if a.asname:
                    into[a.asname] = a.name
                else:
                    into[a.name.split(".")[0]] = a.name.split(".")[0]
                    into.setdefault(a.name, a.name)
        elif isinstance(node, ast.ImportFrom):
            src = _resolve_relative(module, node.level, node.module) if node.level else (node.module or "")
            for a in node.names:
                if a.name == "*":
                    if exports is not None:
                        module.stars.append(src)
                    continue
                into[a.asname or a.name] = f"{src}.{a.name}"
                if exports is not None:
                    exports[a.asname or a.name] = f"{src}.{a.name}"
        elif isinstance(node, (ast.If, ast.Try)) and exports is not None:
            # conditional imports at module level (try: import x / except ImportError)
            inner = list(node.body) + list(getattr(node, "orelse", []))
            for handler in getattr(node, "handlers", []):
                inner += handler.body
            _imports(module, inner, into, exports)


def _params(args: ast.arguments) -> list[str]:
    names = [a.arg for a in args.posonlyargs + args.args]
    if args.vararg:
        names.append("*" + args.vararg.arg)
    names += [a.arg for a in args.kwonlyargs]
    if args.kwarg:
        names.append("**" + args.kwarg.arg)
    return names


def _decorators(node: ast.FunctionDef | ast.AsyncFunctionDef) -> set[str]:
    out = set()
    for d in node.decorator_list:
        if isinstance(d, ast.Name):
            out.add(d.id)
        elif isinstance(d, ast.Attribute):
            out.add(d.attr)
    return out


def load_module(path: Path, root: Path, prefix: str) -> Module | None:
    name, package = _module_name(path, root, prefix)
    try:
        tree = ast.parse(path.read_bytes(), filename=str(path))
    except (SyntaxError, ValueError, UnicodeDecodeError):
        return None
    module = Module(name, path, package)
    _imports(module, tree.body, module.aliases, module.exports)
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            module.funcs[node.name] = Func(f"{name}.{node.name}", _params(node.args), node, module)
        elif isinstance(node, ast.ClassDef):
            cls = Cls(f"{name}.{node.name}", module, [ast.unparse(b) for b in node.bases])
            for item in node.body:
                if isinstance(item, (ast.FunctionDef, ast.AsyncFunctionDef)):
                    decos = _decorators(item)
                    kind = ("staticmethod" if "staticmethod" in decos else "classmethod" if "classmethod" in decos
                            else "method")
                    cls.methods[item.name] = Func(f"{cls.qual}.{item.name}", _params(item.args), item, module,
                                                  cls, kind)
            module.classes[node.name] = cls
        elif isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == "__all__" for t in node.targets):
            try:
                value = ast.literal_eval(node.value)
                module.all_names = [v for v in value if isinstance(v, str)]
            except ValueError:
                pass
    return module


# --- the graph ----------------------------------------------------------------------------------

class Graph:
    def __init__(self, modules: dict[str, Module]):
        self.modules = modules
        self.funcs: dict[str, Func] = {}
        self.classes: dict[str, Cls] = {}
        for m in modules.values():
            for f in m.funcs.values():
                self.funcs[f.qual] = f
            for c in m.classes.values():
                self.classes[c.qual] = c
                for f in c.methods.values():
                    self.funcs[f.qual] = f

    def canonical(self, qual: str, depth: int = 0) -> str:
        """Follow re-exports: ``torch.load`` -> ``torch.serialization.load``."""
        if depth > 8 or qual in self.funcs or qual in self.classes or qual in SINKS:
            return qual
        mod, _, attr = qual.rpartition(".")
        m = self.modules.get(mod)
        if m is not None:
            target = m.exports.get(attr) or m.aliases.get(attr)
            if target and target != qual:
                return self.canonical(target, depth + 1)
            for star in m.stars:
                cand = f"{star}.{attr}"
                if cand in self.funcs or cand in self.classes or cand in SINKS:
                    return cand
        # a prefix that is an alias (np.core.x -> numpy.core.x)
        return qual

    def lookup_method(self, cls: Cls, name: str, seen: set[str] | None = None) -> Func | None:
        seen = seen if seen is not None else set()
        if cls.qual in seen:
            return None
        seen.add(cls.qual)
        if name in cls.methods:
            return cls.methods[name]
        for base in cls.bases:
            target = self.canonical(_qualify(cls.module, base, cls.module.aliases))
            base_cls = self.classes.get(target)
            if base_cls is not None:
                found = self.lookup_method(base_cls, name, seen)
                if found is not None:
                    return found
        return None


def _qualify(module: Module, dotted: str, aliases: dict[str, str]) -> str:
    head, _, rest = dotted.partition(".")
    if head in aliases:
        base = aliases[head]
    elif head in module.funcs or head in module.classes:
        base = f"{module.name}.{head}"
    elif head in _BUILTINS:
        base = f"builtins.{head}"
    else:
        base = f"{module.name}.{head}"
    return f"{base}.{rest}" if rest else base


def _dotted(expr: ast.expr) -> str | None:
    # one home for reading `a.b.c` out of an expression (TorchScript's analysis uses it too)
    from torchckpt.torchscript_code import dotted_name

    return dotted_name(expr)


class _Taint(ast.NodeVisitor):
    """Per-function taint: which parameters each local name and call argument depends on."""

    def __init__(self, graph: Graph, func: Func):
        self.graph, self.func = graph, func
        self.aliases = dict(func.module.aliases)
        self.taint: dict[str, frozenset[str]] = {}
        for p in func.params:
            bare = p.lstrip("*")
            self.taint[bare] = frozenset({p})
        self_name = func.params[0] if func.params and func.kind in ("method", "classmethod") else None
        self.self_name = self_name
        if self_name and not func.self_tainted:
            self.taint.pop(self_name, None)
        body = func.node.body  # type: ignore[attr-defined]
        for node in ast.walk(func.node):
            if isinstance(node, (ast.Import, ast.ImportFrom)):
                _imports(func.module, [node], self.aliases, None)
        # flow-insensitive fixpoint over assignments
        for _ in range(3):
            before = dict(self.taint)
            for node in ast.walk(ast.Module(body=body, type_ignores=[])):
                self._assign(node)
            if before == self.taint:
                break

    def of(self, expr: ast.AST | None) -> frozenset[str]:
        if expr is None:
            return frozenset()
        out: set[str] = set()
        for node in ast.walk(expr):
            if isinstance(node, ast.Name) and node.id in self.taint:
                out |= self.taint[node.id]
        return frozenset(out)

    def _targets(self, target: ast.AST, t: frozenset[str]) -> None:
        for node in ast.walk(target):
            if isinstance(node, ast.Name) and t:
                self.taint[node.id] = self.taint.get(node.id, frozenset()) | t

    def _assign(self, node: ast.AST) -> None:
        if isinstance(node, ast.Assign):
            t = self.of(node.value)
            for target in node.targets:
                self._targets(target, t)
        elif isinstance(node, (ast.AnnAssign, ast.AugAssign)) and node.value is not None:
            self._targets(node.target, self.of(node.value))
        elif isinstance(node, (ast.For, ast.AsyncFor, ast.comprehension)):
            self._targets(node.target, self.of(node.iter))
        elif isinstance(node, ast.withitem) and node.optional_vars is not None:
            self._targets(node.optional_vars, self.of(node.context_expr))
        elif isinstance(node, ast.NamedExpr):
            self._targets(node.target, self.of(node.value))

    def callee(self, call: ast.Call) -> tuple[str | None, bool]:
        """(qualified callee, whether the call binds a self first)."""
        dotted = _dotted(call.func)
        if dotted is None:
            return None, False
        head, _, rest = dotted.partition(".")
        cls = self.func.cls
        if cls is not None and head in (self.self_name, "cls", "self") and rest and "." not in rest:
            method = self.graph.lookup_method(cls, rest)
            return (method.qual if method else None), True
        if head in self.taint and head not in self.aliases:
            return None, False        # a method of a local object: unknown
        return self.graph.canonical(_qualify(self.func.module, dotted, self.aliases)), False

    def analyse(self) -> None:
        for node in ast.walk(self.func.node):
            if not isinstance(node, ast.Call):
                continue
            qual, bound = self.callee(node)
            if qual is None:
                continue
            args: dict[str, frozenset[str]] = {}
            for i, a in enumerate(node.args):
                key = f"#{i + (1 if bound else 0)}" if not isinstance(a, ast.Starred) else "*"
                t = self.of(a)
                if t:
                    args[key] = args.get(key, frozenset()) | t
            for kw in node.keywords:
                t = self.of(kw.value)
                if t:
                    key = kw.arg if kw.arg else "*"
                    args[key] = args.get(key, frozenset()) | t
            if bound and self.self_name and self.self_name in self.taint:
                args["#0"] = self.taint[self.self_name]
            tainted = frozenset().union(*args.values()) if args else frozenset()
            sink = _sink(qual, node, self)
            if sink and tainted:
                for p in tainted:
                    self.func.sinks.setdefault(p, f"{sink[1]} via {sink[0]}")
            elif args:
                self.func.calls.append((qual, args, bound))


def _sink(qual: str, call: ast.Call, taint: _Taint) -> tuple[str, str] | None:
    if qual in _OPEN:
        mode = call.args[1] if len(call.args) > 1 else next((k.value for k in call.keywords if k.arg == "mode"), None)
        if qual in ("io.FileIO", "os.fdopen", "tempfile.NamedTemporaryFile") and mode is None:
            return (qual, _FILE) if qual != "io.FileIO" else None
        if mode is None:
            return None
        if isinstance(mode, ast.Constant) and isinstance(mode.value, str):
            return (qual, _FILE) if _WRITE_MODES & set(mode.value) else None
        return (qual, _FILE) if taint.of(mode) else None
    if qual in SINKS:
        return qual, SINKS[qual]
    head = qual.split(".")
    for i in range(len(head) - 1, 0, -1):
        prefix = ".".join(head[:i])
        if prefix in ("subprocess", "pty", "_posixsubprocess", "ctypes", "_ctypes", "runpy", "socket",
                      "marshal", "pickle", "_pickle", "dill", "shutil") and SINKS.get(f"{prefix}.{head[i]}"):
            return qual, SINKS[f"{prefix}.{head[i]}"]
    return None


def _bind(callee: Func, args: dict[str, frozenset[str]]) -> dict[str, frozenset[str]]:
    """Caller taint per callee parameter."""
    out: dict[str, frozenset[str]] = {}
    named = [p for p in callee.params if not p.startswith("*")]
    rest = frozenset().union(*[v for k, v in args.items() if k == "*"]) if "*" in args else frozenset()
    for key, t in args.items():
        if key.startswith("#"):
            i = int(key[1:])
            if i < len(named):
                out[named[i]] = out.get(named[i], frozenset()) | t
            else:
                for p in callee.params:
                    if p.startswith("*") and not p.startswith("**"):
                        out[p] = out.get(p, frozenset()) | t
        elif key != "*":
            target = key if key in named else next((p for p in callee.params if p.startswith("**")), None)
            if target:
                out[target] = out.get(target, frozenset()) | t
    if rest:
        for p in callee.params:
            out[p] = out.get(p, frozenset()) | rest
    return out


def _constructor_funcs(graph: Graph, cls: Cls) -> list[Func]:
    return [m for name in ("__init__", "__new__") if (m := graph.lookup_method(cls, name)) is not None]


def propagate(graph: Graph, depth: int) -> None:
    """``depth`` rounds: a caller's parameter reaches a sink when it flows into a callee parameter that does."""
    for _ in range(depth):
        changed = False
        for func in graph.funcs.values():
            for qual, args, _bound in func.calls:
                targets: list[tuple[Func, dict[str, frozenset[str]]]] = []
                if qual in graph.funcs:
                    targets.append((graph.funcs[qual], args))
                elif qual in graph.classes:
                    shifted = {(f"#{int(k[1:]) + 1}" if k.startswith("#") else k): v for k, v in args.items()}
                    targets += [(f, shifted) for f in _constructor_funcs(graph, graph.classes[qual])]
                for callee, callee_args in targets:
                    for param, t in _bind(callee, callee_args).items():
                        if param in callee.sinks:
                            for p in t:
                                if p not in func.sinks:
                                    func.sinks[p] = f"{callee.sinks[param]} <- {callee.qual}"
                                    changed = True
        if not changed:
            break


# --- what a pickle can reach ----------------------------------------------------------------------

def findings(graph: Graph) -> dict[str, str]:
    """``qualified name -> chain`` for every callable a pickle can name that reaches a sink."""
    out: dict[str, str] = {}

    def first(func: Func, skip_self: bool) -> str | None:
        params = func.params[1:] if skip_self and func.params else func.params
        for p in params:
            if p in func.sinks:
                return f"{p.lstrip('*')}: {func.sinks[p]}"
        return None

    for qual, func in graph.funcs.items():
        if func.cls is None or func.kind == "staticmethod":
            why = first(func, False)
        elif func.kind == "classmethod":
            why = first(func, True)
        else:
            why = first(func, False)   # self too: Class.method(obj, ...) takes any object as self
        if why:
            out[qual] = why
    for qual, cls in graph.classes.items():
        for name in _CONSTRUCTION + _INSTANCE_HOOKS:
            method = graph.lookup_method(cls, name)
            if method is None:
                continue
            skip_self = name in _CONSTRUCTION and name != "__new__"
            why = first(method, skip_self) if name != "__new__" else first(method, True)
            if why:
                out[qual] = f"{name}: {why}" if method.cls is cls else f"{name} ({method.qual}): {why}"
                break
    # re-exports: every module-level name that is one of the above
    for m in graph.modules.values():
        names = dict(m.exports)
        for star in m.stars:
            src = graph.modules.get(star)
            if src is None:
                continue
            public = src.all_names if src.all_names is not None else [
                n for n in list(src.funcs) + list(src.classes) if not n.startswith("_")]
            for n in public:
                names.setdefault(n, f"{star}.{n}")
        for name, target in names.items():
            real = graph.canonical(target)
            if real in out and f"{m.name}.{name}" not in out:
                out[f"{m.name}.{name}"] = f"= {real}"
    return out


def _roots() -> list[tuple[Path, str]]:
    roots = [(Path(sysconfig.get_paths()["stdlib"]), "")]
    for name in ("torch", "numpy"):
        try:
            spec = __import__("importlib.util").util.find_spec(name)
        except ImportError:
            spec = None
        if spec and spec.submodule_search_locations:
            roots.append((Path(next(iter(spec.submodule_search_locations))), name))
    return roots


def build_graph(*, depth: int) -> Graph:
    modules: dict[str, Module] = {}
    for root, prefix in _roots():
        for dirpath, dirs, files in os.walk(root):
            dirs[:] = sorted(d for d in dirs if d not in _SKIP_DIRS and not d.startswith("."))
            for f in sorted(files):
                if not f.endswith(".py"):
                    continue
                path = Path(dirpath) / f
                if prefix == "" and path.parent == root and f.startswith("test_"):
                    continue
                module = load_module(path, root, prefix)
                if module is not None and module.name.isascii():
                    modules[module.name] = module
    graph = Graph(modules)
    for func in graph.funcs.values():
        if func.cls is not None and func.kind == "method":
            func.self_tainted = True
        _Taint(graph, func).analyse()
    propagate(graph, depth)
    return graph


def _versions() -> str:
    import importlib.metadata as md

    def v(name: str) -> str:
        try:
            return md.version(name)
        except md.PackageNotFoundError:
            return "absent"
    return f"python {sys.version.split()[0]}, torch {v('torch')}, numpy {v('numpy')}"


def nn_classes() -> list[tuple[str, str]]:
    """``(module, name)`` under ``torch.nn`` that resolve to one of torch's own ``torch.nn.Module``
    subclasses: where each is defined, and the names ``torch.nn`` keeps for classes that moved
    (``torch.nn.quantized.modules.linear.Linear`` now lives in ``torch.ao``) — what a pickle from
    an older torch names and this torch still resolves."""
    import importlib
    import pkgutil

    import torch.nn

    found: set[tuple[str, str]] = set()
    modules = [("torch.nn", torch.nn)]
    for info in pkgutil.walk_packages(torch.nn.__path__, "torch.nn."):
        try:
            modules.append((info.name, importlib.import_module(info.name)))
        except Exception:  # noqa: BLE001 - optional backends fail to import; their classes are not listed
            continue
    for module_name, mod in modules:
        for name, value in vars(mod).items():
            if isinstance(value, type) and issubclass(value, torch.nn.Module) and \
                    value.__module__.startswith("torch.") and "<" not in value.__qualname__ and name.isidentifier():
                found.add((module_name, name))
                if value.__module__.startswith("torch.nn."):
                    found.add((value.__module__, value.__qualname__))
    return sorted(found)


def ts_ops() -> list[str]:
    """``ns::name`` of every operator torch registers (what TorchScript's ``torch.X``/``ops.NS.X`` resolve to)."""
    import torch

    return sorted({schema.name for schema in torch._C._jit_get_all_schemas()})


_DATA_TEMPLATE = '''# ruff: noqa: E501
"""Generated tables for :mod:`torchckpt.scan_rules` and :mod:`torchckpt.torchscript_code`; do not edit.

Regenerate with ``PYTHONPATH=src python tools/audit_callables.py --write`` (see that script).
Generated from {versions}; audit depth {depth}.

- ``AUDIT``: callables of the stdlib, torch and numpy whose arguments reach code execution,
  processes, imports, nested loads, native code, file writes or the network within a few
  calls (one per line: qualified name, TAB, the chain that reaches the sink).
- ``NN_CLASSES``: every name under ``torch.nn`` (module, TAB, class) that resolves to one of
  torch's own ``torch.nn.Module`` classes: where each is defined, and the names kept for
  classes that moved; plus names from older torch versions listed in the tool.
- ``TS_OPS``: every operator torch registers (``ns::name``), what TorchScript code resolves
  ``torch.X`` and ``ops.NS.X`` to.

The strings are split on first use only: importing this module costs one constant load.
"""

from __future__ import annotations

from functools import lru_cache

__all__ = ["audited", "nn_classes", "ts_ops"]

VERSIONS = {versions!r}


@lru_cache(maxsize=1)
def audited() -> dict[str, str]:
    """``qualified name -> chain`` of the audited callables."""
    return dict(line.split("\\t", 1) for line in AUDIT.splitlines() if line)


@lru_cache(maxsize=1)
def nn_classes() -> frozenset[tuple[str, str]]:
    """``(defining module, class)`` of the real torch.nn module classes."""
    return frozenset(tuple(line.split("\\t", 1)) for line in NN_CLASSES.splitlines() if line)  # type: ignore[misc]


@lru_cache(maxsize=1)
def ts_ops() -> frozenset[str]:
    """``ns::name`` of the registered operators."""
    return frozenset(TS_OPS.split())


AUDIT = """
{audit}
"""

NN_CLASSES = """
{nn}
"""

TS_OPS = """
{ops}
"""
'''

def _short(line: str) -> str:
    """A table line with its chain cut to the sink and the last two calls before it."""
    steps = line.split(" <- ")
    return line if len(steps) <= 3 else " <- ".join([steps[0], "...", *steps[-2:]])


# torch.nn module classes of older torch versions (renamed or removed since), from their sources.
_OLDER_NN: tuple[tuple[str, str], ...] = (
    ("torch.nn.modules.linear", "_LinearWithBias"),       # torch 1.6-1.8: MultiheadAttention.out_proj
    ("torch.nn.modules.container", "Container"),
    ("torch.nn.modules.normalization", "CrossMapLRN2d"),
    ("torch.nn.modules.linear", "NonDynamicallyQuantizableLinear"),
    ("torch.nn.modules.rnn", "RNNCellBase"),
)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--depth", type=int, default=4, help="calls between a callable and its sink (default 4)")
    parser.add_argument("--write", action="store_true", help="regenerate src/torchckpt/rules_data.py")
    parser.add_argument("--report", type=Path, help="also write every finding with its chain to this file")
    parser.add_argument("--tables-only", action="store_true",
                        help="with --write: regenerate the torch.nn and operator tables, keep the audit as it is")
    args = parser.parse_args()
    if args.tables_only:
        sys.path.insert(0, str(ROOT / "src"))
        from torchckpt import rules_data

        lines = [f"{q}\t{why}" for q, why in sorted(rules_data.audited().items())]
        args.depth = int(rules_data.__doc__.split("audit depth ")[1].split(".")[0])
    else:
        graph = build_graph(depth=args.depth)
        found = findings(graph)
        print(f"{len(graph.modules)} modules, {len(graph.funcs)} functions/methods, {len(graph.classes)} classes; "
              f"{len(found)} callables reach a sink", file=sys.stderr)
        lines = [f"{q}\t{why}" for q, why in sorted(found.items())]
    if args.report:
        args.report.write_text("\n".join(lines) + "\n")
    if not args.write:
        print("\n".join(lines))
        return 0
    nn = sorted({f"{m}\t{c}" for m, c in nn_classes()} | {f"{m}\t{c}" for m, c in _OLDER_NN})
    ops = ts_ops()
    text = _DATA_TEMPLATE.format(versions=_versions(), depth=args.depth,
                                 audit="\n".join(_short(line).replace("\\", "/").replace('"', "'") for line in lines),
                                 nn="\n".join(nn), ops="\n".join(ops))
    DATA.write_text(text)
    print(f"wrote {DATA.relative_to(ROOT)}: {len(lines)} audited callables, {len(nn)} torch.nn classes, "
          f"{len(ops)} operators", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
