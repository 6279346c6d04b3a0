"""The labelled articles the model may learn from: seeds, develop dev articles, gold/challenge, challenge2 d01-d15.

The held-out part of gold/dev_split.json is never returned; without
../shared only the seeds and the challenge sets are there.  gold/challenge/
(31 articles written after the rules, then used to fit them) is a
development set now, and so is the first half of gold/challenge2/ (d01-d15,
read to fit the rules in session 2).  Its second half (d16-d30) is the
unseen test of docs/ner.md: `challenge2_train_articles()` and
`challenge2_train_gold()` never return it, and no newer challenge set is
read here.
"""

from __future__ import annotations

import json

from extractor import goldsets
from extractor.article import Article, parse_date
from extractor.record import Record

CHALLENGE = goldsets.GOLD / "challenge" / "articles.jsonl"
CHALLENGE2 = goldsets.GOLD / "challenge2" / "articles.jsonl"
CHALLENGE2_TRAIN = ("d", 1, 15)     # d01-d15 only: d16-d30 are never trained or tuned on


def challenge2_trainable(doc_id: str) -> bool:
    """Whether a challenge2 id lies in the half that training may read (d01-d15)."""
    prefix, lo, hi = CHALLENGE2_TRAIN
    rest = doc_id[len(prefix):]
    return doc_id.startswith(prefix) and rest.isdigit() and lo <= int(rest) <= hi


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


def challenge2_train_articles(path=CHALLENGE2) -> list[Article]:
    """The development half of gold/challenge2 (d01-d15); never d16-d30."""
    return [a for a in challenge_articles(path) if challenge2_trainable(a.id)]


def challenge2_train_gold(path=CHALLENGE2) -> list[Record]:
    """Gold of challenge2 d01-d15, with the evidence offsets the file gives."""
    return [r for r in challenge_gold(path) if challenge2_trainable(r.doc_id)]
