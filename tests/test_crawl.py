"""End-to-end crawl of a fake provincial news site served on 127.0.0.1.

The site wraps the seed articles in menus, related boxes and counters and
adds the awkward cases (robots.txt, 404, flaky 500, slow page, redirect,
windows-1258, oversized page, PDF).  The records stored from the crawl must
equal those extracted from the seed .txt files.
"""

from __future__ import annotations

import json
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from fakesite.server import RELATED, FakeSite  # noqa: E402

from extractor.article import Article  # noqa: E402
from extractor.cli import main  # noqa: E402
from extractor.crawl.lock import CrawlLock  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT.parent / "shared" / "seeds"
DELAY = 0.05
FAST = ["--delay", str(DELAY), "--timeout", "0.4", "--retries", "2", "--backoff", "0.05",
        "--max-bytes", "200000", "--no-progress"]
FURNITURE = ("Lượt xem", "Bình luận (17)", "Ý kiến bạn đọc", "Đọc nhiều nhất", "Số lượt truy cập", "Hotline",
             "Chia sẻ Facebook", "Trang chủ", *RELATED)


def seed_texts() -> list[tuple[str, str]]:
    src = ROOT / "corpus" if any((ROOT / "corpus").glob("*.txt")) else SEEDS
    files = sorted(src.glob("*.txt")) if src.exists() else []
    if not files:
        pytest.skip("no corpus/*.txt and no ../shared/seeds")
    return [(p.stem, p.read_text(encoding="utf-8")) for p in files[:5]]


def sources_file(path: Path, site: FakeSite) -> Path:
    path.write_text(
        "sites:\n"
        "  - name: Báo Tỉnh Giả Lập\n"
        "    province: Phú Thọ\n"
        f"    start: ['{site.url('/')}']\n"
        f"    sitemaps: ['{site.url('/sitemap.xml')}']\n"
        "    article: '/cong-doan/[a-z0-9-]+-\\d+\\.html$'\n", encoding="utf-8")
    return path


def crawl(db: Path, sources: Path, *extra: str) -> int:
    return main(["crawl", "--sources", str(sources), "--db", str(db), *FAST, *extra])


def crawl_process(db: Path, sources: Path, *extra: str) -> subprocess.Popen:
    cmd = [sys.executable, "-m", "extractor", "crawl", "--sources", str(sources), "--db", str(db), *FAST, *extra]
    return subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def requests_since(site: FakeSite, t0: float) -> list[tuple]:
    """Requests that arrived after t0 (a slow answer of an earlier run is recorded late)."""
    time.sleep(site.slow + 0.1)  # let the slow page's handler finish and record itself
    return [r for r in list(site.requests) if r[0] >= t0]


def rows(db: Path, sql: str) -> list[tuple]:
    with sqlite3.connect(db) as c:
        return c.execute(sql).fetchall()


def record_keys(records) -> Counter:
    return Counter((r.indicator, r.value, r.unit, r.status) for r in records)


def content(db: Path) -> dict:
    """Everything a run leaves behind except clocks and the fetch log."""
    return {
        "pages": rows(db, "SELECT url, kind, final_url, canonical_url, redirects, status, etag, last_modified, "
                          "content_hash, charset, text, title, published, region, doc_id FROM pages ORDER BY url"),
        "articles": rows(db, "SELECT doc_id, url, published, title, text, source, region_hint, content_hash, "
                             "extractor_version FROM articles ORDER BY doc_id"),
        "records": rows(db, "SELECT * FROM records ORDER BY doc_id, mention"),
    }


@pytest.fixture(scope="module")
def site():
    with FakeSite(seed_texts(), slow=1.0) as s:
        yield s


@pytest.fixture(scope="module")
def first(site, tmp_path_factory):
    """One uninterrupted crawl: (db, sources, log, exit code, server requests during it)."""
    tmp = tmp_path_factory.mktemp("crawl")
    db, log, src = tmp / "u.sqlite", tmp / "log.jsonl", sources_file(tmp / "sources.yaml", site)
    t0 = time.monotonic()
    rc = crawl(db, src, "--log", str(log))
    return db, src, log, rc, requests_since(site, t0)


def test_records_equal_those_of_the_seed_texts(site, first):
    from extractor.pipeline import extract_article, load_resources
    from extractor.store import Store

    db, _, _, rc, _ = first
    assert rc == 1  # the slow page times out: a partial failure, reported as such
    res = load_resources()
    with Store(db) as store:
        stored = {a.url: a for a in store.articles()}
        assert sorted(stored) == sorted(site.url(a.path) for a in site.articles)
        for a in site.articles:
            art = stored[site.url(a.path)]
            expected = extract_article(Article(id="seed", text=a.text), res)
            assert record_keys(store.records(art.id)) == record_keys(expected), a.name
            assert art.region_hint == "Phú Thọ" and art.title == site.title(a)
            assert art.published is not None and art.published.isoformat() == f"2024-06-{10 + a.n:02d}"
            body = art.text.replace("\xa0", " ")
            for para in sorted(a.paragraphs, key=len)[-3:]:
                assert para.replace("\xa0", " ") in body, (a.name, para[:60])
            for junk in FURNITURE:
                assert junk not in body, (a.name, junk)


