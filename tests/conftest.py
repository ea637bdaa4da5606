"""Shared fixtures: files written by the real torch.save (and friends) in tmp_path (shared
functions are in helpers.py)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

# the hostile corpus (hostile.py, hostile_*.py) is imported by plain name, from any test module
sys.path.insert(0, str(Path(__file__).parent))


@pytest.fixture
def small_model():
    torch = pytest.importorskip("torch")
    from torch import nn

    class Net(nn.Module):
        def __init__(self):
            super().__init__()
            self.conv = nn.Conv2d(3, 8, 3)
            self.bn = nn.BatchNorm2d(8)
            self.fc = nn.Linear(8, 4)

        def forward(self, x):
            return self.fc(self.bn(self.conv(x)).mean((2, 3)))

    torch.manual_seed(0)
    return Net()


@pytest.fixture
def training_checkpoint(tmp_path, small_model):
    """A realistic training checkpoint: DataParallel keys, Adam state, scheduler, args."""
    import argparse

    import torch

    model = torch.nn.DataParallel(small_model)
    opt = torch.optim.Adam(model.parameters())
    sched = torch.optim.lr_scheduler.StepLR(opt, 5)
    loss = model(torch.randn(2, 3, 8, 8)).sum()
    loss.backward()
    opt.step()
    sched.step()
    path = tmp_path / "train.pt"
    torch.save({"epoch": 3, "model": model.state_dict(), "optimizer": opt.state_dict(),
                "scheduler": sched.state_dict(), "args": argparse.Namespace(lr=0.1, data=Path("/data"))}, path)
    return path
