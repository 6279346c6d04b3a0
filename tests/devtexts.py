"""Real text for tests that check a fast path against the plain computation: the project's own articles."""

from __future__ import annotations

import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
from extractor.goldsets import EXAMS  # noqa: E402  (nothing but their headline score is ever read)


def development_texts() -> list[str]:
    """Texts of the seeds and of every development gold set (the exams are never read)."""
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "corpus").glob("*.txt"))]
    for f in sorted((ROOT / "gold").glob("challenge*/articles.jsonl")):
        if f.parent.name not in EXAMS:
            texts += [json.loads(line).get("text", "") for line in f.read_text(encoding="utf-8").splitlines()]
    return [t for t in texts if t.strip()]
