"""Status of a figure (actual, target) from the words before it, on whole sentences through the pipeline."""

from datetime import date

import pytest

from extractor.article import Article
from extractor.pipeline import extract_article, load_resources


@pytest.fixture(scope="module")
def res():
    return load_resources()


@pytest.mark.parametrize("text, want", [
    # a pledge made in an emulation registration is a target
    ("LĐLĐ tỉnh đăng ký thi đua năm 2025 kết nạp 1.500 đoàn viên, thành lập 12 CĐCS.",
     {("members_new", "target", 1500), ("unions_new", "target", 12)}),
    # ... and so is one named by what is pledged
    ("Tại hội nghị, các đơn vị ký giao ước thi đua, trong đó LĐLĐ tỉnh Tuyên Quang đăng ký kết nạp 2.500 đoàn viên, "
     "thành lập 25 công đoàn cơ sở.", {("members_new", "target", 2500), ("unions_new", "target", 25)}),
    # a pledge
    ("Tổng LĐLĐ Việt Nam cũng cam kết hỗ trợ 1 tỷ đồng để xây mới 20 nhà \"Mái ấm Công đoàn\" cho đoàn viên.",
     {("shelter_funds", "target", 1000000000), ("shelter_houses", "target", 20)}),
    # ... while enterprises registering to take part did so
    ("Đã có 27 doanh nghiệp đăng ký tham gia Chương trình Phúc lợi cho đoàn viên.",
     {("welfare_partners", "actual", 27)}),
    # a target given, then what was done: 'hiện' inside 'thực hiện' names no stock
    ("Năm 2024, LĐLĐ tỉnh được giao chỉ tiêu phát triển 4.000 đoàn viên và đã thực hiện được 4.350 đoàn viên.",
     {("members_new", "target", 4000), ("members_new", "actual", 4350)}),
    ("Dự kiến năm 2025, LĐLĐ tỉnh sẽ kết nạp 2.000 đoàn viên.", {("members_new", "target", 2000)}),
    # a plan's "sẽ đạt" is no result
    ("Dự kiến đến hết ngày 10/2, tổng số đoàn viên, người lao động được chăm lo sẽ đạt khoảng 90.000 lượt.",
     {("beneficiaries", "target", 90000)}),
    # the year's target named after a share of it, its year said, in brackets or after "là <verb>"
    ("Năm 2022, có 862 đoàn viên được kết nạp vào Đảng, đạt 107,8% chỉ tiêu năm 2022 (800 đảng viên).",
     {("party_admitted", "actual", 862), ("party_admitted", "attainment", 107.8), ("party_admitted", "target", 800)}),
    ("9 tháng năm 2022, toàn tỉnh thành lập mới 17 công đoàn cơ sở, đạt 85% kế hoạch năm 2022 là thành lập 20 CĐCS.",
     {("unions_new", "actual", 17), ("unions_new", "attainment", 85), ("unions_new", "target", 20)}),
    # most of the targets reached: the list under that heading reports results
    ("Năm 2014, các cấp công đoàn đạt và vượt hầu hết các chỉ tiêu Đại hội giao, cụ thể như sau:\n\n"
     "1. Thành lập mới 38 CĐCS, kết nạp 9.642 đoàn viên.",
     {("unions_new", "actual", 38), ("members_new", "actual", 9642)}),
    ("Năm 2019, Công đoàn ngành hoàn thành 12/15 chỉ tiêu, kết nạp 1.240 đoàn viên.",
     {("members_new", "actual", 1240)}),
    # the target, then the result after a comma ...
    ("Chỉ tiêu kết nạp năm 2024 là 5.000 đoàn viên, thực hiện 5.420 đoàn viên.",
     {("members_new", "target", 5000), ("members_new", "actual", 5420)}),
    # ... but a plan to carry out is still a plan
    ("Năm 2025, Công đoàn phấn đấu thực hiện 120 cuộc giám sát.", {("supervisions", "target", 120)}),
    # the city of Cần Thơ is no 'cần' (need): a stock there is a stock
    ("Tính đến ngày 30/6/2021, Công đoàn ngành Y tế Cần Thơ có 38 CĐCS.", {("unions_total", "actual", 38)}),
    # 'kế hoạch' that only measures an attainment ('bằng 113,3% kế hoạch') makes no plan of what follows
    ("Năm 2024, toàn tỉnh kết nạp 7.930 đoàn viên, bằng 113,3% kế hoạch; thành lập 45 CĐCS.",
     {("members_new", "actual", 7930), ("members_new", "attainment", 113.3), ("unions_new", "actual", 45)}),
    # ... but the target's own figure in a parenthesis right after it is a target
    ("6 tháng đầu năm 2024, các cấp công đoàn kết nạp 2.106 đoàn viên, bằng 52,7% chỉ tiêu cả năm (4.000 đoàn viên).",
     {("members_new", "actual", 2106), ("members_new", "attainment", 52.7), ("members_new", "target", 4000)}),
    # the plan's own figure right after its word, even after 'hoàn thành' (which only measures what follows)
    ("Năm 2017, số đoàn viên kết nạp mới đạt 15.300 người, chưa hoàn thành chỉ tiêu 18.000 đoàn viên đề ra.",
     {("members_new", "actual", 15300), ("members_new", "target", 18000)}),
    # a share of a plan named without its figure ends at the clause too (regression: the 1.589 admitted was
    # read as a target of the resolution, and the 107,3% as new members' though 'kết nạp' is the Party's)
    ("Nhiệm kỳ 2013-2018, các cấp công đoàn tỉnh giới thiệu 2.146 đoàn viên ưu tú cho tổ chức Đảng xem xét, bồi "
     "dưỡng kết nạp, vượt 7,3% chỉ tiêu Nghị quyết Đại hội đề ra; trong số đó có 1.589 đoàn viên đã được kết nạp "
     "vào Đảng.",
     {("party_referrals", "actual", 2146), ("party_referrals", "attainment", 107.3),
      ("party_admitted", "actual", 1589)}),
    # a plan whose figure is given after 'trong khi' ends at its clause (regression: the 412 was read as a target)
    ("Năm 2024, 38 doanh nghiệp đã tổ chức đối thoại định kỳ, trong khi kế hoạch cả năm là 60 doanh nghiệp; 412 "
     "doanh nghiệp tổ chức hội nghị người lao động.",
     {("workplace_dialogues", "actual", 38), ("workplace_dialogues", "target", 60),
      ("worker_conferences", "actual", 412)}),
    # the plan's own figure after its share, the body that set it and its span between (regression: the 500 was
    # read as members admitted)
    ("Năm 2024, Công đoàn phường kết nạp 312 đoàn viên, đạt 62,4% chỉ tiêu LĐLĐ tỉnh giao cho năm 2024 (500 đoàn "
     "viên).",
     {("members_new", "actual", 312), ("members_new", "attainment", 62.4), ("members_new", "target", 500)}),
    # a purpose clause closed by a comma plans nothing of the main clause (regression: the class was read as a target)
    ("Nhằm nâng cao năng lực cho đội ngũ làm công tác kiểm tra, UBKT LĐLĐ tỉnh phối hợp tổ chức 2 lớp tập huấn "
     "nghiệp vụ cho 95 ủy viên UBKT.", {("trainings", "actual", 2), ("trainees", "actual", 95)}),
    # "con số này" planned again is a target (regression: the 250.000 was read as done)
    ("Dịp Tết Giáp Thìn 2024, các cấp công đoàn đã chăm lo cho 215.000 lượt đoàn viên. Dự kiến đến hết Tết, con số "
     "này sẽ tăng lên khoảng 250.000 lượt.",
     {("beneficiaries", "actual", 215000), ("beneficiaries", "target", 250000)}),
    # the plan's own figure after its share, the plan named by the congress or the whole term (regression: the
    # 600.000 and the 25.000 were read as members admitted)
    ("Nhiệm kỳ 2018 - 2023, các cấp công đoàn đã kết nạp mới 634.180 đoàn viên, đạt 105,7% chỉ tiêu Đại hội "
     "(600.000 đoàn viên).",
     {("members_new", "actual", 634180), ("members_new", "attainment", 105.7), ("members_new", "target", 600000)}),
    ("Năm 2024, các cấp công đoàn kết nạp 5.214 đoàn viên, bằng 20,9% chỉ tiêu cả nhiệm kỳ (25.000 đoàn viên).",
     {("members_new", "actual", 5214), ("members_new", "attainment", 20.9), ("members_new", "target", 25000)}),
    # a year ranked first with its own figure is a record (regression: 'cao nhất' read it as a description)
    ("Năm 2017 là năm có kết quả cao nhất với 6.315 đoàn viên được kết nạp.", {("members_new", "actual", 6315)}),

    # the next item of a list a stated plan opens is planned too (regression: the 15 was read as done)
    ("Để hoàn thành chỉ tiêu năm 2024 là kết nạp 2.500 đoàn viên, thành lập 15 CĐCS, LĐLĐ tỉnh đề nghị các huyện "
     "rà soát doanh nghiệp.", {("members_new", "target", 2500), ("unions_new", "target", 15)}),
    # ... not what was done of a plan, given after it
    ("Năm 2024, chỉ tiêu duy nhất chưa đạt là tổ chức hội nghị người lao động tại doanh nghiệp ngoài nhà nước, "
     "mới đạt 86% kế hoạch (452/525 doanh nghiệp).",
     {("worker_conferences", "attainment", 86), ("worker_conferences", "actual", 452)}),
])
def test_status_of_whole_sentences(res, text, want):
    recs = extract_article(Article(id="s", text=text, published=date(2024, 12, 20)), res)
    assert {(r.indicator, r.status, r.value) for r in recs} == want


