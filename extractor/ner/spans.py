"""Candidate numbers of an article, with their offsets in the ORIGINAL text.

Training needs to line each candidate up with a gold record (whose evidence
offsets point into the original text), so this walks the article exactly as
`extractor.pipeline.extract_article` does (repair, segment, furniture,
numbers) and keeps both the repaired-text spans the extractors see and the
original-text span the gold uses.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from extractor.article import Article
from extractor.furniture import story_sentences
from extractor.numbers import NumberSpan, find_numbers
from extractor.segment import Sentence, segment


@dataclass(frozen=True)
class Candidate:
    """A number of kind 'quantity' in a story sentence: what the model classifies."""

    sentence: Sentence          # repaired-text offsets
    number: NumberSpan          # repaired-text offsets
    numbers: tuple[NumberSpan, ...]   # every number of the sentence (article offsets)
    start: int                  # the number's span in the original text
    end: int


@dataclass(frozen=True)
class _Identity:
    """No repair: offsets map to themselves."""

    text: str

    def span_to_original(self, start: int, end: int) -> tuple[int, int]:
        return start, end


def shift_number(n: NumberSpan, offset: int) -> NumberSpan:
    """Sentence-relative number span -> article offsets."""
    extra = {"bound_start": n.bound_start + offset} if n.bound_start is not None else {}
    return replace(n, start=n.start + offset, end=n.end + offset, unit_end=n.unit_end + offset, **extra)


def article_candidates(article: Article, res, repair: bool = True) -> list[Candidate]:
    """Every candidate statistic of `article`, in text order (res: pipeline.Resources)."""
    rep = res.repair(article.text, res.repair_model) if (repair and res.repair) else _Identity(article.text)
    out: list[Candidate] = []
    for s in story_sentences(segment(rep.text, res.segment), res.furniture):
        numbers = tuple(shift_number(n, s.start) for n in find_numbers(s.text, res.numbers))
        for n in numbers:
            if n.kind == "quantity":
                o0, o1 = rep.span_to_original(n.start, n.end)
                out.append(Candidate(s, n, numbers, o0, o1))
    return out
