"""Extraction rules, changes: a change over several years with no year of its own ("за два года вырос в 1,5 раза",
"за пять лет увеличился втрое") is the change of the latest value it goes with (FORMAT.md): the newest of a series of
values by year of the same flow in the sentence right before it, when that value has no change of its own, or a value
of the same span in its own sentence ("Трехкратный рост за десять лет: до 900 млн вырос товарооборот"); alone, after
a single value, or after a value with a change of its own, it stays a fact of its own.
Composed sentences (ours, written before the rule ran on them, 2026-12-07).

As first written, 3 of 7 before the rule; as now, 5 of 7 before and 7 of 7 after. Two rows (a single value, then
"За пять лет он увеличился втрое") were written joined; the rule first joined them, and a blind label (read-3: one
value, then the span told by another speaker) keeps such a change apart: the rows were turned to "apart" (as before
the rule) and the join kept to a series of years ("в 2022 году … а в 2024-м … Таким образом, за два года …").
"""

import pytest

from tests.extract.rules_helpers import fields

PUB = "2025-08-14"

CASES = [
    ("Товарооборот Гомельской области с Брянской областью в 2022 году составил 410 млн долларов, а в 2024-м — 620 млн "
     "долларов. Таким образом, за два года он вырос примерно в 1,5 раза.",
     [("turnover", 4.1e8, None, "2022-01-01"), ("turnover", 6.2e8, 50.0, "2024-01-01")]),
    ("Экспорт Минской области в Казахстан в 2024 году достиг 95,3 млн долларов. За пять лет он увеличился втрое.",
     [("export", 9.53e7, None, "2024-01-01"), ("export", None, 200.0, None)]),
    ("Трехкратный рост за последние десять лет: до 900 млн долларов вырос товарооборот Витебской области с Псковской "
     "областью.",
     [("turnover", 9e8, 200.0, None)]),
    ("За три года товарооборот Брестской области с Тверской областью вырос вдвое: в 2024 году он составил 300 млн "
     "долларов.",
     [("turnover", None, 100.0, None), ("turnover", 3e8, None, "2024-01-01")]),
    ("За четыре года товарооборот Гродненской области с Калужской областью вырос в 1,7 раза.",
     [("turnover", None, 70.0, None)]),
    ("В 2024 году товарооборот Витебской области со Смоленской областью вырос на 12 % и составил 820 млн долларов. С "
     "2019 года он увеличился в 1,6 раза.",
     [("turnover", 8.2e8, 12.0, "2024-01-01"), ("turnover", None, 60.0, None)]),
    ("Импорт Гродненской области из Калининградской области в 2023\u00a0году составил 210,5 млн долларов. За последние "
     "три года он вырос на 40 %.",
     [("import", 2.105e8, None, "2023-01-01"), ("import", None, 40.0, None)]),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:50] for c in CASES])
def test_change_over_years_joins_the_latest_value(text, expected):
    found = fields(text, PUB, "metric", "value", "change_pct", "period_start")
    assert sorted(found, key=str) == sorted(expected, key=str)
