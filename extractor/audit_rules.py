"""The consistency rules of `extractor audit`, each a pure function of records.

Every rule returns Findings that name the numbers and the records (hence
the sentences) they come from.  Rules compare only figures whose bound is
`exact` unless said otherwise: "hơn 7.000" cannot make a sum wrong.

- parts_total: the parts after "trong đó" add up to more than the total,
  or (two parts or more) to less;
- net_change: new − lost ≠ net for one article, region and period;
- attainment_target: actual ÷ attainment % implies a target that differs
  from the stated target (same indicator, region and period) by more than
  the tolerance;
- cross_article: articles give different values for the same statistic
  (indicator, status, unit, region, period, scope);
- shrinking_stock: a stock (`*_total`) of one region falls between two
  dates and no decrease for that time is stated.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from extractor.check_match import fold_scope, interval, period_of, same_region
from extractor.check_render import fmt_value, sentence_start
from extractor.record import Record
from extractor.score import fold_region


@dataclass
class Finding:
    """One inconsistency: which rule, in plain words, with its numbers and records."""

    rule: str
    severity: str  # 'error': cannot all be true; 'warning': probably wrong, may be incomplete
    message: str
    numbers: dict[str, float] = field(default_factory=dict)
    records: list[Record] = field(default_factory=list)


@dataclass(frozen=True)
class Breakdown:
    """A total and the parts listed after a breakdown cue."""

    total: Record
    parts: tuple[Record, ...]


def _key(r: Record) -> tuple:
    return (r.indicator, r.status, r.unit)


def _pos(r: Record) -> int:
    return r.evidence.start if r.evidence else -1


def _exact(*rs: Record) -> bool:
    return all(r.bound == "exact" for r in rs)


def _where(r: Record) -> str:
    span = f"{r.period_start or '?'}..{r.period_end or '?'}" if (r.period_start or r.period_end) else "period not said"
    return f"{r.indicator}, {r.region or 'region not said'}, {span}"


# -- sentences -------------------------------------------------------------
def sentences(records: Sequence[Record], texts: Mapping[str, str]) -> dict[str, list[tuple[int, str, list[Record]]]]:
    """Per article: (offset, sentence, its records in text order), sentences in text order."""
    groups: dict[tuple[str, int], tuple[str, list[Record]]] = {}
    for r in records:
        ev = r.evidence
        if ev is None or not ev.sentence:
            continue
        s0 = sentence_start(texts.get(r.doc_id) or "", ev.sentence, ev.start, ev.end)
        if s0 is None:  # no article text: place the sentence by its figure's first appearance
            k = ev.sentence.find(fmt_value(r.value))
            s0 = ev.start - k if k >= 0 else ev.start
            s0 = next((o for (d, o), (sent, _) in groups.items() if d == r.doc_id and sent == ev.sentence), s0)
        groups.setdefault((r.doc_id, s0), (ev.sentence, []))[1].append(r)
    out: dict[str, list[tuple[int, str, list[Record]]]] = defaultdict(list)
    for (doc, s0), (sent, rs) in sorted(groups.items()):
        out[doc].append((s0, sent, sorted(rs, key=_pos)))
    return out


def _cue_regex(cfg: dict[str, Any]) -> re.Pattern:
    words = sorted(cfg["breakdown_cues"]["words"], key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in words) + r")(?!\w)", re.IGNORECASE)


def breakdowns(records: Sequence[Record], texts: Mapping[str, str], cfg: dict[str, Any]) -> list[Breakdown]:
    """Totals and their parts: same indicator, status and unit, around a breakdown cue.

    The total is the last figure of that kind before the cue (in the
    sentence before, when the sentence opens with the cue); the parts are
    the figures of that kind after it, up to the next cue or the sentence end.
    """
    cue = _cue_regex(cfg)
    out: list[Breakdown] = []
    for doc, sents in sentences(records, texts).items():
        for k, (s0, sent, rs) in enumerate(sents):
            cues = list(cue.finditer(sent))
            for c_i, m in enumerate(cues):
                seg_end = cues[c_i + 1].start() if c_i + 1 < len(cues) else len(sent)
                before = [r for r in rs if _pos(r) - s0 < m.start()]
                if not sent[:m.start()].strip(" \t\n\"'“”(–-•.,;:") and k > 0:
                    prev_s0, prev_sent, prev_rs = sents[k - 1]
                    if prev_s0 + len(prev_sent) >= s0 - 3:  # adjacent sentence only
                        before = prev_rs
                parts = [r for r in rs if m.end() <= _pos(r) - s0 < seg_end]
                for key in dict.fromkeys(_key(r) for r in parts):
                    totals = [r for r in before if _key(r) == key]
                    if totals:
                        out.append(Breakdown(totals[-1], tuple(r for r in parts if _key(r) == key)))
    return out


def part_ids(found: Sequence[Breakdown]) -> set[int]:
    """Identities of records that are parts of a breakdown (other rules skip them)."""
    return {id(p) for b in found for p in b.parts}


# -- rules -----------------------------------------------------------------
def parts_total(found: Sequence[Breakdown], cfg: dict[str, Any]) -> list[Finding]:
    """Parts that add up to more than their total (error), or to less when two or more are listed (warning)."""
    out = []
    for b in found:
        if not _exact(b.total, *b.parts):
            continue
        s = sum(p.value for p in b.parts)
        total = b.total.value
        eps = 0.5 if b.total.unit == "count" else 1e-6 * max(1.0, total)
        nums = {"total": total, "parts_sum": s, "difference": s - total,
                **{f"part_{i + 1}": p.value for i, p in enumerate(b.parts)}}
        listed = " + ".join(fmt_value(p.value) for p in b.parts)
        if s > total + eps:
            out.append(Finding("parts_total", "error",
                               f"the parts {listed} = {fmt_value(s)} exceed the total {fmt_value(total)} ({_where(b.total)})",
                               nums, [b.total, *b.parts]))
        elif len(b.parts) >= 2 and s < total - eps:
            out.append(Finding("parts_total", "warning",
                               f"the parts {listed} = {fmt_value(s)} fall {fmt_value(total - s)} short of the total "
                               f"{fmt_value(total)} ({_where(b.total)}); the list may be incomplete",
                               nums, [b.total, *b.parts]))
    return out


def _same_frame(a: Record, b: Record) -> bool:
    """Same article, status, region and period: figures of one statement."""
    return (a.doc_id == b.doc_id and a.status == b.status and same_region(a.region, b.region)
            and period_of(a) == period_of(b))


def _nearest(target: Record, cands: list[Record]) -> Record | None:
    """The candidate closest in the text, earlier ones first on a tie."""
    if not cands:
        return None
    return min(cands, key=lambda r: (abs(_pos(r) - _pos(target)), _pos(r) > _pos(target)))


def net_change(records: Sequence[Record], cfg: dict[str, Any]) -> list[Finding]:
    """new − lost must equal net ("kết nạp 30.018, giảm 10.979, tăng tuyệt đối 19.039")."""
    out = []
    for net in records:
        codes = cfg["net_change"].get(net.indicator)
        if not codes or not _exact(net):
            continue
        new = _nearest(net, [r for r in records if r.indicator == codes["new"] and _exact(r) and _same_frame(r, net)])
        lost = _nearest(net, [r for r in records if r.indicator == codes["lost"] and _exact(r) and _same_frame(r, net)])
        if new is None or lost is None:
            continue
        expected = new.value - lost.value
        if abs(expected - net.value) > 0.5:
            out.append(Finding("net_change", "error",
                               f"new − lost = {fmt_value(new.value)} − {fmt_value(lost.value)} = {fmt_value(expected)}, "
                               f"but the stated net change is {fmt_value(net.value)} ({_where(net)})",
                               {"new": new.value, "lost": lost.value, "net": net.value,
                                "difference": net.value - expected}, [new, lost, net]))
    return out


def _target_period_fits(target: Record, actual: Record) -> bool:
    """The target covers the actual's span and the same years (a yearly plan for 9 months' work)."""
    (t0, t1), (a0, a1) = period_of(target), period_of(actual)
    if (t0, t1) == (a0, a1):
        return True
    if None in (t0, t1, a0, a1):
        return False
    return t0 <= a0 and a1 <= t1 and (t0.year, t1.year) == (a0.year, a1.year)


def attainment_target(records: Sequence[Record], cfg: dict[str, Any]) -> list[Finding]:
    """actual ÷ (attainment/100) is the target the article implies; compare with stated targets."""
    tol = float(cfg["tolerances"]["attainment"])
    out = []
    for att in records:
        if att.status != "attainment" or att.unit != "percent" or not _exact(att) or att.value <= 0:
            continue
        actual = [r for r in records if r.doc_id == att.doc_id and r.indicator == att.indicator
                  and r.status == "actual" and r.unit != "percent" and _exact(r) and r.evidence and att.evidence
                  and r.evidence.sentence == att.evidence.sentence and _pos(r) < _pos(att)]
        if not actual:
            continue
        act = actual[-1]
        implied = act.value / (att.value / 100.0)
        for t in records:
            if (t.status != "target" or t.indicator == "" or t.indicator != att.indicator or t.unit != act.unit
                    or not _exact(t) or t.value <= 0 or not same_region(t.region, act.region)
                    or not _target_period_fits(t, act)):
                continue
            gap = abs(implied - t.value) / t.value
            if gap > tol:
                out.append(Finding("attainment_target", "error",
                                   f"{fmt_value(act.value)} at {fmt_value(att.value)} % implies a target of {fmt_value(round(implied))}, "
                                   f"but the stated target is {fmt_value(t.value)} ({gap:.1%} apart; {_where(act)})",
                                   {"actual": act.value, "attainment_percent": att.value,
                                    "implied_target": implied, "stated_target": t.value, "gap": gap},
                                   [act, att, t]))
    return out


def cross_article(records: Sequence[Record], skip: set[int]) -> list[Finding]:
    """Articles that each give one value for the same statistic, and the values differ."""
    groups: dict[tuple, dict[str, list[Record]]] = defaultdict(lambda: defaultdict(list))
    for r in records:
        if id(r) in skip or not _exact(r) or r.region is None or None in period_of(r):
            continue
        key = (r.indicator, r.status, r.unit, fold_region(r.region), r.period_start, r.period_end, fold_scope(r.scope))
        groups[key][r.doc_id].append(r)
    out = []
    for key, per_doc in groups.items():
        single = {doc: rs[0] for doc, rs in per_doc.items() if len({round(r.value, 6) for r in rs}) == 1}
        values = {round(r.value, 6) for r in single.values()}
        if len(single) < 2 or len(values) < 2:
            continue
        rs = sorted(single.values(), key=lambda r: (r.value, r.doc_id))
        said = "; ".join(f"{fmt_value(r.value)} in {r.doc_id}" for r in rs)
        out.append(Finding("cross_article", "warning",
                           f"articles disagree on {_where(rs[0])}: {said}",
                           {f"value_{i + 1}": r.value for i, r in enumerate(rs)}, rs))
    return out


def shrinking_stock(records: Sequence[Record], skip: set[int], cfg: dict[str, Any]) -> list[Finding]:
    """A stock that falls between two dates with no stated decrease in between."""
    explain = cfg["stock_decrease"]
    eps = float(cfg["tolerances"]["exact"])
    about = float(cfg["tolerances"]["about"])
    groups: dict[tuple, dict[Any, Record]] = defaultdict(dict)
    for r in records:
        d = period_of(r)[1]
        if (r.indicator not in explain or r.status != "actual" or d is None or r.region is None
                or id(r) in skip):
            continue
        g = groups[(r.indicator, fold_region(r.region), fold_scope(r.scope))]
        if d not in g or interval(r.value, r.bound, about).low > interval(g[d].value, g[d].bound, about).low:
            g[d] = r  # the largest figure of a date is the total; smaller ones are parts
    out = []
    for (ind, _, _), by_date in groups.items():
        dates = sorted(by_date)
        for d1, d2 in zip(dates, dates[1:]):
            a, b = by_date[d1], by_date[d2]
            if interval(a.value, a.bound, about).low <= interval(b.value, b.bound, about).high * (1 + eps):
                continue
            stated = [r for r in records if r.indicator in explain[ind] and same_region(r.region, a.region)
                      and _overlaps(r, d1, d2)]
            if stated:
                continue
            out.append(Finding("shrinking_stock", "warning",
                               f"{ind} for {a.region} falls from {fmt_value(a.value)} ({d1}, {a.doc_id}) to "
                               f"{fmt_value(b.value)} ({d2}, {b.doc_id}), and no decrease ({', '.join(explain[ind])}) "
                               "is stated for that time",
                               {"earlier": a.value, "later": b.value, "change": b.value - a.value}, [a, b]))
    return out


def _overlaps(r: Record, d1, d2) -> bool:
    r0, r1 = period_of(r)
    if r0 is None and r1 is None:
        return False
    return (r0 or r1) <= d2 and d1 <= (r1 or r0)
