"""Held, going on or ahead, told by tense and by words of progress (opens today, under way, moved), by the
month; failed ("не смогла приехать"), put off, only proposed or agreed on.

Composed sentences, each written before the extractor ran on it; a case the rules still miss is a
strict xfail with its class (MISSED). Compared as the strict scorer compares (tests/score_events.py):
type, sides (a visit keeps its direction), the months of start and end, status; the lists read by day
compare whole dates. Each list says the grid it was composed in (tests/extract/test_event_*.py before
this layout); that grid's batches, dates and before → after counts are in HISTORY.md."""

import pytest

from tests.extract.events.common import AG, CM, DEC, FO, MT, NONE, NOV, OCT, PUB, PUB_JUNE, PUB_MAY, SEP, VI
from tests.extract.rules_helpers import assert_cue_spots_cover, event_keys, grouped_params, wanted_events

# Eighth batch: planned signings at an occasion, signings told by their copies and their term, and talk
# verbs with both officials as the subject ("подвели итоги", "наметили", "сверили часы")
# (test_event_recall_documents.py, MORE_STATUS)
MORE_STATUS = [
    ("Подписание соглашения о сотрудничестве между Тверской областью и Витебской областью запланировано "
     "на 20 октября.",
     [(AG, "RU-TVE", "BY-VI", *OCT, "planned")]),
    ("Губернатор Липецкой области и председатель Гомельского облисполкома подпишут соглашение в ходе "
     "визита гомельской делегации в Липецк в ноябре.",
     [(VI, "BY-HO", "RU-LIP", *NOV, "planned"), (AG, "RU-LIP", "BY-HO", *NOV, "planned")]),
    ("Соглашение было подписано по итогам заседания совместной рабочей группы Курганской и Костанайской "
     "областей.",
     [("commission", "RU-KGN", "KZ-KUS", *NONE, "held"), (AG, "RU-KGN", "KZ-KUS", *NONE, "held")]),
    ("Губернатор Пензенской области и председатель Гродненского облисполкома обменялись подписанными "
     "экземплярами соглашения.",
     [(AG, "RU-PNZ", "BY-HR", *NONE, "held")]),
    ("Также подписан меморандум между агентствами по инвестициям Беларуси и Узбекистана.",
     [(AG, "BY", "UZ", *NONE, "held")]),
    ("Соглашение о сотрудничестве между Министерством образования Беларуси и Правительством Ленинградской "
     "области подписано сроком на пять лет.",
     [(AG, "BY", "RU-LEN", *NONE, "held")]),
    ("Губернатор Брянской области и председатель Гомельского облисполкома обсудили ход выполнения "
     "подписанного ранее соглашения.",
     [(MT, "RU-BRY", "BY-HO", *NONE, "held")]),
    ("Соглашение между Гомельской и Брянской областями действует с 2010 года.", []),
    ("Председатель Витебского облисполкома и губернатор Псковской области подвели итоги сотрудничества.",
     [(MT, "BY-VI", "RU-PSK", *NONE, "held")]),
    ("Губернатор Оренбургской области и аким Актюбинской области наметили новые направления "
     "сотрудничества.",
     [(MT, "RU-ORE", "KZ-AKT", *NONE, "held")]),
    ("Губернатор Вологодской области сверил часы с председателем Минского облисполкома.",
     [(MT, "RU-VLG", "BY-MI", *NONE, "held")]),
    ("Делегация Гомельской области посетила Брянскую область. Стороны наметили планы на будущий год.",
     [(VI, "BY-HO", "RU-BRY", *NONE, "held")]),
    ("Депутаты областного совета рассмотрели вопросы сотрудничества с Брянской областью.", []),
]

# Held or planned, and the month, told many ways
# (test_event_recall_mechanisms.py, STATUS_MONTH)
STATUS_MONTH = [
    ("Делегация Брестской области прибудет в Калугу в конце октября.",
     [("visit", "BY-BR", "RU-KLU", *OCT, "planned")]),
    ("В минувший четверг в Минске завершил работу визит делегации Кузбасса.",
     [("visit", "RU-KEM", "BY-HM", *OCT, "held")]),
    ("На следующей неделе, 21–23 октября, в Гомеле пройдут Дни Брянской области.",
     [("forum", "RU-BRY", "BY-HO", *OCT, "planned")]),
    ("Заседание совместной рабочей группы Псковской и Витебской областей состоится 5 ноября в Пскове.",
     [("commission", "RU-PSK", "BY-VI", *NOV, "planned")]),
    ("В конце сентября делегация Тверской области побывала в Могилеве.",
     [("visit", "RU-TVE", "BY-MA", *SEP, "held")]),
    ("В декабре прошлого года Омская и Павлодарская области подписали дорожную карту.",
     [("agreement", "RU-OMS", "KZ-PAV", "2024-12", "2024-12", "held")]),
    ("Визит губернатора Оренбургской области в Актобе запланирован на начало ноября.",
     [("visit", "RU-ORE", "KZ-AKT", *NOV, "planned")]),
    ("Вчера губернатор Псковской области вернулся из рабочей поездки в Витебск.",
     [("visit", "RU-PSK", "BY-VI", *OCT, "held")]),
    ("Переговоры губернатора Калужской области и председателя Брестского облисполкома прошли 2 октября.",
     [("meeting", "RU-KLU", "BY-BR", *OCT, "held")]),
    ("Губернатор Мурманской области 20 октября проведет переговоры с председателем Витебского облисполкома.",
     [("meeting", "RU-MUR", "BY-VI", *OCT, "planned")]),
    ("Соглашение между Татарстаном и Гродненской областью, подписанное в сентябре, вступило в силу.",
     [("agreement", "RU-TA", "BY-HR", *SEP, "held")]),
]

