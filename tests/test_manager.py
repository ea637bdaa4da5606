"""CheckpointManager: full training state, retention, exact resume, crash safety, async saves."""

from __future__ import annotations

import multiprocessing
import os
import random
import signal
import subprocess
import sys
import textwrap
import threading
import time
import warnings

import numpy as np
import pytest

torch = pytest.importorskip("torch")
from torch import nn  # noqa: E402

import torchckpt.manager as manager_module  # noqa: E402
from torchckpt.manager import (  # noqa: E402
    CheckpointManager,
    CheckpointMismatchError,
    CheckpointWriteError,
    NoValidCheckpointError,
    ResumeState,
    unwrap_model,
)
from torchckpt.saving import verify  # noqa: E402

from .helpers import same_tensors  # noqa: E402


def _net(seed: int = 0) -> nn.Module:
    torch.manual_seed(seed)
    return nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Dropout(0.2), nn.Linear(8, 2))


def _train(model: nn.Module, opt: torch.optim.Optimizer, steps: int = 2) -> None:
    for _ in range(steps):
        opt.zero_grad()
        model(torch.randn(3, 4)).sum().backward()
        opt.step()


def open_bytes(path) -> bytes:
    with open(path, "rb") as f:
        return f.read()


# ------------------------------------------------------------------------------------------ basics


def test_empty_directory_resumes_to_none(tmp_path):
    mgr = CheckpointManager(tmp_path / "run")
    assert mgr.resume(model=_net()) is None
    assert mgr.checkpoints == [] and mgr.latest is None and mgr.best is None


def test_full_state_round_trip_in_process(tmp_path):
    model = _net()
    opt = torch.optim.Adam(model.parameters(), lr=0.1)
    sched = torch.optim.lr_scheduler.StepLR(opt, step_size=1, gamma=0.5)
    scaler = torch.amp.GradScaler("cpu", init_scale=128.0)
    ema = torch.optim.swa_utils.AveragedModel(model)
    loader_g = torch.Generator().manual_seed(5)
    py_g, np_g = random.Random(3), np.random.default_rng(4)
    _train(model, opt)
    sched.step()
    ema.update_parameters(model)
    torch.randn(7, generator=loader_g)
    random.seed(11)
    np.random.seed(12)
    torch.manual_seed(13)
    mgr = CheckpointManager(tmp_path)
    path = mgr.save(5, model=model, optimizer=opt, scheduler=sched, scaler=scaler, ema=ema,
                    metrics={"loss": torch.tensor(0.25), "note": "x"}, extra={"epoch": 2, "t": torch.arange(3)},
                    rng={"loader": loader_g, "py": py_g, "np": np_g})
    assert os.path.basename(path) == "ckpt-00000005.pt" and verify(path).ok
    assert verify(path).meta["metrics"] == {"loss": 0.25}
    expected_rng = (random.random(), np.random.rand(), torch.rand(1), torch.rand(1, generator=loader_g),
                    py_g.random(), np_g.random())
    saved = {k: v.clone() for k, v in model.state_dict().items()}
    saved_opt = opt.state_dict()

    model2 = _net(seed=1)
    opt2 = torch.optim.Adam(model2.parameters(), lr=0.1)
    sched2 = torch.optim.lr_scheduler.StepLR(opt2, step_size=1, gamma=0.5)
    scaler2 = torch.amp.GradScaler("cpu")
    ema2 = torch.optim.swa_utils.AveragedModel(model2)
    g2, py2, np2 = torch.Generator(), random.Random(), np.random.default_rng()
    state = CheckpointManager(tmp_path).resume(model=model2, optimizer=opt2, scheduler=sched2, scaler=scaler2,
                                               ema=ema2, rng={"loader": g2, "py": py2, "np": np2})
    assert isinstance(state, ResumeState)
    assert state.step == 5 and state.extra["epoch"] == 2 and torch.equal(state.extra["t"], torch.arange(3))
    assert state.metrics["note"] == "x" and state.skipped == ()
    assert same_tensors(dict(model2.state_dict()), saved)
    assert same_tensors(opt2.state_dict(), saved_opt)
    assert sched2.state_dict() == sched.state_dict() and scaler2.get_scale() == 128.0
    assert same_tensors(dict(ema2.state_dict()), dict(ema.state_dict()))
    got_rng = (random.random(), np.random.rand(), torch.rand(1), torch.rand(1, generator=g2), py2.random(),
               np2.random())
    assert same_tensors(got_rng, expected_rng)


