"""Flattened tables of figures (extractor/tables.py, patterns/tables.yaml).

The examples of patterns/tables.yaml run here through the whole pipeline;
the tests below add what examples cannot say: offsets into the original
text, periods by column, HTML tables, and that a cell gives one record.
"""

from datetime import date
import unicodedata

import pytest

from extractor.article import Article
from extractor.pipeline import _shift, extract_article, load_resources
from extractor.readers import article_of
from extractor.record import clean_value
from extractor.rules import extract_sentence
from extractor.segment import segment
from extractor.tables import load_tables
from extractor.tables_find import find_tables
from extractor.tables_read import merge, outside, read_tables
from extractor.numbers import find_numbers

EXAMPLES = load_tables().examples


@pytest.fixture(scope="module")
def res():
    return load_resources()


def _pub(ex):
    p = ex.get("published")
    return p if isinstance(p, date) or p is None else date.fromisoformat(str(p))


def triples(recs):
    return [[r.indicator, r.status, clean_value(r.value)] for r in recs]


def _tables(text, res):
    return find_tables(text, segment(text, res.segment), res.tables, res.numbers, res.periods)


@pytest.mark.parametrize("ex", EXAMPLES["positive"], ids=[e["name"] for e in EXAMPLES["positive"]])
def test_positive_example(ex, res):
    article = Article(id="t", text=ex["text"], published=_pub(ex))
    recs = extract_article(article, res)
    assert triples(recs) == ex["expect"]
    assert _tables(ex["text"], res)
    for r in recs:      # every figure points at its own number in the text
        assert clean_value(r.value) is not None and ex["text"][r.evidence.start:r.evidence.end].strip()
        assert r.evidence.sentence in ex["text"]


@pytest.mark.parametrize("ex", EXAMPLES["negative"], ids=[e["name"] for e in EXAMPLES["negative"]])
def test_negative_example(ex, res):
    assert _tables(ex["text"], res) == []       # even past a "Tin liên quan" line
    got = triples(extract_article(Article(id="t", text=ex["text"]), res))
    assert got == (ex.get("expect") or [])


def test_examples_cover_both_formats_and_the_asked_negatives():
    texts = [e["text"] for e in EXAMPLES["positive"]]
    assert any("\n| " in t for t in texts) and any("\nChỉ tiêu\n" in t for t in texts)
    names = " ".join(e["name"] for e in EXAMPLES["negative"])
    for word in ("phone", "related", "paragraphs", "label lines"):
        assert word in names


# -- offsets ----------------------------------------------------------------

CELLS = ("Kết quả 6 tháng đầu năm 2024 của Công đoàn ngành Giáo dục tỉnh Lào Cai:\n\n"
         "Chỉ tiêu\nKế hoạch năm 2024\nThực hiện 6 tháng\nĐạt (%)\n"
         "Kết nạp đoàn viên mới\n1.250\n806\n64,5\n"
         "Thành lập CĐCS mới\n9\n4\n44,4\n\n"
         "Hội nghị đề ra nhiệm vụ 6 tháng cuối năm.")


def _at(text, rec):
    return text[rec.evidence.start:rec.evidence.end]


def test_cell_offsets_and_evidence_point_into_the_original_text(res):
    recs = extract_article(Article(id="t", text=CELLS, published=date(2024, 7, 10)), res)
    assert [(r.indicator, r.status, clean_value(r.value), _at(CELLS, r)) for r in recs] == [
        ("members_new", "target", 1250, "1.250"), ("members_new", "actual", 806, "806"),
        ("members_new", "attainment", 64.5, "64,5"),
        ("unions_new", "target", 9, "9"), ("unions_new", "actual", 4, "4"),
        ("unions_new", "attainment", 44.4, "44,4")]
    assert recs[0].unit == "count" and recs[2].unit == "percent"
    assert recs[0].evidence.sentence == "Kết nạp đoàn viên mới\n1.250\n806\n64,5"


def test_offsets_survive_text_repair(res):
    """Decomposed Unicode before the table is repaired (shorter); offsets still fit the original."""
    damaged = unicodedata.normalize("NFD", CELLS.split("\n\n")[0]) + "\n\n" + CELLS.split("\n\n", 1)[1]
    assert len(damaged) > len(CELLS)
    recs = extract_article(Article(id="t", text=damaged, published=date(2024, 7, 10)), res)
    assert [_at(damaged, r) for r in recs] == ["1.250", "806", "64,5", "9", "4", "44,4"]
    assert recs[1].evidence.sentence == "Kết nạp đoàn viên mới\n1.250\n806\n64,5"


