"""`extractor audit [--db FILE]`: consistency checks inside and across articles.

Exit code 0 when there is nothing to report, 1 when there are findings
(like a linter, so scripts can stop on them).
"""

from __future__ import annotations

import argparse
import json
import sys


def register(sub: argparse._SubParsersAction) -> None:
    from extractor.audit import RULES

    p = sub.add_parser("audit", help="find stored numbers that do not add up, inside and across articles")
    p.add_argument("--db", default="unionstats.sqlite", help="SQLite file (default: %(default)s)")
    p.add_argument("--rule", action="append", choices=RULES, help="run only this rule (repeatable)")
    p.add_argument("--json", action="store_true", help="one JSON object a line per finding")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from extractor.audit import audit, finding_json, render
    from extractor.commands.check import open_store

    with open_store(args.db) as store:
        records = list(store.records())
        articles = {a.id: a for a in store.articles()}
    texts = {k: a.text for k, a in articles.items()}
    findings = audit(records, texts, args.rule)
    if args.json:
        for f in findings:
            print(json.dumps(finding_json(f, articles.get), ensure_ascii=False))
    else:
        print(render(findings, articles.get, sys.stdout.isatty()))
    return 1 if findings else 0
