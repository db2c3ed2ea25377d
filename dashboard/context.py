"""What the entry point hands every page on each run: database identity, filters, language, names."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd
import streamlit as st

from dashboard import data, flows
from dashboard.filters import caption
from dashboard.i18n import t
from etl.filters import FilterState
from etl.places import place_name

KEY = "_context"


@dataclass(frozen=True)
class Context:
    identity: data.Identity
    state: FilterState
    lang: str
    names: dict[str, str]
    regions: pd.DataFrame
    catalog: dict

    def region_name(self, code: str | None) -> str:
        """The place's name: the database's regions table, else pycountry's ISO lists (etl.places)."""
        return (self.names.get(code) or place_name(code, self.lang)) if isinstance(code, str) and code else "?"

    def flow_name(self, metric: str, a: str | None, b: str | None, order=None) -> str:
        """"Беларусь → Китай" for export/import (whoever reported it), "A ↔ B" for a turnover."""
        return flows.flow_label(metric, a, b, self.region_name, order)

    def pair_name(self, pair: str) -> str:
        a, b = pair.split("~")
        return f"{self.region_name(a)} ↔ {self.region_name(b)}"

    def metric_name(self, metric: str) -> str:
        return t(f"metric_{metric}", self.lang)

    def t(self, key: str, **kw) -> str:
        return t(key, self.lang, **kw)

    @property
    def where(self) -> tuple[str, tuple]:
        return data.selection(self.state)

    @property
    def caption(self) -> str:
        return caption(self.state, self.lang, self.region_name, self.metric_name)

    def warn_param(self, name: str, value: str, allowed) -> None:
        """A URL parameter whose value is not allowed: say so, naming what is (the view goes on without it)."""
        reason = self.t("reason_allowed", allowed=", ".join(allowed))
        st.warning(self.t("bad_param", name=name, value=value, reason=reason))

    def empty_notice(self, search: str = "", figures: bool = True) -> None:
        """The sentence an empty result gives instead of an empty chart: the search, or the pairs or
        regions the articles give no figures for (no other filter would help), else the filters."""
        if search:
            st.info(self.t("src_no_match", q=search, caption=self.caption))
        elif figures and (absent := self.without_figures()):
            st.info(self.t("empty_no_figures", what=absent))
        else:
            st.info(self.t("empty", caption=self.caption, advice=self.advice()))

    def advice(self) -> str:
        """What to change, naming only the filters that are set: "Widen the years or clear the status filter"."""
        s = self.state
        keys = [key for key, is_set in (("advice_years", s.date_from or s.date_to), ("advice_metric", s.metrics),
                                        ("advice_status", s.statuses), ("advice_min_sources", s.min_sources > 1),
                                        ("advice_reviewed", s.reviewed == "only"),
                                        ("advice_places", s.pairs or s.regions)) if is_set]
        parts = [self.t(k) for k in keys or ["advice_places"]]
        text = parts[0] if len(parts) == 1 else f"{', '.join(parts[:-1])} {self.t('advice_or')} {parts[-1]}"
        return text[0].upper() + text[1:]

    def without_figures(self) -> str:
        """The selected pairs (or regions) when none of them has a figure in the database, else ""."""
        pairs, regions = self.state.pairs, self.state.regions
        if pairs and not any(f"{a}~{b}" in self.catalog["pairs"] for a, b in pairs):
            return ", ".join(self.pair_name(f"{a}~{b}") for a, b in pairs)
        if regions and not any(r in self.catalog["regions"] for r in regions):
            return ", ".join(self.region_name(r) for r in regions)
        return ""


def current() -> Context:
    return st.session_state[KEY]


def publish(ctx: Context) -> None:
    st.session_state[KEY] = ctx
