"""Bad input never stops the build: every kind is reported by path, logged, and the rest loads."""

import json

from tests.conftest import SEED, run_cli
from tests.warehouse.conftest import ARTICLES, query, write_jsonl

GOOD = ARTICLES[0]["text"]


def _corpus(src):
    """One good file and one file of each bad kind; returns {file name: expected reason}."""
    src.mkdir(parents=True, exist_ok=True)
    write_jsonl(src / "good.jsonl", ARTICLES)
    (src / "empty.txt").write_bytes(b"")
    (src / "binary.txt").write_bytes(bytes(range(256)) * 40)
    (src / "invalid.txt").write_bytes(GOOD.encode()[:40] + b"\xff\xfe" + GOOD.encode())
    (src / "truncated.html").write_text("<html><head><title>Минск</title></head><body><p>Товаро", encoding="utf-8")
    (src / "mixed.jsonl").write_text(
        json.dumps({"id": "m1", "published": "2024-01-01", "text": GOOD + " Ещё."}, ensure_ascii=False)
        + "\n{broken\n", encoding="utf-8")
    (src / "script.html").write_text(
        f"<html><head><script>alert('Товарооборот 1 трлн долларов')</script></head><body><article><p>{GOOD}</p>"
        f"<p>{GOOD}</p></article></body></html>", encoding="utf-8")
    (src / "nodate.txt").write_text(GOOD + " Без даты.", encoding="utf-8")
    return {"empty.txt": "file is empty", "binary.txt": "binary file", "invalid.txt": "invalid UTF-8",
            "truncated.html": "no article text", "mixed.jsonl": "mixed.jsonl:2: not JSON"}


def test_bad_files_are_reported_logged_and_the_rest_loads(tmp_path):
    expected = _corpus(tmp_path / "src")
    db = tmp_path / "t.duckdb"
    proc = run_cli("build", "--source", str(tmp_path / "src"), "--db", str(db))
    assert proc.returncode == 1, proc.stderr
    for name, reason in expected.items():
        assert any(name in line and reason in line for line in proc.stderr.splitlines()), (name, proc.stderr)
    log = {p.rsplit("/", 1)[1]: (s, e) for p, s, e in query(db, "SELECT path, status, error FROM ingest_log")}
    assert {n: s for n, (s, _) in log.items()} == {
        "good.jsonl": "loaded", "empty.txt": "rejected", "binary.txt": "rejected", "invalid.txt": "rejected",
        "truncated.html": "rejected", "mixed.jsonl": "partial", "script.html": "loaded", "nodate.txt": "loaded"}
    assert all(reason in log[name][1] for name, reason in expected.items())
    assert "rejected 5" in proc.stderr.splitlines()[-1]
    ids = {r[0] for r in query(db, "SELECT external_id FROM articles")}
    assert {"a1", "a2", "a3", "m1"} <= ids
    assert query(db, "SELECT count(*) FROM articles WHERE body LIKE '%alert%' OR body LIKE '%трлн%'") == [(0,)]


def test_article_without_date_is_loaded_null_and_flagged(tmp_path):
    src = tmp_path / "src"
    write_jsonl(src / "f.jsonl", [{"id": "x", "text": GOOD}])
    db = tmp_path / "t.duckdb"
    assert run_cli("build", "--source", str(src), "--db", str(db)).returncode == 0
    assert query(db, "SELECT published, date_unresolved, notes LIKE '%date unresolved%' FROM articles") == [
        (None, True, True)]


def test_a_100_mb_file_is_rejected_with_the_limit_and_nothing_else_is_lost(tmp_path):
    src = tmp_path / "src"
    write_jsonl(src / "good.jsonl", ARTICLES)
    with (src / "huge.txt").open("wb") as fh:
        chunk = (GOOD + "\n").encode() * 1000
        while fh.tell() < 100 * 2**20:
            fh.write(chunk)
    db = tmp_path / "t.duckdb"
    proc = run_cli("build", "--source", str(src), "--db", str(db))
    assert proc.returncode == 1
    assert "huge.txt: 100 MB is over the 20 MB limit" in proc.stderr
    assert query(db, "SELECT count(*) FROM articles") == [(3,)]


def test_a_100_mb_jsonl_streams(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    with (src / "big.jsonl").open("w", encoding="utf-8") as fh:
        line = json.dumps({"id": "big", "published": "2024-01-01", "text": "Пусто. " * 300}, ensure_ascii=False)
        fh.write(json.dumps({"id": "first", "published": "2024-01-01", "text": GOOD}, ensure_ascii=False) + "\n")
        while fh.tell() < 100 * 2**20:
            fh.write(line + "\n")
    db = tmp_path / "t.duckdb"
    proc = run_cli("build", "--source", str(src), "--db", str(db))
    assert proc.returncode == 0, proc.stderr
    assert query(db, "SELECT count(*), max(duplicates) > 20000 FROM ingest_log") == [(1, True)]
    assert query(db, "SELECT count(*) FROM articles") == [(2,)]


def test_missing_source_is_a_usage_error_and_writes_nothing(tmp_path):
    db = tmp_path / "t.duckdb"
    proc = run_cli("build", "--source", str(tmp_path / "nope"), "--db", str(db))
    assert proc.returncode == 2
    assert "nope: no such file or folder" in proc.stderr
    assert not db.exists()


def test_seed_build_exits_zero_with_a_summary(tmp_path):
    proc = run_cli("build", "--source", str(SEED), "--db", str(tmp_path / "t.duckdb"))
    assert proc.returncode == 0
    assert proc.stderr.strip().splitlines()[-1].startswith("files read 1, skipped 0, rejected 0; articles 4; facts ")
