"""Every checkpoint layout a PyTorch user meets, through every command and the API.

Each layout is written by the real ``torch.save`` (or ``pickle.dump``) the way tutorials and
trainers write it (the seed articles: tutorial checkpoints, pytorch/examples' ImageNet,
ultralytics' dill-pickled YOLO files with their classes gone, ``torch.save(model.state_dict,
PATH)``, DataParallel, old numpy pickles, basicsr's ``params_ema``). Every command and API
takes the same default weights, says which in one line, and what it writes or loads is bitwise
the model's ``state_dict()``.
"""

from __future__ import annotations

import copy
import importlib.util
import json
import os
import pickle
import sys
import textwrap
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pytest

torch = pytest.importorskip("torch")
from torch import nn  # noqa: E402

import torchckpt  # noqa: E402
from torchckpt.weights import choose  # noqa: E402

from .helpers import cli_in_process, tensor_bytes  # noqa: E402
from .models import ConvBN  # noqa: E402

# A DetectionModel-like class tree, as ultralytics has it: the model's own `model` Sequential
# (whose `model.` prefix is not a wrapper), plain attributes (yaml, names, a set, a tensor).
YOLO_SOURCE = textwrap.dedent('''
    import torch
    from torch import nn


    class Conv(nn.Module):
        def __init__(self, c1, c2):
            super().__init__()
            self.conv = nn.Conv2d(c1, c2, 3, padding=1, bias=False)
            self.bn = nn.BatchNorm2d(c2)
            self.act = nn.SiLU()

        def forward(self, x):
            return self.act(self.bn(self.conv(x)))


    class Detect(nn.Module):
        def __init__(self, nc, ch):
            super().__init__()
            self.nc = nc
            self.stride = torch.tensor([8.0])
            self.cv = nn.Conv2d(ch, nc + 4, 1)

        def forward(self, x):
            return self.cv(x)


    class DetectionModel(nn.Module):
        def __init__(self, nc=3):
            super().__init__()
            self.yaml = {"nc": nc, "backbone": [[-1, 1, "Conv", [16, 3, 2]]]}
            self.model = nn.Sequential(Conv(3, 8), Conv(8, 8), Detect(nc, 8))
            self.names = {i: f"c{i}" for i in range(nc)}
            self.save = {1, 2}

        def forward(self, x):
            return self.model(x)
''')


@dataclass
class Layout:
    name: str
    path: Path
    key: str | None  # where the default weights are ('' the root)
    expected: dict[str, torch.Tensor]  # the default weights, named as the file names them
    model: nn.Module | None  # what load_into/check_load/export load into (None: nothing to load into)
    spec: str | None  # MODEL_SPEC for load-check/export
    ema: bool = False


def _trained(seed: int = 0) -> tuple[nn.Module, torch.optim.Optimizer]:
    torch.manual_seed(seed)
    model = ConvBN()
    opt = torch.optim.SGD(model.parameters(), lr=0.1, momentum=0.9)
    model(torch.randn(2, 3, 8, 8)).sum().backward()
    opt.step()
    model.eval()
    return model, opt


