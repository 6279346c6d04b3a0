"""Split the shared dev articles once, deterministically, into develop / held-out.

Ids are ordered by sha256(SALT + id); the first 12 are held out.  The
held-out part is only ever scored, never read for rule writing or training.
Writes gold/dev_split.json.
"""

import hashlib
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SALT = "unionstats-dev-split-v1:"
HELDOUT = 12


def main() -> None:
    src = ROOT.parent / "shared" / "dev" / "articles.jsonl"
    ids = [json.loads(line)["id"] for line in src.read_text(encoding="utf-8").splitlines() if line.strip()]
    order = sorted(ids, key=lambda i: hashlib.sha256((SALT + i).encode()).hexdigest())
    split = {"seed": SALT.rstrip(":"), "develop": sorted(order[HELDOUT:]), "heldout": sorted(order[:HELDOUT])}
    (ROOT / "gold" / "dev_split.json").write_text(json.dumps(split, indent=1) + "\n", encoding="utf-8")
    print(f"develop {len(split['develop'])}, heldout {len(split['heldout'])}")


if __name__ == "__main__":
    main()
