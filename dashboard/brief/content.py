"""What a brief shows, read from the database: the Pair page's series and numbers (the same cached
`data.load_series` and the same dashboard/pair_summary functions), the articles behind every series
row, and the pair's recent cooperation events when the warehouse has an `events` table.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import pandas as pd

from dashboard import data, pair_summary
from dashboard.pair_summary import Figure, TargetProgress
from etl.filters import FilterState
from etl.places import place_name

MAX_EVENTS = 5
EVENT_COLUMNS = ("article_id", "type", "a", "b", "date_start", "date_end", "status", "quote")


@dataclass(frozen=True)
class Source:
    """One article behind something the brief shows."""

    article_id: str
    title: str | None
    url: str | None
    publisher: str | None
    published: dt.date | None


@dataclass(frozen=True)
class Event:
    type: str
    a: str
    b: str
    date_start: dt.date | None
    date_end: dt.date | None
    status: str
    quote: str
    article_id: str


@dataclass(frozen=True)
class BriefContent:
    """Everything one brief prints, before any formatting."""

    kind: str  # "pair" | "region"
    code: str  # "BY-HM~RU-MOW" | "BY-HR"
    state: FilterState  # the filters, narrowed to the focus
    usd: bool
    series: pd.DataFrame
    latest: list[Figure]
    targets: list[TargetProgress]
    events: list[Event] | None  # None: the warehouse has no events table
    sources: dict[str, Source]  # article_id → source, in citation order
    backing: dict[tuple, list[str]] = field(default_factory=dict)  # series key → article ids
    names: dict[str, str] = field(default_factory=dict)  # region code → name in the brief's language
    lang: str = "ru"

    def region_name(self, code: str | None) -> str:
        """As the dashboard's Context names places: regions.csv, else pycountry's ISO 3166 names."""
        return (self.names.get(code) or place_name(code, self.lang)) if isinstance(code, str) and code else "?"


SERIES_KEY = ("pair", "a", "b", "metric", "status", "period_start", "period_end")


def row_key(row) -> tuple:
    """The key of a series row (a Figure or a namedtuple of the series frame)."""
    return tuple(_date(getattr(row, k)) if k.startswith("period") else getattr(row, k) for k in SERIES_KEY)


def _date(v):
    if v is None or (not isinstance(v, str) and pd.isna(v)):
        return None
    return v.date() if isinstance(v, pd.Timestamp) else v


def read_content(identity: data.Identity, state: FilterState, kind: str, code: str, lang: str) -> BriefContent:
    """The brief of one pair or region under `state`, from the database `identity` names."""
    state = pair_summary.focus_state(state, kind, code)
    where, params = data.selection(state)
    series = data.load_series(identity, where, params, state.min_sources)
    usd = state.currency == "USD"
    backing, articles = _series_sources(identity, where, params, state.min_sources)
    events, event_sources = read_events(identity, state)
    for source in event_sources:
        articles.setdefault(source.article_id, source)
    names = _names(identity, lang)
    latest = pair_summary.latest_figures(series, usd)
    targets = pair_summary.target_progress(series, usd)
    order = _citation_order(series, latest, targets, backing, events)
    sources = {aid: articles[aid] for aid in order if aid in articles}
    return BriefContent(kind, code, state, usd, series, latest, targets, events, sources, backing, names, lang)


def _series_sources(identity, where: str, params: tuple, min_sources: int) -> tuple[dict, dict]:
    """For every series row the filters select, the articles of the facts reconciled into it."""
    rows = data.query(identity, f"""
        SELECT s.pair, s.a, s.b, s.metric, s.status, s.period_start, s.period_end,
               ar.article_id, ar.title, ar.url, ar.source AS publisher, ar.published
        FROM (SELECT pair, a, b, metric, status, period_start, period_end, unnest(fact_ids) AS fact_id
              FROM pair_series WHERE {where} AND n_sources >= ?) s
        JOIN facts_reviewed f ON f.fact_id = s.fact_id JOIN articles ar ON ar.article_id = f.article_id
        ORDER BY ar.published DESC NULLS LAST, ar.article_id""", [*params, min_sources])
    backing: dict[tuple, list[str]] = {}
    articles: dict[str, Source] = {}
    for r in rows.itertuples():
        ids = backing.setdefault(row_key(r), [])
        if r.article_id not in ids:
            ids.append(r.article_id)
        articles.setdefault(r.article_id, _source(r))
    return backing, articles


def _source(r) -> Source:
    def text(v):
        return v if isinstance(v, str) and v.strip() else None
    return Source(r.article_id, text(r.title), text(r.url), text(r.publisher), _date(r.published))


def _citation_order(series, latest, targets, backing, events) -> list[str]:
    """Article ids in the order the brief cites them: headline figures, targets and their actuals,
    events, then every other series row, newest first."""
    keys = [row_key(f) for f in latest]
    for g in targets:
        keys += [row_key(g.target)] + ([row_key(g.actual)] if g.actual else [])
    ordered: list[str] = []
    for k in keys:
        ordered += backing.get(k, [])
    ordered += [e.article_id for e in events or []]
    rest = series.sort_values(["period_end", "period_start"], ascending=False)
    for r in rest.itertuples():
        ordered += backing.get(row_key(r), [])
    return list(dict.fromkeys(ordered))


def has_events_table(identity) -> bool:
    """True when the warehouse has an `events` table with the columns the brief reads."""
    cols = data.query(identity, "SELECT column_name FROM information_schema.columns WHERE table_name = 'events'")
    return set(EVENT_COLUMNS) <= set(cols["column_name"])


def read_events(identity, state: FilterState) -> tuple[list[Event] | None, list[Source]]:
    """The focus's latest events (held or planned) within the filters' dates, and their articles;
    None for the events when the warehouse has no events table."""
    if not has_events_table(identity):
        return None, []
    places = FilterState(pairs=state.pairs, regions=state.regions)
    where, params = places.where("e.a", "e.b", reviewed=False)
    if state.date_from:
        where += " AND coalesce(e.date_end, e.date_start, ar.published) >= ?"
        params.append(state.date_from)
    if state.date_to:
        where += " AND coalesce(e.date_start, e.date_end, ar.published) <= ?"
        params.append(state.date_to)
    rows = data.query(identity, f"""
        SELECT e.article_id, e.type, e.a, e.b, e.date_start, e.date_end, e.status, e.quote,
               ar.title, ar.url, ar.source AS publisher, ar.published
        FROM events e JOIN articles ar ON ar.article_id = e.article_id
        WHERE {where}
        ORDER BY coalesce(e.date_start, ar.published) DESC NULLS LAST, e.article_id LIMIT ?""",
                      [*params, MAX_EVENTS])
    events = [Event(r.type, r.a, r.b, _date(r.date_start), _date(r.date_end), r.status,
                    r.quote if isinstance(r.quote, str) else "", r.article_id) for r in rows.itertuples()]
    return events, [_source(r) for r in rows.itertuples()]


def _names(identity, lang: str) -> dict[str, str]:
    regions = data.load_regions(identity)
    return dict(zip(regions["code"], regions["name_en" if lang == "en" else "name_ru"], strict=True))
