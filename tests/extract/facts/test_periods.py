"""The composed cases of periods: the forms writers use, the period from context, as attached to a fact, periods
that came out wrong (docs/extraction.md, "Periods").

Data: periods_attach.py, periods_context.py, periods_forms.py, periods_wrong.py (beside this module); how each shape
is compared: grids.py; each batch's history: HISTORY.md. `python -m tests.extract.facts.test_periods` prints each
shape's table by group."""

import datetime as dt

import pytest

from etl.extract.period import find_periods, resolve_period
from tests.extract.facts import periods_attach, periods_context, periods_forms, periods_wrong
from tests.extract.facts.grids import attach_test, merged, period_test, precision_test, print_tables
from tests.extract.rules_helpers import PUB

PARTS = (periods_attach, periods_context, periods_forms, periods_wrong)

test_the_facts_of_a_composed_sentence = precision_test(merged(PARTS, "PRECISION"), merged(PARTS, "PRECISION_XFAIL"))
test_attached = attach_test(merged(PARTS, "ATTACH"), merged(PARTS, "ATTACH_MISSED"))
test_period_of_the_fact = period_test(merged(PARTS, "PERIOD"), merged(PARTS, "PERIOD_MISSED"))


# The period part (find_periods, resolve_period) on invented phrases (were tests/extract/test_parts.py, the table-driven
# tests of the parts).
@pytest.mark.parametrize("text, published, start, end", [
    pytest.param("в первом полугодии", PUB, "2025-01-01", "2025-06-30", id="half"),
    pytest.param("в первом полугодии", dt.date(2025, 2, 10), "2024-01-01", "2024-06-30", id="half-not-over"),
    pytest.param("в 2024 году", PUB, "2024-01-01", "2024-12-31", id="year"),
    pytest.param("по итогам прошлого года", PUB, "2024-01-01", "2024-12-31", id="last-year"),
    pytest.param("в минувшем году", PUB, "2024-01-01", "2024-12-31", id="minuvshem"),
    pytest.param("во втором квартале", PUB, "2025-04-01", "2025-06-30", id="q2"),
    pytest.param("в I квартале 2023 года", PUB, "2023-01-01", "2023-03-31", id="q1-roman"),
    pytest.param("за три квартала", dt.date(2025, 11, 1), "2025-01-01", "2025-09-30", id="three-quarters"),
    pytest.param("в январе–мае", PUB, "2025-01-01", "2025-05-31", id="jan-may"),
    pytest.param("за январь-сентябрь 2024 года", PUB, "2024-01-01", "2024-09-30", id="jan-sep"),
    pytest.param("за 9 месяцев", dt.date(2025, 11, 1), "2025-01-01", "2025-09-30", id="nine-months"),
    pytest.param("за шесть месяцев", PUB, "2025-01-01", "2025-06-30", id="six-months-words"),
    pytest.param("с начала года", PUB, "2025-01-01", "2025-07-31", id="ytd"),
])
def test_period(text, published, start, end):
    (p,) = [p for p in find_periods(text) if p.role == "own"]
    got = resolve_period(p, published, True)[:2]
    assert got == (dt.date.fromisoformat(start), dt.date.fromisoformat(end))


if __name__ == "__main__":
    print_tables(PARTS)
