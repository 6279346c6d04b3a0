"""Rebuild ../articles.jsonl from the article modules."""
import importlib
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lib  # noqa: E402

MODULES = ["a1", "a2", "a3", "a4"]
for m in MODULES:
    if os.path.exists(os.path.join(os.path.dirname(os.path.abspath(__file__)), m + ".py")):
        importlib.import_module(m)

out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "articles.jsonl")
ids = [a["id"] for a in lib.ARTICLES]
assert len(ids) == len(set(ids)), ids
with open(out, "w", encoding="utf-8") as f:
    for a in sorted(lib.ARTICLES, key=lambda a: a["id"]):
        row = {k: a[k] for k in ("id", "url", "published", "title", "text", "gold")}
        f.write(json.dumps(row, ensure_ascii=False) + "\n")
n = sum(len(a["gold"]) for a in lib.ARTICLES)
print(f"{len(ids)} articles, {n} records -> {os.path.normpath(out)}")
for a in sorted(lib.ARTICLES, key=lambda a: a["id"]):
    print(f"  {a['id']} {a['_region']:<18} {a['published']} chars={len(a['text']):5d} records={len(a['gold'])}")
