"""Rebuild ../articles.jsonl from scratch: python3 src/build.py"""
import os
import sys
sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import lib10  # noqa: E402
import arts1, arts2, arts3  # noqa: E402,F401

out = os.path.join(os.path.dirname(HERE), "articles.jsonl")
lib10.write(out)
n = sum(len(a["gold"]) for a in lib10.ARTICLES)
print(f"wrote {out}: {len(lib10.ARTICLES)} articles, {n} records")
for a in sorted(lib10.ARTICLES, key=lambda a: a["id"]):
    print(a["id"], len(a["text"]), len(a["gold"]))
