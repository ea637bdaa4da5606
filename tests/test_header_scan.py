"""safetensors and ONNX headers in the scanner come from the readers' own parsers: what the
reader refuses, the scanner warns about; ONNX external-data locations outside the model's
folder (any element type, any graph) are flagged."""

from __future__ import annotations

import json
import struct

import pytest

from torchckpt.formats.safetensors import header_problems
from torchckpt.scanner import scan

onnx = pytest.importorskip("onnx")


def _model(path, tensors) -> None:
    from onnx import TensorProto, helper

    graph = helper.make_graph([helper.make_node("Identity", ["x"], ["y"])], "g",
                              [helper.make_tensor_value_info("x", TensorProto.FLOAT, [1])],
                              [helper.make_tensor_value_info("y", TensorProto.FLOAT, [1])], initializer=tensors)
    onnx.save(helper.make_model(graph), str(path))


def _external(name: str, location: str, data_type: int):
    from onnx import TensorProto

    t = TensorProto(name=name, data_type=data_type, dims=[4], data_location=TensorProto.EXTERNAL)
    entry = t.external_data.add()
    entry.key, entry.value = "location", location
    return t


def test_onnx_external_locations(tmp_path):
    from onnx import TensorProto

    _model(tmp_path / "in.onnx", [_external("w", "weights.bin", TensorProto.FLOAT)])
    assert scan(tmp_path / "in.onnx").verdict == "safe"
    for i, (location, dtype) in enumerate([("../../etc/passwd", TensorProto.FLOAT), ("/etc/shadow", TensorProto.STRING),
                                          ("C:\\secret.bin", TensorProto.INT64)]):
        path = tmp_path / f"out{i}.onnx"
        _model(path, [_external("w", location, dtype)])
        report = scan(path)
        assert report.verdict == "suspicious", (location, [f.to_json() for f in report.findings])
        assert any("outside the model's folder" in f.detail for f in report.findings)


def test_safetensors_header_problems_are_the_readers(tmp_path):
    header = {"a": {"dtype": "F32", "shape": [2], "data_offsets": [0, 8]},
              "b": {"dtype": "F32", "shape": [2], "data_offsets": [4, 12]},
              "c": {"dtype": "F32", "shape": [3], "data_offsets": [0, 8]},
              "__metadata__": {"k": 1}}
    problems = header_problems(header, 16)
    assert any("overlap" in p for p in problems) and any("'c'" in p for p in problems)
    assert any("__metadata__" in p for p in problems)
    raw = json.dumps(header).encode()
    path = tmp_path / "bad.safetensors"
    path.write_bytes(struct.pack("<Q", len(raw)) + raw + b"\0" * 16)
    report = scan(path)
    assert report.verdict == "safe"
    assert {f.detail for f in report.findings if f.severity == "warning"} == set(problems)
