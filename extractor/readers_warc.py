"""WARC archives (.warc, .warc.gz): the HTML pages of a crawl as articles.

Only `response` records of HTML pages fetched with status 200 are articles;
requests, metadata, images, redirects and errors are passed over silently
(a crawl is mostly those).  The id is a hash of the target URI, the same
scheme the crawler uses (`web_` + 16 hex of SHA-1), so a page crawled live
and the same page in an archive are one article.  A page whose payload was
already seen (WARC-Payload-Digest, else SHA-1 of the payload) is skipped as
'duplicate content': crawls revisit pages and mirrors copy them.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
from collections.abc import Iterator
from pathlib import Path

from extractor.article import url_doc_id
from extractor.readers import DUPLICATE, MAX_FILE_BYTES, Pending, Skipped

HTML_TYPES = ("text/html", "application/xhtml+xml")


def iter_warc(path: Path, seen_content: set[str]) -> Iterator[Pending | Skipped]:
    """HTML pages of one archive in file order; a broken archive ends in one Skipped, keeping what came before."""
    from warcio.exceptions import ArchiveLoadFailed

    try:
        with path.open("rb") as fh:
            head = fh.read(5)
            if not head:
                yield Skipped(str(path), None, "empty file")
                return
            if not (head.startswith(b"WARC/") or head.startswith(b"\x1f\x8b")):
                yield Skipped(str(path), None, "not a WARC file")
                return
            fh.seek(0)
            yield from _pages(fh, path, seen_content)
    except ArchiveLoadFailed as exc:
        yield Skipped(str(path), None, "broken WARC", (str(exc).splitlines() or [""])[0][:200])
    except (OSError, EOFError, ValueError) as exc:   # truncated gzip, zlib errors, bad headers
        yield Skipped(str(path), None, "broken WARC", f"{type(exc).__name__}: {exc}"[:200])


def _pages(fh, path: Path, seen_content: set[str]) -> Iterator[Pending | Skipped]:
    """warcio prints its complaints on stderr; they are caught per record and told as one Skipped."""
    from warcio.archiveiterator import ArchiveIterator

    it = ArchiveIterator(fh)
    records = iter(it)
    complaint = ""
    while True:
        noise = io.StringIO()
        with contextlib.redirect_stderr(noise):   # no yield inside: the caller's stderr is untouched
            rec = next(records, None)
            item = _record_item(rec, path, it, seen_content) if rec is not None else None
        complaint = complaint or " ".join(noise.getvalue().split())[:200]
        if rec is None:
            break
        if item is not None:
            yield item
    if complaint:
        yield Skipped(str(path), None, "broken WARC", complaint)


def _record_item(rec, path: Path, it, seen_content: set[str]) -> Pending | Skipped | None:
    """One WARC record -> Pending page, Skipped (duplicate, too large), or None when it is no article."""
    if rec.rec_type != "response" or rec.http_headers is None:
        return None
    status = rec.http_headers.get_statuscode()
    ctype = (rec.http_headers.get_header("Content-Type") or "").lower()
    if status != "200" or not ctype.startswith(HTML_TYPES):
        return None
    url = rec.rec_headers.get_header("WARC-Target-URI") or ""
    body = rec.content_stream().read(MAX_FILE_BYTES + 1)
    where = f"{path}@{it.get_record_offset()}"   # after the read: asking first would consume the record
    doc_id = url_doc_id(url) if url else f"warc_{hashlib.sha1(where.encode()).hexdigest()[:16]}"
    if len(body) > MAX_FILE_BYTES:
        return Skipped(where, doc_id, "too large", f"page over {MAX_FILE_BYTES // 2**20} MB")
    if getattr(rec.raw_stream, "limit", 0) > 0:   # the file ends before the record's Content-Length
        return Skipped(where, doc_id, "broken WARC", "record cut short")
    digest = rec.rec_headers.get_header("WARC-Payload-Digest") or "sha1:" + hashlib.sha1(body).hexdigest()
    if digest in seen_content:
        return Skipped(where, doc_id, DUPLICATE)
    seen_content.add(digest)
    meta = {"url": url or None, "fetched": rec.rec_headers.get_header("WARC-Date"), "content_type": ctype}
    return Pending(where, doc_id, "html", data=body, meta=meta)
