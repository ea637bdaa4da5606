"""What the scanner thinks of a global a pickle names: ``safe``, ``suspicious`` or ``dangerous``.

Allowlist first: only the data types in :mod:`torchckpt.allowlist` (and the few extra data
types below) are ``safe``. A denylist of known code-execution reach upgrades everything else
from ``suspicious`` (unknown code runs when the file loads) to ``dangerous``.

The denylist merges the published lists and advisories, each entry with where it comes from:

- picklescan ``scanner.py`` ``_unsafe_globals`` and the GHSAs its tests replay
  (``tests/init_data_files.py``: ``torch.utils.bottleneck``, ``torch._dynamo.guards``,
  ``torch.fx.experimental.symbolic_shapes``, ``torch.utils.collect_env``,
  ``torch.utils.data.datapipes.utils.decoder``, ``torch.jit.unsupported_tensor_ops``,
  ``torch.utils._config_module``, ``trace``, ``profile``, ``lib2to3``, ``idlelib``, ``code``,
  ``ensurepip``, ``doctest``, ``cProfile``, ``asyncio.unix_events``, ``distutils``, ``ctypes``,
  ``pydoc`` + ``operator.methodcaller``, ``pty``, ``numpy.f2py``, ``io.FileIO``,
  ``urllib.request``, ``ssl`` DNS exfiltration, ``pip``, ``venv``, ``timeit``,
  ``numpy.testing._private.utils.runstring``, ``torch._inductor.codecache``), tagged [picklescan];
- modelscan ``settings.py`` ``unsafe_globals`` (CRITICAL/HIGH), tagged [modelscan];
- modelaudit's ``ALWAYS_DANGEROUS_*`` and ``SUSPICIOUS_GLOBALS`` where they run something
  (``uuid``'s command-running ``getnode`` helpers, ``faulthandler``), tagged [modelaudit];
- fickling ``fickle.py`` ``UNSAFE_IMPORTS`` and ``test/test_bypasses.py`` /
  ``test/test_cve_patterns.py`` (GHSA-r7v6-mfhq-g3m2 pty, GHSA-565g-hwwr-4pp3 marshal+types,
  GHSA-wfq2-52f7-7qvj runpy, GHSA-p523-jq9w-64x9 cProfile, GHSA-5hvc-6wx8-mvv4 ctypes/pydoc,
  GHSA-q5qq-mvfm-j35x importlib/code/multiprocessing, GHSA-5j3x-jp52-966f dotted names,
  CVE-2025-10157 submodules), tagged [fickling];
- PyTorch advisories: CVE-2025-32434 (GHSA-53q9-r3pm-6pq6, code runs before a later parse
  error), CVE-2026-24747 (weights_only memory corruption via SETITEM on non-dicts and storage
  size mismatch), tagged [torch];
- our own reading of the stdlib and torch sources for the same kinds of reach, tagged [ours];
- the systematic audit (``tools/audit_callables.py``): every callable of the stdlib, torch
  and numpy whose arguments reach a sink within a few calls, shipped as
  :func:`torchckpt.rules_data.audited` and consulted after the list below.

``torch.nn`` module classes are trusted only by their real names (:func:`is_torch_nn_module_class`,
the shipped list of torch's own classes, minus any the audit flags): a ``torch.nn.modules.foo.Evil``
that torch does not define is whatever code the file's author put under that name.

Names are judged whole and by parts: a dotted module is matched by its longest listed prefix
(``os.path`` is only suspicious, ``os.system`` dangerous), and the dotted *name* a protocol-4
``STACK_GLOBAL`` may carry (``getattr`` chains such as module ``pathlib`` name ``os.system``)
is matched again from every component, so a re-exported module cannot hide behind an
innocent one.
"""

from __future__ import annotations

import contextlib
import contextvars
import functools
from collections.abc import Callable, Iterator

from .allowlist import SAFE_GLOBALS, SAFE_STUB_CLASSES

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, ParamSpec, TypeVar

    from .vocab import RuleSeverity

__all__ = ["DANGEROUS", "SAFE_EXTRA", "classify", "harmless_module_getattr", "is_identifier_path",
           "is_torch_nn_module_class", "is_torchscript_op", "recording"]

if TYPE_CHECKING:
    _P = ParamSpec("_P")
    _R = TypeVar("_R")

