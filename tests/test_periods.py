"""Period phrases: every example of patterns/periods.yaml, plus behaviour the
resolver relies on (offsets, order, year context, has_year), on real
sentences from union news."""

import json
import time
from datetime import date
from pathlib import Path

import pytest

from extractor.article import parse_date
from extractor.period_lexicon import load_periods
from extractor.periods import PeriodSpan, find_periods

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def _iso(d):
    return d.isoformat() if d else None


def _triples(spans):
    return [[p.kind, _iso(p.period_start), _iso(p.period_end)] for p in spans]


def _examples():
    for i, ex in enumerate(load_periods().examples):
        yield pytest.param(ex, id=f"{i}-{ex['text'][:40]}")


@pytest.mark.parametrize("ex", list(_examples()))
def test_yaml_example(ex):
    got = find_periods(ex["text"], parse_date(ex.get("published")), ex.get("context_year"))
    want = [[k, _iso(parse_date(a)), _iso(parse_date(b))] for k, a, b in ex["expect"]]
    assert _triples(got) == want, [p.text for p in got]


def test_every_rule_has_an_example_that_it_matches():
    lex = load_periods()
    texts = [ex["text"] for ex in lex.examples]
    unmatched = [r.name for r in lex.rules if not any(r.pattern.search(t) for t in texts)]
    assert unmatched == []


def test_offsets_point_into_the_text_in_order_without_overlap():
    text = ("Theo Liên đoàn Lao động tỉnh (LĐLĐ), trong năm 2020, toàn tỉnh thành lập được 57 công đoàn "
            "cơ sở (CĐCS), nâng tổng số lên 1.985 CĐCS, vượt hơn 11,7% kế hoạch năm.")
    spans = find_periods(text, date(2021, 1, 18))
    assert [p.text for p in spans] == ["năm 2020", "nâng tổng số"]
    for p in spans:
        assert text[p.start:p.end] == p.text
    assert all(a.end <= b.start for a, b in zip(spans, spans[1:]))


def test_longest_phrase_wins_over_its_parts():
    # 'từ ngày 1/7 đến ngày 31/7/2024' is one span, not two event days
    [p] = find_periods("giai đoạn 1 từ ngày 1/7 đến ngày 31/7/2024", None)
    assert p.text == "từ ngày 1/7 đến ngày 31/7/2024" and p.kind == "span" and p.has_year


def test_has_year_only_when_the_phrase_states_it():
    spans = find_periods("Trong 6 tháng đầu năm, đã thành lập mới 22 công đoàn cơ sở. "
                         "6 tháng cuối năm 2024, Liên đoàn Lao động tỉnh tiếp tục", date(2024, 7, 2))
    assert [(p.text, p.has_year) for p in spans] == [("Trong 6 tháng đầu năm", False), ("6 tháng cuối năm 2024", True)]


def test_year_less_phrase_uses_publication_year_before_context_year():
    text = "Trong năm đã có 140 đoàn viên ưu tú được đứng trong hàng ngũ của Đảng."
    assert _triples(find_periods(text, date(2017, 1, 20), 2016)) == [["span", "2017-01-01", "2017-12-31"]]
    assert _triples(find_periods(text, None, 2016)) == [["span", "2016-01-01", "2016-12-31"]]
    assert _triples(find_periods(text, None)) == [["span", None, None]]


def test_last_year_depends_on_the_month_of_publication():
    text = "Năm qua, đại dịch Covid-19 gây khó khăn tới nhiều mặt hoạt động của CĐ thủ đô"
    assert _triples(find_periods(text, date(2021, 1, 6))) == [["span", "2020-01-01", "2020-12-31"]]
    assert _triples(find_periods(text, date(2021, 2, 28))) == [["span", "2020-01-01", "2020-12-31"]]
    assert _triples(find_periods(text, date(2021, 3, 1))) == [["span", "2021-01-01", "2021-12-31"]]


