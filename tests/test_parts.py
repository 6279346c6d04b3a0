"""Figures that take their indicator from another figure (extractor/parts.py), on real sentences:
breakdown parts after "trong đó" / "riêng" (also opening the next sentence), parts listed in a
parenthesis after a total, and figures listed "respectively" after the ones they repeat."""

from datetime import date

import pytest

from extractor.article import Article
from extractor.pipeline import extract_article, load_resources
from extractor.record import clean_value
from recordtexts import periods_of, recs


@pytest.fixture(scope="module")
def res():
    return load_resources()


def test_breakdown_parts_take_the_indicator_of_their_total(res):
    text = ("Đưa tổng số đoàn viên công đoàn toàn tỉnh là 104.035 đoàn viên, trong đó khu vực nhà nước là "
            "50.642 người, khu vực ngoài nhà nước là 53.393 người.")
    assert [v for ind, _, v, _, _ in recs(text, res) if ind == "members_total"] == [104035, 50642, 53393]


def test_a_breakdown_opening_the_next_sentence_splits_the_total_not_the_plan_in_its_aside(res):
    """'tư vấn ... cho 1.047 lượt ..., đạt 69,8% kế hoạch năm (1.500 lượt). Trong đó, tư vấn trực tiếp 612 lượt,
    qua điện thoại 435 lượt': the parts are done, parts of the 1.047, not of the plan in brackets."""
    text = ("Năm 2016, Trung tâm Tư vấn pháp luật Công đoàn tỉnh đã tư vấn pháp luật cho 1.047 lượt đoàn viên, người "
            "lao động, đạt 69,8% kế hoạch năm (1.500 lượt). Trong đó, tư vấn trực tiếp 612 lượt, qua điện thoại 435 lượt.")
    got = [(ind, st, v) for ind, st, v, _, _ in recs(text, res, date(2016, 12, 20))]
    assert got[-2:] == [("legal_consultations", "actual", 612), ("legal_consultations", "actual", 435)]


def test_the_plan_right_after_a_share_of_it_is_the_target_of_what_was_attained_whatever_its_noun(res):
    """'nhập thông tin của 38.426 đoàn viên ..., đạt 91,5% kế hoạch năm là 42.000 đoàn viên': the records' plan, not
    a stock of members; a share of the plan in brackets ('452/525 doanh nghiệp') is what was done of it."""
    text = ("Năm 2022, LĐLĐ tỉnh Trà Vinh đã chỉ đạo các cấp công đoàn nhập thông tin của 38.426 đoàn viên lên phần "
            "mềm quản lý đoàn viên, đạt 91,5% kế hoạch năm là 42.000 đoàn viên.")
    assert [(ind, st, v) for ind, st, v, _, _ in recs(text, res, date(2022, 12, 20))][-1] == (
        "member_records", "target", 42000)
    text = ("Năm 2024, chỉ tiêu duy nhất chưa đạt là tổ chức hội nghị người lao động tại doanh nghiệp ngoài nhà nước, "
            "mới đạt 86% kế hoạch (452/525 doanh nghiệp).")
    assert [(ind, st, v) for ind, st, v, _, _ in recs(text, res, date(2024, 12, 20)) if v == 452] == [
        ("worker_conferences", "actual", 452)]


def test_a_breakdown_after_a_plan_measured_splits_the_result(res):
    """'kiểm tra tài chính 58 CĐCS, đạt 116% kế hoạch đề ra là 50 cuộc; trong đó ... trực tiếp kiểm tra 12 đơn vị':
    the 12 are part of the 58 done (the ';' ends the plan's clause), not of the plan."""
    text = ("Năm 2023, Ủy ban Kiểm tra các cấp công đoàn đã kiểm tra tài chính 58 công đoàn cơ sở, đạt 116% kế hoạch "
            "đề ra là 50 cuộc; trong đó UBKT LĐLĐ tỉnh trực tiếp kiểm tra 12 đơn vị.")
    got = [(ind, st, v) for ind, st, v, _, _ in recs(text, res, date(2023, 12, 20))]
    assert got[-1] == ("financial_inspections", "actual", 12)


