"""Figure builders: what a reader must be able to tell apart on the charts."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from dashboard import charts

D = dt.date


def series_row(start, end, value, derived, status="reported", bound="eq", change=None):
    return {"pair": "BY-HM~RU-MOW", "a": "BY-HM", "b": "RU-MOW", "metric": "turnover", "period_type": "year",
            "status": status, "period_start": start, "period_end": end, "value": value, "currency": "USD",
            "value_usd": value, "bound": bound, "change_pct": change, "n_sources": 1, "conflict": False,
            "is_derived": derived, "titles": "Итоги года", "quote": "Товарооборот составил…", "url": None}


@pytest.fixture
def series():
    return pd.DataFrame([
        series_row(D(2023, 1, 1), D(2023, 12, 31), 2.0e9, True),
        series_row(D(2024, 1, 1), D(2024, 12, 31), 2.5e9, False, change=25.0),
        series_row(D(2026, 1, 1), D(2026, 12, 31), 5.0e9, False, status="target"),
    ])


@pytest.mark.parametrize("lang,word", [("ru", "расчётное"), ("en", "derived")])
def test_derived_points_look_derived(series, lang, word):
    fig = charts.timeline(series, lang, "USD")
    lines = {tr.name: tr for tr in fig.data if tr.mode == "lines" and tr.x[0] is not None}
    markers = {tr.name: tr for tr in fig.data if tr.mode == "markers" and tr.x[0] is not None}
    derived = [n for n in lines if word in n]
    assert len(derived) == 1
    assert lines[derived[0]].line.dash == "dot"
    assert all(s.endswith("-open") for s in markers[derived[0]].marker.symbol)
    assert word in markers[derived[0]].hovertext[0]
    for name in set(lines) - set(derived):  # a reported or target figure is never dotted or hollow
        assert lines[name].line.dash in ("solid", "dash")
        assert not any(s.endswith("-open") for s in markers[name].marker.symbol)
    legend = [tr for tr in fig.data if tr.x[0] is None and tr.showlegend is not False]
    assert any(word in tr.name and tr.line.dash == "dot" for tr in legend)


def test_no_derived_legend_without_derived_points(series):
    fig = charts.timeline(series[~series["is_derived"]], "en", "USD")
    assert not any("derived" in (tr.name or "") for tr in fig.data)


ENGLISH_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


@pytest.mark.parametrize("start,end", [(D(2021, 1, 1), D(2025, 12, 31)), (D(2024, 1, 1), D(2025, 6, 30)),
                                       (D(2025, 1, 1), D(2025, 5, 31))])
def test_date_axes_speak_russian(start, end):
    rows = pd.DataFrame([series_row(start, end, 1.6e9, False, change=43.3)])
    for fig in (charts.timeline(rows, "ru", "USD"), charts.growth(rows, "ru")):
        axis = fig.layout.xaxis
        assert axis.tickvals and len(axis.ticktext) == len(axis.tickvals)
        labels = " ".join(axis.ticktext)
        assert not any(m in labels for m in ENGLISH_MONTHS)
        hovers = " ".join(h for tr in fig.data for h in (tr.hovertext or ()))
        assert hovers and not any(m in hovers for m in ENGLISH_MONTHS)
    short = charts.date_ticks(D(2025, 1, 1), D(2025, 5, 31), "ru")
    assert short["ticktext"][:3] == ["янв 2025", "фев 2025", "мар 2025"]
    assert charts.date_ticks(D(2020, 1, 1), D(2025, 12, 31), "ru")["ticktext"][0] == "2020"


def test_values_from_zero_and_growth_on_the_same_time_axis(series):
    values = charts.timeline(series, "ru", "USD")
    assert values.layout.yaxis.rangemode == "tozero"
    growth = charts.growth(series, "ru", (series["period_start"].min(), series["period_end"].max()))
    assert list(growth.layout.xaxis.range) == list(values.layout.xaxis.range)


def test_heatmap_colours_start_at_zero():
    matrix = pd.DataFrame({"CN": [8.86e9], "RU-SMO": [3.5e9]}, index=["BY"])
    trace = charts.heatmap(matrix, "ru", "t", str, str).data[0]
    assert trace.zmin == 0 and trace.zmax == pytest.approx(8860.0)  # a small cell is never white


def test_map_draws_exactly_the_figures_it_does_not_name_as_off_map():
    """A place with a code but no coordinates, or no code in the table at all, is left off the map
    and named under it; every other figure with a USD value is drawn, none twice."""
    regions = pd.DataFrame({"code": ["BY-HM", "RU-MOW", "CN-XJ", "KZ"],
                            "lat": [53.9, 55.75, None, 48.0], "lon": [27.56, 37.62, None, 67.0]})
    figures = pd.DataFrame({
        "pair": ["BY-HM~RU-MOW", "CN-XJ~KZ", "KZ~RU-MOW", "BY-HM~UZ", "BY-HM~KZ"],
        "a": ["BY-HM", "CN-XJ", "KZ", "BY-HM", "BY-HM"], "b": ["RU-MOW", "KZ", "RU-MOW", "UZ", "KZ"],
        "metric": "turnover", "value_usd": [2.0e9, 5.0e8, 1.0e9, 3.0e8, None], "bound": "eq"})
    assert charts.off_map(figures, regions) == [1, 3]
    fig = charts.flow_map(figures, regions, "ru", lambda p: p, "карта")
    values = [tr for tr in fig.data if tr.name == "values"][0]
    assert [text.split(":")[0] for text in values.text] == ["BY-HM~RU-MOW", "KZ~RU-MOW"]
