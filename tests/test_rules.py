"""Rule behaviour on real sentences: status, attainment, lists, breakdowns, refusals."""

from datetime import date

import pytest

from extractor.article import Article
from extractor.pipeline import extract_article, load_resources
from extractor.record import clean_value


@pytest.fixture(scope="module")
def res():
    return load_resources()


def recs(text, res, published=None):
    return [(r.indicator, r.status, clean_value(r.value), r.unit, r.bound)
            for r in extract_article(Article(id="t", text=text, published=published), res)]


def test_list_under_a_target_heading_gives_targets(res):
    text = ("Ban Chấp hành LĐLĐ tỉnh xác định những chỉ tiêu phải thực hiện như sau:\n\n"
            "1. Kết nạp mới 5.821 đoàn viên công đoàn.\n\n"
            "2. Thành lập mới 34 công đoàn cơ sở tại doanh nghiệp từ 25 công nhân, lao động trở lên.\n")
    assert recs(text, res) == [("members_new", "target", 5821, "count", "exact"),
                               ("unions_new", "target", 34, "count", "exact")]


def test_target_then_actual_in_one_sentence(res):
    text = ("Thực hiện chỉ tiêu năm 2016 toàn tỉnh sẽ thành lập mới 21 công đoàn cơ sở, phát triển thêm "
            "8.000 đoàn viên công đoàn, đến nay sau 9 tháng triển khai thực hiện đã có 32 công đoàn cơ sở "
            "mới được thành lập, phát triển được 7.888 đoàn viên công đoàn đạt 98,6% kế hoạch năm.")
    assert recs(text, res) == [
        ("unions_new", "target", 21, "count", "exact"), ("members_new", "target", 8000, "count", "exact"),
        ("unions_new", "actual", 32, "count", "exact"), ("members_new", "actual", 7888, "count", "exact"),
        ("members_new", "attainment", 98.6, "percent", "exact")]


def test_exceeding_a_plan_by_n_percent_is_100_plus_n(res):
    text = ("Trong năm 2020, toàn tỉnh thành lập được 57 công đoàn cơ sở, nâng tổng số lên 1.985 công đoàn cơ sở, "
            "vượt hơn 11,7% kế hoạch năm; kết nạp được 7.074 đoàn viên công đoàn, nâng tổng số lên 17.054 "
            "đoàn viên công đoàn, vượt 31%.")
    got = recs(text, res)
    assert ("unions_new", "attainment", 111.7, "percent", "over") in got
    assert ("members_new", "attainment", 131, "percent", "exact") in got
    assert ("unions_total", "actual", 1985, "count", "exact") in got
    assert ("members_total", "actual", 17054, "count", "exact") in got


def test_stated_target_inside_an_attainment(res):
    text = "Các cấp công đoàn đã phát triển mới 8.865 đoàn viên (đạt 147% so với chỉ tiêu giao là 6.000 đoàn viên)."
    assert recs(text, res) == [("members_new", "actual", 8865, "count", "exact"),
                               ("members_new", "attainment", 147, "percent", "exact"),
                               ("members_new", "target", 6000, "count", "exact")]


def test_attainment_of_an_activity_named_without_a_figure(res):
    text = "Giới thiệu đoàn viên công đoàn ưu tú cho Đảng xem xét, bồi dưỡng kết nạp đạt 175%."
    assert recs(text, res) == [("party_referrals", "attainment", 175, "percent", "exact")]


def test_rates_and_shares_are_not_attainments(res):
    text = ("Toàn tỉnh có 1.896 doanh nghiệp có từ 30 lao động trở lên, trong đó có 1.026 doanh nghiệp đã thành lập "
            "được tổ chức Công đoàn cơ sở (tỷ lệ 54%).")
    got = recs(text, res)
    assert all(unit != "percent" for _, _, _, unit, _ in got)
    assert ("unions_total", "actual", 1026, "count", "exact") in got


def test_breakdown_parts_take_the_indicator_of_their_total(res):
    text = ("Đưa tổng số đoàn viên công đoàn toàn tỉnh là 104.035 đoàn viên, trong đó khu vực nhà nước là "
            "50.642 người, khu vực ngoài nhà nước là 53.393 người.")
    assert [v for ind, _, v, _, _ in recs(text, res) if ind == "members_total"] == [104035, 50642, 53393]


def test_members_with_new_unions_are_new_members(res):
    got = recs("Công đoàn các khu công nghiệp tỉnh đã thành lập 18 công đoàn cơ sở (CĐCS) với 3.000 đoàn viên, "
               "vượt 30% kế hoạch tỉnh giao, nâng tổng số lên 159 CĐCS.", res)
    assert ("members_new", "actual", 3000, "count", "exact") in got
    assert ("unions_new", "attainment", 130, "percent", "exact") in got
    assert ("unions_total", "actual", 159, "count", "exact") in got


def test_blocker_verbs_and_awards_give_nothing(res):
    assert recs("Dịp này, LĐLĐ tỉnh Quảng Bình đã tặng bằng khen cho 15 tập thể và 7 cá nhân có thành tích xuất sắc.", res) == []
    got = recs("Chuyển giao 13 CĐCS thuộc ngành Giáo dục tỉnh để thành lập 7 CĐCS Trung tâm Giáo dục.", res)
    assert got == [("unions_new", "actual", 7, "count", "exact")]


def test_money_per_item_is_not_a_total(res):
    got = recs("Liên đoàn Lao động tỉnh đã trao tặng 150 phần quà cho đoàn viên công đoàn, mỗi phần trị giá "
               "300.000 đồng, tổng kinh phí đợt trao quà trị giá 45.000.000 đồng.", res)
    assert ("support_funds", "actual", 45000000, "vnd", "exact") in got
    assert all(v != 300000 for _, _, v, _, _ in got)
