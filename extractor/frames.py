"""Cue frames against one figure: which indicator's frame fits it, with the closest cue.

A frame (patterns/indicators/*.yaml) fits a figure when its `before` cue
stands in the text before it, what follows the figure matches its `after`,
and its conditions hold (status, the previous figure's indicator).  Among
the fitting frames the closest cue wins, then the more specific frame; a
blocker verb closer than that cue claims the figure for no indicator.
Split from rules.py, which decides which readings of a figure to try (its
own words, a subject before it, a noun left out): this module only answers
for one reading.  Nothing here does I/O.
"""

from __future__ import annotations

import regex

from extractor.lowered import lower_same_length
from extractor.numbers import NumberSpan
from extractor.ruleset import WEAK, Frame, Indicator, Mention, RuleSet, last_match, last_match_gated, noun_class

__all__ = ["best_frame", "frames_for"]

# The head of a text after a number that `_startable` tests: its first word and a little more.
_HEAD = regex.compile(r"\S{1,12}\s?\S{0,3}")


def frames_for(after: str, unit: str, rules: RuleSet) -> tuple[tuple[Indicator, Frame], ...]:
    """The (indicator, frame) pairs of `unit`, in rule order, whose `after` can match a text
    starting like `after` (frames without one always).

    A partial match of the head ('đoàn viên' -> 'đoàn vi') says yes exactly
    when some text starting with it could match, so a frame left out could
    never have fitted; few heads follow numbers, so the lists are memoised
    per head and unit (bounded: emptied when full).
    """
    m = _HEAD.match(after)
    head = m.group(0) if m else ""
    memo = rules.frame_heads
    got = memo.get((head, unit))
    if got is None:
        if len(memo) >= 50_000:
            memo.clear()
        got = memo[(head, unit)] = tuple(
            (ind, fr) for ind in rules.indicators if ind.unit == unit for fr in ind.frames
            if fr.after is None or not head or fr.after.match(head, partial=True) is not None)
    return got


def best_frame(before: str, after: str, num: NumberSpan, prev: Mention | None, status: str,
                rules: RuleSet) -> tuple[tuple[Indicator, Frame], tuple[int, int]] | None:
    """The fitting frame with the closest cue in one reading, and its (distance, -specificity) key."""
    best, best_key = None, None
    before_low, after_low = lower_same_length(before), lower_same_length(after)
    for ind, fr in frames_for(after, num.unit, rules):
        if fr.status and fr.status != status:
            continue
        if fr.previous and (prev is None or prev.indicator not in fr.previous):
            continue
        # no cue word in the text: the cue scan would find nothing (extractor/literals.py), so the
        # frame fails whatever follows the number; tested first, it spares the `after` match too
        # (written out, not a call: this runs for every frame tried on every figure)
        if fr.before_gate is not None and before_low is not None:
            for word in fr.before_gate:
                if word in before_low:
                    break
            else:
                continue
        if fr.after_gate is not None and after_low is not None:
            for word in fr.after_gate:      # the same for what must follow the number
                if word in after_low:
                    break
            else:
                continue
        if fr.after is not None and not (fr.after_low.match(after_low) if fr.after_low and after_low is not None
                                         else fr.after.match(after)):
            continue
        if fr.before is not None:
            if fr.before_low and before_low is not None:
                m = last_match(fr.before_low, before_low)
            else:
                m = last_match(fr.before, before)
            if m is None:
                continue
            dist = len(before) - m.end()
        else:
            dist = fr.dist if fr.dist is not None else WEAK
        key = (dist, -fr.specificity)
        if best_key is None or key < best_key:
            best, best_key = (ind, fr), key
    if best is None:
        return None
    # a blocker claims the figures of its own clause: "...với 15.380 lượt CNVCLĐ tham dự; LĐLĐ tỉnh
    # phối hợp tổ chức 6 cuộc giám sát" keeps the 6 (a semicolon starts another activity)
    clause_start = before.rfind(";") + 1
    clause = before[clause_start:]
    blocker = last_match_gated(rules.blockers_gated, clause, lower_same_length(clause))
    # (a blocker ending where the cue ends contains it: "nhận lại số tiền" beats "số tiền")
    if blocker is not None and num.unit != "vnd" and blocker.group(0).lower() in rules.money_blockers:
        blocker = None
    exempt = rules.blocker_exempt.get(blocker.group(0).lower()) if blocker is not None else None
    if exempt is not None and exempt == noun_class(after, rules):
        blocker = None      # "đã bàn giao 74 căn": the houses handed over are counted
    if blocker is not None and len(before) - clause_start - blocker.end() <= best_key[0]:
        return None
    # money whose own comma clause names a debt, a fine or a recovery before it is that sum, whatever cue word
    # stands nearer ("phát hiện 9 doanh nghiệp nợ bảo hiểm xã hội với số tiền hơn 4 tỷ đồng")
    if blocker is not None and num.unit == "vnd" and rules.money_claims is not None \
            and rules.money_claims.fullmatch(blocker.group(0)) and (
            "," not in clause[blocker.end():]
            or (rules.money_action is not None and not rules.money_action.search(clause, blocker.end()))):
        # (past a comma too, while no verb of giving names other money: "nợ bảo hiểm xã hội, bảo hiểm y tế
        # ... với tổng số tiền hơn 157 tỷ đồng")
        return None
    return best, best_key
