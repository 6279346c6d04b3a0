"""Where the gold sets are, and how to read records from files.

The bundled seeds (corpus/ + gold/seeds.jsonl) are always there; the dev
articles live in ../shared/dev/articles.jsonl beside the project and are
used only when present, with the project's corrected copy of their gold
(gold/dev.jsonl) and the fixed develop/held-out split (gold/dev_split.json).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from extractor.errors import InputError
from extractor.record import Record

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
GOLD = ROOT / "gold"
SHARED = ROOT.parent / "shared"
DEV_ARTICLES = SHARED / "dev" / "articles.jsonl"
# The exams: sets written unseen and kept so; nothing but their headline score is ever printed or read
# (gold/README.md).  Every tool that walks the gold sets leaves them out by this one list.
EXAMS = ("challenge4", "challenge9", "challenge18", "challenge22", "challenge29", "challenge37", "challenge56", "challenge64")


def read_records(path: str | Path) -> list[Record]:
    """Records from a JSONL file, a folder of them, or a CSV/Parquet table."""
    path = Path(path)
    if not path.exists():
        raise InputError(f"{path}: no such file or folder")
    if path.is_dir():
        out: list[Record] = []
        for f in sorted(path.glob("*.jsonl")):
            out.extend(read_records(f))
        return out
    if path.suffix in (".csv", ".parquet"):
        import pandas as pd

        df = pd.read_csv(path) if path.suffix == ".csv" else pd.read_parquet(path)
        return [Record.from_dict(row) for row in df.to_dict("records")]
    return list(_jsonl_records(path))


def _jsonl_records(path: Path) -> Iterator[Record]:
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                d = json.loads(line)
                yield Record.from_dict(d)
            except (ValueError, KeyError, TypeError) as exc:
                raise InputError(f"{path}:{n}: not a record ({type(exc).__name__}: {exc})") from None


def dev_split() -> dict[str, list[str]] | None:
    """{'develop': [...], 'heldout': [...]} or None when the split file is absent."""
    p = GOLD / "dev_split.json"
    if not p.exists():
        return None
    return json.loads(p.read_text(encoding="utf-8"))


def dev_articles() -> list[dict] | None:
    """The shared dev articles (with their original gold), or None when ../shared is absent."""
    if not DEV_ARTICLES.exists():
        return None
    with DEV_ARTICLES.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def dev_gold() -> list[Record]:
    """The project's corrected copy of the dev gold, else the shared original."""
    p = GOLD / "dev.jsonl"
    if p.exists():
        return read_records(p)
    arts = dev_articles() or []
    return [Record.from_dict(g) for a in arts for g in a.get("gold", [])]
