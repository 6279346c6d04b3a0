"""The crawl loop: queue -> polite fetch -> page row -> article -> records.

Each URL is settled in one transaction after its article is saved (the
store's own transaction), so a run killed at any point loses at most the
URL in hand, and the next run, finding the run unfinished, resumes the
queue.  Revisits send ETag / Last-Modified; a 304 re-reads links from the
stored HTML and extracts nothing, so an unchanged site adds nothing.
"""

from __future__ import annotations

import json
import logging
import os
import time
from collections import Counter
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from extractor.crawl import db
from extractor.crawl.decode import decode_html
from extractor.crawl.feeds import parse_listing
from extractor.crawl.fetch import HTML_TYPES, XML_TYPES, FetchConfig, Fetched, Fetcher
from extractor.crawl.frontier import extract_links, host_of, normalize_url
from extractor.crawl.pages import content_hash, page_article
from extractor.crawl.politeness import HostClock
from extractor.crawl.progress import JsonLog, Progress
from extractor.crawl.robots import Robots
from extractor.crawl.sources import Site

log = logging.getLogger(__name__)

EXIT_OK, EXIT_PARTIAL, EXIT_UNREACHABLE = 0, 1, 3
FEED_TYPES = XML_TYPES + HTML_TYPES + ("text/plain", "application/x-gzip", "application/gzip")


@dataclass(frozen=True)
class CrawlOptions:
    delay: float = 5.0
    max_depth: int = 3
    max_pages: int | None = None
    fetch: FetchConfig = field(default_factory=FetchConfig)
    log_path: str | None = None
    progress: bool | None = None  # None: a bar on a terminal, plain lines elsewhere


@dataclass
class CrawlResult:
    run_id: int
    resumed: bool
    outcomes: Counter
    articles: Counter
    visited: int
    failed: int
    seconds: float

    @property
    def reached(self) -> int:
        return sum(n for k, n in self.outcomes.items() if k not in ("error", "http_error", "disallowed"))

    @property
    def exit_code(self) -> int:
        if self.reached == 0:
            return EXIT_UNREACHABLE
        return EXIT_PARTIAL if self.failed else EXIT_OK

    def summary(self) -> str:
        out = ", ".join(f"{k} {v}" for k, v in sorted(self.outcomes.items()))
        arts = ", ".join(f"{k} {v}" for k, v in sorted(self.articles.items())) or "none"
        return (f"crawl run {self.run_id}{' (resumed)' if self.resumed else ''}: {self.visited} URLs in "
                f"{self.seconds:.1f}s ({out}); articles: {arts}; failed {self.failed}")


