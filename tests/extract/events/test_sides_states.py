"""States as sides: heads of state and government, ministers, foreign regions and places our lists lack, lists
of partners, a city that is the seat of another region, two regions of one country.

Composed sentences, each written before the extractor ran on it; a case the rules still miss is a
strict xfail with its class (MISSED). Compared as the strict scorer compares (tests/score_events.py):
type, sides (a visit keeps its direction), the months of start and end, status; the lists read by day
compare whole dates. Each list says the grid it was composed in (tests/extract/test_event_*.py before
this layout); that grid's batches, dates and before → after counts are in HISTORY.md."""

import pytest

from tests.extract.events.common import AG, CO, FO, MT, NONE, NOV, OCT, ONE_COUNTRY, PUB, PUB_MAY, VI
from tests.extract.rules_helpers import assert_cue_spots_cover, event_keys, grouped_params, wanted_events

# batch 11: visits of heads of state and government, ministers, foreign regions
# (test_event_diplomats_visits.py, VISIT_STATES)
VISIT_STATES = [
    ("Президент Узбекистана находится с государственным визитом в Казахстане.",
     [(VI, "UZ", "KZ", *NONE, "held")]),
    ("Премьер-министр Беларуси прибыл в Москву для участия в переговорах.",
     [(VI, "BY", "RU", *NONE, "held")]),
    ("Лукашенко прилетел в Санкт-Петербург.",
     [(VI, "BY", "RU-SPE", *NONE, "held")]),
    ("Министр иностранных дел Беларуси провел переговоры в Ташкенте.",
     [(VI, "BY", "UZ", *NONE, "held")]),
    ("Глава МИД России посетил Минск.",
     [(VI, "RU", "BY", *NONE, "held")]),
    ("Аким Северо-Казахстанской области вместе с делегацией побывал на предприятиях Омска.",
     [(VI, "KZ-SEV", "RU-OMS", *NONE, "held")]),
    ("Хоким Бухарской области с рабочим визитом находится в Татарстане.",
     [(VI, "UZ-BU", "RU-TA", *NONE, "held")]),
    ("Делегация китайской провинции Хэйлунцзян прибыла в Хабаровск.",
     [(VI, "CN-HL", "RU-KHA", *NONE, "held")]),
    ("Вице-премьер Беларуси Виктор Каранкевич посетил Новосибирскую область.",
     [(VI, "BY", "RU-NVS", *NONE, "held")]),
]

# Two regions of one country
# (test_event_recall_grammar.py, SAME_COUNTRY)
SAME_COUNTRY = [
    ("Делегация Тульской области посетила Калужскую область.",
     [(VI, "RU-TUL", "RU-KLU", *NONE, "held")]),
    ("Гродненская и Брестская области подписали план совместных мероприятий на 2026 год.",
     [(AG, "BY-HR", "BY-BR", *NONE, "held")]),
    ("Губернатор Калужской области принял делегацию Тульской области.",
     [(VI, "RU-TUL", "RU-KLU", *NONE, "held")]),
    ("Омская и Новосибирская области заключили соглашение о сотрудничестве.",
     [(AG, "RU-OMS", "RU-NVS", *NONE, "held")]),
    ("Губернаторы Тверской и Ярославской областей провели переговоры 10 октября.",
     [(MT, "RU-TVE", "RU-YAR", *OCT, "held")]),
]

