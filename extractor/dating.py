"""Which period a figure covers, by the rules of records.md.

The sentence's own period phrase, else the nearest earlier one, else the
publication date; stocks and running totals stated as current are dated at
publication.  Refinements written from real articles: a period inside a
closed aside or in the breakdown clause after the figure dates no total, a
programme's planned span dates targets only, a list item does not inherit a
sibling item's period, and a look back before the article's own period
dates its own paragraph only.  Split from resolve.py, which also places each
figure; nothing here does I/O.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

import regex

from extractor.ruleset import STOCKS, Mention

if TYPE_CHECKING:
    from extractor.resolve import ArticleContext, Period

__all__ = ["period_of", "breakdown_after", "iso"]

_CLAUSE_STOP = regex.compile(r";")


def breakdown_after(m: Mention, ctx: ArticleContext) -> "regex.Match | None":
    """The first "trong đó" / "riêng" after the figure in its sentence: its parts' places start there."""
    s = m.sentence
    return ctx.breakdown.search(s.text, m.number.end - s.start) if ctx.breakdown is not None else None


def _in_later_part(p: Period, m: Mention, ctx: ArticleContext) -> bool:
    """Is period `p` after the figure, in a "trong đó" clause that follows it ("hỗ trợ 48.650 lượt đoàn
    viên ..., trong đó có đoàn viên bị ảnh hưởng bởi đợt mưa lũ tháng 10/2020"): a part's period."""
    part = breakdown_after(m, ctx) if p.start > m.number.end else None
    return part is not None and m.sentence.start + part.start() < p.start


def iso(d: date | None) -> str | None:
    return d.isoformat() if d else None


_FIGURE_OR_CLAUSE = regex.compile(r"[\d;]")
RAISED_TOTAL = "raise_total"   # the periods.yaml rule of "nâng/đưa tổng số ... lên"


def _raised_total(m: Mention, ctx: ArticleContext) -> bool:
    """Whether the figure is a running total ("nâng tổng số đoàn viên có dữ liệu trên phần mềm lên
    39.410"): records.md dates such a stock at publication, whatever it counts.  Only the first
    figure after the phrase is the total ("..., tăng 7.632 người so với năm 2015" is a change)."""
    s, at = m.sentence, m.number.start
    return any(p.rule == RAISED_TOTAL and s.start <= p.start < at
               and not _FIGURE_OR_CLAUSE.search(s.text, p.end - s.start, at - s.start) for p in ctx.periods)


def _past_next_aside(text: str, a: int, b: int) -> bool:
    """Whether `b` lies past the parenthesis that opens after `a`: "so với cùng kỳ năm 2013 (1.540 đoàn viên),
    đạt 77% chỉ tiêu" -- the compared period dates the figure in its parenthesis, not the later ones."""
    open_at = text.find("(", a, b)
    return open_at >= 0 and text.find(")", open_at, b) >= 0


def _aside_closed(text: str, a: int, b: int) -> bool:
    """Whether a parenthesis open at `a` closes before `b`: "(cùng kỳ năm 2023 kết nạp 2.905); thành lập
    18 CĐCS" -- the aside's period is not the 18's."""
    depth = 0
    for i, ch in enumerate(text[a:b]):
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth < 0:
                # an aside that the period ends is a gloss of time, not another figure's: "Sau 6 tháng đi vào
                # hoạt động (từ ngày 1/7 đến 31/12/2025), Công đoàn phường đã ... kết nạp 742 đoàn viên"
                return bool(text[a:a + i].strip())
    return False


UP_TO_NOW = "up_to_now"   # the periods.yaml rule of a bare "đến nay"
_RUNNING = frozenset({UP_TO_NOW, "until_end_of"})   # ... and of "tính đến (hết) ngày X", a cut-off


def _running_total(m: Mention, ctx: ArticleContext) -> bool:
    """A cumulative count after a bare "đến nay", a cut-off ("Tính đến ngày 15/8/2025, ... đã nhập
    thông tin của 215.340 đoàn viên") or a word of the present ("tổng số đơn vị tham gia ... hiện là
    27"), in a sentence that names no other span: a running total, which records.md dates at
    publication like any stock stated as current."""
    if m.indicator not in ctx.cumulative:
        return False
    s, at = m.sentence, m.number.start
    clause = s.start + s.text.rfind(";", 0, at - s.start) + 1     # the figure's clause ("trong năm, ký mới
    mine = [p for p in ctx.periods if clause <= p.start < s.end]  # 126 bản; đến nay có 1.037 ...": the 2nd)
    return any((p.rule in _RUNNING or p.kind == "current") and p.start < at for p in mine) \
        and not any(p.kind == "span" and p.rule not in _RUNNING for p in mine)


