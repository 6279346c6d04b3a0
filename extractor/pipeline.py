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

import regex

from extractor import LIBRARY_EXTRACTORS
from extractor.article import Article
from extractor.furniture import Furniture, load_furniture, story_sentences
from extractor.merger import former_wards, older_part, visible_regions
from extractor.numbers import find_numbers, load_lexicon
from extractor.period_context import periods_in_context
from extractor.period_lexicon import load_periods
from extractor.record import Evidence, Record
from extractor.regions import (find_regions, home_of_url, load_gazetteer, names_unnamed_local, province_of_source_text,
                               province_of_url)
from extractor.repeats import copy_headline_context, copy_rounded_repeat_context, unread_repeats
from extractor.resolve import ArticleContext, main_region, to_record
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
        if r.province == main and ((r.kind == "org" and _reports_alone(r, lead[k + 1:], text))
                                   or gz.whole_after.match(text, r.end) or (
                gz.whole_before is not None and gz.whole_before.search(text, max(0, r.start - 60), r.start))):
            return lead[:k]
    return lead


_SENTENCE_END = regex.compile(r"[.!?]\s|\n")


def _reports_alone(org, later: list, text: str) -> bool:
    """Does the main province's body named in the lead report for the whole ("LĐLĐ tỉnh Đồng Tháp, 10 tháng năm
    2026, ... kết nạp 11.260 đoàn viên. Khu vực Tiền Giang (cũ) kết nạp 5.840": the part a later sentence names
    is a share of it), not act in a part its own sentence names ("LĐLĐ tỉnh Khánh Hòa tổ chức ký kết ... với 12
    doanh nghiệp khu vực phía Nam tỉnh (tỉnh Ninh Thuận cũ)", as dev y15)?"""
    return not any(r.province != org.province and not _SENTENCE_END.search(text, org.end, r.start) for r in later)


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
    no earlier, so a ward it names after the 2025 merger is read as one (merger.former_wards)."""
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
    regions, mentions, unread = [], [], []
    for s in sentences:
        regions.extend(_shift(find_regions(s.text, res.gazetteer), s.start))
        numbers = outside(_shift(find_numbers(s.text, res.numbers), s.start), taken)
        if any(n.kind in ("quantity", "threshold") for n in numbers):  # a threshold may be promoted
            got = _sentence_mentions(s, numbers, res, _adjacent_mentions(mentions, s))
            got = respective(s, numbers, got, mentions, res.rules) if res.extractors != "ner" else got
            mentions.extend(got)
            if s.is_title or s.is_display:      # a headline figure no frame read may repeat a body one
                read = {m.number.start for m in got}
                unread.extend((s, n) for n in numbers if n.kind == "quantity" and n.start not in read)
    mentions = merge(mentions, table_mentions)
    if not mentions:
        return []
    mentions = carry_topic(mentions, res.rules)
    if unread and (repeats := unread_repeats(unread, mentions, res.rules)):
        mentions = sorted(mentions + repeats, key=lambda m: m.number.start)
    hint = article.region_hint or province_of_url(article.url) or province_of_source_text(text, res.gazetteer)
    periods = tuple(periods_in_context(sentences, article.published, res.periods, res.rules))
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
        plan_before=res.periods.plan_before,
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
