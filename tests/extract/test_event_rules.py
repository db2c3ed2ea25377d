"""One line per rule of event extraction (tests/data/EVENTS.md), on sentences written for the test."""

import datetime as dt

import pytest

from tests.extract.rules_helpers import event_keys, wanted_events

PUB = dt.date(2025, 5, 20)   # a Tuesday

# (text, expected events as (type, a, b, date_start, date_end, status); visit keeps its direction)
CASES = [
    # two capitals stand for their states, unless the sentence speaks of the cities
    ("Сотрудничество обсуждали 12 мая участники видеомоста Минск — Москва, представители министерств двух стран.",
     [("meeting", "BY", "RU", "2025-05-12", "2025-05-12", "held")]),
    ("Минск и Ташкент подписали договор о сотрудничестве двух столиц.",
     [("agreement", "BY-HM", "UZ-TK", None, None, "held")]),
    ("Санкт-Петербург и Ташкент подписали дорожную карту сотрудничества.",
     [("agreement", "RU-SPE", "UZ-TK", None, None, "held")]),
    # a resident diplomat's state meets the official; the places talked about are no side
    ("Губернатор Брянской области обсудил с послом Беларуси в России связи региона с Гомельской областью.",
     [("meeting", "RU-BRY", "BY", None, None, "held")]),
    # a region with its own state's ambassador: a meeting region–state (the labels of dev byru-003,
    # train-real w3a-033 and w3a-037)
    ("Губернатор Тульской области встретился с послом России в Беларуси.",
     [("meeting", "RU-TUL", "RU", None, None, "held")]),
    ("Губернатор Курской области встретился с послами Ирана и Беларуси в России.",
     [("meeting", "RU-KRS", "IR", None, None, "held"), ("meeting", "RU-KRS", "BY", None, None, "held")]),
    ("Губернатор встретился с генеральным консулом Киргизии в Екатеринбурге.",
     [("meeting", "RU-SVE", "KG", None, None, "held")]),
    ("Посол России в Беларуси и председатель Витебского облисполкома обсудили подготовку Форума регионов "
     "Беларуси и России, который пройдет в 2026 году.",
     [("meeting", "BY-VI", "RU", None, None, "held"), ("forum", "BY", "RU", "2026-01-01", "2026-12-31", "planned")]),
    ("В Волгоград прибыл посол Казахстана в России, и губернатор провел с ним рабочую встречу.",
     [("visit", "KZ", "RU-VGG", None, None, "held")]),
    # held events with no date of their own in the sentence after a visit's took place during it
    ("С 12 по 15 мая делегация Брестской области побывала в Шанхае. Губернатор выступил на "
     "китайско-белорусском бизнес-форуме.",
     [("visit", "BY-BR", "CN-SH", "2025-05-12", "2025-05-15", "held"),
      ("forum", "BY", "CN", "2025-05-12", "2025-05-15", "held")]),
    # a city of a partner's region outside regions.csv stands for that region (extra_cities.csv)
    ("Делегация Витебской области во главе с губернатором прибыла в Харбин.",
     [("visit", "BY-VI", "CN-HL", None, None, "held")]),
    ("Губернатор Курганской области принял делегацию из Костаная.",
     [("visit", "KZ-KUS", "RU-KGN", None, None, "held")]),
    ("Новосибирская область и Самарканд подписали меморандум о сотрудничестве.",
     [("agreement", "RU-NVS", "UZ-SA", None, None, "held")]),
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
    # heads of state and government named without their country (event_actors.csv)
    ("Бердымухамедов и Мирзиёев обсудили по телефону поставки газа.",
     [("meeting", "TM", "UZ", None, None, "held")]),
    # "в ходе визита" after a visit is that visit again
    ("Делегация Псковской области прибыла в Гродненскую область. В ходе визита стороны обсудят поставки льна.",
     [("visit", "RU-PSK", "BY-HR", None, None, "held")]),
    # a delegation named with its province travels ("с делегацией провинции Цзянсу")
    ("Вице-губернатор Ленинградской области провел переговоры с делегацией провинции Цзянсу.",
     [("visit", "CN-JS", "RU-LEN", None, None, "held")]),
    # talks beside a visit word, of another pair than the visit's, are a meeting of their own
    ("В ходе визита в Узбекистан губернатор Оренбургской области встретился и с акимом Актюбинской области.",
     [("visit", "RU-ORE", "UZ", None, None, "held"), ("meeting", "RU-ORE", "KZ-AKT", None, None, "held")]),
    # provinces of Armenia, oblasts of Kyrgyzstan (extra_places.csv) and their cities (extra_cities.csv)
    ("Правительство Калужской области подписало меморандум с администрацией Ширакского марза Армении.",
     [("agreement", "RU-KLU", "AM-SH", None, None, "held")]),
    ("Делегация Чуйской области посетила Новосибирск.",
     [("visit", "KG-C", "RU-NVS", None, None, "held")]),
    # a delegation named by its country and led from one of its regions is that region's
    ("Губернатор Амурской области принял китайскую делегацию во главе с вице-мэром Харбина.",
     [("visit", "CN-HL", "RU-AMU", None, None, "held")]),
    ("Витебская область и Смоленская область подписали договор о побратимстве.",
     [("agreement", "BY-VI", "RU-SMO", None, None, "held")]),
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
