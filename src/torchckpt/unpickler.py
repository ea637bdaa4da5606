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
import sys
from collections.abc import Callable, Iterator, Sequence

from . import _regex
from .errors import CorruptFileError, PickleStreamError
from .formats.base import LazyMap, need, release_pages
from .model import GlobalRef, ObjectStub, PickledOrderedDict, StorageRef, TensorRef

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, NamedTuple, TypeVar

    from .vocab import FailReason
else:
    from ._named_tuple import NamedTuple

__all__ = ["OPCODE_NAMES", "Event", "FileReading", "Handler", "Memo", "Op", "PickleStreamError", "Unpickler",
           "file_reading", "frames_consistent", "unpickle"]

_unpack_from = struct.unpack_from
_UINT32, _INT32 = struct.Struct("<I"), struct.Struct("<i")


class Op:
    """Opcode bytes, named as :mod:`pickle` names them (importing pickle itself would cost
    start-up time; ``test_unpickler`` checks the table against it)."""

    MARK = 0x28               # (
    STOP = 0x2E               # .
    POP = 0x30                # 0
    POP_MARK = 0x31           # 1
    DUP = 0x32                # 2
    FLOAT = 0x46              # F
    INT = 0x49                # I
    BININT = 0x4A             # J
    BININT1 = 0x4B            # K
    LONG = 0x4C               # L
    BININT2 = 0x4D            # M
    NONE = 0x4E               # N
    PERSID = 0x50             # P
    BINPERSID = 0x51          # Q
    REDUCE = 0x52             # R
    STRING = 0x53             # S
    BINSTRING = 0x54          # T
    SHORT_BINSTRING = 0x55    # U
    UNICODE = 0x56            # V
    BINUNICODE = 0x58         # X
    APPEND = 0x61             # a
    BUILD = 0x62              # b
    GLOBAL = 0x63             # c
    DICT = 0x64               # d
    EMPTY_DICT = 0x7D         # }
    APPENDS = 0x65            # e
    GET = 0x67                # g
    BINGET = 0x68             # h
    INST = 0x69               # i
    LONG_BINGET = 0x6A        # j
    LIST = 0x6C               # l
    EMPTY_LIST = 0x5D         # ]
    OBJ = 0x6F                # o
    PUT = 0x70                # p
    BINPUT = 0x71             # q
    LONG_BINPUT = 0x72        # r
    SETITEM = 0x73            # s
    TUPLE = 0x74              # t
    EMPTY_TUPLE = 0x29        # )
    SETITEMS = 0x75           # u
    BINFLOAT = 0x47           # G
    # protocol 2
    PROTO = 0x80
    NEWOBJ = 0x81
    EXT1 = 0x82
    EXT2 = 0x83
    EXT4 = 0x84
    TUPLE1 = 0x85
    TUPLE2 = 0x86
    TUPLE3 = 0x87
    NEWTRUE = 0x88
    NEWFALSE = 0x89
    LONG1 = 0x8A
    LONG4 = 0x8B
    # protocol 3
    BINBYTES = 0x42           # B
    SHORT_BINBYTES = 0x43     # C
    # protocol 4
    SHORT_BINUNICODE = 0x8C
    BINUNICODE8 = 0x8D
    BINBYTES8 = 0x8E
    EMPTY_SET = 0x8F
    ADDITEMS = 0x90
    FROZENSET = 0x91
    NEWOBJ_EX = 0x92
    STACK_GLOBAL = 0x93
    MEMOIZE = 0x94
    FRAME = 0x95
    # protocol 5
    BYTEARRAY8 = 0x96
    NEXT_BUFFER = 0x97
    READONLY_BUFFER = 0x98


