"""repair(text) -> Repaired: every normalization step, composed with its offset map.

Steps: legacy font encodings (TCVN3/VNI), odd characters, NFC and tone
placement, l/1 slips, then word repair by context.  A word is a candidate
for repair when it is not a Vietnamese syllable, or when a sibling spelling
fits its context far better under the language model.  Names (capitalised
mid-sentence), abbreviations, numbers, URLs and foreign words are left alone.
"""

from __future__ import annotations

import regex

from extractor.normalize.decide import _choose, _context, _witnessed
from extractor.normalize.eligible import (eligible, initial_before, marked_enough, near_foreign, tokens, url_spans,
                                          word_shape)
from extractor.normalize.legacy import _as_latin1, detect_legacy, legacy_edits
from extractor.normalize.lm import NUM, UNK
from extractor.normalize.model import RepairModel, load_model
from extractor.normalize.offsets import Repaired, compose, identity
from extractor.normalize.restore import restore_edits
from extractor.normalize.unicode import char_edits, stray_mark_edits, word_edits

Edit = tuple[int, int, str, str]
_L_SLIP = regex.compile(r"(?<![\p{L}\d.,])l(?=[.,]\d{3}(?!\d))")
_ONE_SLIP = regex.compile(r"(?<![\p{L}\d.,])1(\p{Ll}+)\b")
_UNSEEN = object()     # not in the decision memo yet
# a line whose last token is punctuation ends a block (_block_starts); a mark after it, or a letter or
# digit, does not (the next line then continues its LM segment)
_BLOCK_END = regex.compile(r"[^\s\p{L}\p{M}\d][^\S\n]*\n")


def _lm_slots(toks: list, valid: list[bool]) -> list[str | None]:
    """LM token per token; None for punctuation (a segment boundary); `valid`: the word is known."""
    return [None if kind == "p" else NUM if kind == "n" else w.lower() if ok else UNK
            for (_, _, w, kind), ok in zip(toks, valid)]


def _with_case(model_word: str, shape: str) -> str:
    """Give the replacement the capitalisation of the word it replaces."""
    if shape[:1].isupper():
        return model_word[:1].upper() + model_word[1:]
    return model_word


def _block_starts(text: str) -> list[int]:
    """Where the text's blocks start: a block is a run of whole lines, the last of them ending in a
    punctuation token (or the text's end).

    Nothing word repair decides crosses such a line end: an LM context stops at punctuation,
    foreign words and addresses look no further than their line, and the one look back across
    it (an initial 'X.' ending the previous line, read by `eligible`) is `_initial_before`.  So a
    block's edits are a function of its text and that one flag, and are memoised per block.
    """
    return [0] + [m.end() for m in _BLOCK_END.finditer(text)]


def _initial_before(text: str, lo: int) -> bool:
    """Does the line before the block at `lo` end in an initial ('N.'), which makes a capitalised
    first word of the block a name (eligible's test, the only one reaching back that far)?  A block starts
    after a line end, so the initial's full stop stands right before it."""
    return lo >= 3 and text[lo - 2] == "." and initial_before(text, lo)


def word_repair_edits(text: str, model: RepairModel) -> list[Edit]:
    """Edits repairing damaged words, decided by the language model in context.

    Decided block by block (_block_starts): a block seen before, with the same flag, gives its
    edits from the memo (scraped news repeats its lines: bylines, captions, boilerplate, and
    whole articles syndicated); the others are decided in runs, each run in one pass.
    """
    if not marked_enough(text):
        return []  # not Vietnamese with diacritics: nothing here to judge by
    if len(model.cache) >= model.choices_max:
        model.cache.clear()     # candidate lists are pure functions of a word: memory stays flat
    memo = model.blocks
    starts = _block_starts(text)
    starts.append(len(text))
    found: list = []      # per block: (lo, hi, key, its edits or None when not memoised yet)
    for lo, hi in zip(starts, starts[1:]):
        if lo < hi:
            key = (text[lo:hi], _initial_before(text, lo))
            found.append((lo, hi, key, memo.get(key)))
    out: list[Edit] = []
    i = 0
    while i < len(found):
        lo, hi, key, got = found[i]
        if got is not None:
            out.extend([(lo + s, lo + e, r, why) for s, e, r, why in got])
            i += 1
            continue
        j = i
        while j < len(found) and found[j][3] is None:
            j += 1
        run = _span_edits(text, lo, found[j - 1][1], model)
        if len(memo) + (j - i) > model.blocks_max:
            memo.clear()    # emptied when full, so memory stays flat
        n = 0
        for blo, bhi, bkey, _ in found[i:j]:
            mine = []
            while n < len(run) and run[n][0] < bhi:
                s, e, r, why = run[n]
                mine.append((s - blo, e - blo, r, why))
                n += 1
            memo[bkey] = tuple(mine)
        out.extend(run)
        i = j
    return out


