"""The data dictionary: every table and column the build writes, with its type and meaning.

The DDL, docs/schema.md and the export's column list all come from here; a test fails when a
built column is missing from it.
"""

from __future__ import annotations

from dataclasses import dataclass

SCHEMA_VERSION = 1


@dataclass(frozen=True)
class Column:
    name: str
    type: str
    description: str


TABLES: dict[str, tuple[Column, ...]] = {
    "articles": (
        Column("article_id", "VARCHAR PRIMARY KEY", "stable id: hash of the URL, else of the normalized text"),
        Column("external_id", "VARCHAR", "the id the source gave the article (JSONL `id`), if any"),
        Column("url", "VARCHAR", "where the article was published"),
        Column("title", "VARCHAR", "headline"),
        Column("published", "DATE", "publication date; null when it could not be resolved (see notes)"),
        Column("source", "VARCHAR", "publisher credited for the article"),
        Column("rubric", "VARCHAR", "the site's section, when the page names it"),
        Column("body", "VARCHAR", "article text without navigation, credits or related links"),
        Column("path", "VARCHAR", "input file the article was read from"),
        Column("encoding", "VARCHAR", "text encoding the input file was decoded with"),
        Column("notes", "VARCHAR", "how the date or other metadata was inferred, or why it is missing"),
    ),
    "facts": (
        Column("fact_id", "VARCHAR PRIMARY KEY", "article_id and the fact's ordinal in the article"),
        Column("article_id", "VARCHAR NOT NULL", "the article the fact was extracted from"),
        Column("metric", "VARCHAR NOT NULL", "turnover | export | import"),
        Column("a", "VARCHAR", "reporting side, ISO 3166 code; export a→b, import a←b"),
        Column("b", "VARCHAR", "partner side, ISO 3166 code"),
        Column("value", "DOUBLE", "amount in units of `currency`; null when only a change is reported"),
        Column("currency", "VARCHAR", "ISO 4217 code of `value`"),
        Column("bound", "VARCHAR NOT NULL", "eq | gt (lower bound) | lt (upper bound) | approx"),
        Column("period_start", "DATE", "first day of the period the figure covers"),
        Column("period_end", "DATE", "last day of the period the figure covers"),
        Column("change_pct", "DOUBLE", "signed percent change against the comparison period"),
        Column("status", "VARCHAR NOT NULL", "reported (actual) | target (plan, goal, forecast)"),
        Column("quote", "VARCHAR NOT NULL", "the sentence the figure came from"),
        Column("quote_start", "INTEGER NOT NULL", "character offset of the quote in the article body"),
        Column("quote_end", "INTEGER NOT NULL", "character offset just past the quote"),
        Column("notes", "VARCHAR", "why a field is null or how it was inferred; empty when nothing was"),
    ),
    "regions": (
        Column("code", "VARCHAR PRIMARY KEY", "ISO 3166-2 region or ISO 3166-1 alpha-2 country code"),
        Column("kind", "VARCHAR", "city | oblast | krai | republic | autonomous_okrug | autonomous_oblast | country"),
        Column("country", "VARCHAR", "country of the region (its own code for a country)"),
        Column("name_en", "VARCHAR", "English name"),
        Column("name_ru", "VARCHAR", "Russian name, nominative"),
        Column("admin_center_ru", "VARCHAR", "administrative centre or capital"),
        Column("lat", "DOUBLE", "latitude of the centre, decimal degrees"),
        Column("lon", "DOUBLE", "longitude of the centre, decimal degrees"),
        Column("note", "VARCHAR", "disputed status, unusual centres"),
    ),
    "build_info": (
        Column("key", "VARCHAR PRIMARY KEY", "schema_version | extractor_version | etl_version"),
        Column("value", "VARCHAR", "its value"),
    ),
}


def create_table_sql(table: str) -> str:
    cols = ",\n  ".join(f"{c.name} {c.type}" for c in TABLES[table])
    return f"CREATE TABLE {table} (\n  {cols}\n)"


def column_names(table: str) -> list[str]:
    return [c.name for c in TABLES[table]]
