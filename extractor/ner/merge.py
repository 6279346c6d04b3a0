"""Reconcile rule and model mentions, number by number.

Both extractors see the same candidate numbers, so mentions are matched by
the number's span.  Agreement gives one mention with method 'rule+ner'; a
number only one extractor tags, or tags differently, is decided by the
Policy, whose thresholds are measured by scripts/eval_extractors.py --tune on
cross-validated predictions (never on the held-out articles nor challenge2
d16-d30):

- a rule mention the model does not tag is kept (unless `veto`);
- a different indicator: the model's replaces the rule's when its score
  reaches `swap`; the rule's status, value and bound stay (the lexicon's
  status markers and list headings read status better than the model);
- the same indicator with another status: the rule's reading stays, unless
  the model's status classifier reaches `status_swap` (then the model's
  status; never for a percentage, always an attainment);
- a number only the model tags is added when its score reaches `add`
  (`add_percent` for a percentage: a share read as an attainment is the
  model's most frequent wrong addition).
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
        elif n.indicator != r.indicator and n.score >= policy.swap:
            out.append(replace(r, indicator=n.indicator, method="ner", score=n.score))
        elif n.indicator == r.indicator and r.unit != "percent" and n.status in ("actual", "target") \
                and getattr(n, "status_score", 0.0) >= getattr(policy, "status_swap", 1.01):
            out.append(replace(r, status=n.status, method="ner", score=n.score))
        else:
            out.append(replace(r, method="rule"))
    add_at = getattr(policy, "add_at", lambda unit: policy.add)
    for n in ner_mentions:
        if _key(n) not in seen and n.score >= add_at(n.unit):
            out.append(replace(n, method="ner"))
    out.sort(key=lambda m: m.number.start)
    return out
