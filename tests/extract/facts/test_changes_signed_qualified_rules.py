"""Extraction rules, changes: a change told by its sign with a qualifier between the sign and the number
("(плюс почти 119 %)", "(минус более 5 проц.)", "+ около 12 %") is the figure's change, as "(+65 %)" is.
Composed sentences (ours, written before the rule ran on them, 2026-12-07).

Before the rule (1.41.125): 1 of 6 as written (the change was dropped when a qualifier followed the sign);
after: 6 of 6.
"""


import pytest

from tests.extract.rules_helpers import fields

PUB = "2025-08-14"

CASES = [
    ("Экспорт Гродненской области в Польшу в 2024 году достиг 310 млн долларов (плюс почти 40 %).",
     [(3.1e8, 40.0)]),
    ("В 2024 году товарооборот Омской области с Казахстаном составил 1,6\u00a0млрд долларов (минус более 5 проц.).",
     [(1.6e9, -5.0)]),
    ("Товарооборот Тульской области с Беларусью за январь–июнь 2025 года — 420 млн долларов, плюс около 12 % к "
     "тому же периоду прошлого года.", [(4.2e8, 12.0)]),
    ("Импорт Брестской области из Китая по итогам 2024 года составил 95,5 млн долларов (+ свыше 20 %).",
     [(9.55e7, 20.0)]),
    ("Поставки Витебской области в Псковскую область в 2024 году составили 150 млн долларов (минус примерно "
     "7,5 процента).", [(1.5e8, -7.5)]),
    # as before: the sign right before the number
    ("В 2024 году экспорт Курской области в Беларусь составил 200 млн долларов (плюс 15 %).", [(2e8, 15.0)]),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:50] for c in CASES])
def test_signed_qualified_change(text, expected):
    assert fields(text, PUB, "value", "change_pct") == expected
