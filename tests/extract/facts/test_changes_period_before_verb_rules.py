"""Extraction rules, changes: a change that opens its clause takes its sign from the verb after it even when
its comparison base or the period stands between ("На 12 % по сравнению с 2023 годом вырос …", "На 8 % к
уровню прошлого года сократился …", "На 40 % за год увеличился …"). Composed sentences (ours, written
before the rule ran on them, 2026-12-07, pgc). pga and pgb wrote a rule for the same construction in the same
hour; theirs is the one kept (change._VERB_RIGHT_AFTER, _BASE_AFTER), and these cases pass with it.

Before the rule (1.41.126): 1 of 6 as written (the change was dropped: no sign); after: 6 of 6.
"""

import pytest

from tests.extract.rules_helpers import fields

PUB = "2025-08-14"
Y24 = ("2024-01-01", "2024-12-31")

CASES = [
    ("На 12,5\u00a0% по сравнению с 2023 годом вырос в 2024 году товарооборот Омской области с Казахстаном, "
     "составив 1,6 млрд долларов.", [(1.6e9, *Y24, 12.5)]),
    ("На 8 % к уровню позапрошлого года сократился в 2024 году экспорт Брянской области в Беларусь — до "
     "410 млн долларов.", [(4.1e8, *Y24, -8.0)]),
    ("Почти на 15 процентов относительно 2023-го увеличились в 2024 году поставки Курской области в Беларусь "
     "и достигли 95 млн долларов.", [(9.5e7, *Y24, 15.0)]),
    ("На 20 % против показателя 2023 года упал в 2024 году импорт Гродненской области из Польши, составив "
     "64 млн долларов.", [(6.4e7, *Y24, -20.0)]),
    ("Более чем на 30 % в сравнении с тем же периодом прошлого года вырос за январь–июнь 2025 года товарооборот "
     "Тульской области с Беларусью — до 420 млн долларов.", [(4.2e8, "2025-01-01", "2025-06-30", 30.0)]),
    # as before: the verb right after the change
    ("На 6 % вырос в 2024 году товарооборот Гомельской области с Брянской областью, составив 500 млн долларов.",
     [(5e8, *Y24, 6.0)]),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:50] for c in CASES])
def test_base_before_verb(text, expected):
    assert fields(text, PUB, "value", "period_start", "period_end", "change_pct") == expected
