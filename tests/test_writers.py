"""Writers: every format opens in pandas, DuckDB and the csv module with the contract's columns and types."""

import csv
import gzip
import json

import pandas as pd
import pytest

from extractor.errors import UserError
from extractor.record import FLAT_FIELDS, FIELDS, Evidence, Record
from extractor.writers import existing_ids, open_writer, output_format

SENT = "Nhiệm kỳ 2018-2023, Công đoàn các cấp phát triển 30.068 đoàn viên mới, đạt 214,77% chỉ tiêu nghị quyết."


def records(doc_id: str = "kg") -> list[Record]:
    return [
        Record(doc_id, "members_new", 30068.0, "count", region="Kiên Giang", region_2025="An Giang",
               period_start="2018-01-01", period_end="2023-12-31", evidence=Evidence(SENT, 49, 55)),
        Record(doc_id, "members_new", 214.77, "percent", status="attainment", region="Kiên Giang",
               evidence=Evidence(SENT, 80, 86)),
        Record(doc_id, "unions_total", 1482.0, "count", scope="doanh nghiệp ngoài nhà nước", evidence=None),
    ]


def write(path, recs, **kw):
    with open_writer(str(path), **kw) as w:
        w.write(recs)
    return w.count


def test_jsonl_is_the_contract_dict_with_real_letters(tmp_path):
    out = tmp_path / "r.jsonl"
    assert write(out, records()) == 3
    raw = out.read_text(encoding="utf-8")
    assert "Kiên Giang" in raw and "\\u" not in raw
    rows = [json.loads(line) for line in raw.splitlines()]
    assert list(rows[0]) == list(FIELDS) and rows[0]["value"] == 30068 and rows[1]["value"] == 214.77
    assert rows[0]["evidence"] == {"sentence": SENT, "start": 49, "end": 55} and rows[2]["evidence"] is None
    assert [Record.from_dict(r) for r in rows] == records()
    df = pd.read_json(out, lines=True)
    assert len(df) == 3 and df["indicator"].tolist()[2] == "unions_total"


def test_jsonl_gz_round_trips(tmp_path):
    out = tmp_path / "r.jsonl.gz"
    write(out, records())
    with gzip.open(out, "rt", encoding="utf-8") as fh:
        assert [Record.from_dict(json.loads(line)) for line in fh] == records()


def test_csv_has_bom_header_and_opens_everywhere(tmp_path):
    import duckdb

    out = tmp_path / "r.csv"
    write(out, records())
    assert out.read_bytes().startswith(b"\xef\xbb\xbfdoc_id,")       # UTF-8 BOM: spreadsheets read Vietnamese
    with out.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert tuple(rows[0]) == FLAT_FIELDS and rows[0]["region"] == "Kiên Giang" and rows[0]["evidence_start"] == "49"
    df = pd.read_csv(out)
    assert tuple(df.columns) == FLAT_FIELDS and df["value"].dtype == "float64" and df["value"][1] == 214.77
    assert df["scope"][2] == "doanh nghiệp ngoài nhà nước" and pd.isna(df["region"][2])
    cols = duckdb.sql(f"select * from read_csv_auto('{out}')").columns
    assert tuple(cols) == FLAT_FIELDS
    assert duckdb.sql(f"select sum(value) from '{out}' where unit = 'count'").fetchall()[0][0] == 30068 + 1482


def test_parquet_has_fixed_schema(tmp_path):
    import duckdb
    import pyarrow.parquet as pq

    out = tmp_path / "r.parquet"
    write(out, records())
    schema = pq.read_schema(out)
    assert tuple(schema.names) == FLAT_FIELDS
    assert str(schema.field("value").type) == "double" and str(schema.field("evidence_start").type) == "int64"
    assert str(schema.field("region").type) == "string"
    df = pd.read_parquet(out)
    assert df["evidence_end"].tolist()[:2] == [55, 86] and df["region_2025"][0] == "An Giang"
    got = duckdb.sql(f"select indicator, value from '{out}' where status = 'attainment'").fetchall()
    assert got == [("members_new", 214.77)]
    assert not (tmp_path / "r.parquet.partial").exists()


def test_empty_outputs_still_have_their_columns(tmp_path):
    import pyarrow.parquet as pq

    write(tmp_path / "e.parquet", [])
    write(tmp_path / "e.csv", [])
    assert tuple(pq.read_schema(tmp_path / "e.parquet").names) == FLAT_FIELDS
    assert tuple(pd.read_csv(tmp_path / "e.csv").columns) == FLAT_FIELDS


@pytest.mark.parametrize("ext", ["jsonl", "jsonl.gz", "csv", "parquet"])
def test_append_adds_to_existing_output_and_existing_ids_sees_both(tmp_path, ext):
    out = tmp_path / f"r.{ext}"
    assert existing_ids(str(out)) == set()
    write(out, records("a"))
    write(out, records("b")[:1], append=True)
    assert existing_ids(str(out)) == {"a", "b"}
    df = {"parquet": pd.read_parquet, "csv": pd.read_csv}.get(ext, lambda p: pd.read_json(p, lines=True))(out)
    assert df["doc_id"].tolist() == ["a", "a", "a", "b"]


def test_append_after_a_crash_mid_line_starts_a_new_line(tmp_path):
    out = tmp_path / "r.jsonl"
    write(out, records("a")[:1])
    with out.open("a", encoding="utf-8") as fh:
        fh.write('{"doc_id": "half", "indic')
    assert existing_ids(str(out)) == {"a"}
    write(out, records("b")[:1], append=True)
    lines = out.read_text(encoding="utf-8").splitlines()
    assert json.loads(lines[-1])["doc_id"] == "b" and len(lines) == 3


def test_bad_paths_and_formats_are_user_errors(tmp_path):
    with pytest.raises(UserError, match="unknown output format"):
        output_format(str(tmp_path / "r.xlsx"))
    with pytest.raises(UserError, match="cannot write"):
        open_writer(str(tmp_path / "no" / "such" / "dir.jsonl"))
    with pytest.raises(UserError, match="stdout"):
        open_writer(None, "parquet")
    (tmp_path / "bad.parquet").write_bytes(b"not parquet at all")
    with pytest.raises(UserError, match="bad.parquet"):
        existing_ids(str(tmp_path / "bad.parquet"))
    with pytest.raises(UserError, match="cannot append"):
        open_writer(str(tmp_path / "bad.parquet"), append=True)
    assert (tmp_path / "bad.parquet").read_bytes() == b"not parquet at all"   # never lost
    assert output_format(None) == "jsonl" and output_format("x.bin", "csv") == "csv"
