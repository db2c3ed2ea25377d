"""Extraction rules, periods: a comparison base named after the figure ("Он составил 167 млн против 189 млн в 2022
году") dates the base's amount only. The figure before "против" keeps the period it would have without the base:
the previous sentence's, or, with none, the base's year one later; the change of the sentence before joins it, and
the next sentence continues the figure's period, not the base's.
Composed sentences (ours, written before the rule ran on them, 2026-12-07).

Before the rule (1.41.122): 1 of 6 as written (the figure before "против" took the base's year); after: 6 of 6.
"""

import pytest

from tests.extract.rules_helpers import fields

Y23, Y24 = ("2023-01-01", "2023-12-31"), ("2024-01-01", "2024-12-31")
H1_24, H1_25 = ("2024-01-01", "2024-06-30"), ("2025-01-01", "2025-06-30")

CASES = [
    ("Калужская область в прошлом году нарастила экспорт в Беларусь на 9,4 %. Он составил 215 млн долларов "
     "против 196,5 млн в 2023 году.", "2025-08-14",
     [("export", 2.15e8, *Y24, 9.4), ("export", 1.965e8, *Y23, None)]),
    ("В 2024 году товарооборот Омской области с Казахстаном снизился на 4,2\u00a0%. Его объём составил "
     "1,9\u00a0млрд долларов против 1,98\u00a0млрд в 2023-м. Экспорт региона в республику — 1,1\u00a0млрд.",
     "2025-03-10",
     [("turnover", 1.9e9, *Y24, -4.2), ("turnover", 1.98e9, *Y23, None), ("export", 1.1e9, *Y24, None)]),
    ("За январь–июнь товарооборот Брестской области с Москвой вырос на 7 %. Он достиг 410 млн долларов против "
     "383 млн за аналогичный период 2024 года.", "2025-08-14",
     [("turnover", 4.1e8, *H1_25, 7.0), ("turnover", 3.83e8, *H1_24, None)]),
    ("Экспорт Гродненской области в Россию в минувшем году сократился на 3 % — до 1,6 млрд долларов "
     "против 1,65 млрд в 2023 году.", "2025-08-14",
     [("export", 1.6e9, *Y24, -3.0), ("export", 1.65e9, *Y23, None)]),
    ("Товарооборот Витебской области с Псковской областью составил 320 млн долларов против 290 млн в "
     "2023 году.", "2025-08-14",
     [("turnover", 3.2e8, *Y24, None), ("turnover", 2.9e8, *Y23, None)]),
    ("Минувший год Татарстан и Узбекистан завершили с ростом товарооборота на 12 %. По данным таможни, "
     "он составил 1,12 млрд долларов (против 1 млрд — в 2023-м).", "2025-04-02",
     [("turnover", 1.12e9, *Y24, 12.0), ("turnover", 1e9, *Y23, None)]),
]


@pytest.mark.parametrize("text,published,expected", CASES, ids=[c[0][:50] for c in CASES])
def test_figure_before_a_dated_base(text, published, expected):
    assert fields(text, published, "metric", "value", "period_start", "period_end", "change_pct") == expected
