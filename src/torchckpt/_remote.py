"""Model files behind URLs: ``http(s)://``, ``s3://bucket/key`` and ``hf://ORG/REPO/PATH[@REV]``.

The readers take a map of the file (:func:`torchckpt.formats.base.map_file`); for a URL that map
is a :class:`~torchckpt.formats.base.LazyMap`, which fetches with range requests only the blocks
the readers touch. The I/O layers come from the optional extra ``remote`` and are imported only
when a URL is given: HTTP(S) and the Hub through obstore (Rust's object_store: it imports in
~15 ms where aiohttp takes ~270, and it receives with the GIL released, so fetching overlaps the
writer), S3 through fsspec's s3fs (botocore's whole configuration chain: variables, profiles,
``AWS_ENDPOINT_URL``).

- ``hf://ORG/REPO/PATH[@REV]`` is ``{HF_ENDPOINT or https://huggingface.co}/ORG/REPO/resolve/{REV
  or main}/PATH``, read like any URL, with ``HF_TOKEN`` (when set) as a bearer token.
  ``hf://ORG/REPO[@REV]`` (no PATH) is the repository: its files come from the Hub API's tree.
- ``s3://`` is configured the usual way (``AWS_*`` variables, ``AWS_ENDPOINT_URL``, profiles).
- The ETag (or the date) and the size seen when a file is opened are compared with every later
  answer's (s3fs does the same for S3): a file that changes while it is read is an error, never a
  mix of two versions. A server that names neither ETag nor date is checked by size alone.
- ``TORCHCKPT_TIMEOUT`` (seconds, default 60): how long a server may stay silent.
"""

from __future__ import annotations

import atexit
import contextlib
import json
import os
import re
import sys
import threading
import time
from collections.abc import Callable
from typing import Any, NamedTuple

from .errors import (
    RangeNotSupportedError,
    RemoteAccessError,
    RemoteChangedError,
    RemoteError,
    RemoteExtraMissingError,
    RemoteNotFoundError,
    RemoteTimeoutError,
    TorchckptError,
    UnsafePathError,
    UnsupportedFormatError,
)
from .vocab import RemoteScheme

__all__ = ["in_folder", "is_url", "join_url", "list_url", "open_url", "remote_size", "split_revision"]

_SCHEMES: dict[str, RemoteScheme] = {"http://": "http", "https://": "http", "s3://": "s3", "hf://": "hf"}
_HF_DEFAULT = "https://huggingface.co"


def is_url(path: object) -> bool:
    """Whether ``path`` names a remote file torchckpt reads (``http(s)://``, ``s3://``, ``hf://``)."""
    return isinstance(path, str) and path.lower().startswith(tuple(_SCHEMES))


def _scheme(url: str) -> RemoteScheme:
    lower = url.lower()
    return next(kind for prefix, kind in _SCHEMES.items() if lower.startswith(prefix))


def _extra(module: str, schemes: str) -> Any:
    """``module`` of the ``remote`` extra, imported; missing, a one-line error naming it."""
    import importlib

    try:
        return importlib.import_module(module)
    except ImportError:
        raise RemoteExtraMissingError(f"reading {schemes} URLs needs {module}",
                                      hint="pip install 'torchckpt[remote]'") from None


def _obstore() -> Any:
    return _extra("obstore", "http(s):// and hf://")


def _timeout() -> float:
    try:
        return max(0.1, float(os.environ.get("TORCHCKPT_TIMEOUT", "60")))
    except ValueError:
        return 60.0


# --- naming ------------------------------------------------------------------------------------

class _HfName(NamedTuple):
    endpoint: str
    repo: str        # ORG/REPO
    path: str        # "" for the repository itself
    revision: str


def _hf_name(url: str) -> _HfName:
    rest = url[len("hf://"):]
    rest, at, revision = rest.rpartition("@") if "@" in rest else (rest, "", "")
    parts = [p for p in rest.split("/") if p]
    if len(parts) < 2 or (at and not revision):
        raise UnsupportedFormatError("is no Hugging Face Hub address", path=url,
                                     hint="write hf://ORG/REPO/PATH[@REVISION] (or hf://ORG/REPO to scan a repository)")
    if any(p in (".", "..") for p in parts):
        raise UnsafePathError("a Hub path may not hold '.' or '..'", name=url, path=url,
                              hint="name the file inside the repository")
    endpoint = (os.environ.get("HF_ENDPOINT") or _HF_DEFAULT).rstrip("/")
    return _HfName(endpoint, "/".join(parts[:2]), "/".join(parts[2:]), revision or "main")


