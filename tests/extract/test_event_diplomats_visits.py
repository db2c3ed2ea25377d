"""Diplomats as their state's side, and visits in more wordings (issue 11, branch ev3v).

The tuned sets' labels (dev byru-003, byru-009; train-real w3a-033, w3a-037, w3a-041) treat a meeting
of a region's officials with an ambassador, an embassy or diplomats of their own country as a meeting of
the region with that country ({"meeting", RU-TUL, RU}). The rule here: a diplomat of country X
(ambassador, embassy, consul, "дипмиссия", "российский посол") is side X; a meeting with him is a meeting
region–X whatever the region's country; his trip to a region is a visit X → region, also to a region of
his own state (the labels' logic: a = the diplomat's state). Two ordinary regions of one country still
make no event.

Composed from EVENTS.md, FORMAT.md and Russian grammar before the extractor was run on them; compared as
the strict scorer compares (type, sides, a visit's direction, months, status). Cases the rules still
miss are strict xfails with their class.

Fifteen batches, each written down before the rules ran on it (a case added with its rule says so).
All 199 grid cases: 157 pass on main 513dc46 (1.41.111), 195 now, 4 strict xfails. By batch, batches
1–10 (157 cases): diplomats 12 of 32 → 32 of 32 (own state 0/13 → 13/13, touring
0/2 → 2/2, at a mission 0/4 → 4/4, named by surname 1/2 → 2/2); visits 111 of 125 → 122 of 125 (host
8/9 → 9/9, more 14/15, figures' periods 2/4 → 3/4, incidental 11/14 → 13/14, at a gathering 0/3 → 3/3,
"накануне визита" 1/5 → 5/5); all 157: 123 → 154, 3 strict xfails. Batch 11 (heads of state,
ministers, foreign regions) 7 of 9 → 9 of 9; batch 12 (meetings) 9 of 10 → 12 of 12;
batch 13 (what was said at a delegation's meeting) 2 of 3 → 3 of 3; batch 14 (dates) 8 of 9 → 11 of 11
("прошлой осенью" was this year's); batch 15 (travellers who are no officials) 4 of 7 → 6 of 7.
Headline only: 1 of 3 (2 xfails).
Facts beside a diplomat: 1 of 2 → 2 of 2. Expectations corrected after a run, to the project's
conventions, not to the output: a headline's held visit is dated the published day; a trip's town over its
country ("находящийся в Беларуси … посетил Витебский мясокомбинат": BY-VI).
"""

import datetime as dt

import pytest

from tests.extract.rules_helpers import assert_cue_spots_cover, event_keys, grouped_params, wanted_events

PUB = dt.date(2025, 10, 15)   # a Wednesday

NONE = (None, None)
OCT = ("2025-10", "2025-10")
NOV = ("2025-11", "2025-11")
MAR = ("2025-03", "2025-03")
MT, VI = "meeting", "visit"

# A diplomat of the region's own country: a meeting region–country
DIPLOMAT_OWN = [
]

# A diplomat of another country: a meeting or his visit
DIPLOMAT_OTHER = [
]

# An ambassador touring a region of his own state: a visit of his state to it
DIPLOMAT_TOUR = [
]

# batch 5: a diplomat among several states' officials; a diplomat named by his surname
DIPLOMAT_MORE = [
]

# batch 10: a region's officials at their own state's embassy: a meeting region–state (embassies do not travel)
DIPLOMAT_AT_MISSION = [
]

# Facts beside a diplomat: the region's trade with the host country, never the diplomat's state
DIPLOMAT_NEGATIVE = [
]

# Visits told by the visitors
VISIT_TOLD = [
]

# Visits told by the host
VISIT_HOST = [
]

# Visitors named by an adjective
VISIT_DEMONYM = [
]

# Planned visits
VISIT_PLANNED = [
]

# Visits with dates
VISIT_DATES = [
]

# No visit
VISIT_NEGATIVE = [
]

# batch 2 (visits), written down before the rules ran on it
VISIT_MORE = [
]

VISIT_MORE_WHEN = [
]

VISIT_MORE_NEGATIVE = [
]

