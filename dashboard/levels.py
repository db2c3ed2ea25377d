"""Levels of places: a region lies in its country, and a pair of places lies inside another pair
when each side is the same place or lies inside the other pair's side. Totals add only pairs that
do not overlap, so a country figure and the regions inside it are never summed."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from etl.places import country_of


def side_within(inner: str, outer: str) -> bool:
    """True when place `inner` is `outer` or lies in it (a region in its country)."""
    return inner == outer or ("-" not in outer and "-" in inner and country_of(inner) == outer)


def _meet(x: str, y: str) -> bool:
    return side_within(x, y) or side_within(y, x)


def pair_within(inner: tuple[str, str], outer: tuple[str, str], directed: bool = False) -> bool:
    """Is pair `inner` inside pair `outer`? Sides match in either order unless `directed`.

    >>> pair_within(("BY", "RU-SMO"), ("RU", "BY"))
    True
    >>> pair_within(("CN", "RU-TA"), ("BY", "RU"))
    False
    """
    (a, b), (c, d) = inner, outer
    return (side_within(a, c) and side_within(b, d)) or (not directed and side_within(a, d) and side_within(b, c))


def pairs_overlap(p: tuple[str, str], q: tuple[str, str], directed: bool = False) -> bool:
    """Can two pairs count the same trade? Each side of one meets a side of the other."""
    (a, b), (c, d) = p, q
    return (_meet(a, c) and _meet(b, d)) or (not directed and _meet(a, d) and _meet(b, c))


def breadth(pair: tuple[str, str]) -> int:
    """How many sides are whole countries: 2 for Belarus–Russia, 1 for Belarus–Smolensk, 0 for two regions."""
    return sum("-" not in s for s in pair)


def combine_bounds(bounds) -> str:
    """The bound of a sum: exact parts keep it exact, lower bounds make a lower bound, upper bounds
    an upper bound; approximate parts, or lower and upper mixed, make it approximate.

    >>> combine_bounds(["eq", "gt"]), combine_bounds(["eq", "approx"]), combine_bounds(["gt", "lt"])
    ('gt', 'approx', 'approx')
    """
    kinds = {b for b in bounds if isinstance(b, str) and b != "eq"}
    if not kinds:
        return "eq"
    return kinds.pop() if len(kinds) == 1 and kinds <= {"gt", "lt"} else "approx"


@dataclass(frozen=True)
class Total:
    """A sum without double counting: its value and bound, the rows added, and for each row left
    out the row it lies inside (or overlaps)."""

    value: float | None
    bound: str
    included: tuple[int, ...]
    left_out: dict
    inside: dict


def total_without_overlap(rows: pd.DataFrame, value_col: str = "value_usd", directed: bool = False) -> Total:
    """Add `value_col` over rows whose pairs (columns a, b) do not overlap: broadest pairs first
    (country–country, then country–region, then region–region), bigger first within a level; a
    row that overlaps a row already added is left out and remembered with that row."""
    order = sorted(rows.index, key=lambda i: (-breadth((rows.at[i, "a"], rows.at[i, "b"])),
                                              -(rows.at[i, value_col] or 0)))
    included: list = []
    left_out, inside = {}, {}
    for i in order:
        p = (rows.at[i, "a"], rows.at[i, "b"])
        hit = next((j for j in included if pairs_overlap(p, (rows.at[j, "a"], rows.at[j, "b"]), directed)), None)
        if hit is None:
            included.append(i)
        else:
            left_out[i] = hit
            inside[i] = pair_within(p, (rows.at[hit, "a"], rows.at[hit, "b"]), directed)
    values = rows.loc[included, value_col]
    value = float(values.sum()) if len(values) and values.notna().any() else None
    return Total(value, combine_bounds(rows.loc[included, "bound"]), tuple(included), left_out, inside)


def _side_sql(col: str, country: str) -> str:
    return f"({col} = '{country}' OR {col} LIKE '{country}-%')"


# The Overview's scopes: pairs between a Belarusian and a Russian place, pairs with a Belarusian
# place, every pair. Each is the pair of countries its two sides must belong to (None: any), read
# both ways; SCOPE_SQL (constants over columns a, b, no user input) and in_scope are made from it.
SCOPES = ("by_ru", "by", "all")
_SCOPE_COUNTRIES: dict[str, tuple[str | None, str | None]] = {"by_ru": ("BY", "RU"), "by": ("BY", None),
                                                              "all": (None, None)}


def _scope_sql(one: str | None, other: str | None) -> str:
    if one is None:
        return "TRUE"
    if other is None:
        return f"({_side_sql('a', one)} OR {_side_sql('b', one)})"
    return (f"(({_side_sql('a', one)} AND {_side_sql('b', other)})"
            f" OR ({_side_sql('a', other)} AND {_side_sql('b', one)}))")


SCOPE_SQL = {scope: _scope_sql(*countries) for scope, countries in _SCOPE_COUNTRIES.items()}
DEFAULT_SCOPE = "by_ru"


def in_scope(frame: pd.DataFrame, scope: str) -> pd.Series:
    """SCOPE_SQL's rule over a frame's a, b columns (the Overview's events follow the scope as its
    figures do).

    >>> f = pd.DataFrame({"a": ["RU-MOW", "KZ", "BY-HR"], "b": ["BY-HM", "RU-ORE", "TR"]})
    >>> [list(in_scope(f, s)) for s in SCOPES]
    [[True, False, False], [True, False, True], [True, True, True]]
    """
    one, other = _SCOPE_COUNTRIES[scope]
    if one is None:
        return pd.Series(True, index=frame.index)
    ca = frame["a"].fillna("").map(lambda c: c.split("-")[0])
    cb = frame["b"].fillna("").map(lambda c: c.split("-")[0])
    if other is None:
        return (ca == one) | (cb == one)
    return ((ca == one) & (cb == other)) | ((ca == other) & (cb == one))
