"""Recall of cooperation events told in ways rules tend to miss (issue 11: on held-out text most misses
are whole events, not dates). Composed from EVENTS.md, FORMAT.md and Russian grammar before the
extractor ran on them: a visit told by the host ("принял делегацию", "гостями … стали", "в Гродно
побывали представители"), by the visitors ("вернулась из", "в ходе поездки в"), an official named
by a title that names his region ("заместитель председателя Витебского облисполкома"); meetings by
video, by telephone, on a third party's sidelines; documents signed, concluded, adopted, told
passively; forums and joint bodies; dates of every shape; events of two regions of one country
(EVENTS.md does not restrict a pair to two states; the federal centre and a trip inside one's own
region are no pair); negatives.

Compared as the strict scorer compares: type, sides (a visit keeps its direction), the months of
start and end, status. A case the rules still miss is an xfail(strict=True) with its class.

Four batches, each written down before the rules ran on it (batches 3 and 4 were run once as plain
sentences first; their expectations were then written to EVENTS.md and the labels' conventions, e.g.
a visit "в Беларусь" stays BY when a region's official is met there, as train-real w3b-023).
Passing before → after (1.41.107 → 1.41.108): batch 1 (68 cases) 62 → 63; batch 2 (26) 20 → 22;
batch 3 (11) 10 → 11; all 105: 92 → 96, 9 xfail (five of them the one-country pairs). Batches 4–10
are in test_event_recall_incidental.py; batch 11 (14 dates, on 4e5469c) passed 14 of 14 at once, and
batch 13 (6 passages, on 166f2f5) 6 of 6."""

import datetime as dt

import pytest

from tests.extract.rules_helpers import assert_cue_spots_cover, event_keys, grouped_params, wanted_events

PUB = dt.date(2025, 10, 15)   # a Wednesday

NONE = (None, None)
OCT = ("2025-10", "2025-10")
NOV = ("2025-11", "2025-11")
SEP = ("2025-09", "2025-09")
AUG = ("2025-08", "2025-08")
JUN = ("2025-06", "2025-06")
AG, MT, VI, FO, CO = "agreement", "meeting", "visit", "forum", "commission"

# A visit told by the host
HOST_TOLD = [
]

# A visit told by the visitors, or by an official whose title names his region
VISITOR_TOLD = [
]

# Meetings with no visit told
MEETINGS = [
]

# Documents signed, concluded, adopted
AGREEMENTS = [
]

# Forums and sessions of joint bodies
FORUMS = [
]

# Dates
DATES = [
]

# Two regions of one country
SAME_COUNTRY = [
]

# No event
NEGATIVE = [
]

_ONE_COUNTRY = ("left: two regions of one country are no pair for the event rules (every side is picked "
                "by country; see the note at the end)")
MISSED: dict[str, str] = {
    "Делегация Тульской области посетила Калужскую": _ONE_COUNTRY,
    "Гродненская и Брестская области подписали": _ONE_COUNTRY,
    "Губернатор Калужской области принял делегацию Тульской": _ONE_COUNTRY,
    "Омская и Новосибирская области заключили": _ONE_COUNTRY,
    "Губернаторы Тверской и Ярославской областей": _ONE_COUNTRY,
    "Курганская область и Костанайская область договорились":
        "ambiguous: 'договорились о сотрудничестве' before the signing is read as a meeting of its own, "
        "and the signing in one side's city is not made the other side's visit when the sentence names "
        "the sides only by 'главы регионов'",
    "Итогом переговоров губернатора Ульяновской":
        "ambiguous: the talks whose outcome a dated signing is take no date from it",
    "Визит белорусских партнёров из Могилёва":
        "left: 'продлится до пятницы' gives the visit's end, not its start (the sides are right since batch 2)",
    "Гости из Брянска посмотрели спектакль":
        "ambiguous: 'гости из' a place are taken as its delegation (event_cues.csv), a theatre visit or not",
}


