"""Extraction rules, places: a region named by its "-щина"/"-чина" nickname ("Харьковщина", "Тюменщина",
"Ярославщина", "Брестчина"), made from the region's "-ская область" name for every oblast of the reference
lists, not only the ones listed by hand in aliases.csv; an alias row still wins over a generated form.
Composed sentences (ours, written before the rule ran on them, 2026-12-07).

Before the rule (1.41.124): 1 of 7 as written; after: 7 of 7.
"""

import pytest

from etl.extract.places import find_places
from tests.extract.rules_helpers import fields

PUB = "2025-08-14"
Y24 = ("2024-01-01", "2024-12-31")

CASES = [
    ("В 2024 году товарооборот Беларуси с Харьковщиной составил 84 млн долларов.",
     [("turnover", "BY", "UA-63", 8.4e7, *Y24)]),
    ("Экспорт Ярославщины в Беларусь в 2024 году вырос на 12\u00a0% и достиг 150 млн долларов.",
     [("export", "RU-YAR", "BY", 1.5e8, *Y24)]),
    ("Товарооборот Тюменщины с Казахстаном за 2024 год — 610 млн долларов.",
     [("turnover", "RU-TYU", "KZ", 6.1e8, *Y24)]),
    ("Казахстан и Новосибирщина в 2024 году наторговали на 1,1 млрд долларов.",
     [("turnover", "KZ", "RU-NVS", 1.1e9, *Y24)]),
    ("Поставки из Иркутщины в Монголию в 2024 году составили 300 млн долларов.",
     [("export", "RU-IRK", "MN", 3e8, *Y24)]),
    # a hand-listed form keeps working
    ("В 2024 году товарооборот Брестчины с Псковщиной составил 20 млн долларов.",
     [("turnover", "BY-BR", "RU-PSK", 2e7, *Y24)]),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:50] for c in CASES])
def test_nickname_of_a_region(text, expected):
    assert fields(text, PUB, "metric", "a", "b", "value", "period_start", "period_end") == expected


def test_nickname_in_every_case():
    text = "О Полтавщине, на Полтавщине, с Полтавщиной, из Полтавщины."
    assert [m.code for m in find_places(text)] == ["UA-53"] * 4
