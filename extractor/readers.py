"""Inputs -> Articles: .txt, .html, .jsonl(.gz), folders, stdin.

A bad article inside a batch is yielded as `Skipped` (with the reason) so
the batch goes on; a path that does not exist raises InputError (one line
for the user).  A folder may hold `metadata.jsonl` whose lines give the
url, publication date, title and source province of its .txt/.html files.
"""

from __future__ import annotations

import codecs
import gzip
import io
import json
import sys
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from extractor.article import Article, parse_date
from extractor.clean import html_to_page
from extractor.errors import InputError

ARTICLE_SUFFIXES = (".txt", ".html", ".htm", ".jsonl", ".jsonl.gz")
MAX_FILE_BYTES = 50 * 2**20


@dataclass(frozen=True)
class Skipped:
    source: str
    doc_id: str | None
    reason: str


def decode(data: bytes, source: str) -> str:
    """Bytes of a text file -> str (UTF-8/UTF-16 with or without BOM, windows-1258).

    Prefers the normalizer's detector (legacy TCVN3/VNI fonts) when present.
    """
    try:
        from extractor.normalize import decode_bytes  # type: ignore
        return decode_bytes(data)[0]
    except ImportError:
        pass
    if not data.strip():
        raise InputError(f"{source}: empty file")
    for bom, enc in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            return unicodedata.normalize("NFC", data.decode(enc, errors="replace"))
    sample = data[:4000]
    if sample.count(b"\x00") > len(sample) // 4:
        even, odd = sample[0::2].count(0), sample[1::2].count(0)
        if odd > len(sample) // 4 or even > len(sample) // 4:
            try:
                return unicodedata.normalize("NFC", data.decode("utf-16-le" if odd > even else "utf-16-be"))
            except UnicodeDecodeError:
                pass
        raise InputError(f"{source}: binary file, not text")
    if b"\x00" in sample:
        raise InputError(f"{source}: binary file, not text")
    try:
        return unicodedata.normalize("NFC", data.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    text = data.decode("cp1258", errors="replace")
    if text.count("\ufffd") > len(text) // 50:
        raise InputError(f"{source}: unknown text encoding")
    return unicodedata.normalize("NFC", text)


def _read_bytes(path: Path) -> bytes:
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise InputError(f"{path}: too large ({size // 2**20} MB)")
    return path.read_bytes()


def _metadata(folder: Path) -> dict[str, dict]:
    p = folder / "metadata.jsonl"
    if not p.exists():
        return {}
    out = {}
    for line in p.read_text(encoding="utf-8").splitlines():
        if line.strip():
            try:
                d = json.loads(line)
                out[str(d["id"])] = d
            except (ValueError, KeyError):
                continue
    return out


def _with_meta(art: Article, meta: dict | None) -> Article:
    if not meta:
        return art
    return Article(
        id=art.id, text=art.text, url=meta.get("url") or art.url,
        published=parse_date(meta.get("published")) or art.published,
        title=meta.get("title") or art.title, source=meta.get("source") or art.source,
        region_hint=meta.get("region_hint") or art.region_hint,
    )


def read_file(path: Path, meta: dict | None = None) -> Article:
    """One .txt or .html file as an Article; InputError when it cannot be read."""
    text = decode(_read_bytes(path), str(path))
    stem = path.name.rsplit(".", 1)[0]
    if path.suffix.lower() in (".html", ".htm"):
        page = html_to_page(text, (meta or {}).get("url"))
        if not page.text:
            raise InputError(f"{path}: no article text in the HTML")
        art = Article(id=stem, text=page.text, url=page.canonical_url, published=page.published,
                      title=page.title, source=str(path))
    else:
        if not text.strip():
            raise InputError(f"{path}: empty file")
        art = Article(id=stem, text=text, source=str(path))
    return _with_meta(art, meta)


def iter_jsonl(stream: io.TextIOBase, source: str) -> Iterator[Article | Skipped]:
    """Articles of a JSONL stream: {"id","url","published","title","text" or "html"}."""
    for n, line in enumerate(stream, 1):
        if not line.strip():
            continue
        where = f"{source}:{n}"
        try:
            d = json.loads(line)
        except ValueError:
            yield Skipped(where, None, "invalid JSON")
            continue
        if not isinstance(d, dict) or d.get("id") in (None, ""):
            yield Skipped(where, None, "no id")
            continue
        text, title, published, url = d.get("text"), d.get("title"), parse_date(d.get("published")), d.get("url")
        if not text and d.get("html"):
            page = html_to_page(str(d["html"]), url)
            text, title = page.text, title or page.title
            published, url = published or page.published, url or page.canonical_url
        if not text or not str(text).strip():
            yield Skipped(where, str(d["id"]), "no text")
            continue
        known = {"id", "url", "published", "title", "text", "html", "gold"}
        yield Article(id=str(d["id"]), text=unicodedata.normalize("NFC", str(text)), url=url, published=published,
                      title=title, source=where, region_hint=d.get("region_hint"),
                      extra={k: v for k, v in d.items() if k not in known})


def _iter_path(path: Path, meta: dict | None) -> Iterator[Article | Skipped]:
    name = path.name.lower()
    try:
        if name.endswith(".jsonl.gz"):
            with gzip.open(path, "rt", encoding="utf-8", errors="replace") as fh:
                yield from iter_jsonl(fh, str(path))
        elif name.endswith(".jsonl"):
            with path.open(encoding="utf-8", errors="replace") as fh:
                yield from iter_jsonl(fh, str(path))
        else:
            yield read_file(path, meta)
    except InputError as exc:
        yield Skipped(str(path), None, str(exc).split(": ", 1)[-1])
    except (OSError, EOFError) as exc:
        yield Skipped(str(path), None, f"unreadable ({exc.__class__.__name__})")


def iter_inputs(paths: list[str], *, resume_ids: set[str] | None = None) -> Iterator[Article | Skipped]:
    """Every article of the inputs, in order; '-' reads JSONL from stdin."""
    for raw in paths:
        if raw == "-":
            yield from iter_jsonl(sys.stdin, "<stdin>")
            continue
        path = Path(raw)
        if not path.exists():
            raise InputError(f"{raw}: no such file or folder")
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and not any(
                part.startswith(".") for part in p.relative_to(path).parts)
                and p.name != "metadata.jsonl" and p.name.lower().endswith(ARTICLE_SUFFIXES))
            metas: dict[Path, dict] = {}
            for f in files:
                if f.parent not in metas:
                    metas[f.parent] = _metadata(f.parent)
                stem = f.name.rsplit(".", 1)[0]
                if resume_ids and stem in resume_ids:
                    continue
                for item in _iter_path(f, metas[f.parent].get(stem)):
                    if not (resume_ids and isinstance(item, Article) and item.id in resume_ids):
                        yield item
        else:
            meta = _metadata(path.parent).get(path.name.rsplit(".", 1)[0])
            for item in _iter_path(path, meta):
                if not (resume_ids and isinstance(item, Article) and item.id in resume_ids):
                    yield item