# Held or ahead told by tense and by words of progress: opens today, tomorrow, under preparation, moved
# (test_event_recall_mechanisms.py, STATUS_WORDS)
STATUS_WORDS = [
    ("Сегодня в Гродно открывается XII Форум регионов Беларуси и России.",
     [("forum", "BY", "RU", *OCT, "held")]),
    ("Завтра в Гродно откроется выставка-ярмарка товаров Смоленской области.",
     [("forum", "RU-SMO", "BY-HR", *OCT, "planned")]),
    ("В эти дни в Минске проходят Дни Москвы.",
     [("forum", "RU-MOW", "BY-HM", *NONE, "held")]),
    ("Идет подготовка к визиту губернатора Омской области в Казахстан.",
     [("visit", "RU-OMS", "KZ", *NONE, "planned")]),
    ("Губернатор Брянской области Александр Богомаз отправится в Гомель на следующей неделе.",
     [("visit", "RU-BRY", "BY-HO", *OCT, "planned")]),
    ("Визит делегации Самарской области в Гродно был перенесен на декабрь.",
     [("visit", "RU-SAM", "BY-HR", *DEC, "planned")]),
    ("Визит делегации Самарской области в Гродно отменен.", []),
]

# Batch 6: held or planned, and when — sessions, forums, missions; talks told by less common forms
# (test_event_recall_signings_2.py, STATUS)
STATUS = [
    ("Заседание совместной комиссии Брестской области и Татарстана проходит 15–16 октября в Бресте.",
     [(CM, "BY-BR", "RU-TA", *OCT, "held")]),
    ("16 октября в Могилеве состоится заседание рабочей группы Могилевской и Брянской областей.",
     [(CM, "BY-MA", "RU-BRY", *OCT, "planned")]),
    ("Заседание рабочей группы Гродненской и Псковской областей прошло в понедельник.",
     [(CM, "BY-HR", "RU-PSK", *OCT, "held")]),
    ("Заседание совместной комиссии Витебской и Смоленской областей проведут в ноябре.",
     [(CM, "BY-VI", "RU-SMO", *NOV, "planned")]),
    ("На заседании рабочей группы Гомельской и Брянской областей, которое завершилось вчера, обсудили "
     "логистику.",
     [(CM, "BY-HO", "RU-BRY", *OCT, "held")]),
    ("Совместная комиссия Минской области и Москвы подвела итоги работы на заседании 10 октября.",
     [(CM, "BY-MI", "RU-MOW", *OCT, "held")]),
    ("Как сообщалось, 20 октября в Минске пройдет заседание рабочей группы Минской и Калужской областей.",
     [(CM, "BY-MI", "RU-KLU", *OCT, "planned")]),
    ("В сентябре в Пензе прошло заседание рабочей группы Пензенской и Гродненской областей.",
     [(CM, "RU-PNZ", "BY-HR", "2025-09", "2025-09", "held")]),
    ("Заседание Совета делового сотрудничества Беларуси и Казахстана запланировано на 2026 год.",
     [(CM, "BY", "KZ", "2026-01", "2026-12", "planned")]),
    ("Заседание межправительственной комиссии Беларуси и Китая прошло 2 октября в Пекине.",
     [(CM, "BY", "CN", *OCT, "held")]),
    ("Накануне завершилось заседание совместной комиссии Гродненской и Калининградской областей.",
     [(CM, "BY-HR", "RU-KGD", *OCT, "held")]),
    ("Заседание комиссии Могилевской и Смоленской областей было перенесено на декабрь.",
     [(CM, "BY-MA", "RU-SMO", *DEC, "planned")]),
    ("Дни Витебской области в Смоленске открываются завтра.",
     [(FO, "BY-VI", "RU-SMO", *OCT, "planned")]),
    ("Завершившаяся вчера бизнес-миссия Брестской области в Санкт-Петербург принесла контракты.",
     [(FO, "BY-BR", "RU-SPE", *OCT, "held")]),
    ("Бизнес-миссия Омской области в Павлодар прошла 8–9 октября.",
     [(FO, "RU-OMS", "KZ-PAV", *OCT, "held")]),
    ("В следующем месяце в Минске пройдут Дни Нижегородской области.",
     [(FO, "RU-NIZ", "BY-HM", *NOV, "planned")]),
    ("Губернатор Брянской области провел рабочую встречу с делегацией Гомельского облисполкома по "
     "видеосвязи.",
     [(MT, "RU-BRY", "BY-HO", *NONE, "held")]),
    ("Состоялись переговоры глав Омской и Павлодарской областей.",
     [(MT, "RU-OMS", "KZ-PAV", *NONE, "held")]),
    ("Губернатора Новгородской области принял председатель Витебского облисполкома.",
     [(VI, "RU-NGR", "BY-VI", *NONE, "held")]),
    ("Губернатор Липецкой области и председатель Брестского облисполкома обменялись мнениями о ходе "
     "сотрудничества.",
     [(MT, "RU-LIP", "BY-BR", *NONE, "held")]),
]

