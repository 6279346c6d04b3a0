"""The scorer follows records.md: one-to-one matching, full = region+period too."""

from extractor.record import Record
from extractor.score import fold_region, score


def rec(doc="d", ind="members_new", value=30068, unit="count", status="actual", region="Kiên Giang",
        ps="2018-01-01", pe="2023-12-31", bound="exact"):
    return Record(doc_id=doc, indicator=ind, value=value, unit=unit, status=status, bound=bound,
                  region=region, period_start=ps, period_end=pe)


def test_exact_match_is_core_and_full():
    res = score([rec()], [rec()])
    assert res.prf() == (1.0, 1.0, 1.0)
    assert res.prf(full=True) == (1.0, 1.0, 1.0)


def test_region_compared_without_case_diacritics_and_province_word():
    assert fold_region("tỉnh Kiên Giang") == fold_region("KIEN GIANG") == "kien giang"
    assert fold_region("Thành phố Hồ Chí Minh") == fold_region("Hồ Chí Minh")
    res = score([rec(region="Kiên Giang")], [rec(region="tỉnh kien giang")])
    assert res.prf(full=True)[2] == 1.0


def test_wrong_period_is_core_but_not_full():
    res = score([rec()], [rec(ps="2023-01-01", pe="2023-12-31")])
    assert res.prf()[2] == 1.0
    assert res.prf(full=True)[2] == 0.0
    assert res.share("period") == 0.0 and res.share("region") == 1.0


def test_values_compared_as_numbers_and_status_unit_matter():
    res = score([rec(value=214.77, unit="percent", status="attainment")],
                [rec(value=214.770000001, unit="percent", status="attainment"), rec(value=214.77, unit="percent")])
    assert len(res.matches) == 1 and len(res.spurious) == 1


def test_matching_is_one_to_one_and_prefers_full_agreement():
    gold = [rec(ps="2020-01-01", pe="2020-12-31"), rec()]
    pred = [rec(), rec(ps="2020-01-01", pe="2020-12-31")]
    res = score(gold, pred)
    assert len(res.matches) == 2 and all(m.full for m in res.matches)
    res = score([rec()], [rec(), rec()])
    assert len(res.matches) == 1 and len(res.spurious) == 1


def test_other_is_ignored_and_docs_outside_gold_do_not_count():
    res = score([rec(), rec(ind="other")], [rec(ind="other"), rec(doc="elsewhere")])
    assert res.n_pred == 0 and res.n_gold == 1
    assert res.prf() == (0.0, 0.0, 0.0)


def test_per_indicator_f1():
    gold = [rec(), rec(ind="unions_new", value=199)]
    pred = [rec(), rec(ind="unions_new", value=200)]
    per = score(gold, pred).per_indicator()
    assert per["members_new"][3] == 1.0 and per["unions_new"][3] == 0.0
