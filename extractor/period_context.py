"""The period phrases of a story, each read against the ones before it.

A phrase found in its sentence (extractor/periods.find_periods) often means
more than it says alone: "trong năm" points back to the year named last,
"cùng kỳ năm 2023" moves the span spoken of to 2023, "nhiệm kỳ qua" is the
term the article named, a stage's deadline falls in its span, a year named
to compare with dates only its own figure.  This module reads each phrase in
that context and marks what the resolver needs (a programme's span, a stage
label, a period compared with); extractor/dating.py then picks a figure's
period among them.  Split from extractor/pipeline.py, which only runs the
steps; nothing here does I/O.
"""

from __future__ import annotations

from datetime import date

import regex

from extractor.period_lexicon import PeriodLexicon
from extractor.periods import PeriodSpan, find_periods
from extractor.resolve import Period
from extractor.ruleset import RuleSet
from extractor.segment import Sentence

__all__ = ["periods_in_context", "resolve_anaphora", "same_period", "within_span", "resolve_term"]


def periods_in_context(sentences: list[Sentence], published: date | None, lexicon: PeriodLexicon,
                       rules: RuleSet) -> list[Period]:
    """Period phrases of the story, each read against those before it; year-less ones take the latest year
    seen when unpublished."""
    out: list[Period] = []
    year: int | None = None
    previous = ""
    for s in sentences:
        compared = _compared_years(previous, lexicon)
        previous = s.text
        found = find_periods(s.text, published, year, lexicon=lexicon)
        for p in sorted(found + _compared_periods(s.text, published, year, lexicon), key=lambda q: q.start):
            p = resolve_term(same_period(resolve_anaphora(p, out, lexicon), out, lexicon), out,
                             published, lexicon)
            p = within_span(p, out, s.start, lexicon)
            if (p.rule in lexicon.term_anaphors or p.rule in lexicon.term_since) and p.period_start is None:
                continue            # "nhiệm kỳ qua" with no term named: as if unsaid
            programme = p.rule in lexicon.plan_rules or (p.rule not in lexicon.event_rules and bool(
                rules.programme.search(s.text[max(0, p.start - 120):p.start])))
            label = rules.stage_label.search(s.text[max(0, p.start - 25):p.start])
            # (or a period whose figure restates one said before: "Năm 2018, con số này là 27.905 đoàn viên" names
            # a year to compare with, no anchor for a later "Trong năm")
            restates = bool(rules.this_figure.search(s.text, p.end, min(len(s.text), p.end + 25)))
            contrast = p.compared or restates or _compared_aside(s.text, p.start, lexicon) or bool(
                rules.contrast_before.search(s.text[max(0, p.start - 30):p.start])) or (
                p.start <= 3 and p.has_year and p.period_start is not None and p.period_end is not None
                and p.period_start.year == p.period_end.year and p.period_start.year in compared)
            out.append(Period(p.start + s.start, p.end + s.start, p.period_start, p.period_end, p.kind, programme,
                              label.group(0).strip(" ,:").lower() if label else None, p.has_year, p.rule, s.para,
                              contrast))
            # carry only single-year phrases: 'nhiệm kỳ 2023-2028' says nothing of 'trong năm'
            if p.has_year and p.period_start and p.period_end and p.period_start.year == p.period_end.year:
                year = p.period_end.year
    return out


_ASIDE_OPEN = regex.compile(r"\(\s*$")


def _compared_aside(text: str, start: int, lexicon: PeriodLexicon) -> bool:
    """A period opening a parenthesis in a sentence that compares ("So với cùng kỳ năm trước, số đoàn viên kết
    nạp mới tăng 418 người (quý I/2022 kết nạp 2.830 đoàn viên)"): the period compared with, dating its aside only
    (a later "Cũng trong quý" points past it, to the quarter the article reports)."""
    if lexicon.comparing is None:
        return False
    head = text[:start]
    m = _ASIDE_OPEN.search(head)
    return m is not None and lexicon.comparing.search(head, 0, m.start()) is not None


def _compared_periods(text: str, published: date | None, year: int | None, lexicon: PeriodLexicon) -> list:
    """The periods comparisons name right before the compared figure in a parenthesis ("tăng 114 đơn vị so
    với năm 2019 (298 CĐCS)"): read without "so với" (which blocks a comparison from dating the clause), at
    their place in the sentence, and marked as compared with, so they date that figure only."""
    if lexicon.compared_phrase is None or ("so" not in text and "So" not in text):
        return []
    from dataclasses import replace as _replace

    out = []
    for m in lexicon.compared_phrase.finditer(text):
        at = m.start("phrase")
        for p in find_periods(m.group("phrase"), published, year, lexicon=lexicon):
            out.append(_replace(p, start=p.start + at, end=p.end + at, compared=True))
    return out


def _compared_years(text: str, lexicon: PeriodLexicon) -> frozenset[int]:
    """Years a sentence compares with ("tăng 139% so với năm 2020"): the next sentence opening on that year
    ("Năm 2020, số tiền hỗ trợ là 18,2 tỷ đồng") states the compared figure, a period compared with
    (it dates its own clause; a later "Trong năm" points past it, to the year the article reports)."""
    if not text or lexicon.compared_year is None:
        return frozenset()
    return frozenset(int(m.group("y")) for m in lexicon.compared_year.finditer(text))


