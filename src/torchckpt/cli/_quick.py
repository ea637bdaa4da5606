"""The plainest command lines (``inspect --json FILE``, ``scan --json FILE...``) read without argparse.

argparse (with gettext and locale, which it loads to translate its messages) and building and
running its parser cost ``inspect --json`` ~16 M instructions of ~290 M, for a line a script or CI
job writes the same way every time. A line is taken here only when every token after the command
is an exact flag of the command (no abbreviation, no ``--flag=value``, no cluster of short flags),
the value after a flag that takes one plainly (no type, no choices), or one of a single run of
positionals, none starting with ``-``, as many as the command's positionals take; and only for the
actions whose outcome needs nothing of argparse (store, store_true/false/const; positionals of one
value or ``+``). Anything else, ``--help`` and every mistake among them, returns None and goes to
argparse: its help and its errors, word for word. The arguments are the ones the command's own
``register()`` declares, to a recorder standing in for argparse's parser (no second spelling of
them); tests/test_cli_quick.py compares the outcome with argparse's on many command lines.
"""

from __future__ import annotations

import importlib
from types import SimpleNamespace

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

__all__ = ["COMMAND_DEST", "declare_top", "quick_parse"]

# Where the command's name goes (argparse's subparsers dest).
COMMAND_DEST = "command"
_SUPPRESS = "==SUPPRESS=="  # argparse.SUPPRESS: no attribute at all
# Actions whose default is what argparse gives them without running anything of theirs.
_DEFAULTS: dict[str | None, Any] = {None: None, "store": None, "store_const": None, "store_true": False,
                                    "store_false": True, "append": None, "append_const": None, "count": None,
                                    "extend": None, "help": _SUPPRESS, "version": _SUPPRESS}
_FLAG_VALUES = {"store_true": True, "store_false": False}


def declare_top(parser: Any) -> None:
    """The options before the command, on argparse's parser or on the recorder."""
    from .. import __version__

    parser.add_argument("--version", action="version", version=f"torchckpt {__version__}")
    parser.add_argument("--debug", action="store_true",
                        help="show tracebacks for errors (accepted anywhere on the line)")


class _Argument:
    """One ``add_argument`` call, as argparse would read it."""

    def __init__(self, flags: tuple[str, ...], kwargs: dict[str, Any]) -> None:
        self.flags = flags
        self.action = kwargs.get("action")
        self.known = isinstance(self.action, str | None) and self.action in _DEFAULTS
        self.nargs, self.const = kwargs.get("nargs"), kwargs.get("const")
        self.type, self.choices = kwargs.get("type"), kwargs.get("choices")
        self.required = bool(kwargs.get("required"))
        self.default = kwargs["default"] if "default" in kwargs else _DEFAULTS.get(self.action)
        self.positional = bool(flags) and not flags[0].startswith("-")
        if self.positional:
            self.dest = flags[0]
        else:  # argparse: the first long flag, else the first; dashes to underscores
            longs = [f for f in flags if f.startswith("--")]
            self.dest = kwargs.get("dest") or (longs or list(flags))[0].lstrip("-").replace("-", "_")


class _Recorder:
    """Stands in for argparse's parser and subparsers while ``register()`` declares arguments."""

    def __init__(self) -> None:
        self.arguments: list[_Argument] = []
        self.defaults: dict[str, Any] = {}
        self.commands: dict[str, _Recorder] = {}
        self.plain = True

    def add_parser(self, name: str, **kwargs: Any) -> _Recorder:
        command = self.commands[name] = _Recorder()
        command.plain = not kwargs.get("aliases")
        return command

    def add_argument(self, *flags: str, **kwargs: Any) -> None:
        self.arguments.append(_Argument(flags, kwargs))

    def set_defaults(self, **kwargs: Any) -> None:
        self.defaults.update(kwargs)

    def __getattr__(self, name: str) -> Any:
        # groups, mutually exclusive ones and the rest: not imitated, argparse reads such a command
        self.plain = False
        return lambda *args, **kwargs: self


def quick_parse(argv: list[str], commands: tuple[str, ...], module_of: dict[str, str]) -> SimpleNamespace | None:
    """What ``parse_args(argv)`` returns, for the plainest lines; None for argparse to read."""
    if not argv or argv[0].startswith("-"):
        return None
    name = argv[0]
    module = module_of.get(name, name)
    if module not in commands:
        return None
    top, sub = _Recorder(), _Recorder()
    declare_top(top)
    importlib.import_module(f"{__package__}.{module}").register(sub)
    command = sub.commands.get(name)
    if command is None or not (top.plain and sub.plain and command.plain):
        return None
    values = _read(command, argv[1:])
    if values is None:
        return None
    return SimpleNamespace(**{**(_read(top, []) or {}), COMMAND_DEST: name, **values})  # argparse's order


def _read(command: _Recorder, tokens: list[str]) -> dict[str, Any] | None:
    arguments = command.arguments
    if not all(a.known for a in arguments) or set(command.defaults) & {a.dest for a in arguments}:
        return None
    options = {flag: a for a in arguments if not a.positional for flag in a.flags}
    positionals = [a for a in arguments if a.positional]
    if any(a.nargs not in (None, "+") or a.type is not None or a.choices is not None for a in positionals):
        return None
    found: dict[str, Any] = {}
    run: list[str] = []
    closed = False
    i = 0
    while i < len(tokens):
        token = tokens[i]
        if not token.startswith("-"):
            if closed:
                return None  # positionals on both sides of an option: argparse's rules, argparse's reading
            run.append(token)
            i += 1
            continue
        option = options.get(token)
        if option is None or option.action not in (None, "store", "store_true", "store_false", "store_const"):
            return None
        if option.action in (None, "store"):
            if option.nargs is not None or option.type is not None or option.choices is not None \
                    or i + 1 == len(tokens) or tokens[i + 1].startswith("-"):
                return None
            found[option.dest] = tokens[i + 1]
            i += 2
        else:
            found[option.dest] = _FLAG_VALUES.get(option.action, option.const)
            i += 1
        closed = bool(run)
    ones = sum(a.nargs is None for a in positionals)
    rest = len(positionals) - ones  # positionals taking one or more
    if rest > 1 or (len(run) != ones if rest == 0 else len(run) <= ones):
        return None
    for a in positionals:
        if a.nargs is None:
            found[a.dest] = run.pop(0)
        else:
            take = len(run) - sum(b.nargs is None for b in positionals[positionals.index(a) + 1:])
            found[a.dest], run = run[:take], run[take:]
    if any(a.required and a.dest not in found for a in arguments):
        return None
    values: dict[str, Any] = {}
    for a in arguments:  # argparse: the first action of a dest gives its default
        if a.dest not in values and a.default != _SUPPRESS:
            values[a.dest] = a.default
    for a in arguments:  # a string default is converted by the action's type; not here
        if a.dest not in found and isinstance(values.get(a.dest), str) and a.type is not None:
            return None
    return {**values, **command.defaults, **found}
