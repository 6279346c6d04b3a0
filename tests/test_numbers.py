"""Number reading on real Vietnamese sentences (seed and dev articles).

patterns/numbers.yaml's `examples:` run here too (Duckling-style corpus).
Each case quotes a fragment of a real sentence and says what every number in
it is: a quantity with its exact value, unit and bound, or why it is not one.
"""

import json
import time
from pathlib import Path

import pytest
import yaml

from extractor.numbers import NumberSpan, find_numbers, load_lexicon, parse_numeral

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
EXAMPLES = yaml.safe_load((ROOT / "patterns" / "numbers.yaml").read_text(encoding="utf-8"))["examples"]


def _span(text: str, numeral: str) -> NumberSpan:
    found = [s for s in find_numbers(text) if s.text == numeral]
    assert found, f"no span {numeral!r} in {[s.text for s in find_numbers(text)]}"
    return found[0]


def _check(span: NumberSpan, want: dict) -> None:
    for key, value in want.items():
        got = getattr(span, key)
        if isinstance(value, (int, float)) and not isinstance(value, bool) and got is not None:
            assert got == pytest.approx(value), (span, key)
        else:
            assert got == value, (span, key)


# -- the YAML corpus -------------------------------------------------------------

@pytest.mark.parametrize("ex", EXAMPLES, ids=[e["text"][:40] for e in EXAMPLES])
def test_yaml_example(ex):
    spans = find_numbers(ex["text"])
    for want in ex.get("expect", []):
        _check(_span(ex["text"], want["text"]), want)
    if "quantities" in ex:
        assert sum(s.kind == "quantity" for s in spans) == ex["quantities"], spans


# -- parse_numeral ---------------------------------------------------------------

@pytest.mark.parametrize("written,value", [
    ("30.068", 30068), ("214,77", 214.77), ("3,715,641", 3715641), ("4,158", 4158),
    ("l.482", 1482), ("l.O36", 1036), ("5l2.800", 512800), ("1.5 60", 1560), ("1.O00", 1000), ("2O0", 200), ("8.558.063", 8558063),
    ("45.000.000", 45000000), ("96,4 tỷ", 96.4e9), ("26,2 triệu", 26.2e6), ("44 ngàn", 44000),
    ("10.617 tỷ", 10617e9), ("1,125 tỷ", 1.125e9), ("11,7%", 11.7), ("03", 3),
    ("hai mươi mốt nghìn", 21000), ("một trăm linh năm", 105), ("ba mươi lăm", 35),
    ("mười hai", 12), ("năm mươi", 50), ("hai nghìn không trăm hai mươi tư", 2024),
    ("1 triệu rưỡi", 1.5e6),
])
def test_parse_numeral(written, value):
    assert parse_numeral(written) == pytest.approx(value)


@pytest.mark.parametrize("written", ["", "abc", "hai ba", "mươi", "1.2.3", "mốt"])
def test_parse_numeral_refuses_non_numbers(written):
    assert parse_numeral(written) is None


# -- quantities in real sentences -------------------------------------------------

