"""Article -> records: normalize, segment, extract, resolve.  No I/O here.

`load_resources()` loads every pattern file and model once per process;
`extract_article()` is then a pure function of the article.  Evidence
offsets are mapped back through the repair map, so they always point into
the ORIGINAL text of the article.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any, Callable

from extractor import LIBRARY_EXTRACTORS
from extractor.article import Article
from extractor.furniture import Furniture, load_furniture, story_sentences
from extractor.numbers import find_numbers, load_lexicon
from extractor.period_lexicon import PeriodLexicon, load_periods
from extractor.periods import PeriodSpan, find_periods
from extractor.record import Evidence, Record
from extractor.regions import (find_regions, home_of_url, load_gazetteer, names_unnamed_local, province_of_source_text,
                               province_of_url)
from extractor.repeats import copy_headline_context, copy_rounded_repeat_context
from extractor.resolve import (ArticleContext, Period, former_wards, main_region, older_part, to_record,
                               visible_regions)
from extractor.parts import respective
from extractor.rules import carry_topic, extract_sentence
from extractor.ruleset import RuleSet, load_rules
from extractor.segment import SegmentRules, Sentence, load_rules as load_segment_rules, segment
from extractor.tables import TableRules, load_tables
from extractor.tables_read import merge, outside, read_tables, retime

EXTRACTOR_VERSION = "0.2.0"


@dataclass(frozen=True)
class Resources:
    """Everything extraction reads from patterns/ and models, loaded once."""

    rules: RuleSet
    segment: SegmentRules
    furniture: Furniture
    numbers: Any
    periods: Any
    gazetteer: Any
    repair_model: Any
    repair: Callable | None
    ner: Any = None          # extractor.ner model, loaded only when asked for
    extractors: str = LIBRARY_EXTRACTORS
    tables: TableRules | None = None   # column roles of flattened tables (extractor.tables)


def load_resources(patterns_dir: str | None = None, extractors: str = LIBRARY_EXTRACTORS) -> Resources:
    """Load patterns and models once per process (workers call it once each).

    The statistical extractor (extractor.ner) is loaded only when
    `extractors` asks for it, so the rules path stays light.
    """
    ner = None
    if extractors != "rules":
        from extractor import ner as ner_module
        ner = ner_module.load()
    try:
        from extractor.normalize import load_model, repair
        model = load_model()
    except ImportError:
        repair, model = None, None
    return Resources(
        rules=load_rules(patterns_dir), segment=load_segment_rules(), furniture=load_furniture(),
        numbers=load_lexicon(), periods=load_periods(), gazetteer=load_gazetteer(),
        repair_model=model, repair=repair, ner=ner, extractors=extractors, tables=load_tables(),
    )


@dataclass(frozen=True)
class _Identity:
    """No repair: offsets map to themselves."""

    text: str

    def span_to_original(self, start: int, end: int) -> tuple[int, int]:
        return start, end


def _periods_with_context(sentences: list[Sentence], published: date | None, res: Resources) -> list[Period]:
    """Period phrases of the story; year-less ones take the latest year seen when unpublished."""
    out: list[Period] = []
    year: int | None = None
    previous = ""
    for s in sentences:
        compared = _compared_years(previous, res.periods)
        previous = s.text
        found = find_periods(s.text, published, year, lexicon=res.periods)
        for p in sorted(found + _compared_periods(s.text, published, year, res.periods), key=lambda q: q.start):
            p = resolve_term(same_period(resolve_anaphora(p, out, res.periods), out, res.periods), out,
                             published, res.periods)
            p = within_span(p, out, s.start, res.periods)
            if (p.rule in res.periods.term_anaphors or p.rule in res.periods.term_since) and p.period_start is None:
                continue            # "nhiệm kỳ qua" with no term named: as if unsaid
            programme = p.rule in res.periods.plan_rules or (p.rule not in res.periods.event_rules and bool(
                res.rules.programme.search(s.text[max(0, p.start - 120):p.start])))
            label = res.rules.stage_label.search(s.text[max(0, p.start - 25):p.start])
            # (or a period whose figure restates one said before: "Năm 2018, con số này là 27.905 đoàn viên" names
            # a year to compare with, no anchor for a later "Trong năm")
            restates = bool(res.rules.this_figure.search(s.text, p.end, min(len(s.text), p.end + 25)))
            contrast = p.compared or restates or bool(
                res.rules.contrast_before.search(s.text[max(0, p.start - 30):p.start])) or (
                p.start <= 3 and p.has_year and p.period_start is not None and p.period_end is not None
                and p.period_start.year == p.period_end.year and p.period_start.year in compared)
            out.append(Period(p.start + s.start, p.end + s.start, p.period_start, p.period_end, p.kind, programme,
                              label.group(0).strip(" ,:").lower() if label else None, p.has_year, p.rule, s.para,
                              contrast))
            # carry only single-year phrases: 'nhiệm kỳ 2023-2028' says nothing of 'trong năm'
            if p.has_year and p.period_start and p.period_end and p.period_start.year == p.period_end.year:
                year = p.period_end.year
    return out


def _compared_periods(text: str, published: date | None, year: int | None, lexicon: PeriodLexicon) -> list:
    """The periods comparisons name right before the compared figure in a parenthesis ("tăng 114 đơn vị so
    với năm 2019 (298 CĐCS)"): read without "so với" (which blocks a comparison from dating the clause), at
    their place in the sentence, and marked as compared with, so they date that figure only."""
    if lexicon.compared_phrase is None or "so" not in text:
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


def _lead_regions(regions: list, sentences: list[Sentence], breakdown=None) -> list:
    """Region spans of the headline and the first two story sentences: what an article is about (not
    the parts a "trong đó" lists: "..., trong đó LĐLĐ tỉnh Yên Bái (cũ) kết nạp 1.214 đoàn viên")."""
    lead = [s for s in sentences if s.is_title] + [s for s in sentences if not s.is_display][:2]
    out = []
    for s in lead:
        cut = breakdown.search(s.text) if breakdown is not None else None
        end = s.start + cut.start() if cut is not None else s.end
        out.extend(r for r in regions if s.start <= r.start < end)
    return sorted(out, key=lambda r: r.start)


def _parts_before_whole(lead: list, main: str | None, text: str, gz) -> list:
    """The lead's region spans up to where it names the main province as the new whole.

    An article is about an old province's part ("khu vực Hà Giang (cũ)", a
    ward "trước sắp xếp thuộc ... tỉnh Trà Vinh") unless its lead first names
    the new province as a whole ("LĐLĐ tỉnh Cà Mau (mới) vẫn kết nạp ... Khu
    vực Bạc Liêu (cũ) đóng góp ..."): then the part is one of the province's
    figures and the article stays the whole province's.
    """
    if gz is None or gz.whole_after is None:
        return lead
    for k, r in enumerate(lead):
        if r.province == main and (gz.whole_after.match(text, r.end) or (
                gz.whole_before is not None and gz.whole_before.search(text, max(0, r.start - 60), r.start))):
            return lead[:k]
    return lead


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


def _shift(spans: list, offset: int) -> list:
    """Sentence-relative spans -> article offsets (frozen dataclasses are copied, not changed).

    Each copy is the span's own field dict with its offsets moved, set on a bare
    instance: the dataclass `__init__` would store the same fields one frozen
    `object.__setattr__` call at a time, and this runs for every number and place.
    """
    out = []
    new = object.__new__
    for s in spans:
        copy = new(type(s))
        f = vars(copy)
        f.update(vars(s))
        f["start"] += offset
        f["end"] += offset
        if "unit_end" in f:
            f["unit_end"] += offset
        if f.get("bound_start") is not None:
            f["bound_start"] += offset
        out.append(copy)
    return out


def _sentence_mentions(s: Sentence, numbers: list, res: Resources, previous: tuple = ()) -> list:
    """Mentions of one sentence by the chosen extractors (rules, ner or both merged)."""
    rule_m = extract_sentence(s, numbers, res.rules, previous) if res.extractors != "ner" else []
    if res.ner is None or res.extractors == "rules":
        return rule_m
    ner_m = res.ner.mentions(s, numbers, res.rules)
    return ner_m if res.extractors == "ner" else res.ner.merge(rule_m, ner_m)


def _adjacent_mentions(mentions: list, s: Sentence) -> tuple:
    """The mentions of the last sentence with any, when it stands right before `s` or in its paragraph
    (or in the paragraph right before the heading of the list `s` is an item of): the totals a sentence
    opening with "Trong đó" may break down, or a list of bodies share.  Read from the end of the list."""
    if not mentions:
        return ()
    last = mentions[-1].sentence
    lead = s.heading if s.is_item and s.heading is not None else s
    if not (s.start - last.end <= 2 or s.para == last.para or lead.para - last.para <= 1 and lead is not s):
        return ()
    k = len(mentions)
    while k and mentions[k - 1].sentence is last:
        k -= 1
    return tuple(mentions[k:])


def _home(article: Article, sentences: list[Sentence], res: Resources) -> str | None:
    """The city of a national-reach paper, when the article names a local body without its place."""
    home = home_of_url(article.url, res.gazetteer)
    if home and any(names_unnamed_local(s.text, res.gazetteer) for s in sentences):
        return home
    return None


def _latest_date(periods) -> "date | None":
    """The latest day an undated article's own periods name ("từ ngày 1/7 đến 31/12/2025"): it was written
    no earlier, so a ward it names after the 2025 merger is read as one (resolve.former_wards)."""
    ends = [p.period_end for p in periods if getattr(p, "has_year", False) and p.period_end is not None]
    return max(ends) if ends else None


def extract_article(article: Article, resources: Resources | None = None, *, repair: bool = True) -> list[Record]:
    """All statistics records of one article, in text order."""
    res = resources or load_resources()
    rep = res.repair(article.text, res.repair_model) if (repair and res.repair) else _Identity(article.text)
    text = rep.text
    sentences = story_sentences(segment(text, res.segment), res.furniture)
    # a table's cells are read by its columns (a rules reader), and only there: no double records
    table_mentions, taken = read_tables(text, sentences, res.tables or load_tables(), res.rules, res.numbers,
                                        res.periods) if res.extractors != "ner" else ([], [])
    regions, mentions = [], []
    for s in sentences:
        regions.extend(_shift(find_regions(s.text, res.gazetteer), s.start))
        numbers = outside(_shift(find_numbers(s.text, res.numbers), s.start), taken)
        if any(n.kind in ("quantity", "threshold") for n in numbers):  # a threshold may be promoted
            got = _sentence_mentions(s, numbers, res, _adjacent_mentions(mentions, s))
            mentions.extend(respective(s, numbers, got, mentions, res.rules) if res.extractors != "ner" else got)
    mentions = merge(mentions, table_mentions)
    if not mentions:
        return []
    mentions = carry_topic(mentions, res.rules)
    hint = article.region_hint or province_of_url(article.url) or province_of_source_text(text, res.gazetteer)
    periods = tuple(_periods_with_context(sentences, article.published, res))
    regions = visible_regions(former_wards(regions, article.published or _latest_date(periods), res.gazetteer),
                              text, res.gazetteer)
    main = main_region(regions, sentences, hint, _home(article, sentences, res))
    ctx = ArticleContext(
        regions=tuple(regions),
        periods=periods,
        main_region=older_part(main, _parts_before_whole(_lead_regions(regions, sentences, res.rules.breakdown),
                                                         main, text, res.gazetteer),
                               text, 0, article.published, res.gazetteer),
        published=article.published,
        stage_label=res.rules.stage_label_any,
        gazetteer=res.gazetteer,
        cumulative=res.rules.cumulative,
        breakdown=res.rules.breakdown,
        comparisons=res.periods.same_period,
        tet_cutoffs=res.periods.tet_cutoffs,
        tet_spans=res.periods.tet_spans,
        month_events=res.periods.month_events,
        against_plan=res.periods.against_plan,
        text=text,
    )
    pairs = []
    for m in mentions:
        s0, s1 = rep.span_to_original(m.sentence.start, m.sentence.end)
        n0, n1 = rep.span_to_original(m.number.start, m.number.end)
        ev = Evidence(article.text[s0:s1], n0, n1)
        rec = to_record(m, article, ctx, res.rules, ev)
        retime(m, rec, ctx.periods)     # a table cell: status and period from its column
        pairs.append((m, rec))
    copy_headline_context(pairs, res.rules)
    copy_rounded_repeat_context(pairs, ctx.periods)
    return [r for _, r in pairs]
