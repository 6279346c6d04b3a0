"""The gold files are valid records by the contract, and the split is fixed."""

import json
from datetime import date
from pathlib import Path

import pytest

from extractor.goldsets import read_records
from extractor.record import BOUNDS, STATUSES, UNITS

ROOT = Path(__file__).resolve().parents[1]
SHARED_DEV = ROOT.parent / "shared" / "dev" / "articles.jsonl"
UNIT_OF = {line.split("\t")[0]: line.split("\t")[1]
           for line in (ROOT / "patterns" / "indicators.tsv").read_text(encoding="utf-8").splitlines()[1:] if line.strip()}


@pytest.mark.parametrize("name", ["seeds.jsonl", "dev.jsonl"])
def test_gold_records_follow_the_contract(name):
    recs = read_records(ROOT / "gold" / name)
    assert recs
    for r in recs:
        assert r.indicator in UNIT_OF or r.indicator == "other"
        assert r.status in STATUSES and r.bound in BOUNDS and r.unit in UNITS
        assert r.unit == ("percent" if r.status == "attainment" else UNIT_OF[r.indicator]), r
        if r.period_start and r.period_end:
            assert date.fromisoformat(r.period_start) <= date.fromisoformat(r.period_end)


def test_seed_evidence_points_at_the_number():
    for line in (ROOT / "gold" / "seeds.jsonl").read_text(encoding="utf-8").splitlines():
        d = json.loads(line)
        text = (ROOT / "corpus" / f"{d['doc_id']}.txt").read_text(encoding="utf-8")
        assert text[d["evidence"]["start"]:d["evidence"]["end"]] == d["evidence_text"]


@pytest.mark.skipif(not SHARED_DEV.exists(), reason="../shared is not beside the project")
def test_split_covers_every_dev_article_once():
    ids = [json.loads(line)["id"] for line in SHARED_DEV.read_text(encoding="utf-8").splitlines() if line.strip()]
    split = json.loads((ROOT / "gold" / "dev_split.json").read_text(encoding="utf-8"))
    both = split["develop"] + split["heldout"]
    assert sorted(both) == sorted(ids) and len(set(both)) == len(both) and len(split["heldout"]) == 12
