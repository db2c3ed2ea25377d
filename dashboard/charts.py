"""DataFrame → Plotly figure. Pure functions: no Streamlit, no database.

One colour per metric everywhere; every axis says its unit; every text the user reads comes from
dashboard/i18n.py, so a figure is built for one language.
"""

from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from dashboard.i18n import MONTHS, format_money, format_pct, format_period, t
from dashboard.review_text import MARKS

METRIC_COLOR = {"turnover": "#1f5fa8", "export": "#2e8b57", "import": "#c0622b"}
BOUND_SYMBOL = {"eq": "circle", "gt": "triangle-up", "lt": "triangle-down", "approx": "diamond"}
PERIOD_WIDTH = {"year": 5, "half": 4, "months": 3, "quarter": 3, "month": 2, "other": 2}
PERIOD_ORDER = ("year", "half", "months", "quarter", "month", "other")
MILLION = 1e6
LAYOUT = {"margin": {"l": 10, "r": 10, "t": 50, "b": 10}, "hovermode": "closest",
          "legend": {"orientation": "h", "yanchor": "top", "y": -0.15}}


def review_mark(status, lang: str, long: bool = False) -> str:
    """' ✓' (confirmed), ' ✎' (corrected), ' ✚' (added) after a reviewed figure; '' otherwise.

    >>> review_mark("corrected", "en", long=True)
    ' ✎ corrected'
    """
    if status not in MARKS:
        return ""
    return " " + (t(f"rv_status_{status}", lang) if long else MARKS[status])


def _hover(row, lang: str, currency_mode: str, partner: str = "") -> str:
    value = (format_money(row.value_usd, "USD", lang) if currency_mode == "USD"
             else format_money(row.value, row.currency, lang))
    bound = {"gt": "> ", "lt": "< ", "approx": "≈ "}.get(row.bound, "")
    quote = row.quote if isinstance(row.quote, str) else ""
    quote = quote if len(quote) < 160 else quote[:157] + "…"
    titles = row.titles if isinstance(row.titles, str) else ""
    titles = titles if len(titles) < 120 else titles[:117] + "…"
    status = t("status_" + row.status, lang)
    if getattr(row, "is_derived", False):
        titles, quote, status = t("derived", lang), "", t("derived_short", lang)
    if getattr(row, "unsure", False) is True:
        status += f" · ⚠ {t('flag_unsure', lang)}"
    lines = [f"<b>{partner}{t('metric_' + row.metric, lang)}, {status}</b>"
             f"{review_mark(getattr(row, 'review_status', None), lang, long=True)}",
             f"{format_period(row.period_start, row.period_end, lang)}: {bound}{value}",
             f"{t('col_sources', lang)}: {row.n_sources} — {_escape(titles)}", _escape(quote)]
    return "<br>".join(lines)


def _escape(text: str) -> str:
    return text.replace("<", "&lt;").replace(">", "&gt;")


def _y(row, currency_mode: str) -> float | None:
    v = row.value_usd if currency_mode == "USD" else row.value
    return None if v is None or pd.isna(v) else v / MILLION


def timeline(series: pd.DataFrame, lang: str, currency_mode: str, partner_of=None) -> go.Figure:
    """Each figure as a horizontal segment spanning its period: a year, a half and a Jan–May figure
    never join into one line. Colour = metric, width = period type, dash = target, end marker = bound;
    a derived level (computed back from a later figure) is dotted with a hollow marker.
    With `partner_of`, one trace per partner instead (a region against all its partners)."""
    fig = go.Figure()
    rows = series.dropna(subset=["period_start", "period_end"])
    rows = rows[rows["value_usd" if currency_mode == "USD" else "value"].notna()]
    if "is_derived" not in rows:
        rows = rows.assign(is_derived=False)
    keys = ["metric", "period_type", "status", "is_derived"] + (["partner"] if partner_of else [])
    if partner_of:
        rows = rows.assign(partner=[partner_of(r) for r in rows.itertuples()])
    for key, grp in rows.groupby(keys, sort=False):
        metric, ptype, status, derived = key[:4]
        xs, ys, mx, my, msym, mhover = [], [], [], [], [], []
        for r in grp.itertuples():
            y = _y(r, currency_mode)
            xs += [r.period_start, r.period_end + dt.timedelta(days=1), None]
            ys += [y, y, None]
            mx.append(r.period_end)
            my.append(y)
            symbol = BOUND_SYMBOL.get(r.bound, "circle")
            msym.append(f"{symbol}-open" if derived else symbol)
            mhover.append(_hover(r, lang, currency_mode, f"{r.partner} · " if partner_of else ""))
        name = _series_name(metric, ptype, status, bool(derived), lang)
        if partner_of:
            name = f"{key[4]} · {name}"
        line, marker = _series_style(None if partner_of else METRIC_COLOR.get(metric), ptype, status, bool(derived))
        fig.add_trace(go.Scatter(x=xs, y=ys, mode="lines", name=name, legendgroup=name, line=line,
                                 hoverinfo="skip", opacity=0.55 if ptype != "year" or derived else 0.9))
        fig.add_trace(go.Scatter(x=mx, y=my, mode="markers", name=name, legendgroup=name, showlegend=False,
                                 marker={**marker, "symbol": msym}, hovertext=mhover, hoverinfo="text"))
    _bound_legend(fig, rows, lang)
    fig.update_layout(**LAYOUT, yaxis_title=value_axis_title(rows, lang, currency_mode),
                      xaxis_title=t("axis_period", lang))
    fig.update_yaxes(rangemode="tozero")  # a level axis cut above zero exaggerates every change
    if len(rows):
        _time_axis(fig, rows["period_start"].min(), rows["period_end"].max(), lang)
    return fig


