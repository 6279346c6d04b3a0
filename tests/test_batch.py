"""Batch engines: 1 process, a process pool and a Dask cluster give the same records in the same order."""

import json
from pathlib import Path

import pytest

from extractor import batch
from extractor.batch import Done, Options, process_item, run_local
from extractor.readers import Skipped, iter_sources

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT.parent / "shared" / "dev" / "articles.jsonl"


def inputs(tmp_path) -> list[str]:
    """The corpus, an HTML page, a bad file and (when present) a few dev articles."""
    (tmp_path / "page.html").write_text(
        "<html><head><title>LĐLĐ tỉnh</title></head><body><nav>Trang chủ | Tin tức</nav><article><p>"
        "Năm 2023, Công đoàn các cấp kết nạp mới 5.821 đoàn viên, thành lập 41 công đoàn cơ sở.</p>"
        "</article></body></html>", encoding="utf-8")
    (tmp_path / "bin.txt").write_bytes(bytes(range(256)) * 4)
    paths = [str(ROOT / "corpus"), str(tmp_path)]
    if DEV.exists():
        dev = tmp_path / "dev.jsonl"
        dev.write_text("".join(DEV.read_text(encoding="utf-8").splitlines(True)[:6]), encoding="utf-8")
        paths.append(str(dev))
    return paths


def flat(results) -> list:
    out = []
    for r in results:
        if isinstance(r, Done):
            out.append(("done", r.doc_id, json.dumps([x.to_dict() for x in r.records], ensure_ascii=False)))
        else:
            out.append(("skipped", r.doc_id, r.reason))
    return out


def test_pool_gives_the_single_process_results_in_order(tmp_path):
    paths = inputs(tmp_path)
    one = flat(run_local(iter_sources(paths), Options(), workers=1))
    two = flat(run_local(iter_sources(paths), Options(), workers=2, chunk=2))
    assert one == two
    assert [k for k, *_ in one].count("skipped") == 1 and len(one) >= 7
    assert any("5821" in recs for k, _, recs in one if k == "done")


def test_a_failing_article_is_skipped_with_its_id_and_reason(tmp_path, monkeypatch):
    from extractor import pipeline
    from extractor.article import Article

    def boom(article, resources=None, **kw):
        if "hỏng" in article.text:
            raise ValueError("bad sentence")
        return []

    monkeypatch.setattr(pipeline, "extract_article", boom)
    bad = process_item(Article(id="x9", text="Bài viết hỏng.", source="in.jsonl:3"), Options())
    good = process_item(Article(id="x10", text="Bài viết tốt."), Options(keep_articles=True))
    assert isinstance(bad, Skipped) and bad.reason == batch.EXTRACTION_FAILED and bad.doc_id == "x9"
    assert "ValueError: bad sentence" in bad.detail and bad.source == "in.jsonl:3"
    assert isinstance(good, Done) and good.article.id == "x10"


def test_dask_local_cluster_gives_exactly_the_single_process_records(tmp_path):
    pytest.importorskip("distributed")
    from extractor.batch_dask import run_dask

    paths = inputs(tmp_path)
    one = flat(run_local(iter_sources(paths), Options(), workers=1))
    dask = flat(run_dask(iter_sources(paths), Options(), workers=2, block=4))
    assert dask == one


def test_report_prints_progress_lines_when_not_a_terminal_and_counts_reasons():
    import io

    from extractor.batch_report import BatchReport
    from extractor.errors import InputError

    err = io.StringIO()
    rep = BatchReport(total=4, stream=err, every=0.0)
    rep.skipped(Skipped("a.txt", "a", "binary file"))
    assert "skipped" not in err.getvalue()          # held back until something is read
    rep.article(3)
    rep.skipped(Skipped("w.warc@10", "web_1", "duplicate content"))
    rep.article(0)
    assert rep.finish("out.csv") == 1
    lines = err.getvalue().splitlines()
    assert any("skipped a.txt" in ln for ln in lines) and any("/4 articles" in ln and "ETA" in ln for ln in lines)
    assert lines[-1].startswith("extract: 2 articles read, 1 skipped (1 binary file), 1 duplicate content, "
                                "3 records written to out.csv")
    only_bad = BatchReport(stream=io.StringIO())
    only_bad.skipped(Skipped("x.txt", "x", "empty file"))
    with pytest.raises(InputError, match="x.txt: empty file"):
        only_bad.finish()
    resumed = BatchReport(stream=io.StringIO())
    resumed.skipped(Skipped("y.txt", "y", "already done"))
    assert resumed.finish() == 0
