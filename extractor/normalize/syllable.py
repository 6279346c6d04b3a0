"""Vietnamese syllable anatomy: tone, skeleton, canonical tone placement.

Everything the repairer decides about a word goes through these few pure
functions, so the two spellings of one syllable ('hoà'/'hòa', NFD/NFC)
always compare equal after `canonical()`.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

# Combining tone marks, in tone order 1..5: huyền, sắc, hỏi, ngã, nặng.
TONE_MARKS = ("\u0300", "\u0301", "\u0309", "\u0303", "\u0323")
_TONE_OF = {m: i + 1 for i, m in enumerate(TONE_MARKS)}
# Marks that make a different vowel letter (â ê ô, ă, ơ ư), not a tone.
MODIFIER_MARKS = ("\u0302", "\u0306", "\u031b")
VOWELS = frozenset("aăâeêioôơuưy")
ONSETS = ("ngh", "ng", "gh", "gi", "kh", "ch", "nh", "ph", "th", "tr", "qu",
          "b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x")
CODAS = frozenset(("", "c", "ch", "m", "n", "ng", "nh", "p", "t"))
STOP_CODAS = frozenset(("c", "ch", "p", "t"))


@lru_cache(maxsize=65536)
def split_tone(word: str) -> tuple[str, int]:
    """'Việt' -> ('Viêt', 5): the letters without their tone mark, and the tone (0 = none).

    With two tone marks (a typo) the last one wins; callers treat such words as invalid.
    """
    tone = 0
    out = []
    for ch in unicodedata.normalize("NFD", word):
        t = _TONE_OF.get(ch)
        if t:
            tone = t
        else:
            out.append(ch)
    return unicodedata.normalize("NFC", "".join(out)), tone


@lru_cache(maxsize=65536)
def skeleton(word: str) -> str:
    """'Đoàn' -> 'doan': lower case, no diacritics at all (the key of a confusion set)."""
    s = unicodedata.normalize("NFD", word.lower().replace("đ", "d"))
    return "".join(ch for ch in s if not unicodedata.combining(ch))


def _base_vowel(ch: str) -> str:
    """Lower-case letter without any marks ('Ơ' -> 'o'); consonants unchanged."""
    return skeleton(ch)


def _nucleus(letters: str) -> tuple[int, int]:
    """(start, end) of the vowel cluster in a toneless lower-case syllable, onset 'qu'/'gi' excluded."""
    low = letters
    start = 0
    for on in ONSETS:
        if low.startswith(on):
            rest = low[len(on):]
            if on in ("qu", "gi") and not any(c in VOWELS for c in rest):
                continue  # 'gì', 'qua'? no: 'gì' keeps i as the vowel
            start = len(on)
            break
    i = start
    while i < len(low) and low[i] not in VOWELS:
        i += 1
    j = i
    while j < len(low) and low[j] in VOWELS:
        j += 1
    return i, j


def tone_position(letters: str) -> int | None:
    """Index of the vowel that carries the tone in canonical spelling ('hòa', 'thủy', 'hoàn').

    Rule: a vowel with a modifier (ê ô ơ â ă ư) takes it (the last such one,
    for 'ươ'); else with a final consonant the last vowel; else the first of
    two vowels and the middle of three.
    """
    low = letters.lower()
    i, j = _nucleus(low)
    if i >= j:
        return None
    cluster = low[i:j]
    marked = [k for k, c in enumerate(cluster) if c in "âăêôơư"]
    if marked:
        return i + marked[-1]
    if j < len(low):
        return j - 1
    if len(cluster) == 1:
        return i
    if len(cluster) == 2:
        return i
    return i + 1


def place_tone(letters: str, tone: int) -> str:
    """Put `tone` (0..5) on the canonical vowel of toneless `letters`."""
    if tone == 0:
        return letters
    pos = tone_position(letters)
    if pos is None:
        return letters
    ch = unicodedata.normalize("NFD", letters[pos]) + TONE_MARKS[tone - 1]
    return letters[:pos] + unicodedata.normalize("NFC", ch) + letters[pos + 1:]


@lru_cache(maxsize=65536)
def canonical(word: str) -> str:
    """NFC with the tone mark where the canonical style puts it ('hoà' -> 'hòa', 'thuỷ' -> 'thủy').

    Words with more than one tone mark or no vowel are returned NFC only.
    """
    nfc = unicodedata.normalize("NFC", word)
    marks = sum(1 for ch in unicodedata.normalize("NFD", nfc) if ch in _TONE_OF)
    if marks != 1:
        return nfc
    letters, tone = split_tone(nfc)
    if not is_structural(letters.lower()):
        return nfc
    return place_tone(letters, tone)


@lru_cache(maxsize=65536)
def is_structural(letters: str) -> bool:
    """Could toneless lower-case `letters` be a Vietnamese syllable (onset, vowels, final)?"""
    if not letters or any(c not in VOWELS and c not in "bcdđghklmnpqrstvx" for c in letters):
        return False
    i, j = _nucleus(letters)
    if i >= j or j - i > 3:
        return False
    onset = letters[:i]
    if onset and onset not in ONSETS:
        return False
    return letters[j:] in CODAS


def tone_allowed(letters: str, tone: int) -> bool:
    """Syllables closed by p, t, c, ch take only sắc or nặng ('kết', never 'kêt')."""
    i, j = _nucleus(letters.lower())
    return letters.lower()[j:] not in STOP_CODAS or tone in (2, 5)
