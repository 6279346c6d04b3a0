"""The labelled articles the model may learn from: the seeds, the develop dev articles, the challenge set.

The held-out part of gold/dev_split.json is never returned; without
../shared only the seeds and gold/challenge/ are there.  gold/challenge/
(31 articles written after the rules, then used to fit them) is a
development set now; any newer challenge set (gold/challenge2/ ...) is for
scoring only and is never read here.
"""

from __future__ import annotations

import json

from extractor import goldsets
from extractor.article import Article, parse_date
from extractor.record import Record

CHALLENGE = goldsets.GOLD / "challenge" / "articles.jsonl"


def seed_articles() -> list[Article]:
    """The five bundled seed articles (corpus/, with metadata.jsonl)."""
    from extractor.readers import Skipped, iter_inputs
    return [a for a in iter_inputs([str(goldsets.CORPUS)]) if not isinstance(a, Skipped)]


def dev_part(part: str) -> list[Article]:
    """The 'develop' or 'heldout' dev articles ([] when ../shared or the split is absent)."""
    arts, split = goldsets.dev_articles(), goldsets.dev_split()
    if not arts or not split:
        return []
    ids = set(split.get(part, []))
    return [Article(id=a["id"], text=a.get("text") or "", url=a.get("url"), published=parse_date(a.get("published")),
                    title=a.get("title")) for a in arts if a["id"] in ids]


def develop_articles() -> list[Article]:
    """What training and tuning may read."""
    return dev_part("develop")


def _jsonl(path) -> list[dict]:
    if not path.is_file():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def challenge_articles(path=CHALLENGE) -> list[Article]:
    """The articles of a challenge JSONL file ([] when it is absent)."""
    return [Article(id=str(d["id"]), text=d["text"], url=d.get("url"), published=parse_date(d.get("published")),
                    title=d.get("title")) for d in _jsonl(path)]


def challenge_gold(path=CHALLENGE) -> list[Record]:
    """The gold records of a challenge file (evidence_text only: data.align_gold finds their offsets)."""
    return [Record.from_dict({**g, "doc_id": str(d["id"])}) for d in _jsonl(path) for g in d.get("gold", [])]


def evidence_texts(path=CHALLENGE) -> dict[str, list[str | None]]:
    """doc_id -> the evidence_text of each gold record, in file order (Record has no such field)."""
    return {str(d["id"]): [g.get("evidence_text") for g in d.get("gold", [])] for d in _jsonl(path)}
