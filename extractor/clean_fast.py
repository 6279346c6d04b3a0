"""HTML -> story text, title, date and canonical URL in one lxml pass: the fast cleaner.

trafilatura (extractor/clean.py) is thorough but costs most of a batch's time
on HTML input.  News pages are simple: the story is the block with the most
paragraph text and few links once menus, sidebars, related boxes, comment
and share bars are gone.  This module does just that, with the furniture
words kept as data in patterns/html.yaml:

1. parse once with lxml.html (bytes, so any <?xml encoding?> prologue is fine);
2. read the metadata before anything is dropped: <meta> dates, JSON-LD
   datePublished, <time datetime>, og:title, the <h1>, rel=canonical, og:url,
   and a printed dateline ("Cập nhật: 04-05-2024") next to the title;
3. drop furniture tags and elements whose class/id look like furniture
   (never one holding most of the page's text, never the story body itself);
4. every paragraph votes its text (minus link text) for its parent, half for
   its grandparent; the block with the best score and a low link density is
   the story, widened to its <article> when it is an anonymous inner block;
5. emit the block's text, one line per block element (headings, paragraphs,
   list items "- ...", table rows "| a | b |"), as trafilatura writes it.

`fast_page` returns None when it is not confident (too little text, no
paragraph block, markup lxml cannot read): the caller then falls back to
trafilatura, so odd layouts never lose quality.
"""

from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path
from urllib.parse import urljoin


from extractor.article import parse_date
from extractor.yamlio import load_yaml

log = logging.getLogger(__name__)

PATTERNS = Path(__file__).resolve().parent.parent / "patterns" / "html.yaml"

_SEGMENTS = re.compile(r"[\s_-]+")
_BLOCK_TAGS = frozenset(
    "p div h1 h2 h3 h4 h5 h6 li tr br blockquote pre section article main ul ol dl dt dd table thead tbody tfoot"
    " address center hr header td th".split())
# a table row holding these is page layout, not data: its cells are read as blocks
_LAYOUT = ("p", "div", "table", "ul", "ol", "br", "h1", "h2", "h3", "h4", "section", "article")
_CELLS = ("td", "th")
_KEEP_ALWAYS = frozenset(("html", "body"))
_ISO_DATE = re.compile(r"(?:19|20)\d\d-\d\d-\d\d")
_DMY = re.compile(r"\b(\d{1,2})[/.-](\d{1,2})[/.-]((?:19|20)\d\d)\b")


@dataclass(frozen=True)
class HtmlPatterns:
    """patterns/html.yaml compiled: what the fast cleaner drops, keeps and reads."""

    drop_tags: frozenset[str]
    class_substrings: tuple[str, ...]
    class_words: frozenset[str]
    content_hints: tuple[str, ...]
    lead_hints: tuple[str, ...]
    paragraph_tags: tuple[str, ...]
    min_chars: int
    min_story_share: float
    max_link_density: float
    guard_share: float
    min_paragraph_chars: int
    date_meta: tuple[str, ...]
    date_meta_modified: tuple[str, ...]
    date_classes: tuple[str, ...]
    date_skip: tuple[str, ...]
    date_head_chars: int


@lru_cache(maxsize=2)
def load_html_patterns(path: str | None = None) -> HtmlPatterns:
    """Read patterns/html.yaml once per process."""
    d = load_yaml(Path(path or PATTERNS).read_text(encoding="utf-8"))
    low = lambda xs: tuple(str(x).lower() for x in xs)  # noqa: E731
    return HtmlPatterns(
        drop_tags=frozenset(low(d["drop_tags"])),
        class_substrings=low(d["class_substrings"]),
        class_words=frozenset(low(d["class_words"])),
        content_hints=low(d["content_hints"]),
        lead_hints=low(d["lead_hints"]),
        paragraph_tags=low(d["paragraph_tags"]),
        min_chars=int(d["min_chars"]),
        min_story_share=float(d["min_story_share"]),
        max_link_density=float(d["max_link_density"]),
        guard_share=float(d["guard_share"]),
        min_paragraph_chars=int(d["min_paragraph_chars"]),
        date_meta=low(d["date_meta"]),
        date_meta_modified=low(d["date_meta_modified"]),
        date_classes=low(d["date_classes"]),
        date_skip=low(d["date_skip"]),
        date_head_chars=int(d["date_head_chars"]),
    )


