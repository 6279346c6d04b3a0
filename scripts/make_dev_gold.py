"""gold/dev.jsonl: the project's copy of the dev gold, with evidence offsets.

The k-th of several identical records gets the k-th occurrence of its
evidence text in the article.  Corrections to the shared gold are applied
here as explicit patches (listed in gold/dev_fixes.md), never by hand.
"""

import json
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# (doc_id, indicator, value, field) -> new value; see gold/dev_fixes.md
PATCHES: dict[tuple, object] = {}


def occurrences(text: str, needle: str) -> list[int]:
    out, i = [], text.find(needle)
    while i >= 0:
        out.append(i)
        i = text.find(needle, i + 1)
    return out


def main() -> None:
    src = ROOT.parent / "shared" / "dev" / "articles.jsonl"
    rows = []
    for line in src.read_text(encoding="utf-8").splitlines():
        art = json.loads(line)
        seen: dict[str, int] = defaultdict(int)
        for g in art["gold"]:
            rec = dict(g)
            for (doc, ind, val, field), new in PATCHES.items():
                if rec["doc_id"] == doc and rec["indicator"] == ind and rec["value"] == val:
                    rec[field] = new
            ev = rec.get("evidence_text")
            if ev:
                occ = occurrences(art["text"], ev)
                k = seen[ev]
                seen[ev] += 1
                if k < len(occ):
                    s = occ[k]
                    ls = art["text"].rfind("\n", 0, s) + 1
                    le = art["text"].find("\n", s)
                    le = len(art["text"]) if le < 0 else le
                    rec["evidence"] = {"sentence": art["text"][ls:le], "start": s, "end": s + len(ev)}
            rows.append(rec)
    with (ROOT / "gold" / "dev.jsonl").open("w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"{len(rows)} records")


if __name__ == "__main__":
    main()
