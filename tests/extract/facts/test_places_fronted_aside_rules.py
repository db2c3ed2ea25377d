"""Extraction rules, places: a figure written first and set off by commas before its own verb and keyword ("На 20 %,
до 300 млн долларов, вырос в 2024 году экспорт …", "Почти вдвое, до 1,2 млрд, сократился товарооборот …"): the comma
closing the aside does not end the figure's clause, so the places after the keyword are its sides.
Composed sentences (ours, written before the rule ran on them, 2026-12-07).

Before the rule (1.41.125): 1 of 6 as written; after: 6 of 6 (a qualifier before the aside's "до" read too).
"""

import pytest

from tests.extract.rules_helpers import fields

PUB = "2025-08-14"

CASES = [
    ("Почти вдвое, до 1,2 млрд долларов, вырос в 2024 году товарооборот Омской области с Казахстаном.",
     [("turnover", "RU-OMS", "KZ", 1.2e9, 100.0)]),
    ("На 12\u00a0%, примерно до 80 млн долларов, сократился за январь–июнь 2025 года экспорт Псковской области "
     "в Латвию.",
     [("export", "RU-PSK", "LV", 8e7, -12.0)]),
    ("Более чем на треть, до $450 млн, увеличилась в прошлом году торговля Тверской области с Беларусью.",
     [("turnover", "RU-TVE", "BY", 4.5e8, 33.3)]),
    ("На 7,5 процента, до 2,3 млрд рублей, снизился в 2024-м импорт Курской области из Беларуси.",
     [("import", "RU-KRS", "BY", 2.3e9, -7.5)]),
    ("Втрое, до 600 млн долларов, выросли в 2024 году поставки Брянской области в Узбекистан.",
     [("export", "RU-BRY", "UZ", 6e8, 200.0)]),
    ("Экспорт Смоленской области в Беларусь вырос на 10 %, до 900 млн долларов, импорт из Беларуси составил "
     "1,1 млрд долларов.",
     [("export", "RU-SMO", "BY", 9e8, 10.0), ("import", "RU-SMO", "BY", 1.1e9, None)]),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:50] for c in CASES])
def test_fronted_figure_takes_the_keywords_places(text, expected):
    assert fields(text, PUB, "metric", "a", "b", "value", "change_pct") == expected
