"""The host of a visit to a capital: a delegation of a state coming to Minsk or Moscow visits the state when
national officials host it ("Назарбаев прибыл в Москву"), the city when the city's own officials or bodies
are named in the sentence (мэр, горисполком, правительство Москвы).

Composed sentences, each written before the extractor ran on it (session 7, branch e7): 8 cases,
4 passed before the rule, 8 after. Compared by day."""

import pytest

from tests.extract.events.common import NONE, PUB, VI
from tests.extract.rules_helpers import event_keys, wanted_events

BY_DAY = [
    # the city's own hosts: the city
    ("Делегация Вьетнама посетила Минск, где ее принял председатель Мингорисполкома.",
     [(VI, "VN", "BY-HM", *NONE, "held")]),
    ("Китайская делегация провела переговоры в Москве с заместителем мэра столицы.",
     [(VI, "CN", "RU-MOW", *NONE, "held")]),
    ("Казахстанская делегация прибыла в Минск; в Минском горисполкоме гости обсудили поставки продукции.",
     [(VI, "KZ", "BY-HM", *NONE, "held")]),
    ("Делегация Монголии побывала в белорусской столице по приглашению Минского городского исполнительного "
     "комитета.",
     [(VI, "MN", "BY-HM", *NONE, "held")]),
    ("Программу сотрудничества мэр Москвы и хоким Ташкента подписали в\u00a0ходе визита узбекской делегации "
     "в российскую столицу.",
     [("agreement", "RU-MOW", "UZ-TK", *NONE, "held"), (VI, "UZ", "RU-MOW", *NONE, "held")]),
    # national hosts: the state
    ("Делегация Казахстана прибыла в Минск, где провела переговоры в Министерстве промышленности Беларуси.",
     [(VI, "KZ", "BY", *NONE, "held")]),
    ("Премьер-министр Узбекистана прибыл в Москву, где встретился с председателем правительства России.",
     [(VI, "UZ", "RU", *NONE, "held")]),
    ("Президент Казахстана 14 октября прилетел в Москву с официальным визитом.",
     [(VI, "KZ", "RU", "2025-10-14", "2025-10-14", "held")]),
]


@pytest.mark.parametrize("text,expected", BY_DAY, ids=[c[0][:40] for c in BY_DAY])
def test_host_of_a_visit_to_a_capital(text, expected):
    assert event_keys(text, PUB) == wanted_events(expected)
