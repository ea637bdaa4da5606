"""scan_many / ``scan --jobs/--cache/--engine``: the serial scan's reports on every core and on clusters, and a
verdict cache that never turns a dangerous file safe (issue 14 item 5)."""

from __future__ import annotations

import json
import os
import pickle
import pickletools
import time
from pathlib import Path

import pytest

from .helpers import run_cli

torch = pytest.importorskip("torch")

import torchckpt  # noqa: E402
from torchckpt import fleet, scan_rules  # noqa: E402
from torchckpt.scanner import exit_code  # noqa: E402

# a user class (suspicious: its code runs on load), named in a pickle written opcode by opcode
_USER_CLASS = b"\x80\x02cfleetmod\nThing\n)\x81}X\x01\x00\x00\x00aK\x01sb."
_OS_SYSTEM = b"\x80\x02cos\nsystem\nX\x07\x00\x00\x00echo hi\x85R."


@pytest.fixture(scope="module")
def mirror(tmp_path_factory) -> Path:
    """A small artifact mirror: torch zip and legacy files, safetensors, numpy, a user class, a hostile pickle,
    a DCP checkpoint, an HF index, a hard link, text and empty files."""
    import warnings

    import numpy as np
    import torch.distributed.checkpoint as dcp
    from safetensors.torch import save_file

    root = tmp_path_factory.mktemp("mirror")
    (root / "a" / "b").mkdir(parents=True)
    for i in range(12):
        torch.save({"w": torch.full((3, 3), float(i)), "step": i}, root / "a" / f"zip{i}.pt")
        torch.save({"w": torch.full((2,), float(i))}, root / "a" / "b" / f"legacy{i}.pt",
                   _use_new_zipfile_serialization=False)
    save_file({"x": torch.zeros(4)}, str(root / "model.safetensors"))
    (root / "model.safetensors.index.json").write_text(json.dumps({"weight_map": {"x": "model.safetensors"}}))
    np.save(root / "arr.npy", np.arange(5))
    (root / "user.pkl").write_bytes(_USER_CLASS)
    (root / "evil.pkl").write_bytes(_OS_SYSTEM)
    os.link(root / "evil.pkl", root / "evil-link.pkl")  # the same file: judged once
    (root / "readme.md").write_text("not a model\n")
    (root / "__init__.py").write_bytes(b"")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        dcp.save({"w": torch.ones(2), "n": 3}, checkpoint_id=str(root / "dcp"))
    return root


def _json(results) -> list[dict]:
    return [{k: v for k, v in r.to_json().items() if k != "seconds"} for r in results]


@pytest.fixture
def settled(monkeypatch):
    """Files written a moment ago count as settled (the racy-file rule has its own test)."""
    monkeypatch.setattr(fleet, "_SETTLED_NS", 0)


def test_every_core_gives_the_serial_reports_in_order(mirror):
    serial = torchckpt.scan_paths([mirror], recursive=True)
    assert {r.verdict for r in serial} == {"safe", "suspicious", "dangerous"}
    assert any(r.format == "dcp" for r in serial) and any(r.format == "safetensors-index" for r in serial)
    for jobs in (1, 2):
        many = torchckpt.scan_many([mirror], jobs=jobs)
        assert _json(many) == _json(serial)
        assert many.skipped == serial.skipped
        assert exit_code(many) == exit_code(serial) == 1
        assert many.stats.files == len(serial) + len(serial.skipped)
        assert many.stats.workers == jobs and many.stats.files_per_second > 0


def test_cli_jobs_same_output_and_exit_code(mirror):
    one = run_cli("scan", "-r", str(mirror), "--json", "--jobs", "1")
    two = run_cli("scan", "-r", str(mirror), "--json", "--jobs", "2", "--stats")
    assert one.returncode == two.returncode == 1
    strip = lambda out: [{k: v for k, v in r.items() if k != "seconds"} for r in json.loads(out)]  # noqa: E731
    assert strip(one.stdout) == strip(two.stdout)
    assert one.stderr == ""
    assert two.stderr.startswith("torchckpt: scanned ") and "files/s, 2 local workers" in two.stderr
    assert len(two.stderr.splitlines()) == 1


