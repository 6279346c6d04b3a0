"""Which tokens of a text the word repairer may touch, and whether the text is one it can judge.

Split from repair.py, which decides what a word should be: this module only
says what may be looked at.  Names (capitalised mid-sentence), abbreviations
and ALL CAPS, roman numerals, words glued to digits, web and mail addresses,
words near a foreign word, and texts with too few marked letters to be
Vietnamese written with its diacritics are left alone.  Nothing here does I/O.
"""

from __future__ import annotations

import re

import regex

from extractor.literals import may_match, required_literals
from extractor.normalize.candidates import diacritic_candidates, letter_candidates
from extractor.normalize.model import RepairModel

__all__ = ["tokens", "url_spans", "word_shape", "eligible", "near_foreign", "marked_enough", "initial_before", "MARKED"]

_TOKEN = regex.compile(r"(?P<w>\p{Lu}[\p{Ll}\p{M}]+|\p{Lu}[\p{Lu}\p{M}]*(?![\p{Ll}])|\p{L}[\p{Ll}\p{M}]*)|(?P<n>\d+(?:[.,]\d+)*)|(?P<p>[^\s\p{L}\p{M}\d])")
_URL = regex.compile(r"(?:https?://|www\.)\S+|\S+@\S+\.\w+|\b[\w-]+(?:\.[\w-]+)*\.(?:vn|com|net|org|gov|edu|html?)\b\S*")
_URL_GATE = required_literals(_URL)
_SENT_END = set(".!?:;…\n\"'(-•*+–—")
_FOREIGN = set("fjwzFJWZ")
_ROMAN = regex.compile(r"(?i)(?=[ivxlc])c{0,3}(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})")
_INITIAL = regex.compile(r"(?<![\p{L}\p{M}])\p{Lu}\.\s?$")   # "V.Duẩn", "N. Hoa": a name follows
MARKED = "àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ"
# the marked letters, any case; a plain character class, so the standard library's `re` counts them
# (about four times faster here than `regex` or str.translate: this runs over every text)
_MARKED_LETTER = re.compile(f"[{MARKED}{MARKED.upper()}]")
_LETTER_RUN = regex.compile(r"\p{L}+")


def url_spans(text: str) -> list[tuple[int, int]]:
    """Spans of web and mail addresses.  Every one holds a literal of _URL_GATE ('.vn', '@', 'www.'...);
    most texts hold none, and _URL is slow to find nothing (its '\\S+@' is tried at every word)."""
    if not may_match(_URL_GATE, text):
        return []
    return [m.span() for m in _URL.finditer(text)]


def tokens(text: str, lo: int = 0, hi: int | None = None) -> list[tuple[int, int, str, str]]:
    """(start, end, token, kind) with kind 'w' word, 'n' number, 'p' punctuation, of text[lo:hi]
    (offsets into `text`; _TOKEN looks behind nothing, so the tokens are those of the slice)."""
    found = _TOKEN.finditer(text, lo) if hi is None else _TOKEN.finditer(text, lo, hi)
    return [(m.start(), m.end(), m.group(), m.lastgroup) for m in found]


def initial_before(text: str, pos: int) -> bool:
    """Does an initial ('V.', 'N. ') end right before `pos`?  Then a capitalised word there is a name."""
    return _INITIAL.search(text, max(0, pos - 3), pos) is not None


def _sentence_start(text: str, start: int) -> bool:
    """Nothing but a sentence end, a list marker or a line start before `start`."""
    i = start - 1
    while i >= 0 and text[i] in " \t":
        i -= 1
    return i < 0 or text[i] in _SENT_END


def word_shape(w: str, model: RepairModel) -> int:
    """What the word alone allows (memoised per word): 0 never change it, 1 lower case, 2 Capitalised.

    Foreign letters, protected words, roman numerals, ALL CAPS and mixed case
    are never changed; a Capitalised word may be, at a sentence start only.
    """
    memo = model.words
    got = memo.get(w)
    if got is None:
        if len(memo) >= model.choices_max:
            memo.clear()
        low = w.lower()
        lex = model.lexicon
        if _FOREIGN & set(w) or low in lex.protected or (_ROMAN.fullmatch(w) and low not in lex.valid):
            got = 0
        elif w.islower():
            got = 1
        elif len(w) == 1 or not (w[0].isupper() and w[1:].islower()):
            got = 0   # ALL CAPS or mixed: an abbreviation
        else:
            got = 2
        memo[w] = got
    return got


def eligible(text: str, toks: list, k: int, url_spans: list[tuple[int, int]], model: RepairModel) -> bool:
    """May token k be changed at all?  Names, caps, foreign and glued-to-digit words may not."""
    s, e, w, kind = toks[k]
    if kind != "w":
        return False
    shape = word_shape(w, model)
    if not shape:
        return False
    if url_spans and any(a <= s < b for a, b in url_spans):
        return False
    if s > 0:
        c = text[s - 1]
        if c.isdigit() or c in "_/@" or c.isalpha():
            return False
    if e < len(text):
        c = text[e]
        if c.isdigit() or c in "_@" or c.isalpha():
            return False
    if shape == 1:
        return True
    if not _sentence_start(text, s) or initial_before(text, s):
        return False  # a capitalised word mid-sentence, or after an initial, is a name
    nxt = toks[k + 1] if k + 1 < len(toks) else None
    return not (nxt and nxt[3] == "w" and nxt[2][0].isupper() and nxt[0] - e <= 1)


def _foreign(word: str, model: RepairModel) -> bool:
    """A plain-ASCII word no Vietnamese spelling is near ('miss', 'focus'): the line is not Vietnamese."""
    low = word.lower()
    if not word.isascii() or len(word) < 2 or word.isupper():
        return False
    if _FOREIGN & set(low):
        return True
    lex = model.lexicon
    if low in lex.valid:
        return False
    key = ("foreign", low)
    got = model.cache.get(key)
    if got is None:
        got = model.cache[key] = not diacritic_candidates(low, lex) and not letter_candidates(low, lex, model.confusions)
    return got


def near_foreign(text: str, toks: list, valid: list[bool], model: RepairModel) -> set[int]:
    """Tokens within two words of a foreign word on the same line (`valid`: the token is a known word)."""
    out: set[int] = set()
    words = [k for k, t in enumerate(toks) if t[3] == "w"]
    for i, k in enumerate(words):
        w = toks[k][2]
        # only a plain-ASCII unknown word can be foreign: test that first, it is nearly free
        if not valid[k] and w.isascii() and _foreign(w, model):
            for j in range(max(0, i - 2), min(len(words), i + 3)):
                a, b = sorted((toks[k][0], toks[words[j]][0]))
                if "\n" not in text[a:b]:
                    out.add(words[j])
    return out


def marked_enough(text: str) -> bool:
    """At least one marked letter (ắ, đ, ờ...) per ten letter runs: Vietnamese written with its diacritics.

    A text has at most (len + 1) // 2 letter runs, so a text marked enough
    against that bound needs no count of its runs (the usual case).
    """
    marked = len(_MARKED_LETTER.findall(text))
    if marked >= 0.1 * max(1, (len(text) + 1) // 2):
        return True
    return marked >= 0.1 * max(1, len(_LETTER_RUN.findall(text)))
