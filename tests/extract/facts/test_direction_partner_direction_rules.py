"""Extraction rules, direction: "на китайском направлении", "на узбекском треке" name the partner of the trade the
clause tells, not the way it flows and not its owner (as "китайский экспорт" would): the article's subject stays the
reporting side, and a later mention of the partner with a direction ("… экспорт во Вьетнам") says which way the flow
runs (`flow_owner.relabel_preps`, `resolve.pick_pair` with `_directed`).
Composed sentences (ours, written before the rule ran on them, 2026-12-07).

Before the rule: 3 of 7 as written (the adjective of the direction was read as the exporter, or as the turnover's
reporting side); after: 7 of 7, and the row written after the rule ran ("на казахстанском треке") 1 of 1.
"""

import pytest

from tests.extract.rules_helpers import fields

PUB = "2025-08-14"

CASES = [
    ("Экспорт Витебской области в 2024 году составил 3,1 млрд долларов. На узбекском направлении поставки в "
     "Узбекистан выросли до 95 млн долларов.",
     [("export", "BY-VI", "UZ", 9.5e7)]),
    ("Товарооборот Омской области с Казахстаном в 2024 году составил 1,5 млрд долларов. Губернатор отметил: на "
     "индийском направлении экспорт в Индию достиг 40 млн долларов.",
     [("turnover", "RU-OMS", "KZ", 1.5e9), ("export", "RU-OMS", "IN", 4e7)]),
    ("Экспорт Брестской области в Россию за 2023 год составил 2,9 млрд долларов. Хорошие результаты и на вьетнамском "
     "направлении: экспорт во Вьетнам составил 12 млн долларов.",
     [("export", "BY-BR", "RU", 2.9e9), ("export", "BY-BR", "VN", 1.2e7)]),
    # no later mention with a direction: the subject reports
    ("Экспорт Брестской области в Россию за 2023 год составил 2,9 млрд долларов. На вьетнамском направлении экспорт "
     "составил 12 млн долларов.",
     [("export", "BY-BR", "RU", 2.9e9), ("export", "BY-BR", "VN", 1.2e7)]),
    ("Импорт Гродненской области из Польши в 2024 году составил 610 млн долларов. На турецком направлении импорт из "
     "Турции вырос до 30 млн долларов.",
     [("import", "BY-HR", "PL", 6.1e8), ("import", "BY-HR", "TR", 3e7)]),
    ("Импорт Гродненской области из Польши в 2024 году составил 610 млн долларов. На турецком направлении закупки "
     "составили 30 млн долларов.",
     [("import", "BY-HR", "PL", 6.1e8), ("import", "BY-HR", "TR", 3e7)]),
    ("Товарооборот Курской области с Беларусью в 2024 году составил 900 млн долларов. На армянском направлении "
     "товарооборот достиг 25 млн долларов.",
     [("turnover", "RU-KRS", "BY", 9e8), ("turnover", "RU-KRS", "AM", 2.5e7)]),
    ("Экспорт Псковской области в Беларусь в 2024 году составил 320 млн долларов. На казахстанском треке экспорт "
     "составил 14 млн долларов.",
     [("export", "RU-PSK", "BY", 3.2e8), ("export", "RU-PSK", "KZ", 1.4e7)]),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:50] for c in CASES])
def test_direction_names_the_partner(text, expected):
    assert fields(text, PUB, "metric", "a", "b", "value") == expected
