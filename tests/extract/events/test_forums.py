"""Forums of the two sides: forums of regions, Days of a region, fairs and expositions, business and trade
missions, presentations; who is the guest and who the host, held, going on or ahead.

Composed sentences, each written before the extractor ran on it; a case the rules still miss is a
strict xfail with its class (MISSED). Compared as the strict scorer compares (tests/score_events.py):
type, sides (a visit keeps its direction), the months of start and end, status; the lists read by day
compare whole dates. Each list says the grid it was composed in (tests/extract/test_event_*.py before
this layout); that grid's batches, dates and before → after counts are in HISTORY.md."""

import datetime as dt

import pytest

from tests.extract.events.common import DEC, FO, MAY, NONE, NOV, OCT, PUB, PUB_JUNE, PUB_MAY, SEP
from tests.extract.rules_helpers import assert_cue_spots_cover, event_keys, grouped_params, wanted_events

# Forums and sessions of joint bodies
# (test_event_recall_grammar.py, FORUMS)
FORUMS = [
    ("В Гродно открылись Дни Калининградской области.",
     [(FO, "RU-KGD", "BY-HR", *NONE, "held")]),
    ("Бизнес-миссия предприятий Курганской области прошла в Костанае.",
     [(FO, "RU-KGN", "KZ-KUS", *NONE, "held")]),
    ("Презентация экономического потенциала Могилевской области состоялась в Смоленске.",
     [(FO, "BY-MA", "RU-SMO", *NONE, "held")]),
    ("Выставка-ярмарка предприятий Минской области прошла в Нижнем Новгороде 18—21 сентября.",
     [(FO, "BY-MI", "RU-NIZ", *SEP, "held")]),
]

# (test_event_recall_grammar.py, WORDINGS)
WORDINGS = [
    ("В Могилеве стартовали Дни Смоленской области.",
     [(FO, "RU-SMO", "BY-MA", *NONE, "held")]),
    ("Омские предприятия провели в Павлодаре бизнес-миссию.",
     [(FO, "RU-OMS", "KZ-PAV", *NONE, "held")]),
]

# Batch 8: joint bodies and forums of two states, named by a dash or an adjective
# (test_event_recall_incidental.py, BODIES)
BODIES = [
    ("Российско-китайское ЭКСПО прошло в Харбине в мае.",
     [(FO, "RU", "CN", *MAY, "held")]),
    ("Казахстанско-узбекский бизнес-форум собрал в Шымкенте более 300 предпринимателей.",
     [(FO, "KZ", "UZ", *NONE, "held")]),
    ("XI Форум регионов России и Беларуси завершился в Уфе подписанием контрактов на 1 млрд долларов.",
     [(FO, "BY", "RU", *NONE, "held")]),
    ("В рамках Недели Беларуси в Узбекистане прошла выставка белорусских товаров.",
     [(FO, "BY", "UZ", *NONE, "held")]),
    ("Губернатор Новосибирской области выступил на белорусско-российском форуме в Минске.",
     [(FO, "BY", "RU", *NONE, "held")]),
]

# batch 8: talks in other words; documents, forums and visits by less common words
# (test_event_recall_issue11.py, OTHER_WORDS)
OTHER_WORDS = [
    ("Бизнес-миссия предприятий Брестской области прошла в Новосибирске.",
     [(FO, "BY-BR", "RU-NVS", *NONE, "held")]),
    ("Дни Гродненской области проходят в Санкт-Петербурге.",
     [(FO, "BY-HR", "RU-SPE", *NONE, "held")]),
    ("В Казани открылась экспозиция Витебской области.",
     [(FO, "BY-VI", "RU-TA", *NONE, "held")]),
]

