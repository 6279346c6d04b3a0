"""The crawl's tables, in the same SQLite file as the articles and records.

`pages` keeps what a revisit needs (ETag, Last-Modified, a content hash and
the compressed raw HTML, so links can be read again from a 304); `frontier`
is the queue of the current run, written as it grows, so a killed run
resumes where it stopped; `crawl_runs` says whether the last run finished;
`crawl_log` has one row per fetch.
"""

from __future__ import annotations

import json
import sqlite3
import zlib
from collections.abc import Iterable
from datetime import datetime, timezone

SCHEMA = """
CREATE TABLE IF NOT EXISTS pages (
    url           TEXT PRIMARY KEY,
    site          TEXT,
    kind          TEXT,
    final_url     TEXT,
    canonical_url TEXT,
    redirects     TEXT,
    fetched_at    TEXT,
    changed_at    TEXT,
    status        INTEGER,
    etag          TEXT,
    last_modified TEXT,
    content_hash  TEXT,
    charset       TEXT,
    html_z        BLOB,
    text          TEXT,
    title         TEXT,
    published     TEXT,
    region        TEXT,
    doc_id        TEXT
);
CREATE TABLE IF NOT EXISTS crawl_runs (
    run_id      INTEGER PRIMARY KEY,
    started_at  TEXT NOT NULL,
    finished_at TEXT,
    pid         INTEGER,
    stats       TEXT
);
CREATE TABLE IF NOT EXISTS frontier (
    url     TEXT PRIMARY KEY,
    site    TEXT NOT NULL,
    depth   INTEGER NOT NULL,
    kind    TEXT NOT NULL,
    state   TEXT NOT NULL DEFAULT 'pending',
    outcome TEXT
);
CREATE INDEX IF NOT EXISTS frontier_todo ON frontier(state, depth);
CREATE TABLE IF NOT EXISTS crawl_log (
    id        INTEGER PRIMARY KEY,
    run_id    INTEGER,
    ts        TEXT NOT NULL,
    url       TEXT NOT NULL,
    final_url TEXT,
    status    INTEGER,
    bytes     INTEGER,
    ms        INTEGER,
    outcome   TEXT NOT NULL,
    attempts  INTEGER,
    error     TEXT
);
"""

PAGE_COLUMNS = ("url", "site", "kind", "final_url", "canonical_url", "redirects", "fetched_at", "changed_at",
                "status", "etag", "last_modified", "content_hash", "charset", "html_z", "text", "title",
                "published", "region", "doc_id")


def now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="milliseconds")


def ensure_schema(conn: sqlite3.Connection) -> None:
    conn.executescript(SCHEMA)


def open_run(conn: sqlite3.Connection, pid: int) -> tuple[int, bool]:
    """(run id, resumed): an unfinished run is resumed, else a new run starts with an empty queue."""
    row = conn.execute("SELECT run_id FROM crawl_runs WHERE finished_at IS NULL ORDER BY run_id DESC LIMIT 1").fetchone()
    with conn:
        if row:
            conn.execute("UPDATE crawl_runs SET pid = ? WHERE run_id = ?", (pid, row[0]))
            return row[0], True
        conn.execute("DELETE FROM frontier")
        cur = conn.execute("INSERT INTO crawl_runs (started_at, pid) VALUES (?, ?)", (now(), pid))
        return cur.lastrowid, False


def finish_run(conn: sqlite3.Connection, run_id: int, stats: dict) -> None:
    with conn:
        conn.execute("UPDATE crawl_runs SET finished_at = ?, stats = ? WHERE run_id = ?",
                     (now(), json.dumps(stats, ensure_ascii=False), run_id))


def enqueue(conn: sqlite3.Connection, items: Iterable[tuple[str, str, int, str]]) -> None:
    """Add (url, site, depth, kind) to the queue; URLs already queued this run are kept as they are."""
    conn.executemany("INSERT OR IGNORE INTO frontier (url, site, depth, kind) VALUES (?, ?, ?, ?)", items)


def pending(conn: sqlite3.Connection, limit: int = 64, exclude: list[str] = ()) -> list[sqlite3.Row]:
    """The next queued URLs (of sites not in `exclude`), shallowest first, then in discovery order."""
    marks = ", ".join("?" * len(exclude))
    return conn.execute(f"SELECT rowid, * FROM frontier WHERE state = 'pending' AND site NOT IN ({marks}) "
                        "ORDER BY depth, rowid LIMIT ?", (*exclude, limit)).fetchall()


def mark(conn: sqlite3.Connection, url: str, state: str, outcome: str | None) -> None:
    conn.execute("UPDATE frontier SET state = ?, outcome = ? WHERE url = ?", (state, outcome, url))


def settle_alias(conn: sqlite3.Connection, url: str, site: str, depth: int, outcome: str) -> None:
    """A redirect target was just fetched: do not queue it again this run."""
    conn.execute("INSERT OR IGNORE INTO frontier (url, site, depth, kind, state) VALUES (?, ?, ?, 'page', 'done')",
                 (url, site, depth))
    conn.execute("UPDATE frontier SET state = 'done', outcome = ? WHERE url = ? AND state = 'pending'", (outcome, url))


def counts(conn: sqlite3.Connection) -> dict[str, int]:
    """Queue entries of this run by state."""
    return {row[0]: row[1] for row in conn.execute("SELECT state, COUNT(*) FROM frontier GROUP BY state")}


def outcomes(conn: sqlite3.Connection) -> dict[str, int]:
    return {row[0]: row[1] for row in conn.execute(
        "SELECT outcome, COUNT(*) FROM frontier WHERE outcome IS NOT NULL GROUP BY outcome")}


def page(conn: sqlite3.Connection, url: str) -> sqlite3.Row | None:
    return conn.execute("SELECT * FROM pages WHERE url = ?", (url,)).fetchone()


def stored_html(row: sqlite3.Row | None) -> bytes | None:
    if row is None or row["html_z"] is None:
        return None
    return zlib.decompress(row["html_z"])


def compress(body: bytes) -> bytes:
    return zlib.compress(body, 6)


def save_page(conn: sqlite3.Connection, values: dict) -> None:
    """Insert or replace a page row; columns not given keep their stored value."""
    cols = [c for c in PAGE_COLUMNS if c in values]
    updates = ", ".join(f"{c} = excluded.{c}" for c in cols if c != "url")
    conn.execute(f"INSERT INTO pages ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))}) "
                 f"ON CONFLICT(url) DO UPDATE SET {updates}", [values[c] for c in cols])


def log_fetch(conn: sqlite3.Connection, run_id: int, entry: dict) -> None:
    conn.execute("INSERT INTO crawl_log (run_id, ts, url, final_url, status, bytes, ms, outcome, attempts, error) "
                 "VALUES (?,?,?,?,?,?,?,?,?,?)",
                 (run_id, entry["ts"], entry["url"], entry.get("final_url"), entry.get("status"), entry.get("bytes"),
                  entry.get("ms"), entry["outcome"], entry.get("attempts"), entry.get("error")))
