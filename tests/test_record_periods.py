"""The period of a record, on real sentences: units named earlier, publication dates,
running totals, comparisons with another year, terms of a congress.

The phrases themselves are tests/test_periods.py; here the whole pipeline picks
the one a figure takes (extractor/dating.py, extractor/pipeline.py)."""

from datetime import date

import pytest

from extractor.article import Article
from extractor.pipeline import extract_article, load_resources
from extractor.record import clean_value
from recordtexts import periods_of


@pytest.fixture(scope="module")
def res():
    return load_resources()


def _dated(text, res, published):
    return [(r.indicator, clean_value(r.value), r.period_start, r.period_end)
            for r in extract_article(Article(id="t", text=text, published=published), res)]


def test_anaphoric_year_and_quarter_take_the_unit_named_last(res):
    def periods(text, published):
        return [(str(r.period_start), str(r.period_end)) for r in
                extract_article(Article(id="t", text=text, published=published), res)]
    text = ("Năm 2023, toàn hệ thống đã kết nạp 1.009.587 đoàn viên. "
            "Tuy nhiên, số đoàn viên giảm trong năm là 693.112 người.")
    assert periods(text, date(2024, 1, 10)) == [("2023-01-01", "2023-12-31")] * 2
    text = "Quý I/2025, LĐLĐ tỉnh tập huấn cho 1.960 lượt NLĐ. Cũng trong quý, Trung tâm đã tư vấn cho 418 lượt NLĐ."
    assert periods(text, date(2025, 4, 28)) == [("2025-01-01", "2025-03-31")] * 2
    # with no earlier year named, "trong năm" is the publication's year (records.md)
    assert periods("Trong năm, LĐLĐ tỉnh thăm 120 đoàn viên ốm đau.", date(2022, 12, 28)) == [
        ("2022-01-01", "2022-12-31")]


def test_a_raised_total_is_dated_at_publication_whatever_it_counts(res):
    text = ("Quý I/2024, LĐLĐ tỉnh hướng dẫn nhập thông tin của 3.100 đoàn viên lên phần mềm, "
            "nâng tổng số đoàn viên có dữ liệu trên phần mềm lên 41.250.")
    assert _dated(text, res, date(2024, 4, 12)) == [
        ("member_records", 3100, "2024-01-01", "2024-03-31"),
        ("member_records", 41250, "2024-04-12", "2024-04-12")]
    # only the total itself: a change stated after it keeps the sentence's period
    text = ("Năm 2016, Công đoàn phát triển 7.888 đoàn viên. Đưa tổng số đoàn viên toàn tỉnh là 104.035 người "
            "(tăng 7.632 người so với năm 2015).")
    got = {v: (s, e) for _, v, s, e in _dated(text, res, date(2016, 10, 20))}
    assert got[104035] == ("2016-10-20", "2016-10-20") and got[7632] == ("2016-01-01", "2016-12-31")


def test_anaphoric_month_without_a_publication_date(res):
    text = ("Liên đoàn Lao động tỉnh vừa tổng kết Tháng Công nhân năm 2023.\n\n"
            "Trong tháng, các cấp công đoàn đã thăm hỏi, tặng quà 14.385 lượt đoàn viên.")
    assert _dated(text, res, None) == [("beneficiaries", 14385, "2023-05-01", "2023-05-31")]


def test_plan_year_in_the_lead_is_not_what_trong_nam_means(res):
    text = ("LĐLĐ huyện tổ chức hội nghị tổng kết hoạt động công đoàn năm 2018 và triển khai phương hướng, "
            "nhiệm vụ năm 2019.\n\nTrong năm, LĐLĐ huyện đã kết nạp mới 214 đoàn viên.")
    assert _dated(text, res, date(2018, 12, 21)) == [("members_new", 214, "2018-01-01", "2018-12-31")]


