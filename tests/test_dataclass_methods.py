"""The command's entry point makes dataclasses take torchckpt's methods compiled with the package
(torchckpt._dataclass_methods, start-up budget): the classes must be the ones dataclasses makes by
itself, method for method, and the --json paths must compile none."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from torchckpt import _dataclass_code

ROOT = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.skipif(tuple(sys.version_info[:2]) != _dataclass_code.PYTHON,
                                reason="the table is used only on the Python that wrote it")

# Every torchckpt dataclass of the core modules, each method as its code and the class's signature.
_DESCRIBE = r"""
import dataclasses, importlib, inspect, json, sys
if sys.argv[1] == "fast":
    from torchckpt._dataclass_methods import install
    install()
    assert dataclasses._create_fn.__wrapped__
for name in ("analysis", "checkpoint", "scanner", "fleet", "scan_layouts", "formats.torch_zip", "formats.torch_tar",
             "formats.torch_legacy", "formats.safetensors", "formats.numpy", "formats.dcp", "compare", "converter",
             "migration", "weights", "allowlist", "dtypes", "model"):
    importlib.import_module(f"torchckpt.{name}")

def code(c):
    consts = [code(k) if hasattr(k, "co_code") else repr(k) for k in c.co_consts]
    return [c.co_code.hex(), list(c.co_names), list(c.co_varnames), list(c.co_freevars), consts, c.co_name]

found = {}
for module in list(sys.modules.values()):
    for cls in list(vars(module).values()) if (module and module.__name__.startswith("torchckpt")) else ():
        if isinstance(cls, type) and dataclasses.is_dataclass(cls) and cls.__module__ == module.__name__:
            methods = {}
            for m in ("__init__", "__repr__", "__eq__", "__setattr__", "__delattr__", "__hash__"):
                f = cls.__dict__.get(m)
                f = getattr(f, "__wrapped__", f)
                if f is not None and hasattr(f, "__code__"):
                    methods[m] = [code(f.__code__), f.__qualname__, repr(f.__defaults__), repr(f.__kwdefaults__),
                                  sorted(map(str, f.__annotations__.items())), f.__module__,
                                  [repr(c.cell_contents) for c in f.__closure__ or ()]]
            found[f"{cls.__module__}.{cls.__qualname__}"] = [methods, str(inspect.signature(cls))]
print(json.dumps(found, sort_keys=True))
"""


def _describe(mode: str) -> dict[str, object]:
    done = subprocess.run([sys.executable, "-c", _DESCRIBE, mode], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout)  # type: ignore[no-any-return]


def test_the_classes_are_the_ones_dataclasses_makes():
    plain, fast = _describe("plain"), _describe("fast")
    assert len(plain) > 40
    assert fast == plain


def test_the_table_is_current():
    """A dataclass added or changed without rerunning tools/dataclass_code.py only costs start-up, but
    the table should say what the package holds."""
    done = subprocess.run([sys.executable, str(ROOT / "tools" / "dataclass_code.py"), "--check"],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]


@pytest.mark.parametrize("command", ["inspect", "scan"])
def test_json_paths_compile_no_dataclass_method(tmp_path, command):
    """Through the real entry point: dataclasses' exec never runs on `inspect --json`/`scan --json`."""
    torch = pytest.importorskip("torch")
    path = tmp_path / "m.pt"
    torch.save({"w": torch.zeros(2)}, path)
    code = ("import dataclasses, sys; calls = []\n"
            "dataclasses.exec = lambda *a: (calls.append(a[0][:60]), exec(*a))\n"
            "from torchckpt._entry import main\n"
            f"code = main([{command!r}, '--json', {str(path)!r}])\n"
            "print(calls, file=sys.stderr); sys.exit(code)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stderr.strip() == "[]"
