"""Extraction rules, targets and bounds: a plan carried out ("Мы смогли в 2024 году увеличить товарооборот … до 95 млн",
"удалось по итогам 2023 года нарастить поставки – до 140 млн") is reported even with a period between the achieving
verb and the plan verb; "вышел за 2 млрд" (went past) is a lower bound.
Composed sentences (ours, written before the rule ran on them, 2026-12-07).

Before the rules (1.41.123): 2 of 5 as written (the plan with a year between the verbs was a target; "вышел за"
was eq); after: 5 of 5.
"""

import pytest

from tests.extract.rules_helpers import fields

PUB = "2025-08-14"
R, T = "reported", "target"
Y23, Y24, Y26 = ("2023-01-01", "2023-12-31"), ("2024-01-01", "2024-12-31"), ("2026-01-01", "2026-12-31")

CASES = [
    ("«Мы смогли в 2024 году увеличить товарооборот с Минской областью до 95 млн долларов», – сообщил губернатор "
     "Ивановской области.", [("turnover", 9.5e7, "eq", *Y24, R)]),
    ("Саратовской области удалось по итогам 2023 года нарастить поставки в Узбекистан – до 140 млн долларов.",
     [("export", 1.4e8, "eq", *Y23, R)]),
    # guard: "удастся" is still to come
    ("Губернатор уверен, что в 2026 году удастся нарастить товарооборот Калужской области с Беларусью до 1 млрд "
     "долларов.", [("turnover", 1e9, "eq", *Y26, T)]),
    ("Товарооборот Самарской области с Казахстаном в 2024 году вышел за 2 млрд долларов.",
     [("turnover", 2e9, "gt", *Y24, R)]),
    ("В прошлом году экспорт Пензенской области в Беларусь вышел за отметку в 150 млн долларов.",
     [("export", 1.5e8, "gt", *Y24, R)]),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:50] for c in CASES])
def test_achieved_and_passed(text, expected):
    assert fields(text, PUB, "metric", "value", "bound", "period_start", "period_end", "status") == expected