# Every answer the rules gave while recording() is active: the scan is a function of the file's bytes,
# the code and these answers alone (nothing else reads this module's or rules_data's tables), so
# torchckpt.fleet's verdict cache keeps a verdict across a rule update when the answers it rests on
# are unchanged. The key ("",) marks arguments that cannot be recorded (the answers are then incomplete).
# A context variable: scans in other threads (a Dask worker's) record into their own dicts.
_answers: contextvars.ContextVar[dict[tuple[Any, ...], Any] | None] = contextvars.ContextVar("_answers",
                                                                                             default=None)


@contextlib.contextmanager
def recording() -> Iterator[dict[tuple[Any, ...], Any]]:
    """Record ``(rule function, args, kwargs) -> answer`` for every rule consulted inside the block."""
    answers: dict[tuple[Any, ...], Any] = {}
    token = _answers.set(answers)
    try:
        yield answers
    finally:
        _answers.reset(token)


def _recorded(fn: Callable[_P, _R]) -> Callable[_P, _R]:
    name = fn.__name__

    @functools.wraps(fn)
    def consult(*args: _P.args, **kwargs: _P.kwargs) -> _R:
        answer = fn(*args, **kwargs)
        answers = _answers.get()
        if answers is not None:
            key = (name, args, tuple(sorted(kwargs.items())))
            try:
                answers[key] = answer
            except TypeError:  # an unhashable argument (a getattr on a computed object)
                answers[("",)] = name
        return answer

    return consult

SAFE: RuleSeverity = "safe"
SUSPICIOUS: RuleSeverity = "suspicious"
DANGEROUS_: RuleSeverity = "dangerous"

_PROCESS = "runs programs or shell commands"
_EXEC = "compiles or runs Python code from a string or code object"
_IMPORT = "imports modules by name, which reaches any code"
_FILE = "reads, writes or deletes files"
_NET = "opens network connections"
_NESTED = "loads another serialized object (a nested payload this file does not show)"
_INDIRECT = "calls or looks up other objects by name (indirection that hides the real call)"
_DEBUG = "debugger or profiler that runs code strings"
_NATIVE = "loads native code or touches raw memory"
_INTERP = "changes interpreter or process state"
_INSTALL = "installs packages or builds environments"

