"""Candidate spellings for one syllable, with the cost of getting there.

Diacritic damage keeps the skeleton ('họp' and 'hợp' are both 'hop'), so
its candidates are the other valid spellings of the skeleton.  Letter damage
('doah', 'ỉao', 'bành' for 'hành') changes the skeleton by one edit or by a
listed OCR confusion; those cost more, so the language model must want them.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from pathlib import Path

from extractor.normalize.lexicon import Lexicon
from extractor.normalize.syllable import skeleton, split_tone

DATA = Path(__file__).resolve().parents[2] / "patterns" / "normalize"
LETTERS = "abcdeghiklmnopqrstuvxy"
TONE_COST = 0.5      # log10 units: a tone mark lost or changed
MARK_COST = 0.5      # a vowel modifier (â ê ô ơ ư ă) or đ lost or changed
EDIT_COST = 1.5      # a letter dropped, added or changed


@lru_cache(maxsize=2)
def load_confusions(path: str | None = None) -> tuple[tuple[str, str, float], ...]:
    """confusions.tsv -> ((from, to, cost), ...) on skeleton letters."""
    rows = []
    for line in Path(path or DATA / "confusions.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            a, b, cost = line.split("\t")
            rows.append((a, b, float(cost)))
    return tuple(rows)


def _marks(word: str) -> list[str]:
    """Per-letter modifier marks (tone removed), for comparing two spellings of one skeleton."""
    letters, _ = split_tone(word)
    return ["đ" if ch == "đ" else unicodedata.normalize("NFD", ch)[1:] for ch in letters]


def diacritic_cost(a: str, b: str) -> float:
    """Cost of reading `a` where `b` was meant, both of one skeleton."""
    (_, ta), (_, tb) = split_tone(a), split_tone(b)
    cost = TONE_COST if ta != tb else 0.0
    ma, mb = _marks(a), _marks(b)
    if len(ma) == len(mb):
        cost += MARK_COST * sum(x != y for x, y in zip(ma, mb))
    else:
        cost += MARK_COST
    return cost


def _edits1(s: str) -> dict[str, str]:
    """Skeletons one letter away -> kind of damage undone: 'drop' (a letter was dropped,
    so one is inserted back), 'extra' (one removed), 'change' or 'swap'."""
    out: dict[str, str] = {}
    for i in range(len(s) + 1):
        if i < len(s):
            out.setdefault(s[:i] + s[i + 1:], "extra")
            for c in LETTERS:
                out.setdefault(s[:i] + c + s[i + 1:], "change")
            if i + 1 < len(s):
                out.setdefault(s[:i] + s[i + 1] + s[i] + s[i + 2:], "swap")
        for c in LETTERS:
            out[s[:i] + c + s[i:]] = "drop"
    out.pop(s, None)
    return out


def _inserted(s: str) -> set[str]:
    """Skeletons one letter longer (a letter dropped from the word that was meant)."""
    return {s[:i] + c + s[i:] for i in range(1, len(s) + 1) for c in LETTERS}


def _confused(s: str, confusions) -> dict[str, float]:
    """Skeletons reached by one listed confusion, with its cost."""
    out: dict[str, float] = {}
    for a, b, cost in confusions:
        start = s.find(a)
        while start >= 0:
            t = s[:start] + b + s[start + len(a):]
            out[t] = min(out.get(t, cost), cost)
            start = s.find(a, start + 1)
    return out


def diacritic_candidates(word: str, lex: Lexicon) -> dict[str, float]:
    """Other valid spellings of the same skeleton -> cost."""
    return {c: diacritic_cost(word, c) for c in lex.by_skeleton.get(skeleton(word), ()) if c != word}


def confusion_candidates(word: str, lex: Lexicon, confusions) -> dict[str, float]:
    """Valid spellings one listed letter confusion away -> cost (tone kept when possible)."""
    out: dict[str, float] = {}
    _, tone = split_tone(word)
    marks = _marks(word)
    for skel, cost in _confused(skeleton(word), confusions).items():
        for c in lex.by_skeleton.get(skel, ()):
            extra = 0.0 if split_tone(c)[1] == tone else TONE_COST
            cm = _marks(c)
            if len(cm) == len(marks):  # one-for-one confusion: vowel marks must agree too ('ỉặp' -> 'lặp', not 'lập')
                extra += MARK_COST * sum(x != y for x, y in zip(marks, cm) if x != "đ" and y != "đ")
            out[c] = min(out.get(c, 99.0), cost + extra)
    return out


def letter_candidates(word: str, lex: Lexicon, confusions, drop_cost: float = EDIT_COST,
                      other_cost: float = EDIT_COST) -> dict[str, float]:
    """For a non-word: valid spellings one letter edit away, listed confusions cheaper.

    A dropped letter ('doah' for 'doanh') costs `drop_cost`; an extra, changed
    or swapped letter costs `other_cost`.
    """
    out: dict[str, float] = {}
    _, tone = split_tone(word)
    for skel, kind in _edits1(skeleton(word)).items():
        cost = drop_cost if kind == "drop" else other_cost
        for c in lex.by_skeleton.get(skel, ()):
            extra = 0.0 if split_tone(c)[1] == tone else TONE_COST
            out[c] = min(out.get(c, 99.0), cost + extra)
    for c, cost in confusion_candidates(word, lex, confusions).items():
        out[c] = min(out.get(c, 99.0), cost)
    return out


def insertion_candidates(word: str, lex: Lexicon, cost: float,
                         longer: dict[str, set[str]] | None = None) -> dict[str, float]:
    """Valid spellings with one more letter ('phá' -> 'pháp', 'nghĩ' -> 'nghĩa') -> cost.

    `longer` (longer_skeletons of the lexicon) names the skeletons one letter
    longer that exist at once, instead of trying every letter at every place.
    """
    out: dict[str, float] = {}
    _, tone = split_tone(word)
    base = skeleton(word)
    for skel in (_inserted(base) if longer is None else longer.get(base, ())):
        for c in lex.by_skeleton.get(skel, ()):
            extra = 0.0 if split_tone(c)[1] == tone else TONE_COST
            out[c] = min(out.get(c, 99.0), cost + extra)
    return out


def longer_skeletons(skeletons) -> dict[str, set[str]]:
    """Skeleton -> the given skeletons one letter longer, the letter not first: what `_inserted` would
    reach among them, found by deleting a letter from each (a few thousand) instead of inserting 22."""
    out: dict[str, set[str]] = {}
    for s in skeletons:
        for i in range(1, len(s)):
            if s[i] in LETTERS:
                out.setdefault(s[:i] + s[i + 1:], set()).add(s)
    return out


def sibling_spellings(lex: Lexicon, confusions, insert_cost: float,
                      longer: dict[str, set[str]]) -> dict[str, tuple[str, ...]]:
    """Valid word -> every spelling the repairer may read it as, without costs: the keys of its
    diacritic, confusion and (when `insert_cost` < 50) insertion candidates.

    Built once per lexicon (a few thousand syllables, tens of milliseconds), so
    the repairer can see at a glance that no neighbour of a word vouches for
    any other spelling of it, before it works out a single cost.
    """
    longer = longer if insert_cost < 50 else {}
    out: dict[str, tuple[str, ...]] = {}
    for skel, group in lex.by_skeleton.items():
        near = [c for s in _confused(skel, confusions) for c in lex.by_skeleton.get(s, ())]
        near += [c for s in longer.get(skel, ()) for c in lex.by_skeleton[s]]
        reach = frozenset(group).union(near)
        for w in group:
            out[w] = tuple(reach - {w})
    return out
