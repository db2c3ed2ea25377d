"""Extraction rules, targets: a plan told after a reported figure in the same sentence, past a semicolon ("… в прошлом
году составил 589 млн; следующая цель — превысить миллиард"), does not take the reported figure's period: a plan
looks ahead, and the period of the clause before is that figure's own.
Composed sentences (ours, written before the rule ran on them, 2026-12-07).

Before the rule (1.41.125): 5 of 6 as written (only the fronted "X — таким … стал" form failed); after: 6 of 6.
"""

import pytest

from tests.extract.rules_helpers import fields

PUB = "2025-08-14"
Y24 = ("2024-01-01", "2024-12-31")
NO = (None, None)

CASES = [
    ("В прошлом году товарооборот Омской области с Казахстаном вырос до 1,1 млрд долларов; теперь задача — выйти "
     "на 2 млрд долларов.",
     [(1.1e9, "reported", *Y24), (2e9, "target", *NO)]),
    ("Товарооборот Тверской области с Беларусью в прошлом году превысил 900 млн долларов; цель на ближайшие годы — "
     "1,5\u00a0млрд долларов.",
     [(9e8, "reported", *Y24), (1.5e9, "target", *NO)]),
    ("Экспорт Псковской области в Беларусь за прошлый год достиг 120 млн долларов; власти региона рассчитывают "
     "довести его до 200 млн долларов.",
     [(1.2e8, "reported", *Y24), (2e8, "target", *NO)]),
    ("В 2024 году товарооборот Брянской области с Узбекистаном составил 50 млн долларов; следующая цель — "
     "100 млн долларов.",
     [(5e7, "reported", *Y24), (1e8, "target", *NO)]),
    ("Около 300 млн долларов — таким по итогам прошлого года стал товарооборот Курской области с Арменией; "
     "теперь стороны намерены превысить 500 млн долларов.",
     [(3e8, "reported", *Y24), (5e8, "target", *NO)]),
    ("По итогам 2025 года товарооборот Смоленской области с Беларусью планируется довести до 3 млрд долларов.",
     [(3e9, "target", "2025-01-01", "2025-12-31")]),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:50] for c in CASES])
def test_plan_after_a_semicolon_keeps_no_reported_period(text, expected):
    assert fields(text, PUB, "value", "status", "period_start", "period_end") == expected
