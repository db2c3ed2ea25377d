"""Extraction rules, amounts: the figure first, then a clause that points back at it as a sum ("120 млн долларов — на
такую сумму Омская область поставила товаров в Казахстан", "— на эту сумму …", "— на столько …"): "сумма" there is
the figure itself, no sum of something else (contracts, deals), and the clause after is the figure's.
Composed sentences (ours, 2026-12-07, pgb; the first two written before the rule ran on them, the other three
while writing it, then run on the tree before the rule).

Before the rule (1.41.125 tree): 1 of 5 as written (the "на столько" one); after: 5 of 5.
"""

import pytest

from tests.extract.rules_helpers import fields

PUB = "2025-08-14"
Y24 = "2024-01-01"

CASES = [
    ("120 млн долларов — на такую сумму Омская область за 2024 год поставила товаров в Казахстан.",
     [("export", "RU-OMS", "KZ", 1.2e8, Y24)]),
    ("120 млн долларов — на такую сумму Омская область поставила товаров в Казахстан в 2024 году.",
     [("export", "RU-OMS", "KZ", 1.2e8, Y24)]),
    ("Около 80 млн долларов – на такую сумму Псковская область закупила в 2024 году товаров в Латвии.",
     [("import", "RU-PSK", "LV", 8e7, Y24)]),
    ("$45 млн — на эту сумму Брянская область в 2024 году отгрузила продукции в Беларусь.",
     [("export", "RU-BRY", "BY", 4.5e7, Y24)]),
    ("Почти 45 млн долларов — на столько Псковская область в 2024 году закупила товаров в Латвии.",
     [("import", "RU-PSK", "LV", 4.5e7, Y24)]),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:50] for c in CASES])
def test_clause_pointing_back_at_the_sum(text, expected):
    assert fields(text, PUB, "metric", "a", "b", "value", "period_start") == expected
