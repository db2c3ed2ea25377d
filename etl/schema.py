"""The data dictionary: every table, view and column the build writes, with its type and meaning.

The DDL, docs/schema.md and the export's column list all come from here; a test fails when a
built column is missing from it. `python -m etl.schema` rewrites docs/schema.md.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

SCHEMA_VERSION = 5  # 3: events; 4: fact_key from article and quote span, review_rows, facts_reviewed;
# 5: facts.confidence and facts.unsure, pair_series.confidence and .unsure


@dataclass(frozen=True)
class Column:
    name: str
    type: str
    description: str


C = Column

TABLES: dict[str, tuple[Column, ...]] = {
    "articles": (
        C("article_id", "VARCHAR NOT NULL",
          "stable id: hash of the URL (plus the feed's passage id), else of the normalized text; unique "
          "(the build dedups and checks it; no PRIMARY KEY, whose index DuckDB would hold in memory whole)"),
        C("external_id", "VARCHAR", "the id the source gave the article (JSONL `id`), if any"),
        C("url", "VARCHAR", "where the article was published"),
        C("title", "VARCHAR", "headline"),
        C("published", "DATE", "publication date; null when it could not be resolved (then `date_unresolved`)"),
        C("source", "VARCHAR", "publisher credited for the article"),
        C("rubric", "VARCHAR", "the site's section, when the page names it"),
        C("body", "VARCHAR", "article text without navigation, scripts, credits or related links"),
        C("path", "VARCHAR", "input file the article was read from (the first one, when it was reached twice)"),
        C("encoding", "VARCHAR", "text encoding the input file was decoded with: utf-8 | utf-8-sig | cp1251"),
        C("notes", "VARCHAR", "how the date or other metadata was inferred, or why it is missing"),
        C("text_hash", "VARCHAR NOT NULL",
          "hash of the normalized body; an article whose text is already stored is skipped"),
        C("date_unresolved", "BOOLEAN NOT NULL",
          "true when no publication date could be resolved (`published` is null)"),
    ),
    "facts": (
        C("fact_id", "VARCHAR NOT NULL",
          "article_id and the fact's ordinal in the article, unique like article_id; may change when the "
          "extractor does"),
        C("fact_key", "VARCHAR NOT NULL", "hash of article_id, the quote offsets and the fact's ordinal among the "
                                          "facts of that quote: no extracted field in it, so it survives "
                                          "re-extraction; the key reviews attach to"),
        C("article_id", "VARCHAR NOT NULL", "the article the fact was extracted from"),
        C("metric", "VARCHAR NOT NULL", "turnover | export | import"),
        C("a", "VARCHAR", "reporting side, ISO 3166 code; export a→b, import a←b"),
        C("b", "VARCHAR", "partner side, ISO 3166 code"),
        C("value", "DOUBLE", "amount in units of `currency`; null when only a change is reported"),
        C("currency", "VARCHAR", "ISO 4217 code of `value`"),
        C("bound", "VARCHAR NOT NULL", "eq | gt (lower bound) | lt (upper bound) | approx"),
        C("period_start", "DATE", "first day of the period the figure covers"),
        C("period_end", "DATE", "last day of the period the figure covers"),
        C("change_pct", "DOUBLE", "signed percent change against the comparison period"),
        C("status", "VARCHAR NOT NULL", "reported (actual) | target (plan, goal, forecast)"),
        C("quote", "VARCHAR NOT NULL", "the sentence the figure came from"),
        C("quote_start", "INTEGER NOT NULL", "character offset of the quote in the article body"),
        C("quote_end", "INTEGER NOT NULL", "character offset just past the quote"),
        C("notes", "VARCHAR", "why a field is null or how it was inferred; empty when nothing was"),
        C("confidence", "DOUBLE", "estimated probability (0–1) that every field of the fact is right: a logistic "
                                  "model over features of the fact and its sentence, calibrated on labelled real "
                                  "passages (`data/reference/confidence.json`, docs/extraction.md)"),
        C("unsure", "BOOLEAN", "confidence below the threshold chosen on the validation passages (stored in "
                               "`build_info.confidence_threshold`); the dashboard flags these facts and leaves "
                               "them out of the Overview's totals"),
        C("pair", "VARCHAR", "the two places as `A~B`, codes sorted; null unless both are known"),
        C("period_type", "VARCHAR", "year | half | quarter | month | months (from 1st to a month end) | other; "
                                    "derived from the dates, null without a period"),
        C("value_usd", "DOUBLE", "`value` in US dollars: value / fx_rate; null without a value or a rate"),
        C("fx_rate", "DOUBLE", "units of `currency` per 1 USD used for value_usd: the annual average of the "
                               "period's year; for a period over several years the day-weighted harmonic mean"),
        C("fx_note", "VARCHAR", "which year's rate was used, or why value_usd is null"),
        C("base_period_start", "DATE", "DERIVED: the comparison period (same dates one year earlier) when "
                                       "value and change_pct are both given and the change is year-on-year"),
        C("base_period_end", "DATE", "DERIVED: last day of the comparison period"),
        C("base_value", "DOUBLE",
          "DERIVED: level of the comparison period, value / (1 + change_pct / 100), in `currency`"),
        C("base_value_usd", "DOUBLE", "DERIVED: base_value converted with the comparison period's rate"),
    ),
    "events": (
        C("event_id", "VARCHAR NOT NULL",
          "article_id and the event's ordinal in the article, unique like article_id; may change when the "
          "extractor does"),
        C("article_id", "VARCHAR NOT NULL", "the article the event was extracted from"),
        C("type", "VARCHAR NOT NULL", "visit | meeting | agreement (a document signed) | forum (a joint business "
                                      "or cultural event) | commission (a session of a joint body)"),
        C("a", "VARCHAR NOT NULL", "one side, ISO 3166 code; for a visit the visitors' side"),
        C("b", "VARCHAR NOT NULL", "the other side, ISO 3166 code; for a visit the host"),
        C("date_start", "DATE", "first day of the event; null when the text gives no date"),
        C("date_end", "DATE", "last day of the event (a month or a year when the text names only that)"),
        C("status", "VARCHAR NOT NULL", "held (happened, or is happening) | planned (announced for later)"),
        C("quote", "VARCHAR NOT NULL", "the sentence the event came from"),
        C("quote_start", "INTEGER NOT NULL", "character offset of the quote in the article body"),
        C("quote_end", "INTEGER NOT NULL", "character offset just past the quote"),
        C("notes", "VARCHAR", "why a field is null or how it was inferred; empty when nothing was"),
        C("confidence", "DOUBLE", "estimated probability that the event is right: the measured precision of "
                                  "its type and status on the labelled passages (data/reference/"
                                  "event_confidence.csv)"),
        C("pair", "VARCHAR", "the two places as `A~B`, codes sorted"),
    ),
    "regions": (
        C("code", "VARCHAR PRIMARY KEY", "ISO 3166-2 region or ISO 3166-1 alpha-2 country code"),
        C("kind", "VARCHAR", "city | oblast | krai | republic | autonomous_okrug | autonomous_oblast | country"),
        C("country", "VARCHAR", "country of the region (its own code for a country)"),
        C("name_en", "VARCHAR", "English name"),
        C("name_ru", "VARCHAR", "Russian name, nominative"),
        C("admin_center_ru", "VARCHAR", "administrative centre or capital"),
        C("lat", "DOUBLE", "latitude of the centre, decimal degrees"),
        C("lon", "DOUBLE", "longitude of the centre, decimal degrees"),
        C("note", "VARCHAR", "disputed status, unusual centres"),
    ),
    "fx_rates": (
        C("year", "INTEGER NOT NULL", "calendar year"),
        C("currency", "VARCHAR NOT NULL", "ISO 4217 code"),
        C("per_usd", "DOUBLE NOT NULL", "units of the currency per 1 USD, annual average"),
        C("source", "VARCHAR", "where the rate comes from (data/reference/fx_annual.csv)"),
    ),
    "ingest_log": (
        C("build_id", "INTEGER NOT NULL", "the build (see `builds`); the log keeps the last builds, newest first"),
        C("path", "VARCHAR NOT NULL", "input file"),
        C("content_hash", "VARCHAR", "SHA-256 of the file's bytes and of its NAME.json sidecar, if any"),
        C("size_bytes", "BIGINT", "file size"),
        C("status", "VARCHAR NOT NULL", "loaded | skipped (unchanged since the last build, rows carried over) | "
                                        "partial (some JSONL lines rejected) | rejected"),
        C("error", "VARCHAR", "why the file or some of its lines were rejected, naming the file and line"),
        C("articles", "INTEGER", "articles stored from this file"),
        C("duplicates", "INTEGER", "articles in the file already stored from an earlier file (same id or text)"),
        C("facts", "INTEGER", "facts stored from this file"),
        C("lines_rejected", "INTEGER", "JSONL lines rejected"),
        C("encoding", "VARCHAR", "encoding the file was decoded with"),
    ),
    "builds": (
        C("build_id", "INTEGER PRIMARY KEY", "increases by one with every build of this database"),
        C("started_at", "TIMESTAMP", "when the build started (local time)"),
        C("seconds", "DOUBLE", "how long it took"),
        C("extractor_version", "VARCHAR", "EXTRACTOR_VERSION the facts were extracted with"),
        C("files_read", "INTEGER", "input files seen"),
        C("files_skipped", "INTEGER", "unchanged files whose rows were carried over"),
        C("files_rejected", "INTEGER", "files rejected whole or in part"),
        C("articles", "INTEGER", "articles in the database after the build"),
        C("facts", "INTEGER", "facts in the database after the build"),
    ),
    "build_info": (
        C("key", "VARCHAR PRIMARY KEY", "schema_version | extractor_version | etl_version | reviews_through "
                                        "(the highest decision id of the review store the build applied) | "
                                        "confidence_model (hash of the confidence parameters) | confidence_threshold"),
        C("value", "VARCHAR", "its value"),
    ),
    "schema_version": (
        C("version", "INTEGER NOT NULL", "version of this schema; a database of another version is rebuilt in full"),
    ),
}

# The review columns facts_reviewed adds to every fact (etl/reviews/apply.py).
REVIEW_COLUMNS = (
    C("review_status", "VARCHAR NOT NULL", "unreviewed | confirmed | corrected | rejected | added: the latest "
                                           "decision of the review store on this fact (an undo removes one)"),
    C("reviewed_by", "VARCHAR", "the reviewer of that decision; null when unreviewed"),
    C("reviewed_at", "TIMESTAMP", "when that decision was made, UTC; null when unreviewed"),
)
# The facts with a decision, as the decisions leave them (build time; the dashboard and `export`
# apply newer decisions on top when they read). facts_reviewed = these rows + the other facts.
TABLES["review_rows"] = (*TABLES["facts"], *REVIEW_COLUMNS)

VIEWS: dict[str, tuple[Column, ...]] = {
    "facts_reviewed": TABLES["review_rows"],
    "pair_series": (
        C("pair", "VARCHAR", "`A~B`, codes sorted"),
        C("a", "VARCHAR", "turnover: the first code of the pair; export/import: the reporting side (a→b, a←b)"),
        C("b", "VARCHAR", "turnover: the second code; export/import: the partner"),
        C("metric", "VARCHAR", "turnover | export | import"),
        C("period_start", "DATE", "first day of the period"),
        C("period_end", "DATE", "last day of the period"),
        C("period_type", "VARCHAR", "year | half | quarter | month | months | other"),
        C("status", "VARCHAR", "reported | target"),
        C("value", "DOUBLE", "median of the sources' values in `currency`"),
        C("currency", "VARCHAR", "the sources' common currency; USD when they used several"),
        C("value_usd", "DOUBLE", "median of the sources' value_usd"),
        C("bound", "VARCHAR", "the sources' bound when they agree, else approx"),
        C("change_pct", "DOUBLE", "median of the sources' year-on-year change_pct: null on derived rows and for a "
                                  "change the notes measure against another base (etl/change_notes.py)"),
        C("n_sources", "BIGINT", "distinct publications (URL, else article) behind the row"),
        C("fact_ids", "VARCHAR[]", "the facts reconciled into the row"),
        C("conflict", "BOOLEAN", "sources disagree: values by more than 1 % (max/min), or changes by more than "
                                 "1 percentage point"),
        C("is_derived", "BOOLEAN", "true: a comparison period's level computed back from a later figure and its "
                                   "change; only where no source reports that period"),
        C("review_status", "VARCHAR", "the strongest review among the row's facts: corrected, else added, else "
                                      "confirmed, else unreviewed (rejected facts are never in the view)"),
        C("confidence", "DOUBLE", "the highest `facts.confidence` among the facts reconciled into the row"),
        C("unsure", "BOOLEAN", "true when every fact behind the row is unsure (a fact a reviewer confirmed, "
                               "corrected or added is sure); a row with any sure fact is reconciled from its sure "
                               "facts only (values, n_sources, fact_ids, conflict)"),
    ),
}


# Tables a build computes from the others at its end; each backs the view of the same columns.
MATERIALIZED: dict[str, tuple[Column, ...]] = {"pair_series_rows": VIEWS["pair_series"]}


def create_table_sql(table: str) -> str:
    cols = ",\n  ".join(f"{c.name} {c.type}" for c in TABLES[table])
    return f"CREATE TABLE {table} (\n  {cols}\n)"


def column_names(table: str) -> list[str]:
    return [c.name for c in (TABLES.get(table) or VIEWS[table])]


def _doc_type(sql_type: str) -> str:
    return sql_type.replace(" PRIMARY KEY", " (primary key)").replace(" NOT NULL", ", not null")


def render_markdown() -> str:
    """docs/schema.md: the design notes, then every table and view with its columns."""
    from etl.warehouse.notes import SCHEMA_NOTES

    parts = [SCHEMA_NOTES.rstrip() + "\n"]
    kinds = (("table", TABLES), ("view", VIEWS), ("table computed at the end of each build; `pair_series` reads it",
                                                  MATERIALIZED))
    for kind, objs in kinds:
        for name, cols in objs.items():
            parts.append(f"\n## `{name}` ({kind})\n\n| column | type | meaning |\n|---|---|---|\n")
            parts += [f"| `{c.name}` | {_doc_type(c.type)} | {c.description.replace('|', '&#124;')} |\n" for c in cols]
    return "".join(parts)


def main() -> int:
    out = Path(__file__).resolve().parents[1] / "docs" / "schema.md"
    out.parent.mkdir(exist_ok=True)
    out.write_text(render_markdown(), encoding="utf-8")
    print(f"wrote {out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
