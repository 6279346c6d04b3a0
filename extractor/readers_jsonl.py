"""JSONL articles: one `{"id", "url", "published", "title", "text" | "html"}` a line.

Each line becomes a `Pending` work item (the HTML is cleaned later, in the
worker); a line that is not JSON or has no id or no text is a `Skipped`
naming file:line, so one bad line never stops a file.  Unknown fields are
kept in Article.extra; a `gold` field (dev files) is dropped here.
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterable, Iterator
from pathlib import Path

from extractor.readers import Pending, Skipped

MAX_LINE_CHARS = 50 * 2**20
_DROPPED = ("gold", "text", "html", "id")


def iter_jsonl_file(path: Path) -> Iterator[Pending | Skipped]:
    """Lines of a .jsonl or .jsonl.gz file; a file that cannot be opened or decoded is one Skipped."""
    opener = gzip.open if path.name.lower().endswith(".gz") else open
    try:
        if path.stat().st_size == 0:
            yield Skipped(str(path), None, "empty file")
            return
        with opener(path, "rt", encoding="utf-8-sig", errors="strict") as fh:
            yield from iter_jsonl(fh, str(path))
    except UnicodeDecodeError as exc:
        yield Skipped(str(path), None, "not UTF-8 JSONL", f"byte {exc.start} of a line")
    except (OSError, EOFError) as exc:   # gzip.BadGzipFile is an OSError
        yield Skipped(str(path), None, "unreadable", str(exc) or type(exc).__name__)


def iter_jsonl(lines: Iterable[str], source: str) -> Iterator[Pending | Skipped]:
    """Work items of JSONL lines; `source` names them in messages as source:line."""
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        where = f"{source}:{n}"
        if len(line) > MAX_LINE_CHARS:
            yield Skipped(where, None, "too large", f"{len(line) / 2**20:.0f} M characters")
            continue
        yield line_item(line, where)


def line_item(line: str, where: str) -> Pending | Skipped:
    """One JSONL line -> Pending (text or html article) or Skipped with the reason."""
    try:
        d = json.loads(line)
    except ValueError as exc:
        return Skipped(where, None, "invalid JSON", exc.msg)
    if not isinstance(d, dict):
        return Skipped(where, None, "invalid JSON", "a line must be an object")
    if d.get("id") in (None, "") or isinstance(d.get("id"), (dict, list)):
        return Skipped(where, None, "no id")
    doc_id = str(d["id"])
    meta = {k: v for k, v in d.items() if k not in _DROPPED}
    text, html = d.get("text"), d.get("html")
    if isinstance(text, str) and text.strip():
        return Pending(where, doc_id, "text", data=text, meta=meta)
    if isinstance(html, str) and html.strip():
        return Pending(where, doc_id, "html", data=html, meta=meta)
    return Skipped(where, doc_id, "no text", 'needs a non-empty "text" or "html" string')
