"""The Pair page's figures: values by period and growth rates, named by flow ("Беларусь → Китай"),
one panel per currency, bounds as marker symbols. Pure: DataFrame in, Plotly figure out.

- A directional figure is drawn as its flow, whoever reported it: China's reported import from
  Belarus and Belarus's reported export to China are one colour and one legend name.
- Values of different currencies never share an axis: in original-currency mode each currency
  has its own panel (shared time axis), in USD mode there is one.
- Growth bars of one period stand side by side, never on top of each other; every rate is
  against the same period a year earlier, and the axis says so.
"""

from __future__ import annotations

import datetime as dt
import textwrap

import pandas as pd
import plotly.graph_objects as go
from plotly.subplots import make_subplots

from dashboard.charts import (
    BOUND_SYMBOL,
    LAYOUT,
    METRIC_COLOR,
    MILLION,
    _bound_legend,
    _escape,
    _series_style,
    _time_axis,
    review_mark,
)
from dashboard.flows import flow_ends, flow_label
from dashboard.i18n import format_period, t
from dashboard.numbers import format_change, format_value

SEPARATORS = {"ru": ", ", "en": ".,"}  # Plotly's decimal and thousands separators: 12 500,5 / 12,500.5
FLOW_COLORS = ("#2e8b57", "#c0622b")  # the pair's first side → second side, and back


def _namer(place_name, lang: str):
    if place_name is not None:
        return place_name
    from etl.places import place_name as iso_name

    return lambda code: iso_name(code, lang)


def flow_key(row) -> tuple:
    """(metric family, origin, destination): turnover is one family, export and import are flows."""
    if row.metric == "turnover":
        return ("turnover", row.a, row.b)
    return ("flow", *flow_ends(row.metric, row.a, row.b))


def flow_color(key: tuple, pair: str | None) -> str:
    """Blue for a turnover; green for the flow from the pair's first code, orange for the way back."""
    if key[0] == "turnover":
        return METRIC_COLOR["turnover"]
    first = pair.split("~")[0] if isinstance(pair, str) else key[1]
    return FLOW_COLORS[0] if key[1] == first or str(key[1]).startswith(first + "-") else FLOW_COLORS[1]


def hover_text(row, lang: str, currency_mode: str, name, prefix: str = "") -> str:
    """Flow, status, period, value with its bound, who reported it, the sources and a quote."""
    usd = currency_mode == "USD"
    derived = bool(getattr(row, "is_derived", False))
    value = format_value(row.value_usd if usd else row.value, "USD" if usd else row.currency, lang, row.bound,
                         derived=derived)
    status = t("derived_short", lang) if derived else t("status_" + row.status, lang)
    if getattr(row, "unsure", None) is True:
        status += f" · ⚠ {t('flag_unsure', lang)}"
    mark = review_mark(getattr(row, "review_status", None), lang, long=True)
    lines = [f"<b>{prefix}{flow_label(row.metric, row.a, row.b, name)}, {status}</b>{mark}",
             f"{format_period(row.period_start, row.period_end, lang)}: {_escape(value)}"]
    if row.metric != "turnover":
        lines.append(t(f"reported_as_{row.metric}", lang, side=name(row.a)))
    titles = row.titles if isinstance(getattr(row, "titles", None), str) else ""
    quote = row.quote if isinstance(getattr(row, "quote", None), str) else ""
    if derived:
        titles, quote = t("derived", lang), quote
    lines.append(f"{t('col_sources', lang)}: {row.n_sources} — {_escape(titles[:117])}")
    if quote:
        lines.append(_escape(quote if len(quote) < 160 else quote[:157] + "…"))
    return "<br>".join(lines)


def _series_name(key: tuple, ptype: str, status: str, derived: bool, lang: str, name) -> str:
    label = t("metric_turnover", lang) if key[0] == "turnover" else f"{name(key[1])} → {name(key[2])}"
    out = f"{label} · {t('period_' + ptype, lang)}"
    if status == "target":
        out += f" · {t('status_target', lang)}"
    if derived:
        out += f" · {t('derived_short', lang)}"
    return out


