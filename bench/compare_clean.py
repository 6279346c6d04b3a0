"""Records from HTML with the fast cleaner vs the trafilatura-only cleaner, page by page.

Runs what `extractor extract` runs for each page (batch.process_item on an
HTML work item: decode, clean, extract) twice, once with the fast lxml
cleaner (extractor/clean_fast.py, trafilatura as fallback) and once with
trafilatura only, over the pages of bench/build_archive.py and every HTML
page of the fake test site (tests/fakesite).  For the archive pages the
source text is known, so both are also compared with the records of the
plain text itself.  Prints counts of identical / differing articles (records,
then text, title, date, URL) and the diffs.

    python bench/compare_clean.py --n 200
    python bench/compare_clean.py --n 200 --diffs 50 --text-diffs
"""

from __future__ import annotations

import argparse
import difflib
import json
import logging
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "tests"))

from extractor import clean  # noqa: E402
from extractor.article import Article  # noqa: E402
from extractor.batch import Done, Options, process_item  # noqa: E402
from extractor.readers import Pending  # noqa: E402


def archive_pages(n: int, tmp: Path) -> list[tuple[str, bytes, str | None, str | None]]:
    """(id, html bytes, url, source text) of n build_archive pages."""
    from build_archive import build, load_articles

    html_dir, _ = build(n, tmp / "archive", per_warc=max(1, n))
    arts = load_articles()
    return [(p.stem, p.read_bytes(), None, arts[i % len(arts)]["text"])
            for i, p in enumerate(sorted(html_dir.glob("*.html")))]


# Five common layouts of Vietnamese news sites (as the markup of real CMSs is shaped, not copied from any):
# {title} {sapo} {body} {related} {date_iso} {date_vn}; the body is rendered per layout by PARA.
LAYOUTS = {
    "express": ('<html><head><meta charset="utf-8"><title>{title} - Báo Điện tử</title>'
                '<meta name="pubdate" content="{date_iso}T07:49:00+07:00"></head><body>'
                '<header class="header"><a class="logo" href="/">Báo</a><nav class="main-nav"><a href="/">Thời sự</a>'
                '<a href="/">Kinh doanh</a></nav></header><section class="section page-detail"><div class="container">'
                '<div class="sidebar-1"><div class="header-content"><ul class="breadcrumb"><li><a href="/">Thời sự</a></li>'
                '</ul><span class="date">Thứ hai, {date_vn}, 07:49 (GMT+7)</span></div><h1 class="title-detail">{title}</h1>'
                '<p class="description">{sapo}</p><article class="fck_detail">{body}</article>'
                '<div class="box-tinlienquan"><ul>{related}</ul></div><div class="box-comment">Ý kiến (12)</div></div>'
                '<div class="sidebar-2"><div class="box-most-viewed"><ul>{related}</ul></div></div></div></section>'
                '<footer class="footer">© Bản quyền. Hotline: 0123 456 789</footer></body></html>'),
    "singular": ('<html><head><meta charset="utf-8"><title>{title} | Báo Dân</title>'
                 '<script type="application/ld+json">{{"@type":"NewsArticle","datePublished":"{date_iso}T07:49:00+07:00"}}'
                 '</script></head><body><div class="site-header"><ul class="menu"><li><a href="/">Xã hội</a></li></ul></div>'
                 '<main class="body-container"><article class="singular-container"><h1 class="title-page detail">{title}</h1>'
                 '<div class="author-wrap"><time class="author-time" datetime="{date_iso} 07:49">{date_vn} - 07:49</time></div>'
                 '<h2 class="singular-sapo">{sapo}</h2><div class="singular-content">{body}</div>'
                 '<div class="article-related"><h3>Tin liên quan</h3><ul>{related}</ul></div></article>'
                 '<div class="article-aside"><div class="box-hot"><ul>{related}</ul></div></div></main>'
                 '<div class="site-footer">Giấy phép số 123</div></body></html>'),
    "table": ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>LIÊN ĐOÀN LAO ĐỘNG TỈNH'
              '</title></head><body><table width="1000"><tr><td colspan="2"><img src="/b.jpg"></td></tr><tr>'
              '<td width="240" class="col-left"><div class="box">{related_br}</div></td><td class="col-right">'
              '<div class="news-title">{title}</div><div class="news-date">Cập nhật: {date_dash} | 09:56:36</div>'
              '<div class="news-body">{sapo}<br><br>{body}</div><div class="other-news"><b>Các tin khác:</b><br>'
              '{related_br}</div></td></tr><tr><td colspan="2" class="bottom">Bản quyền thuộc LĐLĐ tỉnh</td></tr>'
              '</table></body></html>'),
    "wordpress": ('<html><head><meta charset="utf-8"><title>{title} &#8211; Công đoàn ngành</title>'
                  '<meta property="article:published_time" content="{date_iso}T08:00:00+00:00"></head><body class="single">'
                  '<div id="page"><header id="masthead" class="site-header"><h1 class="site-title">Công đoàn ngành</h1>'
                  '</header><div id="content" class="site-content"><div id="primary" class="content-area"><main id="main">'
                  '<article class="post type-post"><header class="entry-header"><h1 class="entry-title">{title}</h1>'
                  '<div class="entry-meta"><time class="entry-date published" datetime="{date_iso}T08:00:00+00:00">'
                  '{date_vn}</time></div></header><div class="entry-content"><p><strong>{sapo}</strong></p>{body}'
                  '<div class="sharedaddy"><h3>Chia sẻ:</h3><a href="#">Facebook</a></div></div>'
                  '<footer class="entry-footer"><span class="tags-links">Thẻ: <a href="/t">công đoàn</a></span></footer>'
                  '</article><div id="comments" class="comments-area"><h2>2 bình luận</h2><p>Bài viết hay, có 300 suất quà.'
                  '</p></div></main></div><div id="secondary" class="widget-area"><section class="widget"><ul>{related}'
                  '</ul></section></div></div></div></body></html>'),
    "portal": ('<html><head><meta charset="utf-8"><title>Cổng thông tin điện tử Công đoàn</title></head><body>'
               '<div id="banner"></div><div id="menu-top"><a href="/">Trang chủ</a> | <a href="/">Tin tức</a></div>'
               '<div class="main"><div class="left-col"><div class="news-detail"><div class="title">{title}</div>'
               '<div class="date">Ngày đăng: {date_vn}</div><div class="summary"><b>{sapo}</b></div>'
               '<div class="content">{body_div}</div><div class="print-send"><a href="#">In trang</a></div>'
               '<div class="other-news"><div class="other-title">Các tin khác</div><ul>{related}</ul></div></div></div>'
               '<div class="right-col"><div class="box-link"><ul>{related}</ul></div><div class="thong-ke">Đang truy cập: 12'
               '</div></div></div><div id="footer">Cơ quan chủ quản: LĐLĐ tỉnh</div></body></html>'),
}


