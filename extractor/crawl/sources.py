"""The sites to crawl: a YAML file (`--sources`) or start URLs on the command line.

Each site names its start pages, RSS feeds or sitemaps, the URL patterns of
its article pages, its province (the region hint of its articles), its own
delay and the CSS selectors of furniture to drop before cleaning.  A bad
file is reported as one line naming the file, the site and the field.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from extractor.crawl.frontier import Scope, host_of, normalize_url
from extractor.errors import InputError, UserError
from extractor.yamlio import load_yaml

LIST_FIELDS = ("start", "feeds", "sitemaps", "allow", "deny", "drop")
# `examples`: article URLs the `article` pattern must match (checked by the tests, unused by the crawl)
KNOWN = set(LIST_FIELDS) | {"name", "province", "article", "delay", "max_depth", "max_pages", "examples"}


@dataclass(frozen=True)
class Site:
    name: str
    start: tuple[str, ...] = ()
    feeds: tuple[str, ...] = ()
    sitemaps: tuple[str, ...] = ()
    province: str | None = None
    allow: tuple[str, ...] = ()
    deny: tuple[str, ...] = ()
    article: str | None = None
    delay: float | None = None
    max_depth: int | None = None
    max_pages: int | None = None
    drop: tuple[str, ...] = ()
    scope: Scope = field(default=None, compare=False, repr=False)  # type: ignore[assignment]

    def __post_init__(self) -> None:
        hosts = frozenset(host_of(u) for u in self.start + self.feeds + self.sitemaps)
        scope = Scope(hosts=hosts, allow=_compile(self.allow, self.name), deny=_compile(self.deny, self.name),
                      article=_compile((self.article,), self.name)[0] if self.article else None)
        object.__setattr__(self, "scope", scope)


def _compile(patterns: tuple[str, ...], site: str) -> tuple[re.Pattern, ...]:
    out = []
    for p in patterns:
        try:
            out.append(re.compile(p))
        except re.error as exc:
            raise UserError(f"site {site!r}: bad regular expression {p!r}: {exc}") from None
    return tuple(out)


def _urls(values: list[str], where: str) -> tuple[str, ...]:
    out = []
    for v in values:
        url = normalize_url(str(v))
        if url is None:
            raise UserError(f"{where}: not an http(s) URL: {v!r}")
        out.append(url)
    return tuple(out)


def sites_from_urls(urls: list[str], allow: list[str], deny: list[str], article: str | None = None) -> list[Site]:
    """One site per host of the start URLs given on the command line."""
    by_host: dict[str, list[str]] = {}
    for url in _urls(urls, "start URL"):
        by_host.setdefault(host_of(url), []).append(url)
    return [Site(name=host, start=tuple(starts), allow=tuple(allow), deny=tuple(deny), article=article)
            for host, starts in by_host.items()]


def load_sources(path: str | Path) -> tuple[list[Site], dict]:
    """(sites, defaults) from a sources YAML file."""
    import yaml

    p = Path(path)
    try:
        data = load_yaml(p.read_text(encoding="utf-8"))
    except OSError as exc:
        raise InputError(f"{p}: cannot read ({exc.strerror})") from None
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        raise InputError(f"{p}: not valid YAML ({str(exc).splitlines()[0]})") from None
    if not isinstance(data, dict) or not isinstance(data.get("sites"), list) or not data["sites"]:
        raise InputError(f"{p}: expected a mapping with a non-empty 'sites' list")
    defaults = data.get("defaults") or {}
    if not isinstance(defaults, dict):
        raise InputError(f"{p}: 'defaults' must be a mapping")
    sites, names = [], set()
    for i, raw in enumerate(data["sites"], 1):
        try:
            site = _site(raw, defaults, f"{p}: site {i}")
        except UserError as exc:
            raise InputError(f"{p}: {exc}" if not str(exc).startswith(str(p)) else str(exc)) from None
        if site.name in names:
            raise InputError(f"{p}: site name {site.name!r} appears twice")
        names.add(site.name)
        sites.append(site)
    return sites, defaults


def _site(raw: object, defaults: dict, where: str) -> Site:
    if not isinstance(raw, dict):
        raise UserError(f"{where}: expected a mapping")
    name = str(raw.get("name") or "").strip()
    where = f"{where} ({name})" if name else where
    unknown = set(raw) - KNOWN
    if not name:
        raise UserError(f"{where}: 'name' is missing")
    if unknown:
        raise UserError(f"{where}: unknown field(s) {', '.join(sorted(map(str, unknown)))}")
    lists = {}
    for key in LIST_FIELDS:
        value = raw.get(key, [])
        value = [value] if isinstance(value, str) else value
        if not isinstance(value, list):
            raise UserError(f"{where}: '{key}' must be a list")
        lists[key] = tuple(str(v) for v in value)
    for key in ("deny", "drop"):  # site-wide habits (print views, search pages) apply to every site
        common = defaults.get(key) or []
        lists[key] = tuple(str(v) for v in ([common] if isinstance(common, str) else common)) + lists[key]
    for key in ("start", "feeds", "sitemaps"):
        lists[key] = _urls(list(lists[key]), f"{where} '{key}'")
    if not (lists["start"] or lists["feeds"] or lists["sitemaps"]):
        raise UserError(f"{where}: needs at least one of 'start', 'feeds', 'sitemaps'")
    numbers = {}
    for key, kind in (("delay", float), ("max_depth", int), ("max_pages", int)):
        value = raw.get(key, defaults.get(key))
        try:
            numbers[key] = kind(value) if value is not None else None
        except (TypeError, ValueError):
            raise UserError(f"{where}: '{key}' must be a number, not {value!r}") from None
    return Site(name=name, province=raw.get("province"), article=raw.get("article"), **lists, **numbers)
