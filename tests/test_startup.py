"""What keeps stdlib modules off the start-up path of `inspect --json`/`scan --json` must do what the module
would have done: torchckpt._named_tuple (typing.NamedTuple's class syntax without typing: each class is
built by both from the same body), _wording's quoting (shlex.quote), scan's lazily imported --engine choices."""

from __future__ import annotations

import pickle
import shlex
import subprocess
import sys
import typing

import pytest
from hypothesis import given
from hypothesis import strategies as st

from torchckpt._named_tuple import NamedTuple as Light
from torchckpt._wording import _quote
from torchckpt.unpickler import Event, FileReading


def _pair(body: str) -> tuple[type, type]:
    made = []
    for base in (typing.NamedTuple, Light):
        ns: dict[str, object] = {"Base": base, "__name__": __name__}
        exec("from __future__ import annotations\nclass Row(Base):\n" + body, ns)
        made.append(ns["Row"])
    return made[0], made[1]


_BODY = '''    """A row."""

    kind: str
    offset: int
    name: str = ""
    detail: tuple[int, ...] = ()

    def label(self) -> str:
        return f"{self.kind}@{self.offset}"

    @property
    def size(self) -> int:
        return len(self.detail)
'''


def test_builds_what_typing_builds():
    real, light = _pair(_BODY)
    for cls in (real, light):
        assert cls._fields == ("kind", "offset", "name", "detail")
        assert cls._field_defaults == {"name": "", "detail": ()}
        assert cls.__doc__ == "A row." and cls.__name__ == "Row" and cls.__module__ == __name__
        assert tuple.__new__ is not cls.__new__ and issubclass(cls, tuple)
    a, b = real("call", 3, detail=(1, 2)), light("call", 3, detail=(1, 2))
    assert tuple(a) == tuple(b) and repr(a) == repr(b) and a == b
    assert a.label() == b.label() == "call@3" and a.size == b.size == 2
    assert a._replace(offset=9) == b._replace(offset=9) and a._asdict() == b._asdict()
    assert real.__qualname__ == light.__qualname__
    assert set(vars(light)) - {"__annotations__"} == set(vars(real)) - {"__annotations__", "__orig_bases__"}
    # the annotations stay as the module wrote them (typing made ForwardRefs, one compile() each)
    assert light.__annotations__ == {"kind": "str", "offset": "int", "name": "str", "detail": "tuple[int, ...]"}
    with pytest.raises(TypeError):
        light("call")  # offset has no default


@pytest.mark.parametrize("body", ['    a: int = 0\n    b: int\n', '    a: int\n    def _replace(self): ...\n'])
def test_refuses_what_typing_refuses(body):
    with pytest.raises((TypeError, AttributeError)) as real:
        exec("from __future__ import annotations\nimport typing\nclass Row(typing.NamedTuple):\n" + body, {})
    with pytest.raises(type(real.value)) as ours:
        exec("from __future__ import annotations\nclass Row(Base):\n" + body, {"Base": Light, "__name__": "x"})
    assert str(ours.value) == str(real.value)


def test_the_unpickler_tuples_pickle_and_replace():
    event = Event("global", 4, "GLOBAL", "os", "system")
    assert event.detail == "" and event._replace(offset=7).offset == 7
    assert pickle.loads(pickle.dumps(event)) == event
    reading = FileReading(b"x", ((0, 0),), 1, (), (), None)
    assert reading.file_offset(0) == 0 and pickle.loads(pickle.dumps(reading)) == reading


def test_import_torchckpt_unpickler_loads_no_typing():
    code = "import sys, torchckpt.unpickler, torchckpt.analysis, torchckpt.scanner; print('typing' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.stdout.strip() == "False", done.stderr[-2000:]


@given(st.text() | st.text(alphabet="ab _@%+=:,./-'\"$\\\n\täé٣"))
def test_quote_is_shlex_quote(text):
    assert _quote(text) == shlex.quote(text)


def test_engine_choices_read_as_argparse_choices():
    from torchckpt.cli._parser import build_parser

    assert build_parser().parse_args(["scan", "--engine", "dask", "x"]).engine == "dask"
    bad = subprocess.run([sys.executable, "-m", "torchckpt", "scan", "--engine", "spark", "x"], capture_output=True,
                         text=True, timeout=60)
    assert bad.returncode == 2
    assert "invalid choice: 'spark' (choose from 'local', 'dask', 'ray')" in bad.stderr


def test_entry_point_tunes_the_collector_and_freezes_read_only_commands_at_exit(tmp_path):
    """The command's process collects its first generation every 50,000 objects; `inspect`/`scan`
    freeze the heap when done (the exit's collection has nothing to walk), other commands do not;
    `torchckpt.cli.main` (in-process use) changes neither."""
    path = tmp_path / "m.pkl"
    path.write_bytes(pickle.dumps({"w": [1.0, 2.0]}, protocol=2))
    code = ("import gc, io, sys, contextlib; from torchckpt import _entry, cli\n"
            "default = gc.get_threshold()\n"
            "with contextlib.redirect_stdout(io.StringIO()): assert cli.main(['inspect', '--json', sys.argv[1]]) == 0\n"
            "assert gc.get_threshold() == default and gc.get_freeze_count() == 0\n"
            "with contextlib.redirect_stdout(io.StringIO()):\n"
            "    assert _entry.main(['diff', sys.argv[1], sys.argv[1]]) == 0\n"
            "assert gc.get_threshold() == (50_000, *default[1:]) and gc.get_freeze_count() == 0, gc.get_threshold()\n"
            "with contextlib.redirect_stdout(io.StringIO()) as out:\n"
            "    assert _entry.main(['--debug', 'inspect', '--json', sys.argv[1]]) == 0\n"
            "assert gc.get_freeze_count() > 0 and '\"tensor_count\": 0' in out.getvalue(); print('ok')")
    done = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, text=True, timeout=120)
    assert done.stdout.strip() == "ok", done.stderr[-2000:]
