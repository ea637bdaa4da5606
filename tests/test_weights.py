"""The weights policy (torchckpt.weights): vocabulary, ranking with reasons, the default, overrides.

Trees are built from the object model directly (no torch), the way the reader builds them; the
dill scan test writes a real ``torch.save(..., pickle_module=dill)`` file.
"""

from __future__ import annotations

import zipfile

import pytest

from torchckpt import dtypes
from torchckpt._wording import cli_wording
from torchckpt.checkpoint import Checkpoint
from torchckpt.errors import KeyNotFoundError, NoWeightsError
from torchckpt.model import ObjectStub, TensorRef
from torchckpt.weights import (
    candidates,
    choose,
    detect_prefix,
    find_state_dicts,
    is_ema,
    is_state_dict,
    wrapper_prefix,
)


def t(*shape: int, dtype: str = "float32", param: bool = False) -> TensorRef:
    return TensorRef(dtype=dtypes.by_name(dtype), shape=tuple(shape), stride=None, storage=None, is_parameter=param)


def sd(prefix: str = "", scale: int = 1) -> dict[str, TensorRef]:
    names = ("conv.weight", "bn.weight", "bn.bias", "bn.running_mean", "bn.running_var", "fc.weight", "fc.bias")
    shapes = ((8 * scale, 3, 3, 3), (8 * scale,), (8 * scale,), (8 * scale,), (8 * scale,), (5, 8 * scale), (5,))
    out = {prefix + n: t(*s) for n, s in zip(names, shapes)}
    out[prefix + "bn.num_batches_tracked"] = t(dtype="int64")
    return out


def ckpt(tree: object, path: str = "/tmp/ck.pt") -> Checkpoint:
    return Checkpoint(path, "pickle", tree, file_size=1)


def module(cls: str, params: dict[str, TensorRef], children: dict | None = None, **extra: object) -> ObjectStub:
    state = {"_parameters": params, "_buffers": {}, "_modules": children or {}, **extra}
    return ObjectStub(cls, state=state)


# --- vocabulary ------------------------------------------------------------------------------------
@pytest.mark.parametrize("path", ["ema", "model_ema", "ema_model", "state_dict_ema", "params_ema", "ema_state_dict",
                                  "EMA", "train.model_ema"])
def test_ema_names(path):
    assert is_ema(path)


@pytest.mark.parametrize("path", ["model", "state_dict", "schema", "gemma", "memory", "params", ""])
def test_not_ema(path):
    assert not is_ema(path)


@pytest.mark.parametrize("names, prefix", [
    (["module.conv.weight", "module.fc.bias"], "module."),
    (["_orig_mod.conv.weight", "_orig_mod.fc.bias"], "_orig_mod."),
    (["module._orig_mod.conv.weight", "module._orig_mod.fc.bias"], "module._orig_mod."),
    (["model.backbone.conv.weight", "model.head.bias"], "model."),   # Lightning's self.model
    (["model.0.conv.weight", "model.22.cv.bias"], ""),               # YOLO's own nn.Sequential
    (["conv.weight", "module.fc.bias"], ""),
])
def test_wrapper_prefixes(names, prefix):
    assert detect_prefix(names)[0] == prefix
    assert wrapper_prefix(names) == prefix.replace("model.", "")


def test_partial_prefix_is_counted():
    assert detect_prefix(["module.a", "module.b", "c"]) == ("", {"module.": 2})


def test_state_dict_shape_rules():
    assert is_state_dict(sd())
    assert not is_state_dict({"epoch": 1, "model": sd(), "loss": t()})            # loose tensor beside weights
    assert not is_state_dict({"exp_avg": t(3), "exp_avg_sq": t(3), "step": t()})  # optimizer slots
    assert not is_state_dict({0: t(3)})                                            # not str keys
    assert not is_state_dict({"a": t(3), "b": 1, "c": 2})                          # mostly not tensors


