"""`extractor run`: the main job of the README.

Extracts every article of corpus/, stores articles and records in SQLite
(idempotent: a second run stores nothing twice), then prints the score
against gold/ and, when ../shared is beside the project, against the dev
articles' develop and held-out parts.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections import Counter

from extractor import DEFAULT_EXTRACTORS, EXTRACTOR_CHOICES

log = logging.getLogger("extractor.run")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("run", help="extract corpus/, store in SQLite, print scores against gold/")
    p.add_argument("--db", default="unionstats.sqlite", help="SQLite file (default: %(default)s)")
    p.add_argument("--corpus", default=None, help="folder of articles (default: the bundled corpus/)")
    p.add_argument("--gold", default=None, help="gold records (default: gold/seeds.jsonl)")
    p.add_argument("--no-dev", action="store_true", help="do not score the ../shared dev articles")
    p.add_argument("--no-repair", action="store_true", help="skip text repair")
    p.add_argument("--extractors", choices=EXTRACTOR_CHOICES, default=DEFAULT_EXTRACTORS,
                   help="which extractor(s) to run (default: %(default)s)")
    p.add_argument("--details", action="store_true", help="list missed and spurious records")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from tqdm import tqdm

    from extractor import goldsets
    from extractor.article import Article
    from extractor.errors import UserError
    from extractor.pipeline import EXTRACTOR_VERSION, extract_article, load_resources
    from extractor.readers import Skipped, article_of, iter_inputs
    from extractor.report import headline, table
    from extractor.score import score
    from extractor.store import Store

    corpus = args.corpus or str(goldsets.CORPUS)
    res = load_resources(extractors=args.extractors)
    outcomes: Counter = Counter()
    predicted = []
    with Store(args.db) as store:
        items = list(iter_inputs([corpus]))
        for item in tqdm(items, desc="extract", unit="article", disable=not sys.stderr.isatty()):
            if isinstance(item, Skipped):
                log.warning("skipped %s: %s", item.source, item.reason)
                outcomes["skipped"] += 1
                continue
            records = extract_article(item, res, repair=not args.no_repair)
            predicted.extend(records)
            outcomes[store.save(item, records, version=EXTRACTOR_VERSION)] += 1
        n_art, n_rec = store.counts()
    print(f"stored in {args.db}: " + ", ".join(f"{k} {v}" for k, v in sorted(outcomes.items()))
          + f"; database holds {n_art} articles, {n_rec} records")

    gold_path = args.gold or goldsets.GOLD / "seeds.jsonl"
    try:
        gold = goldsets.read_records(gold_path)
    except UserError as exc:
        print(f"no seed gold to score against ({exc})")
        return 0
    print()
    print(table("seeds", score(gold, predicted), details=args.details))

    dev = None if args.no_dev else goldsets.dev_articles()
    if dev:
        split = goldsets.dev_split() or {"develop": [a["id"] for a in dev], "heldout": []}
        dev_gold = goldsets.dev_gold()
        dev_pred = []
        for a in tqdm(dev, desc="dev", unit="article", disable=not sys.stderr.isatty()):
            art = article_of(a, f"dev:{a.get('id')}")   # as `extractor extract` reads it
            if isinstance(art, Article):
                dev_pred.extend(extract_article(art, res, repair=not args.no_repair))
        print()
        for part in ("develop", "heldout"):
            ids = set(split.get(part, []))
            if ids:
                print(headline(f"dev {part}", score(dev_gold, dev_pred, doc_ids=ids)))
    return 0
