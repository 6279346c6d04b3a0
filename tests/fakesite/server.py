"""A small fake provincial news site, served on 127.0.0.1 inside the tests.

Listing pages with pagination wrap the seed articles in realistic HTML
(menus, sidebars, related-article boxes, view and comment counters), plus
the awkward cases a real crawl meets: a robots.txt that disallows a section,
a sitemap, a 404, a 500 that recovers on retry, a slow page, a redirect, a
windows-1258 page, a page over the size limit and a PDF.  Every request is
recorded (time, path, status, headers) so tests can check politeness.
"""

from __future__ import annotations

import hashlib
import html
import threading
import time
import unicodedata
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from string import Template

HERE = Path(__file__).resolve().parent
TEMPLATES = HERE / "templates"
TONES = {0x300, 0x301, 0x303, 0x309, 0x323}
LAST_MODIFIED = "Mon, 01 Jul 2024 08:00:00 GMT"

# the roles the five seed articles play, by position
ROLES = ("plain", "plain", "flaky", "cp1258", "redirected")
RELATED = (  # furniture: titles of the related-article box, never article text
    "Trao 350 suất quà Tết cho đoàn viên khó khăn ở khu trọ",
    "Kết nạp 1.500 đoàn viên mới trong Tháng Công nhân",
)


def encode_cp1258(text: str) -> bytes:
    """NFC Vietnamese -> windows-1258, which writes tone marks as separate combining bytes."""
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        base, *marks = unicodedata.normalize("NFD", ch)
        head = unicodedata.normalize("NFC", base + "".join(m for m in marks if ord(m) not in TONES))
        out += (head + "".join(m for m in marks if ord(m) in TONES)).encode("cp1258", "replace")
    return bytes(out)


@dataclass
class Resource:
    body: bytes
    content_type: str = "text/html; charset=utf-8"
    status: int = 200
    headers: dict = field(default_factory=dict)
    fail_first: int = 0       # answer 500 to the first N requests
    slow: float = 0.0         # sleep before answering
    chunked_size: bool = False  # send no Content-Length (the size is only known by reading)
    hits: int = 0


@dataclass(frozen=True)
class SeedArticle:
    n: int
    name: str
    text: str
    path: str
    role: str

    @property
    def paragraphs(self) -> list[str]:
        return [line.strip() for line in self.text.splitlines() if line.strip()]


def _tpl(name: str) -> Template:
    return Template((TEMPLATES / name).read_text(encoding="utf-8"))


