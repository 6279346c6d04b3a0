"""Text and JSON renderings of a score Result (tables people read)."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from extractor.record import Record, clean_value
from extractor.score import Result


def summary(res: Result) -> dict[str, Any]:
    """The figures of a Result as plain JSON-ready data."""
    cp, cr, cf = res.prf()
    fp, fr, ff = res.prf(full=True)
    return {
        "gold": res.n_gold, "pred": res.n_pred, "matched": len(res.matches),
        "core": {"precision": cp, "recall": cr, "f1": cf},
        "full": {"precision": fp, "recall": fr, "f1": ff},
        "region_accuracy": res.share("region"), "period_accuracy": res.share("period"),
        "bound_accuracy": res.share("bound"),
        "per_indicator": {k: {"gold": g, "pred": p, "matched": t, "f1": f}
                          for k, (g, p, t, f) in res.per_indicator().items()},
    }


def _pct(x: float | None) -> str:
    return "   -" if x is None else f"{x:.3f}"


def headline(name: str, res: Result) -> str:
    """One line: the figures that decide whether a change helped."""
    cp, cr, cf = res.prf()
    fp, fr, ff = res.prf(full=True)
    return (f"{name:<14} gold {res.n_gold:>4}  pred {res.n_pred:>4}  "
            f"core P {cp:.3f} R {cr:.3f} F1 {cf:.3f}   full P {fp:.3f} R {fr:.3f} F1 {ff:.3f}   "
            f"region {_pct(res.share('region'))} period {_pct(res.share('period'))} bound {_pct(res.share('bound'))}")


def _rec(r: Record) -> str:
    ev = r.evidence
    where = f"@{ev.start}" if ev else ""
    return (f"{r.indicator}/{r.status} {clean_value(r.value)} {r.unit} {r.bound} "
            f"[{r.region or '-'} {r.period_start or '-'}..{r.period_end or '-'}] {where}")


def table(name: str, res: Result, details: bool = True) -> str:
    """Headline, per-indicator F1, and missed/spurious/wrong-context records per article."""
    lines = [headline(name, res), "", f"{'indicator':<24}{'gold':>6}{'pred':>6}{'match':>7}{'F1':>8}"]
    for ind, (g, p, t, f) in res.per_indicator().items():
        lines.append(f"{ind:<24}{g:>6}{p:>6}{t:>7}{f:>8.3f}")
    if details:
        per_doc: dict[str, list[str]] = defaultdict(list)
        for r in res.missed:
            per_doc[r.doc_id].append("  missed    " + _rec(r))
        for r in res.spurious:
            per_doc[r.doc_id].append("  spurious  " + _rec(r))
        for m in res.matches:
            if not m.full:
                per_doc[m.gold.doc_id].append(f"  context   gold {_rec(m.gold)}  pred [{m.pred.region or '-'} {m.pred.period_start or '-'}..{m.pred.period_end or '-'}]")
        if per_doc:
            lines.append("")
        for doc in sorted(per_doc):
            lines.append(doc)
            lines.extend(per_doc[doc])
    return "\n".join(lines)
