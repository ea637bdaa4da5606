"""slim --keep-structure: ultralytics' strip_optimizer without running the file, verified by
loading the result with the model's classes available (torch.load(weights_only=False))."""

from __future__ import annotations

import json
import pathlib
import textwrap

import pytest
import torch

from torchckpt.converter import slim
from torchckpt.errors import TorchckptError

from .helpers import run_cli, run_python

TASKS = """
    import torch
    from types import SimpleNamespace
    class Cfg(SimpleNamespace):
        pass
    class Detect(torch.nn.Module):
        def __init__(self):
            super().__init__(); self.cv = torch.nn.Conv2d(3, 4, 1); self.bn = torch.nn.BatchNorm2d(4)
            self.stride = torch.tensor([8., 16.])
        def forward(self, x): return self.bn(self.cv(x))
    class DetectionModel(torch.nn.Module):
        def __init__(self):
            super().__init__()
            self.model = torch.nn.Sequential(torch.nn.Conv2d(3, 3, 1), Detect())
            self.yaml = {"nc": 2, "kind": dict}
            self.names = {0: "a", 1: "b"}
            self.args = Cfg(imgsz=640)
        def forward(self, x): return self.model(x)
"""

SAVE = """
    import copy, sys, numpy as np, torch, dill, pickle
    sys.path.insert(0, {site!r})
    from fakeyolo.tasks import DetectionModel
    torch.manual_seed(0)
    m = DetectionModel()
    ema = copy.deepcopy(m)
    with torch.no_grad():
        ema.model[0].weight.add_(1)
    opt = torch.optim.SGD(m.parameters(), lr=0.1, momentum=0.9)
    m(torch.randn(1, 3, 4, 4)).sum().backward()
    opt.step()
    torch.save({{"epoch": 5, "best_fitness": np.float64(0.7), "model": m, "ema": ema, "updates": 100,
                "optimizer": opt.state_dict(), "train_args": {{"imgsz": 640}}, "date": "2024-01-01",
                "fitness": np.float32(0.5)}}, {src!r}, pickle_module={module})
    torch.save(ema.state_dict(), {ref!r})
"""

CHECK = """
    import json, sys, numpy as np, torch
    sys.path.insert(0, {site!r})
    from fakeyolo.tasks import DetectionModel
    x = torch.load({dst!r}, weights_only=False)
    ref = torch.load({ref!r})
    model = x["model"]
    assert type(model) is DetectionModel
    sd = model.state_dict()
    assert list(sd) == list(ref)
    for k, v in ref.items():
        want = v.half() if v.is_floating_point() else v
        assert sd[k].dtype == want.dtype and torch.equal(sd[k], want), k
    assert all(not p.requires_grad for p in model.parameters())
    assert model.names == {{0: "a", 1: "b"}} and model.yaml == {{"nc": 2, "kind": dict}} and model.args.imgsz == 640
    assert model.model[1].stride.dtype == torch.float32  # a plain attribute: Module.half() leaves it
    assert model(torch.randn(1, 3, 4, 4).half()).shape == (1, 4, 4, 4)
    assert type(x["fitness"]) is np.float32 and x["fitness"] == np.float32(0.5)
    print(json.dumps({{k: v for k, v in x.items() if k != "model" and not isinstance(v, np.generic)}}))
"""


@pytest.mark.parametrize("module", ["dill", "pickle"])
def test_keep_structure_is_strip_optimizer(tmp_path: pathlib.Path, module: str) -> None:
    site = tmp_path / "site"
    (site / "fakeyolo").mkdir(parents=True)
    (site / "fakeyolo" / "__init__.py").write_text("")
    (site / "fakeyolo" / "tasks.py").write_text(textwrap.dedent(TASKS))
    src, ref, dst = tmp_path / "last.pt", tmp_path / "ref.pt", tmp_path / "best.pt"
    proc = run_python(SAVE.format(site=str(site), src=str(src), ref=str(ref), module=module))
    assert proc.returncode == 0, proc.stderr
    out = run_cli("slim", str(src), str(dst), "--keep-structure", "--json")
    assert out.returncode == 0, out.stderr
    report = json.loads(out.stdout)
    assert report["dtype"] == "float16" and report["cast"] == 8
    proc = run_python(CHECK.format(site=str(site), dst=str(dst), ref=str(ref)))
    assert proc.returncode == 0, proc.stderr
    rest = json.loads(proc.stdout)
    assert rest == {"epoch": -1, "best_fitness": None, "ema": None, "updates": None, "optimizer": None,
                    "train_args": {"imgsz": 640}, "date": "2024-01-01"}
    assert dst.stat().st_size < src.stat().st_size


def test_keep_structure_needs_a_pickled_model(tmp_path: pathlib.Path) -> None:
    src = tmp_path / "sd.pt"
    torch.save({"model": torch.nn.Linear(2, 2).state_dict()}, src)
    with pytest.raises(TorchckptError, match="pickled model"):
        slim(src, tmp_path / "o.pt", keep_structure=True)
    proc = run_cli("slim", str(src), str(tmp_path / "o.pt"), "--keep-structure", "--dtype", "fp16")
    assert proc.returncode == 2 and "takes no" in proc.stderr and not (tmp_path / "o.pt").exists()
