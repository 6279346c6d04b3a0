"""Put diacritics back on lines written without any ("Hien toan tinh co 1.026 cong doan co so").

Scraped pages and copied reports sometimes lose every Vietnamese mark in a
paragraph.  The word repair of repair.py judges one damaged word by its
marked neighbours, so it leaves such a line alone; here the whole line is
decoded at once: every word may be any valid spelling of its skeleton
(`doan` -> đoàn, doãn, dọn...), and the syllable language model picks the
most likely sequence (Viterbi over bigrams, with the dictionary-word bonus
of the word repair).  Upper-case abbreviations take their marked spelling
from patterns/normalize/bare_abbreviations.tsv (`CDCS` -> `CĐCS`).

A line is decoded only when it has no marked letter at all, holds at least
`MIN_WORDS` words, and nearly all of them have Vietnamese spellings (an
English line does not: "and", "of", "with" have none).  Inside a marked
line, a run of at least `MIN_RUN` unmarked lower-case words, `MIN_SUSPECTS`
of them likely stripped ("thành lập 12 cong doan co so"), is decoded the
same way between its fixed neighbours.  Edits keep offsets
(see offsets.compose), and each says "diacritics".
"""

from __future__ import annotations

import math
import re
from functools import lru_cache
from pathlib import Path

import regex

from extractor.normalize.lm import BACKOFF, BOS, NUM
from extractor.normalize.model import RepairModel
from extractor.normalize.syllable import skeleton

DATA = Path(__file__).resolve().parents[2] / "patterns" / "normalize"
MIN_WORDS = 6           # shorter bare lines are names, datelines, bylines
MIN_SHARE = 0.9         # share of the line's words that have a Vietnamese spelling
MAX_STATES = 8          # spellings kept per word (the most frequent of its skeleton)
MIN_RUN = 3             # a run of bare words inside a marked sentence: at least this many words ...
MIN_SUSPECTS = 2        # ... this many of them likely stripped of their marks
SUSPECT_SHARE = 0.2     # a valid bare word is suspect when this much rarer than its commonest spelling
# a sentence: up to a stop followed by a space or the line end ("1.026" does not stop it); the
# runs of other characters are taken whole ('+'), not one alternation per character: same spans,
# several times faster (this scans most articles: tests/test_normalize_fast.py)
_SENTENCE = regex.compile(r"(?:[^.!?\n]+|[.!?](?![ \t]|\n|$))+[.!?]*")
_CAPS = regex.compile(r"\b\p{Lu}{2,}\b")      # abbreviations (CĐCS, LĐLĐ) may be marked in a bare line
_TOKEN = regex.compile(r"(?P<w>\p{L}+)|(?P<n>\d+(?:[.,]\d+)*)|(?P<p>[^\s\p{L}\d])")
_MARKED = regex.compile(r"[^\x00-\x7f]")   # any non-ASCII letter: the line has marks (or is not Vietnamese)
# a non-ASCII character no abbreviation can hold (not upper case): _CAPS.sub leaves it for _MARKED
_UNCASED_MARK = regex.compile(r"[^\x00-\x7f\p{Lu}]")
# three lower-case unmarked words in a row, numbers between allowed: what `_run_edits` looks at, found
# with the standard library's `re` ([^\W\d_] is any letter, marked ones too), most sentences have none
_BARE_RUN = re.compile(r"(?<![^\W\d_])[a-z]+ (?:[\d.,]+ )?[a-z]+ (?:[\d.,]+ )?[a-z]+(?![^\W\d_])")

Edit = tuple[int, int, str, str]


@lru_cache(maxsize=2)
def load_abbreviations(path: str | None = None) -> dict[str, str]:
    """Bare upper-case abbreviation -> its marked spelling (bare_abbreviations.tsv)."""
    p = Path(path) if path else DATA / "bare_abbreviations.tsv"
    out = {}
    for line in p.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            bare, marked = line.split("\t")[:2]
            out[bare.strip()] = marked.strip()
    return out


DOMAIN_BONUS = 1.0      # log10 credit for a word pair the rules' own example sentences use


def _spellings(word: str, model: RepairModel) -> tuple[str, ...]:
    """The valid lower-case spellings of a bare word, most frequent first (the word itself if none)."""
    low = word.lower()
    got = model.lexicon.by_skeleton.get(skeleton(low), ())[:MAX_STATES]
    return got or (low,)


def _recase(model_word: str, original: str) -> str:
    """The chosen spelling in the original's case: 'Trong' -> 'Trong', 'HIEN' -> 'HIỆN'."""
    if original.isupper() and len(original) > 1:
        return model_word.upper()
    if original[:1].isupper():
        return model_word[:1].upper() + model_word[1:]
    return model_word


