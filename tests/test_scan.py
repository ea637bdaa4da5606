"""torchckpt scan: the hostile corpus (each payload proven to run, then scanned: nothing runs,
verdict dangerous), benign files (never flagged), container tricks, CLI and JSON contract."""

from __future__ import annotations

import io
import json
import os
import pickle
import struct
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from torchckpt.scan_rules import classify
from torchckpt.scanner import ScanReport, exit_code, scan, scan_paths

import hostile
from hostile import (
    CASES,
    EMPTY_TUPLE,
    MARK,
    NONE,
    POP,
    REDUCE,
    SETITEM,
    STOP,
    TUPLE,
    TUPLE1,
    binbytes,
    call,
    glob0,
    os_system0,
    proto,
    str0,
    ustr,
)

torch = pytest.importorskip("torch")
np = pytest.importorskip("numpy")

SRC = str(Path(__file__).resolve().parents[1] / "src")


def _env() -> dict[str, str]:
    env = hostile.loader_env()
    env["PYTHONPATH"] = SRC + os.pathsep + env.get("PYTHONPATH", "")
    return env


# --- the hostile corpus -------------------------------------------------------------------------

@pytest.fixture(scope="session")
def proven(tmp_path_factory) -> dict[str, bool]:
    """Build every case and load it in one subprocess; which payloads produced their effect."""
    root = tmp_path_factory.mktemp("proof")
    built = [(case, hostile.build_case(case, root)) for case in CASES]
    items = [(str(path), case.loader) for case, path in built]
    result = subprocess.run([sys.executable, "-c", hostile.LOADER_SCRIPT, json.dumps(items)], input="c\n" * 200,
                            capture_output=True, text=True, env=_env(), timeout=300)
    assert result.returncode == 0, result.stderr[-2000:]
    for _ in range(50):  # subprocess.Popen payloads finish after their parent
        if all(hostile.effect_happened(c, p) for c, p in built if c.platform in (None, sys.platform)):
            break
        import time
        time.sleep(0.05)
    return {case.name: hostile.effect_happened(case, path) for case, path in built}


@pytest.fixture(scope="session")
def corpus(tmp_path_factory) -> dict[str, Path]:
    """The same cases built again, for scanning only (never loaded)."""
    root = tmp_path_factory.mktemp("scan")
    return {case.name: hostile.build_case(case, root) for case in CASES}


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_payload_really_runs(case, proven):
    if case.platform not in (None, sys.platform):
        pytest.skip(f"{case.name} only runs on {case.platform}")
    assert proven[case.name], f"{case.name}: the payload did not run under its loader ({case.loader})"


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_scan_flags_payload_and_runs_nothing(case, corpus):
    path = corpus[case.name]
    report = scan(path)
    assert not hostile.effect_happened(case, path), "scanning ran the payload"
    assert report.verdict != "safe"
    if case.expect == "dangerous":
        assert report.verdict == "dangerous", [f.to_json() for f in report.findings]
    dangerous = [f for f in report.findings if f.severity == "dangerous"]
    assert all(f.detail and f.kind for f in dangerous)
    assert any(f.offset is not None for f in dangerous)


def test_scan_never_imports_torch_numpy_or_rich(corpus, benign):
    roots = [str(next(iter(corpus.values())).parent.parent), str(benign["dir"])]
    code = f"""
import argparse, contextlib, io, sys
from torchckpt.scanner import scan_paths
from torchckpt.cli import scan as command
results = scan_paths({roots!r}, recursive=True)
assert len(results) > 60, len(results)
parser = argparse.ArgumentParser()
command.register(parser.add_subparsers())
args = parser.parse_args(["scan", "--json", "-r", *{roots!r}])
with contextlib.redirect_stdout(io.StringIO()):
    assert args.func(args) == 1
# numpy decides dtypes beyond one type code (the corpus spells object dtypes so); test_npy_scan
# checks that ordinary arrays scan without it
bad = [m for m in ("torch", "rich") if m in sys.modules]
assert not bad, bad
"""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=_env(), timeout=120)
    assert out.returncode == 0, out.stderr[-2000:]
    for case in CASES:
        assert not hostile.effect_happened(case, corpus[case.name])


