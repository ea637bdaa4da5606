"""An opcode-level pickle interpreter that never imports and never calls anything it does not own.

It reads every protocol (0-5) the way CPython's C unpickler does, so that what it sees is
what ``pickle.load`` / ``torch.load`` would run:

- opcodes are read linearly; ``FRAME`` only announces a length (the C unpickler prefetches
  the frame and then keeps reading opcodes straight through frame boundaries);
- for protocols < 3, module/name pairs go through ``_compat_pickle`` (``__builtin__`` ->
  ``builtins``, ``copy_reg`` -> ``copyreg``) exactly like ``fix_imports=True``;
- globals are handed to a resolver (see :mod:`torchckpt.allowlist`) that returns either a
  handler we wrote or a :class:`~torchckpt.model.GlobalRef`; calling a ``GlobalRef``
  (``REDUCE``, ``NEWOBJ``, ``INST``, ``OBJ``) makes an :class:`~torchckpt.model.ObjectStub`.

Every global and every call is recorded as an :class:`Event` with its byte offset: the
scanner (:mod:`torchckpt.scanner`) judges those.
"""

from __future__ import annotations

import _compat_pickle
import codecs
import contextlib
import gc
import mmap
import struct
from collections.abc import Iterator
from typing import Any, Callable, NamedTuple

from .errors import CorruptFileError
from .model import GlobalRef, ObjectStub, PickledOrderedDict

__all__ = ["Event", "Handler", "Memo", "PickleStreamError", "Unpickler", "unpickle"]

_unpack_from = struct.unpack_from


class PickleStreamError(CorruptFileError):
    """The pickle stream is malformed or truncated at ``offset``."""


class Event(NamedTuple):
    """Something the stream asks for: ``kind`` is ``global`` (a name is resolved), ``call``
    (a callable is applied), ``build`` (state set on an object), ``persid``, ``ext``."""

    kind: str
    offset: int
    opcode: str
    module: str = ""
    name: str = ""
    detail: str = ""


class Handler:
    """A global the allowlist maps to our own safe function or type.

    ``call(args)`` runs for REDUCE; ``new(args, kwargs)`` for NEWOBJ (defaults to ``call``).
    Without a ``call`` the handler makes an :class:`ObjectStub` of a known-safe class.
    """

    __slots__ = ("module", "name", "_call", "_new")

    def __init__(self, module: str, name: str, call: Callable[..., Any] | None = None, *,
                 new: Callable[..., Any] | None = None):
        self.module, self.name = module, name
        self._call, self._new = call, new

    @property
    def qualname(self) -> str:
        return f"{self.module}.{self.name}"

    def call(self, args: tuple) -> Any:
        if self._call is None:
            return ObjectStub(self.qualname, args)
        return self._call(*args)

    def new(self, args: tuple, kwargs: dict | None = None) -> Any:
        if self._new is not None:
            return self._new(*args, **(kwargs or {}))
        if kwargs:
            return ObjectStub(self.qualname, args, kwargs=kwargs)
        return self.call(args)

    def __repr__(self) -> str:
        return f"<handler {self.qualname}>"


class Memo:
    """The unpickler's memo. Picklers PUT keys 0, 1, 2... in order, so those live in a list (as
    in CPython's C unpickler); out-of-order keys go to a dict. A list entry is always newer than
    a dict entry for the same key: the list only reaches index k by a PUT of k."""

    __slots__ = ("dense", "sparse", "_uncovered")

    def __init__(self) -> None:
        self.dense: list[Any] = []
        self.sparse: dict[int, Any] = {}
        self._uncovered = 0  # sparse keys past the end of the list, so len() stays O(1)

    def put(self, key: int, value: Any) -> None:
        dense = self.dense
        if key < 0:
            raise ValueError("negative memo key")
        if key < len(dense):
            dense[key] = value
        elif key == len(dense):
            dense.append(value)
            if key in self.sparse:
                self._uncovered -= 1
        else:
            if key not in self.sparse:
                self._uncovered += 1
            self.sparse[key] = value

    def get(self, key: int, default: Any = None) -> Any:
        if 0 <= key < len(self.dense):
            return self.dense[key]
        return self.sparse.get(key, default) if key >= 0 else default

    def __len__(self) -> int:
        return len(self.dense) + self._uncovered

    def __bool__(self) -> bool:
        return bool(self.dense) or bool(self.sparse)


class _Mark:
    __slots__ = ()


