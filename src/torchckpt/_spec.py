"""Model specs on the command line: ``pkg.module:factory`` or ``path/to/file.py:factory``.

The factory is anything callable that returns an ``nn.Module`` (a class, a function), or a
module-level ``nn.Module`` instance; ``Class.method`` dotted attributes work too. This is
the one place the CLI runs user code, on purpose: the user names it.

>>> model = load_model_spec("examples/make_checkpoint.py:SmallResNet", kwargs={"num_classes": 10})  # doctest: +SKIP
"""

from __future__ import annotations

import ast
import contextlib
import importlib
import importlib.util
import os
import sys
from typing import Any

from .errors import ModelSpecError, TorchckptError

__all__ = ["ModelSpecError", "load_model_spec", "parse_model_args", "resolve_spec"]


_SPEC_HINT = "write 'package.module:factory' or 'path/to/file.py:factory' (factory: a class or function)"


def resolve_spec(spec: str) -> Any:
    """Import what ``spec`` names and return it (not called yet).

    >>> resolve_spec("torchvision.models:resnet18")            # doctest: +SKIP
    <function resnet18 ...>
    """
    target, sep, attr = spec.rpartition(":")
    if not sep or not target or not attr:
        raise ModelSpecError(spec, "expected MODULE:FACTORY", hint=_SPEC_HINT)
    if target.endswith(".py") or os.sep in target or "/" in target:
        module = _import_file(spec, target)
    else:
        module = _import_module(spec, target)
    obj: Any = module
    for part in attr.split("."):
        try:
            obj = getattr(obj, part)
        except AttributeError:
            names = sorted(n for n, v in vars(module).items() if not n.startswith("_") and callable(v)
                           and getattr(v, "__module__", None) == module.__name__)
            shown = ", ".join(names[:12]) + (" ..." if len(names) > 12 else "")
            raise ModelSpecError(spec, f"{target} has no attribute {attr!r}",
                                 hint=f"available: {shown}" if shown else _SPEC_HINT) from None
    return obj


def load_model_spec(spec: str, *, kwargs: dict[str, Any] | None = None) -> Any:
    """Build the model ``spec`` names: import, then call the factory with ``kwargs``.

    >>> load_model_spec("mypkg.models:Net", kwargs={"num_classes": 10})   # doctest: +SKIP
    Net(...)
    """
    import torch

    obj = resolve_spec(spec)
    if isinstance(obj, torch.nn.Module):
        if kwargs:
            raise ModelSpecError(spec, "names a model instance, which takes no arguments",
                                 hint="name a class or factory function to pass --model-arg")
        return obj
    if not callable(obj):
        raise ModelSpecError(spec, f"is a {type(obj).__name__}, not a class or function", hint=_SPEC_HINT)
    directory = _spec_dir(spec)
    try:
        with _on_path(directory):
            model = obj(**(kwargs or {}))
    except TorchckptError:
        raise
    except Exception as exc:  # the user's factory: any failure is theirs to read about
        raise ModelSpecError(spec, f"building the model failed: {type(exc).__name__}: {_one_line(exc)}",
                             hint="check the factory's arguments (--model-arg KEY=VALUE)") from exc
    if not isinstance(model, torch.nn.Module):
        raise ModelSpecError(spec, f"the factory returned a {type(model).__name__}, not a torch.nn.Module",
                             hint=_SPEC_HINT)
    return model


def parse_model_args(items: list[str] | None) -> dict[str, Any]:
    """``["num_classes=10", "name=resnet"]`` -> ``{"num_classes": 10, "name": "resnet"}``.

    Values are Python literals when they parse as one, strings otherwise.
    """
    result: dict[str, Any] = {}
    for item in items or []:
        key, sep, value = item.partition("=")
        if not sep or not key.isidentifier():
            raise TorchckptError(f"bad model argument {item!r}", hint="write KEY=VALUE, e.g. num_classes=10")
        try:
            result[key] = ast.literal_eval(value)
        except (ValueError, SyntaxError):
            result[key] = value
    return result


def _import_module(spec: str, name: str) -> Any:
    # `python -m torchckpt` from a project root should find the project's own packages.
    with _on_path(os.getcwd()):
        try:
            return importlib.import_module(name)
        except ImportError as exc:
            raise ModelSpecError(spec, f"cannot import {name!r}: {_one_line(exc)}",
                                 hint="install the package or run from the directory that holds it") from exc
        except Exception as exc:
            raise ModelSpecError(spec, f"importing {name!r} failed: {type(exc).__name__}: {_one_line(exc)}") from exc


def _import_file(spec: str, target: str) -> Any:
    path = os.path.abspath(target)
    if not os.path.isfile(path):
        raise ModelSpecError(spec, f"no such file {target!r}", hint=_SPEC_HINT)
    stem = os.path.splitext(os.path.basename(path))[0]
    for module in list(sys.modules.values()):
        file = getattr(module, "__file__", None)
        if file and os.path.abspath(file) == path:
            return module
    # A real module name (not a synthetic one) keeps pickling and TorchScript's source
    # lookup working; fall back to a private name only when the stem is taken.
    name = stem if stem.isidentifier() and stem not in sys.modules else f"_torchckpt_model_{abs(hash(path)):x}"
    module_spec = importlib.util.spec_from_file_location(name, path)
    if module_spec is None or module_spec.loader is None:
        raise ModelSpecError(spec, f"{target!r} is not a Python file", hint=_SPEC_HINT)
    module = importlib.util.module_from_spec(module_spec)
    sys.modules[name] = module
    try:
        with _on_path(os.path.dirname(path)):
            module_spec.loader.exec_module(module)
    except Exception as exc:
        del sys.modules[name]
        raise ModelSpecError(spec, f"running {target!r} failed: {type(exc).__name__}: {_one_line(exc)}",
                             hint="the file is imported as a module; check its imports") from exc
    return module


def _spec_dir(spec: str) -> str | None:
    target = spec.rpartition(":")[0]
    if target.endswith(".py") or "/" in target or os.sep in target:
        return os.path.dirname(os.path.abspath(target))
    return None


class _on_path:
    """Put ``directory`` first on ``sys.path`` for the duration (model files import siblings)."""

    def __init__(self, directory: str | None):
        self.directory = directory
        self.added = False

    def __enter__(self) -> None:
        if self.directory and self.directory not in sys.path:
            sys.path.insert(0, self.directory)
            self.added = True

    def __exit__(self, *exc: object) -> None:
        if self.added and self.directory:
            with contextlib.suppress(ValueError):
                sys.path.remove(self.directory)


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split()) or type(exc).__name__
