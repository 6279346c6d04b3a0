"""Figures that repeat another: a headline's, a caption's or a rounded body figure's context.

A headline or caption repeating a body figure, or a later body figure that
rounds an earlier one ("Con số hơn 5.600 ..." after 5.612), states the same
statistic: it takes that statement's status, region and period (gold README
rule 1).  Split from resolve.py, which dates and places each figure on its
own; this runs once the article's records are made.  Nothing here does I/O.
"""

from __future__ import annotations

from extractor.numbers import NumberSpan
from extractor.record import Record
from extractor.resolve import Period
from extractor.ruleset import Mention, RuleSet, noun_class
from extractor.segment import Sentence

__all__ = ["ROUNDING", "copy_headline_context", "copy_rounded_repeat_context", "unread_repeats"]


ROUNDING = 0.1   # a headline's "hơn 380.000" may round a body's 382.615 by up to 10%


def copy_headline_context(records: list[tuple[Mention, Record]], rules: RuleSet) -> None:
    """A headline or caption figure repeating a body figure takes its context.

    Same indicator and value (bound words aside): status, region and period
    come from the body statement, which says them; headlines rarely do.  A
    headline with a bound word may round the body's figure ("Hơn 380.000
    đoàn viên ..." for 382.615, "gần 296 tỷ" for 295,8 tỷ); among the body
    figures it can repeat, one of the headline's own status wins, then an
    exact value.
    """
    body = [r for m, r in records if not _is_display(m, rules)]
    for m, r in records:
        if not _is_display(m, rules):
            continue
        same = [b for b in body if b.unit == r.unit and _repeats(r, b)]
        if not same:
            continue
        # same indicator first; a headline clipped of its context takes the body's reading (its own status
        # is the one its words say, m.status: a plan only guessed from the date, planned_status, is none)
        same.sort(key=lambda b: (b.indicator != r.indicator, b.status != m.status, abs(b.value - r.value)))
        br = same[0]
        r.indicator, r.status, r.region, r.region_2025 = br.indicator, br.status, br.region, br.region_2025
        r.period_start, r.period_end = br.period_start, br.period_end


def unread_repeats(unread: list[tuple[Sentence, NumberSpan]], mentions: list[Mention], rules: RuleSet) -> list[Mention]:
    """Headline and caption figures no cue frame read that repeat a body figure, read as that figure.

    "Công đoàn các KCN: Tăng 22 công đoàn cơ sở" over a body that says "tăng tuyệt đối 22 CĐCS": a
    headline clipped of its context states the body's statistic (gold README rule 1; its status, region
    and period come after, from copy_headline_context).  Only an exact repeat counting the same kind of
    thing (the noun right after both figures), and only when one body reading fits: two readings of the
    same value leave the headline unread.
    """
    out = []
    # each body figure with the noun right after it, read once for all the unread figures
    body = [(m, noun_class(m.sentence.text[m.number.unit_end - m.sentence.start:].lstrip(), rules))
            for m in mentions if not _is_display(m, rules)]
    for s, n in unread:
        own = noun_class(s.text[n.unit_end - s.start:].lstrip(), rules)
        if own is None:
            continue
        same = {(m.indicator, m.status) for m, noun in body
                if noun == own and m.unit == n.unit and abs(m.value - n.value) < 1e-9}
        if len(same) == 1:
            indicator, status = same.pop()
            out.append(Mention(n, s, indicator, status, n.value, n.unit, n.bound, noun=own))
    return out


def copy_rounded_repeat_context(records: list[tuple[Mention, Record]], periods: tuple[Period, ...]) -> None:
    """A body figure that rounds an earlier one ("Con số hơn 5.600 đoàn viên mới ..." after 5.612)
    states the same statistic: it takes that statement's region and period, as a headline does.

    Only a rounded repeat (a bound word, a value within ROUNDING of the earlier
    one, same indicator and status) in a sentence naming no period of its own;
    an exact equal value may well be another statistic.
    """
    done: list[tuple[Mention, Record]] = []
    for m, r in records:
        s = m.sentence
        if r.bound != "exact" and not any(s.start <= p.start < s.end for p in periods):
            same = [b for bm, b in done if bm.sentence is not s and b.indicator == r.indicator
                    and b.status == r.status and b.unit == r.unit and b.value != r.value and _repeats(r, b)]
            if same:
                b = same[-1]
                r.region, r.region_2025, r.period_start, r.period_end = b.region, b.region_2025, b.period_start, \
                    b.period_end
        done.append((m, r))


def _repeats(head: Record, b: Record) -> bool:
    """Whether headline figure `head` can state body figure `b`: equal, or rounded as its bound says."""
    if abs(b.value - head.value) < 1e-9:
        return True
    if b.indicator != head.indicator or not head.value:
        return False
    ratio = b.value / head.value
    if head.bound == "over":
        return 1 < ratio <= 1 + ROUNDING
    if head.bound == "under":
        return 1 - ROUNDING <= ratio < 1
    if head.bound == "about":
        return abs(ratio - 1) <= ROUNDING
    return False


def _is_display(m: Mention, rules: RuleSet) -> bool:
    s = m.sentence
    return s.is_title or s.is_display or bool(rules.caption.search(s.text))
