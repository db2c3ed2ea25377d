"""Extraction rules, places: a contrast clause that leaves the flow word out ("Вдвое вырос товарооборот X с Y, а с
Z — в 1,5 раза") names the partner of its own figure, also when the first clause's change stands before its verb and
flow (as it already did when the change came after the flow: "Товарооборот X с Y вырос вдвое, а с Z — в 1,5 раза").
A contrast clause that names no partner ("…, а в прошлом году он достиг 13 млрд") keeps the flow's places (without that
limit 33 articles of the digest moved such a figure to the article's running pair, wrongly).
Composed sentences (ours, written before the rule ran on them, 2026-12-07, pgb).

Before the rule (1.41.126 without it): 0 of 4 as written (the second figure went to the first pair); after: 4 of 4.
"""

import pytest

from tests.extract.rules_helpers import fields

PUB = "2025-08-14"

CASES = [
    ("Вдвое вырос в 2024 году товарооборот Омской области с Казахстаном, а с Узбекистаном — в 1,5 раза.",
     [("turnover", "RU-OMS", "KZ", 100.0), ("turnover", "RU-OMS", "UZ", 50.0)]),
    ("Втрое увеличился за 2024 год экспорт Брянской области в Беларусь, а в Казахстан — в 2,5 раза.",
     [("export", "RU-BRY", "BY", 200.0), ("export", "RU-BRY", "KZ", 150.0)]),
    ("В 2024 году в два раза вырос товарооборот Курской области с Арменией, а с Грузией – на 30 %.",
     [("turnover", "RU-KRS", "AM", 100.0), ("turnover", "RU-KRS", "GE", 30.0)]),
    ("На 20 % вырос в 2024 году импорт Псковской области из Латвии, а из Эстонии — на 8\u00a0%.",
     [("import", "RU-PSK", "LV", 20.0), ("import", "RU-PSK", "EE", 8.0)]),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:50] for c in CASES])
def test_elided_flow_in_a_contrast_clause(text, expected):
    assert fields(text, PUB, "metric", "a", "b", "change_pct") == expected
