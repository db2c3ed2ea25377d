"""The composed cases of targets: a plan or goal has status target (docs/extraction.md, "Bound, change, status").

Data: targets.py (beside this module); how each shape is compared: grids.py; each batch's history: HISTORY.md.
`python -m tests.extract.facts.test_targets` prints each shape's table by group."""

from tests.extract.facts import targets
from tests.extract.facts.grids import change_test, merged, precision_test, print_tables, recall_test, status_test

PARTS = (targets,)

test_recalled = recall_test(merged(PARTS, "RECALL"), merged(PARTS, "RECALL_MISSED"))
test_the_facts_of_a_composed_sentence = precision_test(merged(PARTS, "PRECISION"), merged(PARTS, "PRECISION_XFAIL"))
test_change_grammar = change_test(merged(PARTS, "CHANGE"), merged(PARTS, "CHANGE_MISSED"))
test_target_status = status_test(merged(PARTS, "STATUS"))


if __name__ == "__main__":
    print_tables(PARTS)
