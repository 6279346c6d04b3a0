"""Fact-check a claimed figure against the stored records.

A claim ("Kiên Giang kết nạp 30.068 đoàn viên trong nhiệm kỳ 2018-2023") is
parsed by the same extractor as the articles, so a claim and an article that
say the same thing give the same record.  Each claimed figure is then
compared with the stored records of the same indicator, status and unit
whose region and period overlap its own (check_match.py says how values
with bound words compare):

- supported: a stored figure lies within what the claim allows;
- contradicted: no stored figure supports it, and one for the same region,
  period and scope disagrees;
- not_found: nothing stored speaks of it (compatible but inconclusive
  figures, e.g. "trên 30.000" for a claimed 30.068, and differing figures of
  the same region for another period are shown as evidence).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from extractor.article import Article
from extractor.check_match import can_contradict, load_config, relation, same_statistic
from extractor.errors import UserError
from extractor.record import Record

SUPPORTED, CONTRADICTED, NOT_FOUND = "supported", "contradicted", "not_found"
_ORDER = {"supports": 0, "contradicts": 1, "compatible": 2, "related": 3}
_BOUND_ORDER = {"exact": 0, "about": 1, "over": 2, "under": 2}


class ClaimError(UserError):
    """A claim that cannot be checked (empty, no number, not Vietnamese, no statistic)."""


@dataclass
class Verdict:
    """The verdict on one claimed figure, with the stored records it rests on."""

    claim_text: str
    claim: Record
    verdict: str
    evidence: list[tuple[str, Record]] = field(default_factory=list)

    def shown_evidence(self) -> list[tuple[str, Record]]:
        """The evidence that explains the verdict (supporters, or the disagreeing records)."""
        want = {SUPPORTED: ("supports",), CONTRADICTED: ("contradicts",),
                NOT_FOUND: ("compatible", "related")}[self.verdict]
        return [(rel, r) for rel, r in self.evidence if rel in want]


def validate_claim(text: str, cfg: dict[str, Any] | None = None) -> str:
    """The claim, stripped; ClaimError naming what is wrong when it cannot be checked.

    Checked before parsing so the user hears 'no number' rather than a
    silent 'nothing found'.
    """
    cfg = cfg or load_config()
    claim = " ".join((text or "").split())
    if not claim:
        raise ClaimError("empty claim: write the sentence to check, e.g. "
                         "'Kiên Giang kết nạp 30.068 đoàn viên trong nhiệm kỳ 2018-2023'")
    words = cfg["claims"]
    letters = set(words["vietnamese_letters"]) | set(words["vietnamese_letters"].upper())
    if not any(ch in letters for ch in claim):
        raise ClaimError(f"not Vietnamese (no Vietnamese letter such as ă, đ, ơ, ư): {claim[:60]!r}; "
                         "write the claim in Vietnamese with its diacritics")
    lowered = claim.lower()
    has_word = any(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", lowered) for w in words["number_words"])
    if not re.search(r"\d", claim) and not has_word:
        raise ClaimError(f"no number in the claim: {claim[:60]!r}; a claim must state a figure")
    return claim


def parse_claim(text: str, resources: Any) -> list[Record]:
    """The claimed figures: the extractor's records of the claim, `other` left out."""
    claim = validate_claim(text)
    try:
        from extractor.pipeline import extract_article
    except ImportError as exc:
        raise UserError(f"the extractor cannot be loaded ({exc}); claims cannot be parsed") from None
    records = extract_article(Article(id="claim", text=claim, published=None), resources)
    records = [r for r in records if r.indicator != "other"]
    if not records:
        raise ClaimError(f"no union statistic recognised in {claim[:60]!r}: say what was counted, "
                         "e.g. 'kết nạp 30.068 đoàn viên', 'thành lập mới 199 công đoàn cơ sở'")
    return records


def judge(claim: Record, stored: Iterable[Record], claim_text: str = "",
          cfg: dict[str, Any] | None = None) -> Verdict:
    """The verdict on one claimed figure against the stored records (module doc)."""
    cfg = cfg or load_config()
    evidence: list[tuple[str, Record]] = []
    for s in stored:
        if not same_statistic(claim, s):
            continue
        rel = relation(claim, s, cfg)
        if rel == "contradicts" and not can_contradict(claim, s):
            rel = "related" if _loosely_related(claim, s) else ""
        if rel:
            evidence.append((rel, s))
    evidence.sort(key=lambda e: (_ORDER[e[0]], _BOUND_ORDER.get(e[1].bound, 3), e[1].doc_id))
    rels = {rel for rel, _ in evidence}
    verdict = SUPPORTED if "supports" in rels else CONTRADICTED if "contradicts" in rels else NOT_FOUND
    return Verdict(claim_text, claim, verdict, evidence)


def _loosely_related(claim: Record, stored: Record) -> bool:
    """A differing figure of the claim's own region shows the journalist what is known.

    Differing figures of other regions or of a claim that names no region
    are just other statistics, not evidence.
    """
    return claim.region is not None and stored.region is not None and same_statistic(claim, stored)


def check_claim(text: str, stored: Sequence[Record], resources: Any,
                cfg: dict[str, Any] | None = None) -> list[Verdict]:
    """Parse a claim and judge each of its figures."""
    claim = validate_claim(text, cfg)
    return [judge(r, stored, claim, cfg) for r in parse_claim(claim, resources)]


def exit_code(verdicts: Sequence[Verdict]) -> int:
    """0 every figure supported, 1 any contradicted, 2 none checked, 3 some not found."""
    kinds = {v.verdict for v in verdicts}
    if CONTRADICTED in kinds:
        return 1
    if not verdicts or kinds == {NOT_FOUND}:
        return 2
    if kinds == {SUPPORTED}:
        return 0
    return 3


def record_json(r: Record, article: Article | None = None) -> dict[str, Any]:
    """A record as JSON, with the article's URL, date and title when known."""
    from extractor.check_render import figure_span

    d = r.to_dict()
    if article is not None:
        span = figure_span(r, article.text)
        d["highlight"] = list(span) if span else None  # the figure inside evidence.sentence
        d["url"] = article.url
        d["published"] = article.published.isoformat() if article.published else None
        d["title"] = article.title
    return d


def verdict_json(v: Verdict, articles: dict[str, Article | None]) -> dict[str, Any]:
    """One object per claimed figure: verdict, claim (the parsed record), evidence."""
    claim = v.claim.to_dict()
    claim.pop("doc_id", None)
    return {
        "claim_text": v.claim_text,
        "verdict": v.verdict,
        "claim": claim,
        "evidence": [dict(record_json(r, articles.get(r.doc_id)), relation=rel) for rel, r in v.evidence],
    }


def read_claims_file(path: str) -> list[tuple[int, str]]:
    """(line number, claim) for each non-blank, non-comment line of a UTF-8 file."""
    from pathlib import Path

    from extractor.errors import InputError

    p = Path(path)
    if not p.is_file():
        raise InputError(f"{path}: no such file")
    try:
        text = p.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise InputError(f"{path}: not UTF-8 text") from None
    out = [(n, line.strip()) for n, line in enumerate(text.splitlines(), 1)
           if line.strip() and not line.lstrip().startswith("#")]
    if not out:
        raise InputError(f"{path}: no claims (one claim a line; '#' starts a comment)")
    return out