def test_findings_locate_the_payload(corpus):
    report = scan(corpus["torch-zip-data-pkl"])
    found = next(f for f in report.findings if f.global_name == "os.system")
    assert found.entry.endswith("/data.pkl") and found.offset == 0 and found.opcode == "GLOBAL"
    legacy = scan(corpus["legacy-pickle-4"])
    assert any("legacy pickle 4 (main object)" in (f.entry or "") for f in legacy.findings if f.severity == "dangerous")
    tar = scan(corpus["legacy-tar-storages"])
    assert any(f.entry == "storages" for f in tar.findings if f.severity == "dangerous")
    nested = scan(corpus["load-from-bytes-nested"])
    assert any("_load_from_bytes@" in (f.entry or "") for f in nested.findings if f.severity == "dangerous")


def test_truncations_of_a_payload_are_never_safe(tmp_path):
    payload = hostile.raw_payload(tmp_path)
    after_global = payload.index(b"\n", payload.index(b"\n") + 1) + 1
    for cut in range(after_global, len(payload)):
        path = tmp_path / "cut.pkl"
        path.write_bytes(payload[:cut])
        assert scan(path).verdict == "dangerous", cut


def _one_call(module: str, name: str) -> bytes:
    return proto(2) + glob0(module, name) + EMPTY_TUPLE + REDUCE + STOP


# From the picklescan GHSAs (tests/init_data_files.py), modelscan's settings, fickling's bypasses.
ADVISORY_GLOBALS = [
    ("torch.utils.bottleneck.__main__", "run_cprofile"), ("torch._dynamo.guards", "GuardBuilder.get"),
    ("torch.fx.experimental.symbolic_shapes", "ShapeEnv.evaluate_guards_expression"),
    ("torch.utils.collect_env", "run"), ("torch.utils.data.datapipes.utils.decoder", "basichandlers"),
    ("torch.jit.unsupported_tensor_ops", "execWrapper"), ("torch.utils._config_module", "ConfigModule.load_config"),
    ("trace", "Trace.run"), ("profile", "Profile.runctx"), ("lib2to3.pgen2.grammar", "Grammar.loads"),
    ("idlelib.debugobj", "ObjectTreeItem.SetText"), ("idlelib.pyshell", "ModifiedInterpreter.runcode"),
    ("code", "InteractiveInterpreter.runcode"), ("ensurepip", "_run_pip"), ("doctest", "debug_script"),
    ("cProfile", "runctx"), ("asyncio.unix_events", "_UnixSubprocessTransport._start"),
    ("distutils.file_util", "write_file"), ("ctypes", "CDLL"), ("pydoc", "locate"), ("pydoc", "pipepager"),
    ("operator", "methodcaller"), ("pty", "spawn"), ("numpy.f2py.crackfortran", "getlincoef"), ("io", "FileIO"),
    ("urllib.request", "urlopen"), ("ssl", "get_server_certificate"), ("pip", "main"), ("venv", "create"),
    ("numpy.testing._private.utils", "runstring"), ("torch._inductor.codecache", "compile_file"),
    ("bdb", "Bdb.run"), ("requests.api", "get"), ("aiohttp.client", "ClientSession"), ("httplib", "HTTPSConnection"),
    ("http.client", "HTTPSConnection"), ("socket", "create_connection"), ("sys", "exit"), ("_pickle", "loads"),
    ("multiprocessing.util", "spawnv_passfds"), ("marshal", "loads"), ("types", "CodeType"), ("runpy", "run_path"),
    ("_posixsubprocess", "fork_exec"), ("_operator", "attrgetter"), ("functools", "reduce"),
    ("importlib", "import_module"), ("pkgutil", "resolve_name"), ("torch", "load"), ("torch.serialization", "load"),
    ("torch", "serialization.load"), ("torch.hub", "load"), ("torch.jit", "load"),
    ("torch.utils.cpp_extension", "load"),
    ("numpy", "load"), ("joblib", "load"), ("dill", "loads"), ("webbrowser", "open"), ("shutil", "rmtree"),
    ("builtins", "breakpoint"), ("builtins", "compile"), ("__builtin__", "apply"), ("nt", "system"),
    ("os", "execv"), ("subprocess", "check_output"), ("asyncio", "create_subprocess_shell"), ("timeit", "timeit"),
    ("linecache", "getline"), ("sys", "modules"), ("builtins", "setattr"), ("copyreg", "add_extension"),
    ("mypkg.utils", "system"), ("pathlib", "os.system"), ("collections", "OrderedDict.__init__.__globals__"),
    ("torch", "FloatStorage.from_file"), ("pathlib", "Path.write_text"), ("builtins", "__import__"),
]


