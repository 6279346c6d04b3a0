"""Attainment percentages: "đạt 214,77% chỉ tiêu", "vượt 31% kế hoạch" -> the indicator whose target was reached.

The percentage is tied, in this order, to the figure "lần lượt" pairs it
with, to the target named right after it (or stated in a parenthesis after
it, by its noun), to the activity named before it,
or to the last flow figure of the sentence; a share of a whole ("1.032/1.100
doanh nghiệp, đạt 93,8%") or a bare "đạt 100%" is no attainment.
"""

from __future__ import annotations

import regex

from extractor.numbers import NumberSpan
from extractor.ruleset import STOCKS, Mention, RuleSet, context, last_match, nouns_in
from extractor.segment import Sentence


def attainment(sent: Sentence, num: NumberSpan, mentions: list[Mention], rules: RuleSet) -> Mention | None:
    """'đạt 214,77% chỉ tiêu' / 'vượt 31% kế hoạch' -> an attainment mention, else None."""
    before, _ = context(sent, num)
    bword = (num.bound_word or "").lower()
    after = sent.text[num.end - sent.start:]
    exceed = "vượt" in bword or bool(rules.exceed.search(before))
    reach = bool(rules.reach.search(before + (num.bound_word or "")))
    of_target = bool(rules.of_target.match(after))
    if not (exceed or reach or of_target) or rules.share_of.match(after):
        return None
    if rules.not_attainment.search(before[-100:]) and not of_target:
        return None
    if num.value == 100 and not (exceed or of_target):
        return None   # a bare "đạt 100%" says every unit did it: coverage, not a target reached
    if not (exceed or of_target) and _is_share_of_previous(sent, num, mentions):
        return None   # "1.032/1.100 doanh nghiệp ..., đạt 93,8%": the share that fraction is
    indicator = (_respective(sent, num, mentions, rules) or _target_named_after(after, rules)
                 or _target_in_aside(sent, num, after, mentions, rules)
                 or _attained_indicator(sent, num, before, mentions, rules))
    if indicator is None:
        return None
    value = 100 + num.value if exceed else num.value
    if exceed:
        bound = "over" if ("hơn" in bword or "trên" in bword) else "exact"
    else:
        bound = num.bound
    return Mention(num, sent, indicator, "attainment", value, "percent", bound)


def _is_share_of_previous(sent: Sentence, num: NumberSpan, mentions: list[Mention]) -> bool:
    """Whether a bare percentage is just N/M (N <= M) of the sentence's last "N/M" figure.

    "1.032/1.100 doanh nghiệp" counts a part of a whole, so its "đạt 93,8%"
    is a coverage rate; "3.520/3.000 đoàn viên, đạt 117,3%" overshoots, so M
    is a target and the percentage its attainment.
    """
    prev = next((m for m in reversed(mentions) if m.sentence is sent and m.status != "attainment"), None)
    den = prev.number.denominator if prev is not None else None
    return bool(den) and prev.number.value <= den and abs(100 * prev.number.value / den - num.value) < 1.0


_PERCENT_FIGURE = regex.compile(r"\d[\d.,]*\s*%")
_CLAUSE_END = regex.compile(r"[.;!?\n]")


def _respective(sent: Sentence, num: NumberSpan, mentions: list[Mention], rules: RuleSet) -> str | None:
    """The indicator "lần lượt" gives the percentage: "kết nạp 2.360 đoàn viên, thành lập 14 CĐCS, lần lượt
    đạt 59% và 56% kế hoạch năm" pairs the k-th percentage with the k-th figure before it, as many as there
    are percentages; None when there is no such run or the counts do not agree."""
    rel = num.start - sent.start
    marker = last_match(rules.respectively, sent.text[:rel])
    if marker is None or _CLAUSE_END.search(sent.text, marker.end(), rel):
        return None
    stop = _CLAUSE_END.search(sent.text, marker.end())
    run = [m.start() for m in _PERCENT_FIGURE.finditer(sent.text, marker.end(), stop.start() if stop else len(sent.text))]
    if rel not in run:
        return None
    own = [m for m in mentions if m.sentence is sent and m.status != "attainment" and not m.attached
           and m.number.start - sent.start < marker.start()]
    if len(own) < len(run):
        return None
    return own[len(own) - len(run) + run.index(rel)].indicator


_ASIDE_AFTER = regex.compile(r"[^()\n.;]{0,40}\(([^()]{1,80})\)")


def _target_in_aside(sent: Sentence, num: NumberSpan, after: str, mentions: list[Mention],
                     rules: RuleSet) -> str | None:
    """The target stated in a parenthesis after the percentage names what was attained: "kết nạp 1.845
    đoàn viên, thành lập 12 CĐCS, đạt 41% kế hoạch năm (4.500 đoàn viên)" is the members', not the
    unions' named last; the latest figure of the sentence counting that noun gives the indicator."""
    aside = _ASIDE_AFTER.match(after)
    if aside is None:
        return None
    noun = next((name for name, _ in nouns_in(aside.group(1), rules)), None)
    if noun is None:
        return None
    own = [m for m in mentions if m.sentence is sent and m.status != "attainment" and m.noun == noun
           and m.number.start < num.start]
    return own[-1].indicator if own else None


def _target_named_after(after: str, rules: RuleSet) -> str | None:
    """The activity a target named right after the percentage is for: "đạt 95% chỉ tiêu thành lập
    CĐCS" is an attainment of unions_new whatever the sentence said before it."""
    m = rules.of_target.match(after)
    if m is None:
        return None
    rest = after[m.end():m.end() + 60].lstrip()
    lead = rules.target_topic_lead.match(rest)
    rest = rest[lead.end():] if lead else rest
    for ind in rules.indicators:
        if ind.topic is not None and ind.topic.match(rest):
            return ind.code
    return None


def _attained_indicator(sent: Sentence, num: NumberSpan, before: str, mentions: list[Mention],
                        rules: RuleSet) -> str | None:
    """The figure an attainment percentage is about.

    An activity named between the previous figure and the percentage
    ("Giới thiệu đoàn viên ưu tú cho Đảng ... đạt 175%") wins, the first one
    named; otherwise the last flow figure of the sentence (not a stock, not a
    figure hanging on another).
    """
    mine = [m for m in mentions if m.sentence is sent]
    own = [m for m in mine if m.status != "attainment"]
    window_start = (mine[-1].number.unit_end - sent.start) if mine else 0
    window = before[window_start:] if window_start < len(before) else ""
    first, first_pos = None, None
    for ind in rules.indicators:
        if ind.topic is None:
            continue
        m = ind.topic.search(window)
        # the first named wins; at the same place the longer ("kết nạp vào Đảng" over "kết nạp")
        if m is not None and (first_pos is None or (m.start(), -len(m.group())) < first_pos):
            first, first_pos = ind.code, (m.start(), -len(m.group()))
    if first is not None:
        return first
    prev = next((m for m in reversed(own) if m.unit == "count" and not m.attached
                 and m.indicator not in STOCKS), None)
    return prev.indicator if prev else None
