"""The fast lxml cleaner: story over sidebars, furniture out, dates from meta and datelines, safe fallback."""

import logging
from datetime import date
from pathlib import Path

import pytest

from extractor import clean
from extractor.clean import html_to_page
from extractor.clean_fast import fast_page
from extractor.html_patterns import load_html_patterns

DATA = Path(__file__).resolve().parent / "data" / "html"
PATS = load_html_patterns()
STORY = [
    "Năm 2023, Công đoàn các cấp trong tỉnh kết nạp mới 5.821 đoàn viên, thành lập 41 công đoàn cơ sở.",
    "Toàn tỉnh hiện có 1.210 công đoàn cơ sở với 71.596 đoàn viên, tăng 3.104 đoàn viên so với năm trước.",
    "Công đoàn các cấp tổ chức 356 cuộc đối thoại tại nơi làm việc, ký mới 21 bản thỏa ước lao động tập thể.",
]


def page(body: str, head: str = "") -> str:
    return (f'<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Tin công đoàn - Báo Tỉnh</title>'
            f'{head}</head><body>{body}</body></html>')


def paragraphs(lines=STORY) -> str:
    return "".join(f"<p>{s}</p>" for s in lines)


def fast(html: str, url: str | None = None):
    return fast_page(html, url, PATS)


def test_main_text_beats_a_sidebar_with_more_links():
    sidebar = "".join(f'<p><a href="/t{i}">Hội nghị tổng kết công tác công đoàn năm 2023 của Liên đoàn Lao động '
                      f'huyện số {i} và các công đoàn ngành</a></p>' for i in range(12))
    html = page(f'<div class="row"><div class="col-a">{sidebar}</div>'
                f'<div class="col-b"><h1>Kết nạp 5.821 đoàn viên</h1>{paragraphs()}</div></div>')
    p = fast(html)
    assert p is not None
    assert p.text.splitlines()[-3:] == STORY
    assert "Hội nghị tổng kết" not in p.text
    assert p.title == "Kết nạp 5.821 đoàn viên"


def test_related_box_comments_and_counters_are_dropped():
    html = page(
        '<article><h1>Kết nạp 5.821 đoàn viên</h1>'
        '<div class="meta"><span class="view-count">Lượt xem: 2.345</span> <span class="comment-count">Bình luận (17)</span></div>'
        f'<div class="content">{paragraphs(STORY[:2])}'
        '<div class="box-tinlienquan"><h3>Tin liên quan</h3><ul><li><a href="/a">Trao 350 suất quà Tết cho đoàn viên</a></li>'
        '<li><a href="/b">Kết nạp 1.500 đoàn viên mới trong Tháng Công nhân</a></li></ul></div>'
        f'{paragraphs(STORY[2:])}</div>'
        '<div class="social-share"><a href="#">Chia sẻ Facebook</a></div>'
        '<div id="comments"><h3>Ý kiến bạn đọc (17)</h3><p>Mong có thêm 300 suất quà cho công nhân ở trọ.</p></div>'
        '</article><aside><h3>Đọc nhiều nhất</h3><ul><li><a href="/x">Khánh thành 45 căn Mái ấm</a></li></ul></aside>'
        '<footer>Đường dây nóng: 0912 345 678</footer>')
    p = fast(html)
    for furniture in ("Tin liên quan", "350 suất", "1.500 đoàn viên", "Bình luận", "Lượt xem", "Ý kiến bạn đọc",
                      "300 suất", "Chia sẻ", "Đọc nhiều nhất", "Đường dây nóng"):
        assert furniture not in p.text, furniture
    assert p.text.splitlines() == ["Kết nạp 5.821 đoàn viên", *STORY]   # an anonymous body grows to its <article>


def test_realistic_provincial_page(tmp_path):
    html = (DATA / "tinh_news.html").read_text(encoding="utf-8")
    p = html_to_page(html, "https://baohoabinh.example.vn/cong-doan/x.htm?utm_source=fb")
    lines = p.text.splitlines()
    assert lines[0].startswith("(BHB) - Sáu tháng đầu năm 2024") and "5.821 đoàn viên" in lines[0]  # the sapo
    assert "71.596 đoàn viên" in p.text and "8.000 đoàn viên" in p.text
    for furniture in ("Tin liên quan", "350 suất", "Bình luận", "300 suất", "Lượt xem", "Đọc nhiều nhất", "Từ khóa",
                      "Trang chủ", "Ảnh: Minh Hà", "8.765.432", "Zalo"):
        assert furniture not in p.text, furniture
    assert p.title == "Liên đoàn Lao động tỉnh kết nạp mới 5.821 đoàn viên"
    assert p.published == date(2024, 6, 28)
    assert p.canonical_url == "https://baohoabinh.example.vn/cong-doan/202406/ldld-tinh-ket-nap-moi-5821-doan-vien-12345.htm"


