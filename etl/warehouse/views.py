"""The `pair_series` view: one reconciled row per (pair, metric, direction, period, status).

Reconciliation, per group of facts from different articles:
- value: median of the sources' values when they share a currency, else median in USD;
  value_usd: median of the sources' value_usd;
- conflict: max/min of the values (in the shared currency, else in USD) above 1.01, or the
  changes more than 1 percentage point apart;
- derived rows: a fact with a value and a change gives the comparison period's level
  (value / (1 + change_pct/100), same dates one year earlier); those levels are reconciled
  the same way into rows with is_derived = true, kept only where no source reports that period.
- confidence: a group with any sure fact (`facts.unsure` false, or a reviewer confirmed, corrected
  or added it) is reconciled from its sure facts only; a group of unsure facts alone is kept with
  `unsure` true, for the pages to flag and the Overview's totals to leave out.
Facts without both places or without a period are not in the view (they stay in `facts`).
It reads `facts_reviewed` (etl/reviews/apply.py): reviewers' corrections count, rejected facts
never enter, added facts do, and each row says the strongest review among its facts.

The reconciliation runs once per build (`refresh_pair_series`) into the table `pair_series_rows`;
the view `pair_series` reads that table, so the dashboard does not recompute it on every query.
"""

from __future__ import annotations

from etl.change_notes import year_on_year_sql

SERIES_TABLE = "pair_series_rows"

# A fact is unsure when the build marked it so and no reviewer confirmed, corrected or added it.
UNSURE_SQL = "(coalesce(f.unsure, FALSE) AND f.review_status NOT IN ('confirmed', 'corrected', 'added'))"

# One row per observation: each fact with a pair and a period, and each derived comparison level.
OBS_SQL = """
    SELECT f.fact_id, coalesce(ar.url, f.article_id) AS source_key, f.metric, f.status, f.pair,
           CASE WHEN f.metric = 'turnover' THEN least(f.a, f.b) ELSE f.a END AS a,
           CASE WHEN f.metric = 'turnover' THEN greatest(f.a, f.b) ELSE f.b END AS b,
           f.period_start, f.period_end, f.period_type, f.value, f.currency, f.value_usd, f.bound,
           -- a change against another base than a year earlier is no year-on-year growth (etl/change_notes.py)
           CASE WHEN {YOY} THEN f.change_pct END AS change_pct,
           FALSE AS is_derived, f.review_status, f.confidence, {UNSURE} AS unsure
    FROM facts_reviewed f JOIN articles ar USING (article_id)
    WHERE f.pair IS NOT NULL AND f.period_start IS NOT NULL AND f.period_end IS NOT NULL
      AND f.review_status <> 'rejected' AND (f.value IS NOT NULL OR {YOY})   -- no empty rows
    UNION ALL
    SELECT f.fact_id, coalesce(ar.url, f.article_id), f.metric, f.status, f.pair,
           CASE WHEN f.metric = 'turnover' THEN least(f.a, f.b) ELSE f.a END,
           CASE WHEN f.metric = 'turnover' THEN greatest(f.a, f.b) ELSE f.b END,
           f.base_period_start, f.base_period_end, f.period_type, f.base_value, f.currency, f.base_value_usd,
           f.bound, NULL, TRUE, f.review_status, f.confidence, {UNSURE}
    FROM facts_reviewed f JOIN articles ar USING (article_id)
    WHERE f.pair IS NOT NULL AND f.base_value IS NOT NULL AND f.status = 'reported'
      AND f.review_status <> 'rejected'
""".replace("{UNSURE}", UNSURE_SQL).replace("{YOY}", year_on_year_sql("f.notes"))