@pytest.mark.parametrize("module,name", ADVISORY_GLOBALS, ids=lambda v: v)
def test_published_globals_are_dangerous(module, name, tmp_path):
    assert classify(module, name)[0] == "dangerous"
    path = tmp_path / "g.pkl"
    path.write_bytes(_one_call(module, name) if "." not in name else
                     proto(4) + ustr(module) + ustr(name) + b"\x93" + EMPTY_TUPLE + REDUCE + STOP)
    assert scan(path).verdict == "dangerous"


@pytest.mark.parametrize("module,name,expected", [
    ("collections", "OrderedDict", "safe"), ("torch._utils", "_rebuild_tensor_v2", "safe"),
    ("torch.nn.modules.linear", "Linear", "safe"), ("argparse", "Namespace", "safe"),
    ("builtins", "dict", "safe"), ("torch.jit._pickle", "build_intlist", "safe"),
    ("os.path", "join", "suspicious"), ("posixpath", "join", "suspicious"), ("__main__", "Net", "suspicious"),
    ("sklearn.linear_model", "LinearRegression", "suspicious"), ("builtins", "print", "suspicious"),
    ("torch.nn.modules.linear", "Linear.forward", "suspicious"), ("mypkg.code", "Encoder", "suspicious"),
])
def test_classification_table(module, name, expected):
    assert classify(module, name)[0] == expected


# --- tricks that need no proof run ---------------------------------------------------------------

def _write(tmp_path: Path, data: bytes, name: str = "x.pkl") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_build_on_a_global_is_monkeypatching(tmp_path):
    data = proto(2) + glob0("argparse", "Namespace") + NONE + b"}" + str0("__reduce__") + glob0("mod", "f") \
        + SETITEM + b"\x86" + b"b" + STOP
    report = scan(_write(tmp_path, data))
    assert report.verdict == "dangerous"
    assert any(f.kind == "build" for f in report.findings)


def test_build_that_plants_setstate_is_dangerous_even_with_an_unknown_callable(tmp_path):
    obj = glob0("argparse", "Namespace") + EMPTY_TUPLE + b"\x81"
    state = NONE + b"}" + str0("__setstate__") + glob0("innocent.module", "helper") + SETITEM + b"\x86"
    report = scan(_write(tmp_path, proto(2) + obj + state + b"b" + str0("x") + b"b" + STOP))
    assert report.verdict == "dangerous"
    assert any(f.kind == "build" and "__setstate__" in f.detail for f in report.findings)


def test_setitem_on_a_non_dict_is_the_weights_only_cve(tmp_path):
    data = proto(2) + glob0("torch", "Size") + MARK + b"K\x02" + TUPLE + TUPLE1 + REDUCE + b"K\x01K\x02" + SETITEM \
        + STOP
    assert scan(_write(tmp_path, data)).verdict in ("dangerous", "error")


def test_indirect_call_through_a_stub_is_not_safe(tmp_path):
    inner = call(glob0("mylib", "factory"), str0("x"))
    report = scan(_write(tmp_path, proto(2) + call(inner, str0("y")) + STOP))
    assert report.verdict == "suspicious"
    assert any(f.kind == "indirect-call" for f in report.findings)