def test_checkpoint_loads_with_plain_torch_weights_only(tmp_path):
    model = _net()
    opt = torch.optim.SGD(model.parameters(), lr=0.1, momentum=0.9)
    _train(model, opt)
    path = CheckpointManager(tmp_path).save(1, model=model, optimizer=opt, metrics={"loss": 1.0})
    payload = torch.load(path, weights_only=True)
    assert set(payload) >= {"torchckpt", "model", "optimizer", "rng", "metrics", "extra"}
    assert payload["torchckpt"]["step"] == 1


def test_wrappers_are_unwrapped(tmp_path):
    net = _net()
    compiled = torch.compile(nn.DataParallel(net))
    assert unwrap_model(compiled) is net
    path = CheckpointManager(tmp_path).save(1, model=compiled)
    keys = list(torch.load(path, weights_only=True)["model"])
    assert keys == list(net.state_dict()) and not any(k.startswith(("module.", "_orig_mod.")) for k in keys)
    fresh = _net(seed=9)
    CheckpointManager(tmp_path).resume(model=nn.DataParallel(fresh))  # resumes into a wrapped model too
    assert same_tensors(dict(fresh.state_dict()), dict(net.state_dict()))


def test_multi_model_gan(tmp_path):
    gen, disc = _net(0), _net(1)
    opts = {"G": torch.optim.Adam(gen.parameters()), "D": torch.optim.Adam(disc.parameters())}
    _train(gen, opts["G"])
    _train(disc, opts["D"])
    CheckpointManager(tmp_path).save(3, models={"G": gen, "D": disc}, optimizers=opts)
    gen2, disc2 = _net(5), _net(6)
    opts2 = {"G": torch.optim.Adam(gen2.parameters()), "D": torch.optim.Adam(disc2.parameters())}
    state = CheckpointManager(tmp_path).resume(models={"G": gen2, "D": disc2}, optimizers=opts2)
    assert state.step == 3
    assert same_tensors(dict(gen2.state_dict()), dict(gen.state_dict()))
    assert same_tensors(opts2["D"].state_dict(), opts["D"].state_dict())


def test_missing_part_is_an_error_unless_not_strict(tmp_path):
    model = _net()
    CheckpointManager(tmp_path).save(1, model=model)
    opt = torch.optim.SGD(model.parameters(), lr=0.1)
    with pytest.raises(CheckpointMismatchError, match="optimizer"):
        CheckpointManager(tmp_path).resume(model=model, optimizer=opt)
    with pytest.warns(UserWarning, match="optimizer"):
        assert CheckpointManager(tmp_path).resume(model=model, optimizer=opt, strict=False).step == 1


def test_argument_validation(tmp_path):
    for kwargs in ({"keep_last": 0}, {"keep_best": 2}, {"mode": "best"}, {"every_n": 0}, {"prefix": "a/b"}):
        with pytest.raises(ValueError):
            CheckpointManager(tmp_path, **kwargs)
    mgr = CheckpointManager(tmp_path)
    with pytest.raises(ValueError):
        mgr.save(-1, model=_net())
    with pytest.raises(ValueError):
        mgr.save(1)


# ------------------------------------------------------------------------------------------ retention


