"""A third batch for tests/extract/test_change_grammar.py (the encoding is change_grid.py's), written
before the extractor ran on it: partners and flows listed with values and changes, a change in
brackets with words, a change restated in the next sentence, and percents in brackets that are no
change."""


IN = "IN"

GROUPS = {
}
