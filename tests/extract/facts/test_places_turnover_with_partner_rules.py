"""Extraction rules, places: in "товарооборот с X" the side after "с" is the partner, whoever names the other side —
the context, or a place the sentence opened with ("Псковская область расширяет торговлю с Латвией: … товарооборот с
этой страной вырос на 12 %, а импорт — на 20 %"). The turnover's reporting side then reports the flows of the same
sentence that take their pair from it (`resolve.orient`).
Composed sentences (ours, written before the rule ran on them, 2026-12-07).

Before the rule: 1 of 3 as written; after: 2 of 3 — the third gives nothing before and after, no case of the rule.
"""

import pytest

from tests.extract.rules_helpers import fields

PUB = "2025-08-14"

CASES = [
    ("Псковская область расширяет торговлю с Латвией: в 2024 году товарооборот с этой страной вырос на 12 %, а "
     "импорт — на 20 %.",
     [("turnover", "RU-PSK", "LV", 12.0), ("import", "RU-PSK", "LV", 20.0)]),
    ("Гродненская область развивает связи с Калужской областью: за январь–май 2024 г. товарооборот с регионом "
     "увеличился на 9 %, а экспорт — почти на 15 %.",
     [("turnover", "BY-HR", "RU-KLU", 9.0), ("export", "BY-HR", "RU-KLU", 15.0)]),
    pytest.param(
        "Брестская область наращивает поставки в Татарстан: в 2023 году товарооборот с республикой вырос на 25 %, "
        "при этом экспорт — на 31 %.",
        [("turnover", "BY-BR", "RU-TA", 25.0), ("export", "BY-BR", "RU-TA", 31.0)],
        marks=pytest.mark.xfail(strict=True, reason="no fact is read from this sentence, before the rule and after")),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_partner_after_s_in_turnover(text, expected):
    assert fields(text, PUB, "metric", "a", "b", "change_pct") == expected
