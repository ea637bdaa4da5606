"""`make demo` keeps working: its command lines, read from the Makefile, run against the
example checkpoint and each exits 0 (a change of defaults that breaks the demo fails here)."""

from __future__ import annotations

import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _demo_lines() -> list[list[str]]:
    text = (ROOT / "Makefile").read_text()
    recipe = text.split("\ndemo:", 1)[1].split("\n\n", 1)[0]
    lines = []
    for raw in recipe.splitlines()[1:]:
        line = raw.strip()
        if line.startswith("$(VENV)/bin/torchckpt "):
            lines.append(shlex.split(line.removeprefix("$(VENV)/bin/torchckpt ")))
    return lines


def test_the_makefile_has_a_demo():
    commands = [words[0] for words in _demo_lines()]
    assert {"inspect", "scan", "convert", "slim", "report", "diff", "export"} <= set(commands)


@pytest.mark.slow
def test_every_demo_command_exits_0(tmp_path):
    pytest.importorskip("torch")
    pytest.importorskip("onnxruntime")
    demo = tmp_path / "demo-out"
    demo.mkdir()
    made = subprocess.run([sys.executable, str(ROOT / "examples" / "make_checkpoint.py"),
                           str(demo / "train_ckpt.pt")], capture_output=True, text=True, timeout=300, cwd=ROOT)
    assert made.returncode == 0, made.stderr[-2000:]
    for words in _demo_lines():
        argv = [re.sub(r"\$\(DEMO\)", str(demo), w) for w in words]
        done = subprocess.run([sys.executable, "-m", "torchckpt", *argv], capture_output=True, text=True,
                              timeout=300, cwd=ROOT)
        assert done.returncode == 0, (argv, done.stdout[-1500:], done.stderr[-1500:])
