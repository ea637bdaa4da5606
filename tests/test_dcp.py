"""Sharded checkpoints through torch.distributed.checkpoint: 2 processes, gloo, on this machine."""

from __future__ import annotations

import os
import sys

import pytest

torch = pytest.importorskip("torch")
dist = pytest.importorskip("torch.distributed")
if not dist.is_available():
    pytest.skip("torch.distributed is not available", allow_module_level=True)

from torchckpt.formats.dcp import read_dcp_metadata  # noqa: E402
from torchckpt.saving import DIR_RECORD, verify  # noqa: E402

WORLD = 2


def _worker(rank: int, directory: str, rendezvous: str, results: str) -> None:
    import torch.distributed as d
    from torch import nn
    from torch.nn.parallel import DistributedDataParallel as DDP

    from torchckpt.manager import CheckpointManager

    d.init_process_group("gloo", init_method=f"file://{rendezvous}", rank=rank, world_size=WORLD)
    try:
        torch.manual_seed(0)  # same initial weights on every rank, as DDP requires
        model = DDP(nn.Sequential(nn.Linear(8, 16), nn.Dropout(0.5), nn.Linear(16, 4)))
        opt = torch.optim.Adam(model.parameters(), lr=0.01)
        sched = torch.optim.lr_scheduler.StepLR(opt, step_size=2, gamma=0.5)
        torch.manual_seed(100 + rank)  # per-rank data and dropout streams

        def step() -> None:
            opt.zero_grad()
            model(torch.randn(4, 8)).pow(2).mean().backward()
            opt.step()
            sched.step()

        mgr = CheckpointManager(directory, keep_last=2)
        for s in range(1, 4):
            step()
            mgr.save(s, model=model, optimizer=opt, scheduler=sched, metrics={"loss": float(s)},
                     extra={"rank": rank})
        for _ in range(2):
            step()
        expected = {k: v.clone() for k, v in model.module.state_dict().items()}

        torch.manual_seed(999)
        fresh = DDP(nn.Sequential(nn.Linear(8, 16), nn.Dropout(0.5), nn.Linear(16, 4)))
        model, opt = fresh, torch.optim.Adam(fresh.parameters(), lr=0.01)
        sched = torch.optim.lr_scheduler.StepLR(opt, step_size=2, gamma=0.5)
        state = CheckpointManager(directory, keep_last=2).resume(model=model, optimizer=opt, scheduler=sched)
        for _ in range(2):
            step()
        got = model.module.state_dict()
        same = all(torch.equal(got[k], expected[k]) for k in expected)
        with open(os.path.join(results, f"rank{rank}.txt"), "w") as f:
            f.write(f"{state.step} {state.extra['rank']} {same} {os.path.basename(state.path)}\n")
        d.barrier()
    finally:
        d.destroy_process_group()


@pytest.mark.slow
def test_sharded_save_and_exact_resume_with_two_gloo_processes(tmp_path):
    import torch.multiprocessing as mp

    directory, results = tmp_path / "run", tmp_path / "results"
    results.mkdir()
    mp.start_processes(_worker, args=(str(directory), str(tmp_path / "rdzv"), str(results)), nprocs=WORLD,
                       join=True, start_method="spawn")
    for rank in range(WORLD):
        step, saved_rank, same, name = (results / f"rank{rank}.txt").read_text().split()
        assert (step, saved_rank, same, name) == ("3", str(rank), "True", "ckpt-00000003.dcp")
    ckpts = sorted(n for n in os.listdir(directory) if n.endswith(".dcp"))
    assert ckpts == ["ckpt-00000002.dcp", "ckpt-00000003.dcp"]  # keep_last=2
    assert (directory / "latest").read_text() == "ckpt-00000003.dcp\n"
    ckpt = directory / "ckpt-00000003.dcp"
    assert {"rank0.pt", "rank1.pt", ".metadata", DIR_RECORD} <= set(os.listdir(ckpt))
    assert verify(ckpt).ok and verify(ckpt).meta["step"] == 3
    assert not [n for n in os.listdir(directory) if ".tmp-" in n]

    # the torch-free listing of the shards agrees with what torch's own reader says
    listing = read_dcp_metadata(ckpt)
    weight = listing.tensors["model.0.weight"]
    assert weight.dtype == "float32" and weight.shape == (16, 8)
    assert len(weight.chunks) == 1 and weight.chunks[0].sizes == (16, 8)
    assert any(name.endswith("exp_avg") for name in listing.tensors)
    import numpy as np
    import torch.distributed.checkpoint as dcp
    from torch.distributed.checkpoint import FileSystemReader

    meta = FileSystemReader(str(ckpt)).read_metadata()
    assert set(listing.tensors) | set(listing.objects) == set(meta.state_dict_metadata)
    expected = {"model": {"0.weight": torch.empty(16, 8)}}
    dcp.load(expected, checkpoint_id=str(ckpt), no_dist=True)
    chunk = weight.chunks[0]
    offset, nbytes = chunk.raw_range(ckpt, itemsize=weight.itemsize)
    with open(ckpt / chunk.file, "rb") as f:
        f.seek(offset)
        raw = np.frombuffer(f.read(nbytes), dtype=np.float32).reshape(16, 8)
    assert np.array_equal(raw, expected["model"]["0.weight"].numpy())