# (test_event_recall_visits.py, STATUS_MORE)
STATUS_MORE = [
    ("Губернатор Калужской области собирается посетить Брестскую область в начале ноября.",
     [(VI, "RU-KLU", "BY-BR", *NOV, "planned")]),
    ("Делегация Гомельской области отправится в Брянск 20 ноября.",
     [(VI, "BY-HO", "RU-BRY", *NOV, "planned")]),
    ("Подписать соглашение о сотрудничестве Курская и Витебская области планируют до конца года.",
     [(AG, "RU-KRS", "BY-VI", *NONE, "planned")]),
    ("На днях делегация Павлодарской области вернулась из Омска.",
     [(VI, "KZ-PAV", "RU-OMS", *NONE, "held")]),
    ("Визит хокима Андижанской области в Ярославль начнётся 27 октября.",
     [(VI, "UZ-AN", "RU-YAR", *OCT, "planned")]),
    ("Как стало известно, в середине ноября Минск посетит губернатор Иркутской области.",
     [(VI, "RU-IRK", "BY-HM", *NOV, "planned")]),
    ("Соглашение между Тамбовской и Брестской областями, подписание которого было намечено на сентябрь, "
     "подписано 10 октября.",
     [(AG, "RU-TAM", "BY-BR", *OCT, "held")]),
    ("Делегация Витебской области прибудет в Смоленск для участия в переговорах 22–23 октября.",
     [(VI, "BY-VI", "RU-SMO", *OCT, "planned")]),
    ("Позавчера в Курган прибыл аким Костанайской области.",
     [(VI, "KZ-KUS", "RU-KGN", *OCT, "held")]),
    ("В понедельник губернатор Брянской области провёл переговоры с председателем Гомельского "
     "облисполкома в Гомеле.",
     [(VI, "RU-BRY", "BY-HO", *OCT, "held")]),
]

MISSED: dict[str, str] = {}

GROUPS = {"more_status": MORE_STATUS, "status_month": STATUS_MONTH, "status_words": STATUS_WORDS, "status": STATUS,
          "status_more": STATUS_MORE}


@pytest.mark.parametrize(("text", "expected"), grouped_params(GROUPS, MISSED))
def test_status(text, expected):
    assert event_keys(text, PUB, months=True) == wanted_events(expected)


def test_stem_prefilter_finds_every_cue_of_these_wordings():
    """Every cue of these wordings starts with a stem of event_cues.STEMS (else cue_spots skips it)."""
    assert_cue_spots_cover(GROUPS)


# (test_event_constructs.py, CASES: one line per rule, read by day, published PUB unless a case
# gives its own day)
BY_DAY = [
    # "по приглашению" tells a visit that took place
    ("По приглашению губернатора в Брянск прибыла делегация Гомельской области.",
     [("visit", "BY-HO", "RU-BRY", None, None, "held")]),
    # "Подписанное соглашение позволит …": signed; the future verb is its effect
    ("Гомельская и Брянская области подписали соглашение. Подписанное соглашение позволит нарастить "
     "товарооборот.",
     [("agreement", "BY-HO", "RU-BRY", None, None, "held")]),
]


@pytest.mark.parametrize("case", BY_DAY, ids=[c[0][:40] for c in BY_DAY])
def test_status_by_day(case):
    text, expected, published = (*case, PUB)[:3]
    assert event_keys(text, published) == wanted_events(expected)


