"""Reporting organisations from underthesea's NER plus the gazetteer."""

from extractor.ner.orgs import reporting_orgs


def test_provincial_bodies_and_their_provinces():
    text = ("Trong năm 2023, LĐLĐ tỉnh Thái Nguyên đã kết nạp mới 1.200 đoàn viên, Công đoàn các KCN Bình Thuận "
            "thành lập 15 công đoàn cơ sở.")
    assert [(o[2], o[3]) for o in reporting_orgs(text)] == [
        ("LĐLĐ tỉnh Thái Nguyên", "Thái Nguyên"), ("Công đoàn các KCN Bình Thuận", "Bình Thuận")]


def test_sector_union_without_a_place_has_no_province():
    got = reporting_orgs("Công đoàn ngành Giáo dục đã thăm hỏi, tặng quà 120 đoàn viên.")
    assert [(o[2], o[3]) for o in got] == [("Công đoàn ngành Giáo dục", None)]


def test_offsets_point_at_the_organisation():
    text = "Sáng 5/4, Liên đoàn Lao động tỉnh Kiên Giang tổ chức hội nghị."
    (s, e, org, prov), = reporting_orgs(text)
    assert text[s:e] == org and prov == "Kiên Giang"


def test_places_and_people_are_no_organisations():
    assert reporting_orgs("Ông Nguyễn Văn An đến thăm Hà Nội và thành lập 3 công đoàn cơ sở.") == []
