"""The same article reached twice (same URL, or same normalized text) is stored once."""

from tests.conftest import run_cli
from tests.warehouse.conftest import ARTICLES, query, write_jsonl


def _build(src, db):
    proc = run_cli("build", "--source", str(src), "--db", str(db))
    assert proc.returncode == 0, proc.stderr


def test_same_url_in_two_formats_is_stored_once(tmp_path):
    src = tmp_path / "src"
    write_jsonl(src / "a.jsonl", [{k: v for k, v in ARTICLES[0].items() if k != "id"}])
    (src / "b.txt").write_text(ARTICLES[0]["text"] + "\n\nОбновлено.", encoding="utf-8")
    (src / "b.json").write_text('{"url": "https://news.by/a1", "published": "2024-02-10"}', encoding="utf-8")
    db = tmp_path / "t.duckdb"
    _build(src, db)
    assert query(db, "SELECT count(*) FROM articles") == [(1,)]
    assert query(db, "SELECT path LIKE '%a.jsonl' FROM articles") == [(True,)]
    assert query(db, "SELECT duplicates FROM ingest_log WHERE path LIKE '%b.txt'") == [(1,)]


def test_same_text_differently_spaced_and_cased_is_stored_once(tmp_path):
    src = tmp_path / "src"
    text = ARTICLES[0]["text"]
    shouted = "  " + text.upper().replace(" ", "\n ")
    write_jsonl(src / "a.jsonl", [{"id": "1", "published": "2024-02-10", "text": text},
                                  {"id": "2", "published": "2024-02-10", "text": shouted}])
    db = tmp_path / "t.duckdb"
    _build(src, db)
    assert query(db, "SELECT external_id FROM articles") == [("1",)]
    assert query(db, "SELECT articles, duplicates FROM ingest_log") == [(1, 1)]


def test_sample_passages_sharing_a_url_all_load(sample_db):
    assert query(sample_db, "SELECT count(*) FROM articles WHERE path LIKE '%dev-passages.jsonl'") == [(148,)]
