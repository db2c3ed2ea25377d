"""When an event was: a day, a span, a month, "накануне", "на прошлой неделе", a year before the publication, a
period that belongs to a trade figure rather than to the event, the eve of a visit.

Composed sentences, each written before the extractor ran on it; a case the rules still miss is a
strict xfail with its class (MISSED). Compared as the strict scorer compares (tests/score_events.py):
type, sides (a visit keeps its direction), the months of start and end, status; the lists read by day
compare whole dates. Each list says the grid it was composed in (tests/extract/test_event_*.py before
this layout); that grid's batches, dates and before → after counts are in HISTORY.md."""

import datetime as dt

import pytest

from tests.extract.events.common import AG, AUG, CO, FO, JUN, MAR, MAY, NONE, NOV, OCT, PUB, PUB_JUNE, PUB_MAY, SEP, VI
from tests.extract.rules_helpers import assert_cue_spots_cover, event_keys, grouped_params, wanted_events

# Visits with dates
# (test_event_diplomats_visits.py, VISIT_DATES)
VISIT_DATES = [
    ("На прошлой неделе делегация Брянской области побывала в Гомеле.",
     [(VI, "RU-BRY", "BY-HO", *OCT, "held")]),
    ("Накануне губернатор Смоленской области прибыл в Витебск.",
     [(VI, "RU-SMO", "BY-VI", *OCT, "held")]),
    ("12–14 марта делегация Могилевской области находилась с визитом в Туле.",
     [(VI, "BY-MA", "RU-TUL", *MAR, "held")]),
    ("В понедельник председатель Гомельского облисполкома посетил Брянск.",
     [(VI, "BY-HO", "RU-BRY", *OCT, "held")]),
    ("Делегация Гродненской области с 6 по 8 октября находилась в Калининградской области.",
     [(VI, "BY-HR", "RU-KGD", *OCT, "held")]),
    ("13\u00a0октября делегация Псковской области прибыла в Витебск.",
     [(VI, "RU-PSK", "BY-VI", *OCT, "held")]),
]

# (test_event_diplomats_visits.py, VISIT_MORE_WHEN)
VISIT_MORE_WHEN = [
    ("Визит делегации Брестской области в Калугу запланирован на ноябрь.",
     [(VI, "BY-BR", "RU-KLU", *NOV, "planned")]),
    ("Губернатор Тверской области намерен посетить Витебск в ноябре.",
     [(VI, "RU-TVE", "BY-VI", *NOV, "planned")]),
    ("Визит губернатора Орловской области в Могилев состоится в ноябре.",
     [(VI, "RU-ORL", "BY-MA", *NOV, "planned")]),
    ("20 октября в Гродно с визитом прибудет губернатор Калининградской области.",
     [(VI, "RU-KGD", "BY-HR", *OCT, "planned")]),
    ("В минувший четверг делегация Витебской области побывала в Смоленске.",
     [(VI, "BY-VI", "RU-SMO", *OCT, "held")]),
    ("В начале октября губернатор Курской области посетил Гомель.",
     [(VI, "RU-KRS", "BY-HO", *OCT, "held")]),
    ("2–3 октября делегация Гомельской области работала в Брянске.",
     [(VI, "BY-HO", "RU-BRY", *OCT, "held")]),
    ("Вчера губернатор Псковской области прибыл в Витебск.",
     [(VI, "RU-PSK", "BY-VI", *OCT, "held")]),
    ("На этой неделе делегация Могилевской области находится в Туле.",
     [(VI, "BY-MA", "RU-TUL", *OCT, "held")]),
    ("Делегация Смоленской области побывала в Могилеве в сентябре.",
     [(VI, "RU-SMO", "BY-MA", "2025-09", "2025-09", "held")]),
]

