"""Rebuild ../articles.jsonl from a1..a4 and check every offset."""
import json, os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lib
import a1  # noqa
for m in ("a2", "a3", "a4"):
    if os.path.exists(os.path.join(os.path.dirname(os.path.abspath(__file__)), m + ".py")):
        __import__(m)

ids = [d["id"] for d in lib.DOCS]
assert len(ids) == len(set(ids))
for d in lib.DOCS:
    t = d["text"]
    for g in d["gold"]:
        s, e = g["evidence"]["start"], g["evidence"]["end"]
        assert t[s:e] == g["evidence_text"], (d["id"], g)
        assert g["evidence_text"] in g["evidence"]["sentence"]
        assert g["doc_id"] == d["id"]
        if g["status"] == "actual" and d["published"] and g["period_start"]:
            assert g["period_start"] <= d["published"], (d["id"], g)
        if g["indicator"].endswith("_total"):
            assert g["period_start"] == d["published"], (d["id"], g)
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "articles.jsonl")
with open(out, "w", encoding="utf-8") as f:
    for d in sorted(lib.DOCS, key=lambda d: d["id"]):
        f.write(json.dumps(d, ensure_ascii=False) + "\n")
if "-v" in sys.argv:
    # list every digit string and number word that is not gold, for review
    for d in lib.DOCS:
        spans = [(g["evidence"]["start"], g["evidence"]["end"]) for g in d["gold"]]
        t = d["text"]
        print(f"== {d['id']} len={len(t)} recs={len(d['gold'])}")
        for m in re.finditer(r"\d[\d.,/]*", t):
            if not any(s <= m.start() < e for s, e in spans):
                print("   non-gold:", repr(t[max(0, m.start()-30):m.end()+15]))
print(len(lib.DOCS), "articles", sum(len(d["gold"]) for d in lib.DOCS), "records")
