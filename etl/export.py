"""Exports for analysts: CSV that opens right in Excel and is safe from formula injection."""

from __future__ import annotations

import datetime as dt

import pandas as pd

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralize_formula(value):
    """Prefix text that a spreadsheet would run as a formula with `'` (OWASP CSV injection).

    >>> neutralize_formula("=HYPERLINK(1)")
    "'=HYPERLINK(1)"
    >>> neutralize_formula("Минск")
    'Минск'
    """
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def csv_bytes(df: pd.DataFrame) -> bytes:
    """UTF-8 with BOM, comma separated, CRLF line ends, raw numbers; text cells formula-safe."""
    safe = df.copy()
    for col in safe.columns:
        if safe[col].dtype == object or pd.api.types.is_string_dtype(safe[col]):
            safe[col] = safe[col].map(neutralize_formula)
    return safe.to_csv(index=False, lineterminator="\r\n").encode("utf-8-sig")


# Rows a worksheet holds below its header (Excel's limit is 1,048,576 rows).
EXCEL_MAX_ROWS = 1_048_575


def xlsx_bytes(df: pd.DataFrame, sheet: str = "tradeboard") -> bytes:
    """An Excel workbook: one sheet, the header frozen and filterable, numbers as numbers and dates as
    dates whatever the reader's locale (a comma CSV opens in one column where the list separator is
    ";", as in Russian Excel). xlsxwriter writes every text as text: no cell becomes a formula, a
    link or a number, so quotes need no `'` prefix."""
    import io

    if len(df) > EXCEL_MAX_ROWS:
        raise ExportError(f"{len(df):,} rows: an Excel sheet holds at most {EXCEL_MAX_ROWS:,}; narrow the filters "
                          "or write CSV or Parquet")
    out = df.copy()
    for col in out.columns:   # Excel has no time zones: UTC, as stored
        if isinstance(out[col].dtype, pd.DatetimeTZDtype):
            out[col] = out[col].dt.tz_convert("UTC").dt.tz_localize(None)
    buf = io.BytesIO()
    options = {"strings_to_formulas": False, "strings_to_urls": False, "strings_to_numbers": False}
    with pd.ExcelWriter(buf, engine="xlsxwriter", date_format="yyyy-mm-dd", datetime_format="yyyy-mm-dd hh:mm:ss",
                        engine_kwargs={"options": options}) as writer:
        # a fixed creation time: the same selection gives the same bytes (the page's and the CLI's)
        writer.book.set_properties({"created": dt.datetime(2000, 1, 1)})
        out.to_excel(writer, index=False, sheet_name=sheet)
        ws = writer.sheets[sheet]
        ws.freeze_panes(1, 0)
        ws.autofilter(0, 0, len(out), max(len(out.columns) - 1, 0))
    return buf.getvalue()


class ExportError(Exception):
    """An export that cannot be written; the message names the file or option."""


# The file's columns: a place's names beside its code (from etl/places), and the reconciled
# `pair_series` row the fact belongs to with that row's source count, so an analyst can collapse
# several reports of one figure.
EXPORT_COLUMNS = (
    "fact_id", "pair", "metric", "a", "a_name_ru", "a_name_en", "b", "b_name_ru", "b_name_en",
    "value", "currency", "value_usd", "fx_rate", "bound",
    "period_start", "period_end", "period_type", "change_pct", "status", "notes", "confidence", "unsure",
    "url", "title", "published", "source", "quote", "quote_start", "quote_end", "article_id",
    "series_key", "series_n_sources",
    "fact_key", "review_status", "reviewed_by", "reviewed_at",
)
NAME_COLUMNS = {"a_name_ru": ("a", "ru"), "a_name_en": ("a", "en"), "b_name_ru": ("b", "ru"), "b_name_en": ("b", "en")}
SQL_COLUMNS = tuple(c for c in EXPORT_COLUMNS if c not in NAME_COLUMNS)


SOURCE_KEY = "(pair, metric, status, period_start, period_end)"
# `unsure` as readers see it: a fact a reviewer confirmed, corrected or added is sure.
FACTS_WITH_SOURCES = """
    SELECT f.* REPLACE (coalesce(f.unsure, FALSE) AND f.review_status NOT IN ('confirmed', 'corrected', 'added')
                        AS unsure),
           ar.url, ar.title, ar.published, ar.source
    FROM facts_reviewed f JOIN articles ar USING (article_id)"""
ORDER = "ORDER BY pair NULLS LAST, metric, period_start NULLS LAST, fact_id"


# Two reports confirm one figure when they give the same pair, metric, direction, status and
# period — a period both state: facts without one are never "the same figure" — and values
# within the conflict tolerance of pair_series (1 %; changes within 1 percentage point when
# neither gives a value). DuckDB's greatest/least skip NULLs, hence the explicit `> 0`.
CONFLICT_TOLERANCE = 0.01
AGREE = f"""(
    (x.value IS NULL AND y.value IS NULL AND abs(x.change_pct - y.change_pct) <= 1.0)
    OR (x.currency = y.currency AND x.value > 0 AND y.value > 0
        AND greatest(x.value, y.value) <= {1 + CONFLICT_TOLERANCE} * least(x.value, y.value))
    OR (x.currency IS DISTINCT FROM y.currency AND x.value_usd > 0 AND y.value_usd > 0
        AND greatest(x.value_usd, y.value_usd) <= {1 + CONFLICT_TOLERANCE} * least(x.value_usd, y.value_usd)))"""

