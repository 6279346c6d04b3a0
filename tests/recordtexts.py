"""Records of a short text through the whole pipeline, as the record tests read them."""

from __future__ import annotations

from extractor.article import Article
from extractor.pipeline import extract_article
from extractor.record import clean_value


def periods_of(text, res, published=None) -> dict:
    """value -> (period_start, period_end) of each record of `text`."""
    return {clean_value(r.value): (r.period_start, r.period_end)
            for r in extract_article(Article(id="t", text=text, published=published), res)}


def recs(text, res, published=None) -> list[tuple]:
    """(indicator, status, value, unit, bound) of each record of `text`, in text order."""
    return [(r.indicator, r.status, clean_value(r.value), r.unit, r.bound)
            for r in extract_article(Article(id="t", text=text, published=published), res)]
