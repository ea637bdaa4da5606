"""Messages that tell the user what to pass speak the caller's language: the Python API's
parameters (``strict=False``) or the command line's flags (``--non-strict``).

Library code builds hints with :func:`option`; the CLI wraps each command in
:func:`cli_wording`, so the same error reads ``pass --on-mismatch skip`` in a terminal and
``pass on_mismatch='skip'`` in a notebook.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from contextvars import ContextVar

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

    from .vocab import Audience

__all__ = ["audience", "cli_wording", "option"]

_AUDIENCE: ContextVar[Audience] = ContextVar("torchckpt_audience", default="api")

# Parameters whose flag is not ``--name-with-dashes VALUE``: (parameter, value) -> flag text.
_FLAGS: dict[tuple[str, Any], str] = {
    ("strict", False): "--non-strict",
    ("verify", False): "--no-verify",
    ("dynamic_batch", False): "--static-batch",
    ("skip_unsupported", True): "--skip-unsupported",
}
_RENAMED = {"example_inputs": "--input", "model_kwargs": "--model-arg", "prefer": "--weights"}


def audience() -> Audience:
    return _AUDIENCE.get()


@contextlib.contextmanager
def cli_wording() -> Iterator[None]:
    """Within this block, :func:`option` names command-line flags."""
    token = _AUDIENCE.set("cli")
    try:
        yield
    finally:
        _AUDIENCE.reset(token)


def _cli_value(value: Any) -> str:
    if isinstance(value, (tuple, list)):
        return " ".join(_cli_value(v) for v in value)
    return _quote(str(value))


# shlex.quote's safe characters ([\w@%+=:,./-] in ASCII): importing shlex (its regex, its lexer class)
# costs inspect's start-up more than the message it quotes for
_SAFE = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_@%+=:,./-")


def _quote(text: str) -> str:
    """``shlex.quote(text)`` (tests/test_startup.py compares the two)."""
    if not text:
        return "''"
    if _SAFE.issuperset(text):
        return text
    return "'" + text.replace("'", "'\"'\"'") + "'"


def option(name: str, value: Any = ..., *, placeholder: str | None = None) -> str:
    """How to pass parameter ``name`` (with ``value``) in the current audience's words.

    >>> option("on_mismatch", "skip")
    "on_mismatch='skip'"
    >>> with cli_wording():
    ...     option("on_mismatch", "skip"), option("strict", False), option("rename", ("^a", "b"))
    ('--on-mismatch skip', '--non-strict', "--rename '^a' b")

    ``placeholder`` stands for a value to choose (``option("key", placeholder="PATH")``:
    ``key=PATH`` / ``--key PATH``).
    """
    if _AUDIENCE.get() == "api":
        if placeholder is not None:
            return f"{name}={placeholder}"
        if value is ...:
            return name
        if name == "rename" and isinstance(value, tuple) and len(value) == 2:
            return f"rename=[(r'{value[0]}', {value[1]!r})]"  # a raw string: the regex as typed
        return f"{name}={value!r}"
    try:
        special = _FLAGS.get((name, value)) if value is not ... else None
    except TypeError:  # unhashable value
        special = None
    if special is not None:
        return special
    flag = _RENAMED.get(name, "--" + name.replace("_", "-"))
    if placeholder is not None:
        return f"{flag} {placeholder}"
    if value is ... or value is True:
        return flag
    return f"{flag} {_cli_value(value)}"
