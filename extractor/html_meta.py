"""Page metadata of parsed HTML: title, publication date and canonical URL.

Read before any furniture is dropped (the <meta> tags, JSON-LD and the
dateline beside the title may sit in what is dropped later): <meta> dates,
JSON-LD datePublished, <time datetime>, og:title, the <h1>, rel=canonical,
og:url, and a printed dateline ("Cập nhật: 04-05-2024") next to the title.
Dates have their own order of trust and their own fallbacks, which is why
this reading is apart from choosing the story.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date
from urllib.parse import urljoin

from extractor.article import parse_date
from extractor.html_furniture import ident_of, in_chrome, is_furniture_name
from extractor.html_patterns import HtmlPatterns
from extractor.html_text import norm

_ISO_DATE = re.compile(r"(?:19|20)\d\d-\d\d-\d\d")
_DMY = re.compile(r"\b(\d{1,2})[/.-](\d{1,2})[/.-]((?:19|20)\d\d)\b")


@dataclass
class PageMeta:
    title: str | None = None
    published: date | None = None
    canonical: str | None = None


def page_metadata(root, url: str | None, pats: HtmlPatterns) -> PageMeta:
    """Title, publication date and canonical URL, read before the furniture goes."""
    out = PageMeta()
    dates: dict[str, str] = {}
    og_title = og_url = canonical = head_title = None
    h1 = None
    time_value, time_marked = None, False
    for el in root.iter("meta", "link", "script", "time", "h1", "title"):
        tag = el.tag
        if tag == "meta":
            key = (el.get("property") or el.get("name") or el.get("itemprop") or "").strip().lower()
            content = el.get("content")
            if not key or not content:
                continue
            if key in ("og:title", "twitter:title") and og_title is None:
                og_title = content
            elif key == "og:url" and og_url is None:
                og_url = content
            elif (key in pats.date_meta or key in pats.date_meta_modified) and key not in dates:
                dates[key] = content
        elif tag == "link":
            if canonical is None and (el.get("rel") or "").strip().lower() == "canonical" and el.get("href"):
                canonical = el.get("href")
        elif tag == "script":
            if (el.get("type") or "").lower() == "application/ld+json" and "datepublished" not in dates:
                found = _jsonld_date(el.text or "")
                if found:
                    dates["datepublished"] = found
        elif tag == "time" and el.get("datetime"):
            # <time itemprop="datePublished"> / <time pubdate> / class "published" beats the first <time>
            marked = ((el.get("itemprop") or "").lower() == "datepublished" or el.get("pubdate") is not None
                      or "publish" in (el.get("class") or "").lower())
            if time_value is None or (marked and not time_marked):
                time_value, time_marked = el.get("datetime"), marked
        elif tag == "h1":
            if h1 is None and not in_chrome(el):
                h1 = el
        elif tag == "title" and head_title is None:
            head_title = norm(el.text_content())
    out.published = (_first_date(dates, pats.date_meta) or parse_date(time_value)
                     or _printed_date(root, h1, pats) or _first_date(dates, pats.date_meta_modified))
    h1_text = norm(h1.text_content()) if h1 is not None else ""
    out.title = (norm(og_title) if og_title else "") or h1_text or _site_less(head_title) or None
    out.canonical = _absolute(canonical or og_url, url) or url
    return out


def _first_date(dates: dict[str, str], keys: tuple[str, ...]) -> date | None:
    return next((d for d in (parse_date(dates[k]) for k in keys if k in dates) if d), None)


def _jsonld_date(raw: str) -> str | None:
    """datePublished of the first JSON-LD object holding one (lists and @graph included)."""
    if "datePublished" not in raw:
        return None
    try:
        data = json.loads(raw)
    except ValueError:
        m = re.search(r'"datePublished"\s*:\s*"([^"]+)"', raw)
        return m.group(1) if m else None
    stack = [data]
    while stack:
        d = stack.pop()
        if isinstance(d, list):
            stack.extend(reversed(d))
        elif isinstance(d, dict):
            if isinstance(d.get("datePublished"), str):
                return d["datePublished"]
            stack.extend(v for v in d.values() if isinstance(v, (list, dict)))
    return None


def _printed_date(root, h1, pats: HtmlPatterns) -> date | None:
    """A dateline printed near the title, never one in the site's header ("today is ..."), footer or sidebar.

    First a date-ish element (class/id in date_classes) beside the <h1>, then
    the text just after the <h1>, then any date-ish element outside the chrome.
    """
    from extractor.dateline import find_dateline

    def dated(el, anywhere: bool = False) -> date | None:
        ident = ident_of(el)
        if not ident or not any(w in ident for w in pats.date_classes):
            return None
        if anywhere and any(w in ident_of(a) for a in (el, *el.iterancestors()) for w in pats.date_skip):
            return None
        text = norm(el.text_content())
        return (find_dateline(text) or _dmy(text)) if 0 < len(text) < 200 else None

    if h1 is not None:
        parent = h1.getparent()
        for box in (parent, parent.getparent() if parent is not None else None):
            if box is None or box.tag in ("body", "html"):
                break
            for el in box.iter():
                if isinstance(el.tag, str) and el is not box and (found := dated(el)):
                    return found
        if parent is not None:
            head = norm(parent.text_content())
            title = norm(h1.text_content())
            at = head.find(title) if title else -1
            after = head[at + len(title):] if at >= 0 else head
            if found := find_dateline(after[: pats.date_head_chars]):
                return found
    body = root.find("body")
    for el in body.iter() if body is not None else ():
        if isinstance(el.tag, str) and el.tag not in ("script", "style") and (found := dated(el, anywhere=True)):
            if not in_chrome(el) and not is_furniture_name(ident_of(el), pats):
                return found
    return None


def _dmy(text: str) -> date | None:
    """'04-05-2024' / '4/5/2024' alone in a date element -> date(2024, 5, 4)."""
    m = _DMY.search(text)
    if not m:
        iso = _ISO_DATE.search(text)
        return parse_date(iso.group(0)) if iso else None
    try:
        return date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    except ValueError:
        return None


def _site_less(title: str | None) -> str | None:
    """'Story title - Báo Tỉnh' -> 'Story title' (the part before the first ' - ' / ' | ')."""
    if not title:
        return None
    parts = [p.strip() for p in re.split(r"\s+[-|–—]\s+", title) if p.strip()]
    return parts[0] if parts else None


def _absolute(href: str | None, base: str | None) -> str | None:
    if not href:
        return None
    href = href.strip()
    if base and not re.match(r"^[a-z][a-z0-9+.-]*:", href, re.I):
        return urljoin(base, href)
    return href if re.match(r"^https?://", href, re.I) else None