# Forums, joint bodies, heads of state, and announced trips and signings
# (test_event_recall_mechanisms.py, MORE_TYPES)
MORE_TYPES = [
    ("Бизнес-миссия предприятий Брестской области прошла в Калуге 9–10 октября.",
     [("forum", "BY-BR", "RU-KLU", *OCT, "held")]),
    ("Презентация инвестиционного потенциала Тюменской области состоялась в Минске.",
     [("forum", "RU-TYU", "BY-HM", *NONE, "held")]),
    ("В Павлодаре открылась выставка-ярмарка товаров Омской области.",
     [("forum", "RU-OMS", "KZ-PAV", *NONE, "held")]),
    ("II Белорусско-Нижегородский бизнес-форум состоялся в Нижнем Новгороде.",
     [("forum", "BY", "RU-NIZ", *NONE, "held")]),
    ("Витебская область представила свой экспортный потенциал на выставке в Ярославле.",
     [("forum", "BY-VI", "RU-YAR", *NONE, "held")]),
    # (a probe of the general-terms rule, written after it: a count of participants is no count of contacts)
    ("Десятки предприятий Брестской области приняли участие в выставке-ярмарке в Калуге.",
     [("forum", "BY-BR", "RU-KLU", *NONE, "held")]),
]

# Typography: NBSP inside names, "г.Витебск", digits dates with "г.", line breaks, dashes as verbs
# (test_event_recall_mechanisms.py, TYPOGRAPHY)
TYPOGRAPHY = [
    ("Дни Брестской области в Калуге — 20–22 ноября.",
     [("forum", "BY-BR", "RU-KLU", *NOV, "planned")]),
]

# (test_event_recall_phrasings.py, FORUM)
FORUM = [
    ("В Гродно открылся белорусско-российский бизнес-форум с участием делегации Калининградской области.",
     [("forum", "BY-HR", "RU-KGD", *NONE, "held")]),
    ("Дни Ульяновской области пройдут в Минске 20–22 октября.",
     [("forum", "RU-ULY", "BY-HM", *OCT, "planned")]),
    ("В Казани прошла выставка-ярмарка белорусских товаров.",
     [("forum", "BY", "RU-TA", *NONE, "held")]),
    ("Бизнес-миссия предприятий Гомельской области прошла в Самаре.",
     [("forum", "BY-HO", "RU-SAM", *NONE, "held")]),
    ("В Витебске состоялась презентация экономического потенциала Смоленской области.",
     [("forum", "RU-SMO", "BY-VI", *NONE, "held")]),
    ("Российско-узбекский межрегиональный форум состоится в Самарканде в ноябре.",
     [("forum", "RU", "UZ", *NOV, "planned")]),
    ("Форум межрегионального сотрудничества Казахстана и России пройдет в Омске в ноябре.",
     [("forum", "KZ", "RU", *NOV, "planned")]),
    ("В Минске проходит Неделя Санкт-Петербурга.",
     [("forum", "RU-SPE", "BY-HM", *NONE, "held")]),
    ("Межрегиональная конференция Брянской и Гомельской областей состоялась в Брянске.",
     [("forum", "RU-BRY", "BY-HO", *NONE, "held")]),
    ("Дни культуры Витебской области прошли в Пскове с 7 по 10 октября.",
     [("forum", "BY-VI", "RU-PSK", *OCT, "held")]),
    ("В Минске открылась национальная выставка Узбекистана.",
     [("forum", "UZ", "BY-HM", *NONE, "held")]),
    ("Белорусские предприятия представили свою продукцию на выставке в Новосибирске.",
     [("forum", "BY", "RU-NVS", *NONE, "held")]),
    ("Дни Республики Беларусь в Тюменской области пройдут с 18 по 20 ноября.",
     [("forum", "BY", "RU-TYU", *NOV, "planned")]),
    ("Более 50 предприятий Гродненской области приняли участие в бизнес-форуме в Калининграде.",
     [("forum", "BY-HR", "RU-KGD", *NONE, "held")]),
    ("В Уфе открылась экспозиция Брестской области.",
     [("forum", "BY-BR", "RU-BA", *NONE, "held")]),
    ("Белорусско-узбекский форум регионов соберет в Ташкенте 300 участников в ноябре.",
     [("forum", "BY", "UZ", *NOV, "planned")]),
    ("Сегодня в Могилеве открылись Дни Смоленской области.",
     [("forum", "RU-SMO", "BY-MA", *OCT, "held")]),
    ("Торгово-экономическая миссия Витебской области прошла в Нижнем Новгороде.",
     [("forum", "BY-VI", "RU-NIZ", *NONE, "held")]),
    ("Конгресс деловых кругов Беларуси и Узбекистана прошел в Ташкенте.",
     [("forum", "BY", "UZ", *NONE, "held")]),
    ("В Могилеве открылась выставка-ярмарка товаров Тульской области.",
     [("forum", "RU-TUL", "BY-MA", *NONE, "held")]),
    ("Гродненская область презентовала свой экономический потенциал в Калининграде.",
     [("forum", "BY-HR", "RU-KGD", *NONE, "held")]),
    ("Бизнес-форум «Беларусь — Казань» собрал более 200 участников.",
     [("forum", "BY", "RU-TA", *NONE, "held")]),
    ("Предприятия Гомельской области приняли участие в Неделе Беларуси в Самарканде.",
     [("forum", "BY", "UZ-SA", *NONE, "held")]),
    ("В Калининграде прошли Дни Гродненщины.", [("forum", "BY-HR", "RU-KGD", *NONE, "held")]),
    ("Межрегиональная выставка-ярмарка «Белорусские товары» открылась в Смоленске.",
     [("forum", "BY", "RU-SMO", *NONE, "held")]),
    ("Ярмарка белорусских товаров откроется в Казани 20 октября.",
     [("forum", "BY", "RU-TA", *OCT, "planned")]),
    ("XIII Форум регионов Беларуси и России соберется в Витебске в июне 2026 года.",
     [("forum", "BY", "RU", "2026-06", "2026-06", "planned")]),
    ("В ноябре в Минске пройдут Дни Новосибирской области.",
     [("forum", "RU-NVS", "BY-HM", *NOV, "planned")]),
    ("Белорусская продукция представлена на выставке-ярмарке в Брянске.",
     [("forum", "BY", "RU-BRY", *NONE, "held")]),
    ("Дни белорусской культуры прошли в Иркутской области.", [("forum", "BY", "RU-IRK", *NONE, "held")]),
    ("Форум «Россия — Казахстан: приграничное сотрудничество» прошел в Оренбурге.",
     [("forum", "RU", "KZ", *NONE, "held")]),
]

