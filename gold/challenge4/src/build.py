"""Rebuild gold/challenge4/articles.jsonl from the batch files c4b1..c4b5."""
import os, sys, importlib
sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import mylib
if os.path.exists(mylib.OUT):
    os.remove(mylib.OUT)
for b in tuple(n for n in ("c4b1", "c4b2", "c4b3", "c4b4", "c4b5") if os.path.exists(os.path.join(HERE, n + ".py"))):
    importlib.import_module(b)