def _hf_http(name: _HfName) -> str:
    from urllib.parse import quote

    return f"{name.endpoint}/{name.repo}/resolve/{quote(name.revision, safe='')}/{quote(name.path)}"


def _headers(url: str) -> dict[str, str]:
    token = os.environ.get("HF_TOKEN")
    return {"Authorization": f"Bearer {token}"} if _scheme(url) == "hf" and token else {}


def split_revision(url: str) -> tuple[str, str]:
    """``(url, "")``, or for ``hf://…/PATH@REV`` ``("hf://…/PATH", "REV")``."""
    if _scheme(url) == "hf" and "@" in url.rsplit("/", 1)[1]:
        base, _, rev = url.rpartition("@")
        return base, rev
    return url, ""


def join_url(base: str, name: str) -> str:
    """The URL of ``name`` (a relative file name a checkpoint gives, e.g. an HF index's shard) beside
    ``base``. The caller has refused absolute names and ``..`` already."""
    path, rev = split_revision(base)
    return f"{path.rsplit('/', 1)[0]}/{name}" + (f"@{rev}" if rev else "")


def in_folder(url: str, name: str) -> str | None:
    """The URL of ``name`` inside the folder ``url`` names (it ends with ``/``; on the Hub, before
    an ``@REVISION``), or None when ``url`` names a file."""
    base, rev = split_revision(url)
    if not base.endswith("/"):
        return None
    return f"{base}{name}" + (f"@{rev}" if rev else "")


# --- errors ------------------------------------------------------------------------------------

# obstore's errors carry the status only in their message ("... non-2xx status code: 404 Not Found")
_STATUS_TEXT = re.compile(r"status code: (\d{3})\b")
# obstore's exception classes, by name (translated without importing obstore for them)
_OBSTORE_STATUS = {"UnauthenticatedError": 401, "PermissionDeniedError": 403, "PreconditionError": 412}


def _status(exc: BaseException | None) -> int | None:
    while exc is not None:
        status = getattr(exc, "status", None)
        if isinstance(status, int):
            return status
        if type(exc).__name__ in _OBSTORE_STATUS:
            return _OBSTORE_STATUS[type(exc).__name__]
        found = _STATUS_TEXT.search(str(exc))
        if found:
            return int(found.group(1))
        exc = exc.__cause__ or exc.__context__
    return None


def _is_timeout(exc: BaseException | None) -> bool:
    import asyncio

    while exc is not None:
        if isinstance(exc, (TimeoutError, asyncio.TimeoutError)) or type(exc).__name__ in (
                "FSTimeoutError", "ServerTimeoutError", "ConnectTimeoutError", "ReadTimeoutError"):
            return True
        if type(exc).__name__ == "GenericError" and ("kind: Timeout" in str(exc) or "TimedOut" in str(exc)):
            return True   # obstore (reqwest's timeout, after its retries)
        exc = exc.__cause__ or exc.__context__
    return False


