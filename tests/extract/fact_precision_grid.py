"""Composed grid of facts that come out wrong (issue 9, precision, branch fxp): a change that belongs to
another figure or subject, figures that are not the pair's trade, places and periods taken from the wrong
word, and passages with no fact at all. Written down with their expected facts before the extractor ran on
them; test_fact_precision.py runs them. Published 2025-10-20 unless a case says otherwise.

A fact is (metric, a, b, value, change_pct, period_start, period_end); turnover's pair is unordered."""

NB = "\u00a0"
T, E, IM = "turnover", "export", "import"
Y24 = ("2024-01-01", "2024-12-31")
YTD = ("2025-01-01", "2025-09-30")      # "с начала года", published 2025-10-20
H1 = ("2025-01-01", "2025-06-30")
NONE = (None, None)


def f(metric, a, b, value, change, period):
    return (metric, a, b, value, change, *period)


GROUPS = {
}

# Batch 2, written after batch 1 ran (54 of 55) and before the extractor ran on these: longer sentences of the
# kinds real pages use — absolute increments, ratios to another flow, two changes for one figure, a change in
# the next sentence, a base year with no period, shares and balances beside the pair's figure.
Q1 = ("2025-01-01", "2025-03-31")
Y23 = ("2023-01-01", "2023-12-31")
GROUPS_2 = {
}

# Batch 3, written after batch 2 ran (97 of 99) and before the extractor ran on these: lists of partners each
# with a figure and a change, falls told as ratios, clauses that share a change, the author's or the host's
# place, a product's part of the pair's figure, a base figure of the year before.
Y20 = ("2020-01-01", "2020-12-31")
GROUPS_3 = {
}

# Batch 4, written after batch 3 ran (129 of 132) and before the extractor ran on these: a change of another
# subject before the pair's figure ("несмотря на снижение цен на 15 %"), a share after "или" that is no
# index, changes stated for a later period than the amount, years before the latest one.
Y25 = ("2025-01-01", "2025-12-31")
GROUPS_4 = {
}

# Written while the cause rule was debugged (run on the rules of batch 4 as they were written): causes before,
# inside and after the flow, with and without a change of their own.
GROUPS_CAUSES = {
}

# Batch 5, written after the cause and base-adjective rules (batch 4 passing) and before the extractor ran on
# these: increments in money beside the level, growth indices as the subject, three flows in one sentence,
# places named only in an earlier sentence or through a body, months and half-years with a year.
SEP = ("2025-09-01", "2025-09-30")
H1_24 = ("2024-01-01", "2024-06-30")
GROUPS_5 = {
}

# Batch 6, written after batch 5's rule and before the extractor ran on these: "$" and "долл. США", an increment
# in money before the percent, an index "к январю–июлю", a share of the region's export, parts under "в том
# числе", officials and bodies of one place reporting another pair, two periods compared.
Q1_24, Q1_25 = ("2024-01-01", "2024-03-31"), ("2025-01-01", "2025-03-31")
GROUPS_6 = {
}

# Written while debugging the rule for a later year "за аналогичный период" (batch 6): a base level after a dash
# that follows "чем/против … аналогичный период YEAR".
GROUPS_BASES = {
}

# Batch 7, written after batch 6's rules and before the extractor ran on these: passages of two sentences, where
# the places or the period of the second come from the first (or must not).
GROUPS_7 = {
}

# Batch 8, written after batch 7 ran (14 of 14) and before the extractor ran on these: the formatting of
# statistical releases and speech — "млн. долл. США", indices in brackets, "(рост – 12,3%)", direct speech,
# figures of a plant or a fair beside the pair's, "тыс. долларов".
GROUPS_8 = {
}

# Batch 9, written after batch 8's rule and before the extractor ran on these: ratios between flows or partners
# that are no change, two years each with its index, a balance's change, "удвоился", "прибавив".
Y22 = ("2022-01-01", "2022-12-31")
GROUPS_9 = {
}
