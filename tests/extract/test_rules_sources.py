"""Extraction rules: a place word in the attribution of a figure ("Как сообщили в облисполкоме, …",
"В облисполкоме рассказали, что …", "…, сообщили в облисполкоме") names the source, not a side of the trade.
With two oblasts in the article "облисполком" has no single referent; before 1.41.117 it was read as the
unresolved partner and took the place of the partner the sentence names ("с Курской областью"), giving a fact
with a null partner. Composed sentences (ours, written before the rule ran on them, 2026-12-07).

Before the rule (1.41.116): 6 of 9 as written; after: 9 of 9.
"""

import datetime as dt

import pytest

from tests.extract.rules_helpers import facts

PUB = dt.date(2025, 8, 14)
T, E = "turnover", "export"

CASES = [
    ("Как сообщили в облисполкоме, товарооборот Гомельской области с Курской областью в 2024 году составил "
     "75 млн долларов.", [(T, "BY-HO", "RU-KRS", 7.5e7, "USD", None)]),
    ("В облисполкоме сообщили, что экспорт Витебской области в Смоленскую область за январь–май вырос на 12 %.",
     [(E, "BY-VI", "RU-SMO", None, None, 12.0)]),
    ("Об этом рассказали в облисполкоме: товарооборот Брестской области с Калужской областью превысил 90 млн "
     "долларов.", [(T, "BY-BR", "RU-KLU", 9e7, "USD", None)]),
    ("Товарооборот Могилевской области с Ярославской областью в 2024 году составил 110 млн долларов, сообщили в "
     "облисполкоме.", [(T, "BY-MA", "RU-YAR", 1.1e8, "USD", None)]),
    ("Как сообщили в облисполкоме, объем взаимной торговли Гродненской и Псковской областей в 2024 году "
     "составил 48,5\u00a0млн долларов.", [(T, "BY-HR", "RU-PSK", 4.85e7, "USD", None)]),
    ("Делегация Гомельской области побывала в Курске. Как пояснили в облисполкоме, товарооборот с Курской "
     "областью в 2024 году вырос на 15 %.", [(T, "BY-HO", "RU-KRS", None, None, 15.0)]),
    ("В пресс-службе облисполкома уточнили, что экспорт Минской области в Тверскую область составил 30 млн "
     "долларов.", [(E, "BY-MI", "RU-TVE", 3e7, "USD", None)]),
    # guards: with no place of its own the source does not become a side; an unlisted partner stays null
    ("Как уточнили в облисполкоме, в 2024 году товарооборот вырос на 7 %.", []),
    ("Экспорт Брестской области в Россию составил 2 млрд долларов, а в Тмутаракань — 40 млн долларов.",
     [(E, "BY-BR", "RU", 2e9, "USD", None), (E, "BY-BR", None, 4e7, "USD", None)]),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:50] for c in CASES])
def test_attribution_place_is_no_side(text, expected):
    assert sorted(facts(text, PUB), key=repr) == sorted(expected, key=repr)