_MARK_SENTINEL = _Mark()

Resolver = Callable[[str, str], Any]


class Unpickler:
    """Interpret one pickle stream from ``data[start:]``.

    ``resolve(module, name)`` returns the object a global stands for; ``persistent_load``
    maps persistent ids (torch's storage tuples) to objects. After :meth:`load`, ``end``
    is the offset just past ``STOP``, ``events`` what the stream asked for and
    ``protocol`` the highest ``PROTO`` seen.
    """

    def __init__(self, data: bytes | mmap.mmap, *, resolve: Resolver,
                 persistent_load: Callable[[Any], Any] | None = None, start: int = 0,
                 entry: str | None = None, record: bool = True):
        self.data = data
        self.pos = start
        self.start = start
        self.entry = entry
        self.resolve = resolve
        self.persistent_load = persistent_load
        self.events: list[Event] = []
        self.record = record
        self.protocol = 0
        self.end = start
        self.stack: list[Any] = []
        self.metastack: list[list[Any]] = []
        self.memo = Memo()

    # --- errors and reading -----------------------------------------------------------------
    def _fail(self, message: str, offset: int | None = None) -> PickleStreamError:
        return PickleStreamError(f"malformed pickle: {message} at byte {self.pos if offset is None else offset}",
                                 entry=self.entry, offset=self.pos if offset is None else offset)

    def _read(self, n: int) -> bytes:
        pos = self.pos
        end = pos + n
        if n < 0 or end > len(self.data):
            raise self._fail(f"stream truncated (needs {n} bytes)")
        self.pos = end
        return bytes(self.data[pos:end])

    def _readline(self) -> bytes:
        data, pos = self.data, self.pos
        end = data.find(b"\n", pos)
        if end < 0:
            raise self._fail("stream truncated (missing newline)")
        self.pos = end + 1
        return bytes(data[pos:end])

    def _pop(self) -> Any:
        try:
            value = self.stack.pop()
        except IndexError:
            raise self._fail("stack underflow") from None
        if value is _MARK_SENTINEL:
            raise self._fail("unexpected MARK on the stack")
        return value

    def _top(self) -> Any:
        if not self.stack:
            raise self._fail("stack underflow")
        return self.stack[-1]

    def _pop_mark(self) -> list[Any]:
        if not self.metastack:
            raise self._fail("MARK expected")
        items = self.stack
        self.stack = self.metastack.pop()
        return items

    def _event(self, kind: str, offset: int, opcode: str, module: str = "", name: str = "", detail: str = "") -> None:
        # Readers need only the globals (what torch.load would import); the scanner, which
        # judges every call and BUILD, records everything.
        if self.record or kind == "global":
            self.events.append(Event(kind, offset, opcode, module, name, detail))

    def _global(self, module: Any, name: Any, offset: int, opcode: str) -> Any:
        if not isinstance(module, str) or not isinstance(name, str):
            raise self._fail(f"{opcode} needs two strings", offset)
        if self.protocol < 3:
            # fix_imports=True, as pickle.load and torch.load use it
            if (module, name) in _compat_pickle.NAME_MAPPING:
                module, name = _compat_pickle.NAME_MAPPING[(module, name)]
            elif module in _compat_pickle.IMPORT_MAPPING:
                module = _compat_pickle.IMPORT_MAPPING[module]
        self._event("global", offset, opcode, module, name)
        return self.resolve(module, name)

    def _call(self, func: Any, args: Any, offset: int, opcode: str, kwargs: Any = None) -> Any:
        qual = getattr(func, "qualname", None)
        self._event("call", offset, opcode, *(qual.rsplit(".", 1) if qual and "." in qual else ("", str(qual))),
                    detail=type(func).__name__)
        if not isinstance(args, tuple):
            if opcode == "REDUCE":
                raise self._fail("REDUCE arguments must be a tuple", offset)
            args = tuple(args) if isinstance(args, list) else (args,)
        try:
            if isinstance(func, Handler):
                return func.new(args, kwargs) if opcode.startswith("NEWOBJ") else func.call(args)
            if isinstance(func, GlobalRef):
                return ObjectStub(func.qualname, args, kwargs=kwargs)
            if isinstance(func, ObjectStub):
                # calling an instance (or a stub class made by another stub): keep the shape
                return ObjectStub(f"{func.cls}(...)", args, kwargs=kwargs)
        except CorruptFileError:
            raise
        except (TypeError, ValueError, KeyError, IndexError, AttributeError, OverflowError) as exc:
            raise self._fail(f"bad arguments for {qual}: {exc}", offset) from None
        raise self._fail(f"{opcode} on a non-callable {type(func).__name__}", offset)

    # --- the loop ----------------------------------------------------------------------------
    def load(self) -> Any:
        """Run to ``STOP`` and return the top of the stack."""
        data = self.data
        size = len(data)
        dispatch = _DISPATCH
        memo = self.memo
        dense = memo.dense
        unpack = _unpack_from
        pos = self.pos
        # The opcodes that make up most of a checkpoint's pickle (memo traffic, strings, small
        # ints and tuples) run inline; none of them records an event, so subclasses that hook
        # _event/_call see exactly what the dispatched handlers would have shown them.
        try:
            while True:
                code = data[pos]
                if code == 0x71 or code == 0x72 or code == 0x94:  # BINPUT, LONG_BINPUT, MEMOIZE
                    stack = self.stack
                    if not stack:
                        raise IndexError
                    if code == 0x71:
                        key = data[pos + 1]
                        pos += 2
                    elif code == 0x72:
                        key = unpack("<I", data, pos + 1)[0]
                        pos += 5
                    else:
                        key = len(memo)
                        pos += 1
                    if key == len(dense) and not memo.sparse:
                        dense.append(stack[-1])
                    else:
                        memo.put(key, stack[-1])
                elif code == 0x68 or code == 0x6A:  # BINGET, LONG_BINGET
                    if code == 0x68:
                        key, pos = data[pos + 1], pos + 2
                    else:
                        key, pos = unpack("<I", data, pos + 1)[0], pos + 5
                    value = dense[key] if key < len(dense) else memo.sparse.get(key, _MISSING)
                    if value is _MISSING:
                        self.pos = pos
                        raise self._fail(f"memo key {key} not found")
                    self.stack.append(value)
                elif code == 0x58 or code == 0x8C:  # BINUNICODE, SHORT_BINUNICODE
                    if code == 0x58:
                        n, start = unpack("<I", data, pos + 1)[0], pos + 5
                    else:
                        n, start = data[pos + 1], pos + 2
                    end = start + n
                    if end > size:
                        raise IndexError
                    try:
                        self.stack.append(data[start:end].decode("utf-8", "surrogatepass"))
                    except UnicodeDecodeError:
                        self.pos = pos
                        raise self._fail("invalid UTF-8 in a string") from None
                    pos = end
                elif code == 0x28:  # MARK
                    self.metastack.append(self.stack)
                    self.stack = []
                    pos += 1
                elif code == 0x4B:  # BININT1
                    self.stack.append(data[pos + 1])
                    pos += 2
                elif code == 0x4A:  # BININT
                    self.stack.append(unpack("<i", data, pos + 1)[0])
                    pos += 5
                elif code == 0x29:  # EMPTY_TUPLE
                    self.stack.append(())
                    pos += 1
                elif code == 0x89 or code == 0x88 or code == 0x4E:  # NEWFALSE, NEWTRUE, NONE
                    self.stack.append(False if code == 0x89 else True if code == 0x88 else None)
                    pos += 1
                else:
                    self.pos = pos + 1
                    op = dispatch[code]
                    if op is None:
                        self.pos = pos
                        raise self._fail(f"unknown opcode 0x{code:02x}", pos)
                    if op(self, pos):
                        self.end = self.pos
                        # Like CPython, STOP returns the top value even with marks left open.
                        return self._pop()
                    pos = self.pos
        except (IndexError, struct.error):
            # an inline read past the end of the data, or an empty stack under BINPUT
            self.pos = pos
            if pos >= size or pos + 1 >= size:
                raise self._fail("stream truncated") from None
            if not self.stack:
                raise self._fail("stack underflow") from None
            raise self._fail("stream truncated") from None


