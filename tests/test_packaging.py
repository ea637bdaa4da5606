"""What a user's `pip install torchckpt` gets: the wheel carries the typing marker and the
report's assets, and the extras users install take a torch range, not this repo's pin."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow
def test_wheel_carries_py_typed_and_report_assets(tmp_path):
    done = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
                           "-w", str(tmp_path), str(ROOT)], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    (wheel,) = tmp_path.glob("torchckpt-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "torchckpt/py.typed" in names
    assert {"torchckpt/report_assets/report.js", "torchckpt/report_assets/report.css"} <= names
    assert "torchckpt/rules_data.py" in names


def test_user_extras_take_a_torch_range():
    tomllib = pytest.importorskip("tomllib")
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    for extra, requirements in project["optional-dependencies"].items():
        for requirement in requirements:
            if requirement.replace(" ", "").startswith("torch") and extra != "dev":
                assert "==" not in requirement, f"extra {extra!r} pins {requirement!r}: it would replace a user's torch"
