"""Build patterns/normalize/syllable_lm.tsv.gz: the repairer's syllable LM.

    .venv/bin/python scripts/build_lm.py [--shared ../shared] [--min-tri 1] [--dev]

Trains on clean text only: VLSP 2013 sentences shipped with underthesea
(minus the held-out tenth used by scripts/eval_normalize.py), the dev
articles, and Viet74K words (unigrams and in-word bigrams).  Words that are not
Vietnamese syllables (abbreviations, foreign words, damage) are counted as
one UNK token, so damaged spans do not teach the model their damage.  The seeds are NOT
used: they are the real-damage test.
"""

from __future__ import annotations

import argparse
import sys
import unicodedata
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from extractor.normalize.corpus import dev_texts, split_vlsp, viet74k_words  # noqa: E402
from extractor.normalize.lexicon import is_vietnamese_shape  # noqa: E402
from extractor.normalize.lm import BOS, EOS, NUM, UNK, segments, write_counts  # noqa: E402
from extractor.normalize.syllable import canonical  # noqa: E402


def canonical_segments(texts) -> list[list[str]]:
    """LM segments of `texts`, words in canonical spelling."""
    return [[t if t == NUM else canonical(t) for t in seg]
            for text in texts for seg in segments(unicodedata.normalize("NFC", text))]


def shaped_counts(segs: list[list[str]]) -> Counter:
    """Counts of the Vietnamese-shaped words of `segs` (names like 'nguyễn' are not in Viet74K)."""
    return Counter(t for seg in segs for t in seg if t.isalpha() and is_vietnamese_shape(t))


def with_unknowns(segs: list[list[str]], lexicon: set[str]) -> list[list[str]]:
    """Words outside the lexicon (abbreviations, foreign words, damage) become UNK."""
    return [[t if t == NUM or t in lexicon else UNK for t in seg] for seg in segs]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[1])
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("--min-tri", type=int, default=1, help="drop trigrams seen fewer times (size)")
    ap.add_argument("--min-dev", type=int, default=3, help="sightings for a dev-article word to count as valid")
    ap.add_argument("--out", default=None, help="default: patterns/normalize/syllable_lm.tsv.gz (--dev: /tmp/syllable_lm_dev.tsv.gz)")
    ap.add_argument("--dev", action="store_true", help="tuning LM: leave out the dev tenth of VLSP too (eval_normalize.py --dev)")
    args = ap.parse_args()
    if args.out is None:
        args.out = "/tmp/syllable_lm_dev.tsv.gz" if args.dev else str(ROOT / "patterns" / "normalize" / "syllable_lm.tsv.gz")

    # canonical spelling syllable by syllable ('tuỳ tiện' -> 'tùy tiện'; canonical() leaves multi-mark strings alone)
    words = [" ".join(canonical(s) for s in w.strip().lower().replace("-", " ").split()) for w in viet74k_words() if w.strip()]
    lexicon = {s for w in words for s in w.replace("-", " ").split() if s.isalpha() and is_vietnamese_shape(s)}
    train, _ = split_vlsp(dev=args.dev)
    vlsp = canonical_segments(train)
    dev = canonical_segments(dev_texts(Path(args.shared)))
    lexicon |= set(shaped_counts(vlsp))  # edited corpus: every shaped word is real
    lexicon |= {w for w, n in shaped_counts(dev).items() if n >= args.min_dev}  # scraped: a few sightings
    segs = with_unknowns(vlsp + dev, lexicon)
    uni: Counter = Counter()
    bi: Counter = Counter()
    tri: Counter = Counter()
    for seg in segs:
        padded = [BOS, *seg, EOS]
        uni.update(t for t in seg if t != UNK)
        bi.update(f"{a} {b}" for a, b in zip(padded, padded[1:]))
        tri.update(f"{a} {b} {c}" for a, b, c in zip(padded, padded[1:], padded[2:]))
    pairs: set[str] = set()
    for w in words:  # dictionary words: every syllable exists, in-word pairs exist
        syl = [s for s in w.replace("-", " ").split() if s in lexicon]
        uni.update(syl)
        bi.update(f"{a} {b}" for a, b in zip(syl, syl[1:]))
        pairs.update(f"{a} {b}" for a, b in zip(syl, syl[1:]))
    tri = Counter({k: v for k, v in tri.items() if v >= args.min_tri})
    write_counts(Path(args.out), dict(uni), dict(bi), dict(tri), len(segs), pairs)
    size = Path(args.out).stat().st_size
    print(f"{len(pairs)} dictionary pairs, {len(segs)} segments, {sum(uni.values())} tokens, {len(uni)} unigrams, {len(bi)} bigrams, "
          f"{len(tri)} trigrams -> {args.out} ({size / 1e6:.2f} MB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
