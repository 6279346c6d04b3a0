"""The SQLite store is idempotent and replaces a changed article's records."""

import sqlite3

import pytest

from extractor.article import Article
from extractor.errors import UserError
from extractor.record import Evidence, Record
from extractor.store import Store

TEXT = "Hiện toàn tỉnh có 1.482 công đoàn cơ sở."


def rec(value=1482):
    return Record(doc_id="a1", indicator="unions_total", value=value, unit="count",
                  evidence=Evidence(TEXT, 18, 23))


def test_second_save_of_same_article_writes_nothing(tmp_path):
    db = tmp_path / "u.sqlite"
    art = Article(id="a1", text=TEXT)
    with Store(db) as st:
        assert st.save(art, [rec()], "v1") == "new"
        assert st.save(art, [rec()], "v1") == "unchanged"
        assert st.counts() == (1, 1)
    with Store(db) as st:  # reopened: still one copy
        assert st.save(art, [rec()], "v1") == "unchanged"
        got = list(st.records())
    assert got[0].value == 1482 and got[0].evidence.start == 18


def test_changed_article_replaces_its_records(tmp_path):
    with Store(tmp_path / "u.sqlite") as st:
        st.save(Article(id="a1", text=TEXT), [rec(), rec()], "v1")
        assert st.save(Article(id="a1", text=TEXT + " "), [rec(1500)], "v1") == "changed"
        assert [r.value for r in st.records()] == [1500]


def test_new_extractor_version_re_extracts(tmp_path):
    with Store(tmp_path / "u.sqlite") as st:
        st.save(Article(id="a1", text=TEXT), [rec()], "v1")
        assert st.save(Article(id="a1", text=TEXT), [rec()], "v2") == "changed"
        assert st.counts() == (1, 1)


def test_failed_write_keeps_previous_state(tmp_path):
    with Store(tmp_path / "u.sqlite") as st:
        st.save(Article(id="a1", text=TEXT), [rec()], "v1")
        bad = Record(doc_id="a1", indicator=None, value=1, unit="count")  # NOT NULL violation
        with pytest.raises(sqlite3.IntegrityError):
            st.save(Article(id="a1", text=TEXT + "!"), [bad], "v1")
        assert [r.value for r in st.records()] == [1482]
        assert st.article("a1").text == TEXT


def test_not_a_database_is_a_user_error(tmp_path):
    p = tmp_path / "x.sqlite"
    p.write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(UserError):
        Store(p)
