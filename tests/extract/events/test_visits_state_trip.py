"""A state's official on a trip to a region, told again in the next sentence ("Посол посетил завод"): the same
visit, in the same direction as the trip before (not the head-of-state reading "a region's head travels to the
state's", which holds only when no visit of the pair was told).

Composed sentences, each written before the extractor ran on it (session 7, branch e7), published 2025-10-15,
compared by day: 2 of 4 passed before the rule, 4 after."""

import pytest

from tests.extract.events.common import NONE, PUB, VI
from tests.extract.rules_helpers import event_keys, wanted_events

TRIP_AGAIN = [
    ("Посол Казахстана 13–14 октября находится с рабочей поездкой в Омской области. Посол посетил "
     "нефтехимический завод.",
     [(VI, "KZ", "RU-OMS", "2025-10-13", "2025-10-14", "held")]),
    ("Министр промышленности Беларуси побывал в Калужской области. Министр осмотрел индустриальный парк "
     "«Ворсино».",
     [(VI, "BY", "RU-KLU", *NONE, "held")]),
    ("Вице-премьер Узбекистана прибыл в Башкортостан 14 октября. Затем он посетил нефтеперерабатывающий завод "
     "в Уфе.",
     [(VI, "UZ", "RU-BA", "2025-10-14", "2025-10-14", "held")]),
    ("Посол России в Беларуси находится с визитом в Витебской области. Дипломат посетил льнозавод в Орше.",
     [(VI, "RU", "BY-VI", *NONE, "held")]),
]


@pytest.mark.parametrize("text,expected", TRIP_AGAIN, ids=[c[0][:40] for c in TRIP_AGAIN])
def test_the_trip_told_again_keeps_its_direction(text, expected):
    assert event_keys(text, PUB) == wanted_events(expected)
