"""patterns/html.yaml compiled: what the fast HTML cleaner drops, keeps and reads.

One loader for the furniture words, story thresholds and date hints that
clean_fast, html_furniture and html_meta all read; kept apart so that none
of them owns the others' settings and the file is read once per process.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from extractor.yamlio import load_yaml

PATTERNS = Path(__file__).resolve().parent.parent / "patterns" / "html.yaml"


@dataclass(frozen=True)
class HtmlPatterns:
    """patterns/html.yaml compiled: what the fast cleaner drops, keeps and reads."""

    drop_tags: frozenset[str]
    class_substrings: tuple[str, ...]
    class_words: frozenset[str]
    content_hints: tuple[str, ...]
    lead_hints: tuple[str, ...]
    paragraph_tags: tuple[str, ...]
    min_chars: int
    min_story_share: float
    max_link_density: float
    guard_share: float
    min_paragraph_chars: int
    date_meta: tuple[str, ...]
    date_meta_modified: tuple[str, ...]
    date_classes: tuple[str, ...]
    date_skip: tuple[str, ...]
    date_head_chars: int


@lru_cache(maxsize=2)
def load_html_patterns(path: str | None = None) -> HtmlPatterns:
    """Read patterns/html.yaml once per process."""
    d = load_yaml(Path(path or PATTERNS).read_text(encoding="utf-8"))
    low = lambda xs: tuple(str(x).lower() for x in xs)  # noqa: E731
    return HtmlPatterns(
        drop_tags=frozenset(low(d["drop_tags"])),
        class_substrings=low(d["class_substrings"]),
        class_words=frozenset(low(d["class_words"])),
        content_hints=low(d["content_hints"]),
        lead_hints=low(d["lead_hints"]),
        paragraph_tags=low(d["paragraph_tags"]),
        min_chars=int(d["min_chars"]),
        min_story_share=float(d["min_story_share"]),
        max_link_density=float(d["max_link_density"]),
        guard_share=float(d["guard_share"]),
        min_paragraph_chars=int(d["min_paragraph_chars"]),
        date_meta=low(d["date_meta"]),
        date_meta_modified=low(d["date_meta_modified"]),
        date_classes=low(d["date_classes"]),
        date_skip=low(d["date_skip"]),
        date_head_chars=int(d["date_head_chars"]),
    )