def _time_axis(fig: go.Figure, first, last, lang: str) -> None:
    """Our date ticks and a fixed range from `first` to the day after `last`, padded a little, so
    the value and growth charts of one view share their time axis."""
    first, last = pd.Timestamp(first), pd.Timestamp(last) + pd.Timedelta(days=1)
    pad = (last - first) * 0.03
    fig.update_xaxes(**date_ticks(first, last, lang), range=[first - pad, last + pad])


def _series_name(metric: str, ptype: str, status: str, derived: bool, lang: str) -> str:
    name = f"{t('metric_' + metric, lang)} · {t('period_' + ptype, lang)}"
    if status == "target":
        name += f" · {t('status_target', lang)}"
    if derived:
        name += f" · {t('derived_short', lang)}"
    return name


def _series_style(color: str | None, ptype: str, status: str, derived: bool) -> tuple[dict, dict]:
    """Line and marker of one series: targets dashed, derived levels dotted with hollow markers."""
    dash = "dot" if derived else "dash" if status == "target" else "solid"
    line = {"width": PERIOD_WIDTH.get(ptype, 2), "dash": dash}
    marker = {"size": 11, "color": color, "line": {"width": 1, "color": "white"}}
    if derived:
        line["width"] = min(line["width"], 3)
        marker = {"size": 10, "color": color, "line": {"width": 2, "color": color}}
    if color:
        line["color"] = color
    return line, marker


