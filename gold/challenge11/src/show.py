"""Print each article with its gold spans marked ⟦…⟧ⁿ and the records in a compact table."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
want = set(sys.argv[1:])
for line in open(os.path.join(HERE, "..", "articles.jsonl"), encoding="utf-8"):
    a = json.loads(line)
    if want and a["id"] not in want:
        continue
    t = a["text"]
    gold = sorted(a["gold"], key=lambda r: r["evidence"]["start"])
    out, pos = [], 0
    for i, r in enumerate(gold):
        s, e = r["evidence"]["start"], r["evidence"]["end"]
        out.append(t[pos:s]); out.append(f"⟦{t[s:e]}⟧{i}"); pos = e
    out.append(t[pos:])
    print("=" * 100)
    print(a["id"], a["published"], a["url"])
    print("".join(out))
    print("-" * 100)
    for i, r in enumerate(gold):
        per = f"{r['period_start']}..{r['period_end']}"
        print(f"{i:>2} {r['indicator']:<22} {r['value']!s:>14} {r['unit']:<7} {r['status']:<10} {r['bound']:<5} "
              f"{r['region']}/{r['region_2025']} | {r['scope']} | {per}")
        if r.get("note"):
            print(f"      note: {r['note']}")