# -- periods and status by column ----------------------------------------------

def test_column_periods_plan_year_result_from_the_paragraph(res):
    recs = extract_article(Article(id="t", text=CELLS, published=date(2024, 7, 10)), res)
    got = {(r.indicator, r.status): (r.period_start, r.period_end, r.region) for r in recs}
    assert got[("members_new", "target")] == ("2024-01-01", "2024-12-31", "Lào Cai")
    assert got[("members_new", "actual")] == ("2024-01-01", "2024-06-30", "Lào Cai")
    assert got[("members_new", "attainment")] == ("2024-01-01", "2024-06-30", "Lào Cai")


def test_year_columns_are_achievements_of_their_years_and_stocks_are_dated_at_publication(res):
    text = ("Một số kết quả hoạt động của LĐLĐ tỉnh Bắc Kạn qua hai năm:\n"
            "| Nội dung | Năm 2022 | Năm 2023 | Tăng/giảm (%) |\n"
            "| Kết nạp đoàn viên | 1.104 | 1.236 | 12,0 |\n"
            "| Tổng số đoàn viên | 21.530 | 22.012 | 2,2 |\n")
    recs = extract_article(Article(id="t", text=text, published=date(2024, 1, 15)), res)
    assert [(r.indicator, r.status, clean_value(r.value), r.period_start, r.period_end) for r in recs] == [
        ("members_new", "actual", 1104, "2022-01-01", "2022-12-31"),
        ("members_new", "actual", 1236, "2023-01-01", "2023-12-31"),
        ("members_total", "actual", 21530, "2024-01-15", "2024-01-15"),
        ("members_total", "actual", 22012, "2024-01-15", "2024-01-15")]


def test_a_rate_column_without_a_plan_is_no_attainment(res):
    text = ("Năm 2023, LĐLĐ tỉnh Cà Mau đạt kết quả như sau:\n"
            "| Chỉ tiêu | Thực hiện | Tỷ lệ (%) |\n"
            "| Doanh nghiệp tổ chức đối thoại tại nơi làm việc | 312 | 86,2 |\n")
    assert triples(extract_article(Article(id="t", text=text), res)) == [["workplace_dialogues", "actual", 312]]


def test_a_row_of_shares_only_takes_the_activity_its_label_names(res):
    text = ("Kết quả thực hiện chỉ tiêu năm 2023 của LĐLĐ tỉnh Hậu Giang:\n"
            "| Chỉ tiêu | Kế hoạch | Thực hiện | So với KH (%) |\n"
            "| Kết nạp đoàn viên mới | 1.000 | 1.180 | 118 |\n"
            "| Phát triển đoàn viên khu vực ngoài nhà nước | - | - | 104,5 |\n")
    got = triples(extract_article(Article(id="t", text=text), res))
    assert got == [["members_new", "target", 1000], ["members_new", "actual", 1180],
                   ["members_new", "attainment", 118], ["members_new", "attainment", 104.5]]


# -- HTML ---------------------------------------------------------------------

HTML = """<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">
<title>Công đoàn tỉnh Ninh Thuận tổng kết năm 2021 | Báo Ninh Thuận</title></head><body>
<nav><a href="/">Trang chủ</a> <a href="/xa-hoi/">Xã hội</a></nav>
<article><h1>Công đoàn tỉnh Ninh Thuận tổng kết năm 2021</h1>
<p>Sáng 12-1, LĐLĐ tỉnh Ninh Thuận tổ chức hội nghị tổng kết công tác công đoàn năm 2021.
Dù dịch bệnh kéo dài, các cấp công đoàn vẫn hoàn thành các chỉ tiêu chủ yếu.</p>
<table><thead><tr><th>Chỉ tiêu</th><th>Kế hoạch</th><th>Thực hiện</th><th>Đạt (%)</th><th>So cùng kỳ (%)</th></tr></thead>
<tbody><tr><td>Thành lập công đoàn cơ sở mới</td><td>12</td><td>14</td><td>116,7</td><td>93,3</td></tr>
<tr><td>Kết nạp đoàn viên mới</td><td>1.800</td><td>1.925</td><td>106,9</td><td>101,2</td></tr></tbody></table>
<p>Năm 2022, LĐLĐ tỉnh phấn đấu thành lập 15 công đoàn cơ sở.</p></article>
<aside><h3>Tin liên quan</h3><ul><li>Hơn 2.000 công nhân được tặng quà Tết</li></ul></aside>
</body></html>"""


