"""Decisions made after the last build, applied when the database is read.

The build wrote `review_rows` from the store as it was then (`build_info.reviews_through`). A
reader (the dashboard's queries, `tradeboard export`) calls `attach_live` on its read-only DuckDB
connection: when the store holds other decisions than the build applied, the whole store is folded
again (decisions are few: human work) and two TEMP views shadow the stored ones for this
connection only — `facts_reviewed` over the fresh rows, and `pair_series` with the pairs those
decisions touch reconciled again (the other pairs are read from `pair_series_rows` as built).
No rebuild is needed for a decision to show; the next build makes it permanent in the file.
"""

from __future__ import annotations

import threading
from pathlib import Path

import duckdb
import pyarrow as pa

from etl.reviews.apply import Applied, apply_decisions, facts_reviewed_sql, rows_table
from etl.reviews.store import default_store_path, read_decisions, store_version

_CACHE: dict = {}
_LOCK = threading.Lock()
_KEEP = 8


def _file_identity(path: Path) -> tuple:
    st = path.stat()
    return str(path), st.st_mtime_ns, st.st_size


def _built_through(con) -> int:
    try:
        rows = con.execute("SELECT value FROM build_info WHERE key = 'reviews_through'").fetchall()
    except duckdb.Error:
        return 0
    return int(rows[0][0]) if rows and rows[0][0] else 0


def _rates(con) -> dict:
    return {(int(y), c): float(r) for y, c, r in con.execute("SELECT year, currency, per_usd FROM fx_rates").fetchall()}


def _compare_key(row: dict) -> tuple:
    return tuple(str(row.get(c)) for c in ("review_status", "reviewed_by", "reviewed_at", "metric", "a", "b", "value",
                                            "currency", "bound", "period_start", "period_end", "change_pct", "status"))


def _live_state(con, db_id: tuple, store: Path, version: tuple) -> tuple[pa.Table, list[str], pa.Table] | None:
    """(fresh review rows, pairs whose series changed, those pairs' series rows reconciled again),
    computed once per database file and store version; None when the build applied exactly
    these decisions."""
    key = (db_id, str(store), version)
    with _LOCK:
        if key in _CACHE:
            return _CACHE[key]
    result = None
    if version[0] != _built_through(con):  # else the build applied exactly these decisions
        applied: Applied = apply_decisions(con, read_decisions(store), _rates(con))
        built = {r["fact_key"]: r for r in con.sql("SELECT * FROM review_rows").to_arrow_table().to_pylist()}
        fresh = {r["fact_key"]: r for r in applied.rows}
        changed = [k for k in built.keys() | fresh.keys()
                   if k not in built or k not in fresh or _compare_key(built[k]) != _compare_key(fresh[k])]
        if changed:
            rows, pairs = rows_table(applied.rows), _pairs(con, changed, built, fresh)
            result = (rows, pairs, _series_again(con, rows, pairs))
    with _LOCK:
        if len(_CACHE) >= _KEEP:
            _CACHE.pop(next(iter(_CACHE)))
        _CACHE[key] = result
    return result


def _series_again(con, rows: pa.Table, pairs: list[str]) -> pa.Table:
    """pair_series rows of `pairs` from the fresh review rows: the reconciliation of
    etl/warehouse/views.py over only those pairs' facts (a reconciliation group never spans pairs)."""
    from etl.warehouse.views import RECONCILE_SQL

    con.register("live_review_rows", rows)
    con.register("live_pairs", pa.table({"pair": pairs}))
    con.execute(f"""CREATE OR REPLACE TEMP VIEW facts_reviewed AS
                    SELECT * FROM ({facts_reviewed_sql('live_review_rows')})
                    WHERE pair IN (SELECT pair FROM live_pairs)""")
    try:
        return con.sql(RECONCILE_SQL).to_arrow_table()
    finally:
        con.execute("DROP VIEW temp.facts_reviewed")


def _pairs(con, keys: list[str], built: dict, fresh: dict) -> list[str]:
    """Every pair a changed fact was or is in: from the extractor's row, the build's and the live one."""
    pairs = {r["pair"] for k in keys for r in (built.get(k), fresh.get(k)) if r and r.get("pair")}
    wanted = pa.table({"fact_key": keys})  # noqa: F841 - read by DuckDB
    pairs |= {p for (p,) in con.execute("SELECT DISTINCT pair FROM facts SEMI JOIN wanted USING (fact_key) "
                                        "WHERE pair IS NOT NULL").fetchall()}
    return sorted(pairs)


def attach_live(con: duckdb.DuckDBPyConnection, db_path: Path | str, store: Path | None = None) -> bool:
    """Shadow `facts_reviewed` and `pair_series` on this connection with the store's current
    decisions when the build did not apply them all; True when it did so."""
    from etl.warehouse.views import SERIES_TABLE

    db_path = Path(db_path)
    store = Path(store) if store else default_store_path(db_path)
    state = _live_state(con, _file_identity(db_path), store, store_version(store))
    if state is None:
        return False
    rows, pairs, series = state
    con.register("live_review_rows", rows)
    con.execute(f"CREATE OR REPLACE TEMP VIEW facts_reviewed AS {facts_reviewed_sql('live_review_rows')}")
    con.register("live_pairs", pa.table({"pair": pairs}))
    con.register("live_series", series)
    con.execute(f"""CREATE OR REPLACE TEMP VIEW pair_series AS
                    SELECT * FROM {SERIES_TABLE} WHERE pair NOT IN (SELECT pair FROM live_pairs)
                    UNION ALL BY NAME SELECT * FROM live_series""")
    return True
