"""Small corpora for issue 10: nested pairs, two currencies, a two-way flow, bounds, derived
levels, and period-less reports of one pair. Each is a real DuckDB file with the warehouse schema
(tests/dashboard/conftest.make_db)."""

from __future__ import annotations

import datetime as dt

from tests.dashboard.conftest import make_db

D = dt.date
Y24 = (D(2024, 1, 1), D(2024, 12, 31))
H1_18 = (D(2018, 1, 1), D(2018, 6, 30))
NOP = (None, None)

ARTICLES = [(f"N{i}", f"Статья {i}", D(2025, 2, i), f"https://news{i % 4}.example.by/n{i}") for i in range(1, 17)]
ARTICLES += [("N20", None, D(2024, 5, 1), "https://bryansk.example.ru/a"),
             ("N21", "Брянск и Беларусь", D(2020, 5, 1), "https://www.belta.by/b")]

# article, metric, a, b, value, currency, bound, start, end, change, status, quote, notes
FACTS = [
    # Nesting: the country pair and regions inside it, plus pairs without Belarus.
    ("N1", "turnover", "BY", "RU", 50e9, "USD", "eq", *Y24, 8.0, "reported", "Товарооборот составил 50 млрд $.", ""),
    ("N2", "turnover", "BY", "RU-SMO", 1.2e9, "USD", "gt", *Y24, None, "reported", "Превысил 1,2 млрд $.", ""),
    ("N3", "turnover", "BY-HM", "RU-MOW", 3.0e9, "USD", "eq", *Y24, None, "reported", "Составил 3 млрд $.", ""),
    ("N4", "turnover", "BY", "CN", 8.0e9, "USD", "gt", *Y24, 5.0, "reported", "Превысил 8 млрд $.", ""),
    ("N5", "turnover", "BY", "KZ", 1.0e9, "USD", "approx", *Y24, None, "reported", "Около 1 млрд $.", ""),
    ("N6", "turnover", "CN", "RU-TA", 2.0e9, "USD", "eq", *Y24, None, "reported", "Составил 2 млрд $.", ""),
    # A two-way flow: Belarus's export to China and China's export to Belarus (as Belarus's import).
    ("N7", "export", "BY", "CN", 1.5e9, "USD", "eq", *H1_18, None, "reported", "Экспорт в Китай 1,5 млрд $.", ""),
    ("N8", "export", "CN", "BY", 3.85e9, "USD", "eq", *H1_18, None, "reported", "Экспорт Китая 3,85 млрд $.", ""),
    ("N9", "import", "RU-TA", "BY", 400e6, "USD", "gt", *Y24, None, "reported",
     "Импорт в Татарстан из Беларуси превысил 400 млн $.", ""),
    # Two currencies on one pair, and a target in roubles.
    ("N10", "turnover", "BY", "RU-SMO", 295e9, "RUB", "eq", D(2022, 1, 1), D(2022, 12, 31), None, "reported",
     "Товарооборот 295 млрд рублей.", ""),
    ("N11", "turnover", "BY", "RU-SMO", 3.5e9, "USD", "eq", D(2021, 1, 1), D(2021, 12, 31), 12.0, "reported",
     "Товарооборот 3,5 млрд $.", ""),
    ("N12", "turnover", "BY", "RU-SMO", 300e9, "RUB", "eq", D(2026, 1, 1), D(2026, 12, 31), None, "target",
     "Цель — 300 млрд рублей.", ""),
    # Growth of several flows in one period (Belarus–China, H1 2018).
    ("N13", "turnover", "BY", "CN", 2.0e9, "USD", "eq", *H1_18, 65.0, "reported", "Рост на 65 %.", ""),
    ("N14", "export", "BY", "CN", None, None, "gt", *H1_18, 119.0, "reported", "Экспорт вырос более чем вдвое.", ""),
    # Two confirming reports of one figure (within 1 %) and one that disagrees.
    ("N15", "turnover", "BY-HR", "RU-SPE", 1.000e9, "USD", "eq", *Y24, None, "reported", "1 млрд $.", ""),
    ("N16", "turnover", "BY-HR", "RU-SPE", 1.005e9, "USD", "eq", *Y24, None, "reported", "1,005 млрд $.", ""),
    # Two period-less reports of one pair with different values.
    ("N20", "turnover", "BY", "RU-BRY", 1.0e9, "USD", "approx", *NOP, None, "reported", "Около 1 млрд $.",
     "period not stated"),
    ("N21", "turnover", "BY", "RU-BRY", 650e6, "USD", "eq", *NOP, None, "reported", "650 млн $.", "period not stated"),
]


def honest_db(path):
    return make_db(path, FACTS, ARTICLES)
