"""`extractor extract` end to end: outputs, and bad input as one line, never a traceback."""

import codecs
import json
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

ROOT = Path(__file__).resolve().parents[1]
SEED = ("Nhiệm kỳ 2018-2023, Công đoàn các cấp phát triển 30.068 đoàn viên mới, đạt 214,77% chỉ tiêu nghị quyết, "
        "nâng tổng số đoàn viên toàn tỉnh hiện có là 71.596. Hiện toàn tỉnh có l.482 công đoàn cơ sở.")


def run(*args, stdin=None):
    return subprocess.run([sys.executable, "-m", "extractor", "extract", *map(str, args)], cwd=ROOT,
                          capture_output=True, text=True, input=stdin, timeout=120)


def to_cp1258(text):
    """windows-1258 keeps tone marks as combining characters after a base letter it has."""
    import unicodedata

    out = b""
    for ch in text:
        try:
            out += ch.encode("cp1258")
        except UnicodeEncodeError:
            base, *marks = unicodedata.normalize("NFD", ch)
            for i in range(len(marks), -1, -1):  # keep as many marks on the base as cp1258 has
                head = unicodedata.normalize("NFC", base + "".join(marks[:i]))
                try:
                    out += head.encode("cp1258") + "".join(marks[i:]).encode("cp1258")
                    break
                except UnicodeEncodeError:
                    continue
    return out


def one_line_error(p):
    lines = p.stderr.strip().splitlines()
    return p.returncode != 0 and len(lines) == 1 and "Traceback" not in p.stderr


def test_txt_to_jsonl_stdout(tmp_path):
    f = tmp_path / "kg.txt"
    f.write_text(SEED, encoding="utf-8")
    p = run(f)
    assert p.returncode == 0, p.stderr
    recs = [json.loads(line) for line in p.stdout.splitlines()]
    by = {(r["indicator"], r["status"]): r for r in recs}
    assert by[("members_new", "actual")]["value"] == 30068
    assert by[("members_new", "attainment")]["value"] == 214.77
    assert by[("unions_total", "actual")]["value"] == 1482
    ev = by[("members_new", "actual")]["evidence"]
    assert SEED[ev["start"]:ev["end"]] == "30.068" and all(r["doc_id"] == "kg" for r in recs)


@pytest.mark.parametrize("ext", ["csv", "parquet", "jsonl"])
def test_table_outputs_open_in_pandas_and_duckdb(tmp_path, ext):
    import duckdb

    (tmp_path / "a.txt").write_text(SEED, encoding="utf-8")
    out = tmp_path / f"out.{ext}"
    assert run(tmp_path / "a.txt", "-o", out).returncode == 0
    df = {"csv": pd.read_csv, "parquet": pd.read_parquet, "jsonl": lambda p: pd.read_json(p, lines=True)}[ext](out)
    assert len(df) >= 3 and "indicator" in df.columns and "value" in df.columns
    if ext != "jsonl":
        assert list(df.columns)[:3] == ["doc_id", "indicator", "value"]
        assert duckdb.sql(f"select count(*) from '{out}'").fetchall()[0][0] == len(df)


def test_jsonl_articles_with_unknown_fields_and_a_bad_line(tmp_path):
    f = tmp_path / "arts.jsonl"
    f.write_text(json.dumps({"id": "x1", "text": SEED, "published": "2023-05-10", "whatever": [1]}, ensure_ascii=False)
                 + "\n{not json\n", encoding="utf-8")
    p = run(f)
    assert p.returncode == 1 and "invalid JSON" in p.stderr and "Traceback" not in p.stderr
    total = [json.loads(line) for line in p.stdout.splitlines() if json.loads(line)["indicator"] == "members_total"]
    assert total[0]["period_start"] == "2023-05-10"


def test_missing_empty_binary_files_are_one_line_errors(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "bin.txt").write_bytes(bytes(range(256)) * 8)
    for f in (tmp_path / "missing.txt", tmp_path / "empty.txt", tmp_path / "bin.txt"):
        p = run(f)
        assert one_line_error(p) and f.name in p.stderr, p.stderr


def test_utf16_and_windows_1258_are_decoded(tmp_path):
    (tmp_path / "u16.txt").write_bytes(codecs.BOM_UTF16_LE + SEED.encode("utf-16-le"))
    (tmp_path / "u16nobom.txt").write_bytes(SEED.encode("utf-16-le"))
    (tmp_path / "cp.txt").write_bytes(to_cp1258("Kết nạp mới 5.821 đoàn viên."))
    for name in ("u16.txt", "u16nobom.txt", "cp.txt"):
        p = run(tmp_path / name)
        assert p.returncode == 0, (name, p.stderr)
        assert any(json.loads(line)["indicator"] == "members_new" for line in p.stdout.splitlines()), name


def test_broken_html_gives_text(tmp_path):
    (tmp_path / "page.html").write_text("<html><body><div><p>" + SEED + "<p><b>unclosed", encoding="utf-8")
    p = run(tmp_path / "page.html")
    assert p.returncode == 0 and "30068" in p.stdout


def records_of(p):
    return [json.loads(line) for line in p.stdout.splitlines()]