def test_old_table_layout_with_br_text_and_a_printed_dateline():
    html = (DATA / "ldld_table_cms.html").read_text(encoding="utf-8")
    p = fast(html)
    assert p is not None and p.published == date(2024, 5, 4)        # "Cập nhật: 04-05-2024 | 09:56:36"
    lines = p.text.splitlines()
    assert lines[0].startswith("Tháng Công nhân năm 2024")
    assert "Trong tháng, Công đoàn các cấp kết nạp mới 2.310 đoàn viên, thành lập mới 12 công đoàn cơ sở tại các " \
           "doanh nghiệp ngoài nhà nước." in lines
    assert "| Kết nạp đoàn viên | 2.310 |" in lines                   # a data table: one row a line
    for furniture in ("DANH MỤC", "Giới thiệu chung", "Hội nghị Ban Chấp hành", "Các tin khác", "Bản quyền"):
        assert furniture not in p.text, furniture


@pytest.mark.parametrize("head,body_date,expect", [
    ('<meta property="article:published_time" content="2024-06-28T10:13:00+07:00">', "", date(2024, 6, 28)),
    ('<meta itemprop="datePublished" content="2023-12-21">', "", date(2023, 12, 21)),
    ('<script type="application/ld+json">{"@graph": [{"@type": "WebPage"}, '
     '{"@type": "NewsArticle", "datePublished": "2022-01-31T20:43:02+07:00"}]}</script>', "", date(2022, 1, 31)),
    ("", '<time datetime="2021-04-08T07:49:00+07:00">08/04/2021 07:49</time>', date(2021, 4, 8)),
    ("", '<div class="post-date">Cập nhật: 04-05-2024 | 09:56:36</div>', date(2024, 5, 4)),
    ("", "<div>Thứ Hai, 18/01/2021 11:28:17</div>", date(2021, 1, 18)),
    ("", '<time datetime="2024-07-01T07:49:00+07:00">Hôm nay</time><time itemprop="datePublished" '
         'datetime="2021-04-08T07:49:00+07:00">08/04/2021</time>', date(2021, 4, 8)),
    ('<meta property="article:modified_time" content="2024-07-02T10:00:00+07:00">',
     '<div class="post-date">Cập nhật: 04-05-2024 | 09:56:36</div>', date(2024, 5, 4)),
    ('<meta property="article:modified_time" content="2024-07-02T10:00:00+07:00">', "", date(2024, 7, 2)),
    ("", "", None),
])
def test_publication_date_from_meta_jsonld_time_or_printed_dateline(head, body_date, expect):
    html = page(f"<article><h1>Kết nạp 5.821 đoàn viên</h1>{body_date}<div class='body'>{paragraphs()}</div></article>",
                head)
    assert fast(html).published == expect


def test_date_in_a_body_sentence_is_not_the_publication_date():
    html = page("<article><h1>Tổng kết</h1><div>" + paragraphs(["Ngày 20/01/2022, Phó Chủ tịch LĐLĐ tỉnh đã trao "
                                                              "quà cho 120 đoàn viên có hoàn cảnh khó khăn.", *STORY])
                + "</div></article>")
    assert fast(html).published is None


def test_title_is_og_title_else_the_story_h1_else_the_page_title_without_site_name():
    og = '<meta property="og:title" content="Tin B">'
    assert fast(page(f"<article><h1>Tin A</h1>{paragraphs()}</article>", og)).title == "Tin B"
    assert fast(page(f"<header><h1 class='logo'>Báo Tỉnh</h1></header><article><h1>Tin A</h1>{paragraphs()}</article>")).title == "Tin A"
    assert fast(page(f"<div>{paragraphs()}</div>")).title == "Tin công đoàn"


def test_todays_date_in_the_site_header_is_not_the_publication_date():
    html = page("<div class='header'><div class='today-date'>Thứ Hai, 25/11/2024</div></div>"
                "<div class='menu'><a href='/'>Trang chủ</a></div>"
                f"<div class='main'><h1>Tin A</h1><div class='post-date'>Ngày đăng: 04/05/2024</div>{paragraphs()}</div>")
    assert fast(html).published == date(2024, 5, 4)
    html = page("<header><div class='date'>Thứ Hai, 25/11/2024</div></header>"
                f"<div class='main'><h1>Tin A</h1>{paragraphs()}</div>")
    assert fast(html).published is None
    html = page("<div class='header'><span class='date'>Thứ Hai, 25/11/2024</span></div>"
                f"<div class='main'><h1>Tin A</h1>{paragraphs()}</div>")
    assert fast(html).published is None
    html = page("<div class='header'><span class='date'>Thứ Hai, 25/11/2024</span></div><div class='main'>"
                f"<div class='article-header'><h1>Tin A</h1><span class='date'>04/05/2024</span></div>{paragraphs()}</div>")
    assert fast(html).published == date(2024, 5, 4)


