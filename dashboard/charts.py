"""DataFrame → Plotly figure. Pure functions: no Streamlit, no database.

One colour per metric everywhere; every axis says its unit; every text the user reads comes from
dashboard/i18n.py, so a figure is built for one language.
"""

from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from dashboard.i18n import MONTHS, format_money, t
from dashboard.numbers import bound_prefix
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


def _escape(text: str) -> str:
    return text.replace("<", "&lt;").replace(">", "&gt;")


def _y(row, currency_mode: str) -> float | None:
    v = row.value_usd if currency_mode == "USD" else row.value
    return None if v is None or pd.isna(v) else v / MILLION


def timeline(series: pd.DataFrame, lang: str, currency_mode: str, partner_of=None, place_name=None) -> go.Figure:
    """The Pair page's values by period (dashboard/pair_charts.py: flows, one panel per currency)."""
    from dashboard import pair_charts

    return pair_charts.timeline(series, lang, currency_mode, partner_of, place_name)


def _time_axis(fig: go.Figure, first, last, lang: str) -> None:
    """Our date ticks and a fixed range from `first` to the day after `last`, padded a little, so
    the value and growth charts of one view share their time axis."""
    first, last = pd.Timestamp(first), pd.Timestamp(last) + pd.Timedelta(days=1)
    pad = (last - first) * 0.03
    fig.update_xaxes(**date_ticks(first, last, lang), range=[first - pad, last + pad])


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


def growth(series: pd.DataFrame, lang: str, span: tuple | None = None, place_name=None) -> go.Figure:
    """Growth rates against the same period a year earlier (dashboard/pair_charts.py)."""
    from dashboard import pair_charts

    return pair_charts.growth(series, lang, span, place_name)


def top_pairs(figures: pd.DataFrame, lang: str, pair_name, title: str, n: int = 15, labels=None,
              counted=None) -> go.Figure:
    """Ranked horizontal bars of USD value, biggest on top, each value with its bound. With
    `counted` (one flag per row), pairs inside a broader pair (not in the total) are grey."""
    figures = figures.assign(_label=labels if labels is not None else [pair_name(p) for p in figures["pair"]],
                             _counted=counted if counted is not None else True)
    top = figures.dropna(subset=["value_usd"]).nlargest(n, "value_usd").iloc[::-1]
    metric = top["metric"].iloc[0] if len(top) else "turnover"
    fig = go.Figure()
    for flag, grp in top.groupby("_counted", sort=False):
        fig.add_trace(go.Bar(
            x=grp["value_usd"] / MILLION, y=grp["_label"], orientation="h",
            marker_color=METRIC_COLOR.get(metric) if flag else "#b8b8b8",
            name=t("top_counted" if flag else "top_nested", lang), showlegend=counted is not None,
            text=[bound_prefix(b) + format_money(v, "USD", lang) + review_mark(r, lang)
                  for v, b, r in zip(grp["value_usd"], grp["bound"],
                                     grp.get("review_status", pd.Series(None, index=grp.index)), strict=True)],
            textposition="auto", textangle=0, insidetextanchor="end", hoverinfo="text+y", cliponaxis=False))
    # Room right of the longest bar for the values written beside the short ones: a value cut at the
    # plot's edge would lose its bound or its currency.
    top_value = float(top["value_usd"].max() / MILLION) if len(top) else 1.0
    fig.update_xaxes(tickformat=",~r", range=[0, top_value * 1.3])
    fig.update_layout(**LAYOUT, title=title, xaxis_title=t("axis_value_usd", lang), barmode="overlay",
                      separators=", " if lang == "ru" else ".,",
                      height=max(300, 28 * len(top) + 120))
    fig.update_yaxes(categoryorder="array", categoryarray=list(top["_label"]))
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


def on_map(figures: pd.DataFrame, regions: pd.DataFrame) -> pd.Series:
    """Which figures `flow_map` draws: a USD value and coordinates for both places. `off_map` names
    the rest with a value, so the two never disagree on what is missing from the map."""
    known = set(regions.loc[regions["lat"].notna() & regions["lon"].notna(), "code"])
    return figures["value_usd"].notna() & figures["a"].isin(known) & figures["b"].isin(known)


def off_map(figures: pd.DataFrame, regions: pd.DataFrame) -> list[int]:
    """Positions of the figures `flow_map` cannot draw: a USD value, but a place without coordinates."""
    missing = figures["value_usd"].notna() & ~on_map(figures, regions)
    return [int(i) for i in np.flatnonzero(missing.to_numpy())]


