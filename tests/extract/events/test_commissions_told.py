"""Sessions of joint bodies told by regional news: a working group or council by its regions, gathered,
held, planned.

Composed on 2026-12-07 (branch evr5) before the extractor was run on them, in styles the tuned passages
do not contain; a case the rules still miss is a strict xfail with its class (MISSED). Compared as the
strict scorer compares (tests/score_events.py): type, sides (a visit keeps its direction), the months of
start and end, status; published PUB (2025-10-15). The comment below the imports says how many passed
before the rules of that round and after."""

import pytest

from tests.extract.events.common import CO, DEC, NONE, PUB
from tests.extract.rules_helpers import assert_cue_spots_cover, event_keys, grouped_params, wanted_events

# Before → after (evr5, 2026-12-07): 7 of 7 passed before the rules of this round (115 cases in the five
# *_told modules: 99 passed).

SESSIONS = [
    ("В Благовещенске прошло заседание российско-китайской рабочей группы по сотрудничеству Амурской области и "
     "провинции Хэйлунцзян.",
     [(CO, "RU-AMU", "CN-HL", *NONE, "held")]),
    ("Состоялось очередное заседание совместной комиссии по сотрудничеству Псковской области и Витебской "
     "области.",
     [(CO, "RU-PSK", "BY-VI", *NONE, "held")]),
    ("Совет делового сотрудничества Челябинской и Костанайской областей провел выездное заседание в Костанае.",
     [(CO, "RU-CHE", "KZ-KUS", *NONE, "held")]),
]

WORDINGS = [
    ("Заседание межрегиональной рабочей группы Оренбургской и Актюбинской областей прошло в Оренбурге.",
     [(CO, "RU-ORE", "KZ-AKT", *NONE, "held")]),
    ("Очередное заседание российско-белорусской рабочей группы по сотрудничеству Смоленской и Могилевской "
     "областей состоится в декабре в Могилеве.",
     [(CO, "RU-SMO", "BY-MA", *DEC, "planned")]),
    ("Межрегиональная рабочая группа Псковской и Витебской областей собралась в Витебске.",
     [(CO, "RU-PSK", "BY-VI", *NONE, "held")]),
    ("Прошло пятое заседание Совета по сотрудничеству Омской и Павлодарской областей.",
     [(CO, "RU-OMS", "KZ-PAV", *NONE, "held")]),
]

MISSED: dict[str, str] = {}

GROUPS = {"sessions": SESSIONS, "wordings": WORDINGS}


@pytest.mark.parametrize(("text", "expected"), grouped_params(GROUPS, MISSED))
def test_commissions_told(text, expected):
    assert event_keys(text, PUB, months=True) == wanted_events(expected)


def test_stem_prefilter_finds_every_cue_of_these_wordings():
    """Every cue of these wordings starts with a stem of event_cues.STEMS (else cue_spots skips it)."""
    assert_cue_spots_cover(GROUPS)
