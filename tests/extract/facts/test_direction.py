"""The composed cases of direction: which flow a figure is (turnover, export, import, by the metric's names) and who
reports it (docs/extraction.md, "Places").

Data: direction_flows.py, direction_reports.py (beside this module); how each shape is compared: grids.py; each
batch's history: HISTORY.md. `python -m tests.extract.facts.test_direction` prints each shape's table by group."""

from tests.extract.facts import direction_flows, direction_reports
from tests.extract.facts.grids import attach_test, merged, print_tables, recall_test

PARTS = (direction_flows, direction_reports)

test_recalled = recall_test(merged(PARTS, "RECALL"), merged(PARTS, "RECALL_MISSED"))
test_attached = attach_test(merged(PARTS, "ATTACH"), merged(PARTS, "ATTACH_MISSED"))


if __name__ == "__main__":
    print_tables(PARTS)
