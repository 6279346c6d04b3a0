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


def _m(start, indicator, score=1.0, method="rule", status="actual", unit="count"):
    from extractor.rules import Mention
    return Mention(_N(start), None, indicator, status, 1.0, unit, "exact", method=method, score=score)


def _pct(start, indicator, score):
    return _m(start, indicator, score, "ner", status="attainment", unit="percent")


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


def test_swap_takes_the_models_indicator_and_keeps_the_rules_status():
    """A target list item the model reads as 'actual': the indicator may change, the status never."""
    rules = [_m(0, "unions_total", status="target"), _m(10, "members_new", status="target")]
    ner = [_m(0, "unions_new", 0.95, "ner", status="actual"), _m(10, "members_new", 0.99, "ner", status="actual")]
    out = merge(rules, ner, Policy(add=1.01, swap=0.9))
    assert [(m.indicator, m.status, m.method) for m in out] == [
        ("unions_new", "target", "ner"), ("members_new", "target", "rule")]
    kept = merge(rules, ner, Policy(add=1.01, swap=0.96))
    assert [(m.indicator, m.method) for m in kept] == [("unions_total", "rule"), ("members_new", "rule")]


def test_status_swap_takes_the_models_status_when_its_status_classifier_is_sure():
    from extractor.ner.model import NerMention
    rules = [_m(0, "members_new", status="target"), _m(10, "unions_new", status="actual"),
             _m(20, "members_new", status="attainment", unit="percent")]
    ner = [NerMention(_N(0), None, "members_new", "actual", 1.0, "count", "exact", method="ner", score=0.9,
                      status_score=0.95),
           NerMention(_N(10), None, "unions_new", "target", 1.0, "count", "exact", method="ner", score=0.9,
                      status_score=0.85),
           NerMention(_N(20), None, "members_new", "actual", 1.0, "percent", "exact", method="ner", score=0.9,
                      status_score=0.99)]
    out = merge(rules, ner, Policy(add=1.01, swap=1.01, status_swap=0.9))
    assert [(m.status, m.method) for m in out] == [("actual", "ner"), ("actual", "rule"), ("attainment", "rule")]
    never = merge(rules, ner, Policy(add=1.01, swap=1.01))
    assert [m.status for m in never] == ["target", "actual", "attainment"]


def test_percentages_need_their_own_threshold_to_be_added():
    ner = [_m(0, "members_new", 0.95, "ner"), _pct(10, "unions_new", 0.95)]
    assert [m.number.start for m in merge([], ner, Policy(add=0.7, add_percent=1.01))] == [0]
    assert [m.number.start for m in merge([], ner, Policy(add=0.7, add_percent=0.9))] == [0, 10]
    assert [m.number.start for m in merge([], ner, Policy(add=0.7))] == [0, 10]   # None: as `add`


def test_policy_reads_old_and_new_files():
    assert Policy.from_dict({"add": 0.5, "swap": 1.01, "veto": False}).add_at("percent") == 0.5
    assert Policy.from_dict({"add": 0.5, "swap": 1.01, "veto": False}).status_swap > 1      # older files: never
    assert Policy.from_dict({"add": 0.5, "swap": 0.9, "status_swap": 0.9}).status_swap == 0.9
    assert Policy.from_dict({"add": 0.7, "swap": 0.9, "veto": False, "add_percent": 1.01}).add_at("percent") == 1.01


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


def test_heldout_unseen_half_and_exams_are_never_training_data(monkeypatch):
    """Training reads the seeds, the develop part and the sets of corpus.TRAIN_SETS, and nothing else."""
    from extractor import goldsets
    from extractor.ner import corpus
    from extractor.ner.train import gold_articles
    read = []
    original = corpus._jsonl
    monkeypatch.setattr(corpus, "_jsonl", lambda path: read.append(str(path)) or original(path))
    arts, gold = gold_articles(load_resources())
    ids = {a.id for a in arts}
    # the exams are never even opened, and asking for one is refused
    assert not set(corpus.NEVER) & set(corpus.TRAIN_SET_NAMES)
    assert not [p for p in read if any(f"/{name}/" in p for name in corpus.NEVER)]
    for name in corpus.NEVER:
        with pytest.raises(ValueError):
            corpus.set_articles(name)
    # the held-out dev part and challenge2 d16-d30 are not read
    split = goldsets.dev_split() or {}
    assert not ids & set(split.get("heldout", []))
    unseen = {f"d{i:02d}" for i in range(16, 31)}
    assert not ids & unseen and not {r.doc_id for r in gold} & unseen
    # every training article is a seed, a develop article or an allowed article of a named set
    allowed = {a.id for a in corpus.seed_articles()} | set(split.get("develop", []))
    for s in corpus.TRAIN_SETS:
        allowed |= {i for i in corpus.evidence_texts(s.path) if s.allows(i)}
        if s.path.is_file():     # and every named set is there
            assert {i for i in corpus.evidence_texts(s.path) if s.allows(i)} <= ids, s.name
    assert ids <= allowed
    assert {"c01", "c31", "d01", "d15", "e01", "g25", "h01", "k25", "p01"} <= ids
    assert {r.doc_id for r in gold} <= ids


