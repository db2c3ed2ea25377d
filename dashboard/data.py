"""The only code that reads the database for the app.

Every query opens a short-lived read-only connection and returns a materialized DataFrame, so a
build can replace the file while the app runs. Cached loaders take the file's identity (path,
mtime, size) as an argument: a new build is a cache miss. Filters arrive as a FilterState's
`(sql, params)`: values are always bound parameters, never pasted into SQL.
"""

from __future__ import annotations

import os
from pathlib import Path

import duckdb
import pandas as pd
import streamlit as st

from dashboard import levels
from etl import export
from etl.filters import FilterState
from etl.reference import data_dir
from etl.reviews.live import attach_live
from etl.reviews.store import default_store_path, store_version

# (path, mtime_ns, size, review store version): a new build or a new review decision is a cache miss.
Identity = tuple[str, int, int, tuple[int, int]]
CACHE = {"show_spinner": False, "max_entries": 32}
# The metric the Overview shows unless the filters select exactly one.
DEFAULT_METRIC = "turnover"

EXPORT_COLUMNS = list(export.EXPORT_COLUMNS)


def db_path() -> Path:
    return Path(os.environ.get("TRADEBOARD_DB") or data_dir() / "tradeboard.duckdb")


def db_identity(path: Path | None = None) -> Identity | None:
    """(path, mtime_ns, size) of the database file and the review store's version (decisions are
    applied when read: etl/reviews/live.py), or None when there is no database yet."""
    path = path or db_path()
    try:
        st_ = path.stat()
    except FileNotFoundError:
        return None
    return str(path), st_.st_mtime_ns, st_.st_size, store_version(default_store_path(path))


def query(identity: Identity, sql: str, params: list | tuple | None = None) -> pd.DataFrame:
    with duckdb.connect(identity[0], read_only=True) as con:
        attach_live(con, identity[0])
        return con.execute(sql, list(params or [])).df()


# Every fact with its pair key, period type, USD value and provenance (the export's join), notes
# as text.
FACTS_SQL = f"""
    SELECT fact_id, article_id, metric, a, b, value, currency, value_usd, fx_rate, bound, period_start,
           period_end, period_type, change_pct, status, quote, quote_start, quote_end,
           coalesce(notes, '') AS notes, coalesce(fx_note, '') AS fx_note, pair, title, url, published, source,
           fact_key, review_status, reviewed_by, reviewed_at, confidence, unsure
    FROM ({export.FACTS_WITH_SOURCES})"""


def query_series(identity: Identity, sql: str, params: list | tuple) -> pd.DataFrame:
    """Run `sql` over the relation `series`: the warehouse's `pair_series`, reconciled once per
    build into a table (etl/warehouse/views.py), so a query reads it like any table."""
    return query(identity, f"WITH series AS (SELECT * EXCLUDE (fact_ids) FROM pair_series) {sql}", params)


SOURCE_KEY = export.SOURCE_KEY


@st.cache_data(**CACHE)
def load_regions(identity: Identity) -> pd.DataFrame:
    """The regions table: code, kind, country, name_en, name_ru, lat, lon."""
    return query(identity, "SELECT code, kind, country, name_en, name_ru, lat, lon FROM regions ORDER BY code")


@st.cache_data(**CACHE)
def load_catalog(identity: Identity) -> dict:
    """What the filters can offer: pairs with facts, regions with facts, the year range, and the
    pair the Pair page opens on: a pair of the Overview's default scope (Belarus ↔ Russia) if there is
    one, the product's subject; among those the most sources (distinct articles) in the latest year with
    reported figures; a tie (every pair of a thin latest year has one source) goes to the pair with
    the most sources over all years, then with the most reported figures, then to the first by code."""
    df = query(identity, """SELECT pair, min(year(period_start)) AS y0, max(year(period_end)) AS y1, count(*) AS n
                            FROM facts_reviewed WHERE pair IS NOT NULL AND review_status <> 'rejected'
                            GROUP BY pair""")
    n_facts = int(query(identity, "SELECT count(*) AS n FROM facts_reviewed")["n"].iloc[0])
    pairs = sorted(df["pair"])
    top = query(identity, f"""
        WITH dated AS (SELECT pair, year(period_end) AS y, coalesce(url, article_id) AS src,
                              coalesce({levels.SCOPE_SQL[levels.DEFAULT_SCOPE]}, FALSE) AS home
                       FROM ({FACTS_SQL}) f WHERE pair IS NOT NULL AND period_end IS NOT NULL
                         AND status = 'reported' AND review_status <> 'rejected'),
             pool AS (SELECT * FROM dated WHERE home = (SELECT bool_or(home) FROM dated))
        SELECT pair, count(DISTINCT src) FILTER (WHERE y = (SELECT max(y) FROM pool)) AS n,
               count(DISTINCT src) AS n_all, count(*) AS n_figures
        FROM pool GROUP BY pair HAVING n > 0 ORDER BY n DESC, n_all DESC, n_figures DESC, pair LIMIT 1""")
    top_pair = top["pair"].iloc[0] if len(top) else (pairs[0] if pairs else None)
    regions = sorted({c for p in pairs for c in p.split("~")})
    years = (int(df["y0"].min()), int(df["y1"].max())) if df["y0"].notna().any() else None
    return {"pairs": pairs, "regions": regions, "years": years, "n_facts": n_facts, "top_pair": top_pair}


