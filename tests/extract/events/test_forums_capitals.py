"""A forum of two capitals (a business mission, a fair, an exhibition of one capital's firms in the other):
the cities' own event, not their states' (two capitals stand for their states in diplomatic prose only:
"переговоры Минска и Пекина"). A forum named by the states' adjectives stays the states'.

Composed sentences, each written before the extractor ran on it (session 7, branch e7), published
2025-10-15, compared by day: 1 of 6 passed before the rule, 6 after."""

import pytest

from tests.extract.events.common import FO, NONE, PUB
from tests.extract.rules_helpers import event_keys, wanted_events

CAPITALS = [
    ("Бизнес-миссия минских компаний в Москву пройдет 12–14 ноября.",
     [(FO, "BY-HM", "RU-MOW", "2025-11-12", "2025-11-14", "planned")]),
    ("Союз промышленников Москвы зовет столичные компании на бизнес-миссию в Минск, она пройдет "
     "9–10 декабря.",
     [(FO, "RU-MOW", "BY-HM", "2025-12-09", "2025-12-10", "planned")]),
    ("В Ташкенте открылась выставка продукции московских предприятий.",
     [(FO, "RU-MOW", "UZ-TK", *NONE, "held")]),
    ("Минские производители представят свою продукцию на выставке-ярмарке в Москве 20–23 ноября.",
     [(FO, "BY-HM", "RU-MOW", "2025-11-20", "2025-11-23", "planned")]),
    ("Деловая миссия предприятий Москвы работает в Минске с 14 по 16 октября.",
     [(FO, "RU-MOW", "BY-HM", "2025-10-14", "2025-10-16", "held")]),
    # the states' adjectives: the states
    ("Белорусско-российский бизнес-форум прошел в Москве.",
     [(FO, "BY", "RU", *NONE, "held")]),
]


@pytest.mark.parametrize("text,expected", CAPITALS, ids=[c[0][:40] for c in CAPITALS])
def test_a_forum_of_two_capitals_is_the_cities(text, expected):
    assert event_keys(text, PUB) == wanted_events(expected)
