"""The Download page and `tradeboard export` write the same file for the same filters: one
FilterState, one query, one writer (etl/export.py)."""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from dashboard import data
from tests.conftest import ROOT, run_cli

VIEWS = [
    pytest.param({"pair": "RU-MOW~BY-HM", "metric": "turnover", "from": "2023"},
                 ["--pair", "RU-MOW~BY-HM", "--metric", "turnover", "--from", "2023"], id="pair-metric-from"),
    pytest.param({"region": "RU-MOW", "status": "reported", "to": "2025-06"},
                 ["--region", "RU-MOW", "--status", "reported", "--to", "2025-06"], id="region-status-to"),
    pytest.param({"status": "reported", "min_sources": "2"}, ["--status", "reported", "--min-sources", "2"],
                 id="status-min-sources"),
    pytest.param({}, [], id="everything"),
]


def download_page_state(db, monkeypatch, params: dict):
    """The FilterState the Download page's buttons export with, after opening the page by URL."""
    monkeypatch.setenv("TRADEBOARD_DB", str(db))
    at = AppTest.from_file(str(ROOT / "dashboard" / "app.py"), default_timeout=60)
    for k, v in params.items():
        at.query_params[k] = v
    at.switch_page("app_pages/download.py")
    at.run()
    assert not at.exception and not at.warning
    assert [b.label for b in at.get("download_button")] == ["Скачать CSV", "Скачать Excel", "Скачать Parquet"]
    return at.session_state["_context"].state


@pytest.mark.parametrize("fmt", ["csv", "xlsx", "parquet"])
@pytest.mark.parametrize("params,args", VIEWS)
def test_download_bytes_equal_the_cli_file(sample_db, tmp_path, monkeypatch, params, args, fmt):
    state = download_page_state(sample_db, monkeypatch, params)
    page_bytes = data.export_bytes(data.db_identity(sample_db), state, fmt)
    out = tmp_path / f"out.{fmt}"
    proc = run_cli("export", "--db", str(sample_db), *args, "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    assert page_bytes == out.read_bytes()
    n = data.count_export(data.db_identity(sample_db), state)
    assert n > 0 and f"wrote {n} facts" in proc.stderr


def test_min_sources_below_one_is_a_usage_error(tmp_path, sample_db):
    proc = run_cli("export", "--db", str(sample_db), "--min-sources", "0", "-o", str(tmp_path / "x.csv"))
    assert proc.returncode == 2 and "--min-sources 0" in proc.stderr