def _past_look_back(earlier: list[Period], para: int, ctx: ArticleContext | None = None) -> Period:
    """The latest of the `earlier` spans, unless it looks back before the article's own period (its
    first dated span, the headline's or the lead's) from a paragraph before this one: "Năm 2023, ...
    kết nạp 12.418 đoàn viên ... Năm 2022, toàn tỉnh chỉ kết nạp 10.520 đoàn viên." dates the figures
    of its own paragraph; a later one is back in the latest span that does not look back.  A plan's
    year is not the article's own: a headline "LĐLĐ tỉnh phấn đấu kết nạp 7.000 đoàn viên trong năm
    2014" over a review of "Năm qua" (2013) leaves the review's later paragraphs in 2013."""
    last = earlier[-1]
    if last.para < 0 or last.para >= para or last.period_end is None:
        return last
    own = next((p for p in earlier if p.has_year and p.period_start is not None and not _planned(p, ctx)), None)
    if own is None or last.period_end >= own.period_start:
        return last
    return next((p for p in reversed(earlier) if p.period_end is not None and p.period_end >= own.period_start),
                last)


def _planned(p: Period, ctx: ArticleContext | None) -> bool:
    """Does a plan name span `p` ("phấn đấu kết nạp 7.000 đoàn viên trong năm 2014"), on its own line?"""
    if ctx is None or ctx.plan_before is None or p.start is None or p.start < 0:
        return False
    line_start = ctx.text.rfind("\n", 0, p.start) + 1
    return ctx.plan_before.search(ctx.text, max(line_start, p.start - 80), p.start) is not None


def _past_event(earlier: list[Period], para: int, ctx: ArticleContext) -> list[Period]:
    """The `earlier` spans less a month-long event (Tháng Công nhân, the safety month) named in a paragraph
    before this one, when the article's own period (its first dated span) is a wider one that holds it:
    "6 tháng đầu năm 2018, ... Tháng Công nhân năm 2018 được tổ chức tại hơn 1.020 CĐCS ...\n\n Ủy ban
    Kiểm tra các cấp đã kiểm tra tài chính tại 87 đơn vị" reports the half year again, not May."""
    last = earlier[-1]
    if last.rule not in ctx.month_events or last.para < 0 or last.para >= para or last.period_start is None:
        return earlier
    own = next((p for p in earlier if p.has_year and p.period_start is not None and p.period_end is not None), None)
    if own is None or own is last or not (own.period_start <= last.period_start and last.period_end <= own.period_end
                                          and own.period_end - own.period_start > last.period_end - last.period_start):
        return earlier
    return [p for p in earlier if p.rule not in ctx.month_events or p.para >= para] or earlier


