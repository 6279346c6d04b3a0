"""Find the time spans an article names and resolve them to dates.

records.md decides what a figure's period is; this module supplies the
pieces: every period phrase of a text ('năm 2020', '6 tháng đầu năm',
'từ đầu năm đến nay', 'nhiệm kỳ 2018-2023'), every stock marker ('hiện có',
'nâng tổng số') and every event day ('Ngày 7/4/2021'), each resolved to
period_start .. period_end.  Which phrase a figure takes is the resolver's
job (extractor/resolve.py).

The words live in patterns/periods.yaml; this file only knows how a rule's
named groups become dates (`resolve:` names one of the functions below).
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Callable, Mapping

import regex
import yaml

from extractor.literals import required_literals
from extractor.lowered import lower_same_length, lowered
from extractor.yamlio import load_yaml

PATTERNS = Path(__file__).resolve().parent.parent / "patterns"
KINDS = ("span", "current", "date", "block")
_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4}


@dataclass(frozen=True)
class PeriodSpan:
    """A period phrase found in a text (offsets into the text passed in)."""

    start: int
    end: int
    text: str
    period_start: date | None
    period_end: date | None
    kind: str          # 'span' | 'current' | 'date' (see module docstring)
    has_year: bool     # the phrase itself states the year
    rule: str = ""     # the periods.yaml rule that found it


@dataclass(frozen=True)
class PeriodRule:
    """One pattern of periods.yaml, compiled."""

    name: str
    kind: str
    resolve: str
    pattern: "regex.Pattern"
    fixed: tuple[tuple[str, int], ...] = ()
    until_now: bool = False
    offset: int = 0
    twin: "regex.Pattern | None" = None     # the same pattern for lower-cased text (extractor/lowered.py)
    gate: frozenset | None = None           # one of these is in any lower-cased text the twin matches (extractor/literals.py)


@dataclass(frozen=True)
class PeriodLexicon:
    """Compiled rules plus the word lists their groups are read with."""

    rules: tuple[PeriodRule, ...]
    number_words: Mapping[str, int]
    stems: tuple[str, ...]
    branches: Mapping[str, int]       # spelling -> index in the 12-year cycle
    examples: tuple[dict, ...]
    anaphoric: "regex.Pattern | None" = None   # "trong năm", "cũng trong quý": the unit named last
    same_period: frozenset = frozenset()       # rules naming the current span in another year ("cùng kỳ năm 2023")
    anaphora_anchors: frozenset = frozenset()  # digit-less rules naming one year that "trong năm" may point to
    term_anaphors: frozenset = frozenset()     # "nhiệm kỳ qua": rules that point back to a named term ...
    term_antecedents: frozenset = frozenset()  # ... "nhiệm kỳ 2018-2023": the rules that name one
    term_since: frozenset = frozenset()        # "từ đầu nhiệm kỳ đến nay": from a named term's start to now
    # derived from `rules` once (not per sentence): (order, rule) of the phrase rules and of the
    # blockers, and every word of the rules' gates, so a sentence is searched for each word once
    phrases: tuple = field(init=False, repr=False, compare=False)
    blocks: tuple = field(init=False, repr=False, compare=False)
    gate_words: tuple[str, ...] = field(init=False, repr=False, compare=False)
    # (gate words a sentence holds, blocks?) -> the rules worth scanning there (see _plan); bounded
    plans: dict = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        ordered = tuple(enumerate(self.rules))
        object.__setattr__(self, "phrases", tuple((o, r) for o, r in ordered if r.kind != "block"))
        object.__setattr__(self, "blocks", tuple((o, r) for o, r in ordered if r.kind == "block"))
        object.__setattr__(self, "gate_words", tuple(sorted({w for r in self.rules if r.gate for w in r.gate})))
        object.__setattr__(self, "plans", {})


# ---------------------------------------------------------------- loading

def _expand(pattern: str, fragments: Mapping[str, str]) -> str:
    """Replace {name} by its fragment until none is left (fragments nest)."""
    for _ in range(10):
        new = regex.sub(r"\{([a-z_]+)\}", lambda m: "(?:" + fragments[m.group(1)] + ")", pattern)
        if new == pattern:
            return new
        pattern = new
    raise ValueError(f"periods.yaml: fragments nest too deep in {pattern[:60]!r}")


def _alternation(words) -> str:
    return "|".join(regex.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=4)
def load_periods(path: str | None = None) -> PeriodLexicon:
    """Compile patterns/periods.yaml once per process.

    A broken file raises ValueError naming the file and the rule, so the CLI
    can print one line instead of a traceback.
    """
    file = Path(path) if path else PATTERNS / "periods.yaml"
    try:
        return _compile(load_yaml(file.read_text(encoding="utf-8")), file)
    except (KeyError, TypeError, AttributeError, regex.error, yaml.YAMLError) as exc:
        raise ValueError(f"{file}: {type(exc).__name__}: {exc}") from None


def _compile(data: dict, file: Path) -> PeriodLexicon:
    numbers = {str(k): int(v) for k, v in data["number_words"].items()}
    branches = {w: i for i, group in enumerate(data["branches"]) for w in group}
    # Long fragments are folded YAML blocks: drop the spaces folding puts around '|'.
    fragments = {k: regex.sub(r"\s*\|\s*", "|", " ".join(v.split())) for k, v in data["fragments"].items()}
    fragments["numword"] = _alternation(numbers)
    fragments["canchi"] = rf"(?P<can>{_alternation(data['stems'])})\s+(?P<chi>{_alternation(branches)})"
    rules = []
    for r in data["rules"]:
        if r["kind"] not in KINDS:
            raise ValueError(f"{file}: rule {r['name']}: unknown kind {r['kind']!r}")
        resolve = r.get("resolve", "block")
        if r["kind"] != "block" and resolve not in RESOLVERS:
            raise ValueError(f"{file}: rule {r['name']}: unknown resolve {resolve!r}")
        flags = regex.V0 | (0 if r.get("case") == "sensitive" else regex.IGNORECASE)
        pattern = regex.compile(_expand(r["pattern"], fragments), flags)
        twin = lowered(pattern)
        rules.append(PeriodRule(
            name=r["name"], kind=r["kind"], resolve=resolve, pattern=pattern, twin=twin,
            gate=required_literals(twin) if twin is not None else None,
            fixed=tuple((r.get("fixed") or {}).items()), until_now=bool(r.get("until_now")),
            offset=int(r.get("offset", 0)),
        ))
    anaphoric = regex.compile(data["anaphoric"], regex.IGNORECASE) if data.get("anaphoric") else None
    return PeriodLexicon(tuple(rules), numbers, tuple(data["stems"]), branches,
                         tuple(data.get("examples") or ()), anaphoric, frozenset(data.get("same_period") or ()),
                         frozenset(data.get("anaphora_anchors") or ()),
                         frozenset((data.get("past_term") or {}).get("anaphors") or ()),
                         frozenset((data.get("past_term") or {}).get("antecedents") or ()),
                         frozenset((data.get("past_term") or {}).get("since") or ()))


# ---------------------------------------------------------------- date helpers

def _month_end(y: int, m: int) -> date:
    return date(y, m, calendar.monthrange(y, m)[1])


def _year(y: int | None) -> tuple[date | None, date | None]:
    return (date(y, 1, 1), date(y, 12, 31)) if y else (None, None)


@dataclass(frozen=True)
class _Ctx:
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

def _range(g: Groups, rule: PeriodRule, ctx: _Ctx, lex: PeriodLexicon) -> Dates | None:
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


def _first_months(g: Groups, rule: PeriodRule, ctx: _Ctx, lex: PeriodLexicon) -> Dates | None:
    """'6 tháng đầu năm 2024', 'sau 9 tháng': January .. the end of month n."""
    n, y = _int(g, "n", lex), _int(g, "y1", lex) or ctx.year
    if n is None or not 1 <= n <= 12:
        return None
    return (date(y, 1, 1), _month_end(y, n)) if y else (None, None)


def _last_months(g: Groups, rule: PeriodRule, ctx: _Ctx, lex: PeriodLexicon) -> Dates | None:
    """'6 tháng cuối năm 2024': month 12-n+1 .. December 31."""
    n, y = _int(g, "n", lex), _int(g, "y1", lex) or ctx.year
    if n is None or not 1 <= n <= 12:
        return None
    return (date(y, 13 - n, 1), date(y, 12, 31)) if y else (None, None)


def _months_past(g: Groups, rule: PeriodRule, ctx: _Ctx, lex: PeriodLexicon) -> Dates | None:
    """'6 tháng qua' published in July: the n whole months before the month of publication
    (January .. June); without a publication date, the first n months of the year."""
    n = _int(g, "n", lex)
    if n is None or not 1 <= n <= 12:
        return None
    if ctx.published is None:
        return (date(ctx.year, 1, 1), _month_end(ctx.year, n)) if ctx.year else (None, None)
    last = ctx.published.year * 12 + ctx.published.month - 2      # months since year 0 of the last one
    first = last - n + 1
    return date(first // 12, first % 12 + 1, 1), _month_end(last // 12, last % 12 + 1)


def _quarter(g: Groups, rule: PeriodRule, ctx: _Ctx, lex: PeriodLexicon) -> Dates | None:
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


def _this_month(g: Groups, rule: PeriodRule, ctx: _Ctx, lex: PeriodLexicon) -> Dates | None:
    """A bare 'Trong tháng' is the month of publication (unknown without one)."""
    p = ctx.published
    return (date(p.year, p.month, 1), _month_end(p.year, p.month)) if p else (None, None)


def _school_year(g: Groups, rule: PeriodRule, ctx: _Ctx, lex: PeriodLexicon) -> Dates | None:
    """'năm học 2021-2022': September 1 .. August 31."""
    y1 = _int(g, "y1", lex)
    y2 = _int(g, "y2", lex) or y1 + 1
    if y2 != y1 + 1:
        return None
    return date(y1, 9, 1), date(y2, 8, 31)


def _last_school_year(g: Groups, rule: PeriodRule, ctx: _Ctx, lex: PeriodLexicon) -> Dates | None:
    """'năm học qua': from June on, the school year ending this August; before June, the one
    that ended last August.  Unknown without a publication date."""
    if ctx.published is None:
        return None, None
    end = ctx.published.year if ctx.published.month >= 6 else ctx.published.year - 1
    return date(end - 1, 9, 1), date(end, 8, 31)


def _last_year(g: Groups, rule: PeriodRule, ctx: _Ctx, lex: PeriodLexicon) -> Dates | None:
    """'năm qua': the publication year; in January or February, the year just ended."""
    if ctx.published is not None:
        p = ctx.published
        return _year(p.year - 1 if p.month <= 2 else p.year)
    return _year(ctx.year)


def _relative_year(g: Groups, rule: PeriodRule, ctx: _Ctx, lex: PeriodLexicon) -> Dates | None:
    """'năm tới' (+1), 'năm trước' (-1), relative to the publication year."""
    return _year(ctx.year + rule.offset if ctx.year else None)


def _years_past(g: Groups, rule: PeriodRule, ctx: _Ctx, lex: PeriodLexicon) -> Dates | None:
    """'10 năm qua' (published 2019-10-31): 2009-01-01 .. 2019-10-31."""
    n = _int(g, "n", lex)
    if not n or n > 100 or ctx.year is None:
        return None if not n or n > 100 else (None, None)
    return date(ctx.year - n, 1, 1), ctx.published


def _years_through(g: Groups, rule: PeriodRule, ctx: _Ctx, lex: PeriodLexicon) -> Dates | None:
    """'sau 1 năm thực hiện': the n calendar years ending with the publication year."""
    n = _int(g, "n", lex)
    if not n or n > 100:
        return None
    return (date(ctx.year - n + 1, 1, 1), date(ctx.year, 12, 31)) if ctx.year else (None, None)


def _lunar_year(g: Groups, rule: PeriodRule, ctx: _Ctx, lex: PeriodLexicon) -> Dates | None:
    """'Tết Nhâm Dần': the year of that name nearest the publication (or context) year."""
    if ctx.year is None:
        return None, None
    stem = next(i for i, s in enumerate(lex.stems) if s.lower() == g["can"].lower())
    branch = next(i for w, i in lex.branches.items() if w.lower() == g["chi"].lower())
    for y in sorted(range(ctx.year - 30, ctx.year + 31), key=lambda y: abs(y - ctx.year)):
        if (y - 1984) % 10 == stem and (y - 1984) % 12 == branch:
            return _year(y)
    return None           # an impossible pair (Giáp Sửu): not a year name


def _past_term(g: Groups, rule: PeriodRule, ctx: _Ctx, lex: PeriodLexicon) -> Dates | None:
    """'nhiệm kỳ qua': dates unknown here; the pipeline gives it the term the article names
    (extractor/pipeline.resolve_term) and drops it when there is none -- terms of grassroots unions
    are too varied for a default."""
    return None, None


def _current(g: Groups, rule: PeriodRule, ctx: _Ctx, lex: PeriodLexicon) -> Dates | None:
    """A stock stated as current is dated at publication (None without one)."""
    return ctx.published, ctx.published


RESOLVERS: dict[str, Callable[..., Dates | None]] = {
    "range": _range, "first_months": _first_months, "last_months": _last_months,
    "quarter": _quarter, "this_month": _this_month, "school_year": _school_year, "last_year": _last_year,
    "relative_year": _relative_year, "years_past": _years_past, "months_past": _months_past,
    "last_school_year": _last_school_year,
    "years_through": _years_through, "lunar_year": _lunar_year, "current": _current, "past_term": _past_term,
}


# ---------------------------------------------------------------- finding

def _states_year(rule: PeriodRule, g: Groups) -> bool:
    return any(g.get(k) for k in ("y1", "y2")) or (rule.resolve == "lunar_year")


def find_periods(text: str, published: date | None, context_year: int | None = None,
                 lexicon: PeriodLexicon | None = None) -> list[PeriodSpan]:
    """Every period phrase, stock marker and event day of `text`, in text order.

    Overlaps are settled longest first ('Trong năm 2020' is one year, not
    'Trong năm' plus '2020'), then by rule order; blocked phrases ('90 năm
    thành lập', 'so với năm 2015') take their place and are not returned.
    Year-less phrases take the publication year, else `context_year`.
    """
    lex = lexicon or load_periods()
    base = _Ctx(published, published.year if published else context_year)
    candidates: list = []
    low = lower_same_length(text)
    present = frozenset([w for w in lex.gate_words if w in low]) if low is not None else None
    _collect(text, base, lex, _plan(lex, present, False), candidates, low)
    if not candidates:
        return []       # a blocker only takes the place of a phrase it overlaps: none here
    _collect(text, base, lex, _plan(lex, present, True), candidates, low)
    candidates.sort(key=lambda c: (c[0] - c[1], c[2], c[0]))
    taken: list[tuple[int, int, PeriodRule, dict]] = []
    for s, e, _, rule, g in candidates:
        if not any(s < te and ts < e for ts, te, _, _ in taken):
            taken.append((s, e, rule, g))
    return _resolve_in_order(text, sorted(taken, key=lambda t: t[0]), base, lex)


def _plan(lex: PeriodLexicon, present: frozenset[str] | None, blocks: bool) -> tuple[tuple[int, PeriodRule], ...]:
    """(order, rule) of the phrase rules (or blockers) worth scanning in a text holding the gate words `present`.

    A twin whose gate holds none of those words cannot match there
    (extractor/literals.py); `present` None (no lower-cased text) keeps every
    rule.  Few word sets occur, so the plans are memoised (bounded).
    """
    rules = lex.blocks if blocks else lex.phrases
    if present is None:
        return rules
    key = (present, blocks)
    got = lex.plans.get(key)
    if got is None:
        if len(lex.plans) >= 4096:
            lex.plans.clear()
        got = lex.plans[key] = tuple((o, r) for o, r in rules
                                     if r.twin is None or r.gate is None or not r.gate.isdisjoint(present))
    return got


def _collect(text: str, base: _Ctx, lex: PeriodLexicon, rules: tuple[tuple[int, PeriodRule], ...], out: list,
             low: str | None = None) -> None:
    """Append (start, end, rule order, rule, groups) of every match of `rules` that resolves (blocks always).

    `low` is `text` lower-cased with the same offsets: a rule with a twin
    matches there (faster), its groups are still read from `text`.
    """
    for order, rule in rules:
        on_low = low is not None and rule.twin is not None
        for m in (rule.twin.finditer(low) if on_low else rule.pattern.finditer(text)):
            s, e = m.span()
            while s < e and text[s].isspace():
                s += 1
            if s == e:
                continue
            g = {k: text[m.start(k):m.end(k)] if m.start(k) >= 0 else None for k in m.re.groupindex} \
                if on_low else dict(m.groupdict())
            g.update((k, str(v)) for k, v in rule.fixed)
            if rule.kind == "block" or RESOLVERS[rule.resolve](g, rule, base, lex) is not None:
                out.append((s, e, order, rule, g))


def _resolve_in_order(text: str, chosen: list, base: _Ctx, lex: PeriodLexicon) -> list[PeriodSpan]:
    """Resolve the chosen matches left to right.

    Without a publication date, a year-less phrase takes the year of the
    latest phrase before it that names one single year, in this text or
    (context_year) earlier in the article: 'chỉ tiêu năm 2016 ... sau 9
    tháng' is 2016; after 'nhiệm kỳ 2023 - 2028' the year stays unknown.
    With one, it takes the publication year unless this text (one sentence)
    named a single year before it: 'Năm 2023, các hoạt động Tháng Công nhân
    ...' is May 2023 in an article of May 2024.
    """
    year = base.year
    said: int | None = None     # a single year this text named
    out = []
    for s, e, rule, g in chosen:
        if rule.kind == "block":
            continue
        has_year = _states_year(rule, g)
        if has_year:
            ctx = base
        elif said is not None:
            ctx = _Ctx(base.published, said)
        else:
            ctx = base if base.published else _Ctx(None, year)
        dates = RESOLVERS[rule.resolve](g, rule, ctx, lex) or (None, None)
        out.append(PeriodSpan(s, e, text[s:e], dates[0], dates[1], rule.kind, has_year, rule.name))
        if has_year and dates[0] and dates[1] and dates[0].year == dates[1].year:
            year = said = dates[0].year   # a range (nhiệm kỳ 2023-2028) names no single year
    return out