# Batch 7: states and their heads, ministers, national exhibitions, diplomats in a report's clause
# (test_event_recall_incidental.py, STATES)
STATES = [
    ("Товарооборот России и Узбекистана в прошлом году превысил 9 млрд долларов, сообщил министр "
     "экономического развития РФ на заседании межправкомиссии в Самарканде.",
     [(CO, "RU", "UZ", *NONE, "held")]),
    ("На Российско-Казахстанском форуме межрегионального сотрудничества, прошедшем в Оренбурге, было "
     "подписано 15 соглашений.",
     [(FO, "RU", "KZ", *NONE, "held")]),
    ("Президент Казахстана Касым-Жомарт Токаев, прибывший в Москву с государственным визитом, отметил "
     "рост торговли.",
     [(VI, "KZ", "RU", *NONE, "held")]),
    ("Во время визита Си Цзиньпина в Казахстан стороны заявили о намерении довести товарооборот до 40 "
     "млрд долларов.",
     [(VI, "CN", "KZ", *NONE, "held")]),
    ("Белорусская сторона предложила на заседании Совета Министров Союзного государства увеличить "
     "квоты.",
     [(CO, "BY", "RU", *NONE, "held")]),
    ("На встрече с председателем КНР премьер-министр Беларуси заявил, что экспорт в Китай вырос на 20 "
     "%.",
     [(MT, "BY", "CN", *NONE, "held")]),
    ("В Пекине прошло заседание белорусско-китайского межправительственного комитета по "
     "сотрудничеству.",
     [(CO, "BY", "CN", *NONE, "held")]),
    ("Министр иностранных дел Узбекистана провёл переговоры в Минске со своим белорусским коллегой.",
     [(VI, "UZ", "BY", *NONE, "held")]),
    ("В Ташкенте открылась национальная выставка Беларуси.",
     [(FO, "BY", "UZ", *NONE, "held")]),
    ("На полях саммита ШОС Лукашенко и Си Цзиньпин провели двустороннюю встречу.",
     [(MT, "BY", "CN", *NONE, "held")]),
    ("Российско-узбекский межрегиональный форум пройдёт в Ташкенте в ноябре.",
     [(FO, "RU", "UZ", *NOV, "planned")]),
    ("Вице-премьер России посетил Минск, где обсудил с белорусским премьером поставки нефти.",
     [(VI, "RU", "BY", *NONE, "held")]),
    ("Казахстанская делегация во главе с министром торговли прибыла в Минск.",
     [(VI, "KZ", "BY", *NONE, "held")]),
    ("Переговоры президентов Беларуси и Казахстана состоялись 14 октября в Астане.",
     [(VI, "BY", "KZ", *OCT, "held")]),
    ("Товарооборот Беларуси и Китая вырос на 30 %, заявил посол КНР в Беларуси на встрече с "
     "председателем Брестского облисполкома.",
     [(MT, "CN", "BY-BR", *NONE, "held")]),
    ("Дни экономики Китая прошли в Минске в начале октября.",
     [(FO, "CN", "BY", *OCT, "held")]),
    ("Премьер-министры России и Беларуси провели переговоры в Минске 3 октября.",
     [(VI, "RU", "BY", *OCT, "held")]),
    ("Беларусь и Узбекистан подписали межправительственное соглашение о сотрудничестве в сфере "
     "торговли.",
     [(AG, "BY", "UZ", *NONE, "held")]),
]

# Batch 10: lists of partners, Chinese and Kazakh regions, a city that is the seat of another region
# (test_event_recall_incidental.py, LISTS)
LISTS = [
    ("В ходе форума Омская область подписала соглашения с Павлодарской и Северо-Казахстанской "
     "областями.",
     [(AG, "RU-OMS", "KZ-PAV", *NONE, "held"), (AG, "RU-OMS", "KZ-SEV", *NONE, "held")]),
    ("Делегации Гомельской и Могилевской областей побывали в Брянске.",
     [(VI, "BY-HO", "RU-BRY", *NONE, "held"), (VI, "BY-MA", "RU-BRY", *NONE, "held")]),
    ("Губернатор Приморского края провел переговоры с руководством провинции Цзилинь в Чанчуне.",
     [(VI, "RU-PRI", "CN-JL", *NONE, "held")]),
    ("Аким Западно-Казахстанской области принял делегацию Саратовской области.",
     [(VI, "RU-SAR", "KZ-ZAP", *NONE, "held")]),
    ("Хоким Ташкентской области и губернатор Новосибирской области подписали меморандум о "
     "сотрудничестве 6 октября.",
     [(AG, "UZ-TO", "RU-NVS", *OCT, "held")]),
    ("Делегация провинции Хэйлунцзян во главе с вице-губернатором посетила Хабаровский край.",
     [(VI, "CN-HL", "RU-KHA", *NONE, "held")]),
    ("В Харбине прошли Дни Приморского края.",
     [(FO, "RU-PRI", "CN-HL", *NONE, "held")]),
    ("Представители Алтайского края и Восточно-Казахстанской области провели заседание рабочей группы "
     "в Усть-Каменогорске.",
     [(CO, "RU-ALT", "KZ-VOS", *NONE, "held")]),
    ("Глава Чувашии встретился в Минске с председателем Минского облисполкома.",
     [(VI, "RU-CU", "BY-MI", *NONE, "held")]),
    ("Делегация Республики Беларусь во главе с министром промышленности посетила Ульяновскую область "
     "2–3 октября.",
     [(VI, "BY", "RU-ULY", *OCT, "held")]),
    ("Переговоры губернатора Иркутской области и посла Монголии в России прошли в Иркутске.",
     [(MT, "RU-IRK", "MN", *NONE, "held")]),
    ("Казань посетила делегация провинции Цзянсу.",
     [(VI, "CN-JS", "RU-TA", *NONE, "held")]),
    ("Витебская, Могилевская и Гомельская области подписали соглашения со Смоленской областью.",
     [(AG, "BY-VI", "RU-SMO", *NONE, "held"),
      (AG, "BY-MA", "RU-SMO", *NONE, "held"),
      (AG, "BY-HO", "RU-SMO", *NONE, "held")]),
    ("Правительство Курганской области и акимат Костанайской области обсудили в режиме ВКС поставки "
     "зерна 1 октября.",
     [(MT, "RU-KGN", "KZ-KUS", *OCT, "held")]),
]

