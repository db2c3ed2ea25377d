"""Extraction rules: where and as of when a figure was told — its source, not its sides or its period.

A place word in the attribution of a figure ("Как сообщили в облисполкоме, …",
"В облисполкоме рассказали, что …", "…, сообщили в облисполкоме") names the source, not a side of the trade.
With two oblasts in the article "облисполком" has no single referent; before 1.41.117 it was read as the
unresolved partner and took the place of the partner the sentence names ("с Курской областью"), giving a fact
with a null partner. Composed sentences (ours, written before the rule ran on them, 2026-12-07).

Before the rule (1.41.116): 6 of 9 as written; after: 9 of 9.

The date of the data ("по данным на 1 марта 2025 года", "(данные Белстата на 1 апреля)", "по состоянию на 1 июля
… за полугодие") is not the figure's period when the sentence states one; alone, "на 1 июля" is still the year
so far. Before the rule (1.41.116): 4 of 6 as written; after: 6 of 6.
"""

import datetime as dt

import pytest

from tests.extract.rules_helpers import facts, fields

PUB = dt.date(2025, 8, 14)
T, E = "turnover", "export"

CASES = [
    ("Как сообщили в облисполкоме, товарооборот Гомельской области с Курской областью в 2024 году составил "
     "75 млн долларов.", [(T, "BY-HO", "RU-KRS", 7.5e7, "USD", None)]),
    ("В облисполкоме сообщили, что экспорт Витебской области в Смоленскую область за январь–май вырос на 12 %.",
     [(E, "BY-VI", "RU-SMO", None, None, 12.0)]),
    ("Об этом рассказали в облисполкоме: товарооборот Брестской области с Калужской областью превысил 90 млн "
     "долларов.", [(T, "BY-BR", "RU-KLU", 9e7, "USD", None)]),
    ("Товарооборот Могилевской области с Ярославской областью в 2024 году составил 110 млн долларов, сообщили в "
     "облисполкоме.", [(T, "BY-MA", "RU-YAR", 1.1e8, "USD", None)]),
    ("Как сообщили в облисполкоме, объем взаимной торговли Гродненской и Псковской областей в 2024 году "
     "составил 48,5\u00a0млн долларов.", [(T, "BY-HR", "RU-PSK", 4.85e7, "USD", None)]),
    ("Делегация Гомельской области побывала в Курске. Как пояснили в облисполкоме, товарооборот с Курской "
     "областью в 2024 году вырос на 15 %.", [(T, "BY-HO", "RU-KRS", None, None, 15.0)]),
    ("В пресс-службе облисполкома уточнили, что экспорт Минской области в Тверскую область составил 30 млн "
     "долларов.", [(E, "BY-MI", "RU-TVE", 3e7, "USD", None)]),
    # guards: with no place of its own the source does not become a side; an unlisted partner stays null
    ("Как уточнили в облисполкоме, в 2024 году товарооборот вырос на 7 %.", []),
    ("Экспорт Брестской области в Россию составил 2 млрд долларов, а в Тмутаракань — 40 млн долларов.",
     [(E, "BY-BR", "RU", 2e9, "USD", None), (E, "BY-BR", None, 4e7, "USD", None)]),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:50] for c in CASES])
def test_attribution_place_is_no_side(text, expected):
    assert sorted(facts(text, PUB), key=repr) == sorted(expected, key=repr)


AS_OF = [
    ("В 2024 году, по данным на 1 марта 2025 года, товарооборот Гродненской области с Россией составил 2,1 млрд "
     "долларов.", [("BY-HR", "RU", 2.1e9, "2024-01-01", "2024-12-31")]),
    ("Товарооборот Гродненской области с Россией по итогам 2024 года (данные Белстата на 1 апреля 2025 года) "
     "составил 2,1 млрд долларов.", [("BY-HR", "RU", 2.1e9, "2024-01-01", "2024-12-31")]),
    ("По данным Национального статистического комитета на 1 апреля 2025 года, товарооборот Брестской области с "
     "Россией в 2024 году составил 5,3\u00a0млрд долларов.", [("BY-BR", "RU", 5.3e9, "2024-01-01", "2024-12-31")]),
    ("По состоянию на 1 июля 2025 г. товарооборот Минской области с Москвой за первое полугодие превысил 400 млн "
     "долларов.", [("BY-MI", "RU-MOW", 4e8, "2025-01-01", "2025-06-30")]),
    # guards: the as-of date alone is the year so far
    ("По данным на 1 июля, товарооборот Гродненской области с Россией составил 1,1 млрд долларов.",
     [("BY-HR", "RU", 1.1e9, "2025-01-01", "2025-06-30")]),
    ("На 1 октября 2024 года товарооборот Могилевской области с Россией достиг 3 млрд долларов.",
     [("BY-MA", "RU", 3e9, "2024-01-01", "2024-09-30")]),
]


