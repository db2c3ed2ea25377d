"""Shared names of the fact-scope grid's data modules."""

T, E, IM = "turnover", "export", "import"
NB = "\u00a0"
