import pytest
from streamlit.testing.v1 import AppTest

from etl.export import csv_bytes
from tests.conftest import ROOT

APP = str(ROOT / "dashboard" / "app.py")


@pytest.fixture
def app(sample_db, monkeypatch):
    monkeypatch.setenv("TRADEBOARD_DB", str(sample_db))
    return AppTest.from_file(APP, default_timeout=30)


def test_app_renders_the_seed_pair(app):
    app.query_params["pair"] = "BY-HM~RU-MOW"
    app.run()
    assert not app.exception
    assert app.selectbox(key="pair").value == "BY-HM~RU-MOW"
    assert len(app.get("plotly_chart")) == 1
    table = app.dataframe[0].value
    assert 1.6e9 in table["value"].tolist()


def test_app_without_database(monkeypatch, tmp_path):
    monkeypatch.setenv("TRADEBOARD_DB", str(tmp_path / "missing.duckdb"))
    at = AppTest.from_file(APP, default_timeout=30).run()
    assert not at.exception
    assert "No database" in at.info[0].value


def test_csv_bytes_is_excel_ready_and_formula_safe():
    import pandas as pd

    df = pd.DataFrame({"quote": ["=1+2", "Минск"], "value": [-1.5, 1.6e9]})
    raw = csv_bytes(df)
    assert raw.startswith(b"\xef\xbb\xbf")
    assert raw.decode("utf-8-sig") == "quote,value\r\n'=1+2,-1.5\r\nМинск,1600000000.0\r\n"
