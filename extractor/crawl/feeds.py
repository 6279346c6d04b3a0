"""URLs listed by sitemaps (urlset, sitemapindex) and feeds (RSS, Atom).

Parsed with lxml's XML parser with network access and entities off, since
the files come from the web; a broken file yields what could be read.
"""

from __future__ import annotations

import gzip


def _root(body: bytes):
    from lxml import etree

    if body[:2] == b"\x1f\x8b":
        try:
            body = gzip.decompress(body)
        except OSError:
            return None
    parser = etree.XMLParser(resolve_entities=False, no_network=True, recover=True, huge_tree=False)
    try:
        return etree.fromstring(body.lstrip(), parser)
    except etree.XMLSyntaxError:
        return None


def _local(tag: object) -> str:
    return tag.rsplit("}", 1)[-1].lower() if isinstance(tag, str) else ""


def parse_listing(body: bytes) -> tuple[list[str], list[str]]:
    """(page URLs, further sitemap URLs) named by a sitemap, sitemap index or feed."""
    root = _root(body)
    if root is None:
        return [], []
    kind = _local(root.tag)
    pages: list[str] = []
    subs: list[str] = []
    for el in root.iter():
        name = _local(el.tag)
        if kind in ("urlset", "sitemapindex") and name == "loc" and el.text:
            parent = _local(el.getparent().tag) if el.getparent() is not None else ""
            (subs if parent == "sitemap" else pages).append(el.text.strip())
        elif kind in ("rss", "rdf") and name == "link" and el.text and _local(el.getparent().tag) == "item":
            pages.append(el.text.strip())
        elif kind == "feed" and name == "link" and _local(el.getparent().tag) == "entry":
            if el.get("rel", "alternate") == "alternate" and el.get("href"):
                pages.append(el.get("href").strip())
    return pages, subs
