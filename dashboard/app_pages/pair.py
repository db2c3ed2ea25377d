"""Pair: one pair, several pairs side by side, or one region against all its partners, over time:
every flow named by direction, every period type its own series, one panel per currency, bounds
as marker symbols, targets against same-currency figures, growth rates apart, sources below."""

from __future__ import annotations

import dataclasses

import pandas as pd
import streamlit as st

from dashboard import data, events_view, pair_summary, pair_view
from dashboard.brief.button import download_buttons
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
    """Each flow's latest target against its latest reported figure in the same currency
    (dashboard/pair_summary.py, which the printed brief uses too)."""
    goals = pair_summary.target_progress(series, usd)
    if not goals:
        return
    st.subheader(ctx.t("targets"))
    for g in goals:
        what = f"{ctx.metric_name(g.target.metric)} ({ctx.flow_name(g.target.metric, g.target.a, g.target.b)})"
        target = format_value(g.target.value, g.target.currency, ctx.lang, g.target.bound)
        if g.actual is None:
            st.markdown("- " + ctx.t("target_no_actual", metric=what, target=target, end=g.target.period_end.year))
            continue
        st.markdown("- " + ctx.t("target_progress", metric=what, target=target, end=g.target.period_end.year,
                                 actual=format_value(g.actual.value, g.actual.currency, ctx.lang, g.actual.bound),
                                 period=format_period(g.actual.period_start, g.actual.period_end, ctx.lang),
                                 pct=format_change(g.pct, ctx.lang).lstrip("+")))
        st.progress(min(max(g.pct / 100, 0.0), 1.0))


def latest_figures(ctx: Context, series: pd.DataFrame, usd: bool) -> None:
    """The latest reported figure of each flow, named by direction, with its bound and change."""
    latest = pair_summary.latest_figures(series, usd)
    if not latest:
        return
    cols = st.columns(min(len(latest), 4))
    for i, r in enumerate(latest):
        label = f"{ctx.flow_name(r.metric, r.a, r.b)} · {format_period(r.period_start, r.period_end, ctx.lang)}"
        label += f" · ⚠ {ctx.t('flag_unsure')}" if r.unsure else ""
        delta = format_change(r.change_pct, ctx.lang) if r.change_pct is not None else None
        cols[i % len(cols)].metric(label, format_value(r.value, r.currency, ctx.lang, r.bound), delta,
                                   help=ctx.t("axis_change") if delta else None)


def latest_changes(ctx: Context, series: pd.DataFrame, usd: bool) -> None:
    """For flows with no level: their latest change, named by flow and period, and a sentence
    saying there is no level (never an empty chart)."""
    changes = pair_summary.latest_changes(series, usd)
    if not pair_summary.has_levels(series, usd):
        st.info(ctx.t("no_levels_usd" if usd and series["value"].notna().any() else "no_levels"))
    if not changes:
        return
    cols = st.columns(min(len(changes), 3))
    for i, r in enumerate(changes):
        label = ctx.t("change_card", flow=ctx.flow_name(r.metric, r.a, r.b),
                      period=format_period(r.period_start, r.period_end, ctx.lang))
        label += f" · ⚠ {ctx.t('flag_unsure')}" if r.unsure else ""
        cols[i % len(cols)].metric(label, format_change(r.change_pct, ctx.lang, r.bound, False),
                                   help=ctx.t("axis_change"))


def source_table(ctx: Context, series: pd.DataFrame) -> None:
    st.subheader(ctx.t("table_sources"))
    table = pair_view.points_table(series, ctx.lang, ctx.flow_name, ctx.metric_name, ctx.pair_name)
    st.dataframe(table, hide_index=True, key="pair_table", placeholder="—", column_config={
        ctx.t("col_url"): st.column_config.LinkColumn(display_text=ctx.t("open_link"))})


def main() -> None:
    ctx = current()
    kind, code = pick_focus(ctx)
    if not code:
        ctx.empty_notice()
        return
    state = pair_summary.focus_state(ctx.state, kind, code)
    where, params = data.selection(state)
    series = data.load_series(ctx.identity, where, params, state.min_sources)
    caption = dataclasses.replace(ctx, state=state).caption
    st.caption(caption)
    events = events_view.pair_events(ctx, state)
    undated = data.count_facts(ctx.identity, f"{where} AND period_start IS NULL", params, state.min_sources)
    if series.empty:
        if undated:  # figures exist, only none with a period to place it in time: not "nothing matches"
            st.info(ctx.t("pair_only_undated", n=undated))
        else:
            ctx.empty_notice()
        events_view.pair_section(ctx, events, caption)
        return
    if undated:
        st.caption(ctx.t("pair_undated", n=undated))
    download_buttons(ctx, kind, code)
    usd = state.currency == "USD"
    unconverted = series[series["value"].notna() & series["value_usd"].isna()]
    if usd and len(unconverted):  # no exchange rate for their year: in the table, not on the USD charts
        st.caption(ctx.t("pair_no_usd", n=len(unconverted), currencies=", ".join(sorted(
            set(unconverted["currency"].dropna())))))
    latest_figures(ctx, series, usd)
    latest_changes(ctx, series, usd)
    values, growth = pair_summary.pair_figures(series, kind, code, ctx.lang, usd, ctx.region_name)
    x_range = events_view.share_axis(values if values is not None else growth, events, ctx.lang) \
        if values is not None or growth is not None else None
    if values is not None:
        st.plotly_chart(values, key="pair_timeline")
    events_view.pair_chart(ctx, events, x_range)
    targets(ctx, series, usd)
    if growth is not None:
        events_view.apply_range(growth, x_range, ctx.lang)
        st.plotly_chart(growth, key="pair_growth")
    else:
        st.info(ctx.t("no_growth"))
    source_table(ctx, series)
    events_view.pair_section(ctx, events, caption)


main()
