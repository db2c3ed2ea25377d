"""The third round of composed cases for tests/extract/test_attach_round3.py (ours, written before the
extractor ran on them, 2026-12-07, branch fx3c): the change and the period of a figure told in another
clause or sentence, changes that belong to another figure, change-only facts, period phrases and the
ways writers set numbers (U+00A0, dashes, "$", "долл. США", "процента", brackets). Each case is (text,
published, facts), a fact as in tests/extract/attach_grid.py."""

from tests.extract.attach_grid import (
    AUG,
    BR,
    BRY,
    EX,
    HO,
    HR,
    IM,
    MA,
    MI,
    TO,
    TUL,
    VI,
    Y24,
    r,
)

NB = "\u00a0"
NOV, DEC, MAR = "2025-11-20", "2025-12-20", "2025-03-28"
KOS, TVE, SAM, VOR, KRS, TYU, NGR, SPE, OMS, LEN, PNZ, UD, CN = (
    "RU-KOS", "RU-TVE", "RU-SAM", "RU-VOR", "RU-KRS", "RU-TYU", "RU-NGR", "RU-SPE", "RU-OMS", "RU-LEN", "RU-PNZ",
    "RU-UD", "CN")
H1, M5, M7, M9, M11, Q1 = (("2025-01", "2025-06"), ("2025-01", "2025-05"), ("2025-01", "2025-07"),
                            ("2025-01", "2025-09"), ("2025-01", "2025-11"), ("2025-01", "2025-03"))

ROUND3 = {
}

ROUND3_B = {
    # Batch B: two flows, each with its value and change, or a total with its parts.
    "flows-with-changes": [
        ("В 2024 году экспорт Минской области в Тверскую область вырос на 10 %, до 50 млн долларов, импорт — на "
         "3 %, до 20 млн долларов.", AUG, [r(EX, MI, TVE, 50e6, Y24, 10.0), r(IM, MI, TVE, 20e6, Y24, 3.0)]),
        ("Товарооборот Гродненской области с Тульской областью за 2024 год составил 90 млн долларов (рост 5 %), "
         "в том числе экспорт — 60 млн долларов (рост 8 %).", AUG,
         [r(TO, HR, TUL, 90e6, Y24, 5.0), r(EX, HR, TUL, 60e6, Y24, 8.0)]),
        ("Товарооборот Брестской области с Курской областью в 2024 году составил 70 млн долларов. Из них экспорт "
         "— 45 млн долларов (+10 %), импорт — 25 млн долларов (\u22123 %).", AUG,
         [r(TO, BR, KRS, 70e6, Y24), r(EX, BR, KRS, 45e6, Y24, 10.0), r(IM, BR, KRS, 25e6, Y24, -3.0)]),
        ("Экспорт Могилевской области в Тверскую область в 2024 году увеличился на 14 %, а импорт из этого "
         "региона сократился на 9 %.", AUG, [r(EX, MA, TVE, None, Y24, 14.0), r(IM, MA, TVE, None, Y24, -9.0)]),
        ("Товарооборот Витебской области с Брянской областью в 2024 году вырос на 8 % и составил 130 млн "
         "долларов, число совместных предприятий увеличилось на 20 %.", AUG, [r(TO, VI, BRY, 130e6, Y24, 8.0)]),
        ("Товарооборот Гомельской области с Курской областью в 2024 году составил 96 млн долларов, а число "
         "туристов из Курска выросло вдвое.", AUG, [r(TO, HO, KRS, 96e6, Y24)]),
        ("Экспорт Брестской области в Воронежскую область в 2024 году составил 38 млн долларов, импорт вырос в "
         "1,4 раза.", AUG, [r(EX, BR, VOR, 38e6, Y24), r(IM, BR, VOR, None, Y24, 40.0)]),
    ],
}

ROUND3_C = {
}
