"""Clean Vietnamese text available offline, for the LM and the benchmark.

Sources: the VLSP 2013 sentences underthesea ships with its POS model
(every 10th sentence is held out for the synthetic benchmark), the shared
dev articles, and Viet74K words.  Nothing is downloaded.
"""

from __future__ import annotations

import importlib.util
import json
from collections.abc import Iterator
from pathlib import Path

HELDOUT_EVERY = 10
DEV_FOLD = 5        # with `dev=True` this tenth of the training part is set aside for tuning


def underthesea_dir() -> Path | None:
    """Folder of the installed underthesea package, found without importing it."""
    spec = importlib.util.find_spec("underthesea")
    return Path(spec.origin).parent if spec and spec.origin else None


def vlsp_sentences() -> list[str]:
    """Sentences of the VLSP 2013 test output bundled with underthesea's POS model."""
    root = underthesea_dir()
    if root is None:
        return []
    files = sorted(root.glob("pipeline/pos_tag/models/*/test_output.txt"))
    if not files:
        return []
    out, cur = [], []
    for line in files[0].read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if cur:
                out.append(" ".join(cur))
                cur = []
            continue
        cur.append(line.split("\t")[0])
    if cur:
        out.append(" ".join(cur))
    return out


def split_vlsp(dev: bool = False) -> tuple[list[str], list[str]]:
    """(training sentences, held-out sentences) — a fixed, deterministic split.

    The held-out tenth (i % 10 == 0) is the benchmark and never trains the
    shipped LM.  With `dev=True` the tuning split is returned instead: training
    without the dev tenth (i % 10 == DEV_FOLD), and the dev tenth as held-out,
    so decision parameters can be tuned without looking at the benchmark.
    """
    sents = vlsp_sentences()
    if dev:
        train = [s for i, s in enumerate(sents) if i % HELDOUT_EVERY not in (0, DEV_FOLD)]
        held = [s for i, s in enumerate(sents) if i % HELDOUT_EVERY == DEV_FOLD]
        return train, held
    train = [s for i, s in enumerate(sents) if i % HELDOUT_EVERY]
    held = [s for i, s in enumerate(sents) if not i % HELDOUT_EVERY]
    return train, held


def viet74k_words() -> list[str]:
    """Entries of underthesea's Viet74K word list."""
    root = underthesea_dir()
    p = root / "corpus" / "data" / "Viet74K.txt" if root else None
    return p.read_text(encoding="utf-8").split("\n") if p and p.exists() else []


def dev_texts(shared: Path) -> Iterator[str]:
    """Texts of the shared dev articles (none when ../shared is absent)."""
    p = shared / "dev" / "articles.jsonl"
    if p.exists():
        for line in p.read_text(encoding="utf-8").splitlines():
            if line.strip():
                yield json.loads(line)["text"]
