"""An article's text with every extracted figure marked.

Both the server-rendered article page and the JSON the page's script reads
use `segments()`, so the two views cannot disagree about where a figure is.
A figure's span is its evidence offsets, which point into the stored
(original) text.
"""

from __future__ import annotations

import html
import json
from collections.abc import Sequence
from typing import Any

from extractor.article import Article
from extractor.check_render import describe
from extractor.record import Record


def segments(text: str, records: Sequence[Record]) -> list[tuple[str, list[Record]]]:
    """The text cut into (piece, records): figures carry their records, plain text none.

    Records sharing a span share one piece; a span overlapping an earlier
    one, or lying outside the text, is left unmarked rather than garbling it.
    """
    spans: dict[tuple[int, int], list[Record]] = {}
    for r in records:
        ev = r.evidence
        if ev is not None and 0 <= ev.start < ev.end <= len(text):
            spans.setdefault((ev.start, ev.end), []).append(r)
    out: list[tuple[str, list[Record]]] = []
    pos = 0
    for (s, e), rs in sorted(spans.items()):
        if s < pos:
            continue
        if s > pos:
            out.append((text[pos:s], []))
        out.append((text[s:e], rs))
        pos = e
    if pos < len(text):
        out.append((text[pos:], []))
    return out


def tooltip(rs: Sequence[Record]) -> str:
    """What hovering a figure shows: each of its records in one line."""
    return "\n".join(describe(r) for r in rs)


def segments_json(text: str, records: Sequence[Record]) -> list[dict[str, Any]]:
    """Segments for the page's script: text, and for figures their records and tooltip."""
    out = []
    for piece, rs in segments(text, records):
        d: dict[str, Any] = {"text": piece}
        if rs:
            d["records"] = [r.to_dict() for r in rs]
            d["title"] = tooltip(rs)
        out.append(d)
    return out


def article_html(article: Article, records: Sequence[Record]) -> str:
    """A whole page: title, source, and the text with each figure in <mark data-record>."""
    body = []
    for piece, rs in segments(article.text, records):
        if not rs:
            body.append(html.escape(piece))
            continue
        data = html.escape(json.dumps([r.to_dict() for r in rs], ensure_ascii=False), quote=True)
        body.append(f'<mark class="fig" data-record="{data}" title="{html.escape(tooltip(rs), quote=True)}">'
                    f"{html.escape(piece)}</mark>")
    title = html.escape(article.title or article.id)
    src = html.escape(article.url or "")
    date = article.published.isoformat() if article.published else "date unknown"
    link = f'<a href="{src}" rel="noreferrer">{src}</a>' if src else ""
    return (
        "<!doctype html>\n<html lang=\"vi\"><head><meta charset=\"utf-8\">"
        f"<title>{title}</title><link rel=\"stylesheet\" href=\"/static/app.css\"></head>\n"
        f"<body class=\"article-page\"><header><a href=\"/\">unionstats</a> · {html.escape(article.id)} · "
        f"{date} {link} · {len(records)} figures</header>\n"
        f"<pre class=\"article\" id=\"article\">{''.join(body)}</pre>\n</body></html>\n"
    )