QUANTITIES = [
    ("Đưa tổng số đoàn viên công đoàn toàn tỉnh là 104.035 đoàn viên, trong đó khu vực nhà nước là 50.642 người",
     "104.035", dict(value=104035, unit="count", bound="exact")),
    ("nâng tổng số đoàn viên cả nước lên 8.558.063 người với 119.342 CĐCS.", "8.558.063", dict(value=8558063)),
    ("Đến nay, toàn huyện có 90 tổ chức công đoàn cơ sở, với gần 2.480 đoàn viên.", "2.480",
     dict(value=2480, bound="under", bound_word="gần")),
    ("Đến năm 2018, cả nước có 10 triệu đoàn viên Công đoàn", "10 triệu", dict(value=10_000_000, unit="count")),
    ("với trên 44 ngàn công đoàn viên đang lao động", "44 ngàn", dict(value=44000, unit="count", bound="over")),
    ("xây dựng, sửa chữa 50 Mái ấm CĐ với tổng kinh phí 2 tỉ đồng và phát triển 5.083 đoàn viên mới", "2 tỉ",
     dict(value=2e9, unit="vnd", unit_end_text="2 tỉ đồng")),
    ("với tổng kinh phí hơn 20 triệu đồng, được trích từ Quỹ Công đoàn", "20 triệu",
     dict(value=20e6, unit="vnd", bound="over")),
    ("tổng kinh phí đợt trao quà trị giá 45.000.000 đồng.", "45.000.000", dict(value=45e6, unit="vnd")),
    ("26,2 triệu lượt người có hoàn cảnh khó khăn được nhận quà", "26,2 triệu", dict(value=26.2e6, unit="count")),
    ("đã có gần 1.800 đoàn viên, người lao động khó khăn được hỗ trợ gần 900 triệu đồng.", "900 triệu",
     dict(value=9e8, unit="vnd", bound="under")),
    ("tổ chức trên 420 cuộc tập huấn, tuyên truyền chính sách", "420", dict(value=420, bound="over")),
    ("kết nạp 33.111 đoàn viên (đạt 113,51% chỉ tiêu kế hoạch)", "113,51%", dict(value=113.51, unit="percent")),
    ("Giới thiệu ít nhất 100.000 lượt đoàn viên ưu tú cho Đảng", "100.000",
     dict(value=100000, bound="over", bound_word="ít nhất")),
    ("Hơn 300 đại biểu, đoàn viên tại buổi tổng kết", "300", dict(bound="over", bound_word="Hơn", bound_start=0)),
    ("Công đoàn viên chức tỉnh đã công nhận 39/45 công đoàn đạt danh hiệu công đoàn cơ sở vững mạnh", "39",
     dict(value=39, denominator=45, kind="quantity")),
    ("tăng tuyệt đối 03 Công đoàn cơ sở", "03", dict(value=3, kind="quantity")),
    ("kiểm tra tài chính tại 05 CĐCS khu vực ngoài nhà nước.", "05", dict(value=5)),
    ("Tổng LĐLĐ Việt Nam trao 2.550 e-voucher, trị giá gần 1,3 tỉ đồng", "1,3 tỉ",
     dict(value=1.3e9, unit="vnd", bound="under")),
    ("Năm đoàn viên được nhận hỗ trợ đợt này đang sinh hoạt tại các Công đoàn cơ sở", "Năm", dict(value=5)),
    ("CĐ cơ sở ít nhất 5 đoàn viên, CĐ cơ sở lớn nhất có trên 30.000 đoàn viên.", "30.000", dict(bound="over")),
    ("Hải Phòng: Hơn 4.300 công nhân được kết nạp Đảng", "4.300", dict(value=4300, bound="over")),
    ("các cấp Công đoàn tỉnh Hưng Yên đã tổ chức các đoàn đi thăm trên 200 doanh nghiệp", "200",
     dict(value=200, bound="over", bound_word="trên")),
    ("Chương trình “Tết Sum vầy” hơn 10.617 tỷ đồng, hơn một nửa từ xã hội hóa.", "10.617 tỷ",
     dict(value=10617e9, unit="vnd", bound="over")),
    ("hội nghị người lao động (chiếm gần 40%).", "40%", dict(value=40, unit="percent", bound="under")),
    ("đã hỗ trợ 3 tỷ cho công nhân", "3 tỷ", dict(value=3e9, unit="vnd")),
]


@pytest.mark.parametrize("text,numeral,want", QUANTITIES, ids=[q[1] for q in QUANTITIES])
def test_quantity(text, numeral, want):
    span = _span(text, numeral)
    assert span.kind == "quantity"
    assert text[span.start:span.end] == span.text
    want = dict(want)
    if "unit_end_text" in want:
        assert text[span.start:span.unit_end] == want.pop("unit_end_text")
    _check(span, want)


# -- numbers that are not statistics ------------------------------------------------

