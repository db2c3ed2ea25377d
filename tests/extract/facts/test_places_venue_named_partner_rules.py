"""Extraction rules, places: a capital named as where people met ("находится с визитом в Москве", "провел переговоры в
Минске", in the headline or the body) that a later figure names as its side ("Экспорт … в Москву составил …") is a
partner from then on: the figures after it that take their pair from context keep the city, not its state
(`facts._sentence_facts` takes it out of `ctx.venues`; `resolve.venues_as_states`).
Composed sentences (ours, written before the rule ran on them, 2026-12-07).

Before the rule: 1 of 4 as written (the control); after: 4 of 4.
"""

import datetime as dt

import pytest

from etl.extract import extract

PUB = dt.date(2025, 8, 14)
M5, Y24 = ("2024-01-01", "2024-05-31"), ("2024-01-01", "2024-12-31")

CASES = [
    (None,
     "Делегация Гомельского облисполкома находится с визитом в Москве. Экспорт Гомельской области в Москву за "
     "январь–май 2024 года составил 150 млн долларов. Товарооборот в целом вырос на 7 %.",
     [("export", "BY-HO", "RU-MOW", 1.5e8, *M5, None), ("turnover", "BY-HO", "RU-MOW", None, *M5, 7.0)]),
    (None,
     "Губернатор Новосибирской области провел переговоры в Минске. Поставки Новосибирской области в Минск в 2024 "
     "году достигли 40 млн долларов. Взаимная торговля выросла на 12 %.",
     [("export", "RU-NVS", "BY-HM", 4e7, *Y24, None), ("turnover", "RU-NVS", "BY-HM", None, *Y24, 12.0)]),
    ("Смоленская делегация работает в Минске",
     "Импорт Смоленской области из Минска в 2024 году составил 90 млн долларов. Товарооборот в целом вырос на 11 %.",
     [("import", "RU-SMO", "BY-HM", 9e7, *Y24, None), ("turnover", "RU-SMO", "BY-HM", None, *Y24, 11.0)]),
    # control: a venue no figure names stays its state
    (None,
     "Губернатор Омской области провел переговоры в Минске. В 2024 году товарооборот вырос на 8 %.",
     [("turnover", "RU-OMS", "BY", None, *Y24, 8.0)]),
]


@pytest.mark.parametrize("title,text,expected", CASES, ids=[c[1][:50] for c in CASES])
def test_venue_named_as_a_side_is_a_partner(title, text, expected):
    got = [(f.metric, f.a, f.b, f.value, str(f.period_start), str(f.period_end), f.change_pct)
           for f in extract(text, PUB, title)]
    assert got == expected
