"""Tables of figures -> mentions: each value cell read as its row's label line.

extractor/tables_find.py finds the tables; here each value cell is read as the
label line "<row label>: <value>" with the indicator cue frames
(rules.classify), so no cue word is listed twice; the column header gives
the status (patterns/tables.yaml), and a period phrase in it the period.
The pipeline then keeps the numbers a table took away from the sentence
rules (`outside`), merges both lists of mentions in text order (`merge`)
and corrects a table record's status and period after the resolver
(`retime`).
"""

from __future__ import annotations

import heapq
from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING, Iterable, Sequence

import regex

from extractor.numbers import NumberLexicon, NumberSpan, find_numbers
from extractor.period_lexicon import PeriodLexicon
from extractor.rules import classify
from extractor.ruleset import STOCKS, Mention, RuleSet, topic_of
from extractor.segment import Sentence
from extractor.tables import Cell, Table, TableRules, cell_value
from extractor.tables_find import find_tables

if TYPE_CHECKING:
    from extractor.record import Record
    from extractor.resolve import Period

_UNIT_PAREN = regex.compile(r"\s*\(([^()\d]{1,40})\)\s*$")   # "Kinh phí (triệu đồng)": the unit of its values


@dataclass
class TableMention(Mention):
    """A mention read from a table cell; the resolver's period is corrected by `retime`."""

    header: tuple[int, int] = (0, 0)        # the column header: its period phrase dates the cell
    result_header: tuple[int, int] | None = None   # an attainment's achieved column, for its period
    table_start: int = 0                    # usual resolution looks before the table, not into it
    whole_year: bool = False                # a "Kế hoạch năm" cell: the whole year of the span found
    body: str | None = None                 # the row's body when rows are bodies (its scope); None on a total row


def _label_and_unit(row: Sequence[Cell], table: Table, rules: TableRules, col: int) -> tuple[str, str]:
    """What the cell in column `col` counts, and its unit: the row label (the column header when rows
    are bodies), and the unit column, else "(người)" ending that label."""
    label = table.header[col].text if table.by_column else row[table.label].text
    unit = row[table.unit].text if table.unit is not None else ""
    m = _UNIT_PAREN.search(label)
    if m and len(m.group(1).strip()) <= rules.unit_chars:
        label, unit = label[:m.start()], unit or m.group(1).strip()
    return label, unit if len(unit) <= rules.unit_chars and "%" not in unit else ""


def _read(label: str, cell: Cell, suffix: str, lex: NumberLexicon) -> tuple[Sentence, NumberSpan, NumberSpan] | None:
    """The cell read as the label line "<label>: <cell><suffix>": the synthetic sentence, its number,
    and that number moved onto the cell's offsets in the article."""
    head = f"{label}: "
    synth = head + cell.text + suffix
    nums = [n for n in find_numbers(synth, lex) if n.start >= len(head)]
    if not nums:
        return None
    n, base, end = nums[0], len(head), len(head) + len(cell.text)
    at = lambda x: cell.start + min(x, end) - base  # noqa: E731
    moved = replace(n, start=at(n.start), end=at(n.end), unit_end=at(n.unit_end),
                    bound_start=at(n.bound_start) if n.bound_start is not None and n.bound_start >= base else None,
                    text=cell.text[n.start - base:min(n.end, end) - base], kind="quantity")
    return Sentence(0, len(synth), synth, 0), n, moved


def table_mentions(table: Table, rules: RuleSet, tables: TableRules, lex: NumberLexicon) -> list[TableMention]:
    """One mention per value cell whose row label the cue frames read, in text order."""
    out: list[TableMention] = []
    result_col = next((i for i, r in enumerate(table.roles) if r == "actual"), None)
    for row, sent in table.rows:
        label, _ = _label_and_unit(row, table, tables, table.label)
        found: dict[str, str] = {}          # status -> indicator, for the row's percentages
        cells: list[TableMention] = []
        for i, role in enumerate(table.roles):
            own = cell_value(row[i], lex) if role in ("target", "actual") else None
            if own is None:
                continue
            label, unit = _label_and_unit(row, table, tables, i)
            bare = own.unit_end == len(row[i].text) and own.unit == "count"   # the unit may follow
            read = _read(label, row[i], f" {unit}" if unit and bare else "", lex)
            if read is None:
                continue
            synth, n, moved = read
            if n.kind != "quantity":
                continue
            hit = classify(synth, n, None, role, rules)
            code = hit[0].code if hit is not None else topic_of(label, rules, n.unit)
            if code is None:
                continue
            found.setdefault(role, code)
            got = _mention(moved, sent, code, role, n.value, n.unit, n.bound, table, i, None, tables.year_plan)
            if table.by_column and not (tables.totals and tables.totals.search(row[table.label].text)):
                got.body = row[table.label].text
            cells.append(got)
        label, _ = _label_and_unit(row, table, tables, table.label)
        indicator = found.get("actual") or found.get("target") or topic_of(label, rules)
        for i, role in enumerate(table.roles):
            if role != "attainment" or indicator is None or cell_value(row[i], lex) is None:
                continue
            read = _read(label, row[i], "" if "%" in row[i].text else "%", lex)
            if read is None or read[1].unit != "percent":
                continue
            _, n, moved = read
            ref = (table.header[result_col].start, table.header[result_col].end) if result_col is not None else None
            cells.append(_mention(moved, sent, indicator, "attainment", n.value, "percent", n.bound, table, i, ref,
                                  tables.year_plan))
        out.extend(sorted(cells, key=lambda m: m.number.start))
    return out