def test_warm_cache_gives_the_same_reports_without_scanning(mirror, tmp_path, settled):
    serial = torchckpt.scan_paths([mirror], recursive=True)
    cold = torchckpt.scan_many([mirror], jobs=2, cache=tmp_path / "cache")
    assert cold.stats.cached == 0 and _json(cold) == _json(serial)
    for jobs in (1, 2):
        warm = torchckpt.scan_many([mirror], jobs=jobs, cache=tmp_path / "cache")
        assert _json(warm) == _json(serial) and warm.skipped == serial.skipped
        # everything but the DCP directory and the HF index (judged by more than their bytes) is a hit; the
        # empty file is never read
        assert warm.stats.scanned == 2 and warm.stats.cached == warm.stats.files - 3


def test_same_bytes_under_another_name_share_a_verdict(tmp_path, settled):
    (tmp_path / "m").mkdir()
    torch.save({"w": torch.ones(2)}, tmp_path / "m" / "one.pt")
    torchckpt.scan_many([tmp_path / "m"], jobs=1, cache=tmp_path / "c")
    (tmp_path / "m" / "two.pt").write_bytes((tmp_path / "m" / "one.pt").read_bytes())
    again = torchckpt.scan_many([tmp_path / "m"], jobs=1, cache=tmp_path / "c")
    assert again.stats.cached == 2
    assert [r.path for r in again] == [str(tmp_path / "m" / n) for n in ("one.pt", "two.pt")]


def test_a_cache_inside_the_scanned_tree_is_not_scanned(tmp_path, settled):
    (tmp_path / "m").mkdir()
    torch.save({"w": torch.ones(2)}, tmp_path / "m" / "one.pt")
    for _ in range(2):
        run = torchckpt.scan_many([tmp_path / "m"], jobs=1, cache=tmp_path / "m" / ".cache")
        assert [Path(r.path).name for r in run] == ["one.pt"] and run.skipped == []


def _same_size_payload(size: int) -> bytes:
    """os.system(...) padded to ``size`` bytes (the command's text takes up the slack)."""
    head, tail = b"\x80\x02cos\nsystem\nX", b"\x85R."
    text = b"echo " + b"x" * (size - len(head) - 4 - len(tail) - 5)
    data = head + len(text).to_bytes(4, "little") + text + tail
    assert len(data) == size
    assert [op.name for op, _, _ in pickletools.genops(data)][-3:] == ["TUPLE1", "REDUCE", "STOP"]
    return data


@pytest.mark.parametrize("remember", [0, fleet._REMEMBER_HASH], ids=["remembered-hash", "hashed"])
def test_the_cache_never_turns_a_dangerous_file_safe(tmp_path, settled, monkeypatch, remember):
    """The file is rewritten with a payload of the same size and its mtime put back: the key is the content
    (the ctime moved, so a remembered hash is not trusted), and the new bytes are judged."""
    monkeypatch.setattr(fleet, "_REMEMBER_HASH", remember)
    folder = tmp_path / "m"
    folder.mkdir()
    victim = folder / "model.pkl"
    victim.write_bytes(pickle.dumps({"w": list(range(50))}, protocol=2))
    first = torchckpt.scan_many([folder], jobs=1, cache=tmp_path / "c")
    assert first[0].verdict == "safe" and first.stats.scanned == 1
    st = victim.stat()
    time.sleep(0.05)
    victim.write_bytes(_same_size_payload(st.st_size))
    os.utime(victim, ns=(st.st_atime_ns, st.st_mtime_ns))
    assert victim.stat().st_size == st.st_size and victim.stat().st_mtime_ns == st.st_mtime_ns
    second = torchckpt.scan_many([folder], jobs=1, cache=tmp_path / "c")
    assert second[0].verdict == "dangerous" and second.stats.cached == 0
    assert bool(list((tmp_path / "c").rglob("stat/*/*"))) == (remember == 0)
    # every entry of the cache garbled: misses, and the verdict still comes from the bytes
    for entry in (tmp_path / "c").rglob("*.json"):
        entry.write_bytes(b'{"rules": "x", "report": {"verdict": "safe"')
    third = torchckpt.scan_many([folder], jobs=1, cache=tmp_path / "c")
    assert third[0].verdict == "dangerous" and third.stats.scanned == 1
    # a well-formed entry with a stale shape (no findings list) is a miss too
    for entry in (tmp_path / "c" / "v1" / "verdicts").rglob("*.json"):
        entry.write_text(json.dumps({"rules": fleet._fingerprints()[1], "answers": [], "report": {"verdict": "safe"}}))
    assert torchckpt.scan_many([folder], jobs=1, cache=tmp_path / "c")[0].verdict == "dangerous"


