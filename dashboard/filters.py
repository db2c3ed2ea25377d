"""The sidebar filters: URL ⇄ session_state ⇄ FilterState.

The URL is read once per session (st.navigation clears it on a page switch), validated against the
codes the database knows, and written back from session_state on every run, so a copied link
opens the same view. A bad value gives a notice and is dropped, never a traceback.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import streamlit as st

from dashboard.i18n import DEFAULT_LANG, LANGS, t
from etl.filters import CURRENCIES, REVIEWED, FilterError, FilterState, parse_date_bound, parse_pair
from etl.model import METRICS, STATUSES

MAX_MIN_SOURCES = 50  # the sidebar's number input goes no higher

KEYS = ("f_pairs", "f_regions", "f_metrics", "f_statuses", "f_from", "f_to", "f_currency", "f_min_sources",
        "f_reviewed")
PENDING = "_pending_filters"


@dataclass(frozen=True)
class Notice:
    name: str
    value: str
    reason: str


def _values(params, name: str) -> list[str]:
    """Every value of a repeated or comma-separated parameter."""
    out = []
    for raw in params.get_all(name):
        out += [v.strip() for v in raw.split(",") if v.strip()]
    return out


def parse_url(params, known_codes: set[str]) -> tuple[dict, list[Notice]]:
    """Query parameters → session values for the filter keys, and a notice per rejected value."""
    values: dict = {}
    notices: list[Notice] = []
    pairs = []
    for raw in _values(params, "pair"):
        try:
            pair = parse_pair(raw)
        except FilterError as exc:
            notices.append(Notice("pair", raw, str(exc)))
            continue
        unknown = [c for c in pair if c not in known_codes]
        if unknown:
            notices.append(Notice("pair", raw, "reason_unknown_code"))
        else:
            pairs.append("~".join(pair))
    values["f_pairs"] = list(dict.fromkeys(pairs))
    values["f_regions"] = _checked(params, "region", known_codes, notices, "reason_unknown_code", upper=True)
    values["f_metrics"] = _checked(params, "metric", set(METRICS), notices, "allowed")
    values["f_statuses"] = _checked(params, "status", set(STATUSES), notices, "allowed")
    bounds = {}
    for name, key, end in (("from", "f_from", False), ("to", "f_to", True)):
        raw = params.get(name)
        if raw:
            try:
                bounds[name] = parse_date_bound(raw, end=end, name=name)
                values[key] = raw.strip()
            except FilterError as exc:
                notices.append(Notice(name, raw, str(exc)))
    if len(bounds) == 2 and bounds["from"] > bounds["to"]:
        notices.append(Notice("to", values.pop("f_to"), "reason_to_before_from"))
    currency = params.get("currency")
    if currency:
        match = [c for c in CURRENCIES if c.lower() == currency.strip().lower()]
        if match:
            values["f_currency"] = match[0]
        else:
            notices.append(Notice("currency", currency, "allowed"))
    raw = params.get("reviewed")
    if raw:
        if raw.strip().lower() in REVIEWED:
            values["f_reviewed"] = raw.strip().lower()
        else:
            notices.append(Notice("reviewed", raw, "allowed"))
    raw = params.get("min_sources")
    if raw:
        if raw.strip().isdigit() and 1 <= int(raw) <= MAX_MIN_SOURCES:
            values["f_min_sources"] = int(raw)
        else:
            notices.append(Notice("min_sources", raw, "reason_number"))
    return values, notices


def _checked(params, name: str, allowed: set[str], notices: list[Notice], reason: str, upper=False) -> list[str]:
    out = []
    for raw in _values(params, name):
        value = raw.upper() if upper else raw.lower()
        if value in allowed:
            out.append(value)
        else:
            notices.append(Notice(name, raw, reason))
    return list(dict.fromkeys(out))


def parse_lang(params) -> tuple[str, Notice | None]:
    raw = params.get("lang")
    if not raw:
        return DEFAULT_LANG, None
    if raw.strip().lower() in LANGS:
        return raw.strip().lower(), None
    return DEFAULT_LANG, Notice("lang", raw, "allowed")


def notice_text(n: Notice, lang: str) -> str:
    allowed = {"metric": METRICS, "status": STATUSES, "currency": CURRENCIES, "lang": LANGS,
               "reviewed": REVIEWED}.get(n.name, ())
    if n.reason == "allowed":
        reason = t("reason_allowed", lang, allowed=", ".join(allowed))
    elif n.reason.startswith("reason_"):
        reason = t(n.reason, lang, max=MAX_MIN_SOURCES)
    else:
        reason = n.reason
    return t("bad_param", lang, name=n.name, value=n.value, reason=reason)


def init_session(known_codes: set[str]) -> None:
    """On a session's first run, take the filters and language from the URL."""
    ss = st.session_state
    if "_url_read" in ss:
        return
    params = st.query_params
    ss["lang"], lang_notice = parse_lang(params)
    values, notices = parse_url(params, known_codes)
    ss["_notices"] = ([lang_notice] if lang_notice else []) + notices
    reset_filters()
    ss.update(values)
    ss["_url_read"] = True


