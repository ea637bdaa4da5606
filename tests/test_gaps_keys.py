"""``--key``/``key=`` paths through keys that hold dots themselves (``{"model.ema": ...}``), in every command.

The rule (checkpoint.resolve_key, docs/contract.md): at each level the longest key the path starts with
wins, shorter readings are tried when it leads nowhere, a module prefix of a flat state dict gives that
module's entries, and a miss names the keys at the deepest level reached. Files are real ``torch.save``
outputs; results are checked against ``torch.load`` of the same file.
"""

from __future__ import annotations

import json

import pytest

from torchckpt import load_state_dict
from torchckpt import open as open_ckpt
from torchckpt.analysis import summarize_key
from torchckpt.errors import KeyNotFoundError
from torchckpt.weights import choose

from .helpers import run_cli

torch = pytest.importorskip("torch")
nn = torch.nn


@pytest.fixture
def dotted(tmp_path):
    """A checkpoint whose top-level keys and state-dict keys hold dots."""
    torch.manual_seed(0)
    ema, raw, backbone = nn.Linear(3, 4), nn.Linear(3, 4), nn.Sequential(nn.Linear(2, 2))
    state = {"model.ema": ema.state_dict(), "model": raw.state_dict(),
             "state_dict": {f"backbone.{k}": v for k, v in backbone.state_dict().items()},
             "train.args": {"lr": 0.1}, "epoch": 3}
    path = tmp_path / "dotted.pt"
    torch.save(state, path)
    return path, torch.load(path, weights_only=True)


def _same(ours: dict, theirs: dict) -> None:
    assert sorted(ours) == sorted(theirs)
    for name, value in theirs.items():
        assert torch.equal(torch.as_tensor(ours[name]), value), name


def test_api_choose_reaches_dotted_keys(dotted):
    path, real = dotted
    with open_ckpt(path) as ckpt:
        assert ckpt.resolve("model.ema") == ("model.ema",)
        assert ckpt.resolve("model.ema.weight") == ("model.ema", "weight")
        assert ckpt.resolve("model.weight") == ("model", "weight")
        assert ckpt.resolve("state_dict.backbone.0.bias") == ("state_dict", "backbone.0.bias")
        assert sorted(choose(ckpt, key="model.ema").tensors) == ["bias", "weight"]
        single = choose(ckpt, key="state_dict.backbone.0.weight")
        assert list(single.tensors) == ["backbone.0.weight"]
        module = choose(ckpt, key="state_dict.backbone")  # a module prefix inside a flat state dict
        assert sorted(module.tensors) == ["0.bias", "0.weight"]
        with pytest.raises(KeyNotFoundError) as err:
            choose(ckpt, key="model.ema.nope")
        assert err.value.available == ["model.ema.weight", "model.ema.bias"]
        with pytest.raises(KeyNotFoundError) as err:
            choose(ckpt, key="nope.x")
        assert "model.ema" in err.value.available and "train.args" in err.value.available
    _same(load_state_dict(path, key="model.ema"), real["model.ema"])
    _same(load_state_dict(path, key="model"), real["model"])
    _same(load_state_dict(path, key="state_dict.backbone"),
          {k[len("backbone."):]: v for k, v in real["state_dict"].items()})


def test_exact_key_wins_then_shorter_readings(tmp_path):
    a, b, c = torch.ones(2), torch.zeros(3), torch.full((4,), 2.0)
    torch.save({"a.b": {"w": a}, "a": {"b": {"w": b, "v": c}}}, tmp_path / "amb.pt")
    with open_ckpt(tmp_path / "amb.pt") as ckpt:
        assert ckpt.resolve("a.b.w") == ("a.b", "w")       # the longest key first
        assert ckpt.resolve("a.b.v") == ("a", "b", "v")    # "a.b" leads nowhere: the shorter reading
        assert ckpt.subtree("a.b.v").shape == (4,)
        summary = summarize_key(ckpt, "a.b")
        assert summary.tensor_count == 1 and [r["name"] for r in summary.tensors] == ["a.b.w"]


def test_hostile_nesting_resolves_in_polynomial_time(tmp_path):
    # every level holds "x" and "x.x" ...: exponentially many readings, memoized failures keep it linear-ish
    node: dict = {"end": torch.ones(1)}
    for _ in range(40):
        node = {"x": node, "x.x": node, "x.x.x": node}
    torch.save(node, tmp_path / "deep.pt")
    with open_ckpt(tmp_path / "deep.pt") as ckpt, pytest.raises(KeyNotFoundError):
        ckpt.resolve(".".join(["x"] * 40) + ".nope")


def test_cli_inspect_convert_slim_diff_load_check_with_dotted_keys(dotted, tmp_path):
    path, real = dotted
    proc = run_cli("inspect", str(path), "--key", "model.ema", "--json")
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout)
    assert out["key"] == "model.ema" and out["tensor_count"] == 2
    assert sorted(r["name"] for r in out["tensors"]) == ["model.ema.bias", "model.ema.weight"]
    proc = run_cli("inspect", str(path), "--key", "train.args", "--json")
    assert proc.returncode == 0 and json.loads(proc.stdout)["type"] == "dict"
    proc = run_cli("inspect", str(path), "--key", "model.ema.nope")
    assert proc.returncode == 2 and "model.ema.weight" in proc.stderr and "Traceback" not in proc.stderr

    from safetensors.torch import load_file

    proc = run_cli("convert", str(path), str(tmp_path / "ema.safetensors"), "--key", "model.ema")
    assert proc.returncode == 0, proc.stderr
    _same(load_file(tmp_path / "ema.safetensors"), real["model.ema"])

    proc = run_cli("slim", str(path), str(tmp_path / "slim.pt"), "--key", "model.ema")
    assert proc.returncode == 0, proc.stderr
    slim = torch.load(tmp_path / "slim.pt", weights_only=True)
    _same(slim["model.ema"], real["model.ema"])
    assert "model" not in slim or not torch.equal(slim["model"]["weight"], real["model.ema"]["weight"])

    torch.save(real["model.ema"], tmp_path / "ema.pt")
    proc = run_cli("diff", str(path), str(tmp_path / "ema.pt"), "--key-a", "model.ema")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    proc = run_cli("diff", str(path), str(tmp_path / "ema.pt"), "--key-a", "model")
    assert proc.returncode == 1, proc.stdout + proc.stderr  # the raw weights differ from the EMA copy

    linear = ["--model-arg", "in_features=3", "--model-arg", "out_features=4"]
    proc = run_cli("load-check", "torch.nn:Linear", str(path), "--key", "model.ema", *linear, "--json")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert json.loads(proc.stdout)["source_key"] == "model.ema"
