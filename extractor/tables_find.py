"""Finding the tables of figures in a story: runs of rows, their header and layout.

Two shapes: "| a | b |" rows or rows whose cells a tab parts (`_pipe_tables`),
and one cell per line (`_line_tables`).  A header row names the value
columns (extractor/tables.py says what each column is); the rows below it
that fit its layout are the table.  Split from tables.py, which holds the
vocabulary, the cells and the layouts; nothing here does I/O.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Sequence

import regex

from extractor.numbers import NumberLexicon
from extractor.period_lexicon import PeriodLexicon
from extractor.segment import Sentence
from extractor.tables import (VALUE_ROLES, Cell, Layout, Table, TableRules, cell_value, column_role, fits, headerish,
                              is_empty, layout, make_cell, names_dated_span, row_sentence)

__all__ = ["find_tables"]

_PIPE_SPLIT = regex.compile(r"(?<!\\)\|")
_INNER_BARS = regex.compile(r"\S \| \S")     # a bar with a space each side, between two cells


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


def _row_cells(text: str, line: _Line) -> list[Cell] | None:
    """Cells of a "| a | b |" row, or of a row whose cells a tab parts ("Chỉ tiêu<TAB>Kế hoạch", as a
    table copied from a spreadsheet or a word processor keeps them); None when the line is no such row."""
    s = text[line.start:line.end]
    if "\t" in s and not s.startswith("|"):
        tabs = [line.start + i for i, ch in enumerate(s) if ch == "\t"]
        return [make_cell(text, a, b) for a, b in zip([line.start] + [t + 1 for t in tabs], tabs + [line.end])]
    if len(s) >= 3 and not s.startswith("|") and _INNER_BARS.search(s) and not s.endswith("|"):
        # bars only between the cells ("Đơn vị | Số nhà | Kinh phí"): a row as some sites render a table
        bars = [line.start - 1] + [line.start + m.start() for m in _PIPE_SPLIT.finditer(s)] + [line.end]
        return [make_cell(text, a + 1, b) for a, b in zip(bars, bars[1:])]
    if len(s) < 3 or not s.startswith("|") or not s.endswith("|") or s.endswith("\\|"):
        return None
    bars = [line.start + m.start() for m in _PIPE_SPLIT.finditer(s)]
    return [make_cell(text, a + 1, b) for a, b in zip(bars, bars[1:])]


def _pipe_tables(text: str, lines: list[_Line], rules: TableRules, lex: NumberLexicon,
                 periods: PeriodLexicon) -> list[Table]:
    """Tables in runs of "| a | b |" rows: a header row naming a value column, then data rows."""
    out: list[Table] = []
    header: list[Cell] | None = None
    lay: Layout | None = None
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
        if lay is not None and fits(cells, lay, rules, lex):
            rows.append((tuple(cells), row_sentence(text, line.start, line.end, line.para)))
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
                 in_table: bool) -> Layout | None:
    """The layout a header row announces, label column first among its leading text columns."""
    if len(cells) < 2 or any(cell_value(c, lex) for c in cells):
        return None
    if not all(len(c.text) <= rules.header_chars for c in cells):
        return None
    by_column = _by_column(cells, rules) if not in_table else None
    if by_column is not None:
        return by_column
    named = sum(1 for c in cells[1:] if column_role(c.text, rules) not in (None, "unit", "skip")
                or names_dated_span(c.text, periods))
    if named < (2 if in_table else 1):
        return None
    label = next((i for i, c in enumerate(cells) if column_role(c.text, rules) not in ("unit", "skip")), None)
    return layout(cells, label, rules, periods) if label is not None and label < len(cells) - 1 else None


def _by_column(cells: list[Cell], rules: TableRules) -> Layout | None:
    """A header whose first column names bodies ("Đơn vị", "Địa phương", after a row number) and whose
    other columns name no status: each of those says what its cells count ("Kết nạp mới năm 2023": and
    when), all reported as done.

    Whether a header names an indicator is the cue frames' question (tables_read): a table none of
    whose cells they read leaves its numbers to the sentence rules.
    """
    if rules.bodies is None:
        return None
    label = next((i for i, c in enumerate(cells) if column_role(c.text, rules) != "skip"), None)
    if label is None or label >= len(cells) - 1 or not rules.bodies.search(cells[label].text):
        return None
    raw = [column_role(c.text, rules) for c in cells]
    if any(r in VALUE_ROLES or r == "rate" for r in raw[label + 1:]):
        return None     # a status column: rows are what is counted after all, or the caption says it
    roles = tuple(None if i <= label or r is not None else "actual" for i, r in enumerate(raw))
    if not any(roles):
        return None
    return Layout(roles, tuple(raw), label, None, by_column=True)


def _line_tables(text: str, lines: list[_Line], rules: TableRules, lex: NumberLexicon,
                 periods: PeriodLexicon, used: list[tuple[int, int]]) -> list[Table]:
    """Tables copied one cell per line: a run of header cells, then rows of k cells each.

    The first value line tells the row length: after a row label come as many
    values as the header has value columns (a leading row number is a column
    too: the label then follows the first value).
    """
    cells = [make_cell(text, ln.start, ln.end) for ln in lines]
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
    if lab >= len(cells) or cell_value(cells[lab], lex) or is_empty(cells[lab], rules):
        return None
    m = 0
    while lab + 1 + m < len(cells) and lines[lab + 1 + m].joined \
            and (cell_value(cells[lab + 1 + m], lex) or is_empty(cells[lab + 1 + m], rules)):
        m += 1
    if not label_first and m > 1 and lab + 1 + m < len(cells) and lines[lab + 1 + m].joined:
        m -= 1                                 # the last of them numbers the next row
    k = (lab - first) + 1 + m
    if m == 0 or k > rules.max_columns or not _joined(lines, first - k, first + 1):
        return None
    header = cells[first - k:first]
    if not all(headerish(c, rules, lex) for c in header):
        return None
    lay = layout(header, lab - first, rules, periods)
    if lay is None:
        return None
    rows = []
    i = first
    while i + k <= len(cells) and _joined(lines, i - 1, i + k) and fits(cells[i:i + k], lay, rules, lex):
        row = tuple(cells[i:i + k])
        rows.append((row, row_sentence(text, row[0].start, row[-1].end, lines[i].para)))
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
