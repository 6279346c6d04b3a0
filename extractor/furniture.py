"""Page furniture: where the story ends and which lines are site chrome.

Comment boxes, 'Tin liên quan' lists and view counters carry numbers that
are never statistics of the article; dropping them before extraction is
cheaper and safer than refusing their numbers one by one.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import regex

from extractor.segment import Sentence
from extractor.yamlio import load_yaml

PATTERNS = Path(__file__).resolve().parent.parent / "patterns"


@dataclass(frozen=True)
class Furniture:
    cutoff: tuple["regex.Pattern", ...]
    skip_line: tuple["regex.Pattern", ...]


@lru_cache(maxsize=4)
def load_furniture(path: str | None = None) -> Furniture:
    data = load_yaml(Path(path or PATTERNS / "furniture.yaml").read_text(encoding="utf-8"))
    comp = lambda ps: tuple(regex.compile(p, regex.IGNORECASE) for p in ps)  # noqa: E731
    return Furniture(cutoff=comp(data["cutoff"]), skip_line=comp(data["skip_line"]))


STORY_BEGUN = 60    # characters of a body line (not the headline): the story has begun ...
_SENTENCE_END = (".", "!", "?", "…")    # ... as it has at a line ending like a sentence (no headline, dateline, byline)


def story_sentences(sentences: list[Sentence], furn: Furniture) -> list[Sentence]:
    """The sentences of the story: up to the first cut-off line after the story has begun, minus
    furniture lines.  A cut-off word above the story is a label, not the end of it: an opinion page
    files its pieces under "Bình luận" right below the headline."""
    out = []
    begun = False
    for s in sentences:
        if any(p.search(s.text) for p in furn.cutoff):
            if begun:
                break
            continue
        if any(p.search(s.text) for p in furn.skip_line):
            continue
        out.append(s)
        begun = begun or s.text.rstrip().endswith(_SENTENCE_END) or (not s.is_title and len(s.text) >= STORY_BEGUN)
    return out
