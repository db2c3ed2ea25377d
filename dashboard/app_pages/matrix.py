"""Matrix: Belarus and its regions × partners for one year, one flow as Belarus sees it, USD; each
cell carries its bound and marks derived levels; a click on a cell or the select opens the pair.
The year is in the URL (`year`)."""

from __future__ import annotations

import datetime as dt

import streamlit as st

from dashboard import charts, data, events_view, filters, matrix_view, page_state
from dashboard.context import Context, current

BELARUS = "(a = 'BY' OR a LIKE 'BY-%' OR b = 'BY' OR b LIKE 'BY-%')"


def open_pair(pair: str) -> None:
    filters.request(f_pairs=[pair], f_regions=[])
    st.switch_page("app_pages/pair.py")


def build_matrix(ctx: Context, figures, view_metric: str = "turnover"):
    """The cells' values, texts, hovers and pairs, and the rows behind them."""
    by = set(ctx.regions.loc[ctx.regions["country"] == "BY", "code"]) | {"BY"}
    rows = matrix_view.belarus_rows(figures, by, view_metric)
    return matrix_view.grids(rows, ctx.lang, ctx.flow_name, ctx.region_name), rows


def pick_year(ctx: Context, years: list[int], default: int | None = None) -> int:
    """The year select, seeded once from the URL's `year`; else `default` (the busiest year)."""
    raw = page_state.take("year")
    if raw is not None:
        if raw.isdigit() and int(raw) in years:
            st.session_state["matrix_year"] = int(raw)
        else:
            st.warning(ctx.t("bad_param", name="year", value=raw,
                             reason=ctx.t("reason_allowed", allowed=", ".join(map(str, years)))))
    options = years[::-1]
    seeded = "matrix_year" in st.session_state  # a value set through Session State needs no index
    kw = {} if seeded else {"index": options.index(default) if default in options else 0}
    return st.selectbox(ctx.t("mx_year"), options, key="matrix_year", **kw)


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
    with left:
        year = pick_year(ctx, years, data.busiest_series_year(ctx.identity, where, params, ctx.state.min_sources))
    page_state.seed("view", "matrix_metric", (*matrix_view.VIEW_METRICS, "contacts"), ctx.warn_param)
    metric = right.selectbox(ctx.t("mx_metric"), (*matrix_view.VIEW_METRICS, "contacts"), key="matrix_metric",
                             format_func=lambda m: ctx.metric_name(m) if m == "contacts" else ctx.t(f"mx_metric_{m}"))
    st.caption(ctx.caption)
    if metric == "contacts":
        return events_view.contacts_matrix(ctx, year, open_pair)
    figures = data.load_period_figures(ctx.identity, f"{where} AND status = 'reported'", params,
                                       ctx.state.min_sources, "year", dt.date(year, 1, 1))
    (values, texts, hovers, pairs), rows = build_matrix(ctx, figures, metric)
    if values.empty:  # the year is offered for another flow or for its contacts: say so, not "widen the filters"
        st.info(ctx.t("mx_none", metric=ctx.t(f"mx_metric_{metric}"), year=year, caption=ctx.caption))
        return
    fig = charts.heatmap(values, ctx.lang, ctx.t("mx_title", metric=ctx.t(f"mx_metric_{metric}"), year=year),
                         ctx.region_name, ctx.region_name, texts=texts, hovers=hovers, pairs=pairs)
    st.caption(ctx.t("mx_legend"))
    event = st.plotly_chart(fig, key="matrix_heatmap", on_select="rerun", selection_mode="points")
    points = (event or {}).get("selection", {}).get("points", []) if event else []
    picked = next((p.get("customdata") for p in points if p.get("customdata")), None)
    if picked:
        open_pair(picked if isinstance(picked, str) else picked[0])
    choices = sorted(set(rows["pair"]), key=ctx.pair_name)
    left, right = st.columns([3, 1], vertical_alignment="bottom")
    chosen = left.selectbox(ctx.t("mx_open"), choices, key="matrix_pair", format_func=ctx.pair_name)
    if right.button(ctx.t("mx_open_btn"), key="matrix_open") and chosen:
        open_pair(chosen)


main()
