"""The unpickler's one-step reading of a state dict's tensor (``unpickler._tensor_record``) against its
opcode-by-opcode reading: the same tree, memo, stacks, events, end, and on hostile bytes (every
byte of some records changed, every truncation) the same failure at the same place."""

from __future__ import annotations

import io
import random
import re
import zipfile
from pathlib import Path
from typing import Any

import pytest
import torch

from torchckpt.allowlist import resolve
from torchckpt.errors import TorchckptError
from torchckpt.model import ObjectStub, StorageRef, TensorRef
from torchckpt.unpickler import PlainTensors, Unpickler


def _state_dict() -> dict[str, Any]:
    torch.manual_seed(0)
    base = torch.randn(6, 5)
    sd: dict[str, Any] = {f"layers.{i}.weight": torch.randn(4) for i in range(300)}  # memo past 256: LONG_BINPUT
    sd.update({
        "matrix": torch.randn(3, 5), "cube": torch.randn(2, 3, 4), "four": torch.randn(2, 2, 2, 2),
        "scalar": torch.tensor(1.5), "wide": torch.zeros(300), "huge": torch.zeros(70_000, dtype=torch.uint8),
        "view": base[2:], "transposed": base.t(), "half": torch.ones(3, dtype=torch.float16),
        "ints": torch.arange(5), "ключ": torch.ones(2), "empty": torch.zeros(0, 3), "base": base,
    })
    sd.update({f"tail.{i}": torch.randn(2, 2) for i in range(40)})
    return sd


