"""``CheckpointManager.resume`` of a sharded (DCP) checkpoint whose ``.metadata`` leads outside its folder.

The checkpoint is written by the manager through the real ``torch.distributed.checkpoint`` (gloo, one
process), then its ``.metadata`` is edited (a ``relative_path`` climbing out with ``..``, or a data file
replaced by a symbolic link out) and its integrity record recomputed, as an attacker can. DCP's own
``dcp.load`` is shown to read the outside file; ``resume`` must skip the checkpoint instead.
"""

from __future__ import annotations

import os
import pickle
import shutil
import subprocess
import sys
import textwrap

import pytest

torch = pytest.importorskip("torch")
dist = pytest.importorskip("torch.distributed")
if not dist.is_available():
    pytest.skip("torch.distributed is not available", allow_module_level=True)

from torchckpt.saving import _read_dir_record, write_directory_record  # noqa: E402

SCRIPT = textwrap.dedent('''
    import json, sys, warnings
    import torch, torch.distributed as d
    from torch import nn
    from torchckpt.errors import NoValidCheckpointError
    from torchckpt.manager import CheckpointManager

    mode, directory, rendezvous, seed = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
    d.init_process_group("gloo", init_method=f"file://{rendezvous}", rank=0, world_size=1)
    try:
        torch.manual_seed(seed)
        model = nn.Linear(4, 3)
        if mode == "save":
            CheckpointManager(directory, sharded=True).save(1, model=model)
            print(json.dumps(model.weight.tolist()))
        else:
            before = model.weight.clone()
            with warnings.catch_warnings(record=True) as caught:
                warnings.simplefilter("always")
                try:
                    state = CheckpointManager(directory, sharded=True).resume(model=model)
                    result = {"step": state.step}
                except NoValidCheckpointError as exc:
                    result = {"refused": str(exc)}
            result["untouched"] = bool(torch.equal(before, model.weight))
            result["weight"] = model.weight.tolist()
            result["warnings"] = [str(w.message) for w in caught]
            print(json.dumps(result))
    finally:
        d.destroy_process_group()
''')


def _run(tmp_path, *args: str) -> object:
    import json

    rdzv = tmp_path / f"rdzv-{len(os.listdir(tmp_path))}"
    out = subprocess.run([sys.executable, "-c", SCRIPT, *args[:2], str(rdzv), *args[2:]], capture_output=True,
                         text=True, timeout=300)
    assert out.returncode == 0, out.stderr[-3000:]
    return json.loads(out.stdout.strip().splitlines()[-1])


def _dcp_reads(ckpt) -> list:
    """The weight as DCP's own loader reads the checkpoint (no process group)."""
    import warnings

    import torch.distributed.checkpoint as dcp

    meta = dcp.FileSystemReader(str(ckpt)).read_metadata()
    name = next(k for k in meta.state_dict_metadata if k.endswith("weight"))
    state = {name: torch.zeros(3, 4)}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        dcp.load(state, checkpoint_id=str(ckpt), no_dist=True)
    return state[name].tolist()


@pytest.fixture
def runs(tmp_path):
    """The manager's run to attack, an outside copy of another run's data file, and both weights."""
    victim = _run(tmp_path, "save", str(tmp_path / "run"), "0")
    other = _run(tmp_path, "save", str(tmp_path / "other"), "1")
    ckpt = tmp_path / "run" / "ckpt-00000001.dcp"
    data = sorted(n for n in os.listdir(ckpt) if n.endswith(".distcp"))
    assert data and _dcp_reads(ckpt) == victim
    (tmp_path / "outside").mkdir()
    for name in data:
        shutil.copy(tmp_path / "other" / "ckpt-00000001.dcp" / name, tmp_path / "outside" / name)
    return ckpt, data, victim, other


def _rerecord(ckpt) -> None:
    write_directory_record(ckpt, meta=_read_dir_record(str(ckpt)).get("meta", {}), durable=False)


def test_clean_sharded_checkpoint_resumes(tmp_path, runs):
    _, _, victim, _ = runs
    result = _run(tmp_path, "resume", str(tmp_path / "run"), "5")
    assert result["step"] == 1 and result["weight"] == victim


def test_relative_path_climbing_out_is_refused(tmp_path, runs):
    ckpt, _, _, other = runs
    with open(ckpt / ".metadata", "rb") as f:
        meta = pickle.load(f)  # written by the test's own DCP save just above
    for info in meta.storage_data.values():
        info.relative_path = f"../../outside/{info.relative_path}"
    with open(ckpt / ".metadata", "wb") as f:
        pickle.dump(meta, f)
    _rerecord(ckpt)
    assert _dcp_reads(ckpt) == other  # DCP's loader follows the path out of the folder
    result = _run(tmp_path, "resume", str(tmp_path / "run"), "5")
    assert "refused" in result and result["untouched"], result
    assert any("climbs out of the folder" in w for w in result["warnings"]), result["warnings"]


def test_data_file_linked_out_is_refused(tmp_path, runs):
    ckpt, data, _, other = runs
    for name in data:
        os.remove(ckpt / name)
        os.symlink(tmp_path / "outside" / name, ckpt / name)
    _rerecord(ckpt)
    assert _dcp_reads(ckpt) == other
    result = _run(tmp_path, "resume", str(tmp_path / "run"), "5")
    assert "refused" in result and result["untouched"], result
    assert any("symbolic link" in w for w in result["warnings"]), result["warnings"]