class Crawl:
    """One crawl run over some sites, into one Store."""

    def __init__(self, store, sites: list[Site], options: CrawlOptions, resources=None) -> None:
        self.store, self.conn, self.options = store, store.conn, options
        self.sites = {s.name: s for s in sites}
        self.clock = HostClock(options.delay)
        self.fetcher = Fetcher(options.fetch, self.clock)
        self.robots = Robots(self._get_robots)
        self.jlog = JsonLog(options.log_path)
        self._resources = resources
        self.run_id = 0
        self._delays_set: set[str] = set()
        self.articles: Counter = Counter()  # store.save outcomes: new, changed, unchanged, empty

    # -- the loop ------------------------------------------------------------
    def run(self) -> CrawlResult:
        t0 = time.monotonic()
        db.ensure_schema(self.conn)
        self.run_id, resumed = db.open_run(self.conn, os.getpid())
        with self.conn:
            for site in self.sites.values():
                db.enqueue(self.conn, [(u, site.name, 0, "page") for u in site.start])
                db.enqueue(self.conn, [(u, site.name, 0, "feed") for u in site.feeds + site.sitemaps])
        per_site = Counter({r[0]: r[1] for r in self.conn.execute(
            "SELECT site, COUNT(*) FROM frontier WHERE state != 'pending' AND outcome NOT IN ('disallowed', "
            "'unknown_site') GROUP BY site")})  # --max-pages counts requests, not URLs skipped unasked
        progress = Progress(self.options.progress)
        try:
            while True:
                if self.options.max_pages is not None and sum(per_site.values()) >= self.options.max_pages:
                    break
                full = [name for name in per_site if self._site_full(name, per_site)]
                rows = db.pending(self.conn, 256, exclude=full)
                if not rows:
                    break
                row = self._pick(rows)
                outcome = self._visit(row)
                if outcome not in ("disallowed", "unknown_site"):
                    per_site[row["site"]] += 1
                progress.step(row["url"], outcome, sum(db.counts(self.conn).values()))
        finally:
            self.jlog.close()
        outcomes = Counter(db.outcomes(self.conn))
        result = CrawlResult(self.run_id, resumed, outcomes, self.articles, sum(outcomes.values()),
                             db.counts(self.conn).get("failed", 0), time.monotonic() - t0)
        db.finish_run(self.conn, self.run_id, {"outcomes": dict(outcomes), "articles": dict(self.articles)})
        progress.close(result.summary())
        return result

    def _site_full(self, name: str, per_site: Counter) -> bool:
        limit = self.sites[name].max_pages if name in self.sites else 0
        return limit is not None and per_site[name] >= limit

    def _pick(self, rows: list) -> object:
        """The first queued URL whose host may be asked now, else the one whose host is free soonest."""
        hosts = {urlsplit(r["url"]).hostname or "" for r in rows}
        wait = {h: self.clock.ready_in(h) for h in hosts}  # once per host: the clock moves while we look
        return min(rows, key=lambda r: wait[urlsplit(r["url"]).hostname or ""])  # min keeps queue order on ties

    # -- one URL -------------------------------------------------------------
    def _visit(self, row) -> str:
        url, site = row["url"], self.sites.get(row["site"])
        if site is None:  # queued by an earlier run of another sources file
            return self._settle(row, "skipped", "unknown_site")
        if not self.robots.allowed(url):
            return self._settle(row, "done", "disallowed", self._log(Fetched(url, url, "disallowed")))
        self._set_delay(url, site)
        prev = db.page(self.conn, url)
        stored = db.stored_html(prev)
        # validators are worth sending when we kept the body, or when the body was refused (PDF, too large)
        known = stored is not None or (prev is not None and prev["kind"] in ("not_html", "too_large"))
        fetched = self.fetcher.get(
            url, etag=prev["etag"] if known else None, last_modified=prev["last_modified"] if known else None,
            accept=FEED_TYPES if row["kind"] == "feed" else HTML_TYPES,
            allowed=lambda u: host_of(u) in site.scope.hosts and self.robots.allowed(u))
        entry = self._log(fetched)
        if fetched.outcome == "not_modified" and stored is not None:
            body, changed = stored, False
        elif fetched.outcome == "ok":
            body = fetched.body
            changed = prev is None or prev["content_hash"] != content_hash(body)
        else:
            if fetched.outcome in ("not_html", "too_large"):  # remember the validators, not the body
                with self.conn:
                    db.save_page(self.conn, {"url": url, "site": site.name, "kind": fetched.outcome,
                                             "final_url": normalize_url(fetched.final_url) or url,
                                             "fetched_at": db.now(), "status": fetched.status,
                                             "etag": fetched.etag, "last_modified": fetched.last_modified})
            return self._settle(row, "failed" if fetched.failed else "done", fetched.outcome, entry)
        final = normalize_url(fetched.final_url) or url
        values = {"url": url, "site": site.name, "final_url": final, "fetched_at": db.now(), "status": fetched.status,
                  "redirects": json.dumps(fetched.redirects) if fetched.redirects else None}
        if fetched.outcome == "ok":
            values.update(etag=fetched.etag, last_modified=fetched.last_modified, content_hash=content_hash(body),
                          html_z=db.compress(body))
            if changed:
                values["changed_at"] = values["fetched_at"]
        if row["kind"] == "feed":
            links = self._feed(body, final, row, values)
        else:
            links = self._page(body, fetched, prev, changed, final, site, row, values)
        with self.conn:
            db.save_page(self.conn, values)
            db.enqueue(self.conn, links)
            if final != url:
                db.settle_alias(self.conn, final, site.name, row["depth"], fetched.outcome)
            db.mark(self.conn, url, "done", fetched.outcome)
            db.log_fetch(self.conn, self.run_id, entry)
        return fetched.outcome

    def _page(self, body: bytes, fetched: Fetched, prev, changed: bool, final: str, site: Site, row,
              values: dict) -> list[tuple]:
        """Decode, extract the article when new or changed, and return the links to queue."""
        charset_hint = fetched.content_type if fetched.outcome == "ok" else f"charset={prev['charset'] or ''}"
        html, charset = decode_html(body, charset_hint)
        values["charset"] = charset
        is_article = site.scope.is_article(final)
        values["kind"] = "article" if is_article else "listing"
        if is_article and (changed or self._stale(prev)):
            pa = page_article(html, final, site.province, site.drop)
            art = pa.article
            values.update(canonical_url=pa.canonical_url, text=art.text, title=art.title, doc_id=art.id,
                          published=art.published.isoformat() if art.published else None, region=art.region_hint)
            if art.text.strip():
                self.articles[self._save(art)] += 1
            else:
                self.articles["empty"] += 1
        depth = row["depth"] + 1
        if depth > self._max_depth(site):
            return []
        return [(u, site.name, depth, "page") for u in extract_links(html, final) if site.scope.accepts(u)]

    def _feed(self, body: bytes, final: str, row, values: dict) -> list[tuple]:
        """A sitemap or feed: its pages at the next depth, nested sitemaps at the same depth."""
        site = self.sites[row["site"]]
        values["kind"] = "feed"
        pages, subs = parse_listing(body)
        out = [(u, site.name, row["depth"], "feed") for u in (normalize_url(s, final) for s in subs) if u]
        if row["depth"] + 1 <= self._max_depth(site):
            urls = (normalize_url(p, final) for p in pages)
            out += [(u, site.name, row["depth"] + 1, "page") for u in urls if u and site.scope.accepts(u)]
        return out

    def _stale(self, prev) -> bool:
        """A stored page whose article was made by an older extractor version: re-extract, no re-fetch."""
        from extractor.pipeline import EXTRACTOR_VERSION

        if prev is None or not prev["doc_id"]:
            return True
        row = self.conn.execute("SELECT extractor_version FROM articles WHERE doc_id = ?", (prev["doc_id"],)).fetchone()
        return row is None or (row[0] or "") != EXTRACTOR_VERSION

    def _save(self, article) -> str:
        from extractor.pipeline import EXTRACTOR_VERSION, extract_article, load_resources

        if self._resources is None:
            self._resources = load_resources()
        records = extract_article(article, self._resources)
        return self.store.save(article, records, version=EXTRACTOR_VERSION)

    def _max_depth(self, site: Site) -> int:
        return site.max_depth if site.max_depth is not None else self.options.max_depth

    def _set_delay(self, url: str, site: Site) -> None:
        host = urlsplit(url).hostname or ""
        if host not in self._delays_set:
            base = site.delay if site.delay is not None else self.options.delay
            self.clock.set_delay(host, max(base, self.robots.crawl_delay(url) or 0.0))
            self._delays_set.add(host)

    # -- bookkeeping ---------------------------------------------------------
    def _get_robots(self, url: str) -> Fetched:
        fetched = self.fetcher.get(url, accept=None)
        entry = self._log(fetched)
        with self.conn:
            db.log_fetch(self.conn, self.run_id, entry)
        return fetched

    def _log(self, f: Fetched) -> dict:
        entry = {"ts": db.now(), "url": f.url, "final_url": f.final_url if f.final_url != f.url else None,
                 "status": f.status, "bytes": len(f.body), "ms": f.ms, "outcome": f.outcome,
                 "attempts": f.attempts, "redirects": f.redirects or None, "error": f.error}
        self.jlog.write(entry)
        return entry

    def _settle(self, row, state: str, outcome: str, entry: dict | None = None) -> str:
        with self.conn:
            db.mark(self.conn, row["url"], state, outcome)
            if entry is not None:
                db.log_fetch(self.conn, self.run_id, entry)
        return outcome
