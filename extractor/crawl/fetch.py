"""HTTP GET for a polite crawler: retries, limits, redirects, conditional requests.

Every request waits for its host's turn (`HostClock`), so one host never sees
two requests at once nor requests closer than its delay.  429/5xx answers and
connection errors are retried with exponential backoff, honouring
`Retry-After`; redirects are followed by hand so each hop is checked against
robots.txt and recorded; bodies are streamed and cut at `max_bytes`, and a
non-HTML answer is dropped before its body is read.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from datetime import datetime, timezone
from urllib.parse import urljoin, urlsplit

import requests

from extractor.crawl.politeness import HostClock

DEFAULT_USER_AGENT = "unionstats-crawler/0.1 (trade-union statistics research; obeys robots.txt)"
ROBOTS_TOKEN = "unionstats-crawler"  # the product token robots.txt groups are matched against
HTML_TYPES = ("text/html", "application/xhtml+xml")
XML_TYPES = ("application/xml", "text/xml", "application/rss+xml", "application/atom+xml")
REDIRECTS = (301, 302, 303, 307, 308)
# outcomes that are not failures: the server answered and we know what the page is
FINE = ("ok", "not_modified", "gone", "not_html", "too_large", "disallowed")


@dataclass(frozen=True)
class FetchConfig:
    user_agent: str = DEFAULT_USER_AGENT
    timeout: float = 20.0
    retries: int = 3           # retries after the first attempt
    backoff: float = 2.0       # first retry pause; doubles each time
    max_bytes: int = 5_000_000
    max_retry_after: float = 300.0  # a longer Retry-After means: give up for this run
    max_redirects: int = 5


@dataclass
class Fetched:
    """What one GET ended with (after retries and redirects)."""

    url: str
    final_url: str
    outcome: str                      # ok not_modified gone not_html too_large disallowed http_error error
    status: int | None = None
    body: bytes = b""
    content_type: str = ""
    etag: str | None = None
    last_modified: str | None = None
    redirects: list[str] = field(default_factory=list)
    attempts: int = 0
    ms: int = 0
    error: str | None = None
    location: str | None = None       # a redirect's target, before it is followed
    retry_after: float | None = None  # seconds the server asked us to wait

    @property
    def failed(self) -> bool:
        return self.outcome not in FINE


def retry_after_seconds(value: str | None, now: datetime | None = None) -> float | None:
    """Retry-After as seconds: either a number of seconds or an HTTP date."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return max(0.0, (when - (now or datetime.now(timezone.utc))).total_seconds())


def media_type(content_type: str | None) -> str:
    return (content_type or "").split(";")[0].strip().lower()


def _accepts(content_type: str, accept: tuple[str, ...] | None) -> bool:
    """Unknown types pass (many servers send none); `accept=None` takes anything."""
    mt = media_type(content_type)
    return accept is None or not mt or mt in accept or (mt.endswith("+xml") and "application/xml" in accept)


class Fetcher:
    """GETs one URL at a time, politely.  `allowed(url)` vetoes redirect hops."""

    def __init__(self, config: FetchConfig, clock: HostClock, session: requests.Session | None = None,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        self.config, self.clock, self._sleep = config, clock, sleep
        self.session = session or requests.Session()
        self.session.headers["User-Agent"] = config.user_agent

    def get(self, url: str, *, etag: str | None = None, last_modified: str | None = None,
            accept: tuple[str, ...] | None = HTML_TYPES,
            allowed: Callable[[str], bool] = lambda u: True) -> Fetched:
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        hops: list[str] = []
        current, attempts, ms = url, 0, 0
        for _ in range(self.config.max_redirects + 1):
            if hops and not allowed(current):
                return Fetched(url, current, "disallowed", redirects=hops, attempts=attempts, ms=ms)
            res = self._with_retries(current, headers, accept)
            attempts, ms = attempts + res.attempts, ms + res.ms
            res.url, res.redirects, res.attempts, res.ms = url, hops, attempts, ms
            location = res.location if res.outcome == "redirect" else None
            if location is None:
                return res
            current = urljoin(current, location)
            hops.append(current)
        return Fetched(url, current, "error", error="too many redirects", redirects=hops, attempts=attempts, ms=ms)

    def _with_retries(self, url: str, headers: dict, accept: tuple[str, ...] | None) -> Fetched:
        """One URL (no redirect following), retried on 429/5xx and connection errors."""
        host = urlsplit(url).hostname or ""
        total_ms, last = 0, Fetched(url, url, "error")
        for attempt in range(self.config.retries + 1):
            self.clock.wait(host)
            t0 = time.monotonic()
            try:
                last = self._once(url, headers, accept)
            except (requests.ConnectionError, requests.Timeout, requests.exceptions.ChunkedEncodingError) as exc:
                last = Fetched(url, url, "error", error=_describe(exc))
            except requests.RequestException as exc:  # bad URL and the like: retrying will not help
                total_ms += int((time.monotonic() - t0) * 1000)
                self.clock.done(host)
                return Fetched(url, url, "error", error=_describe(exc), attempts=attempt + 1, ms=total_ms)
            total_ms += int((time.monotonic() - t0) * 1000)
            self.clock.done(host)
            last.attempts, last.ms = attempt + 1, total_ms
            retryable = last.outcome == "error" or last.status == 429 or (last.status or 0) >= 500
            if not retryable or attempt == self.config.retries:
                return last
            pause = self.config.backoff * 2 ** attempt
            if last.retry_after is not None:
                wait = last.retry_after
                if wait > self.config.max_retry_after:
                    last.error = f"{last.error}; Retry-After {wait:.0f}s is too long"
                    return last
                pause = max(pause, wait)
            self.clock.defer(host, pause)
        return last

    def _once(self, url: str, headers: dict, accept: tuple[str, ...] | None) -> Fetched:
        cfg = self.config
        with self.session.get(url, headers=headers, timeout=cfg.timeout, stream=True, allow_redirects=False) as r:
            out = Fetched(url, url, "ok", status=r.status_code, content_type=r.headers.get("Content-Type", ""),
                          etag=r.headers.get("ETag"), last_modified=r.headers.get("Last-Modified"))
            code = r.status_code
            if code in REDIRECTS and r.headers.get("Location"):
                out.outcome, out.location = "redirect", r.headers["Location"]
                return out
            if code == 429 or code >= 500:
                out.outcome, out.error = "http_error", f"HTTP {code}"
                out.retry_after = retry_after_seconds(r.headers.get("Retry-After"))
                return out
            if code == 304:
                out.outcome = "not_modified"
                return out
            if code in (404, 410):
                out.outcome = "gone"
                return out
            if code >= 400:
                out.outcome, out.error = "http_error", f"HTTP {code}"
                return out
            if not _accepts(out.content_type, accept):
                out.outcome = "not_html"
                return out
            declared = r.headers.get("Content-Length", "")
            if declared.isdigit() and int(declared) > cfg.max_bytes:
                out.outcome = "too_large"
                return out
            chunks, size = [], 0
            for chunk in r.iter_content(65536):
                size += len(chunk)
                if size > cfg.max_bytes:
                    out.outcome = "too_large"
                    return out
                chunks.append(chunk)
            out.body = b"".join(chunks)
            return out


def _describe(exc: Exception) -> str:
    """A short reason for the log, not a repr of nested urllib3 objects."""
    name = type(exc).__name__
    if isinstance(exc, requests.Timeout):
        return f"{name}: no answer in time"
    text = str(exc)
    return f"{name}: {text[:160]}"
