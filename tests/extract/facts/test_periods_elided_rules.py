"""Extraction rules, periods: a year told once for two figures ("В прошлом году … 700 млн, а в этом рассчитываем
превысить 800 млн"): "в этом" with "году" left out is this year when a verb of a level or a plan follows it.
Composed sentences (ours, written before the rule ran on them, 2026-12-07).

Before the rule (1.41.117): 2 of 5 as written (the figures after "в этом" had no period); after: 5 of 5.
"""


import pytest

from tests.extract.rules_helpers import fields

PUB = "2025-10-20"
Y24, Y25 = ("2024-01-01", "2024-12-31"), ("2025-01-01", "2025-12-31")

CASES = [
    ("В прошлом году товарооборот Ярославской области с Беларусью составил 700 млн долларов, а в этом "
     "рассчитываем превысить 800 млн.", [(7e8, "eq", *Y24, "reported"), (8e8, "gt", *Y25, "target")]),
    ("Товарооборот Минской области с Калужской областью в прошлом году составил 150 млн долларов, а в этом — "
     "планируем выйти на 200 млн.", [(1.5e8, "eq", *Y24, "reported"), (2e8, "eq", *Y25, "target")]),
    ("В 2024 году товарооборот Гомельской области с Брянской областью составил 1 млрд долларов, в этом, по "
     "прогнозам, он превысит 1,2 млрд долларов.", [(1e9, "eq", *Y24, "reported"), (1.2e9, "gt", *Y25, "target")]),
    # guards: "в этом направлении", "в этом месяце" are no year
    ("В этом направлении товарооборот Брестской области с Москвой в 2024 году вырос на 5 %.",
     [(None, "eq", *Y24, "reported")]),
    ("В 2024 году товарооборот Витебской области с Псковской областью составил 300 млн долларов; в этом месяце "
     "стороны подпишут соглашение.", [(3e8, "eq", *Y24, "reported")]),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:50] for c in CASES])
def test_elided_this_year(text, expected):
    assert fields(text, PUB, "value", "bound", "period_start", "period_end", "status") == expected
