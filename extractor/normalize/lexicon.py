"""Which syllables are Vietnamese, and which spellings share a skeleton.

Valid syllables are the LM's unigrams (Viet74K words plus clean text) that
also have a Vietnamese shape; the skeleton index ('doan' -> đoàn, doãn, ...)
is the confusion set of diacritic damage.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import regex

from extractor.normalize.syllable import is_structural, skeleton, split_tone, tone_allowed

DATA = Path(__file__).resolve().parents[2] / "patterns" / "normalize"
WORD = regex.compile(r"\p{L}[\p{L}\p{M}]*")


def is_vietnamese_shape(word: str) -> bool:
    """Lower-case `word` has a Vietnamese onset, vowels, final and a tone its final allows."""
    letters, tone = split_tone(word)
    return is_structural(letters) and tone_allowed(letters, tone)


@dataclass(frozen=True)
class Lexicon:
    valid: frozenset[str]
    by_skeleton: dict[str, tuple[str, ...]]
    protected: frozenset[str]


def build_lexicon(unigrams: dict[str, int], protected: frozenset[str] = frozenset()) -> Lexicon:
    """Lexicon from unigram counts (most frequent spelling first in each skeleton set)."""
    valid = frozenset(w for w in unigrams if w.isalpha() and is_vietnamese_shape(w))
    index: dict[str, list[str]] = defaultdict(list)
    for w in sorted(valid, key=lambda w: -unigrams.get(w, 0)):
        index[skeleton(w)].append(w)
    return Lexicon(valid, {k: tuple(v) for k, v in index.items()}, protected)


@lru_cache(maxsize=2)
def load_protected(path: str | None = None) -> frozenset[str]:
    """protected.txt: words (lower case) never changed, e.g. English words that look Vietnamese."""
    p = Path(path or DATA / "protected.txt")
    words = set()
    for line in p.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            words.update(line.lower().split())
    return frozenset(words)


def load_compounds(path: str | None = None) -> frozenset[str]:
    """compounds.txt: union-news words the general dictionary lacks ('thợ lò'), as their pairs of adjacent
    syllables ('thợ lò'; 'túi an sinh' -> 'túi an', 'an sinh'), the form the LM's dictionary pairs take."""
    p = Path(path or DATA / "compounds.txt")
    if not p.exists():
        return frozenset()
    pairs = set()
    for line in p.read_text(encoding="utf-8").splitlines():
        words = line.split("#", 1)[0].lower().split()
        pairs.update(f"{a} {b}" for a, b in zip(words, words[1:]))
    return frozenset(pairs)


def valid_share(text: str, lexicon: Lexicon | None = None) -> float:
    """Share of word tokens that are valid Vietnamese syllables (encoding detection uses it)."""
    if lexicon is None:
        from extractor.normalize.repair import load_model
        lexicon = load_model().lexicon
    words = [w.lower() for w in WORD.findall(text)]
    if not words:
        return 0.0
    return sum(1 for w in words if w in lexicon.valid) / len(words)
