"""Training examples: every candidate number with its label (indicator, status or none).

Gold labels come from records whose evidence offsets fall on the
candidate; silver labels are what the rule extractor says about text that
has no gold (it is right about 98 % of the time on the develop articles, and
its mistakes are the model's noise, not its target).  Held-out articles are
never read here: callers pass the article ids they may use.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path

import yaml

from extractor.article import Article
from extractor.ner.features import sentence_words
from extractor.ner.spans import article_candidates
from extractor.record import Evidence, Record
from extractor.rules import mask_qualifiers

NONE = "none"
MASK = True    # label with the same masked sentence the model reads at run time


@dataclass(frozen=True)
class Example:
    words: tuple[str, ...]
    indicator: str      # an indicator code or NONE
    status: str         # 'actual' | 'target' | 'attainment' ('' when NONE)
    unit: str
    doc_id: str
    source: str         # 'gold' | 'silver'


def label_article(article: Article, records: list[Record], res, source: str,
                  options: dict | None = None, abbreviations: dict | None = None) -> list[Example]:
    """One Example per candidate of `article`, in text order; `records` (gold or rule output) give the labels.

    A record labels the candidate whose original-text span it points at
    (exact span first, else the candidate that contains its start).
    `options` are the feature groups (default: features.current_options()),
    `abbreviations` the table read out (default: patterns/abbreviations.yaml).
    """
    cands = article_candidates(article, res)
    by_span = {(r.evidence.start, r.evidence.end): r for r in records
               if r.evidence is not None and r.indicator != "other"}
    starts = {r.evidence.start: r for r in records if r.evidence is not None and r.indicator != "other"}
    out = []
    by_sentence: dict[int, list] = {}
    for c in cands:
        by_sentence.setdefault(c.sentence.start, []).append(c)
    for group in by_sentence.values():
        # the model reads the sentence as NerModel.mentions does: threshold qualifiers blanked
        sent = mask_qualifiers(group[0].sentence, list(group[0].numbers), res.rules) if MASK else group[0].sentence
        words = sentence_words(sent, [c.number for c in group], res.rules, options, abbreviations)
        for c, w in zip(group, words):
            r = by_span.get((c.start, c.end)) or next(
                (starts[s] for s in range(c.start, c.end) if s in starts), None)
            ind, st = (r.indicator, r.status) if r is not None else (NONE, "")
            out.append(Example(tuple(w), ind, st, c.number.unit, article.id, source))
    return out


def gold_examples(articles: Iterable[Article], gold: list[Record], res, options: dict | None = None,
                  abbreviations: dict | None = None) -> list[Example]:
    """Examples of articles that have gold (seeds, the develop part of dev, the challenge sets' training part)."""
    by_doc: dict[str, list[Record]] = {}
    for r in gold:
        by_doc.setdefault(r.doc_id, []).append(r)
    return [e for a in articles for e in label_article(a, by_doc.get(a.id, []), res, "gold", options, abbreviations)]


def _fits(c, r: Record) -> bool:
    """Can candidate `c` be the number gold record `r` reports? ('vượt 12%' is 112 % of the target)."""
    v = c.number.value
    if r.unit != c.number.unit:
        return False
    same = abs(v - r.value) < 1e-6 * max(1.0, abs(r.value))
    return same or (r.status == "attainment" and abs(100 + v - r.value) < 1e-6)


def align_gold(article: Article, records: list[Record], texts: list[str | None], res) -> list[Record]:
    """Gold records that carry only an evidence_text, given the offsets of the candidate they report.

    Each record (in file order) takes the first unused candidate whose value
    fits and whose original text holds its evidence_text, else the first
    unused candidate whose value fits; a record no candidate fits is dropped
    (the model cannot learn it: the number finder refused that number).
    """
    cands = article_candidates(article, res)
    used: set[int] = set()
    out = []
    for r, text in zip(records, texts):
        if r.indicator == "other":
            continue
        fits = [i for i, c in enumerate(cands) if i not in used and _fits(c, r)]
        shown = [i for i in fits if text and (text in article.text[cands[i].start:cands[i].end]
                                              or article.text[cands[i].start:cands[i].end] in text)]
        pick = (shown or fits or [None])[0]
        if pick is None:
            continue
        used.add(pick)
        c = cands[pick]
        out.append(replace(r, evidence=Evidence(c.sentence.text, c.start, c.end)))
    return out


def silver_examples(articles: Iterable[Article], res, options: dict | None = None,
                    abbreviations: dict | None = None) -> list[Example]:
    """Examples labelled by the rule extractor's own output (res must be a rules-only Resources)."""
    from extractor.pipeline import extract_article
    return [e for a in articles
            for e in label_article(a, extract_article(a, res), res, "silver", options, abbreviations)]


def pattern_sentences(patterns_dir: Path) -> list[Article]:
    """The example sentences of patterns/indicators/*.yaml, one pseudo-article each.

    Real sentences from provincial news, written down with the rules: the
    rules label them (silver), which teaches the model phrasings that the
    gold articles hold only once or not at all.
    """
    out = []
    for p in sorted((patterns_dir / "indicators").glob("*.yaml")):
        ex = (yaml.safe_load(p.read_text(encoding="utf-8")) or {}).get("examples") or {}
        for kind in ("positive", "negative"):
            for i, item in enumerate(ex.get(kind) or []):
                text = item["text"] if isinstance(item, dict) else str(item)
                out.append(Article(id=f"pattern:{p.stem}:{kind}:{i}", text=text))
    return out