# SQL condition with one parameter, the minimum: keeps facts whose figure is confirmed (AGREE) by
# that many distinct articles (by URL), the fact's own included. The dashboard's tables use it too.
MIN_SOURCES_CONDITION = f"""fact_id IN (
    SELECT x.fact_id FROM ({FACTS_WITH_SOURCES}) x JOIN ({FACTS_WITH_SOURCES}) y
      ON x.pair = y.pair AND x.metric = y.metric AND x.status = y.status
     AND x.period_start = y.period_start AND x.period_end = y.period_end
     AND (x.metric = 'turnover' OR x.a = y.a) AND y.review_status <> 'rejected' AND {AGREE}
    GROUP BY x.fact_id HAVING count(DISTINCT coalesce(y.url, y.article_id)) >= ?)"""

# The same rule on a reconciled pair_series row: a row whose sources disagree is confirmed by one.
SERIES_CONFIRMED = "(CASE WHEN conflict THEN 1 ELSE n_sources END >= ?)"

# Each fact with its provenance and the pair_series row (not derived) it was reconciled into.
FACTS_FOR_EXPORT = f"""
    SELECT f.*, s.series_key, s.series_n_sources FROM ({FACTS_WITH_SOURCES}) f
    LEFT JOIN (SELECT unnest(fact_ids) AS fact_id,
                      concat_ws('|', pair, metric, a, b, period_start, period_end, status) AS series_key,
                      n_sources AS series_n_sources
               FROM pair_series WHERE NOT is_derived) s USING (fact_id)"""


def _selection(filters) -> tuple[str, list]:
    """`FROM ... WHERE ...` of the facts a FilterState selects, and its parameters."""
    cond, params = filters.where()
    if filters.min_sources > 1:
        cond += f" AND {MIN_SOURCES_CONDITION}"
        params = [*params, filters.min_sources]
    return f"FROM ({FACTS_FOR_EXPORT}) WHERE {cond}", params


def export_sql(filters, limit: int | None = None) -> tuple[str, list]:
    """The facts selected by a FilterState, with their provenance columns, as (SQL, parameters).
    The dashboard's download and `tradeboard export` both run this."""
    selection, params = _selection(filters)
    sql = f"SELECT {', '.join(SQL_COLUMNS)} {selection} {ORDER}"
    if limit is not None:
        sql += " LIMIT ?"
        params = [*params, limit]
    return sql, params


def count_sql(filters) -> tuple[str, list]:
    """The number of rows export_sql gives, without sorting them."""
    selection, params = _selection(filters)
    return f"SELECT count(*) AS n {selection}", params


def read_export(db_path, filters, limit: int | None = None):
    """The selected facts as an Arrow table, from a short-lived read-only connection, with the
    places' names beside their codes."""
    import duckdb

    from etl.reviews.live import attach_live

    sql, params = export_sql(filters, limit)
    with duckdb.connect(str(db_path), read_only=True) as con:
        attach_live(con, db_path)
        table = con.sql(sql, params=params).to_arrow_table()
    return with_place_names(table)


def with_place_names(table, columns: tuple[str, ...] = EXPORT_COLUMNS):
    """`table` with a_name_ru, a_name_en, b_name_ru, b_name_en inserted in `columns` order (the facts'
    EXPORT_COLUMNS unless told)."""
    import pyarrow as pa

    from etl.places import place_name

    for col, (side, lang) in NAME_COLUMNS.items():
        codes = table.column(side).to_pylist()
        names = {c: place_name(c, lang) for c in set(codes) if c}
        values = pa.array([names.get(c) for c in codes], type=pa.string())
        table = table.add_column(columns.index(col), col, values)
    return table


def count_without_period(db_path, filters) -> int:
    """How many facts the filters would keep but for `from`/`to`, having no period: a date range
    cannot say whether they fall in it, so it leaves them out, and the user is told how many."""
    import dataclasses

    import duckdb

    from etl.reviews.live import attach_live

    if filters.date_from is None and filters.date_to is None:
        return 0
    undated = dataclasses.replace(filters, date_from=None, date_to=None)
    selection, params = _selection(undated)
    with duckdb.connect(str(db_path), read_only=True) as con:
        attach_live(con, db_path)
        return con.execute(f"SELECT count(*) {selection} AND period_start IS NULL", params).fetchone()[0]


def export_bytes(table, fmt: str, sheet: str = "facts") -> bytes:
    """The export file's bytes: `csv` (csv_bytes), `xlsx` (xlsx_bytes, one sheet named `sheet`) or `parquet`."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    if fmt == "csv":
        return csv_bytes(table.to_pandas(integer_object_nulls=True))
    if fmt == "xlsx":
        return xlsx_bytes(table.to_pandas(integer_object_nulls=True), sheet)
    if fmt == "parquet":
        sink = pa.BufferOutputStream()
        pq.write_table(table, sink)
        return sink.getvalue().to_pybytes()
    raise ExportError(f"format {fmt!r}: allowed are csv, xlsx, parquet")


FILE_SUFFIXES = (".csv", ".xlsx", ".parquet")


def write_file(db_path, out, read, sheet: str) -> int:
    """Write the table `read()` gives to `out` (.csv, .xlsx or .parquet) through a temporary file, so a
    failure leaves no half file; returns the number of rows."""
    suffix = out.suffix.lower()
    if suffix not in FILE_SUFFIXES:
        raise ExportError(f"-o {out}: the file name must end in .csv, .xlsx or .parquet")
    if not db_path.exists():
        raise ExportError(f"--db {db_path}: no database; run `tradeboard build` first")
    table = read()
    tmp = out.with_name(out.name + ".part")
    tmp.write_bytes(export_bytes(table, suffix[1:], sheet))
    tmp.replace(out)
    return table.num_rows


def write_export(db_path, filters, out) -> int:
    """Write the filtered facts to `out` (.csv, .xlsx or .parquet); returns the number of rows."""
    return write_file(db_path, out, lambda: read_export(db_path, filters), "facts")
