"""Write every record of every development article (repair on and off) and the repaired texts to one file.

A change meant to make the pipeline faster must not change a record: take a
snapshot before, one after, and compare the two files byte for byte.

    python scripts/snapshot_records.py /tmp/before.jsonl
    ... change the code ...
    python scripts/snapshot_records.py /tmp/after.jsonl && cmp /tmp/before.jsonl /tmp/after.jsonl

The exams (extractor/goldsets.EXAMS) are left out: nothing but their
headline score is ever read.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from extractor import goldsets  # noqa: E402
from extractor.article import Article  # noqa: E402
from extractor.pipeline import extract_article, load_resources  # noqa: E402
from extractor.readers import article_of  # noqa: E402

EXAMS = set(goldsets.EXAMS)


def articles() -> list[Article]:
    """The seeds, the shared dev articles (when beside the project) and every development gold set."""
    files = [ROOT.parent / "shared" / "dev" / "articles.jsonl"]
    files += [p for p in sorted((ROOT / "gold").glob("challenge*/articles.jsonl")) if p.parent.name not in EXAMS]
    out = [Article(id=p.stem, text=p.read_text(encoding="utf-8")) for p in sorted((ROOT / "corpus").glob("*.txt"))]
    for f in files:
        for line in f.read_text(encoding="utf-8").splitlines() if f.exists() else []:
            a = article_of(json.loads(line))
            if isinstance(a, Article):
                out.append(a)
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", help="file to write (JSON lines)")
    args = ap.parse_args()
    res, arts = load_resources(), articles()
    with open(args.out, "w", encoding="utf-8") as fh:
        for repair in (True, False):
            for a in arts:
                for r in extract_article(a, res, repair=repair):
                    fh.write(json.dumps(r.to_dict(), ensure_ascii=False, default=str) + "\n")
        for a in arts:
            fh.write(json.dumps(res.repair(a.text, res.repair_model).text, ensure_ascii=False) + "\n")
    print(f"{len(arts)} articles -> {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
