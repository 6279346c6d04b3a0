"""What the web page asks, answered as JSON-ready dicts (no HTTP here).

Each call opens the database for itself, so the threads of the server never
share a SQLite connection.  The extractor's resources are loaded on the
first claim or pasted text, once, under a lock.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from extractor.article import Article
from extractor.errors import UserError
from extractor.serve.render import segments_json
from extractor.store import Store

# Pasted input at least this long, or with a line break, is an article, not a claim.
ARTICLE_MIN_CHARS = 300


class App:
    """The questions of the page over one database."""

    def __init__(self, db: str | Path, resources: Callable[[], Any] | None = None) -> None:
        if not Path(db).is_file():
            raise UserError(f"{db}: no such database; build it with `extractor run` (or pass --db FILE)")
        self.db = str(db)
        self._load = resources
        self._res: Any = None
        self._lock = threading.Lock()

    def store(self) -> Store:
        return Store(self.db)

    def resources(self) -> Any:
        """The extractor's resources, loaded once (claims and pasted texts need them)."""
        with self._lock:
            if self._res is None:
                if self._load is None:
                    from extractor.pipeline import load_resources
                    self._load = load_resources
                self._res = self._load()
            return self._res

    # -- questions ----------------------------------------------------------
    def articles(self) -> list[dict[str, Any]]:
        with self.store() as st:
            counts = dict(st.conn.execute("SELECT doc_id, COUNT(*) FROM records GROUP BY doc_id").fetchall())
            return [{"doc_id": a.id, "title": a.title, "url": a.url,
                     "published": a.published.isoformat() if a.published else None,
                     "figures": counts.get(a.id, 0)} for a in st.articles()]

    def find_article(self, key: str) -> Article | None:
        """A stored article by doc_id or URL (trailing slash and scheme forgiven)."""
        key = key.strip()
        with self.store() as st:
            art = st.article(key)
            if art is not None:
                return art
            bare = key.rstrip("/").split("://", 1)[-1]
            for row in st.conn.execute("SELECT doc_id, url FROM articles WHERE url IS NOT NULL"):
                if row["url"].rstrip("/").split("://", 1)[-1] == bare:
                    return st.article(row["doc_id"])
        return None

    def article(self, key: str) -> dict[str, Any]:
        art = self.find_article(key)
        if art is None:
            raise UserError(f"not in the database: {key[:120]} (the page shows stored articles only; "
                            "add it with `extractor run`)")
        with self.store() as st:
            records = list(st.records(art.id))
        return {"kind": "article", "doc_id": art.id, "title": art.title, "url": art.url,
                "published": art.published.isoformat() if art.published else None,
                "segments": segments_json(art.text, records), "figures": len(records)}

    def check(self, claim: str) -> dict[str, Any]:
        from extractor.check import check_claim, verdict_json

        with self.store() as st:
            stored = list(st.records())
            verdicts = check_claim(claim, stored, self.resources())
            docs = {r.doc_id for v in verdicts for _, r in v.evidence}
            arts = {d: st.article(d) for d in docs}
        return {"kind": "claims", "verdicts": [verdict_json(v, arts) for v in verdicts]}

    def text(self, text: str) -> dict[str, Any]:
        """A pasted article: its figures marked, each checked against the database."""
        from extractor.check import judge, verdict_json
        from extractor.pipeline import extract_article

        records = extract_article(Article(id="pasted", text=text), self.resources())
        with self.store() as st:
            stored = list(st.records())
            verdicts = [judge(r, stored, r.evidence.sentence if r.evidence else "") for r in records]
            arts = {r.doc_id: st.article(r.doc_id) for v in verdicts for _, r in v.evidence}
        return {"kind": "text", "segments": segments_json(text, records), "figures": len(records),
                "verdicts": [verdict_json(v, arts) for v in verdicts]}

    def analyze(self, given: str) -> dict[str, Any]:
        """Whatever was pasted: a stored URL or doc_id, an article text, or a claim."""
        s = (given or "").strip()
        if s.startswith(("http://", "https://")) or self.find_article(s) is not None:
            return self.article(s)
        if len(s) >= ARTICLE_MIN_CHARS or "\n" in s:
            return self.text(s)
        return self.check(s)

    def audit(self) -> dict[str, Any]:
        from extractor.audit import audit, finding_json

        with self.store() as st:
            records = list(st.records())
            arts = {a.id: a for a in st.articles()}
        findings = audit(records, {k: a.text for k, a in arts.items()})
        return {"kind": "audit", "findings": [finding_json(f, arts.get) for f in findings]}
