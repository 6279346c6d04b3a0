"""The crawler's pure parts: charsets, politeness arithmetic, URLs, robots, feeds, sources, cleanup."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from fakesite.server import encode_cp1258  # noqa: E402

from extractor.crawl.decode import decode_html  # noqa: E402
from extractor.crawl.feeds import parse_listing  # noqa: E402
from extractor.crawl.fetch import Fetched, retry_after_seconds  # noqa: E402
from extractor.crawl.frontier import Scope, extract_links, looks_like_article, normalize_url  # noqa: E402
from extractor.crawl.pages import canonical  # noqa: E402
from extractor.crawl.politeness import HostClock  # noqa: E402
from extractor.crawl.robots import rules_from  # noqa: E402
from extractor.crawl.sitefix import blank_line_paragraphs, prune  # noqa: E402
from extractor.crawl.sources import load_sources  # noqa: E402
from extractor.errors import UserError  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
VI = "Liên đoàn Lao động tỉnh kết nạp mới 1.696 đoàn viên công đoàn, đạt 113% kế hoạch."


def test_windows_1258_with_meta_is_decoded_to_composed_vietnamese():
    body = b'<html><head><meta charset="windows-1258"></head><body><p>' + encode_cp1258(VI) + b"</p></body></html>"
    text, charset = decode_html(body, "text/html")
    assert charset == "cp1258" and VI in text
    assert decode_html(body, "text/html")[0] == text  # the same answer every time


def test_header_charset_beats_meta_but_a_default_latin1_header_does_not():
    body = ('<meta charset="windows-1258"><p>' + VI + "</p>").encode("utf-8")
    assert decode_html(body, "text/html; charset=utf-8") == (body.decode("utf-8"), "utf-8")
    cp = ('<meta charset="windows-1258"><p>').encode() + encode_cp1258(VI)
    assert VI in decode_html(cp, "text/html; charset=ISO-8859-1")[0]


def test_utf8_bom_and_undecodable_bytes_never_raise():
    assert decode_html(b"\xef\xbb\xbf<p>" + VI.encode() + b"</p>")[0] == "<p>" + VI + "</p>"
    text, _ = decode_html(b"<p>\xff\xfe\xfd broken</p>", "text/html; charset=utf-8")
    assert "broken" in text


def test_host_clock_spaces_requests_per_host_and_honours_retry_after():
    t = [100.0]
    slept = []
    clock = HostClock(2.0, now=lambda: t[0], sleep=lambda s: (slept.append(s), t.__setitem__(0, t[0] + s)))
    clock.wait("a")
    clock.done("a")
    assert slept == [] and clock.ready_in("a") == 2.0 and clock.ready_in("b") == 0
    t[0] += 0.5
    clock.wait("a")
    assert slept == [1.5]
    clock.set_delay("a", 10)
    clock.done("a")
    clock.defer("a", 3)  # a shorter Retry-After never shortens the pause
    assert clock.ready_in("a") == 10
    clock.defer("a", 60)
    assert clock.ready_in("a") == 60


def test_retry_after_reads_seconds_and_http_dates():
    from datetime import datetime, timezone

    now = datetime(2024, 7, 1, 8, 0, tzinfo=timezone.utc)
    assert retry_after_seconds("120") == 120
    assert retry_after_seconds("Mon, 01 Jul 2024 08:01:30 GMT", now) == 90
    assert retry_after_seconds("soon") is None and retry_after_seconds(None) is None


def test_urls_are_normalised_and_junk_links_dropped():
    assert normalize_url("HTTP://BaoPhuTho.vn:80/a-b.htm?utm_source=fb&id=3#top") == "http://baophutho.vn/a-b.htm?id=3"
    assert normalize_url("/tin?page=2", "https://baolamdong.vn/xa-hoi/") == "https://baolamdong.vn/tin?page=2"
    assert normalize_url("mailto:a@b.vn") is None and normalize_url("javascript:void(0)") is None
    html = '<a href="/x-1.htm">1</a><a href="#c">c</a><a href="/anh.jpg">i</a><a href="/x-1.htm#t">again</a>'
    assert extract_links(html, "https://baophutho.vn/") == ["https://baophutho.vn/x-1.htm"]
    assert extract_links("", "https://baophutho.vn/") == []


@pytest.mark.parametrize("url", [
    "https://baoquangnam.vn/xa-hoi/lien-doan-lao-dong-tinh-phat-trien-them-hon-8800-doan-vien-moi-121005.html",
    "https://nld.com.vn/Print.aspx?NewsID=20141209213030328",
    "https://congdoan.quangngai.gov.vn/i2718-cong-doan-nganh-y-te-cham-lo-tet-doan-vien.aspx",
])
def test_default_article_test_takes_news_article_urls(url):
    assert looks_like_article(url) or "NewsID" in url  # query ids need a site pattern


@pytest.mark.parametrize("url", ["https://baophutho.vn/", "https://baolamdong.vn/xa-hoi/?page=2",
                                 "https://baodongthap.vn/xa-hoi/", "https://baokhanhhoa.vn/xa-hoi/201408/"])
def test_default_article_test_refuses_listings(url):
    assert not looks_like_article(url)


def test_scope_keeps_to_the_site_and_its_patterns():
    import re

    scope = Scope(frozenset({"baophutho.vn"}), allow=(re.compile("/cong-doan/"),), deny=(re.compile("/in-bai/"),),
                  article=re.compile(r"-\d{5,}\.htm$"))
    assert scope.accepts("https://m.baophutho.vn/cong-doan/")
    assert scope.accepts("https://baophutho.vn/tet-sum-vay-246470.htm")  # an article outside the section
    assert not scope.accepts("https://baophutho.vn/the-thao/")
    assert not scope.accepts("https://baophutho.vn/cong-doan/in-bai/1")
    assert not scope.accepts("https://laodong.vn/cong-doan/")


def test_robots_missing_allows_all_unreadable_disallows_all():
    url = "https://baophutho.vn/cong-doan/a-12345.htm"
    assert rules_from(Fetched(url, url, "gone", status=404)).can_fetch(url, "unionstats-crawler")
    assert not rules_from(Fetched(url, url, "http_error", status=503)).can_fetch(url, "unionstats-crawler")
    assert not rules_from(Fetched(url, url, "error")).can_fetch(url, "unionstats-crawler")
    rules = rules_from(Fetched(url, url, "ok", status=200, body=b"User-agent: *\nDisallow: /cong-doan/\n"))
    assert not rules.can_fetch(url, "unionstats-crawler") and rules.can_fetch("https://baophutho.vn/", "x")


def test_sitemaps_indexes_and_feeds_list_their_urls():
    ns = 'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"'
    urlset = f'<?xml version="1.0"?><urlset {ns}><url><loc> https://a.vn/x-1.htm </loc></url></urlset>'.encode()
    index = f'<sitemapindex {ns}><sitemap><loc>https://a.vn/s2.xml</loc></sitemap></sitemapindex>'.encode()
    rss = b"<rss><channel><link>https://a.vn/</link><item><link>https://a.vn/y-2.htm</link></item></channel></rss>"
    atom = (b'<feed xmlns="http://www.w3.org/2005/Atom"><entry><link rel="alternate" href="https://a.vn/z-3.htm"/>'
            b"</entry></feed>")
    assert parse_listing(urlset) == (["https://a.vn/x-1.htm"], [])
    assert parse_listing(index) == ([], ["https://a.vn/s2.xml"])
    assert parse_listing(rss) == (["https://a.vn/y-2.htm"], [])
    assert parse_listing(atom) == (["https://a.vn/z-3.htm"], [])
    assert parse_listing(b"not xml at all") == ([], [])


def test_shipped_sources_are_valid_and_their_patterns_match_their_examples():
    import yaml

    sites, defaults = load_sources(ROOT / "sources.yaml")
    raw = {s["name"]: s for s in yaml.safe_load((ROOT / "sources.yaml").read_text(encoding="utf-8"))["sites"]}
    regions = (ROOT / "patterns" / "regions.tsv").read_text(encoding="utf-8")
    assert len(sites) >= 10 and defaults["delay"] >= 1
    for site in sites:
        examples = raw[site.name].get("examples") or []
        assert examples, site.name
        assert all(site.scope.is_article(u) for u in examples), site.name
        assert not any(site.scope.is_article(u) for u in site.start), site.name  # a start page is a listing
        assert site.province and site.province in regions, site.name


@pytest.mark.parametrize("text, reason", [
    ("sites: [", "not valid YAML"),
    ("sites: []", "non-empty 'sites'"),
    ("sites:\n  - name: A\n", "needs at least one of"),
    ("sites:\n  - name: A\n    start: [ftp://x]\n", "not an http(s) URL"),
    ("sites:\n  - name: A\n    start: [http://a.vn/]\n    article: '('\n", "bad regular expression"),
    ("sites:\n  - name: A\n    start: [http://a.vn/]\n    delay: soon\n", "'delay' must be a number"),
    ("sites:\n  - name: A\n    start: [http://a.vn/]\n    stat: [x]\n", "unknown field"),
])
def test_bad_sources_file_is_one_clear_line(tmp_path, text, reason):
    p = tmp_path / "s.yaml"
    p.write_text(text, encoding="utf-8")
    with pytest.raises(UserError) as err:
        load_sources(p)
    assert str(p) in str(err.value) and reason in str(err.value) and "\n" not in str(err.value)


def test_prune_drops_furniture_but_never_the_article():
    html = ('<html><body><div class="main-share-layout"><article><p>' + VI + '</p>'
            '<div class="related-news">Kết nạp 1.500 đoàn viên</div><span class="view-count">Lượt xem: 2.345</span>'
            '<div class="box-ads">Quảng cáo 0912</div></article></div></body></html>')
    out = prune(html, [".box-ads", "p[["])  # a broken selector costs only itself
    assert VI in out and "1.500" not in out and "Lượt xem" not in out and "Quảng cáo" not in out


def test_blank_line_paragraphs_is_idempotent():
    text = "11. Tổ chức 18 cuộc giám sát.\n12. Ký mới 21 thỏa ước.\n\nHết."
    once = blank_line_paragraphs(text)
    assert once == "11. Tổ chức 18 cuộc giám sát.\n\n12. Ký mới 21 thỏa ước.\n\nHết." and blank_line_paragraphs(once) == once


def test_canonical_must_stay_on_the_site_and_off_the_home_page():
    page = "https://baophutho.vn/tet-sum-vay-246470.htm?utm_source=zalo"
    assert canonical("https://baophutho.vn/tet-sum-vay-246470.htm", page) == "https://baophutho.vn/tet-sum-vay-246470.htm"
    assert canonical("https://baophutho.vn/", page) == page
    assert canonical("https://aggregator.example/copy-1.htm", page) == page