def test_an_html_table_gives_one_record_per_value_cell(res):
    art = article_of({"id": "h1", "url": "https://baoninhthuan.com.vn/news/123.html", "published": "2022-01-13",
                      "html": HTML})
    assert "| Thành lập công đoàn cơ sở mới | 12 | 14 | 116,7 | 93,3 |" in art.text
    recs = extract_article(art, res)
    assert [(r.indicator, r.status, clean_value(r.value), r.period_start, r.region) for r in recs] == [
        ("unions_new", "target", 12, "2021-01-01", "Ninh Thuận"),
        ("unions_new", "actual", 14, "2021-01-01", "Ninh Thuận"),
        ("unions_new", "attainment", 116.7, "2021-01-01", "Ninh Thuận"),
        ("members_new", "target", 1800, "2021-01-01", "Ninh Thuận"),
        ("members_new", "actual", 1925, "2021-01-01", "Ninh Thuận"),
        ("members_new", "attainment", 106.9, "2021-01-01", "Ninh Thuận"),
        ("unions_new", "target", 15, "2022-01-01", "Ninh Thuận")]
    for r in recs:
        assert art.text[r.evidence.start:r.evidence.end] in r.evidence.sentence


# -- one record per cell -------------------------------------------------------

DOUBLE = ("Năm 2023, LĐLĐ tỉnh Tuyên Quang hoàn thành các chỉ tiêu:\n"
          "| Chỉ tiêu | Kế hoạch | Thực hiện |\n"
          "| Kết nạp đoàn viên mới | 1.200 đoàn viên | 1.350 đoàn viên |\n"
          "Số lượt đoàn viên được thăm hỏi: 3.412\n")


def test_a_cell_the_sentence_rules_would_read_too_gives_one_record(res):
    row = DOUBLE.splitlines()[2]
    s = next(s for s in segment(DOUBLE, res.segment) if s.text == row)
    alone = extract_sentence(s, _shift(find_numbers(s.text, res.numbers), s.start), res.rules)
    assert [m.status for m in alone] == ["actual", "actual"]     # what the rules make of the row on their own
    recs = extract_article(Article(id="t", text=DOUBLE), res)
    assert triples(recs) == [["members_new", "target", 1200], ["members_new", "actual", 1350],
                             ["beneficiaries", "actual", 3412]]


def test_read_tables_hands_back_what_it_took(res):
    sents = segment(DOUBLE, res.segment)
    mentions, taken = read_tables(DOUBLE, sents, res.tables, res.rules, res.numbers, res.periods)
    assert [DOUBLE[m.number.start:m.number.end] for m in mentions] == ["1.200", "1.350"]
    assert len(taken) == 1 and DOUBLE[taken[0][0]:].startswith("| Chỉ tiêu")
    nums = [n for s in sents for n in _shift(find_numbers(s.text, res.numbers), s.start)]
    left = outside(nums, taken)
    assert [n.text for n in left] == ["2023", "3.412"]
    assert merge([], mentions) == mentions


def test_a_table_after_the_story_is_not_read(res):
    text = ("LĐLĐ tỉnh tổ chức hội nghị tổng kết năm 2023.\nTin liên quan\n"
            "| Chỉ tiêu | Kế hoạch | Thực hiện |\n| Kết nạp đoàn viên mới | 1.200 | 1.350 |\n")
    assert extract_article(Article(id="t", text=text), res) == []


def test_row_numbers_in_a_cell_per_line_table(res):
    text = ("Kết quả năm 2023 của LĐLĐ tỉnh Điện Biên như sau:\n"
            "TT\nNội dung\nChỉ tiêu\nThực hiện\n"
            "1\nKết nạp đoàn viên mới\n900\n1.012\n"
            "2\nThành lập CĐCS mới\n6\n7\n")
    assert triples(extract_article(Article(id="t", text=text), res)) == [
        ["members_new", "target", 900], ["members_new", "actual", 1012],
        ["unions_new", "target", 6], ["unions_new", "actual", 7]]


