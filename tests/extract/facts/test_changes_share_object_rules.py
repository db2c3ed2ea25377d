"""Extraction rules, changes: a share in words as the object of "прибавить" / "потерять", without "на" ("составил
243 млн долларов, прибавив к 2023 году более четверти", "потеряв около трети"): the change "на четверть", "на треть".
Composed sentences (ours, written before the rule ran on them, 2026-12-07, pgb).

Before the rule (1.41.125): 1 of 5 as written (the percent one); after: 5 of 5.
"""

import pytest

from tests.extract.rules_helpers import fields

PUB = "2025-08-14"

CASES = [
    ("Почти 243 млн долларов составил за 2024 год товарооборот Омской области с Казахстаном, прибавив к 2023 году "
     "более четверти.", [(2.43e8, 25.0)]),
    ("Более 1,4 млрд долларов достиг в 2024 году товарооборот Брянской области с Беларусью, прибавив свыше трети.",
     [(1.4e9, 33.3)]),
    ("Товарооборот Курской области с Арменией в 2024 году составил 80 млн долларов, прибавив почти половину.",
     [(8e7, 50.0)]),
    ("Экспорт Тверской области в Узбекистан за 2024 год составил 55 млн долларов, прибавив 12 %.",
     [(5.5e7, 12.0)]),
    ("Импорт Псковской области из Латвии в 2024 году достиг 35 млн долларов, потеряв около трети.",
     [(3.5e7, -33.3)]),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:50] for c in CASES])
def test_share_as_object_of_gain_or_loss(text, expected):
    assert fields(text, PUB, "value", "change_pct") == expected