# batch 4: a period that opens a trade figure's phrase is the figure's, not the event's
# (test_event_diplomats_visits.py, VISIT_FIGURE_DATE)
VISIT_FIGURE_DATE = [
    ("Губернатор Брянской области провёл переговоры в Гомеле. Согласно материалам к встрече, в 2024 году "
     "объем товарооборота превысил 1 млрд долларов.",
     [(VI, "RU-BRY", "BY-HO", *NONE, "held")]),
    ("На встрече в Могилеве губернатор Смоленской области отметил, что в январе–августе взаимная торговля "
     "выросла на 10 %.",
     [(VI, "RU-SMO", "BY-MA", *NONE, "held")]),
    ("По данным, подготовленным к визиту делегации Витебской области в Псков, в 2024 году "
     "внешнеторговый оборот составил 300 млн долларов.",
     [(VI, "BY-VI", "RU-PSK", *NONE, "held")]),
    ("В сентябре делегация Брестской области посетила Калугу.",
     [(VI, "BY-BR", "RU-KLU", "2025-09", "2025-09", "held")]),
]

# batch 8: "накануне / в преддверии / перед визитом": the visit still ahead
# (test_event_diplomats_visits.py, VISIT_AHEAD)
VISIT_AHEAD = [
    ("Накануне визита председателя Гомельского облисполкома в Брянск губернатор рассказал журналистам о "
     "планах.",
     [(VI, "BY-HO", "RU-BRY", *NONE, "planned")]),
    ("В преддверии визита губернатора Курской области в Гомель региональные министерства готовят пакет "
     "предложений.",
     [(VI, "RU-KRS", "BY-HO", *NONE, "planned")]),
    ("Накануне официального визита президента Казахстана в Беларусь в Минске открылась выставка.",
     [(VI, "KZ", "BY", *NONE, "planned")]),
    # (added with the rule: the day told is the eve's)
    ("14 октября в Могилеве открылась выставка накануне визита делегации Смоленской области.",
     [(VI, "RU-SMO", "BY-MA", *NONE, "planned")]),
    ("Вчера в Гомеле прошли консультации экспертов в преддверии визита губернатора Брянской области.",
     [(VI, "RU-BRY", "BY-HO", *NONE, "planned")]),
]

# batch 14: more dates of visits
# (test_event_diplomats_visits.py, VISIT_DATES_MORE)
VISIT_DATES_MORE = [
    ("С 20 по 22 октября делегация Гомельской области посетит Брянскую область.",
     [(VI, "BY-HO", "RU-BRY", *OCT, "planned")]),
    ("В конце сентября губернатор Курской области побывал в Гомеле.",
     [(VI, "RU-KRS", "BY-HO", *SEP, "held")]),
    ("В середине ноября ожидается визит делегации Витебской области в Псков.",
     [(VI, "BY-VI", "RU-PSK", *NOV, "planned")]),
    ("На следующей неделе губернатор Смоленской области посетит Могилев.",
     [(VI, "RU-SMO", "BY-MA", *OCT, "planned")]),
    ("Прошлой осенью делегация Брестской области посетила Калугу.",
     [(VI, "BY-BR", "RU-KLU", "2024-09", "2024-11", "held")]),
    ("В декабре прошлого года губернатор Тульской области побывал в Могилеве.",
     [(VI, "RU-TUL", "BY-MA", "2024-12", "2024-12", "held")]),
    ("В ноябре 2024 года делегация Гродненской области находилась в Калининграде.",
     [(VI, "BY-HR", "RU-KGD", "2024-11", "2024-11", "held")]),
    ("12.10.2025 делегация Псковской области прибыла в Витебск.",
     [(VI, "RU-PSK", "BY-VI", *OCT, "held")]),
    ("В среду делегация Могилевской области прибыла в Смоленск.",
     [(VI, "BY-MA", "RU-SMO", *OCT, "held")]),
    # (added with the rule: a season qualified before it)
    ("Минувшей весной губернатор Псковской области побывал в Витебске.",
     [(VI, "RU-PSK", "BY-VI", "2025-03", "2025-05", "held")]),
    ("Следующей весной делегация Гомельской области посетит Брянск.",
     [(VI, "BY-HO", "RU-BRY", "2026-03", "2026-05", "planned")]),
]

