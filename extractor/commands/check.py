"""`extractor check CLAIM` / `--file CLAIMS.txt`: was this figure said, and does it agree?

Exit code: 0 every figure supported, 1 any contradicted, 2 nothing could be
checked (bad claim, or no figure found), 3 some figures supported and some
not found.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("check", help="fact-check a claimed figure against the stored records")
    p.add_argument("claim", nargs="?", help='the claim, in Vietnamese: "Kiên Giang kết nạp 30.068 đoàn viên ..."')
    p.add_argument("--file", help="a UTF-8 file of claims, one a line ('#' comments); prints a table")
    p.add_argument("--db", default="unionstats.sqlite", help="SQLite file (default: %(default)s)")
    p.add_argument("--json", action="store_true", help="one JSON object a line per claimed figure")
    p.set_defaults(func=run)


def open_store(db: str):
    """The Store, or one clear line when the database is missing or empty."""
    from extractor.errors import UserError
    from extractor.store import Store

    if not Path(db).is_file():
        raise UserError(f"{db}: no such database; build it with `extractor run` (or pass --db FILE)")
    store = Store(db)
    if store.counts()[1] == 0:
        store.close()
        raise UserError(f"{db}: the database holds no records; build it with `extractor run`")
    return store


def run(args: argparse.Namespace) -> int:
    from extractor.errors import UserError

    from extractor.check import read_claims_file, validate_claim

    if (args.claim is None) == (args.file is None):
        raise UserError("give either one CLAIM or --file CLAIMS.txt")
    if args.claim is not None:
        validate_claim(args.claim)  # a bad claim is reported before the database is opened
    claims = read_claims_file(args.file) if args.file else [(0, args.claim)]
    with open_store(args.db) as store:
        stored = list(store.records())
        try:
            from extractor.pipeline import load_resources
        except ImportError as exc:
            raise UserError(f"the extractor cannot be loaded ({exc}); claims cannot be parsed") from None
        res = load_resources()
        return _check_all(claims, stored, res, store, args, single=not args.file)


def _check_all(claims, stored, res, store, args, single: bool) -> int:
    from extractor.check import ClaimError, check_claim, exit_code, verdict_json
    from extractor.check_render import describe, evidence_lines, table

    tty = sys.stdout.isatty()
    articles: dict = {}

    def art(doc_id):
        if doc_id not in articles:
            articles[doc_id] = store.article(doc_id)
        return articles[doc_id]

    all_verdicts, rows = [], []
    for n, text in claims:
        try:
            verdicts = check_claim(text, stored, res)
        except ClaimError as exc:
            if single:
                raise
            rows.append((str(n), "error", "-", str(exc)))
            if args.json:
                print(json.dumps({"line": n, "claim_text": text, "verdict": "error", "error": str(exc)},
                                 ensure_ascii=False))
            all_verdicts.append(None)
            continue
        all_verdicts.extend(verdicts)
        for v in verdicts:
            shown = v.shown_evidence()
            for _, r in shown:
                art(r.doc_id)
            if args.json:
                d = verdict_json(v, articles)
                if not single:
                    d["line"] = n
                print(json.dumps(d, ensure_ascii=False))
            elif single:
                print(f"{v.verdict.upper().replace('_', ' ')}: {describe(v.claim)}")
                if not shown:
                    print("  no stored figure speaks of it")
                for rel, r in shown[:5]:
                    print(f"  {rel}:")
                    print("\n".join(evidence_lines(r, art(r.doc_id), tty)))
                if len(shown) > 5:
                    print(f"  … and {len(shown) - 5} more (use --json)")
            else:
                src = ", ".join(dict.fromkeys(r.doc_id for _, r in shown[:3])) or "-"
                rows.append((str(n), v.verdict, src, describe(v.claim)))
    if rows and not args.json:
        print(table(("line", "verdict", "evidence", "claimed figure / message"), rows))
    verdicts = [v for v in all_verdicts if v is not None]
    code = exit_code(verdicts)
    if None in all_verdicts and code == 0:
        return 3  # some lines could not be checked
    return code
