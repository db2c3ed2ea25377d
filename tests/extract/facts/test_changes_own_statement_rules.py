"""Extraction rules, changes and places: a repeated keyword that opens a clause with its own verb of change and
no figure ("Экспорт области вырос на 9 %, при этом поставки в Россию сократились") is a statement of its own;
its places are not the figure's before it, which stays the region's total (no fact). Composed sentences (ours,
2026-12-07; the first two written when the case was noticed in the last session, the rest before the rule
ran on them).

Before the rule (1.41.118): 3 of 7 as written (the four without a figure of their own gave the total's change to
the later partner); after: 7 of 7.
"""

import datetime as dt

import pytest

from tests.extract.rules_helpers import facts

PUB = dt.date(2025, 9, 5)
E = "export"

CASES = [
    ("Экспорт Гродненской области в январе–июле вырос на 9 %, при этом поставки в Россию сократились.", []),
    ("Экспорт Гродненской области в январе–июле вырос на 9 %, однако поставки в Россию снизились.", []),
    ("Импорт Витебской области за полугодие увеличился на 5,2 %; при этом закупки в Китае выросли.", []),
    ("Товарооборот Брестской области в 2024 году вырос на 7 %, но торговля с Польшей сократилась.", []),
    # guards: the later clause with a figure of its own, or with no place, or the figure's own partner
    ("Экспорт Гродненской области в январе–июле вырос на 9 %, при этом поставки в Россию сократились на 3 %.",
     [(E, "BY-HR", "RU", None, None, -3.0)]),
    ("Экспорт Минской области в Россию вырос на 6 %, причем поставки в Москву выросли на 10 %.",
     [(E, "BY-MI", "RU", None, None, 6.0), (E, "BY-MI", "RU-MOW", None, None, 10.0)]),
    ("Экспорт Гомельской области в Россию за 2024 год составил 3,1 млрд долларов, при этом поставки в Брянскую "
     "область выросли.", [(E, "BY-HO", "RU", 3.1e9, "USD", None)]),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:50] for c in CASES])
def test_later_statement_keeps_its_places(text, expected):
    assert facts(text, PUB) == expected
