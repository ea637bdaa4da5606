"""`torchckpt report`: the self-contained HTML page, checked as data and in headless Chromium."""

from __future__ import annotations

import html.parser
import importlib.util
import json
import os
import pickle
import re
import shutil
import struct
import subprocess
import sys
import zlib
from pathlib import Path

import numpy as np
import pytest

import torchckpt
from torchckpt.html_report import decode_rows, report

ROOT = Path(__file__).resolve().parents[1]


# --- helpers ------------------------------------------------------------------------------------------

class _Elements(html.parser.HTMLParser):
    """Every start tag with its attributes (enough to query a dumped DOM without packages)."""

    def __init__(self) -> None:
        super().__init__()
        self.elements: list[tuple[str, dict[str, str]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.elements.append((tag, {k: v or "" for k, v in attrs}))


def elements(text: str) -> list[tuple[str, dict[str, str]]]:
    parser = _Elements()
    parser.feed(text)
    return parser.elements


def embedded(page: str, panel: int = 0) -> dict:
    match = re.search(rf'<script type="application/json" id="data-{panel}">(.*?)</script>', page, re.S)
    assert match, "no embedded data"
    return json.loads(match.group(1))


def write_safetensors(path: Path, names: list[str], shape: tuple[int, ...] = (2, 2)) -> None:
    """A safetensors file of float32 zeros, written by hand (fast for 100k tensors)."""
    size = 4 * int(np.prod(shape))
    header = {name: {"dtype": "F32", "shape": list(shape), "data_offsets": [i * size, (i + 1) * size]}
              for i, name in enumerate(names)}
    raw = json.dumps(header).encode()
    raw += b" " * (-len(raw) % 8)
    with open(path, "wb") as f:
        f.write(struct.pack("<Q", len(raw)) + raw)
        f.write(b"\0" * (size * len(names)))


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()[:24]
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    return struct.unpack(">II", data[16:24])


# --- fixtures -------------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def train_ckpt(tmp_path_factory) -> Path:
    """examples/make_checkpoint.py: ResNet with BN under DataParallel, Adam state, fp16 EMA, args."""
    pytest.importorskip("torch")
    spec = importlib.util.spec_from_file_location("make_checkpoint", ROOT / "examples" / "make_checkpoint.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    path = tmp_path_factory.mktemp("report") / "train_ckpt.pt"
    module.main(str(path))
    return path


@pytest.fixture(scope="module")
def slim_ckpt(train_ckpt) -> Path:
    """The default weights (the fp16 EMA) alone, in float32 (what `slim --dtype float32` writes)."""
    import torch

    data = torch.load(train_ckpt, weights_only=False)
    path = train_ckpt.with_name("slim.pt")
    torch.save({k: v.float() if v.is_floating_point() else v for k, v in data["ema"].items()}, path)
    return path


@pytest.fixture(scope="session")
def chromium() -> str:
    """Debian's headless Chromium (`make test` installs it, saying so, when it can: as root with
    apt-get, unless NO_BROWSER=1)."""
    exe = shutil.which("chromium") or ("/usr/bin/chromium" if os.path.exists("/usr/bin/chromium") else None)
    if not exe:
        pytest.skip("headless Chromium is not installed: the browser tests of the HTML report need it "
                    "(`make test` installs it as root; or `apt-get install chromium`)")
    return exe


def browse(chromium: str, tmp_path: Path, url: str, *, screenshot: Path | None = None) -> str:
    """Load ``url`` in headless Chromium: the DOM after the page's scripts ran (or a screenshot)."""
    profile = tmp_path / f"chromium-profile-{len(list(tmp_path.glob('chromium-profile-*')))}"
    cmd = [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
           "--disable-background-networking", "--disable-component-update", "--disable-sync",
           "--disable-dev-shm-usage", f"--user-data-dir={profile}", "--hide-scrollbars", "--window-size=1400,1000"]
    cmd += [f"--screenshot={screenshot}"] if screenshot else ["--dump-dom"]
    proc = subprocess.run([*cmd, url], capture_output=True, text=True, timeout=90)
    assert proc.returncode == 0, proc.stderr[-2000:]
    return proc.stdout


# --- the page in a browser ------------------------------------------------------------------------------

def test_training_checkpoint_in_chromium(chromium, train_ckpt, tmp_path):
    page = tmp_path / "report.html"
    assert report(train_ckpt, output=page) == page
    with torchckpt.open(train_ckpt) as ckpt:
        names = list(ckpt.tensors())
    url = page.as_uri()

    dom = elements(browse(chromium, tmp_path, url + "#n=1000"))
    body = next(a for t, a in dom if t == "body")
    assert body.get("data-ready") == "1", "the page's script did not finish"
    tops = [a for t, a in dom if a.get("data-level") == "1"]
    assert sorted(a["data-path"] for a in tops) == ["ema", "optimizer", "state_dict"]
    by_path = {a["data-path"]: int(a["data-bytes"]) for a in tops}
    assert by_path["optimizer"] > by_path["state_dict"] > by_path["ema"] > 0
    assert {a["data-path"] for _, a in dom if a.get("data-level") == "2"} >= {
        "optimizer.exp_avg", "optimizer.exp_avg_sq", "state_dict.layer1", "ema.fc"}
    rows = [a for t, a in dom if t == "tr" and "data-name" in a]
    assert [a["data-name"] for a in rows] == names  # every tensor, in file order
    table = next(a for t, a in dom if t == "table" and "tensors" in a.get("class", ""))
    assert table["data-total"] == table["data-matches"] == str(len(names))

    # The fragment fills the search box: only matching rows, sorted by bytes, largest first;
    # and zooms the treemap into the optimizer state.
    dom = elements(browse(chromium, tmp_path, url + "#q=BN1&sort=bytes&desc=1&zoom=optimizer"))
    assert not [a for _, a in dom if a.get("data-level") == "1"]
    assert sorted(a["data-path"] for _, a in dom if a.get("data-level") == "2") == [
        "optimizer.exp_avg", "optimizer.exp_avg_sq", "optimizer.step"]
    rows = [a for t, a in dom if t == "tr" and "data-name" in a]
    # bn1's tensors in the model and the EMA, and Adam's state of its weight and bias (step,
    # exp_avg, exp_avg_sq) found through the parameter they belong to
    expected = [n for n in names if "bn1" in n.lower()]
    assert len(expected) == 40
    adam = {f"optimizer.state.{i}.{slot}" for i in (4, 5, 10, 11, 16, 17, 22, 23)
            for slot in ("step", "exp_avg", "exp_avg_sq")}
    assert {a["data-name"] for a in rows} == set(expected) | adam and len(rows) == 64
    sizes = [int(a["data-bytes"]) for t, a in dom if t == "td" and "data-bytes" in a]
    assert sizes == sorted(sizes, reverse=True) and sizes[0] > sizes[-1]
    search = next(a for t, a in dom if t == "input" and "search" in a.get("class", ""))
    assert search.get("value", "") in ("", "BN1")  # the value is a property; the rows prove it was set

    # Default page size: 100 rows of 199, with a pager.
    dom = elements(browse(chromium, tmp_path, url))
    assert sum(1 for t, a in dom if t == "tr" and "data-name" in a) == 100

    shot = tmp_path / "report.png"
    browse(chromium, tmp_path, url, screenshot=shot)
    assert png_size(shot) == (1400, 1000)
    assert shot.stat().st_size > 20_000  # a blank page compresses to a few KB


def test_compare_side_by_side_in_chromium(chromium, train_ckpt, slim_ckpt, tmp_path):
    page = report(train_ckpt, output=tmp_path / "compare.html", compare=slim_ckpt)
    dom = elements(browse(chromium, tmp_path, page.as_uri()))
    panels = [a for t, a in dom if t == "header" and "data-panel" in a]
    assert [p["data-tensors"] for p in panels] == ["199", "56"]
    assert len([a for t, a in dom if "treemap" in a.get("class", "").split()]) == 2
    text = page.read_text()
    # slim's names lost the 'state_dict.module.' wrapper: matched inside the main state dicts instead
    assert "matched by name inside the main state dict" in text
    # optimizer state and EMA are only in A; the 47 float tensors went float32 -> float16
    assert 'data-only-a="143"' in text and 'data-only-b="0"' in text and 'data-dtype-changed="47"' in text
    shot = tmp_path / "compare.png"
    browse(chromium, tmp_path, page.as_uri(), screenshot=shot)
    assert png_size(shot) == (1400, 1000)


# --- the page as data -------------------------------------------------------------------------------------

def test_api_returns_html_or_path(train_ckpt, tmp_path):
    text = report(train_ckpt)
    assert isinstance(text, str) and text.startswith("<!DOCTYPE html>")
    out = report(train_ckpt, output=str(tmp_path / "r.html"))
    assert isinstance(out, Path) and out.read_text(encoding="utf-8") == text


def test_self_contained(train_ckpt):
    text = report(train_ckpt)
    assert "http://" not in text and "https://" not in text
    assert "<link" not in text and not re.search(r"<(script|img|iframe)[^>]+src=", text)
    assert "Content-Security-Policy" in text and "default-src 'none'" in text


def test_treemap_data(train_ckpt):
    text = report(train_ckpt)
    data = embedded(text)
    with torchckpt.open(train_ckpt) as ckpt:
        tensor_bytes = ckpt.tensor_bytes
        expected = [(n, r.dtype.name, list(r.shape), r.location, r.kind, r.nbytes) for n, r in ckpt.tensors().items()]
    tree = data["treemap"]
    assert tree["b"] == tensor_bytes == sum(c["b"] for c in tree["c"])
    tops = {c["n"]: c for c in tree["c"]}
    assert set(tops) == {"optimizer", "state_dict", "ema"}
    for top in tops.values():
        assert sum(c["b"] for c in top["c"]) == top["b"]
    optimizer = {c["n"]: c for c in tops["optimizer"]["c"]}
    assert set(optimizer) == {"exp_avg", "exp_avg_sq", "step"}
    # param ids resolved to the model's parameter names (wrapper prefix stripped)
    assert optimizer["exp_avg"]["c"][0]["n"] == "layer1.0.conv1.weight"
    assert {c["n"] for c in tops["state_dict"]["c"]} == {"stem", "layer1", "layer2", "fc"}
    assert decode_rows(data["rows"]) == expected
    assert 'data-verdict="safe"' in text


def test_parameters_per_module(train_ckpt):
    text = report(train_ckpt)
    # SmallResNet(width=128): layer1 = 2 blocks x (2 convs 128*128*9 + 2 BN 2*128)
    assert "<code>layer1</code></td><td>590,848</td>" in text
    assert "<code>fc</code></td><td>12,900</td>" in text
    assert "<code>module.</code>" in text  # the DataParallel prefix


@pytest.mark.parametrize("kind", ["torch-legacy", "torchscript", "pickle", "safetensors", "onnx", "npy", "npz"])
def test_every_format(kind, tmp_path):
    path = tmp_path / "model"
    arrays = {"conv.weight": np.ones((4, 3, 3, 3), np.float32), "conv.bias": np.zeros(4, np.float32),
              "fc.weight": np.ones((2, 4), np.float16)}
    if kind == "torch-legacy":
        torch = pytest.importorskip("torch")
        torch.save({k: torch.from_numpy(v) for k, v in arrays.items()}, path, _use_new_zipfile_serialization=False)
    elif kind == "torchscript":
        torch = pytest.importorskip("torch")
        torch.jit.save(torch.jit.script(torch.nn.Sequential(torch.nn.Linear(3, 4), torch.nn.ReLU())), path)
    elif kind == "pickle":  # pickle.dump of torch tensors: storages through torch.storage._load_from_bytes
        torch = pytest.importorskip("torch")
        path.write_bytes(pickle.dumps({"model": {k: torch.from_numpy(v) for k, v in arrays.items()}, "epoch": 3}))
    elif kind == "safetensors":
        write_safetensors(path, list(arrays))
    elif kind == "onnx":
        onnx = pytest.importorskip("onnx")
        from onnx import helper, numpy_helper

        graph = helper.make_graph([helper.make_node("Relu", ["x"], ["y"])], "g",
                                  [helper.make_tensor_value_info("x", onnx.TensorProto.FLOAT, [1])],
                                  [helper.make_tensor_value_info("y", onnx.TensorProto.FLOAT, [1])],
                                  [numpy_helper.from_array(v, name=k) for k, v in arrays.items()])
        path.write_bytes(helper.make_model(graph).SerializeToString())
    elif kind == "npy":
        with open(path, "wb") as f:
            np.save(f, arrays["conv.weight"])
    else:
        with open(path, "wb") as f:
            np.savez(f, **arrays)
    text = report(path)
    with torchckpt.open(path) as ckpt:
        fmt, names = ckpt.format, list(ckpt.tensors())
    assert f'data-format="{fmt}"' in text
    assert [r[0] for r in decode_rows(embedded(text)["rows"])] == names
    assert names
    assert embedded(text)["treemap"]["c"], "an empty treemap"


def test_report_never_imports_torch(train_ckpt, tmp_path):
    code = f"""
import sys
sys.modules["torch"] = None  # any `import torch` now raises
from torchckpt.html_report import report
out = report({str(train_ckpt)!r}, output={str(tmp_path / 'r.html')!r}, compare={str(train_ckpt)!r})
print(out.stat().st_size, sorted(m for m in sys.modules if m.startswith("torch.") or m == "torch"))
"""
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    size, loaded = proc.stdout.split(" ", 1)
    assert int(size) > 1000 and loaded.strip() == "['torch']"  # only the blocking None entry


def test_hostile_names_stay_text(tmp_path):
    evil = ["</script><script>alert(1)</script>", "<img src=x onerror=alert(2)>", 'a"b.&amp;<!--', "\u2028x.\U0001f600",
            "lone\ud800surrogate"]
    path = tmp_path / "evil.safetensors"
    write_safetensors(path, evil)
    text = report(path, compare=path)
    assert text.count("</script>") == 3  # two data blocks and the page's script
    assert "<img" not in text and "alert(1)" in text  # present only as escaped data
    assert sorted(r[0] for r in decode_rows(embedded(text, 1)["rows"])) == sorted(evil)
    assert report(path, output=tmp_path / "evil.html").read_bytes().decode("utf-8")  # valid UTF-8


def test_dangerous_file_findings(tmp_path):
    class Evil:
        def __reduce__(self):
            return (os.system, ("echo owned",))

    path = tmp_path / "evil.pkl"
    path.write_bytes(pickle.dumps({"w": np.zeros(3, np.float32), "x": Evil()}))
    text = report(path)
    assert 'data-verdict="dangerous"' in text
    assert "system" in text and "runs programs" in text


def test_scanner_unavailable(train_ckpt, monkeypatch):
    monkeypatch.setitem(sys.modules, "torchckpt.scanner", None)
    text = report(train_ckpt)
    assert 'data-verdict="unavailable"' in text and "scanner unavailable" in text


def test_100k_tensors_page_stays_small(tmp_path):
    names = [f"model.layers.{i // 390}.mlp.experts.{(i // 3) % 130}.{('gate', 'up', 'down')[i % 3]}_proj.weight"
             for i in range(100_000)]
    path = tmp_path / "many.safetensors"
    write_safetensors(path, names)
    text = report(path)
    assert len(text.encode()) < 2_000_000
    data = embedded(text)
    assert data["rows"]["count"] == 100_000
    nodes = 0
    stack = [data["treemap"]]
    while stack:
        node = stack.pop()
        nodes += 1
        stack.extend(node.get("c", []))
    assert nodes < 3000  # small tensors fold into "other" rectangles
    rows = decode_rows(data["rows"])
    assert rows[12345][0] == names[12345] and rows[-1][0] == names[-1]
    assert len(zlib.compress(text.encode())) < len(text) // 4  # sanity: the page is mostly regular data


def test_many_top_level_groups_build_only_what_is_drawn(tmp_path, monkeypatch):
    """A state dict of 2,000 layers of different sizes (a top-level group each, one level down): the
    treemap builds the inside of the rectangles it keeps only, and is the tree made by building
    every group and trimming them."""
    from torchckpt import html_report

    sizes = {f"layers.{i}": ((i % 7 + 1) * 16, (i % 5 + 1) * 4) for i in range(2000)}   # weight, bias bytes
    header, offset = {}, 0
    for layer, (weight, bias) in sizes.items():
        for leaf, nbytes in (("weight", weight), ("bias", bias)):
            header[f"{layer}.{leaf}"] = {"dtype": "F32", "shape": [nbytes // 4],
                                         "data_offsets": [offset, offset + nbytes]}
            offset += nbytes
    raw = json.dumps(header).encode()
    raw += b" " * (-len(raw) % 8)
    path = tmp_path / "layers.safetensors"
    path.write_bytes(struct.pack("<Q", len(raw)) + raw + b"\0" * offset)

    built = []
    top_node = html_report._top_node

    def counted(label, entries, min_bytes):
        built.append(label)
        return top_node(label, entries, min_bytes)

    monkeypatch.setattr(html_report, "_top_node", counted)
    tree = embedded(report(path))["treemap"]
    assert len(built) <= html_report._CHILD_LIMIT < len(sizes)
    assert tree["c"][-1]["n"].startswith("other (") and tree["t"] == 2 * len(sizes) and tree["b"] == offset
    min_bytes = max(int(offset * html_report._MIN_FRACTION), 1)
    every = [top_node(layer, [(("weight",), w), (("bias",), b)], min_bytes) for layer, (w, b) in sizes.items()]
    assert html_report._trim(every, limit=html_report._CHILD_LIMIT, min_bytes=min_bytes) == tree["c"]


# --- command line -----------------------------------------------------------------------------------------

@pytest.fixture
def cli(monkeypatch):
    import torchckpt.cli as cli

    if "report" not in cli.COMMANDS:  # until the command is listed there
        monkeypatch.setattr(cli, "COMMANDS", (*cli.COMMANDS, "report"))
    return cli.main


def test_cli_writes_page(cli, train_ckpt, slim_ckpt, tmp_path, monkeypatch, capsys):
    out = tmp_path / "out.html"
    assert cli(["report", str(train_ckpt), "-o", str(out)]) == 0
    assert out.read_text().startswith("<!DOCTYPE html>")
    assert f"wrote {out}" in capsys.readouterr().out
    monkeypatch.chdir(tmp_path)
    assert cli(["report", str(train_ckpt), "--compare", str(slim_ckpt)]) == 0
    assert (tmp_path / "train_ckpt.pt-vs-slim.pt.report.html").exists()
    capsys.readouterr()
    assert cli(["report", str(train_ckpt), "-o", "-"]) == 0
    assert capsys.readouterr().out.startswith("<!DOCTYPE html>")


def test_cli_errors_are_one_line(cli, tmp_path, capsys):
    assert cli(["report", str(tmp_path / "missing.pt")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("torchckpt: error:") and "missing.pt" in err and err.count("\n") == 1
    bad = tmp_path / "bad.pt"
    bad.write_bytes(b"PK\x03\x04" + b"\0" * 64)
    assert cli(["report", str(bad)]) == 2
    assert not (tmp_path / "bad.pt.report.html").exists()
    capsys.readouterr()
    good = tmp_path / "good.safetensors"
    write_safetensors(good, ["w"])
    assert cli(["report", str(good), "-o", str(tmp_path / "no" / "such" / "r.html")]) == 2
    assert f"{tmp_path / 'no' / 'such' / 'r.html'}: No such file" in capsys.readouterr().err


def test_contents_tree_lists_every_top_level_entry(tmp_path):
    """The page shows the checkpoint's non-tensor entries (epoch, train_args, date...) as the rows
    of inspect's contents tree, in the same order, for both panels of a comparison."""
    import argparse

    import torch

    from torchckpt.analysis import summarize

    path = tmp_path / "ck.pt"
    torch.save({"epoch": 7, "model": torch.nn.Linear(3, 2).state_dict(), "date": "2026-12-01T10:00",
                "train_args": argparse.Namespace(lr=0.01, imgsz=640), "best_fitness": None}, path)
    page = report(path)
    with torchckpt.open(path) as ckpt:
        rows = summarize(ckpt).tree
    assert [r["key"] for r in rows] == ["epoch", "model", "date", "train_args", "best_fitness"]
    table = re.search(r'<table class="contents">.*?</table>', page, re.S)
    assert table is not None
    cells = re.findall(r"<tr><td><code>(.*?)</code></td><td>(.*?)</td><td>(.*?)</td>", table.group(0))
    assert cells == [(r["key"], r["type"], html.escape(r["summary"], quote=True)) for r in rows]
    assert "&#x27;2026-12-01T10:00&#x27;" in table.group(0) and "argparse.Namespace" in table.group(0)
    both = report(path, compare=path)
    assert both.count('<table class="contents">') == 2


def test_report_refuses_to_overwrite_its_input(train_ckpt, slim_ckpt, tmp_path):
    from torchckpt._outputs import OverwriteInputError

    before, other = train_ckpt.read_bytes(), slim_ckpt.read_bytes()
    link = tmp_path / "link.pt"
    link.symlink_to(train_ckpt)
    for output, compare in ((train_ckpt, None), (link, None), (slim_ckpt, slim_ckpt)):
        with pytest.raises(OverwriteInputError):
            report(train_ckpt, output=output, compare=compare)
    assert train_ckpt.read_bytes() == before and slim_ckpt.read_bytes() == other