def period_of(m: Mention, ctx: ArticleContext) -> tuple[str | None, str | None]:
    """The period a figure covers, by the rules of records.md."""
    pub = ctx.published
    if m.status == "actual" and (m.indicator in STOCKS or _raised_total(m, ctx) or _running_total(m, ctx)):
        return iso(pub), iso(pub)
    s = m.sentence
    spans = [p for p in ctx.periods if p.kind == "span"]
    # a target's own span after the figure ("34 CĐCS, đạt 68% chỉ tiêu cả năm") does not date it
    # (nor does a period named after it to compare with: "tổ chức 126 lớp, trong khi năm 2014 ... 98 lớp")
    inside = [p for p in spans if s.start <= p.start < s.end
              and not ((p.programme or p.contrast) and p.start > m.number.start)
              and not _aside_closed(s.text, p.end - s.start, m.number.start - s.start)
              and not ((p.rule in ctx.comparisons or p.contrast) and _CLAUSE_STOP.search(s.text, p.end - s.start,
                                                                          m.number.start - s.start))
              and not _in_later_part(p, m, ctx)
              and not (p.contrast and p.start < m.number.start and _past_next_aside(s.text, p.end - s.start,
                                                                                   m.number.start - s.start))]
    before = [p for p in inside if p.start < m.number.start]
    # the plan a result beside it is measured against ("kết nạp 6.720 đoàn viên (chỉ tiêu giao là 6.000
    # đoàn viên)") covers the result's period: with no span of its sentence, it looks back as the result
    # does, past the next year's tasks (a plan's own span in the sentence, "chỉ tiêu cả năm", still dates it)
    measured = m.status != "target" or (ctx.against_plan is not None and ctx.against_plan.search(
        s.text, max(0, m.number.start - s.start - 40), m.number.start - s.start) is not None)
    if m.status != "target":
        # "6 tháng đầu năm 2014, ... bằng 52,7% chỉ tiêu cả năm (4.000); giảm 734 đoàn viên": a plan's span
        # between dates its target only, when the sentence named another
        before = [p for p in before if not p.programme] or before
    chosen = before[-1] if before else (inside[0] if inside else None)
    if chosen is None and ctx.stage_label is not None:
        # "Trong đó giai đoạn 1, ... phấn đấu ...": the span that stage was given earlier
        labels = [x.lower() for x in ctx.stage_label.findall(s.text)]
        named = [p for p in spans if p.label and p.start < s.start and p.label in labels]
        chosen = named[-1] if named else None
    if chosen is None:
        # a comparison ("cùng kỳ năm 2015, toàn tỉnh chỉ thành lập 2 CĐCS") dates its own clause only
        earlier = [p for p in spans if p.start < s.start and p.rule not in ctx.comparisons and not p.contrast]
        if s.is_item and s.heading is not None:
            # a list item does not inherit the period of a sibling item
            earlier = [p for p in earlier if p.start < s.heading.end] or earlier
        if measured:
            # a programme's planned span ("đề án ... giai đoạn 2016-2020") does not date achievements
            plain = [p for p in earlier if not p.programme]
            earlier = plain or earlier
        # (a plan's year is not the article's own for a result; for a plan it may be)
        chosen = _past_look_back(_past_event(earlier, s.para, ctx), s.para,
                                 ctx if m.status != "target" else None) if earlier else None
    if chosen is None and (s.is_title or s.is_display):
        later = [p for p in spans if p.start >= s.end]   # a headline sums up the body's period
        chosen = later[0] if later else None
    if chosen is not None and chosen.rule in ctx.tet_cutoffs:
        chosen = _event_of_cutoff(chosen, ctx) or chosen
    if chosen is not None:
        if _tet_season(chosen, m, ctx):
            y = chosen.period_end.year
            return f"{y}-01-01", f"{y}-12-31"
        return iso(chosen.period_start), iso(chosen.period_end)
    return iso(pub), iso(pub)


_TET = regex.compile(r"\bTết\b")
_SENTENCE_END = regex.compile(r"[.!?;]\s")


_CARE = frozenset({"beneficiaries", "support_funds"})


def _event_of_cutoff(cutoff, ctx):
    """A cut-off inside a month-long event named just before it in its sentence ("trong Tháng Công nhân năm
    2025, tính đến ngày 15/5, toàn tỉnh đã có 312 CĐCS"): the event's month, of which the figures are the
    tally so far, not the months from New Year to the cut-off."""
    if cutoff.period_end is None:
        return None
    for p in reversed(ctx.periods):
        if p.start >= cutoff.start or p.kind != "span" or p.rule not in ctx.month_events:
            continue
        between = ctx.text[p.end:cutoff.start]
        if ("\n" in between or _SENTENCE_END.search(between) or p.period_start is None or p.period_end is None
                or not p.period_start <= cutoff.period_end <= p.period_end):
            return None
        return p
    return None


def _tet_season(p, m: Mention, ctx) -> bool:
    """A cut-off early in the year ("Tính đến ngày 29/1") in a sentence about Tết, or of care given in an article
    that named that year's Tết before it: the Tết season's care, which records the Tết year as a Tết named with
    its year does."""
    if not (p.rule in ctx.tet_cutoffs and p.period_start is not None and p.period_end is not None
            and (p.period_start.month, p.period_start.day) == (1, 1) and p.period_end.month <= 3):
        return False
    if _TET.search(m.sentence.text):
        return True
    return m.indicator in _CARE and any(
        q.rule in ctx.tet_spans and q.period_start is not None and q.period_start.year == p.period_end.year
        for q in ctx.periods if q.start < p.start)