# Dates: a day, "накануне", a month, a weekday
# (test_event_recall_documents.py, DOC_DATE)
DOC_DATE = [
    ("13 октября Нижегородская и Гродненская области подписали соглашение о сотрудничестве.",
     [(AG, "RU-NIZ", "BY-HR", *OCT, "held")]),
    ("Накануне губернатор Оренбургской области и аким Западно-Казахстанской области подписали дорожную "
     "карту.",
     [(AG, "RU-ORE", "KZ-ZAP", *OCT, "held")]),
    ("В сентябре Ярославская и Андижанская области подписали меморандум о сотрудничестве.",
     [(AG, "RU-YAR", "UZ-AN", *SEP, "held")]),
    ("В минувший понедельник Смоленская и Могилевская области утвердили план мероприятий.",
     [(AG, "RU-SMO", "BY-MA", *OCT, "held")]),
    ("Соглашение между Алтайским краем и Восточно-Казахстанской областью подписано 30 сентября.",
     [(AG, "RU-ALT", "KZ-VOS", *SEP, "held")]),
    ("Делегация Брестской области 7–9 октября находилась с визитом в Калужской области; в рамках визита "
     "подписан протокол о сотрудничестве.",
     [(VI, "BY-BR", "RU-KLU", *OCT, "held"), (AG, "BY-BR", "RU-KLU", *OCT, "held")]),
    ("Вчера Тверская и Витебская области заключили соглашение о побратимстве.",
     [(AG, "RU-TVE", "BY-VI", *OCT, "held")]),
]

# Dates
# (test_event_recall_grammar.py, DATES)
DATES = [
    ("13 августа делегация Могилевской области посетила Новосибирск.",
     [(VI, "BY-MA", "RU-NVS", *AUG, "held")]),
    ("Накануне губернатор Калужской области прибыл в Брест.",
     [(VI, "RU-KLU", "BY-BR", *OCT, "held")]),
    ("Делегация Тамбовской области побывала в Гродно 18‒21 сентября.",
     [(VI, "RU-TAM", "BY-HR", *SEP, "held")]),
    ("18-21 ноября делегация Витебской области побывала в Смоленске.",
     [(VI, "BY-VI", "RU-SMO", "2024-11", "2024-11", "held")]),
    ("В сентябре Гомельскую область посетил губернатор Брянской области.",
     [(VI, "RU-BRY", "BY-HO", *SEP, "held")]),
    ("С 20 по 22 октября делегация Минской области посетит Нижегородскую область.",
     [(VI, "BY-MI", "RU-NIZ", *OCT, "planned")]),
    ("На прошлой неделе в Павлодаре побывала делегация Омской области.",
     [(VI, "RU-OMS", "KZ-PAV", *OCT, "held")]),
    ("В конце ноября в Минске пройдет Форум регионов Беларуси и России.",
     [(FO, "BY", "RU", *NOV, "planned")]),
]

# Batch 11: dates (no-break spaces around dashes, spans over two months, days before publication, a held
# event later in the year than publication: the year before)
# (test_event_recall_grammar.py, DATES_MORE)
DATES_MORE = [
    ("Делегация Брестской области находилась в Калуге 18\u00a0–\u00a021 сентября.",
     [(VI, "BY-BR", "RU-KLU", *SEP, "held")]),
    ("С 29 сентября по 2 октября делегация Гродненской области работала в Калининграде.",
     [(VI, "BY-HR", "RU-KGD", "2025-09", "2025-10", "held")]),
    ("Делегация Витебской области побывала в Пскове 30 сентября — 1 октября.",
     [(VI, "BY-VI", "RU-PSK", "2025-09", "2025-10", "held")]),
    ("В конце прошлой недели губернатор Смоленской области посетил Могилев.",
     [(VI, "RU-SMO", "BY-MA", *OCT, "held")]),
    ("На днях делегация Тульской области побывала в Гомеле.",
     [(VI, "RU-TUL", "BY-HO", *NONE, "held")]),
    ("Позавчера губернатор Брянской области и председатель Гомельского облисполкома подписали "
     "протокол.",
     [(AG, "RU-BRY", "BY-HO", *OCT, "held")]),
    ("Визит делегации Минской области в Нижний Новгород состоялся 25-27 декабря.",
     [(VI, "BY-MI", "RU-NIZ", "2024-12", "2024-12", "held")]),
    ("В начале ноября в Минске пройдёт заседание рабочей группы Минской и Московской областей.",
     [(CO, "BY-MI", "RU-MOS", *NOV, "planned")]),
    ("Форум регионов Беларуси и России прошёл в конце июня.",
     [(FO, "BY", "RU", "2025-06", "2025-06", "held")]),
    ("Губернатор Калужской области посетит Брест в первой декаде ноября.",
     [(VI, "RU-KLU", "BY-BR", *NOV, "planned")]),
    ("В минувший понедельник Гродно посетил губернатор Калининградской области.",
     [(VI, "RU-KGD", "BY-HR", *OCT, "held")]),
    ("Соглашение между Витебской областью и Псковской областью подписано 12.10.2025.",
     [(AG, "BY-VI", "RU-PSK", *OCT, "held")]),
    ("Делегация Омской области побывает в Павлодаре 20—22 октября.",
     [(VI, "RU-OMS", "KZ-PAV", *OCT, "planned")]),
    ("В августе прошлого года делегация Брянской области посетила Гомель.",
     [(VI, "RU-BRY", "BY-HO", "2024-08", "2024-08", "held")]),
]

