"""Why the words around a numeral make it no statistic, or a quantity: the reasons numbers.py checks last.

Split from numbers.py, which reads a numeral's shape, value and unit: this
module only judges its context -- a code glued to letters, a phone or counter
label, a list marker, a year, a measure or a duration, an amount per item or a
threshold -- in the order the checks are made.  Word lists live in
patterns/numbers.yaml (NumberLexicon).  Nothing here does I/O.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from extractor.numbers_words import NumberLexicon

if TYPE_CHECKING:
    from extractor.numbers import _Found

_WINDOW = 80    # characters of context read on each side of a numeral
# Patterns ending in "$" are compiled REVERSE and used with .match(before): a backward match is
# anchored at the end of `before`, so it is tried there only; .search would try every position of
# the window, each failing at "$" (same matches: tests/test_numbers.py; _GLUED_BEFORE keeps .search,
# its "$" may match before a final newline, which a match anchored at the very end would miss).
_NON_DIGIT = regex.compile(r"\D")
_REST_OF_LINE_EMPTY = regex.compile(r"[ \t]*(?:\n|$)")
_STOP_OR_DIGIT = regex.compile(r"[.;!?\n]|\d")
_LINE_START = regex.compile(r"(?:^|\n)[ \t]*(?:[•·▪►\-–*+][ \t]*)?$", regex.REVERSE)
_BULLET = regex.compile(r"[•·▪►]\s*$", regex.REVERSE)
_MARKER_AFTER = regex.compile(r"[.)](?:\s|$)")
_CLAUSE_BREAK = regex.compile(r"[,;:()\[\]\n!?]|\.(?=\s)")
_MONEY_RUN = regex.compile(r"\d[\d.,]*(?:\s*(?:tỷ|triệu|nghìn|ngàn))?\s*(?:đồng|đ)\b")   # an amount of money
_GLUED_BEFORE = regex.compile(r"(?:[\p{L}_]|\p{L}[-–+])$", regex.REVERSE)


def _context_kind(text: str, f: _Found, lex: NumberLexicon) -> str:
    """Why the words around a numeral make it no statistic, or 'quantity'."""
    s, before = f.start, text[max(0, f.start - _WINDOW):f.start]
    after = text[f.unit_end:f.unit_end + _WINDOW]
    digits = _NON_DIGIT.sub("", text[s:f.end])
    if _GLUED_BEFORE.search(before) or lex.code_word.match(before):
        return "code"
    if f.bare and f.plain and len(digits) >= 12:
        return "code"
    if lex.phone_label.match(before) and not (len(digits) <= 5 and lex.counted.match(text, f.unit_end)):
        return "phone"     # ("tư vấn qua điện thoại 192 lượt" counts calls: a short figure with its noun)
    if lex.counter_label.match(before) or lex.counter_after.match(text, f.unit_end):
        return "counter"
    if f.bare and lex.caption.match(before):
        return "code"
    if f.bare and f.plain and len(digits) <= 2 and (
            (_LINE_START.match(before) and _MARKER_AFTER.match(text, f.end)) or _BULLET.match(before)):
        return "ordinal"
    if f.bare and _LINE_START.match(before) and _REST_OF_LINE_EMPTY.match(text, f.unit_end):
        return "counter"                   # a number alone on its line: page furniture
    if f.bare and lex.ordinal.match(before):
        return "ordinal"
    if f.bare and lex.docnum_prefix.match(before) and not lex.counted.match(text, f.unit_end):
        return "docnum"   # "hướng dẫn 27 doanh nghiệp" guides enterprises; "Hướng dẫn 27" is a document
    if f.bare and lex.date_part.match(before):
        return "date"
    year_like = f.bare and f.plain and len(digits) == 4 and 1900 <= int(digits) <= 2100
    if year_like and (lex.year_before.match(before) or not lex.counted.match(text, f.unit_end)):
        return "year"
    if f.unit_end < len(text) and text[f.unit_end].isalpha() and not text[f.start:f.unit_end].endswith("%"):
        return "code"   # glued to letters ("4G", "U23"); "86,7%kế hoạch" is still a percentage
    if f.bare and lex.measure.match(text, f.unit_end):
        return "measure"
    if f.bare and lex.duration.match(text, f.unit_end):
        if lex.anniv_before.match(before) or lex.anniv_after.match(text, f.unit_end):
            return "anniversary"
        return "time"
    return _amount_kind(text, f, lex, before, after)


def _amount_kind(text: str, f: _Found, lex: NumberLexicon, before: str, after: str) -> str:
    """Per-item amounts and thresholds qualify something else; the rest are quantities."""
    breaks = list(_CLAUSE_BREAK.finditer(before))
    clause = before[breaks[-1].end():] if breaks else before
    if f.unit == "count":
        # "mỗi suất 500.000 đồng và tặng 300 e-voucher": a count after the money "mỗi" was for is no
        # amount per item ("mỗi CĐCS giới thiệu từ 1 đến 2 đoàn viên" still is)
        clause = clause[max((m.end() for m in _MONEY_RUN.finditer(clause)), default=0):]
    if lex.per_item_before.search(clause) or lex.per_item_after.match(text, f.unit_end) \
            or (lex.per_item_gift is not None and f.unit == "vnd" and lex.per_item_gift.search(clause)) \
            or (f.range_end is not None and lex.per_item_after.match(text, f.range_end)):
        return "per_item"
    if lex.threshold_before.match(before):
        return "threshold"
    if lex.threshold_open.match(before):
        stop = _STOP_OR_DIGIT.search(after)
        if lex.threshold_close.search(after[:stop.start() if stop else len(after)]):
            return "threshold"
    return "quantity"
