"""`extractor export`: the stored records as CSV, JSON lines or Parquet.

For schedulers after a crawl: `--since DATE` keeps the records of articles
added, changed or published on or after DATE.
"""

from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("export", help="write stored records to .csv, .jsonl or .parquet")
    p.add_argument("--db", default="unionstats.sqlite", help="SQLite file (default: %(default)s)")
    p.add_argument("-o", "--output", required=True, metavar="OUT", help="OUT.csv, OUT.jsonl(.gz) or OUT.parquet; - for stdout")
    p.add_argument("--since", metavar="DATE", help="only articles updated or published on or after DATE (YYYY-MM-DD)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from pathlib import Path

    from extractor.article import parse_date
    from extractor.errors import InputError, UserError
    from extractor.store import Store
    from extractor.writers import open_writer

    if not Path(args.db).is_file():
        raise InputError(f"{args.db}: no such database")
    since = None
    if args.since is not None:
        day = parse_date(args.since)
        if day is None or len(args.since.strip()) != 10:
            raise UserError(f"--since: expected a date YYYY-MM-DD, not {args.since!r}")
        since = day.isoformat()
    with Store(args.db) as store, open_writer(args.output) as writer:
        writer.write(store.records(since=since))
        count = writer.count
    if args.output != "-":
        import sys
        print(f"exported {count} records to {args.output}", file=sys.stderr)
    return 0