QUOTES_SEPARATOR = " ‖ "


@st.cache_data(**CACHE)
def load_series(identity: Identity, where: str, params: tuple, min_sources: int = 1) -> pd.DataFrame:
    """The per-period series the filters select, oldest first, each row with the titles and quotes of
    the facts it was reconciled from and the first one's quote and link (for a derived row: the fact
    it was computed from, with that fact's value, period and change as `src_*`)."""
    series = query(identity, f"""SELECT * FROM pair_series WHERE {where} AND {export.SERIES_CONFIRMED}
                                 ORDER BY period_end, metric, status, a, b""", [*params, min_sources])
    facts = query(identity, f"""
        SELECT fact_id, title, url, quote, value, currency, bound, period_start, period_end, change_pct
        FROM ({FACTS_SQL}) f WHERE fact_id IN (SELECT unnest(fact_ids) FROM pair_series WHERE {where})""", params)
    by_id = facts.set_index("fact_id")
    first = [by_id.loc[ids[0]] if len(ids) and ids[0] in by_id.index else None for ids in series["fact_ids"]]
    titles = [" | ".join(dict.fromkeys(str(by_id.at[i, "title"]) for i in ids
                                       if i in by_id.index and isinstance(by_id.at[i, "title"], str)))[:300]
              for ids in series["fact_ids"]]
    # Every quote behind a reconciled row: its value may be the median of several, in none of them alone.
    quotes = [QUOTES_SEPARATOR.join(dict.fromkeys(str(by_id.at[i, "quote"]) for i in ids
                                                   if i in by_id.index and isinstance(by_id.at[i, "quote"], str)))
              for ids in series["fact_ids"]]
    extra = {"titles": [x or None for x in titles], "quotes": [q or None for q in quotes]}
    for col in ("quote", "url", "value", "currency", "bound", "period_start", "period_end", "change_pct"):
        name = col if col in ("quote", "url") else f"src_{col}"
        extra[name] = [f[col] if f is not None else None for f in first]
    return series.drop(columns=["fact_ids"]).assign(**extra)


def _facts_where(identity: Identity, where: str, min_sources: int, search: str = "") -> tuple[str, list]:
    sql = f"SELECT * FROM ({FACTS_SQL}) f WHERE {where}"
    params: list = []
    if search:
        sql += " AND contains(lower(f.quote), lower(?))"  # the text as typed: '%' and '_' are no wildcards
        params.append(search)
    if min_sources > 1:
        sql += f" AND {export.MIN_SOURCES_CONDITION}"
        params.append(min_sources)
    return sql, params


@st.cache_data(**CACHE)
def count_facts(identity: Identity, where: str, params: tuple, min_sources: int = 1, search: str = "") -> int:
    sql, extra = _facts_where(identity, where, min_sources, search)
    return int(query(identity, f"SELECT count(*) AS n FROM ({sql})", [*params, *extra])["n"].iloc[0])


