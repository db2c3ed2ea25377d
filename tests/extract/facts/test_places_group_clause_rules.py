"""Extraction rules, places: after a part of a group's flow ("…, в том числе в Россию — 2,1 млрд"), a clause of its
own (after ";" or ", а") with its own flow word and a group of countries ("; в страны дальнего зарубежья поставлено
товаров на 2,3 млрд") is the group's amount: no fact, not a second amount of the place before (which then
replaced the right one).
Composed sentences (ours, written before the rule ran on them, 2026-12-07).

Before the rule (1.41.125): 2 of 5 as written; after: 5 of 5.
"""

import pytest

from tests.extract.rules_helpers import fields

PUB = "2025-08-14"

CASES = [
    ("Экспорт Беларуси в страны ЕАЭС за 2024 год составил 30 млрд долларов, в том числе в Россию — 25,5 млрд "
     "долларов; в страны дальнего зарубежья поставлено товаров на 12 млрд долларов.",
     [("export", "BY", "RU", 2.55e10)]),
    ("Экспорт Казахстана в страны СНГ за 2024 год составил 9 млрд долларов, из них в Узбекистан – 3,2\u00a0млрд "
     "долларов, а в остальные страны было продано товаров на 40 млрд долларов.",
     [("export", "KZ", "UZ", 3.2e9)]),
    ("В 2024 году экспорт Омской области в страны СНГ составил 700 млн долларов, в том числе в Казахстан — "
     "520 млн долларов; в дальнее зарубежье поставлено на 300 млн.",
     [("export", "RU-OMS", "KZ", 5.2e8)]),
    ("Импорт Беларуси из стран СНГ за 2024 год — 20 млрд долларов, в том числе из России — 18 млрд долларов; "
     "из стран дальнего зарубежья ввезено товаров на 15 млрд долларов.",
     [("import", "BY", "RU", 1.8e10)]),
    # a clause of its own that names its place keeps it, a group beside it notwithstanding
    ("Экспорт Омской области в страны СНГ в 2024 году вырос на 5 %; товарооборот области с Казахстаном, крупнейшим "
     "из партнеров в СНГ, составил 1 млрд долларов.",
     [("turnover", "RU-OMS", "KZ", 1e9)]),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:50] for c in CASES])
def test_part_after_a_dash(text, expected):
    assert fields(text, PUB, "metric", "a", "b", "value") == expected