def test_calling_a_torch_module_class_directly_is_suspicious(tmp_path):
    data = proto(2) + call(glob0("torch.nn.modules.linear", "Linear"), b"K\x02", b"K\x02") + STOP
    report = scan(_write(tmp_path, data))
    assert report.verdict == "suspicious" and [f.kind for f in report.findings] == ["call"]


def test_load_from_bytes_on_a_computed_value_is_dangerous(tmp_path):
    computed = call(glob0("mylib", "make_bytes"))
    report = scan(_write(tmp_path, proto(2) + call(glob0("torch.storage", "_load_from_bytes"), computed) + STOP))
    assert report.verdict == "dangerous"


def test_stacked_benign_pickles_and_trailing_bytes(tmp_path):
    two = scan(_write(tmp_path, pickle.dumps([1]) + pickle.dumps({"a": 2})))
    assert two.verdict == "safe" and two.pickles == 2
    assert any(f.kind == "stacked" for f in two.findings)
    trailing = scan(_write(tmp_path, pickle.dumps([1]) + b"\n\n\t\tgarbage", "t.pkl"))
    assert trailing.verdict == "suspicious"
    assert any(f.kind == "trailing-data" for f in trailing.findings)


def test_broken_or_truncated_streams_are_errors_not_safe(tmp_path):
    good = pickle.dumps({"weights": list(range(50))}, protocol=2)
    assert scan(_write(tmp_path, good[:-5])).verdict == "error"
    assert scan(_write(tmp_path, b"", "empty.pkl")).verdict == "error"
    assert scan(_write(tmp_path, b"\x80\x09garbage", "proto9.pkl")).verdict == "error"


def _zip_with(entries: list[tuple[str, bytes]], *, flag_bits: int = 0) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in entries:
            z.writestr(name, data)
    raw = bytearray(buf.getvalue())
    for magic, at in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):   # zipfile resets flag bits: set them after
        pos = 0
        while (pos := raw.find(magic, pos)) >= 0:
            struct.pack_into("<H", raw, pos + at, struct.unpack_from("<H", raw, pos + at)[0] | flag_bits)
            pos += 4
    return bytes(raw)


def test_duplicate_zip_entries_are_both_scanned(tmp_path):
    with pytest.warns(UserWarning):
        data = _zip_with([("a/data.pkl", hostile.raw_payload(tmp_path)), ("a/data.pkl", pickle.dumps({}))])
    report = scan(_write(tmp_path, data, "dup.pt"))
    assert report.verdict == "dangerous"
    assert any(f.kind == "zip" and "two entries" in f.detail for f in report.findings)


def test_encrypted_flag_and_crc_mismatch(tmp_path):
    flagged = scan(_write(tmp_path, _zip_with([("a/data.pkl", hostile.raw_payload(tmp_path))], flag_bits=0x1),
                          "enc.pt"))
    assert flagged.verdict == "dangerous"
    assert any("encrypted" in f.detail for f in flagged.findings)
    raw = bytearray(_zip_with([("a/data.pkl", pickle.dumps({"k": 1}))]))
    central = raw.rfind(b"PK\x01\x02")
    raw[central + 16] ^= 0xFF
    crc = scan(_write(tmp_path, bytes(raw), "crc.pt"))
    assert crc.verdict == "suspicious"
    assert any("CRC" in f.detail for f in crc.findings)


def test_storage_larger_than_its_entry(tmp_path):
    path = tmp_path / "s.pt"
    torch.save({"w": torch.ones(16)}, path)
    rewrite_zip(path, tmp_path / "short.pt", {"data/0": lambda data: data[:8]})
    report = scan(tmp_path / "short.pt")
    assert report.verdict == "dangerous"
    assert any(f.kind == "storage" for f in report.findings)


