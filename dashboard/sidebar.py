"""The sidebar every page shares: language, filters, reset. Widgets keyed by the session keys
of dashboard/filters.py; pages read the result through `dashboard.context`."""

from __future__ import annotations

import streamlit as st

from dashboard import filters
from dashboard.i18n import LANGS, t
from etl.filters import CURRENCIES, REVIEWED
from etl.model import METRICS, STATUSES


def _years_changed(bounds: tuple[int, int]) -> None:
    y0, y1 = st.session_state["f_years"]
    st.session_state["f_from"] = str(y0) if y0 > bounds[0] else None
    st.session_state["f_to"] = str(y1) if y1 < bounds[1] else None


def _sync_years(bounds: tuple[int, int]) -> None:
    ss = st.session_state
    lo, hi = bounds
    y0 = min(max(filters.year_of(ss.get("f_from")) or lo, lo), hi)
    y1 = max(min(filters.year_of(ss.get("f_to")) or hi, hi), y0)
    ss["f_years"] = (y0, y1)


STORE = "_filter_store"
WIDGET_KEYS = ("lang", "f_pairs", "f_regions", "f_metrics", "f_statuses", "f_currency", "f_min_sources",
               "f_reviewed")
PLAIN_KEYS = ("f_from", "f_to")


def restore() -> None:
    """Streamlit drops a widget's state on a page switch; put back what we remembered."""
    ss = st.session_state
    for key, value in ss.get(STORE, {}).items():
        if key not in ss:
            ss[key] = value


def remember() -> None:
    st.session_state[STORE] = {k: st.session_state[k] for k in (*WIDGET_KEYS, *PLAIN_KEYS)
                               if k in st.session_state}


def render(catalog: dict, region_name, lang: str) -> None:
    """Draw the sidebar widgets; their values land in session_state."""
    ss = st.session_state
    sb = st.sidebar
    sb.radio(t("language", lang), LANGS, key="lang", horizontal=True, format_func=str.upper)
    sb.header(t("filters", lang))
    pair_options = sorted(set(catalog["pairs"]) | set(ss.get("f_pairs", [])),
                          key=lambda p: pair_label(p, region_name))
    sb.multiselect(t("f_pairs", lang), pair_options, key="f_pairs",
                   format_func=lambda p: pair_label(p, region_name), placeholder=t("all", lang))
    region_options = sorted(set(catalog["regions"]) | set(ss.get("f_regions", [])), key=region_name)
    sb.multiselect(t("f_regions", lang), region_options, key="f_regions", format_func=region_name,
                   placeholder=t("all", lang))
    sb.multiselect(t("f_metrics", lang), METRICS, key="f_metrics",
                   format_func=lambda m: t(f"metric_{m}", lang), placeholder=t("all", lang))
    if catalog["years"] and catalog["years"][0] < catalog["years"][1]:
        _sync_years(catalog["years"])
        sb.slider(t("f_years", lang), catalog["years"][0], catalog["years"][1], key="f_years",
                  on_change=_years_changed, args=(catalog["years"],))
    sb.multiselect(t("f_statuses", lang), STATUSES, key="f_statuses",
                   format_func=lambda s: t(f"status_{s}", lang), placeholder=t("all", lang))
    sb.radio(t("f_currency", lang), CURRENCIES, key="f_currency", horizontal=True,
             format_func=lambda c: t(f"currency_{c}", lang))
    sb.number_input(t("f_min_sources", lang), min_value=1, max_value=filters.MAX_MIN_SOURCES, step=1,
                    key="f_min_sources")
    sb.radio(t("f_reviewed", lang), REVIEWED, key="f_reviewed", format_func=lambda r: t(f"reviewed_{r}", lang))
    sb.button(t("f_reset", lang), key="f_reset", on_click=filters.reset_filters)
    remember()


def pair_label(pair: str, region_name) -> str:
    a, b = pair.split("~")
    return f"{region_name(a)} ↔ {region_name(b)}"
