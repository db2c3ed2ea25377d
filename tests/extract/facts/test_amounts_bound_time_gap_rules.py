"""Extraction rules, amounts: a bound verb and its amount may have a time phrase between them ("превысит по его
итогам $60 млрд", "превысил в 2024 году 2 млрд", "составит к концу года более …"): the bound still holds.
Composed sentences (ours, written before the rule ran on them, 2026-12-07).

Before the rule (1.41.125): 0 of 6 as written; after: 6 of 6.
"""

import pytest

from tests.extract.rules_helpers import fields

PUB = "2025-08-14"

CASES = [
    ("Товарооборот Курской области с Беларусью, по прогнозу губернатора, превысит по итогам года 1,5 млрд долларов.",
     [(1.5e9, "gt")]),
    ("Экспорт Омской области в Казахстан превысил в 2024 году 900\u00a0млн долларов.",
     [(9e8, "gt")]),
    ("Как ожидают в правительстве, товарооборот Тверской области с Беларусью превысит по их итогам $2 млрд.",
     [(2e9, "gt")]),
    ("Товарооборот Брянской области с Беларусью перешагнул в прошлом году отметку в 3 млрд долларов.",
     [(3e9, "gt")]),
    ("Торговля Псковской области с Беларусью к концу 2025 года превысит, по оценке министра, 400 млн долларов.",
     [(4e8, "gt")]),
    ("Товарооборот Смоленской области с Беларусью превысил за девять месяцев 2024 года 2,1 млрд долларов.",
     [(2.1e9, "gt")]),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:50] for c in CASES])
def test_bound_across_a_time_phrase(text, expected):
    assert fields(text, PUB, "value", "bound") == expected
