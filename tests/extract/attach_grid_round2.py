"""The second round of composed cases for tests/extract/test_attach_grammar.py (ours, written before the
extractor ran on them, 2026-12-07): venues and visits beside the pair, sides referred back to ("края",
"республики", "столицы", "наших стран"), two regions of one country, changes in other orders than
"соответственно", comparisons between flows, growth rates of a rate, periods named elsewhere in the text."""


DEC, NVS, KYA, PER, LEN, CN = "2025-12-20", "RU-NVS", "RU-KYA", "RU-PER", "RU-LEN", "CN"
Y22, M5, M6, M7, M9, M11 = ("2022-01", "2022-12"), ("2025-01", "2025-05"), ("2025-01", "2025-06"), \
    ("2025-01", "2025-07"), ("2025-01", "2025-09"), ("2025-01", "2025-11")

ROUND2 = {
}

SAM, SPE, KRS_, SAR = "RU-SAM", "RU-SPE", "RU-KRS", "RU-SAR"
MAYP, Q1 = "2025-05-12", ("2025-01", "2025-03")
ROUND2_B = {
}

TVE, MOS = "RU-TVE", "RU-MOS"
FEB26 = "2026-02-16"
ROUND2_C = {
}

# Batch D: a side's total before the part the sentence names the partner for (the first five, 0 of 5 on
# 1.41.110 before its rule: the total took the running pair), and four guards written with the rule.
ROUND2_D = {
}

# Batch E: flows compared within a sentence and a list of owners before the figure's own clause (the first
# five found by probing the leads, written down before their rules), five guards.
ROUND2_E = {
}

# Batch F: "за этот период" pointing back past a later clause's year (the first found by probing the
# leads), three guards, and a known miss (MISSED in test_attach_grammar.py).
ROUND2_F = {
}

# Batch G: a relative year with "году" left out before a verb ("а в позапрошлом составлял 80 млн"; the first
# found by probing), two guards.
JAN26, Y25 = "2026-01-15", ("2025-01", "2025-12")
ROUND2_G = {
}
