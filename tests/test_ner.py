"""The shipped statistical extractor on real Vietnamese sentences, and the merge policy."""

from dataclasses import replace

import pytest

from extractor.article import Article
from extractor.ner import load
from extractor.ner.merge import merge
from extractor.ner.model import Policy
from extractor.pipeline import extract_article, load_resources
from extractor.record import clean_value


@pytest.fixture(scope="module")
def res():
    base = load_resources()
    return {m: (base if m == "rules" else replace(base, ner=load(), extractors=m)) for m in ("rules", "ner", "both")}


def recs(text, res, published=None):
    return [(r.indicator, r.status, clean_value(r.value), r.method)
            for r in extract_article(Article(id="t", text=text, published=published), res)]


def test_model_tags_members_and_unions_it_was_not_shown_verbatim(res):
    text = "Năm 2024, Công đoàn huyện đã kết nạp mới 415 đoàn viên và thành lập 6 công đoàn cơ sở."
    assert recs(text, res["ner"]) == [("members_new", "actual", 415, "ner"), ("unions_new", "actual", 6, "ner")]


def test_model_reads_a_target(res):
    text = "Năm 2025, LĐLĐ tỉnh phấn đấu kết nạp mới 3.000 đoàn viên công đoàn."
    assert recs(text, res["ner"]) == [("members_new", "target", 3000, "ner")]


def test_model_leaves_dates_and_participants_alone(res):
    text = "Ngày 12/3/2024, hội nghị có 150 đại biểu tham dự tại hội trường LĐLĐ tỉnh."
    assert recs(text, res["ner"]) == []


def test_both_marks_agreement_as_rule_plus_ner(res):
    text = "Trong năm 2023, toàn tỉnh thành lập được 57 công đoàn cơ sở, kết nạp 2.100 đoàn viên."
    got = recs(text, res["both"])
    assert [g[:3] for g in got] == [("unions_new", "actual", 57), ("members_new", "actual", 2100)]
    assert {g[3] for g in got} == {"rule+ner"}


def test_rules_only_path_never_loads_the_model(res):
    assert res["rules"].ner is None
    text = "Trong năm 2023, toàn tỉnh thành lập được 57 công đoàn cơ sở."
    assert recs(text, res["rules"]) == [("unions_new", "actual", 57, "rule")]


# -- merge policy (pure) ------------------------------------------------------

class _N:
    def __init__(self, start):
        self.start, self.end = start, start + 2


def _m(start, indicator, score=1.0, method="rule", status="actual"):
    from extractor.rules import Mention
    return Mention(_N(start), None, indicator, status, 1.0, "count", "exact", method=method, score=score)


def test_merge_agreement_disagreement_and_additions():
    rules = [_m(0, "members_new"), _m(10, "unions_new")]
    ner = [_m(0, "members_new", 0.7, "ner"), _m(10, "members_total", 0.97, "ner"), _m(20, "trainees", 0.85, "ner"),
           _m(30, "beneficiaries", 0.4, "ner")]
    out = merge(rules, ner, Policy(add=0.8, swap=1.01, veto=False))
    assert [(m.number.start, m.indicator, m.method) for m in out] == [
        (0, "members_new", "rule+ner"), (10, "unions_new", "rule"), (20, "trainees", "ner")]


def test_merge_swap_and_veto():
    rules = [_m(0, "members_new"), _m(10, "unions_new")]
    ner = [_m(10, "members_total", 0.97, "ner")]
    out = merge(rules, ner, Policy(add=1.01, swap=0.95, veto=True))
    assert [(m.number.start, m.indicator, m.method) for m in out] == [(10, "members_total", "ner")]
