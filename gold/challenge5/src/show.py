"""Print every gold record with its number in [brackets] in context: python3 show.py [id ...]"""
import json, os, sys
PATH = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "articles.jsonl")
want = set(sys.argv[1:])
for l in open(PATH, encoding="utf-8"):
    a = json.loads(l)
    if want and a["id"] not in want:
        continue
    t = a["text"]
    print(f"===== {a['id']} published={a['published']} {a['url']}")
    for g in a["gold"]:
        s, e = g["evidence"]["start"], g["evidence"]["end"]
        ctx = (t[max(0, s - 45):s] + "[" + t[s:e] + "]" + t[e:e + 30]).replace("\n", "⏎")
        per = f"{g['period_start']}..{g['period_end']}"
        print(f"  {g['indicator']:21s} {g['value']!s:>14} {g['unit'][:3]} {g['status'][:6]:6s} {g['bound']:5s} "
              f"{g['region']}/{g['region_2025']} {per} scope={g['scope']}")
        print(f"        {ctx}")
