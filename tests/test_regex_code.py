"""Patterns compiled with the package (torchckpt._regex, start-up budget): each pattern object is
the one ``re.compile`` makes, the table holds every pattern the package compiles through it, and
the command's entry point imports dataclasses without loading ``re``."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from torchckpt import _regex, _regex_code

from .helpers import run_cli, run_python

ROOT = Path(__file__).resolve().parents[1]
_OURS = _regex._CODE is _regex_code.CODE  # the table fits this Python's engine
needs_table = pytest.mark.skipif(not _OURS, reason="the table is used only with the engine that wrote it")


@needs_table
@pytest.mark.parametrize("key", sorted(_regex_code.CODE, key=repr), ids=repr)
def test_each_pattern_is_the_one_re_compiles(key):
    pattern, flags = key
    made = _regex.precompiled(pattern, flags)
    real = re.compile(pattern, flags)
    assert made is not None and made is not real
    assert made == real  # pattern, flags and the engine's code
    assert (made.flags, made.groups, made.groupindex) == (real.flags, real.groups, real.groupindex)


@needs_table
def test_patterns_match_as_re_compiles_them():
    """Beyond equality: the same matches on text that exercises groups, flags and alternatives."""
    cases = {(rb"[+-]?(?:(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?|(?i:inf(?:inity)?|nan))", 0):
             [b"-1.5e3x", b"INFinity", b"nan", b".5", b"+", b"x"],
             (r"(?:^|_)ema(?:$|_)", _regex.IGNORECASE): ["model_EMA", "ema_state", "emax", "Ema", "schema"],
             (r"^class (\w+)\(Module\):\s*$", _regex.MULTILINE): ["x\nclass Net(Module):  \ny", "class A(B):"]}
    for (pattern, flags), texts in cases.items():
        assert (pattern, flags) in _regex_code.CODE
        made, real = _regex.compile(pattern, flags), re.compile(pattern, flags)
        for text in texts:
            assert [(*m.groups(), m.span()) for m in made.finditer(text)] == \
                   [(*m.groups(), m.span()) for m in real.finditer(text)]


def test_a_pattern_the_table_lacks_compiles_with_re():
    assert _regex.precompiled(r"not (in) the table", 0) is None
    assert _regex.compile(r"not (in) the table", _regex.IGNORECASE) == re.compile(r"not (in) the table", re.I)
    assert (_regex.IGNORECASE, _regex.MULTILINE, _regex.DOTALL) == (re.I, re.M, re.S)


@needs_table
def test_the_table_is_current():
    """A pattern added or changed without rerunning tools/regex_code.py only costs start-up (re
    compiles it), but the table should hold what the package compiles."""
    done = subprocess.run([sys.executable, str(ROOT / "tools" / "regex_code.py"), "--check"],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]


@needs_table
def test_entry_point_imports_dataclasses_without_re():
    """dataclasses' own pattern comes from the table; re stays a placeholder until first used, then
    becomes the real module (submodules included) for everyone holding it."""
    code = ("import sys; from torchckpt import _entry\n"
            "for n in _entry._DEFERRED: _entry._defer(n)\n"
            "_entry._import_dataclasses(); import dataclasses\n"
            "assert 'enum' not in sys.modules and 're._parser' not in sys.modules, sorted(sys.modules)\n"
            "assert dataclasses._MODULE_IDENTIFIER_RE.match(' typing . ClassVar').groups() == ('typing', 'ClassVar')\n"
            "assert 'compile' not in vars(sys.modules['re'])\n"
            "import re as held; from re import _parser\n"
            "assert held is not sys.modules['re'] and held.sub is sys.modules['re'].sub and 'enum' in sys.modules\n"
            "assert held.compile('a+').match('aa').group() == 'aa'; print('ok')")
    done = run_python(code, timeout=60)
    assert done.stdout.strip() == "ok", done.stderr[-2000:]


def test_without_a_table_the_entry_point_uses_re(tmp_path):
    """Another Python or engine (no usable table): dataclasses' pattern and the readers' come from the
    real re, loaded through the placeholder, and the command's output is unchanged."""
    import pickle

    path = tmp_path / "m.pkl"
    path.write_bytes(pickle.dumps({"ema_w": [1.0]}, protocol=2))
    code = (f"import contextlib, io, sys; sys.argv[1:] = [{str(path)!r}]\n"
            "from torchckpt import _regex; _regex._CODE = {}\n"
            "from torchckpt import _entry\n"
            "with contextlib.redirect_stdout(io.StringIO()) as out:\n"
            "    assert _entry.main(['inspect', '--json', sys.argv[1]]) == 0\n"
            "import re, dataclasses\n"
            "assert 'enum' in sys.modules and sys.modules['re'] is re and dataclasses.re.compile is re.compile\n"
            "assert dataclasses._MODULE_IDENTIFIER_RE is re.compile(dataclasses._MODULE_IDENTIFIER_RE.pattern)\n"
            "print(out.getvalue())")
    done = run_python(code, timeout=60)
    plain = run_cli("inspect", "--json", str(path))
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.rstrip("\n") == plain.stdout.rstrip("\n") and '"format": "pickle"' in plain.stdout