# Longest listed prefix wins; a value of None means "not dangerous" (an exception to a
# broader entry, e.g. os.path under os).
DANGEROUS: dict[str, str | None] = {
    # --- processes ---------------------------------------------------------------------------
    "os": _PROCESS + "; " + _FILE,                  # [picklescan][modelscan][fickling]
    "os.path": None,                                # path arithmetic; stays suspicious (unknown callable)
    "posix": _PROCESS + " (os on Linux)",            # [picklescan][modelscan][fickling]
    "nt": _PROCESS + " (os on Windows)",             # [picklescan][modelscan][fickling]
    "posixpath.os": _PROCESS,                       # [ours] os re-exported by os.path
    "ntpath.os": _PROCESS,                          # [ours]
    "subprocess": _PROCESS,                         # [picklescan][modelscan][fickling]
    "_posixsubprocess": _PROCESS,                   # [fickling] fork_exec
    "_winapi": _PROCESS,                            # [ours] CreateProcess
    "pty": _PROCESS,                                # [picklescan] GHSA-vqmv-47xg-9wpr, [fickling] GHSA-r7v6-mfhq-g3m2
    "commands": _PROCESS,                           # [picklescan][fickling] python 2 subprocess
    "popen2": _PROCESS,                             # [ours] python 2
    "multiprocessing": _PROCESS,                    # [fickling] GHSA-q5qq-mvfm-j35x spawnv_passfds
    "_multiprocessing": _PROCESS,                   # [ours]
    "concurrent.futures": _PROCESS,                 # [ours] process/thread pools run callables
    "asyncio": _PROCESS,                            # [picklescan] GHSA-q77w-mwjj-7mqx unix_events._start
    "pexpect": _PROCESS,                            # [fickling]
    "pipes": _PROCESS,                              # [fickling] pipes.Template
    "sh": _PROCESS,                                 # [ours]
    "plumbum": _PROCESS,                            # [ours]
    "platform": _PROCESS,                           # [fickling] platform._syscmd_file runs `file`
    "uuid._get_command_stdout": _PROCESS,           # [fickling] hidden subprocess call
    "uuid._popen": _PROCESS,                        # [fickling]
    **{f"uuid.{n}": _PROCESS + " (fixed system commands: arp, ifconfig, ip, netstat)"  # [modelaudit]
       for n in ("getnode", "_arp_getnode", "_ifconfig_getnode", "_ip_getnode", "_lanscan_getnode",
                 "_netstat_getnode", "_find_mac_near_keyword", "_find_mac_under_heading")},
    "_pyrepl": _PROCESS + " (pager commands)",      # [picklescan]
    "faulthandler": _INTERP + " (crashes the process on purpose)",  # [modelaudit]
    "_osx_support": _PROCESS,                       # [fickling]
    "_aix_support": _PROCESS,                       # [fickling]
    "webbrowser": _PROCESS + " (the configured browser command)",  # [picklescan][modelscan]
    "threading": "runs callables in threads",       # [fickling]
    "_thread": "runs callables in threads",         # [fickling]
    "signal": _INTERP + " (signal handlers)",       # [fickling]
    "_signal": _INTERP,                             # [fickling]
    "atexit": _INTERP + " (registers callables)",   # [fickling]
    "sys": _INTERP + " (sys.modules, sys.path, settrace, exit)",  # [picklescan][modelscan][fickling]
    "gc": _INTERP + " (reaches every live object)",  # [fickling]
    "resource": _INTERP,                            # [ours]
    # --- python code -----------------------------------------------------------------------
    "builtins.eval": _EXEC,                         # [picklescan][modelscan]
    "builtins.exec": _EXEC,                         # [picklescan][modelscan]
    "builtins.execfile": _EXEC,                     # [ours] python 2
    "builtins.compile": _EXEC,                      # [picklescan][modelscan]
    "builtins.__build_class__": _EXEC,              # [ours]
    "builtins.__import__": _IMPORT,                 # [modelscan]
    "builtins.__loader__": _IMPORT,                 # [ours] BuiltinImporter.load_module
    "builtins.__spec__": _IMPORT,                   # [ours]
    "builtins.reload": _IMPORT,                     # [ours] python 2
    "builtins.open": _FILE,                         # [picklescan][modelscan]
    "builtins.file": _FILE,                         # [ours] python 2
    "builtins.input": "reads the terminal",         # [ours]
    "builtins.raw_input": "reads the terminal",     # [ours]
    "builtins.breakpoint": _DEBUG,                  # [picklescan][modelscan]
    "builtins.help": _DEBUG + " (pydoc pager)",     # [ours] runs $PAGER
    "builtins.getattr": _INDIRECT,                  # [picklescan][modelscan]
    "builtins.setattr": _INDIRECT,                  # [fickling]
    "builtins.delattr": _INDIRECT,                  # [fickling]
    "builtins.globals": _INDIRECT,                  # [picklescan] sour pickles
    "builtins.locals": _INDIRECT,                   # [fickling]
    "builtins.vars": _INDIRECT,                     # [fickling]
    "builtins.apply": _INDIRECT,                    # [picklescan] python 2
    "builtins.exit": _INTERP + " (exits)",          # [ours]
    "builtins.quit": _INTERP + " (exits)",          # [ours]
    "code": _EXEC,                                  # [picklescan] GHSA-cj3c-v495-4xqh, [fickling]
    "codeop": _EXEC,                                # [fickling]
    "runpy": _EXEC,                                 # [picklescan][modelscan][fickling] GHSA-wfq2-52f7-7qvj
    "types": _EXEC + " (FunctionType, CodeType)",   # [fickling] GHSA-565g-hwwr-4pp3
    "types.SimpleNamespace": None,                  # plain attribute bag (see SAFE_EXTRA)
    "marshal": _EXEC + " (code objects)",           # [fickling] GHSA-565g-hwwr-4pp3
    "dataclasses._create_fn": _EXEC,                # [ours] exec of generated source
    "typing.ForwardRef": _EXEC + " (eval of annotations)",  # [ours]
    "typing._eval_type": _EXEC,                     # [ours]
    "typing.get_type_hints": _EXEC,                 # [ours]
    "doctest": _EXEC,                               # [picklescan] GHSA-fqq6-7vqf-w3fg debug_script
    "pydoc": _IMPORT + "; pipepager runs commands",  # [picklescan] GHSA-84r2-jw7c-4r5q
    "idlelib": _EXEC,                               # [picklescan] GHSA-3vg9/6w4w/7cq8/8r4j/9xph/m869/j343/3gf5
    "lib2to3": _EXEC + " (eval in pgen)",           # [picklescan] GHSA-f54q-57x4-jg88, GHSA-p9w7-82w4-7q8m
    "rlcompleter": _EXEC + " (eval of expressions)",  # [ours]
    "tkinter": _EXEC + " (Tcl eval)",               # [ours]
    "_tkinter": _EXEC,                              # [ours]
    "_interpreters": _EXEC + " (subinterpreters)",  # [fickling]
    "_xxsubinterpreters": _EXEC,                    # [fickling]
    "compileall": _FILE + " (compiles and writes .pyc)",  # [fickling]
    "py_compile": _FILE,                            # [fickling]
    "unittest": _IMPORT + " (mock.patch imports by name)",  # [fickling]
    "test": _EXEC + " (CPython's test helpers run scripts)",  # [fickling]
    "inspect": _INDIRECT,                           # [fickling]
    "warnings._getcategory": _IMPORT,               # [ours] __import__ of a dotted name
    "warnings._getaction": _IMPORT,                 # [ours]
    "logging": _FILE + "; logging.config evaluates and listens on sockets",  # [fickling]
    "numexpr": _EXEC + " (eval of expressions)",    # [ours] CVE-2023-39631
    "sympy.sympify": _EXEC + " (eval)",             # [ours]
    "sympy.core.sympify": _EXEC + " (eval)",        # [ours]
    "sympy.parsing": _EXEC + " (eval)",             # [ours]
    "pandas.eval": _EXEC,                           # [ours]
    "pandas.core.computation": _EXEC,               # [ours]
    "IPython": _EXEC,                               # [ours]
    "ipykernel": _EXEC,                             # [ours]
    "jupyter_client": _EXEC,                        # [ours]
    # --- imports ----------------------------------------------------------------------------
    "importlib": _IMPORT,                           # [fickling] GHSA-q5qq-mvfm-j35x
    "_frozen_importlib": _IMPORT,                   # [fickling]
    "_frozen_importlib_external": _IMPORT,          # [fickling]
    "_imp": _IMPORT,                                # [fickling]
    "imp": _IMPORT,                                 # [fickling] imp.load_source
    "pkgutil": _IMPORT + " (pkgutil.resolve_name)",  # [fickling]
    "zipimport": _IMPORT,                           # [fickling]
    "site": _IMPORT + " (runs .pth files)",         # [fickling]
    "sitecustomize": _IMPORT,                       # [ours]
    "copyreg": _INTERP + " (changes pickle's extension and reducer registries)",  # [ours]
    "copy_reg": _INTERP,                            # [ours] python 2 name
    # --- indirection ------------------------------------------------------------------------
    "operator": _INDIRECT,                          # [picklescan][modelscan][fickling] attrgetter/methodcaller
    "_operator": _INDIRECT,                         # [fickling]
    "functools": _INDIRECT + " (partial, reduce)",  # [picklescan][fickling]
    "_functools": _INDIRECT,                        # [ours]
    # --- debuggers and profilers ------------------------------------------------------------
    "pdb": _DEBUG,                                  # [picklescan][fickling]
    "bdb": _DEBUG,                                  # [picklescan] malicious15
    "cProfile": _DEBUG,                             # [picklescan] GHSA-9w88/49gj, [fickling] GHSA-p523-jq9w-64x9
    "profile": _DEBUG,                              # [picklescan] GHSA-x696/6vqj
    "_lsprof": _DEBUG,                              # [ours]
    "timeit": _DEBUG + " (timeit runs statements)",  # [picklescan] malicious21
    "trace": _DEBUG,                                # [picklescan] GHSA-5qwp/g344
    # --- files --------------------------------------------------------------------------------
    "io": _FILE,                                    # [picklescan] io.FileIO
    "_io": _FILE,                                   # [ours] io's implementation
    "codecs": _FILE + " (codecs.open)",             # [ours] (_codecs.encode stays allowlisted)
    "shutil": _FILE,                                # [picklescan][fickling]
    "tempfile": _FILE,                              # [fickling]
    "filecmp": _FILE,                               # [fickling]
    "fileinput": _FILE,                             # [fickling]
    "glob": _FILE,                                  # [fickling]
    "linecache": _FILE,                             # [fickling] picklescan dns_exfiltration.npy
    "difflib": _FILE,                               # [fickling]
    "shelve": _NESTED,                              # [fickling]
    "dbm": _FILE,                                   # [ours]
    "sqlite3": _FILE,                               # [fickling]
    "_sqlite3": _FILE,                              # [fickling]
    "tarfile": _FILE,                               # [fickling]
    "zipfile": _FILE,                               # [fickling]
    "mmap": _NATIVE,                                # [fickling]
    "syslog": _FILE,                                # [fickling]
    "distutils": _FILE + "; " + _PROCESS,           # [picklescan] GHSA-m273-6v24-x4m4
    "setuptools": _INSTALL,                         # [ours]
    "fsspec": _FILE + "; " + _NET,                  # [ours]
    "smart_open": _FILE + "; " + _NET,              # [ours]
    # --- network ------------------------------------------------------------------------------
    "socket": _NET,                                 # [picklescan][modelscan][fickling]
    "_socket": _NET,                                # [ours]
    "ssl": _NET + " (DNS exfiltration)",            # [picklescan]
    "_ssl": _NET,                                   # [ours]
    "socketserver": _NET,                           # [fickling]
    "select": _NET,                                 # [fickling]
    "selectors": _NET,                              # [fickling]
    "http": _NET,                                   # [fickling]
    "httplib": _NET,                                # [picklescan][modelscan]
    "urllib": _NET,                                 # [picklescan] urllib.request.urlopen
    "urllib2": _NET,                                # [fickling]
    "urllib3": _NET,                                # [ours]
    "requests": _NET,                               # [picklescan][modelscan] requests.api
    "httpx": _NET,                                  # [ours]
    "aiohttp": _NET,                                # [picklescan][modelscan]
    "ftplib": _NET,                                 # [fickling]
    "smtplib": _NET,                                # [fickling]
    "imaplib": _NET,                                # [fickling]
    "poplib": _NET,                                 # [fickling]
    "telnetlib": _NET,                              # [fickling]
    "nntplib": _NET,                                # [fickling]
    "xmlrpc": _NET,                                 # [fickling]
    "paramiko": _NET,                               # [ours]
    "boto3": _NET,                                  # [ours]
    "botocore": _NET,                               # [ours]
    # --- nested loaders -----------------------------------------------------------------------
    "pickle": _NESTED,                              # [picklescan][modelscan][fickling]
    "_pickle": _NESTED,                             # [picklescan][fickling]
    "cPickle": _NESTED,                             # [ours] python 2
    "dill": _NESTED,                                # [fickling]
    "cloudpickle": _NESTED,                         # [fickling]
    "joblib": _NESTED,                              # [fickling]
    "jsonpickle": _NESTED,                          # [ours]
    "yaml": _NESTED + " (yaml.load builds arbitrary objects)",  # [ours]
    "pandas.read_pickle": _NESTED,                  # [picklescan] its to-do list
    "pandas.io": _NESTED + "; " + _FILE,            # [ours]
    "numpy.load": _NESTED + " (allow_pickle)",      # [picklescan] its to-do list
    "numpy.save": _FILE,                            # [ours]
    "numpy.savez": _FILE,                           # [ours]
    "numpy.savez_compressed": _FILE,                # [ours]
    "numpy.savetxt": _FILE,                         # [ours]
    "numpy.loadtxt": _FILE,                         # [ours]
    "numpy.genfromtxt": _FILE,                      # [ours]
    "numpy.fromfile": _FILE,                        # [ours]
    "numpy.fromregex": _FILE,                       # [ours]
    "numpy.memmap": _FILE,                          # [ours]
    "numpy.DataSource": _NET,                       # [ours]
    "numpy.lib.npyio": _NESTED,                     # [ours] numpy.load's home
    "numpy.lib._npyio_impl": _NESTED,               # [ours] numpy 2
    "numpy.lib.format": _NESTED,                    # [ours] read_array(allow_pickle)
    "numpy.lib._datasource": _NET,                  # [ours]
    "numpy.ctypeslib": _NATIVE,                     # [picklescan] its to-do list
    "numpy.f2py": _EXEC + " (eval in crackfortran)",  # [picklescan] GHSA-r8g5-cgf2-4m4m
    "numpy.distutils": _PROCESS,                    # [ours]
    "numpy.testing": _EXEC + " (runstring is exec)",  # [picklescan] malicious22
    # --- native code --------------------------------------------------------------------------
    "ctypes": _NATIVE,                              # [picklescan] GHSA-4675-36f9-wf6r, [fickling] GHSA-5hvc-6wx8-mvv4
    "_ctypes": _NATIVE,                             # [fickling]
    "cffi": _NATIVE,                                # [ours]
    # --- installers ---------------------------------------------------------------------------
    "pip": _INSTALL,                                # [picklescan] malicious16
    "ensurepip": _INSTALL,                          # [picklescan] GHSA-xp4f-hrf8-rxw7
    "venv": _INSTALL + " (runs a prompt command)",  # [picklescan] malicious20
    # --- torch ----------------------------------------------------------------------------------
    "torch.load": _NESTED + " (torch.load)",        # [picklescan] malicious19
    "torch.save": _FILE,                            # [ours]
    "torch.serialization": _NESTED + " (torch.serialization.load)",  # [picklescan]
    "torch.hub": _IMPORT + " (torch.hub runs hubconf.py, downloads code)",  # [ours]
    "torch.utils.model_zoo": _NESTED + "; " + _NET,  # [ours] load_url
    "torch.jit": _EXEC + " (TorchScript loaders and compilers)",  # [picklescan] GHSA-vr7h-p6mm-wpmh
    "torch.jit._pickle": None,                      # TorchScript's data helpers (see SAFE_EXTRA)
    "torch._inductor": _PROCESS + " (codecache compiles and runs)",  # [picklescan] malicious17
    "torch._dynamo": _EXEC + " (guards eval)",      # [picklescan] GHSA-86cj-95qr-2p4f
    "torch.fx.experimental.symbolic_shapes": _EXEC,  # [picklescan] GHSA-f4x7-rfwp-v3xw
    "torch.fx.graph_module": _EXEC + " (reduce_graph_module execs generated code)",  # [ours]
    "torch.fx._symbolic_trace": _EXEC,              # [ours]
    "torch.utils.cpp_extension": _PROCESS + " (compiles and loads C++)",  # [ours]
    "torch.utils.collect_env": _PROCESS,            # [picklescan] GHSA-f745-w6jp-hpxx, GHSA-jhph-76pp-mggw
    "torch.utils.bottleneck": _DEBUG,               # [picklescan] GHSA-4r9r-ch6f-vxmx, GHSA-4whj-rm5r-c2v8
    "torch.utils._config_module": _NESTED,          # [picklescan] GHSA-vv6j-3g6g-2pvj
    "torch.utils.data.datapipes": _NESTED,          # [picklescan] GHSA-h3qp-7fh3-f8h4
    "torch.package": _NESTED + " (torch.package runs packaged code)",  # [ours]
    "torch._C": _NATIVE + " (JIT compilers, file I/O bindings)",  # [ours]
    "torch.ops": _NATIVE + " (torch.ops.load_library)",  # [ours]
    "torch.classes": _NATIVE + " (load_library)",   # [ours]
    "torch._ops": _NATIVE,                          # [ours]
    "torch.compile": _EXEC,                         # [ours]
    "torch.export": _NESTED,                        # [ours] torch.export.load
    "torch._export": _NESTED,                       # [ours]
    "torch.distributed": _NET + " (rpc runs remote callables)",  # [ours]
    "torch.multiprocessing": _PROCESS,              # [ours]
    "torch.testing._internal": _EXEC,               # [ours]
    "torch.from_file": _FILE,                       # [ours]
    "torch.storage._load_from_bytes": None,         # judged by what its bytes hold (scan.py)
    "tensorflow.io": _FILE,                         # [ours]
    "keras.models.load_model": _NESTED,             # [ours]
    "transformers.dynamic_module_utils": _IMPORT,   # [ours] trust_remote_code
}