REFUSED = [
    ("Ngày 7/4/2021, LĐLĐ tỉnh tổ chức Ban Chỉ đạo", "7/4/2021", "date"),
    ("giai đoạn 1 từ ngày 1/7 đến ngày 31/7/2024", "1/7", "date"),
    ("Ngày 04/02/2020, Ban Chấp hành Liên đoàn Lao động tỉnh", "04/02/2020", "date"),
    ("tại Đại hội thành lập Công đoàn cơ sở Công ty, ngày 1-12-2020.", "1-12-2020", "date"),
    ("Ngày thành lập Công đoàn Việt Nam (28-7-1929 - 29-7-2019).", "28-7-1929", "date"),
    ("Chiều 29-8, Công đoàn phường An Hội Tây, TP HCM", "29-8", "date"),
    ("Từ đầu năm đến ngày 19.11, Công đoàn các khu công nghiệp tỉnh", "19.11", "date"),
    ("Ngày 8.2, Liên đoàn Lao động (LĐLĐ) tỉnh Sơn La", "8.2", "date"),
    ("Trong 2 ngày, 24-25/1 tại Khu Công nghiệp Lương Sơn", "24-25/1", "date"),
    ("Đại hội sẽ diễn ra vào các ngày 5-6-7/4/2013 ./.", "5-6-7/4/2013", "date"),
    ("Cập nhật: 04-05-2024 | 09:56:36", "09:56:36", "time"),
    ("(09:29 | 04/03/2020)", "09:29", "time"),
    ("10:13 AM 28/06/2024", "10:13 AM", "time"),
    ("Tháng Công nhân (tháng 5-2024) với chủ đề", "5-2024", "date"),
    ("giai đoạn 2016 - 2020. Trong đó có những chỉ tiêu", "2016 - 2020", "year_range"),
    ("lần đầu 2 năm (2015 - 2016).", "2015 - 2016", "year_range"),
    ("Chợ Tết Công đoàn - Xuân 2026 đã mang đến nhiều hoạt động", "2026", "year"),
    ("Trong dịp Tết Nguyên đán Nhâm Dần 2022, các cấp Công đoàn ngành Y tế", "2022", "year"),
    ("theo Chương trình số 04/CTr-LĐLĐ ngày 11/7/2018", "04/CTr-LĐLĐ", "docnum"),
    ("theo Nghị định 04/NĐ-CP và Nghị định 149/NĐ-CP của Chính phủ", "149/NĐ-CP", "docnum"),
    ("triển khai kế hoạch thực hiện nghị quyết 15-NQ/TU của Ban thường vụ Tỉnh ủy", "15-NQ/TU", "docnum"),
    ("theo Chương trình số 04 của Ban Thường vụ", "04", "docnum"),
    ("Hội nghị Ban chấp hành lần thứ 20, khóa X, nhiệm kỳ 2018-2023.", "20", "ordinal"),
    ("Đại hội Công đoàn các KCN tỉnh lần thứ IV, nhiệm kỳ 2023 - 2028", "IV", "roman"),
    ("Thực hiện Nghị quyết Đại hội XII Công đoàn Việt Nam", "XII", "roman"),
    ("các chỉ tiêu Đại hội X Công đoàn tỉnh Đắk Lắk đề ra", "X", "roman"),
    ("chào mừng 90 năm thành lập Đảng Cộng sản Việt Nam", "90", "anniversary"),
    ("góp phần chào mừng 130 năm Đà Lạt hình thành và phát triển", "130", "anniversary"),
    ("họp mặt kỷ niệm 85 năm ngày Công đoàn Việt Nam", "85", "anniversary"),
    ("HOTLINE: 0903.343.439 - HOTLINE Phát hành: 0819.123.127", "0903.343.439", "phone"),
    ("0918544418", "0918544418", "phone"),
    ("02943862456", "02943862456", "phone"),
    # toll-free and premium lines (regression: '1900.6183' was read as a count of 1900.6183)
    ("có thể gọi tổng đài 1900.6183 của Tổng Liên đoàn.", "1900.6183", "phone"),
    ("Đường dây nóng 1800 1567 hoạt động 24/7", "1800 1567", "phone"),
    ("năm 1900 đến nay", "1900", "year"),
    ("kết nạp 1900 đoàn viên", "1900", "quantity"),
    ("Số lần đọc: 1390", "1390", "counter"),
    ("Hôm nay: 490", "490", "counter"),
    ("Tổng lượt truy cập: 3,715,641", "3,715,641", "counter"),
    ("Số người online: 40", "40", "counter"),
    ("(0) Comments", "0", "counter"),
    ("img_0981.jpg", "0981", "code"),
    # calls counted after "điện thoại": a short figure with its noun is no phone number
    ("Trong đó, tư vấn trực tiếp 612 lượt, qua điện thoại 435 lượt.", "435", "quantity"),
    ("Hà Nội: Kết nạp 33.111 đoàn viên - Ảnh 1.", "1", "code"),
    ("do tình hình diễn biến của dịch bệnh COVID-19, Liên đoàn", "19", "code"),
    ("các trường hợp bị tác động của dịch bệnh Covid-19, bị ảnh hưởng", "19", "code"),
    ("1214050295713110", "1214050295713110", "code"),
    ("Nguồn: https://baoquangtri.vn/thanh-lap-moi-23-cong-doan-co-so-188613.htm", "23", "url"),
    ("trao tặng 150 phần quà, mỗi phần trị giá 300.000 đồng, tổng kinh phí", "300.000", "per_item"),
    ("tặng 29 suất quà (mỗi suất gồm 500.000 đồng và nhu yếu phẩm)", "500.000", "per_item"),
    # one gift's value (no count before the gift); "trao 500 suất quà trị giá 250 triệu đồng" is a total
    ("Cầm phần quà trị giá 1 triệu đồng do LĐLĐ tỉnh trao tặng, anh Tư nói.", "1 triệu", "per_item"),
    ("Năm 2020, LĐLĐ tỉnh trao 500 suất quà trị giá 250 triệu đồng.", "250 triệu", "quantity"),
    ("Đoàn viên, người lao động được tặng quà Tết, hỗ trợ 1 triệu đồng/người.", "1 triệu", "per_item"),
    ("hỗ trợ 20 triệu đồng/nhà cho đoàn viên khó khăn", "20 triệu", "per_item"),
    # a range's start shares its end's "per meal" (regression: the 2.000 was read as money spent)
    ("nâng giá trị bữa ăn ca tại 215 doanh nghiệp, với mức tăng từ 2.000 đến 5.000 đồng/suất", "2.000", "per_item"),
    ("500 phiếu mua hàng 0 đồng trị giá 350 nghìn đồng mỗi phiếu", "350 nghìn", "per_item"),
    # ... and so does a start that names its own currency
    ("Mức hỗ trợ từ 500.000 đồng đến 1 triệu đồng/người.", "500.000", "per_item"),
    ("Mức hỗ trợ sửa chữa và xây mới mỗi căn nhà từ 15 đến 40 triệu đồng.", "40 triệu", "per_item"),
    # a gift's worth given as a range: both ends are one gift's (regression: '300.000' times the end's 'triệu'
    # was read as 300 billion đồng spent, and the '1 triệu' as money spent)
    ("Các suất quà có giá trị từ 300.000 đến 1 triệu đồng.", "300.000", "per_item"),
    ("Các suất quà có giá trị từ 300.000 đến 1 triệu đồng.", "1 triệu", "per_item"),
    ("toàn tỉnh có 1.896 doanh nghiệp có từ 30 lao động trở lên", "30", "threshold"),
    ("nâng giá trị bữa ăn ca của NLĐ từ 15.000 đồng trở lên.", "15.000", "threshold"),
    ("doanh nghiệp sử dụng 30 lao động trở lên thành lập được tổ chức công đoàn", "30", "threshold"),
    ("thỏa ước lao động tập thể ký kết có giá trị bữa ăn ca thấp hơn 15.000 đồng.", "15.000", "threshold"),
    ("Trong 6 tháng, đã có 1.110 cơ quan, đơn vị tổ chức hội nghị", "6", "time"),
    ("Hợn 2 năm qua, tuy sản xuất kinh doanh còn khó khăn", "2", "time"),
    ("Gửi file đính kèm không quá 10MB Đính kèm File", "10", "code"),
    ("1. Kêt nạp mới 5.821 đoàn viên công đoàn.", "1", "ordinal"),
    ("Cập nhật lúc 22:46, Thứ Hai, 20/02/2017 (GMT+7)", "7", "code"),
    (" date 2025-11-18 Chương trình “Tết Sum vầy”", "2025-11-18", "date"),
]