def _import_file(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _save_yolo(root: Path) -> tuple[Path, dict[str, torch.Tensor], Path]:
    """last.pt as ultralytics' trainer writes it (pickle_module=dill), then its classes deleted."""
    dill = pytest.importorskip("dill")
    name = f"yolo_layout_models_{os.getpid()}"
    src = root / f"{name}.py"
    src.write_text(YOLO_SOURCE)
    sys.path.insert(0, str(root))
    try:
        module = importlib.import_module(name)
        torch.manual_seed(1)
        model = module.DetectionModel()
        ema = copy.deepcopy(model)
        with torch.no_grad():
            for p in ema.parameters():
                p.mul_(0.5)
        opt = torch.optim.SGD(model.parameters(), lr=0.1, momentum=0.9)
        model(torch.randn(1, 3, 8, 8)).sum().backward()
        opt.step()
        ckpt = {"epoch": 5, "best_fitness": None, "model": copy.deepcopy(model).half(),
                "ema": copy.deepcopy(ema).half(), "updates": 10, "optimizer": opt.state_dict(),
                "train_args": {"epochs": 10, "imgsz": 640}, "date": "2026-01-01T00:00:00", "version": "8.0.0"}
        path = root / "last.pt"
        torch.save(ckpt, path, pickle_module=dill)
        expected = {k: v.clone() for k, v in ema.half().state_dict().items()}
    finally:
        sys.path.remove(str(root))
        sys.modules.pop(name, None)
        src.unlink()
    spec_file = root / "yolo_spec.py"  # the user's source, under another name, for load_into
    spec_file.write_text(YOLO_SOURCE)
    return path, expected, spec_file


@pytest.fixture(scope="module")
def layouts(tmp_path_factory) -> dict[str, Layout]:
    root = tmp_path_factory.mktemp("layouts")
    models_py = str(Path(__file__).with_name("models.py")) + ":ConvBN"
    found: dict[str, Layout] = {}
    model, opt = _trained()
    sd = model.state_dict()

    path = root / "tutorial.pt"  # the PyTorch tutorial's checkpoint, `.item()` forgotten on the loss
    torch.save({"epoch": 3, "model_state_dict": sd, "optimizer_state_dict": opt.state_dict(),
                "loss": torch.tensor(0.55)}, path)
    found["tutorial"] = Layout("tutorial", path, "model_state_dict", dict(sd), ConvBN(), models_py)

    path = root / "model_best.pth.tar"  # pytorch/examples imagenet/main.py
    wrapped = nn.DataParallel(model)
    torch.save({"epoch": 3, "arch": "convbn", "state_dict": wrapped.state_dict(), "best_acc1": torch.tensor(71.2),
                "optimizer": opt.state_dict()}, path)
    found["imagenet"] = Layout("imagenet", path, "state_dict", dict(wrapped.state_dict()), ConvBN(), models_py)

    path = root / "dp_model.pt"  # torch.save(nn.DataParallel(model)): the whole wrapped module
    torch.save(wrapped, path)
    found["dataparallel"] = Layout("dataparallel", path, "", dict(wrapped.state_dict()), ConvBN(), models_py)

    path = root / "bound.pt"  # torch.save(model.state_dict, PATH): parentheses forgotten
    torch.save(model.state_dict, path)
    found["bound_method"] = Layout("bound_method", path, "", dict(sd), ConvBN(), models_py)

    path = root / "weights.pkl"  # older projects: pickle.dump of numpy arrays under state-dict names
    with open(path, "wb") as f:
        pickle.dump({k: v.numpy() for k, v in sd.items()}, f)
    found["numpy_pickle"] = Layout("numpy_pickle", path, "", dict(sd), ConvBN(), models_py)

    path = root / "weights_p5.pkl"  # the same at pickle.HIGHEST_PROTOCOL: numpy's protocol-5 _frombuffer
    with open(path, "wb") as f:
        pickle.dump({k: v.numpy() for k, v in sd.items()}, f, protocol=5)
    found["numpy_pickle_p5"] = Layout("numpy_pickle_p5", path, "", dict(sd), ConvBN(), models_py)

    path = root / "embedding.pt"  # one bare tensor
    tensor = torch.randn(6, 4)
    torch.save(tensor, path)
    found["bare_tensor"] = Layout("bare_tensor", path, "", {"embedding": tensor}, None, None)

    path = root / "net_g_latest.pth"  # basicsr / Real-ESRGAN: params and params_ema
    ema_model, _ = _trained(seed=7)
    torch.save({"params": sd, "params_ema": ema_model.state_dict()}, path)
    found["params_ema"] = Layout("params_ema", path, "params_ema", dict(ema_model.state_dict()), ConvBN(),
                                 models_py, ema=True)

    path, expected, spec_file = _save_yolo(root)
    yolo = _import_file(f"yolo_spec_{os.getpid()}", spec_file)
    found["yolo_dill"] = Layout("yolo_dill", path, "ema", expected, yolo.DetectionModel(),
                                f"{spec_file}:DetectionModel", ema=True)
    return found


LAYOUTS = ["tutorial", "imagenet", "dataparallel", "bound_method", "numpy_pickle", "numpy_pickle_p5", "bare_tensor",
           "params_ema", "yolo_dill"]


def _same(got: dict[str, torch.Tensor], want: dict[str, torch.Tensor]) -> None:
    """Bitwise: same names, dtypes, shapes and bytes."""
    assert set(got) == set(want), (sorted(got), sorted(want))
    for name, value in want.items():
        other = got[name]
        assert other.dtype == value.dtype and other.shape == value.shape, name
        assert tensor_bytes(other) == tensor_bytes(value), name


def _unwrapped(sd: dict[str, torch.Tensor]) -> dict[str, torch.Tensor]:
    return {k.removeprefix("module."): v for k, v in sd.items()}


# --- the policy's choice, and the API ----------------------------------------------------------------
@pytest.mark.parametrize("name", LAYOUTS)
def test_default_choice_and_one_line_note(layouts, name):
    lay = layouts[name]
    with torchckpt.open(lay.path) as ckpt:
        choice = choose(ckpt)
        assert choice.path == lay.key and choice.ema == lay.ema
        got = {n: torch.from_numpy(np.array(ref.numpy())) for n, ref in choice.tensors.items()}
    _same(got, lay.expected)
    note = choice.note()
    assert "\n" not in note and note.startswith("took ")
    if name == "bare_tensor":
        assert "'embedding' after the file" in note
    if name == "bound_method":
        assert "model.state_dict()" in note
    if name == "yolo_dill":
        assert choice.prefix == ""  # DetectionModel's own `model.` is not a wrapper
        assert "prefer='model'" in note


@pytest.mark.parametrize("name", LAYOUTS)
def test_load_state_dict(layouts, name):
    lay = layouts[name]
    _same(torchckpt.load_state_dict(lay.path), lay.expected)


@pytest.mark.parametrize("name", [n for n in LAYOUTS if n != "bare_tensor"])
def test_load_into_and_check_load(layouts, name):
    lay = layouts[name]
    report = torchckpt.check_load(lay.model, lay.path)
    assert report.ok and report.source_key == lay.key and report.weights
    model = copy.deepcopy(lay.model)
    report = torchckpt.load_into(model, lay.path)
    assert report.ok and report.source_key == lay.key
    got = model.state_dict()
    want = _unwrapped(lay.expected)
    _same({k: got[k].to(want[k].dtype) for k in want}, want)  # load_into casts to the model's dtype


@pytest.mark.parametrize("name", LAYOUTS)
def test_convert_api_and_cli(layouts, name, tmp_path):
    from safetensors.torch import load_file

    lay = layouts[name]
    report = torchckpt.convert(lay.path, tmp_path / "api.safetensors")
    assert report.messages[0].startswith("converting ")
    _same(load_file(tmp_path / "api.safetensors"), lay.expected)
    code, out, err = cli_in_process("convert", lay.path, tmp_path / "cli.safetensors")
    assert code == 0 and not err
    notes = [line for line in out.splitlines() if line.startswith("note: converting")]
    assert len(notes) == 1
    _same(load_file(tmp_path / "cli.safetensors"), lay.expected)


@pytest.mark.parametrize("name", LAYOUTS)
def test_slim_api_and_cli(layouts, name, tmp_path):
    lay = layouts[name]
    report = torchckpt.slim(lay.path, tmp_path / "slim.pt")
    out = torch.load(tmp_path / "slim.pt", weights_only=True)
    weights = out
    for part in (lay.key.split(".") if lay.key else []):
        weights = weights[part]
    _same(dict(weights), lay.expected)
    assert report.selection == (lay.key if report.selection is not None else None)
    code, _, err = cli_in_process("slim", lay.path, tmp_path / "cli.pt")
    assert code == 0 and not err


@pytest.mark.parametrize("name", LAYOUTS)
def test_diff_against_the_weights(layouts, name, tmp_path):
    from safetensors.torch import save_file

    lay = layouts[name]
    ref = tmp_path / "ref.safetensors"
    save_file({k: v.contiguous() for k, v in lay.expected.items()}, ref)
    report = torchckpt.diff(lay.path, ref)
    assert report.identical and len(report.tensors) == len(lay.expected)
    code, out, _ = cli_in_process("diff", lay.path, ref)
    assert code == 0 and "identical" in out


@pytest.mark.parametrize("name", LAYOUTS)
def test_inspect_and_report(layouts, name, tmp_path):
    lay = layouts[name]
    code, out, err = cli_in_process("inspect", "--json", lay.path)
    assert code == 0 and not err
    data = json.loads(out)
    assert data["weights"]["path"] == lay.key and data["weights"]["note"]
    defaults = [sd for sd in data["state_dicts"] if sd["default"]]
    assert [sd["path"] for sd in defaults] == ([lay.key] if name != "bare_tensor" else [])
    assert data["tensor_count"] >= len(lay.expected)
    code, out, err = cli_in_process("inspect", lay.path)
    assert code == 0 and sum(line.startswith("weights: ") for line in out.splitlines()) == 1
    if name == "bound_method":
        assert "model.state_dict()" in out and "hint: the file holds model.state_dict, the bound method" in out
    if name in ("yolo_dill", "tutorial"):
        assert "DataParallel" not in out  # no wrapper prefix to speak of
    code, _, err = cli_in_process("report", lay.path, "-o", tmp_path / "r.html")
    assert code == 0 and "weights-choice" in (tmp_path / "r.html").read_text(encoding="utf-8")


@pytest.mark.parametrize("name", [n for n in LAYOUTS if n != "bare_tensor"])
def test_load_check_cli(layouts, name):
    lay = layouts[name]
    code, out, err = cli_in_process("load-check", lay.spec, lay.path)
    assert code == 0, out + err
    assert sum(line.startswith("weights: ") for line in out.splitlines()) == 1


@pytest.mark.parametrize("name", ["tutorial", "imagenet", "bound_method", "yolo_dill"])
def test_export_takes_the_same_weights(layouts, name, tmp_path):
    from torchckpt.export import export_torchscript

    lay = layouts[name]
    model = copy.deepcopy(lay.model)
    report = export_torchscript(model, tmp_path / "m.pt", checkpoint=lay.path, example_inputs=torch.randn(1, 3, 8, 8),
                                method="trace")
    assert report.load.source_key == lay.key and report.load.weights
    scripted = torch.jit.load(tmp_path / "m.pt")
    want = _unwrapped(lay.expected)
    got = scripted.state_dict()
    _same({k: got[k].to(want[k].dtype) for k in want}, want)


def test_overrides_reach_every_command(layouts, tmp_path):
    """--weights model / prefer='model' and --key take the raw YOLO model everywhere."""
    from safetensors.torch import load_file

    lay = layouts["yolo_dill"]
    raw = torchckpt.load_state_dict(lay.path, prefer="model")
    assert not all(torch.equal(raw[k], lay.expected[k]) for k in raw)
    _same(torchckpt.load_state_dict(lay.path, key="model"), raw)
    code, out, _ = cli_in_process("convert", lay.path, tmp_path / "m.safetensors", "--weights", "model")
    assert code == 0 and "--weights ema" in out
    _same(load_file(tmp_path / "m.safetensors"), raw)
    assert torchckpt.convert(lay.path, tmp_path / "k.safetensors", key="model").selection == "model"
    _same(load_file(tmp_path / "k.safetensors"), raw)
    torchckpt.slim(lay.path, tmp_path / "s.pt", prefer="model")
    _same(torch.load(tmp_path / "s.pt", weights_only=True)["model"], raw)
    model = copy.deepcopy(lay.model)
    assert torchckpt.load_into(model, lay.path, prefer="model").source_key == "model"
    _same({k: v.to(raw[k].dtype) for k, v in model.state_dict().items() if k in raw}, raw)
    code, out, _ = cli_in_process("load-check", lay.spec, lay.path, "--weights", "model")
    assert code == 0 and "['model']" in out
    with pytest.raises(torchckpt.NoWeightsError, match="no EMA"):
        torchckpt.load_state_dict(layouts["tutorial"].path, prefer="ema")
    code, _, err = cli_in_process("convert", layouts["tutorial"].path, tmp_path / "x.safetensors", "--weights", "ema")
    assert code == 2 and "no EMA" in err
    for argv in (("diff", lay.path, layouts["tutorial"].path, "--weights", "ema"),
                 ("load-check", layouts["tutorial"].spec, layouts["tutorial"].path, "--weights", "ema")):
        code, _, err = cli_in_process(*argv)
        assert code == 2 and "no EMA" in err


def test_yolo_file_needs_its_classes_for_torch_but_not_for_us(layouts):
    lay = layouts["yolo_dill"]
    with pytest.raises((ModuleNotFoundError, AttributeError)):
        torch.load(lay.path, weights_only=False)
    assert torchckpt.scan(lay.path).verdict == "suspicious"  # user classes; dill's _load_type('set') is data
