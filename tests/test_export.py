"""export_onnx / export_torchscript / `torchckpt export`: real models from DataParallel checkpoints,
onnxruntime against torch at two batch sizes, and broken exports that verification must catch."""

from __future__ import annotations

import functools
import json
import textwrap

import numpy as np
import pytest

torch = pytest.importorskip("torch")
ort = pytest.importorskip("onnxruntime")
pytest.importorskip("onnx")

from torch import nn  # noqa: E402

from torchckpt import cli  # noqa: E402
from torchckpt.export import ExportError, ExportVerificationError, export_onnx, export_torchscript  # noqa: E402

from .models import ConvBN  # noqa: E402

# --- models -------------------------------------------------------------------------------------


class LSTMNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(6, 12, num_layers=2, batch_first=True)
        self.head = nn.Linear(12, 3)

    def forward(self, x):
        y, (h, _) = self.lstm(x)
        return self.head(y[:, -1]), h


class AttentionNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.attn = nn.MultiheadAttention(16, 4, batch_first=True)
        self.norm = nn.LayerNorm(16)
        self.head = nn.Linear(16, 2)

    def forward(self, x):
        y, _ = self.attn(x, x, x, need_weights=False)
        return self.head(self.norm(x + y).mean(1))


MODELS = {"convbn": (ConvBN, (1, 3, 8, 8)), "lstm": (LSTMNet, (1, 7, 6)), "attention": (AttentionNet, (2, 5, 16))}


def _trained(cls, shape, seed=0):
    """A model with non-default weights and BatchNorm statistics, as after some training."""
    torch.manual_seed(seed)
    model = cls()
    model.train()
    with torch.no_grad():
        for _ in range(3):
            model(torch.randn(4, *shape[1:]) * 2 + 0.5)
    return model


def _save_dataparallel(model, path):
    torch.save({"epoch": 3, "state_dict": nn.DataParallel(model).state_dict(), "best_acc": 0.5}, path)
    return path


def _ort_run(path, x):
    session = ort.InferenceSession(str(path), providers=["CPUExecutionProvider"])
    return session.run(None, {session.get_inputs()[0].name: x.numpy()})


def _cli(capsys, *argv):
    for name in ("export", "diff"):
        if name not in cli.COMMANDS:
            cli.COMMANDS = (*cli.COMMANDS, name)
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(autouse=True)
def _restore_commands():
    before = cli.COMMANDS
    yield
    cli.COMMANDS = before


# --- ONNX: real models ----------------------------------------------------------------------------
@pytest.mark.slow
@pytest.mark.parametrize("exporter", ["dynamo", "legacy"])
@pytest.mark.parametrize("kind", sorted(MODELS))
def test_onnx_export_from_dataparallel_checkpoint_matches_at_two_batch_sizes(tmp_path, kind, exporter):
    cls, shape = MODELS[kind]
    trained = _trained(cls, shape)
    ckpt = _save_dataparallel(trained, tmp_path / "ckpt.pth")
    torch.manual_seed(123)
    model = cls()  # fresh init: the weights must come from the checkpoint
    out = tmp_path / f"{kind}.onnx"

    report = export_onnx(model, out, torch.randn(*shape), checkpoint=ckpt, exporter=exporter)

    assert report.ok and report.verified and report.format == "onnx"
    assert report.exporter == exporter and report.fallback is None
    assert report.load.prefix_stripped == "module."
    assert [c.batch for c in report.checks] == [shape[0], 3]
    assert report.max_abs_diff is not None and report.max_abs_diff <= 1e-5
    assert report.inputs[0].name == "input" and report.inputs[0].shape[0] == "batch"
    assert report.outputs[0].shape[0] == "batch"
    for name, value in trained.state_dict().items():
        assert torch.equal(model.state_dict()[name], value), name
    # independently of the report: onnxruntime on another batch size, against torch
    x = torch.randn(5, *shape[1:])
    with torch.no_grad():
        model.eval()
        expected = model(x)
    expected = expected if isinstance(expected, tuple) else (expected,)
    got = _ort_run(out, x)
    assert len(got) == len(expected)
    for g, e in zip(got, expected):
        assert g.shape == tuple(e.shape)
        assert abs(g - e.numpy()).max() < 1e-4


