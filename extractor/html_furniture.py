"""Page furniture in parsed HTML: which elements are site chrome, and dropping them.

Menus, sidebars, related boxes, comment and share bars are named by their
class/id (words kept as data in patterns/html.yaml) or by their tag.  They
are dropped before the story block is chosen, never one holding most of the
page's text; the metadata reader asks the same questions (is this <h1> or
dateline in the header, a sidebar?), so those checks live here, apart from both.
"""

from __future__ import annotations

import re

from extractor.html_patterns import HtmlPatterns

_SEGMENTS = re.compile(r"[\s_-]+")
_KEEP_ALWAYS = frozenset(("html", "body"))


def in_chrome(el) -> bool:
    """Whether an element sits in the site's header/nav (a logo <h1>) rather than a story."""
    for anc in el.iterancestors():
        if anc.tag in ("nav", "footer", "aside"):
            return True
        if anc.tag == "header":
            return not any(a.tag in ("article", "main") for a in anc.iterancestors())
    return False


def ident_of(el) -> str:
    cls, eid = el.get("class"), el.get("id")
    if cls and eid:
        return (cls + " " + eid).lower()
    return (cls or eid or "").lower()


def is_furniture_name(ident: str, pats: HtmlPatterns) -> bool:
    if any(h in ident for h in pats.content_hints):
        return False
    if any(s in ident for s in pats.class_substrings):
        return True
    return any(w in pats.class_words for w in _SEGMENTS.split(ident)) or any(
        t in pats.class_words for t in ident.split())


def drop_furniture(body, pats: HtmlPatterns) -> None:
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
            # an ASP.NET page lives inside one <form id="aspnetForm">: a form is furniture only when it
            # holds less than `guard_share` of the page (a search box, a comment form), as a named element
            (named if tag == "form" else doomed).append(el)
            continue
        if tag in _KEEP_ALWAYS or tag in ("article", "main"):
            continue
        ident = ident_of(el)
        if ident and is_furniture_name(ident, pats):
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