def _translate(exc: BaseException, url: str) -> TorchckptError:
    """The one-line error for what the I/O layer raised."""
    if isinstance(exc, TorchckptError):
        return exc
    status = _status(exc)
    name = type(exc).__name__
    if _is_timeout(exc):
        return RemoteTimeoutError(f"the server did not answer within {_timeout():g} s", path=url,
                                  hint="try again later, or raise TORCHCKPT_TIMEOUT (seconds)")
    if status in (401, 403) or isinstance(exc, PermissionError) or name in ("NoCredentialsError",
                                                                             "PartialCredentialsError"):
        hints = {"hf": "set HF_TOKEN to a token with access to the repository",
                "s3": "check the AWS credentials (AWS_ACCESS_KEY_ID/AWS_PROFILE) and the bucket policy",
                "http": "the server wants credentials torchckpt does not send; download the file and pass its path"}
        what = "access refused" if status != 401 else "authentication required"
        return RemoteAccessError(f"{what} (HTTP {status})" if status else what, path=url, hint=hints[_scheme(url)])
    if status in (412, 416) or name == "FileExpired":
        return RemoteChangedError("the file changed on the server while it was being read", path=url,
                                  hint="run the command again (it reads the new version from the start)")
    if status == 404 or (isinstance(exc, FileNotFoundError) and status is None):
        hint = "check the repository, the file and the revision" if _scheme(url) == "hf" else "check the URL"
        return RemoteNotFoundError("no such remote file" + (" (HTTP 404)" if status else ""), path=url, hint=hint)
    if (isinstance(exc, ValueError) and "range" in str(exc).lower()) or (
            name == "NotSupportedError" and "Range request not supported" in str(exc)):
        return RangeNotSupportedError("the server does not answer range requests (it sends the whole file)",
                                      path=url, hint="download the file (curl -O URL) and pass its local path")
    if status is not None:
        return RemoteError(f"the server answered HTTP {status}", path=url, hint="try again later")
    text = str(exc)
    if name == "GenericError":   # obstore: the cause is deep in its debug text
        kind = _HTTP_KIND.search(text)
        said = _OS_MESSAGE.findall(text)
        what = "cannot connect to the server" if kind and kind.group(1) == "Connect" else "cannot read the URL"
        detail = said[-1] if said else text.splitlines()[0].rpartition(" - ")[2].strip()
        return RemoteError(f"{what} ({detail[:200]})", path=url, hint="check the address and the network")
    detail = text.splitlines()[0][:200] if text else name
    return RemoteError(f"cannot read the URL ({name}: {detail})", path=url,
                       hint="check the address and the network")


_HTTP_KIND = re.compile(r"HttpError \{\s*kind: (\w+)")
_OS_MESSAGE = re.compile(r'message: "([^"]*)"')


# --- opening -----------------------------------------------------------------------------------

class _Opened(NamedTuple):
    size: int
    tag: tuple[object, ...]                  # what identifies this version of the file
    fetch: Callable[[int, int], bytes]


def _http_store(url: str, http: str) -> Any:
    """An obstore HTTP store whose base is the file's own URL, read at path "": the URL goes out
    exactly as given (obstore would percent-encode a path's ``%``, breaking ``refs%2Fpr%2F1``,
    and keeps a base URL's query, so presigned URLs work)."""
    from datetime import timedelta

    _obstore()
    from obstore.store import HTTPStore

    silent = timedelta(seconds=_timeout())
    # the whole request may take as long as the transfer needs; only silence is an error. A
    # 5xx or a dropped connection is retried twice (a CDN's hiccup), within three silences.
    return HTTPStore.from_url(
        http,
        client_options={"allow_http": True, "connect_timeout": silent, "read_timeout": silent,
                        "timeout": timedelta(days=1), "default_headers": _headers(url)},
        retry_config={"max_retries": 2, "retry_timeout": 3 * silent})


def _open_http(url: str, http: str) -> _Opened:
    obstore = _obstore()
    store = _http_store(url, http)
    meta = obstore.head(store, "")
    size = meta["size"]
    # What names this version of the file: the ETag, else the date, and the size. Every answer's
    # own is compared with it, as s3fs does, rather than sent as If-Match: the Hub redirects to a
    # CDN whose ETag is not the Hub's, and a server that checks If-Match against its own would
    # refuse every range. A server that names neither is checked by size alone.
    etag = meta.get("e_tag")
    tag = (etag, None if etag else meta.get("last_modified"), size)
    get = obstore.get

    def fetch(start: int, stop: int) -> Any:
        answer = get(store, "", options={"range": (start, stop)})
        seen = answer.meta
        e = seen.get("e_tag")
        if (e, None if e else seen.get("last_modified"), seen.get("size")) != tag:
            raise RemoteChangedError("the file changed on the server while it was being read", path=url,
                                     hint="run the command again (it reads the new version from the start)")
        # obstore.Bytes: the body as Rust received it, handed on without a copy
        return answer.bytes()

    return _Opened(size, tag, fetch)


def _s3_fs() -> Any:
    _extra("fsspec", "s3://")
    s3fs = _extra("s3fs", "s3://")
    return s3fs.S3FileSystem(config_kwargs={"connect_timeout": _timeout(), "read_timeout": _timeout()})


def _open_s3(url: str) -> _Opened:
    fs = _s3_fs()
    key = url[len("s3://"):]
    fs.invalidate_cache(key)
    f = fs.open(key, "rb", block_size=1 << 16, cache_type="none")

    def fetch(start: int, stop: int) -> bytes:
        data: bytes = f._fetch_range(start, stop)  # s3fs checks the ETag of every response
        return data

    return _Opened(f.size, (f.details.get("ETag"), f.size), fetch)