def test_the_same_period_of_another_year(res):
    text = ("9 tháng năm 2024, các cấp công đoàn tỉnh đã kết nạp mới 4.236 đoàn viên "
            "(cùng kỳ năm 2023 kết nạp 2.905 đoàn viên); thành lập mới 18 CĐCS.")
    got = periods_of(text, res, date(2024, 10, 14))
    assert got == {4236: ("2024-01-01", "2024-09-30"), 2905: ("2023-01-01", "2023-09-30"),
                   18: ("2024-01-01", "2024-09-30")}


def test_a_cumulative_count_up_to_now_is_dated_at_publication(res):
    text = ("Năm 2021, LĐLĐ tỉnh tổ chức 12 lớp tập huấn.\n\n"
            "Đến nay, các cấp công đoàn đã nhập dữ liệu của 152.600 đoàn viên lên phần mềm.")
    got = periods_of(text, res, date(2021, 7, 5))
    assert got == {12: ("2021-01-01", "2021-12-31"), 152600: ("2021-07-05", "2021-07-05")}


def test_a_comparison_period_dates_only_its_own_clause(res):
    """'cùng kỳ năm 2019, toàn tỉnh chỉ kết nạp ...' compares: the next clause, and 'Trong quý' of the next
    sentence, are still the quarter the article is about."""
    text = ("Quý II/2020, LĐLĐ tỉnh thành lập mới 9 CĐCS, kết nạp 610 đoàn viên; cùng kỳ năm 2019, toàn tỉnh chỉ "
            "thành lập 3 CĐCS.\n\nTrong quý, LĐLĐ tỉnh mở 4 lớp tập huấn cho 260 cán bộ công đoàn.\n\n"
            "Thành lập 12 CĐCS, nhiều hơn cùng kỳ năm trước 5 CĐCS; kết nạp 700 đoàn viên.")
    got = periods_of(text, res, date(2020, 7, 9))
    q2 = ("2020-04-01", "2020-06-30")
    assert got[3] == ("2019-04-01", "2019-06-30")
    assert got[4] == q2 and got[260] == q2 and got[700] == q2


def test_the_past_term_is_the_term_the_congress_report_names(res):
    """A congress report names the new term and the one it reports on; 'Nhiệm kỳ qua' is the latter,
    and figures after it inherit it (undated page: no publication year to go by)."""
    text = ("BÁO CÁO CHÍNH TRỊ TRÌNH ĐẠI HỘI CÔNG ĐOÀN NGÀNH Y TẾ LẦN THỨ VI, NHIỆM KỲ 2023 - 2028\n\n"
            "KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI V, NHIỆM KỲ 2018 - 2023\n\n"
            "Nhiệm kỳ qua, các cấp công đoàn đã thăm hỏi, hỗ trợ 5.320 lượt đoàn viên.\n\n"
            "Kết nạp mới 860 đoàn viên; giới thiệu 410 đoàn viên ưu tú cho Đảng.")
    got = periods_of(text, res, None)
    term = ("2018-01-01", "2023-12-31")
    assert got[5320] == term and got[860] == term and got[410] == term


def test_since_the_start_of_the_term_runs_from_the_term_running_at_publication(res):
    """'Từ đầu nhiệm kỳ đến nay' at a July 2023 congress: from 2018, the start of the term it closes."""
    text = ("Đại hội Công đoàn tỉnh lần thứ XI, nhiệm kỳ 2023-2028 khai mạc.\n\n"
            "Nhiệm kỳ 2018-2023, các cấp công đoàn kết nạp 21.300 đoàn viên. Từ đầu nhiệm kỳ đến nay, Quỹ "
            "Mái ấm Công đoàn đã hỗ trợ xây mới, sửa chữa 318 căn nhà.")
    got = periods_of(text, res, date(2023, 7, 20))
    assert got[21300] == ("2018-01-01", "2023-12-31") and got[318] == ("2018-01-01", "2023-07-20")


