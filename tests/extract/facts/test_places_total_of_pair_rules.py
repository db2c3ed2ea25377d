"""Extraction rules, places: "общий объем торговли двух стран", "суммарный товарооборот обеих стран", "весь
товарооборот между странами": a whole-flow word with the pair named right after the keyword is the pair's
trade, not a region's total. Composed sentences (ours, written before the rule ran on them, 2026-12-07).

Before the rule (1.41.126): 1 of 6 as written (the pair's figure was dropped as a total); after: 6 of 6.
"""

import pytest

from tests.extract.rules_helpers import fields

PUB = "2025-08-14"
Y24 = ("2024-01-01", "2024-12-31")

CASES = [
    ("Экспорт из Казахстана в Беларусь в 2024 году вырос на 12 %, а общий объем торговли двух стран увеличился "
     "на 9 % — до 1,2 млрд долларов.", [("export", None, 12.0), ("turnover", 1.2e9, 9.0)]),
    ("Поставки из Узбекистана в Россию в 2024 году выросли в 1,5 раза, а суммарный товарооборот обеих стран "
     "достиг 11,4\u00a0млрд долларов.", [("export", None, 50.0), ("turnover", 1.14e10, None)]),
    ("Импорт Армении из России в 2024 году сократился на 4 %, общий товарооборот между странами составил "
     "7,3 млрд долларов.", [("import", None, -4.0), ("turnover", 7.3e9, None)]),
    ("Экспорт Беларуси в Китай за 2024 год вырос на 20 %, а весь товарооборот двух государств превысил 8 млрд "
     "долларов.", [("export", None, 20.0), ("turnover", 8e9, None)]),
    ("В 2024 году экспорт из Киргизии в Казахстан вырос на 7 %, при этом общий товарооборот обеих стран составил "
     "1,9 млрд долларов.", [("export", None, 7.0), ("turnover", 1.9e9, None)]),
    # as before: no whole-flow word
    ("Экспорт из Казахстана в Беларусь в 2024 году вырос на 12 %, а объем торговли двух стран увеличился "
     "на 9 % — до 1,2 млрд долларов.", [("export", None, 12.0), ("turnover", 1.2e9, 9.0)]),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:50] for c in CASES])
def test_total_of_the_pair(text, expected):
    assert fields(text, PUB, "metric", "value", "change_pct") == expected
