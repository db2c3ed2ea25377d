"""pair_series and the USD conversion over a real DuckDB file written by the warehouse's own writer."""

import datetime as dt

import duckdb
import pytest

from etl.change_notes import CLOSED_SPAN_NOTE, OTHER_BASE_NOTE
from etl.model import Article, Fact
from etl.reference import load_fx_rates
from etl.warehouse.store import article_row, create_schema, fact_rows, insert_rows, load_reference
from etl.warehouse.views import refresh_pair_series

Y2023 = (dt.date(2023, 1, 1), dt.date(2023, 12, 31))


def _fact(value, currency="USD", change=None, a="BY-HM", b="RU-MOW", metric="turnover", period=Y2023,
          status="reported", bound="eq", notes=""):
    return Fact(metric, a, b, value, currency, bound, *period, change, status, "q", 0, 1, notes)


def _db(tmp_path, articles: dict[str, list[Fact]]):
    """A database whose articles (keyed by URL) hold the given facts."""
    db = tmp_path / "ps.duckdb"
    with duckdb.connect(str(db)) as con:
        create_schema(con)
        load_reference(con)
        for i, (url, facts) in enumerate(articles.items()):
            art = Article(article_id=f"art{i}", body=f"text {i}", published=dt.date(2024, 3, 1), url=url)
            insert_rows(con, "articles", [article_row(art)])
            insert_rows(con, "facts", fact_rows(art.article_id, facts, load_fx_rates()))
        refresh_pair_series(con)
    return db


class Row(dict):
    __getattr__ = dict.__getitem__


def _series(db, where="TRUE") -> list[Row]:
    with duckdb.connect(str(db), read_only=True) as con:
        cur = con.execute(f"SELECT * FROM pair_series WHERE {where} ORDER BY period_start, is_derived, a")
        names = [d[0] for d in cur.description]
        return [Row(zip(names, r, strict=True)) for r in cur.fetchall()]


def test_two_sources_within_one_percent_agree(tmp_path):
    db = _db(tmp_path, {"u1": [_fact(5.00e9)], "u2": [_fact(5.04e9)]})
    row = _series(db)[0]
    assert (row.pair, row.n_sources, bool(row.conflict), row.currency) == ("BY-HM~RU-MOW", 2, False, "USD")
    assert row.value == pytest.approx(5.02e9)
    assert len(row.fact_ids) == 2
    assert row.period_type == "year"


def test_sources_disagreeing_by_more_than_one_percent_conflict(tmp_path):
    db = _db(tmp_path, {"u1": [_fact(5.0e9)], "u2": [_fact(5.2e9, a="RU-MOW", b="BY-HM")]})
    rows = _series(db)
    assert len(rows) == 1
    assert rows[0].conflict is True and rows[0].n_sources == 2
    assert (rows[0].a, rows[0].b) == ("BY-HM", "RU-MOW")


def test_export_keeps_its_direction(tmp_path):
    db = _db(tmp_path, {"u1": [_fact(1e9, metric="export")], "u2": [_fact(2e9, metric="export", a="RU-MOW",
                                                                             b="BY-HM")]})
    rows = _series(db)
    assert [(r.a, r.b, r.value) for r in rows] == [("BY-HM", "RU-MOW", 1e9), ("RU-MOW", "BY-HM", 2e9)]
    assert {r.pair for r in rows} == {"BY-HM~RU-MOW"}


def test_rub_converted_with_the_stored_annual_rate(tmp_path):
    db = _db(tmp_path, {"u1": [_fact(85.25e9, currency="RUB")]})
    with duckdb.connect(str(db), read_only=True) as con:
        value_usd, rate, note, stored = con.execute("""
            SELECT value_usd, fx_rate, fx_note, (SELECT per_usd FROM fx_rates WHERE year = 2023 AND currency = 'RUB')
            FROM facts""").fetchone()
    assert rate == stored
    assert value_usd == pytest.approx(85.25e9 / stored)
    assert "2023" in note


@pytest.mark.parametrize("currency", ["BYN", "EUR", "CNY"])
def test_other_currencies_convert(tmp_path, currency):
    db = _db(tmp_path, {"u1": [_fact(1e9, currency=currency)]})
    with duckdb.connect(str(db), read_only=True) as con:
        value_usd, rate = con.execute("SELECT value_usd, fx_rate FROM facts").fetchone()
    assert rate == load_fx_rates()[(2023, currency)]
    assert value_usd == pytest.approx(1e9 / rate)


def test_currency_without_a_rate_has_no_usd_and_says_why(tmp_path):
    db = _db(tmp_path, {"u1": [_fact(1e9, currency="GBP")]})
    with duckdb.connect(str(db), read_only=True) as con:
        value_usd, rate, note = con.execute("SELECT value_usd, fx_rate, fx_note FROM facts").fetchone()
    assert value_usd is None and rate is None
    assert "no USD rate for GBP 2023" in note


