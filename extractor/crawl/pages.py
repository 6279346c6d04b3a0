"""A fetched article page -> an Article for the pipeline.

The article id comes from the canonical URL, so the same story reached
through two URLs (a redirect, a tracking parameter, the mobile host) is one
article, and a changed page replaces its records instead of adding copies.
"""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass
from urllib.parse import urlsplit

from extractor.article import Article, url_doc_id
from extractor.crawl.frontier import host_of, normalize_url
from extractor.crawl.sitefix import blank_line_paragraphs, prune

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class PageArticle:
    article: Article
    canonical_url: str


doc_id = url_doc_id


def content_hash(body: bytes) -> str:
    return hashlib.sha256(body).hexdigest()


def canonical(candidate: str | None, final_url: str) -> str:
    """The page's canonical URL when it points into the same site, else the URL fetched.

    Some CMSs put the home page or another host in rel=canonical; trusting
    that would merge unrelated articles into one id.
    """
    url = normalize_url(candidate or "", final_url)
    if url and host_of(url) == host_of(final_url) and urlsplit(url).path.strip("/"):
        return url
    return final_url


def region_of(province: str | None, url: str) -> str | None:
    """The site's province from sources.yaml, else what the URL's host or slug says."""
    if province:
        return province
    try:
        from extractor.regions import province_of_url
    except ImportError:
        return None
    try:
        return province_of_url(url)
    except Exception as exc:  # a region hint is a fallback: never worth losing the page
        log.debug("no region for %s: %s", url, exc)
        return None


def page_article(html: str, final_url: str, province: str | None, drop: tuple[str, ...] = ()) -> PageArticle:
    """Clean one article page and build its Article (text, title, date, canonical URL, region)."""
    from extractor.clean import html_to_page

    page = html_to_page(prune(html, drop), final_url)
    url = canonical(page.canonical_url, final_url)
    art = Article(id=doc_id(url), text=blank_line_paragraphs(page.text), url=url, published=page.published, title=page.title,
                  source=final_url, region_hint=region_of(province, url))
    return PageArticle(art, url)
