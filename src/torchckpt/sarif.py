"""SARIF 2.1.0 for scan reports (``torchckpt scan --format sarif``), for code-scanning dashboards.

One run, one result per finding. ``ruleId`` is the finding's kind (``malformed``, ``zip``,
``path``...) or, for a global, ``global/<module.name>``; ``level`` maps the severity
(``dangerous``/``error`` -> ``error``, ``suspicious``/``warning`` -> ``warning``, ``info`` ->
``note``). Each result's physical location is the scanned file (a relative URI for a relative
path, a ``file://`` URI otherwise) with ``region.byteOffset`` the finding's offset; when the
finding names an entry (an archive member, a pickle inside the file) the entry is the result's
logical location and the offset counts from that entry's start (``properties.offsetIn``).
Every scanned file is listed in ``artifacts`` with its verdict, safe files included.

>>> doc = to_sarif(scan_paths(["model.pt"]), exit_code=0)      # doctest: +SKIP
>>> doc["runs"][0]["results"]                                  # doctest: +SKIP
[]
"""

from __future__ import annotations

import os
import urllib.parse
from collections.abc import Iterable
from typing import Any

from .scanner import Finding, ScanReport

__all__ = ["SARIF_SCHEMA", "SARIF_VERSION", "to_sarif"]

SARIF_VERSION = "2.1.0"
SARIF_SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
_LEVEL = {"dangerous": "error", "error": "error", "suspicious": "warning", "warning": "warning", "info": "note"}
# GitHub code scanning ranks security results by this property (CVSS-like, 0-10)
_SECURITY_SEVERITY = {"dangerous": "9.0", "error": "5.0", "suspicious": "5.0", "warning": "2.0", "info": "0.0"}


def _uri(path: str) -> str:
    """A relative URI reference for a relative path (what dashboards match to repository files),
    a ``file://`` URI for an absolute one."""
    if os.path.isabs(path):
        return "file://" + urllib.parse.quote(os.path.abspath(path).replace(os.sep, "/"))
    return urllib.parse.quote(os.path.normpath(path).replace(os.sep, "/"))


def _rule_id(f: Finding) -> str:
    return f"global/{f.global_name}" if f.kind == "global" and f.global_name else f.kind


def _rule(rule_id: str, f: Finding) -> dict[str, Any]:
    what = (f"the pickle names the global {f.global_name}" if rule_id.startswith("global/")
            else f"torchckpt scan finding of kind {f.kind!r}")
    return {"id": rule_id, "name": rule_id.replace("/", "_").replace(".", "_").replace("-", "_"),
            "shortDescription": {"text": what},
            "defaultConfiguration": {"level": _LEVEL.get(f.severity, "warning")},
            "properties": {"tags": ["security", "model-file"], "precision": "high",
                           "security-severity": _SECURITY_SEVERITY.get(f.severity, "5.0")}}


def _result(f: Finding, report: ScanReport, *, rule_index: int, artifact_index: int) -> dict[str, Any]:
    physical: dict[str, Any] = {"artifactLocation": {"uri": _uri(report.path), "index": artifact_index}}
    if f.offset is not None and f.offset >= 0:
        physical["region"] = {"byteOffset": f.offset}
    location: dict[str, Any] = {"physicalLocation": physical}
    if f.entry:
        location["logicalLocations"] = [{"fullyQualifiedName": f.entry, "kind": "member"}]
    return {
        "ruleId": _rule_id(f), "ruleIndex": rule_index, "level": _LEVEL.get(f.severity, "warning"),
        "message": {"text": f.detail},
        "locations": [location],
        "properties": {"severity": f.severity, "kind": f.kind, "entry": f.entry, "offset": f.offset,
                       "offsetIn": "entry" if f.entry else "file", "opcode": f.opcode, "global": f.global_name,
                       "count": f.count, "verdict": report.verdict,
                       "security-severity": _SECURITY_SEVERITY.get(f.severity, "5.0")},
    }


def to_sarif(reports: Iterable[ScanReport], *, exit_code: int) -> dict[str, Any]:
    """The SARIF 2.1.0 log (a JSON-ready dict) of ``reports``; ``exit_code`` is what the scan exits with."""
    from . import __version__

    rules: list[dict[str, Any]] = []
    rule_index: dict[str, int] = {}
    artifacts: list[dict[str, Any]] = []
    results: list[dict[str, Any]] = []
    for report in reports:
        artifact_index = len(artifacts)
        artifacts.append({"location": {"uri": _uri(report.path)},
                          "properties": {"verdict": report.verdict, "format": report.format}})
        for f in report.findings:
            rid = _rule_id(f)
            if rid not in rule_index:
                rule_index[rid] = len(rules)
                rules.append(_rule(rid, f))
            results.append(_result(f, report, rule_index=rule_index[rid], artifact_index=artifact_index))
    run = {
        "tool": {"driver": {"name": "torchckpt", "version": __version__, "rules": rules}},
        "invocations": [{"executionSuccessful": exit_code != 2, "exitCode": exit_code}],
        "artifacts": artifacts,
        "results": results,
    }
    return {"$schema": SARIF_SCHEMA, "version": SARIF_VERSION, "runs": [run]}
