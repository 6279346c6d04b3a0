"""Rebuild ../articles.jsonl from scratch: python3 build.py"""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import mk, a1, a2, a3, a4, a5

arts = a1.ARTS + a2.ARTS + a3.ARTS + a4.ARTS + a5.ARTS
ids = [a["id"] for a in arts]
assert ids == [f"g{i:02d}" for i in range(1, 26)], ids
with open(mk.OUT, "w", encoding="utf-8") as f:
    for a in arts:
        f.write(json.dumps(a, ensure_ascii=False) + "\n")
print(f"{len(arts)} articles, {sum(len(a['gold']) for a in arts)} records -> {mk.OUT}")