_MISSING = object()


def _op(code: bytes):
    def register(func):
        _DISPATCH[code[0]] = func
        return func
    return register


_DISPATCH: list[Callable[[Unpickler, int], Any] | None] = [None] * 256


# --- stack and memo -----------------------------------------------------------------------------
@_op(b"(")
def _mark(u: Unpickler, pos: int) -> None:
    u.metastack.append(u.stack)
    u.stack = []


@_op(b".")
def _stop(u: Unpickler, pos: int) -> bool:
    return True


@_op(b"0")
def _pop(u: Unpickler, pos: int) -> None:
    if u.stack:
        u.stack.pop()
    else:
        u._pop_mark()  # CPython: POP on an empty stack after MARK pops the mark


@_op(b"1")
def _pop_mark(u: Unpickler, pos: int) -> None:
    u._pop_mark()


@_op(b"2")
def _dup(u: Unpickler, pos: int) -> None:
    u.stack.append(u._top())


def _memo_get(u: Unpickler, key: int, pos: int) -> None:
    value = u.memo.get(key, _MISSING)
    if value is _MISSING:
        raise u._fail(f"memo key {key} not found", pos)
    u.stack.append(value)


def _memo_put(u: Unpickler, key: int, pos: int) -> None:
    if key < 0:
        raise u._fail("negative memo key", pos)
    u.memo.put(key, u._top())


