"""The composed period grid's cases (ours: wordings the labelled passages do not use), by construct,
each with the facts it must give as (value, change_pct, period_start, period_end, status);
test_period_grammar.py runs them."""

AUG = "2025-08-14"     # the publication date of most cases
OCT = "2025-10-20"
Y24 = ("2024-01-01", "2024-12-31")
Y23 = ("2023-01-01", "2023-12-31")
Y30 = ("2030-01-01", "2030-12-31")
M5 = ("2025-01-01", "2025-05-31")
H1 = ("2025-01-01", "2025-06-30")
NONE = (None, None)
GB = "Гомельской области с Брянской областью"      # BY-HO, RU-BRY
R, T = "reported", "target"
NB = "\u00a0"


def f(value, change, period, status=R):
    return (value, change, *period, status)


# group → [(text, published, [expected facts])]
GROUPS = {
}

# Known misses: text start → why (strict xfail: a rule that fixes one makes its test fail loudly).
MISSED: dict[str, str] = {
}
