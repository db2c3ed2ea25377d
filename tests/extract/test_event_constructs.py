"""Event rules written for writers we never read: composed sentences in wordings the labelled passages
do not use (tests/data/EVENTS.md; docs/extraction.md, "Events: general rules"). One line per rule."""

import datetime as dt

import pytest

from tests.extract.rules_helpers import event_keys, wanted_events

PUB = dt.date(2025, 10, 15)   # a Wednesday

# (text, expected events as (type, a, b, date_start, date_end, status); a visit keeps its direction)
CASES = [
    # a sentence naming no place: the sides of the event just before it …
    ("В Минске прошли переговоры с делегацией Нижегородской области. По их итогам подписан меморандум "
     "о сотрудничестве.",
     [("visit", "RU-NIZ", "BY-HM", None, None, "held"), ("agreement", "RU-NIZ", "BY-HM", None, None, "held")]),
    # … or, after a sentence of no event, the two sides the article names ("стороны", a signed document)
    ("Экспорт Гомельской области в Брянскую область вырос на 8 %. В сентябре стороны подписали план "
     "мероприятий на 2025–2026 годы.",
     [("agreement", "BY-HO", "RU-BRY", "2025-09-01", "2025-09-30", "held")]),
    ("Гродненская область экспортирует молочную продукцию в Калининград. Подписанная в сентябре дорожная "
     "карта предусматривает расширение поставок.",
     [("agreement", "BY-HR", "RU-KGD", "2025-09-01", "2025-09-30", "held")]),
    # … but talk alone, after a sentence of no event, tells no meeting
    ("Товарооборот Беларуси и Татарстана вырос. Стороны договорились наращивать поставки.", []),
    # an oblast named by its executive committee is a side the next sentence can take
    ("Председатель Гродненского облисполкома находится с рабочей поездкой в Санкт-Петербурге. Сегодня он "
     "встретился с губернатором Александром Бегловым.",
     [("visit", "BY-HR", "RU-SPE", "2025-10-15", "2025-10-15", "held")]),
    # a clause with no verb after a planned event is its programme
    ("Делегация Ленинградской области прибудет в Минск 26 октября. В программе — переговоры с руководством "
     "Беларуси и подписание соглашения.",
     [("visit", "RU-LEN", "BY-HM", "2025-10-26", "2025-10-26", "planned"),
      ("agreement", "RU-LEN", "BY", "2025-10-26", "2025-10-26", "planned")]),
    ("Делегация Ленинградской области прибыла в Минск. В программе визита были переговоры и подписание "
     "соглашения.",
     [("visit", "RU-LEN", "BY-HM", None, None, "held"), ("agreement", "RU-LEN", "BY-HM", None, None, "held")]),
    # an undated planned visit right after the held one of its sides is its programme
    ("В Минской области с официальным визитом находится делегация Калужской области. Запланировано посещение "
     "предприятий области.",
     [("visit", "RU-KLU", "BY-MI", None, None, "held")]),
    # "в их рамках" after a planned event: planned at it, on its days
    ("Дни Ставропольского края пройдут в Гродненской области с 15 по 17 ноября. В их рамках планируется "
     "подписать соглашение о сотрудничестве.",
     [("forum", "RU-STA", "BY-HR", "2025-11-15", "2025-11-17", "planned"),
      ("agreement", "RU-STA", "BY-HR", "2025-11-15", "2025-11-17", "planned")]),
    # "Стороны" after an event, with a pair of its own named: that pair
    ("Губернатор Курской области провел переговоры с послом Беларуси в России. Стороны условились в ноябре "
     "подписать соглашение о сотрудничестве между Курской и Гомельской областями.",
     [("meeting", "RU-KRS", "BY", None, None, "held"),
      ("agreement", "RU-KRS", "BY-HO", "2025-11-01", "2025-11-30", "planned")]),
    # a signing at a forum of the two states by two of their regions: no visit of its own
    ("На Форуме регионов Беларуси и России, прошедшем в Нижнем Новгороде, Гродненская область подписала "
     "с Нижегородской областью дорожную карту.",
     [("forum", "BY", "RU", None, None, "held"), ("agreement", "BY-HR", "RU-NIZ", None, None, "held")]),
    # several visitors or hosts named at once: one visit each
    ("В Минске прошли переговоры с делегациями Тульской и Липецкой областей.",
     [("visit", "RU-TUL", "BY-HM", None, None, "held"), ("visit", "RU-LIP", "BY-HM", None, None, "held")]),
    ("Губернатор Брянской области посетил Гомельскую и Могилевскую области.",
     [("visit", "RU-BRY", "BY-HO", None, None, "held"), ("visit", "RU-BRY", "BY-MA", None, None, "held")]),
    # "гости" are the visitors the article named before, whatever the sentence names
    ("Минск посетила делегация города Тяньцзинь. Гости провели переговоры в Мингорисполкоме и посетили "
     "свободную экономическую зону «Минск».",
     [("visit", "CN-TJ", "BY-HM", None, None, "held")]),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0][:40] for c in CASES])
def test_construct(case):
    text, expected, published = (*case, PUB)[:3]
    assert event_keys(text, published) == wanted_events(expected)