@_op(b"g")
def _get(u: Unpickler, pos: int) -> None:
    line = u._readline()
    try:
        key = int(line)
    except ValueError:
        raise u._fail("bad GET argument", pos) from None
    _memo_get(u, key, pos)


@_op(b"h")
def _binget(u: Unpickler, pos: int) -> None:
    _memo_get(u, u._read(1)[0], pos)


@_op(b"j")
def _long_binget(u: Unpickler, pos: int) -> None:
    _memo_get(u, _unpack_from("<I", u._read(4))[0], pos)


@_op(b"p")
def _put(u: Unpickler, pos: int) -> None:
    line = u._readline()
    try:
        key = int(line)
    except ValueError:
        raise u._fail("bad PUT argument", pos) from None
    _memo_put(u, key, pos)


@_op(b"q")
def _binput(u: Unpickler, pos: int) -> None:
    _memo_put(u, u._read(1)[0], pos)


@_op(b"r")
def _long_binput(u: Unpickler, pos: int) -> None:
    _memo_put(u, _unpack_from("<I", u._read(4))[0], pos)


@_op(b"\x94")
def _memoize(u: Unpickler, pos: int) -> None:
    _memo_put(u, len(u.memo), pos)


@_op(b"\x80")
def _proto(u: Unpickler, pos: int) -> None:
    proto = u._read(1)[0]
    if proto > 5:
        raise u._fail(f"unsupported pickle protocol {proto}", pos)
    u.protocol = proto


@_op(b"\x95")
def _frame(u: Unpickler, pos: int) -> None:
    # The C unpickler only uses the length to prefetch; opcodes run straight on.
    u._read(8)


# --- scalars ------------------------------------------------------------------------------------
@_op(b"N")
def _none(u: Unpickler, pos: int) -> None:
    u.stack.append(None)


@_op(b"\x88")
def _true(u: Unpickler, pos: int) -> None:
    u.stack.append(True)


@_op(b"\x89")
def _false(u: Unpickler, pos: int) -> None:
    u.stack.append(False)


@_op(b"I")
def _int(u: Unpickler, pos: int) -> None:
    line = u._readline()
    if line == b"00":
        u.stack.append(False)
    elif line == b"01":
        u.stack.append(True)
    else:
        try:
            u.stack.append(int(line))
        except ValueError:
            raise u._fail("bad INT argument", pos) from None


@_op(b"J")
def _binint(u: Unpickler, pos: int) -> None:
    u.stack.append(_unpack_from("<i", u._read(4))[0])


@_op(b"K")
def _binint1(u: Unpickler, pos: int) -> None:
    u.stack.append(u._read(1)[0])


@_op(b"M")
def _binint2(u: Unpickler, pos: int) -> None:
    u.stack.append(_unpack_from("<H", u._read(2))[0])


@_op(b"L")
def _long(u: Unpickler, pos: int) -> None:
    line = u._readline()
    if line.endswith(b"L"):
        line = line[:-1]
    try:
        u.stack.append(int(line))
    except ValueError:
        raise u._fail("bad LONG argument", pos) from None


@_op(b"\x8a")
def _long1(u: Unpickler, pos: int) -> None:
    n = u._read(1)[0]
    u.stack.append(int.from_bytes(u._read(n), "little", signed=True))


@_op(b"\x8b")
def _long4(u: Unpickler, pos: int) -> None:
    n = _unpack_from("<i", u._read(4))[0]
    if n < 0:
        raise u._fail("negative LONG4 length", pos)
    u.stack.append(int.from_bytes(u._read(n), "little", signed=True))


