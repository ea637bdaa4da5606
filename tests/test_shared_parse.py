"""One parse shared by open, scan and report (issue 14, :mod:`torchckpt.parsed`).

Counts what is interpreted and listed: scanning an opened checkpoint reads its map, zip
directory and pickle instead of reading the file again; ``report`` interprets each pickle once;
and the report of an opened checkpoint is the report of its path, over the whole hostile corpus.
"""

from __future__ import annotations

import collections
from pathlib import Path
from typing import Any

import pytest
import torch

from torchckpt import formats, scan
from torchckpt.checkpoint import _named_tensors, walk
from torchckpt.formats import _zip
from torchckpt.html_report import build_panel
from torchckpt.model import TensorRef
from torchckpt.unpickler import Unpickler

import hostile


@pytest.fixture
def counts(monkeypatch: pytest.MonkeyPatch) -> collections.Counter[str]:
    """How often each pickle entry is interpreted (by its entry name) and zip directories are read."""
    seen: collections.Counter[str] = collections.Counter()
    load, directory = Unpickler.load, _zip.ZipArchive._read_directory

    def counted_load(self: Unpickler) -> Any:
        seen[(self.entry or "").rsplit("/", 1)[-1]] += 1
        return load(self)

    def counted_directory(self: _zip.ZipArchive, view: memoryview) -> None:
        seen["zip directory"] += 1
        directory(self, view)

    monkeypatch.setattr(Unpickler, "load", counted_load)
    monkeypatch.setattr(_zip.ZipArchive, "_read_directory", counted_directory)
    return seen


def _model(tmp_path: Path) -> Path:
    path = tmp_path / "model.pt"
    torch.manual_seed(0)
    model = torch.nn.Sequential(torch.nn.Linear(4, 3), torch.nn.BatchNorm1d(3))
    torch.save({"model": model.state_dict(), "epoch": 3, "names": ["a", "b"]}, path)
    return path


def _same(a: Any, b: Any) -> bool:
    left, right = a.to_json(), b.to_json()
    for report in (left, right):
        report.pop("seconds", None)
    return bool(left == right)


def test_scanning_a_recorded_checkpoint_reads_nothing_again(tmp_path: Path, counts: collections.Counter[str]) -> None:
    path = _model(tmp_path)
    with formats.read(path, record=True) as ckpt:
        assert counts == {"data.pkl": 1, "zip directory": 1}
        assert len(ckpt.tensors()) == 7
        counts.clear()
        report = scan(ckpt)
        assert counts["data.pkl"] == 0 and counts["zip directory"] == 0
        assert report.verdict == "safe" and report.format == "torch-zip"
    assert _same(report, scan(path))


def test_scanning_an_opened_checkpoint_keeps_its_reading(tmp_path: Path, counts: collections.Counter[str]) -> None:
    path = _model(tmp_path)
    with formats.read(path) as ckpt:  # opened without recording: the scanner reads the pickle, once
        counts.clear()
        first = scan(ckpt)
        assert counts["data.pkl"] == 1 and counts["zip directory"] == 0
        counts.clear()
        second = scan(ckpt)
        assert counts["data.pkl"] == 0 and counts["zip directory"] == 0
    assert _same(first, second) and _same(first, scan(path))


def test_report_interprets_each_pickle_once(tmp_path: Path, counts: collections.Counter[str]) -> None:
    panel = build_panel(_model(tmp_path))
    assert counts["data.pkl"] == 1 and counts["zip directory"] == 1
    assert panel.scan["verdict"] == "safe" and panel.summary.tensor_count == 7


def test_a_hostile_data_pkl_is_still_judged_whole(tmp_path: Path, counts: collections.Counter[str]) -> None:
    """The recorded reading is the scanner's: what it names is judged as from the path."""
    case = next(c for c in hostile.CASES if c.name == "torch-zip-data-pkl")
    path = hostile.build_case(case, tmp_path)
    with formats.read(path, record=True) as ckpt:
        counts.clear()
        report = scan(ckpt)
        assert counts["data.pkl"] == 0
    assert report.verdict == "dangerous" and _same(report, scan(path))


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("shared")
    return {case.name: hostile.build_case(case, root) for case in hostile.CASES}


def test_every_opened_hostile_file_scans_as_its_path(corpus: dict[str, Path]) -> None:
    compared = 0
    for name, path in corpus.items():
        for record in (True, False):
            try:
                ckpt = formats.read(path, record=record)
            except Exception:  # noqa: BLE001 - files the reader refuses have no checkpoint to scan
                continue
            with ckpt:
                opened = scan(ckpt)
                by_walk = {".".join(p): n for p, n in walk(ckpt.tree) if isinstance(n, TensorRef)}
                assert list(_named_tensors(ckpt.tree).items()) == list(by_walk.items()), name
            assert _same(opened, scan(path)), (name, record)
            compared += 1
    assert compared >= 20


def test_tensor_names_are_the_walks(tmp_path: Path) -> None:
    """Shared sub-trees, cycles, tied tensors, colliding dotted names and a module: the names
    and their order are those of walk()."""
    with formats.read(_model(tmp_path)) as ckpt:
        a, b = list(ckpt.tensors().values())[:2]
    shared: dict[str, Any] = {"w": a}
    loop: list[Any] = [b]
    loop.append(loop)
    tree = {"x": shared, "y": shared, "z": [a, {"": b}, loop], "x.w": b, "k": (shared, a), "": a}
    by_walk = {".".join(p): n for p, n in walk(tree) if isinstance(n, TensorRef)}
    assert list(_named_tensors(tree).items()) == list(by_walk.items())
    assert _named_tensors(a) == {"": a} and _named_tensors(3) == {}


def test_loading_interprets_the_pickle_once(tmp_path: Path, counts: collections.Counter[str]) -> None:
    """load_state_dict asks the scanner for divergences on the reading it loads from."""
    import torchckpt

    path = _model(tmp_path)
    state = torchckpt.load_state_dict(path, key="model")
    assert counts["data.pkl"] == 1 and counts["zip directory"] == 1
    assert torch.equal(state["0.weight"], torch.load(path, weights_only=True)["model"]["0.weight"])


def test_loading_still_refuses_a_divergent_file(tmp_path: Path) -> None:
    import torchckpt
    from torchckpt.errors import DivergentReadingsError

    case = next(c for c in hostile.CASES if c.name == "zip-name-mismatch")
    path = hostile.build_case(case, tmp_path)
    with pytest.raises(DivergentReadingsError):
        torchckpt.load_state_dict(path)


def _picture(ckpt: Any) -> Any:
    tensors = [(name, ref.dtype.name, ref.shape, ref.stride, ref.offset, ref.requires_grad, ref.is_parameter, ref.kind,
                None if ref.storage is None else (ref.storage.key, ref.storage.nbytes, ref.storage.location))
               for name, ref in ckpt.tensors().items()]
    return tensors, ckpt.globals_used, ckpt.info, ckpt.objects(), ckpt.format, len(ckpt.storages())


def test_a_recorded_reading_is_the_readers(corpus: dict[str, Path], tmp_path: Path) -> None:
    """The tree read once for both is the one the reader reads alone, file for file."""
    files = [*corpus.values(), _model(tmp_path)]
    compared = 0
    for path in files:
        try:
            alone = formats.read(path)
        except Exception as exc:  # noqa: BLE001 - refused: alike, word for word
            with pytest.raises(type(exc)) as again:
                formats.read(path, record=True)
            assert str(again.value) == str(exc), path
            continue
        with alone, formats.read(path, record=True) as recorded:
            assert _picture(recorded) == _picture(alone), path
            compared += 1
    assert compared >= 20
