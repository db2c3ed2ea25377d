"""A small handcrafted warehouse: the real schema from etl/schema.py, real regions, facts chosen to
exercise every page (period types, bounds, a target, a conflict, a guessed currency, an unresolved
place, a quote that looks like a spreadsheet formula)."""

from __future__ import annotations

import base64
import datetime as dt
import json
from pathlib import Path

import duckdb
import numpy as np
import pytest
from streamlit.testing.v1 import AppTest

from etl.extract.confidence import is_unsure
from etl.model import Fact
from etl.reference import load_fx_rates, load_regions
from etl.schema import TABLES, column_names, create_table_sql
from etl.warehouse.convert import derived_columns, fact_key
from etl.warehouse.views import create_views, refresh_pair_series
from tests.conftest import ROOT

APP = str(ROOT / "dashboard" / "app.py")
D = dt.date

ARTICLES = [
    ("A1", "Кухарев встретился с делегацией Правительства Москвы", D(2025, 8, 14), "https://example.org/a1"),
    ("A2", "Минск и Москва подвели итоги 2024 года", D(2025, 2, 10), "https://example.org/a2"),
    ("A3", "Товарооборот столиц вырос", D(2025, 3, 1), "https://example.org/a3"),
    ("A4", "Итоги пяти месяцев", D(2025, 6, 20), "https://example.org/a4"),
    ("A5", "Гродно и Петербург", D(2025, 1, 15), "https://example.org/a5"),
    ("A6", "Брест и Кубань", D(2025, 2, 2), None),
]

# article, metric, a, b, value, currency, bound, start, end, change, status, quote, notes
FACTS = [
    ("A1", "turnover", "BY-HM", "RU-MOW", 1.6e9, "USD", "gt", D(2025, 1, 1), D(2025, 6, 30), 43.3, "reported",
     "По итогам первого полугодия товарооборот превысил 1,6 млрд долларов, рост на 43,3 %.", ""),
    ("A2", "turnover", "RU-MOW", "BY-HM", 2.5e9, "USD", "eq", D(2024, 1, 1), D(2024, 12, 31), 12.0, "reported",
     "В 2024 году товарооборот составил 2,5 млрд долларов.", ""),
    ("A3", "turnover", "BY-HM", "RU-MOW", 2.7e9, "USD", "approx", D(2024, 1, 1), D(2024, 12, 31), None,
     "reported", "Товарооборот за 2024 год составил около 2,7 млрд долларов.", ""),
    ("A4", "turnover", "BY-HM", "RU-MOW", 1.3e9, "USD", "eq", D(2025, 1, 1), D(2025, 5, 31), None, "reported",
     "За январь–май товарооборот составил 1,3 млрд долларов.", ""),
    ("A2", "turnover", "BY-HM", "RU-MOW", 5e9, "USD", "eq", D(2026, 1, 1), D(2026, 12, 31), None, "target",
     "Стороны намерены довести товарооборот до 5 млрд долларов в 2026 году.", ""),
    ("A5", "turnover", "BY-HR", "RU-SPE", 80e9, "RUB", "eq", D(2024, 1, 1), D(2024, 12, 31), -5.0, "reported",
     "Товарооборот в 2024 году составил 80 млрд.", "currency inferred: Russian source"),
    ("A6", "export", "BY-BR", "RU-KDA", 300e6, "USD", "eq", D(2024, 1, 1), D(2024, 12, 31), 8.0, "reported",
     "=HYPERLINK(\"http://evil\") экспорт составил 300 млн долларов.", ""),
    ("A6", "turnover", "BY-BR", None, 100e6, "USD", "eq", D(2024, 1, 1), D(2024, 12, 31), None, "reported",
     "Товарооборот с регионом составил 100 млн долларов.", "partner not resolved"),
    ("A5", "turnover", "BY-HR", "RU-SPE", 1.1e9, "USD", "eq", D(2025, 1, 1), D(2025, 6, 30), 5.0, "reported",
     "В первом полугодии товарооборот составил 1,1 млрд долларов.", ""),
]


def make_db(path: Path, facts=FACTS, articles=ARTICLES, confidence: dict[int, float] | None = None,
            threshold: float | None = None) -> Path:
    """Write a database with the warehouse's schema, derived columns and views. Every fact is sure
    (confidence 0.9) unless `confidence` gives its index another value; a fact is unsure below
    `threshold` (default: the committed model's), as a build with that threshold records it."""
    rates = load_fx_rates()
    with duckdb.connect(str(path)) as con:
        for table in TABLES:
            con.execute(create_table_sql(table))
        create_views(con)
        _insert(con, "regions", [{c: getattr(r, c) for c in column_names("regions")} for r in load_regions()])
        _insert(con, "articles", [{"article_id": aid, "title": title, "published": published, "url": url,
                                   "source": "test", "body": title, "notes": "", "text_hash": aid,
                                   "date_unresolved": False} for aid, title, published, url in articles])
        rows = []
        for i, (aid, metric, a, b, value, cur, bound, ps, pe, change, status, quote, notes) in enumerate(facts):
            conf = (confidence or {}).get(i, 0.9)
            fact = Fact(metric, a, b, value, cur, bound, ps, pe, change, status, quote, 0, len(quote), notes, conf)
            unsure = conf < threshold if threshold is not None else is_unsure(conf)
            rows.append({"fact_id": f"{aid}-{i:03d}", "fact_key": fact_key(aid, fact), "article_id": aid,
                         **fact.to_dict(), "unsure": unsure, **derived_columns(fact, rates)})
        _insert(con, "facts", rows)
        refresh_pair_series(con)
    return path


def _insert(con, table: str, rows: list[dict]) -> None:
    cols = column_names(table)
    con.executemany(f"INSERT INTO {table} VALUES ({', '.join('?' * len(cols))})",
                    [[row.get(c) for c in cols] for row in rows])


@pytest.fixture(scope="session")
def tiny_db(tmp_path_factory) -> Path:
    return make_db(tmp_path_factory.mktemp("tinydb") / "tiny.duckdb")


@pytest.fixture
def app_factory(tiny_db, monkeypatch):
    """An AppTest on the given page (app_pages/NAME.py) with URL parameters, not yet run."""
    def make(page: str | None = None, db: Path | None = None, **params) -> AppTest:
        monkeypatch.setenv("TRADEBOARD_DB", str(db or tiny_db))
        at = AppTest.from_file(APP, default_timeout=60)
        for k, v in params.items():
            at.query_params[k] = v
        if page:
            at.switch_page(f"app_pages/{page}.py")
        return at
    return make


def decode(value):
    """A Plotly JSON array as a list (Plotly 6 writes numeric arrays as base64 `bdata`)."""
    if isinstance(value, dict) and "bdata" in value:
        return np.frombuffer(base64.b64decode(value["bdata"]), dtype=value["dtype"]).tolist()
    return value


def chart_traces(at, index: int) -> list[dict]:
    """The traces of the `index`-th plotly chart an AppTest rendered, arrays decoded."""
    spec = json.loads(at.get("plotly_chart")[index].proto.spec)
    return [{k: decode(v) for k, v in trace.items()} for trace in spec["data"]]