def layout_pages(n: int) -> list[tuple[str, bytes, str | None, str | None]]:
    """n pages: the corpus articles in the five LAYOUTS in turn; the source text is title + sapo + body."""
    import html as h

    from build_archive import RELATED, load_articles

    arts, out = load_articles(), []
    for i in range(n):
        a, name = arts[i % len(arts)], list(LAYOUTS)[i % len(LAYOUTS)]
        lines = [ln.strip() for ln in a["text"].splitlines() if ln.strip()]
        if len(lines) < 3:
            continue
        title, sapo, body = lines[0], lines[1], lines[2:]
        day = str(a["published"] or "2024-05-0%d" % (1 + i % 9))[:10]
        related = [t.format(k=i % 40 + 1) for t in RELATED]
        page = LAYOUTS[name].format(
            title=h.escape(title), sapo=h.escape(sapo), body="".join(f"<p>{h.escape(x)}</p>" for x in body),
            body_div="".join(f"<div>{h.escape(x)}</div>" for x in body),
            related="".join(f'<li><a href="/r{k}">{h.escape(t)}</a></li>' for k, t in enumerate(related)),
            related_br="".join(f'<a href="/r{k}">{h.escape(t)}</a><br>' for k, t in enumerate(related)),
            date_iso=day, date_vn=f"{day[8:]}/{day[5:7]}/{day[:4]}", date_dash=f"{day[8:]}-{day[5:7]}-{day[:4]}")
        out.append((f"{name}-{i:04d}", page.encode("utf-8"), f"https://bao.example.vn/{name}/{i}.html",
                    "\n".join([title, sapo, *body])))
    return out


def fakesite_pages() -> list[tuple[str, bytes, str | None, str | None]]:
    """Every HTML page the fake site serves (articles, listings, odd cases), with its URL."""
    from fakesite.server import FakeSite

    seeds = [(p.stem, p.read_text(encoding="utf-8")) for p in sorted((ROOT / "corpus").glob("*.txt"))[:5]]
    site = FakeSite(seeds)
    try:
        out = []
        for path, res in sorted(site.resources.items()):
            if res.status == 200 and res.body and res.content_type.startswith("text/html"):
                src = next((a.text for a in site.articles if a.path == path), None)
                out.append(("fakesite" + path, res.body, site.url(path), src))
        return out
    finally:
        site.server.server_close()


