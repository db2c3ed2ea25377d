"""Extraction rules, changes: the change and the new level open the sentence, set off by commas, before their verb
and flow ("На 12 %, до 1,8 млрд долларов, вырос в 2024 году товарооборот X с Y"): the places after the flow word
are the figures' as they are when dashes set the figures off ("На 7 % – до 410 млн – сократился экспорт X в Y").
Composed sentences (ours, written before the rule ran on them, 2026-12-07, pgb).

Before the rule (1.41.125): 2 of 6 as written (the two with dashes); after: 6 of 6.
"""

import pytest

from tests.extract.rules_helpers import fields

PUB = "2025-08-14"

CASES = [
    ("На 12%, до 1,8 млрд долларов, вырос в 2024 году товарооборот Омской области с Казахстаном.",
     [("turnover", "RU-OMS", "KZ", 1.8e9, 12.0)]),
    ("На 7 процентов – до 410 млн долларов – сократился за 2024 год экспорт Брянской области в Беларусь.",
     [("export", "RU-BRY", "BY", 4.1e8, -7.0)]),
    ("Почти на 15\u00a0% — до 95 млн долларов — увеличились в 2024 году поставки Тверской области в Узбекистан.",
     [("export", "RU-TVE", "UZ", 9.5e7, 15.0)]),
    ("На 4,5 %, до 320 млн долларов США, снизился импорт Псковской области из Латвии по итогам 2024 года.",
     [("import", "RU-PSK", "LV", 3.2e8, -4.5)]),
    ("На четверть, до 2,2 млрд рублей, выросла в 2024 году торговля Курской области с Арменией.",
     [("turnover", "RU-KRS", "AM", 2.2e9, 25.0)]),
    ("Вдвое, до 60 млн долларов, вырос в 2024 году товарооборот Тульской области с Монголией.",
     [("turnover", "RU-TUL", "MN", 6e7, 100.0)]),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:50] for c in CASES])
def test_figures_fronted_before_verb_and_flow(text, expected):
    assert fields(text, PUB, "metric", "a", "b", "value", "change_pct") == expected
