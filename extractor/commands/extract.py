"""`extractor extract INPUT... [-o OUT]`: records of articles, as JSONL/CSV/Parquet."""

from __future__ import annotations

import argparse
import logging
import sys
import time
from collections import Counter

log = logging.getLogger("extractor.extract")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("extract", help="extract records from .txt/.html files, folders, .jsonl articles")
    p.add_argument("inputs", nargs="+", metavar="INPUT", help="files, folders, or - for JSONL on stdin")
    p.add_argument("-o", "--output", default=None, help="OUT.jsonl, .jsonl.gz, .csv or .parquet (default: JSONL to stdout)")
    p.add_argument("--db", default=None, help="also store articles and records in this SQLite file")
    p.add_argument("--no-repair", action="store_true", help="do not repair damaged text first")
    p.add_argument("--extractors", choices=("rules", "ner", "both"), default=None,
                   help="which extractor(s) to run (default: the best measured)")
    p.add_argument("--resume", action="store_true", help="skip articles already in OUT or --db")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from tqdm import tqdm

    from extractor.errors import InputError
    from extractor.pipeline import DEFAULT_EXTRACTORS, EXTRACTOR_VERSION, extract_article, load_resources
    from extractor.readers import Skipped, iter_inputs
    from extractor.store import Store
    from extractor.writers import existing_ids, open_writer

    t0 = time.perf_counter()
    done = existing_ids(args.output) if args.resume else set()
    store = Store(args.db) if args.db else None
    if store and args.resume:
        done |= {a.id for a in store.articles()}
    res = load_resources(extractors=args.extractors or DEFAULT_EXTRACTORS)
    skipped: Counter = Counter()
    n_read = 0
    skipped_items: list = []
    try:
        with open_writer(args.output if not (args.resume and args.output) else args.output) as out:
            items = iter_inputs(args.inputs, resume_ids=done or None)
            for item in tqdm(items, desc="extract", unit="article", disable=not sys.stderr.isatty()):
                if isinstance(item, Skipped):
                    skipped[item.reason] += 1
                    skipped_items.append(item)
                    continue
                n_read += 1
                try:
                    records = extract_article(item, res, repair=not args.no_repair)
                except Exception as exc:  # one bad article must not stop a batch
                    log.warning("failed %s: %s: %s", item.id, type(exc).__name__, exc)
                    skipped["extraction failed"] += 1
                    continue
                out.write(records)
                if store:
                    store.save(item, records, version=EXTRACTOR_VERSION)
            written = out.count
    finally:
        if store:
            store.close()
    if n_read == 0 and skipped_items:
        if len(skipped_items) == 1:
            raise InputError(f"{skipped_items[0].source}: {skipped_items[0].reason}")
        raise InputError(f"nothing readable ({len(skipped_items)} inputs skipped, first: "
                         f"{skipped_items[0].source}: {skipped_items[0].reason})")
    for item in skipped_items:  # a batch goes on; say what was skipped and why
        log.warning("skipped %s: %s", item.source, item.reason)
    if skipped or n_read > 1:
        why = ", ".join(f"{n} {r}" for r, n in skipped.most_common())
        print(f"extract: {n_read} articles, {sum(skipped.values())} skipped{' (' + why + ')' if why else ''}, "
              f"{written} records, {time.perf_counter() - t0:.1f} s", file=sys.stderr)
    return 1 if skipped else 0