def test_lstm_hidden_state_output_keeps_its_layer_axis_static(tmp_path):
    report = export_onnx(_trained(LSTMNet, (1, 7, 6)), tmp_path / "m.onnx", torch.randn(1, 7, 6))
    head, hidden = report.outputs
    assert head.shape == ["batch", 3]
    assert hidden.shape[0] == 2 and hidden.shape[2] == 12  # (num_layers, batch, hidden)


def test_batchnorm_exports_with_running_stats_when_user_left_train_mode(tmp_path):
    model = _trained(ConvBN, (1, 3, 8, 8))
    model.train()
    model.conv.eval()  # a user's own per-module flag must survive too
    stats = model.bn.running_mean.clone(), model.bn.running_var.clone(), model.bn.num_batches_tracked.clone()
    x = torch.randn(4, 3, 8, 8)

    report = export_onnx(model, tmp_path / "m.onnx", x)

    assert report.ok
    assert model.training and model.bn.training and model.fc.training and not model.conv.training
    assert torch.equal(model.bn.running_mean, stats[0]) and torch.equal(model.bn.running_var, stats[1])
    assert torch.equal(model.bn.num_batches_tracked, stats[2])
    got = _ort_run(tmp_path / "m.onnx", x)[0]
    with torch.no_grad():
        model.eval()
        eval_out = model(x).numpy()
        model.train()
        train_out = model(x).numpy()  # batch statistics: what a train-mode export would compute
    assert abs(got - eval_out).max() < 1e-5
    assert abs(got - train_out).max() > 1e-2
    import onnx

    graph = onnx.load(str(tmp_path / "m.onnx")).graph
    for node in graph.node:
        for attr in node.attribute:
            assert not (attr.name == "training_mode" and attr.i == 1)


def test_static_batch_keeps_the_example_shape(tmp_path):
    report = export_onnx(_trained(ConvBN, (2, 3, 8, 8)), tmp_path / "m.onnx", torch.randn(2, 3, 8, 8),
                         dynamic_batch=False)
    assert report.ok and not report.dynamic_batch
    assert report.inputs[0].shape == [2, 3, 8, 8]
    assert [c.batch for c in report.checks] == [2, 2]


def test_wrapped_model_exports_the_inner_module_with_clean_names(tmp_path):
    model = nn.DataParallel(_trained(ConvBN, (1, 3, 8, 8)))
    report = export_onnx(model, tmp_path / "m.onnx", torch.randn(1, 3, 8, 8))
    assert report.ok
    import torchckpt

    with torchckpt.open(tmp_path / "m.onnx") as ckpt:
        assert "fc.weight" in ckpt.tensors()


# --- broken exports are caught --------------------------------------------------------------------
class ValueBranch(ConvBN):
    """Python control flow on tensor values: the trace keeps the branch the example took."""

    def forward(self, x):
        y = super().forward(x)
        if bool((x > 0).all()):
            return y * 2
        return y


class FixedBatch(ConvBN):
    """int(x.size(0)) freezes the example's batch size into the graph."""

    def forward(self, x):
        y = torch.relu(self.bn(self.conv(x)))
        return self.fc(y.reshape(int(x.size(0)), 8, -1).mean(2))


class ExportOnlyPath(ConvBN):
    """Code that behaves differently while exporting: the file is not the model."""

    def forward(self, x):
        y = super().forward(x)
        return y + 1 if torch.onnx.is_in_onnx_export() else y