@pytest.mark.parametrize("text,numeral,kind", REFUSED, ids=[f"{r[2]}:{r[1]}" for r in REFUSED])
def test_refused(text, numeral, kind):
    assert _span(text, numeral).kind == kind


@pytest.mark.parametrize("text", [
    "Năm qua, đại dịch Covid-19 gây khó khăn tới nhiều mặt hoạt động",
    "hằng năm Công đoàn tổ chức Tháng Công nhân",
    "trong năm Công đoàn các KCN Bình Thuận đã kết nạp mới",
    "Một trong những hoạt động nổi bật và duy trì hiệu quả",
    "một số doanh nghiệp chưa thực hiện",
    "chủ doanh nghiệp cố gắng cải thiện, hỗ trợ một phần chi phí cho NLĐ",
    "thứ hai doanh nghiệp",
    "THỨ HAI, 18/01/2021 11:28:17",
    "hàng trăm công nhân lao động có hoàn cảnh khó khăn",
    "thu hút gần một thập kỷ",
    "LĐLĐ huyện Năm Căn tổ chức hội nghị",
    "Quyết định số 217-QĐ/TV/ của Bộ Chính trị.",
])
def test_no_quantity(text):
    assert [s for s in find_numbers(text) if s.kind == "quantity"] == []


def test_words_and_digits_together_keep_text_order():
    text = "hai mươi mốt nghìn đoàn viên và 45 công đoàn cơ sở"
    spans = find_numbers(text)
    assert [(s.text, s.value) for s in spans] == [("hai mươi mốt nghìn", 21000), ("45", 45)]


