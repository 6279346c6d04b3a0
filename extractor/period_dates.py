"""How a period rule's named groups become dates: the `resolve:` functions of patterns/periods.yaml.

A rule of periods.yaml names one of the functions below; a year-less
phrase is read against the publication date or the article's context year
(Ctx).  The calendar arithmetic is kept apart from the words
(extractor/period_lexicon.py) and from finding phrases (extractor/periods.py),
so each resolver can be read, and checked, on its own.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Callable, Mapping

if TYPE_CHECKING:
    from extractor.period_lexicon import PeriodLexicon, PeriodRule

_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4}


# ---------------------------------------------------------------- date helpers

def _month_end(y: int, m: int) -> date:
    return date(y, m, calendar.monthrange(y, m)[1])


def _year(y: int | None) -> tuple[date | None, date | None]:
    return (date(y, 1, 1), date(y, 12, 31)) if y else (None, None)


@dataclass(frozen=True)
class Ctx:
    """What a year-less phrase is read against."""

    published: date | None
    year: int | None          # publication year, else the article's context year


Dates = tuple[date | None, date | None]
Groups = Mapping[str, str | None]


def _int(g: Groups, key: str, lex: PeriodLexicon) -> int | None:
    v = g.get(key)
    if v is None:
        return None
    v = " ".join(v.split())
    if v.isdigit():
        return int(v)
    if v in _ROMAN:
        return _ROMAN[v]
    return lex.number_words.get(v.lower())


# ---------------------------------------------------------------- resolvers
# Each takes the match's groups and returns (start, end), or None when the
# phrase cannot be a real period (31/2, 'quý 7'): the match is then dropped.

def _range(g: Groups, rule: PeriodRule, ctx: Ctx, lex: PeriodLexicon) -> Dates | None:
    """Calendar points: a year, a month, a day, or 'từ <point> đến <point>'.

    A start without a year takes the end's ('từ ngày 1/7 đến ngày 31/7/2024'),
    a start day without a month takes the end's month ('từ ngày 3 đến ngày 6/8'),
    an end without a year takes the start's; whatever is still missing is the
    publication (or context) year.
    """
    y1, m1, d1 = (_int(g, k, lex) for k in ("y1", "m1", "d1"))
    y2, m2, d2 = (_int(g, k, lex) for k in ("y2", "m2", "d2"))
    until_now = rule.until_now or g.get("now") is not None
    has_end = any(v is not None for v in (y2, m2, d2))
    ys = y1 or y2 or ctx.year
    ye = y2 or y1 or ctx.year
    if d1 is not None and m1 is None:
        m1 = m2
    try:
        date(2000, m1 or 1, d1 or 1), date(2000, m2 or 1, d2 or 1)   # 31/2 is no day, whatever the year
        start = None if ys is None else date(ys, m1 or 1, d1 or 1)
        if until_now:
            end = ctx.published
        elif has_end:
            if ye is None:
                end = None
            elif d2 is not None:
                end = date(ye, m2 or m1 or 12, d2)
            else:
                end = _month_end(ye, m2) if m2 else date(ye, 12, 31)
        elif ys is None:
            end = None
        elif d1 is not None:
            end = start
        else:
            end = _month_end(ys, m1) if m1 else date(ys, 12, 31)
    except (ValueError, TypeError):
        return None
    if start and end and end < start:
        return None
    return start, end


def _first_months(g: Groups, rule: PeriodRule, ctx: Ctx, lex: PeriodLexicon) -> Dates | None:
    """'6 tháng đầu năm 2024', 'sau 9 tháng': January .. the end of month n."""
    n, y = _int(g, "n", lex), _int(g, "y1", lex) or ctx.year
    if n is None or not 1 <= n <= 12:
        return None
    return (date(y, 1, 1), _month_end(y, n)) if y else (None, None)


def _last_months(g: Groups, rule: PeriodRule, ctx: Ctx, lex: PeriodLexicon) -> Dates | None:
    """'6 tháng cuối năm 2024': month 12-n+1 .. December 31."""
    n, y = _int(g, "n", lex), _int(g, "y1", lex) or ctx.year
    if n is None or not 1 <= n <= 12:
        return None
    return (date(y, 13 - n, 1), date(y, 12, 31)) if y else (None, None)


# 'N tháng qua' of N months or more, published within _REPORT_LAG months of their end, is a year-to-date report
_REPORT_MONTHS = 6
_REPORT_LAG = 2


def _months_past(g: Groups, rule: PeriodRule, ctx: Ctx, lex: PeriodLexicon) -> Dates | None:
    """'3 tháng vừa qua' published in October: the n whole months before the month of publication
    (July .. September).  Half a year or more, published within two months of its end, is the
    year-to-date report it comes from: '6 tháng qua' in July or August is January .. June, '9 tháng
    qua' in October or November January .. September (a report reaches the paper weeks after its
    period).  Without a publication date, the first n months of the year."""
    n = _int(g, "n", lex)
    if n is None or not 1 <= n <= 12:
        return None
    if ctx.published is None:
        return (date(ctx.year, 1, 1), _month_end(ctx.year, n)) if ctx.year else (None, None)
    if n >= _REPORT_MONTHS and n < ctx.published.month <= n + _REPORT_LAG:
        return date(ctx.published.year, 1, 1), _month_end(ctx.published.year, n)
    last = ctx.published.year * 12 + ctx.published.month - 2      # months since year 0 of the last one
    first = last - n + 1
    return date(first // 12, first % 12 + 1, 1), _month_end(last // 12, last % 12 + 1)


def _quarter(g: Groups, rule: PeriodRule, ctx: Ctx, lex: PeriodLexicon) -> Dates | None:
    """'quý I/2024'; a bare 'Trong quý' is the quarter of publication (else unknown)."""
    q, y = _int(g, "q", lex), _int(g, "y1", lex)
    if q is None:
        if ctx.published is None:
            return None, None
        q, y = (ctx.published.month - 1) // 3 + 1, ctx.published.year
    y = y or ctx.year
    if not 1 <= q <= 4:
        return None
    return (date(y, 3 * q - 2, 1), _month_end(y, 3 * q)) if y else (None, None)


def _this_month(g: Groups, rule: PeriodRule, ctx: Ctx, lex: PeriodLexicon) -> Dates | None:
    """A bare 'Trong tháng' is the month of publication (unknown without one)."""
    p = ctx.published
    return (date(p.year, p.month, 1), _month_end(p.year, p.month)) if p else (None, None)


def _school_year(g: Groups, rule: PeriodRule, ctx: Ctx, lex: PeriodLexicon) -> Dates | None:
    """'năm học 2021-2022': September 1 .. August 31."""
    y1 = _int(g, "y1", lex)
    y2 = _int(g, "y2", lex) or y1 + 1
    if y2 != y1 + 1:
        return None
    return date(y1, 9, 1), date(y2, 8, 31)


def _last_school_year(g: Groups, rule: PeriodRule, ctx: Ctx, lex: PeriodLexicon) -> Dates | None:
    """'năm học qua': from June on, the school year ending this August; before June, the one
    that ended last August.  Unknown without a publication date."""
    if ctx.published is None:
        return None, None
    end = ctx.published.year if ctx.published.month >= 6 else ctx.published.year - 1
    return date(end - 1, 9, 1), date(end, 8, 31)


def _last_year(g: Groups, rule: PeriodRule, ctx: Ctx, lex: PeriodLexicon) -> Dates | None:
    """'năm qua': the publication year; in January or February, the year just ended."""
    if ctx.published is not None:
        p = ctx.published
        return _year(p.year - 1 if p.month <= 2 else p.year)
    return _year(ctx.year)


def _relative_year(g: Groups, rule: PeriodRule, ctx: Ctx, lex: PeriodLexicon) -> Dates | None:
    """'năm tới' (+1), 'năm trước' (-1), relative to the publication year."""
    return _year(ctx.year + rule.offset if ctx.year else None)


def _years_past(g: Groups, rule: PeriodRule, ctx: Ctx, lex: PeriodLexicon) -> Dates | None:
    """'10 năm qua' (published 2019-10-31): 2009-01-01 .. 2019-10-31."""
    n = _int(g, "n", lex)
    if not n or n > 100 or ctx.year is None:
        return None if not n or n > 100 else (None, None)
    return date(ctx.year - n, 1, 1), ctx.published


def _years_through(g: Groups, rule: PeriodRule, ctx: Ctx, lex: PeriodLexicon) -> Dates | None:
    """'sau 1 năm thực hiện': the n calendar years ending with the publication year."""
    n = _int(g, "n", lex)
    if not n or n > 100:
        return None
    return (date(ctx.year - n + 1, 1, 1), date(ctx.year, 12, 31)) if ctx.year else (None, None)


def _lunar_year(g: Groups, rule: PeriodRule, ctx: Ctx, lex: PeriodLexicon) -> Dates | None:
    """'Tết Nhâm Dần': the year of that name nearest the publication (or context) year."""
    if ctx.year is None:
        return None, None
    stem = next(i for i, s in enumerate(lex.stems) if s.lower() == g["can"].lower())
    branch = next(i for w, i in lex.branches.items() if w.lower() == g["chi"].lower())
    for y in sorted(range(ctx.year - 30, ctx.year + 31), key=lambda y: abs(y - ctx.year)):
        if (y - 1984) % 10 == stem and (y - 1984) % 12 == branch:
            return _year(y)
    return None           # an impossible pair (Giáp Sửu): not a year name


def _past_term(g: Groups, rule: PeriodRule, ctx: Ctx, lex: PeriodLexicon) -> Dates | None:
    """'nhiệm kỳ qua': dates unknown here; the pipeline gives it the term the article names
    (extractor/period_context.resolve_term) and drops it when there is none -- terms of grassroots unions
    are too varied for a default."""
    return None, None


def _current(g: Groups, rule: PeriodRule, ctx: Ctx, lex: PeriodLexicon) -> Dates | None:
    """A stock stated as current is dated at publication (None without one)."""
    return ctx.published, ctx.published


def _rest_of_year(g: Groups, rule: PeriodRule, ctx: Ctx, lex: PeriodLexicon) -> Dates | None:
    """"Từ nay đến cuối năm": from publication to the end of its year (None without one)."""
    return (ctx.published, date(ctx.published.year, 12, 31)) if ctx.published else None


def _from_now(g: Groups, rule: PeriodRule, ctx: Ctx, lex: PeriodLexicon) -> Dates | None:
    """"Từ nay đến hết tháng 6/2020": from publication to the end named (None without a publication
    date, or when that end is already past)."""
    if ctx.published is None:
        return None
    point = _range({"y1": g.get("y2"), "m1": g.get("m2"), "d1": g.get("d2")}, rule, ctx, lex)
    if point is None or point[1] is None or point[1] < ctx.published:
        return None
    return ctx.published, point[1]


RESOLVERS: dict[str, Callable[..., Dates | None]] = {
    "range": _range, "first_months": _first_months, "last_months": _last_months,
    "quarter": _quarter, "this_month": _this_month, "school_year": _school_year, "last_year": _last_year,
    "relative_year": _relative_year, "years_past": _years_past, "months_past": _months_past,
    "last_school_year": _last_school_year,
    "years_through": _years_through, "lunar_year": _lunar_year, "current": _current, "past_term": _past_term,
    "rest_of_year": _rest_of_year, "from_now": _from_now,
}