def test_pickle_hidden_in_a_tensor_entry_of_a_real_checkpoint(tmp_path):
    path = tmp_path / "s.pt"
    torch.save({"w": torch.ones(4096)}, path)
    rewrite_zip(path, tmp_path / "hid.pt", {"data/0": lambda data: hostile.raw_payload(tmp_path) + data})
    assert scan(tmp_path / "hid.pt").verdict == "dangerous"


def test_random_and_constant_tensor_data_never_reads_as_a_pickle(tmp_path):
    g = torch.Generator().manual_seed(0)
    tensors = {}
    for i in range(1200):
        tensors[f"t{i}"] = [torch.randn(16, generator=g), torch.randint(0, 256, (64,), dtype=torch.uint8, generator=g),
                            torch.randn(8, generator=g).half(), torch.full((32,), i % 256, dtype=torch.uint8),
                            torch.full((8,), float(i % 97) / 7), torch.randint(-9, 9, (8,), generator=g)][i % 6]
    torch.save(tensors, tmp_path / "noise.pt")
    report = scan(tmp_path / "noise.pt")
    assert report.verdict == "safe", [f.to_json() for f in report.findings][:5]


def test_compressed_pickle_inside_a_zip_entry(tmp_path):
    import gzip

    payload = gzip.compress(hostile.raw_payload(tmp_path))
    data = _zip_with([("a/data.pkl", pickle.dumps({})), ("a/extra.bin.gz", payload)])
    assert scan(_write(tmp_path, data, "gz.zip")).verdict == "dangerous"


def test_tar_whose_first_name_is_a_pickle(tmp_path):
    import tarfile

    name = "cos\nsystem\n(S'true'\ntR."
    with tarfile.open(tmp_path / "poly.tar", "w", format=tarfile.USTAR_FORMAT) as tar:
        info = tarfile.TarInfo(name)
        tar.addfile(info, io.BytesIO(b""))
    report = scan(tmp_path / "poly.tar")
    assert report.verdict == "dangerous"
    assert any(f.kind == "polyglot" for f in report.findings)


def test_safetensors_headers(tmp_path):
    from safetensors.torch import save_file

    save_file({"w": torch.ones(2, 2)}, tmp_path / "ok.safetensors")
    assert scan(tmp_path / "ok.safetensors").verdict == "safe"
    header = json.dumps({"w": {"dtype": "F32", "shape": [1000000], "data_offsets": [0, 4000000]}}).encode()
    absurd = scan(_write(tmp_path, struct.pack("<Q", len(header)) + header + b"\0" * 16, "absurd.safetensors"))
    assert absurd.verdict == "safe" and any(f.severity == "warning" for f in absurd.findings)
    broken = scan(_write(tmp_path, struct.pack("<Q", 12) + b"{not json!!}", "broken.safetensors"))
    assert broken.verdict == "error"


# --- benign files --------------------------------------------------------------------------------

@pytest.fixture(scope="session")
def benign(tmp_path_factory) -> dict[str, Path]:
    d = tmp_path_factory.mktemp("benign")
    files = hostile.build_benign(d)
    (d / "README.md").write_text("# not a model\n")
    files["dir"] = d
    return files


@pytest.mark.parametrize("name", sorted(hostile.BENIGN_EXPECTED))
def test_benign_files_are_not_flagged(name, benign):
    report = scan(benign[name])
    assert report.verdict == hostile.BENIGN_EXPECTED[name], [f.to_json() for f in report.findings]
    assert not any(f.severity == "dangerous" for f in report.findings)


def test_whole_model_of_a_user_class_is_suspicious_with_the_class_list(benign):
    report = scan(benign["user_model.pt"])
    assert report.verdict == "suspicious"
    assert report.classes == ["hostile.TinyNet"]


def test_torchscript_of_torch_operators_is_safe(benign):
    report = scan(benign["script.pt"])
    assert report.verdict == "safe"
    assert any(f.kind == "torchscript" and f.severity == "info" for f in report.findings)


