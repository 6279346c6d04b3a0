"""`extractor train [--seed N] [--out DIR]`: train the statistical extractor (issue 6).

Reproducible: the same seed, data and rules give the same model, byte for
byte.  Runs on one CPU core in well under a minute.  Reads the gold of the
seeds, the develop part of the dev articles and the challenge sets listed in
extractor/ner/corpus.py (gold/challenge, challenge2 d01-d15, challenge3, 5,
6, 7, 8), and the rules' labels of the pattern examples; never the held-out
dev part, challenge2 d16-d30 or the exams (goldsets.EXAMS).
"""

from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("train", help="train the statistical (ner) extractor into models/ner",
                       description="Train the statistical extractor on gold (seeds, the develop dev part, "
                                   "gold/challenge, challenge2 d01-d15, challenge3/5/6/7/8: extractor/ner/corpus.py) "
                                   "and silver (the rules' labels of the pattern examples). Never reads the held-out "
                                   "dev part, challenge2 d16-d30 or the exams. Same seed, data and rules: the same "
                                   "model, byte for byte. Retrain after changing patterns/ (the silver labels and "
                                   "features come from the rules).")
    p.add_argument("--seed", type=int, default=0, help="random seed (default: %(default)s, the shipped model's)")
    p.add_argument("--out", default=None, metavar="DIR", help="output folder (default: models/ner)")
    p.add_argument("--iterations", type=int, default=20, metavar="N", help="epochs (default: %(default)s)")
    p.add_argument("--limit", type=int, default=None, metavar="N",
                   help="train on the first N examples only (smoke tests)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from extractor.errors import UserError
    from extractor.ner.train import train_default

    if args.iterations < 1:
        raise UserError(f"--iterations must be 1 or more, not {args.iterations}")
    if args.limit is not None and args.limit < 1:
        raise UserError(f"--limit must be 1 or more, not {args.limit}")
    try:
        out = train_default(seed=args.seed, out=args.out, n_iter=args.iterations, limit=args.limit)
    except OSError as exc:
        raise UserError(f"{args.out or 'models/ner'}: cannot write the model ({exc.strerror})") from None
    print(f"model written to {out}")
    return 0
