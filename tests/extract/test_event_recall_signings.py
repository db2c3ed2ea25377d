"""Signings, joint forums, joint bodies' sessions and talks in wordings the earlier grids lack (issue 11:
agreements not found or with a side wrong, forums with a side wrong, a session's status, meetings).
Composed from EVENTS.md and Russian grammar as different writers would put them — the signing verb in
every voice and form ("скрепили подписями", "было подписано", "состоялось подписание", "парафировали"),
documents by kind, signatories named far from the verb, before it or in the sentence before, several
documents at once, signings ahead; guests and hosts of Days, missions, presentations and expositions;
sessions held, going on and ahead; talks by video, telephone and on the sidelines; EVENTS.md's negatives.

Written down with the expected events before the extractor was run on them; compared as the strict
scorer compares (type, sides — a visit keeps its direction —, months of start and end, status). A case
the rules still miss is an xfail(strict=True) with its class.

Batch 1 (61 cases) on 1.41.111's rules: 53 passed before; 58 after (a passive's auxiliary is no verb
ending a document's title, "со стороны России — губернатор …", a forum named only as the occasion of
what its clause tells, a joint body holding its session, a third party's fair named in quotes).
Batch 2 (41 cases) on the rules after batch 1: 35 passed before; 40 after (a document told by when it
was signed, ", подписанный в 2019 году,", is no signing; a body convening, "Совет … соберется 30
октября"; presentations ahead, "представит свой потенциал"; "ярмарки", "выставки" of one fair in the
genitive, "почетным гостем Брянской ярмарки").
Batch 3 (29 cases: passages, talk words, sessions' status, forums' guests and hosts) on the rules after
batch 2: 23 passed before; 29 after (an agreement's phrase ends with its clause and an elliptic clause
", а Гродненская — с Тульской" / ", а в октябре — с Самарской" is a signing of its own — batch 2's
elliptic case passes with it; a sentence naming one side of the event just told takes the other from
that event before the places around, "Следующее заседание комиссии пройдет в Санкт-Петербурге";
"сверили позиции"; "свою продукцию представили …"; "экспозиция предприятий Калужской области").
One expectation was corrected after the run, to the project's convention (event_dates: "в этом году"
is the current year, no date of a held event): "В этом году стороны утвердили …" is undated.
Otherwise no expectation was changed after a run. Batch 1's list of two documents of two pairs passes
since batch 7's rule (test_event_recall_signings_2.py)."""

import datetime as dt

import pytest

from tests.extract.rules_helpers import assert_cue_spots_cover, event_keys, grouped_params, wanted_events

PUB = dt.date(2025, 10, 15)   # a Wednesday

OCT = ("2025-10", "2025-10")
NOV = ("2025-11", "2025-11")
DEC = ("2025-12", "2025-12")
NONE = (None, None)
AG, MT, VI, FO, CM = "agreement", "meeting", "visit", "forum", "commission"

# The signing verb in every voice and form, the document by kind
SIGN_FORMS = [
]

# Signings ahead, at an occasion, several documents, the sides far from the verb or told before
SIGN_CONTEXT = [
]

# Not an agreement (EVENTS.md): companies' contracts, agreements reached without a document, history
SIGN_NEGATIVE = [
]

# Forums: who presents or is guest, who hosts; held, going on, ahead
FORUM = [
]

# Sessions of joint bodies: held, going on, ahead
COMMISSION = [
]

# Talks: video, telephone, sidelines, planned
MEETING = [
]

# Batch 2: signings told by their outcome, by officials named, by cities; ahead at an occasion; elliptic pairs
SIGN_MORE = [
]

# Batch 2: forums — guests of honour, missions arrived, presentations ahead, Days going on
FORUM_MORE = [
]

# Batch 2: sessions held, ahead, by weekday, last year
COMMISSION_MORE = [
]

# Batch 2: talks on the sidelines of a joint forum, online, planned, with a minister
MEETING_MORE = [
]

SPRING_2026 = ("2026-03", "2026-05")