def test_dcp_metadata_listing_single_process(tmp_path):
    """No process group: DCP saves as one process; the listing reads it without torch."""
    import subprocess
    import warnings

    import torch.distributed.checkpoint as dcp

    ckpt = tmp_path / "one.dcp"
    sd = {"w": torch.arange(12, dtype=torch.float32).reshape(3, 4), "b": torch.ones(5, dtype=torch.bfloat16),
          "step": 7, "nested": {"x": torch.zeros(2, dtype=torch.int64)}}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # "assuming the intent is to save in a single process"
        dcp.save(sd, checkpoint_id=str(ckpt), no_dist=True)
    check = (
        "import sys\n"
        "from torchckpt.formats.dcp import read_dcp_metadata\n"
        "m = read_dcp_metadata(sys.argv[1])\n"
        "assert 'torch' not in sys.modules, 'torch was imported'\n"
        "for name, t in sorted(m.tensors.items()):\n"
        "    print(name, t.dtype, list(t.shape), [(c.file, c.offset, c.length, list(c.offsets)) for c in t.chunks])\n"
        "print('objects', sorted(m.objects))\n"
    )
    out = subprocess.run([sys.executable, "-c", check, str(ckpt)], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr[-2000:]
    lines = out.stdout.splitlines()
    assert lines[0].startswith("b bfloat16 [5]") and lines[1].startswith("nested.x int64 [2]")
    assert lines[2].startswith("w float32 [3, 4]")
    assert lines[-1] == "objects ['step']"
    # the byte ranges really hold the tensors
    import numpy as np

    from torchckpt.formats.dcp import read_dcp_metadata as read

    w = read(ckpt).tensors["w"].chunks[0]
    offset, nbytes = w.raw_range(ckpt, itemsize=4)
    with open(ckpt / w.file, "rb") as f:
        f.seek(offset)
        raw = f.read(nbytes)
    assert w.transforms == () and np.array_equal(np.frombuffer(raw, dtype=np.float32).reshape(3, 4),
                                                 np.arange(12, dtype=np.float32).reshape(3, 4))


def test_dcp_directory_opens_and_converts_to_one_file(tmp_path):
    """torchckpt.open / convert take a DCP directory (issue 6: convert DCP to a single file)."""
    import torch.distributed.checkpoint as dcp
    from safetensors.torch import load_file

    import torchckpt

    torch.manual_seed(0)
    state = {"model": {"fc.weight": torch.randn(6, 4), "fc.bias": torch.randn(6),
                       "emb": torch.randn(3, 2).to(torch.bfloat16), "steps": torch.tensor(7)}}
    ckpt_dir = tmp_path / "step-100"
    dcp.save(state, checkpoint_id=str(ckpt_dir))
    with torchckpt.open(ckpt_dir) as ckpt:
        assert ckpt.format == "dcp"
        tensors = ckpt.tensors()
        assert set(tensors) == {f"model.{k}" for k in state["model"]}
        for k, v in state["model"].items():
            ref = tensors[f"model.{k}"]
            assert ref.shape == tuple(v.shape) and ref.dtype.name == str(v.dtype)[6:]
            got = torch.from_numpy(ref.numpy(raw=True).copy()).view(v.dtype)
            assert torch.equal(got, v)
    out = tmp_path / "merged.safetensors"
    torchckpt.convert(ckpt_dir, out, key="model")
    merged = load_file(out)
    assert set(merged) == set(state["model"])
    for k, v in state["model"].items():
        assert torch.equal(merged[k], v)


def test_dcp_row_block_shards_concatenate():
    from torchckpt.formats.base import BytesSource
    from torchckpt.formats.dcp import _RowBlocks

    class _Part(BytesSource):
        @property
        def length(self):
            return len(self.data)

    blocks = _RowBlocks([_Part(b"abcd"), _Part(b"efgh"), _Part(b"ij")])
    assert bytes(blocks.view(0, 10)) == b"abcdefghij"
    assert bytes(blocks.view(3, 4)) == b"defg"
    assert bytes(blocks.view(4, 4)) == b"efgh"
