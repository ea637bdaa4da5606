"""A real range-capable HTTP server on localhost for the remote tests and benchmarks/remote.py.

Serves ``files`` (URL path -> bytes, or the path of a local file), answers HEAD and GET with
single ``Range: bytes=a-b`` requests (206), ``ETag``/``Last-Modified``/``If-Match`` (412), emulates
the Hugging Face Hub (``/ORG/REPO/resolve/REV/PATH`` and ``/api/models/ORG/REPO/tree/REV``), and
counts requests and body bytes. ``mode`` switches it to a bad server: ``401`` (no token),
``403``, ``404``, ``no-range`` (whole file for every GET), ``slow`` (stalls), ``change`` (the
content changes after ``change_after`` GETs), ``bare`` (no ETag, no Last-Modified) and
``redirect_to`` (a base URL) answers every file request with a 302 there,
as the Hub sends LFS files to its CDN.
"""

from __future__ import annotations

import hashlib
import http.server
import json
import os
import re
import threading
import time
from typing import Any

_RANGE = re.compile(r"bytes=(\d+)-(\d*)$")


class RemoteServer:
    def __init__(self, files: dict[str, bytes | str] | None = None, *, token: str | None = None):
        self.files: dict[str, bytes | str] = dict(files or {})
        self.token = token
        self.mode = "ok"
        self.change_after = 1
        self.slow_s = 5.0
        self.page_size = 1000   # the Hub's tree API answers at most this many entries a page
        self.redirect_to: str | None = None
        self.lock = threading.Lock()
        self.reset()
        server = self

        class Handler(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            # like nginx (tcp_nodelay on) and every CDN: without it, a response whose headers and body
            # go out in two writes waits on the client's delayed ACK (~40 ms a request on Linux)
            disable_nagle_algorithm = True

            def log_message(self, *args: Any) -> None:
                pass

            def do_HEAD(self) -> None:
                server._answer(self, head=True)

            def do_GET(self) -> None:
                server._answer(self, head=False)

        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def reset(self) -> None:
        with self.lock:
            self.requests = 0
            self.gets = 0
            self.bytes_sent = 0
            self.log: list[tuple[str, str, str | None]] = []
            self.authorizations: list[str | None] = []

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    def __enter__(self) -> RemoteServer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- content ---------------------------------------------------------------------------------
    def _content(self, path: str) -> tuple[bytes | str, str] | None:
        data = self.files.get(path)
        if data is None:
            m = re.match(r"/([^/]+/[^/]+)/resolve/([^/]+)/(.+)$", path)
            if m:  # the Hub: /ORG/REPO/resolve/REV/PATH serves /ORG/REPO/PATH (any REV)
                data = self.files.get(f"/{m.group(1)}/{m.group(3)}")
        if data is None:
            return None
        if isinstance(data, str):
            st = os.stat(data)
            return data, f'"{st.st_size:x}-{st.st_mtime_ns:x}"'
        return data, '"' + hashlib.md5(data, usedforsecurity=False).hexdigest() + '"'

    def _listing(self, path: str) -> tuple[bytes, str | None] | None:
        """The Hub's tree API: ``page_size`` entries a page, the next page named in a Link header."""
        m = re.match(r"/api/models/([^/]+/[^/]+)/tree/[^/?]+\?recursive=true(?:&cursor=(\d+))?$", path)
        if not m:
            return None
        prefix = f"/{m.group(1)}/"
        entries = [{"type": "file", "path": p[len(prefix):], "size": self._size(v)}
                   for p, v in sorted(self.files.items()) if p.startswith(prefix)]
        dirs = sorted({e["path"].rsplit("/", 1)[0] for e in entries if "/" in str(e["path"])})
        every = [{"type": "directory", "path": d} for d in dirs] + entries
        at = int(m.group(2) or 0)
        link = None
        if at + self.page_size < len(every):
            base = path.split("&cursor=")[0]
            link = f'<{self.url}{base}&cursor={at + self.page_size}>; rel="next"'
        return json.dumps(every[at:at + self.page_size]).encode(), link

    @staticmethod
    def _size(data: bytes | str) -> int:
        return os.path.getsize(data) if isinstance(data, str) else len(data)

    # --- answering -------------------------------------------------------------------------------
    def _answer(self, h: http.server.BaseHTTPRequestHandler, *, head: bool) -> None:
        with self.lock:
            self.requests += 1
            if not head:
                self.gets += 1
            self.log.append((h.command, h.path, h.headers.get("Range")))
            self.authorizations.append(h.headers.get("Authorization"))
            gets = self.gets
        if self.mode in ("401", "403", "404") or (self.token and h.headers.get("Authorization")
                                                  != f"Bearer {self.token}"):
            code = int(self.mode) if self.mode in ("403", "404") else 401
            return self._send(h, code, b"no", head=head)
        if self.mode == "slow":
            time.sleep(self.slow_s)
        listing = self._listing(h.path)
        if listing is not None:
            body, link = listing
            return self._send(h, 200, body, head=head, ctype="application/json",
                              extra={"Link": link} if link else None)
        if self.redirect_to and self._content(h.path.split("?")[0]) is not None:
            return self._send(h, 302, b"", head=head, extra={"Location": self.redirect_to + h.path})
        found = self._content(h.path.split("?")[0])
        if found is None:
            return self._send(h, 404, b"not found", head=head)
        data, etag = found
        if self.mode == "change" and gets > self.change_after:
            etag = etag[:-1] + '-changed"'
            if isinstance(data, bytes):
                data = data[:-1] + bytes([data[-1] ^ 1])
        match = h.headers.get("If-Match")
        if match is not None and match != etag:
            return self._send(h, 412, b"precondition failed", head=head)
        size = self._size(data)
        rng = _RANGE.match(h.headers.get("Range", "")) if self.mode != "no-range" else None
        start, stop, code = 0, size, 200
        if rng:
            start = int(rng.group(1))
            stop = min(size, int(rng.group(2)) + 1) if rng.group(2) else size
            if start >= size:
                return self._send(h, 416, b"", head=head, extra={"Content-Range": f"bytes */{size}"})
            code = 206
        extra = {"ETag": etag, "Accept-Ranges": "bytes" if self.mode != "no-range" else "none",
                 "Last-Modified": "Tue, 01 Dec 2026 12:00:00 GMT"}
        if self.mode == "bare":   # a server that names no version of the file
            del extra["ETag"], extra["Last-Modified"]
        if code == 206:
            extra["Content-Range"] = f"bytes {start}-{stop - 1}/{size}"
        if self.mode == "no-range":
            extra.pop("Accept-Ranges")
        h.send_response(code)
        for k, v in extra.items():
            h.send_header(k, v)
        h.send_header("Content-Type", "application/octet-stream")
        h.send_header("Content-Length", str(stop - start))
        h.end_headers()
        if head:
            return
        self._body(h, data, start, stop)

    def _body(self, h: http.server.BaseHTTPRequestHandler, data: bytes | str, start: int, stop: int) -> None:
        try:
            if isinstance(data, bytes):
                h.wfile.write(data[start:stop])
                sent = stop - start
            else:
                sent = 0
                with open(data, "rb") as f:
                    f.seek(start)
                    while sent < stop - start:
                        chunk = f.read(min(1 << 20, stop - start - sent))
                        if not chunk:
                            break
                        h.wfile.write(chunk)
                        sent += len(chunk)
        except (BrokenPipeError, ConnectionResetError):
            return
        with self.lock:
            self.bytes_sent += sent

    def _send(self, h: http.server.BaseHTTPRequestHandler, code: int, body: bytes, *, head: bool,
              ctype: str = "text/plain", extra: dict[str, str] | None = None) -> None:
        h.send_response(code)
        for k, v in (extra or {}).items():
            h.send_header(k, v)
        h.send_header("Content-Type", ctype)
        h.send_header("Content-Length", str(len(body)))
        h.end_headers()
        if not head:
            h.wfile.write(body)
            with self.lock:
                self.bytes_sent += len(body)