# Module aliases the interpreter would resolve to a listed module.
_ALIASES = {"__builtin__": "builtins", "__builtins__": "builtins", "copy_reg": "copyreg", "cPickle": "pickle"}

# A final name component that is a well-known way to run something, whatever module it was
# re-exported from (``from os import system`` in some innocent-looking module). [ours]
DANGEROUS_NAMES = frozenset({
    "system", "popen", "popen2", "popen3", "popen4", "Popen", "startfile", "fork_exec",
    "execl", "execle", "execlp", "execlpe", "execv", "execve", "execvp", "execvpe",
    "spawnl", "spawnle", "spawnlp", "spawnlpe", "spawnv", "spawnve", "spawnvp", "spawnvpe",
    "posix_spawn", "posix_spawnp", "check_output", "check_call", "getoutput", "getstatusoutput",
    "eval", "exec", "execfile", "__import__", "import_module", "run_code", "_run_code", "run_module", "run_path",
    "runcode", "runsource", "runctx", "runstring", "runcall",
})

# Methods that touch the file system when reached through an allowlisted class
# (``torch.FloatStorage.from_file``, ``pathlib.Path.write_text``). [ours]
_FILE_METHODS = frozenset({
    "from_file", "_new_with_file", "_set_from_file", "write_text", "write_bytes", "read_text", "read_bytes",
    "open", "unlink", "rmdir", "mkdir", "touch", "rename", "replace", "symlink_to", "hardlink_to", "link_to",
    "chmod", "lchmod", "save", "load", "loads", "fromfile", "tofile", "dump", "dumps", "rglob", "glob",
    "iterdir", "expanduser", "home", "cwd", "chdir", "exec", "eval",
})

