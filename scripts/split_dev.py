"""Split the shared dev articles once, deterministically, into develop / held-out.

Why a salted hash: the split must not depend on file order, on Python's
randomised `hash()` or on a random generator's version, so anyone can re-run
it and get the same ids.  Ids are ordered by sha256(SALT + id); the first 30 %
(rounded) are held out.  The held-out part is only ever scored, never read for
rule writing; the output file is committed and never regenerated with another
salt.

    python scripts/split_dev.py [ARTICLES_JSONL] [OUT_JSON]

Defaults: ../shared/dev/articles.jsonl beside the project, gold/dev_split.json.
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SALT = "unionstats-dev-split-v1:"
HELDOUT_SHARE = 0.3


def hash_key(doc_id: str, salt: str = SALT) -> str:
    """Position of an id in the shuffled order: stable across machines and Python versions."""
    return hashlib.sha256((salt + doc_id).encode("utf-8")).hexdigest()


def split_ids(ids: list[str], salt: str = SALT, share: float = HELDOUT_SHARE) -> dict:
    """{'seed', 'develop', 'heldout'}: each id in exactly one part, both parts sorted."""
    if len(set(ids)) != len(ids):
        raise ValueError("duplicate article ids")
    order = sorted(ids, key=lambda i: hash_key(i, salt))
    n_held = round(share * len(ids))
    return {"seed": salt.rstrip(":"), "develop": sorted(order[n_held:]), "heldout": sorted(order[:n_held])}


def read_ids(path: Path) -> list[str]:
    """Article ids of a JSONL file, in file order."""
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line)["id"] for line in fh if line.strip()]


def main(argv: list[str]) -> int:
    src = Path(argv[0]) if argv else ROOT.parent / "shared" / "dev" / "articles.jsonl"
    out = Path(argv[1]) if len(argv) > 1 else ROOT / "gold" / "dev_split.json"
    if not src.exists():
        print(f"{src}: no such file", file=sys.stderr)
        return 2
    split = split_ids(read_ids(src))
    out.write_text(json.dumps(split, indent=1) + "\n", encoding="utf-8")
    print(f"develop {len(split['develop'])}, heldout {len(split['heldout'])} -> {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
