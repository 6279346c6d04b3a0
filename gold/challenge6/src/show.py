"""Print every gold record with its number in brackets in context, then every number of
every text that is not a gold span (to review the intended non-records)."""
import json, re, sys, os
P = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "articles.jsonl")
only = set(sys.argv[1:])
for line in open(P, encoding="utf-8"):
    d = json.loads(line)
    if only and d["id"] not in only: continue
    t = d["text"]
    print(f"===== {d['id']} {d['published']} {len(t)} chars")
    spans = []
    for g in d["gold"]:
        a, b = g["evidence"]["start"], g["evidence"]["end"]; spans.append((a, b))
        ctx = t[max(0, a-70):a] + "[" + t[a:b] + "]" + t[b:b+45]
        ctx = ctx.replace("\n", " / ")
        print(f"  {g['indicator']:<22}{g['value']!s:>14} {g['unit'][:3]} {g['status'][:4]} {g['bound']:<5} {g['region']}->{g['region_2025']} {g['period_start']}..{g['period_end']} | {g['scope']}")
        print(f"      ...{ctx}...")
    rest = []
    for m in re.finditer(r"\d[\d.,]*", t):
        if not any(a <= m.start() < b for a, b in spans):
            rest.append(t[max(0, m.start()-12):m.end()+10].replace("\n", " / "))
    print("  NOT GOLD:", " | ".join(rest))
