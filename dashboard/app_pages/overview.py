"""Overview: headline numbers for the latest full year and half-year, a map of flows, the top pairs.

Everything on this page reads one set of rows per period (data.load_reported_figures): reported,
not derived, sure (not "unsure"), USD figures of one metric, within one scope (Belarus ↔ Russia by
default, named in the heading). The total adds only pairs that do not overlap (dashboard/levels.py: a region lies in
its country), carries the bound of its parts, and the page says which pairs it left out and why.
"""

from __future__ import annotations

import datetime as dt

import pandas as pd
import streamlit as st

from dashboard import charts, data, events_view, levels, page_state
from dashboard.context import Context, current
from dashboard.i18n import format_number, format_period
from dashboard.numbers import format_change, format_value

SCOPE_KEY = "ov_scope"
YEAR_KEY = "ov_year_pick"


def pick_scope(ctx: Context) -> str:
    """The scope radio, seeded once from the URL's `scope`."""
    raw = page_state.take("scope")
    if raw is not None:
        if raw in levels.SCOPES:
            st.session_state[SCOPE_KEY] = raw
        else:
            st.warning(ctx.t("bad_param", name="scope", value=raw,
                             reason=ctx.t("reason_allowed", allowed=", ".join(levels.SCOPES))))
    st.session_state.setdefault(SCOPE_KEY, levels.DEFAULT_SCOPE)
    return st.radio(ctx.t("scope"), levels.SCOPES, key=SCOPE_KEY, horizontal=True,
                    format_func=lambda s: ctx.t(f"scope_{s}"))


def pick_year(ctx: Context, where: str, params: tuple, metric: str):
    """The full year to show: from the URL's `year`, else the year with the most pairs (the latest
    of equals), so the page does not open on a year that one article reported alone."""
    years = data.reported_years(ctx.identity, where, params, ctx.state.min_sources, metric)
    if years.empty:
        return None
    options = [int(y) for y in years["year"]]
    raw = page_state.take("year")
    if raw is not None:
        if raw.isdigit() and int(raw) in options:
            st.session_state[YEAR_KEY] = int(raw)
        else:
            st.warning(ctx.t("bad_param", name="year", value=raw,
                             reason=ctx.t("reason_allowed", allowed=", ".join(map(str, options)))))
    if st.session_state.get(YEAR_KEY) not in options:
        st.session_state[YEAR_KEY] = int(years.sort_values(["n_pairs", "year"], ascending=False)["year"].iloc[0])
    pairs = dict(zip(options, years["n_pairs"], strict=True))
    return st.selectbox(ctx.t("ov_year_pick"), options, key=YEAR_KEY,
                        format_func=lambda y: ctx.t("ov_year_pairs", year=y, n=pairs[y]))


def pair_label(ctx: Context, row) -> str:
    return ctx.flow_name(row.metric, row.a, row.b)


def headline(ctx: Context, figures: pd.DataFrame, sources: int, metric: str) -> levels.Total:
    """Total without double counting (with its bound), pair count, source count, biggest growth."""
    total = levels.total_without_overlap(figures, directed=metric != "turnover")
    cols = st.columns([3, 2, 2, 3])
    cols[0].metric(ctx.t("kpi_total", metric=ctx.metric_name(metric).capitalize()),
                   format_value(total.value, "USD", ctx.lang, total.bound), help=ctx.t("kpi_total_rule"))
    cols[1].metric(ctx.t("kpi_pairs"), str(figures["pair"].nunique()))
    cols[2].metric(ctx.t("kpi_sources"), str(sources))
    growth = figures.dropna(subset=["change_pct"])
    if len(growth):
        best = growth.loc[growth["change_pct"].idxmax()]
        cols[3].metric(ctx.t("kpi_growth"), format_change(best["change_pct"], ctx.lang, best["bound"],
                                                          pd.notna(best["value"])),
                       pair_label(ctx, best), delta_color="off")
    else:
        cols[3].metric(ctx.t("kpi_growth"), "—")
    if total.left_out:
        items = [ctx.t("inside_of" if total.inside[i] else "overlaps", pair=pair_label(ctx, figures.loc[i]),
                       outer=pair_label(ctx, figures.loc[j])) for i, j in total.left_out.items()]
        st.caption(ctx.t("total_left_out", items="; ".join(items)))
    return total