_CACHE: dict[str, tuple[tuple[object, ...], Any]] = {}
_CACHE_LOCK = threading.Lock()
_CACHED = 8


def _guarded(url: str, fetch: Callable[[int, int], bytes]) -> Callable[[int, int], bytes]:
    def guarded(start: int, stop: int) -> bytes:
        try:
            return fetch(start, stop)
        except Exception as exc:  # noqa: BLE001 - the I/O layer's own types all become one RemoteError
            raise _translate(exc, url) from None
    return guarded


def _open(url: str) -> _Opened:
    try:
        kind = _scheme(url)
        if kind == "s3":
            return _open_s3(url)
        http = _hf_http(_hf_name(url)) if kind == "hf" else url
        return _open_http(url, http)
    except Exception as exc:  # noqa: BLE001 - the I/O layer's own types all become one RemoteError
        raise _translate(exc, url) from None


#: Set by the command line, which owns its process: opening a URL there also tunes glibc's malloc
#: (see :func:`_tune_malloc`). A library call leaves its caller's heap alone.
OWN_PROCESS = False
_malloc_tuned = False


def _tune_malloc() -> None:
    """Fetching allocates and frees 8 MiB ranges on 8 threads. glibc gives each thread an arena
    of its own and keeps freed ranges in them, which took a 1 GB convert to ~260 MB of RSS: two
    arenas (``M_ARENA_MAX``) keep it near 160 MB. And it serves each range with a fresh ``mmap``
    (or gives the top of its heap back), whose pages the kernel faults in and zeroes again for
    every range: ranges taken from the heap (``M_MMAP_THRESHOLD`` 32 MiB) that keeps 128 MiB
    freed at its top (``M_TRIM_THRESHOLD``) cut a 1 GB convert's system time from 1.2-1.5 s to
    0.8-1.1 s (5 runs each, peak RSS +5 MB). glibc only (musl has no ``mallopt``)."""
    global _malloc_tuned
    if _malloc_tuned or not sys.platform.startswith("linux"):
        return
    _malloc_tuned = True
    import ctypes

    with contextlib.suppress(OSError, AttributeError, TypeError):
        # the interpreter's own symbols (dlopen(NULL)) include libc's; musl has no mallopt: skipped
        mallopt = ctypes.CDLL(None).mallopt
        mallopt(-8, 2)            # M_ARENA_MAX (malloc.h; the same number on every glibc)
        mallopt(-3, 32 << 20)     # M_MMAP_THRESHOLD (at most 32 MiB on 64-bit glibc)
        mallopt(-1, 128 << 20)    # M_TRIM_THRESHOLD


def open_url(url: str, *, copy_on_write: bool = False) -> tuple[Any, int]:
    """``(map, size)`` of the remote file ``url``, the way :func:`~torchckpt.formats.base.map_file`
    returns a local one. Blocks already fetched in this process are reused while the file is the
    same version (ETag, size)."""
    from .formats.base import FetchedFile, LazyMap

    if OWN_PROCESS:
        _tune_malloc()
    opened = _open(url)
    if opened.size == 0:
        raise UnsupportedFormatError("the file is empty", path=url,
                                     hint="it was probably not uploaded completely; check the source")
    with _CACHE_LOCK:
        cached = _CACHE.get(url)
        if cached is not None and cached[0] == opened.tag and cached[1].fd >= 0:
            source = cached[1]
        else:
            poison = os.environ.get("TORCHCKPT_REMOTE_POISON")  # tests: unfetched bytes show up
            source = FetchedFile(_guarded(url, opened.fetch), opened.size,
                                 poison=poison.encode() if poison else None, progress=_progress_bar(url, opened.size))
            _CACHE[url] = (opened.tag, source)
            while len(_CACHE) > _CACHED:
                _CACHE.pop(next(iter(_CACHE)))
    return LazyMap(source, copy_on_write=copy_on_write), opened.size