def test_directory_scan_skips_non_model_files(benign):
    results = scan_paths([benign["dir"]], recursive=True)
    assert str(benign["dir"] / "README.md") in results.skipped
    assert {Path(r.path).name for r in results} == set(hostile.BENIGN_EXPECTED)
    assert exit_code(results) == 3   # user_model.pt is suspicious
    assert scan_paths([benign["dir"]])[0].verdict == "error"


# --- report, JSON, CLI ---------------------------------------------------------------------------

def test_cli_json_contract_and_exit_codes(corpus, benign, tmp_path):
    code, out, _ = cli_in_process("scan", "--json", str(benign["state_dict.pt"]), str(corpus["os-system-reduce"]))
    assert code == 1
    data = json.loads(out)
    assert [d["verdict"] for d in data] == ["safe", "dangerous"]
    assert set(data[1]) >= {"path", "verdict", "findings"}
    assert set(data[1]["findings"][0]) >= {"severity", "kind", "detail", "entry"}
    assert cli_in_process("scan", "--json", str(benign["state_dict.pt"]))[0] == 0
    assert cli_in_process("scan", "--json", str(benign["user_model.pt"]))[0] == 3
    assert cli_in_process("scan", "--json", str(tmp_path / "missing.pt"), str(benign["user_model.pt"]))[0] == 2
    assert cli_in_process("scan", "--json", str(tmp_path / "missing.pt"), str(corpus["inst-opcode"]))[0] == 1


def test_cli_renders_findings_and_a_summary(corpus, benign):
    code, out, _ = cli_in_process("scan", str(corpus["zip-name-mismatch"]), str(benign["user_model.pt"]))
    assert code == 1
    assert "dangerous" in out and "os.system" in out and "summary" in out and "TinyNet" in out


def test_names_from_files_are_made_printable(tmp_path):
    data = proto(2) + glob0("evil\x1b[31m", "x\x07") + EMPTY_TUPLE + REDUCE + STOP
    report = scan(_write(tmp_path, data))
    assert report.verdict == "suspicious"
    assert all("\x1b" not in f.detail and "\x07" not in f.detail for f in report.findings)


def test_report_round_trips_to_json(corpus):
    report = scan(corpus["legacy-pickle-1"])
    assert isinstance(report, ScanReport)
    again = json.loads(json.dumps(report.to_json()))
    assert again["verdict"] == "dangerous" and again["pickles"] >= 1
    import gc

    assert gc.isenabled()   # the scan pauses the cyclic collector and must turn it back on


def test_payloads_only_pop_their_result(tmp_path):
    # the corpus helpers themselves: a payload prefix leaves the original stream intact
    prefixed = os_system0(tmp_path) + POP + pickle.dumps({"a": 1}, 2)
    assert b"cos\nsystem\n" in prefixed and prefixed.endswith(STOP)
    assert binbytes(b"ab") == b"B\x02\x00\x00\x00ab"


# --- robustness ----------------------------------------------------------------------------------

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from .helpers import cli_in_process, rewrite_zip  # noqa: E402

_SEEDS = [pickle.dumps({"a": [1, 2], "b": b"x"}, p) for p in range(6)] + [
    proto(4) + ustr("os") + ustr("system") + b"\x93" + ustr("true") + TUPLE1 + REDUCE + STOP]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(seed=st.sampled_from(_SEEDS), cut=st.integers(0, 64), junk=st.binary(max_size=24),
       where=st.integers(0, 64))
def test_mutated_streams_never_crash_the_scanner(tmp_path, seed, cut, junk, where):
    data = seed[:where] + junk + seed[where + cut:]
    report = scan(_write(tmp_path, data, "fuzz.pkl"))
    assert report.verdict in ("safe", "suspicious", "dangerous", "error")


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(tail=st.binary(max_size=64))
def test_whatever_follows_a_dangerous_global_stays_dangerous(tmp_path, tail):
    report = scan(_write(tmp_path, b"cos\nsystem\n" + tail, "fuzz.pkl"))
    assert report.verdict == "dangerous"
