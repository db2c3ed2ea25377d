"""Extraction rules, changes: a year written with its case ending ("2023-го", "2024-м") is a year, not a word: its
ending "го" was read as the clause's own subject (`goods_object.names_other_subject`), so "По сравнению с тем же
периодом 2023-го рост – 14 %" was taken for the change of something else and lost (`_NUMBER_ENDING`).
Composed sentences (ours, written before the rule ran on them, 2026-12-07).

Before the rule: 2 of 3 as written (a one-letter ending, "2023-м", was already dropped as too short); after: 3 of 3.
"""

import pytest

from tests.extract.rules_helpers import fields

PUB = "2025-08-14"

CASES = [
    ("Товарооборот Гомельской области с Брянской областью за январь–май 2024 г. составил 310 млн долларов. По "
     "сравнению с тем же периодом 2023-го рост – 14 %.",
     [("turnover", 3.1e8, 14.0)]),
    ("Экспорт Омской области в Казахстан в 2024-м составил 900 млн долларов. В сравнении с 2023-м снижение — 6 %.",
     [("export", 9e8, -6.0)]),
    ("Импорт Минска из Китая за 2024 год достиг 1,2 млрд долларов. Относительно 2023-го рост — в 1,3 раза.",
     [("import", 1.2e9, 30.0)]),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:50] for c in CASES])
def test_year_with_its_ending_is_no_subject(text, expected):
    assert fields(text, PUB, "metric", "value", "change_pct") == expected
