"""Unicode clean-up: NFC, one tone placement, invisible and odd spaces, quotes.

Works token by token so that each change is a small edit with exact
offsets; the word repairer then sees only canonical spellings.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from pathlib import Path

import regex

from extractor.normalize.syllable import canonical

DATA = Path(__file__).resolve().parents[2] / "patterns" / "normalize"
WORD = regex.compile(r"\p{L}[\p{L}\p{M}]*")
Edit = tuple[int, int, str, str]


@lru_cache(maxsize=4)
def load_chars(path: str | None = None) -> dict[str, tuple[str, str]]:
    """chars.tsv -> {char: (replacement, reason)}."""
    table: dict[str, tuple[str, str]] = {}
    for line in Path(path or DATA / "chars.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        code, repl, reason = line.split("\t")
        table[chr(int(code, 16))] = (repl.replace("\\s", " "), reason)
    return table


def char_edits(text: str, table: dict[str, tuple[str, str]]) -> list[Edit]:
    """Edits for zero-width characters, odd spaces and curly quotes.

    Which of the table's characters the text holds is decided at C speed
    (usually none); each of those is then found with str.find, not by a
    Python loop over every character of the text.
    """
    present = table.keys() & set(text)
    if not present:
        return []
    at: list[int] = []
    for ch in present:
        i = text.find(ch)
        while i >= 0:
            at.append(i)
            i = text.find(ch, i + 1)
    at.sort()
    return [(i, i + 1, table[text[i]][0], table[text[i]][1]) for i in at]


def _word_fix(w: str, valid: frozenset[str] | None) -> tuple[str, str] | None:
    """(canonical spelling, reason) of one non-ASCII word, or None when it is canonical."""
    nfc = unicodedata.normalize("NFC", w)
    can = canonical(nfc) if nfc.isalpha() else nfc
    if valid is not None and can != nfc and can.lower() not in valid:
        can = nfc
    if can == w:
        return None
    return can, "nfc" if can == nfc else "tone-placement"


def _chunk_fixes(chunk: str, valid: frozenset[str] | None) -> tuple[tuple[str, tuple[str, str]], ...]:
    """(word, its fix) for each non-ASCII word of `chunk` that needs one (see _word_fix)."""
    out = []
    for w in dict.fromkeys(WORD.findall(chunk)):
        if not w.isascii():
            fix = _word_fix(w, valid)
            if fix is not None:
                out.append((w, fix))
    return tuple(out)


def word_edits(text: str, valid: frozenset[str] | None = None, memo: dict | None = None) -> list[Edit]:
    """Edits that compose decomposed letters and move tone marks to the canonical vowel.

    With `valid` (known syllables), a tone moves only when that makes a known
    syllable: a damaged word keeps its marks for the word repairer to judge.
    `memo` (whitespace-free chunk -> the fixes of its words, for one `valid`)
    saves re-deciding what every article repeats: the text is split at
    whitespace, which no word holds, so each distinct chunk ('đoàn', 'viên,')
    is read once, without a regex scan of the text.  Most texts need no fix at
    all (about 2 in 100), and only then are the words walked again for their
    offsets.
    """
    out: list[Edit] = []
    if text.isascii():
        return out
    memo = {} if memo is None else memo
    fixes: dict[str, tuple[str, str]] = {}
    for chunk in set(text.split()):
        if chunk.isascii():
            continue
        got = memo.get(chunk)
        if got is None:
            got = memo[chunk] = _chunk_fixes(chunk, valid)
        if got:
            fixes.update(got)
    if not fixes:
        return out
    for m in WORD.finditer(text):
        fix = fixes.get(m.group())
        if fix is not None:
            out.append((m.start(), m.end(), fix[0], fix[1]))
    return out


def stray_mark_edits(text: str) -> list[Edit]:
    """Combining marks left after a non-letter (bad copy-paste) compose or stay; NFC of the pair."""
    out: list[Edit] = []
    for m in regex.finditer(r"[^\p{L}\p{M}]\p{M}+", text):
        nfc = unicodedata.normalize("NFC", m.group())
        if nfc != m.group():
            out.append((m.start(), m.end(), nfc, "nfc"))
    return out
