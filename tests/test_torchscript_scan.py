"""TorchScript archives: ``code/`` read with ast and judged op by op. Real scripted and traced
models scan safe; code edited to reach files, libraries or Python scan dangerous; unknown
operators suspicious. Edited archives are loaded with torch.jit.load to show what torch does."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

from torchckpt.scanner import scan
from torchckpt.torchscript_code import analyse_code

import hostile  # noqa: F401  (hostile_rules is one of its parts: import the whole first)
from .helpers import rewrite_zip
from hostile_rules import edit_torchscript_code, scripted_with_setstate

torch = pytest.importorskip("torch")
nn = torch.nn


class Mixed(nn.Module):
    def __init__(self) -> None:
        super().__init__()
        self.lin = nn.Linear(4, 3)
        self.conv = nn.Conv1d(1, 2, 3)
        self.lstm = nn.LSTM(3, 5, batch_first=True)
        self.gru = nn.GRU(5, 4)
        self.bn = nn.BatchNorm1d(2)
        self.seq = nn.Sequential(nn.Linear(4, 4), nn.GELU(), nn.Dropout(0.1), nn.LayerNorm(4))

    def forward(self, x: torch.Tensor, y: torch.Tensor) -> torch.Tensor:
        a = torch.relu(self.lin(self.seq(x)))
        b = self.bn(self.conv(y)).sum(dim=-1)
        o, _ = self.lstm(a.unsqueeze(0))
        o2, _ = self.gru(o)
        spec = torch.stft(y.flatten(), n_fft=8, window=torch.hann_window(8), return_complex=True)
        return o2.mean() + b.mean() + spec.abs().mean() + nn.functional.pad(x, [1, 1]).max()


class SileroLike(nn.Module):
    """The shape of silero-vad: an STFT as a conv1d with a fixed basis, conv encoder, an LSTM
    cell with state kept between calls, a sample-rate branch and exported helpers."""

    def __init__(self) -> None:
        super().__init__()
        n_fft = 16
        basis = torch.randn(n_fft + 2, 1, n_fft)
        self.register_buffer("forward_basis_buffer", basis)
        self.encoder = nn.Sequential(nn.Conv1d(n_fft // 2 + 1, 8, 3, padding=1), nn.ReLU(),
                                     nn.Conv1d(8, 8, 3, stride=2, padding=1), nn.ReLU())
        self.rnn = nn.LSTMCell(8, 8)
        self.decoder = nn.Sequential(nn.Dropout(0.1), nn.ReLU(), nn.Conv1d(8, 1, 1), nn.Sigmoid())
        self._state = torch.zeros(0)
        self._context = torch.zeros(0)
        self._last_sr = 0

    def stft(self, x: torch.Tensor) -> torch.Tensor:
        x = nn.functional.pad(x.unsqueeze(1), [8, 8], mode="reflect")
        out = nn.functional.conv1d(x, self.forward_basis_buffer, stride=8)
        real, imag = out[:, :9], out[:, 9:]
        return torch.sqrt(real ** 2 + imag ** 2)

    @torch.jit.export
    def reset_states(self, batch_size: int = 1) -> None:
        self._state = torch.zeros([2, batch_size, 8])
        self._context = torch.zeros(0)
        self._last_sr = 0

    def forward(self, x: torch.Tensor, sr: int) -> torch.Tensor:
        if x.dim() == 1:
            x = x.unsqueeze(0)
        if sr != 16000 and sr % 16000 == 0:
            x = x[:, ::sr // 16000]
        if self._state.numel() == 0:
            self.reset_states(x.shape[0])
        feats = self.encoder(self.stft(x))
        h, c = self.rnn(feats.mean(-1), (self._state[0], self._state[1]))
        self._state = torch.stack([h, c])
        out = self.decoder(h.unsqueeze(-1))
        self._last_sr = sr
        return out.squeeze(1).mean(1, keepdim=True)


def _scripted(model: nn.Module, path: Path) -> Path:
    torch.jit.script(model).save(str(path))
    return path


def _traced(model: nn.Module, path: Path, *example: torch.Tensor) -> Path:
    torch.jit.trace(model, example, check_trace=False).save(str(path))
    return path


@pytest.fixture(scope="module")
def archives(tmp_path_factory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("ts")
    x, y = torch.randn(2, 4), torch.randn(2, 1, 16)
    return {
        "script-mixed": _scripted(Mixed().eval(), root / "mixed_script.pt"),
        "trace-mixed": _traced(Mixed().eval(), root / "mixed_trace.pt", x, y),
        "script-linear": _scripted(nn.Linear(2, 2), root / "linear.pt"),
        "trace-conv": _traced(nn.Conv2d(3, 4, 3), root / "conv.pt", torch.randn(1, 3, 8, 8)),
        "script-lstm": _scripted(nn.LSTM(4, 4, num_layers=2), root / "lstm.pt"),
        "script-silero-like": _scripted(SileroLike().eval(), root / "silero_like.pt"),
        "script-setstate": scripted_with_setstate(root / "setstate.pt"),
    }


@pytest.mark.parametrize("name", ["script-mixed", "trace-mixed", "script-linear", "trace-conv", "script-lstm",
                                  "script-silero-like", "script-setstate"])
def test_real_scripted_and_traced_models_scan_safe(archives, name):
    report = scan(archives[name])
    assert report.format == "torchscript"
    assert report.verdict == "safe", [f.to_json() for f in report.findings if f.severity != "info"]
    assert any(f.kind == "torchscript" and "distinct operators" in f.detail for f in report.findings)


def test_the_released_silero_vad_scans_safe():
    spec = importlib.util.find_spec("silero_vad")
    if spec is None or not spec.submodule_search_locations:
        pytest.skip("silero-vad is not installed (pip install silero-vad)")
    path = Path(next(iter(spec.submodule_search_locations))) / "data" / "silero_vad.jit"
    report = scan(path)
    assert report.verdict == "safe", [f.to_json() for f in report.findings if f.severity != "info"]


# --- edited code/ ---------------------------------------------------------------------------------

_EDITS = {
    # (replacement for "torch.relu((state)[0])", expected verdict)
    "open": ("torch.relu((state)[0])\n    open('/tmp/x', 'w')", "dangerous"),
    "load-library": ("torch.relu((state)[0])\n    torch.ops.load_library('/tmp/libevil.so')", "dangerous"),
    "classes-load-library": ("torch.relu((state)[0])\n    torch.classes.load_library('/tmp/libevil.so')",
                             "dangerous"),
    "custom-namespace": ("ops.evil_ns.run((state)[0])", "dangerous"),
    "import-os": ("torch.relu((state)[0])\n    import os", "dangerous"),
    "os-system": ("torch.relu((state)[0])\n    os.system('id')", "dangerous"),
    "dunder": ("torch.relu((state)[0])\n    x = (state).__class__.__subclasses__()", "dangerous"),
    "c10d": ("ops.c10d.broadcast_((state)[0])", "dangerous"),
    "unknown-aten": ("torch.no_such_operator((state)[0])", "suspicious"),
    "unknown-method": ("((state)[0]).no_such_method()", "suspicious"),
    "unknown-name": ("mystery((state)[0])", "suspicious"),
}


@pytest.fixture(scope="module")
def edited(tmp_path_factory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("edited")
    base = scripted_with_setstate(root / "base.pt")
    return {name: edit_torchscript_code(base, root / f"{name}.pt", "torch.relu((state)[0])", new)
            for name, (new, _) in _EDITS.items()}


@pytest.mark.parametrize("name", sorted(_EDITS))
def test_edited_code_is_judged(edited, name):
    report = scan(edited[name])
    expected = _EDITS[name][1]
    assert report.verdict == expected, [f.to_json() for f in report.findings if f.severity != "info"]
    flagged = [f for f in report.findings if f.kind == "torchscript" and f.severity == expected]
    assert flagged and all("code/" in (f.entry or "") for f in flagged)


def test_torch_refuses_to_compile_what_torchscript_cannot_resolve(edited):
    # the scanner does not rely on it: these scan dangerous/suspicious whether or not torch loads them
    for name in ("open", "import-os", "unknown-aten", "custom-namespace"):
        with pytest.raises(RuntimeError):
            torch.jit.load(str(edited[name]))


def test_edited_code_runs_under_torch_load_and_scans_dangerous(tmp_path):
    from hostile_rules import b_torchscript_from_file

    path = b_torchscript_from_file(tmp_path)
    report = scan(path)
    assert not (tmp_path / "marker").exists()
    assert report.verdict == "dangerous"
    assert any("aten::from_file" in (f.global_name or "") for f in report.findings)
    code = f"import torch, warnings; warnings.simplefilter('ignore'); torch.load({str(path)!r}, weights_only=False)"
    subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, timeout=120)
    assert (tmp_path / "marker").exists()


# --- the analysis itself ----------------------------------------------------------------------------

def _judge(source: str) -> dict[str, str]:
    calls, problems = analyse_code([("a/code/__torch__/m.py", source.encode())])
    assert not problems
    return {c.target: c.severity for c in calls}


def test_operators_resolve_to_their_namespaces():
    found = _judge("class M(Module):\n"
                   "  def forward(self: __torch__.m.M, x: Tensor) -> Tensor:\n"
                   "    y = torch.conv1d(x, x)\n"
                   "    z = ops.prim.NumToTensor(torch.size(x, 0))\n"
                   "    w = torch.ops.aten.relu(y)\n"
                   "    _0 = (self).helper(x)\n"
                   "    _1 = __torch__.m.M.helper\n"
                   "    return torch.add(y.sum(), (z).item())\n"
                   "  def helper(self: __torch__.m.M, x: Tensor) -> Tensor:\n"
                   "    return torch.from_file('/etc/passwd', False, 4)\n")
    assert found["aten::conv1d"] == "safe" and found["prim::NumToTensor"] == "safe"
    assert found["aten::relu"] == "safe" and found["method helper"] == "safe" and found["aten::item"] == "safe"
    assert found["aten::from_file"] == "dangerous"


def test_annotations_and_locals_are_not_calls():
    found = _judge("def f(x: List[Tensor], open: int) -> Optional[Tensor]:\n"
                   "  g = __torch__.m.f\n"
                   "  annotate(List[int], [])\n"
                   "  return g(x, open)\n")
    assert "python:open" not in found and found["__torch__.m.f"] == "safe"


def test_unparsable_code_is_reported():
    calls, problems = analyse_code([("a/code/__torch__.py", b"def f(:\n")])
    assert problems and not calls


def test_the_operator_table_holds_what_real_models_call():
    from torchckpt.rules_data import ts_ops

    assert {"aten::lstm", "aten::stft", "prim::RaiseException", "aten::format", "aten::__derive_index"} <= ts_ops()
    assert {name.split("::")[0] for name in ts_ops()} >= {"aten", "prim", "quantized"}


def test_lite_interpreter_operator_tables_are_judged(tmp_path):
    model = torch.jit.script(nn.Sequential(nn.Linear(3, 3), nn.ReLU()))
    lite = tmp_path / "lite.ptl"
    model._save_for_lite_interpreter(str(lite))
    assert scan(lite).verdict == "safe"
    # same length in the pickle's string: aten::relu -> aten::save (writes a file)
    edited = tmp_path / "lite_edited.ptl"

    def relu_to_save(data: bytes) -> bytes:
        assert b"aten::relu" in data
        return data.replace(b"aten::relu", b"aten::save")

    rewrite_zip(lite, edited, {"/bytecode.pkl": relu_to_save}, keep_info=True)
    report = scan(edited)
    assert report.verdict == "dangerous"
    assert any(f.entry.endswith("bytecode.pkl") and f.global_name == "aten::save" for f in report.findings
               if f.severity == "dangerous")
