"""Extraction rules, changes: a change written first, then an aside between dashes that restates it as an amount
("Более чем на 15 % — или почти на 60 млн долларов — увеличился товарооборот …"): the aside does not cut the change
off from its verb and its flow, as a change written first with no aside is read ("Почти на 20 % вырос …").
Composed sentences (ours, written before the rule ran on them, 2026-12-07).

Before the rule: 2 of 4 as written ("В 1,5 раза – или …" and the "— до 450 млн —" level); after: 4 of 4.
"""

import pytest

from tests.extract.rules_helpers import fields

PUB = "2025-08-14"

CASES = [
    ("Более чем на 15 % — или почти на 60 млн долларов — увеличился за 2024 год товарооборот Гродненской области с "
     "Псковской областью.",
     [("turnover", "BY-HR", "RU-PSK", None, 15.0)]),
    ("В 1,5 раза – или на 120 млн долларов – выросла в 2023 году торговля Брянской области с Казахстаном.",
     [("turnover", "RU-BRY", "KZ", None, 50.0)]),
    ("Почти на четверть — или примерно на 2 млрд рублей — сократился в первом полугодии экспорт Смоленской области в "
     "Беларусь.",
     [("export", "RU-SMO", "BY", None, -25.0)]),
    ("На 12 % — до 450 млн долларов — вырос в 2024 году товарооборот Калужской области с Беларусью.",
     [("turnover", "RU-KLU", "BY", 4.5e8, 12.0)]),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:50] for c in CASES])
def test_aside_restating_a_fronted_change(text, expected):
    assert fields(text, PUB, "metric", "a", "b", "value", "change_pct") == expected
