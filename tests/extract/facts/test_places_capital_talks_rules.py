"""Extraction rules, places: a capital that talks are held with ("прибыла в Беларусь, чтобы обсудить с Минском …",
"договорились с Минском", "обсудил с Минском") stands for its state, as a capital named only as where people met does:
a later figure with no place of its own pairs the region with the state (FORMAT.md: a capital standing for its state in
diplomatic prose is the country). A city trading with a region stays the city.
Composed sentences (ours, written before the rule ran on them, 2026-12-07).

Before the rule (1.41.127): 1 of 4 as written (the control); after: 4 of 4.
"""

import pytest

from tests.extract.rules_helpers import fields

PUB = "2024-03-01"

CASES = [
    ("Делегация Псковской области прибыла в Беларусь, чтобы обсудить с Минском вопросы кооперации. В 2023 году "
     "товарооборот превысил 300 млн долларов.",
     [frozenset({"RU-PSK", "BY"})]),
    ("Власти Костромской области договорились с Минском о расширении кооперации. По итогам 2023 года товарооборот "
     "сторон составил 120 млн долларов.",
     [frozenset({"RU-KOS", "BY"})]),
    ("Глава Калужской области обсудил с Минском сотрудничество в машиностроении. Товарооборот в прошлом году достиг "
     "250\u00a0млн долларов.",
     [frozenset({"RU-KLU", "BY"})]),
    # control: a city trading with a region stays the city
    ("Товарооборот Ярославской области с Минском в 2023 году составил 80 млн долларов.",
     [frozenset({"RU-YAR", "BY-HM"})]),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:50] for c in CASES])
def test_capital_talked_with_stands_for_its_state(text, expected):
    assert [frozenset({a, b}) for a, b in fields(text, PUB, "a", "b")] == expected
