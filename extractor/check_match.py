"""When do two records speak of the same statistic, and do their values agree?

Shared by `check` (a claim against stored records) and `audit` (stored
records against each other).  A value with a bound word is an interval:
`exact` is the value itself, `over` (hơn, trên) is [v, ∞), `under` (gần,
dưới) is [0, v], `about` (khoảng) is v ± 5 %.  Bounds are inclusive: news
writes "hơn 7.000" for 7.000 flat often enough that a checker calling it
wrong would be noise.  Agreement questions become interval questions:
a stored figure SUPPORTS a claim when its interval lies inside the claim's
rounding band (an `over`/`under` figure reaches 25 % past its value, so
30.018 does not "support" "hơn 7.000"), CONTRADICTS it when it cannot meet
the literal claim, and is merely compatible otherwise.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any


from extractor.record import Record
from extractor.score import fold_region
from extractor.yamlio import load_yaml

PATTERNS = Path(__file__).resolve().parent.parent / "patterns" / "audit.yaml"


@lru_cache(maxsize=4)
def load_config(path: str | None = None) -> dict[str, Any]:
    """patterns/audit.yaml, read once per process (it is small and never changes)."""
    p = Path(path) if path else PATTERNS
    return load_yaml(p.read_text(encoding="utf-8"))


@dataclass(frozen=True)
class Interval:
    """Closed interval of values a figure allows."""

    low: float
    high: float

    def inside(self, other: "Interval", eps: float) -> bool:
        """Self ⊆ other, forgiving float noise of relative size eps."""
        return self.low >= other.low - _slack(other.low, eps) and self.high <= other.high + _slack(other.high, eps)

    def disjoint(self, other: "Interval", eps: float) -> bool:
        return self.high < other.low - _slack(other.low, eps) or other.high < self.low - _slack(self.low, eps)


def _slack(v: float, eps: float) -> float:
    return 0.0 if math.isinf(v) else eps * max(1.0, abs(v))


def interval(value: float, bound: str, about: float = 0.05) -> Interval:
    """The values a figure with this bound word allows (see the module doc)."""
    v = float(value)
    if bound == "over":
        return Interval(v, math.inf)
    if bound == "under":
        return Interval(0.0 if v >= 0 else -math.inf, v)
    if bound == "about":
        return Interval(v * (1 - about), v * (1 + about))
    return Interval(v, v)


def record_interval(r: Record, cfg: dict[str, Any] | None = None) -> Interval:
    tol = (cfg or load_config())["tolerances"]
    return interval(r.value, r.bound, float(tol["about"]))


def rounding_band(r: Record, cfg: dict[str, Any]) -> Interval:
    """What a writer who rounded would have had in mind: "hơn 7.000" is 7.000 .. 8.750.

    Support needs the stored figure in this band: 30.018 does not confirm
    "hơn 7.000" although it does not refute it either.
    """
    band = float(cfg["tolerances"]["bound_band"])
    v = float(r.value)
    if r.bound == "over":
        return Interval(v, v * (1 + band))
    if r.bound == "under":
        return Interval(v * (1 - band), v)
    return record_interval(r, cfg)


def relation(claim: Record, stored: Record, cfg: dict[str, Any] | None = None) -> str:
    """'supports', 'contradicts' or 'compatible': how stored's value bears on claim's.

    Supports: stored lies in the claim's rounding band.  Contradicts: stored
    cannot meet even the literal claim ("hơn 7.000" is refuted by 6.500 only).
    """
    cfg = cfg or load_config()
    eps = float(cfg["tolerances"]["exact"])
    if rounding_band(stored, cfg).inside(rounding_band(claim, cfg), eps):
        return "supports"
    if record_interval(stored, cfg).disjoint(record_interval(claim, cfg), eps):
        return "contradicts"
    return "compatible"


def same_region(a: str | None, b: str | None) -> bool:
    """Equal after folding case, diacritics and 'tỉnh'/'thành phố' (records.md)."""
    return fold_region(a) == fold_region(b)


def region_matches(claim: str | None, stored: str | None) -> bool:
    """A claim that names no region matches every region."""
    return claim is None or same_region(claim, stored)


def _d(s: str | None) -> date | None:
    if not s:
        return None
    try:
        return date.fromisoformat(str(s)[:10])
    except ValueError:
        return None


def period_of(r: Record) -> tuple[date | None, date | None]:
    """(start, end) as dates; an open side stays None."""
    return _d(r.period_start), _d(r.period_end)


def periods_overlap(a: Record, b: Record) -> bool:
    """True when the spans share a day; a record with no period overlaps everything."""
    a0, a1 = period_of(a)
    b0, b1 = period_of(b)
    if (a0 is None and a1 is None) or (b0 is None and b1 is None):
        return True
    lo_a, hi_a = a0 or date.min, a1 or date.max
    lo_b, hi_b = b0 or date.min, b1 or date.max
    return lo_a <= hi_b and lo_b <= hi_a


def same_period(a: Record, b: Record) -> bool:
    """Both spans given and equal: the only case where differing values truly clash."""
    pa, pb = period_of(a), period_of(b)
    return pa[0] is not None and pa[1] is not None and pa == pb


def same_statistic(claim: Record, stored: Record) -> bool:
    """Could `stored` be the figure the claim speaks of? (indicator, status, unit; region and period overlap)."""
    return (claim.indicator == stored.indicator and claim.status == stored.status
            and claim.unit == stored.unit and region_matches(claim.region, stored.region)
            and periods_overlap(claim, stored))


def can_contradict(claim: Record, stored: Record) -> bool:
    """Differing values clash only when both name the same region and the same period.

    A claim that leaves out where or when cannot be contradicted: Kiên
    Giang's figure does not refute a figure said of no province.
    """
    return (claim.region is not None and stored.region is not None
            and same_region(claim.region, stored.region) and same_period(claim, stored)
            and fold_scope(claim.scope) == fold_scope(stored.scope))


def fold_scope(scope: str | None) -> str | None:
    """Scope comparison key: same folding as regions, so 'KCN' spellings compare equal."""
    return fold_region(scope) if scope else None
