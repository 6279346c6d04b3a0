"""Score predicted records against gold records (records.md, "Scoring").

A prediction matches a gold record of the same doc_id when indicator, status,
unit and value agree; matching is one-to-one; `other` is ignored on both
sides.  A match is "full" when region, period_start and period_end also
agree.  Within one (doc, indicator, status, unit, value) group, pairs that
agree fully are made first, so the one-to-one matching maximises full
matches as well as core ones (equality classes make greedy pairing optimal).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from extractor.record import Record, clean_value
from extractor.regions import fold


def fold_region(name: str | None) -> str | None:
    """Region comparison key (no case, diacritics, 'tỉnh'/'thành phố'): regions.fold."""
    return None if name is None else fold(name)


def _core_key(r: Record) -> tuple:
    return (r.doc_id, r.indicator, r.status, r.unit, clean_value(r.value))


def _full_key(r: Record) -> tuple:
    return (fold_region(r.region), r.period_start, r.period_end)


@dataclass
class Match:
    gold: Record
    pred: Record

    @property
    def full(self) -> bool:
        return _full_key(self.gold) == _full_key(self.pred)


@dataclass
class Result:
    matches: list[Match] = field(default_factory=list)
    missed: list[Record] = field(default_factory=list)
    spurious: list[Record] = field(default_factory=list)

    @property
    def n_gold(self) -> int:
        return len(self.matches) + len(self.missed)

    @property
    def n_pred(self) -> int:
        return len(self.matches) + len(self.spurious)

    def prf(self, full: bool = False) -> tuple[float, float, float]:
        tp = sum(1 for m in self.matches if m.full) if full else len(self.matches)
        return prf(tp, self.n_pred, self.n_gold)

    def share(self, attr: str) -> float | None:
        """Share of core matches whose `attr` ('region', 'period', 'bound') is right."""
        if not self.matches:
            return None
        if attr == "region":
            ok = sum(fold_region(m.gold.region) == fold_region(m.pred.region) for m in self.matches)
        elif attr == "period":
            ok = sum((m.gold.period_start, m.gold.period_end) == (m.pred.period_start, m.pred.period_end) for m in self.matches)
        else:
            ok = sum(getattr(m.gold, attr) == getattr(m.pred, attr) for m in self.matches)
        return ok / len(self.matches)

    def per_indicator(self) -> dict[str, tuple[int, int, int, float]]:
        """indicator -> (gold, pred, matched, core F1)."""
        g, p, t = Counter(), Counter(), Counter()
        for m in self.matches:
            t[m.gold.indicator] += 1
        for r in self.missed:
            g[r.indicator] += 1
        for r in self.spurious:
            p[r.indicator] += 1
        out = {}
        for ind in sorted(set(g) | set(p) | set(t)):
            out[ind] = (g[ind] + t[ind], p[ind] + t[ind], t[ind], prf(t[ind], p[ind] + t[ind], g[ind] + t[ind])[2])
        return out


def prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else (1.0 if n_gold == 0 else 0.0)
    r = tp / n_gold if n_gold else (1.0 if n_pred == 0 else 0.0)
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def score(gold: Iterable[Record], pred: Iterable[Record], doc_ids: set[str] | None = None) -> Result:
    """Match predictions to gold.  Only documents in `doc_ids` (default: the gold's) count."""
    gold = [r for r in gold if r.indicator != "other"]
    if doc_ids is None:
        doc_ids = {r.doc_id for r in gold}
    gold = [r for r in gold if r.doc_id in doc_ids]
    pred = [r for r in pred if r.indicator != "other" and r.doc_id in doc_ids]
    by_key: dict[tuple, tuple[list[Record], list[Record]]] = defaultdict(lambda: ([], []))
    for r in gold:
        by_key[_core_key(r)][0].append(r)
    for r in pred:
        by_key[_core_key(r)][1].append(r)
    res = Result()
    for gs, ps in by_key.values():
        gs, ps = list(gs), list(ps)
        # Full agreements first, then whatever is left, in text order.
        for g in list(gs):
            for p in ps:
                if _full_key(g) == _full_key(p):
                    res.matches.append(Match(g, p))
                    gs.remove(g)
                    ps.remove(p)
                    break
        for g, p in zip(gs, ps):
            res.matches.append(Match(g, p))
        res.missed.extend(gs[len(ps):])
        res.spurious.extend(ps[len(gs):])
    return res