def bare_line(line: str, model: RepairModel) -> bool:
    """A line of Vietnamese written without marks: none at all, enough words, nearly all spellable."""
    if _UNCASED_MARK.search(line) or _MARKED.search(_CAPS.sub("", line)):
        return False   # (the first test settles a marked line, the usual one, without rewriting it)
    words = [m.group() for m in _TOKEN.finditer(line) if m.lastgroup == "w"]
    lower = [w for w in words if not w.isupper() or len(w) == 1]
    if len(lower) < MIN_WORDS:
        return False
    index = model.lexicon.by_skeleton
    return sum(1 for w in lower if skeleton(w) in index) >= MIN_SHARE * len(lower)


def _decode(states: list[tuple[str, ...]], model: RepairModel) -> list[str]:
    """The most likely spelling of each word of one segment: second-order Viterbi over the LM's
    trigram scores ("trong tinh" -> "trong tỉnh", not the "trọng tình" a bigram prefers), plus the
    dictionary-word bonus of the word repair.

    Each step scores every state (u, v) against every spelling w: what depends on (v, w) only (the
    bigram backoff, the word and domain bonuses) is worked out once per pair, not once per u, and
    each state keeps a pointer back, not a copy of its path.  Same sums in the same order as
    `lm.score` plus the bonuses, and the same first-found winner on a tie.
    """
    lm, bonus, domain = model.lm, model.word_bonus, model.domain
    tri, bi = lm.tri, lm.bi
    best: dict[tuple[str | None, str], float] = {(None, BOS): 0.0}
    back: list[dict[tuple[str | None, str], tuple[str | None, str]]] = []
    for options in states:
        nxt: dict[tuple[str | None, str], float] = {}
        came: dict[tuple[str | None, str], tuple[str | None, str]] = {}
        pair: dict[tuple[str, str], tuple[float, bool, bool]] = {}
        for (u, v), p in best.items():
            uv = None if u is None else f"{u} {v}"
            for w in options:
                got = pair.get((v, w))
                if got is None:
                    got = pair[(v, w)] = (lm.bigram(v, w), lm.in_word(v, w), f"{v} {w}" in domain)
                bg, made, known = got
                if uv is None:
                    score = p + bg
                else:
                    c = tri.get(f"{uv} {w}", 0)
                    score = p + (math.log10(c / max(bi.get(uv, c), c)) if c else BACKOFF + bg)
                if made:
                    score += bonus
                if known:
                    score += DOMAIN_BONUS
                if score > nxt.get((v, w), -math.inf):
                    nxt[(v, w)] = score
                    came[(v, w)] = (u, v)
        best = nxt
        back.append(came)
    state = max(best.items(), key=lambda x: x[1])[0]
    path = []
    for came in reversed(back):
        path.append(state[1])
        state = came[state]
    return path[::-1]


def restore_edits(text: str, model: RepairModel) -> list[Edit]:
    """Edits putting the marks back on every bare sentence of `text` (see bare_line).

    A sentence is decoded only when bare or holding a bare run, and its edits, a pure
    function of it, are memoised on the model (RepairModel.sentences): decoding is the
    costly part, and a feed repeats its bare lines (a dateline, a caption template).
    """
    if not text.isascii() and not regex.search(r"[\x00-\x7f]{20}", text):
        return []   # every stretch has marks: the usual case, answered without a per-sentence pass
    memo = model.sentences
    edits: list[Edit] = []
    for line in _SENTENCE.finditer(text):
        sentence = line.group()
        bare = bare_line(sentence, model)
        if not bare and not (_BARE_RUN.search(sentence) and _MARKED.search(sentence)):
            continue
        got = memo.get(sentence)
        if got is None:
            if len(memo) >= model.blocks_max:
                memo.clear()    # emptied when full, so memory stays flat
            got = memo[sentence] = tuple(_bare_edits(sentence, model) if bare else _run_edits(0, sentence, model))
        at = line.start()
        edits.extend([(at + s, at + e, r, why) for s, e, r, why in got])
    return edits


