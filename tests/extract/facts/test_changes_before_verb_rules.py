"""Extraction rules, changes: the change written before its verb and the flow, set off by dashes or commas
("Ощутимо — почти на 20 % — вырос экспорт …", "Существенно, более чем на четверть, выросли поставки …"): the same
change as "экспорт вырос почти на 20 %".
Composed sentences (ours, written before the rule ran on them, 2026-12-07).

Before the rule (1.41.125): 3 of 6 as written; after: 5 of 6 (the commas one a strict xfail);
6 of 6 since 1.41.126, by two rules written the same hour from two paraphrases (pga: test_places_fronted_aside_rules.py;
pgb: test_changes_fronted_rules.py).
"""

import pytest

from tests.extract.rules_helpers import fields

PUB = "2025-08-14"

CASES = [
    ("Заметно — почти на 20 % — вырос в 2024 году экспорт Омской области в Казахстан.",
     [("export", "RU-OMS", "KZ", 20.0, "approx")]),
    ("В 2024 году – на 15 процентов – сократился импорт Псковской области из Латвии.",
     [("import", "RU-PSK", "LV", -15.0, "eq")]),
    # the commas one: passes since 1.41.126 (pga's and pgb's fronted-aside rules)
    ("Существенно, более чем на четверть, выросли в 2024 году поставки Тверской области в Узбекистан.",
     [("export", "RU-TVE", "UZ", 25.0, "gt")]),
    ("В 2024 году почти на 40\u00a0% выросла торговля Тульской области с Арменией.",
     [("turnover", "RU-TUL", "AM", 40.0, "approx")]),
    ("Ощутимо —\u00a0в 1,5 раза —\u00a0увеличился за 2024 год товарооборот Курской области с Казахстаном.",
     [("turnover", "RU-KRS", "KZ", 50.0, "eq")]),
    ("Товарооборот Брянской области с Беларусью в 2024 году вырос на 6 %, а заметнее всего — почти на 50 % — "
     "выросла торговля Брянской области с Узбекистаном.",
     [("turnover", "RU-BRY", "BY", 6.0, "eq"), ("turnover", "RU-BRY", "UZ", 50.0, "approx")]),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[getattr(c, "values", c)[0][:50] for c in CASES])
def test_change_before_its_verb(text, expected):
    assert fields(text, PUB, "metric", "a", "b", "change_pct", "bound") == expected