@_op(b"F")
def _float(u: Unpickler, pos: int) -> None:
    try:
        u.stack.append(float(u._readline()))
    except ValueError:
        raise u._fail("bad FLOAT argument", pos) from None


@_op(b"G")
def _binfloat(u: Unpickler, pos: int) -> None:
    u.stack.append(_unpack_from(">d", u._read(8))[0])


# --- strings and bytes --------------------------------------------------------------------------
def _decode(u: Unpickler, raw: bytes, pos: int) -> str:
    try:
        return raw.decode("utf-8", "surrogatepass")
    except UnicodeDecodeError:
        raise u._fail("invalid UTF-8 in a string", pos) from None


@_op(b"S")
def _string(u: Unpickler, pos: int) -> None:
    line = u._readline()
    if len(line) >= 2 and line[0] == line[-1] and line[:1] in (b"'", b'"'):
        line = line[1:-1]
    else:
        raise u._fail("STRING opcode argument must be quoted", pos)
    try:
        value = codecs.escape_decode(line)[0]
    except ValueError:
        raise u._fail("bad STRING escape", pos) from None
    u.stack.append(value.decode("ascii", "replace") if isinstance(value, bytes) else value)


@_op(b"T")
def _binstring(u: Unpickler, pos: int) -> None:
    n = _unpack_from("<i", u._read(4))[0]
    if n < 0:
        raise u._fail("negative BINSTRING length", pos)
    u.stack.append(u._read(n).decode("latin-1"))


@_op(b"U")
def _short_binstring(u: Unpickler, pos: int) -> None:
    u.stack.append(u._read(u._read(1)[0]).decode("latin-1"))


@_op(b"V")
def _unicode(u: Unpickler, pos: int) -> None:
    try:
        u.stack.append(u._readline().decode("raw-unicode-escape"))
    except UnicodeDecodeError:
        raise u._fail("bad UNICODE escape", pos) from None


@_op(b"X")
def _binunicode(u: Unpickler, pos: int) -> None:
    u.stack.append(_decode(u, u._read(_unpack_from("<I", u._read(4))[0]), pos))


@_op(b"\x8c")
def _short_binunicode(u: Unpickler, pos: int) -> None:
    u.stack.append(_decode(u, u._read(u._read(1)[0]), pos))


@_op(b"\x8d")
def _binunicode8(u: Unpickler, pos: int) -> None:
    u.stack.append(_decode(u, u._read(_unpack_from("<Q", u._read(8))[0]), pos))


@_op(b"B")
def _binbytes(u: Unpickler, pos: int) -> None:
    u.stack.append(u._read(_unpack_from("<I", u._read(4))[0]))


@_op(b"C")
def _short_binbytes(u: Unpickler, pos: int) -> None:
    u.stack.append(u._read(u._read(1)[0]))


@_op(b"\x8e")
def _binbytes8(u: Unpickler, pos: int) -> None:
    u.stack.append(u._read(_unpack_from("<Q", u._read(8))[0]))


@_op(b"\x96")
def _bytearray8(u: Unpickler, pos: int) -> None:
    u.stack.append(bytearray(u._read(_unpack_from("<Q", u._read(8))[0])))


@_op(b"\x97")
def _next_buffer(u: Unpickler, pos: int) -> None:
    # pickle.load without buffers= raises here; so does torch.load.
    raise u._fail("NEXT_BUFFER needs out-of-band buffers, which model files cannot carry", pos)


@_op(b"\x98")
def _readonly_buffer(u: Unpickler, pos: int) -> None:
    u._top()


# --- containers ---------------------------------------------------------------------------------
@_op(b")")
def _empty_tuple(u: Unpickler, pos: int) -> None:
    u.stack.append(())


@_op(b"t")
def _tuple(u: Unpickler, pos: int) -> None:
    items = u._pop_mark()
    u.stack.append(tuple(items))


@_op(b"\x85")
def _tuple1(u: Unpickler, pos: int) -> None:
    u.stack.append((u._pop(),))


@_op(b"\x86")
def _tuple2(u: Unpickler, pos: int) -> None:
    b = u._pop()
    a = u._pop()
    u.stack.append((a, b))


@_op(b"\x87")
def _tuple3(u: Unpickler, pos: int) -> None:
    c = u._pop()
    b = u._pop()
    a = u._pop()
    u.stack.append((a, b, c))


@_op(b"]")
def _empty_list(u: Unpickler, pos: int) -> None:
    u.stack.append([])


