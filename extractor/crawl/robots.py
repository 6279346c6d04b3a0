"""robots.txt, read once per host per run, with protego.

Following RFC 9309: a robots.txt that is missing (4xx) allows everything; one
that cannot be read (5xx, timeout) disallows everything for this run, since
a site in trouble is the last one to hammer.  The robots.txt request itself
goes through the same polite fetcher as every page.
"""

from __future__ import annotations

from collections.abc import Callable
from urllib.parse import urlsplit

from protego import Protego

from extractor.crawl.fetch import ROBOTS_TOKEN, Fetched

ALLOW_ALL = Protego.parse("")
DISALLOW_ALL = Protego.parse("User-agent: *\nDisallow: /\n")


def origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


def rules_from(fetched: Fetched) -> Protego:
    """Parsed rules for what the robots.txt request ended with."""
    if fetched.outcome == "ok" and fetched.status == 200:
        return Protego.parse(fetched.body.decode("utf-8", "replace"))
    if fetched.outcome == "gone" or (fetched.status is not None and 400 <= fetched.status < 500):
        return ALLOW_ALL
    if fetched.outcome in ("not_html", "too_large"):  # an answer, just not a robots file we can read
        return ALLOW_ALL
    return DISALLOW_ALL


class Robots:
    """robots.txt rules per origin; `get_robots(url)` fetches one robots.txt."""

    def __init__(self, get_robots: Callable[[str], Fetched], token: str = ROBOTS_TOKEN) -> None:
        self._get, self.token = get_robots, token
        self._rules: dict[str, Protego] = {}

    def rules(self, url: str) -> Protego:
        key = origin(url)
        if key not in self._rules:
            self._rules[key] = rules_from(self._get(key + "/robots.txt"))
        return self._rules[key]

    def allowed(self, url: str) -> bool:
        return self.rules(url).can_fetch(url, self.token)

    def crawl_delay(self, url: str) -> float | None:
        delay = self.rules(url).crawl_delay(self.token)
        return float(delay) if delay is not None else None

    def sitemaps(self, url: str) -> list[str]:
        return list(self.rules(url).sitemaps)
