"""HTML -> article text, title, publication date, canonical URL.

trafilatura does the main-text extraction (menus, sidebars, related boxes and
comment counters dropped) because it is maintained against thousands of news
layouts; BeautifulSoup is the fallback for pages it rejects (very short or
broken HTML), so a page never silently yields nothing when it has text.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import date

from extractor.article import parse_date

log = logging.getLogger(__name__)

MAX_HTML_CHARS = 5_000_000  # larger pages are cut: no news article is that long


@dataclass(frozen=True)
class CleanPage:
    text: str
    title: str | None
    published: date | None
    canonical_url: str | None


def html_to_page(html: str, url: str | None = None) -> CleanPage:
    """Main text and metadata of one HTML page; never raises on broken HTML."""
    if len(html) > MAX_HTML_CHARS:
        log.warning("page %s has %d chars; only the first %d are read", url or "", len(html), MAX_HTML_CHARS)
        html = html[:MAX_HTML_CHARS]
    text = title = canonical = None
    published = None
    try:
        import trafilatura

        doc = trafilatura.bare_extraction(
            html, url=url, with_metadata=True, include_comments=False,
            include_tables=True, favor_precision=True,
        )
        if doc is not None:
            text = doc.text
            title = doc.title
            published = parse_date(doc.date)
            canonical = doc.url
    except Exception as exc:  # trafilatura can choke on pathological markup
        log.debug("trafilatura failed on %s: %s", url, exc)
    if not text or len(text.strip()) < 40:
        text2, title2 = _soup_text(html)
        if len(text2) > len(text or ""):
            text = text2
        title = title or title2
    return CleanPage(text=(text or "").strip(), title=title, published=published, canonical_url=canonical or url)


_BLOCKS = ("p", "h1", "h2", "h3", "h4", "li", "td", "div", "br", "tr")


def _soup_text(html: str) -> tuple[str, str | None]:
    """Plain text of the page with block breaks, scripts/styles/nav dropped."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "lxml")
    for tag in soup(["script", "style", "noscript", "nav", "header", "footer", "aside", "form"]):
        tag.decompose()
    title = soup.title.get_text(" ", strip=True) if soup.title else None
    text = soup.get_text("\n")
    text = re.sub(r"[ \t\u00a0]+", " ", text)
    text = re.sub(r"\s*\n\s*", "\n", text).strip()
    return text, title