@_op(b"l")
def _list(u: Unpickler, pos: int) -> None:
    items = u._pop_mark()  # before touching u.stack: _pop_mark replaces it
    u.stack.append(items)


@_op(b"}")
def _empty_dict(u: Unpickler, pos: int) -> None:
    u.stack.append({})


def _setitems(u: Unpickler, target: Any, pairs: list[Any], pos: int) -> None:
    if len(pairs) % 2:
        raise u._fail("odd number of items for a dict", pos)
    if isinstance(target, dict):
        try:
            for i in range(0, len(pairs), 2):
                target[pairs[i]] = pairs[i + 1]
        except TypeError:
            raise u._fail("unhashable dict key", pos) from None
    elif isinstance(target, ObjectStub):
        u._event("call", pos, "SETITEMS", *target.cls.rpartition(".")[::2], detail="__setitem__")
        target.items.extend(zip(pairs[::2], pairs[1::2]))
    else:
        raise u._fail(f"SETITEM on a {type(target).__name__}", pos)


@_op(b"d")
def _dict(u: Unpickler, pos: int) -> None:
    items = u._pop_mark()
    result: dict[Any, Any] = {}
    _setitems(u, result, items, pos)
    u.stack.append(result)


@_op(b"s")
def _setitem(u: Unpickler, pos: int) -> None:
    value = u._pop()
    key = u._pop()
    _setitems(u, u._top(), [key, value], pos)


@_op(b"u")
def _setitems_op(u: Unpickler, pos: int) -> None:
    items = u._pop_mark()
    _setitems(u, u._top(), items, pos)


def _appends(u: Unpickler, target: Any, items: list[Any], pos: int) -> None:
    if isinstance(target, list):
        target.extend(items)
    elif isinstance(target, ObjectStub):
        u._event("call", pos, "APPENDS", *target.cls.rpartition(".")[::2], detail="append")
        target.listitems.extend(items)
    else:
        raise u._fail(f"APPEND on a {type(target).__name__}", pos)


@_op(b"a")
def _append(u: Unpickler, pos: int) -> None:
    value = u._pop()
    _appends(u, u._top(), [value], pos)


@_op(b"e")
def _appends_op(u: Unpickler, pos: int) -> None:
    items = u._pop_mark()
    _appends(u, u._top(), items, pos)


@_op(b"\x8f")
def _empty_set(u: Unpickler, pos: int) -> None:
    u.stack.append(set())


@_op(b"\x90")
def _additems(u: Unpickler, pos: int) -> None:
    items = u._pop_mark()
    target = u._top()
    if isinstance(target, set):
        try:
            target.update(items)
        except TypeError:
            raise u._fail("unhashable set item", pos) from None
    elif isinstance(target, ObjectStub):
        u._event("call", pos, "ADDITEMS", *target.cls.rpartition(".")[::2], detail="add")
        target.listitems.extend(items)
    else:
        raise u._fail(f"ADDITEMS on a {type(target).__name__}", pos)


@_op(b"\x91")
def _frozenset(u: Unpickler, pos: int) -> None:
    items = u._pop_mark()
    try:
        u.stack.append(frozenset(items))
    except TypeError:
        raise u._fail("unhashable frozenset item", pos) from None


# --- globals, calls, objects --------------------------------------------------------------------
@_op(b"c")
def _global_op(u: Unpickler, pos: int) -> None:
    module = u._readline().decode("utf-8", "replace")
    name = u._readline().decode("utf-8", "replace")
    u.stack.append(u._global(module, name, pos, "GLOBAL"))


@_op(b"\x93")
def _stack_global(u: Unpickler, pos: int) -> None:
    name = u._pop()
    module = u._pop()
    u.stack.append(u._global(module, name, pos, "STACK_GLOBAL"))


@_op(b"R")
def _reduce(u: Unpickler, pos: int) -> None:
    args = u._pop()
    func = u._pop()
    u.stack.append(u._call(func, args, pos, "REDUCE"))


@_op(b"\x81")
def _newobj(u: Unpickler, pos: int) -> None:
    args = u._pop()
    cls = u._pop()
    u.stack.append(u._call(cls, args, pos, "NEWOBJ"))


@_op(b"\x92")
def _newobj_ex(u: Unpickler, pos: int) -> None:
    kwargs = u._pop()
    args = u._pop()
    cls = u._pop()
    if not isinstance(kwargs, dict):
        raise u._fail("NEWOBJ_EX keyword arguments must be a dict", pos)
    u.stack.append(u._call(cls, args, pos, "NEWOBJ_EX", kwargs))


