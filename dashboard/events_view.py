"""The cooperation-events parts of the pages (issue 11), called from the pages with a line or two:
the Pair page's marker rows, counts and list, the Matrix's "contacts", the Overview's latest events
and most-contacted pairs, and the events views of Sources and Download."""

from __future__ import annotations

import datetime as dt
import functools

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from dashboard import charts_events, events_data, levels, page_state
from dashboard.charts import date_ticks
from dashboard.context import Context
from dashboard.download_buttons import download_buttons
from etl.filters import FilterState

KINDS = ("facts", "events")


def pair_events(ctx: Context, state: FilterState) -> pd.DataFrame:
    """The events of the Pair page's focus (its pair or region) under the page's date filters."""
    return events_data.load_events(ctx.identity, state)


# The three time charts of the Pair page (values, event rows, growth) keep the same left and right
# margins, wide enough for any of their y labels ("соглашения", "1 500"), so that one date falls at
# the same x on each: Plotly's automatic margins otherwise follow each chart's own labels.
TIME_GUTTER = {"l": 100, "r": 20}


def share_axis(fig: go.Figure, events: pd.DataFrame, lang: str) -> list | None:
    """Widen the value chart's time axis to the events' dates (news of a visit is usually newer than
    the last trade figure) and return it: the marker rows and the growth chart take the same axis,
    ticks and margins."""
    current = fig.layout.xaxis.range
    if not current:
        return None
    first, last = pd.Timestamp(current[0]), pd.Timestamp(current[1])
    span = [first, last]
    if not events.empty:
        ev_first, ev_last = events["when"].min(), events["when"].max() + pd.Timedelta(days=1)
        if ev_first < first or ev_last > last:
            pad = max(max(last, ev_last) - min(first, ev_first), pd.Timedelta(days=60)) * 0.03
            span = [min(first, ev_first - pad), max(last, ev_last + pad)]
    apply_range(fig, span, lang)
    return span


def apply_range(fig: go.Figure, span: list | None, lang: str) -> None:
    """Put a chart on a given time axis (the value chart's, widened to the events), with the shared
    margins."""
    if span:
        fig.update_xaxes(**date_ticks(span[0], span[1], lang), range=span)
        fig.update_layout(margin=TIME_GUTTER)


def pair_chart(ctx: Context, events: pd.DataFrame, x_range) -> None:
    """The marker rows under the value chart, on its very time axis."""
    if events.empty:
        return
    fig = charts_events.event_rows(events, ctx.lang, ctx.pair_name, x_range)
    apply_range(fig, x_range, ctx.lang)
    st.plotly_chart(fig, key="pair_events_chart")


def event_table(ctx: Context, events: pd.DataFrame) -> pd.DataFrame:
    """Events as the reader sees them: date, type, status, pair, quote, article, link."""
    rows = list(events.itertuples())
    return pd.DataFrame({
        ctx.t("col_ev_when"): [charts_events.when_text(r, ctx.lang) for r in rows],
        ctx.t("col_ev_type"): [ctx.t(f"ev_type_{r.type}") for r in rows],
        ctx.t("col_ev_status"): [ctx.t(f"ev_status_{r.status}") for r in rows],
        ctx.t("col_pair"): [ctx.pair_name(r.pair) for r in rows],
        ctx.t("col_ev_visitor"): [ctx.region_name(r.a) if r.type == "visit" else "" for r in rows],
        ctx.t("col_quote"): [r.quote for r in rows],
        ctx.t("col_title"): [r.title for r in rows],
        ctx.t("col_ev_confidence"): [r.confidence for r in rows],
        ctx.t("col_url"): [r.url for r in rows],
    })


# Rows an event table shows before its own scroll bar (35 px a row): a page of them, not ten.
TABLE_ROWS = 25


def _show_table(ctx: Context, events: pd.DataFrame, key: str) -> None:
    st.dataframe(event_table(ctx, events), hide_index=True, key=key, placeholder="—",
                 height=35 * (min(len(events), TABLE_ROWS) + 1) + 3, column_config={
        ctx.t("col_url"): st.column_config.LinkColumn(display_text=ctx.t("open_link")),
        ctx.t("col_quote"): st.column_config.TextColumn(width="large"),
        ctx.t("col_ev_confidence"): st.column_config.NumberColumn(format="%.2f")})


def counts_table(ctx: Context, events: pd.DataFrame) -> pd.DataFrame:
    """Per pair and year: "визиты 3 · соглашения 1 · форумы 2", newest year first."""
    out = []
    for (pair, year), grp in events.groupby(["pair", "year"]):
        out.append({ctx.t("col_pair"): ctx.pair_name(pair), ctx.t("col_ev_year"): int(year),
                    ctx.t("col_ev_total"): len(grp),
                    ctx.t("col_ev_counts"): charts_events.counts_text(events_data.counts_by_type(grp), ctx.lang)})
    table = pd.DataFrame(out)
    return table.sort_values([ctx.t("col_ev_year"), ctx.t("col_ev_total")], ascending=False) if out else table