# --- ranking ---------------------------------------------------------------------------------------
def test_loose_tensors_never_outrank_a_state_dict():
    tree = {"epoch": 3, "model_state_dict": sd(), "optimizer_state_dict": {"state": {0: {"momentum_buffer": t(8)}},
                                                                          "param_groups": [{"params": [0]}]},
            "loss": t(), "best_acc1": t(), "anchors": t(3, 2)}
    found = find_state_dicts(tree)
    assert [s.path for s in found] == ["model_state_dict"]
    choice = choose(ckpt(tree))
    assert choice.path == "model_state_dict" and "loss" not in choice.tensors
    assert "leaving out" in choice.reason and "loss" in choice.reason


def test_optimizer_buffers_are_never_weights():
    tree = {"optimizer": {"state": {0: {"exp_avg": t(8, 3), "exp_avg_sq": t(8, 3), "step": t()}},
                          "param_groups": [{"params": [0]}]}}
    assert find_state_dicts(tree) == []
    choice = choose(ckpt(tree))  # no state dict: every tensor, under its full name, and says so
    assert choice.path is None and choice.kind == "tensors" and "key=PATH" in choice.note()


def test_matching_ema_is_the_default_with_reasons_and_overrides():
    tree = {"epoch": 1, "state_dict": sd("module."), "ema": sd(), "optimizer": {}}
    ranked = candidates(ckpt(tree))
    assert [(c.path, c.rank) for c in ranked] == [("ema", 0), ("state_dict", 1)]
    assert "EMA copy of 'state_dict'" in ranked[0].reason and "raw" in ranked[1].reason
    choice = choose(ckpt(tree))
    assert choice.path == "ema" and choice.ema
    assert choice.note().count("\n") == 0 and "prefer='model' (or key='state_dict')" in choice.note()
    with cli_wording():  # the command line's words
        assert "--weights model (or --key state_dict)" in choose(ckpt(tree)).note()
    raw = choose(ckpt(tree), prefer="model")
    assert raw.path == "state_dict" and raw.prefix == "module." and "prefer='ema'" in raw.note()
    assert choose(ckpt(tree), prefer="ema").path == "ema"
    assert [c.path for c in candidates(ckpt(tree), prefer="model")] == ["state_dict", "ema"]


def test_averaged_model_ema_matches():
    # torch.optim.swa_utils.AveragedModel: 'module.' before the model's names, plus n_averaged
    tree = {"model": sd(), "model_ema": {**sd("module."), "n_averaged": t(dtype="int64")}}
    choice = choose(ckpt(tree))
    assert choice.path == "model_ema" and choice.prefix == "module."


def test_ema_that_does_not_match_is_not_taken():
    tree = {"model": sd(), "ema": sd(scale=2)}
    choice = choose(ckpt(tree))
    assert choice.path == "model"
    assert "does not match" in next(c.reason for c in candidates(ckpt(tree)) if c.path == "ema")
    with pytest.raises(NoWeightsError, match="no EMA"):
        choose(ckpt(tree), prefer="ema")


def test_only_ema_and_prefer_model():
    tree = {"params_ema": sd()}
    assert choose(ckpt(tree)).ema
    with pytest.raises(NoWeightsError, match="only EMA"):
        choose(ckpt(tree), prefer="model")


def test_model_like_name_wins_unless_something_is_much_bigger():
    assert choose(ckpt({"state_dict": sd(), "other": sd(scale=2)})).path == "state_dict"
    choice = choose(ckpt({"state_dict": sd(), "discriminator": sd(scale=16)}))
    assert choice.path == "discriminator" and choice.reason == "the largest state dict"


