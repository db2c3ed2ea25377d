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
    "period_start", "period_end", "period_type", "change_pct", "status", "notes",
    "url", "title", "published", "source", "quote", "quote_start", "quote_end", "article_id",
)


def export_sql(filters) -> tuple[str, list]:
    """The facts selected by a FilterState, with their provenance columns, as (SQL, parameters)."""
    cond, params = filters.where()
    cols = ", ".join(EXPORT_COLUMNS)
    sql = f"""
        SELECT {cols} FROM (
            SELECT f.*, ar.url, ar.title, ar.published, ar.source
            FROM facts f JOIN articles ar USING (article_id))
        WHERE {cond}
        ORDER BY pair NULLS LAST, metric, period_start NULLS LAST, fact_id"""
    return sql, params


def write_export(db_path, filters, out) -> int:
    """Write the filtered facts to `out` (.csv or .parquet); returns the number of rows."""
    import duckdb
    import pyarrow.parquet as pq

    suffix = out.suffix.lower()
    if suffix not in (".csv", ".parquet"):
        raise ExportError(f"-o {out}: the file name must end in .csv or .parquet")
    if not db_path.exists():
        raise ExportError(f"--db {db_path}: no database; run `tradeboard build` first")
    sql, params = export_sql(filters)
    with duckdb.connect(str(db_path), read_only=True) as con:
        table = con.sql(sql, params=params).to_arrow_table()
    tmp = out.with_name(out.name + ".part")
    if suffix == ".parquet":
        pq.write_table(table, tmp)
    else:
        tmp.write_bytes(csv_bytes(table.to_pandas()))
    tmp.replace(out)
    return table.num_rows
