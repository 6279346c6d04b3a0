"""Reconcile rule and model mentions, number by number.

Both extractors see the same candidate numbers, so mentions are matched by
the number's span.  Agreement gives one mention with method 'rule+ner'; a
number only one extractor tags, or tags differently, is decided by the
Policy, whose thresholds are measured by scripts/eval_extractors.py on
cross-validated predictions (never on the held-out articles).
"""

from __future__ import annotations

from dataclasses import replace

from extractor.rules import Mention


def _key(m: Mention) -> tuple[int, int]:
    return m.number.start, m.number.end


def merge(rule_mentions: list[Mention], ner_mentions: list[Mention], policy) -> list[Mention]:
    """One list of mentions in text order, each with method 'rule', 'ner' or 'rule+ner'."""
    ner_by = {_key(m): m for m in ner_mentions}
    out: list[Mention] = []
    seen = set()
    for r in rule_mentions:
        k = _key(r)
        seen.add(k)
        n = ner_by.get(k)
        if n is None:
            if not policy.veto:
                out.append(replace(r, method="rule"))
        elif (n.indicator, n.status) == (r.indicator, r.status):
            out.append(replace(r, method="rule+ner", score=max(r.score, n.score)))
        elif n.score >= policy.swap:
            out.append(replace(n, method="ner"))
        else:
            out.append(replace(r, method="rule"))
    for n in ner_mentions:
        if _key(n) not in seen and n.score >= policy.add:
            out.append(replace(n, method="ner"))
    out.sort(key=lambda m: m.number.start)
    return out
