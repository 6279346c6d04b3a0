"""The labelled articles the model may learn from: the seeds and the develop dev articles.

The held-out part of gold/dev_split.json is never returned; without
../shared only the seeds are there.
"""

from __future__ import annotations

from extractor import goldsets
from extractor.article import Article, parse_date


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
