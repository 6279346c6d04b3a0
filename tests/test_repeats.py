"""Headline and caption figures that repeat a body figure (extractor/repeats.py), on real article shapes."""

from datetime import date

import pytest

from extractor.article import Article
from extractor.pipeline import extract_article, load_resources
from extractor.record import clean_value
from recordtexts import recs


@pytest.fixture(scope="module")
def res():
    return load_resources()


def _recs(text, res, published):
    return [(r.indicator, r.status, clean_value(r.value), r.period_start, r.evidence.start)
            for r in extract_article(Article(id="t", text=text, published=published), res)]


def test_a_headline_no_frame_reads_takes_the_reading_of_the_body_figure_it_repeats(res):
    """'Tăng 22 công đoàn cơ sở' says neither new nor net: the body's 'tăng tuyệt đối 22 CĐCS' does, and the
    headline states that statistic (gold README rule 1)."""
    text = ("Công đoàn các KCN: Tăng 22 công đoàn cơ sở\n\n"
            "Năm 2018, Công đoàn các KCN tỉnh Long An đã thành lập mới 34 CĐCS. Do doanh nghiệp ngừng hoạt động, "
            "giải thể 12 CĐCS; tăng tuyệt đối 22 CĐCS.")
    got = _recs(text, res, date(2018, 12, 28))
    assert got[0][:4] == ("unions_net", "actual", 22, "2018-01-01")
    assert [g[0] for g in got].count("unions_net") == 2


def test_an_unread_headline_figure_stays_unread_when_the_body_reads_its_value_two_ways_or_counts_other_things(res):
    two = ("Tăng 20 công đoàn cơ sở\n\n"
           "Năm 2018, toàn tỉnh thành lập mới 20 CĐCS; tăng tuyệt đối 20 CĐCS.")
    assert [g[0] for g in _recs(two, res, date(2018, 12, 28))] == ["unions_new", "unions_net"]
    other = ("Tăng 22 công đoàn cơ sở\n\n"
             "Năm 2018, LĐLĐ tỉnh kết nạp 22 đoàn viên.")
    assert [g[0] for g in _recs(other, res, date(2018, 12, 28))] == ["members_new"]


def test_a_headline_rounding_a_body_figure_takes_its_context(res):
    text = ("Công đoàn Việt Nam năm 2023: Phát triển hơn 1 triệu đoàn viên mới\n\n"
            "Năm 2023 toàn hệ thống đã kết nạp 1.009.587 đoàn viên. "
            "Bước sang năm 2024, Tổng LĐLĐ đặt chỉ tiêu kết nạp 1 triệu đoàn viên.")
    recs_ = extract_article(Article(id="t", text=text, published=date(2024, 1, 10)), res)
    head = recs_[0]
    assert (head.value, head.status, head.bound, str(head.period_start)) == (1000000, "actual", "over", "2023-01-01")


def test_a_headline_takes_the_status_the_body_states_not_a_plan_guessed_from_the_date(res):
    """Published as Tháng Công nhân begins, a headline with no status word is no plan when the body says
    the gifts were given at the ceremony; the campaign's plans below stay plans."""
    text = ("Phát động Tháng Công nhân năm 2024: Tặng 100 suất quà cho công nhân khó khăn\n\n"
            "Sáng 5/5, LĐLĐ tỉnh Bắc Giang tổ chức Lễ phát động Tháng Công nhân năm 2024.\n\n"
            "Tại buổi lễ, LĐLĐ tỉnh trao 100 suất quà cho công nhân có hoàn cảnh khó khăn.\n\n"
            "Trong Tháng Công nhân, các cấp công đoàn trong tỉnh phấn đấu thăm, tặng quà 5.000 đoàn viên.\n")
    got = [(st, v) for _, st, v, _, _ in recs(text, res, date(2024, 5, 5))]
    assert got == [("actual", 100), ("actual", 100), ("target", 5000)]
