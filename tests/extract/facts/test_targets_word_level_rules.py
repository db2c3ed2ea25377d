"""Extraction rules, targets: a level in words with no currency after "на"/"до" ("выйти на полтора миллиарда",
"довести его до ста миллионов", "на полмиллиарда") in a sentence whose earlier amount names its currency is money in
that currency, like "на 1,5 млрд" would be; a scale word followed by its noun ("ста миллионов человек") stays a count.
Composed sentences (ours, written before the rule ran on them, 2026-12-07).

Before the rule (1.41.127): 1 of 6 as written (the count); after: 5 of 6 (the fifth, a strict xfail: its speaker
is told by "пишет", no verb of speech yet); 6 of 6 after the quote-writes rule.
"""

import pytest

from tests.extract.rules_helpers import fields

PUB = "2025-08-14"
R, T = "reported", "target"
Y24, Y25 = "2024-01-01", "2025-01-01"

CASES = [
    ("«В 2024 году наш товарооборот с Беларусью составил 800 млн долларов, а в этом году мы планируем выйти на "
     "миллиард», — сказал губернатор Курской области.",
     [("RU-KRS", "BY", 8e8, "USD", Y24, R), ("RU-KRS", "BY", 1e9, "USD", Y25, T)]),
    ("Экспорт Брестской области в Китай за 2024 год превысил 90 млн долларов; в нынешнем году область намерена "
     "довести его до ста миллионов.",
     [("BY-BR", "CN", 9e7, "USD", Y24, R), ("BY-BR", "CN", 1e8, "USD", Y25, T)]),
    ("«Товарооборот с Узбекистаном в прошлом году достиг 310 млн долларов, и в этом году рассчитываем выйти на "
     "полмиллиарда», — заявил глава Могилевской области.",
     [("BY-MA", "UZ", 3.1e8, "USD", Y24, R), ("BY-MA", "UZ", 5e8, "USD", Y25, T)]),
    ("Товарооборот Минска с Новосибирской областью в 2024 году составил 1,1 млрд российских рублей, к 2027 году "
     "стороны рассчитывают довести его до двух миллиардов.",
     [("BY-HM", "RU-NVS", 1.1e9, "RUB", Y24, R), ("BY-HM", "RU-NVS", 2e9, "RUB", "2027-01-01", T)]),
    # ('пишет' read as a verb of speech since the quote-writes rule, test_places_quote_writes_rules.py)
    ("«Товарооборот с Беларусью в 2024 году составил 2,3\u00a0млрд долларов, и к 2026 году мы намерены выйти на три "
     "миллиарда», — пишет в своем канале губернатор Брянской области.",
     [("RU-BRY", "BY", 2.3e9, "USD", Y24, R), ("RU-BRY", "BY", 3e9, "USD", "2026-01-01", T)]),
    # a count: the scale word has its noun after it
    ("Экспорт Витебской области в Индию в 2024 году составил 40 млн долларов, а население партнерского штата — более "
     "ста миллионов человек.",
     [("BY-VI", "IN", 4e7, "USD", Y24, R)]),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[getattr(c, "values", c)[0][:50] for c in CASES])
def test_word_level_takes_the_earlier_currency(text, expected):
    assert fields(text, PUB, "a", "b", "value", "currency", "period_start", "status") == expected