# Batch 2, written down before the rules ran on it
# (test_event_recall_sides.py, BATCH2)
MORE_WORDINGS = [
    ("В Гомеле завершился форум «Гомельщина — Брянщина: новые горизонты».",
     [(FO, "BY-HO", "RU-BRY", *NONE, "held")]),
    ("Выставка-ярмарка товаров Могилевской области открылась в Смоленске.",
     [(FO, "BY-MA", "RU-SMO", *NONE, "held")]),
    ("Дни Брестской области в Москве пройдут с 20 по 23 ноября.",
     [(FO, "BY-BR", "RU-MOW", "2025-11", "2025-11", "planned")]),
]

# Batch 4, written down before the rules ran on it: filters (repeated, first or regular contacts told of
# one event, reported speech, relative clauses), consultations
# (test_event_recall_sides.py, BATCH4)
FILTERS = [
    ("Ежегодно проводимый форум «Гомельщина — Брянщина» в этот раз прошел в Новозыбкове.",
     [(FO, "BY-HO", "RU-BRY", *NONE, "held")]),
]

# Batch 2: forums — guests of honour, missions arrived, presentations ahead, Days going on
# (test_event_recall_signings.py, FORUM_MORE)
FORUM_MORE = [
    ("Белорусская национальная экспозиция развернута на выставке «Агрорусь» в Санкт-Петербурге.",
     [(FO, "BY", "RU-SPE", *NONE, "held")]),
    ("Делегация предприятий Гомельской области участвует в бизнес-миссии в Брянск, которая проходит 14–16 "
     "октября.",
     [(FO, "BY-HO", "RU-BRY", *OCT, "held")]),
    ("Гомельская область выступила почетным гостем Брянской ярмарки.",
     [(FO, "BY-HO", "RU-BRY", *NONE, "held")]),
    ("В Витебске открылась выставка продукции предприятий Псковской области.",
     [(FO, "RU-PSK", "BY-VI", *NONE, "held")]),
    ("Форум регионов Беларуси и России завершил работу в Минске.",
     [(FO, "BY", "RU", *NONE, "held")]),
    ("Смоленская область представит свой инвестиционный потенциал в Могилеве 22 октября.",
     [(FO, "RU-SMO", "BY-MA", *OCT, "planned")]),
    ("На торгово-экономической миссии Ульяновской области в Гродно подписано 12 контрактов.",
     [(FO, "RU-ULY", "BY-HR", *NONE, "held")]),
    ("Дни Минской области в Свердловской области проходят с 13 по 17 октября.",
     [(FO, "BY-MI", "RU-SVE", *OCT, "held")]),
    ("В Гродно прибыла бизнес-миссия Калининградской области.",
     [(FO, "RU-KGD", "BY-HR", *NONE, "held")]),
]

