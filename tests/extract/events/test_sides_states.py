"""States as sides: diplomats as their state, heads of state and ministers, foreign regions and places our lists
lack, lists of partners, two regions of one country.

Composed sentences, each written before the extractor ran on it; a case the rules still miss is a
strict xfail with its class (MISSED). Compared as the strict scorer compares (tests/score_events.py):
type, sides (a visit keeps its direction), the months of start and end, status; the lists read by day
compare whole dates. Each list says the grid it was composed in (tests/extract/test_event_*.py before
this layout); that grid's batches, dates and before → after counts are in HISTORY.md."""

import pytest

from tests.extract.events.common import AG, CO, FO, MT, NONE, NOV, OCT, ONE_COUNTRY, PUB, PUB_MAY, VI
from tests.extract.rules_helpers import assert_cue_spots_cover, event_keys, grouped_params, wanted_events

# A diplomat of the region's own country: a meeting region–country
# (test_event_diplomats_visits.py, DIPLOMAT_OWN)
DIPLOMAT_OWN = [
    ("Посол России в Беларуси Борис Грызлов встретился с губернатором Тульской области.",
     [(MT, "RU", "RU-TUL", *NONE, "held")]),
    ("Губернатор Брянской области провёл встречу с дипломатами посольства России в Беларуси.",
     [(MT, "RU-BRY", "RU", *NONE, "held")]),
    ("Председатель облдумы Курской области обсудил с послом России в Беларуси развитие связей с Гомельщиной.",
     [(MT, "RU-KRS", "RU", *NONE, "held")]),
    ("Посол Беларуси в России Александр Рогожник встретился с председателем Витебского облисполкома.",
     [(MT, "BY", "BY-VI", *NONE, "held")]),
    ("Чрезвычайный и Полномочный Посол Республики Беларусь в Российской Федерации провёл переговоры с "
     "председателем Могилевского облисполкома.",
     [(MT, "BY", "BY-MA", *NONE, "held")]),
    ("Губернатор Псковской области встретился с руководством дипмиссии России в Беларуси.",
     [(MT, "RU-PSK", "RU", *NONE, "held")]),
    ("Российский посол в Минске обсудил с губернатором Смоленской области подготовку форума.",
     [(MT, "RU", "RU-SMO", *NONE, "held")]),
    ("На встрече с сотрудниками посольства России в Беларуси губернатор Калужской области рассказал о "
     "связях с белорусскими регионами.",
     [(MT, "RU-KLU", "RU", *NONE, "held")]),
    ("6 октября губернатор Орловской области провёл рабочую встречу с послом России в Беларуси.",
     [(MT, "RU-ORL", "RU", *OCT, "held")]),
    ("Посол Казахстана в России встретился с акимом Павлодарской области.",
     [(MT, "KZ", "KZ-PAV", *NONE, "held")]),
    # batch 2: an article naming one state only
    ("Российский посол Борис Грызлов провёл встречу с губернатором Тульской области.",
     [(MT, "RU", "RU-TUL", *NONE, "held")]),
    ("Губернатор Курской области встретился с послом России.",
     [(MT, "RU-KRS", "RU", *NONE, "held")]),
    ("Белорусские дипломаты обсудили с председателем Гомельского облисполкома подготовку визита.",
     [(MT, "BY", "BY-HO", *NONE, "held")]),
]

# A diplomat of another country: a meeting or his visit
# (test_event_diplomats_visits.py, DIPLOMAT_OTHER)
DIPLOMAT_OTHER = [
    ("Генконсул России в Бресте провёл рабочую встречу с председателем Брестского облисполкома.",
     [(MT, "RU", "BY-BR", *NONE, "held")]),
    ("Губернатор Смоленской области принял генерального консула Беларуси в Смоленске.",
     [(MT, "RU-SMO", "BY", *NONE, "held")]),
    ("Губернатор Тверской области обсудил с белорусским послом поставки техники.",
     [(MT, "RU-TVE", "BY", *NONE, "held")]),
    ("Российский посол в Минске встретился с председателем Гродненского облисполкома.",
     [(MT, "RU", "BY-HR", *NONE, "held")]),
    ("Посол России в Беларуси посетил Гомельскую область.",
     [(VI, "RU", "BY-HO", *NONE, "held")]),
    ("Посол Казахстана в России прибыл с рабочим визитом в Омскую область.",
     [(VI, "KZ", "RU-OMS", *NONE, "held")]),
    ("В Брянскую область с рабочей поездкой прибыл посол Беларуси в России.",
     [(VI, "BY", "RU-BRY", *NONE, "held")]),
]

