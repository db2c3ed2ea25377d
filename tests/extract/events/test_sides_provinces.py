"""Foreign provinces as sides: Mongolia's aimags, Iran's provinces (ostans), Vietnam's provinces and
centrally governed cities (extra_places.csv). A province the lists lack falls back to its country
("делегация провинции X" → the country's adjective or the article's country), which is the wrong side
whenever the province itself is the party.

Composed sentences, each written before the extractor ran on it (session 7, branch e7): 11 cases,
0 passed before the rows were added, 11 after (one expectation, composed without the visit that the
project's rule reads into a signing held in one side's city, was corrected to it).
Compared by day, as test_sides_states' BY_DAY_MAY."""

import pytest

from tests.extract.events.common import AG, CO, MT, NONE, PUB, VI
from tests.extract.rules_helpers import event_keys, wanted_events

BY_DAY = [
    ("Губернатор Иркутской области принял делегацию аймака Хубсугул.",
     [(VI, "MN-041", "RU-IRK", *NONE, "held")]),
    ("Правительство Забайкальского края и администрация Восточного аймака Монголии подписали соглашение "
     "о сотрудничестве.",
     [(AG, "RU-ZAB", "MN-061", *NONE, "held")]),
    ("В Улан-Удэ прошло заседание рабочей группы Бурятии и аймака Селенге.",
     [(CO, "RU-BU", "MN-049", *NONE, "held")]),
    ("Делегация иранской провинции Гилян во главе с губернатором 14 октября посетила Астрахань.",
     [(VI, "IR-01", "RU-AST", "2025-10-14", "2025-10-14", "held")]),
    ("Татарстан и остан Исфахан подписали меморандум о взаимопонимании.",
     [(AG, "RU-TA", "IR-10", *NONE, "held")]),
    ("Губернатор Астраханской области встретился с генерал‑губернатором провинции Мазендеран.",
     [(MT, "RU-AST", "IR-02", *NONE, "held")]),
    ("Председатель Витебского облисполкома принял делегацию вьетнамской провинции Куангнинь.",
     [(VI, "VN-13", "BY-VI", *NONE, "held")]),
    ("Между Могилевской областью и провинцией Тханьхоа подписан меморандум о побратимских связях.",
     [(AG, "BY-MA", "VN-21", *NONE, "held")]),
    ("Делегация Брестской области с 3 по 6 ноября находится с визитом в провинции Биньзыонг.",
     [(VI, "BY-BR", "VN-57", "2025-11-03", "2025-11-06", "planned")]),
    ("Соглашение о сотрудничестве между Гомельской областью и провинцией Нгеан подписано сегодня в Гомеле.",
     [(AG, "BY-HO", "VN-22", "2025-10-15", "2025-10-15", "held"),
      (VI, "VN-22", "BY-HO", "2025-10-15", "2025-10-15", "held")]),   # a signing in one side's city: a visit
    ("Мэр Хошимина посетил Санкт‑Петербург с рабочим визитом.",
     [(VI, "VN-SG", "RU-SPE", *NONE, "held")]),
]


@pytest.mark.parametrize("text,expected", BY_DAY, ids=[c[0][:40] for c in BY_DAY])
def test_foreign_province_is_the_side(text, expected):
    assert event_keys(text, PUB) == wanted_events(expected)
