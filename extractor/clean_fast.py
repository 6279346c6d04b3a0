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

This module parses and chooses the story block (steps 1, 4 and the checks
around them); the other steps each have their own module: the metadata
(2) extractor/html_meta.py, the furniture (3) extractor/html_furniture.py,
the lines (5) extractor/html_text.py, and the words of patterns/html.yaml
extractor/html_patterns.py.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from extractor.html_furniture import drop_furniture, ident_of
from extractor.html_meta import page_metadata
from extractor.html_patterns import HtmlPatterns
from extractor.html_text import block_lines, norm

log = logging.getLogger(__name__)


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
    meta = page_metadata(root, url, pats)
    drop_furniture(body, pats)
    found = _story_block(body, pats)
    if found is None:
        return None
    block, parts = found
    lines: list[str] = []
    for part in parts:
        lines.extend(block_lines(part, lines))
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

# -- the story block ----------------------------------------------------------

def _link_chars(el) -> int:
    return sum(len(a.text_content()) for a in el.iter("a"))


def _story_block(body, pats: HtmlPatterns):
    """The element holding the story, or None when no block is convincing."""
    scores: dict = {}
    min_p = pats.min_paragraph_chars
    for p in body.iter(*pats.paragraph_tags):
        n = len(norm(p.text_content()))
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
        n = len(norm(own))
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
            n = len(norm(sib.text_content()))
            s = n if n >= 80 else 0.0
        if s and s >= floor:
            total = len(sib.text_content()) or 1
            if _link_chars(sib) / total < pats.max_link_density / 2:
                out.append(sib)
    return out


def _widen(block, pats: HtmlPatterns):
    """An anonymous inner block grows to its <article> (title and lead), a named story body does not."""
    ident = ident_of(block)
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
                ident = ident_of(sib)
                if ident and any(h in ident for h in pats.lead_hints):
                    text = norm(sib.text_content())
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
    return norm(h.text_content()) or None if h is not None else None
