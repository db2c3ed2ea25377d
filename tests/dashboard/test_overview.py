"""The Overview's headline, map and top pairs read one set of rows: reported USD figures of one
metric and period. A target in the same period, a figure without USD and another metric stay out."""

from __future__ import annotations

import datetime as dt

import pytest

from dashboard import data
from tests.dashboard.conftest import chart_traces, make_db

D = dt.date
Y24 = (D(2024, 1, 1), D(2024, 12, 31))
ARTICLES = [(f"B{i}", f"Статья {i}", D(2025, 2, i), f"https://example.org/b{i}") for i in range(1, 7)]
FACTS = [
    ("B1", "turnover", "BY-HM", "RU-MOW", 2.0e9, "USD", "eq", *Y24, 12.0, "reported", "Составил 2 млрд $.", ""),
    ("B2", "turnover", "BY-HM", "RU-MOW", 9.0e9, "USD", "eq", *Y24, None, "target", "Цель: 9 млрд $.", ""),
    ("B3", "turnover", "BY-HR", "RU-SPE", 1.0e9, "USD", "eq", *Y24, 5.0, "reported", "Составил 1 млрд $.", ""),
    ("B4", "turnover", "BY-BR", "RU-KDA", 5.0e8, None, "eq", *Y24, None, "reported", "Составил 500 млн.",
     "currency not stated"),
    ("B5", "export", "BY-VI", "RU-SPE", 7.0e8, "USD", "eq", *Y24, None, "reported", "Экспорт 700 млн $.", ""),
    ("B6", "turnover", "BY-HO", "RU-BRY", 4.0e9, "USD", "eq", *Y24, None, "target", "Цель: 4 млрд $.", ""),
]


@pytest.fixture(scope="module")
def target_db(tmp_path_factory):
    return make_db(tmp_path_factory.mktemp("ovdb") / "ov.duckdb", FACTS, ARTICLES)


def test_reported_figures_leave_out_targets_and_rows_without_usd(target_db):
    identity = data.db_identity(target_db)
    figures, sources = data.load_reported_figures(identity, "TRUE", (), 1, "turnover", "year", Y24[0])
    assert sorted(figures["pair"]) == ["BY-HM~RU-MOW", "BY-HR~RU-SPE"]
    assert figures["value_usd"].sum() == 3.0e9
    assert sources == 2


def test_headline_adds_up_with_the_top_pairs_chart(app_factory, target_db):
    at = app_factory("overview", db=target_db, lang="en").run()
    assert not at.exception
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Turnover reported, total USD"] == "$3,000M"
    assert metrics["Region pairs"] == "2"
    assert metrics["Sources"] == "2"
    bars = chart_traces(at, 1)[0]
    assert bars["x"] == [1000.0, 2000.0] and sum(bars["x"]) * 1e6 == 3.0e9
    assert bars["text"] == ["$1,000M", "$2,000M"]
    traces = chart_traces(at, 0)
    segments = sum(sum(v is None or v != v for v in t["lat"]) for t in traces if t["mode"] == "lines")
    assert segments == 2  # one line per pair, each ended by a gap
    widths = sorted(t["line"]["width"] for t in traces if t["mode"] == "lines")
    assert widths == [7.6, 12.0]  # 1 and 2 billion: half and full width, in width classes
    values = next(t for t in traces if t.get("name") == "values")
    assert sorted(values["text"]) == ["Grodno Region ↔ Saint Petersburg: $1,000M", "Minsk (city) ↔ Moscow: $2,000M"]


def test_a_pair_the_map_cannot_draw_is_named_under_it(app_factory, tmp_path):
    """Xinjiang has no coordinates in regions.csv: its line is missing from the map, so the page says
    which pair is not drawn (the top pairs still show it)."""
    articles = [("X1", "Статья", D(2025, 2, 1), "https://example.org/x1"),
                ("X2", "Статья", D(2025, 2, 2), "https://example.org/x2")]
    facts = [("X1", "turnover", "CN-XJ", "KZ", 3.0e9, "USD", "eq", *Y24, None, "reported", "Составил 3 млрд $.", ""),
             ("X2", "turnover", "CN", "KZ", 9.0e9, "USD", "eq", *Y24, None, "reported", "Составил 9 млрд $.", "")]
    db = make_db(tmp_path / "offmap.duckdb", facts, articles)
    at = app_factory("overview", db=db, lang="en", scope="all").run()
    assert not at.exception
    left_out = [c.value for c in at.caption if c.value.startswith("Not on the map")]
    assert len(left_out) == 1 and "Kazakhstan" in left_out[0] and "Xinjiang" in left_out[0], left_out
    values = next(t for t in chart_traces(at, 0) if t.get("name") == "values")
    assert len(values["text"]) == 1 and "China" in values["text"][0]  # only the pair with coordinates is drawn
