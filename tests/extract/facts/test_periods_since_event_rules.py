"""Extraction rules, periods: the year of an event a span is counted from ("за 15 лет, прошедших с подписания в
1998 году соглашения", "со дня открытия в 2019 году торгового дома") is no period of the figure. Composed
sentences (ours, written before the rule ran on them, 2026-12-07).

Before the rule (1.41.126): 1 of 5 as written (the event's year was the figure's period); after: 5 of 5.
"""

import pytest

from tests.extract.rules_helpers import fields

PUB = "2025-08-14"

CASES = [
    ("Вчетверо за годы, прошедшие с подписания в 2012 году соглашения о сотрудничестве, вырос товарооборот "
     "Брестской области с Калужской областью — до 160 млн долларов в год.", [(1.6e8, None, None)]),
    ("Со дня открытия в 2019 году торгового дома в Минске экспорт Омской области в Беларусь вырос в 2,5 раза и "
     "составляет 45 млн долларов.", [(4.5e7, None, None)]),
    ("После создания в 2015 году совместной комиссии товарооборот Курской области с Беларусью увеличился втрое, "
     "до 600 млн долларов ежегодно.", [(6e8, None, None)]),
    ("С момента заключения в 2010 году первого договора товарооборот Тульской области с Беларусью вырос в "
     "семь раз и теперь составляет 420 млн долларов.", [(4.2e8, None, None)]),
    # as before: the year of the figure itself
    ("В 2024 году товарооборот Брестской области с Калужской областью составил 160 млн долларов.",
     [(1.6e8, "2024-01-01", "2024-12-31")]),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:50] for c in CASES])
def test_since_event_year(text, expected):
    assert fields(text, PUB, "value", "period_start", "period_end") == expected