def test_bound_start_points_at_the_bound_word():
    text = "nâng tổng số lên 1.985 CĐCS, vượt hơn 11,7% kế hoạch năm"
    span = _span(text, "11,7%")
    assert text[span.bound_start:span.start].strip() == "vượt hơn"


def test_lexicon_is_loaded_once():
    assert load_lexicon() is load_lexicon()


def test_custom_lexicon_path_is_used(tmp_path):
    data = yaml.safe_load((ROOT / "patterns" / "numbers.yaml").read_text(encoding="utf-8"))
    data["bounds"]["tầm"] = "about"
    path = tmp_path / "numbers.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    span = find_numbers("tầm 500 đoàn viên", load_lexicon(path))[0]
    assert (span.bound, span.bound_word) == ("about", "tầm")
    assert find_numbers("tầm 500 đoàn viên")[0].bound == "exact"


# -- the shared corpus: invariants, gold values, speed ---------------------------------

def _corpus():
    if not SHARED.is_dir():
        pytest.skip("shared data not present")
    texts = [p.read_text(encoding="utf-8") for p in sorted((SHARED / "seeds").glob("*.txt"))]
    arts = [json.loads(line) for line in (SHARED / "dev" / "articles.jsonl").read_text(encoding="utf-8").splitlines()
            if line.strip()]
    return texts + [a["text"] for a in arts], arts


def test_spans_are_ordered_non_overlapping_and_exact_on_the_corpus():
    texts, _ = _corpus()
    for text in texts:
        last = 0
        for s in find_numbers(text):
            assert s.start >= last and s.end <= s.unit_end
            assert text[s.start:s.end] == s.text
            if s.bound_start is not None:
                assert text[s.bound_start:s.start].strip().lower() == s.bound_word.lower()
            last = s.unit_end


def _matches(span: NumberSpan, gold: dict) -> bool:
    """A gold record's number, as a quantity span; 'vượt N%' is recorded as 100+N."""
    if span.kind != "quantity" or span.unit != gold["unit"] or span.text != gold["evidence_text"]:
        return False
    exceeded = span.unit == "percent" and "vượt" in (span.bound_word or "").lower()
    return span.value == pytest.approx(gold["value"]) or (exceeded and span.value + 100 == pytest.approx(gold["value"]))


def test_gold_evidence_numbers_are_quantity_spans():
    _, arts = _corpus()
    found, misses = 0, []
    for art in arts:
        spans = find_numbers(art["text"])
        for gold in art["gold"]:
            if any(_matches(s, gold) for s in spans):
                found += 1
            else:
                misses.append((art["id"], gold["evidence_text"], gold["value"]))
    total = found + len(misses)
    print(f"gold numbers found as quantity spans: {found}/{total}; misses: {misses}")
    assert total > 0 and found / total >= 0.97, misses


