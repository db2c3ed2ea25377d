"""Extraction rules, places: "пишет"/"написал" after a closing quotation ("«…», — пишет губернатор Брянской области",
"«…», — написал в телеграм-канале губернатор …") names the quotation's speaker, like "сказал": the speaker's place
reports the quoted figures.
Composed sentences (ours, written before the rule ran on them, 2026-12-07).

Before the rule (1.41.127): 0 of 2 as written; after: 2 of 2.
"""

import pytest

from tests.extract.rules_helpers import fields

PUB = "2025-08-14"

CASES = [
    ("«Экспорт в Казахстан за полугодие вырос до 75 млн долларов», — написал в телеграм-канале губернатор Курганской "
     "области.",
     [("export", "RU-KGN", "KZ", 7.5e7)]),
    ("«Товарооборот с Беларусью в прошлом году превысил 400\u00a0млн долларов», — пишет губернатор Новгородской "
     "области.",
     [("turnover", "RU-NGR", "BY", 4e8)]),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:50] for c in CASES])
def test_writes_names_the_speaker(text, expected):
    assert fields(text, PUB, "metric", "a", "b", "value") == expected
