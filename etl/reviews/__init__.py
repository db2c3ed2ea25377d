"""Human review: the decision store, reviewer accounts, and decisions applied to facts.

Decisions are source data, not build output: they live in a SQLite file beside the database
(etl/reviews/store.py) that no build replaces, keyed by `facts.fact_key` (article + quote span).
"""
