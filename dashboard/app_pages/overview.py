"""Overview: headline numbers for the latest full year and half-year, a map of flows, the top pairs.

Everything on this page reads one set of rows per period (data.load_reported_figures): reported,
not derived, sure (not "unsure"), USD figures of one metric. Targets never add to a total, and the
headline's total, pair count and source count describe exactly the pairs the map and the bars show.
"""

from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard import charts, data, events_view
from dashboard.context import Context, current
from dashboard.i18n import format_money, format_number, format_pct, format_period


def headline(ctx: Context, figures: pd.DataFrame, sources: int, metric: str) -> None:
    """Total reported USD value over pairs, pair count, source count, biggest growth for one period."""
    cols = st.columns(4)
    total = format_money(figures["value_usd"].sum(min_count=1), "USD", ctx.lang)
    cols[0].metric(ctx.t("kpi_total", metric=ctx.metric_name(metric).capitalize()), total,
                   help=ctx.t("kpi_total_help"))
    cols[1].metric(ctx.t("kpi_pairs"), str(figures["pair"].nunique()))
    cols[2].metric(ctx.t("kpi_sources"), str(sources))
    growth = figures.dropna(subset=["change_pct"])
    if len(growth):
        best = growth.loc[growth["change_pct"].idxmax()]
        cols[3].metric(ctx.t("kpi_growth"), format_pct(best["change_pct"], ctx.lang), ctx.pair_name(best["pair"]),
                       delta_color="off")
    else:
        cols[3].metric(ctx.t("kpi_growth"), "—")


def sure_only_note(ctx: Context, where: str, params: tuple, metric: str, ptype: str, start) -> None:
    """Say that the totals leave unsure facts out, and how many figures that is for the period."""
    n = data.count_unsure_figures(ctx.identity, where, params, ctx.state.min_sources, metric, ptype, start)
    threshold = data.confidence_threshold(ctx.identity)
    st.caption(ctx.t("ov_sure_only", t="—" if threshold is None else format_number(threshold, ctx.lang, 2), n=n))


def overview_metric(ctx: Context) -> str:
    return ctx.state.metrics[0] if len(ctx.state.metrics) == 1 else data.DEFAULT_METRIC


def main() -> None:
    ctx = current()
    st.caption(ctx.caption)
    where, params = ctx.where
    metric = overview_metric(ctx)
    periods = data.overview_figures(ctx.identity, where, params, ctx.state.min_sources, metric)
    if not periods:
        ctx.empty_notice()
        events_view.overview_section(ctx)
        return
    shown = {}
    for ptype, key, missing in (("year", "ov_year", "ov_no_year"), ("half", "ov_half", "ov_no_half")):
        if ptype not in periods:
            st.info(ctx.t(missing))
            continue
        start, end, figures, sources = periods[ptype]
        label = format_period(start, end, ctx.lang)
        st.subheader(ctx.t(key, year=label, label=label))
        headline(ctx, figures, sources, metric)
        sure_only_note(ctx, where, params, metric, ptype, start)
        shown[ptype] = (figures, label)
    figures, period = shown.get("year") or shown["half"]
    left, right = st.columns([3, 2])
    with left:
        st.plotly_chart(charts.flow_map(figures, ctx.regions, ctx.lang, ctx.pair_name,
                                        ctx.t("map_title", period=period)), key="overview_map",
                        config=charts.MAP_CONFIG)
    with right:
        st.plotly_chart(charts.top_pairs(figures, ctx.lang, ctx.pair_name, ctx.t("top_title", period=period)),
                        key="overview_top")
    events_view.overview_section(ctx)


main()
