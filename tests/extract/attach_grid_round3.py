"""The third round of composed cases for tests/extract/test_attach_round3.py (ours, written before the
extractor ran on them, 2026-12-07, branch fx3c): the change and the period of a figure told in another
clause or sentence, changes that belong to another figure, change-only facts, period phrases and the
ways writers set numbers (U+00A0, dashes, "$", "долл. США", "процента", brackets). Each case is (text,
published, facts), a fact as in tests/extract/attach_grid.py."""


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
}

ROUND3_C = {
}