# Modules whose bare re-export (module ``foo``, name ``os``) hands out the whole capability.
_STRONG_MODULES = frozenset({
    "os", "posix", "nt", "subprocess", "_posixsubprocess", "sys", "builtins", "__builtin__", "__builtins__",
    "pickle", "_pickle", "marshal", "importlib", "ctypes", "runpy", "shutil", "socket", "pty",
})

# Data types the allowlist does not map but that are plain data to pickle. [ours]
SAFE_EXTRA: dict[str, str] = {
    # copyreg._reconstructor names the base type of plain objects (protocols 0 and 1)
    **{f"builtins.{n}": "built-in data type" for n in (
        "bool", "int", "float", "str", "bytes", "list", "tuple", "dict", "object", "Ellipsis", "NotImplemented")},
    # TorchScript's pickle helpers return their argument (torch/jit/_pickle.py)
    **{f"torch.jit._pickle.{n}": "TorchScript list/tag helper" for n in (
        "build_intlist", "build_tensorlist", "build_doublelist", "build_boollist", "build_tensor_from_id",
        "restore_type_tag")},
    # numpy >= 1.16 pickles with protocol 5 through _frombuffer; RNG states through these ctors
    "numpy.core.numeric._frombuffer": "numpy array from bytes",
    "numpy._core.numeric._frombuffer": "numpy array from bytes",
    "numpy.random._pickle.__randomstate_ctor": "numpy RandomState",
    "numpy.random._pickle.__bit_generator_ctor": "numpy bit generator",
    "numpy.random._pickle.__generator_ctor": "numpy Generator",
    "numpy.random._mt19937.MT19937": "numpy bit generator",
    "numpy.random._pcg64.PCG64": "numpy bit generator",
    "numpy.random._pcg64.PCG64DXSM": "numpy bit generator",
    "numpy.random._philox.Philox": "numpy bit generator",
    "numpy.random._sfc64.SFC64": "numpy bit generator",
    "numpy.random.mtrand.RandomState": "numpy RandomState",
    "numpy.random.bit_generator.SeedSequence": "numpy seed sequence",
    "types.SimpleNamespace": "attribute bag",
    "torch.nn.parameter.UninitializedParameter": "lazy parameter",
}


