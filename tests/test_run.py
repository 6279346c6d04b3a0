"""`extractor run` stores articles and records once, however often it runs."""

import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT.parent / "shared" / "seeds"


def run(*args):
    return subprocess.run([sys.executable, "-m", "extractor", "run", "--no-dev", *map(str, args)], cwd=ROOT,
                          capture_output=True, text=True, timeout=300)


@pytest.fixture()
def corpus(tmp_path):
    src = ROOT / "corpus" if any((ROOT / "corpus").glob("*.txt")) else SEEDS
    if not src.exists():
        pytest.skip("no corpus and no ../shared/seeds")
    dst = tmp_path / "corpus"
    shutil.copytree(src, dst)
    return dst


def counts(db):
    with sqlite3.connect(db) as c:
        return c.execute("select count(*) from articles").fetchone()[0], c.execute("select count(*) from records").fetchone()[0]


def test_second_run_stores_nothing_twice(corpus, tmp_path):
    db = tmp_path / "u.sqlite"
    p1 = run("--corpus", corpus, "--db", db)
    assert p1.returncode == 0, p1.stderr
    first = counts(db)
    assert first[0] == len(list(corpus.glob("*.txt"))) and first[1] > 20
    p2 = run("--corpus", corpus, "--db", db)
    assert p2.returncode == 0 and "unchanged" in p2.stdout and "new" not in p2.stdout.split(";")[0]
    assert counts(db) == first


def test_changed_article_replaces_its_records(corpus, tmp_path):
    db = tmp_path / "u.sqlite"
    run("--corpus", corpus, "--db", db)
    f = sorted(corpus.glob("*.txt"))[0]
    f.write_text("Trong năm 2024, toàn tỉnh kết nạp mới 1.234 đoàn viên.\n" + f.read_text(encoding="utf-8"), encoding="utf-8")
    before = counts(db)
    p = run("--corpus", corpus, "--db", db)
    assert "changed 1" in p.stdout
    assert counts(db) == (before[0], before[1] + 1)


def test_corrupt_database_is_a_one_line_error(corpus, tmp_path):
    db = tmp_path / "bad.sqlite"
    db.write_bytes(b"not a database" * 500)
    p = run("--corpus", corpus, "--db", db)
    assert p.returncode != 0 and "Traceback" not in p.stderr and len(p.stderr.strip().splitlines()) == 1
    assert db.read_bytes() == b"not a database" * 500   # nothing destroyed
