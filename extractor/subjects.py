"""Other readings of a figure whose counted thing is named before it.

The frames of patterns/indicators/ are written for the number-first order
("19 CĐCS được thành lập mới"); a subject before the number ("Số CĐCS được
thành lập mới trong kỳ là 19") or a label line ("Tổ chức hội nghị người lao
động: 312 doanh nghiệp") says the same in another order.  These functions
rewrite the text around the number into that order, so the same frames fit;
the rule extractor lets such a reading compete with the plain one.
"""

from __future__ import annotations

import regex

from extractor.ruleset import RuleSet, last_match, topic_of

__all__ = ["subject_views", "label_view", "label_topic"]

# A subject never reaches back over a clause stop (and a label is put back before the next one).
_CLAUSE_STOP = regex.compile(r"[.;!?\n]")
# Where a label starts: the line or a list mark ("- ", "2. ").
_CLAUSE_START = regex.compile(r"^\s*(?:[-–•+*]|\d{1,2}[.)])?\s*")


def subject_views(before: str, after: str, rules: RuleSet, floor: int = 0) -> list[tuple[str, str]]:
    """Other readings of a figure whose counted noun stands before it.

    "Số CĐCS được thành lập mới trong kỳ là 19" says what "19 CĐCS được
    thành lập mới" says, and "số đoàn viên giảm 4.127 người" what "giảm
    4.127 đoàn viên" says; the frames are written for the number-first
    order, so the subject is moved behind the number in two ways: whole
    (for frames anchored after the number) and noun only (for frames whose
    cue verb comes before it).  Empty when no such subject opens the clause;
    `floor` is where the previous figure of the sentence ends, which a
    subject never reaches back over.
    """
    window_start = max(0, len(before) - 160, floor)
    stop = last_match(_CLAUSE_STOP, before[window_start:])
    if stop is not None:
        window_start += stop.end()
    marker = last_match(rules.subject_marker, before[window_start:])
    if marker is not None and marker.end() == marker.start() and window_start > 0:
        marker = None   # "the sentence starts with the noun" only at the sentence's start
    label: list[tuple[str, str]] = []
    if marker is not None:
        m_start, m_end = window_start + marker.start(), window_start + marker.end()
    elif rules.label_end.search(before):
        # a label line "Phát triển đoàn viên: 1.245 người" is a subject without "Số"
        clause = last_match(_CLAUSE_START, before[window_start:])
        m_start = m_end = window_start + (clause.end() if clause else 0)
        label = [label_view(before, after, m_start)]
    else:
        return []
    noun = rules.subject_noun.search(before, m_end, min(len(before), m_end + 35))
    if noun is None:
        return label
    # the subject is blanked, not cut, so a cue before it keeps its true distance
    whole = (before[:m_start] + "#" * (len(before) - m_start), before[noun.start():] + " " + after)
    noun_only = (before[:noun.start()] + before[noun.end():], noun.group(0) + " " + after)
    return [whole, noun_only, *label]


def label_view(before: str, after: str, start: int) -> tuple[str, str]:
    """A label line read with its label after the figure's noun.

    "Tổ chức hội nghị người lao động: 312 doanh nghiệp" says what "312
    doanh nghiệp tổ chức hội nghị người lao động" says: the label is what
    the counted things did, so the frames written for the noun-first order
    fit it.  The label (from `start` to the colon) is blanked in `before`,
    and put behind the number's own clause in `after`.
    """
    text = before[start:].rstrip().rstrip(":").strip()
    stop = _CLAUSE_STOP.search(after)
    own = after[:stop.start()] if stop else after
    return before[:start] + "#" * (len(before) - start), own.rstrip(" ,") + " " + text


def label_topic(before: str, after: str, unit: str, rules: RuleSet) -> str | None:
    """The indicator a label line names by its activity alone, for a figure no frame reads.

    "- Tổ chức hội nghị người lao động: 305 cuộc." counts conferences though
    no frame expects "cuộc": the label names the activity (an indicator's
    `topic`), and nothing but a neutral unit word follows the figure
    (`rules.label_tail`).  Only an indicator counted in the figure's `unit`.
    """
    if not rules.label_end.search(before) or not rules.label_tail.match(after):
        return None
    stop = last_match(_CLAUSE_STOP, before)
    start = stop.end() if stop is not None else 0
    clause = last_match(_CLAUSE_START, before[start:])
    return topic_of(before[start + (clause.end() if clause else 0):], rules, unit)
