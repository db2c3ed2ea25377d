"""Extraction rules, places: a name written with a hyphen ("в Санкт-Петербурге") is in the locative when its inflected
part is ("Петербурге"), as "в Минске" is: where people met, so the pair of a later figure with no place of its own is
the states that met, not the venue ("… заявил премьер на встрече в Санкт-Петербурге. … объем торговли превысил …");
and a flow "в Санкт-Петербурге" is the place's own, not a destination ("в Санкт-Петербург").
Composed sentences (ours, written before the rule ran on them, 2026-12-07).

Before the rule (1.41.127): 2 of 5 as written (the destination; a venue sentence whose pair came from elsewhere);
after: 5 of 5.
"""

import pytest

from tests.extract.rules_helpers import fields

PUB = "2024-01-29"

CASES = [
    ("Торговля Беларуси и России в 2023 году выросла, заявил премьер-министр на встрече в Санкт-Петербурге. По его "
     "словам, объем торговли превысил 45 млрд долларов.",
     [("turnover", frozenset({"BY", "RU"}), 4.5e10)]),
    ("Переговоры глав правительств Казахстана и России прошли в Санкт-Петербурге. Стороны отметили, что товарооборот "
     "в прошлом году достиг 27 млрд долларов.",
     [("turnover", frozenset({"KZ", "RU"}), 2.7e10)]),
    ("В Санкт-Петербурге прошло заседание рабочей группы Беларуси и России. Товарооборот сторон в январе–ноябре "
     "составил 42 млрд долларов.",
     [("turnover", frozenset({"BY", "RU"}), 4.2e10)]),
    ("В Санкт-Петербурге экспорт в Беларусь за 2023 год вырос до 1,8 млрд долларов.",
     [("export", ("RU-SPE", "BY"), 1.8e9)]),
    # control: the accusative is where goods go
    ("Экспорт белорусских товаров в Санкт-Петербург за 2023 год составил 2,1 млрд долларов.",
     [("export", ("BY", "RU-SPE"), 2.1e9)]),
]


def _pairs(text):
    return [(m, frozenset({a, b}) if m == "turnover" else (a, b), v) for m, a, b, v in
            fields(text, PUB, "metric", "a", "b", "value")]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:50] for c in CASES])
def test_hyphenated_name_in_the_locative_is_a_venue(text, expected):
    assert _pairs(text) == expected
