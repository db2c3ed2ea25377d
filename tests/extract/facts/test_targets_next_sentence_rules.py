"""Extraction rules, targets: a plan told in the sentence after a figure with no trade word ("По итогам года стороны
рассчитывают выйти на рекордные 2 млрд.", "Цель — 1 млрд долларов в ближайшие три года.", "Нынешний год … завершится с
результатом около 1,5 млрд.") is a target of the flow just reported; its period is the year it names ("по итогам года"
after a span of this year, "нынешний год", "на 2026 год"), else none.
Composed sentences (ours, written before the rule ran on them, 2026-12-07).

Before the rule (1.41.123): 2 of 8 as written (the plan lines gave no fact); after: 8 of 8. The first six were
written before any change; the two after "after a total and its parts" were written after the plan lines were read and
before the total was chosen for them (blind3-036 had given the plan the export just named).
"""

import pytest

from tests.extract.rules_helpers import fields

PUB = "2025-09-15"
R, T = "reported", "target"
Y24, Y25, Y26 = ("2024-01-01", "2024-12-31"), ("2025-01-01", "2025-12-31"), ("2026-01-01", "2026-12-31")

CASES = [
    ("Товарооборот Беларуси с Узбекистаном за январь–июль вырос на 14 % – до 1,1 млрд долларов. По итогам года "
     "стороны рассчитывают выйти на рекордные 2 млрд.",
     [("turnover", 1.1e9, "eq", "2025-01-01", "2025-07-31", R), ("turnover", 2e9, "eq", *Y25, T)]),
    ("Экспорт Татарстана в Казахстан в 2024 году составил 640 млн долларов. Цель — 1 млрд долларов в ближайшие "
     "три года.",
     [("export", 6.4e8, "eq", *Y24, R), ("export", 1e9, "eq", None, None, T)]),
    ("Нижегородская область и Беларусь в прошлом году наторговали на 1,3\u00a0млрд долларов. Нынешний год, по "
     "оценке губернатора, завершится с результатом около 1,5\u00a0млрд.",
     [("turnover", 1.3e9, "eq", *Y24, R), ("turnover", 1.5e9, "approx", *Y25, T)]),
    ("Товарооборот Смоленской области с Витебской областью в 2024 году достиг 480 млн долларов. Задача на 2026 год "
     "– 600 млн.",
     [("turnover", 4.8e8, "eq", *Y24, R), ("turnover", 6e8, "eq", *Y26, T)]),
    ("В январе–июне Курская область и Беларусь наторговали на 215 млн долларов. До конца года ожидаем выйти "
     "на уровень порядка 450 млн.",
     [("turnover", 2.15e8, "eq", "2025-01-01", "2025-06-30", R), ("turnover", 4.5e8, "approx", *Y25, T)]),
    # after a total and its parts, a plan with no trade word and no pronoun is the total's; "довести его до" is the
    # flow named last
    ("Товарооборот Казахстана и Омской области за полугодие вырос до 820 млн долларов. Экспорт региона в "
     "республику составил 510 млн, импорт — 310 млн. По итогам года стороны намерены выйти на отметку в 1,8 млрд.",
     [("turnover", 8.2e8, "eq", "2025-01-01", "2025-06-30", R), ("export", 5.1e8, "eq", "2025-01-01", "2025-06-30", R),
      ("import", 3.1e8, "eq", "2025-01-01", "2025-06-30", R), ("turnover", 1.8e9, "eq", *Y25, T)]),
    ("Товарооборот Брянской области с Беларусью в 2024 году составил 1,5 млрд долларов. Экспорт области в "
     "республику достиг 600 млн. В текущем году его рассчитывают довести до 700 млн.",
     [("turnover", 1.5e9, "eq", *Y24, R), ("export", 6e8, "eq", *Y24, R), ("export", 7e8, "eq", *Y25, T)]),
    # guard: a goal of another subject (investment) is no target of the flow
    ("Экспорт Татарстана в Казахстан в 2024 году составил 640 млн долларов. Цель — 50 млн долларов инвестиций в "
     "новый завод.",
     [("export", 6.4e8, "eq", *Y24, R)]),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:50] for c in CASES])
def test_plan_in_the_next_sentence(text, expected):
    assert fields(text, PUB, "metric", "value", "bound", "period_start", "period_end", "status") == expected