def test_canonical_url_is_made_absolute_and_defaults_to_the_url():
    head = '<link rel="canonical" href="/cong-doan/tin-a-1001.html">'
    p = fast(page(f"<div>{paragraphs()}</div>", head), "https://ldld.example.vn/cong-doan/tin-a-1001.html?utm=x")
    assert p.canonical_url == "https://ldld.example.vn/cong-doan/tin-a-1001.html"
    assert fast(page(f"<div>{paragraphs()}</div>"), "https://x.vn/a").canonical_url == "https://x.vn/a"


def test_lists_and_headings_are_lines_of_their_own():
    html = page("<article><h1>Kết quả</h1><div class='body'><p>Trong năm 2023, Công đoàn tỉnh đạt các kết quả chính "
                "sau đây, vượt các chỉ tiêu đại hội đề ra:</p><h2>Phát triển đoàn viên</h2><ul><li>Kết nạp mới "
                "<b>5.821</b> đoàn viên;</li><li>Thành lập 41 công đoàn cơ sở.</li></ul>"
                f"{paragraphs(STORY[1:])}</div></article>")
    lines = fast(html).text.splitlines()
    assert "Phát triển đoàn viên" in lines
    assert "- Kết nạp mới 5.821 đoàn viên;" in lines and "- Thành lập 41 công đoàn cơ sở." in lines


def test_repeated_block_is_kept_once():
    html = page(f"<article><h1>{STORY[0]}</h1><div>{paragraphs()}</div></article>")
    assert fast(html).text.splitlines() == STORY


def test_page_with_almost_no_text_falls_back_to_trafilatura(caplog):
    html = page("<nav><a href='/'>Trang chủ</a></nav><article><h1>Ảnh</h1><p>Đoàn viên nhận quà Tết.</p></article>")
    assert fast(html) is None
    with caplog.at_level(logging.DEBUG, logger="extractor.clean"):
        p = html_to_page(html)
    assert "Đoàn viên nhận quà Tết." in p.text
    assert any("trafilatura" in r.getMessage() for r in caplog.records)


def test_fast_path_is_logged(caplog):
    with caplog.at_level(logging.DEBUG, logger="extractor.clean"):
        html_to_page(page(f"<article>{paragraphs()}</article>"), "https://x.vn/a")
    assert any("fast cleaner" in r.getMessage() for r in caplog.records)


def test_a_navigation_only_page_is_not_taken_as_a_story():
    links = "".join(f'<li><a href="/t{i}">Hội nghị tổng kết công tác công đoàn năm 2023 số {i}</a></li>'
                    for i in range(30))
    assert fast(page(f"<div class='list'><ul>{links}</ul></div>")) is None


@pytest.mark.parametrize("html", [
    "",
    "   ",
    "<",
    "<html><body><div><p>" + STORY[0] + "<p><b>unclosed <table><tr><td>",
    page(paragraphs())[:137],
    page(paragraphs())[:-50],
    '<?xml version="1.0" encoding="utf-8"?><html><body>' + paragraphs() * 2 + "</body></html>",
    "<html><body>" + "<div>" * 3000 + paragraphs() + "</div>" * 10 + "</body></html>",
    "<html><body><p>\x00\x01\ud800 " + STORY[0] + "</p></body></html>",
    "\ufeff<html><head><meta charset='windows-1258'></head><body>" + paragraphs() * 2 + "</body></html>",
    "<html><body><table><tr><td><p>" + "</p><p>".join(STORY * 3) + "</td></tr></table></body></html>",
    "<frameset><frame src='a.html'></frameset>",
    "<svg><text>" + STORY[0] + "</text></svg>",
])
def test_broken_or_odd_html_never_raises(html):
    p = html_to_page(html, "https://x.vn/a")
    assert isinstance(p.text, str)
    fast(html)   # None or a page, never an exception


def test_truncated_html_still_gives_its_text():
    html = page(f"<article><h1>Tin</h1><div class='body'>{paragraphs()}</div></article>")
    cut = html[: html.index(STORY[2]) + 40]
    p = html_to_page(cut)
    assert STORY[0] in p.text and STORY[2][:40] in p.text


