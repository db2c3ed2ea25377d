"""Event rules, agreements and visits told inside an occasion: the signatories are the places in the nominative
and the partner after "с", not the places in the occasion's name ("В рамках Форума регионов Беларуси и России
Витебская область подписала соглашение … с Нижегородской областью"; "На полях Петербургского … форума"); a
delegation named by its country inside an occasion ("В ходе визита делегации Беларуси в Казахстан Минская
область подписала …") is its country's, not the region that signs in the main clause. Composed sentences
(ours, written before the rules ran on them, 2026-12-07).

Before the rules (1.41.118): 2 of 6 as written; after: 6 of 6.
"""

import pytest

from tests.extract.rules_helpers import event_keys

PUB = "2025-10-20"
A, F, V = "agreement", "forum", "visit"

CASES = [
    ("В рамках Форума регионов Беларуси и России Витебская область подписала соглашение о сотрудничестве с "
     "Нижегородской областью.", [(A, "BY-VI", "RU-NIZ", None, None, "held"), (F, "BY", "RU", None, None, "held")]),
    ("На полях Петербургского международного экономического форума Гродненская область заключила соглашение с "
     "Ленинградской областью.", [(A, "BY-HR", "RU-LEN", None, None, "held")]),
    ("В ходе визита делегации Беларуси в Казахстан Минская область подписала меморандум с Карагандинской "
     "областью.", [(A, "BY-MI", "KZ-KAR", None, None, "held"), (V, "BY", "KZ", None, None, "held")]),
    ("Во время XI Форума регионов России и Беларуси Брестская область подписала с Калужской областью дорожную "
     "карту.", [(A, "BY-BR", "RU-KLU", None, None, "held"), (F, "BY", "RU", None, None, "held")]),
    # guards: two signatories in the nominative; a head of state's visit
    ("На полях Форума регионов Беларуси и России Могилевская область и Смоленская область подписали "
     "соглашение.", [(A, "BY-MA", "RU-SMO", None, None, "held"), (F, "BY", "RU", None, None, "held")]),
    ("В рамках визита Президента Беларуси в Китай Гомельская область подписала соглашение о сотрудничестве с "
     "провинцией Хэйлунцзян.", [(A, "BY-HO", "CN-HL", None, None, "held"), (V, "BY", "CN", None, None, "held")]),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:50] for c in CASES])
def test_signatories_not_the_occasion(text, expected):
    assert event_keys(text, PUB) == sorted(expected)
