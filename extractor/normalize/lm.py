"""Syllable trigram language model with stupid backoff (Brants et al. 2007).

The counts ship pruned in patterns/normalize/syllable_lm.tsv.gz (built by
scripts/build_lm.py from text that is on this machine).  Scores are log10;
only differences between candidate spellings matter to the repairer.
"""

from __future__ import annotations

import gzip
import math
from dataclasses import dataclass, field
from pathlib import Path

import regex

BOS, EOS, NUM, UNK = "<s>", "</s>", "<n>", "<unk>"
BACKOFF = math.log10(0.4)
BIGRAM_MEMO = 100_000      # pairs whose bigram score is remembered (LanguageModel._blog)
# Words and numbers; anything else (punctuation, symbols) ends an LM segment.
_TOKEN = regex.compile(r"\p{L}[\p{L}\p{M}]*|\d+(?:[.,]\d+)*|[^\s\p{L}\p{M}\d]")


def lm_token(word: str) -> str:
    """The LM's spelling of a word: lower case, every number one symbol."""
    return NUM if word[:1].isdigit() else word.lower()


def segments(text: str) -> list[list[str]]:
    """Text -> runs of LM tokens between punctuation (the units the counts come from)."""
    out: list[list[str]] = []
    cur: list[str] = []
    for m in _TOKEN.finditer(text):
        t = m.group()
        if t[0].isalpha() or t[0].isdigit():
            cur.append(lm_token(t))
        elif cur:
            out.append(cur)
            cur = []
    if cur:
        out.append(cur)
    return out


@dataclass(frozen=True)
class LanguageModel:
    """Counts of 1-, 2- and 3-grams of syllables (keys are space-joined)."""

    uni: dict[str, int]
    bi: dict[str, int]
    tri: dict[str, int]
    total: int
    n_segments: int
    pairs: frozenset[str] = frozenset()   # adjacent syllables inside one dictionary word ('hợp tác')
    _ulog: dict = field(default_factory=dict, compare=False, repr=False)   # unigram() memo
    _blog: dict = field(default_factory=dict, compare=False, repr=False)   # bigram() memo, (v, w) -> score
    # v -> every w of a seen pair 'v w', and w -> every v: which spellings a neighbour vouches
    # for, answered by one set intersection instead of a lookup per candidate (built from `bi`)
    followers: dict = field(default_factory=dict, compare=False, repr=False)
    leaders: dict = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        if self.bi and not self.followers:
            after: dict[str, set[str]] = {}
            before: dict[str, set[str]] = {}
            one: dict[str, str] = {}    # one string object per syllable: the index stays small
            for gram in self.bi:
                v, _, w = gram.partition(" ")
                v, w = one.setdefault(v, v), one.setdefault(w, w)
                after.setdefault(v, set()).add(w)
                before.setdefault(w, set()).add(v)
            for src, dst in ((after, self.followers), (before, self.leaders)):
                while src:                  # freeze one set at a time: no second full copy in memory
                    k, ws = src.popitem()
                    dst[k] = frozenset(ws)

    def _context(self, ctx: str) -> int:
        if ctx == BOS:
            return self.n_segments
        return self.uni.get(ctx, 0) if " " not in ctx else self.bi.get(ctx, 0)

    def unigram(self, w: str) -> float:
        """log10 P(w), add-half smoothed so unseen words are possible but rare."""
        p = self._ulog.get(w)
        if p is None:
            p = self._ulog[w] = math.log10((self.uni.get(w, 0) + 0.5) / (self.total + 0.5 * len(self.uni)))
        return p

    def bigram(self, v: str, w: str) -> float:
        """log10 S(w | v) with stupid backoff (memoised: the repairer asks for the same pairs again and
        again, in every context of a word; bounded, emptied when full)."""
        memo = self._blog
        p = memo.get((v, w))
        if p is None:
            c = self.bi.get(f"{v} {w}", 0)
            p = math.log10(c / max(self._context(v), c)) if c else BACKOFF + self.unigram(w)
            if len(memo) >= BIGRAM_MEMO:
                memo.clear()
            memo[(v, w)] = p
        return p

    def score(self, u: str | None, v: str, w: str) -> float:
        """log10 S(w | u v) with stupid backoff; u is None at the start of a segment."""
        if u is not None:
            c = self.tri.get(f"{u} {v} {w}", 0)
            if c:
                return math.log10(c / max(self.bi.get(f"{u} {v}", c), c))
            return BACKOFF + self.bigram(v, w)
        return self.bigram(v, w)

    def in_word(self, v: str, w: str) -> bool:
        """Do v and w make (part of) one dictionary word?"""
        return f"{v} {w}" in self.pairs

    def vouched(self, left: str | None, right: str | None, words: frozenset[str]) -> frozenset[str]:
        """The `words` seen right after `left` or right before `right` (None: no witness there)."""
        out = words & self.followers.get(left, frozenset()) if left is not None else frozenset()
        if right is not None:
            out = out | (words & self.leaders.get(right, frozenset()))
        return out

    def seen(self, v: str, w: str) -> bool:
        """Was the pair ever seen (the evidence a letter edit needs)?"""
        return f"{v} {w}" in self.bi


def read_counts(path: Path) -> LanguageModel:
    """Load syllable_lm.tsv.gz: lines 'n<TAB>gram<TAB>count', plus '#total' and '#segments'.

    The file is split once into its columns and each order's rows, which
    write_counts keeps together, become a dict in one call: every start of
    every worker reads this file, and a line-by-line loop took most of a
    start-up's half second.
    """
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        data = fh.read()
    cells = data.replace("\n", "\t").split("\t")
    if cells and cells[-1] == "":
        cells.pop()
    if len(cells) % 3:
        raise ValueError(f"{path}: a line is not 'n<TAB>gram<TAB>count'")
    orders, grams, counts = cells[0::3], cells[1::3], cells[2::3]
    meta = {m: int(counts[orders.index(m)]) if m in orders else 0 for m in ("#total", "#segments")}
    tables: dict[str, dict[str, int]] = {}
    for n in ("1", "2", "3", "w"):
        if n not in orders:
            tables[n] = {}
            continue
        first = orders.index(n)
        last = len(orders) - orders[::-1].index(n)
        if orders.count(n) != last - first:
            raise ValueError(f"{path}: the {n}-gram rows are not together")
        tables[n] = dict(zip(grams[first:last], map(int, counts[first:last])))
    if sum(map(len, tables.values())) + sum(m in orders for m in meta) != len(orders):
        raise ValueError(f"{path}: a row of unknown order")
    uni, bi, tri = tables["1"], tables["2"], tables["3"]
    return LanguageModel(uni, bi, tri, meta["#total"] or sum(uni.values()), meta["#segments"] or 1,
                         frozenset(tables["w"]))


def write_counts(path: Path, uni: dict, bi: dict, tri: dict, n_segments: int, pairs: set[str] = frozenset()) -> None:
    """Write counts in the shipped format (sorted, so rebuilds diff cleanly)."""
    with gzip.open(path, "wt", encoding="utf-8", compresslevel=9) as fh:
        fh.write(f"#total\t-\t{sum(uni.values())}\n#segments\t-\t{n_segments}\n")
        for n, table in ((1, uni), (2, bi), (3, tri)):
            for gram in sorted(table):
                fh.write(f"{n}\t{gram}\t{table[gram]}\n")
        for gram in sorted(pairs):
            fh.write(f"w\t{gram}\t1\n")
