"""The record contract of ../shared/spec/records.md as a dataclass.

One Record is one statistic mentioned once in one article.  Field names and
their order are the contract: writers (JSONL, CSV, Parquet, SQLite) all use
`FIELDS` so every output opens with the same columns.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

UNITS = ("count", "vnd", "percent")
STATUSES = ("actual", "target", "attainment")
BOUNDS = ("exact", "over", "under", "about")
METHODS = ("rule", "ner", "rule+ner")

FIELDS = (
    "doc_id", "indicator", "value", "unit", "status", "bound",
    "region", "region_2025", "scope", "period_start", "period_end",
    "evidence", "method",
)
# Flat columns for tables (CSV, Parquet, SQLite): evidence is split in three.
FLAT_FIELDS = FIELDS[:-2] + ("evidence_sentence", "evidence_start", "evidence_end", "method")


@dataclass(frozen=True)
class Evidence:
    """Where the figure was said: offsets point into the ORIGINAL input text."""

    sentence: str
    start: int
    end: int


@dataclass
class Record:
    doc_id: str
    indicator: str
    value: float
    unit: str
    status: str = "actual"
    bound: str = "exact"
    region: str | None = None
    region_2025: str | None = None
    scope: str | None = None
    period_start: str | None = None
    period_end: str | None = None
    evidence: Evidence | None = None
    method: str = "rule"

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready dict in contract order; integral values become ints."""
        d: dict[str, Any] = {}
        for name in FIELDS:
            v = getattr(self, name)
            if name == "value":
                v = clean_value(v)
            elif name == "evidence" and v is not None:
                v = {"sentence": v.sentence, "start": v.start, "end": v.end}
            d[name] = v
        return d

    def to_flat(self) -> dict[str, Any]:
        """One table row: evidence split into sentence/start/end columns."""
        d = self.to_dict()
        ev = d.pop("evidence") or {}
        method = d.pop("method")
        d["evidence_sentence"] = ev.get("sentence")
        d["evidence_start"] = ev.get("start")
        d["evidence_end"] = ev.get("end")
        d["method"] = method
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Record":
        """Build from a contract dict (gold or predictions); unknown keys are ignored.

        Accepts both nested `evidence` and the flat evidence_* columns.
        """
        ev = d.get("evidence")
        evidence = None
        if isinstance(ev, dict) and "start" in ev:
            evidence = Evidence(ev.get("sentence") or "", int(ev["start"]), int(ev["end"]))
        elif d.get("evidence_start") is not None and d.get("evidence_start") == d.get("evidence_start"):
            evidence = Evidence(d.get("evidence_sentence") or "", int(d["evidence_start"]), int(d["evidence_end"]))
        return cls(
            doc_id=str(d["doc_id"]),
            indicator=d["indicator"],
            value=float(d["value"]),
            unit=d.get("unit") or "count",
            status=d.get("status") or "actual",
            bound=d.get("bound") or "exact",
            region=_none(d.get("region")),
            region_2025=_none(d.get("region_2025")),
            scope=_none(d.get("scope")),
            period_start=_none(d.get("period_start")),
            period_end=_none(d.get("period_end")),
            evidence=evidence,
            method=d.get("method") or "rule",
        )


def clean_value(v: float) -> float | int:
    """30068.0 -> 30068, 214.77 stays; avoids float noise like 96400000000.00001."""
    f = float(v)
    r = round(f)
    if abs(f - r) < 1e-6 * max(1.0, abs(f)):
        return int(r)
    return round(f, 6)


def _none(v: Any) -> Any:
    """NaN/empty string from tables mean null."""
    if v is None:
        return None
    if isinstance(v, float) and v != v:
        return None
    if isinstance(v, str) and v.strip() == "":
        return None
    return v
