"""The docs name what exists: the README's layout lists every module of the package and
nothing that is gone; no doc points at a design document outside the repository."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "src" / "torchckpt"


def _layout() -> str:
    readme = (ROOT / "README.md").read_text()
    section = readme.split("\n## Layout\n", 1)[1]
    return section.split("```", 2)[1]


def test_readme_layout_lists_every_module():
    text = _layout()
    modules = {p.name for p in PACKAGE.glob("*.py") if p.name != "__main__.py"}
    packages = {f"{p.name}/" for p in PACKAGE.iterdir() if p.is_dir() and (p / "__init__.py").exists()}
    missing = sorted(name for name in modules | packages if not re.search(rf"(?<![\w/]){re.escape(name)}", text))
    assert not missing, f"README's Layout section does not mention {missing}"


def test_readme_layout_names_nothing_that_is_gone():
    named = set(re.findall(r"(?<![\w./`])([A-Za-z_]\w*\.py)\b", _layout()))  # not `file.py:factory`
    exists = {p.name for p in (ROOT / "src").rglob("*.py")} | {p.name for p in ROOT.glob("*/*.py")}
    assert named <= exists, sorted(named - exists)


def test_no_reference_to_a_design_document_outside_the_repository():
    for path in [ROOT / "README.md", *ROOT.glob("docs/*.md"), *PACKAGE.rglob("*.py")]:
        assert "DESIGN.md" not in path.read_text(), path
