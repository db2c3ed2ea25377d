"""The composed cases of targets: a plan or goal has status target (docs/extraction.md, "Bound, change, status").

Data: targets.py (beside this module); how each shape is compared: grids.py; each batch's history: HISTORY.md.
`python -m tests.extract.facts.test_targets` prints each shape's table by group."""

import pytest

from etl.extract import extract
from tests.extract.facts import targets
from tests.extract.facts.grids import change_test, merged, precision_test, print_tables, recall_test, status_test
from tests.extract.rules_helpers import PUB

PARTS = (targets,)

test_recalled = recall_test(merged(PARTS, "RECALL"), merged(PARTS, "RECALL_MISSED"))
test_the_facts_of_a_composed_sentence = precision_test(merged(PARTS, "PRECISION"), merged(PARTS, "PRECISION_XFAIL"))
test_change_of_the_fact = change_test(merged(PARTS, "CHANGE"), merged(PARTS, "CHANGE_MISSED"))
test_target_status = status_test(merged(PARTS, "STATUS"))


# A fact's status on invented phrases (were tests/extract/test_parts.py, the table-driven
# tests of the parts).
@pytest.mark.parametrize("text, status, year", [
    pytest.param("Брестская область и Китай планируют довести товарооборот до 1 млрд долларов к 2027 году.",
                 "target", 2027, id="plan"),
    pytest.param("Товарооборот Брестской области с Китаем в 2026 году составит 1 млрд долларов.",
                 "target", 2026, id="future-verb"),
    pytest.param("Товарооборот Брестской области с Китаем в 2024 году составил 1 млрд долларов.",
                 "reported", 2024, id="reported"),
])
def test_status(text, status, year):
    (f,) = extract(text, PUB)
    assert f.status == status and f.period_start.year == year


if __name__ == "__main__":
    print_tables(PARTS)