def sure_only_note(ctx: Context, where: str, params: tuple, metric: str, ptype: str, start) -> None:
    """Say that the totals leave unsure facts out, and how many figures that is for the period."""
    n = data.count_unsure_figures(ctx.identity, where, params, ctx.state.min_sources, metric, ptype, start)
    threshold = data.confidence_threshold(ctx.identity)
    st.caption(ctx.t("ov_sure_only", t="—" if threshold is None else format_number(threshold, ctx.lang, 2), n=n))


def overview_metric(ctx: Context) -> str:
    """The one metric the headlines add up: turnover unless the filter leaves it out, else the first
    selected (export and import selected together show export, never "nothing matches")."""
    metrics = ctx.state.metrics
    return data.DEFAULT_METRIC if not metrics or data.DEFAULT_METRIC in metrics else metrics[0]


def outside_scope(ctx: Context, scope: str, metric: str, where: str, params: tuple, start) -> None:
    """Say which pairs of the shown period the scope leaves out, so nothing disappears silently."""
    if scope == "all":
        return
    everything = data.load_reported_figures(ctx.identity, where, params, ctx.state.min_sources, metric,
                                            "year", start)[0]
    inside = data.load_reported_figures(ctx.identity, f"{where} AND {levels.SCOPE_SQL[scope]}", params,
                                        ctx.state.min_sources, metric, "year", start)[0]
    out = everything[~everything["pair"].isin(set(inside["pair"]))]
    if len(out):
        names = [pair_label(ctx, r) for r in out.head(5).itertuples()]
        st.caption(ctx.t("scope_outside", scope=ctx.t(f"scope_{scope}"), n=out["pair"].nunique(),
                         names=", ".join(names) + (", …" if len(out) > 5 else "")))


def main() -> None:
    ctx = current()
    scope = pick_scope(ctx)
    st.header(ctx.t(f"scope_title_{scope}"))
    st.caption(ctx.caption)
    base_where, params = ctx.where
    where = f"{base_where} AND {levels.SCOPE_SQL[scope]}"
    metric = overview_metric(ctx)
    periods = data.overview_figures(ctx.identity, where, params, ctx.state.min_sources, metric)
    year = pick_year(ctx, where, params, metric)
    if year is not None:
        start = dt.date(year, 1, 1)
        figures, sources = data.load_reported_figures(ctx.identity, where, params, ctx.state.min_sources, metric,
                                                      "year", start)
        periods["year"] = (start, dt.date(year, 12, 31), figures, sources)
    if not periods:
        ctx.empty_notice()
        events_view.overview_section(ctx, scope)
        return
    shown = {}
    for ptype, key, missing in (("year", "ov_year_chosen", "ov_no_year"), ("half", "ov_half", "ov_no_half")):
        if ptype not in periods:
            st.info(ctx.t(missing))
            continue
        start, end, figures, sources = periods[ptype]
        label = format_period(start, end, ctx.lang)
        st.subheader(ctx.t(key, year=label, label=label))
        total = headline(ctx, figures, sources, metric)
        sure_only_note(ctx, where, params, metric, ptype, start)
        shown[ptype] = (figures, label, total)
        if ptype == "year":
            outside_scope(ctx, scope, metric, base_where, params, start)
    figures, period, total = shown.get("year") or shown["half"]
    labels = [pair_label(ctx, r) for r in figures.itertuples()]
    # One above the other: side by side, the bars' long pair names left no room for their values.
    st.plotly_chart(charts.flow_map(figures, ctx.regions, ctx.lang, ctx.pair_name,
                                    ctx.t("map_title", period=period), labels=labels,
                                    place_name=ctx.region_name), key="overview_map",
                    config=charts.MAP_CONFIG)
    left_out = charts.off_map(figures, ctx.regions)
    if left_out:  # never drop a pair from the map without saying so
        st.caption(ctx.t("map_left_out", pairs="; ".join(labels[i] for i in left_out)))
    counted = [i in set(total.included) for i in figures.index]
    st.plotly_chart(charts.top_pairs(figures, ctx.lang, ctx.pair_name, ctx.t("top_title", period=period),
                                     labels=labels, counted=counted), key="overview_top")
    events_view.overview_section(ctx, scope)


main()