def test_a_rounded_repeat_of_an_earlier_figure_takes_its_period(res):
    """An interview question rounding the answer's figure ('Con số hơn 5.600 đoàn viên mới ...' after
    5.612 over ten months) states that statistic, not one of the last period named (October); an
    exact repeat, or a rounded one with a period of its own, keeps its own reading."""
    text = ("Từ đầu năm 2025 đến hết tháng 10, các cấp công đoàn đã kết nạp 5.612 đoàn viên mới. "
            "Riêng tháng 10 kết nạp 640 đoàn viên.\n\n"
            "PV: Con số hơn 5.600 đoàn viên mới là đáng ghi nhận.\n\n"
            "Năm 2024, toàn tỉnh kết nạp hơn 5.600 đoàn viên.")
    recs = extract_article(Article(id="t", text=text, published=date(2025, 11, 14)), res)
    got = [(clean_value(r.value), r.period_start, r.period_end) for r in recs]
    assert got == [(5612, "2025-01-01", "2025-10-31"), (640, "2025-10-01", "2025-10-31"),
                   (5600, "2025-01-01", "2025-10-31"), (5600, "2024-01-01", "2024-12-31")]


def test_a_deadline_year_inside_a_named_term_is_the_term(res):
    """'Nhiệm kỳ 2023-2028: phấn đấu đến năm 2028 ...' plans for the term; a deadline with no span
    ending that year in its sentence stays that year."""
    text = "Đại hội thống nhất chỉ tiêu nhiệm kỳ 2023-2028: phấn đấu đến năm 2028 phát triển mới 25.000 đoàn viên."
    assert periods_of(text, res, date(2023, 7, 20))[25000] == ("2023-01-01", "2028-12-31")
    text = "Năm 2026, LĐLĐ thành phố phấn đấu đến năm 2028 kết nạp mới 40.000 đoàn viên."
    assert periods_of(text, res, date(2026, 1, 20))[40000] == ("2028-01-01", "2028-12-31")


def test_the_years_plan_stated_with_its_figure_is_the_whole_year_of_the_span_named_last(res):
    """'6 tháng đầu năm 2020 ... (kế hoạch năm là 2.000 đoàn viên)' in a report of January 2021: the
    plan is all of 2020, not the first half nor the publication year nor the 2019 named before."""
    text = ("Năm 2019, LĐLĐ tỉnh kết nạp 5.100 đoàn viên. "
            "6 tháng đầu năm 2020 kết nạp 1.482 đoàn viên (kế hoạch năm là 2.000 đoàn viên).")
    got = periods_of(text, res, date(2021, 1, 10))
    assert got[1482] == ("2020-01-01", "2020-06-30") and got[2000] == ("2020-01-01", "2020-12-31")


def test_a_cumulative_count_at_a_cut_off_is_dated_at_publication(res):
    """'Tính đến ngày 15/8/2025, ... đã nhập thông tin của 215.340 đoàn viên lên phần mềm': a running
    total (member_records), dated at publication like a stock; a flow at the same cut-off
    ('Tính đến ngày 30/6, kết nạp 1.000 đoàn viên') keeps its span."""
    text = "Tính đến ngày 15/8/2025, toàn thành phố đã nhập thông tin của 215.340 đoàn viên lên phần mềm."
    assert periods_of(text, res, date(2025, 8, 20))[215340] == ("2025-08-20", "2025-08-20")
    text = "Tính đến ngày 30/6/2025, các cấp công đoàn đã kết nạp 1.000 đoàn viên."
    assert periods_of(text, res, date(2025, 8, 20))[1000] == ("2025-01-01", "2025-06-30")


