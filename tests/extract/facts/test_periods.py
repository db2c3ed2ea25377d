"""The composed cases of periods: the forms writers use, the period from context, as attached to a fact, periods
that came out wrong (docs/extraction.md, "Periods").

Data: periods_attach.py, periods_context.py, periods_forms.py, periods_wrong.py (beside this module); how each shape
is compared: grids.py; each batch's history: HISTORY.md. `python -m tests.extract.facts.test_periods` prints each
shape's table by group."""

from tests.extract.facts import periods_attach, periods_context, periods_forms, periods_wrong
from tests.extract.facts.grids import attach_test, merged, period_test, precision_test, print_tables

PARTS = (periods_attach, periods_context, periods_forms, periods_wrong)

test_the_facts_of_a_composed_sentence = precision_test(merged(PARTS, "PRECISION"), merged(PARTS, "PRECISION_XFAIL"))
test_attach_grammar = attach_test(merged(PARTS, "ATTACH"), merged(PARTS, "ATTACH_MISSED"))
test_period_grammar = period_test(merged(PARTS, "PERIOD"), merged(PARTS, "PERIOD_MISSED"))


if __name__ == "__main__":
    print_tables(PARTS)
