"""The labelled articles the model may learn from, and the ones it must never read.

Training sets (`TRAIN_SETS`): the seeds, the develop part of the dev
articles, and the challenge sets that have been used to fit the rules, so
are development sets now: gold/challenge/, the first half of
gold/challenge2/ (d01-d15), challenge3, challenge5, challenge6, challenge7
and challenge8 (raw HTML pages, read as `extractor extract` reads them).

Never read here (`NEVER`): the held-out part of gold/dev_split.json, the
second half of challenge2 (d16-d30, the unseen test of docs/ner.md), and
the exams (goldsets.EXAMS).  `set_articles()` refuses
them, and tests/test_ner.py checks that training gets none of their ids.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from extractor import goldsets
from extractor.article import Article, parse_date
from extractor.record import Record


@dataclass(frozen=True)
class GoldSet:
    """One challenge file, or the part of it that training may read."""

    name: str
    first: int | None = None     # id range allowed to training (numeric part; None: every article)
    last: int | None = None

    @property
    def path(self) -> Path:
        return goldsets.GOLD / self.name / "articles.jsonl"

    def allows(self, doc_id: str) -> bool:
        if self.first is None:
            return True
        rest = doc_id.lstrip("abcdefghijklmnopqrstuvwxyz")
        return rest.isdigit() and self.first <= int(rest) <= self.last


# in the order they were written; every one was fitted to by the rules before it became training data
TRAIN_SETS = (
    GoldSet("challenge"),                 # session 1, 31 articles, evidence_text only
    GoldSet("challenge2", 1, 15),         # session 2, d01-d15 only: d16-d30 are never trained or tuned on
    GoldSet("challenge3"),                # session 3
    GoldSet("challenge5"),
    GoldSet("challenge6"),
    GoldSet("challenge7"),
    GoldSet("challenge8"),                # raw HTML pages, evidence_text only
)
TRAIN_SET_NAMES = tuple(s.name for s in TRAIN_SETS)
NEVER = goldsets.EXAMS     # the exams: not even opened here
CHALLENGE = goldsets.GOLD / "challenge" / "articles.jsonl"
CHALLENGE2 = goldsets.GOLD / "challenge2" / "articles.jsonl"
CHALLENGE2_TRAIN = ("d", 1, 15)     # d01-d15 only: d16-d30 are never trained or tuned on


def train_set(name: str) -> GoldSet:
    """The GoldSet of a training set's name; the exams and unknown names are refused."""
    if name in NEVER:
        raise ValueError(f"{name} is an exam: never training data")
    for s in TRAIN_SETS:
        if s.name == name:
            return s
    raise ValueError(f"{name}: not a training set (known: {', '.join(TRAIN_SET_NAMES)})")


def challenge2_trainable(doc_id: str) -> bool:
    """Whether a challenge2 id lies in the half that training may read (d01-d15)."""
    prefix, lo, hi = CHALLENGE2_TRAIN
    rest = doc_id[len(prefix):]
    return doc_id.startswith(prefix) and rest.isdigit() and lo <= int(rest) <= hi


def seed_articles() -> list[Article]:
    """The five bundled seed articles (corpus/, with metadata.jsonl)."""
    from extractor.readers import Skipped, iter_inputs
    return [a for a in iter_inputs([str(goldsets.CORPUS)]) if not isinstance(a, Skipped)]


def to_article(d: dict, where: str) -> Article:
    """A JSONL article as `extractor extract` reads it (HTML cleaned, a missing date from the dateline).

    Older code (scripts/eval_extractors.py --rules-at runs this module over
    an older tree) may have no `readers.article_of`: a text article is then
    built as it is.
    """
    try:
        from extractor.readers import article_of
    except ImportError:
        article_of = None
    if article_of is not None:
        art = article_of(d, where)
        if isinstance(art, Article):
            return art
    return Article(id=str(d["id"]), text=d.get("text") or "", url=d.get("url"),
                   published=parse_date(d.get("published")), title=d.get("title"))


def dev_part(part: str) -> list[Article]:
    """The 'develop' or 'heldout' dev articles ([] when ../shared or the split is absent)."""
    arts, split = goldsets.dev_articles(), goldsets.dev_split()
    if not arts or not split:
        return []
    ids = set(split.get(part, []))
    return [to_article(a, f"dev:{a['id']}") for a in arts if a["id"] in ids]


def develop_articles() -> list[Article]:
    """What training and tuning may read."""
    return dev_part("develop")


def _jsonl(path) -> list[dict]:
    path = Path(path)
    if not path.is_file():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def challenge_articles(path=CHALLENGE) -> list[Article]:
    """The articles of a challenge JSONL file ([] when it is absent), read as `extractor extract` does."""
    return [to_article(d, f"{Path(path).parent.name}:{d['id']}") for d in _jsonl(path)]


def challenge_gold(path=CHALLENGE) -> list[Record]:
    """The gold records of a challenge file (with the evidence offsets the file gives, if any)."""
    return [Record.from_dict({**g, "doc_id": str(d["id"])}) for d in _jsonl(path) for g in d.get("gold", [])]


def evidence_texts(path=CHALLENGE) -> dict[str, list[str | None]]:
    """doc_id -> the evidence_text of each gold record, in file order (Record has no such field)."""
    return {str(d["id"]): [g.get("evidence_text") for g in d.get("gold", [])] for d in _jsonl(path)}


def set_articles(name: str) -> list[Article]:
    """The articles of a training set that training may read ([] when its file is absent)."""
    s = train_set(name)
    return [a for a in challenge_articles(s.path) if s.allows(a.id)]


def set_gold(name: str) -> list[Record]:
    """Gold of a training set's trainable articles (evidence offsets where the file gives them)."""
    s = train_set(name)
    return [r for r in challenge_gold(s.path) if s.allows(r.doc_id)]


def set_evidence_texts(name: str) -> dict[str, list[str | None]]:
    s = train_set(name)
    return {k: v for k, v in evidence_texts(s.path).items() if s.allows(k)}


def challenge2_train_articles(path=CHALLENGE2) -> list[Article]:
    """The development half of gold/challenge2 (d01-d15); never d16-d30."""
    return [a for a in challenge_articles(path) if challenge2_trainable(a.id)]


def challenge2_train_gold(path=CHALLENGE2) -> list[Record]:
    """Gold of challenge2 d01-d15, with the evidence offsets the file gives."""
    return [r for r in challenge_gold(path) if challenge2_trainable(r.doc_id)]
