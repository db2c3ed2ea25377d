"""Sources: every fact with its quote, article title, publisher, site, date and link; search over
quotes; flags. Each value keeps its bound and is named by its flow ("Беларусь → Китай"); the
search text and page number are in the URL (`q`, `page`)."""

from __future__ import annotations

import urllib.parse

import pandas as pd
import streamlit as st

from dashboard import data, events_view, page_state
from dashboard.charts import review_mark
from dashboard.context import Context, current
from dashboard.i18n import format_period
from dashboard.numbers import format_change, format_value

PAGE_SIZE = 50
FLAGS = ("unsure", "conflict", "converted", "guessed", "unresolved")


def flags_text(ctx: Context, row) -> str:
    return ", ".join(ctx.t(f"flag_{f}") for f in FLAGS if bool(getattr(row, f)))


def domain(url) -> str | None:
    """The site a link points to, without `www.`: `https://www.belta.by/x` → `belta.by`.

    >>> domain("https://www.belta.by/economics/view/1"), domain(None)
    ('belta.by', None)
    """
    if not isinstance(url, str) or not url:
        return None
    host = urllib.parse.urlsplit(url).hostname or ""
    return host.removeprefix("www.") or None


def view(ctx: Context, facts: pd.DataFrame) -> pd.DataFrame:
    """The facts as the reader sees them: flows by name, values with their bounds, provenance."""
    usd = ctx.state.currency == "USD"
    sites = [domain(u) for u in facts["url"]]
    return pd.DataFrame({
        ctx.t("col_published"): pd.to_datetime(facts["published"]).dt.date,
        ctx.t("col_flow"): [ctx.flow_name(m, a, b) for m, a, b in zip(facts["metric"], facts["a"], facts["b"],
                                                                       strict=True)],
        ctx.t("col_metric"): [ctx.metric_name(m) for m in facts["metric"]],
        ctx.t("col_value"): [format_value(r.value_usd if usd else r.value, "USD" if usd else r.currency, ctx.lang,
                                          r.bound) for r in facts.itertuples()],
        ctx.t("col_change"): [format_change(r.change_pct, ctx.lang, r.bound, pd.notna(r.value), r.notes)
                              for r in facts.itertuples()],
        ctx.t("col_period"): [format_period(s, e, ctx.lang) for s, e in
                              zip(facts["period_start"], facts["period_end"], strict=True)],
        ctx.t("col_status"): [ctx.t(f"status_{s}") for s in facts["status"]],
        ctx.t("col_quote"): facts["quote"],  # the evidence beside the number, not past the flags
        ctx.t("col_confidence"): facts["confidence"],
        ctx.t("col_flags"): [flags_text(ctx, r) for r in facts.itertuples()],
        ctx.t("col_review"): [review_mark(s, ctx.lang, long=True).strip() for s in facts["review_status"]],
        ctx.t("col_title"): [t if isinstance(t, str) and t else s for t, s in zip(facts["title"], sites,
                                                                                   strict=True)],
        ctx.t("col_publisher"): facts["source"],
        ctx.t("col_domain"): sites,
        ctx.t("col_url"): facts["url"],
        "fact_id": facts["fact_id"],
    })


def pick_page(ctx: Context, pages: int) -> int:
    """The page number widget, seeded once from the URL's `page` (kept within 1…pages)."""
    raw = page_state.take("page")
    if raw is not None:
        if raw.isdigit() and 1 <= int(raw) <= pages:
            st.session_state["sources_page"] = int(raw)
        else:
            st.warning(ctx.t("bad_param", name="page", value=raw, reason=f"1…{pages}"))
    if pages <= 1:
        return 1
    if st.session_state.get("sources_page", 1) > pages:
        st.session_state["sources_page"] = pages
    return st.number_input(ctx.t("src_page"), min_value=1, max_value=pages, step=1, key="sources_page")


def main() -> None:
    ctx = current()
    page_state.seed("kind", "sources_kind", events_view.KINDS, ctx.warn_param)
    if events_view.kind_switch(ctx, "sources_kind") == "events":
        return events_view.sources_events(ctx)
    st.caption(ctx.caption)
    raw_q = page_state.take("q")
    if raw_q is not None:
        st.session_state["sources_q"] = raw_q
    search = st.text_input(ctx.t("src_search"), key="sources_q").strip()
    where, params = ctx.where
    total = data.count_facts(ctx.identity, where, params, ctx.state.min_sources, search)
    if total == 0:
        ctx.empty_notice(search)
        return
    page = pick_page(ctx, (total - 1) // PAGE_SIZE + 1)
    offset = (page - 1) * PAGE_SIZE
    facts = data.load_facts_page(ctx.identity, where, params, ctx.state.min_sources, search, PAGE_SIZE, offset)
    st.caption(ctx.t("src_count", n=total, a=offset + 1, b=offset + len(facts)))
    threshold = data.confidence_threshold(ctx.identity)
    # Tall enough for the whole page of rows (35 px each and the header): one scroll bar, the page's.
    st.dataframe(view(ctx, facts), hide_index=True, key="sources_table", placeholder="—",
                 height=35 * (len(facts) + 1) + 3, column_config={
        ctx.t("col_flow"): st.column_config.TextColumn(pinned=True),
        ctx.t("col_url"): st.column_config.LinkColumn(display_text=ctx.t("open_link")),
        ctx.t("col_confidence"): st.column_config.NumberColumn(
            format="%.2f", help=ctx.t("col_confidence_help", t="—" if threshold is None else f"{threshold:.2f}")),
        ctx.t("col_quote"): st.column_config.TextColumn(width="large")})


main()