def test_only_a_single_named_year_becomes_context():
    text = ("Đại hội Công đoàn các KCN tỉnh lần thứ IV, nhiệm kỳ 2023 - 2028 đúng thời gian quy định. "
            "Tổ chức tốt các hoạt động trong năm. Ngày 20/01/2022, Phó Chủ tịch LĐLĐ tỉnh đến thăm. "
            "Trong năm, LĐLĐ tỉnh trao 150 phần quà.")
    assert _triples(find_periods(text, None)) == [
        ["span", "2023-01-01", "2028-12-31"], ["span", None, None],
        ["date", "2022-01-20", "2022-01-20"], ["span", "2022-01-01", "2022-12-31"]]


def test_since_to_now_without_publication_keeps_the_start():
    text = "Theo báo cáo của Công đoàn ngành Y tế, từ năm 2007 đến nay, các công đoàn cơ sở đã vận động"
    assert _triples(find_periods(text, None)) == [["span", "2007-01-01", None]]
    assert _triples(find_periods(text, date(2015, 3, 2))) == [["span", "2007-01-01", "2015-03-02"]]
    since_new_year = "Được biết, từ đầu năm đến nay, Liên đoàn Lao động tỉnh Hà Tĩnh đã hỗ trợ xây mới 125 nhà"
    assert _triples(find_periods(since_new_year, None)) == [["span", None, None]]
    assert _triples(find_periods(since_new_year, None, 2021)) == [["span", "2021-01-01", None]]


def test_stock_markers_are_current_and_dated_at_publication():
    text = ("Hiện nay, LĐLĐ tỉnh Bình Dương có 4.151 công đoàn cơ sở với 770.237 đoàn viên công đoàn. "
            "Ban Tuyên giáo thông tin, năm 2025, Ban Thường vụ LĐLĐ tỉnh phấn đấu phát triển 70.610 đoàn viên.")
    spans = find_periods(text, date(2025, 3, 1))
    assert _triples(spans) == [["current", "2025-03-01", "2025-03-01"], ["span", "2025-01-01", "2025-12-31"]]
    assert _triples(find_periods(text, None))[0] == ["current", None, None]


def test_thuc_hien_is_not_a_stock_marker():
    text = "Các cấp công đoàn thực hiện có hiệu quả chương trình, thể hiện đã rõ vai trò"
    assert find_periods(text, date(2024, 1, 1)) == []


def test_event_days_are_dates_not_spans():
    spans = find_periods("Ngày 26/02, Liên đoàn Lao động tỉnh Kon Tum đã tổ chức Hội nghị tổng kết "
                         "phong trào thi đua năm 2018 và phương hướng nhiệm vụ năm 2019.", None)
    assert [(p.kind, p.text) for p in spans] == [("date", "Ngày 26/02"), ("span", "năm 2018"), ("span", "năm 2019")]
    # the year stated later in the same text does not flow backwards
    assert spans[0].period_start is None
    assert not spans[0].has_year and spans[1].has_year


def test_invalid_dates_are_not_periods():
    assert find_periods("Ngày 31/2, công đoàn tổ chức", None) == []
    assert find_periods("Trong quý 7/2024, công đoàn tổ chức", None) == []


def test_numbers_and_anniversaries_are_not_periods():
    for text in ("(THTG)Ngày 28/7, Công đoàn các khu công nghiệp tỉnh Tiền Giang tổ chức buổi họp mặt "
                 "kỷ niệm 85 năm truyền thống công đoàn Việt Nam",
                 "lễ kỷ niệm 90 năm Ngày thành lập Công đoàn Việt Nam (28-7-1929 - 29-7-2019)"):
        assert all(p.kind == "date" for p in find_periods(text, date(2019, 7, 25)))


def test_load_periods_is_cached_and_rejects_unknown_resolvers(tmp_path):
    assert load_periods() is load_periods()
    bad = tmp_path / "periods.yaml"
    bad.write_text("number_words: {một: 1}\nstems: [Giáp]\nbranches: [[Tý]]\nfragments: {year: '\\d{4}'}\n"
                   "rules:\n  - {name: x, kind: span, resolve: nonsense, pattern: 'năm {year}'}\n", encoding="utf-8")
    with pytest.raises(ValueError, match="unknown resolve"):
        load_periods(str(bad))
    bad.write_text("rules: [{kind: span}]\n", encoding="utf-8")
    with pytest.raises(ValueError, match="periods.yaml"):
        load_periods(str(bad))


def test_frozen_span():
    p = find_periods("năm 2020", None)[0]
    assert isinstance(p, PeriodSpan)
    with pytest.raises(AttributeError):
        p.start = 3


