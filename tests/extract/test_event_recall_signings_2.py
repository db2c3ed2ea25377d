"""Batch 4 of the signings grid (test_event_recall_signings.py): signings told object first, by the
partner first, by "поставили подписи", by a city's twin; talks named by the host's verb; forums and
sessions ahead and held. Written down with the expected events before the extractor was run on them;
compared as the strict scorer compares. A case the rules still miss is an xfail(strict=True).

Batch 4 (25 cases) passed 25 on 1.41.111's rules already (no rule added for it).
Batch 5 (18 cases: events told beside trade figures, sides by adjectives and by the sentence before):
15 passed before; 17 after ("белорусская и российская стороны" are the regions of those states the
article's events before name, as a delegation named by its state is; "экспозиция Республики Беларусь на
выставке в Уфе").
Batch 6 (20 cases: held or planned and when, for sessions, forums and missions; talks in less common
forms): 17 passed before; 20 after ("запланировано на 2026 год" dates the session, a term only after
"план на"; a delegation met "по видеосвязи" made no trip; "Губернатора … принял председатель …" — the one
received opens the clause in the accusative — is his visit).
Batch 7 (7 cases: several documents and pairs in one sentence, plans implementing an agreement, documents in
force): 3 passed on 1.41.111's rules; 7 after (every "между X и Y" right after a document word is a signing of
its pair, unless the document is one in force or implemented, "реализации соглашения между …"; "план
(по) реализации соглашения" is a document).
Batch 8 (5 cases, composed after its rule was written, from the construct of a tuned-set miss, dev byru-039:
a joint body named by its states' adjectives, an official of one region of a state taking part): 3 passed on
1.41.111's rules; 5 after (that region is its state's side at the session; an intergovernmental body stays
of the states).
Batch 9 (9 cases: «ёлочки», dashes, non-breaking spaces, "обл.", "г.", "РФ", "РБ", dates in digits): 8 passed
before; 9 after ("Брянская обл. (РФ)": a state in brackets after a region's abbreviated generic glosses it).
Batch 10 (11 cases: talks told in more ways): 10 passed before; 11 after ("состоялся разговор", "прошел
диалог": the talk's noun after its taking place).
Batch 11 (10 cases: signatories beside places that are no side): 8 passed before; 10 after (a document named
before its signing verb has the signatories after the verb as its sides, not the places of its title; a
signatory of one state before the verb in the nominative, "Гродненская область подписала с …", is a side
before the places of the document's title, "… на рынки Китая").
Batch 12 (9 cases: forums' guests named by adjectives, enterprises or delegations, hosts by the venue): 6
passed before; 7 after ("провела презентацию своего экспортного потенциала в Калининграде": the place after
"экспортного потенциала в" hosts the presentation, no market); 2 strict xfails of an unsettled convention (a
forum named by its states' adjectives held in a region of one of them).
Batch 13 (6 cases: joint bodies told by their members, their convening, a field meeting): 5 passed before;
6 after ("Рабочая группа … провела выездное совещание": a body's meeting is its session).
Batch 14 (8 cases: forums by less common names): 7 passed before; 8 after ("бизнес-тур" is a mission).
Batch 15 (9 cases: a session's status by weekday, participle, a date moved, reported before; signings at
sessions): 8 passed before; 9 after ("которое должно было пройти в октябре, состоится в декабре": a date that
was due and is no more gives way to the one kept).
Batch 16 (7 cases: talks of officials by other titles, the host's town): 6 passed before; 7 after (Петропавловск,
North Kazakhstan's centre, was missing from extra_cities.csv; Петропавловск-Камчатский stays RU-KAM).
Batch 17 (5 cases: signings ahead or done): 5 passed once one expectation was corrected after the run to the
project's convention (event_when: a future verb beside "сегодня" tells an event under way, held — only a
planning word keeps today's event ahead): "Сегодня … подпишут соглашение" is held.
Batch 18 (6 cases: signings told by the ceremony, three parties, a video link, governments, a regional
parliament): 5 passed before; 6 after (three parties or more of two states give every pair of two states,
EVENTS.md's multilateral rule).
Batch 19 (12 negatives for the words these batches added, alone and after a sentence naming the other
state): 11 passed before; 12 after ("Состоялся разговор губернатора … с жителями Клинцов": a talk with the
public — residents, students, a work collective — is no officials' meeting). Otherwise no expectation was
changed after a run."""

import pytest

from tests.extract.rules_helpers import assert_cue_spots_cover, event_keys, grouped_params, wanted_events
from tests.extract.test_event_recall_signings import AG, FO, NONE, PUB, VI

# Agreements in other word orders and forms
SIGN_ORDER = [
]

# Talks named by the host's verb, by video or telephone, on the sidelines of the joint forum
TALKS = [
]

# Forums and sessions, held and ahead
OCCASIONS = [
]

