"""Batches 10–18 of the fact precision grid (test_fact_precision.py), continued from fact_precision_grid.py.
Written before the extractor ran on them; a fact is (metric, a, b, value, change_pct, period_start, period_end)."""

from tests.extract.fact_precision_grid import NONE, T, f

# Batch 10, written after batch 9's rule and before the extractor ran on these: compound adjectives and short
# names of places, a body or a speaker of one place reporting a pair, a product's figure beside the pair's, a
# change over years beside the year's, single months.
GROUPS_10 = {
}

# Batch 11, written after batch 10 and before the extractor ran on these: changes placed before a colon, in
# brackets after a part, with "или на", in a later clause of a product, with "почти" and "рост в 11 %".
Y20 = ("2020-01-01", "2020-12-31")
GROUPS_11 = {
}

# Written while debugging the relative-clause rule (batch 11): the antecedent a product, a cause or a place.
GROUPS_RELATIVES = {
}

# Batch 12, written after batch 11's rule and before the extractor ran on these: tourism money, gas prices,
# public purchases, programme budgets, tonnes with their sum, shares in points; periods as releases write them.
AUG8 = ("2025-01-01", "2025-08-31")
GROUPS_12 = {
}

# Batch 13, written after batch 12 and before the extractor ran on these: places through a speaker's quote, a
# diplomat's "двух стран", short and republic names, sources named in the sentence, sums and groups.
GROUPS_13 = {
}

# Batch 14, written after batch 13 and before the extractor ran on these: periods against other publication
# dates (the third element), early in a year especially.
GROUPS_14 = {
}

# Batch 15, written after batch 14 and before the extractor ran on these: two-sentence passages that should give
# nothing (a national or regional total after a pair is named, prices, investment, a firm's own turnover), and
# one plan between two states.
GROUPS_15 = {
    "plan": [
        ("Беларусь и Узбекистан договорились довести товарооборот до 1 млрд долларов. Об этом сообщили по итогам "
         "переговоров в Ташкенте.",
         [f(T, "BY", "UZ", 1e9, None, NONE)]),
    ],
}

# Batch 16, written after batch 15 and before the extractor ran on these: "соответственно" lists of flows, partners
# and years, and partners listed by dashes with a change in the last clause.
GROUPS_16 = {
}

# Batch 17, written after batch 16 and before the extractor ran on these: growth indices and rates of increase in
# release wordings, falls told "в N раза", shares in points.
GROUPS_17 = {
}

# Batch 18, written after batch 17 and before the extractor ran on these: firms whose names hold a place or a
# demonym, with flow verbs and amounts.
GROUPS_18 = {
}
