"""The events export: the same filters, the same files and CSV rules as the facts export
(etl.export: UTF-8 with BOM, CRLF, raw numbers, formula-safe text), over the `events` table."""

from __future__ import annotations

from etl.export import NAME_COLUMNS, with_place_names, write_file
from etl.filters import FilterError, FilterState
from etl.model import EVENT_STATUSES, EVENT_TYPES

# A place's names beside its code, as in the facts export.
EVENT_EXPORT_COLUMNS = (
    "event_id", "pair", "type", "a", "a_name_ru", "a_name_en", "b", "b_name_ru", "b_name_en",
    "date_start", "date_end", "status", "confidence", "notes",
    "url", "title", "published", "source", "quote", "quote_start", "quote_end", "article_id",
)

# An event with no date of its own falls in a date filter by its article's publication date.
EVENTS_WITH_SOURCES = """
    SELECT e.*, ar.url, ar.title, ar.published, ar.source,
           coalesce(e.date_start, ar.published) AS period_start,
           coalesce(e.date_end, ar.published) AS period_end
    FROM events e JOIN articles ar USING (article_id)"""
EVENT_SQL_COLUMNS = tuple(c for c in EVENT_EXPORT_COLUMNS if c not in NAME_COLUMNS)
ORDER = "ORDER BY pair, coalesce(date_start, published) NULLS LAST, event_id"


def check_event_filters(types: tuple[str, ...], statuses: tuple[str, ...], filters: FilterState) -> None:
    """Raise FilterError for a value events do not have (the message names it and what is allowed)."""
    for t in types:
        if t not in EVENT_TYPES:
            raise FilterError(f"type {t!r}: allowed are {', '.join(EVENT_TYPES)}")
    for s in statuses:
        if s not in EVENT_STATUSES:
            raise FilterError(f"status {s!r}: events are {', '.join(EVENT_STATUSES)}")
    if filters.metrics:
        raise FilterError("--metric applies to facts; events are chosen by --type")
    if filters.min_sources > 1:
        raise FilterError("--min-sources applies to facts; every event is one article's")
    if filters.reviewed != "not_rejected":
        raise FilterError("--reviewed applies to facts; events are not reviewed")


def events_sql(filters: FilterState, types: tuple[str, ...] = (), statuses: tuple[str, ...] = (),
               limit: int | None = None) -> tuple[str, list]:
    """The events a FilterState (pairs, regions, dates) and the event types and statuses select,
    with their provenance columns, as (SQL, parameters)."""
    check_event_filters(types, statuses, filters)
    cond, params = filters.where(reviewed=False)  # events are not reviewed
    for col, values in (("type", types), ("status", statuses)):
        if values:
            cond += f" AND {col} IN ({', '.join('?' for _ in values)})"
            params = [*params, *values]
    sql = f"SELECT {', '.join(EVENT_SQL_COLUMNS)} FROM ({EVENTS_WITH_SOURCES}) WHERE {cond} {ORDER}"
    if limit is not None:
        sql += " LIMIT ?"
        params = [*params, limit]
    return sql, params


def read_events(db_path, filters: FilterState, types=(), statuses=(), limit: int | None = None):
    """The selected events as an Arrow table, from a short-lived read-only connection, with the places'
    names beside their codes."""
    import duckdb

    sql, params = events_sql(filters, tuple(types), tuple(statuses), limit)
    with duckdb.connect(str(db_path), read_only=True) as con:
        table = con.sql(sql, params=params).to_arrow_table()
    return with_place_names(table, EVENT_EXPORT_COLUMNS)


def write_events_export(db_path, filters: FilterState, out, types=(), statuses=()) -> int:
    """Write the filtered events to `out` (.csv, .xlsx or .parquet); returns the number of rows."""
    return write_file(db_path, out, lambda: read_events(db_path, filters, types, statuses), "events")
