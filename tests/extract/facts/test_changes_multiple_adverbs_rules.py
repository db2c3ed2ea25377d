"""Extraction rules, changes: a multiple written as one adverb ("вшестеро", "всемеро", "ввосьмеро", "вдевятеро"), not
only "вдвое"…"впятеро" and "вдесятеро" — the same construction as "в 7 раз", a change of (k − 1) × 100 %.
Composed sentences (ours, written before the rule ran on them, 2026-12-07).

Before the rule (1.41.124): 0 of 6 as written; after: 6 of 6.
"""

import pytest

from tests.extract.rules_helpers import fields

PUB = "2025-08-14"

CASES = [
    ("За десять лет товарооборот Курской области с Беларусью вырос всемеро и в 2024 году составил 700 млн долларов.",
     [(7e8, 600.0)]),
    ("Экспорт Омской области в Казахстан в 2024 году увеличился вшестеро — до 1,2\u00a0млрд долларов.",
     [(1.2e9, 500.0)]),
    ("В 2024 году импорт Псковской области из Беларуси сократился почти ввосьмеро и составил 15 млн долларов.",
     [(1.5e7, -87.5)]),
    ("Товарооборот Тверской области с Китаем в 2024 году составил 90 млн долларов, увеличившись вдевятеро.",
     [(9e7, 800.0)]),
    ("С 2015 года торговля Брянской области с Гомельской областью выросла более чем всемеро.",
     [(None, 600.0)]),
    ("Поставки Калужской области в Узбекистан за 2024 год выросли вшестеро, до 42 млн долларов.",
     [(4.2e7, 500.0)]),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:50] for c in CASES])
def test_multiple_adverb(text, expected):
    assert fields(text, PUB, "value", "change_pct") == expected
