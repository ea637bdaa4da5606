"""Hostile files: callables that reach code execution (denylist), TorchScript code.

Each builder writes a file whose payload runs under the loader named in its Case (proven by
tests/test_scan.py in a subprocess); CASES is appended to ``hostile.CASES``.
"""

from __future__ import annotations

from hostile import Case

CASES: tuple[Case, ...] = ()
