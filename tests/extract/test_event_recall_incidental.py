"""Recall of cooperation events told as the setting of a statement about trade, the way the labelled
real passages tell most of theirs (issue 11): "В Минске губернатор … заявил", "…, которого в Бресте
принимал председатель облисполкома", a figure sentence before the event's, a pronoun sentence after it
that gives its day or mode, heads of state and governments, gerunds ("принимая", "находясь").
Composed before the extractor ran on them; batch 4 was run once as plain sentences first and its
expectations then written to EVENTS.md and the labels' conventions; in batch 6 two expectations were
corrected after the run to the labels' conventions (a region's head met by a head of state with no
place named is a meeting, as dev byru-015/016 and train-real w3a-017; talks in one side's capital are
the other side's visit, as train-real w3c-049).

Passing before → after: batch 4 (19 with its negatives; 1.41.107 → 1.41.108) 14 → 18; batch 5 (8;
1.41.108 as first committed → now) 7 → 8; batch 6 (16; aa76b5d → now) 13 → 15; batch 7 (18;
b7c5631 → now) 15 → 17; batch 8 (16; 9405edd → now) 12 → 15; batch 9, negatives (19; 07fdb25 → now)
18 → 19; batch 10 (14; c1f6b0f → now) 12 → 12; batch 12 (14; 8eb56f5 → now) 10 → 11; batch 14 (8; 5578a52 →
now; run once as plain sentences before its expectations were written) 6 → 8; all 132: 107 → 124, 8 xfail
(two negatives of the place after a speech verb added with that rule, 349722d: 134 in all)."""

import datetime as dt

import pytest

from tests.extract.rules_helpers import assert_cue_spots_cover, event_keys, grouped_params, wanted_events

PUB = dt.date(2025, 10, 15)   # a Wednesday

NONE = (None, None)
OCT = ("2025-10", "2025-10")
SEP = ("2025-09", "2025-09")
NOV = ("2025-11", "2025-11")
MAY = ("2025-05", "2025-05")
AG, MT, VI, FO, CO = "agreement", "meeting", "visit", "forum", "commission"

# Batch 4: an event as the setting of a statement about trade
INCIDENTAL = [
]

NEGATIVE_SPEECH = [
]

# Batch 5: passages where a figure or a pronoun sentence carries the event's sides or its day
FOLLOW_UPS = [
    ("Товарооборот Брянской области с Беларусью за январь–август вырос на 12 %. Об этом шла речь на встрече "
     "губернатора Александра Богомаза с председателем Гомельского облисполкома Иваном Крупко в Брянске.",
     [(VI, "BY-HO", "RU-BRY", *NONE, "held")]),
    ("Экспорт Витебской области в Псковскую область достиг 150 млн долларов. Такие данные привел "
     "председатель облисполкома Александр Субботин в ходе рабочей поездки в Псков.",
     [(VI, "BY-VI", "RU-PSK", *NONE, "held")]),
    ("Новосибирская область и Могилевская область намерены увеличить товарооборот. Соответствующий план "
     "мероприятий губернатор Андрей Травников и председатель облисполкома подписали 3 октября.",
     [(AG, "RU-NVS", "BY-MA", *OCT, "held")]),
    ("Омская область наращивает поставки в Казахстан. На прошлой неделе губернатор Виталий Хоценко посетил "
     "Павлодар, где провел переговоры с акимом области.",
     [(VI, "RU-OMS", "KZ-PAV", *OCT, "held")]),
    ("Товарооборот Татарстана и Узбекистана вырос на 30 %. В сентябре Рустам Минниханов побывал в Бухаре.",
     [(VI, "RU-TA", "UZ-BU", *SEP, "held")]),
    ("Губернатор Курганской области Вадим Шумков встретился с акимом Костанайской области. Встреча прошла "
     "в Костанае.",
     [(VI, "RU-KGN", "KZ-KUS", *NONE, "held")]),
    ("Витебская область и Смоленская область провели совместное заседание рабочей группы. Оно прошло "
     "в режиме видеоконференции 8 октября.",
     [(CO, "BY-VI", "RU-SMO", *OCT, "held")]),
    ("Губернатор Псковской области с 20 по 22 октября посетит Витебскую область. В ходе визита "
     "планируется подписание плана мероприятий.",
     [(VI, "RU-PSK", "BY-VI", *OCT, "planned"), (AG, "RU-PSK", "BY-VI", *OCT, "planned")]),
]

# Batch 6: heads of state and governments, gerunds ("принимая", "находясь"), consultations
SETTINGS = [
]

# Batch 7: states and their heads, ministers, national exhibitions, diplomats in a report's clause
STATES = [
]

# Batch 8: joint bodies and forums of two states, named by a dash or an adjective
BODIES = [
    ("Узбекистан и Беларусь подписали дорожную карту по расширению торговли во время визита узбекского"
     " премьера в Минск.",
     [(AG, "UZ", "BY", *NONE, "held"), (VI, "UZ", "BY", *NONE, "held")]),
]

# Batch 9: statements about trade with no event: a speaker at home, a diplomat, an interview, a tally
NEGATIVE_REPORTS = [
]

# Batch 10: lists of partners, Chinese and Kazakh regions, a city that is the seat of another region
LISTS = [
]

# Batch 12: abbreviations, brackets, initials, quotes
ABBREVIATIONS = [
]

# Batch 14: plans (an agenda, a hope, a season) and a signing years ago; run once as plain sentences first
PLANS = [
]

MISSED: dict[str, str] = {
    "Минский облисполком и правительство Нижегородской области утвердили план":
        "left: a bare 'план на 2026 год' is no document word (too common for plans of one side)",
    "На Российско-Казахстанском форуме межрегионального":
        "ambiguous: '15 соглашений' signed at the forum are read as one signing of the forum's sides",
    "Губернатор Новосибирской области выступил на белорусско-российском":
        "ambiguous: a forum named by a joint adjective is given the regions the sentence names (as "
        "test_event_recall_phrasings expects), not the states",
    "Глава Чувашии встретился в Минске":
        "ambiguous: Minsk (BY-HM) is the seat of Minsk Oblast's executive committee, but a region of its own; "
        "the rules keep them apart (so does test_event_recall_phrasings for a signing 'в Минске')",
    "Глава МИД РК":
        "left: 'РК' (Kazakhstan; also Karelia, Komi, Crimea) is in no place list (aliases.csv, shared with facts)",
    "Губернатор Псковской обл. посетил":
        "left: the sentence splitter (shared with facts) ends a sentence at 'обл.' before a day",
}

GROUPS = {"incidental": INCIDENTAL, "negative_speech": NEGATIVE_SPEECH, "follow_ups": FOLLOW_UPS,
          "settings": SETTINGS, "states": STATES, "bodies": BODIES, "negative_reports": NEGATIVE_REPORTS,
          "lists": LISTS, "abbreviations": ABBREVIATIONS, "plans": PLANS}
PARAMS = grouped_params(GROUPS, MISSED)


@pytest.mark.parametrize(("text", "expected"), PARAMS)
def test_recall_incidental(text, expected):
    assert event_keys(text, PUB, months=True) == wanted_events(expected)


def test_stem_prefilter_finds_every_cue_of_these_wordings():
    """Every cue word of these wordings starts with a stem of event_cues.STEMS."""
    assert_cue_spots_cover(GROUPS)