def test_windows_1258_page_is_decoded_and_recomposed(site, first):
    db = first[0]
    a = next(a for a in site.articles if a.role == "cp1258")
    text, charset = rows(db, f"SELECT text, charset FROM pages WHERE url = '{site.url(a.path)}'")[0]
    assert charset == "cp1258"
    longest = max(a.paragraphs, key=len).replace("\xa0", " ")
    assert longest in text.replace("\xa0", " ") and "\u0323" not in text  # no stray combining dot below


def test_nothing_disallowed_was_fetched(first):
    db, _, log, _, requests = first
    assert not [p for _, p, _, _ in requests if p.startswith("/noi-bo/")]
    assert "/robots.txt" == requests[0][1]
    outcomes = {json.loads(line)["url"].split("/", 3)[3]: json.loads(line)["outcome"] for line in log.open()}
    assert outcomes["noi-bo/tai-lieu-noi-bo-hoi-nghi-ban-chap-hanh-9004.html"] == "disallowed"


def test_delay_between_requests_was_respected(first):
    times = [t for t, _, _, _ in first[4]]
    gaps = [b - a for a, b in zip(times, times[1:])]
    assert len(gaps) > 10 and min(gaps) >= DELAY * 0.95


def test_each_awkward_page_has_its_outcome(first):
    db, _, log, _, requests = first
    entries = [json.loads(line) for line in log.open()]
    assert all({"url", "status", "bytes", "ms", "outcome"} <= set(e) for e in entries)
    by_path = {e["url"].split("/", 3)[3]: e for e in entries}
    assert by_path["cong-doan/bai-viet-da-bi-go-bo-khoi-trang-9001.html"]["outcome"] == "gone"
    slow = by_path["cong-doan/bai-viet-tai-rat-cham-tu-may-chu-9002.html"]
    assert slow["outcome"] == "error" and slow["attempts"] == 3
    assert by_path["cong-doan/bao-cao-tong-hop-rat-dai-qua-gioi-han-9003.html"]["outcome"] == "too_large"
    assert by_path["files/bao-cao-tong-ket-cong-doan-nam-2024.pdf"]["outcome"] == "not_html"
    flaky = next(e for p, e in by_path.items() if p.endswith("-1003.html"))
    assert flaky["outcome"] == "ok" and flaky["attempts"] == 2 and flaky["status"] == 200
    moved = by_path["tin-cu/1005"]
    assert moved["outcome"] == "ok" and moved["final_url"].endswith("-1005.html") and moved["redirects"]
    assert rows(db, "SELECT redirects FROM pages WHERE url LIKE '%/tin-cu/1005'")[0][0].endswith('-1005.html"]')
    # the PDF and the oversized page were not read through
    assert by_path["files/bao-cao-tong-ket-cong-doan-nam-2024.pdf"]["bytes"] == 0


def test_second_run_fetches_nothing_new_and_adds_nothing(site, first, tmp_path):
    db = tmp_path / "again.sqlite"
    shutil.copy(first[0], db)
    before = content(db)
    t0 = time.monotonic()
    rc = crawl(db, first[1])
    assert rc == 1
    again = requests_since(site, t0)
    articles = [r for r in again if "-100" in r[1]]
    assert articles and all(status == 304 for _, _, status, _ in articles)
    # only the page that never answers in time is asked for in full again
    assert [p for _, p, status, _ in again if status == 200 and p != "/robots.txt"] == \
        ["/cong-doan/bai-viet-tai-rat-cham-tu-may-chu-9002.html"] * 3
    assert content(db)["articles"] == before["articles"] and content(db)["records"] == before["records"]


