"""Inputs -> Articles: .txt, .html, .jsonl(.gz), .warc(.gz), folders, stdin.

Reading is split in two steps so a batch can spread the costly part over
processes: `iter_sources` finds the articles (file listing, JSONL lines, WARC
record headers: cheap, sequential) and yields `Pending` work items; `load`
decodes bytes and cleans HTML (costly, done in the worker).  `iter_inputs`
chains both for callers that want plain Articles.

A bad article is yielded as `Skipped` with a reason, never raised, so a batch
goes on; the command decides what the user sees.  A folder may hold
`metadata.jsonl` whose lines give the url, publication date, title and
source province of its .txt/.html files.
"""

from __future__ import annotations

import html as html_lib
import json
import sys
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import regex

from extractor.article import Article, parse_date
from extractor.dateline import find_dateline
from extractor.errors import InputError
from extractor.readers_text import decode_html_bytes, decode_text

TEXT_SUFFIXES = (".txt",)
HTML_SUFFIXES = (".html", ".htm")
JSONL_SUFFIXES = (".jsonl", ".jsonl.gz")
WARC_SUFFIXES = (".warc", ".warc.gz")
ARTICLE_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + JSONL_SUFFIXES + WARC_SUFFIXES
METADATA_FILE = "metadata.jsonl"
MAX_FILE_BYTES = 50 * 2**20   # a .txt/.html page this big is a dump, not an article

# Reasons that are not errors: the input is fine, there is just nothing new in it.
ALREADY_DONE = "already done"
DUPLICATE = "duplicate content"
NOT_ERRORS = frozenset({ALREADY_DONE, DUPLICATE})


@dataclass(frozen=True)
class Skipped:
    """An input or article that gave no Article; `reason` is a short category, `detail` the specifics."""

    source: str
    doc_id: str | None
    reason: str
    detail: str = ""

    @property
    def is_error(self) -> bool:
        return self.reason not in NOT_ERRORS

    def message(self) -> str:
        """One line for the user: where, which article, why."""
        who = f" [{self.doc_id}]" if self.doc_id and self.doc_id not in self.source else ""
        why = f"{self.reason} ({self.detail})" if self.detail else self.reason
        return f"{self.source}{who}: {why}"


@dataclass(frozen=True)
class Pending:
    """An article found but not yet decoded or cleaned: small and picklable.

    `kind` is 'text' or 'html'; `data` holds bytes or str already read (JSONL,
    WARC), or None when the worker reads `path` itself.  `meta` carries url,
    published, title, source, region_hint and anything else (kept in extra).
    """

    source: str
    doc_id: str
    kind: str
    data: bytes | str | None = None
    path: str | None = None
    meta: dict = field(default_factory=dict, compare=False, hash=False)


# -- loading (the costly step) ------------------------------------------------

_ARTICLE_KEYS = ("url", "published", "title", "source", "region_hint")


def load(item: Pending) -> Article | Skipped:
    """Decode and clean one pending article; every failure becomes a Skipped."""
    try:
        data = item.data if item.data is not None else _read_capped(Path(item.path or item.source))
        if item.kind == "html":
            return _html_article(item, data)
        text = data if isinstance(data, str) else decode_text(data)
        text = unicodedata.normalize("NFC", text)
        if not text.strip():
            return Skipped(item.source, item.doc_id, "empty text")
        return _article(item, text, {})
    except InputError as exc:
        reason, _, detail = str(exc).partition(" (")
        return Skipped(item.source, item.doc_id, reason, detail.rstrip(")"))
    except OSError as exc:
        return Skipped(item.source, item.doc_id, "unreadable", exc.strerror or type(exc).__name__)


def article_of(d: dict, where: str = "<record>") -> Article | Skipped:
    """One article object (a JSONL line already parsed) read exactly as `extractor extract` reads it,
    dateline fallback included, for the scoring scripts."""
    from extractor.readers_jsonl import line_item

    item = line_item(json.dumps(d, ensure_ascii=False), where)
    return item if isinstance(item, Skipped) else load(item)