@_recorded
def is_identifier_path(text: str) -> bool:
    """Whether ``text`` is a dotted path of identifiers (what ``import``/``getattr`` could use)."""
    return bool(text) and all(part.isidentifier() for part in text.split("."))


def _lookup(path: str) -> tuple[bool, str | None]:
    """Longest listed prefix of ``path``: (found, reason-or-None)."""
    parts = path.split(".")
    for i in range(len(parts), 0, -1):
        key = ".".join(parts[:i])
        if key in DANGEROUS:
            return True, DANGEROUS[key]
    return False, None


_SINK_WORDS = {"exec": _EXEC, "process": _PROCESS, "import": _IMPORT, "nested-load": _NESTED, "native": _NATIVE,
               "file-write": _FILE, "network": _NET}


def _audited(qual: str) -> str | None:
    """The audit's reason for ``qual`` (its chain to the sink, re-exports followed), or None."""
    from .rules_data import audited

    table = audited()
    chain = table.get(qual)
    if chain is None and qual.startswith("numpy.core."):
        # numpy 2 keeps numpy.core.* as modules forwarding every attribute to numpy._core.*
        chain = table.get("numpy._core." + qual[len("numpy.core."):])
    for _ in range(8):
        if chain is None or not chain.startswith("= "):
            break
        qual, chain = chain[2:], table.get(chain[2:])
    if chain is None:
        return None
    # "[hook: ]param: kind via sink <- callee <- ..." (a class names the hook that gets there)
    head, _, path = chain.partition(" via ")
    *where, kind = head.split(": ")
    return f"{_SINK_WORDS.get(kind, kind)}: {' '.join(where)} reaches {_show_chain(path)} [audit]"