# Dates against publication (2025-10-15)
# (test_event_recall_visits.py, DATES)
VISITS_DATES = [
    ("13–14 мая делегация Могилевской области находилась с визитом в Туле.",
     [(VI, "BY-MA", "RU-TUL", *MAY, "held")]),
    ("В начале июня губернатор Смоленской области посетил Витебск.",
     [(VI, "RU-SMO", "BY-VI", *JUN, "held")]),
    ("На прошлой неделе делегация Гродненской области побывала в Калининграде.",
     [(VI, "BY-HR", "RU-KGD", *OCT, "held")]),
    ("Соглашение между Брестской и Калужской областями подписано 2 октября.",
     [(AG, "BY-BR", "RU-KLU", *OCT, "held")]),
    ("В сентябре аким Павлодарской области побывал в Омске.",
     [(VI, "KZ-PAV", "RU-OMS", *SEP, "held")]),
    ("Вчера губернатор Новосибирской области прибыл в Минск.",
     [(VI, "RU-NVS", "BY-HM", *OCT, "held")]),
    ("Делегация Витебской области 29 сентября – 1 октября находилась в Пскове.",
     [(VI, "BY-VI", "RU-PSK", "2025-09", "2025-10", "held")]),
    ("В конце мая хоким Ферганской области и глава Башкортостана подписали меморандум.",
     [(AG, "UZ-FA", "RU-BA", *MAY, "held")]),
    ("С 12 по 14 ноября Гомель посетит делегация Брянской области.",
     [(VI, "RU-BRY", "BY-HO", *NOV, "planned")]),
    ("Сегодня в Гродно губернатор Ярославской области подписал с председателем Гродненского "
     "облисполкома дорожную карту.",
     [(VI, "RU-YAR", "BY-HR", *OCT, "held"), (AG, "RU-YAR", "BY-HR", *OCT, "held")]),
    ("10.09.2025 делегация Оренбургской области прибыла в Актобе.",
     [(VI, "RU-ORE", "KZ-AKT", *SEP, "held")]),
    ("В минувшую пятницу губернатор Курганской области и аким Северо-Казахстанской области "
     "подписали соглашение.",
     [(AG, "RU-KGN", "KZ-SEV", *OCT, "held")]),
]

MISSED: dict[str, str] = {
    "По данным, подготовленным к визиту":
        "ambiguous: data 'prepared for' a visit may tell one still ahead (read as planned)",
}

GROUPS = {"visit_dates": VISIT_DATES, "visit_more_when": VISIT_MORE_WHEN, "visit_figure_date": VISIT_FIGURE_DATE,
          "visit_ahead": VISIT_AHEAD, "visit_dates_more": VISIT_DATES_MORE, "doc_date": DOC_DATE, "dates": DATES,
          "dates_more": DATES_MORE, "visits_dates": VISITS_DATES}


@pytest.mark.parametrize(("text", "expected"), grouped_params(GROUPS, MISSED))
def test_dates(text, expected):
    assert event_keys(text, PUB, months=True) == wanted_events(expected)


def test_stem_prefilter_finds_every_cue_of_these_wordings():
    """Every cue of these wordings starts with a stem of event_cues.STEMS (else cue_spots skips it)."""
    assert_cue_spots_cover(GROUPS)


