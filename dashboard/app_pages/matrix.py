"""Matrix: Belarusian regions × partners for one year and metric, USD; a click or a select opens the pair."""

from __future__ import annotations

import datetime as dt

import streamlit as st

from dashboard import charts, data, events_view, filters
from dashboard.context import Context, current
from etl.model import METRICS

BELARUS = "(a = 'BY' OR a LIKE 'BY-%' OR b = 'BY' OR b LIKE 'BY-%')"


def open_pair(pair: str) -> None:
    filters.request(f_pairs=[pair], f_regions=[])
    st.switch_page("app_pages/pair.py")


def build_matrix(ctx: Context, figures):
    """Rows: Belarusian regions (and Belarus as a whole); columns: their partners; cells: USD."""
    by = set(ctx.regions.loc[ctx.regions["country"] == "BY", "code"])
    rows = figures.dropna(subset=["value_usd"])
    rows = rows.assign(by_side=[a if a in by else (b if b in by else None) for a, b in zip(rows["a"], rows["b"],
                                                                                            strict=True)])
    rows = rows.dropna(subset=["by_side"])
    rows = rows.assign(partner=[b if a == s else a for a, b, s in zip(rows["a"], rows["b"], rows["by_side"],
                                                                      strict=True)])
    return rows.pivot_table(index="by_side", columns="partner", values="value_usd", aggfunc="sum"), rows


def main() -> None:
    ctx = current()
    where, params = ctx.where
    where = f"{where} AND {BELARUS}"
    fact_years = data.series_years(ctx.identity, where, params, ctx.state.min_sources)
    years = sorted(set(fact_years) | set(events_view.matrix_years(ctx)))
    if not years:
        st.caption(ctx.caption)
        st.info(ctx.t("mx_no_years"))
        ctx.empty_notice()
        return
    left, right = st.columns(2)
    year = left.selectbox(ctx.t("mx_year"), years[::-1], key="matrix_year",
                          index=years[::-1].index(max(fact_years)) if fact_years else 0)
    metrics = (list(ctx.state.metrics) or list(METRICS)) + ["contacts"]
    metric = right.selectbox(ctx.t("mx_metric"), metrics, key="matrix_metric", format_func=ctx.metric_name)
    st.caption(ctx.caption)
    if metric == "contacts":
        return events_view.contacts_matrix(ctx, year, open_pair)
    figures = data.load_period_figures(ctx.identity, f"{where} AND metric = ? AND status = 'reported'",
                                       (*params, metric), ctx.state.min_sources, "year", dt.date(year, 1, 1))
    matrix, rows = build_matrix(ctx, figures)
    if matrix.empty:
        ctx.empty_notice()
        return
    unsure = rows.assign(unsure=rows["unsure"].eq(True)).pivot_table(
        index="by_side", columns="partner", values="unsure", aggfunc="any")
    fig = charts.heatmap(matrix, ctx.lang, ctx.t("mx_title", metric=ctx.metric_name(metric), year=year),
                         ctx.region_name, ctx.region_name, unsure)
    event = st.plotly_chart(fig, key="matrix_heatmap", on_select="rerun", selection_mode="points")
    points = (event or {}).get("selection", {}).get("points", []) if event else []
    if points:
        a, b = points[0].get("y"), points[0].get("x")
        if a and b and a != b:
            open_pair("~".join(sorted((a, b))))
    pairs = sorted(set(rows["pair"]), key=ctx.pair_name)
    left, right = st.columns([3, 1], vertical_alignment="bottom")
    chosen = left.selectbox(ctx.t("mx_open"), pairs, key="matrix_pair", format_func=ctx.pair_name)
    if right.button(ctx.t("mx_open_btn"), key="matrix_open") and chosen:
        open_pair(chosen)


main()
