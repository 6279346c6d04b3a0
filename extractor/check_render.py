"""Human output of `check` and `audit`: evidence sentences with the figure marked.

The figure is marked with ANSI bold on a terminal and with «…» otherwise,
so piped output and logs still show which number was meant.  Offsets in a
record point into the article text, so the sentence's own position is found
there first; without the article text the sentence is shown unmarked.
"""

from __future__ import annotations

from collections.abc import Sequence

from extractor.article import Article
from extractor.record import Record, clean_value

BOLD, RESET = "\033[1m", "\033[0m"


def sentence_start(text: str, sentence: str, start: int, end: int) -> int | None:
    """Offset of the occurrence of `sentence` in `text` that contains [start, end)."""
    if not sentence or not text:
        return None
    i = text.find(sentence, max(0, end - len(sentence)))
    while i != -1 and i <= start:
        if i + len(sentence) >= end:
            return i
        i = text.find(sentence, i + 1)
    return None


def figure_span(r: Record, text: str | None) -> tuple[int, int] | None:
    """(i, j): where the figure sits inside r.evidence.sentence, if it can be found."""
    ev = r.evidence
    if ev is None or text is None:
        return None
    s0 = sentence_start(text, ev.sentence, ev.start, ev.end)
    if s0 is None:
        return None
    return ev.start - s0, ev.end - s0


def mark(sentence: str, span: tuple[int, int] | None, tty: bool, width: int = 220) -> str:
    """The sentence (cut to about `width` characters around the figure) with the figure marked."""
    if span is None:
        return sentence if len(sentence) <= width else sentence[:width - 1] + "…"
    i, j = span
    lo = max(0, min(i - width // 2, len(sentence) - width))
    hi = min(len(sentence), max(j + width // 2, width))
    left, fig, right = sentence[lo:i], sentence[i:j], sentence[j:hi]
    fig = f"{BOLD}{fig}{RESET}" if tty else f"«{fig}»"
    return ("…" if lo > 0 else "") + left + fig + right + ("…" if hi < len(sentence) else "")


def describe(r: Record) -> str:
    """'members_new = 30068 (over) · Kiên Giang · 2018-01-01..2023-12-31 · target'."""
    parts = [f"{r.indicator} = {fmt_value(r.value)}{' %' if r.unit == 'percent' else ''}"
             + ("" if r.bound == "exact" else f" ({r.bound})")]
    parts.append(r.region or "region not said")
    parts.append(f"{r.period_start or '?'}..{r.period_end or '?'}"
                 if (r.period_start or r.period_end) else "period not said")
    if r.status != "actual":
        parts.append(r.status)
    if r.scope:
        parts.append(r.scope)
    return " · ".join(parts)


def fmt_value(v: float) -> str:
    """Vietnamese-style grouping (30.068) so the reader recognises the printed figure."""
    c = clean_value(v)
    if isinstance(c, int):
        return f"{c:,}".replace(",", ".")
    return str(c).replace(".", ",")


def source_line(r: Record, article: Article | None) -> str:
    """'doc_id · 2023-05-10 · URL' (what a journalist cites)."""
    bits = [r.doc_id]
    if article is not None:
        bits.append(article.published.isoformat() if article.published else "date unknown")
        if article.url:
            bits.append(article.url)
        elif article.title:
            bits.append(article.title)
    return " · ".join(bits)


def evidence_lines(r: Record, article: Article | None, tty: bool, indent: str = "    ") -> list[str]:
    """Two lines: where it was said, and the sentence with the figure marked."""
    lines = [f"{indent}{source_line(r, article)}  [{describe(r)}]"]
    if r.evidence is not None:
        span = figure_span(r, article.text if article else None)
        lines.append(f"{indent}  “{mark(r.evidence.sentence.strip(), _strip_shift(r.evidence.sentence, span), tty)}”")
    return lines


def _strip_shift(sentence: str, span: tuple[int, int] | None) -> tuple[int, int] | None:
    """Move a span to the stripped sentence."""
    if span is None:
        return None
    k = len(sentence) - len(sentence.lstrip())
    return span[0] - k, span[1] - k


def table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    """A plain fixed-width table; the last column is left unpadded (it may be long)."""
    widths = [max(len(str(x)) for x in col) for col in zip(header, *rows)]
    out = []
    for row in (header, *rows):
        cells = [str(x).ljust(w) for x, w in zip(row[:-1], widths[:-1])] + [str(row[-1])]
        out.append("  ".join(cells).rstrip())
    return "\n".join(out)