def test_retention_last_best_every_n_and_latest_pointer(tmp_path):
    model = _net()
    losses = {1: 0.9, 2: 0.5, 3: 0.7, 4: 0.1, 5: 0.8, 6: 0.6, 7: 0.95, 8: 0.4, 9: 0.3, 10: 0.99}
    mgr = CheckpointManager(tmp_path, keep_last=2, keep_best=2, monitor="loss", mode="min", every_n=5)
    for step, loss in losses.items():
        mgr.save(step, model=model, metrics={"loss": loss})
    kept = {int(os.path.basename(p)[5:13]) for p in mgr.checkpoints}
    assert kept == {9, 10} | {4, 9} | {5, 10}
    assert mgr.checkpoints == sorted(mgr.checkpoints)
    assert mgr.latest.endswith("ckpt-00000010.pt") and mgr.best.endswith("ckpt-00000004.pt")
    assert (tmp_path / "latest").read_text() == "ckpt-00000010.pt\n"
    on_disk = sorted(n for n in os.listdir(tmp_path) if n.endswith(".pt"))
    assert [os.path.join(tmp_path, n) for n in on_disk] == mgr.checkpoints
    again = CheckpointManager(tmp_path, keep_last=2, keep_best=2, monitor="loss", mode="min", every_n=5)
    assert again.checkpoints == mgr.checkpoints and again.best == mgr.best  # learnt from the records

    maxed = CheckpointManager(tmp_path / "max", keep_last=1, keep_best=1, monitor="acc", mode="max")
    for step, acc in ((1, 0.5), (2, 0.9), (3, 0.7), (4, float("nan"))):
        maxed.save(step, model=model, metrics={"acc": acc})
    assert [os.path.basename(p) for p in maxed.checkpoints] == ["ckpt-00000002.pt", "ckpt-00000004.pt"]


def test_a_lower_step_is_kept_and_warned_about(tmp_path):
    mgr = CheckpointManager(tmp_path, keep_last=1)
    mgr.save(100, model=_net())
    with pytest.warns(UserWarning, match="holds step 100"):
        path = mgr.save(1, model=_net())
    assert os.path.exists(path) and (tmp_path / "latest").read_text() == "ckpt-00000001.pt\n"


def test_keep_last_none_keeps_everything(tmp_path):
    mgr = CheckpointManager(tmp_path)
    for step in range(4):
        mgr.save(step, model=_net())
    assert len(mgr.checkpoints) == 4


# ------------------------------------------------------------------------------------------ damage


def test_resume_skips_torn_and_corrupt_checkpoints(tmp_path):
    model = _net()
    mgr = CheckpointManager(tmp_path)
    paths = []
    for step in (1, 2, 3):
        with torch.no_grad():
            model[0].weight.fill_(step)
        paths.append(mgr.save(step, model=model))
    with open(paths[2], "r+b") as f:
        f.truncate(os.path.getsize(paths[2]) - 100)  # torn
    data = bytearray(open_bytes(paths[1]))
    data[data.find(b"PK\x03\x04", 3000) - 200] ^= 0xFF  # one flipped byte inside the data
    with open(paths[1], "wb") as f:
        f.write(bytes(data))
    fresh = _net(4)
    with pytest.warns(RuntimeWarning, match="skipping"):
        state = CheckpointManager(tmp_path).resume(model=fresh)
    assert state.step == 1 and [p for p, _ in state.skipped] == [paths[2], paths[1]]
    assert torch.all(fresh[0].weight == 1)
    os.remove(paths[0])
    with pytest.warns(RuntimeWarning), pytest.raises(NoValidCheckpointError) as err:
        CheckpointManager(tmp_path).resume(model=fresh)
    assert len(err.value.skipped) == 2


def test_stale_temp_files_are_removed(tmp_path):
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    stale = tmp_path / f".ckpt-00000003.pt.tmp-{dead.stdout.strip()}-abcd1234"
    stale.write_bytes(b"partial")
    mine = tmp_path / f".ckpt-00000004.pt.tmp-{os.getpid()}-abcd1234"
    mine.write_bytes(b"partial")
    CheckpointManager(tmp_path)
    assert not stale.exists() and mine.exists()


# ------------------------------------------------------------------------------------------ async


def test_async_save_copies_state_before_returning(tmp_path, monkeypatch):
    release = threading.Event()
    real_save = manager_module.save

    def slow_save(*args, **kwargs):
        release.wait(10)
        return real_save(*args, **kwargs)

    monkeypatch.setattr(manager_module, "save", slow_save)
    model = _net()
    opt = torch.optim.Adam(model.parameters())
    _train(model, opt)
    expected = {k: v.clone() for k, v in model.state_dict().items()}
    expected_opt = {k: v.clone() for k, v in opt.state_dict()["state"][0].items()}
    with CheckpointManager(tmp_path, async_save=True) as mgr:
        path = mgr.save(1, model=model, optimizer=opt, extra={"lst": [1, 2]})
        assert not os.path.exists(path)  # still being written
        with torch.no_grad():
            for p in model.parameters():
                p.fill_(123.0)
        _train(model, opt)  # mutates optimizer state in place too
        release.set()
    payload = torch.load(path, weights_only=True)
    assert same_tensors(dict(payload["model"]), expected)
    assert same_tensors(payload["optimizer"]["state"][0], expected_opt)
    assert verify(path).ok