def _mention(num: NumberSpan, sent: Sentence, indicator: str, status: str, value: float, unit: str, bound: str,
             table: Table, col: int, ref: tuple[int, int] | None,
             whole_year: "regex.Pattern | None" = None) -> TableMention:
    h = table.header[col]
    return TableMention(num, sent, indicator, status, value, unit, bound,
                        header=(h.start, h.end), result_header=ref, table_start=table.start,
                        whole_year=status == "target" and whole_year is not None and bool(whole_year.search(h.text)))


def read_tables(text: str, sentences: Sequence[Sentence], tables: TableRules, rules: RuleSet,
                lex: NumberLexicon, periods: PeriodLexicon) -> tuple[list[TableMention], list[tuple[int, int]]]:
    """The mentions of the story's tables, and the spans whose numbers they took.

    A table that yields no mention leaves its numbers to the sentence rules:
    it was probably no table of figures, and they read such text as before.
    """
    mentions: list[TableMention] = []
    taken: list[tuple[int, int]] = []
    for t in find_tables(text, sentences, tables, lex, periods):
        got = table_mentions(t, rules, tables, lex)
        if got:
            mentions.extend(got)
            taken.append((t.start, t.end))
    return mentions, taken


def outside(numbers: Iterable[NumberSpan], taken: Sequence[tuple[int, int]]) -> list[NumberSpan]:
    """The numbers no table took (article offsets): a cell is read once, by its table."""
    if not taken:
        return list(numbers)
    return [n for n in numbers if not any(a <= n.start < b for a, b in taken)]


def merge(mentions: list[Mention], table_mentions_: list[TableMention]) -> list[Mention]:
    """Table mentions joined to the sentence mentions in text order (each list keeps its order)."""
    if not table_mentions_:
        return mentions
    return list(heapq.merge(mentions, table_mentions_, key=lambda m: m.number.start))


# -- periods --------------------------------------------------------------------

def retime(m: Mention, record: "Record", periods: Sequence["Period"]) -> None:
    """Correct a table record's status and period after the resolver (records of sentences are untouched).

    The column decides the status (a plan column with no "kế hoạch" in the
    row is still a plan); in a table of bodies, the row's body is the scope.
    The period is the span a column header names
    ("Kế hoạch năm 2019"), else one the row label names, else for a share
    of the plan the achieved column's; else the span last named before the
    table, as for a sentence there (the header's own phrases are not the
    paragraph's); with none, the resolver's reading stands.  Stocks stay
    dated at publication.
    """
    if not isinstance(m, TableMention):
        return
    record.status = m.status
    if m.body is not None:
        record.scope = m.body
    if m.indicator in STOCKS and m.status == "actual":
        return
    spans = [p for p in periods if p.kind == "span"]

    def within(a: int, b: int) -> list["Period"]:
        return [p for p in spans if a <= p.start < b]

    chosen = None
    for where in (m.header, (m.sentence.start, m.number.start), m.result_header):
        own = within(*where) if where is not None else []
        if own:
            chosen = own[-1]
            break
    if chosen is None:
        before = [p for p in spans if p.start < m.table_start]
        if m.status != "target":
            before = [p for p in before if not p.programme] or before
        chosen = before[-1] if before else None
    if chosen is not None:
        start, end = chosen.period_start, chosen.period_end
        if m.whole_year and end is not None:     # "Kế hoạch năm" after "6 tháng đầu năm 2024": all of 2024
            start, end = date(end.year, 1, 1), date(end.year, 12, 31)
        record.period_start = start.isoformat() if start else None
        record.period_end = end.isoformat() if end else None