def flow_map(figures: pd.DataFrame, regions: pd.DataFrame, lang: str, pair_name, title: str, labels=None,
             place_name=None) -> go.Figure:
    """Lines between the regions' centres, width by USD value (in WIDTH_CLASSES steps), the value
    on hover at a dot in each line's middle; Scattergeo needs no map tiles."""
    where = regions.set_index("code")[["lat", "lon"]]
    figures = figures.assign(_label=labels if labels is not None else [pair_name(p) for p in figures["pair"]])
    rows = figures[on_map(figures, regions)].reset_index(drop=True)
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
    labels = [f"{p}: {bound_prefix(b)}{format_money(v, 'USD', lang)}{review_mark(s, lang, long=True)}"
              for p, v, b, s in zip(rows["_label"], rows["value_usd"], rows["bound"], marks, strict=True)]
    fig.add_trace(go.Scattergeo(lat=mid_lat, lon=mid_lon, mode="markers", text=labels, hoverinfo="text",
                                marker={"size": 7, "color": color, "line": {"width": 1, "color": "#fff"}},
                                showlegend=False, name="values"))
    codes = sorted(set(rows["a"]) | set(rows["b"]))
    fig.add_trace(go.Scattergeo(lat=where.loc[codes, "lat"], lon=where.loc[codes, "lon"], mode="markers",
                                marker={"size": 6, "color": "#333"}, hoverinfo="text",
                                text=[place_name(c) if place_name else c for c in codes],
                                showlegend=False))
    fig.update_geos(**map_window(where.loc[codes, "lat"], where.loc[codes, "lon"]), showcountries=True,
                    countrycolor="#aaa", showland=True, landcolor="#f2f5f9", projection_type="mercator",
                    resolution=110)
    fig.update_layout(**LAYOUT, title=title, height=480)
    return fig


def map_window(lat, lon, min_lat: float = 14.0, min_lon: float = 28.0) -> dict:
    """Centre and zoom around the places, padded and never narrower than a region of countries:
    two neighbours (Belarus and Smolensk) would otherwise fill the map edge to edge with no outline
    to recognize them by. Centre and scale, not axis ranges, so the world's outlines stay whole.

    >>> map_window([53.9, 54.8], [27.6, 32.0])["projection_scale"]  # the height binds: 14 degrees of latitude
    10.0
    """
    if not len(lat):
        return {"fitbounds": False}
    lat0, lat1, lon0, lon1 = float(min(lat)), float(max(lat)), float(min(lon)), float(max(lon))
    dlat, dlon = max(lat1 - lat0 + 6, min_lat), max(lon1 - lon0 + 10, min_lon)
    # Mercator stretches latitudes by 1/cos(lat): a degree of latitude near Moscow takes the room of
    # about 1.7 degrees of longitude, and the map is about one and a half times as wide as it is high.
    stretch = 1 / max(np.cos(np.radians((lat0 + lat1) / 2)), 0.2)
    scale = min(360 / dlon, 360 / (dlat * stretch * 1.5))
    return {"fitbounds": False, "center": {"lat": (lat0 + lat1) / 2, "lon": (lon0 + lon1) / 2},
            "projection_scale": round(float(scale), 1)}


def heatmap(matrix: pd.DataFrame, lang: str, title: str, row_name, col_name, texts=None, hovers=None,
            pairs=None) -> go.Figure:
    """Belarusian regions (rows) × partners (columns), USD million. `texts` and `hovers` (frames
    like `matrix`) give each cell's label and hover; with `pairs`, a transparent marker on every
    cell carries its pair as customdata, so a click selects it (Plotly heatmaps give no points)."""
    z = matrix.to_numpy() / MILLION
    if texts is None:
        texts = pd.DataFrame([[format_money(v * MILLION, "USD", lang) if v == v else "" for v in row] for row in z],
                             index=matrix.index, columns=matrix.columns)
    text = texts.fillna("").to_numpy().tolist()
    hover = hovers.fillna("").to_numpy().tolist() if hovers is not None else text
    fig = go.Figure(go.Heatmap(
        z=z, x=list(matrix.columns), y=list(matrix.index), text=text, hovertext=hover, hoverinfo="text",
        texttemplate="%{text}", colorscale="Blues", zmin=0, zmax=float(np.nanmax(z)) if z.size else 1.0,
        colorbar={"title": {"text": t("colorbar", lang)}, "tickformat": ",~r"}, hoverongaps=False,
        textfont={"size": 12}))
    if pairs is not None:
        cells = [(r, c, pairs.at[r, c], hovers.at[r, c] if hovers is not None else "")
                 for r in matrix.index for c in matrix.columns if isinstance(pairs.at[r, c], str)]
        fig.add_trace(go.Scatter(
            x=[c[1] for c in cells], y=[c[0] for c in cells], customdata=[c[2] for c in cells],
            hovertext=[c[3] for c in cells], hoverinfo="text", mode="markers", showlegend=False, name="cells",
            marker={"symbol": "square", "size": 34, "color": "rgba(0,0,0,0)"}))
    fig.update_xaxes(tickvals=list(matrix.columns), ticktext=[col_name(c) for c in matrix.columns],
                     title=t("axis_partner", lang))
    fig.update_yaxes(tickvals=list(matrix.index), ticktext=[row_name(c) for c in matrix.index],
                     title=t("axis_by_region", lang), autorange="reversed")
    fig.update_layout(**LAYOUT, title=title, height=max(350, 40 * len(matrix) + 200), clickmode="event+select",
                      separators=", " if lang == "ru" else ".,")
    return fig