# An ambassador touring a region of his own state: a visit of his state to it
# (test_event_diplomats_visits.py, DIPLOMAT_TOUR)
DIPLOMAT_TOUR = [
    ("Посол России в Беларуси Борис Грызлов посетил Тульскую область, где встретился с губернатором.",
     [(VI, "RU", "RU-TUL", *NONE, "held")]),
    ("Посол Беларуси в России побывал в Витебской области.",
     [(VI, "BY", "BY-VI", *NONE, "held")]),
]

# batch 5: a diplomat among several states' officials; a diplomat named by his surname
# (test_event_diplomats_visits.py, DIPLOMAT_MORE)
DIPLOMAT_MORE = [
    ("На заседании рабочей группы Иркутской области и Беларуси председатель Брестского облисполкома и "
     "сотрудник посольства Беларуси обсудили поставки.",
     [("commission", "RU-IRK", "BY", *NONE, "held")]),
    ("Губернатор Тюменской области провёл встречу с послом Борисом Грызловым.",
     [(MT, "RU-TYU", "RU", *NONE, "held")]),
]

# batch 10: a region's officials at their own state's embassy: a meeting region–state (embassies do not travel)
# (test_event_diplomats_visits.py, DIPLOMAT_AT_MISSION)
DIPLOMAT_AT_MISSION = [
    ("Губернатор Брянской области посетил посольство России в Беларуси.",
     [(MT, "RU-BRY", "RU", *NONE, "held")]),
    ("Делегация Витебской области побывала в посольстве Беларуси в России.",
     [(MT, "BY-VI", "BY", *NONE, "held")]),
    ("Посол России в Беларуси принял в посольстве делегацию Смоленской области.",
     [(MT, "RU-SMO", "RU", *NONE, "held")]),
    ("Губернатор Омской области посетил генеральное консульство Казахстана в Омске.",
     [(MT, "RU-OMS", "KZ", *NONE, "held")]),
]

# Facts beside a diplomat: the region's trade with the host country, never the diplomat's state
# (test_event_diplomats_visits.py, DIPLOMAT_NEGATIVE)
DIPLOMAT_NEGATIVE = [
    ("Посол России в Беларуси Борис Грызлов заявил о росте товарооборота.", []),
    ("Посол Беларуси в России вручил верительные грамоты.", []),
    ("Губернатор Тульской области встретился с губернатором Калужской области.", []),
    ("Председатель Гомельского облисполкома встретился с премьер-министром Беларуси.", []),
]

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

