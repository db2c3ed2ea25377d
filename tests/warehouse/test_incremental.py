"""A second build skips unchanged files and changes no row; a new extractor version re-extracts."""

import re
import shutil

import duckdb

from tests.conftest import SAMPLE, SEED, run_cli
from tests.warehouse.conftest import ARTICLES, query, write_jsonl
from tests.warehouse.test_build import _dump


def _build(src, db, *more):
    proc = run_cli("build", "--source", str(src), *more, "--db", str(db))
    assert proc.returncode == 0, proc.stderr
    return proc


def _log(db, build_id):
    return sorted(query(db, "SELECT path, status, articles FROM ingest_log WHERE build_id = ?", [build_id]))


def test_second_build_skips_unchanged_files_and_keeps_every_row(tmp_path):
    db = tmp_path / "t.duckdb"
    _build(SAMPLE, db)
    before = _dump(db)
    proc = _build(SAMPLE, db)
    assert re.search(r"files read (\d+), skipped \1,", proc.stderr)  # every sample file skipped
    assert _dump(db) == before
    assert {s for _, s, _ in _log(db, 2)} == {"skipped"} and len(_log(db, 2)) == len(_log(db, 1))
    assert [(p, n) for p, _, n in _log(db, 2)] == [(p, n) for p, _, n in _log(db, 1)]
    assert query(db, "SELECT count(*) FROM builds") == [(2,)]


def test_changed_file_is_reread_and_unchanged_one_skipped(tmp_path):
    src = tmp_path / "src"
    write_jsonl(src / "one.jsonl", ARTICLES[:1])
    write_jsonl(src / "two.jsonl", ARTICLES[1:2])
    db = tmp_path / "t.duckdb"
    _build(src, db)
    write_jsonl(src / "two.jsonl", ARTICLES[1:3])
    _build(src, db)
    assert [(p.rsplit("/", 1)[1], s, n) for p, s, n in _log(db, 2)] == [("one.jsonl", "skipped", 1),
                                                                         ("two.jsonl", "loaded", 2)]
    assert query(db, "SELECT count(*) FROM articles") == [(3,)]


def test_removed_file_takes_its_articles_with_it(tmp_path):
    src = tmp_path / "src"
    write_jsonl(src / "one.jsonl", ARTICLES[:1])
    write_jsonl(src / "two.jsonl", ARTICLES[1:2])
    db = tmp_path / "t.duckdb"
    _build(src, db)
    (src / "two.jsonl").unlink()
    _build(src, db)
    assert query(db, "SELECT external_id FROM articles") == [("a1",)]


def test_new_extractor_version_reextracts_everything(tmp_path):
    db = tmp_path / "t.duckdb"
    _build(SEED, db)
    with duckdb.connect(str(db)) as con:  # as if the previous build ran an older extractor
        con.execute("UPDATE build_info SET value = 'older' WHERE key = 'extractor_version'")
        con.execute("DELETE FROM facts")
    _build(SEED, db)
    assert [s for _, s, _ in _log(db, 2)] == ["loaded"]
    assert query(db, "SELECT count(*) > 0 FROM facts") == [(True,)]
    assert query(db, "SELECT value != 'older' FROM build_info WHERE key = 'extractor_version'") == [(True,)]


def test_sidecar_change_counts_as_a_change(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    shutil.copy(SEED, src / SEED.name)
    shutil.copy(SEED.with_suffix(".json"), src / SEED.with_suffix(".json").name)
    db = tmp_path / "t.duckdb"
    _build(src, db)
    side = src / SEED.with_suffix(".json").name
    side.write_text(side.read_text(encoding="utf-8").replace("2025-08-14", "2025-08-15"), encoding="utf-8")
    _build(src, db)
    assert [s for _, s, _ in _log(db, 2)] == ["loaded"]
    assert ("2025-08-15",) in query(db, "SELECT published::VARCHAR FROM articles")