# Sides named by a city, an adjective or a body of a foreign subdivision
# (test_event_recall_visits.py, VISIT_NAMED)
VISIT_NAMED = [
    ("Самаркандская делегация прибыла в Казань.",
     [(VI, "UZ-SA", "RU-TA", *NONE, "held")]),
    ("Делегация хокимията Самарканда посетила Уфу.",
     [(VI, "UZ-SA", "RU-BA", *NONE, "held")]),
    ("Делегация Ташкентской области прибыла в Минск с рабочим визитом.",
     [(VI, "UZ-TO", "BY-HM", *NONE, "held")]),
    ("Представители правительства провинции Шаньдун побывали в Екатеринбурге.",
     [(VI, "CN-SD", "RU-SVE", *NONE, "held")]),
    ("Делегация казахстанского Шымкента прибыла в Новосибирск.",
     [(VI, "KZ", "RU-NVS", *NONE, "held")]),
    ("Хоким узбекского Гулистана посетил Барнаул с рабочим визитом.",
     [(VI, "UZ", "RU-ALT", *NONE, "held")]),
    ("Делегация Павлодара во главе с акимом города побывала в Омске.",
     [(VI, "KZ-PAV", "RU-OMS", *NONE, "held")]),
    ("Харбинская делегация посетила Хабаровск.",
     [(VI, "CN-HL", "RU-KHA", *NONE, "held")]),
    ("Делегация Актобе прибыла в Оренбург.",
     [(VI, "KZ-AKT", "RU-ORE", *NONE, "held")]),
    ("Бобруйская делегация побывала в Ярославле.",
     [(VI, "BY-MA", "RU-YAR", *NONE, "held")]),
    ("Делегация Андижана во главе с хокимом побывала в Ярославле.",
     [(VI, "UZ-AN", "RU-YAR", *NONE, "held")]),
    ("Гомель посетила делегация Тамбовской области.",
     [(VI, "RU-TAM", "BY-HO", *NONE, "held")]),
    ("Руководство Ферганской области посетило Башкортостан.",
     [(VI, "UZ-FA", "RU-BA", *NONE, "held")]),
    ("Делегация города Урумчи побывала в Новосибирске.",
     [(VI, "CN-XJ", "RU-NVS", *NONE, "held")]),
    ("Губернатор Оренбургской области побывал в Актюбинской области.",
     [(VI, "RU-ORE", "KZ-AKT", *NONE, "held")]),
    ("Делегация китайского города Ляньюньган прибыла в Иркутск.",
     [(VI, "CN-JS", "RU-IRK", *NONE, "held")]),
]

# Batch 3, written after batch 2 ran: foreign places our lists lack (their state), status and dates told
# in more ways, and negatives that share the words
# (test_event_recall_visits.py, UNLISTED)
UNLISTED = [
    ("Делегация вьетнамской провинции Куангнинь во главе с её губернатором побывала в Иркутске.",
     [(VI, "VN-13", "RU-IRK", *NONE, "held")]),   # listed since e7 (was VN)
    ("Мэр китайского города Маньчжурия посетил Читу с рабочим визитом.",
     [(VI, "CN", "RU-ZAB", *NONE, "held")]),
    ("Губернатор Забайкальского края встретился с губернатором монгольского аймака Дорнод.",
     [(MT, "RU-ZAB", "MN-061", *NONE, "held")]),   # listed since e7 (was MN)
    ("Хокимият Чирчика и администрация Ульяновска подписали соглашение о побратимстве.",
     [(AG, "UZ", "RU-ULY", *NONE, "held")]),
    ("Аким Туркестана прибыл в Оренбург.",
     [(VI, "KZ", "RU-ORE", *NONE, "held")]),
    ("Губернатор Астраханской области принял акима Актау.",
     [(VI, "KZ-MAN", "RU-AST", *NONE, "held")]),
    ("Делегация азербайджанского города Гянджа во главе с главой исполнительной власти посетила "
     "Дагестан.",
     [(VI, "AZ", "RU-DA", *NONE, "held")]),
    ("Делегация иранской провинции Гилян прибыла в Астрахань.",
     [(VI, "IR-01", "RU-AST", *NONE, "held")]),   # listed since e7 (was IR)
    ("Соглашение о сотрудничестве подписали губернатор Омской области и аким Экибастуза.",
     [(AG, "RU-OMS", "KZ-PAV", *NONE, "held")]),
    ("Мэр Нур-Султана встретился с мэром Москвы.",
     [(MT, "KZ", "RU-MOW", *NONE, "held")]),
]

