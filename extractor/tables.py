"""Flattened tables of key figures: where they stand in the story and what each column is.

Reports often give their main figures as a table: "| Chỉ tiêu | Kế hoạch |
Kết quả | Tỷ lệ (%) |" rows (HTML tables as extractor/clean_fast.py and
trafilatura render them), rows whose cells a tab parts (copied from a
spreadsheet), or one cell per line when a page was copied as text.  The
sentence rules cannot read them: a cell holds a bare number, and what it
counts and whether it was planned or achieved stand in other cells.
This module holds what a table is: the vocabulary of column roles
(patterns/tables.yaml, or a period phrase), cells and their values, and the
layout a header announces.  Finding the tables in a story is
extractor/tables_find.py; what the cells say is read by
extractor/tables_read.py: finding a table is a question of layout alone,
reading it one of the indicator rules.

Everything here is pure: `load_tables` is the only loader (cached, called
once per process by pipeline.load_resources).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Sequence

import regex

from extractor.numbers import NumberLexicon, NumberSpan, find_numbers
from extractor.period_lexicon import PeriodLexicon
from extractor.periods import find_periods
from extractor.segment import Sentence
from extractor.yamlio import load_yaml

PATTERNS = Path(__file__).resolve().parent.parent / "patterns"
VALUE_ROLES = ("target", "actual", "attainment")
VALUE_CHARS = 40        # a value cell is short: "hơn 1.200 người", "1,96 tỷ đồng"
# what a lone cell may be read as and still be a value (a date, a phone, a code is no value)
_VALUE_KINDS = frozenset({"quantity", "counter", "ordinal", "year", "threshold"})
_HEADERISH_END = regex.compile(r"[.:;!?]\s*$")
_DIGIT = regex.compile(r"\d")


@dataclass(frozen=True)
class TableRules:
    """Compiled patterns/tables.yaml: the vocabulary of column roles."""

    roles: tuple[tuple[str, "regex.Pattern"], ...]
    empty_cell: "regex.Pattern"
    separator_cell: "regex.Pattern"
    year_plan: "regex.Pattern | None" = None   # "Kế hoạch năm": a plan column for the whole year
    bodies: "regex.Pattern | None" = None      # "Đơn vị", "Địa phương": rows are bodies, columns what is counted
    totals: "regex.Pattern | None" = None      # "Toàn tỉnh", "Tổng cộng": the row of all the bodies (no scope)
    header_chars: int = 60
    label_chars: int = 160
    unit_chars: int = 20
    max_columns: int = 8
    examples: dict = field(default_factory=dict, compare=False, hash=False)


@lru_cache(maxsize=4)
def load_tables(path: str | None = None) -> TableRules:
    """Compile patterns/tables.yaml once per process."""
    data = load_yaml(Path(path or PATTERNS / "tables.yaml").read_text(encoding="utf-8"))
    c = lambda p: regex.compile(p, regex.IGNORECASE)  # noqa: E731
    lim = data.get("limits") or {}
    return TableRules(
        roles=tuple((name, c(p)) for name, p in data["roles"].items()),
        empty_cell=c(data["empty_cell"]), separator_cell=c(data["separator_cell"]),
        year_plan=c(data["year_plan"]) if data.get("year_plan") else None,
        bodies=c(data["bodies"]) if data.get("bodies") else None,
        totals=c(data["totals"]) if data.get("totals") else None,
        header_chars=lim.get("header_chars", 60), label_chars=lim.get("label_chars", 160),
        unit_chars=lim.get("unit_chars", 20), max_columns=lim.get("max_columns", 8),
        examples=data.get("examples") or {},
    )


@dataclass(frozen=True)
class Cell:
    """One cell's stripped text and its offsets in the (repaired) article text."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Table:
    """A table of figures: where it stands, its header, what each column is, its rows."""

    start: int                      # numbers from here ...
    end: int                        # ... to here belong to the table, not to the sentence rules
    header: tuple[Cell, ...]
    roles: tuple[str | None, ...]   # per column: 'target' | 'actual' | 'attainment' | None (no record)
    label: int                      # the column naming what a row counts
    unit: int | None                # a column saying what the values count ("ĐVT")
    rows: tuple[tuple[tuple[Cell, ...], Sentence], ...]   # cells and the row as a sentence (evidence)
    # rows are bodies ("LĐLĐ TP. Đà Lạt") and each value column's header says what it counts
    # ("Lượt đoàn viên được tặng quà"): a cell is read by its header, not by its row label
    by_column: bool = False


