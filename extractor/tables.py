"""Flattened tables of key figures: where they stand in the story and what each column is.

Reports often give their main figures as a table: "| Chỉ tiêu | Kế hoạch |
Kết quả | Tỷ lệ (%) |" rows (HTML tables as extractor/clean_fast.py and
trafilatura render them), rows whose cells a tab parts (copied from a
spreadsheet), or one cell per line when a page was copied as text.  The sentence rules cannot read them: a cell holds a bare number, and
what it counts and whether it was planned or achieved stand in other cells.
This module finds such tables in the story: a header row naming the value
columns (the roles of patterns/tables.yaml, or a period phrase), then rows
of a label and values.  What the cells say is read by
extractor/tables_read.py: finding a table is a question of layout alone,
reading it one of the indicator rules.

Everything here is pure: `load_tables` is the only loader (cached, called
once per process by pipeline.load_resources).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
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
_PIPE_SPLIT = regex.compile(r"(?<!\\)\|")
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

@dataclass(frozen=True)
class _Line:
    start: int
    end: int
    para: int
    joined: bool        # directly follows the previous story line (no blank line, nothing skipped)


def _story_lines(text: str, sentences: Sequence[Sentence]) -> list[_Line]:
    """The lines the story's sentences cover (tables are read only inside the story)."""
    spans: dict[int, list[int]] = {}
    for s in sentences:
        if s.para in spans:
            spans[s.para][1] = max(spans[s.para][1], s.end)
        else:
            spans[s.para] = [s.start, s.end]
    out: list[_Line] = []
    for para in sorted(spans):
        a, b = spans[para]
        joined = bool(out) and out[-1].para == para - 1 and text.count("\n", out[-1].end, a) <= 1
        out.append(_Line(a, b, para, joined))
    return out


def _cell(text: str, a: int, b: int) -> Cell:
    """The stripped cell text[a:b]."""
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return Cell(a, b, text[a:b])


def _row_cells(text: str, line: _Line) -> list[Cell] | None:
    """Cells of a "| a | b |" row, or of a row whose cells a tab parts ("Chỉ tiêu<TAB>Kế hoạch", as a
    table copied from a spreadsheet or a word processor keeps them); None when the line is no such row."""
    s = text[line.start:line.end]
    if "\t" in s and not s.startswith("|"):
        tabs = [line.start + i for i, ch in enumerate(s) if ch == "\t"]
        return [_cell(text, a, b) for a, b in zip([line.start] + [t + 1 for t in tabs], tabs + [line.end])]
    if len(s) < 3 or not s.startswith("|") or not s.endswith("|") or s.endswith("\\|"):
        return None
    bars = [line.start + m.start() for m in _PIPE_SPLIT.finditer(s)]
    return [_cell(text, a + 1, b) for a, b in zip(bars, bars[1:])]


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


def _empty(cell: Cell, rules: TableRules) -> bool:
    return bool(rules.empty_cell.match(cell.text))


def _role(header: str, rules: TableRules) -> str | None:
    """The first role of tables.yaml a header cell matches, else None."""
    for name, pat in rules.roles:
        if pat.search(header):
            return name
    return None


def _has_year_period(header: str, periods: PeriodLexicon) -> bool:
    """A header naming a dated span ("Năm 2023", "Quý I/2024"): its column holds what was done then."""
    return any(p.kind == "span" and p.has_year for p in find_periods(header, None, None, lexicon=periods))


# -- the shape of a table -------------------------------------------------------

@dataclass(frozen=True)
class _Layout:
    roles: tuple[str | None, ...]   # per column, as records see it (rate resolved, label column None)
    raw: tuple[str | None, ...]     # per column, as tables.yaml names it
    label: int
    unit: int | None
    by_column: bool = False


def _layout(header: Sequence[Cell], label: int, rules: TableRules, periods: PeriodLexicon) -> _Layout | None:
    """What each column is, given which one is the label; None when no column gives records."""
    raw = tuple(_role(h.text, rules) for h in header)
    roles: list[str | None] = []
    for i, (h, r) in enumerate(zip(header, raw)):
        if i <= label or r in ("comparison", "unit", "skip"):
            roles.append(None)
        elif r in VALUE_ROLES or r == "rate":
            roles.append(r)
        elif r is None and _has_year_period(h.text, periods):
            roles.append("actual")
        else:
            roles.append(None)
    has_plan = "target" in roles
    roles = [("attainment" if has_plan else None) if r == "rate" else r for r in roles]
    if not any(roles):
        return None
    unit = next((i for i, r in enumerate(raw) if r == "unit" and i > label), None)
    return _Layout(tuple(roles), raw, label, unit)