@st.cache_data(**CACHE)
def load_facts_page(identity: Identity, where: str, params: tuple, min_sources: int = 1, search: str = "",
                    limit: int = 50, offset: int = 0) -> pd.DataFrame:
    """One page of facts with provenance and flags, newest first."""
    sql, extra = _facts_where(identity, where, min_sources, search)
    flagged = f"""
    WITH page AS ({sql} ORDER BY f.published DESC NULLS LAST, f.fact_id LIMIT ? OFFSET ?)
    SELECT p.*,
           (p.currency IS NOT NULL AND p.currency <> 'USD' AND p.value_usd IS NOT NULL) AS converted,
           (p.notes ILIKE '%currency%' AND (p.notes ILIKE '%infer%' OR p.notes ILIKE '%guess%')) AS guessed,
           (p.a IS NULL OR p.b IS NULL OR p.period_start IS NULL OR (p.value IS NULL AND p.change_pct IS NULL)
            OR (p.value IS NOT NULL AND p.value_usd IS NULL)) AS unresolved
    FROM page p ORDER BY p.published DESC NULLS LAST, p.fact_id"""
    page = query(identity, flagged, [*params, *extra, limit, offset])
    conflicts = query_series(identity, f"SELECT DISTINCT {SOURCE_KEY[1:-1]}, TRUE AS conflict FROM series "
                                       "WHERE conflict AND NOT is_derived", [])
    page = page.merge(conflicts, on=list(SOURCE_KEY[1:-1].split(", ")), how="left")
    page["conflict"] = page["conflict"].eq(True)
    return page


@st.cache_data(**CACHE)
def load_period_figures(identity: Identity, where: str, params: tuple, min_sources: int,
                        period_type: str, period_start) -> pd.DataFrame:
    """Per-pair series rows of one period (for the overview and the matrix)."""
    sql = f"""SELECT * FROM series s
              WHERE {where} AND {export.SERIES_CONFIRMED} AND period_type = ? AND period_start = ?
              ORDER BY value_usd DESC NULLS LAST"""
    return query_series(identity, sql, [*params, min_sources, period_type, period_start])


# The Overview's rows: reported, not derived, in USD, and sure (a row reconciled from sure facts).
REPORTED_SQL = f"""SELECT * EXCLUDE (fact_ids) FROM pair_series
    WHERE {{where}} AND {export.SERIES_CONFIRMED} AND metric = ? AND status = 'reported' AND NOT is_derived
      AND value_usd IS NOT NULL AND NOT coalesce(unsure, FALSE)"""


@st.cache_data(**CACHE)
def latest_reported_periods(identity: Identity, where: str, params: tuple, min_sources: int,
                            metric: str) -> pd.DataFrame:
    """The latest start of each period type with reported (not derived) USD figures of `metric`."""
    sql = f"""SELECT period_type, max(period_start) AS period_start, max(period_end) AS period_end
              FROM ({REPORTED_SQL.format(where=where)}) GROUP BY period_type"""
    return query(identity, sql, [*params, min_sources, metric])


@st.cache_data(**CACHE)
def load_reported_figures(identity: Identity, where: str, params: tuple, min_sources: int, metric: str,
                          period_type: str, period_start) -> tuple[pd.DataFrame, int]:
    """One period's reported (not derived) USD figures of `metric`, one row per pair and direction,
    biggest first, and the number of distinct sources behind exactly these rows: the overview's
    headline, map and top pairs all read this one set, so their numbers add up."""
    rows = f"{REPORTED_SQL.format(where=where)} AND period_type = ? AND period_start = ?"
    args = [*params, min_sources, metric, period_type, period_start]
    figures = query(identity, f"{rows} ORDER BY value_usd DESC, pair, a, b", args)
    ids = rows.replace("SELECT * EXCLUDE (fact_ids)", "SELECT unnest(fact_ids) AS fact_id", 1)
    n = query(identity, f"""SELECT count(DISTINCT coalesce(ar.url, f.article_id)) AS n
                            FROM facts_reviewed f JOIN articles ar USING (article_id)
                            WHERE f.fact_id IN ({ids})""", args)
    return figures, int(n["n"].iloc[0])


@st.cache_data(**CACHE)
def count_unsure_figures(identity: Identity, where: str, params: tuple, min_sources: int, metric: str,
                         period_type: str, period_start) -> int:
    """Rows the Overview leaves out of one period because every fact behind them is unsure."""
    sql = f"""SELECT count(*) AS n FROM pair_series
              WHERE {where} AND {export.SERIES_CONFIRMED} AND metric = ? AND status = 'reported'
                AND NOT is_derived AND value_usd IS NOT NULL AND unsure AND period_type = ? AND period_start = ?"""
    return int(query(identity, sql, [*params, min_sources, metric, period_type, period_start])["n"].iloc[0])


@st.cache_data(**CACHE)
def confidence_threshold(identity: Identity) -> float | None:
    """The confidence below which the build marked facts unsure (build_info), None for an older file."""
    rows = query(identity, "SELECT value FROM build_info WHERE key = 'confidence_threshold'")
    return float(rows["value"].iloc[0]) if len(rows) else None


