"""Text of parsed HTML: whitespace folded, and a story block written as lines.

The fast cleaner must hand the pipeline the text trafilatura would have
written (one line per block element, list items "- ...", table rows
"| a | b |"), so that records do not depend on which cleaner read a page;
how a block becomes lines is its own job, apart from finding the block.
"""

from __future__ import annotations

_BLOCK_TAGS = frozenset(
    "p div h1 h2 h3 h4 h5 h6 li tr br blockquote pre section article main ul ol dl dt dd table thead tbody tfoot"
    " address center hr header td th".split())
# a table row holding these is page layout, not data: its cells are read as blocks
_LAYOUT = ("p", "div", "table", "ul", "ol", "br", "h1", "h2", "h3", "h4", "section", "article")
_CELLS = ("td", "th")


def norm(s: str | None) -> str:
    """Runs of whitespace as one space, ends stripped (str.split's whitespace is re's \\s)."""
    return " ".join(s.split()) if s else ""


def block_lines(block, before: list[str] | None = None) -> list[str]:
    """Text of the block, one line per block element, as trafilatura writes it.

    `before` are the lines already emitted (a repeated block is kept once across parts too).
    """
    from lxml import etree

    lines: list[str] = []
    cur: list[str] = []
    last = before[-1] if before else None

    def flush() -> None:
        if cur:
            s = " ".join("".join(cur).split())
            cur.clear()
            if s and s != "-" and s != (lines[-1] if lines else last):   # a repeated block (title as lead) once
                lines.append(s)

    walker = etree.iterwalk(block, events=("start", "end"))
    for event, el in walker:
        tag = el.tag
        if not isinstance(tag, str):
            if event == "end" and el is not block and el.tail:
                cur.append(el.tail)
            continue
        if event == "start":
            if tag == "tr" and not any(next(c.iterdescendants(*_LAYOUT), None) is not None for c in el):
                flush()
                cells = [norm(c.text_content()) for c in el if c.tag in _CELLS]
                if any(cells):
                    lines.append("| " + " | ".join(cells) + " |")
                walker.skip_subtree()
                # the "end" event still comes for el: its tail is added there
                continue
            if tag in _BLOCK_TAGS:
                flush()
                if tag == "li":
                    cur.append("- ")
            if el.text:
                cur.append(el.text)
        else:
            if tag in _BLOCK_TAGS:
                flush()
            if el is not block and el.tail:
                cur.append(el.tail)
    flush()
    return lines
