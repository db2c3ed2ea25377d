"""Meetings told by other writers than press offices: a governor's channel in the first person, talks by
telephone or video, on the sidelines, the talks of two delegations.

Composed on 2026-12-07 (branch evr5) before the extractor was run on them, in styles the tuned passages
do not contain; a case the rules still miss is a strict xfail with its class (MISSED). Compared as the
strict scorer compares (tests/score_events.py): type, sides (a visit keeps its direction), the months of
start and end, status; published PUB (2025-10-15). The comment below the imports says how many passed
before the rules of that round and after."""

import pytest

from tests.extract.events.common import FO, MT, NB, NONE, NOV, OCT, PUB, VI
from tests.extract.rules_helpers import assert_cue_spots_cover, event_keys, grouped_params, wanted_events

# Before → after (evr5, 2026-12-07): 8 of 8 passed before the rules of this round (115 cases in the five
# *_told modules: 99 passed).
# after the talks of two delegations (1.41.123): 8 of 8 and 2 guards written after the rule (*_told: 100 of 115)

FIRST_PERSON = [
    ("Провёл переговоры с хокимом Андижанской области. Ярославская область готова поставлять двигатели и "
     "автокомпоненты, договорились открыть торговый дом.",
     [(MT, "RU-YAR", "UZ-AN", *NONE, "held")]),
]

MEETINGS = [
    ("Губернатор Свердловской области провел встречу с Генеральным консулом Китая в Екатеринбурге.",
     [(MT, "RU-SVE", "CN", *NONE, "held")]),
    ("На полях ПМЭФ состоялась встреча губернатора Ярославской области с хокимом Андижанской области.",
     [(MT, "RU-YAR", "UZ-AN", *NONE, "held")]),
    ("Встреча губернатора Калининградской области и председателя Гродненского облисполкома прошла в формате "
     "видеоконференции.",
     [(MT, "RU-KGD", "BY-HR", *NONE, "held")]),
    ("Состоялся телефонный разговор главы Башкортостана с хокимом Бухарской области.",
     [(MT, "RU-BA", "UZ-BU", *NONE, "held")]),
    ("Сегодня главы Омской и Павлодарской областей обсудили в режиме видеосвязи подготовку к зимнему сезону.",
     [(MT, "RU-OMS", "KZ-PAV", *OCT, "held")]),
]

WORDINGS = [
    ("Глава Башкортостана провел переговоры с Чрезвычайным и Полномочным Послом Узбекистана.",
     [(MT, "RU-BA", "UZ", *NONE, "held")]),
    ("Главы Оренбургской и Актюбинской областей обсудили по телефону паводковую ситуацию.",
     [(MT, "RU-ORE", "KZ-AKT", *NONE, "held")]),
]

# guards written after the rule of the talks of two delegations (1.41.123): a venue of one side makes it a visit
GUARDS = [
    ("Переговоры делегаций Оренбургской и Актюбинской областей прошли в Оренбурге.",
     [(VI, "KZ-AKT", "RU-ORE", *NONE, "held")]),
    ("Состоялась встреча делегаций Курганской и Костанайской областей.",
     [(MT, "RU-KGN", "KZ-KUS", *NONE, "held")]),
]

# (pev, 2026-12-07) Agreeing told by the noun ("достигли договоренности", "Договоренность … достигли",
# "достигнута договоренность"), as "договорились" is: the two officials met (no document: no agreement, EVENTS.md).
# Written before the rule ran on them; before (1.41.125) 0 of 5 as first written, after 5 of 5 (the third, changed to
# the convention, passes before and after).
REACHED = [
    ("Губернатор Смоленской области и председатель Витебского облисполкома достигли договоренности о поставках льна.",
     [(MT, "RU-SMO", "BY-VI", *NONE, "held")]),
    ("Договоренность о создании совместного предприятия губернатор Брянской области и председатель Гомельского "
     "облисполкома достигли в сентябре.",
     [(MT, "RU-BRY", "BY-HO", "2025-09", "2025-09", "held")]),
    # (expectation changed after the first run to the convention of test_not_events.py: regions, no official, that
    # reach an accord are no event)
    ("Между Оренбургской и Актюбинской областями достигнута договоренность о расширении поставок.", []),
    ("Аким Павлодарской области и губернатор Омской области достигли договорённостей по логистике 10" + NB
     + "октября.",
     [(MT, "KZ-PAV", "RU-OMS", *OCT, "held")]),
    ("Договоренности об открытии торгового дома были достигнуты губернатором Тульской области и председателем "
     "Могилевского облисполкома.",
     [(MT, "RU-TUL", "BY-MA", *NONE, "held")]),
]

# "условились", as "договорились": officials who agreed with each other met (e7b, 2026-12-07; composed before
# the rule: 1 of 5 passed before, 3 of 5 after)
SETTLED = [
    ("Губернатор Брянской области и председатель Гомельского облисполкома 14 октября условились расширить поставки.",
     [(MT, "RU-BRY", "BY-HO", *OCT, "held")]),
    ("Аким Павлодарской области условился с губернатором Омской области наращивать поставки зерна.",
     [(MT, "KZ-PAV", "RU-OMS", *NONE, "held")]),
    ("В понедельник Александр Лукашенко и смоленский губернатор условились создать совместное производство.",
     [(MT, "BY", "RU-SMO", *OCT, "held")]),
    ("Стороны условились наращивать товарооборот.", []),
    ("Председатель Витебского облисполкома и губернатор Псковской области условились, что в ноябре пройдут Дни "
     "Псковской области в Витебске.",
     [(MT, "BY-VI", "RU-PSK", *NONE, "held"), (FO, "RU-PSK", "BY-VI", *NOV, "planned")]),
]

MISSED: dict[str, str] = {
    "В понедельник Александр Лукашенко и смоленский губернатор условились":
        "left: a weekday before a past talk verb ('В понедельник … договорились / условились') is read as the next "
        "Monday (planned), as with 'договорились'",
    "Председатель Витебского облисполкома и губернатор Псковской области условились, что":
        "left: officials who agreed on a forum ahead ('договорились / условились, что … пройдут Дни') make no meeting "
        "of their own, as with 'договорились'",
}

GROUPS = {"first_person": FIRST_PERSON, "meetings": MEETINGS, "wordings": WORDINGS, "guards": GUARDS,
          "reached": REACHED, "settled": SETTLED}


@pytest.mark.parametrize(("text", "expected"), grouped_params(GROUPS, MISSED))
def test_meetings_told(text, expected):
    assert event_keys(text, PUB, months=True) == wanted_events(expected)


def test_stem_prefilter_finds_every_cue_of_these_wordings():
    """Every cue of these wordings starts with a stem of event_cues.STEMS (else cue_spots skips it)."""
    assert_cue_spots_cover(GROUPS)