# -- lines and cells ------------------------------------------------------------

def make_cell(text: str, a: int, b: int) -> Cell:
    """The stripped cell text[a:b]."""
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return Cell(a, b, text[a:b])


def cell_value(cell: Cell | str, lex: NumberLexicon) -> NumberSpan | None:
    """The number a value cell holds ("4.500", "63,8", "hơn 3.000", "1,96 tỷ", "845 người"), else None."""
    t = cell if isinstance(cell, str) else cell.text
    if not t or len(t) > VALUE_CHARS or not _DIGIT.search(t):
        return None
    spans = find_numbers(t, lex)
    if len(spans) != 1 or spans[0].kind not in _VALUE_KINDS:
        return None
    n = spans[0]
    lead = n.bound_start if n.bound_start is not None else n.start
    tail = t[n.unit_end:]
    if t[:lead].strip() or _DIGIT.search(tail) or len(tail.split()) > 2 or any(ch in tail for ch in ":;|"):
        return None
    return n


def is_empty(cell: Cell, rules: TableRules) -> bool:
    return bool(rules.empty_cell.match(cell.text))


def column_role(header: str, rules: TableRules) -> str | None:
    """The first role of tables.yaml a header cell matches, else None."""
    for name, pat in rules.roles:
        if pat.search(header):
            return name
    return None


def names_dated_span(header: str, periods: PeriodLexicon) -> bool:
    """A header naming a dated span ("Năm 2023", "Quý I/2024"): its column holds what was done then."""
    return any(p.kind == "span" and p.has_year for p in find_periods(header, None, None, lexicon=periods))


# -- the shape of a table -------------------------------------------------------

@dataclass(frozen=True)
class Layout:
    roles: tuple[str | None, ...]   # per column, as records see it (rate resolved, label column None)
    raw: tuple[str | None, ...]     # per column, as tables.yaml names it
    label: int
    unit: int | None
    by_column: bool = False


def layout(header: Sequence[Cell], label: int, rules: TableRules, periods: PeriodLexicon) -> Layout | None:
    """What each column is, given which one is the label; None when no column gives records."""
    raw = tuple(column_role(h.text, rules) for h in header)
    roles: list[str | None] = []
    for i, (h, r) in enumerate(zip(header, raw)):
        if i <= label or r in ("comparison", "unit", "skip"):
            roles.append(None)
        elif r in VALUE_ROLES or r == "rate":
            roles.append(r)
        elif r is None and names_dated_span(h.text, periods):
            roles.append("actual")
        else:
            roles.append(None)
    has_plan = "target" in roles
    roles = [("attainment" if has_plan else None) if r == "rate" else r for r in roles]
    if not any(roles):
        return None
    unit = next((i for i, r in enumerate(raw) if r == "unit" and i > label), None)
    return Layout(tuple(roles), raw, label, unit)


def fits(row: Sequence[Cell], lay: Layout, rules: TableRules, lex: NumberLexicon) -> bool:
    """A data row: a text label, values (or empty cells) in every value and comparison column,
    at least one value where a record comes from."""
    if len(row) != len(lay.roles):
        return False
    lab = row[lay.label]
    if not lab.text or len(lab.text) > rules.label_chars or cell_value(lab, lex) or is_empty(lab, rules):
        return False
    some = False
    for i, (c, r) in enumerate(zip(row, lay.roles)):
        if i == lay.label or i == lay.unit or lay.raw[i] == "skip" or (i < lay.label and r is None):
            continue
        v = cell_value(c, lex)
        if v is None and not is_empty(c, rules) and not (lay.raw[i] == "comparison" and _SIGNED.fullmatch(c.text)):
            return False
        some = some or (v is not None and r is not None)
    return some


# a change written with its sign ("+56", "-11", "+12,5%"): what a comparison column holds, never a record
_SIGNED = regex.compile(r"\s*[+\-−–]\s*\d[\d.,]*\s*%?\s*")


def headerish(cell: Cell, rules: TableRules, lex: NumberLexicon) -> bool:
    """A cell that can be a column header: short text, no value, no sentence end."""
    t = cell.text
    return (0 < len(t) <= rules.header_chars and cell_value(cell, lex) is None and not is_empty(cell, rules)
            and not _HEADERISH_END.search(t))


def row_sentence(text: str, a: int, b: int, para: int) -> Sentence:
    """A table row as the sentence a record shows for evidence; never a headline or list item."""
    return Sentence(a, b, text[a:b], para)
