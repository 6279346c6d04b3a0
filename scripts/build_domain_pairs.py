"""Build patterns/normalize/domain_pairs.tsv: word pairs of union news, for restoring diacritics.

    .venv/bin/python scripts/build_domain_pairs.py [--min-count 2]

The syllable LM (scripts/build_lm.py) learns mostly from general news and
knows too little of union phrasing ("trong tỉnh", "quý III", "LĐLĐ tỉnh").
A line written without any diacritic is decoded by extractor/normalize/
restore.py, which credits the pairs listed here.  They come from marked text
only: every example sentence in patterns/, the develop part of the dev
articles and the training sets of extractor/ner/corpus.py (never the
held-out part, the exams, challenge2 d16-d30, challenge10/11 or the seeds).
Only pairs of two valid syllables (or a syllable and a number) seen at
least --min-count times are kept.
"""

from __future__ import annotations

import argparse
import sys
import unicodedata
from collections import Counter
from pathlib import Path

import regex

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from extractor.ner import corpus  # noqa: E402
from extractor.normalize import load_model  # noqa: E402
from extractor.normalize.lm import NUM  # noqa: E402
from extractor.normalize.restore import bare_line  # noqa: E402
from extractor.yamlio import load_yaml  # noqa: E402

_SEGMENT = regex.compile(r"[^.,;:!?()\"“”\n]+")
_WORD = regex.compile(r"\p{L}+|\d+(?:[.,]\d+)*")


def example_texts(root: Path) -> list[str]:
    """Every `text:` string of the YAML files under patterns/ (the rules' example sentences)."""
    out: list[str] = []

    def walk(node) -> None:
        if isinstance(node, dict):
            for k, v in node.items():
                out.append(v) if k == "text" and isinstance(v, str) else walk(v)
        elif isinstance(node, list):
            for v in node:
                walk(v)

    for f in sorted(root.rglob("*.yaml")):
        walk(load_yaml(f.read_text(encoding="utf-8")))
    return out


def pair_counts(texts: list[str], valid: frozenset[str], model) -> Counter:
    """Adjacent pairs inside punctuation-free runs of marked lines."""
    counts: Counter = Counter()
    for text in texts:
        for line in unicodedata.normalize("NFC", text).splitlines():
            if bare_line(line, model):
                continue
            for seg in _SEGMENT.findall(line):
                words = [NUM if w[0].isdigit() else w.lower() for w in _WORD.findall(seg)]
                for a, b in zip(words, words[1:]):
                    if (a in valid or a == NUM) and (b in valid or b == NUM) and (a, b) != (NUM, NUM):
                        counts[f"{a} {b}"] += 1
    return counts


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[1])
    ap.add_argument("--min-count", type=int, default=2)
    ap.add_argument("--out", default=str(ROOT / "patterns" / "normalize" / "domain_pairs.tsv"))
    args = ap.parse_args()
    model = load_model()
    texts = example_texts(ROOT / "patterns")
    texts += [a.text for a in corpus.develop_articles()]
    for s in corpus.TRAIN_SETS:
        texts += [a.text for a in corpus.set_articles(s.name)]
    counts = pair_counts(texts, model.lexicon.valid, model)
    kept = sorted((p, c) for p, c in counts.items() if c >= args.min_count)
    with open(args.out, "w", encoding="utf-8") as f:
        f.write("# word pairs of union news (scripts/build_domain_pairs.py); pair<TAB>count\n")
        for p, c in kept:
            f.write(f"{p}\t{c}\n")
    print(f"{len(texts)} texts, {len(counts)} pairs, {len(kept)} kept -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