# The reconciliation of the observations in {obs} that satisfy {where}.
GROUPS_SQL = """
WITH kept AS (
    SELECT * EXCLUDE (any_sure) FROM (
        SELECT *, bool_or(NOT unsure) OVER (
                      PARTITION BY pair, a, b, metric, period_start, period_end, status, is_derived) AS any_sure
        FROM {obs} WHERE {where})
    WHERE NOT unsure OR NOT any_sure
),
grouped AS (
    SELECT pair, a, b, metric, period_start, period_end, any_value(period_type) AS period_type, status,
           CASE WHEN count(DISTINCT currency) FILTER (value IS NOT NULL) = 1 THEN median(value)
                ELSE median(value_usd) END AS value,
           CASE WHEN count(DISTINCT currency) FILTER (value IS NOT NULL) = 1
                THEN any_value(currency) FILTER (value IS NOT NULL)
                WHEN count(value_usd) > 0 THEN 'USD' END AS currency,
           median(value_usd) AS value_usd,
           CASE WHEN count(DISTINCT bound) FILTER (value IS NOT NULL) <= 1
                THEN coalesce(any_value(bound) FILTER (value IS NOT NULL), any_value(bound))
                ELSE 'approx' END AS bound,
           median(change_pct) AS change_pct,
           count(DISTINCT source_key) AS n_sources,
           list(fact_id ORDER BY fact_id) AS fact_ids,
           coalesce(CASE WHEN count(DISTINCT currency) FILTER (value IS NOT NULL) = 1
                         THEN max(value) > 1.01 * min(value)
                         ELSE max(value_usd) > 1.01 * min(value_usd) END, FALSE)
             OR coalesce(max(change_pct) - min(change_pct) > 1.0, FALSE) AS conflict,
           is_derived,
           CASE WHEN bool_or(review_status = 'corrected') THEN 'corrected'
                WHEN bool_or(review_status = 'added') THEN 'added'
                WHEN bool_or(review_status = 'confirmed') THEN 'confirmed' ELSE 'unreviewed' END AS review_status,
           max(confidence) AS confidence, bool_and(unsure) AS unsure
    FROM kept
    GROUP BY pair, a, b, metric, period_start, period_end, status, is_derived
)
SELECT pair, a, b, metric, period_start, period_end, period_type, status, value, currency, value_usd, bound,
       change_pct, n_sources, fact_ids, conflict, is_derived, review_status, confidence, unsure
FROM grouped g
WHERE NOT g.is_derived OR NOT EXISTS (
    SELECT 1 FROM grouped r
    WHERE NOT r.is_derived AND r.status = g.status AND r.metric = g.metric AND r.a = g.a AND r.b = g.b
      AND r.period_start = g.period_start AND r.period_end = g.period_end)
"""
RECONCILE_SQL = GROUPS_SQL.format(obs=f"({OBS_SQL}) obs", where="TRUE")

# Medians and lists cannot spill to disk: over more facts than this the observations are written
# to a scratch table (`series_obs`, dropped after) sorted by a hash of their group key, and
# reconciled a slice at a time. Derived rows share their group's key, so the NOT EXISTS above
# stays within a slice. Memory then stays about that of this many facts whatever the corpus.
SERIES_SLICE_FACTS = 20_000


def create_views(con) -> None:
    """The `facts_reviewed` view, the empty `pair_series_rows` table and the `pair_series` view over it."""
    from etl.reviews.apply import create_review_view

    create_review_view(con)
    con.execute(f"CREATE OR REPLACE TABLE {SERIES_TABLE} AS SELECT * FROM ({RECONCILE_SQL}) LIMIT 0")
    con.execute(f"CREATE OR REPLACE VIEW pair_series AS SELECT * FROM {SERIES_TABLE}")


def refresh_pair_series(con, slice_facts: int = SERIES_SLICE_FACTS) -> None:
    """Reconcile the facts now in the database into `pair_series_rows` (call after loading facts)."""
    con.execute(f"DELETE FROM {SERIES_TABLE}")
    n = con.execute("SELECT count(*) FROM facts_reviewed WHERE pair IS NOT NULL").fetchone()[0]
    slices = -(-n // slice_facts)
    if slices <= 1:
        con.execute(f"INSERT INTO {SERIES_TABLE} {RECONCILE_SQL}")
        return
    con.execute(f"""CREATE OR REPLACE TABLE series_obs_unsorted AS
                    SELECT *, hash(metric, status, a, b, period_start, period_end) % {slices} AS slice
                    FROM ({OBS_SQL})""")
    # Sorted in a second step: a join feeding a sort directly does not fit the build's memory cap.
    con.execute("CREATE OR REPLACE TABLE series_obs AS SELECT * FROM series_obs_unsorted ORDER BY slice")
    con.execute("DROP TABLE series_obs_unsorted")
    for k in range(slices):
        con.execute(f"INSERT INTO {SERIES_TABLE} " + GROUPS_SQL.format(obs="series_obs", where=f"slice = {k}"))
    con.execute("DROP TABLE series_obs")
