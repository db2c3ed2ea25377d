"""Extraction rules, changes: a sentence that restates the figure before it in another currency ("В рублевом выражении
это порядка 26 млрд рублей", "Это около 8,6 млрд российских рублей", "В долларовом эквиваленте это более 20 млн")
gives no fact of its own and does not break the flow: a change opening the next sentence ("Рост к прошлому году
составил 9 %", "Прирост — 11,5 %") is the restated figure's, as it is right after the figure.
Composed sentences (ours, written before the rule ran on them, 2026-12-07).

Before the rule (1.41.127): 1 of 5 as written (the control); after: 5 of 5.
"""

import pytest

from tests.extract.rules_helpers import fields

PUB = "2025-08-14"
H1, Y24 = ("2025-01-01", "2025-06-30"), ("2024-01-01", "2024-12-31")

CASES = [
    ("Товарооборот Удмуртии и Беларуси за первое полугодие превысил 300 млн долларов. В рублевом выражении это "
     "порядка 26 млрд рублей. Рост к прошлому году составил 9 %.",
     [("turnover", "RU-UD", "BY", 3e8, "gt", *H1, 9.0)]),
    ("Экспорт Гомельской области в Казахстан в 2024 году составил 95 млн долларов. Это около 8,6\u00a0млрд "
     "российских рублей. Прирост — 11,5 %.",
     [("export", "BY-HO", "KZ", 9.5e7, "eq", *Y24, 11.5)]),
    ("Объем торговли Могилевской области с Китаем за январь–июнь достиг 210 млн долларов. В пересчете по курсу это "
     "примерно 19 млрд рублей. Увеличение к аналогичному периоду — 14 %.",
     [("turnover", "BY-MA", "CN", 2.1e8, "eq", *H1, 14.0)]),
    ("В 2024 году товарооборот Пензенской области с Узбекистаном вырос до 1,9 млрд рублей. В долларовом эквиваленте "
     "это более 20 млн. Рост — на 17 процентов.",
     [("turnover", "RU-PNZ", "UZ", 1.9e9, "eq", *Y24, 17.0)]),
    # control: a flow word of its own after the restatement keeps its change
    ("Товарооборот Удмуртии и Беларуси за первое полугодие превысил 300 млн долларов. В рублевом выражении это "
     "около 26 млрд рублей. Экспорт при этом вырос на 4 %.",
     [("turnover", "RU-UD", "BY", 3e8, "gt", *H1, None), ("export", "RU-UD", "BY", None, "eq", *H1, 4.0)]),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:50] for c in CASES])
def test_change_after_a_restatement_is_the_figures(text, expected):
    assert fields(text, PUB, "metric", "a", "b", "value", "bound", "period_start", "period_end",
                  "change_pct") == expected