def _html_article(item: Pending, data: bytes | str) -> Article | Skipped:
    from extractor.clean import html_to_page

    html = data if isinstance(data, str) else decode_html_bytes(data, item.meta.get("content_type"))
    page = html_to_page(html, item.meta.get("url"))
    if not page.text.strip():
        return Skipped(item.source, item.doc_id, "no article text in the HTML")
    found = {"url": page.canonical_url, "published": page.published, "title": page.title}
    text = _ENTITY.sub(lambda m: html_lib.unescape(m.group(0)), with_headline(page.title, page.text))
    return _article(item, unicodedata.normalize("NFC", text), found)


# entities escaped twice by the site ("với&nbsp;47&nbsp;đối tác" shown as such on the page)
_ENTITY = regex.compile(r"&(?:[a-zA-Z]{2,8}|#\d{2,6}|#x[0-9a-fA-F]{2,5});")


def with_headline(title: str | None, text: str) -> str:
    """The page's headline as the first line of its text, as scraped text has it: headline figures
    are mentions too (records.md), and the headline names the article's province."""
    if not title or not title.strip():
        return text
    head = " ".join(title.split())
    if " ".join(text[: len(head) + 200].split()).find(head) >= 0:
        return text
    return f"{head}\n\n{text}"


def _article(item: Pending, text: str, found: dict) -> Article:
    """Metadata given with the input wins over what the page itself says.

    With no publication date anywhere else, the page's printed dateline
    ("THỨ HAI, 18/01/2021 11:28:17") is used: the period rules need it.
    """
    meta = item.meta
    pick = {k: meta.get(k) if meta.get(k) not in (None, "") else found.get(k) for k in _ARTICLE_KEYS}
    extra = {k: v for k, v in meta.items() if k not in _ARTICLE_KEYS and k not in ("id", "content_type")}
    published = parse_date(pick["published"]) or find_dateline(text)
    return Article(
        id=item.doc_id, text=text, url=pick["url"], published=published,
        title=pick["title"], source=pick["source"] or item.source, region_hint=pick["region_hint"],
        extra=extra,
    )


def _read_capped(path: Path) -> bytes:
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise InputError(f"too large ({size / 2**20:.0f} MB > {MAX_FILE_BYTES // 2**20} MB)")
    return path.read_bytes()


# -- finding (the cheap step) -------------------------------------------------

def iter_inputs(paths: list[str], *, resume_ids: set[str] | None = None) -> Iterator[Article | Skipped]:
    """Every article of the inputs, in input order, as Article or Skipped."""
    for item in iter_sources(paths, resume_ids=resume_ids):
        yield load(item) if isinstance(item, Pending) else item


def iter_sources(paths: list[str], *, resume_ids: set[str] | None = None) -> Iterator[Pending | Article | Skipped]:
    """Work items of the inputs in order; ids in `resume_ids` come out as Skipped 'already done'.

    A path that does not exist is a Skipped too (the other inputs are still
    read); '-' reads stdin: JSONL, or one plain-text article.
    """
    done = resume_ids or set()
    run = _Run()
    for raw in paths:
        if raw == "-":
            yield from _resume_filter(_iter_stdin(), done)
            continue
        path = Path(raw)
        if not path.exists():
            yield Skipped(raw, None, "no such file or folder")
        elif path.is_dir():
            files = list_folder(path)
            if not files:
                yield Skipped(raw, None, "no article files", "looked for " + ", ".join(ARTICLE_SUFFIXES))
            for f in files:
                yield from _resume_filter(_iter_file(f, run), done)
        else:
            yield from _resume_filter(_iter_file(path, run), done)


def _resume_filter(items: Iterator, done: set[str]) -> Iterator:
    for it in items:
        doc_id = getattr(it, "doc_id", None) if not isinstance(it, Article) else it.id
        if done and doc_id in done and not isinstance(it, Skipped):
            yield Skipped(getattr(it, "source", None) or doc_id, doc_id, ALREADY_DONE)
        else:
            yield it


def list_folder(folder: Path) -> list[Path]:
    """Article files under `folder`, recursive and sorted; hidden files and metadata.jsonl left out."""
    return sorted(
        p for p in folder.rglob("*")
        if p.is_file() and p.name != METADATA_FILE
        and not any(part.startswith(".") for part in p.relative_to(folder).parts)
        and p.name.lower().endswith(ARTICLE_SUFFIXES)
    )


