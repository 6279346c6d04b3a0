"""Status of a figure: actual or target, from the last status marker before it.

Its own module because three readers need it (the rule extractor, the
resolver that dates targets, the statistical extractor's features) and it
depends on nothing but the rule set's markers.  Nothing here does I/O.
"""

from __future__ import annotations

import regex

from extractor.literals import words_held, worth_scanning
from extractor.lowered import lower_same_length
from extractor.ruleset import RuleSet
from extractor.segment import Sentence

__all__ = ["status_before", "status_at"]


def status_before(text: str, rules: RuleSet) -> str | None:
    """The status the last marker in `text` sets, or None when no marker.

    Target words that only qualify an attainment ("đạt 98% kế hoạch",
    "vượt chỉ tiêu") are skipped; "chỉ tiêu giao là" right before the number
    states a target whatever came before.
    """
    if rules.stated_target.search(text):
        return "target"
    last_pos, last = -1, None
    low = lower_same_length(text)
    # target markers first, then actual ones, each on lower-cased text and only when its words are there
    for kind, marker in _markers_for(low, rules):
        for m in marker.finditer(text, low):
            if kind == "target" and rules.attainment_context.search(text, 0, m.start()):
                continue
            if m.start() > last_pos:
                last_pos, last = m.start(), kind
    return last


def _markers_for(low: str | None, rules: RuleSet) -> tuple:
    """The status markers, in order, that may match a text lower-cased to `low`: those whose gate
    (extractor/literals.py) holds a word `low` holds, and those without one.

    Which of the markers' words a text holds is asked once, not marker by
    marker; few word sets occur, so the lists are memoised (bounded).  `low`
    None (no lower-cased text) keeps every marker.
    """
    if low is None:
        return rules.status_markers
    return worth_scanning(rules.status_markers, words_held(rules.status_words, low), rules.status_plans)


_CLOSED_ASIDE = regex.compile(r"\([^()]*\)")


def _asides_blanked(text: str) -> str:
    """`text` with every parenthesis closed in it blanked (same offsets): "kết nạp 846 đoàn viên (kế
    hoạch giao 705 đoàn viên), ...; thành lập mới 5 CĐCS" says the plan of the 846 only."""
    return _CLOSED_ASIDE.sub(lambda m: " " * len(m.group(0)), text) if "(" in text else text


def status_at(sent: Sentence, offset: int, rules: RuleSet) -> str:
    """Status of a figure at `offset` (article offsets) in `sent`; a marker inside a parenthesis
    closed before the figure is an aside about another figure."""
    st = status_before(_asides_blanked(sent.text[: offset - sent.start]), rules)
    if st is None and sent.heading is not None:
        st = status_before(sent.heading.text, rules)
    return st or "actual"
