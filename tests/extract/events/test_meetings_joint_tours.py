"""A tour both sides make together after they met ("Руководители регионов осмотрели пункт пропуска", "Главы
регионов также побывали на стройке"): the two went side by side, neither visited the other; the meeting stays a
meeting (a meeting on the border, at a checkpoint, is on neither side's ground as a visit).

Composed sentences, each written before the extractor ran on it (session 7, branch e7), published 2025-10-15,
compared by day: 2 of 4 passed before the rule, 4 after."""

import pytest

from tests.extract.events.common import MT, PUB
from tests.extract.rules_helpers import event_keys, wanted_events

JOINT_TOURS = [
    ("Губернатор Псковской области и председатель Витебского облисполкома 10 октября встретились на границе. "
     "Руководители регионов осмотрели пункт пропуска «Урбаны».",
     [(MT, "RU-PSK", "BY-VI", "2025-10-10", "2025-10-10", "held")]),
    ("Главы Омской и Павлодарской областей провели переговоры 8 октября. Затем стороны осмотрели строящийся "
     "логистический центр.",
     [(MT, "RU-OMS", "KZ-PAV", "2025-10-08", "2025-10-08", "held")]),
    ("Губернатор Брянской области и председатель Гомельского облисполкома встретились 9\u00a0октября у монумента "
     "«Три сестры». Оба руководителя посетили выставку народных промыслов.",
     [(MT, "RU-BRY", "BY-HO", "2025-10-09", "2025-10-09", "held")]),
    ("Руководители Оренбургской и Актюбинской областей обсудили 7 октября на границе открытие нового пункта "
     "пропуска. Главы регионов также побывали на строительной площадке терминала.",
     [(MT, "RU-ORE", "KZ-AKT", "2025-10-07", "2025-10-07", "held")]),
]


@pytest.mark.parametrize("text,expected", JOINT_TOURS, ids=[c[0][:40] for c in JOINT_TOURS])
def test_a_joint_tour_after_a_meeting_is_no_visit(text, expected):
    assert event_keys(text, PUB) == wanted_events(expected)