def _fits(row: Sequence[Cell], lay: _Layout, rules: TableRules, lex: NumberLexicon) -> bool:
    """A data row: a text label, values (or empty cells) in every value and comparison column,
    at least one value where a record comes from."""
    if len(row) != len(lay.roles):
        return False
    lab = row[lay.label]
    if not lab.text or len(lab.text) > rules.label_chars or cell_value(lab, lex) or _empty(lab, rules):
        return False
    some = False
    for i, (c, r) in enumerate(zip(row, lay.roles)):
        if i == lay.label or i == lay.unit or lay.raw[i] == "skip" or (i < lay.label and r is None):
            continue
        v = cell_value(c, lex)
        if v is None and not _empty(c, rules):
            return False
        some = some or (v is not None and r is not None)
    return some


def _headerish(cell: Cell, rules: TableRules, lex: NumberLexicon) -> bool:
    """A cell that can be a column header: short text, no value, no sentence end."""
    t = cell.text
    return (0 < len(t) <= rules.header_chars and cell_value(cell, lex) is None and not _empty(cell, rules)
            and not _HEADERISH_END.search(t))


def _row_sentence(text: str, a: int, b: int, para: int) -> Sentence:
    """A table row as the sentence a record shows for evidence; never a headline or list item."""
    return Sentence(a, b, text[a:b], para)


def _pipe_tables(text: str, lines: list[_Line], rules: TableRules, lex: NumberLexicon,
                 periods: PeriodLexicon) -> list[Table]:
    """Tables in runs of "| a | b |" rows: a header row naming a value column, then data rows."""
    out: list[Table] = []
    header: list[Cell] | None = None
    lay: _Layout | None = None
    rows: list = []
    start = 0

    def close() -> None:
        if header is not None and lay is not None and rows:
            out.append(Table(start, rows[-1][1].end, tuple(header), lay.roles, lay.label, lay.unit, tuple(rows),
                             lay.by_column))

    prev: _Line | None = None
    for line in lines:
        cells = _row_cells(text, line)
        adjacent = prev is not None and prev.para == line.para - 1   # blank lines may part the rows
        prev = line if cells is not None else None
        if cells is None or not adjacent or len(cells) > rules.max_columns:
            close()
            header, lay, rows = None, None, []
            if cells is None or len(cells) > rules.max_columns:
                continue
        if all(rules.separator_cell.match(c.text) for c in cells):
            continue                        # "|---|---|"
        if lay is not None and _fits(cells, lay, rules, lex):
            rows.append((tuple(cells), _row_sentence(text, line.start, line.end, line.para)))
            continue
        new = _pipe_header(cells, rules, lex, periods, in_table=lay is not None)
        if new is not None:
            close()
            header, lay, rows, start = cells, new, [], line.start
        elif lay is not None and any(cell_value(c, lex) for c in cells):
            close()                         # figures that do not fit: the table has ended
            header, lay, rows = None, None, []
        # else a section row ("| I. Công tác tổ chức | | |") inside a table, passed over
    close()
    return out


def _pipe_header(cells: list[Cell], rules: TableRules, lex: NumberLexicon, periods: PeriodLexicon,
                 in_table: bool) -> _Layout | None:
    """The layout a header row announces, label column first among its leading text columns."""
    if len(cells) < 2 or any(cell_value(c, lex) for c in cells):
        return None
    if not all(len(c.text) <= rules.header_chars for c in cells):
        return None
    by_column = _by_column(cells, rules) if not in_table else None
    if by_column is not None:
        return by_column
    named = sum(1 for c in cells[1:] if _role(c.text, rules) not in (None, "unit", "skip")
                or _has_year_period(c.text, periods))
    if named < (2 if in_table else 1):
        return None
    label = next((i for i, c in enumerate(cells) if _role(c.text, rules) not in ("unit", "skip")), None)
    return _layout(cells, label, rules, periods) if label is not None and label < len(cells) - 1 else None