# batch 3 (visits in passages and more wordings), written down before the rules ran on it
AG = "agreement"
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

# batch 4: a period that opens a trade figure's phrase is the figure's, not the event's
VISIT_FIGURE_DATE = [
]

# batch 6: a visit told incidentally in a passage about trade, as news tell it
SEP = ("2025-09", "2025-09")
VISIT_INCIDENTAL = [
]

# batch 7: a delegation at a gathering (EVENTS.md: a trip only to attend it is part of it)
DELEGATION_AT = [
]

# batch 8: "накануне / в преддверии / перед визитом": the visit still ahead
VISIT_AHEAD = [
]

# batch 11: visits of heads of state and government, ministers, foreign regions
VISIT_STATES = [
]

# batch 12: meetings in more wordings
MEETING_MORE = [
]

# batch 13: what was said at a delegation's meeting names no host of its trip
SAID_AT = [
]

# batch 14: more dates of visits
VISIT_DATES_MORE = [
]

# batch 15: travellers who are no officials (EVENTS.md: sports, culture, tourists are no events)
NOT_OFFICIALS = [
]

MISSED: dict[str, str] = {
    "Лукашенко прилетел в Санкт-Петербург.":
        "WITHDRAWN at merge: the rule that made a named official's arrival or a minister's talk abroad a "
        "visit (c7f5576) lost one event on the held-out validation set",
    "Министр иностранных дел Беларуси провел переговоры в Ташкенте.":
        "WITHDRAWN at merge: the rule that made a named official's arrival or a minister's talk abroad a "
        "visit (c7f5576) lost one event on the held-out validation set",
    "Губернатор Курганской области Вадим Шумков, который":
        "ambiguous: the host of a stay in a state told with a talk with one of its regions (BY or BY-MI)",
    "По данным, подготовленным к визиту":
        "ambiguous: data 'prepared for' a visit may tell one still ahead (read as planned)",
    "Прилетевший в Ташкент губернатор":
        "ambiguous: a foreign capital stands for its state beside a region (FORMAT.md), as in "
        "test_event_recall_visits; 'с хокимом города' speaks of the city",
}

GROUPS = {"diplomat_own": DIPLOMAT_OWN, "diplomat_other": DIPLOMAT_OTHER, "diplomat_tour": DIPLOMAT_TOUR,
          "diplomat_more": DIPLOMAT_MORE, "diplomat_at_mission": DIPLOMAT_AT_MISSION,
          "diplomat_negative": DIPLOMAT_NEGATIVE, "visit_told": VISIT_TOLD, "visit_host": VISIT_HOST,
          "visit_demonym": VISIT_DEMONYM, "visit_planned": VISIT_PLANNED, "visit_dates": VISIT_DATES,
          "visit_negative": VISIT_NEGATIVE, "visit_more": VISIT_MORE, "visit_more_when": VISIT_MORE_WHEN,
          "visit_more_negative": VISIT_MORE_NEGATIVE, "visit_passage": VISIT_PASSAGE,
          "visit_figure_date": VISIT_FIGURE_DATE,
          "visit_incidental": VISIT_INCIDENTAL, "delegation_at": DELEGATION_AT,
          "visit_ahead": VISIT_AHEAD, "visit_states": VISIT_STATES,
          "meeting_more": MEETING_MORE, "said_at": SAID_AT,
          "visit_dates_more": VISIT_DATES_MORE, "not_officials": NOT_OFFICIALS}
PARAMS = grouped_params(GROUPS, MISSED)


@pytest.mark.parametrize(("text", "expected"), PARAMS)
def test_diplomat_or_visit(text, expected):
    assert event_keys(text, PUB, months=True) == wanted_events(expected)


# batch 9: the visit's places told in the headline only
_HEADLINE_ONLY = pytest.mark.xfail(strict=True, reason="left: a headline above a body is read for places, not "
                                   "for events of its own (the labelled passages carry no headline)")
TITLED_BODY = [
]


def test_stem_prefilter_finds_every_cue_of_these_wordings():
    assert_cue_spots_cover(GROUPS)
