"""Which URLs the crawl follows: normalisation, link discovery, site scope.

Pure functions over strings; the queue itself lives in the database (db.py)
so a killed run resumes where it stopped.  A URL is in scope when its host is
one of the site's hosts, it matches an `allow` pattern (or the article
pattern) when the site lists any, and matches no `deny` pattern.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

_TRACKING = re.compile(r"^(utm_\w+|fbclid|gclid|zarsrc|zarsrc\w*)$", re.I)
_SKIP_EXT = re.compile(r"\.(jpe?g|png|gif|webp|svg|ico|css|js|mp[34]|avi|mov|zip|rar|docx?|xlsx?|pptx?)$", re.I)
# Vietnamese news articles end in a long slug or a long numeric id: /lao-dong/ldld-tinh-...-156828;
# six digits alone are a month archive (/xa-hoi/201408/), not an article
_SLUG = re.compile(r"(?:[a-z0-9]+-){4,}[a-z0-9]+|\d{7,}", re.I)


def normalize_url(url: str, base: str | None = None) -> str | None:
    """Absolute http(s) URL without fragment, default port or tracking parameters; None if unusable."""
    url = (url or "").strip()
    if not url or url.startswith(("javascript:", "mailto:", "tel:", "data:", "#")):
        return None
    try:
        parts = urlsplit(urljoin(base, url) if base else url)
        port = parts.port
    except ValueError:
        return None
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https") or not parts.hostname:
        return None
    host = parts.hostname.lower()
    if port and not ((scheme == "http" and port == 80) or (scheme == "https" and port == 443)):
        host = f"{host}:{port}"
    query = urlencode([(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _TRACKING.match(k)])
    return urlunsplit((scheme, host, parts.path or "/", query, ""))


def host_of(url: str) -> str:
    """Host without a leading 'www.' or 'm.': the same site under its usual aliases."""
    host = (urlsplit(url).hostname or "").lower()
    for prefix in ("www.", "m."):
        if host.startswith(prefix):
            return host[len(prefix):]
    return host


def extract_links(html: str, base_url: str) -> list[str]:
    """Normalised <a href> targets of a page, in page order, without repeats."""
    import lxml.html

    try:
        doc = lxml.html.fromstring(html)
    except Exception:  # lxml raises ParserError on empty or binary documents
        return []
    base = base_url
    for b in doc.iter("base"):
        if b.get("href"):
            base = urljoin(base_url, b.get("href"))
            break
    seen: dict[str, None] = {}
    for a in doc.iter("a"):
        url = normalize_url(a.get("href") or "", base)
        if url and not _SKIP_EXT.search(urlsplit(url).path):
            seen.setdefault(url, None)
    return list(seen)


def looks_like_article(url: str) -> bool:
    """Default article test when a site gives no pattern: a long slug or a numeric id at the end."""
    segments = [seg for seg in urlsplit(url).path.split("/") if seg]
    return bool(segments) and bool(_SLUG.search(segments[-1].rsplit(".", 1)[0]))


@dataclass(frozen=True)
class Scope:
    """The part of the web one site's crawl may visit."""

    hosts: frozenset[str]
    allow: tuple[re.Pattern, ...] = ()
    deny: tuple[re.Pattern, ...] = ()
    article: re.Pattern | None = None

    def accepts(self, url: str) -> bool:
        if host_of(url) not in self.hosts:
            return False
        if any(p.search(url) for p in self.deny):
            return False
        if self.allow and not any(p.search(url) for p in self.allow):
            return bool(self.article and self.article.search(url))
        return True

    def is_article(self, url: str) -> bool:
        if self.article is not None:
            return bool(self.article.search(url))
        return looks_like_article(url)