def date_ticks(first, last, lang: str, max_ticks: int = 10) -> dict:
    """Tick positions and our own labels for a date axis from `first` to `last`: Plotly names
    months in English whatever the page language. Years when they fit, else months ("июл 2024")."""
    first, last = pd.Timestamp(first), pd.Timestamp(last)
    years = list(range(first.year, last.year + 2))
    if len(years) >= 4:
        step = -(-len(years) // max_ticks)
        vals = [dt.date(y, 1, 1) for y in years[::step]]
        return {"tickvals": vals, "ticktext": [str(v.year) for v in vals]}
    months = (last.year - first.year) * 12 + last.month - first.month + 2
    step = next(s for s in (1, 2, 3, 6, 12) if months / s <= max_ticks)
    vals, y, m = [], first.year, 1 + (first.month - 1) // step * step
    while dt.date(y, m, 1) <= (last + pd.offsets.MonthBegin(1)).date():
        vals.append(dt.date(y, m, 1))
        y, m = (y + 1, m + step - 12) if m + step > 12 else (y, m + step)
    return {"tickvals": vals, "ticktext": [f"{MONTHS[lang][v.month - 1]} {v.year}" for v in vals]}


def _bound_legend(fig: go.Figure, rows: pd.DataFrame, lang: str) -> None:
    """Legend entries explaining the marker symbols (a lower bound is not an exact value)."""
    for bound in [b for b in BOUND_SYMBOL if b in set(rows["bound"])]:
        fig.add_trace(go.Scatter(x=[None], y=[None], mode="markers", name=t(f"bound_{bound}", lang),
                                 marker={"symbol": BOUND_SYMBOL[bound], "size": 11, "color": "#666"}))
    if rows["is_derived"].any():
        fig.add_trace(go.Scatter(x=[None], y=[None], mode="lines+markers", name=t("derived_legend", lang),
                                 line={"dash": "dot", "width": 2, "color": "#666"},
                                 marker={"symbol": "circle-open", "size": 10, "color": "#666",
                                         "line": {"width": 2, "color": "#666"}}))


def value_axis_title(rows: pd.DataFrame, lang: str, currency_mode: str) -> str:
    if currency_mode == "USD":
        return t("axis_value_usd", lang)
    currencies = set(rows["currency"].dropna())
    if len(currencies) == 1:
        return t("axis_value_cur", lang, cur=currencies.pop())
    return t("axis_value_orig", lang)


def growth(series: pd.DataFrame, lang: str, span: tuple | None = None) -> go.Figure:
    """Change rates as bars spanning their periods, one colour per metric. `span` (first, last day)
    gives the time axis of the value chart above, so the periods line up."""
    fig = go.Figure()
    rows = series.dropna(subset=["change_pct", "period_start", "period_end"])
    for metric, grp in rows.groupby("metric", sort=False):
        width = [(e - s).days * 86_400_000 * 0.9 for s, e in zip(grp["period_start"], grp["period_end"], strict=True)]
        mid = [s + (e - s) / 2 for s, e in zip(grp["period_start"], grp["period_end"], strict=True)]
        text = [format_pct(v, lang) for v in grp["change_pct"]]
        unsure = grp["unsure"].eq(True) if "unsure" in grp else [False] * len(grp)
        hover = [f"{t('metric_' + metric, lang)} · {format_period(s, e, lang)}: {p}"
                 + (f" · ⚠ {t('flag_unsure', lang)}" if u else "") for s, e, p, u in
                 zip(grp["period_start"], grp["period_end"], text, unsure, strict=True)]
        fig.add_trace(go.Bar(x=mid, y=grp["change_pct"], width=width, name=t("metric_" + metric, lang),
                             marker_color=METRIC_COLOR.get(metric), opacity=0.8, text=text,
                             hovertext=hover, hoverinfo="text"))
    fig.update_layout(**LAYOUT, barmode="overlay", title=t("growth_title", lang), height=340,
                      yaxis_title=t("axis_change", lang), xaxis_title=t("axis_period", lang))
    if span is None and len(rows):
        span = (rows["period_start"].min(), rows["period_end"].max())
    if span is not None:
        _time_axis(fig, span[0], span[1], lang)
    return fig


def top_pairs(figures: pd.DataFrame, lang: str, pair_name, title: str, n: int = 15) -> go.Figure:
    """Ranked horizontal bars of USD value, biggest on top."""
    top = figures.dropna(subset=["value_usd"]).nlargest(n, "value_usd").iloc[::-1]
    metric = top["metric"].iloc[0] if len(top) else "turnover"
    fig = go.Figure(go.Bar(
        x=top["value_usd"] / MILLION, y=[pair_name(p) for p in top["pair"]], orientation="h",
        marker_color=METRIC_COLOR.get(metric),
        text=[format_money(v, "USD", lang) + review_mark(s, lang) for v, s in
              zip(top["value_usd"], top.get("review_status", pd.Series(None, index=top.index)), strict=True)],
        textposition="auto", textangle=0, insidetextanchor="end", hoverinfo="text+y"))
    fig.update_layout(**LAYOUT, title=title, xaxis_title=t("axis_value_usd", lang),
                      height=max(300, 28 * len(top) + 120))
    return fig


# Plotly loads map outlines from this URL prefix; the app serves them itself (dashboard/static).
MAP_CONFIG = {"topojsonURL": "app/static/topojson/"}


# Line widths on the flow map: this many classes from 1 px to 12 px, one trace each. A trace per
# pair (200 pairs on the benchmark) cost a quarter of a second to build and as long to draw.
WIDTH_CLASSES = 6


def great_circle_midpoint(lat_a, lon_a, lat_b, lon_b) -> tuple[np.ndarray, np.ndarray]:
    """Midpoints of the great-circle arcs Plotly draws between the points, in degrees.

    >>> [round(float(x[0]), 1) for x in great_circle_midpoint([0.0], [0.0], [0.0], [90.0])]
    [0.0, 45.0]
    """
    la, lo, lb, lob = (np.radians(np.asarray(v, dtype=float)) for v in (lat_a, lon_a, lat_b, lon_b))
    bx, by = np.cos(lb) * np.cos(lob - lo), np.cos(lb) * np.sin(lob - lo)
    lat = np.arctan2(np.sin(la) + np.sin(lb), np.hypot(np.cos(la) + bx, by))
    lon = lo + np.arctan2(by, np.cos(la) + bx)
    return np.degrees(lat), (np.degrees(lon) + 540) % 360 - 180


def flow_map(figures: pd.DataFrame, regions: pd.DataFrame, lang: str, pair_name, title: str) -> go.Figure:
    """Lines between the regions' centres, width by USD value (in WIDTH_CLASSES steps), the value
    on hover at a dot in each line's middle; Scattergeo needs no map tiles."""
    where = regions.set_index("code")[["lat", "lon"]]
    rows = figures.dropna(subset=["value_usd"])
    rows = rows[rows["a"].isin(where.index) & rows["b"].isin(where.index)].reset_index(drop=True)
    fig = go.Figure()
    color = METRIC_COLOR.get(rows["metric"].iloc[0] if len(rows) else "turnover")
    a, b = where.loc[rows["a"]].to_numpy(), where.loc[rows["b"]].to_numpy()
    share = rows["value_usd"] / rows["value_usd"].max() if len(rows) else rows["value_usd"]
    level = np.floor(share * (WIDTH_CLASSES - 1) + 0.5).astype(int)  # halves round up
    for k in sorted(set(level)):
        idx = np.flatnonzero(level == k)
        lat = np.column_stack([a[idx, 0], b[idx, 0], np.full(len(idx), np.nan)]).ravel()
        lon = np.column_stack([a[idx, 1], b[idx, 1], np.full(len(idx), np.nan)]).ravel()
        fig.add_trace(go.Scattergeo(lat=lat, lon=lon, mode="lines", showlegend=False, hoverinfo="skip",
                                    line={"width": 1 + 11 * k / (WIDTH_CLASSES - 1), "color": color},
                                    opacity=0.7, connectgaps=False))
    mid_lat, mid_lon = great_circle_midpoint(a[:, 0], a[:, 1], b[:, 0], b[:, 1])
    marks = rows.get("review_status", pd.Series(None, index=rows.index))
    labels = [f"{pair_name(p)}: {format_money(v, 'USD', lang)}{review_mark(s, lang, long=True)}"
              for p, v, s in zip(rows["pair"], rows["value_usd"], marks, strict=True)]
    fig.add_trace(go.Scattergeo(lat=mid_lat, lon=mid_lon, mode="markers", text=labels, hoverinfo="text",
                                marker={"size": 7, "color": color, "line": {"width": 1, "color": "#fff"}},
                                showlegend=False, name="values"))
    codes = sorted(set(rows["a"]) | set(rows["b"]))
    fig.add_trace(go.Scattergeo(lat=where.loc[codes, "lat"], lon=where.loc[codes, "lon"], mode="markers",
                                marker={"size": 6, "color": "#333"}, text=codes, hoverinfo="text",
                                showlegend=False))
    fig.update_geos(fitbounds="locations", showcountries=True, countrycolor="#aaa", showland=True,
                    landcolor="#f2f5f9", projection_type="mercator", resolution=110)
    fig.update_layout(**LAYOUT, title=title, height=480)
    return fig


def heatmap(matrix: pd.DataFrame, lang: str, title: str, row_name, col_name,
            unsure: pd.DataFrame | None = None) -> go.Figure:
    """Belarusian regions (rows) × partners (columns), USD million; a cell with an unsure figure
    (`unsure`, the same shape, true) is marked ⚠ in its text and hover."""
    z = matrix.to_numpy() / MILLION
    flags = unsure.reindex(index=matrix.index, columns=matrix.columns).fillna(False).to_numpy(dtype=bool) \
        if unsure is not None else np.zeros(z.shape, dtype=bool)

    def cells(mark: str) -> list[list[str]]:
        return [[format_money(v * MILLION, "USD", lang) + (mark if f else "") if v == v else "" for v, f in
                 zip(row, frow, strict=True)] for row, frow in zip(z, flags, strict=True)]

    text, hover = cells(" ⚠"), cells(f" ⚠ {t('flag_unsure', lang)}")
    fig = go.Figure(go.Heatmap(
        z=z, x=list(matrix.columns), y=list(matrix.index), text=text, hovertext=hover, hoverinfo="text+x+y",
        texttemplate="%{text}", colorscale="Blues", zmin=0, zmax=float(np.nanmax(z)) if z.size else 1.0,
        colorbar={"title": {"text": t("colorbar", lang)}}, hoverongaps=False))
    fig.update_xaxes(tickvals=list(matrix.columns), ticktext=[col_name(c) for c in matrix.columns],
                     title=t("axis_partner", lang))
    fig.update_yaxes(tickvals=list(matrix.index), ticktext=[row_name(c) for c in matrix.index],
                     title=t("axis_by_region", lang), autorange="reversed")
    fig.update_layout(**LAYOUT, title=title, height=max(350, 40 * len(matrix) + 200))
    return fig
