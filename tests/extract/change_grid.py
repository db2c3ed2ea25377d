"""Composed sentences for tests/extract/test_change_grammar.py, by construct (ours, written before the
extractor ran on them). Each case is (text, facts) with a fact as (metric, a, b, value, bound,
change_pct, status); published 2025-08-14.

Encoding (tests/data/FORMAT.md): "в 1,8 раза" → 80.0, "сократился в 2 раза" → −50.0, "на треть" → ∓33.3;
a growth index is index − 100 ("105,3 % к …" → 5.3, "98,1 %" → −1.9); a fact with a value keeps the
value's bound, a change-only fact takes its change's qualifier ("почти на 25 %" → approx, "более чем на
30 %" → gt); percentage points, shares, a product's, a price's, tourists', inflation's or GDP's change
are no change of the fact; a plan of growth is a change-only target."""

NB, NN, MINUS = "\u00a0", "\u202f", "\u2212"
TO, EX, IM = "turnover", "export", "import"


def r(metric, a, b, value, change, bound="eq"):
    """A reported fact."""
    return (metric, a, b, value, bound, change, "reported")


def t(metric, a, b, value, change, bound="eq"):
    """A target fact."""
    return (metric, a, b, value, bound, change, "target")


NIZ, CN, HR, KLU, CHE, KZ = "RU-NIZ", "CN", "BY-HR", "RU-KLU", "RU-CHE", "KZ"
BR, UZ, VI, PSK, OMS, AM = "BY-BR", "UZ", "BY-VI", "RU-PSK", "RU-OMS", "AM"
MA, TA, HO, BRY, MI, SMO = "BY-MA", "RU-TA", "BY-HO", "RU-BRY", "BY-MI", "RU-SMO"
SAM, BY, SVE, TR, NVS, VN, IRK, MN = "RU-SAM", "BY", "RU-SVE", "TR", "RU-NVS", "VN", "RU-IRK", "MN"

GROUPS = {
}