# (test_event_constructs.py, CASES: one line per rule, read by day, published PUB unless a case
# gives its own day)
BY_DAY = [
    # talks dated in another month than the visit took place on another occasion
    ("В декабре делегация Актюбинской области побывала в Оренбурге. В январе аким Актюбинской области провел "
     "переговоры с губернатором Оренбургской области по видеосвязи.",
     [("visit", "KZ-AKT", "RU-ORE", "2023-12-01", "2023-12-31", "held"),
      ("meeting", "KZ-AKT", "RU-ORE", "2024-01-01", "2024-01-31", "held")], dt.date(2024, 1, 25)),
    # a weekday with a short past participle ("подписана") is the last one; "будет подписано" the next
    ("В Минске в пятницу подписана программа сотрудничества между Минском и Санкт-Петербургом.",
     [("agreement", "BY-HM", "RU-SPE", "2025-10-10", "2025-10-10", "held"),
      ("visit", "RU-SPE", "BY-HM", "2025-10-10", "2025-10-10", "held")]),
    ("Соглашение между Брестской и Смоленской областями будет подписано в пятницу.",
     [("agreement", "BY-BR", "RU-SMO", "2025-10-17", "2025-10-17", "planned")]),
    # a trade figure between the visit and the month owns it only when it stands between them
    ("По словам губернатора Ульяновской области, за время, прошедшее с его визита в Минск в марте, поставки "
     "выросли на треть.",
     [("visit", "RU-ULY", "BY-HM", "2025-03-01", "2025-03-31", "held")]),
    # "итоги 2022 года" is the figures' period, not the talks' date
    ("На переговорах в Гомеле председатель облисполкома и губернатор Брянской области обсудили итоги 2022 года.",
     [("visit", "RU-BRY", "BY-HO", None, None, "held")]),
    # a past-tense event in a month after publication's is last year's (a January article on December)
    ("В декабре Витебскую область посетила делегация Псковской области.",
     [("visit", "RU-PSK", "BY-VI", "2024-12-01", "2024-12-31", "held")], dt.date(2025, 1, 20)),
    ("В конце декабря в Минске прошло заседание совместной комиссии Беларуси и Казахстана.",
     [("commission", "BY", "KZ", "2024-12-21", "2024-12-31", "held")], dt.date(2025, 1, 20)),
    ("Заседание совместной комиссии Беларуси и Казахстана пройдет в декабре.",
     [("commission", "BY", "KZ", "2025-12-01", "2025-12-31", "planned")], dt.date(2025, 1, 20)),
    # days joined by "и", "1-го", in digits, "в первых числах"
    ("Делегация Псковской области посетила Витебскую область 13 и 14 октября.",
     [("visit", "RU-PSK", "BY-VI", "2025-10-13", "2025-10-14", "held")]),
    ("Делегация Псковской области посетила Витебскую область 1-го октября.",
     [("visit", "RU-PSK", "BY-VI", "2025-10-01", "2025-10-01", "held")]),
    ("Делегация Псковской области посетила Витебскую область 03.10.2025.",
     [("visit", "RU-PSK", "BY-VI", "2025-10-03", "2025-10-03", "held")]),
    ("Делегация Псковской области посетила Витебскую область в первых числах октября.",
     [("visit", "RU-PSK", "BY-VI", "2025-10-01", "2025-10-10", "held")]),
    # "в минувшем сентябре": the last such month before publication
    ("Делегация Псковской области посетила Витебскую область в минувшем сентябре.",
     [("visit", "RU-PSK", "BY-VI", "2025-09-01", "2025-09-30", "held")]),
    ("Делегация Псковской области посетила Витебскую область в прошлом октябре.",
     [("visit", "RU-PSK", "BY-VI", "2024-10-01", "2024-10-31", "held")]),
]


@pytest.mark.parametrize("case", BY_DAY, ids=[c[0][:40] for c in BY_DAY])
def test_dates_by_day(case):
    text, expected, published = (*case, PUB)[:3]
    assert event_keys(text, published) == wanted_events(expected)


