"""What one word should be in its context: keep it, or the sibling spelling the language model prefers.

Split from repair.py, which walks a text's tokens, says which may be touched
(with eligible.py) and composes the edits: this module decides for one word
between its neighbours (`_choose`, memoised by context) -- a valid word gives
way only to a sibling a real neighbour vouches for and that fits far better,
a non-word to its best candidate when that one clearly wins.  Nothing here
does I/O.
"""

from __future__ import annotations

import math

from extractor.normalize.candidates import (confusion_candidates, diacritic_candidates, insertion_candidates,
                                            letter_candidates)
from extractor.normalize.lm import BOS, EOS, NUM, UNK
from extractor.normalize.model import RepairModel
from extractor.normalize.restore import DOMAIN_BONUS

_NO_WITNESS = frozenset({BOS, EOS, UNK})   # a segment edge or an unknown word vouches for no spelling


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


def _words_made(lm, ctx: tuple, w: str, compounds: frozenset[str] = frozenset()) -> int:
    """How many dictionary words w makes with its neighbours (0, 1 or 2); union-news `compounds` count."""
    return ((lm.in_word(ctx[1], w) or f"{ctx[1]} {w}" in compounds)
            + (lm.in_word(w, ctx[2]) or f"{w} {ctx[2]}" in compounds))


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
        made = _words_made(lm, ctx, low, model.compounds)
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
            made_c = _words_made(lm, ctx, c)     # (a compound protects the word as written only)
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
