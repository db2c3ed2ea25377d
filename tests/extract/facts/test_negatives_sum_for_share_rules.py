"""Extraction rules, what is not a fact: "сумма на поставки" is money for deliveries (no fact), but in "Из этой суммы
на поставки гродненских предприятий пришлось 450 млн" the "на" is the share verb's ("на … пришлось"): the part is a
flow of the whole told before.
Composed sentences (ours, written before the rule ran on them, 2026-12-07).

Before the rule: 3 of 4 as written (the two guards and "на белорусские поставки"); after: 4 of 4.
"""

import pytest

from tests.extract.rules_helpers import fields

PUB = "2025-08-14"

CASES = [
    ("Товарооборот Гродненской области с Калининградской областью в 2024 году составил 700 млн долларов. Из этой суммы "
     "на поставки гродненских предприятий пришлось 450 млн.",
     [("turnover", 7e8), ("export", 4.5e8)]),
    ("Экспорт Брянской области в Беларусь вырос до 1,2 млрд долларов. Из общей суммы на поставки продовольствия "
     "пришлось 300 млн.",
     [("export", 1.2e9)]),
    ("Правительство выделило 50 млн рублей на поставки техники в Беларусь.",
     []),
    ("Товарооборот Минской области с Тверской областью в 2024 году достиг 600 млн долларов; из этой суммы на "
     "белорусские поставки пришлось около 380 млн.",
     [("turnover", 6e8), ("export", 3.8e8)]),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:50] for c in CASES])
def test_sum_split_by_a_share_verb(text, expected):
    assert fields(text, PUB, "metric", "value") == expected
