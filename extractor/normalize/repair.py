"""repair(text) -> Repaired: every normalization step, composed with its offset map.

Steps: legacy font encodings (TCVN3/VNI), odd characters, NFC and tone
placement, l/1 slips, then word repair by context.  A word is a candidate
for repair when it is not a Vietnamese syllable, or when a sibling spelling
fits its context far better under the language model.  Names (capitalised
mid-sentence), abbreviations, numbers, URLs and foreign words are left alone.
"""

from __future__ import annotations

import math

import regex

from extractor.normalize.candidates import (confusion_candidates, diacritic_candidates, insertion_candidates,
                                            letter_candidates)
from extractor.normalize.eligible import (eligible, initial_before, marked_enough, near_foreign, tokens, url_spans,
                                          word_shape)
from extractor.normalize.legacy import _as_latin1, detect_legacy, legacy_edits
from extractor.normalize.lm import BOS, EOS, NUM, UNK
from extractor.normalize.model import RepairModel, load_model
from extractor.normalize.offsets import Repaired, compose, identity
from extractor.normalize.restore import DOMAIN_BONUS, restore_edits
from extractor.normalize.unicode import char_edits, stray_mark_edits, word_edits

Edit = tuple[int, int, str, str]
_L_SLIP = regex.compile(r"(?<![\p{L}\d.,])l(?=[.,]\d{3}(?!\d))")
_ONE_SLIP = regex.compile(r"(?<![\p{L}\d.,])1(\p{Ll}+)\b")
_UNSEEN = object()     # not in the decision memo yet
_NO_WITNESS = frozenset({BOS, EOS, UNK})   # a segment edge or an unknown word vouches for no spelling
# a line whose last token is punctuation ends a block (_block_starts); a mark after it, or a letter or
# digit, does not (the next line then continues its LM segment)
_BLOCK_END = regex.compile(r"[^\s\p{L}\p{M}\d][^\S\n]*\n")


def _lm_slots(toks: list, valid: list[bool]) -> list[str | None]:
    """LM token per token; None for punctuation (a segment boundary); `valid`: the word is known."""
    return [None if kind == "p" else NUM if kind == "n" else w.lower() if ok else UNK
            for (_, _, w, kind), ok in zip(toks, valid)]


def _context(slots: list, k: int) -> tuple:
    """(l2, l1, r1, r2) around slot k, with segment boundaries as BOS/EOS."""
    l1 = slots[k - 1] if k > 0 and slots[k - 1] is not None else BOS
    l2 = slots[k - 2] if l1 != BOS and k > 1 and slots[k - 2] is not None else None
    r1 = slots[k + 1] if k + 1 < len(slots) and slots[k + 1] is not None else EOS
    r2 = slots[k + 2] if r1 != EOS and k + 2 < len(slots) and slots[k + 2] is not None else None
    return l2, l1, r1, r2


def _fit(lm, ctx: tuple, w: str) -> float:
    """log10 score of the trigrams that contain w."""
    l2, l1, r1, r2 = ctx
    s = lm.score(l2, l1, w) + lm.score(l1, w, r1)
    if r2 is not None:
        s += lm.score(w, r1, r2)
    return s


def _witnessed(lm, spellings: tuple[str, ...], slots: list, k: int) -> bool:
    """Does a real neighbour of slot k vouch for one of `spellings` (the siblings of its valid word)?

    _decide replaces a valid word only by a sibling seen right after its left
    neighbour or right before its right one; when no neighbour vouches for any
    (most words), the word is kept without a context, a memo entry or a score.
    Same witnesses as _context gives _decide: punctuation, a segment edge and
    an unknown word vouch for nothing.
    """
    if not spellings:
        return False
    if k > 0:
        left = slots[k - 1]
        if left is not None and left not in _NO_WITNESS:
            after = lm.followers.get(left)
            if after is not None and not after.isdisjoint(spellings):
                return True
    if k + 1 < len(slots):
        right = slots[k + 1]
        if right is not None and right not in _NO_WITNESS:
            before = lm.leaders.get(right)
            if before is not None and not before.isdisjoint(spellings):
                return True
    return False


