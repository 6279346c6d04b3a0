"""HTTP for the page: static files, JSON endpoints, and the article view.

GET  /                      the page (static/index.html)
GET  /static/<file>         its script and style
GET  /article?id=DOC_ID     an article with every figure in <mark> (also ?url=)
GET  /api/articles          stored articles
GET  /api/article?id=|url=  an article as segments (JSON)
GET  /api/check?claim=...   verdicts on a claim
GET  /api/audit             audit findings
POST /api/analyze           {"input": claim | article text | stored URL or doc_id}

Bad input answers 400 with {"error": one line}; nothing is written.
"""

from __future__ import annotations

import json
import logging
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

from extractor.errors import UserError
from extractor.serve.app import App
from extractor.serve.render import article_html

STATIC = Path(__file__).resolve().parent / "static"
TYPES = {".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8",
         ".css": "text/css; charset=utf-8"}
MAX_BODY = 2_000_000
log = logging.getLogger("extractor.serve")


def make_handler(app: App) -> type[BaseHTTPRequestHandler]:
    """A handler class bound to one App (http.server builds one handler per request)."""

    class Handler(BaseHTTPRequestHandler):
        server_version = "unionstats"

        def log_message(self, fmt: str, *args: Any) -> None:  # to logging, not stderr noise
            log.debug("%s " + fmt, self.address_string(), *args)

        def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
            url = urlsplit(self.path)
            q = {k: v[-1] for k, v in parse_qs(url.query).items()}
            path = url.path
            if path in ("/", "/index.html"):
                return self._file(STATIC / "index.html")
            if path.startswith("/static/"):
                name = path[len("/static/"):]
                if "/" in name or name.startswith(".") or not (STATIC / name).is_file():
                    return self._json({"error": f"no such file: {name}"}, HTTPStatus.NOT_FOUND)
                return self._file(STATIC / name)
            routes = {
                "/api/articles": lambda: {"articles": app.articles()},
                "/api/article": lambda: app.article(q.get("id") or q.get("url") or ""),
                "/api/check": lambda: app.check(q.get("claim", "")),
                "/api/audit": app.audit,
                "/api/analyze": lambda: app.analyze(q.get("input", "")),
            }
            if path == "/article":
                return self._answer(lambda: self._article_page(q.get("id") or q.get("url") or ""), page=True)
            if path in routes:
                return self._answer(routes[path])
            self._json({"error": f"no such page: {path}"}, HTTPStatus.NOT_FOUND)

        def do_POST(self) -> None:  # noqa: N802
            if urlsplit(self.path).path != "/api/analyze":
                return self._json({"error": "POST only to /api/analyze"}, HTTPStatus.NOT_FOUND)
            n = int(self.headers.get("Content-Length") or 0)
            if n > MAX_BODY:
                return self._json({"error": f"input too long ({n} bytes; at most {MAX_BODY})"},
                                  HTTPStatus.REQUEST_ENTITY_TOO_LARGE)
            try:
                body = json.loads(self.rfile.read(n).decode("utf-8") or "{}")
                given = body.get("input", "") if isinstance(body, dict) else ""
            except (ValueError, UnicodeDecodeError):
                return self._json({"error": 'send JSON: {"input": "..."}'}, HTTPStatus.BAD_REQUEST)
            self._answer(lambda: app.analyze(str(given)))

        # -- helpers ----------------------------------------------------------
        def _article_page(self, key: str) -> str:
            art = app.find_article(key)
            if art is None:
                raise UserError(f"not in the database: {key[:120]}")
            with app.store() as st:
                return article_html(art, list(st.records(art.id)))

        def _answer(self, fn, page: bool = False) -> None:
            try:
                result = fn()
            except UserError as exc:
                return self._json({"error": str(exc)}, HTTPStatus.BAD_REQUEST)
            except Exception as exc:  # one line to the page, the traceback to the log
                log.exception("request failed")
                return self._json({"error": f"internal error: {type(exc).__name__}: {exc}"},
                                  HTTPStatus.INTERNAL_SERVER_ERROR)
            if page:
                return self._send(result.encode("utf-8"), TYPES[".html"])
            self._json(result)

        def _json(self, obj: Any, status: HTTPStatus = HTTPStatus.OK) -> None:
            self._send(json.dumps(obj, ensure_ascii=False).encode("utf-8"),
                       "application/json; charset=utf-8", status)

        def _file(self, path: Path) -> None:
            self._send(path.read_bytes(), TYPES.get(path.suffix, "application/octet-stream"))

        def _send(self, data: bytes, ctype: str, status: HTTPStatus = HTTPStatus.OK) -> None:
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(data)))
            self.send_header("Cache-Control", "no-store")
            self.end_headers()
            self.wfile.write(data)

    return Handler


def make_server(db: str | Path, host: str = "127.0.0.1", port: int = 8765,
                resources=None) -> ThreadingHTTPServer:
    """A server over `db`; port 0 picks a free port (see server.server_address)."""
    app = App(db, resources)
    try:
        server = ThreadingHTTPServer((host, port), make_handler(app))
    except OSError as exc:
        raise UserError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from None
    server.daemon_threads = True
    return server
