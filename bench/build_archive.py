"""Render the corpus articles into N news pages (HTML files and WARC archives) for batch benchmarks.

Each page wraps one article (corpus/*.txt, plus ../shared/dev/articles.jsonl
when present; the set is repeated to reach N) in the furniture real
provincial sites have: a menu, a breadcrumb, view and comment counters, a
related-stories box, a footer with a hotline.  The furniture is varied with
a seeded random generator, so runs are reproducible and the cleaner cannot
learn one template.

    python bench/build_archive.py --n 2000 --out /tmp/archive         # html/ + warc/
"""

from __future__ import annotations

import argparse
import html
import io
import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MENUS = (["Trang chủ", "Thời sự", "Công đoàn", "Lao động", "Việc làm", "Pháp luật"],
         ["Tin tức", "Hoạt động công đoàn", "Chính sách", "Đời sống", "Video", "Liên hệ"])
RELATED = ["Hội nghị Ban Chấp hành Liên đoàn Lao động tỉnh lần thứ {k}", "Trao {k} mái ấm công đoàn cho đoàn viên",
           "Tổ chức Tháng Công nhân năm 20{k:02d}", "Đối thoại với {k} doanh nghiệp trên địa bàn"]


# Gold sets whose texts may feed a benchmark: not the exams (extractor/goldsets.EXAMS),
# which nothing but their headline score may read, nor challenge8 (raw HTML pages, no text field).
DISTINCT_SETS = ("challenge", "challenge2", "challenge3", "challenge5", "challenge6", "challenge7")


def distinct_articles() -> list[dict]:
    """Every distinct article text the benchmark may use: load_articles() plus the development gold sets.

    Rendering each once measures what unseen text costs: the text repairer
    memoises its decisions, so a corpus that repeats 45 articles is cheaper
    per page than an archive of different ones.
    """
    arts = load_articles()
    for name in DISTINCT_SETS:
        path = ROOT / "gold" / name / "articles.jsonl"
        for line in path.read_text(encoding="utf-8").splitlines() if path.exists() else []:
            a = json.loads(line)
            if a.get("text"):
                arts.append({"id": f"{name}-{a['id']}", "title": a["text"].strip().splitlines()[0][:150],
                             "text": a["text"], "published": a.get("published")})
    return arts


def load_articles() -> list[dict]:
    """{id, title, text, published} of the corpus and, when beside the project, the dev articles."""
    arts = []
    for p in sorted((ROOT / "corpus").glob("*.txt")):
        text = p.read_text(encoding="utf-8")
        arts.append({"id": p.stem, "title": text.strip().splitlines()[0][:150], "text": text, "published": None})
    dev = ROOT.parent / "shared" / "dev" / "articles.jsonl"
    if dev.exists():
        for line in dev.read_text(encoding="utf-8").splitlines():
            a = json.loads(line)
            arts.append({"id": a["id"], "title": (a.get("title") or a["text"].strip().splitlines()[0])[:150],
                         "text": a["text"], "published": a.get("published")})
    return arts


def render(article: dict, rng: random.Random, n: int) -> str:
    """One news page around the article's paragraphs."""
    esc = html.escape
    menu = "".join(f'<li><a href="/{i}">{esc(m)}</a></li>' for i, m in enumerate(rng.choice(MENUS)))
    paras = "".join(f"<p>{esc(line)}</p>" for line in article["text"].splitlines() if line.strip())
    related = "".join(f'<li><a href="/r/{n}-{i}">{esc(t.format(k=rng.randint(1, 40)))}</a></li>'
                      for i, t in enumerate(rng.sample(RELATED, rng.randint(2, 4))))
    date = article["published"] or "2024-0%d-1%d" % (rng.randint(1, 9), rng.randint(0, 9))
    counters = f"Lượt xem: {rng.randint(100, 99999):,} | Bình luận: {rng.randint(0, 300)}".replace(",", ".")
    return (f'<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{esc(article["title"])}</title>'
            f'<meta property="article:published_time" content="{date}T08:00:00+07:00"></head><body>'
            f'<header><div class="logo">Báo tỉnh</div><ul class="menu">{menu}</ul></header>'
            f'<div class="breadcrumb">Trang chủ / Công đoàn</div><div class="counter">{counters}</div>'
            f'<article><h1>{esc(article["title"])}</h1><div class="content">{paras}</div></article>'
            f'<aside class="related"><h3>Tin liên quan</h3><ul>{related}</ul></aside>'
            f'<footer>Đường dây nóng: 0{rng.randint(200, 299)}.3{rng.randint(100000, 999999)} '
            f'| © Bản quyền thuộc Báo tỉnh</footer></body></html>')


def build(n: int, out: Path, per_warc: int = 500, seed: int = 7,
          arts: list[dict] | None = None) -> tuple[Path, Path]:
    """Write out/html/*.html and out/warc/*.warc.gz with n pages each (of `arts`, default
    load_articles(), repeated to reach n); returns both folders."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    arts, rng = arts or load_articles(), random.Random(seed)
    html_dir, warc_dir = out / "html", out / "warc"
    html_dir.mkdir(parents=True, exist_ok=True)
    warc_dir.mkdir(parents=True, exist_ok=True)
    writer, fh = None, None
    for i in range(n):
        page = render(arts[i % len(arts)], rng, i)
        (html_dir / f"{i:06d}.html").write_text(page, encoding="utf-8")
        if i % per_warc == 0:
            if fh:
                fh.close()
            fh = (warc_dir / f"crawl-{i // per_warc:04d}.warc.gz").open("wb")
            writer = WARCWriter(fh, gzip=True)
        hdr = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(f"https://baotinh.example.vn/cong-doan/{i}.html", "response",
                                                      payload=io.BytesIO(page.encode("utf-8")), http_headers=hdr))
    if fh:
        fh.close()
    return html_dir, warc_dir


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=2000, help="pages to write (the article set is repeated)")
    ap.add_argument("--out", required=True, help="folder to write html/ and warc/ into")
    ap.add_argument("--per-warc", type=int, default=500, help="pages per WARC file")
    args = ap.parse_args()
    html_dir, warc_dir = build(args.n, Path(args.out), args.per_warc)
    print(f"{args.n} pages in {html_dir} and {warc_dir}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
