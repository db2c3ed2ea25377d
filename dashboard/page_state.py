"""A page's own view state in the URL (the Overview's scope and year, the Matrix's year and what
its cells show, the Sources page's search text, page number and kind, the Download page's kind,
the Review page's open fact), beside the sidebar filters of dashboard/filters.py.

The URL is read once per session (st.navigation clears it on a page switch): the raw values wait
in session_state until their page validates them (`take`) against the options it has. Every run
writes the current page's values back (`url_values`), so a copied link opens the same view.
"""

from __future__ import annotations

import streamlit as st

# page url_path -> {URL parameter: session_state key of the page's widget}
PAGE_PARAMS = {
    "overview": {"scope": "ov_scope", "year": "ov_year_pick"},
    "matrix": {"year": "matrix_year", "view": "matrix_metric"},
    "sources": {"q": "sources_q", "page": "sources_page", "kind": "sources_kind"},
    "download": {"kind": "download_kind"},
    "review": {"fact": "rv_pick"},
}
RAW = "_page_params_raw"


def read_url_once() -> None:
    """On a session's first run, keep the raw page parameters of the URL for their pages."""
    ss = st.session_state
    if RAW in ss:
        return
    names = {name for params in PAGE_PARAMS.values() for name in params}
    ss[RAW] = {name: st.query_params.get(name) for name in names if st.query_params.get(name)}


def take(name: str) -> str | None:
    """The raw URL value of page parameter `name`, once (None when the URL had none)."""
    return st.session_state.get(RAW, {}).pop(name, None)


def seed(name: str, key: str, allowed, warn) -> None:
    """Seed widget `key` once from the URL's `name` when it is one of `allowed`; otherwise call
    `warn(name, value, allowed)` (the page says what was wrong) and leave the widget alone."""
    raw = take(name)
    if raw is None:
        return
    if raw in allowed:
        st.session_state[key] = raw
    else:
        warn(name, raw, allowed)


def url_values(page: str) -> dict:
    """The parameters that reproduce page `page`'s own view (left out when at their default)."""
    ss = st.session_state
    out = {}
    for name, key in PAGE_PARAMS.get(page, {}).items():
        value = ss.get(key)
        if value in (None, "") and name in ss.get(RAW, {}):
            value = ss[RAW][name]
        if value not in (None, "") and value != DEFAULTS.get(name):
            out[name] = str(value)
    return out


DEFAULTS = {"scope": "by_ru", "page": 1, "view": "turnover", "kind": "facts"}