def test_the_year_of_a_target_given_does_not_date_what_follows(res):
    """'Chỉ tiêu LĐLĐ tỉnh giao năm 2016 là ...' names the target's year; a later achievement of the
    article keeps the span it ran over ('Từ đầu năm 2016 đến nay')."""
    text = ("Từ đầu năm 2016 đến nay, các cấp công đoàn đã giới thiệu 1.126 đoàn viên ưu tú cho Đảng. "
            "Chỉ tiêu LĐLĐ tỉnh giao năm 2016 là giới thiệu 1.000 đoàn viên ưu tú cho Đảng. "
            "Cùng với đó, Ủy ban Kiểm tra LĐLĐ tỉnh đã kiểm tra tài chính 86 CĐCS.")
    got = periods_of(text, res, date(2016, 11, 2))
    assert got[1000] == ("2016-01-01", "2016-12-31") and got[86] == ("2016-01-01", "2016-11-02")


def test_the_years_plan_dates_its_target_but_not_what_was_done_after_it(res):
    """'đạt 41% kế hoạch năm (4.500 đoàn viên)' in a half-year report: the 4.500 is the year's plan;
    the next sentence's figures keep the half year (a plan's span dates targets only)."""
    text = ("6 tháng đầu năm 2020, công đoàn kết nạp 1.845 đoàn viên, đạt 41% kế hoạch năm (4.500 đoàn viên). "
            "Công đoàn đã hỗ trợ xây 6 Mái ấm Công đoàn.")
    got = periods_of(text, res, date(2020, 7, 10))
    assert got[4500] == ("2020-01-01", "2020-12-31") and got[6] == ("2020-01-01", "2020-06-30")


def test_a_look_back_before_the_articles_own_period_dates_only_its_own_paragraph(res):
    text = ("LĐLĐ tỉnh Hưng Yên: Năm 2023 kết nạp 6.120 đoàn viên\n"
            "Năm 2023, LĐLĐ tỉnh kết nạp 6.120 đoàn viên. Năm 2022, toàn tỉnh chỉ kết nạp được 4.870 đoàn viên. "
            "Cũng trong năm đó, thành lập 18 CĐCS.\n"
            "Các cấp công đoàn đã thăm hỏi, tặng quà 31.500 lượt đoàn viên.\n")
    got = periods_of(text, res, date(2023, 12, 20))
    year = lambda y: (f"{y}-01-01", f"{y}-12-31")  # noqa: E731
    assert got[4870] == year(2022) and got[18] == year(2022)   # the look-back's own paragraph
    assert got[31500] == year(2023)                            # a later paragraph: back in the article's year


def test_a_later_quarter_planned_is_no_look_back_for_the_reported_one(res):
    text = ("Quý III/2024: Công đoàn tỉnh thành lập mới 9 CĐCS\n"
            "Quý IV, LĐLĐ tỉnh đặt mục tiêu kết nạp thêm 1.200 đoàn viên.\n"
            "Trong quý III, các cấp công đoàn tham gia 27 cuộc giám sát.\n"
            "LĐLĐ tỉnh hỗ trợ 46 đoàn viên có nhà bị tốc mái.\n")
    got = periods_of(text, res, date(2024, 10, 8))
    assert got[46] == ("2024-07-01", "2024-09-30")


def test_a_running_total_stated_as_current_is_dated_at_publication(res):
    text = ("Năm 2018, LĐLĐ thành phố Cần Thơ đã ký kết 9 thỏa thuận hợp tác với các doanh nghiệp. Sau lễ ký kết, "
            "tổng số đơn vị tham gia chương trình “Phúc lợi đoàn viên” trên địa bàn thành phố hiện là 27.")
    got = periods_of(text, res, date(2019, 6, 12))
    assert got[9] == ("2018-01-01", "2018-12-31") and got[27] == ("2019-06-12", "2019-06-12")