# Batch 3: passages — the sides told in the sentence before, an occasion and its signing, history and plans
PASSAGE = [
    ("Делегация Гродненской области во главе с председателем облисполкома прибыла в Калининград. В ходе "
     "визита стороны подписали план мероприятий на 2026–2027 годы.",
     [(VI, "BY-HR", "RU-KGD", *NONE, "held"), (AG, "BY-HR", "RU-KGD", *NONE, "held")]),
    ("Губернатор Псковской области провел переговоры с председателем Витебского облисполкома. По итогам "
     "встречи подписан меморандум о сотрудничестве в сфере образования.",
     [(MT, "RU-PSK", "BY-VI", *NONE, "held"), (AG, "RU-PSK", "BY-VI", *NONE, "held")]),
    ("В Могилеве 9 октября прошел бизнес-форум с участием предприятий Тульской области. На нем было "
     "подписано соглашение о сотрудничестве между Могилевским облисполкомом и правительством Тульской "
     "области.",
     [(FO, "RU-TUL", "BY-MA", *OCT, "held"), (AG, "BY-MA", "RU-TUL", *OCT, "held")]),
    ("На прошлой неделе в Минске состоялось заседание совместной комиссии Минской области и "
     "Санкт-Петербурга. Следующее заседание комиссии пройдет в Санкт-Петербурге весной.",
     [(CM, "BY-MI", "RU-SPE", *OCT, "held"), (CM, "BY-MI", "RU-SPE", *SPRING_2026, "planned")]),
    ("Председатель Брестского облисполкома и губернатор Владимирской области провели телефонный разговор. "
     "Стороны обсудили подготовку к визиту белорусской делегации во Владимир в ноябре.",
     [(MT, "BY-BR", "RU-VLA", *NONE, "held"), (VI, "BY-BR", "RU-VLA", *NOV, "planned")]),
    ("Соглашение о сотрудничестве между Витебской областью и Санкт-Петербургом подписали еще в 2011 году. "
     "В этом году стороны утвердили новый план мероприятий на 2026–2028 годы.",
     [(AG, "BY-VI", "RU-SPE", *NONE, "held")]),
    ("Минская область расширяет связи с российскими регионами. В сентябре подписано соглашение с "
     "Астраханской областью, а в октябре — с Самарской.",
     [(AG, "BY-MI", "RU-AST", "2025-09", "2025-09", "held"), (AG, "BY-MI", "RU-SAM", *OCT, "held")]),
    ("Белорусские регионы активно работают с Татарстаном. Делегация Гомельской области приняла участие в "
     "выставке «Казанская ярмарка», где был организован стенд региона.",
     [(FO, "BY-HO", "RU-TA", *NONE, "held")]),
    ("Омская область и Казахстан связаны давними партнерскими отношениями. Ранее стороны неоднократно "
     "подписывали соглашения о сотрудничестве.",
     []),
    ("Губернатор Курской области рассказал о планах подписать соглашение с Беларусью в будущем.",
     []),
]

# Batch 3: talks by less common words, a letter (none), a talk in one side's city (a visit)
MEETING_WORDS = [
]

# Batch 3: a session's status and date (moved, going on, ahead, told by a participle)
SESSION_STATUS = [
]

# Batch 3: forums whose guest is named by its enterprises or delegation, the host by the venue
FORUM_SIDES = [
]

MISSED: dict[str, str] = {
    "Выставка-ярмарка товаров Витебской области открылась":
        "ambiguous: an opening with no day of its own and an end day ('продлится до 19 октября') gives an "
        "undated start",
    "В Гомеле 14 октября открылась выставка «Сделано":
        "left: a place inside an exhibition's quoted name ('«Сделано на Смоленщине»') names no side",
}

GROUPS = {"sign_forms": SIGN_FORMS, "sign_context": SIGN_CONTEXT, "sign_negative": SIGN_NEGATIVE,
          "forum": FORUM, "commission": COMMISSION, "meeting": MEETING, "sign_more": SIGN_MORE,
          "forum_more": FORUM_MORE, "commission_more": COMMISSION_MORE, "meeting_more": MEETING_MORE,
          "passage": PASSAGE, "meeting_words": MEETING_WORDS, "session_status": SESSION_STATUS,
          "forum_sides": FORUM_SIDES}
PARAMS = grouped_params(GROUPS, MISSED)


@pytest.mark.parametrize(("text", "expected"), PARAMS)
def test_recall_signing_forum_session_talk(text, expected):
    assert event_keys(text, PUB, months=True) == wanted_events(expected)


def test_stem_prefilter_finds_every_cue_of_these_wordings():
    """Every cue of these wordings starts with a stem of event_cues.STEMS (else cue_spots skips it)."""
    assert_cue_spots_cover(GROUPS)
