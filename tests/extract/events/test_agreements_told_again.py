"""A signing told again by its signatories' states ("С российской стороны документ подписал губернатор, с
китайской — вице-губернатор провинции"): the same signing as the regions' the sentence before told, not a second
one of the states.

Composed sentences, each written before the extractor ran on it (session 7, branch e7), published 2025-10-15,
compared by day: 3 of 4 passed before the rule, 4 after."""

import pytest

from tests.extract.events.common import AG, NONE, PUB
from tests.extract.rules_helpers import event_keys, wanted_events

TOLD_AGAIN = [
    ("Томская область и китайская провинция Хэйлунцзян 14 октября заключили соглашение о торговом партнерстве. "
     "С российской стороны соглашение подписал губернатор, с китайской — заместитель губернатора провинции.",
     [(AG, "RU-TOM", "CN-HL", "2025-10-14", "2025-10-14", "held")]),
    ("Соглашение о сотрудничестве подписали Омская область и Павлодарская область. С казахстанской стороны "
     "документ подписал аким области.",
     [(AG, "RU-OMS", "KZ-PAV", *NONE, "held")]),
    ("Могилевская область и Смоленская область подписали дорожную карту на 2026–2027 годы. Со стороны Беларуси "
     "документ скрепил подписью председатель облисполкома.",
     [(AG, "BY-MA", "RU-SMO", *NONE, "held")]),
    ("Татарстан и Самаркандская область подписали меморандум. Документ с узбекской стороны подписал хоким "
     "области.",
     [(AG, "RU-TA", "UZ-SA", *NONE, "held")]),
]


@pytest.mark.parametrize("text,expected", TOLD_AGAIN, ids=[c[0][:40] for c in TOLD_AGAIN])
def test_the_signing_told_again_by_its_states_is_one(text, expected):
    assert event_keys(text, PUB) == wanted_events(expected)
