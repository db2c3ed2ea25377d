"""Extraction rules: a region's total foreign trade against a pair's trade (docs/extraction.md, "Places":
"A total and its partner"). Composed sentences (ours, written before the rules ran on them, 2026-12-07,
branch fxt).

"Внешнеторговый оборот области составил …" is the region's trade with the whole world, no pair's — unless the
sentence or the one before names the partner: before the keyword ("С Беларусью внешнеторговый оборот …"), by a
pronoun ("… с ней"), as the two regions ("оборот регионов"), or as the pair the sentence before introduced
with no figure of its own (the labels read "Доля КНР во внешнеторговом обороте Приморья … Объем внешней
торговли … превысил 6 млрд" as the pair's).

Before the rules (1.41.113): 5 of 11 as written (the six with a partner failed: no fact); after, 11 of 11,
and a 12th guard written after a tuned passage showed the share case (12 of 12).
"""

import datetime as dt

import pytest

from tests.extract.rules_helpers import facts

PUB = dt.date(2025, 3, 1)

CASES = [
    # the partner before the keyword, in its clause
    ("С Беларусью внешнеторговый оборот Смоленской области в 2024 году составил 1,2 млрд долларов.",
     [("turnover", "RU-SMO", "BY", 1.2e9, "USD", None)]),
    ("По итогам 2024 года с Китаем внешнеторговый оборот Гродненской области достиг 300 млн долларов.",
     [("turnover", "BY-HR", "CN", 3e8, "USD", None)]),
    # by a pronoun
    ("Беларусь — важный партнер Курской области, внешнеторговый оборот с ней в 2024 году составил 50 млн "
     "долларов.", [("turnover", "RU-KRS", "BY", 5e7, "USD", None)]),
    # the two regions, named in the sentence before
    ("Делегация Гомельской области прибыла в Брянск. Внешнеторговый оборот регионов в 2024 году составил "
     "700 млн долларов.", [("turnover", "BY-HO", "RU-BRY", 7e8, "USD", None)]),
    # the pair the sentence before introduced, with no figure and no place of its own
    ("Беларусь остается ключевым партнером Брянской области. Внешнеторговый оборот в 2024 году составил "
     "900 млн долларов.", [("turnover", "RU-BRY", "BY", 9e8, "USD", None)]),
    ("Татарстан и Беларусь подписали дорожную карту. Внешняя торговля в 2024 году выросла на 8 %.",
     [("turnover", "RU-TA", "BY", None, None, 8.0)]),
    # guards: a region's total stays no fact
    ("Внешнеторговый оборот Смоленской области в 2024 году составил 5 млрд долларов.", []),
    ("Товарооборот Гомельской области с Брянской областью составил 300 млн долларов. Внешнеторговый оборот "
     "области в целом составил 5 млрд долларов.", [("turnover", "BY-HO", "RU-BRY", 3e8, "USD", None)]),
    ("С начала года внешнеторговый оборот Смоленской области вырос на 5 %.", []),
    ("Внешнеторговый оборот Смоленской области со странами СНГ составил 2 млрд долларов.", []),
    # (written after a tuned passage showed it: the partner of another trade word or a share before the total)
    ("Губернатор отметил, что торговля с Казахстаном составляет пятую часть внешнеторгового оборота "
     "Оренбургской области, который в 2024 году достиг 3 млрд долларов.", []),
    ("Смоленская область наращивает поставки в Беларусь. Внешнеторговый оборот области в 2024 году составил "
     "5 млрд долларов, из них на Беларусь пришлось 2 млрд долларов.",
     [("turnover", "RU-SMO", "BY", 2e9, "USD", None)]),
]


def _unordered(rows):
    """A turnover's pair compared unordered, as tests/score_facts.py compares it."""
    return sorted((m, *sorted((a, b)), *rest) if m == "turnover" else (m, a, b, *rest) for m, a, b, *rest in rows)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_total_or_pair(text, expected):
    assert _unordered(facts(text, PUB)) == _unordered(expected)