def test_a_plan_stated_with_only_its_noun_is_the_target_of_the_figure_counting_that_noun(res):
    """'... sửa chữa 18 nhà Mái ấm Công đoàn ... Kế hoạch năm 2022 là 25 nhà': the houses' plan; '(kế hoạch 40 nhà)' too."""
    text = ("Từ đầu năm đến nay, LĐLĐ tỉnh đã hỗ trợ xây mới, sửa chữa 18 nhà Mái ấm Công đoàn với tổng kinh phí 790 "
            "triệu đồng. Kế hoạch năm 2022 là 25 nhà.")
    assert [(ind, st, v) for ind, st, v, _, _ in recs(text, res, date(2022, 9, 20))][-1] == (
        "shelter_houses", "target", 25)
    text = ("Năm 2019, LĐLĐ tỉnh Nghệ An hỗ trợ xây mới 47 nhà Mái ấm Công đoàn, vượt 17,5% kế hoạch năm (kế hoạch 40 nhà).")
    assert [(ind, st, v) for ind, st, v, _, _ in recs(text, res, date(2019, 12, 20))][-1] == (
        "shelter_houses", "target", 40)


def test_a_breakdown_part_in_ba_ria_vung_tau_is_no_boat(res):
    """'khu vực Bà Rịa - Vũng Tàu (cũ) khoảng 48.000 lượt': the place's 'Tàu' names no vehicle, so the part takes its
    total's indicator as the part before it does."""
    text = ("Dịp Tết, các cấp Công đoàn TP dự kiến chăm lo cho khoảng 520.000 lượt đoàn viên, người lao động. Trong đó, "
            "khu vực Bình Dương (cũ) khoảng 210.000 lượt, khu vực Bà Rịa - Vũng Tàu (cũ) khoảng 48.000 lượt.")
    assert [(ind, v) for ind, _, v, _, _ in recs(text, res, date(2025, 12, 31))] == [
        ("beneficiaries", 520000), ("beneficiaries", 210000), ("beneficiaries", 48000)]


def test_a_breakdown_part_counting_women_by_the_bare_word_nu(res):
    """'31.850 đoàn viên, trong đó có 24.600 nữ': the women are a part of the members ('nữ' alone names persons)."""
    text = "Hiện Công đoàn ngành Giáo dục có 742 CĐCS với 31.850 đoàn viên, trong đó có 24.600 nữ."
    assert [v for ind, _, v, _, _ in recs(text, res, date(2020, 6, 15)) if ind == "members_total"] == [31850, 24600]


def test_respective_figures_repeat_the_indicators_said_before_them(res):
    """'các con số này lần lượt là A và B' after two figures: A and B are the same indicators, in order,
    for their own period; in the next sentence too, and never when the counts differ."""
    same = ("Năm 2019, toàn tỉnh kết nạp 2.315 đoàn viên và thành lập 27 CĐCS; 6 tháng đầu năm 2020, các con số "
            "này lần lượt là 1.020 và 11.")
    assert [r[:3] for r in recs(same, res, date(2020, 7, 10))] == [
        ("members_new", "actual", 2315), ("unions_new", "actual", 27),
        ("members_new", "actual", 1020), ("unions_new", "actual", 11)]
    assert periods_of(same, res, date(2020, 7, 10))[11] == ("2020-01-01", "2020-06-30")
    nxt = ("Năm 2022, các CĐCS ký mới 205 bản thỏa ước lao động tập thể. Năm 2021, các con số tương ứng là 176.")
    assert [r[:3] for r in recs(nxt, res, date(2023, 1, 5))] == [
        ("collective_agreements", "actual", 205), ("collective_agreements", "actual", 176)]
    odd = ("Năm 2019, toàn tỉnh kết nạp 2.315 đoàn viên; năm 2020, các con số này lần lượt là 1.020 và 11.")
    assert [r[2] for r in recs(odd, res, date(2020, 7, 10))] == [2315]


@pytest.mark.parametrize("text,expect", [
    # the same count for another period in the parenthesis is no part of the total but a figure of its own
    # (parts.restated_aside; its period is the phrase's: tests/test_record_periods.py)
    ("Năm 2024, LĐLĐ tỉnh kết nạp 3.500 đoàn viên mới (cùng kỳ 3.000).", [3500, 3000]),
    ("Năm 2024, LĐLĐ tỉnh kết nạp 3.500 đoàn viên mới (năm 2023 là 3.000).", [3500, 3000]),
    # a plain note in the parenthesis is not
    ("Năm 2024, LĐLĐ tỉnh kết nạp 3.500 đoàn viên mới (tăng 12% so với năm 2023).", [3500]),
    # the parts of the total before the parenthesis, not of a later figure; a noun of their own is read as usual
    ("Năm 2024, kết nạp 1.087 đoàn viên (ngoài nhà nước 734, nhà nước 353), đạt 54,3% kế hoạch.", [1087, 734, 353]),
    ("Năm 2024, kết nạp 1.087 đoàn viên (khu vực ngoài nhà nước 734 đoàn viên).", [1087, 734]),
])
def test_parts_in_a_parenthesis_after_a_total(res, text, expect):
    recs = extract_article(Article(id="t", text=text), res)
    assert sorted(clean_value(r.value) for r in recs if r.indicator == "members_new" and r.unit == "count") \
        == sorted(expect)


