"""The SQLite store: the one place state lives.

Articles are keyed by doc_id and carry a content hash; saving an article and
its records is one transaction that replaces the article's previous records,
so running the same job twice stores nothing twice, a changed article
replaces its records instead of adding copies, and a crash mid-write leaves
the previous state intact.  Other modules (crawl, check) add their own tables
through `Store.conn` with CREATE TABLE IF NOT EXISTS.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Iterable, Iterator
from datetime import datetime, timezone
from pathlib import Path

from extractor.article import Article, parse_date
from extractor.errors import UserError
from extractor.record import Evidence, Record

SCHEMA = """
CREATE TABLE IF NOT EXISTS articles (
    doc_id        TEXT PRIMARY KEY,
    url           TEXT,
    published     TEXT,
    title         TEXT,
    text          TEXT NOT NULL,
    source        TEXT,
    region_hint   TEXT,
    content_hash  TEXT NOT NULL,
    extractor_version TEXT,
    added_at      TEXT NOT NULL,
    updated_at    TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS records (
    doc_id        TEXT NOT NULL REFERENCES articles(doc_id) ON DELETE CASCADE,
    mention       INTEGER NOT NULL,
    indicator     TEXT NOT NULL,
    value         REAL NOT NULL,
    unit          TEXT NOT NULL,
    status        TEXT NOT NULL,
    bound         TEXT NOT NULL,
    region        TEXT,
    region_2025   TEXT,
    scope         TEXT,
    period_start  TEXT,
    period_end    TEXT,
    evidence_sentence TEXT,
    evidence_start INTEGER,
    evidence_end  INTEGER,
    method        TEXT NOT NULL,
    PRIMARY KEY (doc_id, mention)
);
CREATE INDEX IF NOT EXISTS records_indicator ON records(indicator, status);
CREATE INDEX IF NOT EXISTS records_region ON records(region);
"""

RECORD_COLUMNS = (
    "doc_id", "mention", "indicator", "value", "unit", "status", "bound", "region",
    "region_2025", "scope", "period_start", "period_end", "evidence_sentence",
    "evidence_start", "evidence_end", "method",
)


def content_hash(article: Article) -> str:
    """What makes an article 'the same': its text and the metadata extraction reads."""
    h = hashlib.sha256()
    for part in (article.text, article.url or "", str(article.published or ""), article.title or "", article.region_hint or ""):
        h.update(part.encode("utf-8", "surrogatepass"))
        h.update(b"\x00")
    return h.hexdigest()


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


class Store:
    """A SQLite database of articles and records.  Use as a context manager."""

    def __init__(self, path: str | Path, timeout: float = 30.0) -> None:
        self.path = str(path)
        try:
            self.conn = sqlite3.connect(self.path, timeout=timeout)
        except sqlite3.Error as exc:
            raise UserError(f"{self.path}: cannot open database: {exc}") from None
        self.conn.row_factory = sqlite3.Row
        try:
            self.conn.execute("PRAGMA foreign_keys = ON")
            self.conn.execute("PRAGMA journal_mode = WAL")
            self.conn.executescript(SCHEMA)
        except sqlite3.DatabaseError as exc:
            self.conn.close()
            raise UserError(f"{self.path}: not a unionstats SQLite database ({exc})") from None

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.conn.close()

    # -- writing -----------------------------------------------------------
    def save(self, article: Article, records: Iterable[Record], version: str = "") -> str:
        """Store an article and its records; returns 'new', 'changed' or 'unchanged'.

        Unchanged means same content hash and same extractor version: nothing
        is written.  Otherwise the article row is upserted and its records
        replaced, all in one transaction.
        """
        digest = content_hash(article)
        row = self.conn.execute(
            "SELECT content_hash, extractor_version FROM articles WHERE doc_id = ?", (article.id,)
        ).fetchone()
        if row and row["content_hash"] == digest and (row["extractor_version"] or "") == version:
            return "unchanged"
        now = _now()
        with self.conn:  # one transaction
            self.conn.execute(
                """INSERT INTO articles (doc_id, url, published, title, text, source, region_hint,
                                         content_hash, extractor_version, added_at, updated_at)
                   VALUES (?,?,?,?,?,?,?,?,?,?,?)
                   ON CONFLICT(doc_id) DO UPDATE SET url=excluded.url, published=excluded.published,
                     title=excluded.title, text=excluded.text, source=excluded.source,
                     region_hint=excluded.region_hint, content_hash=excluded.content_hash,
                     extractor_version=excluded.extractor_version, updated_at=excluded.updated_at""",
                (article.id, article.url, article.published.isoformat() if article.published else None,
                 article.title, article.text, article.source, article.region_hint, digest, version, now, now),
            )
            self.conn.execute("DELETE FROM records WHERE doc_id = ?", (article.id,))
            self.conn.executemany(
                f"INSERT INTO records ({', '.join(RECORD_COLUMNS)}) VALUES ({', '.join('?' * len(RECORD_COLUMNS))})",
                [_record_row(r, i) for i, r in enumerate(records)],
            )
        return "changed" if row else "new"

    # -- reading -----------------------------------------------------------
    def records(self, doc_id: str | None = None, since: str | None = None) -> Iterator[Record]:
        """Stored records in article and mention order; `since` filters on the article's update time."""
        sql = "SELECT r.* FROM records r JOIN articles a USING (doc_id)"
        where, args = [], []
        if doc_id is not None:
            where.append("r.doc_id = ?")
            args.append(doc_id)
        if since is not None:
            where.append("(a.updated_at >= ? OR a.published >= ?)")
            args += [since, since]
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY r.doc_id, r.mention"
        for row in self.conn.execute(sql, args):
            yield row_to_record(row)

    def article(self, doc_id: str) -> Article | None:
        row = self.conn.execute("SELECT * FROM articles WHERE doc_id = ?", (doc_id,)).fetchone()
        return row_to_article(row) if row else None

    def articles(self) -> Iterator[Article]:
        for row in self.conn.execute("SELECT * FROM articles ORDER BY doc_id"):
            yield row_to_article(row)

    def counts(self) -> tuple[int, int]:
        """(articles, records) stored."""
        a = self.conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
        r = self.conn.execute("SELECT COUNT(*) FROM records").fetchone()[0]
        return a, r


def _record_row(r: Record, mention: int) -> tuple:
    ev = r.evidence
    d = r.to_dict()
    return (r.doc_id, mention, r.indicator, float(r.value), r.unit, r.status, r.bound, r.region,
            r.region_2025, r.scope, r.period_start, r.period_end, ev.sentence if ev else None,
            ev.start if ev else None, ev.end if ev else None, d["method"])


def row_to_record(row: sqlite3.Row) -> Record:
    ev = None
    if row["evidence_start"] is not None:
        ev = Evidence(row["evidence_sentence"] or "", row["evidence_start"], row["evidence_end"])
    return Record(
        doc_id=row["doc_id"], indicator=row["indicator"], value=row["value"], unit=row["unit"],
        status=row["status"], bound=row["bound"], region=row["region"], region_2025=row["region_2025"],
        scope=row["scope"], period_start=row["period_start"], period_end=row["period_end"],
        evidence=ev, method=row["method"],
    )


def row_to_article(row: sqlite3.Row) -> Article:
    return Article(
        id=row["doc_id"], text=row["text"], url=row["url"], published=parse_date(row["published"]),
        title=row["title"], source=row["source"], region_hint=row["region_hint"],
    )
