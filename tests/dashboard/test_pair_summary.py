"""The Pair page's headline numbers (dashboard/pair_summary.py), which the brief prints too."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from dashboard import data, pair_summary
from etl.filters import FilterState


@pytest.fixture
def minsk_moscow(tiny_db) -> pd.DataFrame:
    where, params = data.selection(FilterState(pairs=(("BY-HM", "RU-MOW"),)))
    return data.load_series(data.db_identity(tiny_db), where, params, 1)


def test_latest_figure_is_the_seed_half_year(minsk_moscow):
    [latest] = pair_summary.latest_figures(minsk_moscow, usd=True)
    assert (latest.metric, latest.bound, latest.value, latest.currency) == ("turnover", "gt", 1.6e9, "USD")
    assert (latest.period_start, latest.period_end, latest.change_pct) == (dt.date(2025, 1, 1),
                                                                           dt.date(2025, 6, 30), 43.3)


def test_target_against_the_latest_full_year(minsk_moscow):
    [goal] = pair_summary.target_progress(minsk_moscow, usd=False)
    assert (goal.target.value, goal.target.currency, goal.target.period_end.year) == (5e9, "USD", 2026)
    assert goal.actual.period_end == dt.date(2024, 12, 31)
    assert goal.pct == pytest.approx(52.0)  # median of 2.5 and 2.7 bn against 5 bn


def _row(status, value, currency, value_usd, end, ptype="year", derived=False):
    return {"pair": "BY~RU", "metric": "turnover", "a": "BY", "b": "RU", "status": status, "value": value,
            "currency": currency, "value_usd": value_usd, "bound": "eq", "period_start": dt.date(end.year, 1, 1),
            "period_end": end, "period_type": ptype, "change_pct": None, "n_sources": 1, "is_derived": derived}


def test_a_target_is_never_measured_in_another_currency():
    series = pd.DataFrame([_row("reported", 40e9, "USD", 40e9, dt.date(2024, 12, 31)),
                           _row("reported", 3.4e12, "RUB", 38e9, dt.date(2023, 12, 31)),
                           _row("target", 5e12, "RUB", 55e9, dt.date(2030, 12, 31))])
    [goal] = pair_summary.target_progress(series, usd=False)
    assert (goal.actual.currency, goal.actual.value) == ("RUB", 3.4e12)  # the older RUB figure, not the USD one
    assert goal.pct == pytest.approx(68.0)
    series = series.drop(index=1)
    [goal] = pair_summary.target_progress(series, usd=False)
    assert (goal.target.currency, goal.target.value, goal.actual.value) == ("USD", 55e9, 40e9)


def test_a_target_with_no_figure_to_compare_keeps_its_currency():
    """"По итогам этого года ожидается 6 млрд" (RUB) with only a later figure: the original-currency
    page used to show the target as "$87.5M" (converted for a comparison that never came)."""
    series = pd.DataFrame([_row("reported", 22e9, "RUB", 258e6, dt.date(2023, 12, 31)),
                           _row("target", 6e9, "RUB", 87.5e6, dt.date(2022, 12, 31))])
    [goal] = pair_summary.target_progress(series, usd=False)
    assert (goal.target.currency, goal.target.value, goal.actual) == ("RUB", 6e9, None)
    [goal] = pair_summary.target_progress(series, usd=True)
    assert (goal.target.currency, goal.target.value, goal.actual) == ("USD", 87.5e6, None)


def test_a_derived_level_is_no_actual():
    series = pd.DataFrame([_row("reported", 40e9, "USD", 40e9, dt.date(2024, 12, 31), derived=True),
                           _row("target", 50e9, "USD", 50e9, dt.date(2030, 12, 31))])
    [goal] = pair_summary.target_progress(series, usd=True)
    assert goal.actual is None and goal.pct is None
    assert pair_summary.latest_figures(series, usd=True) == []


def test_a_past_target_is_judged_by_its_own_year_not_a_later_one():
    """"Нарастить до 30 млрд к 2021 году" is not 150 % met by a 2023 figure of 45 billion: it is
    compared with 2021 (or the latest year before it), and with nothing when only later years exist."""
    series = pd.DataFrame([_row("reported", 24e9, "USD", 24e9, dt.date(2021, 12, 31)),
                           _row("reported", 45e9, "USD", 45e9, dt.date(2023, 12, 31)),
                           _row("target", 30e9, "USD", 30e9, dt.date(2021, 12, 31))])
    [goal] = pair_summary.target_progress(series, usd=True)
    assert goal.actual.period_end == dt.date(2021, 12, 31) and goal.pct == pytest.approx(80.0)
    [goal] = pair_summary.target_progress(series.drop(index=0), usd=True)
    assert goal.actual is None and goal.pct is None