# (test_event_precision.py: read by day, published PUB_JUNE, 2025-06-10)
BY_DAY_JUNE = [
    # a half of a month
    ("Во второй половине июня в Минск приедет губернатор Курской области.",
     [("visit", "RU-KRS", "BY-HM", "2025-06-16", "2025-06-30", "planned")]),
    ("В первой половине июля делегация Витебской области посетит Псков.",
     [("visit", "BY-VI", "RU-PSK", "2025-07-01", "2025-07-15", "planned")]),
    # guards: a part of a month, a half-year
    ("В конце мая делегация Витебской области побывала в Пскове.",
     [("visit", "BY-VI", "RU-PSK", "2025-05-21", "2025-05-31", "held")]),
    ("Во втором полугодии делегация Витебской области посетит Псков.",
     [("visit", "BY-VI", "RU-PSK", "2025-07-01", "2025-12-31", "planned")]),
]


@pytest.mark.parametrize(("text", "expected"), BY_DAY_JUNE, ids=[c[0][:40] for c in BY_DAY_JUNE])
def test_dates_published_in_june(text, expected):
    assert event_keys(text, PUB_JUNE) == wanted_events(expected)


# (test_event_rules.py, CASES: one line per rule, read by day, published PUB_MAY, 2025-05-20)
BY_DAY_MAY = [
    # dates named relative to publication (a Tuesday, 20 May 2025)
    ("На прошлой неделе губернатор Смоленской области посетил Витебскую область.",
     [("visit", "RU-SMO", "BY-VI", "2025-05-12", "2025-05-18", "held")]),
    ("В минувшую пятницу глава Чувашии встретился с послом Узбекистана.",
     [("meeting", "RU-CU", "UZ", "2025-05-16", "2025-05-16", "held")]),
    ("Осенью этого года в Гродно пройдет форум Гродненской и Калининградской областей.",
     [("forum", "BY-HR", "RU-KGD", "2025-09-01", "2025-11-30", "planned")]),
    ("Делегация Могилевской области посетит Тульскую область в первой декаде июня.",
     [("visit", "BY-MA", "RU-TUL", "2025-06-01", "2025-06-10", "planned")]),
    # "торгово-экономического сотрудничества" is no trade figure: the month still dates the event
    ("Заседание межправительственной комиссии по торгово-экономическому сотрудничеству Беларуси и Туркменистана "
     "пройдет в июле.",
     [("commission", "BY", "TM", "2025-07-01", "2025-07-31", "planned")]),
    # a month in another comma-separated part of the sentence, next to another event, is that event's
    ("Недавно Витебская область подписала соглашение с Псковской областью, в апреле там прошли "
     "Дни Витебской области.",
     [("agreement", "BY-VI", "RU-PSK", None, None, "held"),
      ("forum", "BY-VI", "RU-PSK", "2025-04-01", "2025-04-30", "held")]),
    # a weekday in a clause told in the past is the last one ("начал работу"), not the next
    ("В понедельник в Бресте начал работу форум Брестской и Смоленской областей.",
     [("forum", "BY-BR", "RU-SMO", "2025-05-19", "2025-05-19", "held")]),
    ("Губернатор Курской области в понедельник посетит Гомель, сообщили в правительстве области.",
     [("visit", "RU-KRS", "BY-HO", "2025-05-26", "2025-05-26", "planned")]),
    # "на прошлой неделе", "в ближайшие дни" are dates, not a Week or Days of a region
    ("На прошлой неделе Тульская область принимала делегацию из Могилева.",
     [("visit", "BY-MA", "RU-TUL", "2025-05-12", "2025-05-18", "held")]),
    ("В ближайшие дни Смоленская область примет делегацию Витебской области.",
     [("visit", "BY-VI", "RU-SMO", None, None, "planned")]),
    # days written as ordinal words
    ("С шестого по девятое мая в Орше прошла ярмарка смоленских и витебских производителей.",
     [("forum", "RU-SMO", "BY-VI", "2025-05-06", "2025-05-09", "held")]),
    ("Глава Мордовии провел переговоры в режиме ВКС с председателем Витебского облисполкома.",
     [("meeting", "RU-MO", "BY-VI", None, None, "held")]),
    ("В Ульяновске открылись Дни белорусской науки.",
     [("forum", "BY", "RU-ULY", None, None, "held")]),
    ("В Бресте прошла сессия Парламентского собрания Союза Беларуси и России.",
     [("commission", "BY", "RU", None, None, "held")]),
    # "намечен на август": a month ahead is the date of a planned event
    ("Следующее заседание совместной комиссии Беларуси и Вьетнама намечено на август.",
     [("commission", "BY", "VN", "2025-08-01", "2025-08-31", "planned")]),
    # the dates right after another event's name are that event's, not the visit's told again
    ("Губернатор Псковской области 12 мая прибыл с визитом в Витебск. Главной целью визита псковской "
     "делегации стала подготовка Дней Псковской области в Витебске 3–5 июня.",
     [("visit", "RU-PSK", "BY-VI", "2025-05-12", "2025-05-12", "held"),
      ("forum", "RU-PSK", "BY-VI", "2025-06-03", "2025-06-05", "planned")]),
]


