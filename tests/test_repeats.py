"""Headline and caption figures that repeat a body figure (extractor/repeats.py), on real article shapes."""

from datetime import date

import pytest

from extractor.article import Article
from extractor.pipeline import extract_article, load_resources
from extractor.record import clean_value


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