def test_huge_page_is_capped(monkeypatch, caplog):
    monkeypatch.setattr(clean, "MAX_HTML_CHARS", 20_000)
    filler = "".join(f"<p>Đoạn {i}: Công đoàn các cấp tiếp tục chăm lo đời sống đoàn viên, người lao động.</p>"
                     for i in range(2000))
    html = page(f"<article><h1>Báo cáo dài</h1><div class='body'>{filler}</div></article>")
    assert len(html) > 100_000
    with caplog.at_level(logging.WARNING, logger="extractor.clean"):
        p = html_to_page(html)
    assert "Đoạn 0:" in p.text and "Đoạn 1999:" not in p.text and len(p.text) < 20_000
    assert any("only the first" in r.getMessage() for r in caplog.records)


def test_a_real_size_huge_page_is_read_quickly():
    import time

    para = "<p>" + "Công đoàn các cấp tiếp tục chăm lo đời sống đoàn viên, người lao động. " * 20 + "</p>"
    html = page(f"<article><h1>Báo cáo</h1><div class='body'>{para * 6000}</div></article>")
    assert len(html) > clean.MAX_HTML_CHARS
    t0 = time.perf_counter()
    p = html_to_page(html)
    assert p.text.startswith("Báo cáo\nCông đoàn các cấp") and len(p.text) <= clean.MAX_HTML_CHARS
    assert time.perf_counter() - t0 < 30


def test_furniture_words_are_data(tmp_path):
    custom = tmp_path / "html.yaml"
    text = (Path(clean.__file__).resolve().parent.parent / "patterns" / "html.yaml").read_text(encoding="utf-8")
    custom.write_text(text.replace("class_words: [", "class_words: [lienhe, "), encoding="utf-8")
    hotline = paragraphs(["Hotline tiếp nhận phản ánh của công nhân lao động: 0912 345 678, 0913 456 789."])
    html = page(f"<article><div class='box-lienhe'>{hotline}</div><div>{paragraphs()}</div></article>")
    assert "Hotline" in fast(html).text
    assert "Hotline" not in fast_page(html, None, load_html_patterns(str(custom))).text


def test_the_same_records_as_the_text_itself():
    """A page built around a corpus article gives the records of the article's plain text."""
    from extractor.article import Article
    from extractor.pipeline import extract_article

    root = Path(__file__).resolve().parents[1]
    src = sorted((root / "corpus").glob("*.txt"))
    if not src:
        pytest.skip("no corpus")
    text = src[0].read_text(encoding="utf-8")
    title = text.strip().splitlines()[0]
    body = "".join(f"<p>{ln}</p>" for ln in text.splitlines()[1:] if ln.strip())
    html = page(f"<nav><a href='/'>Trang chủ</a></nav><article><h1>{title}</h1><div class='noidung'>{body}</div>"
                "<div class='related'><h3>Tin liên quan</h3><ul><li><a href='/a'>Trao 350 suất quà</a></li></ul></div>"
                "</article><footer>Lượt xem: 1.234</footer>")
    p = html_to_page(html)
    key = lambda recs: sorted((r.indicator, r.value, r.unit, r.status) for r in recs)  # noqa: E731
    assert key(extract_article(Article("a", p.text))) == key(extract_article(Article("a", text)))


def test_a_story_split_by_a_box_keeps_both_parts_in_order():
    html = page("<div class='main'><h1>Kết nạp 5.821 đoàn viên</h1>"
                f"<div class='txt'>{paragraphs(STORY[:2])}</div>"
                "<div class='box-quangcao'><a href='https://ads.example'>Mua ngay</a></div>"
                f"<div class='txt'>{paragraphs(STORY[2:])}</div></div>"
                "<div class='col'><p><a href='/a'>Hội nghị tổng kết công tác công đoàn năm 2023 của huyện</a></p></div>")
    assert fast(html).text.splitlines() == STORY


def test_an_aspnet_page_inside_one_form_keeps_its_story_and_a_search_form_goes():
    """ASP.NET pages wrap everything in <form id="aspnetForm">: a form is furniture only when it holds
    less than the guard share of the page (a search box), else the page's story would go with it."""
    story = "".join(f"<div class='ms-rtestate-field'>{line}</div>" for line in STORY)
    html = page("<form id='aspnetForm'><table class='main-table'><tr><td class='left'>"
                "<form><input name='q'> Tìm kiếm tin bài trên trang</form></td>"
                f"<td class='center'><h1>Kết nạp đoàn viên</h1>{story}</td></tr></table></form>")
    got = fast_page(html, None, load_html_patterns())
    assert got is not None and STORY[0] in got.text and "Tìm kiếm" not in got.text
