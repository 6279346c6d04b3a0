"""Publication datelines at the head of scraped text (patterns/dateline.yaml examples) and their use."""

import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
import yaml

from extractor.dateline import find_dateline

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = yaml.safe_load((ROOT / "patterns" / "dateline.yaml").read_text(encoding="utf-8"))["examples"]


@pytest.mark.parametrize("ex", EXAMPLES, ids=[e["text"][:30] for e in EXAMPLES])
def test_dateline_examples(ex):
    assert find_dateline(ex["text"]) == ex["expect"]


def test_only_the_head_is_read():
    body = "Tin tức\n" + "Công đoàn tỉnh tổ chức nhiều hoạt động. " * 40 + "\nCập nhật: 04-05-2024 | 09:56"
    assert find_dateline(body) is None


def test_a_text_file_without_metadata_takes_its_dateline(tmp_path):
    art = tmp_path / "a.txt"
    art.write_text("LĐLĐ huyện Yên Thành tổng kết công tác năm 2023\n\nThứ Sáu, 12/01/2024 - 15:20\n\n"
                   "(Baonghean.vn) - Năm qua, LĐLĐ huyện đã kết nạp 412 đoàn viên.\n", encoding="utf-8")
    out = subprocess.run([sys.executable, "-m", "extractor", "extract", str(art)], cwd=ROOT,
                         capture_output=True, text=True, check=True).stdout
    rec = json.loads(out.splitlines()[0])
    # "năm qua" in January is the year before; the district union gives its province
    assert (rec["indicator"], rec["value"], rec["region"]) == ("members_new", 412, "Nghệ An")
    assert (rec["period_start"], rec["period_end"]) == ("2023-01-01", "2023-12-31")


def test_given_publication_date_wins_over_the_dateline():
    from extractor.readers import Pending, load

    text = "Cập nhật: 04-05-2024 | 09:56\nLĐLĐ tỉnh trao 200 suất quà."
    art = load(Pending("x.jsonl", "x", "text", data=text, meta={"published": "2024-05-06"}))
    assert art.published == date(2024, 5, 6)
    assert load(Pending("x.jsonl", "x", "text", data=text, meta={})).published == date(2024, 5, 4)
