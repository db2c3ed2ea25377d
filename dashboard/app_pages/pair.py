"""Pair: one pair, several pairs side by side, or one region against all its partners, over time:
every flow named by direction, every period type its own series, one panel per currency, bounds
as marker symbols, targets against same-currency figures, growth rates apart, sources below."""

from __future__ import annotations

import dataclasses

import pandas as pd
import streamlit as st

from dashboard import charts, data, pair_view
from dashboard.context import Context, current
from dashboard.i18n import format_period
from dashboard.numbers import format_change, format_value

FOCUS = "pair_focus"


def _focus_changed() -> None:
    value = st.session_state.get(FOCUS)
    if value and value.startswith("pair:"):
        st.session_state.update(f_pairs=[value[5:]], f_regions=[])
    elif value and value.startswith("pairs:"):
        st.session_state.update(f_pairs=value[6:].split(","), f_regions=[])
    elif value and value.startswith("region:"):
        st.session_state.update(f_pairs=[], f_regions=[value[7:]])


def _focus_label(ctx: Context, option: str) -> str:
    kind, _, code = option.partition(":")
    if kind == "pairs":
        return ctx.t("pair_compare", names=" + ".join(ctx.pair_name(p) for p in code.split(",")))
    return ctx.pair_name(code) if kind == "pair" else ctx.region_name(code)


def pick_focus(ctx: Context) -> tuple[str, str]:
    """The pair, pairs or region to show: from the filters (every selected pair, never another
    one), else the pair with the most sources in the latest year."""
    state = ctx.state
    if len(state.pairs) > 1:
        focus = ("pairs", ",".join("~".join(p) for p in state.pairs))
    elif len(state.pairs) == 1:
        focus = ("pair", "~".join(state.pairs[0]))
    elif len(state.regions) == 1:
        focus = ("region", state.regions[0])
    else:
        focus = ("pair", ctx.catalog.get("top_pair") or "")
    options = [f"pair:{p}" for p in ctx.catalog["pairs"]] + [f"region:{r}" for r in ctx.catalog["regions"]]
    current_value = f"{focus[0]}:{focus[1]}"
    if current_value not in options:
        options.insert(0, current_value)
    st.session_state[FOCUS] = current_value
    st.selectbox(ctx.t("pair_pick"), options, key=FOCUS, on_change=_focus_changed, help=ctx.t("pair_pick_help"),
                 format_func=lambda o: _focus_label(ctx, o))
    return focus


def targets(ctx: Context, series: pd.DataFrame, usd: bool) -> None:
    lines = pair_view.target_lines(series, usd, ctx.lang, ctx.flow_name, ctx.metric_name)
    if not lines:
        return
    st.subheader(ctx.t("targets"))
    for text, progress in lines:
        st.markdown("- " + text)
        if progress is not None:
            st.progress(progress)


def latest_figures(ctx: Context, series: pd.DataFrame, usd: bool) -> None:
    """The latest reported figure of each flow, named by direction, with its bound and change."""
    latest = pair_view.latest_by_flow(series, usd)
    if latest.empty:
        return
    cols = st.columns(min(len(latest), 4))
    for i, r in enumerate(latest.itertuples()):
        label = f"{ctx.flow_name(r.metric, r.a, r.b)} · {format_period(r.period_start, r.period_end, ctx.lang)}"
        value = format_value(r.value_usd if usd else r.value, "USD" if usd else r.currency, ctx.lang, r.bound)
        delta = format_change(r.change_pct, ctx.lang) if pd.notna(r.change_pct) else None
        cols[i % len(cols)].metric(label, value, delta, help=ctx.t("axis_change") if delta else None)


def source_table(ctx: Context, series: pd.DataFrame) -> None:
    st.subheader(ctx.t("table_sources"))
    table = pair_view.points_table(series, ctx.lang, ctx.flow_name, ctx.metric_name, ctx.pair_name)
    st.dataframe(table, hide_index=True, key="pair_table", placeholder="—", column_config={
        ctx.t("col_url"): st.column_config.LinkColumn(display_text=ctx.t("open_link"))})


def scoped_state(ctx: Context, kind: str, code: str):
    if kind == "pair":
        return dataclasses.replace(ctx.state, pairs=(tuple(code.split("~")),), regions=())
    if kind == "pairs":
        return dataclasses.replace(ctx.state, pairs=tuple(tuple(p.split("~")) for p in code.split(",")), regions=())
    return dataclasses.replace(ctx.state, pairs=(), regions=(code,))


def main() -> None:
    ctx = current()
    kind, code = pick_focus(ctx)
    if not code:
        ctx.empty_notice()
        return
    state = scoped_state(ctx, kind, code)
    where, params = data.selection(state)
    series = data.load_series(ctx.identity, where, params, state.min_sources)
    st.caption(dataclasses.replace(ctx, state=state).caption)
    if series.empty:
        ctx.empty_notice()
        return
    usd = state.currency == "USD"
    partner_of = None
    if kind == "region":
        def partner_of(r):
            return ctx.region_name(r.b if r.a == code else r.a)
    elif kind == "pairs":
        def partner_of(r):
            return ctx.pair_name(r.pair)
    name = {"pair": ctx.pair_name, "region": ctx.region_name}.get(kind, lambda c: _focus_label(ctx, f"pairs:{c}"))
    latest_figures(ctx, series, usd)
    fig = charts.timeline(series, ctx.lang, "USD" if usd else "original", partner_of, ctx.region_name)
    fig.update_layout(title=ctx.t("values_title", name=name(code)))
    st.plotly_chart(fig, key="pair_timeline")
    targets(ctx, series, usd)
    if series["change_pct"].notna().any():
        shown = series.dropna(subset=["period_start", "period_end"])
        span = (shown["period_start"].min(), shown["period_end"].max())
        st.plotly_chart(charts.growth(series, ctx.lang, span, ctx.region_name), key="pair_growth")
    else:
        st.info(ctx.t("no_growth"))
    source_table(ctx, series)


main()