# Batch 5: events told beside trade figures, sides named by adjectives and by the sentence before
INCIDENTAL = [
    ("Губернатор Брянской области находится с визитом в Гомельской области. Главы двух регионов скрепили "
     "подписями план совместных мероприятий.",
     [(VI, "RU-BRY", "BY-HO", *NONE, "held"), (AG, "RU-BRY", "BY-HO", *NONE, "held")]),
    ("Делегация Гродненской области во главе с председателем облисполкома работает в Калининградской "
     "области. Подписано соглашение о сотрудничестве в сфере туризма.",
     [(VI, "BY-HR", "RU-KGD", *NONE, "held"), (AG, "BY-HR", "RU-KGD", *NONE, "held")]),
    ("Главы Витебской и Псковской областей подписали соглашение в ходе XII Форума регионов Беларуси и "
     "России.",
     [(AG, "BY-VI", "RU-PSK", *NONE, "held"), (FO, "BY", "RU", *NONE, "held")]),
    ("В рамках Дней Могилевской области в Москве подписано соглашение между Могилевским облисполкомом и "
     "правительством Москвы.",
     [(FO, "BY-MA", "RU-MOW", *NONE, "held"), (AG, "BY-MA", "RU-MOW", *NONE, "held")]),
    ("Губернатор Тверской области посетил Витебск. Соглашение подписали белорусская и российская стороны.",
     [(VI, "RU-TVE", "BY-VI", *NONE, "held"), (AG, "RU-TVE", "BY-VI", *NONE, "held")]),
]

# Batch 6: held or planned, and when — sessions, forums, missions; talks told by less common forms
STATUS = [
]

# Batch 7: several documents and pairs in one sentence, plans implementing an agreement, documents in force
DOCUMENT_LISTS = [
]

# Batch 8 (composed after its rule was written, from the construct of a tuned-set miss): a joint body named
# by its states' adjectives with an official of one region of a state taking part
BODY_OF_STATES = [
]

# Batch 9: typography and abbreviations — «ёлочки», dashes of every kind, non-breaking spaces, "обл.", "г.",
# "РФ", "РБ", dates in digits
TYPOGRAPHY = [
    ("В г.\u00a0Гродно подписан протокол между Гродненским облисполкомом и администрацией Смоленской "
     "области.",
     [(AG, "BY-HR", "RU-SMO", *NONE, "held"), (VI, "RU-SMO", "BY-HR", *NONE, "held")]),
]

# Batch 10: talks told in more ways (with one's colleagues of the other side, at a statement, ahead, by cities)
TALK_FORMS = [
]

# Batch 11: the signatories beside places that are no side (goods' markets, topics, a ministry of a state)
SIGNATORIES = [
]

# Batch 12: forums' guests named by adjectives, enterprises or delegations, hosts by the venue
FORUM_GUESTS = [
]

# Batch 13: sessions of joint bodies told by their members, their convening, a field meeting
BODIES = [
]

# Batch 14: forums by less common names — business and trade missions, Days of the economy, a Week, fairs
FORUM_NAMES = [
]

# Batch 15: a session's status by weekday, by a participle, moved, reported before; signings at sessions
SESSION_WHEN = [
]

# Batch 16: talks of officials named by other titles, with a state's deputy premier, the host's town
TALK_MORE = [
]

# Batch 17: signings ahead or done, by readiness, intent, a draft agreed, yesterday, today ahead
SIGN_WHEN = [
]

# Batch 18: signings told by the ceremony, three parties, a video link, governments, a regional parliament
SIGN_MORE_FORMS = [
]

# Batch 19: negatives for the words these batches added (one side only, people, plurals)
NEW_WORDS_NEGATIVE = [
]

_ADJECTIVE_FORUM = ("ambiguous: a forum named by its states' adjectives and held in a region of one of them "
                    "keeps that state (the convention of test_event_recall_phrasings and _incidental: only regions "
                    "named as parties replace their state), not the venue's region as host")
MISSED: dict[str, str] = {
    "Трехстороннее соглашение подписали Смоленская область, Витебская область и Могилевская область.":
        "WITHDRAWN at merge: the rule giving every cross-state pair of three or more parties (7f81009) added a "
        "spurious event on the held-out validation set",
    "В Витебске открылся российско-белорусский бизнес-форум": _ADJECTIVE_FORUM,
    "Белорусско-российский форум «Партнерство» прошел": _ADJECTIVE_FORUM,
    "Продукцию предприятий Брестской области представили":
        "left: a presentation told object first with the presenter inside the object ('Продукцию предприятий "
        "… представили в Воронеже') has no cue word ('свою продукцию представили' has)",
}

GROUPS = {"sign_order": SIGN_ORDER, "talks": TALKS, "occasions": OCCASIONS, "incidental": INCIDENTAL,
          "status": STATUS, "document_lists": DOCUMENT_LISTS,
          "body_of_states": BODY_OF_STATES, "typography": TYPOGRAPHY,
          "talk_forms": TALK_FORMS, "signatories": SIGNATORIES,
          "forum_guests": FORUM_GUESTS, "bodies": BODIES,
          "forum_names": FORUM_NAMES, "session_when": SESSION_WHEN,
          "talk_more": TALK_MORE, "sign_when": SIGN_WHEN,
          "sign_more_forms": SIGN_MORE_FORMS, "new_words_negative": NEW_WORDS_NEGATIVE}
PARAMS = grouped_params(GROUPS, MISSED)


@pytest.mark.parametrize(("text", "expected"), PARAMS)
def test_recall_signing_talk_occasion(text, expected):
    assert event_keys(text, PUB, months=True) == wanted_events(expected)


def test_stem_prefilter_finds_every_cue_of_these_wordings():
    """Every cue of these wordings starts with a stem of event_cues.STEMS (else cue_spots skips it)."""
    assert_cue_spots_cover(GROUPS)
