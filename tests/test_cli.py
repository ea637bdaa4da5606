"""The command line as a whole: never over the input, never a traceback, one vocabulary.

Commands run in-process through ``torchckpt.cli.main(argv)`` with stdout/stderr captured (a
few through ``python -m torchckpt`` to cover the real entry point)."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

torch = pytest.importorskip("torch")

from torchckpt import cli  # noqa: E402
from torchckpt._outputs import OverwriteInputError, refuse_overwrite  # noqa: E402

from .helpers import cli_in_process, run_cli  # noqa: E402


def digest(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def listing(directory: Path) -> list[str]:
    return sorted(os.listdir(directory))


MODEL_FILE = textwrap.dedent('''
    from torch import nn

    class Net(nn.Module):
        def __init__(self):
            super().__init__()
            self.conv = nn.Conv2d(3, 4, 3, padding=1)
            self.fc = nn.Linear(4, 3)

        def forward(self, x):
            return self.fc(self.conv(x).mean((2, 3)))
''')


@pytest.fixture
def ckpt(tmp_path: Path) -> Path:
    """A training checkpoint (weights, optimizer state, epoch) written by torch.save."""
    torch.manual_seed(0)
    model = torch.nn.Sequential(torch.nn.Linear(8, 16), torch.nn.ReLU(), torch.nn.Linear(16, 4))
    opt = torch.optim.Adam(model.parameters())
    model(torch.randn(2, 8)).sum().backward()
    opt.step()
    path = tmp_path / "a.pt"
    torch.save({"epoch": 3, "model": model.state_dict(), "optimizer": opt.state_dict()}, path)
    return path


# --- never over the input -------------------------------------------------------------------------
def _refused(code: int, err: str, *paths: Path) -> None:
    assert code == 2, err
    lines = err.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in err, err
    assert "refusing to write" in lines[0] and "another path" in lines[0], err
    for p in paths:
        assert str(p) in lines[0], (p, err)


@pytest.mark.parametrize("argv", [
    ["convert", "{a}", "{a}", "--dtype", "float16"],
    ["convert", "{a}", "{a}", "--to", "safetensors"],
    ["slim", "{a}", "{a}"],
    ["report", "{a}", "-o", "{a}"],
])
def test_commands_refuse_to_write_over_their_input(tmp_path, ckpt, argv):
    before, files = digest(ckpt), listing(tmp_path)
    code, _, err = cli_in_process(*[a.format(a=ckpt) for a in argv])
    _refused(code, err, ckpt)
    assert digest(ckpt) == before and listing(tmp_path) == files


@pytest.mark.parametrize("link", ["symlink", "hardlink"])
@pytest.mark.parametrize("command", ["convert", "slim", "report"])
def test_refusal_sees_through_links(tmp_path, ckpt, link, command):
    alias = tmp_path / "alias.pt"
    (os.symlink if link == "symlink" else os.link)(ckpt, alias)
    before, files = digest(ckpt), listing(tmp_path)
    argv = {"convert": ["convert", ckpt, alias, "--dtype", "fp16"], "slim": ["slim", alias, ckpt],
            "report": ["report", ckpt, "-o", alias]}[command]
    code, _, err = cli_in_process(*argv)
    _refused(code, err, ckpt, alias)
    assert "(the same file through a link)" in err
    assert digest(ckpt) == before and listing(tmp_path) == files
    assert os.path.islink(alias) == (link == "symlink")


def test_export_refuses_to_write_over_the_checkpoint(tmp_path):
    (tmp_path / "netdef.py").write_text(MODEL_FILE)
    sys.path_importer_cache.clear()
    from torchckpt._spec import load_model_spec

    spec = f"{tmp_path / 'netdef.py'}:Net"
    ck = tmp_path / "ck.pt"
    torch.save(load_model_spec(spec).state_dict(), ck)
    before = digest(ck)
    for fmt in ("onnx", "torchscript"):
        code, _, err = cli_in_process("export", spec, ck, ck, "--to", fmt, "--input", "1x3x8x8", "--no-verify")
        _refused(code, err, ck)
        assert digest(ck) == before
    assert listing(tmp_path) == ["ck.pt", "netdef.py"] or "__pycache__" in listing(tmp_path)


def test_sharded_input_shards_and_index_are_protected(tmp_path, ckpt):
    code, _, err = cli_in_process("convert", ckpt, tmp_path / "sh.safetensors", "--shard-size", "600B")
    assert code == 0, err
    index = next(tmp_path.glob("*.index.json"))
    shards = sorted(tmp_path.glob("sh-*.safetensors"))
    assert len(shards) > 1
    before = {p: digest(p) for p in [index, *shards]}
    for target in (shards[0], index):
        code, _, err = cli_in_process("convert", index, target)
        _refused(code, err, target)
    # the folder holding the index is the input too: its files are protected
    code, _, err = cli_in_process("convert", tmp_path, shards[-1], "--to", "safetensors")
    _refused(code, err, shards[-1])
    assert {p: digest(p) for p in before} == before


def test_refuse_overwrite_api(tmp_path):
    a = tmp_path / "a.bin"
    a.write_bytes(b"x")
    refuse_overwrite([a], [tmp_path / "new.bin"])  # a new file is fine
    refuse_overwrite(["https://example.com/a.bin"], [a])  # remote inputs have no local file
    with pytest.raises(OverwriteInputError):
        refuse_overwrite([str(a)], [tmp_path / "." / "a.bin"])
    with pytest.raises(OverwriteInputError, match="input directory"):
        refuse_overwrite([tmp_path], [tmp_path])


def test_api_refuses_too(tmp_path, ckpt):
    import torchckpt

    before = digest(ckpt)
    with pytest.raises(OverwriteInputError):
        torchckpt.convert(ckpt, ckpt, dtype="half")
    with pytest.raises(OverwriteInputError):
        torchckpt.slim(ckpt, ckpt)
    assert digest(ckpt) == before


# --- never a traceback ----------------------------------------------------------------------------
def test_unexpected_exception_is_one_internal_error_line(ckpt, monkeypatch):
    import torchckpt.analysis

    def broken(*args, **kwargs):
        raise ValueError("boom\nsecond line")

    monkeypatch.setattr(torchckpt.analysis, "summarize", broken)
    code, out, err = cli_in_process("inspect", ckpt)
    assert code == 2 and out == ""
    assert err == (f"torchckpt: internal error while inspect {ckpt}: ValueError: boom second line; "
                   "rerun with --debug and report it\n")
    for argv in (["--debug", "inspect", ckpt], ["inspect", "--debug", ckpt], ["inspect", ckpt, "--debug"]):
        with pytest.raises(ValueError, match="boom"):
            cli_in_process(*argv)


def test_exit_code_table():
    assert cli.exit_code_for(KeyboardInterrupt()) == 130
    assert cli.exit_code_for(BrokenPipeError()) == 0
    assert cli.exit_code_for(OSError()) == 2
    assert cli.exit_code_for(RecursionError()) == 2
    from torchckpt.errors import CorruptFileError

    assert cli.exit_code_for(CorruptFileError("x")) == 2


@pytest.mark.parametrize("where", ["before", "after-command", "last"])
def test_debug_is_accepted_anywhere(tmp_path, where):
    p = tmp_path / "empty.pt"
    p.write_bytes(b"")
    argv = {"before": ["--debug", "inspect", str(p)], "after-command": ["inspect", "--debug", str(p)],
            "last": ["inspect", str(p), "--debug"]}[where]
    r = run_cli(*argv)
    assert r.returncode != 0 and "Traceback" in r.stderr
    r = run_cli("inspect", str(p))
    assert r.returncode == 2 and "Traceback" not in r.stderr and len(r.stderr.strip().splitlines()) == 1


def test_debug_after_double_dash_is_a_path(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    code, _, err = cli_in_process("inspect", "--", "--debug")
    assert code == 2 and "--debug" in err and "Traceback" not in err


# --- errors on stderr -----------------------------------------------------------------------------
def test_scan_errors_go_to_stderr(tmp_path, ckpt):
    missing = tmp_path / "missing.pt"
    code, out, err = cli_in_process("scan", ckpt, missing)
    assert code == 2
    assert "no such file" not in out and f"torchckpt: error: {missing}: no such file" in err
    assert len(err.strip().splitlines()) == 1
    code, out, err = cli_in_process("scan", missing, "--json")
    assert code == 2 and json.loads(out)[0]["verdict"] == "error" and str(missing) in err


@pytest.mark.parametrize("argv", [
    ["inspect", "{missing}"], ["convert", "{missing}", "{out}"], ["slim", "{missing}", "{out}"],
    ["diff", "{missing}", "{missing}"], ["report", "{missing}", "-o", "{out}"], ["verify", "{missing}"],
    ["scan", "{missing}"],
])
def test_every_command_reports_errors_on_stderr(tmp_path, argv):
    missing, out_path = tmp_path / "missing.pt", tmp_path / "out.pt"
    code, out, err = cli_in_process(*[a.format(missing=missing, out=out_path) for a in argv])
    assert code == 2 and str(missing) in err and "Traceback" not in err
    assert "error" not in out.lower() or argv[0] == "scan"
    assert not out_path.exists()


# --- flags in CLI messages, parameters in API messages --------------------------------------------
def test_messages_speak_the_callers_language(tmp_path):
    import torchckpt
    from torchckpt.errors import UnsupportedTensorError

    src = tmp_path / "sparse.pt"
    torch.save({"w": torch.eye(3).to_sparse(), "b": torch.ones(3)}, src)
    with pytest.raises(UnsupportedTensorError) as info:
        torchckpt.convert(src, tmp_path / "o.safetensors")
    assert "skip_unsupported=True" in str(info.value) and "--skip" not in str(info.value)
    code, _, err = cli_in_process("convert", src, tmp_path / "o.safetensors")
    assert code == 2 and "--skip-unsupported" in err and "skip_unsupported=" not in err


def test_load_hints_name_flags_in_the_cli(tmp_path):
    (tmp_path / "netdef.py").write_text(MODEL_FILE)
    from torchckpt._spec import load_model_spec
    from torchckpt.loading import LoadMismatchError, load_into

    spec = f"{tmp_path / 'netdef.py'}:Net"
    sd = load_model_spec(spec).state_dict()
    sd["extra.weight"] = torch.ones(1)
    torch.save(sd, tmp_path / "ck.pt")
    with pytest.raises(LoadMismatchError, match=r"strict=False"):
        load_into(load_model_spec(spec), tmp_path / "ck.pt")
    code, _, err = cli_in_process("export", spec, tmp_path / "ck.pt", tmp_path / "m.onnx", "--input", "1x3x8x8")
    assert code == 2 and "--non-strict" in err and "strict=False" not in err, err
    assert not (tmp_path / "m.onnx").exists()


# --- dtype aliases --------------------------------------------------------------------------------
@pytest.mark.parametrize("alias,canonical", [("fp16", "float16"), ("half", "float16"), ("float16", "float16"),
                                             ("bf16", "bfloat16"), ("BFloat16", "bfloat16"),
                                             ("fp32", "float32"), ("float", "float32")])
def test_dtype_aliases(tmp_path, ckpt, alias, canonical):
    out = tmp_path / "o.safetensors"
    code, stdout, err = cli_in_process("convert", ckpt, out, "--dtype", alias, "--json")
    assert code == 0, err
    assert json.loads(stdout)["dtype"] == canonical
    from safetensors import safe_open

    with safe_open(str(out), "pt") as f:
        assert {f.get_tensor(k).dtype for k in f.keys()}  # noqa: SIM118 - safe_open has no __iter__ == {getattr(torch, canonical)}
    code, stdout, err = cli_in_process("slim", ckpt, tmp_path / "s.pt", "--dtype", alias, "--json")
    assert code == 0 and json.loads(stdout)["dtype"] == canonical


def test_bad_dtype_is_a_usage_error(tmp_path, ckpt):
    with pytest.raises(SystemExit) as info:
        cli_in_process("convert", ckpt, tmp_path / "o.safetensors", "--dtype", "int8")
    assert info.value.code == 2


# --- start-up: what the --json paths import ---------------------------------------------------------
def _imported(*argv: str) -> set[str]:
    """Every module ``python -m torchckpt ARGV`` imports (the real entry point, ``-X importtime``)."""
    done = subprocess.run([sys.executable, "-X", "importtime", "-m", "torchckpt", *argv], capture_output=True,
                          text=True, timeout=120)
    assert done.returncode in (0, 3), done.stderr[-2000:]
    return {line.split("|")[-1].strip() for line in done.stderr.splitlines() if line.startswith("import time:")}


@pytest.mark.parametrize("argv", [["inspect", "--json"], ["inspect", "--key", "model", "--json"], ["scan", "--json"],
                                  ["scan", "--format", "sarif"], ["scan"]])
def test_json_paths_stay_on_the_start_up_diet(ckpt, argv):
    """`inspect --json`/`scan --json` are what CI and scripts run per file: neither rich (rendering
    for people), torch nor numpy is imported, argparse does not size a help formatter (shutil), and
    nothing other commands need loads; the stdlib's `inspect` (with ast, dis, tokenize), which only
    dataclasses imports and only needs for classes without a docstring, is deferred by the entry
    point, and so is re (with enum): the patterns the path needs come compiled (torchckpt._regex).
    The json package (output is written by torchckpt._json_text), the remote layer and
    threading (a local path) stay out, and the plain lines are read without argparse (with gettext
    and locale) and without typing (annotations are strings, types live under TYPE_CHECKING).
    (Piped `scan` with nothing to list prints plain lines too.)"""
    modules = _imported(*argv, str(ckpt))
    assert {"torchckpt.analysis", "torchckpt.scanner"} & modules, sorted(modules)
    unwanted = ["rich", "torch", "numpy", "shutil", "pygments", "ast", "dis", "tokenize", "json", "threading",
                "torchckpt._remote"]
    if "--format" not in argv:  # a flag with choices: argparse reads the line
        # typing (with the vocabularies' Literals, NamedTuple's forward references) is for type checkers only
        unwanted += ["argparse", "gettext", "locale", "typing", "torchckpt.vocab", "shlex", "copy", "weakref",
                     "re", "enum"]
    heavy = {m for m in modules if m in unwanted or m.split(".")[0] in unwanted}
    others = {f"torchckpt.{m}" for m in ("converter", "compare", "loading", "export", "html_report", "manager",
                                         "saving", "migration")} & modules
    assert not heavy | others, sorted(heavy | others)


def test_deferred_stdlib_module_becomes_the_real_one_on_first_use():
    """The entry point's placeholder for `inspect` imports the real module at its first attribute, for
    holders of the placeholder and for later importers alike."""
    code = ("import sys; from torchckpt._entry import _defer; _defer('inspect'); import inspect as held; "
            "assert 'ast' not in sys.modules; import dataclasses; assert 'ast' not in sys.modules; "
            "assert str(held.signature(divmod)) == '(x, y, /)'; import inspect; "
            "assert inspect is sys.modules['inspect'] and inspect.signature is held.signature; "
            "assert inspect.__spec__.origin.endswith('inspect.py'); print('ok')")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.stdout.strip() == "ok", done.stderr[-2000:]


def test_human_views_print_names_from_the_file_as_they_are(tmp_path):
    """Names, keys and paths are data, not rich markup: `[/x]` neither crashes the view nor vanishes."""
    path = tmp_path / "run[x].pt"
    torch.save({"[/x]": torch.zeros(2), "model": {"[bold]w": torch.ones(1)}}, path)
    code, out, err = cli_in_process("inspect", path)
    assert code == 0, err
    assert "run[x].pt" in out and "[/x]" in out and "model.[bold]w" in out and "archive_folder=run[x]" in out
    code, out, err = cli_in_process("inspect", path, "--key", "model")
    assert code == 0 and "[bold]w" in out, err
