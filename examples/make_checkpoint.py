"""Write a realistic training checkpoint, the way most training scripts do it.

A small ResNet-style network with BatchNorm, trained a few steps while wrapped in
DataParallel (so every key starts with ``module.``), saved with its Adam state, LR
scheduler, an EMA copy in float16, the argparse namespace and the epoch.

    python examples/make_checkpoint.py demo-out/train_ckpt.pt
"""

from __future__ import annotations

import argparse
import copy
import sys

import torch
from torch import nn


class Block(nn.Module):
    def __init__(self, channels: int):
        super().__init__()
        self.conv1 = nn.Conv2d(channels, channels, 3, padding=1, bias=False)
        self.bn1 = nn.BatchNorm2d(channels)
        self.conv2 = nn.Conv2d(channels, channels, 3, padding=1, bias=False)
        self.bn2 = nn.BatchNorm2d(channels)

    def forward(self, x):
        y = torch.relu(self.bn1(self.conv1(x)))
        return torch.relu(x + self.bn2(self.conv2(y)))


class SmallResNet(nn.Module):
    def __init__(self, num_classes: int = 100, width: int = 128):
        super().__init__()
        self.stem = nn.Sequential(nn.Conv2d(3, width, 3, padding=1, bias=False), nn.BatchNorm2d(width), nn.ReLU())
        self.layer1 = nn.Sequential(Block(width), Block(width))
        self.layer2 = nn.Sequential(Block(width), Block(width))
        self.fc = nn.Linear(width, num_classes)

    def forward(self, x):
        x = self.layer2(self.layer1(self.stem(x)))
        return self.fc(x.mean((2, 3)))


def main(out: str) -> None:
    torch.manual_seed(0)
    args = argparse.Namespace(lr=1e-3, epochs=90, batch_size=8, arch="SmallResNet", data="./imagenet-mini")
    model = nn.DataParallel(SmallResNet())
    ema = copy.deepcopy(model.module).half()
    optimizer = torch.optim.Adam(model.parameters(), lr=args.lr)
    scheduler = torch.optim.lr_scheduler.StepLR(optimizer, step_size=30)
    for _ in range(2):
        x, y = torch.randn(args.batch_size, 3, 16, 16), torch.randint(0, 100, (args.batch_size,))
        loss = nn.functional.cross_entropy(model(x), y)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
        scheduler.step()
    torch.save({
        "epoch": 2,
        "arch": args.arch,
        "state_dict": model.state_dict(),
        "ema": ema.state_dict(),
        "optimizer": optimizer.state_dict(),
        "scheduler": scheduler.state_dict(),
        "best_acc1": 0.4213,
        "args": args,
    }, out)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "train_ckpt.pt")
