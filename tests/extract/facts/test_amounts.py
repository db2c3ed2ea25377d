"""The composed cases of amounts (how a number is read, where it stands, bounds and multiples) and their currency
(docs/extraction.md, "Amounts", "Currency").

Data: amounts_currency.py, amounts_forms.py, amounts_levels.py, amounts_placed.py (beside this module); how each
shape is compared: grids.py; each batch's history: HISTORY.md. `python -m tests.extract.facts.test_amounts` prints
each shape's table by group."""

from tests.extract.facts import amounts_currency, amounts_forms, amounts_levels, amounts_placed
from tests.extract.facts.grids import attach_test, merged, print_tables, recall_test

PARTS = (amounts_currency, amounts_forms, amounts_levels, amounts_placed)

test_recalled = recall_test(merged(PARTS, "RECALL"), merged(PARTS, "RECALL_MISSED"))
test_attach_grammar = attach_test(merged(PARTS, "ATTACH"), merged(PARTS, "ATTACH_MISSED"))


if __name__ == "__main__":
    print_tables(PARTS)
