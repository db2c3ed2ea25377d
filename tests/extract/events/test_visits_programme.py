"""A visit told over a passage with what was done during it: enterprises visited, talks in the host's seat, a
welcome — all part of the one visit.

Composed sentences, each written before the extractor ran on it; a case the rules still miss is a
strict xfail with its class (MISSED). Compared as the strict scorer compares (tests/score_events.py):
type, sides (a visit keeps its direction), the months of start and end, status; the lists read by day
compare whole dates. Each list says the grid it was composed in (tests/extract/test_event_*.py before
this layout); that grid's batches, dates and before → after counts are in HISTORY.md."""

import pytest

from tests.extract.events.common import AG, MT, NB, NONE, NOV, OCT, PUB, VI
from tests.extract.rules_helpers import assert_cue_spots_cover, event_keys, grouped_params, wanted_events

# (test_event_diplomats_visits.py, VISIT_PASSAGE)
VISIT_PASSAGE = [
    ("Делегация Смоленской области прибыла в Могилев. Гости посетили ряд предприятий.",
     [(VI, "RU-SMO", "BY-MA", *NONE, "held")]),
    ("Губернатора Курской области в Гомеле встречали хлебом-солью.",
     [(VI, "RU-KRS", "BY-HO", *NONE, "held")]),
    ("Тульские гости побывали на предприятиях Могилевской области.",
     [(VI, "RU-TUL", "BY-MA", *NONE, "held")]),
    ("В Гродненском облисполкоме состоялась встреча с делегацией Калининградской области.",
     [(VI, "RU-KGD", "BY-HR", *NONE, "held")]),
    ("Калининградская делегация провела в Гродненском облисполкоме переговоры.",
     [(VI, "RU-KGD", "BY-HR", *NONE, "held")]),
    ("Состоялся визит губернатора Ивановской области в Беларусь. В ходе визита подписано соглашение с "
     "Витебской областью.",
     [(VI, "RU-IVA", "BY", *NONE, "held"), (AG, "RU-IVA", "BY-VI", *NONE, "held")]),
    ("Губернатор Брянской области посетил Гомель, где принял участие в открытии нового цеха.",
     [(VI, "RU-BRY", "BY-HO", *NONE, "held")]),
    ("Минский облисполком посетила делегация Ярославской области.",
     [(VI, "RU-YAR", "BY-MI", *NONE, "held")]),
    ("С дружественным визитом в Гомельской области находятся представители Брянщины.",
     [(VI, "RU-BRY", "BY-HO", *NONE, "held")]),
    ("Визит председателя Витебского облисполкома в Псков завершился подписанием соглашения.",
     [(VI, "BY-VI", "RU-PSK", *NONE, "held"), (AG, "BY-VI", "RU-PSK", *NONE, "held")]),
    ("Губернатор Омской области Виталий Хоценко находился в Павлодаре 9 октября.",
     [(VI, "RU-OMS", "KZ-PAV", *OCT, "held")]),
    ("В Гомель прибыла делегация Брянской области. Визит продлится три дня.",
     [(VI, "RU-BRY", "BY-HO", *NONE, "held")]),
    ("Смоленский губернатор прибыл в Могилев.",
     [(VI, "RU-SMO", "BY-MA", *NONE, "held")]),
    ("Гости из Брянска побывали в Гомеле.",
     [(VI, "RU-BRY", "BY-HO", *NONE, "held")]),
    ("Делегация Витебской области была тепло встречена в Пскове.",
     [(VI, "BY-VI", "RU-PSK", *NONE, "held")]),
    ("Губернатор Псковской области был с визитом в Витебске.",
     [(VI, "RU-PSK", "BY-VI", *NONE, "held")]),
    ("Председатель Могилевского облисполкома находится в Смоленске, где проходят переговоры.",
     [(VI, "BY-MA", "RU-SMO", *NONE, "held")]),
]

# (2026-12-07, pev) The visitors just reported, named again by where they come from ("Гости из Брянска", "Белорусские
# гости"), talking with the hosts in the next sentence: talks of that visit, not a meeting of their own.
# Written before the rules ran on them; before → after: see the commit and the note below.
GUESTS_NAMED_AGAIN = [
    ("Делегация Брянской области прибыла в Гомель 14 октября. Гости из Брянска и руководство облисполкома обсудили "
     "поставки техники.",
     [(VI, "RU-BRY", "BY-HO", *OCT, "held")]),
    ("13 октября в Смоленск приехала делегация Могилевской области. Белорусские гости и представители областной "
     "администрации провели переговоры о кооперации.",
     [(VI, "BY-MA", "RU-SMO", *OCT, "held")]),
    ("Делегация акимата Павлодарской области побывала в Омске. Казахстанские гости и члены правительства Омской "
     "области обсудили поставки зерна.",
     [(VI, "KZ-PAV", "RU-OMS", *NONE, "held")]),
    ("Губернатор Псковской области посетил Витебск. Гости из Пскова вместе с руководством Витебского облисполкома "
     "обсудили совместные проекты.",
     [(VI, "RU-PSK", "BY-VI", *NONE, "held")]),
    ("В Гродно находится делегация Калининградской области. Гости и" + NB + "представители облисполкома обсудили "
     "развитие туризма.",
     [(VI, "RU-KGD", "BY-HR", *NONE, "held")]),
    # guard: other people meeting are a meeting of their own
    ("Делегация Брянской области прибыла в Гомель. Губернатор Курской области и председатель Гомельского "
     "облисполкома обсудили поставки.",
     [(VI, "RU-BRY", "BY-HO", *NONE, "held"), (MT, "RU-KRS", "BY-HO", *NONE, "held")]),
]