def test_multi_year_period_uses_the_day_weighted_rate(tmp_path):
    period = (dt.date(2022, 1, 1), dt.date(2023, 12, 31))
    db = _db(tmp_path, {"u1": [_fact(1e9, currency="RUB", period=period)]})
    rates = load_fx_rates()
    expected = 730 / (365 / rates[(2022, "RUB")] + 365 / rates[(2023, "RUB")])
    with duckdb.connect(str(db), read_only=True) as con:
        assert con.execute("SELECT fx_rate FROM facts").fetchone()[0] == pytest.approx(expected)


def test_derived_previous_level_only_where_no_source_reports_it(tmp_path):
    y2022 = (dt.date(2022, 1, 1), dt.date(2022, 12, 31))
    db = _db(tmp_path, {"u1": [_fact(5.5e9, change=10.0)]})
    derived = _series(db, "is_derived")
    assert len(derived) == 1
    assert (derived[0].period_start, derived[0].value) == (dt.date(2022, 1, 1), pytest.approx(5e9))
    assert derived[0].change_pct is None and derived[0].status == "reported"
    (tmp_path / "both").mkdir()
    rows = _series(_db(tmp_path / "both", {"u1": [_fact(5.5e9, change=10.0)], "u2": [_fact(4.9e9, period=y2022)]}))
    assert [r.is_derived for r in rows] == [False, False]
    assert rows[0].value == 4.9e9


@pytest.mark.parametrize("notes", [OTHER_BASE_NOTE.format(year=2019), CLOSED_SPAN_NOTE,
                                   "currency taken from an earlier amount; " + OTHER_BASE_NOTE.format(year=2020)])
def test_a_change_against_another_base_is_no_growth_and_derives_no_level(tmp_path, notes):
    """ "5,5 млрд в 2023 году, на 10 % больше, чем в 2019-м": no 2022 level of 5 млрд, and no +10 % in
    the year-on-year series; the fact itself keeps its change and its notes."""
    db = _db(tmp_path, {"u1": [_fact(5.5e9, change=10.0, notes=notes)]})
    assert not _series(db, "is_derived")
    (row,) = _series(db)
    assert row.value == 5.5e9 and row.change_pct is None
    with duckdb.connect(str(db), read_only=True) as con:
        assert con.execute("SELECT change_pct, base_value, notes FROM facts").fetchone() == (10.0, None, notes)


def test_a_change_only_fact_on_another_base_leaves_no_empty_row(tmp_path):
    db = _db(tmp_path, {"u1": [_fact(None, currency=None, change=100.0, notes=OTHER_BASE_NOTE.format(year=2019))],
                        "u2": [_fact(None, currency=None, change=8.0)]})
    assert [(r.value, r.change_pct) for r in _series(db)] == [(None, 8.0)]


def test_a_year_on_year_change_stays_in_the_series(tmp_path):
    db = _db(tmp_path, {"u1": [_fact(5.5e9, change=10.0, notes="currency taken from an earlier amount")]})
    assert [r.change_pct for r in _series(db, "NOT is_derived")] == [10.0]
    assert len(_series(db, "is_derived")) == 1


def test_targets_do_not_derive_levels(tmp_path):
    db = _db(tmp_path, {"u1": [_fact(6e9, change=20.0, status="target")]})
    assert not _series(db, "is_derived")


def test_facts_without_places_or_period_stay_out(tmp_path):
    db = _db(tmp_path, {"u1": [_fact(1e9, b=None), _fact(2e9, period=(None, None))]})
    assert _series(db) == []


def test_reconciling_in_slices_gives_the_same_rows(sample_db, tmp_path):
    db = tmp_path / "copy.duckdb"
    db.write_bytes(sample_db.read_bytes())
    with duckdb.connect(str(db)) as con:
        whole = sorted(con.execute("SELECT * FROM pair_series_rows").fetchall(), key=repr)
        n_facts = con.execute("SELECT count(*) FROM facts WHERE pair IS NOT NULL").fetchone()[0]
        n_derived = con.execute("SELECT count(*) FROM pair_series_rows WHERE is_derived").fetchone()[0]
        assert n_facts > 100 and n_derived > 0   # many slices below, derived rows among them
        refresh_pair_series(con, slice_facts=5)
        sliced = sorted(con.execute("SELECT * FROM pair_series_rows").fetchall(), key=repr)
        tables = {r[0] for r in con.execute("SELECT table_name FROM duckdb_tables()").fetchall()}
    assert sliced == whole
    assert not {"series_obs", "series_obs_unsorted"} & tables
