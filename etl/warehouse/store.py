"""Writing rows: the schema, the reference tables, and batches of articles and facts as Arrow."""

from __future__ import annotations

import csv
from collections.abc import Iterable

import duckdb
import pyarrow as pa

from etl.extract.confidence import is_unsure
from etl.model import EVENT_FIELDS, FACT_FIELDS, Article, Event, Fact
from etl.reference import reference_dir
from etl.schema import SCHEMA_VERSION, TABLES, column_names, create_table_sql
from etl.sources import text_hash
from etl.warehouse.convert import derived_columns, fact_key
from etl.warehouse.views import create_views

ARROW_TYPES = {"VARCHAR": pa.string(), "DATE": pa.date32(), "DOUBLE": pa.float64(), "INTEGER": pa.int32(),
               "BIGINT": pa.int64(), "BOOLEAN": pa.bool_(), "TIMESTAMP": pa.timestamp("us")}


def arrow_schema(table: str) -> pa.Schema:
    return pa.schema([(c.name, ARROW_TYPES[c.type.split()[0]]) for c in TABLES[table]])


def create_schema(con: duckdb.DuckDBPyConnection) -> None:
    for table in TABLES:
        con.execute(create_table_sql(table))
    create_views(con)
    con.execute("INSERT INTO schema_version VALUES (?)", [SCHEMA_VERSION])


def insert_rows(con: duckdb.DuckDBPyConnection, table: str, rows: list[dict]) -> None:
    """Insert dict rows keyed by the dictionary's column names, as one Arrow batch."""
    if not rows:
        return
    batch = pa.Table.from_pylist(rows, schema=arrow_schema(table))  # noqa: F841 - read by DuckDB below
    con.execute(f"INSERT INTO {table} SELECT * FROM batch")


def load_reference(con: duckdb.DuckDBPyConnection) -> None:
    """regions and fx_rates from data/reference/*.csv."""
    def read(name: str) -> Iterable[dict]:
        with (reference_dir() / name).open(encoding="utf-8", newline="") as fh:
            yield from csv.DictReader(fh)

    regions = [{c: (float(r[c]) if c in ("lat", "lon") else r[c]) for c in column_names("regions")}
               for r in read("regions.csv") if r["code"]]
    insert_rows(con, "regions", regions)
    rates = [{"year": int(r["year"]), "currency": r["currency"], "per_usd": float(r["per_usd"]),
              "source": r["source"]} for r in read("fx_annual.csv")]
    insert_rows(con, "fx_rates", rates)


def article_row(a: Article) -> dict:
    row = {name: getattr(a, name, None) for name in column_names("articles")}
    row["text_hash"] = text_hash(a.body)
    row["date_unresolved"] = a.published is None
    return row


def fact_rows(article_id: str, facts: list[Fact], rates: dict) -> list[dict]:
    rows = []
    nth: dict[tuple[int, int], int] = {}  # facts seen per quote span: the key's ordinal
    for i, fact in enumerate(facts):
        span = (fact.quote_start, fact.quote_end)
        nth[span] = nth.get(span, -1) + 1
        row = {name: getattr(fact, name) for name in FACT_FIELDS}
        row.update(fact_id=f"{article_id}-{i:03d}", fact_key=fact_key(article_id, fact, nth[span]),
                   article_id=article_id, unsure=is_unsure(fact.confidence), **derived_columns(fact, rates))
        rows.append(row)
    return rows


def event_rows(article_id: str, events: list[Event]) -> list[dict]:
    rows = []
    for i, event in enumerate(events):
        row = {name: getattr(event, name) for name in EVENT_FIELDS}
        row.update(event_id=f"{article_id}-e{i:03d}", article_id=article_id, pair="~".join(sorted((event.a, event.b))))
        rows.append(row)
    return rows


def existing_keys(con: duckdb.DuckDBPyConnection, rows: list[dict]) -> tuple[set[str], set[str]]:
    """(article ids, text hashes) among `rows` that the database already holds."""
    probe = pa.table({"article_id": [r["article_id"] for r in rows],  # noqa: F841 - read by DuckDB
                      "text_hash": [r["text_hash"] for r in rows]})
    ids = {r[0] for r in con.execute(
        "SELECT article_id FROM articles SEMI JOIN probe USING (article_id)").fetchall()}
    hashes = {r[0] for r in con.execute(
        "SELECT text_hash FROM articles SEMI JOIN probe USING (text_hash)").fetchall()}
    return ids, hashes


UNIQUE_IDS = (("articles", "article_id"), ("facts", "fact_id"), ("events", "event_id"))


def check_unique_ids(con: duckdb.DuckDBPyConnection) -> None:
    """Raise if an id of UNIQUE_IDS is stored twice: the tables have no PRIMARY KEY to refuse it.

    DuckDB keeps a key's index in memory whole, which would grow with the corpus; the loader's
    dedup keeps the ids unique instead, and this is its check before the new file replaces the old.
    """
    for table, column in UNIQUE_IDS:
        twice = [r[0] for r in con.execute(
            f"SELECT {column} FROM {table} GROUP BY {column} HAVING count(*) > 1 LIMIT 5").fetchall()]
        if twice:
            raise RuntimeError(f"bug in the build's dedup: {table}.{column} stored twice ({', '.join(twice)}); "
                               "the previous database is left unchanged")