# Forums and sessions, held and ahead
# (test_event_recall_signings_2.py, OCCASIONS)
OCCASIONS = [
    ("Форум регионов Беларуси и России открылся в Гомеле.",
     [(FO, "BY", "RU", *NONE, "held")]),
    ("С 20 по 22 ноября в Гомеле пройдут Дни Брянской области.",
     [(FO, "RU-BRY", "BY-HO", *NOV, "planned")]),
    ("Бизнес-миссия Витебской области в Санкт-Петербург завершилась подписанием контрактов.",
     [(FO, "BY-VI", "RU-SPE", *NONE, "held")]),
]

# Batch 9: typography and abbreviations — «ёлочки», dashes of every kind, non-breaking spaces, "обл.", "г.",
# "РФ", "РБ", dates in digits
# (test_event_recall_signings_2.py, TYPOGRAPHY)
SIGNINGS_TYPOGRAPHY = [
    ("«Дни Минской области» пройдут в Нижнем Новгороде 20—22 октября.",
     [(FO, "BY-MI", "RU-NIZ", *OCT, "planned")]),
    ("Бизнес-миссия РБ в Омск запланирована на 3–5\u00a0ноября.",
     [(FO, "BY", "RU-OMS", *NOV, "planned")]),
]

# Batch 14: forums by less common names — business and trade missions, Days of the economy, a Week, fairs
# (test_event_recall_signings_2.py, FORUM_NAMES)
FORUM_NAMES = [
    ("Деловая миссия предприятий Гомельской области прибыла в Тулу.",
     [(FO, "BY-HO", "RU-TUL", *NONE, "held")]),
    ("Торговая миссия Самарской области работает в Минске с 14 по 16 октября.",
     [(FO, "RU-SAM", "BY-HM", *OCT, "held")]),
    ("Дни экономики Гродненской области пройдут в Калининграде в ноябре.",
     [(FO, "BY-HR", "RU-KGD", *NOV, "planned")]),
    ("В Екатеринбурге проходит Неделя Беларуси.",
     [(FO, "BY", "RU-SVE", *NONE, "held")]),
    ("Бизнес-тур белорусских предприятий в Новосибирск состоится в декабре.",
     [(FO, "BY", "RU-NVS", *DEC, "planned")]),
    ("Ярмарка-выставка товаров Могилевской области откроется в Орле 20 октября.",
     [(FO, "BY-MA", "RU-ORL", *OCT, "planned")]),
    ("Выставка-презентация Брестской области открылась в Уфе 13 октября.",
     [(FO, "BY-BR", "RU-BA", *OCT, "held")]),
    ("Брянские предприниматели приняли участие в бизнес-форуме в Гомеле.",
     [(FO, "RU-BRY", "BY-HO", *NONE, "held")]),
]

