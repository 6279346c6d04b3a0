"""`extractor crawl`: polite, incremental crawl of provincial news sites into the store.

Exit codes for schedulers: 0 all went well, 1 some pages failed, 3 nothing
was reachable, 75 another crawl holds the database, 2 bad usage.
"""

from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("crawl", help="crawl news sites (start URLs or --sources YAML) into the SQLite store",
                       description="Crawl start URLs or the sites of a sources YAML; new and changed article "
                                   "pages are extracted as they arrive.  Exit: 0 ok, 1 some pages failed, "
                                   "3 nothing reachable, 75 another crawl is running.")
    p.add_argument("start", nargs="*", metavar="START_URL", help="start pages (one site per host)")
    p.add_argument("--sources", metavar="FILE", help="YAML file of sites (see sources.yaml)")
    p.add_argument("--db", default="unionstats.sqlite", help="SQLite file (default: %(default)s)")
    p.add_argument("--max-pages", type=int, default=None, metavar="N", help="stop after N URLs this run")
    p.add_argument("--max-depth", type=int, default=None, metavar="N", help="link depth from the start pages (default 3)")
    p.add_argument("--delay", type=float, default=None, metavar="S", help="seconds between requests to one host (default 5)")
    p.add_argument("--allow", action="append", default=[], metavar="REGEX", help="follow only URLs matching (repeatable)")
    p.add_argument("--deny", action="append", default=[], metavar="REGEX", help="never follow URLs matching (repeatable)")
    p.add_argument("--article", metavar="REGEX", help="URLs of article pages (default: long slug or numeric id)")
    p.add_argument("--timeout", type=float, default=20.0, metavar="S", help="per request (default %(default)s)")
    p.add_argument("--retries", type=int, default=3, metavar="N", help="on 429/5xx/connection errors (default %(default)s)")
    p.add_argument("--backoff", type=float, default=2.0, metavar="S", help="first retry pause, doubling (default %(default)s)")
    p.add_argument("--max-bytes", type=int, default=5_000_000, metavar="N", help="larger pages are skipped")
    p.add_argument("--user-agent", default=None, help="User-Agent header (add a contact address for real crawls)")
    p.add_argument("--log", metavar="FILE", help="append one JSON line per fetch to FILE")
    p.add_argument("--no-progress", action="store_true", help="plain progress lines even on a terminal")
    p.set_defaults(func=run)


def _positive(name: str, value: float | None, minimum: float = 0) -> None:
    from extractor.errors import UserError

    if value is not None and value < minimum:
        raise UserError(f"{name} must be at least {minimum}, not {value}")


def run(args: argparse.Namespace) -> int:
    from extractor.crawl.fetch import DEFAULT_USER_AGENT, FetchConfig
    from extractor.crawl.lock import CrawlLock
    from extractor.crawl.run import Crawl, CrawlOptions
    from extractor.crawl.sources import load_sources, sites_from_urls
    from extractor.errors import UserError
    from extractor.store import Store

    for name, value, minimum in (("--max-pages", args.max_pages, 1), ("--max-depth", args.max_depth, 0),
                                 ("--delay", args.delay, 0), ("--timeout", args.timeout, 0.01),
                                 ("--retries", args.retries, 0), ("--backoff", args.backoff, 0),
                                 ("--max-bytes", args.max_bytes, 1)):
        _positive(name, value, minimum)
    if bool(args.start) == bool(args.sources):
        raise UserError("give start URLs or --sources FILE (one of the two)")
    defaults: dict = {}
    if args.sources:
        sites, defaults = load_sources(args.sources)
    else:
        sites = sites_from_urls(args.start, args.allow, args.deny, args.article)

    def pick(cli, key, fallback):
        return cli if cli is not None else defaults.get(key, fallback)

    options = CrawlOptions(
        delay=float(pick(args.delay, "delay", 5.0)), max_depth=int(pick(args.max_depth, "max_depth", 3)),
        max_pages=args.max_pages, log_path=args.log, progress=False if args.no_progress else None,
        fetch=FetchConfig(user_agent=args.user_agent or defaults.get("user_agent") or DEFAULT_USER_AGENT,
                          timeout=args.timeout, retries=args.retries, backoff=args.backoff, max_bytes=args.max_bytes),
    )
    with CrawlLock(args.db), Store(args.db) as store:
        result = Crawl(store, sites, options).run()
    if result.exit_code == 3:
        print(f"extractor crawl: nothing reachable ({result.visited} URLs tried)")
    return result.exit_code