def test_a_period_in_a_breakdown_clause_after_the_figure_dates_the_part_not_the_total(res):
    text = ("I. KẾT QUẢ NỔI BẬT NĂM 2020\n\n"
            "3. Chăm lo đời sống đoàn viên: thăm hỏi, hỗ trợ 48.650 lượt đoàn viên, người lao động, trong đó có "
            "đoàn viên bị ảnh hưởng bởi đợt mưa lũ tháng 10/2020.\n")
    assert periods_of(text, res, date(2020, 12, 30))[48650] == ("2020-01-01", "2020-12-31")
    # a period opening the sentence ("Riêng năm 2020, ...;") still dates the clause after a semicolon
    text = ("Riêng năm 2020, LĐLĐ tỉnh giới thiệu 395 đoàn viên ưu tú, có 231 đoàn viên được kết nạp Đảng; "
            "Công đoàn ngành Giáo dục dẫn đầu với 86 đảng viên mới.")
    assert periods_of(text, res, date(2021, 1, 10))[231] == ("2020-01-01", "2020-12-31")


def test_the_past_term_with_its_years_in_brackets_dates_the_figures_after_it(res):
    text = ("Ngày 15/11, LĐLĐ huyện Văn Chấn tổ chức Đại hội Công đoàn huyện lần thứ XIX, nhiệm kỳ 2012 - 2017.\n"
            "Nhiệm kỳ qua (2007 - 2012), Công đoàn huyện Văn Chấn đã phát triển mới 1.482 đoàn viên; "
            "thành lập mới 14 công đoàn cơ sở.")
    got = periods_of(text, res, date(2012, 11, 16))
    assert got[1482] == got[14] == ("2007-01-01", "2012-12-31")


def test_agreements_in_force_up_to_now_are_a_running_total_in_their_own_clause(res):
    text = ("Theo LĐLĐ tỉnh Long An, trong năm, các CĐCS đã ký mới 126 bản TƯLĐTT, đạt 105% kế hoạch năm; đến nay "
            "toàn tỉnh có 1.037 doanh nghiệp có thỏa ước còn hiệu lực.")
    got = periods_of(text, res, date(2020, 12, 18))
    assert got[126] == ("2020-01-01", "2020-12-31") and got[1037] == ("2020-12-18", "2020-12-18")


def test_a_plans_span_between_dates_its_target_only(res):
    text = ("6 tháng đầu năm 2014, các cấp công đoàn kết nạp 2.106 đoàn viên, bằng 52,7% chỉ tiêu cả năm "
            "(4.000 đoàn viên); số đoàn viên giảm 734 người, nên tăng tuyệt đối 1.372 đoàn viên.")
    got = periods_of(text, res, date(2014, 7, 10))
    half = ("2014-01-01", "2014-06-30")
    assert got[2106] == got[734] == got[1372] == half and got[4000] == ("2014-01-01", "2014-12-31")
    # a comparison in brackets after "kế hoạch năm" is no plan's span: it dates its own figure
    text = ("9 tháng năm 2024, các cấp công đoàn kết nạp 7.785 đoàn viên, đạt 86,5% kế hoạch năm (cùng kỳ năm 2023 "
            "kết nạp 6.930 đoàn viên).")
    assert periods_of(text, res, date(2024, 10, 10))[6930] == ("2023-01-01", "2023-09-30")


def test_n_years_past_starting_with_a_named_term_is_that_term(res):
    text = ("Đại hội Công đoàn tỉnh Gia Lai lần thứ XII, nhiệm kỳ 2023-2028. Báo cáo tổng kết nhiệm kỳ 2018-2023 cho "
            "biết 5 năm qua, các cấp công đoàn toàn tỉnh đã kết nạp 27.604 đoàn viên.\n"
            "Trong 10 năm qua, LĐLĐ tỉnh đã xây 500 nhà Mái ấm Công đoàn.\n")
    got = periods_of(text, res, date(2023, 7, 20))
    assert got[27604] == ("2018-01-01", "2023-12-31")      # the term reported on, to its end
    assert got[500] == ("2013-01-01", "2023-07-20")        # no term starts with it: back from publication