def _bare_edits(line: str, model: RepairModel) -> list[Edit]:
    """Edits putting the marks back on a bare sentence (offsets into it)."""
    abbreviations = load_abbreviations()
    edits: list[Edit] = []
    segment: list[tuple[int, int, str, tuple[str, ...]]] = []   # start, end, word, its spellings
    for m in list(_TOKEN.finditer(line)) + [None]:
        kind = m.lastgroup if m is not None else "p"
        if kind == "p":
            _flush(segment, model, edits)
            segment = []
            continue
        s, e, w = m.start(), m.end(), m.group()
        if kind == "n":
            segment.append((s, e, w, (NUM,)))
        elif w.isupper() and len(w) > 1:
            # an abbreviation or a roman numeral ("quý III"): one fixed reading, the marked one if listed
            marked = abbreviations.get(w)
            if marked:
                edits.append((s, e, marked, "diacritics"))
            segment.append((s, e, w, ((marked or w).lower(),)))
        else:
            segment.append((s, e, w, _spellings(w, model)))
    return edits


def _suspect(word: str, model: RepairModel) -> bool:
    """A bare word that is most likely a marked one stripped: no word as written ('ket', 'hien'), or far
    rarer than its commonest marked spelling ('doan' 5 against 'đoàn' 513; not 'trong', 'tham', 'gia')."""
    low = word.lower()
    spellings = model.lexicon.by_skeleton.get(skeleton(low), ())
    if not spellings:
        return False
    uni = model.lm.uni
    if low not in model.lexicon.valid:
        return True
    return uni.get(low, 0) < SUSPECT_SHARE * max(uni.get(c, 0) for c in spellings)


def _run_edits(offset: int, line: str, model: RepairModel) -> list[Edit]:
    """Marks put back on a run of bare words inside a marked sentence ("LĐLĐ tỉnh kêt nạp 1.9 86 đoàn vien,
    thành lập 12 Cong doan co so"): at least MIN_RUN lower-case words in a row (numbers inside count as
    numbers), MIN_SUSPECTS of them likely stripped (`_suspect`), decoded as a bare sentence is.  A run of
    words written so on purpose ("trong thu chi kinh phí", "tham gia") has no suspects and is left alone."""
    out: list[Edit] = []
    run: list = []
    toks = list(_TOKEN.finditer(line))
    for i, m in enumerate(toks + [None]):
        # lower-case words only (and the sentence's first word): a capitalised one mid-sentence may be a
        # name ("Việt Nam giao cho", "Cà Mau trao"), which the LM would read as a common word; it may
        # open a run only on trial (_capital_opens)
        if m is not None and (m.lastgroup == "n" and run or m.lastgroup == "w" and m.group().isascii()
                              and (m.group().islower() or ((i == 0 or not run) and m.group()[1:].islower()))):
            run.append(m)
            continue
        if run and run[0].start() > 0 and run[0].group()[:1].isupper() and not _capital_opens(run, model):
            run = run[1:]       # the capitalised word stays as written: the fixed context of the rest
        words = [t for t in run if t.lastgroup == "w"]
        if len(words) >= MIN_RUN and sum(_suspect(t.group(), model) for t in words) >= MIN_SUSPECTS:
            segment = [(offset + t.start(), offset + t.end(), t.group(),
                        (NUM,) if t.lastgroup == "n" else _spellings(t.group(), model)) for t in run]
            # the words right before and after the run are its context, fixed as written ("Việt Nam giao cho
            # cac" keeps "giao", "mua nhu yếu" keeps "nhu"); a fixed word gets no edit (_flush)
            k = toks.index(run[0])
            before = toks[k - 1] if k > 0 else None
            if before is not None and before.lastgroup == "w" and run[0].start() - before.end() <= 1:
                segment.insert(0, (offset + before.start(), offset + before.end(), before.group(),
                                   (before.group().lower(),)))
            if m is not None and m.lastgroup == "w" and m.start() - run[-1].end() <= 1:
                segment.append((offset + m.start(), offset + m.end(), m.group(), (m.group().lower(),)))
            _flush(segment, model, out)
        run = []
    return out


def _capital_opens(run: list, model: RepairModel) -> bool:
    """May a capitalised bare word mid-sentence open a run ("thành lập 12 Cong doan co so")?  Only when it
    and the word after it are both likely stripped (`_suspect`): a name keeps its case and its letters
    ("Samsung", "Canon" have no Vietnamese spelling; a name before a common word is left alone)."""
    words = [t.group() for t in run if t.lastgroup == "w"][:2]
    return len(words) == 2 and all(_suspect(w, model) for w in words)


def _flush(segment: list, model: RepairModel, edits: list[Edit]) -> None:
    """Decode one segment and add an edit for every lower-case-able word whose spelling changes."""
    if not segment:
        return
    chosen = _decode([opts for *_, opts in segment], model)
    for (s, e, w, opts), c in zip(segment, chosen):
        if len(opts) > 1 or (opts[0] not in (NUM, w.lower()) and not w.isupper()):
            if c != w.lower():
                edits.append((s, e, _recase(c, w), "diacritics"))