def _show_chain(path: str) -> str:
    steps = path.split(" <- ")
    return steps[0] if len(steps) == 1 else f"{steps[0]} through {' <- '.join(steps[1:][-3:])}"


def _dunder(part: str) -> bool:
    return len(part) > 4 and part.startswith("__") and part.endswith("__")


@_recorded
def is_torch_nn_module_class(module: str, name: str) -> bool:
    """Whether ``module.name`` is one of torch's own ``torch.nn`` module classes (the shipped
    list) that the audit does not flag: unpickling one runs only torch's ``__setstate__``
    (a ``__dict__`` update), no code from the file. Documented decision: safe."""
    if module != "torch.nn" and not module.startswith("torch.nn."):
        return False
    from .rules_data import audited, nn_classes

    return (module, name) in nn_classes() and f"{module}.{name}" not in audited()


@_recorded
def is_torchscript_op(qual: str) -> bool:
    """Whether ``ns::name`` is an operator torch registers (the shipped list)."""
    from .rules_data import ts_ops

    return qual in ts_ops()


# Methods of a module object whose bound method is plain data to pickle: ``torch.save(
# model.state_dict, f)`` (parentheses forgotten) pickles ``getattr(model, "state_dict")``.
# Calling any of them returns tensors or modules; none takes a path, a callable or code.
_DATA_METHODS = frozenset({
    "state_dict", "parameters", "named_parameters", "buffers", "named_buffers", "children", "named_children",
    "modules", "named_modules", "extra_repr", "get_submodule", "get_parameter", "get_buffer",
})