def test_speed_on_the_corpus():
    texts, _ = _corpus()
    lex = load_lexicon()
    t0 = time.perf_counter()
    for text in texts:
        find_numbers(text, lex)
    assert time.perf_counter() - t0 < 5.0     # ~60 ms measured for all 45 texts


# -- speed rewrites that must not change a reading ------------------------------------------

def _windows() -> list[str]:
    """The 80 characters before every digit and word start of the seed articles (real text)."""
    import regex as re_
    from pathlib import Path

    out = set()
    for p in sorted((Path(__file__).resolve().parents[1] / "corpus").glob("*.txt")):
        t = p.read_text(encoding="utf-8")
        out.update(t[max(0, m.start() - 80):m.start()] for m in re_.finditer(r"\d|\b\w", t))
    return sorted(out)


def test_end_anchored_lexicon_patterns_search_backwards_with_the_same_matches():
    """`_ends` compiles REVERSE for speed; a forward search must find the very same span (and, for
    `bound`, the only one whose words are read, the same bound word)."""
    import dataclasses

    import regex as re_

    lex = load_lexicon()
    windows = _windows() + ["Hướng dẫn số 27", "tổng số tiền trên ", "gồm hơn ", "Tel: ", "hơn"]
    windows += [w + "\n" for w in windows[::7]] + [w + " \n" for w in windows[::11]]   # "$" before a final newline
    checked = 0
    for f in dataclasses.fields(lex):
        pat = getattr(lex, f.name)
        if not isinstance(pat, re_.Pattern) or not pat.flags & re_.REVERSE:
            continue
        forward = re_.compile(pat.pattern, pat.flags & ~re_.REVERSE)
        for w in windows:
            # numbers.py anchors them with .match (one position tried): same spans as searching
            a, b, c = forward.search(w), pat.search(w), pat.match(w)
            assert (a and a.span()) == (b and b.span()) == (c and c.span()), (f.name, w)
            if f.name == "bound" and a:
                assert a.span("w") == b.span("w") == c.span("w"), w
                text = " " * 5 + w + "12"      # as _make reads it: a window of a longer text
                d = pat.match(text, 5, 5 + len(w))
                assert d and d.span("w") == (a.start("w") + 5, a.end("w") + 5), w
        checked += 1
    assert checked >= 10      # bound, ordinal, docnum_prefix, counter_label... are all REVERSE


def test_line_start_and_bullet_match_backwards_like_a_search():
    """number_kinds.py anchors these two at the end of the window with .match: same spans as .search."""
    from extractor.number_kinds import _BULLET, _LINE_START

    windows = _windows() + ["a\n", "a\n- ", "x\n\t• ", "• \n", "\n", "", "abc\n  ", "- \n"]
    windows += [w + "\n" for w in windows[::5]]
    for pat in (_LINE_START, _BULLET):
        for w in windows:
            a, b = pat.search(w), pat.match(w)
            assert (a and a.span()) == (b and b.span()), (pat.pattern, w)


def test_numbers_in_addresses_and_files_stay_masked_and_plain_text_has_no_mask():
    from extractor.numbers import _masks

    lex = load_lexicon()
    assert _masks("kết nạp 1.482 đoàn viên, đạt 105% kế hoạch", lex) == []
    assert [k for *_, k in _masks("Xem tại www.ldld.gov.vn/tin/123 và anh_2023.JPG", lex)] == ["url", "code"]
    assert [n.kind for n in find_numbers("Ảnh: IMG_2045.jpg - 300 đoàn viên nhận quà")][:1] == ["code"]


def test_a_range_of_counts_is_one_figure_at_least_its_low_end():
    """'thành lập mới từ 40 đến 50 CĐCS': 40 or more, the 50 read as its high end (no figure of its own);
    money ranges keep their unit ('từ 15 đến 40 triệu đồng') and an age is no range of counts."""
    spans = [n for n in find_numbers("phấn đấu thành lập mới từ 40 đến 50 CĐCS trong năm") if n.kind == "quantity"]
    assert [(n.value, n.bound, n.text) for n in spans] == [(40.0, "over", "40")]
    assert find_numbers("hỗ trợ từ 15 đến 40 triệu đồng")[0].unit == "vnd"
    assert [n.value for n in find_numbers("giới thiệu 20 đến 30 đoàn viên")] == [20.0, 30.0]   # no "từ": two figures