# Passages of several sentences
# (test_event_recall_visits.py, PASSAGE)
PASSAGE = [
    ("Делегация Ташкентской области во главе с хокимом прибыла в Минск. Гости посетили Минский "
     "тракторный завод и провели переговоры в облисполкоме.",
     [(VI, "UZ-TO", "BY-HM", *NONE, "held")]),
    ("Губернатор Тверской области Игорь Руденя находится с визитом в Витебской области. Программа "
     "включает посещение предприятий и встречу с председателем облисполкома.",
     [(VI, "RU-TVE", "BY-VI", *NONE, "held")]),
    ("В Омске побывали представители Павлодарской области. Гости встретились с губернатором и "
     "обсудили поставки зерна.",
     [(VI, "KZ-PAV", "RU-OMS", *NONE, "held")]),
    ("Глава Гродненского облисполкома 6 октября посетил Калининград. В ходе визита стороны подписали "
     "программу сотрудничества на 2026–2028 годы.",
     [(VI, "BY-HR", "RU-KGD", *OCT, "held"), (AG, "BY-HR", "RU-KGD", *OCT, "held")]),
    ("Хоким Андижанской области прибыл в Ярославль. Он осмотрел несколько предприятий. Стороны "
     "договорились продолжить сотрудничество.",
     [(VI, "UZ-AN", "RU-YAR", *NONE, "held")]),
    ("Правительство провинции Шаньдун и правительство Свердловской области подписали меморандум. "
     "Документ предусматривает обмен делегациями.",
     [(AG, "CN-SD", "RU-SVE", *NONE, "held")]),
    ("Делегация Могилевской области во главе с председателем облисполкома посетила Тулу. Гостей "
     "принял губернатор. Стороны обсудили поставки техники.",
     [(VI, "BY-MA", "RU-TUL", *NONE, "held")]),
    ("Аким Атырауской области встретился с губернатором Астраханской области. Встреча прошла в "
     "Астрахани.",
     [(VI, "KZ-ATY", "RU-AST", *NONE, "held")]),
    ("Делегация Минской области на прошлой неделе побывала в Новосибирске. В рамках визита "
     "подписано соглашение о сотрудничестве. В ноябре запланирован ответный визит.",
     [(VI, "BY-MI", "RU-NVS", *OCT, "held"), (AG, "BY-MI", "RU-NVS", *OCT, "held"),
      (VI, "RU-NVS", "BY-MI", *NOV, "planned")]),
    ("Губернатор Курской области посетил Гомель. Встреча с председателем облисполкома прошла в "
     "здании облисполкома.",
     [(VI, "RU-KRS", "BY-HO", *NONE, "held")]),
]

# The day the visitor met his own state's diplomat, told in the visit's sentence, dates the visit (that meeting
# makes no event of its own, so its day was lost) (e7b, 2026-12-07; composed before the rule: 1 of 4 passed
# before, 3 of 4 after)
OWN_DIPLOMAT_DAY = [
    ("Губернатор Псковской области прибыл в Беларусь с рабочим визитом, и 13 октября с ним встретился посол России "
     "в Беларуси.",
     [(VI, "RU-PSK", "BY", *OCT, "held")]),
    ("Губернатор Омской области находится в Казахстане с визитом, а 14 октября с ним встретился генеральный консул "
     "России в Алматы.",
     [(VI, "RU-OMS", "KZ", *OCT, "held")]),
    ("Председатель Брестского облисполкома прибыл в Россию с рабочей поездкой, и 10" + NB + "октября с ним "
     "встретился посол Беларуси в России.",
     [(VI, "BY-BR", "RU", *OCT, "held")]),
    ("Губернатор Тульской области прибыл в Минск, и с ним встретился посол России в Беларуси.",
     [(VI, "RU-TUL", "BY-HM", *NONE, "held")]),
]

MISSED: dict[str, str] = {
    "Губернатор Омской области находится в Казахстане с визитом, а 14 октября":
        "left: a consul of the visitor's own state posted in a city of the host ('генеральный консул России в "
        "Алматы') is read as met by that city (event_visits.diplomat_meetings, `local`), a meeting of its own",
    "Делегация Минской области на прошлой неделе побывала в Новосибирске.":
        "left: 'ответный визит' naming no place is not read as the reverse of the visit before",
}

GROUPS = {"visit_passage": VISIT_PASSAGE, "passage": PASSAGE, "guests_named_again": GUESTS_NAMED_AGAIN,
          "own_diplomat_day": OWN_DIPLOMAT_DAY}


@pytest.mark.parametrize(("text", "expected"), grouped_params(GROUPS, MISSED))
def test_visits_programme(text, expected):
    assert event_keys(text, PUB, months=True) == wanted_events(expected)


def test_stem_prefilter_finds_every_cue_of_these_wordings():
    """Every cue of these wordings starts with a stem of event_cues.STEMS (else cue_spots skips it)."""
    assert_cue_spots_cover(GROUPS)
