"""torchckpt.diff / `torchckpt diff`: a checkpoint against its safetensors, fp16, bf16 and ONNX
conversions; name alignment across prefixes and nested keys; exact integers; bounded chunks."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys

import numpy as np
import pytest

from torchckpt.compare import _blocks, compare_arrays, diff

torch = pytest.importorskip("torch")
st = pytest.importorskip("safetensors.torch")
from torch import nn  # noqa: E402

from .helpers import cli_in_process  # noqa: E402
from .models import ConvBN  # noqa: E402


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    """A DataParallel training checkpoint (state_dict with `module.`, an fp16 EMA copy, Adam
    state) and conversions of its weights."""
    root = tmp_path_factory.mktemp("diff")
    torch.manual_seed(0)
    net = ConvBN()
    wrapped = nn.DataParallel(net)
    opt = torch.optim.Adam(wrapped.parameters())
    wrapped(torch.randn(4, 3, 8, 8)).sum().backward()
    opt.step()
    sd = wrapped.state_dict()
    paths = {"ckpt": root / "ckpt.pth"}
    torch.save({"epoch": 1, "state_dict": sd, "ema": {k[7:]: v.half() for k, v in sd.items()},
                "optimizer": opt.state_dict()}, paths["ckpt"])
    paths["st"] = root / "weights.safetensors"
    st.save_file({k: v.contiguous() for k, v in sd.items()}, str(paths["st"]))
    # fp16 conversion, names without the wrapper prefix (as a cleaned-up release would have them)
    paths["fp16"] = root / "fp16.safetensors"
    st.save_file({k[7:]: (v.half() if v.is_floating_point() else v).contiguous() for k, v in sd.items()},
                 str(paths["fp16"]))
    paths["bf16"] = root / "bf16.safetensors"
    st.save_file({k[7:]: (v.bfloat16() if v.is_floating_point() else v).contiguous() for k, v in sd.items()},
                 str(paths["bf16"]))
    paths["onnx"] = root / "model.onnx"
    if importlib.util.find_spec("onnxruntime"):
        from torchckpt.export import export_onnx

        # the TorchScript-based exporter: it renames what it folds (onnx::...), which the test is about;
        # dynamo folds BatchNorm into conv.weight under the same name (and adds conv.weight_bias)
        export_onnx(net, paths["onnx"], torch.randn(1, 3, 8, 8), exporter="legacy")
    else:  # without the export extra only the ONNX test skips
        paths["onnx"] = None
    return paths, {k[7:]: v for k, v in sd.items()}


def _rounding_error(weights, dtype):
    return max(float((v.double() - v.to(dtype).double()).abs().max())
               for v in weights.values() if v.is_floating_point())


# --- conversions -------------------------------------------------------------------------------------
def test_checkpoint_against_its_safetensors_is_exact(files):
    paths, weights = files
    report = diff(paths["ckpt"], paths["st"], prefer="model")  # the raw weights, not the (default) fp16 EMA
    assert report.identical and report.equal
    assert report.max_abs_diff == 0.0 and report.min_cosine == 1.0
    assert len(report.tensors) == len(weights) and not report.only_a and not report.only_b
    assert report.a.root == "state_dict" and report.a.prefix == "" and report.b.root == ""
    assert any("'state_dict'" in n for n in report.notes)
    code, out, _ = cli_in_process("diff", str(paths["ckpt"]), str(paths["st"]), "--weights", "model")
    assert code == 0 and "identical" in out
    assert not diff(paths["ckpt"], paths["st"]).identical  # by default: the EMA copy, as every command takes


def test_fp16_conversion_reports_the_rounding_error(files):
    paths, weights = files
    report = diff(paths["ckpt"], paths["fp16"], prefer="model")
    expected = _rounding_error(weights, torch.float16)
    assert 0 < expected < 1e-2
    assert report.max_abs_diff == pytest.approx(expected, rel=1e-9)
    assert report.min_cosine > 0.99999
    assert not report.equal and report.different
    assert report.a.prefix == "module." and report.a.root == "state_dict"
    assert all(t.dtype_b == "float16" for t in report.dtype_changed)
    assert {t.name for t in report.dtype_changed} == {k for k, v in weights.items() if v.is_floating_point()}
    assert diff(paths["ckpt"], paths["fp16"]).identical  # by default the fp16 EMA copy: this very conversion
    assert diff(paths["ckpt"], paths["fp16"], key_a="ema").identical
    # integers (num_batches_tracked) compare exactly and did not change
    assert report.tensors[[t.name for t in report.tensors].index("bn.num_batches_tracked")].identical

    raw = ("--weights", "model")
    code, out, _ = cli_in_process("diff", str(paths["ckpt"]), str(paths["fp16"]), *raw)
    assert code == 1 and "different" in out and "module." in out
    code, out, _ = cli_in_process("diff", str(paths["ckpt"]), str(paths["fp16"]), "--atol", "1e-2", *raw)
    assert code == 0 and "equal within tolerance" in out
    code, out, _ = cli_in_process("diff", str(paths["ckpt"]), str(paths["fp16"]), "--atol", "0", "--rtol", "1e-3", *raw)
    assert code == 0  # fp16 keeps ~11 bits: relative error under 2**-11 for normal numbers


def test_bf16_conversion_decodes_exactly(files):
    paths, weights = files
    report = diff(paths["bf16"], paths["ckpt"], prefer="model")  # either order: the tolerance is symmetric
    assert report.max_abs_diff == pytest.approx(_rounding_error(weights, torch.bfloat16), rel=1e-9)
    assert report.b.prefix == "module."
    assert diff(paths["bf16"], paths["ckpt"], atol=0.05, prefer="model").equal


def test_onnx_initializers_match_where_names_survive(files):
    paths, _weights = files
    if paths["onnx"] is None:
        pytest.skip("needs onnxruntime")
    report = diff(paths["ckpt"], paths["onnx"], prefer="model")
    names = {t.name for t in report.tensors}
    assert {"fc.weight", "fc.bias"} <= names
    assert all(t.identical for t in report.tensors)  # what survives export is bit-exact
    assert "bn.running_mean" in report.only_a  # folded into the convolution
    assert any("onnx::" in n for n in report.notes)
    code, out, _ = cli_in_process("diff", str(paths["ckpt"]), str(paths["onnx"]), "--json", "--weights", "model")
    assert code == 1  # not the same set of tensors
    data = json.loads(out)
    assert data["summary"]["different"] == 0 and data["summary"]["compared"] >= 2
    assert data["b"]["format"] == "onnx"


def test_keys_pick_subtrees_and_prefixes_still_line_up(files):
    paths, _ = files
    report = diff(paths["ckpt"], paths["ckpt"], key_a="ema", key_b="state_dict")
    assert report.a.root == "ema" and report.b.root == "state_dict" and report.b.prefix == "module."
    assert len(report.tensors) == len(report.compared) > 0 and not report.only_a
    assert 0 < report.max_abs_diff < 1e-2 and report.min_cosine > 0.99999


def test_a_file_against_itself_is_identical(files):
    paths, _ = files
    report = diff(paths["ckpt"], paths["ckpt"])
    assert report.identical and report.a.root == "" and report.tensors and not report.notes


# --- what changes are reported ---------------------------------------------------------------------
@pytest.fixture
def changed(tmp_path):
    base = {"w": torch.arange(12, dtype=torch.float32).reshape(3, 4), "b": torch.zeros(4),
            "steps": torch.tensor([5, 7], dtype=torch.int64), "gone": torch.ones(2),
            "nan": torch.tensor([1.0, float("nan"), float("inf")])}
    other = {"w": base["w"] + torch.tensor([0, 0, 0, 0.5]), "b": torch.zeros(2, 2),
             "steps": torch.tensor([5, 8], dtype=torch.int64), "new": torch.ones(1),
             "nan": torch.tensor([1.0, float("nan"), float("inf")])}
    st.save_file(base, str(tmp_path / "a.safetensors"))
    torch.save(other, tmp_path / "b.pt")
    return tmp_path / "a.safetensors", tmp_path / "b.pt"


def test_changes_are_reported(changed):
    a, b = changed
    report = diff(a, b, atol=100.0)
    by = {t.name: t for t in report.tensors}
    assert report.only_a == ["gone"] and report.only_b == ["new"]
    assert by["b"].status == "shape" and by["b"].shape_b == (2, 2)
    assert by["w"].status == "equal" and by["w"].max_abs_diff == 0.5  # within atol=100
    assert by["steps"].status == "different" and by["steps"].mismatched == 1  # integers: exact, whatever atol
    assert by["nan"].status == "equal" and by["nan"].max_abs_diff == 0.0  # NaN == NaN, inf == inf
    assert not report.equal
    code, out, _ = cli_in_process("diff", str(a), str(b), "--json")
    assert code == 1
    data = json.loads(out)
    assert data["shape_changed"] == [{"name": "b", "shape_a": [4], "shape_b": [2, 2]}]
    assert data["only_a"] == ["gone"] and data["only_b"] == ["new"]
    code, out, _ = cli_in_process("diff", str(a), str(b))
    assert code == 1 and "only in A" in out and "shape changed" in out and "steps" in out


def test_relative_difference_and_cosine():
    stats = compare_arrays(np.array([1.0, 2.0, -4.0]), np.array([1.0, 2.2, -4.0]), atol=0.0, rtol=0.1)
    assert stats["max_abs_diff"] == pytest.approx(0.2)
    assert stats["max_rel_diff"] == pytest.approx(0.2 / 2.2)
    assert stats["equal"] and 0.99 < stats["cosine"] < 1
    assert compare_arrays(np.array([1.0, -1.0]), np.array([-1.0, 1.0]))["cosine"] == pytest.approx(-1.0)
    assert not compare_arrays(np.array([np.nan]), np.array([1.0]))["equal"]
    assert compare_arrays(np.zeros(3), np.zeros(3))["cosine"] == 1.0


def test_chunks_give_the_same_numbers_on_strided_tensors(tmp_path):
    torch.manual_seed(1)
    a = torch.randn(6, 5, 7)
    b = a + torch.randn(6, 5, 7) * 1e-3
    torch.save({"t": a.transpose(0, 2), "u": a[:, ::2]}, tmp_path / "a.pt")  # non-contiguous views
    torch.save({"t": b.transpose(0, 2).contiguous(), "u": b[:, ::2].contiguous()}, tmp_path / "b.pt")
    whole = diff(tmp_path / "a.pt", tmp_path / "b.pt")
    tiny = diff(tmp_path / "a.pt", tmp_path / "b.pt", chunk_elements=3)
    for x, y in zip(whole.tensors, tiny.tensors):
        assert x.max_abs_diff == y.max_abs_diff and x.mismatched == y.mismatched
        assert x.cosine == pytest.approx(y.cosine, rel=1e-12)
    expected = float((a.transpose(0, 2).double() - b.transpose(0, 2).double()).abs().max())
    assert whole.tensors[0].max_abs_diff == pytest.approx(expected, rel=1e-12)


def test_blocks_cover_every_element_once():
    for shape, limit in (((10, 3, 4), 7), ((5,), 2), ((), 1), ((3, 0, 2), 1), ((4, 100), 10)):
        seen = np.zeros(shape, dtype=int)
        for index in _blocks(shape, limit):
            block = seen[index]
            assert np.asarray(block).size <= max(limit, shape[-1] if shape else 1)
            seen[index] += 1
        assert (seen == 1).all()


# --- errors and the torch-free core ----------------------------------------------------------------
def test_errors_exit_2(files, tmp_path):
    paths, _ = files
    code, _, err = cli_in_process("diff", str(paths["ckpt"]), str(tmp_path / "missing.pt"))
    assert code == 2 and "missing.pt" in err
    code, _, err = cli_in_process("diff", str(paths["ckpt"]), str(paths["st"]), "--key-a", "nope")
    assert code == 2 and "nope" in err and err.count("\n") == 1
    (tmp_path / "junk.txt").write_text("hello")
    code, _, err = cli_in_process("diff", str(tmp_path / "junk.txt"), str(paths["st"]))
    assert code == 2


def test_diff_never_imports_torch(files):
    paths, _ = files
    code = (f"import sys; from torchckpt.compare import diff; "
            f"r = diff({str(paths['ckpt'])!r}, {str(paths['bf16'])!r}); "
            "assert r.tensors and 'torch' not in sys.modules, sorted(m for m in sys.modules if 'torch' == m[:5]); "
            "print('ok')")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "ok"