def test_a_period_named_to_compare_with_dates_its_own_clause_only(res):
    """'gấp đôi năm 2014 (23 CĐCS); kết nạp 3.812', 'tổ chức 126 lớp ..., trong khi năm 2014 chỉ tổ chức được 98
    lớp': the compared year dates the figure after it in its clause, not the report year's figures."""
    text = ("LĐLĐ tỉnh Quảng Bình tổng kết năm 2015.\n\n"
            "Năm qua, các cấp công đoàn thành lập mới 46 CĐCS, gấp đôi năm 2014 (23 CĐCS); kết nạp 3.812 đoàn viên, "
            "so với 2.960 đoàn viên của năm trước. LĐLĐ tỉnh tổ chức 126 lớp tập huấn cho 9.870 lượt cán bộ, đoàn "
            "viên, trong khi năm 2014 chỉ tổ chức được 98 lớp.\n\n"
            "Có 512 cơ quan, đơn vị tổ chức hội nghị cán bộ, công chức, viên chức.")
    got = periods_of(text, res, date(2016, 1, 20))
    y2015, y2014 = ("2015-01-01", "2015-12-31"), ("2014-01-01", "2014-12-31")
    assert [got[v] for v in (46, 3812, 126, 9870, 512)] == [y2015] * 5
    assert got[23] == y2014 and got[98] == y2014


def test_the_same_count_for_another_year_in_a_parenthesis_takes_that_year(res):
    text = ("LĐLĐ tỉnh Hải Dương tổng kết năm 2024.\n\n"
            "Năm 2024, các cấp công đoàn giới thiệu 520 đoàn viên ưu tú cho Đảng xem xét kết nạp (năm 2023 là 468 người).")
    got = periods_of(text, res, date(2025, 1, 8))
    assert got[520] == ("2024-01-01", "2024-12-31") and got[468] == ("2023-01-01", "2023-12-31")


def test_a_quarter_compared_with_in_an_aside_is_no_anchor_for_cung_trong_quy(res):
    """'So với cùng kỳ năm trước, ... tăng 418 người (quý I/2022 kết nạp 2.830 đoàn viên). ... Cũng trong quý, ...
    giải thể 3 CĐCS': the quarter the article reports, not the one compared with."""
    text = ("Trong quý I/2023, các cấp công đoàn tỉnh Bắc Giang đã kết nạp mới 3.248 đoàn viên. So với cùng kỳ năm "
            "trước, số đoàn viên kết nạp mới tăng 418 người (quý I/2022 kết nạp 2.830 đoàn viên).\n\n"
            "Cũng trong quý, do doanh nghiệp ngừng hoạt động, LĐLĐ tỉnh đã giải thể 3 CĐCS.")
    got = periods_of(text, res, date(2023, 4, 12))
    assert got[2830] == ("2022-01-01", "2022-03-31")
    assert got[3] == got[3248] == ("2023-01-01", "2023-03-31")


def test_a_plan_a_result_is_measured_against_is_the_results_period_and_ends_its_clause(res):
    """'kết nạp 6.720 đoàn viên (chỉ tiêu giao là 6.000 đoàn viên)', 'thành lập mới 48 CĐCS trên chỉ tiêu 50
    CĐCS; giải thể 11 CĐCS': the plans are 2018's, as the results, not the next year's tasks named before;
    the dissolutions after the ';' are done, not planned; a plan's own span ('chỉ tiêu cả năm') still dates
    its figure."""
    text = ("Chiều 14/1, LĐLĐ tỉnh Vĩnh Phúc tổ chức hội nghị tổng kết công tác công đoàn năm 2018, triển khai "
            "nhiệm vụ năm 2019.\n\nBáo cáo tại hội nghị cho biết, các cấp công đoàn trong tỉnh đã kết nạp 6.720 "
            "đoàn viên (chỉ tiêu giao là 6.000 đoàn viên). Toàn tỉnh thành lập mới 48 CĐCS trên chỉ tiêu 50 CĐCS; "
            "giải thể 11 CĐCS do doanh nghiệp ngừng hoạt động.")
    got = periods_of(text, res, date(2019, 1, 15))
    assert got[6000] == got[50] == got[11] == ("2018-01-01", "2018-12-31")
    statuses = {clean_value(r.value): r.status for r in extract_article(
        Article(id="t", text=text, published=date(2019, 1, 15)), res)}
    assert (statuses[6000], statuses[50], statuses[11]) == ("target", "target", "actual")
    text = ("Chín tháng đầu năm 2014, các cấp công đoàn tỉnh Hà Nam thành lập mới 11 CĐCS, vượt 10% chỉ tiêu cả "
            "năm (chỉ tiêu 10 CĐCS).")
    assert periods_of(text, res, date(2014, 10, 20))[10] == ("2014-01-01", "2014-12-31")


