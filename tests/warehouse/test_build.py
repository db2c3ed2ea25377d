import duckdb

from etl.schema import TABLES
from tests.conftest import SAMPLE, run_cli

HISTORY = {"ingest_log", "builds"}  # append a build's rows; every other table is regenerated


def _dump(db) -> dict[str, list[tuple]]:
    with duckdb.connect(str(db), read_only=True) as con:
        return {t: con.execute(f"SELECT * FROM {t} ORDER BY ALL").fetchall() for t in TABLES if t not in HISTORY}


def test_build_twice_gives_the_same_rows(tmp_path):
    db = tmp_path / "t.duckdb"
    first = run_cli("build", "--source", str(SAMPLE), "--db", str(db))
    assert first.returncode == 0, first.stderr
    rows1 = _dump(db)
    second = run_cli("build", "--source", str(SAMPLE), "--db", str(db))
    assert second.returncode == 0, second.stderr
    assert _dump(db) == rows1
    assert rows1["facts"] and rows1["articles"] and rows1["regions"]


def test_seed_fact_is_in_the_database(sample_db):
    with duckdb.connect(str(sample_db), read_only=True) as con:
        rows = con.execute("""
            SELECT f.metric, f.a, f.b, f.value, f.currency, f.bound, f.period_start::VARCHAR,
                   f.period_end::VARCHAR, f.change_pct, f.status, ar.source, ar.published::VARCHAR
            FROM facts f JOIN articles ar USING (article_id)
            WHERE ar.title = 'Кухарев встретился с делегацией Правительства Москвы'""").fetchall()
    assert rows == [("turnover", "BY-HM", "RU-MOW", 1.6e9, "USD", "gt", "2025-01-01", "2025-06-30", 43.3,
                     "reported", "Минск-Новости", "2025-08-14")]


def test_regions_loaded(sample_db):
    with duckdb.connect(str(sample_db), read_only=True) as con:
        n, name = con.execute("SELECT count(*), any_value(name_ru) FILTER (code = 'BY-HR') FROM regions").fetchone()
    assert n == 145
    assert name == "Гродненская область"


def test_quote_offsets_point_into_the_body(sample_db):
    with duckdb.connect(str(sample_db), read_only=True) as con:
        bad = con.execute("""
            SELECT count(*) FROM facts f JOIN articles ar USING (article_id)
            WHERE substr(ar.body, f.quote_start + 1, f.quote_end - f.quote_start) <> f.quote""").fetchone()[0]
    assert bad == 0


def test_default_db_path_follows_env(tmp_path):
    db = tmp_path / "env.duckdb"
    proc = run_cli("build", "--source", str(SAMPLE / "minsk-moscow-2025-08-14.txt"),
                   env={"TRADEBOARD_DB": str(db)})
    assert proc.returncode == 0, proc.stderr
    assert db.exists()
