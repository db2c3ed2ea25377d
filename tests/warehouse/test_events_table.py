"""The `events` table: built beside `facts`, incremental and atomic like it, quotes at their offsets."""

import re

import duckdb

from tests.conftest import SAMPLE, run_cli
from tests.warehouse.conftest import query, write_jsonl

VISIT = {"id": "v1", "published": "2024-03-01", "url": "https://news.by/v1",
         "text": "Делегация Брестской области во главе с председателем облисполкома 28 февраля прибыла в "
                 "Смоленск. Товарооборот Брестской области со Смоленской областью в 2023 году составил "
                 "300 млн долларов."}


def _build(src, db):
    proc = run_cli("build", "--source", str(src), "--db", str(db))
    assert proc.returncode == 0, proc.stderr
    return proc


def _events(db):
    return query(db, "SELECT * FROM events ORDER BY event_id")


def test_sample_build_stores_the_seed_events_with_their_quotes(sample_db):
    rows = query(sample_db, """SELECT e.type, e.a, e.b, e.status, e.quote, e.quote_start, e.quote_end, ar.body,
                                      e.pair, e.confidence
                               FROM events e JOIN articles ar USING (article_id)
                               WHERE ar.path LIKE '%minsk-moscow-2025-08-14.txt'""")
    assert {(t, a, b, s) for t, a, b, s, *_ in rows} >= {("visit", "RU-MOW", "BY-HM", "held"),
                                                          ("forum", "BY-HM", "RU-MOW", "planned")}
    for _, a, b, _, quote, start, end, body, pair, conf in rows:
        assert body[start:end] == quote
        assert pair == "~".join(sorted((a, b))) and 0 < conf <= 1
    ids = query(sample_db, "SELECT count(*), count(DISTINCT event_id) FROM events")
    assert ids[0][0] == ids[0][1] > 0


def test_second_build_carries_events_over_unchanged(tmp_path):
    db = tmp_path / "t.duckdb"
    _build(SAMPLE, db)
    before = _events(db)
    proc = _build(SAMPLE, db)
    assert re.search(r"files read (\d+), skipped \1,", proc.stderr)  # every sample file skipped
    assert _events(db) == before and before


def test_jsonl_article_gives_a_dated_visit(tmp_path):
    src = write_jsonl(tmp_path / "src" / "a.jsonl", [VISIT])
    db = tmp_path / "t.duckdb"
    _build(src, db)
    assert query(db, "SELECT type, a, b, date_start, status FROM events") == [
        ("visit", "BY-BR", "RU-SMO", __import__("datetime").date(2024, 2, 28), "held")]


def test_failed_build_leaves_previous_events(tmp_path):
    db = tmp_path / "t.duckdb"
    _build(SAMPLE, db)
    before = _events(db)
    proc = run_cli("build", "--source", str(tmp_path / "missing"), "--db", str(db))
    assert proc.returncode == 2
    assert _events(db) == before
    with duckdb.connect(str(db), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM events").fetchone()[0] == len(before)
