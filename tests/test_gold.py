"""The gold files are valid records of the contract, their evidence points at
the original text, and the dev split is fixed and complete.

The gold is the project's yardstick: a malformed record there silently
changes every score, so these checks run on every record, not a sample.
Parts that need ../shared (the dev articles) skip when it is absent.
"""

from __future__ import annotations

import json
from datetime import date
from functools import lru_cache
from pathlib import Path

import pytest

from extractor.record import BOUNDS, STATUSES, UNITS, Record

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "gold"
CORPUS = ROOT / "corpus"
SHARED = ROOT.parent / "shared"
DEV_ARTICLES = SHARED / "dev" / "articles.jsonl"
GOLD_FILES = ("seeds.jsonl", "dev.jsonl")
needs_shared = pytest.mark.skipif(not DEV_ARTICLES.exists(), reason="../shared is not beside the project")


@lru_cache(maxsize=None)
def indicator_units() -> dict[str, str]:
    """code -> unit, from the project's copy of the indicator table."""
    lines = (ROOT / "patterns" / "indicators.tsv").read_text(encoding="utf-8").splitlines()[1:]
    return {cols[0]: cols[1] for cols in (line.split("\t") for line in lines if line.strip())}


@lru_cache(maxsize=None)
def successors() -> dict[str, str]:
    """pre-2025 province -> its province after the 1 July 2025 merger."""
    out = {"Việt Nam": "Việt Nam"}
    for line in (ROOT / "patterns" / "regions.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            cols = line.split("\t")
            out[cols[0]] = cols[1]
    return out


def gold_lines(name: str) -> list[dict]:
    """Raw JSON objects of a gold file (one record a line, no blank lines allowed)."""
    text = (GOLD / name).read_text(encoding="utf-8")
    return [json.loads(line) for line in text.splitlines()]


@lru_cache(maxsize=None)
def dev_texts() -> dict[str, str]:
    with DEV_ARTICLES.open(encoding="utf-8") as fh:
        return {a["id"]: a["text"] for a in map(json.loads, fh)}


def check_record(d: dict) -> Record:
    """Assert one gold object follows records.md; return the parsed Record."""
    r = Record.from_dict(d)
    assert d["unit"] in UNITS and d["status"] in STATUSES and d["bound"] in BOUNDS, d
    assert r.indicator in indicator_units() or r.indicator == "other", d
    if r.indicator != "other":
        expected = "percent" if r.status == "attainment" else indicator_units()[r.indicator]
        assert r.unit == expected, f"{d['doc_id']} {r.indicator} {r.value}: unit {r.unit}, expected {expected}"
    assert isinstance(d["value"], (int, float)) and not isinstance(d["value"], bool) and r.value >= 0, d
    if r.unit == "count":
        assert r.value == int(r.value), f"fractional count {d}"
    for name in ("period_start", "period_end"):
        if d.get(name) is not None:
            date.fromisoformat(d[name])
    if r.period_start and r.period_end:
        assert r.period_start <= r.period_end, d
    return r


@pytest.mark.parametrize("name", GOLD_FILES)
def test_every_gold_record_follows_the_contract(name):
    rows = gold_lines(name)
    assert rows
    for d in rows:
        check_record(d)


def test_check_record_rejects_broken_records():
    good = {"doc_id": "a", "indicator": "members_new", "value": 5, "unit": "count", "status": "actual",
            "bound": "exact", "period_start": "2020-01-01", "period_end": "2020-12-31"}
    check_record(good)
    for bad in ({"unit": "vnd"}, {"indicator": "members_newly"}, {"status": "planned"}, {"bound": "more"},
                {"period_start": "2021-01-01"}, {"period_end": "2020-13-01"}, {"value": 2.5},
                {"status": "attainment"}):
        with pytest.raises((AssertionError, ValueError, KeyError)):
            check_record({**good, **bad})
    check_record({**good, "status": "attainment", "unit": "percent", "value": 131})


def test_seed_evidence_points_at_the_number_in_corpus():
    texts: dict[str, str] = {}
    for d in gold_lines("seeds.jsonl"):
        text = texts.setdefault(d["doc_id"], (CORPUS / f"{d['doc_id']}.txt").read_text(encoding="utf-8"))
        ev = d["evidence"]
        assert text[ev["start"]:ev["end"]] == d["evidence_text"], d
        assert d["evidence_text"] in ev["sentence"] and ev["sentence"] in text, d


def test_seed_gold_covers_every_seed_with_its_region_successor():
    rows = gold_lines("seeds.jsonl")
    assert {d["doc_id"] for d in rows} == {p.stem for p in CORPUS.glob("*.txt")}
    for d in rows:
        assert d["region"] in successors() and d["region_2025"] == successors()[d["region"]], d


def test_corpus_metadata_describes_each_seed_once():
    meta = [json.loads(line) for line in (CORPUS / "metadata.jsonl").read_text(encoding="utf-8").splitlines()]
    assert sorted(m["id"] for m in meta) == sorted(p.stem for p in CORPUS.glob("*.txt"))
    for m in meta:
        text = (CORPUS / f"{m['id']}.txt").read_text(encoding="utf-8")
        if m["published"]:
            y, mo, dd = m["published"].split("-")
            assert date.fromisoformat(m["published"]) and any(
                f in text for f in (f"{dd}/{mo}/{y}", f"{dd}-{mo}-{y}")), m
        assert m["title"] is None or m["title"] in text, m


@needs_shared
def test_corpus_is_a_byte_copy_of_the_seeds():
    for p in CORPUS.glob("*.txt"):
        assert p.read_bytes() == (SHARED / "seeds" / p.name).read_bytes(), p.name


@needs_shared
def test_dev_evidence_points_at_the_number_in_the_article():
    texts = dev_texts()
    rows = gold_lines("dev.jsonl")
    assert {d["doc_id"] for d in rows} <= set(texts)
    for d in rows:
        ev = d.get("evidence")
        if ev:
            assert texts[d["doc_id"]][ev["start"]:ev["end"]] == d["evidence_text"], d


@needs_shared
def test_split_covers_every_dev_article_exactly_once():
    ids = list(dev_texts())
    split = json.loads((GOLD / "dev_split.json").read_text(encoding="utf-8"))
    both = split["develop"] + split["heldout"]
    assert len(both) == len(set(both)) and sorted(both) == sorted(ids)
    assert 0.2 <= len(split["heldout"]) / len(ids) <= 0.4


@needs_shared
def test_split_script_reproduces_the_committed_split(tmp_path):
    import importlib.util

    spec = importlib.util.spec_from_file_location("split_dev", ROOT / "scripts" / "split_dev.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    out = tmp_path / "split.json"
    assert mod.main([str(DEV_ARTICLES), str(out)]) == 0
    assert json.loads(out.read_text(encoding="utf-8")) == json.loads((GOLD / "dev_split.json").read_text(encoding="utf-8"))


def test_no_two_gold_sets_share_an_article_id():
    """Training and tuning code keys articles by id: a clash would mix an exam with a training set."""
    import json
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    owner: dict[str, str] = {}
    files = sorted((root / "gold").glob("challenge*/articles.jsonl"))
    dev = root.parent / "shared" / "dev" / "articles.jsonl"
    for f in files + ([dev] if dev.exists() else []):
        for line in f.read_text(encoding="utf-8").splitlines():
            i = json.loads(line)["id"]
            assert i not in owner, f"{i} is in {owner.get(i)} and {f.parent.name}"
            owner[i] = f.parent.name
    assert len(owner) > 250


@pytest.mark.parametrize("path", sorted(GOLD.glob("challenge*/articles.jsonl")), ids=lambda p: p.parent.name)
def test_every_challenge_set_follows_the_contract_and_points_at_its_numbers(path):
    """Each written set's gold: records of the contract, regions with their successor, and evidence
    offsets that slice the number as written out of the article's own text (the sets of saved web
    pages, `html` instead of `text`, and the first set give the evidence text alone)."""
    for line in path.read_text(encoding="utf-8").splitlines():
        art = json.loads(line)
        assert {"id", "gold"} <= set(art) and ("text" in art or "html" in art), art.get("id")
        for d in art["gold"]:
            check_record(d)
            assert d["doc_id"] == art["id"], d
            if d.get("region") is not None:
                assert d["region"] in successors() and d["region_2025"] == successors()[d["region"]], d
            ev = d.get("evidence")
            if ev is not None and "text" in art:
                assert art["text"][ev["start"]:ev["end"]] == d["evidence_text"], d
