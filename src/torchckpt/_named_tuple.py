"""``typing.NamedTuple``'s class syntax without typing at run time (the command's start-up budget).

``class Event(NamedTuple): kind: str; offset: int = 0`` makes the ``collections.namedtuple``
that typing would make (same fields, defaults, docstring and methods), but leaves the
annotations as the module wrote them: typing evaluates each one, and under
``from __future__ import annotations`` that is one ``compile()`` of a forward reference per
field. Type checkers see ``typing.NamedTuple`` (modules import this one ``if not TYPE_CHECKING``).
"""

from __future__ import annotations

import collections

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

__all__ = ["NamedTuple"]

# typing's NamedTupleMeta: what the class body may not define, and what it does not copy
_PROHIBITED = frozenset({"__new__", "__init__", "__slots__", "__getnewargs__", "_fields", "_field_defaults", "_make",
                         "_replace", "_asdict", "_source"})
_SPECIAL = frozenset({"__module__", "__name__", "__annotations__"})


class _NamedTupleMeta(type):
    def __new__(mcls, typename: str, bases: tuple[type, ...], ns: dict[str, Any]) -> Any:
        if bases != (_Base,):
            raise TypeError("can only inherit from a NamedTuple type")
        annotations: dict[str, Any] = dict(ns.get("__annotations__", {}))
        defaults: list[Any] = []
        for name in annotations:
            if name in ns:
                defaults.append(ns[name])
            elif defaults:
                raise TypeError(f"Non-default namedtuple field {name} cannot follow default field"
                                f"{'s' if len(defaults) > 1 else ''} {', '.join(n for n in annotations if n in ns)}")
        made = collections.namedtuple(typename, list(annotations), defaults=defaults,  # type: ignore[misc]
                                      module=ns["__module__"])
        made.__annotations__ = made.__new__.__annotations__ = annotations
        for key, value in ns.items():
            if key in _PROHIBITED:
                raise AttributeError("Cannot overwrite NamedTuple attribute " + key)
            if key not in _SPECIAL and key not in annotations:
                setattr(made, key, value)
        return made


_Base: Any = type.__new__(_NamedTupleMeta, "NamedTuple", (), {})
NamedTuple = _Base
