"""The Download page's three files of one selection — CSV, Excel and Parquet — for facts and events
alike: the bytes `tradeboard export` writes with the same filters."""

from __future__ import annotations

import functools
from collections.abc import Callable

import streamlit as st

XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
# format, label key, MIME type, icon
FORMATS = (("csv", "dl_csv", "text/csv", ":material/table:"),
           ("xlsx", "dl_xlsx", XLSX_MIME, ":material/grid_on:"),
           ("parquet", "dl_parquet", "application/vnd.apache.parquet", ":material/database:"))


def download_buttons(ctx, file_bytes: Callable[[str], bytes], stem: str, key: str) -> None:
    """One button per format; `file_bytes(fmt)` makes the file only when its button is clicked."""
    for column, (fmt, label, mime, icon) in zip(st.columns(len(FORMATS)), FORMATS, strict=True):
        with column:
            st.download_button(ctx.t(label), functools.partial(file_bytes, fmt), file_name=f"{stem}.{fmt}",
                               mime=mime, key=f"{key}_{fmt}", on_click="ignore", icon=icon)