@pytest.mark.parametrize("text,expected", BY_DAY_MAY, ids=[c[0][:40] for c in BY_DAY_MAY])
def test_dates_published_in_may(text, expected):
    assert event_keys(text, PUB_MAY) == wanted_events(expected)


# (evb, 2026-12-07, blind-read rule 1) a day of the month after publication's, told in the past, is last
# year's and held: "Напомним," / "Отметим:" / "Добавим, что" (the writer speaking to the reader, a verb of the
# first person plural ahead) plans nothing. Published on a Wednesday, 15 January 2025. Composed before the
# extractor ran on them: 4 of 8 passed before the rule, 8 of 8 after.
PUB_JANUARY = dt.date(2025, 1, 15)
PAST_TOLD = [
    ("Напомним, 12–13 декабря в Казани состоялся белорусско-татарстанский бизнес-форум.",
     [("forum", "BY", "RU-TA", "2024-12-12", "2024-12-13", "held")]),
    ("Напомним, что 18 декабря губернатор Омской области посетил Минск.",
     [("visit", "RU-OMS", "BY-HM", "2024-12-18", "2024-12-18", "held")]),
    ("Отметим, 20\u00a0декабря в Гомеле прошло заседание рабочей группы Гомельской и Брянской областей.",
     [("commission", "BY-HO", "RU-BRY", "2024-12-20", "2024-12-20", "held")]),
    ("Добавим: 25 ноября Могилевская и Тульская области подписали дорожную карту сотрудничества.",
     [("agreement", "BY-MA", "RU-TUL", "2024-11-25", "2024-11-25", "held")]),
    ("Как мы уже писали, делегация Витебской области побывала в Пскове 3 декабря.",
     [("visit", "BY-VI", "RU-PSK", "2024-12-03", "2024-12-03", "held")]),
    ("Подчеркнём, 10 декабря губернатор Брянской области встретился с послом Беларуси.",
     [("meeting", "BY", "RU-BRY", "2024-12-10", "2024-12-10", "held")]),
    ("Напомним, в декабре делегация Гродненской области побывала в Калининграде.",
     [("visit", "BY-HR", "RU-KGD", "2024-12-01", "2024-12-31", "held")]),
    # guard: what the reader is reminded of may still be ahead
    ("Напомним, 20 января в Гродно пройдут Дни Смоленской области.",
     [("forum", "BY-HR", "RU-SMO", "2025-01-20", "2025-01-20", "planned")]),
]


@pytest.mark.parametrize(("text", "expected"), PAST_TOLD, ids=[c[0][:40] for c in PAST_TOLD])
def test_dates_told_past_to_the_reader(text, expected):
    assert event_keys(text, PUB_JANUARY) == wanted_events(expected)