@dataclass(frozen=True)
class FastPage:
    text: str
    title: str | None
    published: date | None
    canonical_url: str | None


def fast_page(html: str, url: str | None, pats: HtmlPatterns) -> FastPage | None:
    """The page's story and metadata, or None when this cleaner is not sure of the story."""
    root = _parse(html)
    if root is None:
        return None
    body = root.find("body")
    if body is None:
        return None
    meta = _metadata(root, url, pats)
    _drop_furniture(body, pats)
    found = _story_block(body, pats)
    if found is None:
        return None
    block, parts = found
    lines: list[str] = []
    for part in parts:
        lines.extend(_lines(part, lines))
    lead = _lead(block, pats)
    if lead and lead not in lines[:3]:
        lines.insert(0, lead)
    text = "\n".join(lines)
    if len(text) < pats.min_chars:
        return None
    rest = len(body.text_content()) - _link_chars(body)
    story = sum(len(part.text_content()) for part in parts)
    if story < rest * pats.min_story_share:   # most of the page's prose is elsewhere: not sure
        return None
    title = meta.title or _first_h1(block)
    return FastPage(text=text, title=title, published=meta.published, canonical_url=meta.canonical)


# -- parsing ------------------------------------------------------------------

@lru_cache(maxsize=1)
def _parser():
    from lxml import html as lxml_html

    return lxml_html.HTMLParser(encoding="utf-8", remove_comments=True, remove_pis=True)


def _parse(html: str):
    """The document element, or None when lxml finds nothing to read."""
    from lxml import etree

    data = html.encode("utf-8", "replace")
    if not data.strip():
        return None
    try:
        root = etree.fromstring(data, _parser())
    except (etree.LxmlError, ValueError):
        return None
    if root is None or not isinstance(root.tag, str):
        return None
    return root


# -- metadata -----------------------------------------------------------------

@dataclass
class _Meta:
    title: str | None = None
    published: date | None = None
    canonical: str | None = None


def _metadata(root, url: str | None, pats: HtmlPatterns) -> _Meta:
    """Title, publication date and canonical URL, read before the furniture goes."""
    out = _Meta()
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
            if h1 is None and not _in_chrome(el):
                h1 = el
        elif tag == "title" and head_title is None:
            head_title = _norm(el.text_content())
    out.published = (_first_date(dates, pats.date_meta) or parse_date(time_value)
                     or _printed_date(root, h1, pats) or _first_date(dates, pats.date_meta_modified))
    h1_text = _norm(h1.text_content()) if h1 is not None else ""
    out.title = (_norm(og_title) if og_title else "") or h1_text or _site_less(head_title) or None
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
        ident = _ident(el)
        if not ident or not any(w in ident for w in pats.date_classes):
            return None
        if anywhere and any(w in _ident(a) for a in (el, *el.iterancestors()) for w in pats.date_skip):
            return None
        text = _norm(el.text_content())
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
            head = _norm(parent.text_content())
            title = _norm(h1.text_content())
            at = head.find(title) if title else -1
            after = head[at + len(title):] if at >= 0 else head
            if found := find_dateline(after[: pats.date_head_chars]):
                return found
    body = root.find("body")
    for el in body.iter() if body is not None else ():
        if isinstance(el.tag, str) and el.tag not in ("script", "style") and (found := dated(el, anywhere=True)):
            if not _in_chrome(el) and not _is_furniture_name(_ident(el), pats):
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


def _in_chrome(el) -> bool:
    """Whether an element sits in the site's header/nav (a logo <h1>) rather than a story."""
    for anc in el.iterancestors():
        if anc.tag in ("nav", "footer", "aside"):
            return True
        if anc.tag == "header":
            return not any(a.tag in ("article", "main") for a in anc.iterancestors())
    return False