def test_a_period_that_ends_an_aside_dates_the_clause_after_it(res):
    """'Sau 6 tháng đi vào hoạt động (từ ngày 1/7 đến 31/12/2025), Công đoàn phường ... kết nạp 742 đoàn
    viên': the parenthesis glosses the time, it is no other figure's aside; and an undated article whose
    periods fall after the 2025 merger reads its wards as after it (phường Bắc Giang: Bắc Giang)."""
    text = ("Công đoàn phường Bắc Giang kết nạp 742 đoàn viên\n\n"
            "Sau 6 tháng đi vào hoạt động (từ ngày 1/7 đến 31/12/2025), Công đoàn phường Bắc Giang (tỉnh Bắc "
            "Ninh) đã thành lập mới 6 công đoàn cơ sở, kết nạp 742 đoàn viên.")
    got = periods_of(text, res, None)
    assert got[742] == got[6] == ("2025-07-01", "2025-12-31")
    regions = {clean_value(r.value): r.region for r in extract_article(Article(id="t", text=text), res)}
    assert regions[6] == "Bắc Giang"


def test_a_year_stated_again_after_a_comparison_with_it_is_no_anchor_for_trong_nam(res):
    """'tăng 139% so với năm 2020. Năm 2020, số tiền hỗ trợ là 18,2 tỷ đồng.': the second sentence gives the
    compared year's figure (2020); a later 'Trong năm' is the year the article reports, 2021."""
    text = ("Năm 2021, Công đoàn các KCN Đồng Nai đã hỗ trợ 118.240 lượt công nhân lao động với tổng kinh phí 43,6 "
            "tỷ đồng, tăng 139% so với năm 2020. Năm 2020, số tiền hỗ trợ là 18,2 tỷ đồng.\n\n"
            "Công tác phát triển đoàn viên gặp nhiều khó khăn. Trong năm, Công đoàn các KCN kết nạp 12.605 đoàn viên.")
    got = periods_of(text, res, date(2022, 1, 14))
    assert got[18200000000] == ("2020-01-01", "2020-12-31")
    assert got[12605] == ("2021-01-01", "2021-12-31")


def test_the_compared_periods_own_figure_in_a_parenthesis_is_dated_by_it(res):
    """'tăng 38 đơn vị so với Tháng Công nhân năm 2016 (318 CĐCS)': the 318 is what the 356 counts, for May
    2016; 'so với cùng kỳ năm trước (1.580 lượt)' after '9 tháng đầu năm' (2020): the first 9 months of 2019;
    a figure after the parenthesis is not the compared period's."""
    text = ("Tổng kết Tháng Công nhân năm 2017, LĐLĐ tỉnh cho biết đã có 356 CĐCS tổ chức các hoạt động thiết "
            "thực, tăng 38 đơn vị so với Tháng Công nhân năm 2016 (318 CĐCS).\n\n"
            "9 tháng đầu năm, các cấp công đoàn đã tư vấn pháp luật cho 2.164 lượt người lao động, tăng 37% so với "
            "cùng kỳ năm trước (1.580 lượt), đạt 80% kế hoạch năm.")
    got = periods_of(text, res, date(2020, 10, 3))
    assert got[318] == ("2016-05-01", "2016-05-31") and got[356] == ("2017-05-01", "2017-05-31")
    assert got[1580] == ("2019-01-01", "2019-09-30") and got[80] == ("2020-01-01", "2020-09-30")
    codes = {clean_value(r.value): r.indicator for r in extract_article(
        Article(id="t", text=text, published=date(2020, 10, 3)), res)}
    assert codes[318] == "workers_month_units" and codes[1580] == "legal_consultations"