def test_files_written_just_now_are_not_cached(tmp_path):
    """A file whose times are within a second of the scan may change again within the same clock tick
    unnoticed: its hash and verdict are not stored (git's racily-clean rule)."""
    (tmp_path / "m").mkdir()
    torch.save({"w": torch.ones(2)}, tmp_path / "m" / "new.pt")
    torchckpt.scan_many([tmp_path / "m"], jobs=1, cache=tmp_path / "c")
    assert not list((tmp_path / "c").rglob("*.json"))
    again = torchckpt.scan_many([tmp_path / "m"], jobs=1, cache=tmp_path / "c")
    assert again.stats.scanned == 1 and again.stats.cached == 0


def test_a_rule_update_rejudges_only_the_files_it_can_change(mirror, tmp_path, monkeypatch, settled):
    cold = torchckpt.scan_many([mirror], jobs=1, cache=tmp_path / "c")
    user = next(r for r in cold if r.path.endswith("user.pkl"))
    assert user.verdict == "suspicious"
    code, _ = fleet._fingerprints()
    # a rule update: the rule files changed, and fleetmod.* is now known to run code
    monkeypatch.setattr(fleet, "_fingerprints", lambda: (code, "an-updated-rule-set"))
    monkeypatch.setitem(scan_rules.DANGEROUS, "fleetmod", "runs programs (a rule added by the update)")
    updated = torchckpt.scan_many([mirror], jobs=1, cache=tmp_path / "c")
    assert next(r for r in updated if r.path.endswith("user.pkl")).verdict == "dangerous"
    assert _json(updated) == _json(torchckpt.scan_paths([mirror], recursive=True))
    # the user class's file, the DCP directory and the HF index are judged again; every other verdict is kept
    # (the empty file is never read)
    assert updated.stats.scanned == 3, updated.stats
    assert updated.stats.rejudged == updated.stats.files - 4
    # the kept entries now carry the new rules: plain hits
    assert torchckpt.scan_many([mirror], jobs=1, cache=tmp_path / "c").stats.cached == updated.stats.files - 3


def test_a_worker_crash_is_an_error_for_that_file_only(mirror, monkeypatch):
    real = fleet.run_step
    crasher = str(mirror / "a" / "zip3.pt")

    def dies_on_one(step):
        if step[1] == crasher:
            os._exit(9)  # the worker process dies as it would when killed or crashing in native code
        return real(step)

    monkeypatch.setattr(fleet, "run_step", dies_on_one)  # inherited by the forked workers
    serial = torchckpt.scan_paths([mirror], recursive=True)
    many = torchckpt.scan_many([mirror], jobs=2)
    assert many.stats.crashed == 1
    crashed = next(r for r in many if r.path == crasher)
    assert crashed.verdict == "error" and "worker process scanning this file died" in crashed.findings[0].detail
    assert [r for r in _json(many) if r["path"] != crasher] == [r for r in _json(serial) if r["path"] != crasher]
    assert [r.path for r in many] == [r.path for r in serial]