def _by_column(cells: list[Cell], rules: TableRules) -> _Layout | None:
    """A header whose first column names bodies ("Đơn vị", "Địa phương", after a row number) and whose
    other columns name no status: each of those says what its cells count ("Kết nạp mới năm 2023": and
    when), all reported as done.

    Whether a header names an indicator is the cue frames' question (tables_read): a table none of
    whose cells they read leaves its numbers to the sentence rules.
    """
    if rules.bodies is None:
        return None
    label = next((i for i, c in enumerate(cells) if _role(c.text, rules) != "skip"), None)
    if label is None or label >= len(cells) - 1 or not rules.bodies.search(cells[label].text):
        return None
    raw = [_role(c.text, rules) for c in cells]
    if any(r in VALUE_ROLES or r == "rate" for r in raw[label + 1:]):
        return None     # a status column: rows are what is counted after all, or the caption says it
    roles = tuple(None if i <= label or r is not None else "actual" for i, r in enumerate(raw))
    if not any(roles):
        return None
    return _Layout(roles, tuple(raw), label, None, by_column=True)


def _line_tables(text: str, lines: list[_Line], rules: TableRules, lex: NumberLexicon,
                 periods: PeriodLexicon, used: list[tuple[int, int]]) -> list[Table]:
    """Tables copied one cell per line: a run of header cells, then rows of k cells each.

    The first value line tells the row length: after a row label come as many
    values as the header has value columns (a leading row number is a column
    too: the label then follows the first value).
    """
    cells = [_cell(text, ln.start, ln.end) for ln in lines]
    out: list[Table] = []
    j = 1
    while j < len(lines):
        if any(a <= lines[j].start < b for a, b in used) or cell_value(cells[j], lex) is None:
            j += 1
            continue
        # both readings may fit ("Thực hiện" / "1" reads as a row too): the one covering more wins
        found = [t for t in (_lines_at(text, lines, cells, j, lead, rules, lex, periods) for lead in (1, 0)) if t]
        table = max(found, key=lambda t: t.end - t.start, default=None)
        if table is None:
            j += 1
            continue
        out.append(table)
        j = next((i for i, ln in enumerate(lines) if ln.start >= table.end), len(lines))
    return out


def _joined(lines: list[_Line], a: int, b: int) -> bool:
    """Lines a..b-1 form one block: no blank line or skipped line between them."""
    return a >= 0 and b <= len(lines) and all(lines[i].joined for i in range(a + 1, b))


def _lines_at(text: str, lines: list[_Line], cells: list[Cell], j: int, label_first: int,
              rules: TableRules, lex: NumberLexicon, periods: PeriodLexicon) -> Table | None:
    """The table whose first value line is `j`; `label_first` 1 when rows start with their label
    (the line before `j`), 0 when they start with a row number (`j` itself)."""
    first = j - label_first                    # where the first row starts
    lab = first + (0 if label_first else 1)    # its label line
    if lab >= len(cells) or cell_value(cells[lab], lex) or _empty(cells[lab], rules):
        return None
    m = 0
    while lab + 1 + m < len(cells) and lines[lab + 1 + m].joined \
            and (cell_value(cells[lab + 1 + m], lex) or _empty(cells[lab + 1 + m], rules)):
        m += 1
    if not label_first and m > 1 and lab + 1 + m < len(cells) and lines[lab + 1 + m].joined:
        m -= 1                                 # the last of them numbers the next row
    k = (lab - first) + 1 + m
    if m == 0 or k > rules.max_columns or not _joined(lines, first - k, first + 1):
        return None
    header = cells[first - k:first]
    if not all(_headerish(c, rules, lex) for c in header):
        return None
    lay = _layout(header, lab - first, rules, periods)
    if lay is None:
        return None
    rows = []
    i = first
    while i + k <= len(cells) and _joined(lines, i - 1, i + k) and _fits(cells[i:i + k], lay, rules, lex):
        row = tuple(cells[i:i + k])
        rows.append((row, _row_sentence(text, row[0].start, row[-1].end, lines[i].para)))
        i += k
    if not rows:
        return None
    return Table(header[0].start, rows[-1][0][-1].end, tuple(header), lay.roles, lay.label, lay.unit, tuple(rows))


def find_tables(text: str, sentences: Sequence[Sentence], rules: TableRules, lex: NumberLexicon,
                periods: PeriodLexicon) -> list[Table]:
    """Tables of figures inside the story (`sentences`: the story's sentences), in text order."""
    lines = _story_lines(text, sentences)
    if len(lines) < 2:
        return []
    pipes = _pipe_tables(text, lines, rules, lex, periods)
    rest: list[_Line] = []
    for i, ln in enumerate(lines):
        if _row_cells(text, ln) is None:   # a "| a |" row between two lines parts them
            joined = ln.joined and i > 0 and _row_cells(text, lines[i - 1]) is None
            rest.append(replace(ln, joined=joined))
    flat = _line_tables(text, rest, rules, lex, periods, [(t.start, t.end) for t in pipes])
    return sorted(pipes + flat, key=lambda t: t.start)