def _span_edits(text: str, lo: int, hi: int, model: RepairModel) -> list[Edit]:
    """Edits repairing damaged words in text[lo:hi], a run of whole blocks (see _block_starts)."""
    toks = tokens(text, lo, hi)
    known = model.lexicon.valid
    valid = [t[3] == "w" and t[2].lower() in known for t in toks]
    slots = _lm_slots(toks, valid)
    urls = [(a + lo, b + lo) for a, b in url_spans(text[lo:hi])]
    foreign = near_foreign(text, toks, valid, model)
    shapes = model.words

    def ok(k: int) -> bool:
        """May token k be touched?  A lower-case word between spaces, away from any address, may (most)."""
        st, e, w, kind = toks[k]
        return kind == "w" and k not in foreign and (
            (shapes.get(w) == 1 and not urls and 0 < st and text[st - 1] == " " and text[e:e + 1] == " ")
            or eligible(text, toks, k, urls, model))

    edits: dict[int, tuple[str, str]] = {}
    nonwords = [k for k in range(len(toks)) if toks[k][3] == "w" and not valid[k] and ok(k)]
    # non-words first (their fix is nearly sure), left to right
    for k in nonwords:
        choice = _choose(model, slots, k, toks[k][2])
        if choice:
            edits[k] = choice
            slots[k] = choice[0]
    # again where a neighbour was a non-word too: it was UNK on the first pass
    for k in nonwords:
        if any(j != k and 0 <= j < len(toks) and j in edits and not valid[j] for j in range(k - 2, k + 3)):
            choice = _choose(model, slots, k, toks[k][2])
            if choice:
                edits[k] = choice
                slots[k] = choice[0]
    # a capitalised non-word between two lower-case words ("đã Kêt nạp mới"): a slip of the shift key, not a
    # name, when putting back its marks makes a dictionary word with a neighbour ("kết nạp"; a name does not)
    for k in _capital_slips(text, toks, valid, slots, foreign, model):
        choice = _choose(model, slots, k, toks[k][2])
        if choice and choice[1] == "diacritic" and (
                model.lm.in_word(choice[0], slots[k + 1]) or model.lm.in_word(slots[k - 1], choice[0])):
            edits[k] = choice
            slots[k] = choice[0]
    # then valid words, in the repaired context (the slot is the word itself: it is valid).  A valid
    # word is replaced only by a sibling a real neighbour vouches for (_witnessed, as in _decide): that
    # is asked first, since most words have no such sibling and are kept without a context, an
    # eligibility test or a memo entry; the rest read the memo (same key as _choose) or decide
    memo, n, lm, siblings = model.choices, len(toks), model.lm, model.siblings
    for k in range(n):
        if valid[k] and _witnessed(lm, siblings[slots[k]], slots, k) and ok(k):
            key = (slots[k], _context(slots, k))
            choice = memo.get(key, _UNSEEN)
            if choice is _UNSEEN:
                choice = _choose(model, slots, k, slots[k])
            if choice:
                edits[k] = choice
                slots[k] = choice[0]
    return [(toks[k][0], toks[k][1], _with_case(r, toks[k][2]), why) for k, (r, why) in sorted(edits.items())]


def _capital_slips(text: str, toks: list, valid: list[bool], slots: list, foreign: set[int],
                   model: RepairModel) -> list[int]:
    """Capitalised non-words mid-sentence with a lower-case word right before and after them on the line
    ("đã Kêt nạp"), which `eligible` leaves alone as names; _span_edits repairs them only by their marks
    and only into a dictionary word with a neighbour."""
    out = []
    for k in range(1, len(toks) - 1):
        s, e, w, kind = toks[k]
        if kind != "w" or valid[k] or k in foreign or word_shape(w, model) != 2:
            continue
        (_, pe, pw, pk), (ns, _, nw, nk) = toks[k - 1], toks[k + 1]
        if pk == nk == "w" and pw.islower() and nw.islower() and text[pe:s] == " " and text[e:ns] == " " \
                and slots[k - 1] is not None and slots[k + 1] is not None:
            out.append(k)
    return out


def slip_edits(text: str, model: RepairModel) -> list[Edit]:
    """'l.482' -> '1.482' (letter l in a number) and '1ao động' -> 'lao động' (digit 1 in a word)."""
    out = [(m.start(), m.end(), "1", "l-1-slip") for m in _L_SLIP.finditer(text)]
    for m in _ONE_SLIP.finditer(text):
        word = "l" + m.group(1)
        nxt = regex.match(r"\s+(\p{L}+)", text[m.end():])
        if word in model.lexicon.valid and nxt and model.lm.seen(word, nxt.group(1).lower()):
            out.append((m.start(), m.start() + 1, "l", "1-l-slip"))
    return out


def normalize_unicode(text: str, model: RepairModel | None = None) -> Repaired:
    """Only the character steps: legacy encodings, odd characters, NFC and tone placement."""
    model = model or load_model()
    rep = identity(text)
    legacy = detect_legacy(text) if not text.isascii() else None
    if legacy:
        rep = compose(rep, legacy_edits(_as_latin1(rep.text), legacy))
    if not rep.text.isascii():
        rep = compose(rep, char_edits(rep.text, model.chars))
        if len(model.spellings) >= model.choices_max:
            model.spellings.clear()
        rep = compose(rep, word_edits(rep.text, model.lexicon.valid, model.spellings) + stray_mark_edits(rep.text))
    return rep


def repair(text: str, model: RepairModel | None = None) -> Repaired:
    """Repair `text`; corrections and the offset map point into the original."""
    model = model or load_model()
    rep = normalize_unicode(text, model)
    rep = compose(rep, restore_edits(rep.text, model))
    rep = compose(rep, slip_edits(rep.text, model))
    return compose(rep, word_repair_edits(rep.text, model))
