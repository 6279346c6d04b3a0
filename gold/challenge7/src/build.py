"""Rebuild gold/challenge7/articles.jsonl from the article files."""
import sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import mk
for name in ("a1", "a2", "a3", "a4", "a5"):
    if os.path.exists(os.path.join(os.path.dirname(os.path.abspath(__file__)), name + ".py")):
        __import__(name)
sys.exit(0 if mk.write_all() else 1)