# Month and decade dates of planned events, and an event's month given to the one held or planned at it
# (composed 2026-12-07, ev4, read by day, published PUB: 0 of 8 before the rules, 8 of 8 after)
PLANNED_MONTHS = [
    ("Визит делегации Витебской области в Самаркандскую область запланирован на первую декаду декабря.",
     [(VI, "BY-VI", "UZ-SA", "2025-12-01", "2025-12-10", "planned")]),
    ("Переговоры губернатора Омской области с акимом Павлодарской области намечены на вторую декаду ноября.",
     [("meeting", "RU-OMS", "KZ-PAV", "2025-11-11", "2025-11-20", "planned")]),
    ("Стороны обсудили подготовку к визиту делегации Гомельской области в Брянск, который запланирован на "
     "третью декаду ноября.",
     [(VI, "BY-HO", "RU-BRY", "2025-11-21", "2025-11-30", "planned")]),
    ("Делегация Тверской области посетит Витебск в первой декаде января.",
     [(VI, "RU-TVE", "BY-VI", "2026-01-01", "2026-01-10", "planned")]),
    ("Подписание дорожной карты между Курской и Гомельской областями запланировано на декабрь. Документ "
     "подпишут в ходе визита курской делегации в Гомель.",
     [(AG, "RU-KRS", "BY-HO", "2025-12-01", "2025-12-31", "planned"),
      (VI, "RU-KRS", "BY-HO", "2025-12-01", "2025-12-31", "planned")]),
    ("Меморандум между Липецкой и Могилевской областями намечено подписать в ноябре. Подписание состоится во "
     "время визита липецкой делегации на Могилевщину.",
     [(AG, "RU-LIP", "BY-MA", "2025-11-01", "2025-11-30", "planned"),
      (VI, "RU-LIP", "BY-MA", "2025-11-01", "2025-11-30", "planned")]),
    ("В сентябре в Гродно прошли Дни Калужской области. В рамках мероприятия губернатор Калужской области и "
     "председатель Гродненского облисполкома подписали программу сотрудничества.",
     [(FO, "RU-KLU", "BY-HR", "2025-09-01", "2025-09-30", "held"),
      (AG, "RU-KLU", "BY-HR", "2025-09-01", "2025-09-30", "held")]),
    ("В начале октября в Казани прошла Неделя Минской области. В рамках этого мероприятия Татарстан и Минская "
     "область подписали соглашение о сотрудничестве.",
     [(FO, "BY-MI", "RU-TA", "2025-10-01", "2025-10-10", "held"),
      (AG, "BY-MI", "RU-TA", "2025-10-01", "2025-10-10", "held")]),
]


@pytest.mark.parametrize("case", PLANNED_MONTHS, ids=[c[0][:40] for c in PLANNED_MONTHS])
def test_dates_planned_months(case):
    text, expected = case
    assert event_keys(text, PUB) == wanted_events(expected)


# "В тот же день", "В этот же день" after a sentence of no event: the day of the last held event told on one day,
# not the sentence right before only (e8b, 2026-12-07; composed before the rule; read by day)
SAME_DAY_TOLD = [
    ("Губернатор Калужской области 14 апреля провел переговоры с послом Беларуси в России. Обсуждались поставки "
     "техники. В тот же день министерство экономики Калужской области и Могилевский облисполком подписали протокол о "
     "сотрудничестве.",
     [("meeting", "BY", "RU-KLU", "2025-04-14", "2025-04-14", "held"),
      (AG, "BY-MA", "RU-KLU", "2025-04-14", "2025-04-14", "held")]),
    ("Делегация Витебской области 2 сентября прибыла в Псков. Гостям показали льнозавод. В этот же день губернатор "
     "Псковской области и председатель Витебского облисполкома подписали дорожную карту.",
     [(VI, "BY-VI", "RU-PSK", "2025-09-02", "2025-09-02", "held"),
      (AG, "BY-VI", "RU-PSK", "2025-09-02", "2025-09-02", "held")]),
    ("Аким Павлодарской области 7 июля провел телефонный разговор с губернатором Омской области. Речь шла о "
     "паромной переправе. В тот же день заместители акима и губернатора подписали план мероприятий по ее запуску.",
     [("meeting", "KZ-PAV", "RU-OMS", "2025-07-07", "2025-07-07", "held"),
      (AG, "KZ-PAV", "RU-OMS", "2025-07-07", "2025-07-07", "held")]),
    ("Делегация Гомельской области 26 мая побывала в Брянске. Гостям показали технопарк. Позже губернатор Брянской "
     "области и председатель Гомельского облисполкома подписали соглашение о сотрудничестве.",
     [(VI, "BY-HO", "RU-BRY", "2025-05-26", "2025-05-26", "held"), (AG, "BY-HO", "RU-BRY", None, None, "held")]),
]


@pytest.mark.parametrize(("text", "expected"), SAME_DAY_TOLD)
def test_dates_same_day_told(text, expected):
    assert event_keys(text, PUB) == wanted_events(expected)
