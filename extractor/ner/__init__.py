"""The statistical extractor (issue 6): a trained classifier of candidate numbers, and its merger with the rules.

`load()` returns the shipped model (models/ner/, trained by `extractor
train`); the pipeline calls its `mentions(sentence, numbers, rules)` and
`merge(rule_mentions, ner_mentions)`.  `orgs.reporting_orgs()` finds the
organisations that report figures.  See docs/ner.md.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from extractor.errors import UserError


@lru_cache(maxsize=2)
def load(path: str | None = None):
    """The trained model (extractor.ner.model.NerModel), read once per process; nothing is downloaded."""
    from extractor.ner.model import MODEL_DIR, NerModel
    where = Path(path) if path else MODEL_DIR
    if not (where / "meta.json").exists():
        raise UserError(f"{where}: no trained model (run `extractor train`)")
    return NerModel.from_disk(where)