@st.cache_data(**CACHE)
def reported_years(identity: Identity, where: str, params: tuple, min_sources: int, metric: str) -> pd.DataFrame:
    """Full years with reported (not derived) USD figures of `metric`: year and number of pairs,
    newest first — what the Overview's year select offers."""
    sql = f"""SELECT year(period_start) AS year, count(DISTINCT pair) AS n_pairs
              FROM ({REPORTED_SQL.format(where=where)}) WHERE period_type = 'year'
              GROUP BY ALL ORDER BY year DESC"""
    return query(identity, sql, [*params, min_sources, metric])


OVERVIEW_PERIODS = ("year", "half")


def overview_figures(identity: Identity, where: str, params: tuple, min_sources: int,
                     metric: str) -> dict[str, tuple]:
    """The Overview's data: for the latest full year and the latest half-year with reported USD
    figures of `metric`, {period_type: (start, end, figures, number of sources)}; a period type
    without figures is left out."""
    latest = latest_reported_periods(identity, where, params, min_sources, metric).set_index("period_type")
    out = {}
    for ptype in OVERVIEW_PERIODS:
        if ptype in latest.index:
            start, end = latest.loc[ptype, "period_start"], latest.loc[ptype, "period_end"]
            figures, sources = load_reported_figures(identity, where, params, min_sources, metric, ptype, start)
            out[ptype] = (start, end, figures, sources)
    return out


def warm_default_view(identity: Identity) -> None:
    """Fill the caches that a first visit reads (the app's lists and the unfiltered Overview), so
    the first visitor after `tradeboard serve` does not wait for them. Same calls, same keys."""
    load_regions(identity)
    load_catalog(identity)
    where, params = selection(FilterState())
    overview_figures(identity, where, params, FilterState().min_sources, DEFAULT_METRIC)


@st.cache_data(**CACHE)
def export_bytes(identity: Identity, state: FilterState, fmt: str) -> bytes:
    """Every selected fact as CSV (BOM, CRLF, raw numbers, formula-safe) or Parquet bytes: the same
    function, columns and rows as `tradeboard export` with the same filters."""
    return export.export_bytes(export.read_export(identity[0], state), fmt)


@st.cache_data(**CACHE)
def count_export(identity: Identity, state: FilterState) -> int:
    """The number of rows the export file holds."""
    sql, params = export.count_sql(state)
    return int(query(identity, sql, params)["n"].iloc[0])


@st.cache_data(**CACHE)
def count_without_period(identity: Identity, state: FilterState) -> int:
    """Facts the year filter leaves out for want of a period (as `tradeboard export` prints)."""
    return export.count_without_period(identity[0], state)


@st.cache_data(**CACHE)
def export_preview(identity: Identity, state: FilterState, n: int = 20) -> pd.DataFrame:
    """The first `n` rows of the export file, in its order and columns."""
    return export.read_export(identity[0], state, limit=n).to_pandas()


def selection(state: FilterState) -> tuple[str, tuple]:
    """The FilterState as hashable cache arguments: (sql condition, parameters)."""
    where, params = state.where()
    return where, tuple(params)


@st.cache_data(**CACHE)
def busiest_series_year(identity: Identity, where: str, params: tuple, min_sources: int) -> int | None:
    """The year with full-year reported USD values for the most pairs under the filters (the
    latest of equals): the Matrix opens on it rather than on a year one article reported alone."""
    sql = f"""SELECT year(period_start) AS y, count(DISTINCT pair) AS n FROM series
              WHERE {where} AND {export.SERIES_CONFIRMED} AND period_type = 'year' AND status = 'reported'
                AND value_usd IS NOT NULL GROUP BY ALL ORDER BY n DESC, y DESC LIMIT 1"""
    rows = query_series(identity, sql, [*params, min_sources])
    return int(rows["y"].iloc[0]) if len(rows) else None


@st.cache_data(**CACHE)
def series_years(identity: Identity, where: str, params: tuple, min_sources: int) -> list[int]:
    """Years with full-year reported USD values under the filters, oldest first."""
    sql = f"""SELECT DISTINCT year(period_start) AS y FROM series
              WHERE {where} AND {export.SERIES_CONFIRMED} AND period_type = 'year' AND status = 'reported'
                AND value_usd IS NOT NULL ORDER BY y"""
    return [int(y) for y in query_series(identity, sql, [*params, min_sources])["y"]]
