"""Extraction rules, amounts: a level the flow came close to ("вплотную подошел к отметке в 3,5 млрд", "подходит к
200 млн", "близок к 1 млрд") is approximate, as "приблизился к" already was; reaching it is not ("дошел до 3 млрд").
Composed sentences (ours, written before the rule ran on them, 2026-12-07).

Before the rule (1.41.125): 2 of 6 as written; after: 6 of 6.
"""

import pytest

from tests.extract.rules_helpers import fields

PUB = "2025-08-14"

CASES = [
    ("В 2024 году товарооборот Курской области с Беларусью вплотную подошел к отметке в 1,2 млрд долларов.",
     [(1.2e9, "approx")]),
    ("Торговля Омской области с Казахстаном по итогам 2024 года подошла к рубежу 2\u00a0млрд долларов.",
     [(2e9, "approx")]),
    ("Экспорт Брянской области в Беларусь за 2024 год близок к 700 млн долларов.",
     [(7e8, "approx")]),
    ("Товарооборот Псковской области с Витебской областью в 2024 году подходит к 90 млн долларов.",
     [(9e7, "approx")]),
    ("В 2024 году товарооборот Тверской области с Беларусью вплотную приблизился к 1 млрд долларов.",
     [(1e9, "approx")]),
    ("Товарооборот Смоленской области с Беларусью в 2024 году дошел до 3 млрд долларов.",
     [(3e9, "eq")]),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:50] for c in CASES])
def test_near_a_mark_is_approximate(text, expected):
    assert fields(text, PUB, "value", "bound") == expected
