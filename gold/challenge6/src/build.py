"""Rebuild ../articles.jsonl from scratch: python3 src/build.py"""
import os, sys, runpy
sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
out = os.path.join(os.path.dirname(HERE), "articles.jsonl")
if os.path.exists(out): os.remove(out)
for f in ("g6a.py", "g6b.py", "g6c.py"):
    runpy.run_path(os.path.join(HERE, f), run_name="__main__")
