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


# -- training data and features ----------------------------------------------

def test_challenge_gold_finds_its_numbers():
    """gold/challenge gives evidence_text only: align_gold puts each record on the candidate it reports."""
    from extractor.ner.corpus import challenge_articles, challenge_gold, evidence_texts
    from extractor.ner.data import align_gold
    base = load_resources()
    arts = {a.id: a for a in challenge_articles()}
    gold = [r for r in challenge_gold() if r.doc_id == "c01"]
    got = align_gold(arts["c01"], gold, evidence_texts()["c01"], base)
    assert len(got) == len(gold)
    text = arts["c01"].text
    for r, want in zip(got, evidence_texts()["c01"]):
        assert text[r.evidence.start:r.evidence.end] == want


def test_heldout_and_newer_challenge_sets_are_never_training_data():
    from extractor import goldsets
    from extractor.ner.train import gold_articles
    arts, _ = gold_articles(load_resources())
    ids = {a.id for a in arts}
    split = goldsets.dev_split() or {}
    assert not ids & set(split.get("heldout", []))
    assert {"c01", "c31"} <= ids


def test_features_name_the_counted_noun_and_a_subject_before_the_number():
    from extractor.ner.features import sentence_words
    from extractor.numbers import find_numbers
    from extractor.segment import segment
    base = load_resources()
    s = segment("Số CĐCS được thành lập mới trong kỳ là 19, kết nạp 415 đoàn viên.")[0]
    nums = [n for n in find_numbers(s.text, base.numbers) if n.kind == "quantity"]
    w19, w415 = sentence_words(s, nums, base.rules)
    assert {"S:cđcs", "S:được"} <= set(w19)
    assert "<noun:-" not in " ".join(w415) and any(w.startswith("<noun:") for w in w415)


def test_shipped_model_reads_with_the_features_it_was_trained_with(res):
    model = res["ner"].ner
    assert model.options == {"left": 8, "right": 5, "noun": True, "subject": True, "sentence": False}