def pair_section(ctx: Context, events: pd.DataFrame, caption: str) -> None:
    """Counts per pair and year, then every event with its link."""
    st.subheader(ctx.t("ev_section"))
    if events.empty:
        st.info(ctx.t("ev_none", caption=caption))
        return
    st.markdown(f"**{ctx.t('ev_counts')}**")
    st.dataframe(counts_table(ctx, events), hide_index=True, key="pair_event_counts")
    st.markdown(f"**{ctx.t('ev_list')}**")
    _show_table(ctx, events.sort_values("when", ascending=False), "pair_events_table")


def contacts_year(events: pd.DataFrame, today: dt.date | None = None) -> int | None:
    """ "This year" for the Overview: the current year when it has events, else the latest year that has."""
    if events.empty:
        return None
    year = (today or dt.date.today()).year
    years = set(events["year"])
    return year if year in years else max(y for y in years if y <= year) if any(y <= year for y in years) \
        else min(years)


def overview_section(ctx: Context, scope: str, n_latest: int = 8) -> None:
    """The latest events that took place, across the scope's pairs, and the pairs with the most contacts
    this year (held and planned)."""
    events = events_data.load_events(ctx.identity, ctx.state)
    events = events[levels.in_scope(events, scope)] if not events.empty else events
    st.subheader(ctx.t("ev_latest"))
    if events.empty:
        st.info(ctx.t("ev_overview_none"))
        return
    today = pd.Timestamp(dt.date.today())
    held = events[(events["when"] <= today) & (events["status"] == "held")]
    latest = held.sort_values(["when", "event_id"], ascending=False).head(n_latest)
    _show_table(ctx, latest, "overview_events")
    year = contacts_year(events)
    top = events_data.contacts_by_pair(events, year).head(10)
    st.subheader(ctx.t("ev_top", year=year))
    st.dataframe(pd.DataFrame({
        ctx.t("col_pair"): [ctx.pair_name(p) for p in top["pair"]],
        ctx.t("col_ev_total"): top["contacts"],
        ctx.t("col_ev_counts"): [charts_events.counts_text({k: int(r[k]) for k in events_data.EVENT_TYPES if r[k]},
                                                           ctx.lang) for _, r in top.iterrows()],
    }), hide_index=True, key="overview_top_contacts")


def matrix_years(ctx: Context) -> list[int]:
    """Years with events under the filters (the Matrix offers them for "contacts")."""
    return sorted(set(events_data.load_events(ctx.identity, ctx.state)["year"].astype(int)))


def contacts_matrix(ctx: Context, year: int, open_pair) -> None:
    """The Matrix with "contacts": Belarusian sides × partners, the number of events in `year`."""
    events = events_data.load_events(ctx.identity, ctx.state)
    by = set(ctx.regions.loc[ctx.regions["country"] == "BY", "code"])
    matrix = events_data.contacts_matrix(events, year, by)
    if matrix.empty:
        st.info(ctx.t("ev_mx_none", year=year))
        return
    fig = charts_events.contacts_heatmap(matrix, ctx.lang, ctx.t("ev_mx_title", year=year), ctx.region_name,
                                         ctx.region_name)
    event = st.plotly_chart(fig, key="matrix_contacts", on_select="rerun", selection_mode="points")
    points = (event or {}).get("selection", {}).get("points", []) if event else []
    if points and points[0].get("x") and points[0].get("y"):
        open_pair("~".join(sorted((points[0]["y"], points[0]["x"]))))


def kind_switch(ctx: Context, key: str) -> str:
    """Facts or events, for the Sources and Download pages."""
    seeded = key in st.session_state  # from the URL's `kind` (page_state): a default would clash
    choice = st.segmented_control(ctx.t("kind_label"), KINDS, key=key, format_func=lambda k: ctx.t(f"kind_{k}"),
                                  **({} if seeded else {"default": "facts"}))
    return choice or "facts"


def sources_events(ctx: Context) -> None:
    """Every event the filters select, with its quote, article and link; search over quotes."""
    st.caption(ctx.caption)
    # one search box for both kinds, so the URL's q (page_state) opens and keeps an events search too
    if (raw_q := page_state.take("q")) is not None:
        st.session_state["sources_q"] = raw_q
    search = st.text_input(ctx.t("src_search"), key="sources_q").strip()
    events = events_data.load_events(ctx.identity, ctx.state)
    if search:
        events = events[events["quote"].str.lower().str.contains(search.lower(), regex=False)]
    if events.empty:
        ctx.empty_notice(search, figures=False)
        return
    st.caption(ctx.t("ev_src_count", n=len(events)))
    _show_table(ctx, events.sort_values(["when", "event_id"], ascending=False), "sources_events_table")


def download_events(ctx: Context) -> None:
    """The selected events as CSV, Excel or Parquet: the bytes `tradeboard export --kind events` writes."""
    total = events_data.count_events(ctx.identity, ctx.state)
    st.caption(ctx.caption)
    if total == 0:
        ctx.empty_notice(figures=False)
        return
    st.write(ctx.t("ev_dl_intro", n=total, caption=ctx.caption))
    stem = f"tradeboard_events_{events_data.event_state(ctx.state).slug()}"
    download_buttons(ctx, functools.partial(events_data.events_export_bytes, ctx.identity, ctx.state), stem,
                     "download_events")
    st.caption(ctx.t("dl_note"))
    st.subheader(ctx.t("dl_preview"))
    st.dataframe(events_data.events_preview(ctx.identity, ctx.state), hide_index=True,
                 key="download_events_preview", placeholder="")
