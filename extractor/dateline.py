"""The publication date printed at the head of a scraped article.

Text and HTML inputs often come without a `published` field, yet the page
itself says "THỨ HAI, 18/01/2021 11:28:17" or "Cập nhật: 04-05-2024".  The
period rules of records.md hang on the publication date ("năm qua" in
January is last year, "hiện có" is dated at publication), so a dateline is
worth reading.  Only the shapes in patterns/dateline.yaml count, and only in
the first characters of the text: a date inside a body sentence is an event.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path

import regex

from extractor.yamlio import load_yaml

PATTERNS = Path(__file__).resolve().parent.parent / "patterns" / "dateline.yaml"


@dataclass(frozen=True)
class DatelineRules:
    head_chars: int
    patterns: tuple["regex.Pattern", ...]


@lru_cache(maxsize=2)
def load_rules(path: str | None = None) -> DatelineRules:
    """Compile patterns/dateline.yaml once per process."""
    data = load_yaml(Path(path or PATTERNS).read_text(encoding="utf-8"))
    return DatelineRules(int(data["head_chars"]), tuple(regex.compile(p) for p in data["patterns"]))


def find_dateline(text: str, rules: DatelineRules | None = None) -> date | None:
    """The earliest valid dateline date in the head of `text`, else None."""
    rules = rules or load_rules()
    head = text[: rules.head_chars]
    best: tuple[int, date] | None = None
    for pat in rules.patterns:
        for m in pat.finditer(head):
            try:
                found = date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
            except ValueError:
                continue          # 31/02: no date at all
            if best is None or m.start() < best[0]:
                best = (m.start(), found)
            break
    return best[1] if best else None
