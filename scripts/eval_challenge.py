"""Score the extractor on the challenge set (gold/challenge/articles.jsonl).

    .venv/bin/python scripts/eval_challenge.py [--file PATH] [--no-details] [--no-repair]

The challenge articles were written AFTER the rules, in phrasings the seeds
and dev articles do not use, so this score estimates how the extractor
generalises to the unseen provincial articles it is judged on; a rule
change should be judged here as well as on dev, never tuned to it.

Prints the headline (core and full P/R/F1, region/period/bound accuracy),
per-indicator F1, and the missed / spurious / wrong-context records of each
article.  Exit status 1 (one line on stderr) when the file is missing or a
line is not a valid article.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from extractor.article import Article  # noqa: E402
from extractor.readers import article_of  # noqa: E402
from extractor.pipeline import extract_article, load_resources  # noqa: E402
from extractor.record import Record  # noqa: E402
from extractor.report import table  # noqa: E402
from extractor.score import score  # noqa: E402

DEFAULT = ROOT / "gold" / "challenge" / "articles.jsonl"


class ChallengeError(Exception):
    """A challenge file that cannot be read: reported as one line."""


def read_challenge(path: Path) -> list[dict]:
    """The articles of a challenge JSONL file, each with its `gold` list, checked for the fields we use."""
    if not path.is_file():
        raise ChallengeError(f"{path}: no such file")
    out = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            d = json.loads(line)
        except ValueError as exc:
            raise ChallengeError(f"{path}:{n}: invalid JSON ({exc.msg})") from None
        if not isinstance(d, dict) or not d.get("id") or not isinstance(d.get("gold"), list) \
                or not (isinstance(d.get("text"), str) or isinstance(d.get("html"), str)):
            raise ChallengeError(f"{path}:{n}: needs an id, a text or html string and a gold list")
        out.append(d)
    return out


def to_article(d: dict) -> Article:
    """A challenge line as `extractor extract` reads it (url kept: the site is a region source;
    a missing publication date taken from the printed dateline)."""
    art = article_of(d, f"challenge:{d.get('id')}")
    if not isinstance(art, Article):
        raise ChallengeError(f"article {d.get('id')}: {art.reason}")
    return art


def gold_records(articles: list[dict]) -> list[Record]:
    """Every gold record of the file, with its article's id as doc_id."""
    return [Record.from_dict({**g, "doc_id": str(a["id"])}) for a in articles for g in a["gold"]]


def select_ids(articles: list[dict], spec: str) -> list[dict]:
    """The articles whose id lies in 'd16-d30' (same prefix, numeric part compared)."""
    first, _, last = spec.partition("-")
    prefix = first.rstrip("0123456789")
    if not last or not first[len(prefix):].isdigit() or not last[len(prefix):].isdigit():
        raise ChallengeError(f"--ids {spec!r}: expected a range like d16-d30")
    lo, hi = int(first[len(prefix):]), int(last[len(prefix):])
    pick = [a for a in articles if str(a["id"]).startswith(prefix)
            and str(a["id"])[len(prefix):].isdigit() and lo <= int(str(a["id"])[len(prefix):]) <= hi]
    if not pick:
        raise ChallengeError(f"--ids {spec!r}: no article in that range")
    return pick


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--file", type=Path, default=DEFAULT, help="challenge JSONL (default: %(default)s)")
    ap.add_argument("--no-details", action="store_true", help="headline and per-indicator table only")
    ap.add_argument("--no-repair", action="store_true", help="skip the text normalizer")
    ap.add_argument("--ids", default=None, metavar="FIRST-LAST",
                    help="only articles whose id lies in this range, e.g. d16-d30 (the unseen half of challenge2)")
    ap.add_argument("--extractors", choices=("rules", "ner", "both"), default=None,
                    help="which extractors (default: the pipeline's default)")
    args = ap.parse_args(argv)
    try:
        articles = read_challenge(args.file)
        if args.ids:
            articles = select_ids(articles, args.ids)
        gold = gold_records(articles)
    except (ChallengeError, KeyError, TypeError, ValueError) as exc:
        print(f"eval_challenge: {exc}", file=sys.stderr)
        return 1
    resources = load_resources() if args.extractors is None else load_resources(extractors=args.extractors)
    pred = [r for a in articles for r in extract_article(to_article(a), resources, repair=not args.no_repair)]
    print(table("challenge", score(gold, pred, doc_ids={str(a["id"]) for a in articles}),
                details=not args.no_details))
    return 0


if __name__ == "__main__":
    sys.exit(main())
