"""The pure rules behind point 1 and 2: nesting of places and pairs, the bound of a sum, flows."""

from __future__ import annotations

import pandas as pd
import pytest

from dashboard import flows, levels


@pytest.mark.parametrize("inner,outer,inside", [
    (("BY", "RU-SMO"), ("RU", "BY"), True),          # a region pair inside the country pair, sides swapped
    (("BY-HM", "RU-MOW"), ("BY", "RU"), True),
    (("CN", "RU-TA"), ("BY", "RU"), False),          # no Belarusian side
    (("BY", "RU"), ("BY", "RU-SMO"), False),         # the country pair is not inside a region pair
    (("BY-HR", "BY-HM"), ("BY", "RU"), False),
])
def test_pair_within(inner, outer, inside):
    assert levels.pair_within(inner, outer) is inside


def test_overlapping_pairs_neither_inside_the_other():
    assert levels.pairs_overlap(("BY-HM", "RU"), ("BY", "RU-MOW"))  # both hold Minsk–Moscow
    assert not levels.pair_within(("BY-HM", "RU"), ("BY", "RU-MOW"))
    assert not levels.pairs_overlap(("BY", "CN"), ("BY", "RU"))


def test_directed_flows_do_not_overlap_the_way_back():
    assert not levels.pairs_overlap(("BY", "RU"), ("RU-SMO", "BY"), directed=True)
    assert levels.pairs_overlap(("BY", "RU"), ("BY", "RU-SMO"), directed=True)


@pytest.mark.parametrize("bounds,total", [(["eq", "eq"], "eq"), (["eq", "gt"], "gt"), (["lt", "eq"], "lt"),
                                          (["gt", "lt"], "approx"), (["gt", "approx"], "approx")])
def test_bound_of_a_sum(bounds, total):
    assert levels.combine_bounds(bounds) == total


def test_total_adds_the_broadest_pair_and_names_what_it_left_out():
    rows = pd.DataFrame({"a": ["BY", "BY", "BY-HM", "CN"], "b": ["RU-SMO", "RU", "RU-MOW", "RU-TA"],
                         "value_usd": [1.2e9, 50e9, 3e9, 2e9], "bound": ["gt", "eq", "eq", "eq"]})
    total = levels.total_without_overlap(rows)
    assert total.value == 52e9 and total.bound == "eq"
    assert total.left_out == {0: 1, 2: 1} and total.inside == {0: True, 2: True}


def test_flow_from_belarus_view():
    by = {"BY", "BY-HR"}
    assert flows.flow_from_side("import", "RU-TA", "BY", by) == "export"
    assert flows.flow_from_side("export", "CN", "BY-HR", by) == "import"
    assert flows.flow_from_side("export", "CN", "RU", by) is None
    names = {"BY": "Беларусь", "CN": "Китай"}.get
    assert flows.flow_label("export", "CN", "BY", names) == "Китай → Беларусь"
    assert flows.flow_label("turnover", "CN", "BY", names, order=("BY", "CN")) == "Беларусь ↔ Китай"


def test_scope_sql_and_in_scope_agree():
    """The Overview filters figures with SCOPE_SQL in DuckDB and events with in_scope in pandas: both
    keep the same pairs, so a scope never shows figures and events of different pairs."""
    import duckdb

    codes = ["BY", "BY-HM", "RU", "RU-MOW", "KZ", "KZ-AKM", "BYX", None]
    frame = pd.DataFrame([(a, b) for a in codes for b in codes], columns=["a", "b"])
    for scope in levels.SCOPES:
        con = duckdb.connect()
        con.register("f", frame.reset_index())
        kept = con.execute(f"SELECT index FROM f WHERE coalesce({levels.SCOPE_SQL[scope]}, FALSE) ORDER BY index")
        assert [r[0] for r in kept.fetchall()] == list(frame.index[levels.in_scope(frame, scope)]), scope