@dataclass
class _Run:
    """State of one pass over the inputs (never shared between calls)."""

    seen_content: set[str] = field(default_factory=set)   # WARC payload digests across archives
    metadata: dict[Path, dict[str, dict]] = field(default_factory=dict)

    def meta_of(self, path: Path) -> dict:
        if path.parent not in self.metadata:
            self.metadata[path.parent] = folder_metadata(path.parent)
        return dict(self.metadata[path.parent].get(stem(path), {}))


def _iter_file(path: Path, run: _Run) -> Iterator[Pending | Article | Skipped]:
    name = path.name.lower()
    if name.endswith(JSONL_SUFFIXES):
        from extractor.readers_jsonl import iter_jsonl_file
        yield from iter_jsonl_file(path)
    elif name.endswith(WARC_SUFFIXES):
        from extractor.readers_warc import iter_warc
        yield from iter_warc(path, run.seen_content)
    else:
        yield _file_item(path, run.meta_of(path))


def _file_item(path: Path, meta: dict) -> Pending | Skipped:
    """A .txt/.html file (or, named explicitly, any other file: read as text)."""
    doc_id = stem(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        return Skipped(str(path), doc_id, "unreadable", exc.strerror or "")
    if size == 0:
        return Skipped(str(path), doc_id, "empty file")
    if size > MAX_FILE_BYTES:
        return Skipped(str(path), doc_id, "too large", f"{size / 2**20:.0f} MB > {MAX_FILE_BYTES // 2**20} MB")
    kind = "html" if path.name.lower().endswith(HTML_SUFFIXES) else "text"
    return Pending(str(path), doc_id, kind, path=str(path), meta=meta)


def stem(path: Path) -> str:
    """The article id of a file: its name without the extension ('a.b.txt' -> 'a.b')."""
    return path.name.rsplit(".", 1)[0] if "." in path.name.lstrip(".") else path.name


def folder_metadata(folder: Path) -> dict[str, dict]:
    """id -> metadata from the folder's metadata.jsonl (bad lines ignored: metadata is optional)."""
    p = folder / METADATA_FILE
    out: dict[str, dict] = {}
    try:
        lines = p.read_text(encoding="utf-8-sig").splitlines()
    except (OSError, UnicodeDecodeError):
        return out
    for line in lines:
        try:
            d = json.loads(line)
        except ValueError:
            continue
        if isinstance(d, dict) and d.get("id") not in (None, ""):
            out[str(d["id"])] = d
    return out


def _iter_stdin() -> Iterator[Pending | Article | Skipped]:
    """stdin: JSONL when its first line is a JSON object, else one plain-text article 'stdin'."""
    from extractor.readers_jsonl import iter_jsonl

    stream = sys.stdin.buffer
    first = stream.readline()
    if first.lstrip().startswith(b"{"):
        lines = (ln.decode("utf-8", "replace") for ln in _chain(first, stream))
        yield from iter_jsonl(lines, "<stdin>")
        return
    data = first + stream.read()
    if not data.strip():
        yield Skipped("<stdin>", None, "empty input")
    else:
        yield Pending("<stdin>", "stdin", "text", data=data)


def _chain(first: bytes, rest) -> Iterator[bytes]:
    yield first
    yield from rest


def count_hint(paths: list[str]) -> int | None:
    """How many work items the inputs hold, when cheap to know (for the ETA); None for stdin, WARC, .gz."""
    total = 0
    for raw in paths:
        path = Path(raw)
        if raw == "-":
            return None
        files = list_folder(path) if path.is_dir() else [path]
        for f in files:
            name = f.name.lower()
            if name.endswith((".gz", ".warc")):
                return None
            total += _count_lines(f) if name.endswith(".jsonl") else 1
    return total


def _count_lines(path: Path) -> int:
    n = 0
    try:
        with path.open("rb") as fh:
            while block := fh.read(1 << 20):
                n += block.count(b"\n")
    except OSError:
        return 1
    return max(n, 1)
