"""Print every gold record with its number [[marked]] in context (python3 show.py [id ...])."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
want = set(sys.argv[1:])
for l in open(os.path.join(os.path.dirname(HERE), "articles.jsonl"), encoding="utf-8"):
    a = json.loads(l)
    if want and a["id"] not in want:
        continue
    t = a["text"]
    print(f"===== {a['id']} published={a['published']} {a['url']}")
    for g in a["gold"]:
        s, e = g["evidence"]["start"], g["evidence"]["end"]
        ctx = (t[max(0, s - 70):s] + "[[" + t[s:e] + "]]" + t[e:e + 40]).replace("\n", " | ")
        print(f"  {g['indicator']:21} {g['value']!s:>14} {g['status'][:6]:6} {g['bound']:5} {g['region']}/{g['region_2025']} "
              f"{g['period_start']}..{g['period_end']} scope={g['scope']}")
        print(f"      {ctx}")