def test_value_dependent_branch_is_caught_on_fresh_inputs(tmp_path):
    """torch.export refuses the branch on a tensor's value; the default falls back to the legacy
    exporter, whose trace freezes the branch the example took: verification catches it."""
    model = _trained(ValueBranch, (1, 3, 8, 8))
    model.train()
    out = tmp_path / "m.onnx"
    with pytest.raises(ExportVerificationError) as info:
        export_onnx(model, out, torch.ones(1, 3, 8, 8))
    err = info.value
    assert err.report.exporter == "legacy"
    assert err.report.fallback.startswith("the dynamo exporter failed: GuardOnDataDependentSymNode")
    assert err.report.to_json()["fallback"] == err.report.fallback
    example, fresh = err.report.checks
    assert example.ok and not fresh.ok
    assert err.max_abs_diff > err.atol and err.max_abs_diff == fresh.max_abs_diff
    assert fresh.mismatched > 0 and fresh.output == "output"
    assert "random inputs" in str(err) and "max abs diff" in str(err) and "\n" not in str(err)
    assert any("TracerWarning" in w for w in err.report.warnings)
    assert out.exists()  # kept for inspection
    assert model.training and model.bn.training  # restored on failure too


def test_fixed_batch_size_in_graph_is_caught(tmp_path):
    """The legacy trace freezes int(x.size(0)); torch.export keeps it symbolic, so dynamo's file
    is right at every batch size."""
    model = _trained(FixedBatch, (1, 3, 8, 8))
    with pytest.raises(ExportVerificationError) as info:
        export_onnx(model, tmp_path / "legacy.onnx", torch.randn(1, 3, 8, 8), exporter="legacy")
    example, fresh = info.value.report.checks
    assert example.ok
    assert not fresh.ok and fresh.error and fresh.batch == 3
    report = export_onnx(model, tmp_path / "dynamo.onnx", torch.randn(1, 3, 8, 8))
    assert report.ok and report.exporter == "dynamo" and report.fallback is None
    x = torch.randn(5, 3, 8, 8)
    with torch.no_grad():
        assert abs(_ort_run(tmp_path / "dynamo.onnx", x)[0] - model.eval()(x).numpy()).max() < 1e-5


def test_export_only_code_path_is_caught_on_the_example(tmp_path):
    with pytest.raises(ExportVerificationError) as info:
        export_onnx(_trained(ExportOnlyPath, (1, 3, 8, 8)), tmp_path / "m.onnx", torch.randn(1, 3, 8, 8))
    report = info.value.report
    assert not report.checks[0].ok
    assert report.max_abs_diff == pytest.approx(1.0, abs=1e-5)


def test_file_with_other_weights_than_the_model_is_caught(tmp_path, monkeypatch):
    """An export that writes other weights than the model has (here: an exporter that changes
    the model as it goes, like a train-mode trace updating BatchNorm statistics) is caught:
    the references are the model as it was handed over."""
    model = _trained(ConvBN, (1, 3, 8, 8))
    real_export = torch.onnx.export

    @functools.wraps(real_export)
    def perturb_then_export(m, *args, **kwargs):
        with torch.no_grad():
            m.fc.bias.add_(0.1)
        return real_export(m, *args, **kwargs)

    monkeypatch.setattr(torch.onnx, "export", perturb_then_export)
    with pytest.raises(ExportVerificationError) as info:
        export_onnx(model, tmp_path / "m.onnx", torch.randn(1, 3, 8, 8))
    assert info.value.max_abs_diff == pytest.approx(0.1, abs=1e-5)
    assert not any(c.ok for c in info.value.report.checks)


def test_verify_false_skips_the_check(tmp_path):
    report = export_onnx(_trained(ValueBranch, (1, 3, 8, 8)), tmp_path / "m.onnx", torch.ones(1, 3, 8, 8),
                         verify=False)
    assert not report.verified and report.checks == [] and report.max_abs_diff is None
    assert report.inputs[0].shape[0] == "batch"


