"""Readers: every input kind becomes Articles in order, and every bad one a Skipped with its reason."""

import codecs
import gzip
import hashlib
import io
import json
import unicodedata
from pathlib import Path

import pytest

from extractor import readers
from extractor.article import Article
from extractor.readers import Pending, Skipped, iter_inputs, iter_sources

ROOT = Path(__file__).resolve().parents[1]
CORPUS = sorted((ROOT / "corpus").glob("*.txt"))
SEED = ("Nhiệm kỳ 2018-2023, Công đoàn các cấp phát triển 30.068 đoàn viên mới, đạt 214,77% chỉ tiêu nghị quyết, "
        "nâng tổng số đoàn viên toàn tỉnh hiện có là 71.596.")


def html_page(body: str, title: str = "Công đoàn tỉnh phát triển đoàn viên", charset: str = "utf-8") -> str:
    """A news page with menus and a related box around the story, as sites serve them."""
    return (f'<html><head><meta charset="{charset}"><title>{title}</title>'
            '<meta property="article:published_time" content="2024-06-28T10:13:00+07:00"></head><body>'
            '<nav><a href="/">Trang chủ</a> <a href="/xa-hoi">Xã hội</a> <a href="/kinh-te">Kinh tế</a></nav>'
            f'<article><h1>{title}</h1><p>{body}</p><p>Các cấp công đoàn tiếp tục đẩy mạnh tuyên truyền, '
            'vận động người lao động gia nhập tổ chức.</p></article>'
            '<aside><h3>Tin liên quan</h3><ul><li>Hội nghị tổng kết năm</li></ul></aside>'
            '<footer>Lượt xem: 1.234 | Bản quyền thuộc Báo tỉnh</footer></body></html>')


def to_cp1258(text: str) -> bytes:
    """windows-1258 bytes: letters it has whole, tone marks as its combining characters."""
    out = b""
    for ch in unicodedata.normalize("NFC", text):
        base, *marks = unicodedata.normalize("NFD", ch)
        for i in range(len(marks), -1, -1):   # keep as many marks on the letter as cp1258 has
            try:
                out += (unicodedata.normalize("NFC", base + "".join(marks[:i])) + "".join(marks[i:])).encode("cp1258")
                break
            except UnicodeEncodeError:
                continue
    return out


def items(paths, **kw):
    return list(iter_inputs([str(p) for p in paths], **kw))