@pytest.mark.parametrize("text,expect", [
    # a sentence opening with "Trong đó" breaks down the total of the sentence before; a unit word
    # ("846 lượt") fits its class, a place named before the figure ("tại doanh nghiệp") is no class
    ("Quý I/2024, LĐLĐ tỉnh đã tư vấn pháp luật cho 1.320 lượt đoàn viên, người lao động. Trong đó, tư vấn "
     "trực tiếp tại doanh nghiệp cho 846 lượt, qua đường dây nóng 474 lượt.",
     {("legal_consultations", 1320), ("legal_consultations", 846), ("legal_consultations", 474)}),
    # a noun named between the cue and a unit word says what the unit counts
    ("Đến nay, LĐLĐ TP đang quản lý 2.779 CĐ cơ sở với 261.995 đoàn viên, trong đó CĐ cơ sở khu vực ngoài "
     "nhà nước có 1.377 đơn vị với 200.588 đoàn viên.",
     {("unions_total", 2779), ("members_total", 261995), ("unions_total", 1377), ("members_total", 200588)}),
    # "Trong số này" breaks down like "Trong đó"
    ("8 tháng đầu năm 2015, các cấp công đoàn tỉnh đã ký mới 27 bản thỏa ước lao động tập thể. Trong số này, "
     "có 9 bản thuộc các doanh nghiệp trong KCN.",
     {("collective_agreements", 27), ("collective_agreements", 9)}),
    # money splits money: no noun to match, the unit must
    ("Năm 2024, tổng kinh phí chăm lo Tết là 9 tỷ đồng, trong đó ngân sách công đoàn 6,5 tỷ đồng.",
     {("support_funds", 9000000000), ("support_funds", 6500000000)}),
    ("Năm 2019, LĐLĐ tỉnh hỗ trợ xây mới, sửa chữa 47 nhà Mái ấm Công đoàn, với tổng số tiền 2 tỷ 350 triệu đồng. "
     "Trong tổng số tiền trên, Quỹ Xã hội của LĐLĐ tỉnh hỗ trợ 1,85 tỷ đồng.",
     {("shelter_houses", 47), ("shelter_funds", 2350000000), ("shelter_funds", 1850000000)}),
    # a unit word of trainings is a part of any total of them (regression: the 6 was read as nothing)
    ("Năm 2015, LĐLĐ tỉnh phấn đấu mở 20 lớp tập huấn, trong đó ít nhất 6 lớp dành cho cán bộ công đoàn.",
     {("trainings", 20), ("trainings", 6)}),
    # houses named by the programme are the total of the houses a part counts (regression: the 23 was lost)
    ("Năm 2025, các cấp công đoàn đã hỗ trợ xây dựng 57 “Mái ấm Công đoàn”, tổng kinh phí 3,42 tỷ đồng, trong đó "
     "khu vực Bạc Liêu (cũ) 23 căn.",
     {("shelter_houses", 57), ("shelter_funds", 3420000000), ("shelter_houses", 23)}),
    # gifts are the parts of a total of people given them (regression: "có 9.250 suất quà" was read as nothing)
    ("Tết Bính Ngọ 2026, LĐLĐ tỉnh tặng quà cho 21.480 đoàn viên với tổng kinh phí 12,6 tỷ đồng. Trong đó, khu vực "
     "Hà Giang (cũ) có 9.250 suất quà, trị giá 5,3 tỷ đồng.",
     {("beneficiaries", 21480), ("support_funds", 12600000000), ("beneficiaries", 9250),
      ("support_funds", 5300000000)}),
    # but not of a total of anything else
    ("Năm 2024, LĐLĐ tỉnh kết nạp 2.100 đoàn viên. Trong đó, khu vực Hà Giang (cũ) có 950 suất quà.",
     {("members_new", 2100)}),
    # a comparison after "Riêng" is no part of the total before it
    ("Hiện toàn tỉnh có 2.310 CĐCS với 412.650 đoàn viên. Riêng tại LĐLĐ thị xã Bến Cát, số đoàn viên kết nạp "
     "tăng 150 người so với cùng kỳ năm trước.",
     {("unions_total", 2310), ("members_total", 412650)}),
])
def test_breakdowns_across_and_inside_sentences(res, text, expect):
    recs = extract_article(Article(id="t", text=text), res)
    assert {(r.indicator, clean_value(r.value)) for r in recs} == expect


