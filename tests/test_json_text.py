"""`--json` output is written by torchckpt._json_text, which must be `json.dumps(indent=...)` byte for byte
(or raise what it raises) on every value, hostile-ish ones too: NaN, infinities, -0.0, huge ints, lone
surrogates and other unicode, bools among ints, tuples, subclasses, keys json converts, nesting, cycles."""

from __future__ import annotations

import enum
import io
import json
import sys

from hypothesis import given, settings
from hypothesis import strategies as st

from torchckpt._json_text import dumps_indented
from torchckpt.cli import main as cli_main


def _both(value: object, indent: int = 1) -> tuple[str, str]:
    outcomes = []
    for dump in (lambda: json.dumps(value, indent=indent), lambda: dumps_indented(value, indent=indent)):
        try:
            outcomes.append(dump())
        except (TypeError, ValueError, RecursionError) as exc:  # the same type and message: the same outcome
            outcomes.append(f"raised {type(exc).__name__}: {exc}")
    return outcomes[0], outcomes[1]


class _Int(int):
    def __repr__(self) -> str:
        return "not-used"


class _Str(str):
    pass


class _Colour(enum.IntEnum):
    RED = 1


_scalars = (st.none() | st.booleans() | st.integers() | st.integers(min_value=-(2**200), max_value=2**200)
            | st.floats(allow_nan=True, allow_infinity=True) | st.text() | st.text(st.characters(exclude_categories=()))
            | st.sampled_from(["\ud800", "\udfff", "\x00", "\u2028", '"\\', "é", "😀", _Str("sub"), _Int(7),
                               _Colour.RED, -0.0, 1e-310, 1e308]))
_keys = st.text() | st.sampled_from(["", "\ud800", "kind", '"'])
_values = st.recursive(
    _scalars,
    lambda inner: (st.lists(inner, max_size=5) | st.lists(inner, max_size=3).map(tuple)
                   | st.lists(st.integers(), max_size=4) | st.lists(st.text(max_size=3), max_size=4)
                   | st.dictionaries(_keys, inner, max_size=5)),
    max_leaves=40)


@settings(max_examples=400, deadline=None)
@given(_values, st.sampled_from([0, 1, 2, 4]))
def test_the_same_text_as_json_dumps(value, indent):
    expected, got = _both(value, indent)
    assert got == expected


@settings(max_examples=100, deadline=None)
@given(st.dictionaries(st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=3),
                       _scalars, max_size=5))
def test_keys_json_converts_and_values_it_refuses(value):
    expected, got = _both(value)
    assert got == expected
    expected, got = _both({"ok": [1, {"bad": object()}]})
    assert got == expected and expected.startswith("raised TypeError: Object of type object")
    expected, got = _both({(1, 2): 3})
    assert got == expected and expected.startswith("raised TypeError: keys must be")


def test_cycles_and_deep_nesting_behave_as_json_does():
    loop: list[object] = [1]
    loop.append({"again": loop})
    assert _both(loop) == ("raised ValueError: Circular reference detected",) * 2
    deep: list[object] = []
    for _ in range(sys.getrecursionlimit() * 2):
        deep = [deep]
    expected, got = _both(deep)
    assert got == expected and expected.startswith("raised RecursionError")


def test_inspect_json_prints_what_json_dumps_prints(training_checkpoint, monkeypatch):
    """The whole `inspect --json` report, as printed, is json.dumps(report, indent=1) of its own value."""
    monkeypatch.setattr(sys, "stdout", io.StringIO())
    assert cli_main(["inspect", "--json", str(training_checkpoint)]) == 0
    printed = sys.stdout.getvalue()  # type: ignore[attr-defined]
    assert printed == json.dumps(json.loads(printed), indent=1) + "\n"
    assert len(printed) > 1000
