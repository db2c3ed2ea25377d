"""Sources: every fact with its quote, article title, date and link; search over quotes; flags."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard import data, events_view
from dashboard.charts import review_mark
from dashboard.context import Context, current
from dashboard.i18n import format_money, format_period

PAGE_SIZE = 50
FLAGS = ("unsure", "conflict", "converted", "guessed", "unresolved")


def flags_text(ctx: Context, row) -> str:
    return ", ".join(ctx.t(f"flag_{f}") for f in FLAGS if bool(getattr(row, f)))


def view(ctx: Context, facts: pd.DataFrame) -> pd.DataFrame:
    """The facts as the reader sees them: names, formatted values, flags, and the raw value kept."""
    value_col = "value_usd" if ctx.state.currency == "USD" else "value"
    return pd.DataFrame({
        ctx.t("col_published"): pd.to_datetime(facts["published"]).dt.date,
        ctx.t("col_pair"): [f"{ctx.region_name(a)} ↔ {ctx.region_name(b)}" for a, b in
                            zip(facts["a"], facts["b"], strict=True)],
        ctx.t("col_metric"): [ctx.metric_name(m) for m in facts["metric"]],
        ctx.t("col_value"): [format_money(v, "USD" if value_col == "value_usd" else c, ctx.lang)
                             for v, c in zip(facts[value_col], facts["currency"], strict=True)],
        ctx.t("col_period"): [format_period(s, e, ctx.lang) for s, e in
                              zip(facts["period_start"], facts["period_end"], strict=True)],
        ctx.t("col_status"): [ctx.t(f"status_{s}") for s in facts["status"]],
        ctx.t("col_confidence"): facts["confidence"],
        ctx.t("col_flags"): [flags_text(ctx, r) for r in facts.itertuples()],
        ctx.t("col_review"): [review_mark(s, ctx.lang, long=True).strip() for s in facts["review_status"]],
        ctx.t("col_quote"): facts["quote"],
        ctx.t("col_title"): facts["title"],
        ctx.t("col_url"): facts["url"],
        "fact_id": facts["fact_id"],
    })


def main() -> None:
    ctx = current()
    if events_view.kind_switch(ctx, "sources_kind") == "events":
        return events_view.sources_events(ctx)
    st.caption(ctx.caption)
    search = st.text_input(ctx.t("src_search"), key="sources_q").strip()
    where, params = ctx.where
    total = data.count_facts(ctx.identity, where, params, ctx.state.min_sources, search)
    if total == 0:
        ctx.empty_notice()
        return
    pages = (total - 1) // PAGE_SIZE + 1
    page = st.number_input(ctx.t("src_page"), 1, pages, 1, key="sources_page") if pages > 1 else 1
    offset = (page - 1) * PAGE_SIZE
    facts = data.load_facts_page(ctx.identity, where, params, ctx.state.min_sources, search, PAGE_SIZE, offset)
    st.caption(ctx.t("src_count", n=total, a=offset + 1, b=offset + len(facts)))
    threshold = data.confidence_threshold(ctx.identity)
    st.dataframe(view(ctx, facts), hide_index=True, key="sources_table", placeholder="—", column_config={
        ctx.t("col_url"): st.column_config.LinkColumn(display_text=ctx.t("open_link")),
        ctx.t("col_confidence"): st.column_config.NumberColumn(
            format="%.2f", help=ctx.t("col_confidence_help", t="—" if threshold is None else f"{threshold:.2f}")),
        ctx.t("col_quote"): st.column_config.TextColumn(width="large")})


main()