@pytest.mark.parametrize("text, expect", [
    # the noun named only after the next figure: the first counts what the next does (rules.ahead)
    ("Năm 2019, LĐLĐ tỉnh hỗ trợ xây mới 32 và sửa chữa 15 nhà Mái ấm Công đoàn.",
     [("shelter_houses", 32), ("shelter_houses", 15)]),
    ("Năm 2022, các cấp công đoàn thành lập mới 19 và giải thể 4 CĐCS.", [("unions_new", 19), ("unions_dissolved", 4)]),
    # its own cue must fit the noun: "kết nạp 1.200" counts no unions
    ("Năm 2023, LĐLĐ tỉnh kết nạp 1.200 và thành lập mới 15 CĐCS.", [("unions_new", 15)]),
    # more than a cue between them (a year): no reading ahead
    ("Năm 2022 có 12 và năm 2023 có 15 CĐCS được thành lập mới.", [("unions_new", 15)]),
])
def test_a_figure_takes_the_noun_named_after_the_next_one(res, text, expect):
    assert [(ind, v) for ind, _, v, _, _ in recs(text, res, date(2023, 12, 20))] == expect


def test_a_list_of_bodies_after_a_total_shares_its_indicator(res):
    text = ("Năm 2021, các cấp công đoàn tỉnh Quảng Bình đã hỗ trợ xây mới, sửa chữa 52 nhà Mái ấm Công đoàn. "
            "Mức hỗ trợ 40 triệu đồng/nhà.\n\nCác đơn vị thực hiện tốt gồm:\n"
            "- LĐLĐ huyện Lệ Thủy: 9 nhà;\n- Công đoàn ngành Giáo dục: 7 nhà.\n")
    assert [(ind, v) for ind, _, v, _, _ in recs(text, res, date(2021, 12, 20))] == [
        ("shelter_houses", 52), ("shelter_houses", 9), ("shelter_houses", 7)]
    # a list of bodies whose figures count another noun than the total's: no share of it
    text = ("Năm 2021, các cấp công đoàn tỉnh Quảng Bình đã hỗ trợ xây mới, sửa chữa 52 nhà Mái ấm Công đoàn.\n\n"
            "Các đơn vị có nhiều đoàn viên nhất:\n- LĐLĐ huyện Lệ Thủy: 9.120 đoàn viên;\n")
    assert [(ind, v) for ind, _, v, _, _ in recs(text, res, date(2021, 12, 20))] == [("shelter_houses", 52)]


def test_a_list_of_old_provinces_parts_after_a_total_shares_its_indicators(res):
    """'• Khu vực Lâm Đồng (cũ): 29.150 lượt, 17,2 tỷ đồng': each item is a part of the merged province's
    total just before it, its unit word and its money included (regression: both were read as nothing)."""
    text = ("• Toàn tỉnh chăm lo cho 68.420 lượt đoàn viên, người lao động với tổng kinh phí 41,6 tỷ đồng.\n"
            "• Khu vực Lâm Đồng (cũ): 29.150 lượt, 17,2 tỷ đồng.\n• Khu vực Bình Thuận (cũ): 27.300 lượt, 16,9 tỷ đồng.\n")
    assert [(ind, v) for ind, _, v, _, _ in recs(text, res, date(2026, 2, 24))] == [
        ("beneficiaries", 68420), ("support_funds", 41600000000), ("beneficiaries", 29150),
        ("support_funds", 17200000000), ("beneficiaries", 27300), ("support_funds", 16900000000)]


