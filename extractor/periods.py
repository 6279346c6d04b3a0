"""Find the time spans an article names and resolve them to dates.

records.md decides what a figure's period is; this module supplies the
pieces: every period phrase of a text ('năm 2020', '6 tháng đầu năm',
'từ đầu năm đến nay', 'nhiệm kỳ 2018-2023'), every stock marker ('hiện có',
'nâng tổng số') and every event day ('Ngày 7/4/2021'), each resolved to
period_start .. period_end.  Which phrase a figure takes is the resolver's
job (extractor/resolve.py).

The words live in patterns/periods.yaml, compiled by
extractor/period_lexicon.py; how a rule's named groups become dates is
extractor/period_dates.py.  This module finds the phrases: rules gated by
literal words, overlaps settled, blocked phrases dropped, the year of a
year-less phrase carried from the phrases before it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from extractor.literals import words_held, worth_scanning
from extractor.lowered import lower_same_length
from extractor.period_dates import RESOLVERS, Ctx, Groups
from extractor.period_lexicon import PeriodLexicon, PeriodRule, load_periods


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
    compared: bool = False   # named by a comparison right before the compared figure (period_context._compared_periods)


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
    base = Ctx(published, published.year if published else context_year)
    candidates: list = []
    low = lower_same_length(text)
    present = words_held(lex.gate_words, low) if low is not None else None
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
    return worth_scanning(rules, present, lex.plans, (present, blocks))


def _collect(text: str, base: Ctx, lex: PeriodLexicon, rules: tuple[tuple[int, PeriodRule], ...], out: list,
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


def _resolve_in_order(text: str, chosen: list, base: Ctx, lex: PeriodLexicon) -> list[PeriodSpan]:
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
            ctx = Ctx(base.published, said)
        else:
            ctx = base if base.published else Ctx(None, year)
        dates = RESOLVERS[rule.resolve](g, rule, ctx, lex) or (None, None)
        out.append(PeriodSpan(s, e, text[s:e], dates[0], dates[1], rule.kind, has_year, rule.name))
        if has_year and dates[0] and dates[1] and dates[0].year == dates[1].year:
            year = said = dates[0].year   # a range (nhiệm kỳ 2023-2028) names no single year
    return out