@_recorded
def harmless_module_getattr(target_class: str | None, attribute: object, *, is_module: bool) -> RuleSeverity | None:
    """The severity of ``builtins.getattr(<object of target_class>, attribute)`` when it is a
    module's data method (``safe`` on a torch.nn class, ``suspicious`` on another module
    class), or None when the getattr is not that (it stays what :func:`classify` says)."""
    if not isinstance(attribute, str) or attribute not in _DATA_METHODS or not target_class:
        return None
    module, _, name = target_class.rpartition(".")
    if module and is_torch_nn_module_class(module, name):
        return SAFE
    if not is_module or not module:
        return None
    severity, _ = classify(module, name)
    return SUSPICIOUS if severity == SUSPICIOUS else None


@_recorded
def classify(module: str, name: str, *, torchscript: bool = False) -> tuple[RuleSeverity, str]:
    """``(severity, reason)`` for the global ``module.name``: ``safe``, ``suspicious`` or ``dangerous``."""
    qual = f"{module}.{name}"
    if qual in SAFE_GLOBALS or qual in SAFE_STUB_CLASSES:
        return SAFE, "allowlisted data type"
    if qual in SAFE_EXTRA:
        return SAFE, SAFE_EXTRA[qual]
    if is_torch_nn_module_class(module, name):
        return SAFE, "torch.nn module class (torch's own __setstate__ only)"
    if torchscript and (module == "__torch__" or module.startswith("__torch__.")):
        return SAFE, "TorchScript class defined by the archive's code/"

    name_parts = name.split(".")
    canonical = _ALIASES.get(module, module)
    # A dotted name is a getattr chain from the module: any component may be a re-exported
    # module, and what the chain ends on is what runs.
    for i in range(len(name_parts)):
        sub = ".".join(name_parts[i:])
        if i + 1 < len(name_parts) or sub in _STRONG_MODULES:
            found, reason = _lookup(_ALIASES.get(name_parts[i], name_parts[i]) + sub[len(name_parts[i]):])
            if found and reason is not None:
                return DANGEROUS_, f"{reason} (reached through {qual})" if i else reason
    excepted = False      # a listed exception (os.path, torch.jit._pickle...) also overrides the audit
    for candidate in (qual, f"{canonical}.{name}"):
        found, reason = _lookup(candidate)
        if found and reason is not None:
            return DANGEROUS_, reason
        excepted = excepted or found
    for part in name_parts:
        if _dunder(part):
            return DANGEROUS_, f"reaches Python internals through {part} (attribute traversal)"
    audited = None if excepted else _audited(qual) or _audited(f"{canonical}.{name}")
    if audited:
        return DANGEROUS_, audited
    # a getattr chain through a re-exported module (module torch.serialization, name
    # torch._utils._import_dotted_name) ends on what the chain names
    for i in range(len(name_parts) - 1):
        audited = _audited(".".join(name_parts[i:]))
        if audited:
            return DANGEROUS_, f"{audited} (reached through {qual})"
    last = name_parts[-1]
    if last in DANGEROUS_NAMES:
        return DANGEROUS_, f"{last} runs code whichever module re-exports it"
    # Attributes of an allowlisted class are its methods, not data.
    for i in range(len(name_parts) - 1, 0, -1):
        owner = f"{module}.{'.'.join(name_parts[:i])}"
        if owner in SAFE_GLOBALS or owner in SAFE_STUB_CLASSES or owner in SAFE_EXTRA or \
                is_torch_nn_module_class(module, name_parts[0]):
            if last in _FILE_METHODS:
                return DANGEROUS_, f"{last} of an allowlisted class {_FILE}"
            return SUSPICIOUS, "a method of an allowlisted class, not data"
    if module == "builtins" or canonical == "builtins":
        return SUSPICIOUS, "a built-in function, not a data type"
    return SUSPICIOUS, "not a known data type: its code runs when the file loads"
