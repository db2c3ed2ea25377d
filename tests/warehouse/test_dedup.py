"""The same article reached twice (same URL, or same normalized text) is stored once."""

import pytest

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


def _corpus_with_duplicates_across_batches(src):
    """Eight lines over two files; with batches of two, every duplicate is in a later batch or file."""
    a1, a2, a3 = ARTICLES
    write_jsonl(src / "a.jsonl", [
        a1, a2,
        a3, {**a1, "text": a1["text"] + " Обновлено."},  # a1's URL and id, new text: same article_id
        {"id": "a4", "published": "2024-03-02", "text": a3["text"] + " Дополнено."}])
    write_jsonl(src / "b.jsonl", [
        {"id": "b1", "published": "2024-03-03", "text": a2["text"].upper()},  # a2's text, no URL
        a3,  # same article_id and text as in a.jsonl
        {"id": "b3", "published": "2024-03-04", "text": "Витебская область и Смоленская область подписали план."}])


def test_dedup_holds_across_batches_and_files(tmp_path, monkeypatch):
    from etl.warehouse import build, loader

    monkeypatch.setattr(loader, "BATCH_ARTICLES", 2)
    src, db = tmp_path / "src", tmp_path / "t.duckdb"
    _corpus_with_duplicates_across_batches(src)
    build([src], db)
    assert query(db, "SELECT count(*), count(DISTINCT article_id), count(DISTINCT text_hash) FROM articles") == [
        (5, 5, 5)]
    assert query(db, "SELECT external_id FROM articles ORDER BY external_id") == [
        ("a1",), ("a2",), ("a3",), ("a4",), ("b3",)]
    assert query(db, "SELECT regexp_extract(path, '[ab]\\.jsonl'), articles, duplicates FROM ingest_log "
                     "ORDER BY path") == [("a.jsonl", 4, 1), ("b.jsonl", 1, 2)]


def test_a_duplicate_id_that_slips_past_dedup_fails_the_build_and_keeps_the_old_file(tmp_path, monkeypatch):
    from etl.warehouse import build, loader

    src, db = tmp_path / "src", tmp_path / "t.duckdb"
    _corpus_with_duplicates_across_batches(src)
    build([src], db)
    before = db.read_bytes()
    monkeypatch.setattr(loader, "BATCH_ARTICLES", 2)
    monkeypatch.setattr(loader, "existing_keys", lambda con, rows: (set(), set()))
    with pytest.raises(RuntimeError, match=r"articles\.article_id stored twice"):
        build([src], db)
    assert db.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["src", "t.duckdb"]
