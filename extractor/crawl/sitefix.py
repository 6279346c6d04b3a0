"""Site-specific cleanup before the generic HTML -> text step.

trafilatura finds the main text of most news layouts, but some sites put
furniture inside the article container (view counters, "Tin liên quan" boxes,
share bars).  sources.yaml lists CSS selectors for those per site; they are
removed here with BeautifulSoup, and the generic cleaner never sees them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

# furniture that is never article text on any site, whatever its layout
COMMON_SELECTORS = (
    "script", "style", "noscript", "iframe", "form",
    "[class*=related]", "[id*=related]", "[class*=comment]", "[id*=comment]",
    "[class*=view-count]", "[class*=viewcount]", "[class*=social]", "[class*=share]",
)


def prune(html: str, selectors: Sequence[str] = ()) -> str:
    """The page without the elements matched by `selectors` and the common furniture.

    A selector that bs4 cannot parse is skipped, so one bad line in
    sources.yaml costs that line, not the crawl.  A common selector never
    removes an element holding most of the page's text: a wrapper called
    "main-share-layout" is not a share bar.
    """
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "lxml")
    total = len(soup.get_text(" ", strip=True)) or 1
    for selector, guarded in [(s, True) for s in COMMON_SELECTORS] + [(s, False) for s in selectors]:
        try:
            found = soup.select(selector)
        except Exception:  # soupsieve raises its own SelectorSyntaxError
            continue
        for tag in found:
            if tag.decomposed or tag.name in ("html", "body", "article", "main"):
                continue
            if guarded and len(tag.get_text(" ", strip=True)) > total / 2:
                continue
            tag.decompose()
    return str(soup)


def blank_line_paragraphs(text: str) -> str:
    """Paragraphs separated by a blank line, as in plain-text articles.

    The HTML cleaner ends each block with one newline, but the segmenter
    reads a single newline as a soft wrap and joins numbered list items
    ("11. ... 18 cuộc giám sát" / "12. Ký mới 21 thỏa ước") into one
    sentence; a blank line keeps them apart.  Idempotent.
    """
    return re.sub(r"(?<!\n)\n(?!\n)", "\n\n", text)
