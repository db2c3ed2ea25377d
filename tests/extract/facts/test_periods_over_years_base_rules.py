"""Extraction rules, periods: a change against a base year two or more years before the period the sentence before
gave ("… за январь–июнь 2020 года … По сравнению с 2016 годом торговля … выросла в 1,8 раза") is a change over several
years (FORMAT.md): no period, not the carried one, and a fact of its own rather than the change of the level before.
A base the year before keeps the period.
Composed sentences (ours, written before the rule ran on them, 2026-12-07).

Before the rule (1.41.127): 1 of 4 as written (the control); after: 4 of 4.
"""

import pytest

from tests.extract.rules_helpers import fields

CASES = [
    ("Товарооборот Калужской области с Турцией за январь–июнь 2020 года составил 310 млн долларов. По сравнению с "
     "2016 годом торговля региона с Турцией выросла в 1,8 раза.", "2020-08-24",
     [("turnover", 3.1e8, "2020-01-01", "2020-06-30", None), ("turnover", None, None, None, 80.0)]),
    ("Экспорт Гродненской области в Польшу в 2023 году составил 520 млн долларов. В сравнении с 2019-м экспорт в "
     "Польшу увеличился почти вдвое.", "2024-03-01",
     [("export", 5.2e8, "2023-01-01", "2023-12-31", None), ("export", None, None, None, 100.0)]),
    ("В первом квартале 2024 года товарооборот Витебской области с Латвией достиг 45 млн долларов. Относительно "
     "2020 года товарооборот с Латвией сократился на 30\u00a0%, а импорт — на 42\u00a0%.", "2024-05-10",
     [("turnover", 4.5e7, "2024-01-01", "2024-03-31", None), ("turnover", None, None, None, -30.0),
      ("import", None, None, None, -42.0)]),
    # control: a base the year before keeps the period
    ("Товарооборот Курской области с Беларусью в 2024 году составил 610 млн долларов. По сравнению с 2023 годом "
     "экспорт области в республику вырос на 9 %.", "2025-03-01",
     [("turnover", 6.1e8, "2024-01-01", "2024-12-31", None), ("export", None, "2024-01-01", "2024-12-31", 9.0)]),
]


@pytest.mark.parametrize("text,published,expected", CASES, ids=[c[0][:50] for c in CASES])
def test_change_against_an_older_base_has_no_period(text, published, expected):
    assert fields(text, published, "metric", "value", "period_start", "period_end", "change_pct") == expected
