"""Sentences keep offsets and list-heading context; furniture is dropped."""

from pathlib import Path

import pytest
import yaml

from extractor.furniture import load_furniture, story_sentences
from extractor.segment import segment

LIST = ("I. Từ chủ đề trên Ban Chấp hành LĐLĐ tỉnh xác định những chỉ tiêu phải thực hiện như sau:\n\n"
        "1. Kêt nạp mới 5.821 đoàn viên công đoàn.\n\n"
        "2. Thành lập mới 34 công đoàn cơ sở tại doanh nghiệp.\n\n"
        "II. Ban chấp hành LĐLĐ tỉnh cũng xác định những nhiệm vụ trọng tâm trong năm 2020 như sau:\n\n"
        "Ban Tuyên giáo")


def test_offsets_point_into_the_text():
    text = "Ngày 27/6, LĐLĐ tỉnh Thái Bình tổ chức hội nghị. Trong 6 tháng đầu năm, đã thành lập mới 22 CĐCS."
    sents = segment(text)
    assert [s.text for s in sents] == [text[s.start:s.end] for s in sents]
    assert len(sents) == 2 and sents[1].text.startswith("Trong 6 tháng")


def test_numbers_and_abbreviations_do_not_end_sentences():
    text = "Đồng chí cho biết các huyện như TP. Rạch Giá, TP. Phú Quốc có 30.068 đoàn viên. Hết."
    sents = segment(text)
    assert len(sents) == 2 and "30.068" in sents[0].text


def test_list_items_inherit_the_heading_until_a_new_section():
    sents = segment(LIST)
    items = [s for s in sents if s.is_item]
    assert [s.text[:2] for s in items] == ["1.", "2."]
    assert all(s.heading is not None and "chỉ tiêu" in s.heading.text for s in items)
    last = sents[-1]
    assert last.text == "Ban Tuyên giáo" and last.heading is None


def test_side_stories_and_counters_are_cut():
    text = ("Trong năm, đã kết nạp 1.940 đoàn viên.\nSố lần đọc: 1390\nẢnh: img_0981.jpg\n"
            "Tin liên quan\nĐại hội thu hút gần 1000 lượt người tham dự.")
    kept = [s.text for s in story_sentences(segment(text), load_furniture())]
    assert kept == ["Trong năm, đã kết nạp 1.940 đoàn viên."]


def test_a_line_ending_in_a_photo_credit_is_all_caption():
    text = ("Chương trình đã trở thành hoạt động đặc trưng của tổ chức Công đoàn.\n"
            "Hội thi gói bánh chưng do các cấp công đoàn ở Hà Nội tổ chức. Ảnh tư liệu\n"
            "Theo Tổng Liên đoàn, hệ thống công đoàn đã tổ chức 186 chương trình.\n"
            "Lãnh đạo LĐLĐ tỉnh trao quà cho công nhân. Ảnh: Minh Anh\n")
    sents = segment(text)
    display = [s.text for s in sents if s.is_display]
    assert display == ["Hội thi gói bánh chưng do các cấp công đoàn ở Hà Nội tổ chức.", "Ảnh tư liệu",
                       "Lãnh đạo LĐLĐ tỉnh trao quà cho công nhân.", "Ảnh: Minh Anh"]


FURNITURE = yaml.safe_load((Path(__file__).resolve().parents[1] / "patterns" / "furniture.yaml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("kind,line", [(k, line) for k in ("cut", "skip", "keep") for line in FURNITURE["examples"][k]])
def test_furniture_yaml_examples(kind, line):
    furn = load_furniture()
    cut = any(p.search(line) for p in furn.cutoff)
    skip = any(p.search(line) for p in furn.skip_line)
    assert (cut, skip and not cut) == (kind == "cut", kind == "skip")


def test_a_cut_off_word_above_the_story_is_a_label_not_its_end():
    # an opinion page files its pieces under "Bình luận" right below the headline and dateline
    text = ("Phát triển đoàn viên: Đừng chỉ nhìn vào con số kết nạp\n\n02/03/2024 06:00 (GMT+7)\n\nBình luận\n\n"
            "Năm 2023, cả nước kết nạp hơn 1,01 triệu đoàn viên, thành lập 3.540 công đoàn cơ sở.\n\n"
            "Bình luận\n\nTin khác\n\nHà Nội kết nạp 5.000 đoàn viên.")
    kept = [s.text for s in story_sentences(segment(text), load_furniture())]
    assert any("1,01 triệu" in t for t in kept)
    assert not any("Bình luận" in t or "Hà Nội" in t for t in kept)