def reset_filters() -> None:
    ss = st.session_state
    ss.update(f_pairs=[], f_regions=[], f_metrics=[], f_statuses=[], f_from=None, f_to=None,
              f_currency="original", f_min_sources=1, f_reviewed="not_rejected")


def request(**values) -> None:
    """Ask for filter values from a page (after the sidebar widgets exist); applied on the next run."""
    st.session_state[PENDING] = values


def apply_pending() -> None:
    pending = st.session_state.pop(PENDING, None)
    if pending:
        st.session_state.update(pending)


def state_from_session() -> FilterState:
    ss = st.session_state
    return FilterState(
        pairs=tuple(parse_pair(p) for p in ss.get("f_pairs", [])),
        regions=tuple(ss.get("f_regions", [])),
        metrics=tuple(ss.get("f_metrics", [])),
        statuses=tuple(ss.get("f_statuses", [])),
        date_from=parse_date_bound(ss["f_from"], end=False, name="from") if ss.get("f_from") else None,
        date_to=parse_date_bound(ss["f_to"], end=True, name="to") if ss.get("f_to") else None,
        currency=ss.get("f_currency", "original"),
        min_sources=int(ss.get("f_min_sources", 1)),
        reviewed=ss.get("f_reviewed") or "not_rejected",
    )


def url_params(state: FilterState, lang: str, raw_from: str | None = None, raw_to: str | None = None) -> dict:
    """The query parameters that reproduce this view (defaults left out)."""
    out: dict = {}
    if state.pairs:
        out["pair"] = [f"{a}~{b}" for a, b in state.pairs]
    for name, values in (("region", state.regions), ("metric", state.metrics), ("status", state.statuses)):
        if values:
            out[name] = list(values)
    if raw_from:
        out["from"] = raw_from
    if raw_to:
        out["to"] = raw_to
    if state.currency != "original":
        out["currency"] = state.currency
    if state.min_sources > 1:
        out["min_sources"] = str(state.min_sources)
    if state.reviewed != "not_rejected":
        out["reviewed"] = state.reviewed
    out["lang"] = lang
    return out


def write_url(state: FilterState, lang: str, page_params: dict | None = None) -> None:
    """Write the view to the URL: the filters, the language and the current page's own state."""
    ss = st.session_state
    wanted = url_params(state, lang, ss.get("f_from"), ss.get("f_to"))
    wanted.update(page_params or {})
    current = {k: st.query_params.get_all(k) for k in st.query_params}
    normalized = {k: v if isinstance(v, list) else [v] for k, v in wanted.items()}
    if current != normalized:
        st.query_params.from_dict(wanted)


def year_of(raw: str | None) -> int | None:
    return int(raw[:4]) if raw else None


def caption(state: FilterState, lang: str, region_name, metric_name) -> str:
    """The filters in words, e.g. "Минск ↔ Москва · 2023–2025 · USD"."""
    parts = [" + ".join(f"{region_name(a)} ↔ {region_name(b)}" for a, b in state.pairs),
             " + ".join(region_name(r) for r in state.regions),
             ", ".join(metric_name(m) for m in state.metrics),
             ", ".join(t(f"status_{s}", lang) for s in state.statuses)]
    if state.date_from or state.date_to:
        parts.append(f"{_date_text(state.date_from)}–{_date_text(state.date_to)}")
    if state.currency != "original":
        parts.append(state.currency)
    if state.min_sources > 1:
        parts.append(t("caption_min_sources", lang, n=state.min_sources))
    if state.reviewed != "not_rejected":
        parts.append(t(f"caption_reviewed_{state.reviewed}", lang))
    return " · ".join(p for p in parts if p) or t("caption_all", lang)


def _date_text(d: dt.date | None) -> str:
    if d is None:
        return "…"
    if (d.month, d.day) in ((1, 1), (12, 31)):
        return str(d.year)
    return d.isoformat()