@pytest.fixture(scope="module")
def data_pkl(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    path = tmp_path_factory.mktemp("records") / "sd.pt"
    torch.save(_state_dict(), path)
    with zipfile.ZipFile(path) as z:
        return z.read(next(n for n in z.namelist() if n.endswith("data.pkl")))


def _persistent(pid: Any) -> StorageRef:
    if not isinstance(pid, tuple) or len(pid) != 5 or not isinstance(pid[2], str) or type(pid[4]) is not int:
        raise ValueError("not a storage")
    return StorageRef(pid[2], getattr(pid[1], "dtype", None), str(pid[3]), pid[4])  # type: ignore[arg-type]


def _shape(value: Any, seen: set[int] | None = None) -> Any:
    """A comparable picture of what a reading built (tensors by their fields, stubs by class)."""
    seen = set() if seen is None else seen
    if isinstance(value, (dict, list, tuple)) and id(value) in seen:
        return "<seen>"
    if isinstance(value, dict):
        seen.add(id(value))
        return (type(value).__name__, [(_shape(k, seen), _shape(v, seen)) for k, v in value.items()])
    if isinstance(value, (list, tuple)):
        seen.add(id(value))
        return (type(value).__name__, [_shape(v, seen) for v in value])
    if isinstance(value, (set, frozenset)):   # (in an order of their own: a set's follows ids' hashes)
        return (type(value).__name__, sorted((_shape(v, seen) for v in value), key=repr))
    if isinstance(value, TensorRef):
        return ("tensor", value.dtype, value.shape, value.stride, value.offset, value.requires_grad,
                None if value.storage is None else (value.storage.key, value.storage.nbytes), value.kind)
    if isinstance(value, StorageRef):
        return ("storage", value.key, value.nbytes)
    if isinstance(value, ObjectStub):
        return ("stub", value.cls, _shape(value.args, seen))
    return (type(value).__name__, repr(value)[:80])


def _plain_storages(tag: Any, storage_type: Any, location: Any) -> Any:
    """``PlainTensors.storages`` for :func:`_persistent`: its storage, None where it fails."""
    def make(key: str, number: int, numel: int) -> StorageRef | None:
        try:
            return _persistent((tag, storage_type, key, location, numel))
        except ValueError:
            return None
    return make


def _read(data: bytes, *, fast: bool, record: bool = True) -> tuple[Any, ...]:
    """``record``: the scanner's reading (every event); else a reader's, whose one-step reading
    calls the allowlist's handlers directly; both build plain tensors themselves (PlainTensors)."""
    u = Unpickler(data, resolve=resolve, persistent_load=_persistent, record=record)
    u.fast_records = fast
    if fast:
        u.plain = PlainTensors(resolve("torch._utils", "_rebuild_tensor_v2"), resolve("collections", "OrderedDict"),
                               _plain_storages)
    try:
        value = u.load()
        outcome: tuple[Any, ...] = ("ok", _shape(value), u.end)
    except TorchckptError as exc:
        outcome = ("error", type(exc).__name__, exc.message, getattr(exc, "offset", None), getattr(exc, "reason", None))
    return (*outcome, u.pos, len(u.memo), _shape(u.memo.dense), len(u.metastack), _shape(u.stack),
            [tuple(e) for e in u.events])


@pytest.mark.parametrize("record", [True, False], ids=["scanner", "reader"])
def test_state_dict_reads_the_same_in_one_step(data_pkl: bytes, monkeypatch: pytest.MonkeyPatch, record: bool) -> None:
    steps: list[int] = []
    from torchckpt import unpickler

    record = unpickler._tensor_record

    def counted(*args: Any) -> int:
        dense = args[-1]
        before = len(dense)
        after = record(*args)
        steps.append((len(dense) - before) // 8)   # a record puts 8 memo entries
        return after

    monkeypatch.setattr(unpickler, "_tensor_record", counted)
    assert _read(data_pkl, fast=True, record=record) == _read(data_pkl, fast=False, record=record)
    assert sum(steps) > 250   # most tensors were read in one step each
    assert max(steps) > 100   # and a run of them in one call


def test_tree_is_what_torch_loads(data_pkl: bytes, tmp_path: Path) -> None:
    u = Unpickler(data_pkl, resolve=resolve, persistent_load=_persistent)
    tree = u.load()
    expected = torch.load(io.BytesIO(_torch_file(tmp_path)), weights_only=True)
    assert list(tree) == list(expected)
    for name, tensor in expected.items():
        ref = tree[name]
        assert (ref.shape, ref.stride, ref.offset) == (tuple(tensor.shape), tensor.stride(), tensor.storage_offset())


def _torch_file(tmp_path: Path) -> bytes:
    path = tmp_path / "again.pt"
    torch.save(_state_dict(), path)
    return path.read_bytes()


def _record_span(data: bytes, key: str) -> tuple[int, int]:
    start = data.index(b"X" + len(key.encode()).to_bytes(4, "little") + key.encode())
    return start, data.index(b"X", start + 40)   # up to the next key (past the storage key's string)


# the reader's one-step reading differs from the scanner's only in its calls: two records suffice
@pytest.mark.parametrize(("key", "record"), [(key, True) for key in ("layers.270.weight", "scalar", "cube", "huge")]
                         + [("layers.270.weight", False), ("scalar", False)])
def test_every_changed_byte_fails_or_reads_alike(data_pkl: bytes, key: str, record: bool) -> None:
    start, stop = _record_span(data_pkl, key)
    _mutants_read_alike(data_pkl, start, stop, random.Random(key), (0x72, 0x68, 0x85, 0x4D), record=record)


def _mutants_read_alike(data: bytes, start: int, stop: int, rng: random.Random, values: tuple[int, ...], *,
                        record: bool) -> None:
    """Each byte of ``data[start:stop]`` changed (to a random value, its low bit flipped and each of
    ``values``) reads alike in one step and opcode by opcode."""
    for at in range(start, stop):
        for value in {rng.randrange(256), data[at] ^ 1, *values}:
            mutant = data[:at] + bytes([value]) + data[at + 1:]
            assert _read(mutant, fast=True, record=record) == _read(mutant, fast=False, record=record), (at, value)


@pytest.mark.parametrize("record", [True, False], ids=["scanner", "reader"])
def test_every_truncation_fails_alike(data_pkl: bytes, record: bool) -> None:
    start, stop = _record_span(data_pkl, "layers.280.weight")
    for cut in range(start, stop + 1):
        assert _read(data_pkl[:cut], fast=True, record=record) == _read(data_pkl[:cut], fast=False, record=record), cut


def test_zero_dim_tensors_read_in_one_step(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An optimizer's ``step`` tensors (0-dim: size and stride are unmemoised EMPTY_TUPLEs) are records too."""
    path = tmp_path / "steps.pt"
    torch.save({f"state.{i}.step": torch.tensor(float(i)) for i in range(400)}, path)
    with zipfile.ZipFile(path) as z:
        data = z.read(next(n for n in z.namelist() if n.endswith("data.pkl")))
    from torchckpt import unpickler

    steps: list[int] = []
    record = unpickler._tensor_record

    def counted(*args: Any) -> int:
        before = len(args[-1])
        after = record(*args)
        steps.append((len(args[-1]) - before) // 6)   # a 0-dim record puts 6 memo entries
        return after

    monkeypatch.setattr(unpickler, "_tensor_record", counted)
    for record_events in (True, False):
        assert _read(data, fast=True, record=record_events) == _read(data, fast=False, record=record_events)
    assert sum(steps) > 2 * 300
    tree = Unpickler(data, resolve=resolve, persistent_load=_persistent).load()
    assert tree["state.399.step"].shape == () and tree["state.399.step"].stride == ()


@pytest.fixture(scope="module")
def optimizer_pkl(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    """An Adam state (keys "step", "exp_avg", "exp_avg_sq" memoised once, then read by GETs)."""
    torch.manual_seed(0)
    params = [torch.nn.Parameter(torch.randn(3)) for _ in range(120)]
    opt = torch.optim.Adam(params)
    for p in params:
        p.grad = torch.ones_like(p)
    opt.step()
    path = tmp_path_factory.mktemp("records") / "adam.pt"
    torch.save(opt.state_dict(), path)
    with zipfile.ZipFile(path) as z:
        return z.read(next(n for n in z.namelist() if n.endswith("data.pkl")))


@pytest.mark.parametrize("record", [True, False], ids=["scanner", "reader"])
def test_tensors_keyed_by_a_memoised_string_read_in_one_step(optimizer_pkl: bytes, monkeypatch: pytest.MonkeyPatch,
                                                             record: bool) -> None:
    from torchckpt import unpickler

    made: list[int] = []
    read = unpickler._tensor_record

    def counted(*args: Any) -> int:
        before = len(args[5])
        after = read(*args)
        made.append(sum(1 for v in args[5][before:] if isinstance(v, TensorRef)))
        return after

    monkeypatch.setattr(unpickler, "_tensor_record", counted)
    assert _read(optimizer_pkl, fast=True, record=record) == _read(optimizer_pkl, fast=False, record=record)
    assert sum(made) > 300   # of 360: all but the first params' (memo under 256)


def _get_record_span(data: bytes, nth: int) -> tuple[int, int]:
    """The bytes of the nth record keyed by a BINGET (from the GET to the next such GET)."""
    starts = [m.start() for m in re.finditer(rb"h.h.\(\(h", data, re.S)]
    return starts[nth], starts[nth + 1]


@pytest.mark.parametrize(("nth", "record"), [(150, True), (151, False)])
def test_every_changed_byte_of_a_get_keyed_record_reads_alike(optimizer_pkl: bytes, nth: int, record: bool) -> None:
    start, stop = _get_record_span(optimizer_pkl, nth)
    _mutants_read_alike(optimizer_pkl, start, stop, random.Random(nth), (0x72, 0x68, 0x6A, 0x29), record=record)
    for cut in range(start, stop + 1):
        assert _read(optimizer_pkl[:cut], fast=True, record=record) == _read(optimizer_pkl[:cut], fast=False,
                                                                             record=record), cut


# records the byte changes above cannot make: a size and a stride of different lengths, a storage
# key that is not torch's decimal (leading zero, sign, too long, other digits), a key past 9 digits
_SPLICES = {
    "stride-shorter": (b"K\x05K\x01\x86", b"K\x01\x85"),
    "stride-longer": (b"K\x05K\x01\x86", b"K\x05K\x01K\x01\x87"),
    "key-leading-zero": (b"X\x03\x00\x00\x00300", b"X\x04\x00\x00\x000300"),
    "key-plus": (b"X\x03\x00\x00\x00300", b"X\x04\x00\x00\x00+300"),
    "key-arabic-digits": (b"X\x03\x00\x00\x00300", "X\x06\x00\x00\x00\u0663\u0660\u0660".encode()),
    "key-ten-digits": (b"X\x03\x00\x00\x00300", b"X\x0a\x00\x00\x001234567890"),
    "key-length-short": (b"X\x03\x00\x00\x00300", b"X\x02\x00\x00\x00300"),
}


@pytest.mark.parametrize("name", sorted(_SPLICES))
def test_spliced_records_read_alike(data_pkl: bytes, name: str) -> None:
    old, new = _SPLICES[name]
    assert data_pkl.count(old) >= 1
    mutant = data_pkl.replace(old, new, 1)
    for record in (True, False):
        assert _read(mutant, fast=True, record=record) == _read(mutant, fast=False, record=record)


def test_plain_tensors_open_alike(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A checkpoint opened with its tensors built by the unpickler's loop (PlainTensors) is the one
    opened through the handlers: the same tree, the same storages in the same order, each from its
    own entry, shared ones shared."""
    import torchckpt
    from torchckpt.formats import torch_zip

    path = tmp_path / "sd.pt"
    sd = _state_dict()
    sd["tied"] = sd["layers.7.weight"]
    torch.save(sd, path)

    def opened() -> tuple[Any, ...]:
        ckpt = torchckpt.open(path)
        tree = ckpt.tree
        storages = [(s.key, s.dtype, s.location, s.nbytes, getattr(s.source, "index", None)) for s in ckpt.storages()]
        return (_shape(tree), storages, tree["tied"].storage is tree["layers.7.weight"].storage,
                tree["view"].storage is tree["base"].storage)

    built: list[int] = []
    plain_records = torch_zip.plain_tensors

    def counted(load: Any) -> Any:
        kit = plain_records(load)
        built.append(kit is not None)
        return kit

    monkeypatch.setattr(torch_zip, "plain_tensors", counted)
    fast = opened()
    monkeypatch.setattr(torch_zip, "plain_tensors", lambda load: None)
    assert fast == opened()
    assert built == [True] and fast[2] and fast[3]


# --- the real storage loaders: open and scan of changed files, plain records on and off -----------
def _opened(path: Path) -> tuple[Any, ...]:
    import torchckpt

    try:
        ckpt = torchckpt.open(path)
        storages = [(s.key, s.dtype, s.location, s.nbytes, getattr(s.source, "index", None)) for s in ckpt.storages()]
        return ("ok", _shape(ckpt.tree), storages)
    except TorchckptError as exc:
        return ("error", type(exc).__name__, exc.message)


def _scanned(path: Path) -> dict[str, Any]:
    import torchckpt

    got = torchckpt.scan(path).to_json()
    del got["seconds"]
    return got


def _outcomes(path: Path, monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    """What open and scan make of ``path`` with torch.save's records read by the unpickler's loop
    (torch_zip's and the scanner's storage makers), and with them read by the handlers."""
    from torchckpt import scanner
    from torchckpt.formats import torch_zip

    got = []
    for plain in (True, False):
        with monkeypatch.context() as m:
            if not plain:
                m.setattr(torch_zip, "plain_tensors", lambda load: None)
                m.setattr(scanner, "plain_tensors", lambda load: None)
            got.append((_opened(path), _scanned(path)))
    return got


def _rezipped(data: bytes, pickle: bytes, renames: dict[str, str]) -> bytes:
    """The torch zip ``data`` with ``pickle`` as its data.pkl and entries renamed (stored, as torch writes)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as dst:
        for info in src.infolist():
            body = pickle if info.filename.endswith("/data.pkl") else src.read(info)
            dst.writestr(renames.get(info.filename, info.filename), body)
    return out.getvalue()


def test_changed_files_open_and_scan_alike(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each byte of a record of a real torch.save file changed (in place: the pickle is stored)
    opens and scans alike with the records read by the loop and by the handlers: the same tree and
    storages, the same error, the same report. The storage makers stand in for persistent_load there."""
    data = _torch_file(tmp_path)
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        info = next(i for i in z.infolist() if i.filename.endswith("/data.pkl"))
        pickle = z.read(info)
    at = data.index(pickle)   # (stored: the pickle's bytes as they are in the file)
    path = tmp_path / "mutant.pt"
    rng = random.Random(14)
    start, stop = _record_span(pickle, "cube")   # (a size and stride of three ints each)
    for pos in range(start, stop):
        for value in {rng.randrange(256), pickle[pos] ^ 1, 0x4A}:
            mutant = bytearray(data)
            mutant[at + pos] = value
            path.write_bytes(mutant)
            fast, slow = _outcomes(path, monkeypatch)
            assert fast == slow, (pos, value)


# ids the byte changes above cannot make: a storage named by a number past the directory's count
# (found by name, not by number), a size the entry cannot hold, an element count below zero
_ID_SPLICES = {
    "number-past-count": (b"X\x03\x00\x00\x00300", b"X\x05\x00\x00\x0099999", {"300": "99999"}),
    "missing-storage": (b"X\x03\x00\x00\x00300", b"X\x05\x00\x00\x0099998", {}),
    "numel-too-big": (b"X\x03\x00\x00\x00300r", b"X\x03\x00\x00\x00300r", {}),
    "numel-negative": (b"X\x03\x00\x00\x00300r", b"X\x03\x00\x00\x00300r", {}),
}


@pytest.mark.parametrize("name", sorted(_ID_SPLICES))
def test_spliced_ids_open_and_scan_alike(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    data = _torch_file(tmp_path)
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        folder = z.namelist()[0].split("/", 1)[0]
        pickle = z.read(f"{folder}/data.pkl")
    old, new, renames = _ID_SPLICES[name]
    at = pickle.index(old)
    pickle = pickle[:at] + new + pickle[at + len(old):]
    if name.startswith("numel"):   # the element count after the location's GET: K<n> -> J<n>
        count = at + len(new) + 6
        assert pickle[count] == ord("K")
        value = (1 << 20) if name == "numel-too-big" else -3
        pickle = pickle[:count] + b"J" + value.to_bytes(4, "little", signed=True) + pickle[count + 2:]
    path = tmp_path / f"{name}.pt"
    path.write_bytes(_rezipped(data, pickle, {f"{folder}/data/{k}": f"{folder}/data/{v}" for k, v in renames.items()}))
    fast, slow = _outcomes(path, monkeypatch)
    assert fast == slow
    if name == "number-past-count":   # torch finds it too
        tree = fast[0][1][1]
        key, moved = next((k, v) for k, v in tree if v[0] == "tensor" and v[6][0] == "99999")
        assert torch.load(path, weights_only=True)[key[1].strip("'")].shape == moved[2]
    else:
        assert fast[0][0] == "error"
