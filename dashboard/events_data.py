"""Reading cooperation events for the app: the `events` table with each event's article, selected by
the same FilterState as the facts (pairs, regions, dates) through etl.export_events, so the pages,
the download and `tradeboard export --kind events` see the same rows.

Short-lived read-only connections and caches keyed by the database file's identity, as in
dashboard/data.py. An event without a date of its own is placed at its article's publication date
(`when`), and says so (`dated`).
"""

from __future__ import annotations

import dataclasses

import duckdb
import pandas as pd
import streamlit as st

from dashboard.data import CACHE, Identity
from etl import export_events
from etl.filters import FilterState
from etl.model import EVENT_TYPES


def event_state(state: FilterState) -> FilterState:
    """The facts' filters as they apply to events: pairs, regions and dates; metric, status, minimum
    sources and review describe figures, not contacts (events are not reviewed)."""
    return dataclasses.replace(state, metrics=(), statuses=(), min_sources=1, currency="original",
                               reviewed="not_rejected")


def has_events(identity: Identity) -> bool:
    """A database built before events existed has no `events` table: the pages then show none."""
    with duckdb.connect(identity[0], read_only=True) as con:
        return bool(con.execute("SELECT count(*) FROM information_schema.tables WHERE table_name = 'events'")
                    .fetchone()[0])


@st.cache_data(**CACHE)
def load_events(identity: Identity, state: FilterState) -> pd.DataFrame:
    """Every event the filters select, with its article (url, title, published), oldest first, and
    `when` (the event's first day, else its article's date), `year` and `dated`."""
    if not has_events(identity):
        return _empty()
    table = export_events.read_events(identity[0], event_state(state)).to_pandas()
    if table.empty:
        return _empty()
    for col in ("date_start", "date_end", "published"):
        table[col] = pd.to_datetime(table[col])
    table["dated"] = table["date_start"].notna()
    table["when"] = table["date_start"].fillna(table["published"])
    table = table.dropna(subset=["when"])
    table["year"] = table["when"].dt.year.astype(int)
    return table.sort_values(["when", "event_id"]).reset_index(drop=True)


def _empty() -> pd.DataFrame:
    cols = list(export_events.EVENT_EXPORT_COLUMNS) + ["dated", "when", "year"]
    return pd.DataFrame({c: pd.Series(dtype="object") for c in cols})


def counts_by_type(events: pd.DataFrame) -> dict[str, int]:
    """How many events of each type, in the contract's order, types without events left out.

    >>> counts_by_type(pd.DataFrame({"type": ["visit", "forum", "visit"]}))
    {'visit': 2, 'forum': 1}
    """
    n = events["type"].value_counts()
    return {t: int(n[t]) for t in EVENT_TYPES if t in n}


def contacts_by_pair(events: pd.DataFrame, year: int) -> pd.DataFrame:
    """Pairs by the number of their events in `year`, most first: pair, contacts, and one column per type."""
    rows = events[events["year"] == year]
    if rows.empty:
        return pd.DataFrame(columns=["pair", "contacts", *EVENT_TYPES])
    table = pd.crosstab(rows["pair"], rows["type"]).reindex(columns=list(EVENT_TYPES), fill_value=0)
    table.insert(0, "contacts", table.sum(axis=1))
    return table.reset_index().sort_values(["contacts", "pair"], ascending=[False, True]).reset_index(drop=True)


def contacts_matrix(events: pd.DataFrame, year: int, by_codes: set[str]) -> pd.DataFrame:
    """Belarusian sides (rows) × partners (columns): the number of events in `year`."""
    rows = events[events["year"] == year]
    side = [a if a in by_codes else (b if b in by_codes else None) for a, b in zip(rows["a"], rows["b"], strict=True)]
    rows = rows.assign(by_side=side).dropna(subset=["by_side"])
    if rows.empty:
        return pd.DataFrame()
    rows = rows.assign(partner=[b if a == s else a for a, b, s in zip(rows["a"], rows["b"], rows["by_side"],
                                                                      strict=True)])
    return pd.crosstab(rows["by_side"], rows["partner"])


@st.cache_data(**CACHE)
def events_export_bytes(identity: Identity, state: FilterState, fmt: str) -> bytes:
    """The selected events as CSV, Excel or Parquet: the same bytes as `tradeboard export --kind events`."""
    from etl.export import export_bytes

    return export_bytes(export_events.read_events(identity[0], event_state(state)), fmt, "events")


@st.cache_data(**CACHE)
def events_preview(identity: Identity, state: FilterState, n: int = 20) -> pd.DataFrame:
    """The first `n` rows of the events export file, in its order and columns."""
    return export_events.read_events(identity[0], event_state(state), limit=n).to_pandas()


def count_events(identity: Identity, state: FilterState) -> int:
    return 0 if not has_events(identity) else len(load_events(identity, state))
