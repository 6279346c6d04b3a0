"""Resolve mentions into records: region, scope and status; the period from extractor/dating.py.

records.md decides: the region is the province of the reporting
organisation, else the province the sentence names, else the article's main
province; the period comes from the sentence, else the nearest earlier
period phrase, else the publication date; stocks are dated at publication.
Headline and rounded repeats are extractor/repeats.py.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import regex

from extractor.article import Article
from extractor.dating import breakdown_after, period_of
from extractor.merger import MERGER, listed_parts, older_part
from extractor.record import Evidence, Record
from extractor.regions import Gazetteer, RegionSpan, canonical_province, to_2025
from extractor.status import status_before
from extractor.ruleset import STOCKS, Mention, RuleSet
from extractor.segment import Sentence


@dataclass(frozen=True)
class Period:
    """A period phrase of the article (article offsets) and whether a programme names it."""

    start: int
    end: int
    period_start: date | None
    period_end: date | None
    kind: str
    programme: bool = False
    label: str | None = None      # "giai đoạn 1", "đợt 2": a stage this span defines
    has_year: bool = False        # the phrase states its year
    rule: str = ""                # the periods.yaml rule that found it
    para: int = -1                # the paragraph of its sentence
    contrast: bool = False        # named to compare with ("gấp đôi năm 2014"): dates its own clause only


@dataclass(frozen=True)
class ArticleContext:
    """What a whole article tells about its figures."""

    regions: tuple[RegionSpan, ...]      # all region spans, text order
    periods: tuple["Period", ...]        # all period spans, text order
    main_region: str | None
    published: date | None
    stage_label: "regex.Pattern | None" = None
    gazetteer: "Gazetteer | None" = None    # for the 2025 successors and the former-part words
    cumulative: frozenset = frozenset()     # lexicon.yaml cumulative_codes
    breakdown: "regex.Pattern | None" = None    # lexicon.yaml breakdown ("trong đó", "riêng")
    comparisons: frozenset = frozenset()    # periods.yaml same_period: "cùng kỳ năm 2015", a comparison's span
    tet_cutoffs: frozenset = frozenset()    # periods.yaml tet_cutoffs: a cut-off that, beside Tết, is the Tết year
    tet_spans: frozenset = frozenset()      # periods.yaml tet_spans: the rules that name a Tết
    month_events: frozenset = frozenset()   # periods.yaml month_events: a month-long event a cut-off falls in
    against_plan: "regex.Pattern | None" = None   # periods.yaml against_plan: a result's plan, its period
    plan_before: "regex.Pattern | None" = None    # periods.yaml plan_before: a plan's year is not the article's own
    text: str = ""                          # the article text, for paragraph bounds


def main_region(regions: list[RegionSpan], sentences: list[Sentence], hint: str | None,
                home: str | None = None) -> str | None:
    """The article's province (records.md): its headline's (the country, when the headline names
    only the country or a national body) and first organisation named, else
    the source site's province; else a province named in the lead (captions
    aside); else `home`, the city of a national-reach paper, which the caller
    gives only for an article about an unnamed local body; a national body
    only when nothing provincial is known.
    """
    provincial = [r for r in regions if r.kind in ("org", "province", "place")]
    titles = [s for s in sentences if s.is_title]
    in_title = [r for r in provincial if any(t.start <= r.start < t.end for t in titles)]
    if in_title:
        return in_title[0].province
    if any(r.kind == "national" and any(t.start <= r.start < t.end for t in titles) for r in regions):
        return "Việt Nam"   # "9 tháng, cả nước kết nạp hơn 612.000 đoàn viên": a national story, whoever it cites
    orgs = [r for r in provincial if r.kind == "org"]
    lead = [s for s in sentences if not s.is_display][:3]
    in_lead = [r for r in provincial if r.kind == "province" and any(s.start <= r.start < s.end for s in lead)]
    national = [r for r in regions if r.kind == "national"]
    if national and not hint and not any(r.kind in ("province", "place") and any(s.start <= r.start < s.end
                                                                              for s in lead) for r in provincial) \
            and (not orgs or national[0].start < orgs[0].start) and any(s.start <= national[0].start < s.end
                                                                          for s in lead):
        return national[0].province   # "Tổng LĐLĐ Việt Nam ... đã xây mới 1.928 nhà": a national story
    if orgs:
        return orgs[0].province
    if hint:
        return hint
    if in_lead:
        return in_lead[0].province
    if home:
        return home
    return national[0].province if national else None


_CLAUSE_STOP = regex.compile(r";")   # "...; riêng khu vực Nam Định 700": another figure's place


def region_of(m: Mention, ctx: ArticleContext, period: tuple[str | None, str | None] = (None, None)) -> str | None:
    """Reporting organisation in the sentence, else a province it names, else the main one
    (`period`, ISO: the figure's, for the merger rule of `_unnamed_after_merger`).  A place named in a
    breakdown clause that a ";" closed before the figure is that part's ("..., trong đó khu vực Quảng
    Nam (cũ) kết nạp 5.102 đoàn viên; thành lập 48 CĐCS")."""
    s = m.sentence
    inside = [r for r in ctx.regions if s.start <= r.start < s.end and r.kind != "district"
              and not _in_closed_part(r, s, m.number.start, ctx)]
    after = m.number.end - s.start
    stops = [x for x in (_CLAUSE_STOP.search(s.text, after), breakdown_after(m, ctx)) if x]
    end = s.start + min(x.start() for x in stops) if stops else s.end
    near = [r for r in inside if r.start < end]
    region = _region_of(m, ctx, near)
    if region == ctx.main_region and not any(r.kind in ("org", "province", "place") for r in inside):
        region = _paragraph_org(m, ctx) or region
    if region == ctx.main_region and not any(r.kind in ("org", "province", "place") for r in near):
        return _unnamed_after_merger(region, m, ctx, period)
    return _listed_whole(region, near, m, ctx) or older_part(region, near, s.text, s.start, ctx.published,
                                                             ctx.gazetteer, m.number.start)


_PROVINCE_BODY = regex.compile(r"\b(?:tỉnh|[Tt]hành phố|TP)\b")


def _paragraph_org(m: Mention, ctx: ArticleContext) -> str | None:
    """A sentence that names no place goes on with the body an earlier sentence of its paragraph named
    ("Theo Liên đoàn Lao động tỉnh Gia Lai, dịp Tết ... . Tính đến ngày 28/1, đã có 38.415 đoàn viên
    ..."): that body's province, not the article's main one."""
    s = m.sentence
    if not ctx.text:
        return None
    para = ctx.text.rfind("\n", 0, s.start) + 1
    orgs = [r for r in ctx.regions if para <= r.start < s.start and r.kind == "org" and r.province]
    # a province's body only: what a ward or district union did is its own sentence's ("Trong năm, Công
    # đoàn phường Bạc Liêu thành lập 3 CĐCS. Các cấp công đoàn thành lập 11 Ban nữ công": the province's)
    return orgs[-1].province if orgs and _PROVINCE_BODY.search(orgs[-1].text) else None


def _listed_whole(region: str | None, near: list[RegionSpan], m: Mention, ctx: ArticleContext) -> str | None:
    """After the merger, a figure right after a list of the old provinces a new one was made of ("tổng
    hợp số liệu của hai tỉnh Đồng Nai và Bình Phước trước hợp nhất, có 1.412 CĐCS") is the new
    province's, by the name it kept; None when that is not the case."""
    gz = ctx.gazetteer
    if region is None or gz is None or ctx.published is None or ctx.published < MERGER:
        return None
    new = to_2025(region, gz)
    parts = [r for r in near if r.province and to_2025(r.province, gz) == new]
    before = [r for r in parts if r.start < m.number.start]
    if not before or before[-1] not in listed_parts(parts, m.sentence.text, m.sentence.start):
        return None
    return canonical_province(new, gz) or new


def _unnamed_after_merger(region: str | None, m: Mention, ctx: ArticleContext,
                         period: tuple[str | None, str | None]) -> str | None:
    """After the 2025 merger there is one federation per new province: in an article about a part
    that was an old province ("khu vực Thái Bình (cũ)", the main region), a figure of "LĐLĐ tỉnh" or
    "toàn tỉnh" with no name is the new province's, when it is a running total or a stock ("Từ đầu
    năm đến nay", "Năm 2026 ... phấn đấu", "Đến nay ... 57 đối tác").  A figure of the day's event
    ("Dịp này, LĐLĐ tỉnh trao 30 suất quà") stays at the event's place, and one that covers only
    time before the merger stays with the old province."""
    gz = ctx.gazetteer
    start, end = period
    if (region is None or gz is None or gz.unnamed_province is None or ctx.published is None
            or ctx.published < MERGER or (end is not None and end < MERGER.isoformat())):
        return region
    if start == end and m.indicator not in STOCKS and m.indicator not in ctx.cumulative:
        return region
    s = m.sentence
    part = breakdown_after(m, ctx)
    # (the body reports before its figure, and not as a partner: "Công đoàn phường thăm hỏi 86 đoàn viên ...;
    # phối hợp LĐLĐ thành phố mở 3 lớp" leaves the ward's figures with the ward's old province)
    limit = min(m.number.start - s.start, part.start() if part else len(s.text))
    hit = gz.unnamed_province.search(s.text, 0, limit)
    if not hit or (gz.partner_before is not None and gz.partner_before.search(s.text, 0, hit.start())):
        return region
    # the new province by its name before the merger (records.md): 'Huế' is 'Thừa Thiên Huế'
    new = to_2025(region, gz)
    return (canonical_province(new, gz) or new) if new else region


def _region_of(m: Mention, ctx: ArticleContext, inside: list[RegionSpan]) -> str | None:
    """The region before the merger rule: `inside` are the sentence's region spans, districts aside."""
    s = m.sentence
    pos = m.number.start
    # a place named in a breakdown after the figure is the part's, not the total's: "quản lý 5.960
    # CĐCS ..., trong đó khu vực Nam Định (cũ) có 2.418 CĐCS" leaves the 5.960 to the whole province
    part = ctx.breakdown.search(s.text, pos - s.start) if ctx.breakdown is not None else None
    if part is not None:
        inside = [r for r in inside if r.start < s.start + part.start()]
    if _national_act(inside, s, pos, ctx):
        return "Việt Nam"
    national = [r for r in inside if r.kind == "national" and not _compares(r, m, ctx)]
    scope = ctx.gazetteer.national_scope if ctx.gazetteer is not None else None
    partner = ctx.gazetteer.partner_before if ctx.gazetteer is not None else None
    unnamed = ctx.gazetteer.unnamed_province if ctx.gazetteer is not None else None
    for kinds in (("org",), ("province", "place")):
        cands = [r for r in inside if r.kind in kinds]
        before = [r for r in cands if r.start < pos]
        if kinds == ("province", "place") and cands and not before and unnamed is not None \
                and unnamed.search(s.text, 0, pos - s.start):
            # "LĐLĐ tỉnh trao 150 suất quà ... cho đoàn viên tại phường Đồng Xoài": the province's own body,
            # its name unsaid, reports; the place named after the figure is where the members are
            return ctx.main_region
        if partner is not None and len(before) > 1:
            # "LĐLĐ tỉnh Đắk Lắk phối hợp với Công đoàn phường Tuy Hòa ..., trao 600 suất quà": the acting
            # body named first, not its partner
            before = [r for r in before if not partner.search(s.text, 0, r.start - s.start)] or before
        if before:
            return before[-1].province
        if cands and scope is not None and any(r.start < pos and scope.search(r.text.lower()) for r in national):
            # "Cả nước hiện có hơn 5 triệu nữ đoàn viên, Quảng Ninh là một trong ...": the country's
            # (a national body acting in a province named after the figure is that province's)
            return "Việt Nam"
        if cands:
            return cands[0].province
    if national and (ctx.main_region in (None, "Việt Nam") or (scope is not None and scope.search(s.text))
                     or any(w in r.text.lower() for r in national for w in ("cả nước", "toàn quốc"))):
        return "Việt Nam"
    return ctx.main_region


def _national_act(inside: list[RegionSpan], s, pos: int, ctx: ArticleContext) -> bool:
    """A national body reporting, before the figure and no provincial one, for the whole country or
    sector ("Công đoàn Giáo dục Việt Nam ký kết ... với 6 doanh nghiệp ... cho nhà giáo ... cả nước"):
    the place of the ceremony ("tại Hà Nội") is not the figure's region."""
    scope = ctx.gazetteer.national_scope if ctx.gazetteer is not None else None
    if scope is None or not scope.search(s.text):
        return False
    if any(r.kind == "org" and r.start < pos for r in inside):
        return False
    # a national body, not a national word ("chiếm 10% đoàn viên cả nước, với 300.000" is no national act)
    return any(r.kind == "national" and r.start < pos and not scope.search(r.text) for r in inside)


def _in_closed_part(r: RegionSpan, s, pos: int, ctx: ArticleContext) -> bool:
    """Is region span `r` inside a "trong đó" / "riêng" clause of sentence `s` that ends (";") before `pos`?"""
    if ctx.breakdown is None or r.start >= pos:
        return False
    rel, end = r.start - s.start, pos - s.start
    if ";" not in s.text[rel:end]:
        return False
    return ctx.breakdown.search(s.text, s.text.rfind(";", 0, rel) + 1, rel) is not None


def _compares(r: RegionSpan, m: Mention, ctx: ArticleContext) -> bool:
    """A national word after the figure that only compares it with the country ("lớn nhất cả nước")."""
    comparison = ctx.gazetteer.national_comparison if ctx.gazetteer is not None else None
    if r.start < m.number.start or comparison is None:
        return False
    s = m.sentence
    return bool(comparison.search(s.text, 0, r.start - s.start))


def scope_of(m: Mention, rules: RuleSet, ctx: ArticleContext) -> str | None:
    """The organisation or sector the figure is about, as written (not scored)."""
    s = m.sentence
    rel = m.number.start - s.start
    orgs = [r for r in ctx.regions if s.start <= r.start < m.number.start and r.org]
    if orgs:
        return orgs[-1].org
    mm = None
    for mm in rules.scope_org.finditer(s.text, 0, rel):
        pass
    if mm is not None:
        return mm.group(0).strip()
    after = rules.scope_sector.search(s.text, m.number.end - s.start, min(len(s.text), m.number.end - s.start + 60))
    return after.group(0) if after else None


PLAN_MARGIN_DAYS = 14
PLAN_SPAN_DAYS = 92    # a campaign: a month, Tháng Công nhân, a quarter


def planned_status(m: Mention, period_start: "date | str | None", period_end: "date | str | None", published: date | None, rules: RuleSet) -> str:
    """A figure with no status word whose period is still weeks ahead is a plan.

    An article published on 4 May that lists what the union will do in
    Tháng Công nhân (May) states targets even without "kế hoạch" or "sẽ".
    Only a campaign-sized period (up to a quarter) that starts around
    publication and ends weeks later counts (a year well under way is reported, not planned), and any word
    that marks status (either way) keeps the extractor's reading.
    """
    if m.status != "actual" or period_end is None or published is None:
        return m.status
    sent = m.sentence
    head = sent.text[:m.number.start - sent.start]
    if period_start is not None and date.fromisoformat(str(period_start)) > published and not (
            status_before(head, rules) == "actual" or status_before(sent.text, rules) == "actual"):
        # a period that begins after publication cannot have been done: "Chương trình 'Chuyến xe Công đoàn'
        # bố trí 30 chuyến xe đưa khoảng 1.600 công nhân về quê" in a December article on next year's Tết
        return "target"
    if period_start is None or (date.fromisoformat(str(period_end)) - published).days <= PLAN_MARGIN_DAYS:
        return m.status
    if (published - date.fromisoformat(str(period_start))).days > PLAN_MARGIN_DAYS:
        return m.status   # well under way: a report of what was done so far
    if (date.fromisoformat(str(period_end)) - date.fromisoformat(str(period_start))).days > PLAN_SPAN_DAYS:
        return m.status   # a whole year just begun is as often reviewed as planned
    # a status word before the figure, or a word of achievement anywhere ("..., đạt 50% kế hoạch"), keeps
    # the reading; a plan word after it ("Kết nạp 1.500 đoàn viên, phấn đấu hoàn thành chỉ tiêu năm") does not
    if status_before(head, rules) is not None or status_before(sent.text, rules) == "actual":
        return m.status
    if sent.heading is not None and status_before(sent.heading.text, rules) is not None:
        return m.status
    return "target"


def to_record(m: Mention, article: Article, ctx: ArticleContext, rules: RuleSet,
              evidence: Evidence) -> Record:
    start, end = period_of(m, ctx)
    region = region_of(m, ctx, (start, end))
    return Record(
        doc_id=article.id, indicator=m.indicator, value=m.value, unit=m.unit,
        status=planned_status(m, start, end, ctx.published, rules),
        bound=m.bound, region=region, region_2025=to_2025(region) if region else None,
        scope=scope_of(m, rules, ctx), period_start=start, period_end=end,
        evidence=evidence, method=m.method,
    )
