"""A small warehouse for the English brief: Grodno Region ↔ Saint Petersburg with reported figures
over three periods, an export, two targets (one in USD, one in roubles), and cooperation events in an
`events` table laid out as the warehouse's (created here when the schema does not have it yet)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import duckdb

from tests.dashboard.conftest import make_db

D = dt.date

ARTICLES = [
    ("G1", "Гродненщина и Петербург нарастили товарооборот", D(2025, 2, 12), "https://grodno.example.by/news/101"),
    ("G2", "Итоги полугодия: торговля с Петербургом", D(2025, 8, 5), "https://spb.example.ru/economy/2025/08/05"),
    ("G3", "Губернатор Петербурга посетил Гродно", D(2025, 5, 21), "https://grodno.example.by/news/145"),
    ("G4", "Дорожная карта до 2026 года", D(2024, 11, 3), None),
]

# article, metric, a, b, value, currency, bound, start, end, change, status, quote, notes
FACTS = [
    ("G1", "turnover", "BY-HR", "RU-SPE", 1.2e9, "USD", "eq", D(2023, 1, 1), D(2023, 12, 31), 10.0, "reported",
     "В 2023 году товарооборот составил 1,2 млрд долларов.", ""),
    ("G1", "turnover", "BY-HR", "RU-SPE", 1.45e9, "USD", "approx", D(2024, 1, 1), D(2024, 12, 31), 20.8,
     "reported", "В 2024 году товарооборот составил около 1,45 млрд долларов, рост на 20,8 %.", ""),
    ("G2", "turnover", "RU-SPE", "BY-HR", 0.8e9, "USD", "gt", D(2025, 1, 1), D(2025, 6, 30), 12.0, "reported",
     "За первое полугодие товарооборот превысил 800 млн долларов (+12 %).", ""),
    ("G2", "export", "BY-HR", "RU-SPE", 600e6, "USD", "eq", D(2024, 1, 1), D(2024, 12, 31), None, "reported",
     "Экспорт области в Петербург составил 600 млн долларов.", ""),
    ("G4", "turnover", "BY-HR", "RU-SPE", 2e9, "USD", "eq", D(2026, 1, 1), D(2026, 12, 31), None, "target",
     "Стороны поставили цель довести товарооборот до 2 млрд долларов к 2026 году.", ""),
    ("G4", "import", "BY-HR", "RU-SPE", 40e9, "RUB", "eq", D(2027, 1, 1), D(2027, 12, 31), None, "target",
     "Импорт из Петербурга планируется довести до 40 млрд рублей к 2027 году.", ""),
    ("G4", "import", "BY-HR", "RU-SPE", 30e9, "RUB", "eq", D(2024, 1, 1), D(2024, 12, 31), None, "reported",
     "Импорт из Петербурга в 2024 году составил 30 млрд рублей.", ""),
]

# article, type, a, b, date_start, date_end, status, quote
EVENTS = [
    ("G3", "visit", "RU-SPE", "BY-HR", D(2025, 5, 20), D(2025, 5, 21), "held",
     "Губернатор Санкт-Петербурга 20–21 мая посетил Гродненскую область."),
    ("G3", "agreement", "BY-HR", "RU-SPE", D(2025, 5, 21), D(2025, 5, 21), "held",
     "Стороны подписали дорожную карту сотрудничества на 2025–2026 годы."),
    ("G2", "forum", "BY-HR", "RU-SPE", D(2025, 10, 1), D(2025, 10, 31), "planned",
     "В октябре в Петербурге пройдёт форум регионов."),
    ("G1", "meeting", "BY-HR", "RU-MOW", D(2025, 1, 15), D(2025, 1, 15), "held",
     "Губернатор встретился с делегацией Москвы."),  # another pair: never on this brief
]

EVENT_DDL = """CREATE TABLE IF NOT EXISTS events (
    event_id VARCHAR NOT NULL, article_id VARCHAR NOT NULL, type VARCHAR NOT NULL, a VARCHAR NOT NULL,
    b VARCHAR NOT NULL, date_start DATE, date_end DATE, status VARCHAR NOT NULL, quote VARCHAR NOT NULL,
    quote_start INTEGER NOT NULL, quote_end INTEGER NOT NULL, notes VARCHAR, pair VARCHAR)"""


def make_brief_db(path: Path, events: bool = True) -> Path:
    """The corpus above as a warehouse; `events=False` leaves the events table out (an older build)."""
    make_db(path, FACTS, ARTICLES)
    with duckdb.connect(str(path)) as con:
        if not events:
            con.execute("DROP TABLE IF EXISTS events")
            return path
        con.execute(EVENT_DDL)
        for i, (aid, kind, a, b, start, end, status, quote) in enumerate(EVENTS):
            con.execute("""INSERT INTO events (event_id, article_id, type, a, b, date_start, date_end, status,
                                               quote, quote_start, quote_end, notes, pair)
                           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, '', ?)""",
                        [f"{aid}-e{i}", aid, kind, a, b, start, end, status, quote, len(quote),
                         "~".join(sorted((a, b)))])
    return path