def _articles():
    path = SHARED / "dev" / "articles.jsonl"
    if not path.exists():
        pytest.skip("shared dev set not present")
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_dev_gold_periods_are_reachable():
    """Every gold period should be produced by some phrase of its article or the publication date."""
    hit = total = 0
    for a in _articles():
        pub = parse_date(a.get("published"))
        year, found = None, set()
        for line in a["text"].split("\n"):
            for p in find_periods(line, pub, year):
                found.add((_iso(p.period_start), _iso(p.period_end)))
                if p.has_year and (p.period_end or p.period_start):
                    year = (p.period_end or p.period_start).year
        found.add((_iso(pub), _iso(pub)))
        for g in a["gold"]:
            total += 1
            hit += (g["period_start"], g["period_end"]) in found
    assert total and hit / total >= 0.95


def test_fast_enough():
    arts = _articles()
    load_periods()
    t0 = time.perf_counter()
    for a in arts:
        find_periods(a["text"], parse_date(a.get("published")))
    assert (time.perf_counter() - t0) / len(arts) < 0.05   # generous: ~1 ms per article measured


def test_a_targets_own_span_does_not_date_the_next_sentence():
    from extractor.article import Article
    from extractor.pipeline import extract_article, load_resources

    text = ("Chín tháng năm 2022, công đoàn các cấp thành lập 14 Ban nữ công quần chúng, vượt 8% chỉ tiêu cả năm. "
            "Ban Nữ công LĐLĐ tỉnh mở 5 lớp tập huấn cho 300 cán bộ nữ công cơ sở.")
    recs = extract_article(Article(id="t", text=text, published=date(2022, 10, 12)), load_resources())
    assert {(str(r.period_start), str(r.period_end)) for r in recs} == {("2022-01-01", "2022-09-30")}


def test_a_blocker_still_claims_its_words_when_a_period_phrase_is_near_and_alone_gives_nothing():
    """Blockers are only tried once a phrase is found (speed); they must block exactly as before."""
    pub = date(2024, 5, 10)
    # '90 năm thành lập' is an anniversary, never 'năm' as a year; the real period is still read
    spans = find_periods("Năm 2023, kỷ niệm 90 năm thành lập Công đoàn tỉnh, kết nạp 300 đoàn viên", pub)
    assert [(s.text, s.period_start, s.period_end) for s in spans] == [
        ("Năm 2023", date(2023, 1, 1), date(2023, 12, 31))]
    assert find_periods("Kỷ niệm 90 năm thành lập Công đoàn Việt Nam", pub) == []
    assert find_periods("so với năm 2015 tăng gấp đôi", pub) == []


def test_the_year_a_conference_plans_for_does_not_date_what_the_past_year_achieved():
    """"tổng kết ... năm 2024, triển khai nhiệm vụ năm 2025": a later "trong năm" means 2024.

    The year-end conference names the year it reviews and then the year whose
    tasks it sets; "triển khai nhiệm vụ năm 2025" dates a programme, so the
    anaphoric "trong năm" of the results points back to 2024, while the
    targets set for 2025 keep their own year.
    """
    from extractor.article import Article
    from extractor.pipeline import extract_article, load_resources

    text = ("Ngày 15/1, LĐLĐ tỉnh Quảng Trị tổ chức hội nghị tổng kết công tác công đoàn năm 2024, "
            "triển khai nhiệm vụ năm 2025.\nKết quả nổi bật trong năm:\n- Kết nạp mới: 1.856 đoàn viên.\n"
            "- Thành lập mới: 14 CĐCS.\nNăm 2025, LĐLĐ tỉnh đề ra chỉ tiêu kết nạp 2.000 đoàn viên.")
    recs = extract_article(Article(id="t", text=text, published=date(2025, 1, 16)), load_resources())
    got = {(r.indicator, r.status, r.value, str(r.period_start), str(r.period_end)) for r in recs}
    assert got == {("members_new", "actual", 1856, "2024-01-01", "2024-12-31"),
                   ("unions_new", "actual", 14, "2024-01-01", "2024-12-31"),
                   ("members_new", "target", 2000, "2025-01-01", "2025-12-31")}
