"""The article: what every offset in a record refers to."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True)
class Article:
    """One input article.

    `text` is the ORIGINAL text (after HTML cleaning, before any repair): the
    evidence offsets of every record point into it.  `region_hint` is the
    province of the source (a crawl site, a URL), used only as the last
    fallback of region resolution.
    """

    id: str
    text: str
    url: str | None = None
    published: date | None = None
    title: str | None = None
    source: str | None = None
    region_hint: str | None = None
    extra: dict = field(default_factory=dict, compare=False, hash=False)


def parse_date(value: object) -> date | None:
    """'2024-06-28' (or a datetime-ish prefix of it) -> date; anything else -> None."""
    if value is None:
        return None
    if isinstance(value, date):
        return value
    s = str(value).strip()[:10]
    try:
        return date.fromisoformat(s)
    except ValueError:
        return None


def url_doc_id(url: str) -> str:
    """Stable article id of a web page: the crawler and the WARC reader give one page one id."""
    return "web_" + hashlib.sha1(url.encode("utf-8")).hexdigest()[:16]