class _ProgressBar:
    """``torchckpt: fetching URL  123 MB of 1.0 GB  45 MB/s`` on one stderr line, redrawn at most
    5 times a second once a transfer passes 32 MB, cleared at exit."""

    _AFTER = 32 << 20

    def __init__(self, url: str, size: int):
        self.url, self.size = url if len(url) <= 60 else "..." + url[-57:], size
        self.started = time.monotonic()
        self.drawn = 0.0
        self.shown = False

    def __call__(self, fetched: int) -> None:
        now = time.monotonic()
        if fetched < self._AFTER or now - self.drawn < 0.2:
            return
        from .units import format_bytes

        self.drawn = now
        rate = fetched / max(now - self.started, 1e-6)
        line = (f"torchckpt: fetching {self.url}  {format_bytes(fetched)} of {format_bytes(self.size)}  "
                f"{format_bytes(rate)}/s")
        with contextlib.suppress(OSError, ValueError):
            sys.stderr.write("\r\x1b[K" + line)
            sys.stderr.flush()
            if not self.shown:
                self.shown = True
                atexit.register(self.clear)

    def clear(self) -> None:
        with contextlib.suppress(OSError, ValueError):
            sys.stderr.write("\r\x1b[K")
            sys.stderr.flush()


def _progress_bar(url: str, size: int) -> Callable[[int], None] | None:
    """A progress bar for long transfers, on a terminal only (never in pipes, logs or JSON runs)."""
    try:
        tty = sys.stderr.isatty()
    except (AttributeError, ValueError):
        tty = False
    return _ProgressBar(url, size) if tty and size >= _ProgressBar._AFTER else None


def remote_size(url: str) -> int:
    """The size of the remote file (one HEAD request)."""
    return _open(url).size


# --- listing -----------------------------------------------------------------------------------

def list_url(url: str) -> list[str] | None:
    """The files of a repository or prefix as URLs, sorted: ``hf://ORG/REPO[@REV]`` (the Hub API's
    tree), ``s3://bucket/prefix/`` (every key under it). None when ``url`` names one file."""
    try:
        kind = _scheme(url)
        if kind == "hf":
            name = _hf_name(url)
            return None if name.path else _list_hf(url, name)
        if kind == "s3":
            fs = _s3_fs()
            key = url[len("s3://"):]
            if not key.endswith("/") and "/" in key and fs.isfile(key):
                return None
            return sorted(f"s3://{k}" for k in fs.find(key.rstrip("/")))
        if url.endswith("/"):
            raise RemoteError("an http(s) URL names one file; a web server gives no listing to scan", path=url,
                              hint="name the files, or scan hf://ORG/REPO or s3://bucket/prefix/")
        return None
    except TorchckptError:
        raise
    except Exception as exc:  # noqa: BLE001 - the I/O layer's own types all become one RemoteError
        raise _translate(exc, url) from None


def _list_hf(url: str, name: _HfName) -> list[str]:
    """Every file of the repository at the revision: the Hub's tree API, page after page (it
    answers at most 1,000 entries a page and names the next in a ``Link: <...>; rel="next"``
    header, as huggingface_hub's ``paginate`` follows)."""
    import urllib.request
    from urllib.parse import quote

    page: str | None = f"{name.endpoint}/api/models/{name.repo}/tree/{quote(name.revision, safe='')}?recursive=true"
    entries: list[object] = []
    pages = 0
    while page is not None:
        pages += 1
        if pages > _MAX_PAGES:
            raise RemoteError(f"the Hub's listing of the repository runs past {_MAX_PAGES} pages", path=url,
                              hint="scan the files by name (hf://ORG/REPO/PATH)")
        request = urllib.request.Request(page, headers=_headers(url))
        with urllib.request.urlopen(request, timeout=_timeout()) as answer:
            listing = json.loads(answer.read())
            page = _next_page(answer.headers.get("Link", ""), page)
        if not isinstance(listing, list):
            raise RemoteError("the Hub answered the repository listing with no list of files", path=url,
                              hint="check HF_ENDPOINT")
        entries.extend(listing)
    at = f"@{name.revision}" if name.revision != "main" else ""
    files = sorted({str(e["path"]) for e in entries
                    if isinstance(e, dict) and e.get("type") == "file" and isinstance(e.get("path"), str)})
    return [f"hf://{name.repo}/{p}{at}" for p in files]


_MAX_PAGES = 10_000   # 10M files: past any real repository, short of a server that never stops
_NEXT = re.compile(r'<([^>]*)>\s*;\s*rel="?next"?')


def _next_page(link: str, current: str) -> str | None:
    """The ``rel="next"`` URL of a ``Link`` header (relative ones resolved against ``current``)."""
    from urllib.parse import urljoin

    found = _NEXT.search(link)
    return urljoin(current, found.group(1)) if found else None