def test_loose_tolerance_accepts_what_default_rejects(tmp_path):
    model = _trained(ExportOnlyPath, (1, 3, 8, 8))
    report = export_onnx(model, tmp_path / "m.onnx", torch.randn(1, 3, 8, 8), atol=2.0)
    assert report.ok and report.max_abs_diff == pytest.approx(1.0, abs=1e-5)


def test_strict_load_errors_name_the_keys(tmp_path):
    ckpt = _save_dataparallel(_trained(ConvBN, (1, 3, 8, 8)), tmp_path / "ckpt.pth")
    from torchckpt import TorchckptError

    with pytest.raises(TorchckptError):
        export_onnx(LSTMNet(), tmp_path / "m.onnx", torch.randn(1, 7, 6), checkpoint=ckpt)


def test_dynamo_is_the_default_exporter(tmp_path):
    import onnxscript  # noqa: F401 - the export extra installs it: the dynamo path must run, not skip

    report = export_onnx(_trained(ConvBN, (1, 3, 8, 8)), tmp_path / "m.onnx", torch.randn(1, 3, 8, 8))
    assert report.ok and report.exporter == "dynamo" and report.fallback is None
    assert report.inputs[0].shape[0] == "batch" and report.to_json()["exporter"] == "dynamo"


def _listing(directory):
    return sorted(p.name for p in directory.iterdir())


def test_failed_dynamo_export_leaves_no_output(tmp_path):
    """exporter="dynamo" does not fall back: its failure is an ExportError naming the cause, and
    neither OUT (an older file stays as it was) nor a temporary file is left behind."""
    out = tmp_path / "m.onnx"
    out.write_bytes(b"the previous export")
    before = _listing(tmp_path)
    with pytest.raises(ExportError) as info:
        export_onnx(_trained(ValueBranch, (1, 3, 8, 8)), out, torch.ones(1, 3, 8, 8), exporter="dynamo")
    assert "dynamo exporter" in str(info.value) and "GuardOnDataDependentSymNode" in str(info.value)
    assert "--exporter legacy" in info.value.hint or "exporter='legacy'" in info.value.hint
    assert out.read_bytes() == b"the previous export" and _listing(tmp_path) == before


@pytest.mark.parametrize("exporter", ["dynamo", "legacy"])
def test_exporter_dying_mid_write_leaves_the_old_file(tmp_path, monkeypatch, exporter):
    """An exporter that fails after writing part of its file: OUT is untouched."""
    real_export = torch.onnx.export

    @functools.wraps(real_export)
    def export_then_fail(m, args, f, **kwargs):
        real_export(m, args, f, **kwargs)
        with open(f, "r+b") as half:
            half.truncate(100)
        raise RuntimeError("disk full")

    monkeypatch.setattr(torch.onnx, "export", export_then_fail)
    out = tmp_path / "m.onnx"
    out.write_bytes(b"old")
    with pytest.raises(ExportError, match="disk full"):
        export_onnx(_trained(ConvBN, (1, 3, 8, 8)), out, torch.randn(1, 3, 8, 8), exporter=exporter)
    assert _listing(tmp_path) == ["m.onnx"] and out.read_bytes() == b"old"


def test_dynamo_external_data_lands_beside_the_model(tmp_path, monkeypatch):
    """Weights beyond the protobuf limit go to OUT.data: it is renamed into place with OUT, and
    onnxruntime runs the pair (the limit is lowered here instead of exporting 2 GB)."""
    import torchckpt.export as export

    monkeypatch.setattr(export, "_PROTOBUF_LIMIT", 0)
    out = tmp_path / "m.onnx"
    report = export_onnx(_trained(ConvBN, (1, 3, 8, 8)), out, torch.randn(1, 3, 8, 8), exporter="dynamo")
    assert report.ok and report.exporter == "dynamo"
    assert _listing(tmp_path) == ["m.onnx", "m.onnx.data"]
    import torchckpt

    with torchckpt.open(out) as ckpt:
        kinds = {ref.kind for ref in ckpt.tensors().values()}
    assert "external" in kinds  # onnx keeps the smallest tensors inline


