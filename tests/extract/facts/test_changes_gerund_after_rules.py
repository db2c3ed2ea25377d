"""Extraction rules, changes: a fall told by a short gerund after the amount ("составил 5,6 млрд долларов, упав на
49,7 %", "просев на 8 %"): "упав", "просев" are forms of the same verbs as "упал", "просел".
Composed sentences (ours, written before the rule ran on them, 2026-12-07).

Before the rule (1.41.125): 1 of 6 as written; after: 6 of 6.
"""

import pytest

from tests.extract.rules_helpers import fields

PUB = "2025-08-14"
Y24 = ("2024-01-01", "2024-12-31")

CASES = [
    ("В 2024 году товарооборот Омской области с Казахстаном составил 1,3 млрд долларов, упав на 12,4\u00a0%.",
     [(1.3e9, *Y24, -12.4)]),
    ("Экспорт Брянской области в Беларусь, упав за 2024 год на 7 %, составил 410 млн долларов.",
     [(4.1e8, *Y24, -7.0)]),
    ("Импорт Псковской области из Латвии в 2024 году упав почти на треть, составил 35 млн долларов.",
     [(3.5e7, *Y24, -100 / 3)]),
    ("Товарооборот Курской области с Беларусью за 2024 год составил 380 млн долларов, просев на 5 процентов.",
     [(3.8e8, *Y24, -5.0)]),
    ("В 2024 году поставки Тверской области в Узбекистан достигли 22 млн долларов – упав, впрочем, на 3,5 %.",
     [(2.2e7, *Y24, -3.5)]),
    ("Товарооборот Гомельской области с Брянской областью в 2024 году вырос на 6 %, до 500 млн долларов.",
     [(5e8, *Y24, 6.0)]),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:50] for c in CASES])
def test_gerund_of_a_fall(text, expected):
    got = fields(text, PUB, "value", "period_start", "period_end", "change_pct")
    assert [g[:3] + (round(g[3], 1) if g[3] is not None else None,) for g in got] == \
        [e[:3] + (round(e[3], 1),) for e in expected]