@_op(b"i")
def _inst(u: Unpickler, pos: int) -> None:
    module = u._readline().decode("utf-8", "replace")
    name = u._readline().decode("utf-8", "replace")
    args = tuple(u._pop_mark())
    cls = u._global(module, name, pos, "INST")
    u.stack.append(u._call(cls, args, pos, "INST"))


@_op(b"o")
def _obj(u: Unpickler, pos: int) -> None:
    items = u._pop_mark()
    if not items:
        raise u._fail("OBJ needs a class", pos)
    cls, args = items[0], tuple(items[1:])
    u.stack.append(u._call(cls, args, pos, "OBJ"))


@_op(b"b")
def _build(u: Unpickler, pos: int) -> None:
    state = u._pop()
    target = u._top()
    if isinstance(target, ObjectStub):
        u._event("build", pos, "BUILD", *target.cls.rpartition(".")[::2])
        if target.state is None:
            target.state = state
        elif isinstance(target.state, dict) and isinstance(state, dict):
            target.state.update(state)
        else:
            target.state = state
    elif isinstance(target, PickledOrderedDict):
        if isinstance(state, dict):
            try:
                target.__dict__.update({str(k): v for k, v in state.items()})
            except TypeError:
                raise u._fail("bad OrderedDict state", pos) from None
    else:
        # Data types (dict, list, set, tensors): CPython would call __setstate__ or update
        # __dict__; record it so the scanner sees state forced onto plain data.
        u._event("build", pos, "BUILD", "builtins", type(target).__name__)
        extra = getattr(target, "extra", None)
        if isinstance(extra, dict):
            extra["state"] = state


@_op(b"P")
def _persid(u: Unpickler, pos: int) -> None:
    pid = u._readline().decode("ascii", "replace")
    u._event("persid", pos, "PERSID", detail=pid[:80])
    u.stack.append(_persistent(u, pid, pos))


@_op(b"Q")
def _binpersid(u: Unpickler, pos: int) -> None:
    pid = u._pop()
    u._event("persid", pos, "BINPERSID")
    u.stack.append(_persistent(u, pid, pos))


def _persistent(u: Unpickler, pid: Any, pos: int) -> Any:
    if u.persistent_load is None:
        raise u._fail("persistent id in a stream that does not allow them", pos)
    try:
        return u.persistent_load(pid)
    except CorruptFileError as exc:
        if exc.offset is None:
            exc.offset = pos
        raise
    except (TypeError, ValueError, KeyError, IndexError) as exc:
        raise u._fail(f"bad persistent id ({exc})", pos) from None


def _ext(u: Unpickler, code: int, pos: int, opcode: str) -> None:
    # copyreg's extension registry is empty in a stock interpreter, where these raise;
    # a registry entry would point at an arbitrary global, so the scanner flags them.
    u._event("ext", pos, opcode, detail=str(code))
    u.stack.append(GlobalRef("copyreg._extension_registry", str(code)))


@_op(b"\x82")
def _ext1(u: Unpickler, pos: int) -> None:
    _ext(u, u._read(1)[0], pos, "EXT1")


@_op(b"\x83")
def _ext2(u: Unpickler, pos: int) -> None:
    _ext(u, _unpack_from("<H", u._read(2))[0], pos, "EXT2")


@_op(b"\x84")
def _ext4(u: Unpickler, pos: int) -> None:
    _ext(u, _unpack_from("<i", u._read(4))[0], pos, "EXT4")


def unpickle(data: bytes | mmap.mmap, *, resolve: Resolver, persistent_load: Callable[[Any], Any] | None = None,
             start: int = 0, entry: str | None = None) -> tuple[Any, Unpickler]:
    """Interpret one stream; return ``(value, unpickler)`` (the unpickler has ``end`` and ``events``)."""
    u = Unpickler(data, resolve=resolve, persistent_load=persistent_load, start=start, entry=entry, record=False)
    with gc_paused():
        try:
            value = u.load()
        except RecursionError:
            raise u._fail("nesting too deep") from None
        except MemoryError:
            raise u._fail("stream would need too much memory") from None
    return value, u


@contextlib.contextmanager
def gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while building millions of small objects: it would
    rescan the growing heap again and again (quadratic time for 100k-tensor checkpoints)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