def resolve_anaphora(p: PeriodSpan, earlier: list[Period], lexicon: PeriodLexicon) -> PeriodSpan:
    """"Cũng trong quý", "trong năm" point back to the quarter or year the article named last.

    A January report on "Năm 2023" saying "số đoàn viên giảm trong năm là
    ..." means 2023, not the year of publication; the year's plan ("kế hoạch
    năm là ...") is the whole year of the span named last; only phrases the period
    lexicon lists as `anaphoric` are re-read, and only when an earlier phrase
    of the article names a single span of the same size (a calendar year, a
    quarter, a month) with its year; a programme's span does not count.
    """
    from dataclasses import replace as _replace

    said = lexicon.anaphoric.match(p.text.strip()) if lexicon.anaphoric is not None and not p.has_year else None
    if said is None:
        return p
    unit = said.lastgroup or _unit(p.period_start, p.period_end)
    if unit is None:
        return p
    if said.group("plan") and unit == "year":
        # "(kế hoạch năm là 2.000)" after "6 tháng đầu năm 2020": the whole year of the span named last
        for q in reversed(earlier):
            if q.has_year and not q.programme and not q.contrast and q.period_start and q.period_end \
                    and q.period_start.year == q.period_end.year:
                y = q.period_start.year
                return _replace(p, period_start=date(y, 1, 1), period_end=date(y, 12, 31))
        return p
    for q in reversed(earlier):
        if (q.has_year or q.rule in lexicon.anaphora_anchors) and not q.programme and not q.contrast \
                and q.rule not in lexicon.same_period and _unit(q.period_start, q.period_end) == unit:
            return _replace(p, period_start=q.period_start, period_end=q.period_end)
    return p


def same_period(p: PeriodSpan, earlier: list[Period], lexicon: PeriodLexicon) -> PeriodSpan:
    """"(cùng kỳ năm 2023 kết nạp 2.905 đoàn viên)" after "9 tháng năm 2024": the span the article
    spoke of last (a part of one year), moved to the year this phrase names."""
    from dataclasses import replace as _replace

    if p.rule not in lexicon.same_period or p.period_start is None:
        return p
    year = p.period_start.year
    for q in reversed(earlier):
        # a span (not a dateline's day), with its year or the publication's ("9 tháng đầu năm, ... tăng 37% so với
        # cùng kỳ năm trước (1.580 lượt)": the first 9 months of the year before)
        if q.kind == "span" and not q.programme and not q.contrast and q.period_start and q.period_end \
                and q.period_start.year == q.period_end.year and _unit(q.period_start, q.period_end) != "year":
            try:
                return _replace(p, period_start=q.period_start.replace(year=year), period_end=q.period_end.replace(year=year))
            except ValueError:          # 29 February
                return _replace(p, period_start=q.period_start.replace(year=year),
                                period_end=q.period_end.replace(year=year, day=28))
    return p


def within_span(p: PeriodSpan, earlier: list[Period], sentence_start: int, lexicon: PeriodLexicon) -> PeriodSpan:
    """"Nhiệm kỳ 2023-2028: phấn đấu đến năm 2028 phát triển mới 25.000 đoàn viên": a deadline year
    inside a span of several years that the sentence (from `sentence_start`) named before it, ending
    that year, is the span."""
    from dataclasses import replace as _replace

    if lexicon.by_year is None or p.period_end is None or not lexicon.by_year.match(p.text):
        return p
    for q in reversed(earlier):
        if q.start < sentence_start:
            break
        if q.period_start and q.period_end and q.period_end == p.period_end and q.period_start.year < q.period_end.year:
            return _replace(p, period_start=q.period_start)
    return p


def resolve_term(p: PeriodSpan, earlier: list[Period], published: date | None, lexicon: PeriodLexicon) -> PeriodSpan:
    """"Nhiệm kỳ qua" points back to a term the article named with its years: the last one ended by
    the publication year, else (undated) by the start of the newest term named -- a congress report
    names the new term (2023-2028) and the one it reports on (2018-2023).  "Từ đầu nhiệm kỳ đến nay"
    runs from the start of the earliest named term the publication date falls in, to that date; "5 năm
    qua" starting with a named term is that term."""
    from dataclasses import replace as _replace

    if p.rule in lexicon.term_spans:
        # "5 năm qua" in a report on "nhiệm kỳ 2018-2023": the whole term it starts with
        same = [q for q in earlier if q.rule in lexicon.term_antecedents and q.period_start == p.period_start
                and q.period_end is not None and p.period_end is not None and q.period_end >= p.period_end]
        return _replace(p, period_end=same[-1].period_end) if same else p
    if p.rule not in lexicon.term_anaphors and p.rule not in lexicon.term_since:
        return p
    terms = [q for q in earlier if q.rule in lexicon.term_antecedents and q.period_start and q.period_end]
    if not terms:
        return p
    if p.rule in lexicon.term_since:
        running = [q for q in terms if published and q.period_start <= published <= q.period_end]
        if not running:
            return p
        q = min(running, key=lambda q: q.period_start)
        return _replace(p, period_start=q.period_start, period_end=published)
    last_year = published.year if published else max(q.period_start.year for q in terms)
    ended = [q for q in terms if q.period_end.year <= last_year]
    if not ended:
        return p
    q = max(ended, key=lambda q: q.period_end)
    return _replace(p, period_start=q.period_start, period_end=q.period_end)


def _unit(start: date | None, end: date | None) -> str | None:
    """'year', 'quarter' or 'month' when [start, end] is exactly one calendar unit, else None."""
    if start is None or end is None or start.day != 1 or start.year != end.year:
        return None
    nxt = date(end.year + (end.month == 12), end.month % 12 + 1, 1)
    months = (nxt.year - start.year) * 12 + nxt.month - start.month
    if months == 12 and start.month == 1:
        return "year"
    if months == 3 and start.month in (1, 4, 7, 10):
        return "quarter"
    return "month" if months == 1 else None
