"""Two officials named as joint subjects meet on the sidelines of a forum of their states ("Губернатор … и
председатель … встретились на полях Форума регионов Беларуси и России"): the meeting is the regions', the states
in the forum's name are the forum's sides (as "подписали на полях Форума России и Узбекистана" for a signing).

Composed sentences, each written before the extractor ran on it (session 7, branch e7), published 2025-10-15,
compared by day: 1 of 4 passed before the rule, 4 after."""

import pytest

from tests.extract.events.common import FO, MT, NONE, PUB
from tests.extract.rules_helpers import event_keys, wanted_events

DAY = ("2025-10-14", "2025-10-14")

SIDELINES = [
    ("Губернатор Псковской области и председатель Витебского облисполкома встретились на полях Форума регионов "
     "Беларуси и России.",
     [(MT, "RU-PSK", "BY-VI", *NONE, "held"), (FO, "BY", "RU", *NONE, "held")]),
    ("Председатель Витебского облисполкома и губернатор Тверской области 14 октября встретились на "
     "полях XII Форума регионов Беларуси и России.",
     [(MT, "BY-VI", "RU-TVE", *DAY, "held"), (FO, "BY", "RU", *DAY, "held")]),
    ("Аким Павлодарской области и губернатор Омской области провели встречу в рамках Форума межрегионального "
     "сотрудничества России и Казахстана.",
     [(MT, "KZ-PAV", "RU-OMS", *NONE, "held"), (FO, "RU", "KZ", *NONE, "held")]),
    ("Глава Татарстана и хоким Самаркандской области побеседовали на полях российско-узбекского форума.",
     [(MT, "RU-TA", "UZ-SA", *NONE, "held"), (FO, "RU", "UZ", *NONE, "held")]),
]


@pytest.mark.parametrize("text,expected", SIDELINES, ids=[c[0][:40] for c in SIDELINES])
def test_joint_subjects_meet_at_their_states_forum(text, expected):
    assert event_keys(text, PUB) == wanted_events(expected)
