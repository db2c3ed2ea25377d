"""Extraction rules, currency: a bare ruble ("руб.", "рублей") after an amount whose ruble was named ("412,6 млн
белорусских рублей. Импорт – 198,3 млн руб.") is that ruble, whichever side is Russian; with no named ruble before,
a Russian side still makes it RUB.
Composed sentences (ours, written before the rule ran on them, 2026-12-07).

Before the rule: 2 of 4 as written (the two whose bare ruble the Russian side already made RUB); after: 4 of 4.
"""

import pytest

from tests.extract.rules_helpers import fields

PUB = "2025-08-14"

CASES = [
    ("Экспорт Гомельской области в Брянскую область в 2024 году составил 250,4 млн белорусских рублей. Импорт из "
     "Брянщины – 130,2 млн руб.",
     [("export", "BYN"), ("import", "BYN")]),
    ("Товарооборот Минской области с Калужской областью за январь–июнь 2025 года достиг 320 млн белорусских рублей, "
     "из них экспорт — 210 млн рублей.",
     [("turnover", "BYN"), ("export", "BYN")]),
    ("Экспорт Псковской области в Беларусь в 2024 году составил 5,1 млрд российских рублей, импорт – 7,3 млрд рублей.",
     [("export", "RUB"), ("import", "RUB")]),
    ("Товарооборот Брестской области с Тульской областью в 2024 году составил 150 млн долларов. Экспорт Тульской "
     "области в Беларусь – 2,1 млрд рублей.",
     [("turnover", "USD"), ("export", "RUB")]),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:50] for c in CASES])
def test_bare_ruble_after_a_named_one(text, expected):
    assert fields(text, PUB, "metric", "currency") == expected