def test_without_onnxscript_auto_falls_back_and_dynamo_says_what_to_install(tmp_path, monkeypatch):
    import sys

    monkeypatch.setitem(sys.modules, "onnxscript", None)  # as if not installed: imports fail, find_spec is None
    report = export_onnx(_trained(ConvBN, (1, 3, 8, 8)), tmp_path / "m.onnx", torch.randn(1, 3, 8, 8))
    assert report.ok and report.exporter == "legacy" and "onnxscript" in report.fallback
    with pytest.raises(ExportError, match="onnxscript") as info:
        export_onnx(_trained(ConvBN, (1, 3, 8, 8)), tmp_path / "d.onnx", torch.randn(1, 3, 8, 8), exporter="dynamo")
    assert "pip install onnxscript" in info.value.hint
    assert not (tmp_path / "d.onnx").exists()


# --- TorchScript ------------------------------------------------------------------------------------
@pytest.mark.filterwarnings("ignore:`torch.jit.load` is deprecated:DeprecationWarning")
@pytest.mark.parametrize("method", ["script", "trace"])
def test_torchscript_export_verified(tmp_path, method):
    trained = _trained(ConvBN, (1, 3, 8, 8))
    ckpt = _save_dataparallel(trained, tmp_path / "ckpt.pth")
    model = ConvBN().train()
    out = tmp_path / "m.pt"
    report = export_torchscript(model, out, example_inputs=torch.randn(1, 3, 8, 8), method=method, checkpoint=ckpt)
    assert report.ok and report.exporter == method and report.max_abs_diff <= 1e-6
    assert model.training
    loaded = torch.jit.load(str(out))
    assert not loaded.bn.training  # saved in eval mode
    x = torch.randn(4, 3, 8, 8)
    with torch.no_grad():
        assert torch.allclose(loaded(x), trained.eval()(x), atol=1e-6)


def test_torchscript_lstm_script(tmp_path):
    report = export_torchscript(_trained(LSTMNet, (1, 7, 6)), tmp_path / "m.pt", example_inputs=torch.randn(1, 7, 6))
    assert report.ok and len(report.outputs) == 2


def test_torchscript_trace_of_value_branch_is_caught(tmp_path):
    with pytest.raises(ExportVerificationError) as info:
        export_torchscript(_trained(ValueBranch, (1, 3, 8, 8)), tmp_path / "m.pt",
                           example_inputs=torch.ones(1, 3, 8, 8), method="trace")
    assert info.value.report.format == "torchscript"
    assert "TorchScript" in str(info.value)


def test_torchscript_needs_examples_to_verify(tmp_path):
    with pytest.raises(ExportError):
        export_torchscript(ConvBN(), tmp_path / "m.pt")
    report = export_torchscript(ConvBN(), tmp_path / "m.pt", verify=False)
    assert not report.verified and (tmp_path / "m.pt").exists()


# --- CLI and model specs ----------------------------------------------------------------------------
MODEL_FILE = '''
import torch
from torch import nn


class Net(nn.Module):
    def __init__(self, classes: int = 5):
        super().__init__()
        self.conv = nn.Conv2d(3, 8, 3, padding=1)
        self.bn = nn.BatchNorm2d(8)
        self.fc = nn.Linear(8, classes)

    def forward(self, x):
        return self.fc(torch.relu(self.bn(self.conv(x))).mean((2, 3)))


class Broken(Net):
    def forward(self, x):
        y = super().forward(x)
        return y * 2 if bool((x > -100).all()) and x.shape[0] == 1 else y


def build(classes: int = 5):
    return Net(classes)


def not_a_model():
    return 42
'''