def _domain_fit(domain: frozenset[str], ctx: tuple, w: str) -> float:
    """DOMAIN_BONUS for each neighbour w makes a pair of union news with (RepairModel.domain)."""
    return DOMAIN_BONUS * ((f"{ctx[1]} {w}" in domain) + (f"{w} {ctx[2]}" in domain))


def _words_made(lm, ctx: tuple, w: str) -> int:
    """How many dictionary words w makes with its neighbours (0, 1 or 2)."""
    return lm.in_word(ctx[1], w) + lm.in_word(w, ctx[2])


def _with_case(model_word: str, shape: str) -> str:
    """Give the replacement the capitalisation of the word it replaces."""
    if shape[:1].isupper():
        return model_word[:1].upper() + model_word[1:]
    return model_word


def _valid_candidates(model: RepairModel, low: str) -> dict[str, float]:
    """Other spellings a valid word may be damage of -> cost (cached per model)."""
    key = ("valid", low)
    cands = model.cache.get(key)
    if cands is None:
        lex = model.lexicon
        cands = diacritic_candidates(low, lex)
        for c, cost in confusion_candidates(low, lex, model.confusions).items():
            cands.setdefault(c, cost + 0.5)
        if model.insert_cost < 50:
            for c, cost in insertion_candidates(low, lex, model.insert_cost, model.longer).items():
                cands.setdefault(c, cost)
        model.cache[key] = cands
    return cands


def _cand_set(model: RepairModel, low: str, cands: dict[str, float]) -> frozenset[str]:
    """The candidate spellings of valid `low` as a set (cached), to intersect with the vouched words."""
    key = ("set", low)
    got = model.cache.get(key)
    if got is None:
        got = model.cache[key] = frozenset(cands)
    return got


def _nonword_candidates(model: RepairModel, low: str) -> tuple[dict[str, float], frozenset[str]]:
    """(candidates -> cost, the ones of the same skeleton) for a non-word (cached per model)."""
    key = ("non", low)
    got = model.cache.get(key)
    if got is None:
        lex = model.lexicon
        same = diacritic_candidates(low, lex)
        cands = dict(same)
        if not cands or len(low) > 2:
            extra = letter_candidates(low, lex, model.confusions, model.drop_cost, model.other_cost)
        else:  # short words: only the listed confusions ('ỉà' -> 'là'), not every one-letter edit
            extra = confusion_candidates(low, lex, model.confusions)
        for c, cost in extra.items():
            cands.setdefault(c, cost)
        got = (cands, frozenset(same))
        model.cache[key] = got
    return got


def _margin(model: RepairModel, low: str) -> float:
    """How much better a replacement of valid `low` must fit: less for a rare word."""
    n = model.lm.uni.get(low, 0)
    return min(model.margin, model.rare_margin + model.rare_slope * math.log10(1 + n))


def _choose(model: RepairModel, slots: list, k: int, word: str) -> tuple[str, str] | None:
    """(replacement, reason) for the word at slot k, or None to keep it (memoised by context)."""
    low = word.lower()
    ctx = _context(slots, k)
    key = (low, ctx)
    memo = model.choices
    if key in memo:
        return memo[key]
    return _remember(model, key, _decide(model, ctx, low))


def _remember(model: RepairModel, key: tuple, choice: tuple[str, str] | None) -> tuple[str, str] | None:
    """Store a decision in the memo (emptied when full, so memory stays flat) and return it."""
    memo = model.choices
    if len(memo) >= model.choices_max:
        memo.clear()
    memo[key] = choice
    return choice