def test_html_training_set_is_read_as_extract_reads_it():
    """challenge8 holds raw HTML: its gold evidence is found in the cleaned text, on candidates."""
    from extractor.ner.corpus import set_articles, set_gold
    from extractor.ner.train import gold_articles
    arts = set_articles("challenge8")
    assert arts and all(a.text.strip() and "<" not in a.text[:200] for a in arts)
    _, gold = gold_articles(load_resources(), ["challenge8"])
    assert len(gold) >= 0.95 * len(set_gold("challenge8"))
    by_id = {a.id: a for a in arts}
    assert all(by_id[r.doc_id].text[r.evidence.start:r.evidence.end] for r in gold)


def test_features_name_the_counted_noun_and_a_subject_before_the_number():
    from extractor.ner.features import current_options, sentence_words
    from extractor.numbers import find_numbers
    from extractor.segment import segment
    base = load_resources()
    s = segment("Số CĐCS được thành lập mới trong kỳ là 19, kết nạp 415 đoàn viên.")[0]
    nums = [n for n in find_numbers(s.text, base.numbers) if n.kind == "quantity"]
    w19, w415 = sentence_words(s, nums, base.rules)
    assert {"S:công", "S:đoàn", "S:cơ"} <= set(w19)      # "CĐCS" read out as its syllables
    assert "<noun:-" not in " ".join(w415) and any(w.startswith("<noun:") for w in w415)
    # with underthesea's words (models trained before syllables): the compound words
    words = {**current_options(), "words": "underthesea", "left": 10, "right": 6}
    w19 = sentence_words(s, nums, base.rules, words)[0]
    assert {"S:công_đoàn", "S:cơ_sở", "S:được"} <= set(w19)


def test_syllables_keep_offsets_and_numbers_whole():
    from extractor.ner.features import syllables
    text = "LĐLĐ tỉnh kết nạp 1.500 đoàn viên (đạt 112,5%)."
    got = syllables(text)
    assert all(text[a:b] == w for a, b, w in got)
    assert [w for _, _, w in got] == ["LĐLĐ", "tỉnh", "kết", "nạp", "1.500", "đoàn", "viên", "(", "đạt", "112,5",
                                      "%", ")", "."]


def test_shipped_model_reads_with_the_features_it_was_trained_with(res):
    from extractor.ner.features import current_options
    model = res["ner"].ner
    assert model.options == current_options()
    assert model.options == {"left": 14, "right": 9, "noun": True, "subject": True, "sentence": False,
                             "syllables": False, "abbrev": True, "words": "syllables"}


def test_a_model_without_the_newer_feature_groups_reads_as_it_was_trained():
    """meta.json of older models names no 'syllables'/'abbrev'/'words': off for them, underthesea words."""
    from extractor.ner.features import sentence_words
    from extractor.numbers import find_numbers
    from extractor.segment import segment
    base = load_resources()
    s = segment("Năm 2024 thành lập 9 CĐCS mới.")[0]
    nums = [n for n in find_numbers(s.text, base.numbers) if n.kind == "quantity"]
    old = {"left": 8, "right": 5, "noun": True, "subject": True, "sentence": False}
    assert ">cđcs" in sentence_words(s, nums, base.rules, old)[0]
    assert ">công_đoàn" in sentence_words(s, nums, base.rules, {**old, "abbrev": True})[0]
    assert {">công", ">đoàn", ">cơ", ">sở"} <= set(sentence_words(s, nums, base.rules)[0])


# -- abbreviations (patterns/abbreviations.yaml) --------------------------------

def test_abbreviations_are_read_from_the_data_file():
    from extractor.ner.features import load_abbreviations
    table = load_abbreviations()
    assert table["cđcs"] == ("công_đoàn", "cơ_sở")
    assert table["tưlđtt"] == ("thỏa_ước", "lao_động", "tập_thể")
    assert all(k == k.lower() and " " not in k for k in table)


def test_shipped_model_reads_the_abbreviations_it_was_trained_with(res):
    """meta.json keeps the model's own list: retrain (`extractor train`) after editing the file."""
    from extractor.ner.features import load_abbreviations
    assert res["ner"].ner.abbreviations == load_abbreviations()


def test_abbreviation_table_given_to_the_features_is_the_one_read_out():
    from extractor.ner.features import sentence_words
    from extractor.numbers import find_numbers
    from extractor.segment import segment
    base = load_resources()
    s = segment("Năm 2024 thành lập 9 CĐCS mới.")[0]
    nums = [n for n in find_numbers(s.text, base.numbers) if n.kind == "quantity"]
    assert ">cđcs" in sentence_words(s, nums, base.rules, abbreviations={})[0]
    assert {">cơ", ">quan"} <= set(sentence_words(s, nums, base.rules, abbreviations={"cđcs": ("cơ_quan",)})[0])


@pytest.mark.parametrize("text,says", [
    ("abbreviations: {CĐCS: công đoàn cơ sở}\n", "list of the words"),
    ("abbreviations: {CĐCS: [công đoàn], cđcs: [cơ sở]}\n", "listed twice"),
    ("abbreviations: {'CĐ CS': [công đoàn]}\n", "one word"),
    ("words: {}\n", "'abbreviations' mapping"),
    ("abbreviations: [\n", "cannot read"),
])
def test_bad_abbreviation_files_are_one_clear_error(tmp_path, text, says):
    from extractor.errors import UserError
    from extractor.ner.features import load_abbreviations
    path = tmp_path / "abbreviations.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(UserError, match=says):
        load_abbreviations(path)
