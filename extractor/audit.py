"""`extractor audit`: numbers that do not add up, inside and across articles.

`audit()` runs every rule of audit_rules.py over the stored records and
returns Findings sorted by rule and article; the renderers turn them into
text (each finding with the sentences its numbers come from) or JSON.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from extractor import audit_rules as rules
from extractor.article import Article
from extractor.audit_rules import Finding
from extractor.check_match import load_config
from extractor.check_render import evidence_lines
from extractor.record import Record

RULES = ("parts_total", "net_change", "attainment_target", "cross_article", "shrinking_stock")


def audit(records: Sequence[Record], texts: Mapping[str, str], only: Sequence[str] | None = None,
          cfg: dict[str, Any] | None = None) -> list[Finding]:
    """All findings over these records; `texts` maps doc_id to article text (for sentence positions)."""
    cfg = cfg or load_config()
    records = [r for r in records if r.indicator != "other"]
    want = set(only or RULES)
    found = rules.breakdowns(records, texts, cfg)
    skip = rules.part_ids(found)
    out: list[Finding] = []
    if "parts_total" in want:
        out += rules.parts_total(found, cfg)
    if "net_change" in want:
        out += rules.net_change(records, cfg)
    if "attainment_target" in want:
        out += rules.attainment_target(records, cfg)
    if "cross_article" in want:
        out += rules.cross_article(records, skip)
    if "shrinking_stock" in want:
        out += rules.shrinking_stock(records, skip, cfg)
    return sorted(out, key=lambda f: (RULES.index(f.rule), f.records[0].doc_id if f.records else "",
                                      f.records[0].evidence.start if f.records and f.records[0].evidence else 0))


def finding_json(f: Finding, article: Callable[[str], Article | None]) -> dict[str, Any]:
    """A finding as JSON: rule, severity, message, numbers and its evidence records."""
    from extractor.check import record_json

    return {"rule": f.rule, "severity": f.severity, "message": f.message,
            "numbers": {k: (round(v, 6) if isinstance(v, float) else v) for k, v in f.numbers.items()},
            "evidence": [record_json(r, article(r.doc_id)) for r in f.records]}


def render(findings: Sequence[Finding], article: Callable[[str], Article | None], tty: bool) -> str:
    """Text for people: one block per finding, its sentences with the figures marked."""
    if not findings:
        return "no findings: every checked set of numbers agrees"
    blocks = []
    for n, f in enumerate(findings, 1):
        lines = [f"{n}. [{f.rule}] {f.severity}: {f.message}"]
        for r in f.records:
            lines += evidence_lines(r, article(r.doc_id), tty)
        blocks.append("\n".join(lines))
    counts: dict[str, int] = {}
    for f in findings:
        counts[f.rule] = counts.get(f.rule, 0) + 1
    summary = ", ".join(f"{k} {v}" for k, v in counts.items())
    return "\n\n".join(blocks) + f"\n\n{len(findings)} findings ({summary})"
