"""Extraction rules, changes: the change opens its clause and a base or time phrase stands between it and its verb
("На 70 % по сравнению с 2023 годом вырос товарооборот …", "На 15 % за 2024 год выросли поставки …"): the verb after
the phrase gives the change its sign, as the verb right after does ("на треть сократился экспорт").
Composed sentences (ours, written before the rule ran on them, 2026-12-07, pgb; pga wrote the same rule for a base
phrase in the same hour: test_changes_base_before_verb_rules.py).

Before the rule (1.41.126): 0 of 5 as written (four read no change, the fraction one had the wrong sign); after: 5 of 5.
"""

import pytest

from tests.extract.rules_helpers import fields

PUB = "2025-08-14"

CASES = [
    ("На 70% по сравнению с 2023 годом вырос в 2024 году товарооборот Омской области с Казахстаном.",
     [("turnover", "RU-OMS", "KZ", None, 70.0)]),
    ("На 12 процентов к уровню 2023 года сократился в 2024 году экспорт Брянской области в Беларусь.",
     [("export", "RU-BRY", "BY", None, -12.0)]),
    ("Почти на 9\u00a0% относительно января–июня 2023 года увеличился за первое полугодие 2024 года импорт "
     "Псковской области из Латвии.", [("import", "RU-PSK", "LV", None, 9.0)]),
    ("На треть в сравнении с 2023-м снизилась в 2024 году торговля Курской области с Арменией.",
     [("turnover", "RU-KRS", "AM", None, -33.3)]),
    ("На 15 % за 2024 год выросли поставки Тверской области в Узбекистан.",
     [("export", "RU-TVE", "UZ", None, 15.0)]),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:50] for c in CASES])
def test_base_phrase_between_change_and_verb(text, expected):
    got = fields(text, PUB, "metric", "a", "b", "value", "change_pct")
    assert [(*g[:4], round(g[4], 1)) for g in got] == expected
