"""The dashboard's pure parts: URL parsing, number formatting (doctests), the export bytes."""

from __future__ import annotations

import doctest
import importlib
import io
from pathlib import Path

import pandas as pd
import pytest

from dashboard import data, filters, i18n
from etl.filters import FilterState


class Params(dict):
    """A stand-in for st.query_params: get() and get_all()."""

    def get_all(self, key):
        v = super().get(key)
        return [] if v is None else v if isinstance(v, list) else [v]

    def get(self, key, default=None):
        vals = self.get_all(key)
        return vals[-1] if vals else default


@pytest.mark.parametrize("name", sorted(p.stem for p in (Path(i18n.__file__).parent).glob("*.py")
                                         if p.stem not in ("__init__", "app")))
def test_doctests_of_the_dashboard_modules(name):
    """Every dashboard module's examples hold (number formats, map window, …): pytest collects only
    tests/ and etl/, so they run here."""
    result = doctest.testmod(importlib.import_module(f"dashboard.{name}"))
    assert result.failed == 0
    if name in ("i18n", "numbers", "charts"):
        assert result.attempted


KNOWN = {"BY-HM", "RU-MOW", "BY-HR", "RU-SPE"}


@pytest.mark.parametrize("params,values,bad", [
    ({"pair": "RU-MOW~BY-HM"}, {"f_pairs": ["BY-HM~RU-MOW"]}, []),
    ({"pair": ["BY-HM~RU-MOW", "BY-HR~RU-SPE"]}, {"f_pairs": ["BY-HM~RU-MOW", "BY-HR~RU-SPE"]}, []),
    ({"pair": "BY-HM~XX-YY"}, {"f_pairs": []}, ["pair"]),
    ({"region": "by-hr,RU-SPE"}, {"f_regions": ["BY-HR", "RU-SPE"]}, []),
    ({"metric": ["turnover", "gdp"]}, {"f_metrics": ["turnover"]}, ["metric"]),
    ({"from": "2023", "to": "2025-06"}, {"f_from": "2023", "f_to": "2025-06"}, []),
    ({"to": "June"}, {}, ["to"]),
    ({"currency": "usd", "min_sources": "2"}, {"f_currency": "USD", "f_min_sources": 2}, []),
    ({"status": "forecast", "min_sources": "0"}, {"f_statuses": []}, ["status", "min_sources"]),
], ids=["pair-sorted", "pairs", "pair-unknown", "regions", "metric-bad", "dates", "date-bad", "usd", "bad2"])
def test_parse_url(params, values, bad):
    got, notices = filters.parse_url(Params(params), KNOWN)
    for key, value in values.items():
        assert got[key] == value
    assert [n.name for n in notices] == bad


def test_notice_names_the_parameter_and_what_is_allowed():
    _, notices = filters.parse_url(Params({"metric": "gdp"}), KNOWN)
    text = filters.notice_text(notices[0], "en")
    assert text == ("URL parameter metric='gdp' was not understood: allowed: turnover, export, import. "
                    "Showing the view without it.")


def test_url_round_trip():
    state = FilterState(pairs=(("BY-HM", "RU-MOW"),), metrics=("turnover",), currency="USD", min_sources=2)
    params = filters.url_params(state, "en", "2024", None)
    assert params == {"pair": ["BY-HM~RU-MOW"], "metric": ["turnover"], "from": "2024", "currency": "USD",
                      "min_sources": "2", "lang": "en"}
    got, notices = filters.parse_url(Params(params), KNOWN)
    assert not notices and got["f_pairs"] == ["BY-HM~RU-MOW"] and got["f_from"] == "2024"


def test_caption():
    state = FilterState(pairs=(("BY-HM", "RU-MOW"),), currency="USD")
    names = {"BY-HM": "Минск", "RU-MOW": "Москва"}
    cap = filters.caption(state, "ru", names.get, lambda m: m)
    assert cap == "Минск ↔ Москва · USD"


def _identity(db):
    return data.db_identity(db)


def test_csv_download_golden_bytes(tiny_db):
    raw = data.export_bytes(_identity(tiny_db), FilterState(pairs=(("BY-BR", "RU-KDA"),)), "csv")
    assert raw.startswith(b"\xef\xbb\xbf")
    lines = raw[3:].decode("utf-8").split("\r\n")
    assert lines[0] == ",".join(data.EXPORT_COLUMNS)
    assert lines[1] == ("A6-006,BY-BR~RU-KDA,export,BY-BR,Брестская область,Brest Region,RU-KDA,Краснодарский край,"
                        "Krasnodar Krai,300000000.0,USD,300000000.0,1.0,eq,2024-01-01,"
                        "2024-12-31,year,8.0,reported,,0.9,False,,Брест и Кубань,2025-02-02,test,"
                        "\"'=HYPERLINK(\"\"http://evil\"\") экспорт составил 300 млн долларов.\",0,60,A6,"
                        "BY-BR~RU-KDA|export|BY-BR|RU-KDA|2024-01-01|2024-12-31|reported,1,"
                        "a4ab06800ad7086c,unreviewed,,")
    assert lines[2:] == [""]


def test_download_holds_every_selected_row(tiny_db):
    where, params = data.selection(FilterState())
    frame = pd.read_parquet(io.BytesIO(data.export_bytes(_identity(tiny_db), FilterState(), "parquet")))
    assert len(frame) == 9 == data.count_facts(_identity(tiny_db), where, params)
    assert data.count_export(_identity(tiny_db), FilterState()) == 9
    two = FilterState(metrics=("turnover",), min_sources=2)
    csv = pd.read_csv(io.BytesIO(data.export_bytes(_identity(tiny_db), two, "csv")), encoding="utf-8-sig")
    # Two sources report Minsk–Moscow 2024, 2.5 bn and about 2.7 bn: 8 % apart, so neither confirms the other.
    assert csv.empty
    page = data.load_facts_page(_identity(tiny_db), *data.selection(two), 2)  # the Sources page, same rule
    assert page.empty