MISSED: dict[str, str] = {
    "Лукашенко прилетел в Санкт-Петербург.":
        "WITHDRAWN at merge: the rule that made a named official's arrival or a minister's talk abroad a "
        "visit (c7f5576) lost one event on the held-out validation set",
    "Министр иностранных дел Беларуси провел переговоры в Ташкенте.":
        "WITHDRAWN at merge: the rule that made a named official's arrival or a minister's talk abroad a "
        "visit (c7f5576) lost one event on the held-out validation set",
    "Делегация Тульской области посетила Калужскую": ONE_COUNTRY,
    "Гродненская и Брестская области подписали": ONE_COUNTRY,
    "Губернатор Калужской области принял делегацию Тульской": ONE_COUNTRY,
    "Омская и Новосибирская области заключили": ONE_COUNTRY,
    "Губернаторы Тверской и Ярославской областей": ONE_COUNTRY,
    "На Российско-Казахстанском форуме межрегионального":
        "ambiguous: '15 соглашений' signed at the forum are read as one signing of the forum's sides",
}

GROUPS = {"visit_states": VISIT_STATES, "same_country": SAME_COUNTRY, "states": STATES, "lists": LISTS,
          "visit_named": VISIT_NAMED, "unlisted": UNLISTED}


@pytest.mark.parametrize(("text", "expected"), grouped_params(GROUPS, MISSED))
def test_sides_states(text, expected):
    assert event_keys(text, PUB, months=True) == wanted_events(expected)


def test_stem_prefilter_finds_every_cue_of_these_wordings():
    """Every cue of these wordings starts with a stem of event_cues.STEMS (else cue_spots skips it)."""
    assert_cue_spots_cover(GROUPS)


# (test_event_rules.py, CASES: one line per rule, read by day, published PUB_MAY, 2025-05-20)
BY_DAY_MAY = [
    # two capitals stand for their states, unless the sentence speaks of the cities
    ("Сотрудничество обсуждали 12 мая участники видеомоста Минск — Москва, представители министерств двух стран.",
     [("meeting", "BY", "RU", "2025-05-12", "2025-05-12", "held")]),
    ("Минск и Ташкент подписали договор о сотрудничестве двух столиц.",
     [("agreement", "BY-HM", "UZ-TK", None, None, "held")]),
    ("Санкт-Петербург и Ташкент подписали дорожную карту сотрудничества.",
     [("agreement", "RU-SPE", "UZ-TK", None, None, "held")]),
    # a city of a partner's region outside regions.csv stands for that region (extra_cities.csv)
    ("Делегация Витебской области во главе с губернатором прибыла в Харбин.",
     [("visit", "BY-VI", "CN-HL", None, None, "held")]),
    ("Губернатор Курганской области принял делегацию из Костаная.",
     [("visit", "KZ-KUS", "RU-KGN", None, None, "held")]),
    ("Новосибирская область и Самарканд подписали меморандум о сотрудничестве.",
     [("agreement", "RU-NVS", "UZ-SA", None, None, "held")]),
    # heads of state and government named without their country (event_actors.csv)
    ("Бердымухамедов и Мирзиёев обсудили по телефону поставки газа.",
     [("meeting", "TM", "UZ", None, None, "held")]),
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
]


@pytest.mark.parametrize("text,expected", BY_DAY_MAY, ids=[c[0][:40] for c in BY_DAY_MAY])
def test_sides_states_published_in_may(text, expected):
    assert event_keys(text, PUB_MAY) == wanted_events(expected)


# A head's surname that is also a first name (event_actors.csv "Рахмон"), followed by a surname, names another
# person: the region's official whose title comes before, not the head of state (session 8, branch e8; composed
# before the rule, read-6's c6c-041 made the region's head Tajikistan's president)
FIRST_NAME_OF_ACTOR = [
    ("Председатель Могилевского облисполкома и председатель Согдийской области Таджикистана Рахмон Кодиров "
     "подписали соглашение о сотрудничестве.",
     [(AG, "BY-MA", "TJ-SU", *NONE, "held")]),
    ("Губернатор Новосибирской области встретился с хокимом Наманганской области Рахмоном Тураевым.",
     [(MT, "RU-NVS", "UZ-NG", *NONE, "held")]),
    ("Глава Хатлонской области Рахмон Шарипов и губернатор Омской области подписали дорожную карту.",
     [(AG, "TJ-KT", "RU-OMS", *NONE, "held")]),
    # the head of state himself keeps his state: his first name comes before the surname
    ("Эмомали Рахмон принял в Душанбе губернатора Свердловской области.",
     [(VI, "RU-SVE", "TJ", *NONE, "held")]),
]


@pytest.mark.parametrize("text,expected", FIRST_NAME_OF_ACTOR, ids=[c[0][:40] for c in FIRST_NAME_OF_ACTOR])
def test_a_heads_surname_as_a_first_name(text, expected):
    assert event_keys(text, PUB) == wanted_events(expected)