def _panels(rows: pd.DataFrame, currency_mode: str) -> list[str]:
    if currency_mode == "USD":
        return ["USD"]
    return sorted(set(rows["currency"].dropna())) or ["?"]


def timeline(series: pd.DataFrame, lang: str, currency_mode: str, partner_of=None, place_name=None) -> go.Figure:
    """Each figure as a horizontal segment spanning its period, named by its flow; colour = flow,
    width = period type, dash = target, end marker = bound, dotted and hollow = derived. One
    panel per currency in original mode. With `partner_of`, traces per partner (or per pair)."""
    name = _namer(place_name, lang)
    col = "value_usd" if currency_mode == "USD" else "value"
    rows = series.dropna(subset=["period_start", "period_end"])
    rows = rows[rows[col].notna()]
    if "is_derived" not in rows:
        rows = rows.assign(is_derived=False)
    panels = _panels(rows, currency_mode)
    fig = make_subplots(rows=len(panels), cols=1, shared_xaxes=True, vertical_spacing=0.08) if len(panels) > 1 \
        else go.Figure()
    rows = rows.assign(_flow=[flow_key(r) for r in rows.itertuples()],
                       _panel="USD" if currency_mode == "USD" else rows["currency"].fillna("?"),
                       _partner=[partner_of(r) for r in rows.itertuples()] if partner_of else "")
    for key, grp in rows.groupby(["_panel", "_partner", "_flow", "period_type", "status", "is_derived"], sort=False):
        panel, partner, fkey, ptype, status, derived = key
        _add_series(fig, grp, panels, key, lang, currency_mode, name, partner_of is not None)
    _bound_legend(fig, rows, lang)
    fig.update_layout(**{**LAYOUT, "legend": {**LAYOUT["legend"], "y": -0.2}}, separators=SEPARATORS[lang],
                      height=450 + 260 * (len(panels) - 1))  # the legend below the "Period" title
    for i, panel in enumerate(panels, start=1):
        title = t("axis_value_usd", lang) if currency_mode == "USD" else t("axis_value_one", lang, cur=panel)
        fig.update_yaxes(title_text=title, rangemode="tozero", tickformat=",~r", row=i if len(panels) > 1 else None,
                         col=1 if len(panels) > 1 else None)
    fig.update_xaxes(title_text=t("axis_period", lang), row=len(panels) if len(panels) > 1 else None,
                     col=1 if len(panels) > 1 else None)
    if len(rows):
        _time_axis(fig, rows["period_start"].min(), rows["period_end"].max(), lang)
    return fig


def _add_series(fig, grp, panels, key, lang, currency_mode, name, by_partner: bool) -> None:
    panel, partner, fkey, ptype, status, derived = key
    col = "value_usd" if currency_mode == "USD" else "value"
    xs, ys, mx, my, msym, mhover = [], [], [], [], [], []
    for r in grp.itertuples():
        y = getattr(r, col) / MILLION
        xs += [r.period_start, r.period_end + dt.timedelta(days=1), None]
        ys += [y, y, None]
        mx.append(r.period_end)
        my.append(y)
        symbol = BOUND_SYMBOL.get(r.bound, "circle")
        msym.append(f"{symbol}-open" if derived else symbol)
        mhover.append(hover_text(r, lang, currency_mode, name, f"{partner} · " if by_partner else ""))
    label = _series_name(fkey, ptype, status, bool(derived), lang, name)
    if by_partner:
        label = f"{partner} · {label}"
    if len(panels) > 1:
        label += f" · {panel}"
    color = None if by_partner else flow_color(fkey, grp["pair"].iloc[0] if "pair" in grp else None)
    line, marker = _series_style(color, ptype, status, bool(derived))
    where = {"row": panels.index(panel) + 1, "col": 1} if len(panels) > 1 else {}
    fig.add_trace(go.Scatter(x=xs, y=ys, mode="lines", name=label, legendgroup=label, line=line,
                             hoverinfo="skip", opacity=0.55 if ptype != "year" or derived else 0.9), **where)
    fig.add_trace(go.Scatter(x=mx, y=my, mode="markers", name=label, legendgroup=label, showlegend=False,
                             marker={**marker, "symbol": msym}, hovertext=mhover, hoverinfo="text"), **where)


