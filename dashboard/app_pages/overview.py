"""Overview: headline numbers for the latest full year and half-year, a map of flows, the top pairs."""

from __future__ import annotations

import streamlit as st

from dashboard import charts, data
from dashboard.context import Context, current
from dashboard.i18n import format_money, format_pct, format_period


def headline(ctx: Context, period_type: str, start, end, title_key: str) -> None:
    """Total reported USD value over pairs, pair count, source count, biggest growth for one period."""
    where, params = ctx.where
    figures = data.load_period_figures(ctx.identity, where, params, ctx.state.min_sources, period_type, start)
    figures = figures[figures["metric"] == overview_metric(ctx)]
    label = format_period(start, end, ctx.lang)
    st.subheader(ctx.t(title_key, year=label, label=label))
    sources = data.count_sources(ctx.identity, where, params, period_type, start)
    cols = st.columns(4)
    cols[0].metric(ctx.t("kpi_total"), format_money(figures["value_usd"].sum(min_count=1), "USD", ctx.lang))
    cols[1].metric(ctx.t("kpi_pairs"), str(figures["pair"].nunique()))
    cols[2].metric(ctx.t("kpi_sources"), str(sources))
    growth = figures.dropna(subset=["change_pct"])
    if len(growth):
        best = growth.loc[growth["change_pct"].idxmax()]
        cols[3].metric(ctx.t("kpi_growth"), format_pct(best["change_pct"], ctx.lang), ctx.pair_name(best["pair"]),
                       delta_color="off")
    else:
        cols[3].metric(ctx.t("kpi_growth"), "—")


def overview_metric(ctx: Context) -> str:
    return ctx.state.metrics[0] if len(ctx.state.metrics) == 1 else "turnover"


def main() -> None:
    ctx = current()
    st.caption(ctx.caption)
    where, params = ctx.where
    metric_where = f"{where} AND metric = ? AND status = 'reported'"
    metric_params = (*params, overview_metric(ctx))
    latest = data.latest_periods(ctx.identity, metric_where, metric_params, ctx.state.min_sources)
    latest = latest.set_index("period_type")
    if "year" not in latest.index and "half" not in latest.index:
        ctx.empty_notice()
        return
    for ptype, key, missing in (("year", "ov_year", "ov_no_year"), ("half", "ov_half", "ov_no_half")):
        if ptype in latest.index:
            row = latest.loc[ptype]
            headline(ctx, ptype, row["period_start"], row["period_end"], key)
        else:
            st.info(ctx.t(missing))
    ptype = "year" if "year" in latest.index else "half"
    start, end = latest.loc[ptype, "period_start"], latest.loc[ptype, "period_end"]
    figures = data.load_period_figures(ctx.identity, metric_where, metric_params, ctx.state.min_sources, ptype, start)
    period = format_period(start, end, ctx.lang)
    left, right = st.columns([3, 2])
    with left:
        st.plotly_chart(charts.flow_map(figures, ctx.regions, ctx.lang, ctx.pair_name,
                                        ctx.t("map_title", period=period)), key="overview_map")
    with right:
        st.plotly_chart(charts.top_pairs(figures, ctx.lang, ctx.pair_name, ctx.t("top_title", period=period)),
                        key="overview_top")


main()
