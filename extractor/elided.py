"""Figures whose counted noun is left out: another figure of the sentence names it.

"Phát triển mới 4.200 đoàn viên, giảm 1.800": the 1.800 counts members
(`elided`, the noun named before); "xây mới 32 và sửa chữa 15 nhà": the 32
counts houses (`ahead`, the noun named after); "... cao là: TP Hồ Chí Minh
98.560, Bình Dương 56.120, Bắc Ninh 41.300 đoàn viên": each place's figure
counts members (`listed_places`).  Each figure is read with
its own cue and the other figure's noun (extractor/frames.py).  Split from
rules.py, which calls these when a figure's own words fit no frame.
Nothing here does I/O.
"""

from __future__ import annotations

import regex

from extractor.frames import best_frame
from extractor.numbers import NumberSpan
from extractor.ruleset import Mention, RuleSet, context, nouns_in
from extractor.segment import Sentence

__all__ = ["elided", "ahead", "listed_places"]


def _noun_named(sent: Sentence, m: Mention, rules: RuleSet) -> str | None:
    """The words right after a mention's figure that name its counted noun ('đoàn viên'), if they do."""
    _, after = context(sent, m.number)
    return next((n.group(0) for name, pat in rules.noun_classes if name == m.noun and (n := pat.match(after))), None)


def _noun_before(sent: Sentence, m: Mention, rules: RuleSet) -> str | None:
    """The counted noun named before a mention's figure in its clause ("số đoàn viên giảm 2.240"), if any."""
    start = m.number.start - sent.start
    clause = max(sent.text.rfind(c, 0, start) for c in ",;:(") + 1
    found = [n for _, n in nouns_in(sent.text, rules, clause, start)]
    return max(found, key=lambda n: n.end()).group(0) if found else None


def elided(sent: Sentence, num: NumberSpan, earlier: list[Mention], status: str, rules: RuleSet,
           floor: int) -> Mention | None:
    """A figure whose counted noun is left out because the figure before it named it.

    "Phát triển mới 4.200 đoàn viên, giảm 1.800, tăng tuyệt đối 2.400 đoàn
    viên": the 1.800 counts members too.  It is read as if the previous
    figure's noun followed it, but only when nothing but a list break follows
    it (or a unit word standing for the noun: "ký mới 812 bản thỏa ước ...
    và ký lại 1.046 bản"), its cue stands after the figure before it
    (`floor`: a cue before that figure is that figure's), and it compares nothing ("kết nạp 4.200 đoàn
    viên, tăng 300 so với cùng kỳ" says how many more, not how many).  The
    noun is the one of the latest figure of the sentence that names one,
    after it or before it in its clause ("số đoàn viên giảm 2.240, nên chỉ
    tăng thực 865"), so a list of several ("..., giảm 1.800, tăng thực
    2.400") reads through.
    """
    named = ((m, _noun_named(sent, m, rules) or _noun_before(sent, m, rules))
             for m in reversed(earlier) if m.sentence is sent)
    prev, noun = next(((m, n) for m, n in named if n is not None), (None, None))
    if prev is None or prev.unit != num.unit or prev.status == "attainment":
        return None
    before, after = context(sent, num)
    if rules.delta_after.match(after) or rules.delta_lead.search(before):
        return None     # how many more or fewer than another time, not how many
    unit_noun = rules.generic_noun.match(after)      # "ký lại 1.046 bản": a unit word standing for the noun
    if unit_noun is not None:
        after = after[unit_noun.end():]
    elif not rules.elided_after.match(after):
        return None
    return _own_cue_reading(sent, num, before, noun + after, prev, status, rules, floor, prev.noun)


def ahead(sent: Sentence, num: NumberSpan, later: Mention, status: str, rules: RuleSet,
          floor: int) -> Mention | None:
    """A figure whose counted noun is left out because the figure after it names it.

    "xây mới 32 và sửa chữa 15 nhà Mái ấm", "thành lập mới 12 và giải thể 5
    CĐCS": the 32 counts houses, the 12 unions.  It is read as if what
    follows the next figure followed it too, when only "và" or a comma and
    that figure's own cue words stand between them (`rules.elided_ahead`),
    both count in the same unit, and its own cue stands after the figure
    before it (`floor`), as in `elided`.
    """
    if later.sentence is not sent or later.unit != num.unit or later.status == "attainment":
        return None
    before, _ = context(sent, num)
    gap_end = (later.number.bound_start if later.number.bound_start is not None else later.number.start) - sent.start
    if not rules.elided_ahead.fullmatch(sent.text, num.unit_end - sent.start, gap_end):
        return None
    _, after = context(sent, later.number)
    return _own_cue_reading(sent, num, before, after, None, status, rules, floor, later.noun)


def _own_cue_reading(sent: Sentence, num: NumberSpan, before: str, after: str, prev: Mention | None, status: str,
                     rules: RuleSet, floor: int, noun: str | None) -> Mention | None:
    """`num` read with another figure's noun (`after`): only a frame whose own cue stands before the
    figure, after the figure before it (`floor`), may read it -- the noun alone says too little."""
    best = best_frame(before, after, num, prev, status, rules)
    if best is None:
        return None
    (ind, fr), (dist, _) = best
    if fr.before is None or len(before) - dist <= floor:
        return None
    return Mention(num, sent, ind.code, status, num.value, num.unit, num.bound, noun=noun)


_PLACE = r"(?:TP\.?\s+|tỉnh\s+|thành phố\s+)?\p{Lu}[\p{L}\p{M}]*(?:\s+\p{Lu}[\p{L}\p{M}]*){0,3}"
_PLACE_GAP = regex.compile(rf"\s*,\s*(?:và\s+)?{_PLACE}\s+")               # ", Bình Dương " between two figures
_LIST_OPENING = regex.compile(rf"(?::|\blà)\s*{_PLACE}\s+$")                 # "... cao là: TP Hồ Chí Minh "


def listed_places(sent: Sentence, chain: list[NumberSpan], got: Mention) -> list[Mention]:
    """Figures of a list of places whose noun only the last one names: "Một số LĐLĐ tỉnh có kết quả cao
    là: TP Hồ Chí Minh 98.560, Bình Dương 56.120, Bắc Ninh 41.300 đoàn viên" -- the 98.560 and the
    56.120 count what the 41.300 counts.  `chain`: the figures no reading took, right before `got`, each
    parted from the next by a comma and a place name only, the first opening the list after ":" or
    "là" and a place name."""
    if not chain or got.sentence is not sent or got.status == "attainment":
        return []
    figures = chain + [got.number]
    for a, b in zip(figures, figures[1:]):
        if a.unit != got.unit or not _PLACE_GAP.fullmatch(sent.text, a.unit_end - sent.start, b.start - sent.start):
            return []
    if not _LIST_OPENING.search(sent.text, 0, chain[0].start - sent.start):
        return []
    return [Mention(n, sent, got.indicator, got.status, n.value, n.unit, n.bound, noun=got.noun) for n in chain]