def test_units_named_in_the_label_and_section_rows(res):
    text = ("Năm 2023, LĐLĐ tỉnh Hà Nam đạt các kết quả sau:\n"
            "| TT | Chỉ tiêu | Kế hoạch | Thực hiện |\n"
            "| I | Công tác chăm lo |  |  |\n"
            "| 1 | Kinh phí chăm lo Tết (triệu đồng) | 1.500 | 1.820 |\n"
            "| 2 | Xây mới nhà Mái ấm Công đoàn (căn) | 10 | 12 |\n")
    recs = extract_article(Article(id="t", text=text), res)
    assert [(r.indicator, r.status, clean_value(r.value), r.unit) for r in recs] == [
        ("support_funds", "target", 1500000000, "vnd"), ("support_funds", "actual", 1820000000, "vnd"),
        ("shelter_houses", "target", 10, "count"), ("shelter_houses", "actual", 12, "count")]
    assert [text[r.evidence.start:r.evidence.end] for r in recs] == ["1.500", "1.820", "10", "12"]


def test_a_second_header_starts_another_table(res):
    text = ("Năm 2023, LĐLĐ tỉnh Phú Thọ:\n"
            "| Chỉ tiêu | Kế hoạch | Thực hiện |\n| Kết nạp đoàn viên | 500 | 620 |\n"
            "| Chỉ tiêu | Năm 2022 | Năm 2023 |\n| Thành lập CĐCS | 5 | 7 |\n")
    recs = extract_article(Article(id="t", text=text), res)
    assert [(r.indicator, r.status, clean_value(r.value), r.period_start) for r in recs] == [
        ("members_new", "target", 500, "2023-01-01"), ("members_new", "actual", 620, "2023-01-01"),
        ("unions_new", "actual", 5, "2022-01-01"), ("unions_new", "actual", 7, "2023-01-01")]


def test_a_year_plan_column_dates_its_cells_to_the_whole_year(res):
    """'Kế hoạch năm' (no year of its own) beside 'Thực hiện 6 tháng' after '6 tháng đầu năm 2024': the
    plan is all of 2024, the results the first half."""
    text = ("Một số kết quả chủ yếu 6 tháng đầu năm 2024:\n"
            "| Nội dung | Kế hoạch năm | Thực hiện 6 tháng | Tỷ lệ (%) |\n"
            "| Doanh nghiệp tổ chức hội nghị người lao động | 4.500 | 3.426 | 76,1 |\n")
    recs = extract_article(Article(id="t", text=text, published=date(2024, 7, 15)), res)
    got = {(r.status, clean_value(r.value), r.period_start, r.period_end) for r in recs}
    assert ("target", 4500, "2024-01-01", "2024-12-31") in got
    assert ("actual", 3426, "2024-01-01", "2024-06-30") in got


def test_columns_named_only_by_their_period_hold_what_was_done_then(res):
    """'| Nội dung | Quý I/2019 | Cùng kỳ 2018 |': both columns hold results, each of its own period (the
    same quarter of 2018 for 'Cùng kỳ 2018'); 'So cùng kỳ (%)' stays a comparison (no record)."""
    text = ("Quý I/2019, Công đoàn các KCN đạt kết quả so với cùng kỳ năm trước như sau:\n"
            "| Nội dung | Quý I/2019 | Cùng kỳ 2018 | So cùng kỳ (%) |\n"
            "| Kết nạp đoàn viên | 6.214 | 5.480 | 113,4 |\n")
    recs = extract_article(Article(id="t", text=text, published=date(2019, 4, 20)), res)
    got = {(r.status, clean_value(r.value), r.period_start, r.period_end) for r in recs if r.indicator == "members_new"}
    assert got == {("actual", 6214, "2019-01-01", "2019-03-31"), ("actual", 5480, "2018-01-01", "2018-03-31")}