def test_async_error_surfaces_on_next_call(tmp_path):
    model = _net()
    mgr = CheckpointManager(tmp_path, async_save=True)
    mgr.save(1, model=model, extra={"fn": lambda: 0})  # fails in the background: cannot pickle
    with pytest.raises(CheckpointWriteError) as err:
        mgr.save(2, model=model)
    assert err.value.step == 1 and err.value.__cause__ is not None and "step 1" in str(err.value)
    mgr.save(2, model=model)  # the error was reported once; saving works again
    mgr.save(3, model=model, extra={"fn": lambda: 0})
    with pytest.raises(CheckpointWriteError):
        mgr.close()
    mgr.close()
    assert [os.path.basename(p) for p in mgr.checkpoints] == ["ckpt-00000002.pt"]
    assert not [n for n in os.listdir(tmp_path) if ".tmp-" in n]


def test_async_error_in_with_block_is_raised_on_exit(tmp_path):
    with pytest.raises(CheckpointWriteError), CheckpointManager(tmp_path, async_save=True) as mgr:
        mgr.save(1, model=_net(), extra={"fn": lambda: 0})


def test_async_reuses_staging_buffers_and_resumes(tmp_path):
    model = _net()
    mgr = CheckpointManager(tmp_path, async_save=True, keep_last=2)
    for step in range(1, 4):
        _train(model, torch.optim.SGD(model.parameters(), lr=0.1), steps=1)
        mgr.save(step, model=model)
        if step == 1:
            first = {k: v.data_ptr() for k, v in mgr._stager.buffers.items()}
    assert {k: v.data_ptr() for k, v in mgr._stager.buffers.items()} == first
    mgr.wait()
    fresh = _net(3)
    assert mgr.resume(model=fresh).step == 3
    assert same_tensors(dict(fresh.state_dict()), dict(model.state_dict()))
    mgr.close()


# ------------------------------------------------------------------------------------------ exact resume

TRAIN_SCRIPT = textwrap.dedent('''
    import random, sys
    import numpy as np
    import torch
    from torch import nn
    from torch.utils.data import DataLoader, TensorDataset
    from torchckpt.manager import CheckpointManager

    ckpt_dir, total, stop, out = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
    torch.manual_seed(0); random.seed(0); np.random.seed(0)
    data = TensorDataset(torch.randn(40, 6), torch.randn(40, 1))
    g = torch.Generator().manual_seed(1)
    loader = DataLoader(data, batch_size=8, shuffle=True, generator=g)  # 5 batches per epoch
    model = nn.Sequential(nn.Linear(6, 16), nn.ReLU(), nn.Dropout(0.3), nn.Linear(16, 1))
    opt = torch.optim.AdamW(model.parameters(), lr=1e-2)
    sched = torch.optim.lr_scheduler.StepLR(opt, step_size=3, gamma=0.7)
    ema = torch.optim.swa_utils.AveragedModel(model)
    mgr = CheckpointManager(ckpt_dir, keep_last=2)
    state = mgr.resume(model=model, optimizer=opt, scheduler=sched, ema=ema)
    step, skip = 0, 0
    if state is not None:
        # mid-epoch: replay this epoch's permutation from the loader generator's state at its start
        step, skip = state.step, state.extra["batch"]
        g.set_state(state.extra["epoch_rng"])
    while step < total:
        epoch_rng = g.get_state()
        for batch, (x, y) in enumerate(loader):
            if skip:
                skip -= 1
                continue
            x = x + 0.01 * random.random() + 0.01 * float(np.random.rand())  # python and numpy RNGs in use
            opt.zero_grad()
            loss = ((model(x) - y) ** 2).mean()  # dropout: torch RNG in use
            loss.backward()
            opt.step()
            sched.step()
            ema.update_parameters(model)
            step += 1
            mgr.save(step, model=model, optimizer=opt, scheduler=sched, ema=ema, metrics={"loss": loss.item()},
                     extra={"epoch_rng": epoch_rng, "batch": batch + 1})
            if step in (stop, total):
                break
        if step == stop:
            break
    torch.save({"model": model.state_dict(), "opt": opt.state_dict(), "ema": ema.state_dict(),
                "sched": sched.state_dict(), "step": step}, out)
''')