# A week or days named by cooperation ("Неделя межрегионального сотрудничества", "Дни приграничного сотрудничества",
# "Неделя делового партнерства"): a joint event of its host and guests, as "Форум межрегионального сотрудничества"
# (e8b, 2026-12-07; composed before the rule)
WEEKS_OF_COOPERATION = [
    ("В Витебске 3–5 сентября прошла Неделя приграничного сотрудничества. В ней приняли участие делегации Псковской "
     "и Смоленской областей.",
     [(FO, "RU-PSK", "BY-VI", *SEP, "held"), (FO, "RU-SMO", "BY-VI", *SEP, "held")]),
    ("Делегация Омской области в мае приняла участие в Неделе межрегионального сотрудничества в Павлодаре.",
     [(FO, "RU-OMS", "KZ-PAV", *MAY, "held")]),
    ("На Брестчине в ноябре пройдут Дни делового партнерства с участием предприятий Тульской области.",
     [(FO, "RU-TUL", "BY-BR", *NOV, "planned")]),
    ("За неделю сотрудничество с Псковской областью принесло Витебской области контракты на 3 млн долларов.", []),
]

MISSED: dict[str, str] = {
    "Губернатор Новосибирской области выступил на белорусско-российском":
        "ambiguous: a forum named by a joint adjective is given the regions the sentence names (as "
        "test_event_recall_phrasings expects), not the states",
    "В Гродно открылся белорусско-российский бизнес-форум":
        "left: a joint adjective ('белорусско-российский') gives the states, not the regions named",
    "В Минске открылась национальная выставка Узбекистана":
        "left: a country's exhibition in a capital is hosted by the state, not the city",
}

GROUPS = {"forums": FORUMS, "wordings": WORDINGS, "bodies": BODIES, "other_words": OTHER_WORDS,
          "more_types": MORE_TYPES, "typography": TYPOGRAPHY, "forum": FORUM, "more_wordings": MORE_WORDINGS,
          "filters": FILTERS, "forum_more": FORUM_MORE, "occasions": OCCASIONS,
          "signings_typography": SIGNINGS_TYPOGRAPHY, "forum_names": FORUM_NAMES,
          "weeks_of_cooperation": WEEKS_OF_COOPERATION}


@pytest.mark.parametrize(("text", "expected"), grouped_params(GROUPS, MISSED))
def test_forums(text, expected):
    assert event_keys(text, PUB, months=True) == wanted_events(expected)


def test_stem_prefilter_finds_every_cue_of_these_wordings():
    """Every cue of these wordings starts with a stem of event_cues.STEMS (else cue_spots skips it)."""
    assert_cue_spots_cover(GROUPS)


