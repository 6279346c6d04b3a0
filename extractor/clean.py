"""HTML -> article text, title, publication date, canonical URL.

The fast lxml cleaner (extractor/clean_fast.py, furniture words in
patterns/html.yaml) reads ordinary news pages; when it is not confident (too
little text, no paragraph block, unreadable markup) trafilatura does the
main-text extraction (menus, sidebars, related boxes and comment counters
dropped), as it is maintained against thousands of news layouts;
BeautifulSoup is the last fallback for pages trafilatura rejects (very short
or broken HTML), so a page never silently yields nothing when it has text.
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


def html_to_page(html: str, url: str | None = None, *, fast: bool = True) -> CleanPage:
    """Main text and metadata of one HTML page; never raises on broken HTML.

    `fast=False` skips the lxml cleaner (trafilatura only), for comparisons.
    """
    if len(html) > MAX_HTML_CHARS:
        log.warning("page %s has %d chars; only the first %d are read", url or "", len(html), MAX_HTML_CHARS)
        html = html[:MAX_HTML_CHARS]
    try:
        html.encode("utf-8")
    except UnicodeEncodeError:  # lone surrogates (from a JSON escape) break every parser
        html = html.encode("utf-8", "replace").decode("utf-8")
    if fast:
        page = _fast(html, url)
        if page is not None:
            return page
    return _trafilatura_page(html, url)


def _fast(html: str, url: str | None) -> CleanPage | None:
    """The lxml cleaner's page, or None (logged) when it is not sure of the story."""
    from extractor.clean_fast import fast_page
    from extractor.html_patterns import load_html_patterns

    try:
        page = fast_page(html, url, load_html_patterns())
    except Exception as exc:  # a bug or odd markup in the fast path must cost speed, never the page
        log.debug("fast cleaner failed on %s: %s", url or "", exc)
        return None
    if page is None:
        log.debug("clean %s: trafilatura (fast cleaner not confident)", url or "")
        return None
    log.debug("clean %s: fast cleaner", url or "")
    return CleanPage(text=page.text, title=page.title, published=page.published, canonical_url=page.canonical_url)


def _trafilatura_page(html: str, url: str | None) -> CleanPage:
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
