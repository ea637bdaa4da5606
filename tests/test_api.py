"""The public API as users and their type checkers see it."""

from __future__ import annotations

import ast
import importlib
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import torchckpt

INIT = Path(torchckpt.__file__)


def _type_checking_imports() -> dict[str, str]:
    """name -> module of every import inside ``if TYPE_CHECKING:`` in ``torchckpt/__init__.py``."""
    tree = ast.parse(INIT.read_text())
    found: dict[str, str] = {}
    for node in tree.body:
        if isinstance(node, ast.If) and isinstance(node.test, ast.Name) and node.test.id == "TYPE_CHECKING":
            for stmt in node.body:
                assert isinstance(stmt, ast.ImportFrom), ast.dump(stmt)
                for alias in stmt.names:
                    found[alias.asname or alias.name] = (stmt.module or "").lstrip(".")
    return found


def test_type_checking_block_mirrors_the_lazy_table():
    assert _type_checking_imports() == torchckpt._LAZY


def test_every_lazy_name_resolves_to_its_module():
    for name, module in torchckpt._LAZY.items():
        value = getattr(torchckpt, name)
        assert value is getattr(importlib.import_module(f"torchckpt.{module}"), name)


def test_all_is_sorted_and_complete():
    assert torchckpt.__all__ == sorted(torchckpt.__all__)
    assert set(torchckpt._LAZY) <= set(torchckpt.__all__)
    for name in torchckpt.__all__:
        assert hasattr(torchckpt, name), name


def test_unknown_name_raises_attribute_error():
    with pytest.raises(AttributeError, match="load_intoo"):
        torchckpt.load_intoo  # noqa: B018


def test_package_is_typed():
    assert (INIT.parent / "py.typed").is_file()


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("mypy") is None and not Path(sys.executable).with_name("mypy").exists(),
                    reason="mypy is not installed (pip install -e '.[dev]')")
def test_a_users_type_checker_sees_the_real_signatures(tmp_path):
    user = tmp_path / "user.py"
    user.write_text("import torchckpt\n"
                    "reveal_type(torchckpt.load_into)\n"
                    "reveal_type(torchckpt.scan)\n"
                    "torchckpt.load_intoo\n")
    done = subprocess.run([sys.executable, "-m", "mypy", "--no-incremental", "--follow-imports=silent",
                           "--ignore-missing-imports", str(user)], capture_output=True, text=True, timeout=300,
                          cwd=tmp_path)
    out = done.stdout
    assert "def (model: torch.nn.modules.module.Module, path:" in out, out
    assert "def (path: str | os.PathLike[str] | torchckpt.checkpoint.Checkpoint) -> torchckpt.scanner.ScanReport" \
        in out, out
    assert 'Module has no attribute "load_intoo"' in out, out


# --- vocabularies -------------------------------------------------------------------------------------
SRC = INIT.parent


def test_every_literal_vocabulary_lives_in_vocab():
    """One home: a ``Literal[...]`` written anywhere else in the package is a second spelling."""
    elsewhere = []
    for path in sorted(SRC.rglob("*.py")):
        if path.name == "vocab.py":
            continue
        for node in ast.walk(ast.parse(path.read_text())):
            if (isinstance(node, ast.Subscript) and isinstance(node.value, ast.Name | ast.Attribute)
                    and (getattr(node.value, "id", None) or getattr(node.value, "attr", None)) == "Literal"):
                elsewhere.append(f"{path.relative_to(SRC)}:{node.lineno}")
    assert not elsewhere, f"move these Literal vocabularies to torchckpt/vocab.py: {elsewhere}"


def test_value_tuples_spell_their_literals():
    import typing

    from torchckpt import vocab

    pairs = {"VERDICTS": vocab.Verdict, "FORMATS": vocab.FormatName, "PREFER_CHOICES": vocab.Prefer,
             "ON_MISMATCH": vocab.OnMismatch, "HEAD": vocab.Head, "OUTPUT_FORMATS": vocab.OutputFormat,
             "CAST_DTYPES": vocab.CastDtype}
    for name, alias in pairs.items():
        assert getattr(vocab, name) == typing.get_args(alias), name
    assert set(vocab.__all__) == {n for n in dir(vocab) if not n.startswith("_")} - {"Literal", "annotations",
                                                                                     "get_args"}


def test_user_facing_vocabularies_are_exported():
    from torchckpt import vocab

    for name in ("Verdict", "Severity", "FormatName", "TensorKind", "Prefer", "OnMismatch", "Head", "OutputFormat",
                 "CastDtype", "DiffStatus", "ChangeKind", "MigrationStatus"):
        assert name in torchckpt.__all__, name
        assert getattr(torchckpt, name) is getattr(vocab, name), name


def test_the_vocabularies_match_what_the_code_produces(tmp_path):
    """The Literals are the real values: a real file's format and tensor kinds are among them."""
    import typing

    import numpy as np

    np.save(tmp_path / "a.npy", np.zeros(3, dtype=np.float32))
    with torchckpt.open(tmp_path / "a.npy") as ckpt:
        assert ckpt.format in typing.get_args(torchckpt.FormatName)
        assert all(t.kind in typing.get_args(torchckpt.TensorKind) for t in ckpt.tensors().values())
    assert torchckpt.scan(tmp_path / "a.npy").verdict in typing.get_args(torchckpt.Verdict)


def test_errors_inside_an_open_checkpoint_name_the_file(tmp_path):
    import numpy as np

    path = tmp_path / "a.npy"
    np.save(path, np.zeros(3, dtype=np.float32))
    with pytest.raises(torchckpt.CorruptFileError) as info, torchckpt.open(path) as ckpt:
        ckpt.get("array")
        raise torchckpt.CorruptFileError("storage 0 is short")  # as a reader below the file's layer raises
    assert info.value.path == str(path) and str(info.value).startswith(f"{path}: storage 0 is short")
    with pytest.raises(ValueError, match=r"^plain$"), torchckpt.open(path):
        raise ValueError("plain")  # not ours: untouched


def test_every_dataclass_has_a_docstring():
    """dataclasses writes a docstring for a class without one through `inspect.signature`, which the
    CLI's entry point defers (a fifth of `inspect --json`'s start-up): every dataclass keeps its own."""
    import dataclasses
    import importlib
    import pkgutil

    missing = []
    for info in pkgutil.walk_packages(torchckpt.__path__, "torchckpt."):
        if info.name.split(".")[-1] in ("loading", "export", "manager", "__main__"):
            continue  # import torch (or run the CLI); their dataclasses are off the start-up path
        module = importlib.import_module(info.name)
        for value in vars(module).values():
            if (isinstance(value, type) and dataclasses.is_dataclass(value) and value.__module__ == info.name
                    and (value.__doc__ or "").startswith(f"{value.__name__}(")):
                missing.append(f"{info.name}.{value.__name__}")
    assert not missing, missing
