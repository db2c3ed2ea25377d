"""Download: every fact the filters select, as CSV (BOM, raw numbers, formula-safe), Excel or Parquet,
with the filters in the file name."""

from __future__ import annotations

import functools

import streamlit as st

from dashboard import data, events_view, page_state
from dashboard.context import current
from dashboard.download_buttons import download_buttons


def main() -> None:
    ctx = current()
    page_state.seed("kind", "download_kind", events_view.KINDS, ctx.warn_param)
    if events_view.kind_switch(ctx, "download_kind") == "events":
        return events_view.download_events(ctx)
    total = data.count_export(ctx.identity, ctx.state)
    st.caption(ctx.caption)
    undated = data.count_without_period(ctx.identity, ctx.state)
    if undated:
        st.info(ctx.t("dl_undated", n=undated), icon=":material/event_busy:")
    if total == 0:
        ctx.empty_notice()
        return
    st.write(ctx.t("dl_intro", n=total, caption=ctx.caption))
    stem = f"tradeboard_{ctx.state.slug()}"
    download_buttons(ctx, functools.partial(data.export_bytes, ctx.identity, ctx.state), stem, "download")
    st.caption(ctx.t("dl_note"))
    st.subheader(ctx.t("dl_preview"))
    st.dataframe(data.export_preview(ctx.identity, ctx.state), hide_index=True, key="download_preview",
                 placeholder="")


main()