# -- furniture ----------------------------------------------------------------

def _ident(el) -> str:
    cls, eid = el.get("class"), el.get("id")
    if cls and eid:
        return (cls + " " + eid).lower()
    return (cls or eid or "").lower()


def _is_furniture_name(ident: str, pats: HtmlPatterns) -> bool:
    if any(h in ident for h in pats.content_hints):
        return False
    if any(s in ident for s in pats.class_substrings):
        return True
    return any(w in pats.class_words for w in _SEGMENTS.split(ident)) or any(
        t in pats.class_words for t in ident.split())


def _drop_furniture(body, pats: HtmlPatterns) -> None:
    """Remove furniture elements in place (their tails stay, as lxml's drop_tree keeps them)."""
    doomed = []
    named = []
    for el in body.iter():
        tag = el.tag
        if not isinstance(tag, str):
            doomed.append(el)          # stray comments/PIs the parser kept
            continue
        if tag in pats.drop_tags:
            if tag == "header" and any(a.tag in ("article", "main") for a in el.iterancestors()):
                continue
            doomed.append(el)
            continue
        if tag in _KEEP_ALWAYS or tag in ("article", "main"):
            continue
        ident = _ident(el)
        if ident and _is_furniture_name(ident, pats):
            named.append(el)
    for el in doomed:
        _drop(el)
    if named:
        total = len(body.text_content()) or 1
        limit = total * pats.guard_share
        for el in named:
            if el.getparent() is None or _detached(el):
                continue
            if len(el.text_content()) > limit:
                continue
            _drop(el)


def _detached(el) -> bool:
    """Whether an ancestor of el was already dropped (it no longer reaches <html>)."""
    top = el
    for top in el.iterancestors():
        pass
    return top.tag != "html"