@pytest.mark.parametrize("text,expected", AS_OF, ids=[c[0][:50] for c in AS_OF])
def test_date_of_the_data_is_no_period(text, expected):
    assert fields(text, PUB.isoformat(), "a", "b", "value", "period_start", "period_end") == expected


# A trade sentence whose figure is no fact (a share) stating the period the next sentence continues was tried
# (1.41.120) and withdrawn: its period stays in the context until the next fact, so it reached figures of other
# topics several sentences on (bench.extract_digest, the hard corpus: "в мае 2020 года" of a fair's invitation given
# to an Omsk–Kazakhstan total two sentences later). The first case is left as a strict xfail.
WITHDRAWN_CARRY = "withdrawn at 1.41.122: a share's period carried on to unrelated figures (see above)"
CARRIED = [
    pytest.param("Российская Федерация является основным торговым партнером Гомельской области. В январе – августе "
                 "текущего года на ее долю пришлось 58,3 % товарооборота региона. Объем взаимной торговли составил "
                 "2,4 млрд долларов.", [("BY-HO", "RU", 2.4e9, "2025-01-01", "2025-08-31")],
                 marks=pytest.mark.xfail(reason=WITHDRAWN_CARRY, strict=True)),
    ("По итогам первого полугодия на долю Беларуси пришлось 12 % внешнеторгового оборота Калужской области. "
     "Товарооборот с республикой составил 310 млн долларов.", [("RU-KLU", "BY", 3.1e8, "2025-01-01", "2025-06-30")]),
    ("К 2027 году доля России в товарообороте Брестской области должна достичь 70 %. Товарооборот Брестской "
     "области с Россией составил 3 млрд долларов.", [("BY-BR", "RU", 3e9, None, None)]),
]


@pytest.mark.parametrize("text,expected", CARRIED)
def test_share_sentence_states_the_period(text, expected):
    assert fields(text, "2025-11-12", "a", "b", "value", "period_start", "period_end") == expected


# A macro-region's adjective naming the organisation that told the figure ("пресс-служба Сибирского таможенного
# управления", "по данным Сибирской таможни") is the source, not a group of regions as partner: it used to make the
# figure a group's and drop it. Composed (ours, written before the rule ran on them, 2026-12-07; the first found in a
# blind-written set). Before the rule (1.41.122): 6 of 8 as written; after: 8 of 8.
PAIR_FIRST = "Товарооборот Новосибирской области с Китаем в 2024 году составил 1,2 млрд долларов. "
ORGANISATION_NOT_GROUP = [
    (PAIR_FIRST + "Экспорт составил 312,8 млн долларов, импорт — 863,5 млн долларов, сообщает пресс-служба "
     "Сибирского таможенного управления.",
     [(T, "RU-NVS", "CN", 1.2e9), (E, "RU-NVS", "CN", 3.128e8), ("import", "RU-NVS", "CN", 8.635e8)]),
    (PAIR_FIRST + "Как сообщает пресс-служба Сибирского таможенного управления, экспорт составил 312,8 млн долларов, "
     "импорт — 863,5 млн долларов.",
     [(T, "RU-NVS", "CN", 1.2e9), (E, "RU-NVS", "CN", 3.128e8), ("import", "RU-NVS", "CN", 8.635e8)]),
    ("Как сообщили в Сибирском таможенном управлении, товарооборот Омской области с Казахстаном за январь–июнь "
     "2025 года составил 640 млн долларов.", [(T, "RU-OMS", "KZ", 6.4e8)]),
    ("Поставки Новосибирской области в Беларусь, по информации Сибирской таможни, в 2024 году выросли до 98,5\u00a0млн "
     "долларов.", [(E, "RU-NVS", "BY", 9.85e7)]),
    ("По данным Сибирского управления Банка России, экспорт Алтайского края в Казахстан в 2024 году составил "
     "410 млн долларов.", [(E, "RU-ALT", "KZ", 4.1e8)]),
    ("Экспорт Томской области в Китай в 2024 году вырос до 150 млн долларов — такие данные приводит Сибирская "
     "таможня.", [(E, "RU-TOM", "CN", 1.5e8)]),
    # guards: a macro-region as the partner is still a group
    ("Экспорт Беларуси в регионы Сибири в 2024 году составил 1,1 млрд долларов.", []),
    ("Товарооборот Минской области с Сибирью в 2024 году вырос до 300 млн долларов.", []),
]


@pytest.mark.parametrize("text,expected", ORGANISATION_NOT_GROUP, ids=[c[0][-60:] for c in ORGANISATION_NOT_GROUP])
def test_organisation_of_a_macro_region_is_no_group(text, expected):
    assert sorted(fields(text, PUB.isoformat(), "metric", "a", "b", "value"), key=repr) == sorted(expected, key=repr)
