"""Rebuild ../articles.jsonl from the article modules: python3 src/build.py"""
import os, sys
sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import kit, arts_a, arts_b, arts_c
arts = arts_a.ARTS + arts_b.ARTS + arts_c.ARTS
ids = [a["id"] for a in arts]
assert ids == [f"k{i:02d}" for i in range(1, 26)], ids
kit.write(arts)
