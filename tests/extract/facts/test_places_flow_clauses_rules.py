"""Extraction rules, places: two flows of a sentence, each with its partner right before its figure ("экспорт российской
продукции из Астрахани в Иран вырос на 10 %, а ввоз иранских товаров в Астрахань — на 38 %"), are no list of partners
of one flow ("в Москву — 420 млн, в Санкт-Петербург — 180 млн"): each flow takes its sides from its own clause, so the
export's "из Астрахани" reports it, not the goods' country adjective.
Composed sentences (ours, written before the rule ran on them, 2026-12-07).

Before the rule (1.41.127): 3 of 4 as written (the control and two whose verb stood farther from
the figure); after: 4 of 4.
"""

import pytest

from tests.extract.rules_helpers import fields

PUB = "2024-03-10"

CASES = [
    ("Экспорт белорусской продукции из Гродно в Литву вырос на 12 %, а ввоз литовских товаров в Гродно — на 5 %.",
     [("export", "BY-HR", "LT", 12.0), ("import", "BY-HR", "LT", 5.0)]),
    ("В 2023 году поставки российских товаров из Оренбурга в Казахстан увеличились на 8\u00a0%, а импорт "
     "казахстанской продукции в Оренбург – на 15\u00a0%.",
     [("export", "RU-ORE", "KZ", 8.0), ("import", "RU-ORE", "KZ", 15.0)]),
    ("Экспорт российской продукции из Калининграда в Польшу сократился на 20 %, а импорт польских товаров в "
     "Калининград — на 31 %.",
     [("export", "RU-KGD", "PL", -20.0), ("import", "RU-KGD", "PL", -31.0)]),
    # control: partners of one flow stay a list
    ("Экспорт Астраханской области в Иран вырос на 10 %, в Казахстан — на 4 %.",
     [("export", "RU-AST", "IR", 10.0), ("export", "RU-AST", "KZ", 4.0)]),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:50] for c in CASES])
def test_each_flow_takes_its_own_clauses_sides(text, expected):
    assert fields(text, PUB, "metric", "a", "b", "change_pct") == expected
