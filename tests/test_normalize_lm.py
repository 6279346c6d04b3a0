"""Word repair decided by the language model: rare valid words, numbers, dropped letters, ỉ/l on short words."""

from __future__ import annotations

import pytest

from extractor.normalize import load_model, repair
from extractor.normalize.syllable import canonical


def _words(rep) -> list[tuple[str, str]]:
    return [(c.original, c.replacement) for c in rep.corrections if c.reason not in ("nfc", "quote", "space", "zero-width")]


@pytest.mark.parametrize("damaged,clean", [
    # a rare valid syllable ('mói', a handful of sightings) next to a common sibling the context wants
    ("12. Ký mói 21 thỏa ước lao động tập thể.", "12. Ký mới 21 thỏa ước lao động tập thể."),
    # after a number: a unit ('đồng'), never the 'đông' of 'mùa đông'; 'hon' before a number is 'hơn'
    ("Đề xuất điều chỉnh bữa ăn ca lên bằng hoặc cao hon 15.000 đông tại 18 doanh nghiệp.",
     "Đề xuất điều chỉnh bữa ăn ca lên bằng hoặc cao hơn 15.000 đồng tại 18 doanh nghiệp."),
    # a dropped letter that leaves another valid (rare or common) syllable
    ("Tổ chức tuyên truyền phá luật lao động cho đoàn viên.", "Tổ chức tuyên truyền pháp luật lao động cho đoàn viên."),
    ("Tổ chức tuyên truyền páp luật lao động cho đoàn viên.", "Tổ chức tuyên truyền pháp luật lao động cho đoàn viên."),
    ("Xây dựng chủ nghĩ xã hội.", "Xây dựng chủ nghĩa xã hội."),
    # a dropped letter in a non-word
    ("Công đoàn cơ sở đã thàh lập tổ hòa giải.", "Công đoàn cơ sở đã thành lập tổ hòa giải."),
    ("giám sát việc thực hiện chính sách tiền lươg", "giám sát việc thực hiện chính sách tiền lương"),
    # ỉ read for l on a two-letter word: the listed confusion beats the diacritic sibling 'ỉa'
    ("Đây ỉà nhiệm vụ trọng tâm của tổ chức công đoàn.", "Đây là nhiệm vụ trọng tâm của tổ chức công đoàn."),
    # a non-word the general LM cannot settle ('thực' / 'thức' after 'tăng'): union news' own pair decides
    ("Kết nạp 1.326 đoàn viên, giảm 410, tăng thuc 916; thành lập mới 9 CĐCS.",
     "Kết nạp 1.326 đoàn viên, giảm 410, tăng thực 916; thành lập mới 9 CĐCS."),
])
def test_lm_damage_is_repaired(damaged, clean):
    rep = repair(damaged)
    assert rep.text == clean
    for c in rep.corrections:
        assert damaged[c.start:c.end] == c.original


@pytest.mark.parametrize("text", [
    "Hội nghị diễn ra vào mùa đông năm 2023.",          # 'đông' not after a number
    "Có 250 người đông đủ tại hội trường.",              # after a number, but 'người' is the counted noun
    "Hội nghị lần thứ II; (iv) kiểm tra, giám sát.",     # roman numerals are not damaged words
    "Mục d. Tình hình thực hiện chính sách.",            # a lone letter is a list marker
    "Công đoàn tổ chức cho 300 đoàn viên đi tham quan, nghỉ dưỡng.",
])
def test_lm_correct_text_is_left_alone(text):
    assert _words(repair(text)) == []


def test_lexicon_is_in_canonical_spelling():
    """Every valid syllable is spelled canonically ('tùy', not 'tuỳ'), so repairs never emit the old style."""
    lex = load_model().lexicon
    assert not [w for w in lex.valid if canonical(w) != w]


def test_vouched_spellings_are_exactly_the_pairs_the_lm_has_seen():
    """The set-intersection shortcut of the repairer equals asking `seen` pair by pair."""
    lm = load_model().lm
    cases = [("đoàn", "cơ", frozenset({"viên", "viện", "vien", "cơ", "có", "cờ", "sở"})),
             ("kết", "đoàn", frozenset({"nạp", "nấp", "nap", "quả", "viên"})),
             (None, "lao", frozenset({"người", "ngươi", "ngưới"})),
             ("công", None, frozenset({"đoàn", "đoán", "nhân", "nhấn"})),
             ("<n>", "viên", frozenset({"đoàn", "đoán", "doàn"}))]
    for left, right, words in cases:
        brute = {w for w in words if (left is not None and lm.seen(left, w)) or (right is not None and lm.seen(w, right))}
        assert lm.vouched(left, right, words) == brute, (left, right)
    assert lm.vouched("đoàn", None, frozenset({"viên"})) == {"viên"}    # a real pair is found at all


def test_counts_file_round_trips_and_a_bad_row_is_named(tmp_path):
    """read_counts reads back exactly what write_counts wrote (orders kept apart, counts as ints,
    the dictionary pairs); a file with a broken or unknown row is refused, not half read."""
    from extractor.normalize.lm import read_counts, write_counts

    uni = {"công": 5, "đoàn": 4, "<n>": 2}
    bi = {"công đoàn": 4, "<n> đoàn": 1}
    tri = {"<n> công đoàn": 1}
    path = tmp_path / "lm.tsv.gz"
    write_counts(path, uni, bi, tri, n_segments=3, pairs={"công đoàn"})
    lm = read_counts(path)
    assert (lm.uni, lm.bi, lm.tri, lm.pairs) == (uni, bi, tri, frozenset({"công đoàn"}))
    assert (lm.total, lm.n_segments) == (11, 3)
    assert lm.followers["công"] == {"đoàn"} and lm.leaders["đoàn"] == {"công", "<n>"}

    import gzip
    for bad in ("1\tcông\n", "4\tcông đoàn viên chức\t1\n"):
        broken = tmp_path / "broken.tsv.gz"
        with gzip.open(broken, "wt", encoding="utf-8") as fh:
            fh.write("1\tcông\t5\n" + bad)
        with pytest.raises(ValueError, match="broken.tsv.gz"):
            read_counts(broken)
