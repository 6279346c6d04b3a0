"""Synthetic damage of the kinds seen in scraped and OCR'd news, for measurement.

A fixed share of the Vietnamese words of a text is damaged once each: a tone
mark dropped or changed, a vowel modifier or đ lost (ơ->o, ư->u, ê->e, ô->o,
ă->a, â->a, đ->d), l read as ỉ or 1, or a letter dropped.  The damaged text
keeps the same word boundaries, so repair can be scored word by word.
"""

from __future__ import annotations

import random
import unicodedata

import regex

from extractor.normalize.syllable import place_tone, split_tone

KINDS = ("tone-drop", "tone-change", "modifier", "l-slip", "drop-letter")
_WORD = regex.compile(r"(?<![\p{L}\d])\p{Ll}+(?![\p{L}\d])")
_STRIP_MOD = {"ơ": "o", "ư": "u", "ê": "e", "ô": "o", "ă": "a", "â": "a", "đ": "d"}


def damage_word(word: str, kind: str, rng: random.Random) -> str | None:
    """One damaged spelling of a lower-case word, or None when `kind` cannot apply."""
    letters, tone = split_tone(word)
    if kind == "tone-drop":
        return letters if tone else None
    if kind == "tone-change":
        return place_tone(letters, rng.choice([t for t in range(6) if t != tone]))
    if kind == "modifier":
        spots = [i for i, ch in enumerate(letters) if ch in _STRIP_MOD]
        if not spots:
            return None
        i = rng.choice(spots)
        return place_tone(letters[:i] + _STRIP_MOD[letters[i]] + letters[i + 1:], tone)
    if kind == "l-slip":
        return ("ỉ" + word[1:]) if word.startswith("l") else None
    if kind == "drop-letter":
        if len(word) < 4:
            return None
        i = rng.randrange(1, len(word))
        out = unicodedata.normalize("NFC", word[:i] + word[i + 1:])
        return out if out != word else None
    raise ValueError(kind)


def damage_text(text: str, share: float, seed: int = 0) -> tuple[str, list[tuple[int, str, str, str]]]:
    """Damage about `share` of the lower-case words: (damaged text, [(offset in damaged, clean, damaged, kind)])."""
    rng = random.Random(seed)
    parts, pos, log, shift = [], 0, [], 0
    for m in _WORD.finditer(text):
        if rng.random() >= share:
            continue
        kinds = list(KINDS)
        rng.shuffle(kinds)
        for kind in kinds:
            bad = damage_word(m.group(), kind, rng)
            if bad and bad != m.group():
                parts.append(text[pos:m.start()])
                parts.append(bad)
                log.append((m.start() + shift, m.group(), bad, kind))
                shift += len(bad) - len(m.group())
                pos = m.end()
                break
    parts.append(text[pos:])
    return "".join(parts), log