@pytest.mark.parametrize("args, message", [
    (["--address", "tcp://127.0.0.1:1"], "an address needs a cluster engine"),
    (["--jobs", "0"], "at least 1"),
])
def test_cli_refuses_bad_options(mirror, args, message):
    out = run_cli("scan", str(mirror / "evil.pkl"), *args)
    assert out.returncode == 2 and message in out.stderr and "Traceback" not in out.stderr


def test_cli_refuses_a_cache_that_is_a_file(mirror, tmp_path):
    (tmp_path / "file").write_text("x")
    out = run_cli("scan", str(mirror / "evil.pkl"), "--cache", str(tmp_path / "file"))
    assert out.returncode == 2 and len(out.stderr.splitlines()) == 1 and "cache directory" in out.stderr


@pytest.mark.slow
def test_dask_local_cluster_gives_the_serial_reports(mirror, tmp_path, settled):
    distributed = pytest.importorskip("distributed")
    serial = torchckpt.scan_paths([mirror], recursive=True)
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        for _ in range(2):  # cold, then warm from the cache the workers wrote
            many = torchckpt.scan_many([mirror], engine="dask", address=cluster.scheduler_address,
                                       cache=tmp_path / "c")
            assert _json(many) == _json(serial) and many.skipped == serial.skipped
        assert many.stats.engine == "dask"
    out = run_cli("scan", "-r", str(mirror), "--engine", "dask", "--jobs", "2", "--json")
    assert out.returncode == 1 and len(json.loads(out.stdout)) == len(serial)


@pytest.mark.slow
def test_ray_local_cluster_gives_the_serial_reports(mirror):
    ray = pytest.importorskip("ray")
    serial = torchckpt.scan_paths([mirror], recursive=True)
    ray.init(num_cpus=2, include_dashboard=False, logging_level="ERROR", log_to_driver=False)
    try:
        many = torchckpt.scan_many([mirror], engine="ray")
    finally:
        ray.shutdown()
    assert _json(many) == _json(serial) and many.skipped == serial.skipped and many.stats.engine == "ray"


def test_only_the_recorded_rule_functions_read_the_rule_tables():
    """The cache keeps a verdict across a rule update only when every rule answer its scan rested on is
    unchanged: that holds while the rule tables are read through the recorded functions alone."""
    import ast

    recorded = {"classify", "harmless_module_getattr", "is_identifier_path", "is_torch_nn_module_class",
                "is_torchscript_op", "recording", "RuleSeverity"}
    src = Path(torchckpt.__file__).parent
    for path in src.rglob("*.py"):
        if path.name in ("scan_rules.py", "rules_data.py"):
            continue
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.ImportFrom) and node.module and node.module.split(".")[-1] in (
                    "scan_rules", "rules_data"):
                names = {a.name for a in node.names}
                assert node.module.endswith("scan_rules") and names <= recorded, (path.name, names)
            if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and \
                    node.value.id in ("scan_rules", "rules_data") and path.name != "fleet.py":
                raise AssertionError(f"{path.name} reads {node.value.id}.{node.attr}")


def test_every_scan_records_its_rule_answers_again(mirror):
    """No answer is memoised across scans in one process (a second scan of a file records what the first did)."""
    from torchckpt.scan_layouts import run_step

    for name in ("user.pkl", "evil.pkl", "a/zip0.pt"):
        recorded = []
        for _ in range(2):
            with scan_rules.recording() as answers:
                run_step(("file", str(mirror / name), ""))
            recorded.append(dict(answers))
        assert recorded[0] == recorded[1] and recorded[0]


@pytest.mark.slow
def test_an_unreachable_cluster_is_one_line_exit_2(mirror):
    out = run_cli("scan", str(mirror / "evil.pkl"), "--engine", "dask", "--address", "tcp://127.0.0.1:1")
    assert out.returncode == 2 and len(out.stderr.splitlines()) == 1
    assert "cannot start or reach the Dask cluster tcp://127.0.0.1:1" in out.stderr and "--address" in out.stderr