# (test_event_constructs.py, CASES: one line per rule, read by day, published PUB unless a case
# gives its own day)
BY_DAY = [
    # a trip to the forum the sentence before reports is part of it
    ("В Гомеле прошел форум регионов Беларуси и России. На него приехали представители 25 регионов.",
     [("forum", "BY", "RU", None, None, "held")]),
    # "в Минск" after a mission is whither it goes, no venue of the talk that planned it
    ("В ходе встречи министр экономики Беларуси и губернатор Иркутской области договорились о проведении "
     "в декабре бизнес-миссии иркутских компаний в Минск.",
     [("meeting", "BY", "RU-IRK", None, None, "held"),
      ("forum", "RU-IRK", "BY-HM", "2025-12-01", "2025-12-31", "planned")]),
    # one side's goods shown in the other's place
    ("В Минске прошла выставка продукции предприятий Смоленской области.",
     [("forum", "RU-SMO", "BY-HM", None, None, "held")]),
    # a relative clause opened by a preposition's phrase is not the event's clause
    ("В Екатеринбурге открылись Дни Беларуси в Свердловской области, в рамках которых пройдет бизнес-форум.",
     [("forum", "BY", "RU-SVE", None, None, "held")]),
    # "Форум регионов" with no states named is the Forum of Regions of Belarus and Russia
    ("В Минске прошел XI Форум регионов.", [("forum", "BY", "RU", None, None, "held")]),
    # a Forum of interregional cooperation with no states named: of the states of the regions taking part
    ("На форуме межрегионального сотрудничества, главной темой которого стал туризм, аким Павлодарской "
     "области и губернатор Омской области подписали план мероприятий.",
     [("forum", "KZ", "RU", None, None, "held"), ("agreement", "KZ-PAV", "RU-OMS", None, None, "held")]),
    ("Губернатор Смоленской области принял участие в Форуме регионов в Минске.",
     [("forum", "BY", "RU", None, None, "held")]),
    ("На Форуме регионов в Уфе Гомельская область подписала соглашение с Башкортостаном.",
     [("forum", "BY", "RU", None, None, "held"), ("agreement", "BY-HO", "RU-BA", None, None, "held")]),
    # "Дни Могилева": days of a place named by its name alone; "в дни визита" is none
    ("Дни Витебска пройдут в Пскове в ноябре.", [("forum", "BY-VI", "RU-PSK", "2025-11-01", "2025-11-30", "planned")]),
    ("В дни визита в Минск губернатор Брянской области осмотрел заводы.",
     [("visit", "RU-BRY", "BY-HM", None, None, "held")]),
    ("В Могилеве открылась Неделя Тяньцзиня.", [("forum", "CN-TJ", "BY-MA", None, None, "held")]),
    ("На прошлой неделе Тульская область принимала делегацию из Могилева.",
     [("visit", "BY-MA", "RU-TUL", "2025-10-06", "2025-10-12", "held")]),
    # a third party's international fair (an adjective with a hyphen before it), attended by a delegation
    ("В Харбине прошла Харбинская международная торгово-экономическая ярмарка, в которой приняла участие "
     "делегация Амурской области.", []),
    ("Состоялся телемост Гомель — Брянск с участием руководителей двух областей.",
     [("meeting", "BY-HO", "RU-BRY", None, None, "held")]),
    ("Инвестиционная миссия Гродненской области прошла в Калининграде.",
     [("forum", "BY-HR", "RU-KGD", None, None, "held")]),
]


@pytest.mark.parametrize("case", BY_DAY, ids=[c[0][:40] for c in BY_DAY])
def test_forums_by_day(case):
    text, expected, published = (*case, PUB)[:3]
    assert event_keys(text, published) == wanted_events(expected)


# (test_event_precision.py: read by day, published PUB_JUNE, 2025-06-10)
BY_DAY_JUNE = [
    # goods are no visitors
    # (the fair itself, where the goods were shown, is a forum of the two sides)
    ("Товары из Витебской области побывали на ярмарке в Пскове.",
     [("forum", "BY-VI", "RU-PSK", None, None, "held")]),
    # an exhibition named after a region
    ("В Могилеве открылась выставка «Смоленская область: сделано у нас».",
     [("forum", "RU-SMO", "BY-MA", None, None, "held")]),
    ("В Бресте прошла выставка «Брянщина — наш партнер».", [("forum", "RU-BRY", "BY-BR", None, None, "held")]),
    ("В Казани открылась выставка «Гродненская область — территория возможностей».",
     [("forum", "BY-HR", "RU-TA", None, None, "held")]),
    # guard: a name with no place, one side only
    ("В Минске прошла выставка «Белагро».", []),
]


@pytest.mark.parametrize(("text", "expected"), BY_DAY_JUNE, ids=[c[0][:40] for c in BY_DAY_JUNE])
def test_forums_published_in_june(text, expected):
    assert event_keys(text, PUB_JUNE) == wanted_events(expected)