def _drop(el) -> None:
    parent = el.getparent()
    if parent is None:
        return
    tail = el.tail
    if tail:
        prev = el.getprevious()
        if prev is not None:
            prev.tail = (prev.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(el)


# -- the story block ----------------------------------------------------------

def _link_chars(el) -> int:
    return sum(len(a.text_content()) for a in el.iter("a"))


def _story_block(body, pats: HtmlPatterns):
    """The element holding the story, or None when no block is convincing."""
    scores: dict = {}
    min_p = pats.min_paragraph_chars
    for p in body.iter(*pats.paragraph_tags):
        n = len(_norm(p.text_content()))
        if n < min_p:
            continue
        links = _link_chars(p)
        if links > n * pats.max_link_density:
            continue
        s = n - links
        parent = p.getparent()
        if parent is None:
            continue
        scores[parent] = scores.get(parent, 0.0) + s
        grand = parent.getparent()
        if grand is not None:
            scores[grand] = scores.get(grand, 0.0) + s / 2
    for div in body.iter("div", "td", "section", "article"):   # text straight in a block, split by <br>
        own = (div.text or "") + "".join(ch.tail or "" for ch in div)
        n = len(_norm(own))
        if n >= 2 * min_p:
            scores[div] = scores.get(div, 0.0) + n
            parent = div.getparent()
            if parent is not None:
                scores[parent] = scores.get(parent, 0.0) + n / 2
    if not scores:
        return None
    best, best_score = None, 0.0
    for el, s in sorted(scores.items(), key=lambda kv: -kv[1])[:5]:
        total = len(el.text_content()) or 1
        density = _link_chars(el) / total
        if density > pats.max_link_density:
            continue
        s *= 1 - density
        if s > best_score:
            best, best_score = el, s
    if best is None:
        return None
    block = _widen(best, pats)
    if block is not best or block.tag == "article":
        return block, [block]
    return block, _with_siblings(block, scores, best_score, pats)


def _with_siblings(block, scores: dict, best_score: float, pats: HtmlPatterns) -> list:
    """The block and, in page order, its siblings that carry story text too (a story split by an ad or a photo)."""
    parent = block.getparent()
    if parent is None or block.tag == "body":
        return [block]
    floor = best_score * 0.2
    out = []
    for sib in parent:
        if sib is block:
            out.append(sib)
            continue
        if not isinstance(sib.tag, str) or sib.tag in ("article", "table", "ul", "ol"):
            continue
        s = scores.get(sib, 0.0)
        if sib.tag == "p" and not s:
            n = len(_norm(sib.text_content()))
            s = n if n >= 80 else 0.0
        if s and s >= floor:
            total = len(sib.text_content()) or 1
            if _link_chars(sib) / total < pats.max_link_density / 2:
                out.append(sib)
    return out


def _widen(block, pats: HtmlPatterns):
    """An anonymous inner block grows to its <article> (title and lead), a named story body does not."""
    ident = _ident(block)
    if ident and any(h in ident for h in pats.content_hints):
        return block
    if block.tag == "article" or block.get("itemprop", "").lower() == "articlebody":
        return block
    for depth, anc in enumerate(block.iterancestors()):
        if depth >= 4 or anc.tag in ("body", "html"):
            break
        if anc.tag == "article" or anc.get("itemprop", "").lower() == "articlebody":
            total = len(anc.text_content()) or 1
            if _link_chars(anc) / total <= pats.max_link_density / 2:
                return anc
            break
    return block


def _lead(block, pats: HtmlPatterns) -> str | None:
    """The lead ("sapo") printed just before the story block, outside it, when there is one."""
    el = block
    for _ in range(2):                       # the block's earlier siblings, then its parent's
        sib = el.getprevious()
        hops = 0
        while sib is not None and hops < 4:
            if isinstance(sib.tag, str):
                ident = _ident(sib)
                if ident and any(h in ident for h in pats.lead_hints):
                    text = _norm(sib.text_content())
                    if 30 <= len(text) <= 1500 and _link_chars(sib) <= len(text) * pats.max_link_density / 2:
                        return text
                hops += 1
            sib = sib.getprevious()
        el = el.getparent()
        if el is None or el.tag in ("body", "html"):
            break
    return None


def _first_h1(block) -> str | None:
    h = next(block.iter("h1"), None)
    return _norm(h.text_content()) or None if h is not None else None


# -- text ---------------------------------------------------------------------

def _norm(s: str | None) -> str:
    """Runs of whitespace as one space, ends stripped (str.split's whitespace is re's \\s)."""
    return " ".join(s.split()) if s else ""


def _lines(block, before: list[str] | None = None) -> list[str]:
    """Text of the block, one line per block element, as trafilatura writes it.

    `before` are the lines already emitted (a repeated block is kept once across parts too).
    """
    from lxml import etree

    lines: list[str] = []
    cur: list[str] = []
    last = before[-1] if before else None

    def flush() -> None:
        if cur:
            s = " ".join("".join(cur).split())
            cur.clear()
            if s and s != "-" and s != (lines[-1] if lines else last):   # a repeated block (title as lead) once
                lines.append(s)

    walker = etree.iterwalk(block, events=("start", "end"))
    for event, el in walker:
        tag = el.tag
        if not isinstance(tag, str):
            if event == "end" and el is not block and el.tail:
                cur.append(el.tail)
            continue
        if event == "start":
            if tag == "tr" and not any(next(c.iterdescendants(*_LAYOUT), None) is not None for c in el):
                flush()
                cells = [_norm(c.text_content()) for c in el if c.tag in _CELLS]
                if any(cells):
                    lines.append("| " + " | ".join(cells) + " |")
                walker.skip_subtree()
                # the "end" event still comes for el: its tail is added there
                continue
            if tag in _BLOCK_TAGS:
                flush()
                if tag == "li":
                    cur.append("- ")
            if el.text:
                cur.append(el.text)
        else:
            if tag in _BLOCK_TAGS:
                flush()
            if el is not block and el.tail:
                cur.append(el.tail)
    flush()
    return lines