@pytest.fixture
def model_dir(tmp_path):
    (tmp_path / "netdefs.py").write_text(textwrap.dedent(MODEL_FILE))
    import importlib.util
    import sys

    spec = importlib.util.spec_from_file_location("_netdefs_for_ckpt", tmp_path / "netdefs.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    torch.manual_seed(0)
    net = module.Net()
    net.train()
    with torch.no_grad():
        net(torch.randn(4, 3, 8, 8) + 1)
    _save_dataparallel(net, tmp_path / "ckpt.pth")
    yield tmp_path
    for name in ("netdefs",):
        sys.modules.pop(name, None)


def test_cli_export_onnx_from_file_spec(model_dir, capsys):
    code, out, err = _cli(capsys, "export", f"{model_dir}/netdefs.py:Net", str(model_dir / "ckpt.pth"),
                          str(model_dir / "m.onnx"), "--input", "1x3x8x8")
    assert code == 0, err
    assert "max abs diff" in out and "verified" in out and "batch 3" in out
    assert "input float32 [batch, 3, 8, 8]" in out
    assert "output scale" in out and "relative error" in out
    assert (model_dir / "m.onnx").exists()


def test_cli_export_module_spec_json_and_torchscript(model_dir, capsys, monkeypatch):
    monkeypatch.chdir(model_dir)
    code, out, err = _cli(capsys, "export", "netdefs:build", "ckpt.pth", "m.pt", "--input", "2x3x8x8",
                          "--method", "trace", "--json")
    assert code == 0, err
    report = json.loads(out)
    assert report["format"] == "torchscript" and report["ok"] and report["verified"]
    assert report["load"]["prefix_stripped"] == "module."
    assert [c["batch"] for c in report["checks"]] == [2, 3]


def test_cli_export_verification_failure_exits_1(model_dir, capsys):
    code, out, err = _cli(capsys, "export", f"{model_dir}/netdefs.py:Broken", str(model_dir / "ckpt.pth"),
                          str(model_dir / "m.onnx"), "--input", "1x3x8x8")
    assert code == 1
    assert "FAILED" in out and "max abs diff" in out
    assert "does not match the model" in err and err.count("\n") == 1
    text = " ".join(out.split())  # rich wraps long lines
    assert "TorchScript-based ONNX exporter" in text and "fallback: the dynamo exporter failed: " in text
    assert "data-dependent expression" in text


def test_cli_export_exporter_flag(model_dir, capsys):
    code, out, err = _cli(capsys, "export", f"{model_dir}/netdefs.py:Net", str(model_dir / "ckpt.pth"),
                          str(model_dir / "m.onnx"), "--input", "1x3x8x8", "--exporter", "legacy", "--json")
    assert code == 0, err
    report = json.loads(out)
    assert report["exporter"] == "legacy" and report["fallback"] is None and report["ok"]
    code, _, err = _cli(capsys, "export", f"{model_dir}/netdefs.py:Broken", str(model_dir / "ckpt.pth"),
                        str(model_dir / "d.onnx"), "--input", "1x3x8x8", "--exporter", "dynamo")
    assert code == 2 and err.count("\n") == 1 and "dynamo exporter" in err and "--exporter legacy" in err
    assert not (model_dir / "d.onnx").exists()


@pytest.mark.parametrize("spec, message", [
    ("netdefs", "MODULE:FACTORY"),
    ("{dir}/missing.py:Net", "no such file"),
    ("{dir}/netdefs.py:Nope", "Net"),
    ("{dir}/netdefs.py:not_a_model", "not a torch.nn.Module"),
    ("no_such_package_xyz.models:Net", "cannot import"),
])
def test_cli_export_bad_spec_exits_2(model_dir, capsys, spec, message):
    code, _out, err = _cli(capsys, "export", spec.format(dir=model_dir), str(model_dir / "ckpt.pth"),
                          str(model_dir / "m.onnx"), "--input", "1x3x8x8")
    assert code == 2
    assert message in err and err.count("\n") == 1


def test_cli_export_model_args_and_input_errors(model_dir, capsys):
    # a class-count change the checkpoint cannot fill: a load error, exit 2
    code, _, err = _cli(capsys, "export", f"{model_dir}/netdefs.py:Net", str(model_dir / "ckpt.pth"),
                        str(model_dir / "m.onnx"), "--input", "1x3x8x8", "--model-arg", "classes=7")
    assert code == 2 and "fc.weight" in err
    code, _, err = _cli(capsys, "export", f"{model_dir}/netdefs.py:Net", str(model_dir / "ckpt.pth"),
                        str(model_dir / "m.onnx"), "--input", "1xAx8")
    assert code == 2 and "--input" in err
    code, _, err = _cli(capsys, "export", f"{model_dir}/netdefs.py:Net", str(model_dir / "ckpt.pth"),
                        str(model_dir / "m.bin"), "--input", "1x3x8x8")
    assert code == 2 and "--to" in err


def test_parse_input_spec():
    from torchckpt.cli.export import parse_input_spec

    assert parse_input_spec("1x3x224x224") == ((1, 3, 224, 224), "float32", None)
    assert parse_input_spec("2x16:int64:30522") == ((2, 16), "int64", 30522)
    assert parse_input_spec("4:fp16") == ((4,), "float16", None)


def test_verification_judges_against_the_output_scale(tmp_path):
    model = _trained(ConvBN, (1, 3, 8, 8))
    report = export_onnx(model, tmp_path / "m.onnx", torch.randn(1, 3, 8, 8))
    for c in report.checks:
        assert c.scale is not None and c.scale > 0 and c.relative_error == pytest.approx(c.max_abs_diff / c.scale)
        assert c.max_abs_diff <= report.atol + report.rtol * c.scale
    data = report.to_json()
    assert data["scale"] == report.scale and data["relative_error"] == report.relative_error
    assert {"scale", "relative_error"} <= set(data["checks"][0])


def test_tolerance_is_relative_to_the_output_scale():
    """Logits of scale 1e6 are off by float32 rounding (0.05) everywhere, near-zero ones too:
    within rtol of the scale, though far outside the elementwise tolerance of the small ones.
    On outputs of scale 1, the same 0.05 (or 0.1 on 0.5) is a real difference."""
    from torchckpt.export import VerifyCheck, _compare

    expected = [torch.tensor([[1e6, -3e5, 1e-3, 0.0]])]
    got = [np.array([[1e6 + 0.0625, -3e5 - 0.03125, 1e-3 + 0.05, 0.05]], dtype=np.float32)]
    check = _compare(VerifyCheck("example", 1), got, expected, ["logits"], atol=1e-5, rtol=1e-4)
    assert check.ok and check.mismatched == 2 and check.scale == 1e6
    assert check.relative_error == pytest.approx(0.0625 / 1e6)
    small = _compare(VerifyCheck("example", 1), [np.array([[1.0, 0.6]], dtype=np.float32)],
                     [torch.tensor([[1.0, 0.5]])], ["p"], atol=1e-5, rtol=1e-4)
    assert not small.ok and small.scale == 1.0 and small.relative_error == pytest.approx(0.1, rel=1e-5)
    nan = _compare(VerifyCheck("example", 1), [np.array([[np.nan]], dtype=np.float32)],
                   [torch.tensor([[1.0]])], ["p"], atol=1e-5, rtol=1e-4)
    assert not nan.ok


def test_verification_failure_names_the_scale(tmp_path, monkeypatch):
    model = _trained(ConvBN, (1, 3, 8, 8))
    real_export = torch.onnx.export

    @functools.wraps(real_export)
    def perturb_then_export(m, *args, **kwargs):
        with torch.no_grad():
            m.fc.bias.add_(0.5)
        return real_export(m, *args, **kwargs)

    monkeypatch.setattr(torch.onnx, "export", perturb_then_export)
    with pytest.raises(ExportVerificationError) as info:
        export_onnx(model, tmp_path / "m.onnx", torch.randn(1, 3, 8, 8))
    text = str(info.value)
    assert "of scale" in text and "relative error" in text and "\n" not in text
    assert info.value.report.relative_error > info.value.report.rtol
