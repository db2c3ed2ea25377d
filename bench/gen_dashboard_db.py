"""A synthetic warehouse for the dashboard benchmark: 1,000,000 facts over 200 pairs and 15 years.

The tables and the pair_series view come from the warehouse's own definitions (etl/schema.py,
etl/warehouse/views.py), so the file stays in step with real builds. Rows are generated in SQL.

    python -m bench.gen_dashboard_db OUT.duckdb [--facts N]
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

import duckdb

from etl.reference import load_regions
from etl.schema import TABLES, column_names, create_table_sql
from etl.warehouse.views import create_views, refresh_pair_series

FIRST_YEAR, YEARS, PAIRS, FACTS_PER_ARTICLE = 2011, 15, 200, 10
RUB_PER_USD = 70.0

# period: 0 year, 1 H1, 2 H2, 3 Q1..6 Q4, 7 Jan–May
FACTS_SQL = f"""
WITH g AS (
  SELECT i, hash(i) AS h, i % {PAIRS} AS p, {FIRST_YEAR} + (hash(i * 7) % {YEARS})::INT AS y,
         (hash(i * 13) % 8)::INT AS k
  FROM range(?) t(i)
), d AS (
  SELECT g.*, pr.a, pr.b,
         CASE WHEN k = 0 THEN make_date(y, 1, 1) WHEN k = 1 THEN make_date(y, 1, 1) WHEN k = 2 THEN make_date(y, 7, 1)
              WHEN k BETWEEN 3 AND 6 THEN make_date(y, 3 * (k - 3) + 1, 1) ELSE make_date(y, 1, 1) END AS ps,
         CASE WHEN k = 0 THEN 'year' WHEN k IN (1, 2) THEN 'half' WHEN k BETWEEN 3 AND 6 THEN 'quarter'
              ELSE 'months' END AS ptype,
         CASE WHEN k = 0 THEN 12 WHEN k IN (1, 2) THEN 6 WHEN k BETWEEN 3 AND 6 THEN 3 ELSE 5 END AS months,
         (50e6 + (h % 2000) * 1e6) * (1 + (y - {FIRST_YEAR}) * 0.05) AS v_usd,
         (h % 5) = 0 AS in_rub, ((hash(i * 3) % 600)::DOUBLE / 10 - 20) AS chg
  FROM g JOIN pairs pr ON pr.p = g.p
)
SELECT printf('art%07d-%03d', i // {FACTS_PER_ARTICLE}, i % {FACTS_PER_ARTICLE}) AS fact_id,
       printf('%016x', h) AS fact_key, printf('art%07d', i // {FACTS_PER_ARTICLE}) AS article_id,
       ['turnover', 'export', 'import'][1 + (h % 3)::INT] AS metric, a, b,
       CASE WHEN in_rub THEN v_usd * {RUB_PER_USD} ELSE v_usd END AS value,
       CASE WHEN in_rub THEN 'RUB' ELSE 'USD' END AS currency,
       ['eq', 'gt', 'approx', 'lt'][1 + (h % 4)::INT] AS bound,
       ps AS period_start, (ps + to_months(months) - INTERVAL 1 DAY)::DATE AS period_end,
       CASE WHEN h % 3 = 0 THEN chg END AS change_pct,
       CASE WHEN h % 20 = 0 THEN 'target' ELSE 'reported' END AS status,
       printf('Товарооборот составил %.1f млн долларов (синтетическая запись %d).', v_usd / 1e6, i) AS quote,
       0 AS quote_start, 60 AS quote_end,
       CASE WHEN in_rub AND h % 2 = 0 THEN 'currency inferred: Russian source' ELSE '' END AS notes,
       least(a, b) || '~' || greatest(a, b) AS pair, ptype AS period_type, v_usd AS value_usd,
       CASE WHEN in_rub THEN {RUB_PER_USD} ELSE 1.0 END AS fx_rate, '' AS fx_note
FROM d
"""


def _pairs(con: duckdb.DuckDBPyConnection) -> None:
    regions = load_regions()
    by = [r.code for r in regions if r.country == "BY" and r.kind != "country"]
    ru = [r.code for r in regions if r.country == "RU" and r.kind != "country"]
    pairs = [(a, b) for b in ru for a in by][:PAIRS]
    pairs[0] = ("BY-HM", "RU-MOW")
    con.execute("CREATE TEMP TABLE pairs (p INTEGER, a VARCHAR, b VARCHAR)")
    con.executemany("INSERT INTO pairs VALUES (?, ?, ?)", [(i, a, b) for i, (a, b) in enumerate(pairs)])


def generate(path: Path, n_facts: int = 1_000_000) -> Path:
    """Write the synthetic warehouse to `path` (replacing it) and return the path."""
    tmp = path.with_name(path.name + ".tmp")
    tmp.unlink(missing_ok=True)
    with duckdb.connect(str(tmp)) as con:
        for table in TABLES:
            con.execute(create_table_sql(table))
        create_views(con)
        cols = column_names("regions")
        con.executemany(f"INSERT INTO regions VALUES ({', '.join('?' * len(cols))})",
                        [[getattr(r, c) for c in cols] for r in load_regions()])
        _pairs(con)
        con.execute(f"INSERT INTO facts BY NAME {FACTS_SQL}", [n_facts])
        con.execute("""INSERT INTO articles BY NAME
            SELECT article_id, 'Синтетическая статья ' || article_id AS title,
                   'https://example.org/' || article_id AS url, max(period_end) + INTERVAL 40 DAY AS published,
                   'bench' AS source, '' AS body, article_id AS text_hash, FALSE AS date_unresolved
            FROM facts GROUP BY article_id""")
        con.execute("""UPDATE facts SET base_period_start = period_start - INTERVAL 1 YEAR,
                           base_period_end = (period_end + INTERVAL 1 DAY - INTERVAL 1 YEAR - INTERVAL 1 DAY)::DATE,
                           base_value = value / (1 + change_pct / 100),
                           base_value_usd = value_usd / (1 + change_pct / 100)
                       WHERE change_pct IS NOT NULL AND status = 'reported'""")
        refresh_pair_series(con)
        con.execute("CHECKPOINT")
    os.replace(tmp, path)
    return path


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("out", type=Path)
    p.add_argument("--facts", type=int, default=1_000_000)
    args = p.parse_args()
    generate(args.out, args.facts)
    with duckdb.connect(str(args.out), read_only=True) as con:
        print(con.sql("SELECT count(*) AS n_facts, count(DISTINCT pair) AS n_pairs, "
                      "count(DISTINCT year(period_start)) AS n_years FROM facts").fetchall())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
