"""Diacritics put back on sentences written without any (extractor/normalize/restore.py)."""

from __future__ import annotations

from datetime import date

import pytest

from extractor.article import Article
from extractor.normalize import load_model, repair
from extractor.normalize.restore import bare_line, restore_edits
from extractor.pipeline import extract_article, load_resources


@pytest.mark.parametrize("bare,marked", [
    ("LDLD tinh Soc Trang da trao 120 suat qua cho doan vien co hoan canh kho khan nhan dip Tet.",
     "LĐLĐ tỉnh Sóc Trăng đã trao 120 suất quà cho đoàn viên có hoàn cảnh khó khăn nhân dịp Tết."),
    ("Nam 2023, cac cap cong doan da tham hoi, tang qua cho 5.200 luot doan vien, tong kinh phi 3,2 ty dong.",
     "Năm 2023, các cấp công đoàn đã thăm hỏi, tặng quà cho 5.200 lượt đoàn viên, tổng kinh phí 3,2 tỷ đồng."),
    ("Rieng quy II, toan tinh ket nap 1.310 doan vien, thanh lap 9 CDCS.",
     "Riêng quý II, toàn tỉnh kết nạp 1.310 đoàn viên, thành lập 9 CĐCS."),
])
def test_a_bare_sentence_gets_its_marks_back(bare, marked):
    assert repair(bare).text == marked


def test_only_bare_sentences_of_a_marked_paragraph_change_and_offsets_map_back():
    text = ("Tính chung, số đoàn viên tăng tuyệt đối 78 người. Hien toan tinh co 912 CĐCS voi 41.250 doan vien. "
            "Năm 2021, LĐLĐ tỉnh phấn đấu kết nạp 1.800 đoàn viên.")
    rep = repair(text)
    assert rep.text == text.replace("Hien toan tinh co 912 CĐCS voi 41.250 doan vien",
                                    "Hiện toàn tỉnh có 912 CĐCS với 41.250 đoàn viên")
    i = rep.text.index("41.250")
    assert rep.span_to_original(i, i + 6) == (text.index("41.250"), text.index("41.250") + 6)
    assert {c.reason for c in rep.corrections} == {"diacritics"}


@pytest.mark.parametrize("text", [
    "The union said that it will meet with the workers of the factory today.",   # English: no spellings
    "Hoang Anh - Bao Phu Tho",                                                   # a byline: too short
    "Năm 2023, các cấp công đoàn đã kết nạp 5.200 đoàn viên.",                    # marked already
])
def test_other_text_is_left_alone(text):
    model = load_model()
    assert not bare_line(text, model) and restore_edits(text, model) == []


def test_a_bare_sentence_yields_its_records():
    res = load_resources()
    text = ("LĐLĐ tỉnh Điện Biên tổng kết năm 2020.\n\n"
            "Hien toan tinh co 874 cong doan co so voi 29.305 doan vien.")
    got = {(r.indicator, r.value) for r in extract_article(Article(id="t", text=text, published=date(2021, 1, 5)), res)}
    assert got == {("unions_total", 874), ("members_total", 29305)}


def test_a_run_of_stripped_words_inside_a_marked_sentence_gets_its_marks_back():
    repair_text = repair
    assert repair_text("Năm 2017, LĐLĐ tỉnh phan dau ket nap 4.000 đoàn viên.").text == \
        "Năm 2017, LĐLĐ tỉnh phấn đấu kết nạp 4.000 đoàn viên."
    assert repair_text("Trong năm, LĐLĐ tỉnh thành lập 12 cong doan co so, trong đó 3 CĐCS ở KCN.").text == \
        "Trong năm, LĐLĐ tỉnh thành lập 12 công đoàn cơ sở, trong đó 3 CĐCS ở KCN."
    # words written so on purpose (no suspect among them), and names, are left alone
    for text in ("Công tác thu chi kinh phí được công khai; nhiều đoàn viên tham gia cho vui.",
                 "Ông Nguyen Van An, Giám đốc công ty TNHH Pou Yuen, cho biết sinh tham gia Ban chấp hành.",
                 "Chỉ tiêu năm 2024 Tổng LĐLĐ Việt Nam giao cho các cấp công đoàn là kết nạp 1 triệu đoàn viên."):
        assert repair_text(text).text == text


def test_a_capitalised_stripped_word_may_open_a_run_when_it_and_the_next_are_stripped():
    # "Cong" mid-sentence: a name keeps its case, but "Cong doan" are both likely stripped words
    assert repair("Năm qua, LĐLĐ tỉnh thành lập 38 Cong doan co so và kết nạp 1.200 đoàn viên.").text == \
        "Năm qua, LĐLĐ tỉnh thành lập 38 Công đoàn cơ sở và kết nạp 1.200 đoàn viên."
    # a capitalised name before bare words stays as written: it is no stripped word
    for text in ("Đoàn đã đến thăm công ty Samsung tai khu cong nghiep Yên Phong.",
                 "Nhân dịp này, Canon tai Viet Nam trao tặng suất quà."):
        assert repair(text).text.split()[:5] == text.split()[:5]
