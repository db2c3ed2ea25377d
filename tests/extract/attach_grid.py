"""Composed sentences for tests/extract/test_attach_grammar.py (ours, written before the extractor ran on
them): the right number with the wrong change, period or places. Each case is (text, published, facts)
with a fact as (metric, a, b, value, currency, bound, period, change_pct, status); a period is
("YYYY-MM", "YYYY-MM") or None, compared by month as tests/score_facts.py does."""

NB, MINUS = "\u00a0", "\u2212"
TO, EX, IM = "turnover", "export", "import"
AUG, NOV, FEB, MAR, SEP = "2025-08-14", "2025-11-20", "2025-02-10", "2025-03-28", "2025-09-01"
Y24, Y23, H1 = ("2024-01", "2024-12"), ("2023-01", "2023-12"), ("2025-01", "2025-06")
M5, M6, M7 = ("2025-01", "2025-05"), ("2025-01", "2025-06"), ("2025-01", "2025-07")


def r(metric, a, b, value, period, change=None, bound="eq", currency="USD"):
    """A reported fact; a change-only one (value None) has no currency."""
    return (metric, a, b, value, None if value is None else currency, bound, period, change, "reported")


YAR, VI, PSK, HO, BRY, PNZ, CN = "RU-YAR", "BY-VI", "RU-PSK", "BY-HO", "RU-BRY", "RU-PNZ", "CN"
BR, SAR, KLU, UD, KZ, LIP, UZ = "BY-BR", "RU-SAR", "RU-KLU", "RU-UD", "KZ", "RU-LIP", "UZ"
ORL, BY, TUL, MA, SMO, HR, KGD = "RU-ORL", "BY", "RU-TUL", "BY-MA", "RU-SMO", "BY-HR", "RU-KGD"
MI, TA, BA, VLG, RU, LEN, MOW = "BY-MI", "RU-TA", "RU-BA", "RU-VLG", "RU", "RU-LEN", "RU-MOW"
KRS, ORE, VLA, ULY, HM, NIZ, CU = "RU-KRS", "RU-ORE", "RU-VLA", "RU-ULY", "BY-HM", "RU-NIZ", "RU-CU"
AM, OMS, SVE, MOS = "AM", "RU-OMS", "RU-SVE", "RU-MOS"

GROUPS = {
}