# (test_event_precision.py: read by day, published PUB_JUNE, 2025-06-10)
BY_DAY_JUNE = [
    # negated trip
    ("Делегация Брестской области не смогла приехать в Псков из-за погоды.", []),
    ("Губернатор Тверской области так и не приехал в Витебск.", []),
    ("Из-за непогоды председателю Могилевского облисполкома не удалось посетить Смоленск.", []),
    ("Подписание соглашения между Гродненской и Калининградской областями так и не состоялось.", []),
    # guards: a negation that is not the trip's
    ("Губернатор Псковской области не только посетил Витебск, но и провел переговоры.",
     [("visit", "RU-PSK", "BY-VI", None, None, "held")]),
    ("Делегация Гомельской области, не теряя времени, посетила Брянск.",
     [("visit", "BY-HO", "RU-BRY", None, None, "held")]),
    # put off
    ("Визит белорусской делегации в Оренбург был перенесен.", []),
    ("Заседание рабочей группы Витебской и Смоленской областей перенесли.", []),
    ("Визит губернатора Курской области в Гомель перенесен на осень.",
     [("visit", "RU-KRS", "BY-HO", "2025-09-01", "2025-11-30", "planned")]),
    # only proposed or agreed on
    ("Белорусская сторона предложила провести встречу с руководством Ярославской области в ближайшее "
     "время.", [("meeting", "BY", "RU-YAR", None, None, "planned")]),
    ("Стороны договорились о встрече в Минске до конца года, сообщил губернатор Калужской области.",
     [("visit", "RU-KLU", "BY-HM", None, None, "planned")]),
    ("Губернатор Омской области предложил провести в Омске выставку белорусских товаров.",
     [("forum", "BY", "RU-OMS", None, None, "planned")]),
    ("Стороны договорились о визите делегации Брестской области в Тверь.",
     [("visit", "BY-BR", "RU-TVE", None, None, "planned")]),
    # guard: the proposal is another event's, the meeting took place
    ("Губернатор Ярославской области провел встречу с председателем Гомельского облисполкома и предложил "
     "провести совместный форум.", [("meeting", "BY-HO", "RU-YAR", None, None, "held"),
                                    ("forum", "BY-HO", "RU-YAR", None, None, "planned")]),
]


@pytest.mark.parametrize(("text", "expected"), BY_DAY_JUNE, ids=[c[0][:40] for c in BY_DAY_JUNE])
def test_status_published_in_june(text, expected):
    assert event_keys(text, PUB_JUNE) == wanted_events(expected)


# (test_event_rules.py, CASES: one line per rule, read by day, published PUB_MAY, 2025-05-20)
BY_DAY_MAY = [
    # one type and pair, two occurrences: a session held and the next one planned; last year's Week
    ("12 мая в Минске состоялось заседание совместной комиссии Беларуси и Казахстана. Следующее заседание "
     "совместной комиссии Беларуси и Казахстана пройдет в октябре.",
     [("commission", "BY", "KZ", "2025-05-12", "2025-05-12", "held"),
      ("commission", "BY", "KZ", "2025-10-01", "2025-10-31", "planned")]),
    ("В 2024 году в Новосибирске прошла Неделя Брестской области. 14 мая Неделя Брестской области "
     "открылась в Новосибирске снова.",
     [("forum", "BY-BR", "RU-NVS", "2024-01-01", "2024-12-31", "held"),
      ("forum", "BY-BR", "RU-NVS", "2025-05-14", "2025-05-14", "held")]),
    ("Белорусско-казахстанский деловой совет провел заседание в Караганде.",
     [("commission", "BY", "KZ", None, None, "held")]),
    ("В Пскове открылась выставка белорусских товаров народного потребления.",
     [("forum", "BY", "RU-PSK", None, None, "held")]),
    # "договорились о подписании": the signing is ahead, the talk that agreed on it took place
    ("Брестская и Калужская области договорились о подписании дорожной карты осенью.",
     [("agreement", "BY-BR", "RU-KLU", "2025-09-01", "2025-11-30", "planned"),
      ("meeting", "BY-BR", "RU-KLU", None, None, "held")]),
    ("Заседание совместной комиссии Беларуси и Киргизии намечено на осень.",
     [("commission", "BY", "KG", "2025-09-01", "2025-11-30", "planned")]),
    # a stay under way until a day ahead: held, its last day known, its first not
    ("Делегация Могилевской области пробудет в Туле до 23 мая.",
     [("visit", "BY-MA", "RU-TUL", None, "2025-05-23", "held")]),
]


@pytest.mark.parametrize("text,expected", BY_DAY_MAY, ids=[c[0][:40] for c in BY_DAY_MAY])
def test_status_published_in_may(text, expected):
    assert event_keys(text, PUB_MAY) == wanted_events(expected)