def test_a_year_whose_figure_restates_another_is_no_anchor_for_trong_nam(res):
    """'Năm 2018, con số này là 27.905 đoàn viên.': a year named to compare with; a later 'Trong năm' is still
    the year the article reports (2019)."""
    text = ("Năm 2019, Công đoàn các KCN Bắc Ninh kết nạp 31.240 đoàn viên. Năm 2018, con số này là 27.905 đoàn "
            "viên.\n\nTrong năm có 534 doanh nghiệp tổ chức hội nghị người lao động.")
    got = periods_of(text, res, date(2020, 1, 10))
    assert got[27905] == ("2018-01-01", "2018-12-31") and got[534] == ("2019-01-01", "2019-12-31")


def test_a_pledge_named_in_the_headline_dates_no_result(res):
    """'Cụm thi đua các tỉnh Tây Bắc ký kết giao ước thi đua năm 2023' (headline of an undated page): the year
    of the pledge; the results reported below are the year the body names, 2022 (regression: they took 2023)."""
    text = ("Cụm thi đua các tỉnh Tây Bắc ký kết giao ước thi đua năm 2023\n\nHội nghị tổng kết Cụm thi đua năm 2022 "
            "vừa được tổ chức tại tỉnh Điện Biên.\n\nTheo báo cáo, năm 2022, LĐLĐ tỉnh Điện Biên kết nạp 1.320 đoàn "
            "viên.\n\nLĐLĐ tỉnh Lai Châu kết nạp 1.065 đoàn viên, thành lập 14 CĐCS.")
    got = periods_of(text, res, None)
    assert got[1065] == got[14] == ("2022-01-01", "2022-12-31")


def test_a_plan_headline_is_not_the_period_a_review_looks_back_from(res):
    """'LĐLĐ tỉnh phấn đấu kết nạp 7.000 đoàn viên trong năm 2014' over a January review of 'Năm qua': the
    review's later paragraphs stay in 2013 (regression: they took the plan's 2014)."""
    text = ("LĐLĐ tỉnh phấn đấu kết nạp 7.000 đoàn viên trong năm 2014\n\nNgày 15/1, LĐLĐ tỉnh tổ chức hội nghị tổng "
            "kết công tác công đoàn năm 2013, triển khai nhiệm vụ năm 2014.\n\nNăm qua, các cấp công đoàn trong tỉnh "
            "đã kết nạp mới 8.420 đoàn viên. Hiện toàn tỉnh có 1.126 CĐCS.\n\nCác cấp công đoàn đã phối hợp tổ chức "
            "410 hội nghị người lao động; ký mới 68 bản thỏa ước lao động tập thể.")
    got = periods_of(text, res, date(2014, 1, 16))
    assert got[7000] == ("2014-01-01", "2014-12-31")
    assert got[8420] == got[410] == got[68] == ("2013-01-01", "2013-12-31")


def test_within_the_term_with_no_years_is_the_term_the_article_names(res):
    """'Trong nhiệm kỳ, Công đoàn ngành mở 38 lớp tập huấn' after a paragraph on 2022: the term 2018-2023 the
    article names (regression: 2022)."""
    text = ("Nhiệm kỳ 2018-2023, Công đoàn ngành đã kết nạp 1.240 đoàn viên mới.\n\nNăm 2022, 44 đơn vị tổ chức hội "
            "nghị cán bộ, công chức, viên chức. Trong nhiệm kỳ, Công đoàn ngành mở 38 lớp tập huấn cho 4.600 lượt "
            "cán bộ công đoàn.")
    got = periods_of(text, res, date(2023, 6, 1))
    assert got[38] == got[4600] == ("2018-01-01", "2023-12-31")