def side_by_side(rows: pd.DataFrame) -> pd.DataFrame:
    """Slots for bars whose periods overlap (one period's flows, or a year and its first months):
    each group of overlapping periods is one span, split into as many slots as it has bars, so no
    bar is drawn over another. Adds _span_start, _span_end, _slot, _slots."""
    rows = rows.sort_values(["period_start", "period_end"]).copy()
    group, end, groups = -1, None, []
    for s, e in zip(rows["period_start"], rows["period_end"], strict=True):
        if end is None or s > end:
            group, end = group + 1, e
        else:
            end = max(end, e)
        groups.append(group)
    rows["_group"] = groups
    by = rows.groupby("_group")
    rows["_span_start"] = by["period_start"].transform("min")
    rows["_span_end"] = by["period_end"].transform("max")
    rows["_slot"] = by.cumcount()
    rows["_slots"] = by["_slot"].transform("max") + 1
    return rows


def growth(series: pd.DataFrame, lang: str, span: tuple | None = None, place_name=None) -> go.Figure:
    """Change rates as bars within their periods, one colour per flow; bars of one period stand
    side by side. `span` (first, last day) gives the value chart's time axis, so periods line up."""
    name = _namer(place_name, lang)
    rows = series.dropna(subset=["change_pct", "period_start", "period_end"]).copy()
    rows["_flow"] = [flow_key(r) for r in rows.itertuples()]
    rows["_target"] = rows["status"].eq("target") if "status" in rows else False
    rows = side_by_side(rows)
    fig = go.Figure()
    for (fkey, target), grp in rows.groupby(["_flow", "_target"], sort=False):
        days = [(e - s).days + 1 for s, e in zip(grp["_span_start"], grp["_span_end"], strict=True)]
        width = [d * 86_400_000 * 0.9 / k * 0.9 for d, k in zip(days, grp["_slots"], strict=True)]  # a gap
        mid = [s + dt.timedelta(days=d * (0.05 + 0.9 * (i + 0.5) / k))
               for s, d, i, k in zip(grp["_span_start"], days, grp["_slot"], grp["_slots"], strict=True)]
        text = [format_change(c, lang, b, pd.notna(v)) for c, b, v in zip(grp["change_pct"], grp["bound"],
                                                                           grp["value"], strict=True)]
        label = _series_name(fkey, "year", "reported", False, lang, name).split(" · ")[0]
        if target:  # a planned growth ("увеличить на 40 %") is no growth that happened: hatched, named
            label += f" · {t('status_target', lang)}"
        unsure = grp["unsure"].eq(True) if "unsure" in grp else [False] * len(grp)
        hover = [f"{label} · {format_period(s, e, lang)}: {p} ({t('axis_change', lang)})"
                 + (f" · ⚠ {t('flag_unsure', lang)}" if u else "")
                 for s, e, p, u in zip(grp["period_start"], grp["period_end"], text, unsure, strict=True)]
        fig.add_trace(go.Bar(x=mid, y=grp["change_pct"], width=width, name=label,
                             marker_color=flow_color(fkey, grp["pair"].iloc[0] if "pair" in grp else None),
                             marker_pattern_shape="/" if target else "",
                             opacity=0.5 if target else 0.85, text=text, hovertext=hover, hoverinfo="text"))
    fig.update_layout(**LAYOUT, barmode="overlay", title=t("growth_title_yoy", lang), height=340,
                      separators=SEPARATORS[lang],
                      # two lines: one ran past the top of the 340 px chart in Russian
                      yaxis_title="<br>".join(textwrap.wrap(t("axis_change", lang), 30)),
                      xaxis_title=t("axis_period", lang))
    if span is None and len(rows):
        span = (rows["period_start"].min(), rows["period_end"].max())
    if span is not None:
        _time_axis(fig, span[0], span[1], lang)
    return fig



