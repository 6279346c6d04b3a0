"""The `scope` of a record: the part of the region or organisation a figure is about, as written."""

from datetime import date

import pytest

from extractor.article import Article
from extractor.pipeline import extract_article, load_resources


@pytest.fixture(scope="module")
def res():
    return load_resources()


@pytest.mark.parametrize("text, want", [
    # the organisation's name ends before its verb, whichever verb it is
    ("6 tháng cuối năm, Công đoàn các KCN phấn đấu thành lập mới 10 CĐCS.", "Công đoàn các KCN"),
    ("Năm 2024, Công đoàn ngành Giáo dục đã kết nạp 320 đoàn viên.", "Công đoàn ngành Giáo dục"),
    ("Năm 2024, LĐLĐ huyện Diễn Châu phối hợp tổ chức 12 hội nghị người lao động.", "LĐLĐ huyện Diễn Châu"),
    ("Công đoàn Viên chức tỉnh sẽ kết nạp 200 đoàn viên trong năm 2025.", "Công đoàn Viên chức tỉnh"),
    ("Năm 2024, Công đoàn Khu kinh tế phối hợp tổ chức 92 hội nghị người lao động.", "Công đoàn Khu kinh tế"),
    # the sector a figure is about
    ("Năm 2024 thành lập 15 CĐCS khu vực ngoài nhà nước.", "khu vực ngoài nhà nước"),
])
def test_scope_is_the_organisation_or_sector_as_written(res, text, want):
    recs = extract_article(Article(id="s", text=text, published=date(2024, 12, 20)), res)
    assert recs and {r.scope for r in recs} == {want}