class FakeSite:
    """Context manager: `with FakeSite(seed_texts) as site: site.url('/')`."""

    def __init__(self, seeds: list[tuple[str, str]], crawl_delay: float | None = None, slow: float = 1.5,
                 big_bytes: int = 300_000) -> None:
        self.articles = [SeedArticle(i, name, text, f"/cong-doan/tin-cong-doan-tinh-so-{i + 1}-{1001 + i}.html",
                                     ROLES[i % len(ROLES)]) for i, (name, text) in enumerate(seeds)]
        self.crawl_delay, self.slow, self.big_bytes = crawl_delay, slow, big_bytes
        self.requests: list[tuple[float, str, int, dict]] = []
        self._lock = threading.Lock()
        self.resources: dict[str, Resource] = {}
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(self))
        self.server.daemon_threads = True
        self.server.block_on_close = False
        self.base = f"http://127.0.0.1:{self.server.server_address[1]}"
        self._build()

    # -- content -------------------------------------------------------------
    def url(self, path: str) -> str:
        return self.base + path

    def public_path(self, a: SeedArticle) -> str:
        """Where listings link to an article (the redirected one is linked by its old URL)."""
        return f"/tin-cu/{1001 + a.n}" if a.role == "redirected" else a.path

    def _page(self, title: str, main: str, head: str = "", charset: str = "utf-8") -> str:
        return _tpl("layout.html").substitute(title=html.escape(title), main=main, head=head, charset=charset)

    def article_html(self, a: SeedArticle, charset: str = "utf-8") -> str:
        others = [b for b in self.articles if b is not a][:len(RELATED)]
        related = "\n".join(f'      <li><a href="{self.public_path(b)}">{html.escape(t)}</a></li>'
                            for b, t in zip(others, RELATED))
        paragraphs = "\n".join(f"    <p>{html.escape(p)}</p>" for p in a.paragraphs)
        day = f"2024-06-{10 + a.n:02d}"
        main = _tpl("article.html").substitute(
            title=html.escape(self.title(a)), date_vn=f"{day[8:]}/{day[5:7]}/{day[:4]} 08:30", url=self.url(a.path),
            paragraphs=paragraphs, related=related)
        head = (f'<link rel="canonical" href="{self.url(a.path)}">\n'
                f'<meta property="og:type" content="article">\n'
                f'<meta property="article:published_time" content="{day}T08:30:00+07:00">')
        if charset != "utf-8":
            head = f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">\n' + head
        return self._page(self.title(a), main, head, charset)

    @staticmethod
    def title(a: SeedArticle) -> str:
        return f"Tin công đoàn tỉnh số {a.n + 1}"

    def _listing(self, page: int, per_page: int = 2) -> str:
        chunk = self.articles[(page - 1) * per_page: page * per_page]
        teasers = [f'<div class="teaser"><h2><a href="{self.public_path(a)}">{html.escape(self.title(a))}</a></h2>'
                   f'<p>{html.escape(a.paragraphs[0][:120])}</p></div>' for a in chunk]
        if page == 1:
            teasers.append('<div class="teaser"><a href="/cong-doan/bai-viet-da-bi-go-bo-khoi-trang-9001.html">'
                           'Bài đã gỡ</a></div>')
            teasers.append('<div class="teaser"><a href="/cong-doan/bai-viet-tai-rat-cham-tu-may-chu-9002.html">'
                           'Bài tải chậm</a></div>')
        if page == self.pages():
            teasers.append('<div class="teaser"><a href="/cong-doan/bao-cao-tong-hop-rat-dai-qua-gioi-han-9003.html">'
                           'Báo cáo dài</a></div>')
        links = [f'<a href="/cong-doan/{"" if p == 1 else f"?page={p}"}">{p}</a>' for p in range(1, self.pages() + 1)]
        if page < self.pages():
            links.append(f'<a class="next" href="/cong-doan/?page={page + 1}">Sau ›</a>')
        main = _tpl("listing.html").substitute(teasers="\n".join(teasers), pagination=" ".join(links))
        return self._page(f"Công đoàn - trang {page}", main)

    def pages(self, per_page: int = 2) -> int:
        return max(1, -(-len(self.articles) // per_page))

    def _build(self) -> None:
        r = self.resources
        home_teasers = "\n".join(f'<div class="teaser"><a href="{self.public_path(a)}">{html.escape(self.title(a))}</a></div>'
                                 for a in self.articles[:1])
        r["/"] = Resource(self._page("Trang chủ", _tpl("home.html").substitute(teasers=home_teasers)).encode())
        for p in range(1, self.pages() + 1):
            r["/cong-doan/" + ("" if p == 1 else f"?page={p}")] = Resource(self._listing(p).encode())
        for a in self.articles:
            self.set_article(a)
            if a.role == "redirected":
                r[self.public_path(a)] = Resource(b"", status=301, headers={"Location": a.path})
        robots = "User-agent: *\nDisallow: /noi-bo/\n"
        if self.crawl_delay is not None:
            robots += f"Crawl-delay: {self.crawl_delay}\n"
        robots += f"Sitemap: {self.url('/sitemap.xml')}\n"
        r["/robots.txt"] = Resource(robots.encode(), "text/plain")
        locs = [a.path for a in self.articles] + ["/noi-bo/tai-lieu-noi-bo-hoi-nghi-ban-chap-hanh-9004.html"]
        r["/sitemap.xml"] = Resource(
            ('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
             + "".join(f"  <url><loc>{self.url(p)}</loc></url>\n" for p in locs) + "</urlset>\n").encode(),
            "application/xml")
        r["/noi-bo/tai-lieu-noi-bo-hoi-nghi-ban-chap-hanh-9004.html"] = Resource(self._page("Nội bộ", "<p>Mật</p>").encode())
        r["/cong-doan/bai-viet-tai-rat-cham-tu-may-chu-9002.html"] = Resource(
            self._page("Chậm", "<p>Trang này trả lời rất chậm.</p>").encode(), slow=self.slow)
        filler = "<p>" + "Nội dung phụ lục rất dài của báo cáo tổng hợp. " * 40 + "</p>\n"
        big = self._page("Báo cáo dài", filler * (self.big_bytes // len(filler.encode()) + 1))
        r["/cong-doan/bao-cao-tong-hop-rat-dai-qua-gioi-han-9003.html"] = Resource(big.encode(), chunked_size=True)
        r["/files/bao-cao-tong-ket-cong-doan-nam-2024.pdf"] = Resource(b"%PDF-1.4\n% fake\n" + b"0" * 2000, "application/pdf")

    def set_article(self, a: SeedArticle, text: str | None = None) -> None:
        """(Re)publish an article, e.g. with changed text for the revisit tests."""
        if text is not None:
            a = SeedArticle(a.n, a.name, text, a.path, a.role)
            self.articles[a.n] = a
        if a.role == "cp1258":
            res = Resource(encode_cp1258(self.article_html(a, "windows-1258")), "text/html")
        else:
            res = Resource(self.article_html(a).encode("utf-8"))
        old = self.resources.get(a.path)
        if a.role == "flaky":
            res.fail_first = 1 if old is None else 0
        self.resources[a.path] = res

    # -- serving -------------------------------------------------------------
    def record(self, arrived: float, path: str, status: int, headers: dict) -> None:
        with self._lock:
            self.requests.append((arrived, path, status, headers))
            self.requests.sort(key=lambda r: r[0])  # a slow answer is recorded late but arrived in order

    def paths(self) -> list[str]:
        with self._lock:
            return [p for _, p, _, _ in self.requests]

    def __enter__(self) -> "FakeSite":
        threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()


def _handler(site: FakeSite):
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: object) -> None:  # quiet tests
            pass

        def do_GET(self) -> None:
            arrived = time.monotonic()
            res = site.resources.get(self.path)
            if res is None:
                site.record(arrived, self.path, 404, dict(self.headers))
                return self._send(404, b"<html><body><h1>404</h1></body></html>", "text/html; charset=utf-8", {})
            res.hits += 1
            if res.slow:
                time.sleep(res.slow)
            if res.hits <= res.fail_first:
                site.record(arrived, self.path, 500, dict(self.headers))
                return self._send(500, b"<h1>Internal error</h1>", "text/html", {"Retry-After": "0"})
            etag = '"' + hashlib.md5(res.body).hexdigest() + '"'
            headers = dict(res.headers)
            if res.status == 200:
                headers.update({"ETag": etag, "Last-Modified": LAST_MODIFIED})
                if self.headers.get("If-None-Match") == etag:
                    site.record(arrived, self.path, 304, dict(self.headers))
                    return self._send(304, b"", None, headers)
            site.record(arrived, self.path, res.status, dict(self.headers))
            self._send(res.status, res.body, res.content_type, headers, sized=not res.chunked_size)

        def _send(self, status: int, body: bytes, ctype: str | None, headers: dict, sized: bool = True) -> None:
            try:
                self.send_response(status)
                if ctype:
                    self.send_header("Content-Type", ctype)
                for k, v in headers.items():
                    self.send_header(k, v)
                if sized:
                    self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                if body:
                    self.wfile.write(body)
            except (BrokenPipeError, ConnectionResetError):  # the client gave up (timeout test)
                pass

    return Handler
