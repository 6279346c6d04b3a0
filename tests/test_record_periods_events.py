"""The period of a record dated by a festival or a month-long event, on real sentences: Tết (a cut-off early
in the year beside it, the Tết year of care given), Tháng Công nhân ("năm nay", a cut-off inside it, named in
one paragraph of a wider report).  Split from tests/test_record_periods.py."""

from datetime import date

import pytest

from extractor.pipeline import load_resources
from recordtexts import periods_of


@pytest.fixture(scope="module")
def res():
    return load_resources()


def test_a_cut_off_early_in_the_year_beside_tet_is_the_tet_year(res):
    """'Tính đến ngày 5/2, các cấp công đoàn đã chăm lo Tết cho 61.350 đoàn viên' counts the Tết season's care:
    the Tết year (as 'Tết Bính Ngọ 2026' would be), while a cut-off with no Tết stays a cut-off."""
    text = ("LĐLĐ tỉnh Đắk Lắk chăm lo Tết cho đoàn viên.\n\n"
            "Tính đến ngày 5/2, các cấp công đoàn tỉnh đã chăm lo Tết cho 61.350 đoàn viên, người lao động.")
    assert periods_of(text, res, date(2026, 2, 6))[61350] == ("2026-01-01", "2026-12-31")
    plain = "LĐLĐ tỉnh Đắk Lắk.\n\nTính đến ngày 5/2, các cấp công đoàn tỉnh đã kết nạp 1.350 đoàn viên."
    assert periods_of(plain, res, date(2026, 2, 6))[1350] == ("2026-01-01", "2026-02-05")


def test_a_cut_off_after_the_articles_tet_is_the_tet_year(res):
    text = ("Hơn 4.500 công nhân được tặng vé xe về quê đón Tết\n\n"
            "Tết Giáp Thìn 2024, các cấp Công đoàn TP HCM đã chăm lo cho hơn 520.000 lượt đoàn viên.\n\n"
            "Theo ông Hùng, tính đến ngày 29-1, các cấp Công đoàn TP đã thăm, tặng quà cho 521.400 lượt đoàn viên.")
    got = periods_of(text, res, date(2024, 1, 30))
    assert got[520000] == got[521400] == ("2024-01-01", "2024-12-31")


def test_only_care_takes_the_tet_year_from_an_earlier_tet(res):
    text = ("Chăm lo Tết Giáp Thìn 2024\n\n"
            "Tết Giáp Thìn 2024, LĐLĐ tỉnh chăm lo cho hơn 5.000 đoàn viên. Năm nay, LĐLĐ tỉnh tổ chức chuyến xe Công đoàn.\n\n"
            "Tính đến ngày 29/1, các cấp công đoàn đã tặng quà cho 5.120 đoàn viên và kết nạp 240 đoàn viên mới.")
    got = periods_of(text, res, date(2024, 1, 30))
    assert got[5120] == ("2024-01-01", "2024-12-31") and got[240] == ("2024-01-01", "2024-01-29")


def test_this_years_workers_month_and_a_month_compared_with(res):
    """'Tháng Công nhân năm nay' is this year's May; 'so với Tháng Công nhân năm 2016 (...)' is compared with,
    so a later 'Trong tháng' points back to this year's month, not to 2016's."""
    text = ("Hơn 350 công đoàn cơ sở tổ chức Tháng Công nhân\n\n"
            "Tổng kết Tháng Công nhân năm nay, LĐLĐ tỉnh cho biết đã có 356 CĐCS tổ chức các hoạt động thiết thực, "
            "tăng 38 đơn vị so với Tháng Công nhân năm 2016.\n\n"
            "Trong tháng, các cấp công đoàn đã thăm, tặng quà 4.870 đoàn viên có hoàn cảnh khó khăn.")
    got = periods_of(text, res, date(2017, 6, 14))
    assert got[356] == got[4870] == ("2017-05-01", "2017-05-31")


def test_a_cut_off_inside_the_workers_month_dates_the_month(res):
    """'trong Tháng Công nhân năm 2025, tính đến ngày 15/5, ... 312 CĐCS': the month's tally so far, May 2025,
    and so for the next sentence that names no period; a cut-off with no event before it stays New Year
    to the cut-off."""
    text = ("Theo LĐLĐ tỉnh Hòa Bình, trong Tháng Công nhân năm 2025, tính đến ngày 15/5, toàn tỉnh đã có 312 "
            "công đoàn cơ sở tổ chức các hoạt động hưởng ứng.\n\n"
            "Các cấp công đoàn đã thăm hỏi, tặng quà cho 4.150 đoàn viên, người lao động.\n\n"
            "Năm 2025, tính đến ngày 15/5, toàn tỉnh kết nạp 1.200 đoàn viên.")
    got = periods_of(text, res, date(2025, 5, 16))
    assert got[312] == got[4150] == ("2025-05-01", "2025-05-31")
    assert got[1200] == ("2025-01-01", "2025-05-15")


def test_the_workers_month_inside_a_half_year_report_dates_its_own_paragraph_only(res):
    """A half-year report that names Tháng Công nhân in one paragraph: the next paragraph's figures are the half
    year's again, not May's (an article about the month itself carries it on: the test above)."""
    text = ("Công đoàn Phú Thọ sơ kết 6 tháng đầu năm 2018\n\n"
            "6 tháng đầu năm 2018, các cấp công đoàn tỉnh Phú Thọ kết nạp 3.416 đoàn viên.\n\n"
            "Tháng Công nhân năm 2018 được tổ chức tại hơn 1.020 CĐCS; các cấp công đoàn tặng quà 3.850 đoàn viên.\n\n"
            "Ủy ban Kiểm tra các cấp đã kiểm tra tài chính tại 87 đơn vị.")
    got = periods_of(text, res, date(2018, 8, 2))
    assert got[3850] == ("2018-05-01", "2018-05-31")
    assert got[3416] == got[87] == ("2018-01-01", "2018-06-30")
