"""`extractor score GOLD PRED`: precision/recall/F1 by records.md."""

from __future__ import annotations

import argparse
import json


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("score", help="score predicted records against gold records")
    p.add_argument("gold", help="gold records: JSONL file or folder of JSONL files")
    p.add_argument("pred", help="predicted records: JSONL, CSV or Parquet")
    p.add_argument("--json", action="store_true", help="print the figures as JSON")
    p.add_argument("--brief", action="store_true", help="no per-article missed/spurious list")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from extractor.goldsets import read_records
    from extractor.report import summary, table
    from extractor.score import score

    res = score(read_records(args.gold), read_records(args.pred))
    if args.json:
        print(json.dumps(summary(res), ensure_ascii=False, indent=2))
    else:
        print(table("score", res, details=not args.brief))
    return 0