def _run_script(script, *args) -> None:
    out = subprocess.run([sys.executable, str(script), *map(str, args)], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr[-3000:]


@pytest.mark.slow
def test_exact_resume_in_a_new_process_is_bitwise_equal(tmp_path):
    script = tmp_path / "train.py"
    script.write_text(TRAIN_SCRIPT)
    total, stop = 12, 7  # 5 batches per epoch: stops in the middle of the second epoch
    _run_script(script, tmp_path / "straight", total, total, tmp_path / "straight.pt")
    _run_script(script, tmp_path / "split", total, stop, tmp_path / "part1.pt")
    assert torch.load(tmp_path / "part1.pt", weights_only=True)["step"] == stop
    _run_script(script, tmp_path / "split", total, total, tmp_path / "split.pt")
    straight = torch.load(tmp_path / "straight.pt", weights_only=True)
    split = torch.load(tmp_path / "split.pt", weights_only=True)
    assert split["step"] == straight["step"] == total
    for key in ("model", "opt", "ema", "sched"):
        assert same_tensors(split[key], straight[key]), key
    part1 = torch.load(tmp_path / "part1.pt", weights_only=True)
    assert not same_tensors(part1["model"], straight["model"])  # the comparison can fail


# ------------------------------------------------------------------------------------------ crash safety

_CRASH_MB = 24


def _crash_child(directory: str, ready) -> None:
    import torch as t

    from torchckpt.manager import CheckpointManager as Manager

    model = t.nn.Linear(1024, _CRASH_MB * 256, bias=False)  # _CRASH_MB MB of float32
    mgr = Manager(directory, keep_last=2)
    step = int(os.path.basename(mgr.latest)[5:13]) if mgr.latest else 0
    ready.set()
    while True:
        step += 1
        with t.no_grad():
            model.weight.fill_(float(step))
        mgr.save(step, model=model, metrics={"step": step})


@pytest.mark.slow
def test_sigkill_during_saves_never_leaves_a_torn_checkpoint(tmp_path):
    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload(["torch", "torchckpt.manager"])
    rnd = random.Random(1234)
    directory = str(tmp_path / "run")
    model = nn.Linear(1024, _CRASH_MB * 256, bias=False)
    last_step, interrupted_writes, deadline = 0, 0, time.monotonic() + 35
    iterations = 0
    while iterations < 20 and time.monotonic() < deadline:
        ready = ctx.Event()
        child = ctx.Process(target=_crash_child, args=(directory, ready))
        child.start()
        assert ready.wait(30)
        time.sleep(rnd.uniform(0.0, 0.4))
        os.kill(child.pid, signal.SIGKILL)
        child.join()
        iterations += 1
        names = os.listdir(directory)
        interrupted_writes += any(".tmp-" in n for n in names)
        for name in names:
            if name.endswith(".pt"):
                assert verify(os.path.join(directory, name)).ok, name  # nothing torn under a final name
        with warnings.catch_warnings():
            warnings.simplefilter("error")  # nothing may need skipping
            state = CheckpointManager(directory, keep_last=2).resume(model=model)
        if state is None:
            assert last_step == 0
            continue
        assert state.step >= last_step  # the previous complete checkpoint is never lost
        assert torch.all(model.weight == float(state.step))
        last_step = state.step
    print(f"{iterations} kills, {interrupted_writes} in the middle of a write, last step {last_step}")
    assert iterations >= 10 and last_step > 0
    assert interrupted_writes >= 2, "no kill landed in the middle of a write; the test proves nothing"