def test_a_plan_inside_a_parenthesis_is_an_aside_about_its_own_figure(res):
    """'kết nạp 846 đoàn viên (kế hoạch giao 705 đoàn viên), ...; thành lập mới 5 CĐCS': the plan
    word in the closed parenthesis makes the 705 a target, not the 5 founded after it."""
    text = ("Năm 2017, Công đoàn ngành kết nạp 846 đoàn viên (kế hoạch giao 705 đoàn viên), hoàn thành 120% "
            "kế hoạch năm; thành lập mới 5 CĐCS tại các doanh nghiệp.")
    recs = extract_article(Article(id="s", text=text, published=date(2018, 1, 5)), res)
    assert {(r.indicator, r.status, r.value) for r in recs if r.unit == "count"} == {
        ("members_new", "actual", 846), ("members_new", "target", 705), ("unions_new", "actual", 5)}


def test_a_figure_whose_period_begins_after_publication_is_a_target(res):
    """A December article on next year's Tết: nothing of Tết 2027 can have been done yet, status word or not;
    a figure said to be done ('đã trao') keeps its reading."""
    text = ("LĐLĐ tỉnh Quảng Trị triển khai chăm lo Tết Đinh Mùi 2027.\n\n"
            "Tết Đinh Mùi 2027, Chương trình \"Chuyến xe Công đoàn\" bố trí 30 chuyến xe đưa khoảng 1.600 công nhân về quê.")
    recs = extract_article(Article(id="t", text=text, published=date(2026, 12, 15)), res)
    assert [(r.value, r.status) for r in recs if r.indicator == "beneficiaries"] == [(1600, "target")]
    done = text.replace("bố trí", "đã bố trí")
    recs = extract_article(Article(id="t", text=done, published=date(2026, 12, 15)), res)
    assert [(r.value, r.status) for r in recs if r.indicator == "beneficiaries"] == [(1600, "actual")]