def test_a_body_whose_clause_leaves_the_verb_out_shares_the_figure_before(res):
    """'LĐLĐ thành phố Cẩm Phả hỗ trợ 41 nhà, LĐLĐ thành phố Uông Bí 27 nhà': the second body's houses too;
    after a colon the detail of a ranking is a figure ('... có số nhà nhiều nhất: ... hỗ trợ 132 nhà')
    (regression: the 27 and the 132 were read as nothing)."""
    text = ("Ngành Than là đơn vị có số nhà nhiều nhất: Công đoàn Than - Khoáng sản Việt Nam tại Quảng Ninh đã phối "
            "hợp hỗ trợ 132 nhà cho thợ mỏ. LĐLĐ thành phố Cẩm Phả hỗ trợ 41 nhà, LĐLĐ thành phố Uông Bí 27 nhà.")
    assert [(ind, v) for ind, _, v, _, _ in recs(text, res, date(2023, 9, 22))] == [
        ("shelter_houses", 132), ("shelter_houses", 41), ("shelter_houses", 27)]


def test_the_plan_a_result_beat_named_right_after_it_is_its_target(res):
    """'có 1.126 CĐCS tổ chức các hoạt động, vượt kế hoạch đề ra là 1.000 CĐCS': the plan of the units
    (regression: the 1.000 was read as a target stock of unions)."""
    text = ("Tháng Công nhân năm 2022 có 1.126 CĐCS tổ chức các hoạt động hưởng ứng, vượt kế hoạch đề ra là 1.000 "
            "CĐCS. Năm 2022, LĐLĐ tỉnh kết nạp 2.140 đoàn viên, vượt kế hoạch đề ra (2.000 đoàn viên).")
    assert [(ind, st, v) for ind, st, v, _, _ in recs(text, res, date(2022, 12, 28))] == [
        ("workers_month_units", "actual", 1126), ("workers_month_units", "target", 1000),
        ("members_new", "actual", 2140), ("members_new", "target", 2000)]


def test_figures_after_con_so_nay_restate_what_the_sentence_before_counted(res):
    text = ("Tháng Công nhân năm 2017, các cấp công đoàn tỉnh Huế thăm hỏi, tặng quà cho 9.870 đoàn viên với tổng "
            "kinh phí 3,26 tỷ đồng. Tháng Công nhân năm 2016, con số này là 7.950 người với 2,91 tỷ đồng.")
    got = [(ind, v) for ind, _, v, _, _ in recs(text, res, date(2017, 6, 5))]
    assert got == [("beneficiaries", 9870), ("support_funds", 3260000000),
                   ("beneficiaries", 7950), ("support_funds", 2910000000)]
    assert periods_of(text, res, date(2017, 6, 5))[7950] == ("2016-05-01", "2016-05-31")


def test_con_so_nay_after_a_figure_of_its_own_sentence_restates_that_figure(res):
    """'kết nạp 14.320 đoàn viên; sang năm 2018 con số này là 17.905': the members again, for 2018."""
    text = ("Năm 2017, các cấp công đoàn tỉnh Long An kết nạp 14.320 đoàn viên; sang năm 2018 con số này là 17.905 "
            "và năm 2019 đạt 21.460 đoàn viên.")
    got = [(ind, v) for ind, _, v, _, _ in recs(text, res, date(2020, 1, 10))]
    assert got == [("members_new", 14320), ("members_new", 17905), ("members_new", 21460)]
    assert periods_of(text, res, date(2020, 1, 10))[17905] == ("2018-01-01", "2018-12-31")


def test_a_restated_figure_that_names_its_noun_restates_the_figure_of_that_noun(res):
    """'thành lập mới 58 CĐCS, kết nạp 31.240 đoàn viên ... Năm 2018, con số này là 27.905 đoàn viên': the
    members, not the unions counted first."""
    text = ("Năm 2019, Công đoàn các KCN Bắc Ninh thành lập mới 58 CĐCS, kết nạp 31.240 đoàn viên. Năm 2018, "
            "con số này là 27.905 đoàn viên.")
    got = [(ind, v) for ind, _, v, _, _ in recs(text, res, date(2019, 12, 20))]
    assert got == [("unions_new", 58), ("members_new", 31240), ("members_new", 27905)]


