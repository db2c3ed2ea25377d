"""The prose head of docs/schema.md: how the build behaves and why the tables look as they do."""

SCHEMA_NOTES = """\
# Database schema

Generated from `etl/schema.py` by `python -m etl.schema`; a test fails when this file is out of
date or a built column is missing from the dictionary. Do not edit by hand.

The database is one DuckDB file (default `data/tradeboard.duckdb`). Everything in it is
**regenerable from the sources alone**: `tradeboard build` writes a new file and replaces the old
one atomically.

## How a build writes it

- **Atomic.** The build writes `NAME.tmp-PID` beside the target, CHECKPOINTs, closes it and
  `os.replace`s it over the target. A build that fails or is killed (`kill -9`) leaves the previous
  file untouched; its temp file is deleted by the next build (its process is gone). Readers with the
  old file open keep reading the old inode; the dashboard's short-lived read-only connections see
  the new file on their next query.
- **Incremental.** The previous database is attached read-only. A file whose content hash (the
  file's bytes plus its `NAME.json` sidecar) matches the previous build's, which loaded cleanly
  (status loaded or skipped, no duplicates), and was extracted by the same `EXTRACTOR_VERSION`
  and scored by the same confidence model (`build_info.confidence_model`), is not re-read: its
  articles and facts are copied over (`ingest_log.status = skipped`). A new extractor version, a
  refitted confidence model, or a new schema version, re-reads and re-extracts everything. A build of
  unchanged input leaves every row of `articles`, `facts`, `regions` and `fx_rates` as it was;
  `ingest_log` and `builds` gain the new build's rows (the last 10 builds are kept).
- **Streaming.** Articles are read file by file (JSONL line by line) and written in batches of
  2,000 as Arrow tables; duplicates are found by asking the database, so memory does not grow with
  the corpus (only the list of input file names and their previous hashes is held). DuckDB's
  buffer pool is capped at 64 MB (`TRADEBOARD_BUILD_MEMORY`) and spills to disk beyond it.
  `articles` and `facts` declare no PRIMARY KEY: DuckDB holds such an index in memory whole (about
  50 bytes a row, never spilled), which grew with the corpus and made a build of some 400,000
  articles fail under the 64 MB cap. The ids are kept unique by the dedup above, and the build
  checks that they are before it replaces the old file.
- **Bad input** never stops the build: each rejected file or JSONL line is reported on stderr and in
  `ingest_log` (path, line, reason) and the build exits 1. Whole-file formats (`.txt`, `.html`) over
  20 MB (`TRADEBOARD_MAX_FILE_MB`) are rejected unread; JSONL has no file limit (one line ≤ 8 MB).

## Rules

- **Dedup.** An article is stored once: the same `article_id` (the URL, plus the JSONL `id` when a
  feed splits one URL into several passages; else the normalized text) or the same `text_hash`
  (lower case, ё→е, white space folded) as an article already stored is counted in
  `ingest_log.duplicates` and skipped. The first file in path order wins.
- **Dates.** The sidecar's `published` wins; JSONL uses its `published`. HTML: the page's own
  metadata (meta tags, JSON-LD), never a year mentioned in the text. Page dumps without a year
  ("10:30, 14 августа"): the year on the page, else the year of a `YYYY-MM-DD` in the file name (one
  year back when day and month fall after it). Otherwise `published` is null and
  `date_unresolved` is true, with the reason in `notes` — never today's date.
- **US dollars.** `value_usd = value / fx_rate`; `fx_rate` is the annual average of the period's
  year from `fx_rates`. A period over several years uses the day-weighted harmonic mean of the
  annual rates (the rate that converts a value accrued evenly over its days). No period, no
  currency, or no rate for a year: `value_usd` is null and `fx_note` says why.
- **Derived levels.** A fact with a value and a change gives the comparison period's level,
  `base_value = value / (1 + change_pct / 100)`, for the same dates one year earlier, converted
  with that period's rate. These are stored apart (`base_*` columns), never in `value`.
- **`pair_series`** reconciles facts from different articles into one row per (pair, metric,
  direction, period, status): median value (in the shared currency, else in USD), median
  `value_usd`, `n_sources` = distinct publications (URL, else article), `fact_ids`, and
  `conflict` when values differ by more than 1 % (max > 1.01 × min) or changes by more than one
  percentage point. Turnover rows have `a < b`; export/import keep the direction. Derived rows
  (`is_derived`) come from `base_*` columns and appear only for periods no source reports.
  Facts without both places or without a period are not in the view. The reconciliation runs
  once at the end of each build into `pair_series_rows`, which the view reads: on a million
  facts it takes seconds, too long to repeat whenever the dashboard opens the file. Medians and
  lists cannot spill to disk, so over more than 20,000 facts it runs in slices of the groups (by
  a hash of the group key) within the build's memory cap.

## Human review

Decisions on facts (confirm, correct, reject, add, undo) are source data, not build output: they
live outside the rebuilt file, in a SQLite store beside it (`reviews.sqlite`, or
`TRADEBOARD_REVIEWS`; `etl/reviews/store.py`), append-only, one transaction per decision. They
attach to `facts.fact_key`: a hash of the article, the quote's span and the fact's ordinal among
the facts of that span, with no extracted field in it, so a decision stays attached when a new
extractor reads the same sentence differently. `facts` keeps the extractor's values; each build
folds the store (the latest decision per key in force; an undo removes one) into `review_rows` —
corrected fields with `value_usd`, `period_type` and the comparison period recomputed, rejected
facts marked, added facts whole — and the view `facts_reviewed` is those rows plus every other
fact as `unreviewed`. `pair_series` is reconciled from `facts_reviewed` without rejected facts;
the dashboard and `export` read `facts_reviewed`. Decisions made after a build are applied when
the file is read (`etl/reviews/live.py`: TEMP views over the same SQL on the reader's own
connection; `build_info.reviews_through` says what the build applied). A decision whose fact is
gone stays in the store and is listed by `tradeboard reviews orphans`.
"""