def test_a_batch_goes_on_past_bad_inputs_and_exits_1(tmp_path):
    (tmp_path / "ok.txt").write_text(SEED, encoding="utf-8")
    (tmp_path / "bin.txt").write_bytes(bytes(range(256)) * 8)
    log = tmp_path / "run.log"
    p = run(tmp_path / "missing", tmp_path, "--log", log)
    assert p.returncode == 1 and "Traceback" not in p.stderr
    lines = p.stderr.strip().splitlines()
    assert any("missing" in ln and "no such file" in ln for ln in lines)
    assert any("bin.txt" in ln and "binary file" in ln for ln in lines)
    assert "1 article read" in lines[-1] and "2 skipped" in lines[-1]
    assert {r["doc_id"] for r in records_of(p)} == {"ok"}
    assert "bin.txt" in log.read_text(encoding="utf-8") and "1 article read" in log.read_text(encoding="utf-8")


def test_nothing_readable_exits_2_naming_each_file(tmp_path):
    (tmp_path / "a.txt").write_bytes(b"")
    (tmp_path / "b.txt").write_bytes(b"\x00\x01\x02" * 50)
    p = run(tmp_path / "a.txt", tmp_path / "b.txt")
    lines = p.stderr.strip().splitlines()
    assert p.returncode == 2 and "Traceback" not in p.stderr and p.stdout == ""
    assert "a.txt" in lines[0] and "b.txt" in lines[1] and "nothing readable" in lines[-1]


def test_bad_jsonl_line_alone_and_bad_options_are_one_line(tmp_path):
    (tmp_path / "bad.jsonl").write_text("{oops\n", encoding="utf-8")
    (tmp_path / "ok.txt").write_text(SEED, encoding="utf-8")
    p = run(tmp_path / "bad.jsonl")
    assert one_line_error(p) and "bad.jsonl:1" in p.stderr and "invalid JSON" in p.stderr
    for extra in (["-o", tmp_path / "out.xlsx"], ["--scheduler", "tcp://127.0.0.1:9", "--engine", "local"],
                  ["--workers", "0"], ["-o", tmp_path / "nodir" / "out.jsonl"]):
        p = run(tmp_path / "ok.txt", *extra)
        assert one_line_error(p), (extra, p.stderr)


def test_warc_input_workers_and_stdin(tmp_path):
    import io

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    page = f"<html><head><title>Tin</title></head><body><article><p>{SEED}</p></article></body></html>".encode()
    with (tmp_path / "c.warc.gz").open("wb") as fh:
        w = WARCWriter(fh, gzip=True)
        for url in ("https://ldld.example.vn/a", "https://ldld.example.vn/copy"):
            hdr = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            w.write_record(w.create_warc_record(url, "response", payload=io.BytesIO(page), http_headers=hdr))
    one, two = run(tmp_path / "c.warc.gz", "--workers", "1"), run(tmp_path / "c.warc.gz", "--workers", "2")
    assert one.returncode == 0 and one.stdout == two.stdout   # the copy is a duplicate: not an error
    assert "1 duplicate content" in one.stderr
    recs = records_of(one)
    assert recs and all(r["doc_id"].startswith("web_") for r in recs) and any(r["value"] == 30068 for r in recs)
    p = run("-", stdin=SEED)
    assert p.returncode == 0 and {r["doc_id"] for r in records_of(p)} == {"stdin"}


def test_resume_appends_only_new_articles_and_db_stores_them(tmp_path):
    import sqlite3

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(SEED, encoding="utf-8")
    out, db = tmp_path / "out.csv", tmp_path / "u.sqlite"
    assert run(tmp_path / "in", "-o", out, "--db", db).returncode == 0
    first = pd.read_csv(out)
    (tmp_path / "in" / "b.txt").write_text(SEED.replace("30.068", "12.345"), encoding="utf-8")
    p = run(tmp_path / "in", "-o", out, "--db", db, "--resume")
    assert p.returncode == 0 and "1 already done" in p.stderr, p.stderr
    both = pd.read_csv(out)
    assert len(both) == 2 * len(first) and set(both["doc_id"]) == {"a", "b"} and 12345 in both["value"].tolist()
    with sqlite3.connect(db) as conn:
        assert conn.execute("select count(*) from articles").fetchone()[0] == 2
        assert conn.execute("select count(*) from records").fetchone()[0] == len(both)


def test_huge_inputs_are_skipped_or_read_never_fatal(tmp_path):
    big = tmp_path / "dump.html"
    with big.open("wb") as fh:   # sparse 51 MB: over the per-file cap, costs nothing to make
        fh.truncate(51 * 2**20)
    p = run(big)
    assert one_line_error(p) and "dump.html" in p.stderr and "too large" in p.stderr
    filler = "<div class='menu'><a href='/x'>Tin tức</a> | <a href='/y'>Xã hội</a></div>\n" * 12_000   # ~1 MB
    (tmp_path / "long.html").write_text(f"<html><body><article><p>{SEED}</p></article>{filler}</body></html>",
                                        encoding="utf-8")
    p = run(tmp_path / "long.html")
    assert p.returncode == 0 and "Traceback" not in p.stderr and "30068" in p.stdout