def test_a_running_total_after_a_flow_is_the_stock_of_what_the_flow_counted(res):
    """'ký kết 9 thỏa thuận ..., nâng tổng số lên 23 đơn vị': the partners' running total; after members
    or unions, their own stock codes; a figure that names another noun is not the flow's."""
    got = recs("Năm 2024, LĐLĐ huyện ký kết 9 thỏa thuận hợp tác với các doanh nghiệp thực hiện Chương trình "
               "Phúc lợi đoàn viên, nâng tổng số lên 23 đơn vị.", res, date(2024, 12, 24))
    assert [(ind, v) for ind, _, v, _, _ in got] == [("welfare_partners", 9), ("welfare_partners", 23)]
    got = recs("Năm 2024, LĐLĐ huyện thành lập 12 CĐCS, nâng tổng số lên 230.", res, date(2024, 12, 24))
    assert [(ind, v) for ind, _, v, _, _ in got] == [("unions_new", 12), ("unions_total", 230)]
    got = recs("Năm 2024, LĐLĐ huyện hỗ trợ xây 5 nhà Mái ấm Công đoàn, nâng tổng số lên 86 nhà.", res,
               date(2024, 12, 24))
    assert [(ind, v) for ind, _, v, _, _ in got] == [("shelter_houses", 5), ("shelter_houses", 86)]


def test_bodies_ranked_with_their_figures_share_the_total_the_sentence_before_counted(res):
    text = ("Trong năm 2015, LĐLĐ tỉnh Hải Dương kết nạp 9.342 đoàn viên, thành lập 52 CĐCS. LĐLĐ huyện Cẩm Giàng "
            "dẫn đầu với 1.860 đoàn viên, tiếp đến LĐLĐ thị xã Chí Linh với 1.215 đoàn viên.")
    assert [(ind, v) for ind, _, v, _, _ in recs(text, res, date(2015, 12, 29))] == [
        ("members_new", 9342), ("unions_new", 52), ("members_new", 1860), ("members_new", 1215)]
    # a figure "với" no body: no share ("hội nghị với 150 đại biểu" counts delegates)
    text = ("Trong năm 2015, LĐLĐ tỉnh Hải Dương kết nạp 9.342 đoàn viên. Hội nghị diễn ra với 150 đoàn viên tham dự.")
    assert [(ind, v) for ind, _, v, _, _ in recs(text, res, date(2015, 12, 29))] == [("members_new", 9342)]


def test_parts_after_gom_of_a_total_in_a_unit_noun_may_name_any_kind(res):
    text = "Trong năm, UBKT LĐLĐ tỉnh Bến Tre đã kiểm tra tài chính 69 đơn vị, gồm 65 CĐCS và 4 LĐLĐ huyện."
    assert [(ind, v) for ind, _, v, _, _ in recs(text, res, date(2015, 12, 20))] == [
        ("financial_inspections", 69), ("financial_inspections", 65), ("financial_inspections", 4)]
    # a total counting a kind of its own takes parts of that kind only
    text = "Năm 2023, toàn tỉnh thành lập 41 CĐCS, gồm 2.100 đoàn viên."
    assert [(ind, v) for ind, _, v, _, _ in recs(text, res, date(2023, 12, 20))][0] == ("unions_new", 41)


def test_parts_opening_the_next_sentence_of_a_total_in_a_unit_noun_name_their_own_kind(res):
    """"kiểm tra tài chính tại 38 đơn vị. Trong đó, ... kiểm tra 6 công đoàn cấp trên ...; ... 32 công đoàn cơ sở":
    the parts of a total counted in a unit noun take its indicator in the next sentence too, when they
    name what they count; a bare figure there ("KCN Biên Hòa 2") is no part of it."""
    text = ("Năm 2019, UBKT công đoàn các cấp đã kiểm tra tài chính tại 38 đơn vị. Trong đó, UBKT LĐLĐ tỉnh trực tiếp "
            "kiểm tra 6 công đoàn cấp trên trực tiếp cơ sở; UBKT các LĐLĐ huyện kiểm tra 32 công đoàn cơ sở.")
    assert [(ind, v) for ind, _, v, _, _ in recs(text, res, date(2019, 12, 20))] == [
        ("financial_inspections", 38), ("financial_inspections", 6), ("financial_inspections", 32)]
    text = ("Năm 2019, LĐLĐ tỉnh phối hợp tổ chức 312 cuộc đối thoại. Riêng CĐ các KCN trao 1.500 suất quà cho công "
            "nhân các KCN Amata, Biên Hòa 2, Nhơn Trạch 3.")
    assert [v for _, _, v, _, _ in recs(text, res, date(2019, 12, 20)) if v in (2, 3)] == []


