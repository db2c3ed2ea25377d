"""The period of a fact and the comparison base of its change, by construct: a grid of composed
sentences (ours, in wordings the labelled passages do not use), each with the facts it must give as
(value, change_pct, period_start, period_end, status). docs/extraction.md, "Periods"; FORMAT.md: a
period phrase resolves against the publication date, no period is better than a guessed one, a
change over several years has a null period unless a year is stated.

`python -m tests.extract.test_period_grammar` prints the table by construct (right / wrong period /
wrong change / missing / spurious)."""

import datetime as dt

import pytest

from etl.extract import extract
from tests.extract.period_grid import GROUPS as FORMS
from tests.extract.period_grid import MISSED
from tests.extract.period_grid_context import CONTEXT_GROUPS
from tests.extract.rules_helpers import grid_table, grouped_params

GROUPS = {**FORMS, **CONTEXT_GROUPS}


def got(text: str, published: str) -> list[tuple]:
    return sorted(((x.value, x.change_pct, x.period_start and x.period_start.isoformat(),
                    x.period_end and x.period_end.isoformat(), x.status)
                   for x in extract(text, dt.date.fromisoformat(published))), key=repr)


@pytest.mark.parametrize("text, published, expected", grouped_params(GROUPS, MISSED))
def test_period_grammar(text, published, expected):
    assert got(text, published) == sorted(expected, key=repr)


def verdict(text: str, published: str, expected: list[tuple]) -> str:
    """The first error class of a case: missing, wrong change, wrong period, spurious, else right."""
    out = got(text, published)
    if out == sorted(expected, key=repr):
        return "right"
    left = list(out)
    worst = ""
    for e in expected:
        same = [g for g in left if g[0] == e[0] and (e[0] is not None or g[1] is not None)]
        if not same:
            return "missing"
        g = next((g for g in same if g[1] == e[1]), same[0])
        left.remove(g)
        if g[1] != e[1]:
            worst = "wrong change"
        elif g[2:] != e[2:] and not worst:
            worst = "wrong period"
    return worst or "spurious"


def table() -> str:
    return grid_table(GROUPS, verdict, ("right", "wrong period", "wrong change", "missing", "spurious"))


if __name__ == "__main__":
    print(table())