OPCODE_NAMES: dict[int, str] = {code: name for name, code in vars(Op).items() if name.isupper()}
"""Opcode byte -> its name; every byte not in it is no opcode."""


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
    ``walks``: the handler iterates or hashes the containers it is given, so each call is
    charged their size (a memoised list handed to it a million times is a pickle bomb).
    """

    __slots__ = ("_call", "_new", "module", "name", "walks")

    def __init__(self, module: str, name: str, call: Callable[..., Any] | None = None, *,
                 new: Callable[..., Any] | None = None, walks: bool = False):
        self.module, self.name = module, name
        self._call, self._new = call, new
        self.walks = walks

    @property
    def qualname(self) -> str:
        return f"{self.module}.{self.name}"

    def call(self, args: tuple[Any, ...]) -> Any:
        if self._call is None:
            return ObjectStub(self.qualname, args)
        return self._call(*args)

    def new(self, args: tuple[Any, ...], kwargs: dict[str, Any] | None = None) -> Any:
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

    __slots__ = ("_uncovered", "dense", "sparse")

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


if TYPE_CHECKING:
    Resolver = Callable[[str, str], Any]


# Work budget: one unit per opcode plus the size of every container an opcode walks again
# (a handler iterating a memoised list, BUILD merging a memoised dict). A pickle bomb is
# linear in nothing CPython guarantees; we are: every stream stops within a budget of
# _BUDGET_BASE + _BUDGET_PER_BYTE units per input byte, capped at _BUDGET_CAP (a few seconds).
_BUDGET_BASE = 4_000_000
_BUDGET_PER_BYTE = 4
_BUDGET_CAP = 100_000_000
_WINDOW = 1 << 18                  # bytes of opcodes between two budget checks
# Objects the interpreter may keep alive (pymalloc blocks), so that a memory bomb stops
# well under 1 GB: a 100k-tensor state dict needs 1.2 million.
_MAX_BLOCKS = 8_000_000
_MAX_STACK = 20_000_000            # items on one stack segment (8 bytes each)
_MAX_HASH_DEPTH = 5_000            # deeper tuples crash CPython's own hash (C recursion)


class Unpickler:
    """Interpret one pickle stream from ``data[start:]``.

    ``resolve(module, name)`` returns the object a global stands for; ``persistent_load``
    maps persistent ids (torch's storage tuples) to objects. After :meth:`load`, ``end``
    is the offset just past ``STOP``, ``events`` what the stream asked for,
    ``protocol`` the highest ``PROTO`` seen and ``frames`` the ``(start, end)`` window each
    ``FRAME`` announced (see :func:`file_reading` for why they matter). ``stop``: where the
    stream's bytes end (default: the end of ``data``); reading past it is truncation.
    """

    # whether load() reads each tensor of torch.save's state dicts in one step (_tensor_record);
    # the tests turn it off to compare the two readings
    fast_records = True

    def __init__(self, data: bytes | mmap.mmap, *, resolve: Resolver,
                 persistent_load: Callable[[Any], Any] | None = None, start: int = 0,
                 entry: str | None = None, record: bool = True, budget: int | None = None,
                 stop: int | None = None):
        self.data = data
        # where the stream's bytes end (its zip entry's end): nothing past it is read
        self.limit = len(data) if stop is None else max(start, min(stop, len(data)))
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
        self.frames: list[tuple[int, int]] = []
        # False when interpreting a FileReading.view, whose FRAMEs were checked against the file
        self.check_frames = True
        if budget is None:
            budget = min(_BUDGET_CAP, _BUDGET_BASE + _BUDGET_PER_BYTE * max(0, self.limit - start))
        self.work = budget
        self._hash_checked: dict[int, tuple[Any, ...]] = {}
        self._callees: dict[Any, Any] = {}
        self._blocks: int | None = None  # allocated blocks when the first window ended
        self._credit = 0
        # read-only use of a file's map: the pages of each window read need not stay resident
        # (a 100k-tensor pickle is tens of MB; they come back from the page cache if read again)
        self.release = False
        # where offsets in errors count from (a zip entry read in place in its file: the entry's start)
        self.origin = 0
        # a plain reader's way to build torch.save's tensors without the calls (see PlainTensors)
        self.plain: PlainTensors | None = None

    # --- errors and reading -----------------------------------------------------------------
    def _fail(self, message: str, offset: int | None = None, reason: FailReason = "bad-argument") -> PickleStreamError:
        at = (self.pos if offset is None else offset) - self.origin
        return PickleStreamError(f"malformed pickle: {message} at byte {at}", reason=reason, entry=self.entry,
                                 offset=at)

    def _charge(self, units: int) -> None:
        """Spend ``units`` of the work budget (see ``_BUDGET_BASE``)."""
        self.work -= units
        if self.work < 0:
            raise self._fail("the stream needs more work than its size allows (a pickle bomb?)", reason="budget")

    def _checkpoint(self, consumed: int) -> None:
        """Every _WINDOW bytes: charge them (less the long arguments _read credited: bytes
        that are data, not opcodes) and check what the stream keeps alive."""
        self._charge(consumed - self._credit)
        self._credit = 0
        # getallocatedblocks() walks every arena (a millisecond on a large heap): never per
        # stream (a scan reads 100k tiny ones), first when a window ends. What the first window
        # built (a few hundred thousand objects at most) is not counted.
        if self._blocks is None:
            self._blocks = sys.getallocatedblocks()
        elif sys.getallocatedblocks() - self._blocks > _MAX_BLOCKS or len(self.stack) > _MAX_STACK:
            raise self._fail("the stream builds more objects than its reading allows (a memory bomb?)",
                             reason="budget")

    def _read(self, n: int) -> bytes:
        pos = self.pos
        end = pos + n
        # checked before anything is allocated: a declared length is only a claim
        if n < 0 or end > self.limit:
            raise self._fail(f"stream truncated (needs {n} bytes)", reason="truncated")
        if n > 64:
            self._credit += n
        self.pos = end
        return bytes(self.data[pos:end])

    def _readline(self) -> bytes:
        data, pos = self.data, self.pos
        end = data.find(b"\n", pos, self.limit)
        if end < 0:
            raise self._fail("stream truncated (missing newline)", reason="truncated")
        self.pos = end + 1
        return bytes(data[pos:end])

    def _line_arg(self, opcode: str, pos: int) -> bytes:
        # CPython refuses an empty argument line (``len < 2`` with the newline) as truncation
        line = self._readline()
        if not line:
            raise self._fail(f"stream truncated (empty {opcode} argument)", pos, reason="truncated")
        return line

    def _pop(self) -> Any:
        try:
            return self.stack.pop()
        except IndexError:
            raise self._fail("stack underflow", reason="stack-underflow") from None

    def _top(self) -> Any:
        if not self.stack:
            raise self._fail("stack underflow", reason="stack-underflow")
        return self.stack[-1]

    def _pop_mark(self) -> list[Any]:
        if not self.metastack:
            raise self._fail("MARK expected", reason="mark-missing")
        items = self.stack
        self.stack = self.metastack.pop()
        return items

    def _event(self, kind: str, offset: int, opcode: str, module: str = "", name: str = "", detail: str = "") -> None:
        # Readers need only the globals (what torch.load would import); the scanner, which
        # judges every call and BUILD, records everything.
        if self.record or kind == "global":
            self.events.append(Event(kind, offset, opcode, module, name, detail))

    def _global(self, module: Any, name: Any, offset: int, opcode: str) -> Any:
        if type(module) is not str or type(name) is not str:
            raise self._fail(f"{opcode} needs two strings", offset)
        if self.protocol < 3:
            # fix_imports=True, as pickle.load and torch.load use it
            if (module, name) in _compat_pickle.NAME_MAPPING:
                module, name = _compat_pickle.NAME_MAPPING[(module, name)]
            elif module in _compat_pickle.IMPORT_MAPPING:
                module = _compat_pickle.IMPORT_MAPPING[module]
        self._event("global", offset, opcode, module, name)
        return self.resolve(module, name)

    def _hashable(self, values: Any, offset: int) -> None:
        """Refuse what CPython cannot hash, and tuples nested so deep that hashing them would
        overflow the C stack (CPython's loader crashes there; ours must not)."""
        for value in values:
            if type(value) is tuple and id(value) not in self._hash_checked:
                for item in value:
                    if type(item) is tuple:
                        _check_tuple_depth(self, value, offset)
                        break

    def _names(self, func: Any) -> Sequence[str]:
        """``(module, name)`` of a callee for its call events: one pair per callee object, shared by
        its events (a scan records 200k calls)."""
        names = self._callees.get(func) if type(func) in _NAMED else None
        if names is None:
            qual = getattr(func, "qualname", None)
            names = qual.rsplit(".", 1) if qual and "." in qual else ("", str(qual))
            if type(func) in _NAMED:
                self._callees[func] = names
        return names

    def _call(self, func: Any, args: Any, offset: int, opcode: str, kwargs: Any = None) -> Any:
        if not isinstance(args, tuple):
            # CPython: REDUCE's PyObject_CallObject and NEWOBJ both refuse non-tuple arguments,
            # before calling anything (so this is no call: random tensor bytes read as EXT4,
            # a push and NEWOBJ must not count as one)
            raise self._fail(f"{opcode} arguments must be a tuple", offset, reason="bad-call")
        if self.record:  # (readers keep only globals: no need to name the callee)
            names = self._names(func)
            self._event("call", offset, opcode, names[0], names[1], detail=type(func).__name__)
        if type(func) is Handler:
            if func.walks and not args and not kwargs:
                self._charge(1)  # what the checks below come to for no arguments (torch's OrderedDict())
            elif func.walks:
                self._charge(_shallow_size(args) + (len(kwargs) if kwargs else 0))
                # such handlers build sets and dicts from their arguments: the hash guard applies
                self._hashable(args, offset)
                for a in args:
                    if type(a) in (list, tuple):
                        self._hashable(a, offset)
                        for pair in a:
                            if type(pair) in (list, tuple):
                                self._hashable(pair, offset)
            try:
                if opcode in _NEWOBJ_OPS:
                    value = func.new(args, kwargs)
                elif func._call is not None:
                    value = func._call(*args)
                else:
                    value = ObjectStub(func.qualname, args)
            except CorruptFileError:
                raise
            except (TypeError, ValueError, KeyError, IndexError, AttributeError, OverflowError):
                # The real callable may accept what our model does not: keep reading, the way
                # CPython would, with a stub in its place.
                return ObjectStub(func.qualname, args, kwargs=kwargs)
            if func.walks and func.name == "_reconstructor" and func.module == "copyreg" and len(args) >= 2:
                _reconstructor_init(self, args, offset)
            return value
        if isinstance(func, GlobalRef):
            return ObjectStub(func.qualname, args, kwargs=kwargs)
        if isinstance(func, ObjectStub):
            # calling an instance (or a stub class made by another stub): keep the shape
            return ObjectStub(f"{func.cls}(...)", args, kwargs=kwargs)
        raise self._fail(f"{opcode} on a non-callable {type(func).__name__}", offset, reason="bad-call")

    # --- the loop ----------------------------------------------------------------------------
    def load(self) -> Any:
        """Run to ``STOP`` and return the top of the stack."""
        full = self.data
        total = self.limit
        whole = memoryview(full)
        dispatch = _DISPATCH
        memo = self.memo
        dense, sparse = memo.dense, memo.sparse  # (the memo never replaces either)
        fast = self.fast_records
        metastack = self.metastack
        uint32, int32 = _UINT32.unpack_from, _INT32.unpack_from  # compiled once: no format lookup
        pos = self.pos
        checked = pos
        # The opcodes that make up most of a checkpoint's pickle (memo traffic, strings, small
        # ints and tuples) are implemented here, in the loop, and only here: a call per opcode
        # would cost more than most of them do. REDUCE and BINPERSID skip only the dispatch: they
        # still go through _call/_event/_persistent, so that subclasses that hook them see every
        # event. Their names are locals: as fast as literals.
        MARK, BININT1, BININT, NONE = Op.MARK, Op.BININT1, Op.BININT, Op.NONE
        BINUNICODE, SHORT_BINUNICODE, EMPTY_TUPLE, TUPLE, TUPLE1 = (
            Op.BINUNICODE, Op.SHORT_BINUNICODE, Op.EMPTY_TUPLE, Op.TUPLE, Op.TUPLE1)
        BINGET, LONG_BINGET, BINPUT, LONG_BINPUT, MEMOIZE = (
            Op.BINGET, Op.LONG_BINGET, Op.BINPUT, Op.LONG_BINPUT, Op.MEMOIZE)
        NEWTRUE, NEWFALSE, REDUCE, BINPERSID = Op.NEWTRUE, Op.NEWFALSE, Op.REDUCE, Op.BINPERSID
        # They read a window of the data: running off its end (IndexError, struct.error) is how
        # the loop stops every _WINDOW bytes to check the budget, at no cost per opcode. None of
        # them changes anything before its reads succeed, so the opcode that ran off the window
        # runs again at the start of the next; one that fails there fails for real (none needs
        # more than 5 bytes of the window). Dispatched opcodes read the whole data (self.data).
        data = whole[:0]
        # a remote file (LazyMap) is fetched a growing part of the window at a time: a tensor
        # entry read as a pickle stops after a few bytes, and must not fetch a whole window
        lazy = isinstance(full, LazyMap)
        try:
            while True:
                first = pos
                size = min(total, pos + _WINDOW)
                ahead = 1 << 12
                while True:
                    fetched = min(size, pos + ahead) if lazy else size
                    need(full, pos, fetched)
                    data.release()
                    data = whole[:fetched]
                    # the current stack segment, kept in a local (self.stack is the same list: MARK,
                    # TUPLE and dispatched opcodes that replace it set both)
                    stack = self.stack
                    try:
                        while True:
                            code = data[pos]
                            # one branch per opcode, the most frequent in torch.save's pickles first
                            if code == LONG_BINPUT:
                                key = uint32(data, pos + 1)[0]
                                top = stack[-1]
                                pos += 5
                                if key == len(dense) and not sparse:
                                    dense.append(top)
                                else:
                                    memo.put(key, top)
                            elif code == BINGET:
                                key = data[pos + 1]
                                value = dense[key] if key < len(dense) else sparse.get(key, _MISSING)
                                if value is _MISSING:
                                    self.pos = pos
                                    raise self._fail(f"memo key {key} not found", reason="memo-missing")
                                stack.append(value)
                                pos += 2
                                if fast and type(value) is str and pos < fetched and data[pos] == BINGET \
                                        and not sparse:
                                    # a tensor keyed by a memoised string (see _tensor_record)
                                    after = _tensor_record(self, data, full, pos, pos, dense, value)
                                    if after:
                                        stack, pos = self.stack, after
                            elif code == BININT1:
                                stack.append(data[pos + 1])
                                pos += 2
                            elif code == MARK:
                                metastack.append(stack)
                                self.stack = stack = []
                                pos += 1
                            elif code == BINUNICODE:
                                n = uint32(data, pos + 1)[0]
                                end = pos + 5 + n
                                if end > size:
                                    if end > total:
                                        raise IndexError
                                    self._credit += n  # a long string is data, not opcodes (as in _read)
                                elif fast and not sparse:
                                    # a whole tensor of torch.save's state dicts at once (see _tensor_record)
                                    after = _tensor_record(self, data, full, pos, end, dense)
                                    if after:
                                        stack, pos = self.stack, after
                                        continue
                                try:
                                    stack.append(full[end - n:end].decode("utf-8", "surrogatepass"))
                                except UnicodeDecodeError:
                                    self.pos = pos
                                    raise self._fail("invalid UTF-8 in a string") from None
                                pos = end
                            elif code == TUPLE:
                                items = stack
                                self.stack = stack = metastack.pop()
                                stack.append(tuple(items))
                                pos += 1
                            elif code == TUPLE1:
                                stack[-1] = (stack[-1],)
                                pos += 1
                            elif code == REDUCE and len(stack) >= 2:
                                # (_reduce without the dispatch; errors word as its own)
                                func, args = stack[-2], stack[-1]
                                del stack[-2:]
                                self.pos = pos + 1
                                stack.append(self._call(func, args, pos, "REDUCE"))
                                pos += 1
                            elif code == BINPERSID and stack:
                                self.pos = pos + 1
                                pid = stack.pop()
                                if self.record:
                                    self._event("persid", pos, "BINPERSID")
                                stack.append(_persistent(self, pid, pos))
                                pos += 1
                            elif code == NEWFALSE:
                                stack.append(False)
                                pos += 1
                            elif code == EMPTY_TUPLE:
                                stack.append(())
                                pos += 1
                            elif code == BINPUT:
                                key = data[pos + 1]
                                top = stack[-1]
                                pos += 2
                                if key == len(dense) and not sparse:
                                    dense.append(top)
                                else:
                                    memo.put(key, top)
                            elif code == MEMOIZE:
                                top = stack[-1]
                                key = len(memo)
                                pos += 1
                                if key == len(dense) and not sparse:
                                    dense.append(top)
                                else:
                                    memo.put(key, top)
                            elif code == SHORT_BINUNICODE:
                                n = data[pos + 1]
                                end = pos + 2 + n
                                if end > size:
                                    if end > total:
                                        raise IndexError
                                    self._credit += n
                                try:
                                    stack.append(full[end - n:end].decode("utf-8", "surrogatepass"))
                                except UnicodeDecodeError:
                                    self.pos = pos
                                    raise self._fail("invalid UTF-8 in a string") from None
                                pos = end
                            elif code == LONG_BINGET:
                                key = uint32(data, pos + 1)[0]
                                value = dense[key] if key < len(dense) else sparse.get(key, _MISSING)
                                if value is _MISSING:
                                    self.pos = pos
                                    raise self._fail(f"memo key {key} not found", reason="memo-missing")
                                stack.append(value)
                                pos += 5
                                if fast and type(value) is str and pos < fetched and data[pos] == BINGET \
                                        and not sparse:
                                    after = _tensor_record(self, data, full, pos, pos, dense, value)
                                    if after:
                                        stack, pos = self.stack, after
                            elif code == BININT:
                                stack.append(int32(data, pos + 1)[0])
                                pos += 5
                            elif code == NEWTRUE:
                                stack.append(True)
                                pos += 1
                            elif code == NONE:
                                stack.append(None)
                                pos += 1
                            else:
                                op = dispatch[code]
                                if op is None:
                                    self.pos = pos
                                    raise self._fail(f"unknown opcode 0x{code:02x}", pos, reason="bad-opcode")
                                self.pos = pos + 1
                                if op(self, pos):
                                    self.end = self.pos
                                    # STOP pops the top, never below the last MARK (CPython's fence)
                                    return self._pop()
                                stack = self.stack
                                pos = self.pos
                    except (IndexError, struct.error):
                        if fetched < size:
                            # past the fetched part of a remote file, not the window: fetch on and
                            # run the opcode again (it changed nothing before its reads failed)
                            ahead *= 4
                            continue
                        if size >= total or pos == first:
                            self.pos = pos
                            raise self._inline_failure(pos) from None
                    break
                self._checkpoint(pos - checked)
                if self.release:
                    release_pages(full, checked, pos)
                checked = pos
        finally:
            data.release()
            whole.release()

    def _inline_failure(self, pos: int) -> PickleStreamError:
        """Why the opcode at ``pos``, one the loop runs inline, fails where it is, in CPython's
        order: its argument runs past the data, then the MARK or stack items it needs are missing."""
        data, total = self.data, self.limit
        if pos >= total:
            return self._fail("stream truncated", reason="truncated")
        code = data[pos]
        spec = _ARGS[code]
        if type(spec) is tuple:
            width = spec[0]
            if pos + 1 + width > total or pos + 1 + width + int.from_bytes(
                    data[pos + 1:pos + 1 + width], "little") > total:
                return self._fail("stream truncated", reason="truncated")
        elif pos + 1 + spec > total:
            return self._fail("stream truncated", reason="truncated")
        if code == Op.TUPLE:
            return self._fail("MARK expected", reason="mark-missing")
        return self._fail("stack underflow", reason="stack-underflow")


# One tensor of a state dict as torch.save pickles it, once the memo holds more than 256 objects
# (LONG_BINPUT) and the rebuild function, 'storage', the storage class, the location and
# OrderedDict sit among the first 256 (BINGET): the key (BINUNICODE, read by the loop) and
#   r<k1> h<rebuild> ( ( h<'storage'> h<class> X<n><storage key>                      (_RECORD_B)
#   r<k2> h<location> <numel> t r<k3> Q <offset> <size> r<k4> <stride> r<k5> <requires_grad>
#   h<OrderedDict> ) R r<k6> t r<k7> R r<k8>                                             (_RECORD_C)
# with ints as BININT1/BININT2/BININT and sizes and strides as TUPLE1-3 of them; the size and
# stride of a 0-dim tensor (an optimizer's ``step``: one per parameter) are EMPTY_TUPLE, which
# the pickler never memoises (no r<k4>, r<k5>).
_INT = rb"(?:K.|M..|J....)"
_RECORD_B = _regex.compile(rb"r(....)h(.)\(\(h(.)h(.)X(....)", _regex.DOTALL)
# the same after a key read by a GET (an optimizer's "exp_avg", memoised once): no PUT of the key
_RECORD_B_GOT = _regex.compile(rb"()h(.)\(\(h(.)h(.)X(....)", _regex.DOTALL)
# (each count of ints spelled out with its TUPLE1-3: _regex's engine runs a {1,3} repeat of a
# group slowly, and a size that is no tuple of ints alone is no match)
_SHAPE = (rb"(?:(" + _INT + rb"\x85|" + _INT * 2 + rb"\x86|" + _INT * 3 + rb"\x87)r(....)|\))")
_RECORD_C = _regex.compile(rb"r(....)h(.)(" + _INT + rb")tr(....)Q(" + _INT + rb")" + _SHAPE + _SHAPE
                       + rb"([\x88\x89])h(.)\)Rr(....)tr(....)Rr(....)", _regex.DOTALL)
# the memo keys a record PUTs, by their number: 8, 7 after a GET key, 6 and 5 for a 0-dim tensor
_PUTS = {n: struct.Struct(f"<{n}I").pack for n in (5, 6, 7, 8)}
_KEY_RUNS = [(struct.Struct(f"<{n}I").pack, n) for n in (64, 256, 1024)]
# The record of a plain tensor as torch.save writes it, its storage key a decimal number (as
# torch names its storages): _RECORD_B (or _RECORD_B_GOT: no k1) and _RECORD_C in one (see _plain_records)
# (the key's length: one byte, a key of at most 9 digits)
_PLAIN = _regex.compile(rb"(?:r(....))?h(.)\(\(h(.)h(.)X([\x01-\x09])\x00\x00\x00(0|[1-9][0-9]{0,8})r(....)h(.)(" + _INT
                        + rb")tr(....)Q(" + _INT + rb")" + _SHAPE + _SHAPE
                        + rb"([\x88\x89])h(.)\)Rr(....)tr(....)Rr(....)", _regex.DOTALL)


class PlainTensors:
    """What lets :meth:`Unpickler.load` build the tensors of torch.save's records itself
    (:func:`_plain_records`), without the calls: ``rebuild`` and ``hooks`` are the handlers of
    ``_rebuild_tensor_v2`` and ``OrderedDict`` the resolver gives; ``storages(tag, storage_type,
    location)``, given the three items of a storage id that GETs read (a file's ids share them),
    returns ``make(key, number, numel)``: what ``persistent_load`` returns for the id with those and
    the decimal storage key ``key`` (``number`` its value), or None where persistent_load would do
    anything else (fail, look the name up otherwise): the record is then read the usual way.
    ``storages`` returns None where no id with those three is read here.

    For an unpickler that records its events, each record's events (``persid`` and the two
    calls) are appended as :meth:`Unpickler._event` appends them: one that overrides ``_event``
    or ``_call`` for those is given none (or drops it, ``plain = None``, when it must see them)."""

    __slots__ = ("hooks", "last", "rebuild", "storages")

    def __init__(self, rebuild: Handler, hooks: Handler,
                 storages: Callable[[Any, Any, Any], Callable[[str, int, int], Any] | None]):
        self.rebuild, self.hooks, self.storages = rebuild, hooks, storages
        # the three objects last asked about and what storages() gave for them: the same three
        # objects give the same (an optimizer's state is read a parameter, three records, at a time)
        self.last: tuple[Any, Any, Any, Callable[[str, int, int], Any] | None] = (None, None, None, None)


def _int_of(raw: bytes) -> int:
    """The value of a BININT1, BININT2 or BININT opcode (with its argument)."""
    if raw[0] == Op.BININT1:
        return raw[1]
    if raw[0] == Op.BININT2:
        return raw[1] | raw[2] << 8
    return int.from_bytes(raw[1:], "little", signed=True)


def _ints_of(raw: bytes) -> tuple[int, ...] | None:
    """The tuple TUPLE1-3 (the last byte) makes of the ints before it; None when it takes more or
    fewer than there are (the stack would hold other items: not a tensor's size)."""
    values, i, last = [], 0, len(raw) - 1
    while i < last:
        width = 2 if raw[i] == Op.BININT1 else 3 if raw[i] == Op.BININT2 else 5
        values.append(_int_of(raw[i:i + width]))
        i += width
    return tuple(values) if len(values) == raw[last] - Op.TUPLE1 + 1 else None


# The sizes and strides of a file's tensors repeat: each distinct opcode run is read once. Each
# tensor still gets a tuple of its own, as CPython's reading gives it (shared, the tree's walk
# would expand one once).
_SHAPES: dict[bytes, list[int] | None] = {}
_MAX_SHAPES = 1 << 14


def _shape_of(raw: bytes) -> tuple[int, ...] | None:
    got = _SHAPES.get(raw, _MISSING)
    if got is _MISSING:
        values = _ints_of(raw)
        got = None if values is None else list(values)
        if len(_SHAPES) >= _MAX_SHAPES:
            _SHAPES.clear()
        _SHAPES[raw] = got
    return None if got is None else tuple(got)  # type: ignore[arg-type]


def _tensor_record(u: Unpickler, data: Any, full: Any, pos: int, end: int, dense: list[Any],
                   got: str | None = None) -> int:
    """Read the tensor whose key is the BINUNICODE at ``pos`` (its string ends at ``end``) in one
    step, when its opcodes are exactly the record above and lie in ``data`` (the loop's window),
    and the tensors that follow it the same way; return where the last record read ends, or 0
    (nothing done: the loop reads the opcodes one by one). ``got``: the key was read by a GET
    instead (the loop pushed it; ``pos`` and ``end`` are where the record starts, after the GET).
    A following key read by a GET is read here as the loop reads it, and stays read (its end
    returned) when no record follows it.

    The step is those opcodes' reading, effect for effect and in their order: the same memo
    entries, stacks and marks, the same calls (persistent_load, then OrderedDict(), then the
    rebuild function, through _persistent and _call, so events are recorded as usual) with
    ``pos`` where the loop would have it, so that a call that fails leaves what it would have.
    What could fail before a call (a memo key out of order or missing, a string that is no
    UTF-8, a size tuple of other items) is checked first, and leaves it to the loop.

    A reader (no events but globals) of the plain :class:`Unpickler` makes the calls to a
    :class:`Handler` directly: what :meth:`Unpickler._call` does for a handler without
    arguments to walk, without the call."""
    plain = u.plain
    if plain is not None:
        done = _plain_records(u, plain, data, full, pos, end, dense, got)
        if done:
            return done
    done = 0
    direct = type(u) is Unpickler and not u.record
    record_b, record_b_got, record_c, puts, shape_of, limit = (_RECORD_B.match, _RECORD_B_GOT.match, _RECORD_C.match,
                                                                _PUTS, _shape_of, len(data))
    while True:
        mb = record_b(full, end, limit) if got is None else record_b_got(full, end, limit)
        if mb is None:
            return done
        k1, g_rebuild, g_storage, g_class, n2 = mb.groups()
        key_end = mb.end() + int.from_bytes(n2, "little")
        mc = record_c(full, key_end, limit)
        if mc is None:
            return done
        k2, g_location, numel, k3, offset, size_raw, k4, stride_raw, k5, grad, g_ordered, k6, k7, k8 = mc.groups()
        n0 = len(dense)
        if size_raw is not None and stride_raw is not None:
            keys = b"".join((k1, k2, k3, k4, k5, k6, k7, k8))    # (k1 is empty after a GET key)
            size, stride = shape_of(size_raw), shape_of(stride_raw)
            if size is None or stride is None:
                return done
        elif size_raw is None and stride_raw is None:   # a 0-dim tensor: EMPTY_TUPLEs, never memoised
            keys = b"".join((k1, k2, k3, k6, k7, k8))
            size = stride = ()
        else:
            return done   # (one of each: no tensor torch writes; the loop reads it)
        count = len(keys) >> 2
        if keys != puts[count](*range(n0, n0 + count)):
            return done
        if max(g_rebuild[0], g_storage[0], g_class[0], g_location[0], g_ordered[0]) >= n0:
            return done
        try:
            key = full[pos + 5:end].decode("utf-8", "surrogatepass") if got is None else got
            storage_key = full[mb.end():key_end].decode("utf-8", "surrogatepass")
        except UnicodeDecodeError:
            return done
        # key, LONG_BINPUT (a GET key: on the stack already), BINGET rebuild, MARK (the outer stack
        # goes on the metastack)
        outer = u.stack
        rebuild = dense[g_rebuild[0]]
        if got is None:
            outer.append(key)
            dense.append(key)
        outer.append(rebuild)
        u.metastack.append(outer)
        # MARK, the storage id, TUPLE (back to the list the first MARK began), LONG_BINPUTs
        pid = (dense[g_storage[0]], dense[g_class[0]], storage_key, dense[g_location[0]], _int_of(numel))
        dense.append(storage_key)
        dense.append(pid)
        inner: list[Any] = []
        u.stack = inner
        # BINPERSID
        at = mc.start(5) - 1
        u.pos = at + 1
        if u.record:
            u._event("persid", at, "BINPERSID")
        inner.append(_persistent(u, pid, at))
        # offset, size, stride (memoised), requires_grad, BINGET OrderedDict, EMPTY_TUPLE, REDUCE
        inner.append(_int_of(offset))
        inner.append(size)
        if size_raw is not None:
            dense.append(size)
        inner.append(stride)
        if stride_raw is not None:
            dense.append(stride)
        inner.append(grad[0] == Op.NEWTRUE)
        at = mc.end(11) + 1
        u.pos = at + 1
        ordered = dense[g_ordered[0]]
        if direct and type(ordered) is Handler and ordered._call is not None and ordered.name != "_reconstructor":
            if ordered.walks:
                u._charge(1)
            try:
                hooks = ordered._call()
            except CorruptFileError:
                raise
            except (TypeError, ValueError, KeyError, IndexError, AttributeError, OverflowError):
                hooks = ObjectStub(ordered.qualname, ())
        else:
            hooks = u._call(ordered, (), at, "REDUCE")
        inner.append(hooks)
        dense.append(hooks)
        # TUPLE (the arguments; back to the outer stack), LONG_BINPUT, REDUCE, LONG_BINPUT
        args = tuple(inner)
        u.stack = u.metastack.pop()
        dense.append(args)
        del outer[-1]   # the rebuild function, which REDUCE pops with the arguments (never pushed here)
        at = mc.end(13)
        u.pos = at + 1
        if direct and type(rebuild) is Handler and rebuild._call is not None and not rebuild.walks:
            try:
                tensor = rebuild._call(*args)
            except CorruptFileError:
                raise
            except (TypeError, ValueError, KeyError, IndexError, AttributeError, OverflowError):
                tensor = ObjectStub(rebuild.qualname, args)
        else:
            tensor = u._call(rebuild, args, at, "REDUCE")
        outer.append(tensor)
        dense.append(tensor)
        done = pos = mc.end()
        if plain is not None:
            return done   # (the next record may be a plain one again)
        following = _next_key(data, pos, limit, dense, outer)
        if following is None:
            return done
        done = pos = following[0]
        end, got = following[1], following[2]


def _plain_records(u: Unpickler, plain: PlainTensors, data: Any, full: Any, pos: int, end: int,
                   dense: list[Any], got: str | None) -> int:
    """:func:`_tensor_record` given :class:`PlainTensors`, for the records of plain tensors
    (:data:`_PLAIN`; 0-dim ones too, keyed by a BINUNICODE or a GET): what their opcodes leave
    (the same memo entries, stack and events), with the tensor and its hooks built as the
    handlers build them (``_rebuild_tensor_v2`` of a storage, an int offset, size and stride
    tuples of ints of one length, a bool, and ``OrderedDict()``). Anything else is left to
    :func:`_tensor_record`: nothing here can fail."""
    done = 0
    match, shapes, shape_of, next_key, limit = _PLAIN.match, _SHAPES.get, _shape_of, _next_key, len(data)
    rebuild, hooks, storages = plain.rebuild, plain.hooks, plain.storages
    last_tag, last_type, last_location, make = plain.last
    outer = u.stack
    events = u.events if u.record else None
    new_tuple = tuple.__new__
    if events is not None:
        rebuild_names, hooks_names = u._names(rebuild), u._names(hooks)
        (rebuild_module, rebuild_name), (hooks_module, hooks_name) = rebuild_names, hooks_names
    # the memo keys the records PUT, from the memo's length on: compared as bytes with a run of
    # them made at once, longer as the records go on (most calls of a training checkpoint read a
    # parameter's few state tensors; a state dict's, thousands)
    base, expected, runs = 0, b"", 0
    while True:
        m = match(full, end, limit)   # (the file's buffer up to the window's end: a view's costs more)
        if m is None:
            return done
        (k1, g_rebuild, g_storage, g_class, n2, digits, k2, g_location, numel, k3, offset, size_raw, k4, stride_raw,
         k5, grad, g_ordered, k6, k7, k8) = m.groups()
        if (k1 is None) is (got is None):   # a key of its own is PUT (BINUNICODE); one read by a GET is not
            return done
        if size_raw is not None and stride_raw is not None:
            # (_shape_of, its cache read inline: a call for each of 200k shapes costs more)
            sizes, strides = shapes(size_raw), shapes(stride_raw)
            if sizes is None or strides is None:
                size, stride = shape_of(size_raw), shape_of(stride_raw)
                if size is None or stride is None or len(size) != len(stride):
                    return done
            elif len(sizes) == len(strides):
                size, stride = tuple(sizes), tuple(strides)
            else:
                return done
            keys = b"".join((k1 or b"", k2, k3, k4, k5, k6, k7, k8))
        elif size_raw is None and stride_raw is None:   # 0-dim: EMPTY_TUPLEs, never memoised
            size = stride = ()
            keys = b"".join((k1 or b"", k2, k3, k6, k7, k8))
        else:
            return done
        n0 = len(dense)
        at = (n0 - base) * 4
        if at + 32 > len(expected):
            pack, count = _KEY_RUNS[min(runs, len(_KEY_RUNS) - 1)]
            base, at, runs = n0, 0, runs + 1
            expected = pack(*range(base, base + count))
        # (GETs of single bytes: below 256, always there once the memo has 256 entries)
        if not expected.startswith(keys, at) \
                or (n0 < 256 and max(g_rebuild[0], g_storage[0], g_class[0], g_location[0], g_ordered[0]) >= n0) \
                or dense[g_rebuild[0]] is not rebuild or dense[g_ordered[0]] is not hooks \
                or n2[0] != len(digits) or u.work < 1:
            return done
        if got is None:
            try:
                key = full[pos + 5:end].decode("utf-8", "surrogatepass")
            except UnicodeDecodeError:
                return done
        storage_key = digits.decode()
        tag, storage_type, location = dense[g_storage[0]], dense[g_class[0]], dense[g_location[0]]
        if tag is not last_tag or storage_type is not last_type or location is not last_location:
            last_tag, last_type, last_location, make = plain.last = (
                tag, storage_type, location, storages(tag, storage_type, location))
        if make is None:
            return done
        elements = numel[1] if len(numel) == 2 else int.from_bytes(numel[1:], "little", signed=len(numel) == 5)
        ref = make(storage_key, int(digits), elements)
        if type(ref) is not StorageRef:   # (None: persistent_load decides; a storage is what the rebuild takes)
            return done
        pid = (tag, storage_type, storage_key, location, elements)
        u.work -= 1   # (OrderedDict() walks its arguments: a unit, as _call charges it)
        made = PickledOrderedDict()
        if events is not None:   # BINPERSID, the REDUCE of OrderedDict, the REDUCE of the rebuild
            # (Event(...) without its __new__'s Python frame: 300k events for a 100k-tensor scan)
            events += (new_tuple(Event, ("persid", m.start(11) - 1, "BINPERSID", "", "", "")),
                       new_tuple(Event, ("call", m.end(17) + 1, "REDUCE", hooks_module, hooks_name, "Handler")),
                       new_tuple(Event, ("call", m.end(19), "REDUCE", rebuild_module, rebuild_name, "Handler")))
        start = offset[1] if len(offset) == 2 else int.from_bytes(offset[1:], "little", signed=len(offset) == 5)
        requires_grad = grad == b"\x88"   # NEWTRUE
        tensor = TensorRef(ref.dtype, size, stride, ref, start, requires_grad)
        args = (ref, start, size, stride, requires_grad, made)
        if got is None:
            outer += (key, tensor)
            dense.append(key)
        else:
            outer.append(tensor)   # (the key is on the stack: the GET)
        if size_raw is not None:
            dense += (storage_key, pid, size, stride, made, args, tensor)
        else:
            dense += (storage_key, pid, made, args, tensor)
        following = next_key(data, m.end(), limit, dense, outer)
        if following is None:
            return m.end()
        done = pos = following[0]
        end, got = following[1], following[2]


def _next_key(data: Any, pos: int, limit: int, dense: list[Any],
              outer: list[Any]) -> tuple[int, int, str | None] | None:
    """The next tensor's key after a record that ends at ``pos``, read as the loop would:
    ``(pos, end, None)`` for a BINUNICODE within the window (its string ends at ``end``), or
    ``(after, after, key)`` for a GET of a string, read here (``key`` pushed onto ``outer``; the
    record after it begins where the GET ends); None: the loop reads on from ``pos``."""
    code = data[pos] if pos < limit else -1
    if code == Op.BINUNICODE:
        if pos + 5 > limit:
            return None
        end = pos + 5 + _UINT32.unpack_from(data, pos + 1)[0]
        return (pos, end, None) if end <= limit else None
    if code == Op.LONG_BINGET or code == Op.BINGET:
        after = pos + (5 if code == Op.LONG_BINGET else 2)
        if after > limit:
            return None
        index = int.from_bytes(data[pos + 1:after], "little")
        if index >= len(dense) or type(dense[index]) is not str:
            return None   # (a key past the list, or no string: the loop reads it)
        got = dense[index]
        outer.append(got)
        return after, after, got
    return None


def _shallow_size(args: tuple[Any, ...]) -> int:
    """What a handler may iterate: the lengths of its container arguments."""
    total = 1
    for a in args:
        if isinstance(a, (list, tuple, dict, set, frozenset, str, bytes, bytearray)):
            total += len(a)
    return total


def _check_tuple_depth(u: Unpickler, root: tuple[Any, ...], offset: int) -> None:
    todo = [(root, 1)]
    seen = u._hash_checked
    visited = 0
    while todo:
        value, depth = todo.pop()
        if depth > _MAX_HASH_DEPTH:
            raise u._fail(f"a dict key or set item nested more than {_MAX_HASH_DEPTH} tuples deep (CPython's own "
                          "unpickler crashes hashing it)", offset, reason="too-deep")
        seen[id(value)] = value
        visited += len(value)
        for item in value:
            if type(item) is tuple and item and id(item) not in seen:
                todo.append((item, depth + 1))
    u._charge(visited)


_HUGE = 1 << 31


def _has_huge_int(value: Any) -> bool:
    items = value if type(value) in (tuple, list) else (value,)
    return any(type(v) is int and abs(v) >= _HUGE for v in items[:16])


def _reconstructor_init(u: Unpickler, args: tuple[Any, ...], offset: int) -> None:
    """``copyreg._reconstructor(cls, base, state)`` runs ``base.__init__(obj, state)`` unless
    base is ``object``: a direct constructor call with file-chosen arguments, recorded as one."""
    base = args[1]
    qual = getattr(base, "qualname", None)
    if qual is None or qual == "builtins.object" or "." not in qual:
        return
    module, name = qual.rsplit(".", 1)
    state = args[2] if len(args) > 2 else None
    u._event("call", offset, "REDUCE", module, name,
             detail="copyreg._reconstructor" + (" huge-int" if _has_huge_int(state) else ""))


_MISSING = object()
_NEWOBJ_OPS = frozenset({"NEWOBJ", "NEWOBJ_EX"})
# callables compared by identity (never unhashable): their event names are computed once each
_NAMED = frozenset({Handler, GlobalRef, ObjectStub})

# The opcodes Unpickler.load implements inline; every other opcode has its handler in _DISPATCH.
_INLINE = frozenset({Op.MARK, Op.BININT1, Op.BININT, Op.NONE, Op.NEWTRUE, Op.NEWFALSE, Op.BINUNICODE,
                     Op.SHORT_BINUNICODE, Op.EMPTY_TUPLE, Op.TUPLE, Op.TUPLE1, Op.BINGET, Op.LONG_BINGET, Op.BINPUT,
                     Op.LONG_BINPUT, Op.MEMOIZE})


# An opcode handler: ``handler(unpickler, opcode_offset)``; a true result ends the stream (STOP).
if TYPE_CHECKING:
    _Handler = Callable[["Unpickler", int], Any]
    _H = TypeVar("_H", bound=_Handler)


def _op(code: int) -> Callable[[_H], _H]:
    def register(func: _H) -> _H:
        _DISPATCH[code] = func
        return func
    return register


_DISPATCH: list[_Handler | None] = [None] * 256


# --- CPython's text-argument parsers ------------------------------------------------------------
# The C unpickler copies each line into a C string, so an embedded NUL ends it, and parses it
# with C functions whose rules differ from Python's int()/float(): these repeat them exactly.

def _c_string(line: bytes) -> bytes:
    """The line as the C parsers see it: newline kept, cut at the first NUL."""
    return (line + b"\n").split(b"\0", 1)[0]


_C_SPACE = b" \t\n\v\f\r"
_OCT, _DEC, _HEX = b"01234567", b"0123456789", b"0123456789abcdefABCDEF"


def _strtol0(s: bytes) -> tuple[int | None, int]:
    """C ``strtol(s, &end, 0)``: ``(value, end)``; value None on overflow, end 0 when nothing parsed."""
    i, n = 0, len(s)
    while i < n and s[i] in _C_SPACE:
        i += 1
    negative = i < n and s[i] == 0x2D
    if i < n and s[i] in b"+-":
        i += 1
    if s[i:i + 2] in (b"0x", b"0X") and i + 2 < n and s[i + 2] in _HEX:
        digits, base, i = _HEX, 16, i + 2
    elif i < n and s[i] == 0x30:
        digits, base = _OCT, 8
    else:
        digits, base = _DEC, 10
    j = i
    while j < n and s[j] in digits:
        j += 1
    if j == i:
        return 0, 0
    value = int(s[i:j], base)
    value = -value if negative else value
    if not -(1 << 63) <= value < (1 << 63):
        return None, j
    return value, j


def _c_int(line: bytes) -> int | bool:
    """``load_int``: strtol with base 0 (so ``010`` is octal 8, ``0x1f`` hex), then Python's int
    with base 0 (``0o7``, ``0b1``, ``1_000``, big numbers); ``00``/``01`` are False/True."""
    s = _c_string(line)
    value, end = _strtol0(s)
    if value is not None and (end == len(s) or s[end] == 0x0A):
        if len(line) == 2 and value in (0, 1):
            return bool(value)
        return value
    return int(s, 0)  # bytes: exactly PyLong_FromString; raises ValueError like CPython


_C_FLOAT = _regex.compile(rb"[+-]?(?:(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?|(?i:inf(?:inity)?|nan))")


def _c_float(line: bytes) -> float:
    """``load_float``: PyOS_string_to_double (no whitespace, no underscores, overflow refused)."""
    s = _c_string(line)
    m = _C_FLOAT.match(s)
    if m is None or (m.end() < len(s) and s[m.end()] != 0x0A):
        raise ValueError("could not convert string to float")
    value = float(m.group())
    if value in (float("inf"), float("-inf")) and not m.group().lstrip(b"+-")[:1].isalpha():
        raise ValueError("float overflow")
    return value


# --- stack and memo -----------------------------------------------------------------------------
@_op(Op.STOP)
def _stop(u: Unpickler, pos: int) -> bool:
    return True


@_op(Op.POP)
def _pop(u: Unpickler, pos: int) -> None:
    if u.stack:
        u.stack.pop()
    elif u.metastack:
        u._pop_mark()  # CPython: POP on an empty stack after MARK pops the mark
    else:
        raise u._fail("stack underflow", pos, reason="stack-underflow")


@_op(Op.POP_MARK)
def _pop_mark(u: Unpickler, pos: int) -> None:
    u._pop_mark()


@_op(Op.DUP)
def _dup(u: Unpickler, pos: int) -> None:
    u.stack.append(u._top())


def _memo_get(u: Unpickler, key: int, pos: int) -> None:
    value = u.memo.get(key, _MISSING)
    if value is _MISSING:
        raise u._fail(f"memo key {key} not found", pos, reason="memo-missing")
    u.stack.append(value)


def _memo_put(u: Unpickler, key: int, pos: int) -> None:
    if key < 0:
        raise u._fail("negative memo key", pos)
    u.memo.put(key, u._top())


def _memo_key(u: Unpickler, line: bytes, pos: int, opcode: str) -> int:
    try:
        key = int(_c_string(line), 10)  # PyLong_FromString(s, NULL, 10)
    except ValueError:
        raise u._fail(f"bad {opcode} argument", pos) from None
    if key >= 1 << 63:
        raise u._fail(f"{opcode} argument too large", pos)
    return key


@_op(Op.GET)
def _get(u: Unpickler, pos: int) -> None:
    _memo_get(u, _memo_key(u, u._line_arg("GET", pos), pos, "GET"), pos)


@_op(Op.PUT)
def _put(u: Unpickler, pos: int) -> None:
    line = u._line_arg("PUT", pos)
    u._top()  # CPython checks the stack before it parses the key
    _memo_put(u, _memo_key(u, line, pos, "PUT"), pos)


@_op(Op.PROTO)
def _proto(u: Unpickler, pos: int) -> None:
    proto = u._read(1)[0]
    if proto > 5:
        raise u._fail(f"unsupported pickle protocol {proto}", pos, reason="protocol")
    u.protocol = proto


@_op(Op.FRAME)
def _frame(u: Unpickler, pos: int) -> None:
    # The C unpickler reads the whole frame ahead (so a frame longer than the data fails),
    # then keeps reading opcodes straight through frame boundaries. From a file, the frame
    # becomes its read buffer, which changes what later reads see: file_reading() covers that.
    n = _unpack_from("<Q", u._read(8))[0]
    if n > u.limit - u.pos and u.check_frames:
        raise u._fail(f"stream truncated (a FRAME of {n} bytes runs past the end)", pos, reason="truncated")
    u.frames.append((u.pos, u.pos + n))


# --- scalars ------------------------------------------------------------------------------------
def _push_line_number(u: Unpickler, pos: int, opcode: str, parse: Callable[[bytes], Any]) -> None:
    """INT, LONG and FLOAT: a text argument line, parsed as CPython parses it (ValueError: refused)."""
    line = u._line_arg(opcode, pos)
    try:
        u.stack.append(parse(line))
    except ValueError:
        raise u._fail(f"bad {opcode} argument", pos) from None


def _c_long(line: bytes) -> int:
    # CPython drops a trailing "L" (Python 2's long suffix), then PyLong_FromString base 0
    return int(line[:-1].split(b"\0", 1)[0] if line.endswith(b"L") else _c_string(line), 0)


@_op(Op.INT)
def _int(u: Unpickler, pos: int) -> None:
    _push_line_number(u, pos, "INT", _c_int)


@_op(Op.BININT2)
def _binint2(u: Unpickler, pos: int) -> None:
    u.stack.append(_unpack_from("<H", u._read(2))[0])


@_op(Op.LONG)
def _long(u: Unpickler, pos: int) -> None:
    _push_line_number(u, pos, "LONG", _c_long)


@_op(Op.LONG1)
def _long1(u: Unpickler, pos: int) -> None:
    n = u._read(1)[0]
    u.stack.append(int.from_bytes(u._read(n), "little", signed=True))


@_op(Op.LONG4)
def _long4(u: Unpickler, pos: int) -> None:
    n = _unpack_from("<i", u._read(4))[0]
    if n < 0:
        raise u._fail("negative LONG4 length", pos)
    u.stack.append(int.from_bytes(u._read(n), "little", signed=True))


@_op(Op.FLOAT)
def _float(u: Unpickler, pos: int) -> None:
    _push_line_number(u, pos, "FLOAT", _c_float)


@_op(Op.BINFLOAT)
def _binfloat(u: Unpickler, pos: int) -> None:
    u.stack.append(_unpack_from(">d", u._read(8))[0])


# --- strings and bytes --------------------------------------------------------------------------
def _decode(u: Unpickler, raw: bytes, pos: int) -> str:
    try:
        return raw.decode("utf-8", "surrogatepass")
    except UnicodeDecodeError:
        raise u._fail("invalid UTF-8 in a string", pos) from None


def _py2_str(raw: bytes) -> str:
    # Python 2 str: pickle.loads decodes ASCII, torch.load UTF-8; we take the widest reading
    # so that nothing either loader accepts stops us.
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("latin-1")


@_op(Op.STRING)
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
    u.stack.append(_py2_str(value))


@_op(Op.BINSTRING)
def _binstring(u: Unpickler, pos: int) -> None:
    # the length is unsigned in CPython: a "negative" one is 2 GiB or more, beyond the data
    u.stack.append(_py2_str(u._read(_unpack_from("<I", u._read(4))[0])))


@_op(Op.SHORT_BINSTRING)
def _short_binstring(u: Unpickler, pos: int) -> None:
    u.stack.append(_py2_str(u._read(u._read(1)[0])))


@_op(Op.UNICODE)
def _unicode(u: Unpickler, pos: int) -> None:
    try:
        u.stack.append(u._readline().decode("raw-unicode-escape"))
    except UnicodeDecodeError:
        raise u._fail("bad UNICODE escape", pos) from None


@_op(Op.BINUNICODE8)
def _binunicode8(u: Unpickler, pos: int) -> None:
    u.stack.append(_decode(u, u._read(_unpack_from("<Q", u._read(8))[0]), pos))


@_op(Op.BINBYTES)
def _binbytes(u: Unpickler, pos: int) -> None:
    u.stack.append(u._read(_unpack_from("<I", u._read(4))[0]))


@_op(Op.SHORT_BINBYTES)
def _short_binbytes(u: Unpickler, pos: int) -> None:
    u.stack.append(u._read(u._read(1)[0]))


@_op(Op.BINBYTES8)
def _binbytes8(u: Unpickler, pos: int) -> None:
    u.stack.append(u._read(_unpack_from("<Q", u._read(8))[0]))


@_op(Op.BYTEARRAY8)
def _bytearray8(u: Unpickler, pos: int) -> None:
    u.stack.append(bytearray(u._read(_unpack_from("<Q", u._read(8))[0])))


@_op(Op.NEXT_BUFFER)
def _next_buffer(u: Unpickler, pos: int) -> None:
    # pickle.load without buffers= raises here; so does torch.load.
    raise u._fail("NEXT_BUFFER needs out-of-band buffers, which model files cannot carry", pos, reason="protocol")


# plain values without the buffer protocol: memoryview() of them fails in CPython
_NO_BUFFER = (str, int, float, complex, bool, type(None), tuple, list, dict, set, frozenset)


@_op(Op.READONLY_BUFFER)
def _readonly_buffer(u: Unpickler, pos: int) -> None:
    if isinstance(u._top(), _NO_BUFFER):
        raise u._fail(f"READONLY_BUFFER on a {type(u._top()).__name__}", pos, reason="bad-target")


# --- containers ---------------------------------------------------------------------------------
@_op(Op.TUPLE2)
def _tuple2(u: Unpickler, pos: int) -> None:
    b = u._pop()
    a = u._pop()
    u.stack.append((a, b))


@_op(Op.TUPLE3)
def _tuple3(u: Unpickler, pos: int) -> None:
    c = u._pop()
    b = u._pop()
    a = u._pop()
    u.stack.append((a, b, c))


@_op(Op.EMPTY_LIST)
def _empty_list(u: Unpickler, pos: int) -> None:
    u.stack.append([])


@_op(Op.LIST)
def _list(u: Unpickler, pos: int) -> None:
    items = u._pop_mark()  # before touching u.stack: _pop_mark replaces it
    u.stack.append(items)


@_op(Op.EMPTY_DICT)
def _empty_dict(u: Unpickler, pos: int) -> None:
    u.stack.append({})


def _fill_dict(u: Unpickler, target: dict[Any, Any], pairs: list[Any], pos: int) -> None:
    u._hashable(pairs[::2], pos)
    try:
        for i in range(0, len(pairs), 2):
            target[pairs[i]] = pairs[i + 1]
    except TypeError:
        raise u._fail("unhashable dict key", pos, reason="unhashable") from None


def _setitems(u: Unpickler, target: Any, pairs: list[Any], pos: int, opcode: str) -> None:
    if not pairs:
        return  # CPython: "nothing to do", whatever the target is
    if len(pairs) % 2:
        raise u._fail(f"odd number of items for {opcode}", pos)
    if isinstance(target, dict):
        _fill_dict(u, target, pairs, pos)
    elif isinstance(target, ObjectStub):
        u._event("call", pos, opcode, *target.cls.rpartition(".")[::2], detail="__setitem__")
        target.items.extend(zip(pairs[::2], pairs[1::2]))
    else:
        # PyObject_SetItem on a non-dict: what torch's weights_only reader mishandles
        # (CVE-2026-24747). CPython itself goes on where the type supports the keys.
        u._event("setitem", pos, opcode, "builtins", type(target).__name__)
        if not _set_non_dict(target, pairs):
            raise u._fail(f"{opcode} on a {type(target).__name__}", pos, reason="setitem-on-non-dict")


def _set_non_dict(target: Any, pairs: list[Any]) -> bool:
    """Apply SETITEMS to a list, bytearray or tensor the way CPython would; False where it raises."""
    if isinstance(target, TensorRef):
        return True  # Tensor.__setitem__ accepts most index/value pairs; the data is not ours
    if not isinstance(target, (list, bytearray)):
        return False
    for i in range(0, len(pairs), 2):
        key, value = pairs[i], pairs[i + 1]
        if type(key) not in (int, bool) or not -len(target) <= key < len(target):
            return False
        if isinstance(target, bytearray) and not (type(value) in (int, bool) and 0 <= value < 256):
            return False
        target[key] = value
    return True


@_op(Op.DICT)
def _dict(u: Unpickler, pos: int) -> None:
    items = u._pop_mark()
    if len(items) % 2:
        raise u._fail("odd number of items for DICT", pos)
    result: dict[Any, Any] = {}
    _fill_dict(u, result, items, pos)
    u.stack.append(result)


@_op(Op.SETITEM)
def _setitem(u: Unpickler, pos: int) -> None:
    value = u._pop()
    key = u._pop()
    _setitems(u, u._top(), [key, value], pos, "SETITEM")


@_op(Op.SETITEMS)
def _setitems_op(u: Unpickler, pos: int) -> None:
    items = u._pop_mark()
    _setitems(u, u._top(), items, pos, "SETITEMS")


def _appends(u: Unpickler, target: Any, items: list[Any], pos: int) -> None:
    if not items:
        return  # CPython: "nothing to do", whatever the target is
    if isinstance(target, list):
        target.extend(items)
    elif isinstance(target, ObjectStub):
        u._event("call", pos, "APPENDS", *target.cls.rpartition(".")[::2], detail="append")
        target.listitems.extend(items)
    elif isinstance(target, bytearray):
        try:
            target.extend(items)  # bytearray has extend(): CPython calls it
        except (TypeError, ValueError):
            raise u._fail("bad items for a bytearray", pos, reason="bad-target") from None
    else:
        raise u._fail(f"APPEND on a {type(target).__name__}", pos, reason="bad-target")


@_op(Op.APPEND)
def _append(u: Unpickler, pos: int) -> None:
    value = u._pop()
    _appends(u, u._top(), [value], pos)


@_op(Op.APPENDS)
def _appends_op(u: Unpickler, pos: int) -> None:
    items = u._pop_mark()
    _appends(u, u._top(), items, pos)


@_op(Op.EMPTY_SET)
def _empty_set(u: Unpickler, pos: int) -> None:
    u.stack.append(set())


@_op(Op.ADDITEMS)
def _additems(u: Unpickler, pos: int) -> None:
    items = u._pop_mark()
    target = u._top()
    if not items:
        return  # CPython: "nothing to do", whatever the target is
    if isinstance(target, set):
        u._hashable(items, pos)
        try:
            target.update(items)
        except TypeError:
            raise u._fail("unhashable set item", pos, reason="unhashable") from None
    elif isinstance(target, ObjectStub):
        u._event("call", pos, "ADDITEMS", *target.cls.rpartition(".")[::2], detail="add")
        target.listitems.extend(items)
    else:
        raise u._fail(f"ADDITEMS on a {type(target).__name__}", pos, reason="bad-target")


@_op(Op.FROZENSET)
def _frozenset(u: Unpickler, pos: int) -> None:
    items = u._pop_mark()
    u._hashable(items, pos)
    try:
        u.stack.append(frozenset(items))
    except TypeError:
        raise u._fail("unhashable frozenset item", pos, reason="unhashable") from None


# --- globals, calls, objects --------------------------------------------------------------------
def _name_line(u: Unpickler, pos: int, opcode: str, encoding: str) -> str:
    line = u._line_arg(opcode, pos)
    try:
        return line.decode(encoding)  # strict, as CPython decodes it
    except UnicodeDecodeError:
        raise u._fail(f"{opcode} name is not {encoding}", pos) from None


@_op(Op.GLOBAL)
def _global_op(u: Unpickler, pos: int) -> None:
    module = _name_line(u, pos, "GLOBAL", "utf-8")
    name = _name_line(u, pos, "GLOBAL", "utf-8")
    u.stack.append(u._global(module, name, pos, "GLOBAL"))


@_op(Op.STACK_GLOBAL)
def _stack_global(u: Unpickler, pos: int) -> None:
    name = u._pop()
    module = u._pop()
    u.stack.append(u._global(module, name, pos, "STACK_GLOBAL"))


@_op(Op.REDUCE)
def _reduce(u: Unpickler, pos: int) -> None:
    stack = u.stack
    if len(stack) < 2:
        raise u._fail("stack underflow", reason="stack-underflow")
    func, args = stack[-2], stack[-1]
    del stack[-2:]
    stack.append(u._call(func, args, pos, "REDUCE"))


@_op(Op.NEWOBJ)
def _newobj(u: Unpickler, pos: int) -> None:
    args = u._pop()
    cls = u._pop()
    u.stack.append(u._call(cls, args, pos, "NEWOBJ"))


@_op(Op.NEWOBJ_EX)
def _newobj_ex(u: Unpickler, pos: int) -> None:
    kwargs = u._pop()
    args = u._pop()
    cls = u._pop()
    if not isinstance(kwargs, dict):
        raise u._fail("NEWOBJ_EX keyword arguments must be a dict", pos, reason="bad-call")
    u.stack.append(u._call(cls, args, pos, "NEWOBJ_EX", kwargs))


@_op(Op.INST)
def _inst(u: Unpickler, pos: int) -> None:
    args = tuple(u._pop_mark())  # CPython finds the MARK before it reads the names
    module = _name_line(u, pos, "INST", "ascii")
    name = _name_line(u, pos, "INST", "ascii")
    cls = u._global(module, name, pos, "INST")
    u.stack.append(u._call(cls, args, pos, "INST"))


@_op(Op.OBJ)
def _obj(u: Unpickler, pos: int) -> None:
    items = u._pop_mark()
    if not items:
        raise u._fail("OBJ needs a class", pos, reason="stack-underflow")
    cls, args = items[0], tuple(items[1:])
    u.stack.append(u._call(cls, args, pos, "OBJ"))


@_op(Op.BUILD)
def _build(u: Unpickler, pos: int) -> None:
    state = u._pop()
    target = u._top()
    if isinstance(state, (dict, tuple)):
        u._charge(len(state))
    if isinstance(target, ObjectStub):
        if isinstance(target.state, dict):
            u._charge(len(target.state))
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


@_op(Op.PERSID)
def _persid(u: Unpickler, pos: int) -> None:
    line = u._readline()
    try:
        pid = line.decode("ascii")
    except UnicodeDecodeError:
        raise u._fail("persistent IDs in protocol 0 must be ASCII strings", pos, reason="persistent-id") from None
    u._event("persid", pos, "PERSID", detail=pid[:80])
    u.stack.append(_persistent(u, pid, pos))


@_op(Op.BINPERSID)
def _binpersid(u: Unpickler, pos: int) -> None:
    pid = u._pop()
    if u.record:
        u._event("persid", pos, "BINPERSID")
    u.stack.append(_persistent(u, pid, pos))


def _persistent(u: Unpickler, pid: Any, pos: int) -> Any:
    if u.persistent_load is None:
        raise u._fail("persistent id in a stream that does not allow them", pos, reason="persistent-id")
    try:
        return u.persistent_load(pid)
    except CorruptFileError as exc:
        if exc.offset is None:
            exc.offset = pos - u.origin
        raise
    except (TypeError, ValueError, KeyError, IndexError) as exc:
        raise u._fail(f"bad persistent id ({exc})", pos, reason="persistent-id") from None


def _ext(u: Unpickler, code: int, pos: int, opcode: str) -> None:
    if code <= 0:
        raise u._fail(f"{opcode} specifies code <= 0", pos, reason="protocol")
    # copyreg's extension registry is empty in a stock interpreter, where these raise;
    # a registry entry would point at an arbitrary global, so the scanner flags them.
    u._event("ext", pos, opcode, detail=str(code))
    u.stack.append(GlobalRef("copyreg._extension_registry", str(code)))


@_op(Op.EXT1)
def _ext1(u: Unpickler, pos: int) -> None:
    _ext(u, u._read(1)[0], pos, "EXT1")


@_op(Op.EXT2)
def _ext2(u: Unpickler, pos: int) -> None:
    _ext(u, _unpack_from("<H", u._read(2))[0], pos, "EXT2")


@_op(Op.EXT4)
def _ext4(u: Unpickler, pos: int) -> None:
    _ext(u, _unpack_from("<i", u._read(4))[0], pos, "EXT4")


# --- pickle.load(file) versus pickle.loads(bytes) ---------------------------------------------
# From bytes, CPython reads a stream straight through. From a file, a FRAME's bytes become its
# read buffer, and a later read that needs more than the buffer still holds drops what is left
# and reads on from the file (_Unpickler_ReadImpl, _Unpickler_Readline); only BINBYTES,
# BINBYTES8 and BYTEARRAY8 (_Unpickler_ReadInto) use the rest first. So a FRAME whose length
# disagrees with the opcodes inside makes the two loaders interpret different bytes.

# opcode -> how CPython reads its argument: 0 none; k > 0 k bytes; -1/-2 one/two lines;
# (width, signed, into): a length of ``width`` bytes, then that many bytes (``into``: through
# _Unpickler_ReadInto); "frame"; "stop"
_ARGS: dict[int, Any] = dict.fromkeys(OPCODE_NAMES, 0)
_ARGS.update({Op.BININT1: 1, Op.BININT2: 2, Op.BININT: 4, Op.BINGET: 1, Op.LONG_BINGET: 4, Op.BINPUT: 1,
              Op.LONG_BINPUT: 4, Op.BINFLOAT: 8, Op.PROTO: 1, Op.EXT1: 1, Op.EXT2: 2, Op.EXT4: 4})
_ARGS.update(dict.fromkeys((Op.INT, Op.LONG, Op.FLOAT, Op.STRING, Op.UNICODE, Op.GET, Op.PUT, Op.PERSID), -1))
_ARGS.update(dict.fromkeys((Op.GLOBAL, Op.INST), -2))
_ARGS.update({Op.SHORT_BINSTRING: (1, False, False), Op.BINSTRING: (4, False, False), Op.BINUNICODE: (4, False, False),
              Op.SHORT_BINUNICODE: (1, False, False), Op.BINUNICODE8: (8, False, False), Op.LONG1: (1, False, False),
              Op.LONG4: (4, True, False), Op.SHORT_BINBYTES: (1, False, True), Op.BINBYTES: (4, False, True),
              Op.BINBYTES8: (8, False, True), Op.BYTEARRAY8: (8, False, True), Op.FRAME: "frame", Op.STOP: "stop"})


class FileReading(NamedTuple):
    """What ``pickle.load(file)`` interprets of a stream starting at ``start``.

    ``view`` holds the bytes it consumes, in order; ``pieces`` maps view offsets to file
    offsets (``(view_offset, file_offset)`` per contiguous piece); ``end`` is where it leaves
    the file after ``STOP`` (where the next ``pickle.load`` starts), or where reading failed;
    ``skipped`` lists the file ranges it drops; ``straddles`` the offsets where a read of
    ``pickle.loads`` crosses the end of a FRAME (where any file reading, peek() or not, may
    part from it); ``error`` says why reading stopped early (None after STOP)."""

    view: bytes
    pieces: tuple[tuple[int, int], ...]
    end: int
    skipped: tuple[tuple[int, int], ...]
    straddles: tuple[int, ...]
    error: str | None

    def file_offset(self, view_offset: int) -> int:
        """The file offset of a byte of ``view``."""
        import bisect  # here, not at start-up: only a diverging reading is mapped back

        k = bisect.bisect_right(self.pieces, (view_offset, 1 << 62)) - 1
        piece = self.pieces[max(k, 0)]
        return piece[1] + view_offset - piece[0]

    @property
    def differs(self) -> bool:
        """Whether some file reading may interpret other bytes than pickle.loads."""
        return bool(self.skipped or self.straddles)


def frames_consistent(frames: list[tuple[int, int]], end: int) -> bool:
    """The cheap test: each FRAME window ends where the next FRAME starts or at ``end``
    (just past STOP), as every pickler writes them. Then no read can cross a window's end and
    both loaders read the same bytes."""
    for i, (_, stop) in enumerate(frames):
        if stop == end or (i + 1 < len(frames) and frames[i + 1][0] - 9 == stop):
            continue
        return False
    return True


def _replay(data: Any, start: int, size: int,
            stream: bool) -> tuple[list[tuple[int, int]], list[int], int, str | None]:
    """CPython's reads of one stream: ``stream`` False as pickle.loads (one buffer: the data),
    True as pickle.load of a file without peek() (each read() replaces the buffer). Returns the
    dropped ranges, the reads that cross a FRAME's end (bytes reading), the end, the error."""
    import heapq  # here, not at start-up: only streams whose FRAMEs disagree are replayed

    find = data.find
    args = _ARGS
    skipped: list[tuple[int, int]] = []
    straddles: list[int] = []
    ends: list[int] = []                 # FRAME window ends ahead (bytes reading), a heap
    state = [start, start, start if stream else size, 1 << 62]  # idx, fpos, buf_end, next_end

    def cross(a: int, b: int) -> None:
        # the bytes reading: does [a, b) cross the end of a FRAME window?
        while ends and ends[0] <= a:
            heapq.heappop(ends)
        if ends and ends[0] < b:
            straddles.append(a)
        while ends and ends[0] <= b:
            heapq.heappop(ends)
        state[3] = ends[0] if ends else 1 << 62

    def read(n: int) -> int:
        """_Unpickler_Read: where the ``n`` bytes come from."""
        idx, fpos, buf_end, nxt = state
        if idx + n <= buf_end:
            state[0] = idx + n
            if idx + n > nxt:
                cross(idx, idx + n)
            return idx
        if not stream or fpos + n > size:
            raise IndexError
        if idx < buf_end:
            skipped.append((idx, buf_end))  # _Unpickler_ReadImpl drops the rest of the buffer
        state[0] = state[1] = state[2] = fpos + n
        return fpos

    def readline() -> None:
        idx, fpos, buf_end, nxt = state
        nl = find(b"\n", idx, buf_end)
        if nl >= 0:
            state[0] = nl + 1
            if nl + 1 > nxt:
                cross(idx, nl + 1)
            return
        if not stream:
            raise IndexError
        if idx < buf_end:
            skipped.append((idx, buf_end))
        nl = find(b"\n", fpos, size)
        if nl < 0:
            raise IndexError
        state[0] = state[1] = state[2] = nl + 1

    def read_into(n: int) -> None:
        """_Unpickler_ReadInto: what the buffer holds first, then straight on from the file."""
        idx, fpos, buf_end, _ = state
        if idx + n <= buf_end:
            state[0] = idx + n
            return
        rest = n - (buf_end - idx)
        if not stream or fpos + rest > size:
            raise IndexError
        state[0] = state[1] = state[2] = fpos + rest

    error: str | None = None
    try:
        while True:
            at = read(1)
            spec = args.get(data[at])
            if spec == 0:
                continue
            if spec is None:
                state[0] = at
                error = f"unknown opcode 0x{data[at]:02x}"
                break
            if spec == "stop":
                break
            if type(spec) is int:
                if spec > 0:
                    read(spec)
                else:
                    for _ in range(-spec):
                        readline()
            elif spec == "frame":
                a = read(8)
                n = int.from_bytes(data[a:a + 8], "little")
                if stream:
                    b = read(n)
                    state[0] = b  # load_frame rewinds to the start of the frame
                elif n > size - state[0]:
                    raise IndexError
                else:
                    heapq.heappush(ends, state[0] + n)
                    state[3] = ends[0]
            else:
                width, signed, into = spec
                a = read(width)
                n = int.from_bytes(data[a:a + width], "little", signed=signed)
                if n < 0:
                    error = "negative length"
                    break
                if into:
                    read_into(n)
                else:
                    read(n)
    except IndexError:
        error = "stream truncated"
    end = state[1] if stream and error is None else state[0]
    return skipped, straddles, end, error


def file_reading(data: bytes | mmap.mmap, start: int = 0, *, limit: int | None = None) -> FileReading:
    """Replay CPython's reads of a stream from an ``io.BytesIO`` (or a file whose FRAMEs are
    too large for its peek buffer), and check the bytes reading for reads that cross a
    FRAME's end (where any file reading, peek() or not, may part from it)."""
    size = len(data) if limit is None else min(limit, len(data))
    _, straddles, _, _ = _replay(data, start, size, stream=False)
    skipped, _, end, error = _replay(data, start, size, stream=True)
    # The file reading is the data read straight through, less the ranges it drops.
    pieces: list[tuple[int, int]] = []
    view = bytearray()
    pos = start
    for a, b in [*skipped, (end, end)]:
        if a > pos:
            pieces.append((len(view), pos))
            view += data[pos:a]
        pos = max(pos, b)
    return FileReading(bytes(view), tuple(pieces) or ((0, start),), end, tuple(skipped), tuple(straddles), error)


def unpickle(data: bytes | mmap.mmap, *, resolve: Resolver, persistent_load: Callable[[Any], Any] | None = None,
             start: int = 0, stop: int | None = None, entry: str | None = None,
             release: bool = False, origin: int = 0, plain: PlainTensors | None = None) -> tuple[Any, Unpickler]:
    """Interpret one stream; return ``(value, unpickler)`` (the unpickler has ``end`` and ``events``).
    ``stop``: where the stream's bytes end in ``data`` (reading past it is truncation); ``release``:
    ``data`` is a file's map whose pages read need not stay resident; ``origin``: where the offsets
    errors give count from; ``plain``: see :class:`PlainTensors`."""
    u = Unpickler(data, resolve=resolve, persistent_load=persistent_load, start=start, entry=entry, record=False,
                  stop=stop)
    u.release = release
    u.origin = origin
    u.plain = plain
    with gc_paused():
        try:
            value = u.load()
        except RecursionError:
            raise u._fail("nesting too deep", reason="too-deep") from None
        except MemoryError:
            raise u._fail("stream would need too much memory", reason="budget") from None
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
