"""The plainest command lines are read without argparse (torchckpt.cli._quick, start-up budget): whatever it
takes it must read exactly as argparse does, and everything else (help, mistakes, any line it is unsure of)
must go to argparse, so that help and errors stay argparse's own, word for word."""

from __future__ import annotations

import contextlib
import io
import subprocess
import sys

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from torchckpt import cli
from torchckpt.cli._parser import build_parser
from torchckpt.cli._quick import _Recorder, quick_parse

_NAMES = ["inspect", "scan", "convert", "slim", "migrate", "diff", "load-check", "export", "report", "verify"]


def _flags(name: str) -> list[str]:
    recorder = _Recorder()
    module = cli._MODULE_OF.get(name, name)
    __import__(f"torchckpt.cli.{module}", fromlist=["register"]).register(recorder)
    return [flag for a in recorder.commands[name].arguments for flag in a.flags if flag.startswith("-")]


def _argparse(argv: list[str]) -> dict[str, object] | None:
    """argparse's reading of ``argv``, or None where it prints help or an error and exits."""
    with contextlib.redirect_stderr(io.StringIO()), contextlib.redirect_stdout(io.StringIO()):
        try:
            return vars(build_parser(argv).parse_args(argv))
        except SystemExit:
            return None


def _check(argv: list[str]) -> bool:
    """Whether the quick reader took ``argv``; asserts it reads it as argparse does."""
    quick = quick_parse(argv, cli.COMMANDS, cli._MODULE_OF)
    if quick is None:
        return False
    assert vars(quick) == _argparse(argv), argv
    return True


@pytest.mark.parametrize("argv", [
    ["inspect", "--json", "m.pt"], ["inspect", "m.pt", "--json"], ["inspect", "--key", "model", "--json", "m.pt"],
    ["inspect", "--all", "m.pt"], ["scan", "--json", "a.pt"], ["scan", "a.pt", "b.pt", "--json"], ["scan", "a.pt"],
    ["scan", "-r", "--all", "dir"], ["scan", "--stats", "--json", "a", "b", "c"], ["diff", "a", "b", "--json"],
    ["verify", "a", "b"], ["slim", "a", "b"], ["report", "a"], ["inspect", ""], ["inspect", "a=b"],
])
def test_plain_lines_are_read_as_argparse_reads_them(argv):
    assert _check(argv)


@pytest.mark.parametrize("argv", [
    [], ["--help"], ["-h"], ["--version"], ["inspect"], ["inspect", "--help"], ["inspect", "-h", "m.pt"],
    ["inspect", "a", "b"], ["inspect", "--js", "m.pt"], ["inspect", "--json=1", "m.pt"], ["inspect", "--key"],
    ["inspect", "--key", "--json", "m.pt"], ["inspect", "--", "m.pt"], ["inspect", "-", "--json"],
    ["inspect", "-5"], ["scan", "a", "--json", "b"], ["scan", "--format", "json", "a"], ["scan", "-j", "2", "a"],
    ["scan", "--engine", "dask", "a"], ["scan", "-rj2", "a"], ["nosuch", "a"], ["--debug", "inspect", "a"],
    ["convert", "a", "b", "--dtype", "fp16"], ["load-check", "spec", "file", "--rename", "a", "b"],
])
def test_everything_else_is_left_to_argparse(argv):
    assert not _check(argv)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_whatever_it_takes_it_reads_as_argparse_does(data):
    name = data.draw(st.sampled_from(_NAMES))
    tokens = st.sampled_from([*_flags(name), "-h", "--", "-", "-1", "--js", "x", "y.pt", "a b", "", "json",
                              "--json=1", "-rj", "sarif", "2"])
    argv = [name, *data.draw(st.lists(tokens | st.text(max_size=4), max_size=6))]
    _check(argv)


def test_help_and_errors_are_argparse_s_own():
    """`--help` and a mistake print what argparse prints, with its exit code (through the real entry point)."""
    for argv in (["inspect", "--help"], ["scan", "--bogus", "x"], ["inspect"], ["scan", "a", "--json", "b"]):
        done = subprocess.run([sys.executable, "-m", "torchckpt", *argv], capture_output=True, text=True, timeout=60)
        with contextlib.redirect_stderr(io.StringIO()) as err, contextlib.redirect_stdout(io.StringIO()) as out, \
                pytest.raises(SystemExit) as info:
            build_parser(argv).parse_args(argv)
        assert (done.returncode, done.stdout, done.stderr) == (info.value.code, out.getvalue(), err.getvalue())
