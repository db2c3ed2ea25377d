"""Pair: one pair, or one region against all its partners, over time: every period type its own
series, bounds as marker symbols, targets dashed with progress, growth rates apart, sources below."""

from __future__ import annotations

import dataclasses

import pandas as pd
import streamlit as st

from dashboard import charts, data, events_view, pair_summary
from dashboard.charts import review_mark
from dashboard.context import Context, current
from dashboard.i18n import format_money, format_pct, format_period

FOCUS = "pair_focus"


def _focus_changed() -> None:
    value = st.session_state.get(FOCUS)
    if value and value.startswith("pair:"):
        st.session_state.update(f_pairs=[value[5:]], f_regions=[])
    elif value and value.startswith("region:"):
        st.session_state.update(f_pairs=[], f_regions=[value[7:]])


def pick_focus(ctx: Context) -> tuple[str, str]:
    """The pair or region to show: from the filters, else the pair with the most facts."""
    state = ctx.state
    if len(state.pairs) == 1:
        focus = ("pair", "~".join(state.pairs[0]))
    elif len(state.regions) == 1 and not state.pairs:
        focus = ("region", state.regions[0])
    else:
        focus = ("pair", ctx.catalog["top_pair"]) if ctx.catalog.get("top_pair") else ("pair", "")
    options = [f"pair:{p}" for p in ctx.catalog["pairs"]] + [f"region:{r}" for r in ctx.catalog["regions"]]
    current_value = f"{focus[0]}:{focus[1]}"
    if current_value not in options:
        options.insert(0, current_value)
    st.session_state[FOCUS] = current_value
    st.selectbox(ctx.t("pair_pick"), options, key=FOCUS, on_change=_focus_changed, help=ctx.t("pair_pick_help"),
                 format_func=lambda o: ctx.pair_name(o[5:]) if o.startswith("pair:") else ctx.region_name(o[7:]))
    return focus


def targets(ctx: Context, series: pd.DataFrame, usd: bool) -> None:
    """The latest target of each pair and metric, with the progress the latest reported figure makes."""
    goals = pair_summary.target_progress(series, usd)
    if not goals:
        return
    st.subheader(ctx.t("targets"))
    for g in goals:
        target = format_money(g.target.value, g.target.currency, ctx.lang)
        if g.actual is None:
            st.markdown("- " + ctx.t("target_no_actual", metric=ctx.metric_name(g.target.metric), target=target,
                                     end=g.target.period_end.year))
            continue
        st.markdown("- " + ctx.t("target_progress", metric=ctx.metric_name(g.target.metric), target=target,
                                 end=g.target.period_end.year,
                                 actual=format_money(g.actual.value, g.actual.currency, ctx.lang),
                                 period=format_period(g.actual.period_start, g.actual.period_end, ctx.lang),
                                 pct=format_pct(g.pct, ctx.lang).lstrip("+")))
        st.progress(min(max(g.pct / 100, 0.0), 1.0))


def latest_figures(ctx: Context, series: pd.DataFrame, usd: bool) -> None:
    """The latest reported figure of each metric, with its period and change, as headline numbers."""
    latest = pair_summary.latest_figures(series, usd)
    if not latest:
        return
    cols = st.columns(len(latest))
    for box, r in zip(cols, latest, strict=True):
        unsure = f" · ⚠ {ctx.t('flag_unsure')}" if r.unsure else ""
        box.metric(f"{ctx.metric_name(r.metric)} · {format_period(r.period_start, r.period_end, ctx.lang)}{unsure}",
                   pair_summary.bound_prefix(r.bound) + format_money(r.value, r.currency, ctx.lang),
                   format_pct(r.change_pct, ctx.lang) if r.change_pct is not None else None)


def source_table(ctx: Context, series: pd.DataFrame) -> None:
    st.subheader(ctx.t("table_sources"))
    table = pd.DataFrame({
        ctx.t("col_pair"): [ctx.pair_name(p) for p in series["pair"]],
        ctx.t("col_metric"): [ctx.metric_name(m) for m in series["metric"]],
        ctx.t("col_period"): [format_period(s, e, ctx.lang) for s, e in
                              zip(series["period_start"], series["period_end"], strict=True)],
        ctx.t("col_status"): [ctx.t("derived_short") if d else ctx.t(f"status_{s}")
                              for s, d in zip(series["status"], series["is_derived"], strict=True)],
        ctx.t("col_bound"): [ctx.t(f"bound_{b}") if isinstance(b, str) else "" for b in series["bound"]],
        ctx.t("col_value_raw"): series["value"], ctx.t("col_currency"): series["currency"],
        ctx.t("col_value_usd"): series["value_usd"], ctx.t("col_change"): series["change_pct"],
        ctx.t("col_sources"): series["n_sources"], ctx.t("flag_conflict"): series["conflict"],
        ctx.t("col_review"): [review_mark(s, ctx.lang, long=True).strip() for s in series["review_status"]],
        ctx.t("flag_unsure"): series["unsure"].eq(True), ctx.t("col_confidence"): series["confidence"],
        ctx.t("col_title"): series["titles"], ctx.t("col_quote"): series["quote"], ctx.t("col_url"): series["url"],
    })
    st.dataframe(table, hide_index=True, key="pair_table", placeholder="—", column_config={
        ctx.t("col_url"): st.column_config.LinkColumn(display_text=ctx.t("open_link")),
        ctx.t("col_value_raw"): st.column_config.NumberColumn(format="%.0f"),
        ctx.t("col_value_usd"): st.column_config.NumberColumn(format="%.0f"),
        ctx.t("col_change"): st.column_config.NumberColumn(format="%.1f"),
        ctx.t("col_confidence"): st.column_config.NumberColumn(format="%.2f")})


def main() -> None:
    ctx = current()
    kind, code = pick_focus(ctx)
    if not code:
        ctx.empty_notice()
        return
    state = ctx.state
    if kind == "pair":
        state = dataclasses.replace(state, pairs=(tuple(code.split("~")),), regions=())
    else:
        state = dataclasses.replace(state, pairs=(), regions=(code,))
    where, params = data.selection(state)
    series = data.load_series(ctx.identity, where, params, state.min_sources)
    st.caption(dataclasses.replace(ctx, state=state).caption)
    events = events_view.pair_events(ctx, state)
    if series.empty:
        ctx.empty_notice()
        events_view.pair_section(ctx, events, dataclasses.replace(ctx, state=state).caption)
        return
    usd = state.currency == "USD"
    partner_of = None
    if kind == "region":
        def partner_of(r):
            return ctx.region_name(r.b if r.a == code else r.a)
    name = ctx.pair_name(code) if kind == "pair" else ctx.region_name(code)
    latest_figures(ctx, series, usd)
    fig = charts.timeline(series, ctx.lang, "USD" if usd else "original", partner_of)
    fig.update_layout(title=ctx.t("values_title", name=name))
    x_range = events_view.share_axis(fig, events, ctx.lang)
    st.plotly_chart(fig, key="pair_timeline")
    events_view.pair_chart(ctx, events, x_range)
    targets(ctx, series, usd)
    if series["change_pct"].notna().any():
        shown = series.dropna(subset=["period_start", "period_end"])
        span = (shown["period_start"].min(), shown["period_end"].max())
        growth = charts.growth(series, ctx.lang, span)
        events_view.apply_range(growth, x_range, ctx.lang)
        st.plotly_chart(growth, key="pair_growth")
    else:
        st.info(ctx.t("no_growth"))
    source_table(ctx, series)
    events_view.pair_section(ctx, events, dataclasses.replace(ctx, state=state).caption)


main()
