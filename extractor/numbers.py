"""Find every number in a Vietnamese text and say what it is.

The rule extractor takes only spans of kind 'quantity' as candidate
statistics, so this module must resolve values exactly ('96,4 tỷ đồng' ->
96400000000) and must refuse, with a reason, every number that is not a
statistic: dates, years, document numbers, ordinals, phones, page counters,
codes, per-item amounts and thresholds.  Word lists live in
patterns/numbers.yaml; this file holds only the shapes of numbers and the
order in which the reasons are checked (the checks of a numeral's context are
extractor/number_kinds.py).

Everything is regex over the text given, compiled once (`load_lexicon`):
it runs on every sentence of every article.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from extractor.lowered import lower_same_length
from extractor.number_kinds import _WINDOW, _amount_kind, _context_kind
from extractor.numbers_words import NumberLexicon, digits_value, load_lexicon, parse_numeral, words_value

# precompiled: these run for every number of every sentence
_LEADING_INT = regex.compile(r"\d+")
_NON_SPACE = regex.compile(r"\S+")
_TRAILING_NUMBER = regex.compile(r"\d[\d.,]*\s*$", regex.REVERSE)

__all__ = ["NumberSpan", "NumberLexicon", "find_numbers", "parse_numeral", "load_lexicon"]


@dataclass(frozen=True)
class NumberSpan:
    start: int                 # the numeral, with its multiplier word and '%'
    end: int
    text: str
    value: float               # fully resolved
    unit: str                  # 'count' | 'vnd' | 'percent'
    bound: str                 # 'exact' | 'over' | 'under' | 'about'
    bound_word: str | None
    bound_start: int | None
    unit_end: int              # end including a currency word, else == end
    kind: str                  # 'quantity' or why it is not one
    denominator: float | None = None   # 'X/Y' shares: value X, denominator Y


# Shapes tried at the start of a digit numeral, in this order.
_START = regex.compile(r"(?<![\p{L}\p{N}])[lI](?=[.,]?\d|[.,]O\d)|(?<![\p{N}])\d")
_TIME = regex.compile(r"(?:[01]?\d|2[0-3])(?::[0-5]\d(?::[0-5]\d)?(?:\s?[AaPp]\.?[Mm]\.?(?![\p{L}]))?"
                      r"|h(?:[0-5]\d)?(?![\p{L}]))(?!\d)")
_ISO_DATE = regex.compile(r"(?:19|20)\d{2}([-/])(?:0?[1-9]|1[0-2])\1(?:0?[1-9]|[12]\d|3[01])(?!\d)")
_DATE3 = regex.compile(r"(\d{1,2})(?:[-–]\d{1,2})*([/.\-])(\d{1,2})\2((?:19|20)\d{2}|\d{2})(?![\d])")
_DAY_RANGE = regex.compile(r"\d{1,2}(?:\s?[-–]\s?\d{1,2})+\s?/\s?(\d{1,2})(?![\d/])")
_YEAR_RANGE = regex.compile(r"((?:19|20)\d{2})\s?[-–—]\s?((?:19|20)\d{2})(?!\d)")
_MONTH_YEAR = regex.compile(r"(\d{1,2})\s?[/\-.]\s?((?:19|20)\d{2})(?![\d])")
_PHONE = regex.compile(r"(?:\+84\s?|0)\d{2,3}(?:[.\s]?\d{3}){2}\d?(?![\d.,])|0\d{9,10}(?!\d)")
# Vietnam's toll-free and premium call numbers: 1800/1900 and four or six digits ("tổng đài 1900.6183",
# "1800 1567", "1900 63 66 84"); no figure is written so (a four-digit group after a dot is no thousands group)
_HOTLINE = regex.compile(r"1[89]00(?:[.\s-]?\d{4}|(?:[.\s-]?\d{2}){3}|[.\s-]?\d{3}[.\s-]?\d{3})(?![\d])")
_SHARE = regex.compile(r"(\d{1,3}(?:\.\d{3})*)\s?/\s?(\d{1,3}(?:\.\d{3})*)(?![\d/])")
_DASH_DM = regex.compile(r"(\d{1,2})\s?[-–]\s?(\d{1,2})(?!\d|[/.,]\d|\s?[-–]\s?\d)")
_DOT_DM = regex.compile(r"(\d{1,2})\.(\d{1,2})(?!\d|[.,]\d)")
_DIGITS = regex.compile(r"\d+")
_SPLIT_NEXT = regex.compile(r" (\d{1,2})(?![\d.,])")
# a space before a thousands group ('2 .340 túi an sinh'): a break a scraper or a line wrap left
_SPACE_DOT = regex.compile(r" \.\d{3}(?:\.\d{3})*(?![\d]|[.,]\d)")
# a space inside the leading group of a figure ('kết nạp 2 1.460 đoàn viên'): one or two digits, then the
# rest of a lead of at most three and its thousands groups; no figure stands bare right before another
_SPACE_LEAD = regex.compile(r" (\d{1,2}(?:\.\d{3})+)(?![\d]|[.,]\d)")
_COMPOUND = regex.compile(r"\s+(\d{1,3}(?:,\d+)?)(?=\s*\p{L})")
_FROM = regex.compile(r"\btừ\s*$")                                       # "từ" opening a range
# The shapes above open with a run of 1-2 or 4 digits (\d{1,2}, (?:19|20)\d{2}) and then one of a
# few separators, some after a space: _shape tries a shape only where the numeral's run of digits
# fits it, so most figures ('150 đoàn viên') are read without a regex call per shape.
# (pattern, kind, run lengths, separators, may a space come first)
_DATE_SHAPES = ((_TIME, "time", (1, 2), ":h", False), (_ISO_DATE, "iso", (4,), "-/", False),
                (_DATE3, "date", (1, 2), "-–/.", False), (_YEAR_RANGE, "year_range", (4,), "-–—", True),
                (_DAY_RANGE, "date", (1, 2), "-–", True), (_MONTH_YEAR, "date", (1, 2), "/-.", True))
_DAY_MONTH_SHAPES = ((_DASH_DM, (1, 2), "-–", True), (_DOT_DM, (1, 2), ".", False))
_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
# Every address and file-name shape of `_masks` holds '://', 'www.' or a dot before a
# letter ('.vn/', '.jpg'): a sentence without one has no mask, so the scans are skipped.
_MASK_GATE = regex.compile(r"\.[^\W\d_]|://|www\.", regex.IGNORECASE)


def _roman_value(s: str) -> float:
    """'XIV' -> 14."""
    total = 0
    for a, b in zip(s, s[1:] + " "):
        v = _ROMAN[a]
        total += -v if b != " " and _ROMAN[b] > v else v
    return float(total)


def _lead(s: str) -> float:
    """The first run of digits: the value a date or time span reports."""
    return float(_LEADING_INT.match(s).group(0))


def _valid_dm(d: int, m: int) -> bool:
    return 1 <= d <= 31 and 1 <= m <= 12


@dataclass
class _Found:
    """A numeral with what follows it, before it is classified."""

    start: int
    end: int
    unit_end: int
    value: float
    unit: str = "count"
    bare: bool = True          # no multiplier, '%' or currency
    plain: bool = False        # only digits, no separator or slip
    kind: str | None = None    # decided by its shape (date, phone...)
    denominator: float | None = None
    consumed: int = 0          # where scanning goes on
    factor: float = 1.0        # product of its multiplier words
    range_end: int | None = None   # 'từ 2.000 đến 5.000 đồng/suất': where the range's last unit ends
    range_low: bool = False    # 'từ 40 đến 50 CĐCS': the low end of a range of counts, read as "40 or more"


# -- what follows a numeral ---------------------------------------------------------

def _units(text: str, f: _Found, lex: NumberLexicon, raw: str | None = None) -> _Found:
    """Attach multipliers ('96,4 tỷ', '1 tỷ 200 triệu', 'nghìn tỷ'), '%' and currency."""
    pos, mults = f.end, []
    while (m := lex.mult.match(text, pos)):
        mults.append(m.group("w").lower())
        pos = m.end()
    if raw is not None:
        f.value = digits_value(raw, decimal_hint=bool(mults) or bool(lex.percent.match(text, pos)))
        if f.value is None:
            f.value, f.kind = 0.0, "code"
    if mults:
        factor = 1.0
        for w in mults:
            factor *= lex.multipliers[w]
        f.value *= factor
        f.factor = last = factor
        while (c := _COMPOUND.match(text, pos)) and (m := lex.mult.match(text, c.end())) \
                and lex.multipliers[m.group("w").lower()] < last:
            last = lex.multipliers[m.group("w").lower()]
            f.value += (digits_value(c.group(1), True) or 0) * last
            mults.append(m.group("w").lower())
            pos = m.end()
        if (h := lex.half.match(text, pos)):
            f.value += last / 2
            pos = h.end()
        f.bare = False
    f.end = f.unit_end = f.consumed = pos
    if (p := lex.percent.match(text, pos)):
        f.end = f.unit_end = f.consumed = p.end()
        f.unit, f.bare = "percent", False
    elif (c := lex.currency.match(text, pos) or lex.currency_damaged.match(text, pos)):
        f.unit_end = f.consumed = c.end()
        f.unit, f.bare = "vnd", False
    elif any(w in lex.money_multipliers for w in mults) and not lex.counted.match(text, pos):
        f.unit = "vnd"
    return f


# -- digit numerals -----------------------------------------------------------------

def _shape(text: str, s: int, lex: NumberLexicon, masks: list[tuple[int, int, str]]) -> _Found:
    """Read the numeral at `s` and decide what its shape alone says."""
    before = text[max(0, s - _WINDOW):s]
    for a, b, kind in masks:
        if a <= s < b:
            m = lex.numeral.match(text, s)
            e = m.end()
            return _Found(s, e, e, digits_value(m.group(0)) or 0.0, kind=kind, consumed=e)
    run = _DIGITS.match(text, s)        # None on an 'l'/'I' slip: no shape below but the numeral fits it
    digits = len(run.group(0)) if run else 0
    nxt = text[run.end()] if run and run.end() < len(text) else ""
    for pat, kind, lengths, seps, space in _DATE_SHAPES:
        if digits not in lengths or not nxt or not (nxt in seps or (space and nxt.isspace())):
            continue                        # the shape's first run of digits cannot end here
        m = pat.match(text, s)
        if not m or (kind == "date" and not _date_ok(m, pat)):
            continue
        if kind == "year_range" and int(m.group(1)) > int(m.group(2)):
            continue
        kind = "date" if kind == "iso" else kind
        return _Found(s, m.end(), m.end(), _lead(m.group(0)), kind=kind, consumed=m.end())
    if run and (d := lex.docnum_suffix.match(text, run.end())):
        return _Found(s, d.end(), d.end(), float(run.group(0)), kind="docnum", consumed=d.end())
    if text.startswith(("1900", "1800"), s) and (m := _HOTLINE.match(text, s)):
        return _Found(s, m.end(), m.end(), 0.0, kind="phone", consumed=m.end())
    if text[s] == "0" and (m := _PHONE.match(text, s)) and 10 <= sum(ch.isdigit() for ch in m.group(0)) <= 11:
        return _Found(s, m.end(), m.end(), 0.0, kind="phone", consumed=m.end())
    if 0 < digits <= 3 and nxt and (nxt in "./" or nxt.isspace()) and (m := _SHARE.match(text, s)):
        x, y = digits_value(m.group(1)), digits_value(m.group(2))
        dm = "." not in m.group(0) and _valid_dm(int(x), int(y))
        cue = lex.date_cue.match(before)
        if dm and (cue or lex.year_after.match(text, m.end())):
            kind = "date"
        elif lex.counted.match(text, m.end()):
            kind = "quantity"      # '3.520/3.000 đoàn viên': achieved over the target
        else:
            kind = "date" if dm else "quantity" if x <= y else "code"
        e = m.end(1) if kind == "quantity" else m.end()
        return _Found(s, e, e, x, kind=kind, denominator=y if kind == "quantity" else None,
                      consumed=m.end())
    for pat, lengths, seps, space in _DAY_MONTH_SHAPES:
        if digits not in lengths or not nxt or not (nxt in seps or (space and nxt.isspace())):
            continue
        m = pat.match(text, s)
        if m and _valid_dm(int(m.group(1)), int(m.group(2))) and lex.date_cue.match(before):
            return _Found(s, m.end(), m.end(), float(m.group(1)), kind="date", consumed=m.end())
    m = lex.numeral.match(text, s)
    raw, e = m.group(0), m.end()
    if "." in raw and (n := _SPLIT_NEXT.match(text, e)) \
            and len(raw.rsplit(".", 1)[1]) + len(n.group(1)) == 3:
        raw, e = raw + " " + n.group(1), n.end()           # '1.5 60' -> 1560
    elif len(raw) <= 3 and raw.isdigit() and (n := _SPACE_DOT.match(text, e)):
        raw, e = raw + n.group(0), n.end()                   # '2 .340' -> 2340
    elif len(raw) <= 2 and raw.isdigit() and (n := _SPACE_LEAD.match(text, e)) \
            and len(raw) + n.group(1).index(".") <= 3 and not _labelled(before, lex):
        raw, e = raw + n.group(1), n.end()                   # '2 1.460' -> 21460
    f = _Found(s, e, e, 0.0, plain=raw.isdigit())
    _units(text, f, lex, raw)
    if f.bare and f.kind is None and (r := lex.range_to.match(text, f.end)) \
            and (n := lex.numeral.match(text, r.end())):
        g = _units(text, _Found(n.start(), n.end(), n.end(), 0.0), lex, n.group(0))
        if not g.bare:                     # 'từ 15 đến 40 triệu đồng': 15 triệu đồng
            # (a start written in full is in đồng already: 'từ 300.000 đến 1 triệu đồng' is 300.000 đồng)
            f.value *= g.factor if f.value < 1000 else 1
            f.unit, f.bare = g.unit, False
            f.range_end = g.unit_end
        elif _FROM.search(text, max(0, s - 8), s) and lex.counted.match(text, n.end()):
            # 'phấn đấu thành lập mới từ 40 đến 50 CĐCS': one figure, at least 40; the 50 is its high end
            f.range_low, f.unit_end = True, n.end()
    elif f.unit == "vnd" and f.kind is None and (r := lex.range_to.match(text, f.unit_end)) \
            and (n := lex.numeral.match(text, r.end())):
        g = _units(text, _Found(n.start(), n.end(), n.end(), 0.0), lex, n.group(0))
        if g.unit == "vnd":    # 'từ 500.000 đồng đến 1 triệu đồng/người': the range's per-item unit is its own
            f.range_end = g.unit_end
    return f


def _labelled(before: str, lex: NumberLexicon) -> bool:
    """Does a label that takes a bare number end `before` ('quý 3', 'tháng 5', 'lần 2', 'Điều 2')?"""
    return any(p is not None and p.match(before) for p in (lex.date_part, lex.date_cue, lex.ordinal,
                                                           lex.year_before, lex.docnum_prefix))


def _date_ok(m: "regex.Match", pat: "regex.Pattern") -> bool:
    """Day and month in range for the date shapes."""
    if pat is _DATE3:
        return _valid_dm(int(m.group(1)), int(m.group(3)))
    if pat is _DAY_RANGE:
        return 1 <= int(m.group(1)) <= 12
    return 1 <= int(m.group(1)) <= 12          # month/year


def _masks(text: str, lex: NumberLexicon) -> list[tuple[int, int, str]]:
    """Addresses and file names: any number inside them is no figure."""
    if not _MASK_GATE.search(text):
        return []
    out = [(m.start(), m.end(), "url") for m in lex.url.finditer(text)]
    out += [(m.start(), m.end(), "code") for m in lex.files.finditer(text)]
    return out


def _make(text: str, f: _Found, kind: str, lex: NumberLexicon) -> NumberSpan:
    """Freeze a classified numeral, with the bound word right before it."""
    base = max(0, f.start - _WINDOW)
    b = lex.bound.match(text, base, f.start)
    word = b.group("w") if b else None
    bound = lex.bounds[" ".join(word.lower().split())] if word else "exact"
    if f.range_low and bound == "exact":
        bound = "over"
    return NumberSpan(f.start, f.end, text[f.start:f.end], float(f.value), f.unit, bound, word,
                      b.start("w") if b else None, f.unit_end, kind, f.denominator)


def _digit_spans(text: str, lex: NumberLexicon) -> list[NumberSpan]:
    masks = _masks(text, lex)
    out, pos = [], 0
    per_item_until = -1     # where a range of per-item amounts ends: its end is one item's too
    while (m := _START.search(text, pos)):
        f = _shape(text, m.start(), lex, masks)
        kind = f.kind or _context_kind(text, f, lex)
        if kind == "quantity" and f.kind == "quantity":        # a share keeps per-item checks
            kind = _amount_kind(text, f, lex, text[max(0, f.start - _WINDOW):f.start],
                                text[f.consumed:f.consumed + _WINDOW])
        if kind == "quantity" and f.start < per_item_until:
            kind = "per_item"       # 'có giá trị từ 300.000 đến 1 triệu đồng': the 1 triệu is a gift's too
        if kind == "per_item" and f.range_end is not None:
            per_item_until = f.range_end
        out.append(_make(text, f, kind, lex))
        pos = max(f.consumed, f.unit_end, m.start() + 1)
    return out


def _roman_spans(text: str, lex: NumberLexicon) -> list[NumberSpan]:
    """'lần thứ IV', 'khóa X', 'Đại hội XII', 'quý I': Roman numerals after their cues."""
    return [NumberSpan(m.start(), m.end(), m.group(0), _roman_value(m.group(0)), "count", "exact",
                       None, None, m.end(), "roman") for m in lex.roman.finditer(text)]


def _word_spans(text: str, lex: NumberLexicon) -> list[NumberSpan]:
    """'Năm đoàn viên' -> 5, 'hai mươi mốt nghìn' -> 21000; only before a counted
    noun or with a multiplier, and never 'năm' meaning year."""
    out = []
    low = lower_same_length(text) if lex.words_twin is not None else None
    # found on lower-cased text (same spans, faster); the words are read from `text`
    for m in (lex.words_twin.finditer(low) if low is not None else lex.words.finditer(text)):
        toks = list(_NON_SPACE.finditer(text[m.start():m.end()]))
        k = next((k for k in range(len(toks), 0, -1)
                  if words_value([t.group(0) for t in toks[:k]], lex) is not None), 0)
        if not k:
            continue
        s, e = m.start(), m.start() + toks[k - 1].end()
        before = text[max(0, s - _WINDOW):s]
        first = toks[0].group(0).lower()
        if lex.vague.match(before) or lex.idiom.match(text, s) or _TRAILING_NUMBER.search(before) \
                or (first in lex.year_word and lex.year_sense.match(before)) \
                or (k == 1 and first == "một" and lex.indefinite is not None and lex.indefinite.match(before)):
            continue
        ends_mult = toks[k - 1].group(0).lower() in lex.multipliers
        noun = lex.counted.match(text, e)
        # "Năm Căn" (both capitalised) is a place; "bốn Ban nữ công", "sáu “Mái ấm Công đoàn”" are counts
        if not ends_mult and (not noun or (noun.group("w").split()[0].istitle() and toks[0].group(0)[:1].isupper())):
            continue
        f = _Found(s, e, e, words_value([t.group(0) for t in toks[:k]], lex), bare=not ends_mult)
        _units(text, f, lex)
        if f.unit == "count" and toks[k - 1].group(0).lower() in lex.money_multipliers \
                and not lex.counted.match(text, e):
            f.unit = "vnd"                 # 'hai tỷ' with nothing counted after it
        f.bare = f.bare and f.unit == "count"
        kind = "ordinal" if lex.ordinal_word.match(before) \
            else _amount_kind(text, f, lex, before, text[f.unit_end:f.unit_end + _WINDOW])
        out.append(_make(text, f, kind, lex))
    return out


def find_numbers(text: str, lexicon: NumberLexicon | None = None) -> list[NumberSpan]:
    """Every number in `text`, in text order, non-overlapping, each with its
    value, unit, bound and kind ('quantity' or why it is not a statistic)."""
    lex = lexicon or load_lexicon()
    spans = sorted(_digit_spans(text, lex) + _roman_spans(text, lex) + _word_spans(text, lex),
                   key=lambda sp: (sp.start, -sp.unit_end))
    out: list[NumberSpan] = []
    for sp in spans:
        if not out or sp.start >= out[-1].unit_end:
            out.append(sp)
    return out

