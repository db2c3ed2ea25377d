"""Data checks over a real warehouse built from the sample, and the dictionary kept honest."""

from pathlib import Path

from etl.schema import MATERIALIZED, TABLES, VIEWS, render_markdown
from tests.conftest import ROOT
from tests.warehouse.conftest import query


def test_every_built_column_is_in_the_dictionary_and_back(sample_db):
    built = query(sample_db, """SELECT table_name, column_name FROM information_schema.columns
                                WHERE table_schema = 'main' ORDER BY table_name, ordinal_position""")
    documented = [(t, c.name) for t, cols in {**TABLES, **VIEWS, **MATERIALIZED}.items() for c in cols]
    assert sorted(built) == sorted(documented)


def test_docs_schema_md_is_generated_from_the_dictionary():
    assert Path(ROOT / "docs" / "schema.md").read_text(encoding="utf-8") == render_markdown(), \
        "docs/schema.md is stale: run `python -m etl.schema`"


def test_fact_ids_unique_and_periods_ordered(sample_db):
    assert query(sample_db, "SELECT count(*) = count(DISTINCT fact_id) FROM facts") == [(True,)]
    assert query(sample_db, "SELECT count(*) FROM facts WHERE period_start > period_end") == [(0,)]


def test_currencies_are_iso_and_every_value_with_a_rate_has_usd(sample_db):
    assert query(sample_db, "SELECT count(*) FROM facts WHERE NOT regexp_full_match(currency, '[A-Z]{3}')") == [(0,)]
    assert query(sample_db, "SELECT count(*) FROM facts WHERE value IS NOT NULL AND (value_usd IS NULL) <> "
                            "(fx_rate IS NULL)") == [(0,)]
    assert query(sample_db, "SELECT count(*) FROM facts WHERE value IS NOT NULL AND value_usd IS NULL "
                            "AND coalesce(fx_note, '') = ''") == [(0,)]
    assert query(sample_db, "SELECT count(*) FROM facts WHERE value_usd IS NOT NULL "
                            "AND abs(value_usd * fx_rate - value) > 1e-6 * value") == [(0,)]


def test_pair_series_rows_are_unique_and_backed_by_facts(sample_db):
    assert query(sample_db, """SELECT count(*) FROM (SELECT a, b, metric, period_start, period_end, status, is_derived
        FROM pair_series GROUP BY ALL HAVING count(*) > 1)""") == [(0,)]
    assert query(sample_db, "SELECT min(n_sources) >= 1, min(len(fact_ids)) >= 1 FROM pair_series") == [(True, True)]


def test_seed_turnover_in_usd(sample_db):
    rows = query(sample_db, """SELECT value_usd, n_sources FROM pair_series
        WHERE pair = 'BY-HM~RU-MOW' AND metric = 'turnover' AND period_start = DATE '2025-01-01'
          AND period_end = DATE '2025-06-30' AND NOT is_derived""")
    assert rows and rows[0][0] == 1.6e9
