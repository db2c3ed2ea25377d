"""The Pair page's "Справка (PDF)" and PNG downloads. Nothing is rendered while the page draws:
each button gets a callable that Streamlit runs on click (on its own thread, the page stays live),
and the bytes are cached by database identity, filters, focus, language, format and day."""

from __future__ import annotations

import datetime as dt
import functools

import streamlit as st

from dashboard.brief.make import FORMATS, make_brief
from dashboard.brief.render import ChromiumMissing, find_chromium
from dashboard.context import Context
from etl.filters import FilterState

MIME = {"pdf": "application/pdf", "png": "image/png"}
ICON = {"pdf": ":material/picture_as_pdf:", "png": ":material/image:"}


@st.cache_data(show_spinner=False, max_entries=16)
def brief_bytes(identity, state: FilterState, kind: str, code: str, lang: str, fmt: str, made: dt.date) -> bytes:
    """The brief's file; `made` (today) is in the key so a brief never carries yesterday's date."""
    return make_brief(identity, state, kind, code, lang, fmt, made=made)


def file_name(kind: str, code: str, fmt: str) -> str:
    """brief_BY-HM~RU-MOW_2025-12-06.pdf"""
    return f"brief_{code.replace(',', '+')}_{dt.date.today().isoformat()}.{fmt}"


def download_buttons(ctx: Context, kind: str, code: str) -> None:
    """Two download buttons side by side, or a sentence saying how to install Chromium."""
    try:
        find_chromium()
    except ChromiumMissing as exc:
        st.caption(ctx.t("brief_no_chromium", path=exc.path))
        return
    cols = st.columns([1, 1, 4])
    for col, fmt in zip(cols, FORMATS, strict=False):
        make = functools.partial(brief_bytes, ctx.identity, ctx.state, kind, code, ctx.lang, fmt, dt.date.today())
        col.download_button(ctx.t(f"brief_{fmt}"), data=make, file_name=file_name(kind, code, fmt), mime=MIME[fmt],
                            key=f"brief_{fmt}", on_click="ignore", icon=ICON[fmt], help=ctx.t("brief_help"))