def test_key_overrides_and_errors():
    tree = {"model": sd(), "ema": sd(), "scalar": t(), "meta": {"epoch": 1}}
    assert choose(ckpt(tree), key="model").path == "model"
    single = choose(ckpt({"heads": {"cls": t(5)}, **tree}), key="heads.cls")
    assert single.kind == "tensor" and list(single.tensors) == ["cls"]
    with pytest.raises(KeyNotFoundError):
        choose(ckpt(tree), key="nope")
    with pytest.raises(NoWeightsError, match="holds no tensors"):
        choose(ckpt(tree), key="meta")
    with pytest.raises(ValueError, match="prefer"):
        choose(ckpt(tree), prefer="best")


def test_bare_tensor_is_named_after_the_file():
    choice = choose(ckpt(t(3, 4), path="/x/word-embeddings.v2.pt"))
    assert list(choice.tensors) == ["word_embeddings"] and "'word_embeddings' after the file" in choice.note()
    assert list(choose(ckpt(t(2), path="/x/....pt")).tensors) == ["tensor"]


def test_empty_file_has_no_weights():
    with pytest.raises(NoWeightsError, match="no tensors"):
        choose(ckpt({"epoch": 1}))


# --- modules ---------------------------------------------------------------------------------------
def _net() -> ObjectStub:
    conv = module("torch.nn.modules.conv.Conv2d", {"weight": t(8, 3, 3, 3, param=True)})
    fc = module("torch.nn.modules.linear.Linear", {"weight": t(5, 8, param=True), "bias": t(5, param=True)})
    return module("user.Net", {}, {"conv": conv, "fc": fc})


def test_yolo_module_model_prefix_is_its_own():
    seq = module("torch.nn.modules.container.Sequential", {}, {"0": _net(), "1": _net()})
    yolo = module("ultralytics.nn.tasks.DetectionModel", {}, {"model": seq}, yaml={"nc": 3})
    choice = choose(ckpt({"model": yolo, "ema": yolo, "epoch": 3}))
    assert choice.kind == "module" and choice.prefix == "" and choice.cls == "ultralytics.nn.tasks.DetectionModel"
    assert "model.0.conv.weight" in choice.tensors and choice.parameters == 2 * (8 * 27 + 45)


def test_pickled_dataparallel_module_has_the_module_prefix():
    dp = module("torch.nn.parallel.data_parallel.DataParallel", {}, {"module": _net()})
    choice = choose(ckpt(dp))
    assert choice.prefix == "module." and "module.fc.bias" in choice.tensors


def test_bound_state_dict_method_is_recognised():
    bound = ObjectStub("builtins.getattr", (_net(), "state_dict"))
    c = ckpt(bound)
    assert set(c.tensors()) == {"conv.weight", "fc.weight", "fc.bias"}
    (cand,) = candidates(c)
    assert cand.sd.bound_method and "model.state_dict()" in cand.reason
    assert choose(c).kind == "module"


def test_stub_where_a_set_is_expected_never_crashes():
    net = _net()
    net.state["_non_persistent_buffers_set"] = ObjectStub("dill._dill._load_type.set")
    c = ckpt({"model": net})
    assert set(c.tensors()) == {"model.conv.weight", "model.fc.weight", "model.fc.bias"}
    assert choose(c).path == "model"


# --- dill, as ultralytics writes it -------------------------------------------------------------
def test_dill_data_helpers_scan_safe_and_read_as_builtins(tmp_path):
    torch = pytest.importorskip("torch")
    dill = pytest.importorskip("dill")
    import torchckpt

    path = tmp_path / "dill.pt"
    data = {"w": torch.arange(4.0), "s": {1, 2}, "f": frozenset({3}), "n": type(None), "l": [1, 2]}
    torch.save(data, path, pickle_module=dill)
    with zipfile.ZipFile(path) as z:
        assert b"_load_type" in z.read(next(n for n in z.namelist() if n.endswith("data.pkl")))
    assert torchckpt.scan(path).verdict == "safe"
    with torchckpt.open(path) as c:
        assert c.tree["s"] == {1, 2} and c.tree["f"] == frozenset({3}) and c.tree["l"] == [1, 2]
        assert list(choose(c).tensors) == ["w"]
