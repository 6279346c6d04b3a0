"""Print every gold record with its evidence in context, for checking by eye."""
import json, os, sys
P = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "articles.jsonl")
want = set(sys.argv[1:])
for line in open(P, encoding="utf-8"):
    d = json.loads(line)
    if want and d["id"] not in want: continue
    t = d["text"]
    print(f"== {d['id']} published={d['published']} chars={len(t)}")
    for g in d["gold"]:
        a, b = g["evidence"]["start"], g["evidence"]["end"]
        ctx = t[max(0, a-45):a] + "[" + t[a:b] + "]" + t[b:b+30]
        ctx = ctx.replace("\n", " / ")
        print(f"  {g['indicator']:<22}{g['value']!s:>15} {g['status'][:6]:<6} {g['bound']:<5} {g['region']}/{g['region_2025']} {g['period_start']}..{g['period_end']} sc={g['scope']}")
        print(f"      …{ctx}…")