def _decide(model: RepairModel, ctx: tuple, low: str) -> tuple[str, str] | None:
    """(replacement, reason) for `low` between the neighbours `ctx`, or None to keep it."""
    lm, lex = model.lm, model.lexicon
    if low in lex.valid:
        cands = _valid_candidates(model, low)
        if not cands:
            return None
        l2, l1, r1, r2 = ctx
        # only a word a real neighbour vouches for replaces a valid one ('buổi lễ,' stays); the
        # others are never scored, so the loop below runs over the vouched ones only, cheapest first
        vouched = lm.vouched(None if l1 in _NO_WITNESS else l1, None if r1 in _NO_WITNESS else r1,
                             _cand_set(model, low, cands))
        if not vouched:
            return None
        # a marked word union news counts right after a figure ("620 vé máy bay": the pair "<n> vé") is
        # seen after numbers, whatever the general-text LM says (a bare word may be damage the pairs' own
        # source text kept, "hon"; other pairs protect damage as often as words)
        counted = l1 == NUM and not low.isascii() and f"{NUM} {low}" in model.domain
        if counted and model.domain_counts.get(f"{NUM} {low}", 0) >= 3 * max(
                model.domain_counts.get(f"{NUM} {c}", 0) for c in vouched):
            # a marked noun union news counts right after a figure ("19.842 thẻ, ...") far more often than
            # its sibling is kept: the general-text LM's taste ("thể,") is no evidence of damage there
            return None
        made = _words_made(lm, ctx, low)
        base = _fit(lm, ctx, low) + model.word_bonus * made
        margin = _margin(model, low)
        after_num = l1 == NUM and not lm.seen(NUM, low) and not counted
        # every trigram score is <= 0 and a word makes at most 2 dictionary words, so no
        # candidate can gain more than this: a word that fits its context well is kept at once
        bonus = model.after_number if after_num else 0.0
        best, gain = None, margin
        for cost, c in sorted((cands[c], c) for c in vouched):
            if 2 * model.word_bonus - cost - base + bonus <= gain:
                break       # this and every dearer candidate cannot win
            made_c = _words_made(lm, ctx, c)
            if made and made_c <= made:
                # the word as written makes a dictionary word with a neighbour ('nhà trọ', 'tất niên'): a
                # sibling that makes no more ('nhà trò', 'tất nhiên') is the general-text LM's taste, not
                # evidence of damage (union news' own phrases are rare in its counts)
                continue
            g = model.word_bonus * made_c - cost - base
            if after_num and lm.bi.get(f"{NUM} {c}", 0) >= 3:
                g += model.after_number
            # the three trigram scores are each <= 0: stop as soon as c cannot beat `gain`
            g += lm.score(l2, l1, c)
            if g <= gain:
                continue
            g += lm.score(l1, c, r1)
            if g <= gain:
                continue
            if r2 is not None:
                g += lm.score(c, r1, r2)
            if g > gain:
                best, gain = c, g
        return (best, "context") if best else None
    if len(low) < 2:
        return None  # a lone letter is a list marker or an initial, not a damaged word
    cands, same = _nonword_candidates(model, low)
    if not cands:
        return None
    # the general-text LM knows few of union news' pairs ('tăng thực', 'viên giảm'): a fix that makes
    # one of the domain's pairs with a neighbour is credited as in restore (a non-word is damage for sure)
    domain = model.domain
    scored = sorted(((_fit(lm, ctx, c) - cost + _domain_fit(domain, ctx, c), c) for c, cost in cands.items()),
                    reverse=True)
    best = scored[0][1]
    if len(scored) > 1 and scored[0][0] - scored[1][0] < model.nonword_gap:
        return None  # two fixes fit about as well: leave the guess to a reader
    if best in same:
        return best, "diacritic"
    if not (lm.seen(ctx[1], best) or lm.seen(best, ctx[2])):
        return None  # a letter edit needs the context to vouch for it
    return best, "typo"


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
        (ps, pe, pw, pk), (ns, ne, nw, nk) = toks[k - 1][:4], toks[k + 1][:4]
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
