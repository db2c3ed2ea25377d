"""Extraction rules, periods: "как и прежде" / "как и раньше" / "как и ранее" / "по-прежнему" (as before) says the
state went on, not that the figure is of another time: the span of the sentence before still carries over, as it
does without the phrase; a bare "прежде"/"раньше" (formerly) still stops it.
Composed sentences (ours, written before the rule ran on them, 2026-12-07).

Before the rule (1.41.125): 2 of 5 as written ("по-прежнему" and the bare "Прежде"); after: 5 of 5.
"""

import pytest

from tests.extract.rules_helpers import fields

PUB = "2025-08-14"
M5 = ("2024-01-01", "2024-05-31")
Y24 = ("2024-01-01", "2024-12-31")
Q1 = ("2024-01-01", "2024-03-31")

CASES = [
    ("В январе\u2013мае 2024 года внешнеторговый оборот Омской области составил 300 млн долларов. Товарооборот с "
     "Казахстаном, как и прежде, был крупнейшим — 120 млн долларов.", [("KZ", 1.2e8, *M5)]),
    ("За 2024 год внешнеторговый оборот Брянской области вырос на 5 %. Как и раньше, больше всего "
     "пришлось на торговлю с Беларусью: 1,1 млрд долларов.", [("BY", 1.1e9, *Y24)]),
    ("Товарооборот Псковской области в I квартале 2024 года составил 90 млн долларов. Как и ранее, первое "
     "место у Беларуси, товарооборот с которой – 40 млн.", [("BY", 4e7, *Q1)]),
    ("Внешнеторговый оборот Курской области за 2024 год составил 900 млн долларов. Крупнейшим партнером "
     "по-прежнему остается Беларусь — 450 млн долларов.", [("BY", 4.5e8, *Y24)]),
    ("Внешнеторговый оборот Тверской области за 2024 год составил 1,5 млрд долларов. Прежде товарооборот "
     "области с Арменией достигал 50 млн долларов.", [("AM", 5e7, None, None)]),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:50] for c in CASES])
def test_as_before_keeps_the_span(text, expected):
    assert fields(text, PUB, "b", "value", "period_start", "period_end") == expected