def test_folder_is_recursive_sorted_with_metadata_and_no_hidden_files(tmp_path):
    (tmp_path / "b.txt").write_text(SEED, encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt").write_text(CORPUS[0].read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text(SEED, encoding="utf-8")
    (tmp_path / "notes.md").write_text(SEED, encoding="utf-8")
    (tmp_path / "metadata.jsonl").write_text(json.dumps(
        {"id": "b", "url": "https://baokiengiang.vn/cong-doan/b.html", "published": "2023-05-10", "title": "Tin b",
         "region_hint": "Kiên Giang", "site": "baokiengiang.vn"}, ensure_ascii=False) + "\n{broken\n", encoding="utf-8")
    got = items([tmp_path])
    assert [a.id for a in got] == ["b", "a"]          # sorted paths: b.txt < sub/a.txt
    b = got[0]
    assert b.published.isoformat() == "2023-05-10" and b.region_hint == "Kiên Giang" and b.title == "Tin b"
    assert b.url.endswith("/b.html") and b.extra == {"site": "baokiengiang.vn"} and b.text == SEED
    assert got[1].url is None and got[1].text.startswith(CORPUS[0].read_text(encoding="utf-8")[:40])


def test_corpus_metadata_reaches_articles():
    got = {a.id: a for a in items([ROOT / "corpus"])}
    assert len(got) == len(CORPUS) and all(isinstance(a, Article) for a in got.values())
    assert got["004_ee52c46149c195b9"].region_hint == "Bình Thuận"
    assert got["002_2d4706cba40647ec"].published.isoformat() == "2024-06-28"


@pytest.mark.parametrize("name,data", [
    ("bom16.txt", codecs.BOM_UTF16_LE + SEED.encode("utf-16-le")),
    ("nobom16.txt", SEED.encode("utf-16-le")),
    ("be16.txt", SEED.encode("utf-16-be")),
    ("bom8.txt", codecs.BOM_UTF8 + SEED.encode("utf-8")),
])
def test_unicode_encodings_decode_to_the_same_text(tmp_path, name, data):
    (tmp_path / name).write_bytes(data)
    [a] = items([tmp_path / name])
    assert a.text.strip() == SEED


def test_windows_1258_decodes_with_composed_letters(tmp_path):
    # windows-1258 writes 'ế' as ê (0xEA) + combining acute (0xEC), 'ạ' as a + dot below (0xF2)
    data = b"K\xea\xect n\x61\xf2p m\xf5\xeci 5.821 \xf0o\xe0n vi\xean."
    (tmp_path / "cp.txt").write_bytes(data)
    [a] = items([tmp_path / "cp.txt"])
    assert a.text == "Kết nạp mới 5.821 đoàn viên."   # composed (NFC), so it matches the patterns


@pytest.mark.parametrize("name,data,reason", [
    ("empty.txt", b"", "empty file"),
    ("blank.txt", b"  \n\n", "empty file"),
    ("bin.txt", bytes(range(256)) * 8, "binary file"),
    ("png.html", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(2000), "binary file"),
    ("empty.jsonl", b"", "empty file"),
    ("empty.warc.gz", b"", "empty file"),
])
def test_bad_files_are_skipped_with_their_reason(tmp_path, name, data, reason):
    (tmp_path / name).write_bytes(data)
    [s] = items([tmp_path / name])
    assert isinstance(s, Skipped) and s.reason == reason and name in s.message()


def test_missing_path_is_skipped_and_the_rest_still_read(tmp_path):
    (tmp_path / "ok.txt").write_text(SEED, encoding="utf-8")
    got = items([tmp_path / "missing.txt", tmp_path / "ok.txt"])
    assert isinstance(got[0], Skipped) and got[0].reason == "no such file or folder"
    assert isinstance(got[1], Article) and got[1].id == "ok"


def test_too_large_file_is_skipped_without_reading_it(tmp_path):
    big = tmp_path / "dump.txt"
    with big.open("wb") as fh:   # sparse: costs no disk and no time
        fh.truncate(readers.MAX_FILE_BYTES + 1)
    [s] = items([big])
    assert s.reason == "too large" and "MB" in s.detail


def test_html_file_gives_story_title_date_and_drops_menus(tmp_path):
    (tmp_path / "page.html").write_text(html_page(SEED), encoding="utf-8")
    [a] = items([tmp_path / "page.html"])
    assert "30.068 đoàn viên mới" in a.text and "Trang chủ" not in a.text and "Lượt xem" not in a.text
    assert a.title == "Công đoàn tỉnh phát triển đoàn viên" and a.published.isoformat() == "2024-06-28"


def test_html_in_windows_1258_follows_its_meta_charset(tmp_path):
    page = html_page("Kết nạp mới 5.821 đoàn viên, thành lập 12 công đoàn cơ sở.", charset="windows-1258")
    data = to_cp1258(page)
    assert b"\xec" in data   # a combining acute: really windows-1258, not UTF-8
    (tmp_path / "cp.html").write_bytes(data)
    [a] = items([tmp_path / "cp.html"])
    assert "Kết nạp mới 5.821 đoàn viên" in a.text and a.title == "Công đoàn tỉnh phát triển đoàn viên"


def test_broken_html_still_gives_its_text(tmp_path):
    (tmp_path / "broken.htm").write_text("<html><body><div><p>" + SEED + "<p><b>unclosed <table><tr><td>",
                                         encoding="utf-8")
    [a] = items([tmp_path / "broken.htm"])
    assert "71.596" in a.text


def test_jsonl_keeps_unknown_fields_drops_gold_and_names_bad_lines(tmp_path):
    lines = [
        json.dumps({"id": "x1", "text": SEED, "published": "2023-05-10", "whatever": [1], "gold": [{"v": 1}]},
                   ensure_ascii=False),
        "{not json",
        json.dumps({"text": SEED}, ensure_ascii=False),
        "",
        json.dumps({"id": "x2", "html": html_page(SEED), "url": "https://ldld.example.vn/a"}, ensure_ascii=False),
        json.dumps({"id": "x3", "text": "   "}),
        "[1, 2]",
    ]
    f = tmp_path / "arts.jsonl"
    f.write_text("\n".join(lines) + "\n", encoding="utf-8")
    got = items([f])
    kinds = [(type(g).__name__, getattr(g, "reason", getattr(g, "id", None))) for g in got]
    assert kinds == [("Article", "x1"), ("Skipped", "invalid JSON"), ("Skipped", "no id"), ("Article", "x2"),
                     ("Skipped", "no text"), ("Skipped", "invalid JSON")]
    assert got[0].extra == {"whatever": [1]} and got[0].published.isoformat() == "2023-05-10"
    assert got[1].source == f"{f}:2" and got[2].source == f"{f}:3"
    assert "30.068" in got[3].text and got[3].url == "https://ldld.example.vn/a"


def test_jsonl_gz_and_non_utf8_jsonl(tmp_path):
    gz = tmp_path / "a.jsonl.gz"
    with gzip.open(gz, "wt", encoding="utf-8") as fh:
        fh.write(json.dumps({"id": "g1", "text": SEED}, ensure_ascii=False) + "\n")
    [a] = items([gz])
    assert a.id == "g1" and a.text == SEED
    bad = tmp_path / "latin.jsonl"
    bad.write_bytes(to_cp1258(json.dumps({"id": "l1", "text": "Kết nạp"}, ensure_ascii=False)))
    [s] = items([bad])
    assert isinstance(s, Skipped) and s.reason == "not UTF-8 JSONL"
    (tmp_path / "trunc.jsonl.gz").write_bytes(gz.read_bytes()[:-12])
    got = items([tmp_path / "trunc.jsonl.gz"])
    assert isinstance(got[-1], Skipped) and got[-1].reason == "unreadable"


def test_resume_skips_known_ids_without_reading_them(tmp_path):
    (tmp_path / "done.txt").write_bytes(bytes(range(256)) * 8)   # binary: reading it would say so
    (tmp_path / "new.txt").write_text(SEED, encoding="utf-8")
    got = items([tmp_path], resume_ids={"done"})
    assert got[0] == Skipped(str(tmp_path / "done.txt"), "done", "already done") and not got[0].is_error
    assert got[1].id == "new"


def test_sources_defer_decoding_to_the_worker(tmp_path):
    (tmp_path / "a.html").write_text(html_page(SEED), encoding="utf-8")
    [p] = list(iter_sources([str(tmp_path / "a.html")]))
    assert isinstance(p, Pending) and p.data is None and p.kind == "html" and p.doc_id == "a"


# -- WARC ------------------------------------------------------------------

def write_warc(path: Path, pages: list[tuple[str, int, str, bytes]], gz: bool = True) -> None:
    """(url, status, content type, body) responses, plus a request record, as a crawler writes them."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as fh:
        w = WARCWriter(fh, gzip=gz)
        for url, status, ctype, body in pages:
            req = w.create_warc_record(url, "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n"))
            w.write_record(req)
            headers = StatusAndHeaders(f"{status} X", [("Content-Type", ctype)], protocol="HTTP/1.1")
            w.write_record(w.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers))


def test_warc_keeps_html_200_pages_and_skips_duplicates(tmp_path):
    a, b = html_page(SEED).encode(), html_page(CORPUS[1].read_text(encoding="utf-8")[:3000]).encode()
    warc = tmp_path / "crawl.warc.gz"
    write_warc(warc, [
        ("https://ldld.example.vn/tin/a", 200, "text/html; charset=utf-8", a),
        ("https://ldld.example.vn/logo.png", 200, "image/png", b"\x89PNG" + bytes(100)),
        ("https://ldld.example.vn/missing", 404, "text/html", b"<html>Not found</html>"),
        ("https://ldld.example.vn/tin/a?utm=x", 200, "text/html", a),
        ("https://ldld.example.vn/tin/b", 200, "text/html", b),
    ])
    got = items([warc])
    assert [type(g).__name__ for g in got] == ["Article", "Skipped", "Article"]
    first = got[0]
    assert first.id == "web_" + hashlib.sha1(b"https://ldld.example.vn/tin/a").hexdigest()[:16]
    assert first.url == "https://ldld.example.vn/tin/a" and first.extra["fetched"][:4].isdigit()
    assert "30.068 đoàn viên" in first.text and first.published.isoformat() == "2024-06-28"
    assert got[1].reason == "duplicate content" and not got[1].is_error


def test_truncated_warc_keeps_what_came_before(tmp_path):
    warc = tmp_path / "cut.warc"
    write_warc(warc, [("https://x.vn/a", 200, "text/html", html_page(SEED).encode()),
                      ("https://x.vn/b", 200, "text/html", html_page(SEED + " Thêm tin.").encode())], gz=False)
    data = warc.read_bytes()
    warc.write_bytes(data[: len(data) - 700])
    got = items([warc])
    assert isinstance(got[0], Article) and got[0].url == "https://x.vn/a"
    assert len(got) == 2 and got[1].reason == "broken WARC" and got[1].is_error
    gz = tmp_path / "cut.warc.gz"
    write_warc(gz, [("https://x.vn/a", 200, "text/html", html_page(SEED).encode()),
                    ("https://x.vn/b", 200, "text/html", html_page(SEED + " Thêm tin.").encode())])
    gz.write_bytes(gz.read_bytes()[:-100])
    got = items([gz])
    assert got[0].url == "https://x.vn/a" and got[-1].reason == "broken WARC"
    (tmp_path / "junk.warc.gz").write_bytes(b"this is no archive at all\n" * 10)
    [s] = items([tmp_path / "junk.warc.gz"])
    assert s.reason == "not a WARC file"


def test_an_html_page_keeps_its_headline_as_the_first_line():
    from extractor.readers import article_of
    html = ("<html><head><title>Nghệ An: Kết nạp hơn 6.200 đoàn viên</title></head><body><article>"
            "<h1>Nghệ An: Kết nạp hơn 6.200 đoàn viên</h1>"
            + "".join(f"<p>Năm 2023, các cấp công đoàn tỉnh Nghệ An kết nạp 6.215 đoàn viên, thành lập {n} CĐCS.</p>"
                      for n in range(40, 46))
            + "</article></body></html>")
    art = article_of({"id": "p", "html": html})
    assert art.text.startswith("Nghệ An: Kết nạp hơn 6.200 đoàn viên\n")
    assert art.text.count("Kết nạp hơn 6.200") == 1


def test_entities_escaped_twice_by_the_site_are_read_as_text():
    from extractor.readers import article_of
    body = "".join(f"<p>Đến nay LĐLĐ tỉnh đã ký kết thỏa thuận hợp tác với&amp;nbsp;47&amp;nbsp;đối tác, đợt {n}.</p>" for n in range(8))
    art = article_of({"id": "p", "html": f"<html><body><article>{body}</article></body></html>"})
    assert "&nbsp;" not in art.text and "với\u00a047\u00a0đối tác" in art.text
