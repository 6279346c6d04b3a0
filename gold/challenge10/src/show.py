"""Print every gold record with its number in [brackets] in context, then every number
of the text that is not gold (for reading the set by eye): python3 src/show.py [id]"""
import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
want = sys.argv[1:] 
for line in open(os.path.join(os.path.dirname(HERE), "articles.jsonl"), encoding="utf-8"):
    a = json.loads(line)
    if want and a["id"] not in want:
        continue
    t = a["text"]
    print("=" * 100)
    print(a["id"], a["published"], a["url"])
    spans = set()
    for g in a["gold"]:
        s, e = g["evidence"]["start"], g["evidence"]["end"]
        spans.add((s, e))
        ctx = t[max(0, s - 60):s] + "[" + t[s:e] + "]" + t[e:e + 40]
        print(f"  {g['indicator']:<22}{g['value']!s:>14} {g['unit']:<7} {g['status']:<10} {g['bound']:<5} "
              f"{g['region']}/{g['region_2025']} {g['period_start']}..{g['period_end']} sc={g['scope']}")
        print("      ", ctx.replace("\n", " | "))
    print("  -- numbers not in gold:")
    for m in re.finditer(r"\d+(?:[.,/]\d+)*", t):
        if not any(s <= m.start() < e for s, e in spans):
            ctx = t[max(0, m.start() - 40):m.start()] + "<" + m.group() + ">" + t[m.end():m.end() + 25]
            print("      ", ctx.replace("\n", " | "))