# Batch 2: passages of two or three sentences, and wordings further from the cue lists
PASSAGES = [
    ("Белорусская делегация во главе с председателем Гродненского облисполкома прибыла в "
     "Калининград. Гости осмотрели морской порт и провели переговоры с губернатором.",
     [(VI, "BY-HR", "RU-KGD", *NONE, "held")]),
    ("Вчера губернатор Псковской области встречал гостей из Витебска. Речь шла о поставках "
     "льноволокна и строительстве логистического центра.",
     [(VI, "BY-VI", "RU-PSK", *OCT, "held")]),
    ("Курганская область и Костанайская область договорились о сотрудничестве в сфере ветеринарии. "
     "Соответствующее соглашение главы регионов подписали в Кургане 10 октября.",
     [(AG, "RU-KGN", "KZ-KUS", *OCT, "held"), (VI, "KZ-KUS", "RU-KGN", *OCT, "held")]),
    ("В Брянске завершила работу делегация Гомельской области. За три дня белорусские гости "
     "побывали на пяти предприятиях.",
     [(VI, "BY-HO", "RU-BRY", *NONE, "held")]),
    ("Итогом переговоров губернатора Ульяновской области с руководством Брестской области стала "
     "дорожная карта, которую стороны подписали 7 октября.",
     [(AG, "RU-ULY", "BY-BR", *OCT, "held"), (MT, "RU-ULY", "BY-BR", *OCT, "held")]),
    ("Делегация Казани провела в Бухаре три дня. По итогам визита подписан меморандум о побратимстве.",
     [(VI, "RU-TA", "UZ-BU", *NONE, "held"), (AG, "RU-TA", "UZ-BU", *NONE, "held")]),
    ("Нижегородскую область с ответным визитом посетил председатель Минского облисполкома.",
     [(VI, "BY-MI", "RU-NIZ", *NONE, "held")]),
    ("Визит белорусских партнёров из Могилёва в Тулу продлится до пятницы.",
     [(VI, "BY-MA", "RU-TUL", *OCT, "held")]),
]

WORDINGS = [
]

NEGATIVE_MORE = [
]


# Batch 3: officials and bodies named by title, long names, bodies of two sides named by both
OFFICIALS = [
]

# Batch 11: dates (no-break spaces around dashes, spans over two months, days before publication, a held
# event later in the year than publication: the year before)
DATES_MORE = [
]

# Batch 13: passages whose event sentence names one side, the other told in the sentence before
TWO_SENTENCES = [
    ("Брестская область нарастила экспорт во Владимирскую область. Председатель облисполкома на прошлой "
     "неделе побывал во Владимире.",
     [(VI, "BY-BR", "RU-VLA", *OCT, "held")]),
    ("Калужская делегация провела переговоры в Минском облисполкоме. По их итогам подписан протокол.",
     [(VI, "RU-KLU", "BY-MI", *NONE, "held"), (AG, "RU-KLU", "BY-MI", *NONE, "held")]),
    ("Могилевская область поставляет в Тульскую область молочную продукцию. Губернатор Тульской области "
     "пригласил председателя облисполкома посетить регион в ноябре.",
     [(VI, "BY-MA", "RU-TUL", *NOV, "planned")]),
    ("Витебская область наращивает экспорт в Псковскую область. Об этом сообщил губернатор Псковской "
     "области, который находится в Витебске с визитом.",
     [(VI, "RU-PSK", "BY-VI", *NONE, "held")]),
    ("Павлодарская область и Омская область в 2025 году отмечают 30-летие сотрудничества. Стороны провели "
     "совместное заседание рабочей группы в Павлодаре.",
     [(CO, "KZ-PAV", "RU-OMS", *NONE, "held")]),
    ("Делегация Гродненской области с ответным визитом прибыла в Калининград.",
     [(VI, "BY-HR", "RU-KGD", *NONE, "held")]),
]

GROUPS = {"host_told": HOST_TOLD, "visitor_told": VISITOR_TOLD, "meetings": MEETINGS,
          "agreements": AGREEMENTS, "forums": FORUMS, "dates": DATES, "same_country": SAME_COUNTRY,
          "negative": NEGATIVE, "passages": PASSAGES, "wordings": WORDINGS, "negative_more": NEGATIVE_MORE,
          "officials": OFFICIALS, "dates_more": DATES_MORE, "two_sentences": TWO_SENTENCES}
PARAMS = grouped_params(GROUPS, MISSED)


@pytest.mark.parametrize(("text", "expected"), PARAMS)
def test_recall_grammar(text, expected):
    assert event_keys(text, PUB, months=True) == wanted_events(expected)


def test_stem_prefilter_finds_every_cue_of_these_wordings():
    """Every cue word of these wordings starts with a stem of event_cues.STEMS."""
    assert_cue_spots_cover(GROUPS)