def test_a_list_of_places_whose_last_figure_names_the_noun_counts_it_for_each(res):
    text = ("9 tháng đầu năm 2024, các cấp công đoàn cả nước đã kết nạp 612.450 đoàn viên. Một số LĐLĐ tỉnh, thành phố "
            "có kết quả phát triển đoàn viên cao là: TP Hồ Chí Minh 98.560, Bình Dương 56.120, Bắc Ninh 41.300 "
            "đoàn viên.")
    recs_ = extract_article(Article(id="t", text=text, published=date(2024, 10, 15)), res)
    assert [(r.indicator, clean_value(r.value), r.region) for r in recs_][1:] == [
        ("members_new", 98560, "Hồ Chí Minh"), ("members_new", 56120, "Bình Dương"), ("members_new", 41300, "Bắc Ninh")]
    # no list opening (":" or "là" before the first place): figures stay unread
    text = "Năm 2024, công đoàn tỉnh khen thưởng Hà Nam 15, Nam Định 12, Ninh Bình 10 đoàn viên."
    assert [clean_value(r.value) for r in extract_article(Article(id="t", text=text, published=date(2024, 12, 1)),
                                                         res) if r.value in (15, 12)] == []


def test_a_part_that_contributed_members_is_a_part_money_blockers_claim_money_only(res):
    # "đóng góp" blocks money ("đóng góp 2 tỷ đồng" is no support given) but not a part's members
    text = ("Năm 2025, các cấp công đoàn trong tỉnh kết nạp 9.215 đoàn viên; thành lập mới 62 CĐCS. "
            "Trong đó, khu vực Yên Bái (cũ) đóng góp 4.102 đoàn viên và 27 CĐCS.")
    got = sorted((r.indicator, clean_value(r.value)) for r in extract_article(Article(id="t", text=text), res))
    assert got == [("members_new", 4102), ("members_new", 9215), ("unions_new", 27), ("unions_new", 62)]


def test_a_share_of_fee_collection_is_no_attainment_of_the_figure_before(res):
    """'kiểm tra tài chính tại 120 đơn vị; thu kinh phí công đoàn đạt 105% dự toán': union fees have no
    code, so the 105% attaches to nothing."""
    got = recs("Năm 2019, Ủy ban Kiểm tra phấn đấu kiểm tra tài chính tại 120 đơn vị; thu kinh phí công đoàn đạt "
               "105% dự toán.", res, date(2019, 7, 10))
    assert [(ind, st, v) for ind, st, v, _, _ in got] == [("financial_inspections", "target", 120)]


def test_the_parts_of_a_set_a_clause_opens_with_count_what_the_set_counts(res):
    """'trong số đoàn viên kết nạp mới, khu vực Thái Bình (cũ) có 7.905 đoàn viên': new members, not a stock;
    'Trong số thỏa ước ký mới ..., khu vực X có 587 bản, khu vực Y có 214 bản': both signings; a 'trong
    đó' part after such an opener keeps its own total's reading."""
    got = recs("Năm 2025, theo LĐLĐ tỉnh Hưng Yên, trong số đoàn viên kết nạp mới, khu vực Thái Bình (cũ) có "
               "7.905 đoàn viên.", res, date(2025, 12, 18))
    assert [(ind, v) for ind, _, v, _, _ in got] == [("members_new", 7905)]
    got = recs("Trong số thỏa ước ký mới năm 2025, khu vực Bình Dương (cũ) có 587 bản, khu vực Bà Rịa - Vũng Tàu "
               "(cũ) có 214 bản.", res, date(2026, 1, 9))
    assert [(ind, v) for ind, _, v, _, _ in got] == [("collective_agreements", 587), ("collective_agreements", 214)]
    got = recs("Trong số đoàn viên được giới thiệu, đến nay đã có 648 đồng chí được kết nạp vào Đảng, trong đó 213 "
               "đồng chí là công nhân lao động.", res, date(2016, 11, 2))
    assert [(ind, v) for ind, _, v, _, _ in got] == [("party_admitted", 648), ("party_admitted", 213)]
    # after a semicolon, the set's "có" its part (regression: the 31 was read as a stock of unions)
    got = recs("Năm 2019, Công đoàn các KCN đã thành lập mới 38 CĐCS, kết nạp 1.460 đoàn viên; trong số CĐCS mới có "
               "31 CĐCS tại doanh nghiệp có vốn đầu tư nước ngoài.", res, date(2020, 1, 5))
    assert [(ind, v) for ind, _, v, _, _ in got] == [("unions_new", 38), ("members_new", 1460), ("unions_new", 31)]


