"""Exports for analysts: CSV that opens right in Excel and is safe from formula injection."""

from __future__ import annotations

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


class ExportError(Exception):
    """An export that cannot be written; the message names the file or option."""


EXPORT_COLUMNS = (
    "fact_id", "pair", "metric", "a", "b", "value", "currency", "value_usd", "fx_rate", "bound",
    "period_start", "period_end", "period_type", "change_pct", "status", "notes", "confidence", "unsure",
    "url", "title", "published", "source", "quote", "quote_start", "quote_end", "article_id",
    "fact_key", "review_status", "reviewed_by", "reviewed_at",
)


SOURCE_KEY = "(pair, metric, status, period_start, period_end)"
# `unsure` as readers see it: a fact a reviewer confirmed, corrected or added is sure.
FACTS_WITH_SOURCES = """
    SELECT f.* REPLACE (coalesce(f.unsure, FALSE) AND f.review_status NOT IN ('confirmed', 'corrected', 'added')
                        AS unsure),
           ar.url, ar.title, ar.published, ar.source
    FROM facts_reviewed f JOIN articles ar USING (article_id)"""
ORDER = "ORDER BY pair NULLS LAST, metric, period_start NULLS LAST, fact_id"


# SQL condition with one parameter, the minimum: keeps facts whose pair, metric, status and period
# are reported by that many distinct articles (by URL). The dashboard's tables use it too.
MIN_SOURCES_CONDITION = f"""{SOURCE_KEY} IN (
    SELECT {SOURCE_KEY} FROM ({FACTS_WITH_SOURCES}) WHERE pair IS NOT NULL
    GROUP BY ALL HAVING count(DISTINCT coalesce(url, article_id)) >= ?)"""


def _selection(filters) -> tuple[str, list]:
    """`FROM ... WHERE ...` of the facts a FilterState selects, and its parameters."""
    cond, params = filters.where()
    if filters.min_sources > 1:
        cond += f" AND {MIN_SOURCES_CONDITION}"
        params = [*params, filters.min_sources]
    return f"FROM ({FACTS_WITH_SOURCES}) WHERE {cond}", params


def export_sql(filters, limit: int | None = None) -> tuple[str, list]:
    """The facts selected by a FilterState, with their provenance columns, as (SQL, parameters).
    The dashboard's download and `tradeboard export` both run this."""
    selection, params = _selection(filters)
    sql = f"SELECT {', '.join(EXPORT_COLUMNS)} {selection} {ORDER}"
    if limit is not None:
        sql += " LIMIT ?"
        params = [*params, limit]
    return sql, params


def count_sql(filters) -> tuple[str, list]:
    """The number of rows export_sql gives, without sorting them."""
    selection, params = _selection(filters)
    return f"SELECT count(*) AS n {selection}", params


def read_export(db_path, filters, limit: int | None = None):
    """The selected facts as an Arrow table, from a short-lived read-only connection."""
    import duckdb

    from etl.reviews.live import attach_live

    sql, params = export_sql(filters, limit)
    with duckdb.connect(str(db_path), read_only=True) as con:
        attach_live(con, db_path)
        return con.sql(sql, params=params).to_arrow_table()


def export_bytes(table, fmt: str) -> bytes:
    """The export file's bytes: `csv` (csv_bytes) or `parquet`."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    if fmt == "csv":
        return csv_bytes(table.to_pandas())
    if fmt == "parquet":
        sink = pa.BufferOutputStream()
        pq.write_table(table, sink)
        return sink.getvalue().to_pybytes()
    raise ExportError(f"format {fmt!r}: allowed are csv, parquet")


def write_export(db_path, filters, out) -> int:
    """Write the filtered facts to `out` (.csv or .parquet); returns the number of rows."""
    suffix = out.suffix.lower()
    if suffix not in (".csv", ".parquet"):
        raise ExportError(f"-o {out}: the file name must end in .csv or .parquet")
    if not db_path.exists():
        raise ExportError(f"--db {db_path}: no database; run `tradeboard build` first")
    table = read_export(db_path, filters)
    tmp = out.with_name(out.name + ".part")
    tmp.write_bytes(export_bytes(table, suffix[1:]))
    tmp.replace(out)
    return table.num_rows