class _PathCount(logging.Handler):
    """Counts the cleaner's debug lines: which path read each page."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.counts: Counter = Counter()

    def emit(self, record: logging.LogRecord) -> None:
        msg = record.getMessage()
        self.counts["fast cleaner" if "fast cleaner" in msg and "not confident" not in msg else "trafilatura fallback"] += 1


def run(pages, fast: bool, paths: Counter | None = None) -> dict[str, dict]:
    """id -> {records, text, title, published, url} with the chosen cleaner."""
    log = logging.getLogger("extractor.clean")
    counter = _PathCount()
    log.addHandler(counter)
    log.setLevel(logging.DEBUG)
    orig = clean.html_to_page
    clean.html_to_page = lambda html, url=None, **kw: orig(html, url, fast=fast)
    opts = Options(keep_articles=True)
    out = {}
    try:
        for doc_id, body, url, _ in pages:
            meta = {"url": url, "content_type": "text/html; charset=utf-8"} if url else {}
            res = process_item(Pending(doc_id, doc_id, "html", data=body, meta=meta), opts)
            if isinstance(res, Done):
                a = res.article
                out[doc_id] = {"records": [r.to_dict() for r in res.records], "text": a.text, "title": a.title,
                               "published": str(a.published), "url": a.url}
            else:
                out[doc_id] = {"records": None, "skipped": res.reason, "text": "", "title": None,
                               "published": None, "url": None}
    finally:
        clean.html_to_page = orig
        log.removeHandler(counter)
    if paths is not None:
        paths.update(counter.counts)
    return out


def source_records(pages) -> dict[str, list]:
    """Records of the plain source text, for pages where it is known (no offsets: the text differs)."""
    out = {}
    for doc_id, _, _, src in pages:
        if src is None:
            continue
        res = process_item(Article(id=doc_id, text=src), Options())
        out[doc_id] = [r.to_dict() for r in res.records] if isinstance(res, Done) else []
    return out


def key_of(rec: dict, periods: bool = True) -> str:
    """A record without its evidence offsets (and without its period, for the source text: it has no date)."""
    r = dict(rec)
    r["evidence"] = (r.get("evidence") or {}).get("sentence")
    if not periods:   # against the source text: no date, and HTML collapses runs of spaces
        r.pop("period_start", None), r.pop("period_end", None)
        r["evidence"] = " ".join((r["evidence"] or "").split())
    return json.dumps(r, ensure_ascii=False, sort_keys=True)


def compare(label: str, pages, args) -> dict:
    t0 = time.perf_counter()
    paths: Counter = Counter()
    new = run(pages, fast=True, paths=paths)
    t1 = time.perf_counter()
    old = run(pages, fast=False)
    t2 = time.perf_counter()
    src = source_records(pages)
    counts: Counter = Counter()
    shown = 0
    for doc_id, *_ in pages:
        a, b = new[doc_id], old[doc_id]
        for field in ("text", "title", "published", "url"):
            counts[f"{field} identical" if a[field] == b[field] else f"{field} differs"] += 1
        ra, rb = a["records"], b["records"]
        if ra == rb:
            counts["records identical"] += 1
        elif ra is not None and rb is not None and Counter(map(key_of, ra)) == Counter(map(key_of, rb)):
            counts["records identical but offsets"] += 1
        else:
            counts["records differ"] += 1
        if doc_id in src:   # closeness to the records of the source text (ignoring offsets and periods)
            want = Counter(key_of(r, False) for r in src[doc_id])
            for name, got in (("fast", ra), ("trafilatura", rb)):
                have = Counter(key_of(r, False) for r in (got or []))
                counts[f"{name}: records = source text"] += have == want
                counts[f"{name}: source records missed"] += sum((want - have).values())
                counts[f"{name}: records not in source"] += sum((have - want).values())
        differs = ra != rb or (args.text_diffs and a["text"] != b["text"]) or a["title"] != b["title"] \
            or a["published"] != b["published"] or a["url"] != b["url"]
        if differs and shown < args.diffs:
            shown += 1
            print(f"\n### {label} {doc_id}")
            for field in ("title", "published", "url"):
                if a[field] != b[field]:
                    print(f"  {field}: trafilatura={b[field]!r}  fast={a[field]!r}")
            if ra != rb:
                sa = Counter(key_of(r) for r in ra or [])
                sb = Counter(key_of(r) for r in rb or [])
                for k, c in sorted((sb - sa).items()):
                    print(f"  - (trafilatura only) x{c}", k[:400])
                for k, c in sorted((sa - sb).items()):
                    print(f"  + (fast only)       x{c}", k[:400])
                if sa == sb:
                    print("  (same records, other offsets)")
            if a["text"] != b["text"] and (args.text_diffs or ra != rb):
                diff = difflib.unified_diff(b["text"].splitlines(), a["text"].splitlines(), "trafilatura", "fast",
                                            lineterm="", n=0)
                for line in list(diff)[2:2 + args.diff_lines]:
                    print("   ", line[:300])
    print(f"\n=== {label}: {len(pages)} pages   fast {t1 - t0:.2f} s, trafilatura-only {t2 - t1:.2f} s   "
          f"(fast run: {paths['fast cleaner']} by the fast cleaner, {paths['trafilatura fallback']} fell back)")
    for k in sorted(counts):
        print(f"  {k:<40} {counts[k]}")
    return counts


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=200, help="build_archive pages")
    ap.add_argument("--layouts", type=int, default=100, help="pages in the five common layouts")
    ap.add_argument("--diffs", type=int, default=20, help="differing pages to print per set")
    ap.add_argument("--diff-lines", type=int, default=12, help="text diff lines per page")
    ap.add_argument("--text-diffs", action="store_true", help="also print pages whose records agree but text differs")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        arch = compare("archive", archive_pages(args.n, Path(tmp)), args)
    site = compare("fakesite", fakesite_pages(), args)
    lay = compare("layouts", layout_pages(args.layouts), args)
    bad = arch["records differ"] + site["records differ"] + lay["records differ"]
    print(f"\nrecords differ on {bad} page(s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