def test_womens_committees_named_after_the_figure_are_not_the_unions_of_the_subject(res):
    """'Các CĐCS thành lập mới 15 Ban nữ công quần chúng': committees (the subject names the unions that
    founded them); '..., trong đó tại doanh nghiệp ngoài nhà nước 11 ban': a part of them."""
    got = recs("Các CĐCS thành lập mới 15 Ban nữ công quần chúng tại doanh nghiệp.", res, date(2022, 9, 5))
    assert [(ind, v) for ind, _, v, _, _ in got] == [("women_committees", 15)]
    got = recs("Năm 2012, các cấp công đoàn trong tỉnh đã thành lập mới 16 ban nữ công quần chúng, trong đó tại "
               "doanh nghiệp ngoài nhà nước 11 ban.", res, date(2012, 12, 20))
    assert [(ind, v) for ind, _, v, _, _ in got] == [("women_committees", 16), ("women_committees", 11)]


def test_bare_figures_of_items_that_open_on_a_period_are_the_totals_of_the_text_before(res):
    """'... 463 nhà "Mái ấm Công đoàn" ..., với tổng số tiền 22,8 tỷ đồng. Kết quả theo từng năm: • Năm 2016:
    71 nhà, 3,1 tỷ đồng;' -- the houses and their money, for 2016; an item opening on a body is listed_body's."""
    text = ("Giai đoạn 2016-2020, các cấp công đoàn trong tỉnh đã hỗ trợ xây mới, sửa chữa 463 nhà “Mái ấm Công "
            "đoàn” cho đoàn viên có hoàn cảnh khó khăn, với tổng số tiền 22,8 tỷ đồng.\n\nKết quả theo từng năm:\n"
            "• Năm 2016: 71 nhà, 3,1 tỷ đồng;\n• Năm 2017: 84 nhà, 3,9 tỷ đồng.")
    got = [(ind, v) for ind, _, v, _, _ in recs(text, res, date(2021, 3, 23))]
    assert got[2:] == [("shelter_houses", 71), ("shelter_funds", 3100000000),
                       ("shelter_houses", 84), ("shelter_funds", 3900000000)]
    assert periods_of(text, res, date(2021, 3, 23))[84] == ("2017-01-01", "2017-12-31")


def test_a_sentence_opening_on_a_comparison_states_the_compared_periods_figures(res):
    """'So với cùng kỳ năm 2015 (1.870 đoàn viên, 22 CĐCS), số đoàn viên kết nạp tăng 270 người': each figure
    in the parenthesis is what the sentence before counted in its noun, for the compared period; the 270 is a
    difference (regression: the 1.870 and 22 were read as nothing and the 270 as new members)."""
    text = ("Theo LĐLĐ tỉnh, 6 tháng đầu năm 2016, các cấp công đoàn trong tỉnh đã kết nạp 2.140 đoàn viên, đạt 53,5% "
            "kế hoạch năm; thành lập 18 CĐCS, mới đạt 36% chỉ tiêu.\n\nSo với cùng kỳ năm 2015 (1.870 đoàn viên, 22 "
            "CĐCS), số đoàn viên kết nạp tăng 270 người nhưng số CĐCS thành lập mới lại giảm.")
    got = {v: (ind, st) for ind, st, v, _, _ in recs(text, res, date(2016, 7, 20))}
    assert got[1870] == ("members_new", "actual") and got[22] == ("unions_new", "actual") and 270 not in got
    assert periods_of(text, res, date(2016, 7, 20))[1870] == ("2015-01-01", "2015-06-30")


def test_the_compared_periods_figures_named_with_their_verb_in_the_parenthesis(res):
    """'So với năm 2022 (kết nạp 18.920 đoàn viên, thành lập 39 CĐCS), ...': each is 2022's (regression:
    they were dated by the year the sentence before reports)."""
    text = ("Năm 2023, các cấp công đoàn tỉnh kết nạp được 21.364 đoàn viên; thành lập mới 47 CĐCS. So với năm 2022 "
            "(kết nạp 18.920 đoàn viên, thành lập 39 CĐCS), số đoàn viên kết nạp mới tăng khoảng 13%.")
    got = periods_of(text, res, date(2024, 1, 12))
    assert got[18920] == got[39] == ("2022-01-01", "2022-12-31") and got[21364] == ("2023-01-01", "2023-12-31")
