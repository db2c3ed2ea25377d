"""Extraction rules, periods: two neighbouring months joined by "и" ("за январь и февраль 2025 года",
"в октябре и ноябре") are one span, from the first month's start to the second one's end; months that are
not neighbours ("в январе и марте") are no span. Composed sentences (ours, written before the rule ran on
them, 2026-12-07).

Before the rule (1.41.125): 0 of 6 as written (the span was read as its first month only); after: 6 of 6.
"""


import pytest

from tests.extract.rules_helpers import fields

PUB = "2025-08-14"

CASES = [
    ("За январь и февраль 2025 года товарооборот Курской области с Беларусью составил 1,4\u00a0млрд рублей.",
     [(1.4e9, "2025-01-01", "2025-02-28")]),
    ("Товарооборот Гродненской области с Польшей в январе и феврале 2024-го вырос на 12,5 % — до 96 млн долларов.",
     [(9.6e7, "2024-01-01", "2024-02-29")]),
    ("В марте и апреле текущего года экспорт Омской области в Казахстан достиг 45 млн долларов.",
     [(4.5e7, "2025-03-01", "2025-04-30")]),
    ("80 млн долларов — таким за октябрь и ноябрь 2023 года стал товарооборот Брестской области с Китаем.",
     [(8e7, "2023-10-01", "2023-11-30")]),
    ("Июнь и июль 2025 г. принесли рост: товарооборот Тульской области с Беларусью составил 300 млн рублей.",
     [(3e8, "2025-06-01", "2025-07-31")]),
    ("Товарооборот Псковской области с Беларусью за сентябрь и октябрь составил 2,1 млрд рублей.",
     [(2.1e9, "2024-09-01", "2024-10-31")]),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:50] for c in CASES])
def test_joined_months(text, expected):
    assert fields(text, PUB, "value", "period_start", "period_end") == expected


def test_months_not_neighbours_are_no_span():
    # "в январе и марте": two months apart, not January to March
    got = fields("В январе и марте 2024 года товарооборот Курской области с Беларусью составил 1,4 млрд рублей.",
                 PUB, "value", "period_start", "period_end")
    assert got and all(row[1:] != ("2024-01-01", "2024-03-31") for row in got)