# (test_event_rules.py, CASES: one line per rule, read by day, published PUB_MAY, 2025-05-20)
BY_DAY_MAY = [
    ("В Могилеве 15 мая прошел бизнес-форум Могилевской и Смоленской областей.",
     [("forum", "BY-MA", "RU-SMO", "2025-05-15", "2025-05-15", "held")]),
    ("Дни Брестской области в Санкт-Петербурге пройдут в октябре.",
     [("forum", "BY-BR", "RU-SPE", "2025-10-01", "2025-10-31", "planned")]),
    # the vocabulary of visits, documents, missions and talks (event_cues.csv)
    ("В Минске работала торгово-экономическая миссия Костромской области.",
     [("forum", "RU-KOS", "BY-HM", None, None, "held")]),
    # "Дни X в Y": X presents, Y hosts, whoever else the sentence names
    ("В рамках Дней Брестской области в Москве губернатор Тульской области встретился с руководством "
     "Брестской области.",
     [("forum", "BY-BR", "RU-MOW", None, None, "held"), ("meeting", "BY-BR", "RU-TUL", None, None, "held")]),
    # a forum's own phrase ends at the first verb: places in what is said there are not its sides
    ("На пленарной сессии форума «Восток» глава Бурятии сообщил, что доля Монголии в торговле республики выросла.",
     []),
]


@pytest.mark.parametrize("text,expected", BY_DAY_MAY, ids=[c[0][:40] for c in BY_DAY_MAY])
def test_forums_published_in_may(text, expected):
    assert event_keys(text, PUB_MAY) == wanted_events(expected)


# (evb, 2026-12-07, blind-read rule 3) a deadline is not the event's date: a day after "до" / "не позднее" in a
# sentence about applications or registration ("заявки принимаются до 20 ноября") is when to apply, and the
# month told of the mission dates it. Read by day, published 10 November 2024. Composed before the extractor
# ran on them: 2 of 7 passed before the rule, 7 of 7 after.
DEADLINES = [
    ("В декабре торгово-промышленная палата проведет бизнес-миссию курских компаний в Гомель, заявки "
     "принимаются до 20\u00a0ноября.",
     [(FO, "BY-HO", "RU-KRS", "2024-12-01", "2024-12-31", "planned")]),
    ("Бизнес-миссия предприятий Брестской области в Смоленск пройдет в декабре; регистрация участников открыта "
     "до 1 декабря.",
     [(FO, "BY-BR", "RU-SMO", "2024-12-01", "2024-12-31", "planned")]),
    ("В начале декабря в Минске пройдет выставка продукции предприятий Тульской области. Прием заявок — до "
     "22 ноября.",
     [(FO, "BY-HM", "RU-TUL", "2024-12-01", "2024-12-10", "planned")]),
    ("Прием заявок на участие в бизнес-миссии новосибирских компаний в Минскую область, которая состоится в "
     "декабре, продлится до 25 ноября.",
     [(FO, "BY-MI", "RU-NVS", "2024-12-01", "2024-12-31", "planned")]),
    ("Казахстанские компании могут подать заявки до 15 ноября на участие в бизнес-миссии в Омскую область, "
     "намеченной на декабрь.",
     [(FO, "KZ", "RU-OMS", "2024-12-01", "2024-12-31", "planned")]),
    ("В декабре пройдет бизнес-миссия ярославских предприятий в Могилев: заявки на участие следует направить "
     "не позднее 28 ноября.",
     [(FO, "BY-MA", "RU-YAR", "2024-12-01", "2024-12-31", "planned")]),
    # guard: the application's span is no deadline after "до"; the forum's own day stays
    ("Заявки на участие принимаются с 1 по 15 ноября, а сам форум Гродненской и Смоленской областей пройдет "
     "20 ноября в Гродно.",
     [(FO, "BY-HR", "RU-SMO", "2024-11-20", "2024-11-20", "planned")]),
]


@pytest.mark.parametrize(("text", "expected"), DEADLINES, ids=[c[0][:40] for c in DEADLINES])
def test_a_deadline_is_no_date_of_the_event(text, expected):
    assert event_keys(text, dt.date(2024, 11, 10)) == wanted_events(expected)
