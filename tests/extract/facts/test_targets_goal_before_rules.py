"""Extraction rules, targets: the goal word in the instrumental written before the amount, with the naming verb
between ("Условным ориентиром губернатор назвал 2 млрд долларов", "Реальной целью стороны считают 500 млн"): a plan,
as "назвал 2 млрд долларов условным ориентиром" already was.
Composed sentences (ours, written before the rule ran on them, 2026-12-07).

Before the rule (1.41.125): 2 of 6 as written (the two already right: "считают" and a goal of no figure); after: 6 of 6.
"""

import pytest

from tests.extract.rules_helpers import fields

PUB = "2025-08-14"

CASES = [
    ("Ориентиром для товарооборота Омской области с Казахстаном губернатор назвал 2 млрд долларов.",
     [(2e9, "target")]),
    ("Реальной целью для торговли Курской области с Беларусью стороны считают 500\u00a0млн долларов.",
     [(5e8, "target")]),
    ("Новой планкой во взаимной торговле Тверской области и Беларуси министр обозначил $1 млрд.",
     [(1e9, "target")]),
    ("Главной задачей для экспорта Псковской области в Беларусь глава региона определил 300 млн долларов.",
     [(3e8, "target")]),
    ("Рубежом для товарооборота Брянской области с Беларусью на ближайшие годы посол называет 3 млрд долларов.",
     [(3e9, "target")]),
    ("Целью визита губернатор назвал развитие торговли, а товарооборот Смоленской области с Беларусью в 2024 "
     "году составил 2,5 млрд долларов.",
     [(2.5e9, "reported")]),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:50] for c in CASES])
def test_goal_word_before_the_amount(text, expected):
    assert fields(text, PUB, "value", "status") == expected
