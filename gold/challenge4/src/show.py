"""Print every gold record with its number highlighted in context, for checking by eye."""
import json, os, sys
sys.dont_write_bytecode = True
OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "articles.jsonl")
ids = set(sys.argv[1:])
for line in open(OUT, encoding="utf-8"):
    a = json.loads(line)
    if ids and a["id"] not in ids:
        continue
    t = a["text"]
    print(f"== {a['id']} published={a['published']} chars={len(t)} records={len(a['gold'])}")
    for g in a["gold"]:
        s, e = g["evidence"]["start"], g["evidence"]["end"]
        ctx = (t[max(0, s - 35):s] + "⟦" + t[s:e] + "⟧" + t[e:e + 30]).replace("\n", " / ")
        print(f"  {g['indicator']:<22}{g['value']!s:>15} {g['unit'][:3]} {g['status'][:6]:<6} {g['bound']:<5} "
              f"{g['region']}|{g['region_2025']} {g['period_start']}..{g['period_end']} sc={g['scope']}\n      {ctx}")
