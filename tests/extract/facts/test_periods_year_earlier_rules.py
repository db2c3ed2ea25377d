"""Extraction rules, periods: the level of a year earlier told in the next sentence with no trade word ("Год назад за
тот же период было 83 млн."): the flow just reported, the previous sentence's span a year earlier; a change told
after it ("…, то есть рост составил почти 11 %") is the newer figure's.
Composed sentences (ours, written before the rule ran on them, 2026-12-07).

Before the rule (1.41.123): 2 of 5 as written (the level of a year earlier with no trade word gave no fact);
after: 5 of 5.
"""

import pytest

from tests.extract.rules_helpers import fields

CASES = [
    ("Товарооборот Псковской области с Беларусью за январь–июнь 2024 года составил 96 млн долларов. Год назад за "
     "тот же период было 83 млн.", "2024-08-20",
     [(9.6e7, "2024-01-01", "2024-06-30", None), (8.3e7, "2023-01-01", "2023-06-30", None)]),
    ("Ставрополье и Казахстан в январе–сентябре наторговали на 210,5\u00a0млн долларов. Годом ранее за аналогичный "
     "период было 190\u00a0млн, то есть рост составил почти 11\u00a0%.", "2025-11-05",
     [(2.105e8, "2025-01-01", "2025-09-30", 11.0), (1.9e8, "2024-01-01", "2024-09-30", None)]),
    ("Экспорт Минской области в Ярославскую за 9 месяцев составил 64,2 млн долларов. Годом ранее за тот же период "
     "он составлял 58,9 млн.", "2025-11-05",
     [(6.42e7, "2025-01-01", "2025-09-30", None), (5.89e7, "2024-01-01", "2024-09-30", None)]),
    ("В первом полугодии Гомельская и Брянская области наторговали на 520 млн долларов. За тот же период прошлого "
     "года было 480 млн – то есть прирост составил около 8 %.", "2025-08-14",
     [(5.2e8, "2025-01-01", "2025-06-30", 8.0), (4.8e8, "2024-01-01", "2024-06-30", None)]),
    # guard: another subject's money a year earlier is no level of the flow
    ("Товарооборот Псковской области с Беларусью за январь–июнь составил 96 млн долларов. Год назад за тот же "
     "период инвестиции в регион составили 40 млн долларов.", "2025-08-14",
     [(9.6e7, "2025-01-01", "2025-06-30", None)]),
]


@pytest.mark.parametrize("text,published,expected", CASES, ids=[c[0][:50] for c in CASES])
def test_level_a_year_earlier(text, published, expected):
    assert fields(text, published, "value", "period_start", "period_end", "change_pct") == expected
