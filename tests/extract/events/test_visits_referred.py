"""Visits whose host or visitor is named by a word referring back, or told in the passive: "визит
президента в республику" after the state was named ("Россия и Узбекистан …"), "делегация республики",
"губернатор … был принят акимом …" (the one received is the visitor, the agent hosts).

Composed sentences, each written before the extractor ran on it (batch of 2026-12-07, pge); compared as
the strict scorer compares (months). Passed before → after the rules of this batch: republic 4 → 6 of 6,
passive 2 → 6 of 6 (12 cases, 6 → 12)."""

import pytest

from tests.extract.events.common import NONE, OCT, PUB, SEP, VI
from tests.extract.rules_helpers import event_keys, grouped_params, wanted_events

GROUPS = {
    # the host or the visitor named by "республика", the state named before it in the sentence or the one before
    "republic": [
        ("Товарооборот России и Казахстана обсуждался в ходе визита Владимира Путина в республику.",
         [(VI, "RU", "KZ", *NONE, "held")]),
        ("Объем торговли Узбекистана с Россией обсуждали во время визита российского президента в республику.",
         [(VI, "RU", "UZ", *NONE, "held")]),
        ("Армения наращивает экспорт в Россию, заявил Дмитрий Песков, анонсируя предстоящий визит Владимира "
         "Путина в республику.",
         [(VI, "RU", "AM", *NONE, "planned")]),
        ("Товарооборот Беларуси и Калужской области растет, сообщили в преддверии визита в область делегации "
         "республики.",
         [(VI, "BY", "RU-KLU", *NONE, "planned")]),
        ("Товарооборот Казахстана с Омской областью вырос на 12\u00a0%; об этом говорили в ходе визита "
         "омского губернатора в республику.",
         [(VI, "RU-OMS", "KZ", *NONE, "held")]),
        ("Товарооборот Беларуси и Свердловской области за полгода вырос на 20 %. В октябре в республику с "
         "визитом прибудет свердловский губернатор.",
         [(VI, "RU-SVE", "BY", *OCT, "planned")]),
    ],
    # "X был принят Y-ом": the one received travelled to the one who received him
    "passive": [
        ("Губернатор Брянской области 12 сентября был принят председателем Гомельского облисполкома.",
         [(VI, "RU-BRY", "BY-HO", *SEP, "held")]),
        ("Делегация Витебской области была принята губернатором Псковской области.",
         [(VI, "BY-VI", "RU-PSK", *NONE, "held")]),
        ("Аким Костанайской области принят губернатором Курганской области 3 октября.",
         [(VI, "KZ-KUS", "RU-KGN", *OCT, "held")]),
        ("Вчера премьер-министр Беларуси был принят президентом Узбекистана Шавкатом Мирзиёевым.",
         [(VI, "BY", "UZ", *OCT, "held")]),
        ("Председатель Могилевского облисполкома был принят в Смоленске губернатором области.",
         [(VI, "BY-MA", "RU-SMO", *NONE, "held")]),
        ("Губернатора Оренбургской области 5 сентября принимал в Актобе аким области — гости обсудили "
         "поставки зерна.",
         [(VI, "RU-ORE", "KZ-AKT", *SEP, "held")]),
    ],
}

MISSED: dict[str, str] = {}


@pytest.mark.parametrize(("text", "expected"), grouped_params(GROUPS, MISSED))
def test_visits_referred(text, expected):
    assert event_keys(text, PUB, months=True) == wanted_events(expected)
