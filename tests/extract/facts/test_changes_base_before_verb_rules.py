"""Extraction rules, changes: a change written before its verb with the comparison base between them ("На 12 % к
уровню 2023 года сократился …", "Почти на треть по сравнению с прошлым годом выросли …"): the verb still gives the
change its sign, as "на 12 % сократился" already did.
Composed sentences (ours, written before the rule ran on them, 2026-12-07).

Before the rule (1.41.125): 1 of 6 as written; after: 6 of 6 (the two with a comma before the verb
with the fronted-aside rule of etl/extract/partners.py, test_places_fronted_aside_rules.py).
"""

import pytest

from tests.extract.rules_helpers import fields

PUB = "2025-08-14"

CASES = [
    ("На 12 % к уровню 2023 года сократился в 2024 году экспорт Омской области в Казахстан.",
     [("export", "RU-OMS", "KZ", -12.0)]),
    ("Почти на треть по сравнению с 2023 годом выросла в 2024 году торговля Тульской области с Арменией — до "
     "120 млн долларов.",
     [("turnover", "RU-TUL", "AM", 33.3)]),
    ("На 8,5\u00a0процента относительно прошлого года упал товарооборот Псковской области с Латвией.",
     [("turnover", "RU-PSK", "LV", -8.5)]),
    ("В 2024 году на 20 % к 2023-му, до $300 млн, увеличился импорт Курской области из Беларуси.",
     [("import", "RU-KRS", "BY", 20.0)]),
    ("На 40 % против уровня 2023 года снизились поставки Тверской области в Узбекистан.",
     [("export", "RU-TVE", "UZ", -40.0)]),
    ("На 15 % в сравнении с январем–июнем 2024 года, сократился в первом полугодии 2025 года товарооборот "
     "Брянской области с Беларусью.",
     [("turnover", "RU-BRY", "BY", -15.0)]),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:50] for c in CASES])
def test_change_base_between_change_and_verb(text, expected):
    assert fields(text, PUB, "metric", "a", "b", "change_pct") == expected