def test_a_table_of_bodies_gives_each_row_its_body_as_scope_and_none_to_the_total_row(res):
    text = ("Kết quả phát triển đoàn viên 6 tháng đầu năm 2023 của các huyện:\n"
            "| Địa phương | Kết nạp đoàn viên | Thành lập CĐCS |\n"
            "| Huyện Mường Tè | 112 | 2 |\n"
            "| Huyện Sìn Hồ | 87 | 1 |\n"
            "| Tổng cộng | 199 | 3 |\n")
    recs = extract_article(Article(id="t", text=text, published=date(2023, 7, 10)), res)
    assert [(r.indicator, clean_value(r.value), r.scope) for r in recs] == [
        ("members_new", 112, "Huyện Mường Tè"), ("unions_new", 2, "Huyện Mường Tè"),
        ("members_new", 87, "Huyện Sìn Hồ"), ("unions_new", 1, "Huyện Sìn Hồ"),
        ("members_new", 199, None), ("unions_new", 3, None)]
    assert {(r.period_start, r.period_end) for r in recs} == {("2023-01-01", "2023-06-30")}


def test_a_unit_column_named_like_the_bodies_column_is_still_a_unit_column(res):
    """'Đơn vị' after the row label is the unit ('ĐVT'); first, before any label, it names the bodies."""
    text = ("Kết quả năm 2021 của LĐLĐ tỉnh Sơn La:\n"
            "| Nội dung | Đơn vị | Chỉ tiêu | Thực hiện |\n"
            "| Kết nạp đoàn viên | người | 1.500 | 1.712 |\n")
    recs = extract_article(Article(id="t", text=text, published=date(2021, 12, 28)), res)
    assert triples(recs) == [["members_new", "target", 1500], ["members_new", "actual", 1712]]
    assert all(r.scope is None for r in recs)


def test_a_table_whose_cells_tabs_part_reads_like_a_pipe_table(res):
    """A table copied from a spreadsheet keeps a tab between cells: header roles, rows, shares of the plan."""
    text = ("Kết quả 6 tháng đầu năm 2022 của LĐLĐ tỉnh Bắc Giang:\n\n"
            "Chỉ tiêu\tKế hoạch năm 2022\tThực hiện 6 tháng\tTỷ lệ so KH (%)\n"
            "Kết nạp đoàn viên mới\t9.000\t5.310\t59,0\n"
            "Thành lập CĐCS mới\t40\t22\t55,0\n\n"
            "Hội nghị đề ra nhiệm vụ 6 tháng cuối năm.")
    recs = extract_article(Article(id="t", text=text, published=date(2022, 7, 12)), res)
    assert triples(recs) == [["members_new", "target", 9000], ["members_new", "actual", 5310],
                             ["members_new", "attainment", 59], ["unions_new", "target", 40],
                             ["unions_new", "actual", 22], ["unions_new", "attainment", 55]]
    assert [(r.period_start, r.period_end) for r in recs if r.status == "actual"] == [("2022-01-01", "2022-06-30")] * 2
    assert [_at(text, r) for r in recs][:3] == ["9.000", "5.310", "59,0"]


def test_columns_of_bodies_may_name_a_period_and_a_total_column_sums_the_quarters(res):
    text = ("Số liệu của LĐLĐ tỉnh Gia Lai đến tháng 1/2024:\n"
            "| Đơn vị | CĐCS hiện có | Kết nạp mới năm 2023 |\n"
            "| LĐLĐ TP. Pleiku | 298 | 1.120 |\n")
    recs = extract_article(Article(id="t", text=text, published=date(2024, 1, 20)), res)
    assert [(r.indicator, clean_value(r.value), r.period_start, r.period_end) for r in recs] == [
        ("unions_total", 298, "2024-01-20", "2024-01-20"), ("members_new", 1120, "2023-01-01", "2023-12-31")]
    text = ("9 tháng năm 2019, Công đoàn các KCN tỉnh đạt kết quả:\n"
            "| Nội dung | Quý I/2019 | Quý II/2019 | Quý III/2019 | Cộng 9 tháng |\n"
            "| Kết nạp đoàn viên | 2.100 | 3.050 | 2.480 | 7.630 |\n")
    recs = extract_article(Article(id="t", text=text, published=date(2019, 10, 15)), res)
    assert [(clean_value(r.value), r.period_start, r.period_end) for r in recs][-1] == (7630, "2019-01-01", "2019-09-30")
