"""Small real models shared by the tests (imports torch: only for test modules that need it)."""

from __future__ import annotations

import torch
from torch import nn


class ConvBN(nn.Module):
    """conv -> BatchNorm -> ReLU -> global pool -> linear: the smallest model with running stats."""

    def __init__(self):
        super().__init__()
        self.conv = nn.Conv2d(3, 8, 3, padding=1, bias=False)
        self.bn = nn.BatchNorm2d(8)
        self.fc = nn.Linear(8, 5)

    def forward(self, x):
        return self.fc(torch.relu(self.bn(self.conv(x))).mean((2, 3)))
