"""``torchckpt.load`` / ``load_state_dict`` / ``load_into`` refuse files whose readings diverge.

Every hostile case (tests/hostile*.py, each proven to run under its real loader by test_scan.py)
where the scanner reports a ``divergence`` is loaded here: each must be refused with
:class:`DivergentReadingsError` (our reading may not be the one the victim's loader sees), without
running anything. A plain ``torch.save`` file still loads.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from torchckpt import DivergentReadingsError, load, load_into, load_state_dict, scan

import hostile
from .helpers import run_cli

torch = pytest.importorskip("torch")


@pytest.fixture(scope="module")
def divergent(tmp_path_factory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("divergent")
    found = {}
    for case in hostile.CASES:
        path = hostile.build_case(case, root)
        if path.is_file() and any(f.kind == "divergence" for f in scan(path).findings):
            found[case.name] = path
    # zip readings (torch's vs zipfile's) and pickle readings (bytes vs file) are both among them
    assert {"zip-name-mismatch", "zip-shadowed-data-PKL", "pickle-then-zip", "frame-file-binunicode",
            "frame-torch-zip-bytesio"} <= set(found), sorted(found)
    return found


def test_loads_check_finds_the_divergences_scan_finds(tmp_path):
    """load asks the scanner for divergences only (``scanner.divergences`` skips the checks that
    cannot find one, the ONNX walk): on every hostile case it finds what ``scan`` reports."""
    from torchckpt.scanner import divergences

    for case in hostile.CASES:
        path = hostile.build_case(case, tmp_path)
        if path.is_file():
            assert divergences(path) == [f.detail for f in scan(path).findings if f.kind == "divergence"], case.name


def test_load_refuses_every_divergent_case_and_runs_nothing(divergent):
    for name, path in divergent.items():
        for call in (load, load_state_dict):
            with pytest.raises(DivergentReadingsError) as err:
                call(path)
            assert err.value.findings and "reads differently under different loaders" in err.value.message, name
            assert err.value.path == str(path)
        with pytest.raises(DivergentReadingsError):
            load_into(torch.nn.Linear(2, 2), path)
        assert not (path.parent / "marker").exists(), name


def test_load_of_a_url_refuses_every_divergent_case(divergent):
    """The check is the same behind a URL (it used to be skipped for anything but a local file)."""
    from remote_server import RemoteServer

    with RemoteServer({f"/{name}": str(path) for name, path in divergent.items()}) as server:
        for name in divergent:
            with pytest.raises(DivergentReadingsError):
                load_state_dict(f"{server.url}/{name}")


def test_cli_load_check_says_so_in_one_line(divergent):
    path = divergent["zip-name-mismatch"]
    proc = run_cli("load-check", "torch.nn:Linear", str(path), "--model-arg", "in_features=2",
                   "--model-arg", "out_features=2")
    assert proc.returncode == 2
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and "reads differently" in lines[0] and "torchckpt scan" in lines[0]
    assert str(path) in lines[0] and "Traceback" not in proc.stderr


def test_an_agreeing_file_still_loads(tmp_path):
    state = {"model": torch.nn.Linear(2, 3).state_dict(), "epoch": 1}
    torch.save(state, tmp_path / "ok.pt")
    ours = load(tmp_path / "ok.pt")
    assert ours["epoch"] == 1 and torch.equal(ours["model"]["weight"], state["model"]["weight"])
