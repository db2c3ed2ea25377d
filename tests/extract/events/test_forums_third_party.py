"""A third party's forum named as the occasion of talks to come ("Договорились продолжить диалог в ходе
очередного Каспийского экономического форума"): the two sides' next contact, not a joint forum of theirs.

Composed sentences, each written before the extractor ran on it (session 7, branch e7), published 2025-10-15;
only forums are compared (the talks have their own tests): 1 of 3 passed before the rule, 3 after."""

import pytest

from tests.extract.events.common import PUB
from tests.extract.rules_helpers import event_keys

THIRD_PARTY = [
    "Губернатор Астраханской области провел телефонный разговор с хокимом Хорезмской области. Договорились "
    "продолжить диалог в ходе очередного Каспийского экономического форума.",
    "Глава Татарстана и хоким Бухарской области условились встретиться на Петербургском международном "
    "экономическом форуме в июне.",
    "Губернатор Приморья встретился с послом Вьетнама. Стороны договорились провести переговоры в рамках "
    "Восточного экономического форума.",
]


@pytest.mark.parametrize("text", THIRD_PARTY, ids=[c[:40] for c in THIRD_PARTY])
def test_a_third_party_forum_of_talks_to_come_is_no_joint_forum(text):
    assert [e for e in event_keys(text, PUB) if e[0] == "forum"] == []