def test_changed_page_replaces_its_records(tmp_path):
    seeds = seed_texts()
    with FakeSite(seeds, slow=0.2) as site:
        src, db = sources_file(tmp_path / "s.yaml", site), tmp_path / "c.sqlite"
        crawl(db, src)
        a = site.articles[0]
        n_articles, n_records = rows(db, "SELECT COUNT(*) FROM articles")[0][0], rows(db, "SELECT COUNT(*) FROM records")[0][0]
        numbered = [p for p in a.paragraphs if any(ch.isdigit() for ch in p)]
        site.set_article(a, "\n\n".join(p for p in a.paragraphs if p != max(numbered, key=len)))
        crawl(db, src)
        doc = rows(db, f"SELECT doc_id, text FROM articles WHERE url = '{site.url(a.path)}'")[0]
        assert max(numbered, key=len) not in doc[1]
        assert rows(db, "SELECT COUNT(*) FROM articles")[0][0] == n_articles
        new_count = rows(db, "SELECT COUNT(*) FROM records")[0][0]
        assert new_count < n_records  # replaced, not added to
        from extractor.pipeline import extract_article
        with sqlite3.connect(db) as c:
            keys = Counter(c.execute("SELECT indicator, value, unit, status FROM records WHERE doc_id = ?", (doc[0],)))
        assert keys == record_keys(extract_article(Article(id="x", text=site.articles[0].text)))


def test_killed_run_resumes_to_the_same_database(site, first, tmp_path):
    db, log = tmp_path / "k.sqlite", tmp_path / "k.jsonl"
    proc = crawl_process(db, first[1], "--log", str(log))
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        done = [line for line in log.open()] if log.exists() else []
        if sum('"outcome": "ok"' in line for line in done) >= 6:
            break
        if proc.poll() is not None:
            pytest.fail("the crawl ended before it could be killed: " + proc.stderr.read())
        time.sleep(0.01)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert rows(db, "SELECT COUNT(*) FROM crawl_runs WHERE finished_at IS NULL")[0][0] == 1
    assert crawl(db, first[1]) == 1
    assert content(db) == content(first[0])


def test_second_concurrent_run_exits_at_once(first, tmp_path):
    db = tmp_path / "busy.sqlite"
    with CrawlLock(db):
        t0 = time.monotonic()
        proc = crawl_process(db, first[1])
        out, err = proc.communicate(timeout=60)
    assert proc.returncode == 75 and time.monotonic() - t0 < 30
    assert len(err.strip().splitlines()) == 1 and "another crawl" in err


def test_nothing_reachable_exits_3(tmp_path):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    rc = main(["crawl", f"http://127.0.0.1:{port}/tin-tuc/", "--db", str(tmp_path / "n.sqlite"), "--retries", "0",
               "--timeout", "0.5", "--delay", "0", "--no-progress"])
    assert rc == 3


def test_start_url_crawl_obeys_limits_and_filters(site, tmp_path):
    db = tmp_path / "cli.sqlite"
    rc = main(["crawl", site.url("/cong-doan/"), "--db", str(db), *FAST, "--max-pages", "5", "--max-depth", "1",
               r"--deny=-1001\.html$"])
    assert rc in (0, 1)
    asked = rows(db, "SELECT url, depth FROM frontier WHERE state != 'pending' AND outcome != 'disallowed'")
    assert len(asked) == 5 and max(d for _, d in asked) <= 1
    queued = [u for (u,) in rows(db, "SELECT url FROM frontier")]
    assert any(u.endswith("-1002.html") for u in queued)
    assert not [u for u in queued if u.endswith("-1001.html")]
    assert not [u for (u,) in rows(db, "SELECT url FROM frontier WHERE depth > 1")]


def test_robots_crawl_delay_lengthens_the_pause(tmp_path):
    with FakeSite(seed_texts(), crawl_delay=0.2, slow=0.1) as site:
        rc = main(["crawl", site.url("/"), "--db", str(tmp_path / "d.sqlite"), *FAST, "--max-pages", "4"])
        times = [t for t, _, _, _ in site.requests]
    gaps = [b - a for a, b in zip(times[1:], times[2:])]  # after robots.txt is read
    assert rc == 0 and len(gaps) >= 3 and min(gaps) >= 0.19


@pytest.mark.parametrize("ext", ["csv", "jsonl", "parquet"])
def test_export_writes_every_stored_record(first, tmp_path, ext):
    import pandas as pd

    db, out = first[0], tmp_path / f"out.{ext}"
    assert main(["export", "--db", str(db), "-o", str(out)]) == 0
    n = rows(db, "SELECT COUNT(*) FROM records")[0][0]
    frame = {"csv": pd.read_csv, "parquet": pd.read_parquet}.get(ext, lambda p: pd.read_json(p, lines=True))(out)
    assert len(frame) == n and n > 0
    assert main(["export", "--db", str(db), "-o", str(tmp_path / "none.jsonl"), "--since", "2999-01-01"]) == 0
    assert (tmp_path / "none.jsonl").read_text() == ""


def test_export_refuses_bad_input(tmp_path, capsys):
    assert main(["export", "--db", str(tmp_path / "missing.sqlite"), "-o", str(tmp_path / "o.csv")]) != 0
    assert not (tmp_path / "missing.sqlite").exists()
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "missing.sqlite" in err[0]
