"""One line per rule of event extraction (tests/data/EVENTS.md), on sentences written for the test."""

import datetime as dt

import pytest

from tests.extract.rules_helpers import event_keys, wanted_events

PUB = dt.date(2025, 5, 20)   # a Tuesday

# (text, expected events as (type, a, b, date_start, date_end, status); visit keeps its direction)
CASES = [
    # held events with no date of their own in the sentence after a visit's took place during it
    ("С 12 по 15 мая делегация Брестской области побывала в Шанхае. Губернатор выступил на "
     "китайско-белорусском бизнес-форуме.",
     [("visit", "BY-BR", "CN-SH", "2025-05-12", "2025-05-15", "held"),
      ("forum", "BY", "CN", "2025-05-12", "2025-05-15", "held")]),
    # "Главы государств …" after a visit: its two sides; a dated talk dates the visit it belongs to
    ("Президент Казахстана прилетел в Беларусь. Главы государств, которые 16 мая провели беседу, "
     "обсудили поставки техники.",
     [("visit", "KZ", "BY", "2025-05-16", "2025-05-16", "held")]),
    # an undated signing at a dated forum of the article took place on the forum's day
    ("14 мая в Казани открылся бизнес-форум Татарстана и Узбекистана. На форуме подписали соглашение "
     "между Татарстаном и Самаркандом.",
     [("forum", "RU-TA", "UZ", "2025-05-14", "2025-05-14", "held"),
      ("agreement", "RU-TA", "UZ-SA", "2025-05-14", "2025-05-14", "held")]),
    # several partners named at once: one event per pair (EVENTS.md: the pairs the text names)
    ("Гомельская область подпишет в июне соглашения с Брянской и Смоленской областями.",
     [("agreement", "BY-HO", "RU-BRY", "2025-06-01", "2025-06-30", "planned"),
      ("agreement", "BY-HO", "RU-SMO", "2025-06-01", "2025-06-30", "planned")]),
    ("Протоколы о сотрудничестве подписали Актюбинская и Оренбургская, Карагандинская и Новосибирская области.",
     [("agreement", "KZ-AKT", "RU-ORE", None, None, "held"), ("agreement", "KZ-KAR", "RU-NVS", None, None, "held")]),
    # "в ходе визита" after a visit is that visit again
    ("Делегация Псковской области прибыла в Гродненскую область. В ходе визита стороны обсудят поставки льна.",
     [("visit", "RU-PSK", "BY-HR", None, None, "held")]),
    # talks beside a visit word, of another pair than the visit's, are a meeting of their own
    ("В ходе визита в Узбекистан губернатор Оренбургской области встретился и с акимом Актюбинской области.",
     [("visit", "RU-ORE", "UZ", None, None, "held"), ("meeting", "RU-ORE", "KZ-AKT", None, None, "held")]),
    # "Участники встречи подписали …" right after an event: its two sides, its day
    ("Губернатор Челябинской области 12 мая встретился с делегацией Казахстана. Участники встречи подписали "
     "меморандум о сотрудничестве.",
     [("visit", "KZ", "RU-CHE", "2025-05-12", "2025-05-12", "held"),
      ("agreement", "KZ", "RU-CHE", "2025-05-12", "2025-05-12", "held")]),
    # a sentence naming no place refers by its kind to the article's event ("по итогам заседания")
    ("В Гродно прошло заседание рабочей группы Гродненской и Ленинградской областей. Участники обменялись "
     "опытом. По итогам заседания подписан протокол.",
     [("commission", "BY-HR", "RU-LEN", None, None, "held"), ("agreement", "BY-HR", "RU-LEN", None, None, "held")]),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:40] for c in CASES])
def test_rule(text, expected):
    assert event_keys(text, PUB) == wanted_events(expected)


def test_stem_prefilter_finds_every_cue_the_cue_words_find():
    """extract_events looks for cue words only where a stem of events._STEMS starts; a cue word added
    to event_cues.csv without its stem would be missed silently — this fails instead."""
    from etl.extract.event_cues import cue_spots, gate
    from tests.extract.score_events_dev import TUNE, load_gold

    texts = [r["text"] for r in load_gold(TUNE).values()] + [c[0] for c in CASES]
    for text in texts:
        low = text.lower()
        assert {m.start() for m in gate().finditer(low)} <= set(cue_spots(low)), text
