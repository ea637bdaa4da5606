"""The rules behind scan verdicts: the audited denylist, the real torch.nn class list, and
getattr of a module's data method (``torch.save(model.state_dict)``)."""

from __future__ import annotations

import io
import pickle
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))

import audit_callables  # noqa: E402

from torchckpt import rules_data  # noqa: E402
from torchckpt.allowlist import SAFE_GLOBALS, SAFE_STUB_CLASSES  # noqa: E402
from torchckpt.scan_rules import SAFE_EXTRA, classify, is_torch_nn_module_class  # noqa: E402
from torchckpt.scanner import scan  # noqa: E402

from hostile import EMPTY_TUPLE, MARK, NEWOBJ, STOP, TUPLE, call, glob0, proto, str0  # noqa: E402

torch = pytest.importorskip("torch")


# --- the audit ----------------------------------------------------------------------------------

def test_the_table_records_where_it_came_from():
    assert "python 3." in rules_data.VERSIONS and "torch 2." in rules_data.VERSIONS and "numpy" in rules_data.VERSIONS
    assert "tools/audit_callables.py --write" in rules_data.__doc__
    assert len(rules_data.audited()) > 1000 and len(rules_data.ts_ops()) > 1000


def test_every_audited_callable_scans_dangerous():
    trusted = SAFE_GLOBALS | SAFE_STUB_CLASSES | set(SAFE_EXTRA)
    wrong = []
    for qual in rules_data.audited():
        module, _, name = qual.rpartition(".")
        severity, reason = classify(module, name)
        if qual not in trusted and qual != "torch.storage._load_from_bytes" and severity != "dangerous":
            wrong.append((qual, severity, reason))
    assert not wrong, wrong[:20]


@pytest.mark.parametrize("qual", [
    "torch._utils._import_dotted_name", "numpy.core._ufunc_reconstruct", "mailcap.findmatch",
    "torch._functorch._aot_autograd.subclass_codegen._compile_and_exec_source", "tracemalloc.Snapshot.load",
    "torch._functorch.compilers.get_inputs", "argparse.FileType", "numpy._core.memmap.memmap",
    "torch.utils._content_store.ContentStoreReader.read_tensor_metadata", "numpy.testing.runstring",
])
def test_the_audit_finds_known_gadgets(qual):
    assert qual in rules_data.audited()
    module, _, name = qual.rpartition(".")
    severity, reason = classify(module, name)
    assert severity == "dangerous" and reason


@pytest.mark.parametrize("qual", [
    "pathlib.PosixPath", "argparse.Namespace", "collections.OrderedDict", "torch._utils._rebuild_tensor_v2",
    "torch.nn.modules.linear.Linear", "torch.nn.modules.module.Module", "numpy.core.multiarray._reconstruct",
    "datetime.datetime", "torch.optim.adam.Adam",
])
def test_data_types_are_not_in_the_audit(qual):
    assert qual not in rules_data.audited()


def test_the_analysis_follows_calls_classes_and_reexports(tmp_path):
    pkg = tmp_path / "fakepkg"
    pkg.mkdir()
    (pkg / "__init__.py").write_text("from .impl import outer, Holder\n")
    (pkg / "impl.py").write_text(
        "import os, subprocess\n"
        "def inner(cmd, unused):\n    os.system(cmd)\n"
        "def middle(a, b):\n    x = a + '!'\n    inner(x, b)\n"
        "def outer(p, q):\n    middle(q, p)\n"
        "def harmless(x):\n    inner('ls', x)\n"
        "def writer(path, mode):\n    open(path, mode)\n"
        "def reader(path):\n    open(path, 'rb')\n"
        "class Holder:\n    def __setstate__(self, state):\n        eval(state)\n"
        "class Caller:\n    def __call__(self, arg):\n        subprocess.run(self.argv)\n"
        "class Child(Caller):\n    pass\n"
        "class Plain:\n    def __init__(self, x):\n        self.x = x\n")
    modules = {}
    for path in sorted(pkg.rglob("*.py")):
        module = audit_callables.load_module(path, tmp_path, "")
        modules[module.name] = module
    graph = audit_callables.Graph(modules)
    for func in graph.funcs.values():
        func.self_tainted = func.cls is not None and func.kind == "method"
        audit_callables._Taint(graph, func).analyse()
    audit_callables.propagate(graph, 4)
    found = audit_callables.findings(graph)
    assert "process via os.system" in found["fakepkg.impl.inner"]
    assert found["fakepkg.impl.outer"].startswith("q:")          # only q reaches the sink
    assert "fakepkg.impl.harmless" not in found                  # a constant reaches it, not the caller's x
    assert "fakepkg.impl.writer" in found and "fakepkg.impl.reader" not in found
    assert found["fakepkg.impl.Holder"].startswith("__setstate__")
    assert "fakepkg.impl.Caller" in found and "fakepkg.impl.Child" in found   # inherited __call__
    assert "fakepkg.impl.Plain" not in found
    assert found["fakepkg.outer"] == "= fakepkg.impl.outer" and "fakepkg.Holder" in found


# --- torch.nn classes ---------------------------------------------------------------------------

def test_every_real_torch_nn_class_is_listed_and_trusted():
    real = audit_callables.nn_classes()
    assert len(real) > 150
    listed = rules_data.nn_classes()
    missing = [c for c in real if c not in listed]
    assert not missing, missing[:10]
    audited = rules_data.audited()
    for module, name in real:
        assert is_torch_nn_module_class(module, name) == (f"{module}.{name}" not in audited)
    assert is_torch_nn_module_class("torch.nn.modules.linear", "Linear")
    assert is_torch_nn_module_class("torch.nn.modules.rnn", "LSTM")


