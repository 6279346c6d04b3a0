"""Split an article into sentences that keep their offsets and context.

Context a sentence inherits is what decides a figure's status and meaning:
the heading of the numbered list it belongs to ("chỉ tiêu phải thực hiện như
sau:" makes every item a target), and whether it is the title, a caption or
page furniture.  Offsets are into the text given (the repaired text); the
pipeline maps them back to the original.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import regex

from extractor.yamlio import load_yaml

PATTERNS = Path(__file__).resolve().parent.parent / "patterns"


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str
    para: int                      # index of the line (paragraph) it is in
    heading: "Sentence | None" = None   # the list heading this item sits under
    is_item: bool = False          # a numbered/bulleted list item
    is_title: bool = False         # the article's first line, when it reads as a headline
    is_display: bool = False       # a whole line that reads as a headline (title, sub-heading, caption)


@dataclass(frozen=True)
class SegmentRules:
    boundary: "regex.Pattern"
    heading_end: "regex.Pattern"
    list_item: "regex.Pattern"
    section: "regex.Pattern"
    caption_line: "regex.Pattern | None" = None   # "... tổ chức. Ảnh tư liệu": the whole line is a caption


@lru_cache(maxsize=4)
def load_rules(path: str | None = None) -> SegmentRules:
    """Compile patterns/segment.yaml once."""
    data = load_yaml(Path(path or PATTERNS / "segment.yaml").read_text(encoding="utf-8"))
    abbr = "|".join(regex.escape(a) for a in sorted(data["abbreviations"], key=len, reverse=True))
    # End of sentence: . ! ? … (optionally closing quotes/brackets), then space, then
    # an opening quote/bracket or an upper-case letter or digit; not after an abbreviation
    # and not inside a number ("30.068").
    boundary = regex.compile(
        rf"(?<!\b(?:{abbr}))(?<!\b\p{{Lu}})[.!?…]+[”\"')\]]*(?=\s+[“\"'(\[]?[\p{{Lu}}\d])"
    )
    return SegmentRules(
        boundary=boundary,
        heading_end=regex.compile(data["heading_end"]),
        list_item=regex.compile(data["list_item"]),
        section=regex.compile(data["section"]),
        caption_line=regex.compile(data["caption_line"]) if data.get("caption_line") else None,
    )


_MARKER = regex.compile(r"\s*(?:\d{1,2}|[IVX]{1,4}|[a-z])[.)]")


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-blank line, stripped of surrounding spaces.

    The lines are the pieces of one str.split (a regex scan for '[^\\n]+'
    finds the same non-empty pieces, character by character).
    """
    out = []
    end = -1
    for piece in text.split("\n"):
        s = end + 1
        e = end = s + len(piece)
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out


def _split_line(text: str, s: int, e: int, rules: SegmentRules) -> list[tuple[int, int]]:
    """Sentence spans inside one line."""
    spans, cur = [], s
    for m in rules.boundary.finditer(text, s, e):
        cut = m.end()
        if _MARKER.fullmatch(text[cur:cut]):
            continue  # "1." of a list item is not a sentence of its own
        if cut - cur > 1:
            spans.append((cur, cut))
        cur = cut
        while cur < e and text[cur].isspace():
            cur += 1
    if e > cur:
        spans.append((cur, e))
    return spans


def looks_like_title(line: str) -> bool:
    """A headline: short, no final full stop."""
    return 8 <= len(line) <= 220 and not line.rstrip().endswith((".", ":", ";"))


def segment(text: str, rules: SegmentRules | None = None) -> list[Sentence]:
    """Sentences of `text` in order, with list-heading context."""
    rules = rules or load_rules()
    out: list[Sentence] = []
    heading: Sentence | None = None
    title_done = False
    for para, (ls, le) in enumerate(_lines(text)):
        line = text[ls:le]
        is_item = bool(rules.list_item.match(line)) and not rules.section.match(line)
        if rules.section.match(line) or not is_item:
            heading = None
        spans = _split_line(text, ls, le, rules)
        is_title = not title_done and looks_like_title(line)
        if len(line) > 30:
            title_done = True
        caption = rules.caption_line is not None and bool(rules.caption_line.search(line))
        for s, e in spans:
            display = caption or (len(spans) == 1 and looks_like_title(line) and not is_item)
            sent = Sentence(s, e, text[s:e], para, heading if is_item else None, is_item, is_title, display)
            out.append(sent)
        last = text[spans[-1][0]:spans[-1][1]] if spans else ""
        if rules.heading_end.search(last):
            heading = Sentence(spans[-1][0], spans[-1][1], last, para)
    return out