# An ambassador, a consul or an embassy as one side
# (test_event_recall_mechanisms.py, SIDE_DIPLOMAT)
SIDE_DIPLOMAT = [
    ("Губернатор Калужской области Владислав Шапша встретился с послом Узбекистана.",
     [("meeting", "RU-KLU", "UZ", *NONE, "held")]),
    ("Чрезвычайный и Полномочный Посол Республики Казахстан в Российской Федерации встретился с "
     "губернатором Томской области.",
     [("meeting", "KZ", "RU-TOM", *NONE, "held")]),
    ("Белорусский посол Александр Рогожник провел переговоры с губернатором Липецкой области.",
     [("meeting", "BY", "RU-LIP", *NONE, "held")]),
    ("В посольстве Беларуси в Москве прошла встреча с делегацией Ивановской области.",
     [("meeting", "BY", "RU-IVA", *NONE, "held")]),
    ("Глава Удмуртии Александр Бречалов встретился с Чрезвычайным и Полномочным Послом Республики "
     "Беларусь в Российской Федерации Александром Рогожником.",
     [("meeting", "RU-UD", "BY", *NONE, "held")]),
    ("14 октября в Доме Правительства Хабаровского края прошла встреча губернатора с генеральным консулом "
     "Китая в Хабаровске.",
     [("meeting", "RU-KHA", "CN", *OCT, "held")]),
    ("Посол Узбекистана в России и губернатор Ульяновской области подписали дорожную карту сотрудничества.",
     [("agreement", "UZ", "RU-ULY", *NONE, "held")]),
    ("Губернатор Омской области принял генерального консула Казахстана в Омске.",
     [("meeting", "RU-OMS", "KZ", *NONE, "held")]),
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
     [(VI, "VN", "RU-IRK", *NONE, "held")]),
    ("Мэр китайского города Маньчжурия посетил Читу с рабочим визитом.",
     [(VI, "CN", "RU-ZAB", *NONE, "held")]),
    ("Губернатор Забайкальского края встретился с губернатором монгольского аймака Дорнод.",
     [(MT, "RU-ZAB", "MN", *NONE, "held")]),
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
     [(VI, "IR", "RU-AST", *NONE, "held")]),
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
    "Глава Чувашии встретился в Минске":
        "ambiguous: Minsk (BY-HM) is the seat of Minsk Oblast's executive committee, but a region of its own; "
        "the rules keep them apart (so does test_event_recall_phrasings for a signing 'в Минске')",
}

GROUPS = {"diplomat_own": DIPLOMAT_OWN, "diplomat_other": DIPLOMAT_OTHER, "diplomat_tour": DIPLOMAT_TOUR,
          "diplomat_more": DIPLOMAT_MORE, "diplomat_at_mission": DIPLOMAT_AT_MISSION,
          "diplomat_negative": DIPLOMAT_NEGATIVE, "visit_states": VISIT_STATES, "same_country": SAME_COUNTRY,
          "states": STATES, "lists": LISTS, "side_diplomat": SIDE_DIPLOMAT, "visit_named": VISIT_NAMED,
          "unlisted": UNLISTED}


@pytest.mark.parametrize(("text", "expected"), grouped_params(GROUPS, MISSED))
def test_sides_states(text, expected):
    assert event_keys(text, PUB, months=True) == wanted_events(expected)


def test_stem_prefilter_finds_every_cue_of_these_wordings():
    """Every cue of these wordings starts with a stem of event_cues.STEMS (else cue_spots skips it)."""
    assert_cue_spots_cover(GROUPS)


# (test_event_constructs.py, CASES: one line per rule, read by day, published PUB unless a case
# gives its own day)
BY_DAY = [
    # "Борисом" is a first name, not the town of Borisov (left out of extra_cities.csv); the ambassador is
    # Russia's, met by a region of his own state: a meeting region–state (the labels of w3a-033)
    ("Губернатор Тульской области встретился с послом Борисом Грызловым.",
     [("meeting", "RU", "RU-TUL", None, None, "held")]),
]


@pytest.mark.parametrize("case", BY_DAY, ids=[c[0][:40] for c in BY_DAY])
def test_sides_states_by_day(case):
    text, expected, published = (*case, PUB)[:3]
    assert event_keys(text, published) == wanted_events(expected)


# (test_event_rules.py, CASES: one line per rule, read by day, published PUB_MAY, 2025-05-20)
BY_DAY_MAY = [
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


@pytest.mark.parametrize(("text", "expected"), [
    ("Посол России в Беларуси встретился с губернатором Тульской области. Экспорт тульских товаров в "
     "республику за восемь месяцев вырос почти на 20 %.",
     [("export", "RU-TUL", "BY")]),
    ("На встрече с дипломатами посольства России в Беларуси губернатор Брянской области сообщил, что "
     "товарооборот с республикой в прошлом году составил 900 млн долларов.",
     [("turnover", "RU-BRY", "BY")]),
])
def test_diplomat_is_no_side_of_a_fact(text, expected):
    from etl.extract import extract

    def key(metric, a, b):   # a turnover's pair is unordered, as tests/score_facts.py compares it
        return (metric, *sorted((a, b))) if metric == "turnover" else (metric, a, b)

    assert sorted(key(f.metric, f.a, f.b) for f in extract(text, PUB)) == sorted(key(*e) for e in expected)