@pytest.mark.parametrize("module,name", [
    ("torch.nn.modules.linear", "Evil"), ("torch.nn.modules.foo", "Linear"), ("torch.nn.modules.linear", "linear"),
    ("torch.nn.modules", "Evil"), ("torch.nn.modules.linear.os", "Linear"), ("torch.nn", "Module.__init__"),
    ("torch.nn.modules.linear", "Linear.__setstate__"),
])
def test_fake_torch_nn_names_are_not_trusted(module, name):
    assert not is_torch_nn_module_class(module, name)
    assert classify(module, name)[0] != "safe"


def test_a_fake_torch_nn_class_in_a_checkpoint_is_suspicious(tmp_path):
    body = glob0("torch.nn.modules.linear", "Evil") + EMPTY_TUPLE + NEWOBJ + STOP
    (tmp_path / "evil.pkl").write_bytes(proto(2) + body)
    report = scan(tmp_path / "evil.pkl")
    assert report.verdict == "suspicious" and report.classes == ["torch.nn.modules.linear.Evil"]


# --- bound methods: torch.save(model.state_dict) -----------------------------------------------------

class UserNet(torch.nn.Module):
    def __init__(self) -> None:
        super().__init__()
        self.fc = torch.nn.Linear(3, 2)


def test_a_pickled_state_dict_method_of_a_torch_nn_model_is_safe(tmp_path):
    model = torch.nn.Sequential(torch.nn.Linear(3, 4), torch.nn.ReLU(), torch.nn.Linear(4, 1))
    path = tmp_path / "bound.pt"
    torch.save(model.state_dict, path)          # the parentheses forgotten
    assert torch.load(path, weights_only=False)().keys() == model.state_dict().keys()
    report = scan(path)
    assert report.verdict == "safe", [f.to_json() for f in report.findings]


def test_a_pickled_state_dict_method_of_a_user_model_is_suspicious(tmp_path):
    path = tmp_path / "bound_user.pt"
    torch.save(UserNet().state_dict, path)
    report = scan(path)
    assert report.verdict == "suspicious", [f.to_json() for f in report.findings]
    assert f"{__name__}.UserNet" in report.classes
    assert report.globals.get("builtins.getattr") == "suspicious"


def _getattr(target: bytes, attribute: str) -> bytes:
    return call(glob0("builtins", "getattr"), target, str0(attribute))


def _linear_stub() -> bytes:
    return glob0("torch.nn.modules.linear", "Linear") + EMPTY_TUPLE + NEWOBJ


@pytest.mark.parametrize("body", [
    _getattr(_linear_stub(), "load_state_dict"),                                   # not a data method
    _getattr(glob0("torch", "FloatStorage"), "state_dict"),                        # not a module object
    MARK + _getattr(_linear_stub(), "state_dict") + _getattr(glob0("torch", "FloatStorage"), "from_file") + b"l",
    # getattr handed to a torch rebuild function that calls it (torch._tensor._rebuild_from_type_v2)
    MARK + _getattr(_linear_stub(), "state_dict")
    + call(glob0("torch._tensor", "_rebuild_from_type_v2"), glob0("builtins", "getattr"), glob0("torch", "Tensor"),
           MARK + glob0("torch", "FloatStorage") + str0("from_file") + TUPLE, b"N") + b"l",
], ids=["other-method", "non-module", "second-getattr", "getattr-escapes"])
def test_other_getattrs_stay_dangerous(tmp_path, body):
    path = tmp_path / "g.pkl"
    path.write_bytes(proto(2) + body + STOP)
    assert scan(path).verdict == "dangerous"


def test_the_bound_method_stream_is_what_torch_writes(tmp_path):
    # the shape the rule trusts: builtins.getattr(<module>, 'state_dict') and nothing else calls getattr
    buf = io.BytesIO()
    pickle.dump(torch.nn.Linear(2, 2).state_dict, buf, protocol=2)
    data = buf.getvalue()
    assert (b"c__builtin__\ngetattr\n" in data or b"cbuiltins\ngetattr\n" in data) and b"state_dict" in data
    assert data.count(b"getattr") == 1


@pytest.mark.parametrize("module,name", [
    ("numpy.core.memmap", "memmap"),                      # numpy 2 forwards numpy.core.* to numpy._core.*
    ("torch.nn.modules.module", "torch._utils._import_dotted_name"),   # a getattr chain through a module
    ("numpy.core", "_ufunc_reconstruct"),
])
def test_aliases_of_audited_callables_are_dangerous(module, name):
    severity, reason = classify(module, name)
    assert severity == "dangerous" and "[audit]" in reason


@pytest.mark.parametrize("module,name", [
    # entries of picklescan's _unsafe_globals and modelaudit's ALWAYS_DANGEROUS/SUSPICIOUS_GLOBALS
    # (checked against both lists in peers' releases: every entry that runs something is dangerous here)
    ("uuid", "_ifconfig_getnode"), ("uuid", "getnode"), ("_pyrepl.pager", "pipe_pager"), ("faulthandler", "_sigsegv"),
    ("torch.utils.collect_env", "run"), ("numpy.testing._private.utils", "runstring"), ("pydoc", "pipepager"),
    ("asyncio.unix_events", "_UnixSubprocessTransport._start"), ("idlelib.pyshell", "ModifiedInterpreter.runcode"),
    ("lib2to3.pgen2.pgen", "ParserGenerator.make_label"), ("ensurepip", "_run_pip"), ("venv", "create"),
])
def test_the_peers_denylists_are_covered(module, name):
    assert classify(module, name)[0] == "dangerous"
