"""Cooperation events as Plotly figures: pure functions of a DataFrame (dashboard/events_data.py),
no Streamlit. Planned events are hollow markers, held ones filled; one marker row per type."""

from __future__ import annotations

import textwrap

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from dashboard.charts import LAYOUT, date_ticks
from dashboard.i18n import format_period, t
from etl.model import EVENT_TYPES

TYPE_COLOR = {"visit": "#1f5fa8", "meeting": "#2e8b57", "agreement": "#8e44ad", "forum": "#c0622b",
              "commission": "#7f6000"}
TYPE_SYMBOL = {"visit": "circle", "meeting": "square", "agreement": "star", "forum": "diamond",
               "commission": "hexagon"}


def format_day(value, lang: str) -> str:
    """A date as its reader writes it: ru 13.08.2025, en 13 Aug 2025."""
    d = pd.Timestamp(value)
    if lang == "en":
        return d.strftime("%d %b %Y")
    return d.strftime("%d.%m.%Y")


def when_text(row, lang: str) -> str:
    """The event's date or span, or that the text gave none and which article reported it."""
    if not row.dated:
        return t("ev_undated", lang, day=format_day(row.published, lang))
    start, end = pd.Timestamp(row.date_start), pd.Timestamp(row.date_end)
    if start.day == 1 and end.is_month_end and end > start:   # "в сентябре", "в 2026 году"
        return format_period(start.date(), end.date(), lang)
    first, last = format_day(start, lang), format_day(end, lang)
    return first if first == last else f"{first} – {last}"


def _hover(row, lang: str) -> str:
    quote = "<br>".join(textwrap.wrap(str(row.quote), 90)[:4])
    status = t(f"ev_status_{row.status}", lang)
    return (f"<b>{t('ev_type_' + row.type, lang)}</b> · {status}<br>{when_text(row, lang)}<br>"
            f"{row.pair_label}<br><i>{quote}</i>")


def event_rows(events: pd.DataFrame, lang: str, pair_label, x_range=None) -> go.Figure:
    """One marker row per event type along time, on the value chart's axis (`x_range`): hover
    with the date, type, status and quote; planned hollow, held filled."""
    fig = go.Figure()
    present = [e for e in EVENT_TYPES if e in set(events["type"])]
    rows = events.assign(pair_label=[pair_label(p) for p in events["pair"]])
    for kind in present:
        for status in ("held", "planned"):
            grp = rows[(rows["type"] == kind) & (rows["status"] == status)]
            if grp.empty:
                continue
            symbol = TYPE_SYMBOL[kind] + ("-open" if status == "planned" else "")
            fig.add_trace(go.Scatter(
                x=grp["when"], y=[t(f"ev_types_{kind}", lang)] * len(grp), mode="markers",
                name=f"{t(f'ev_types_{kind}', lang)} · {t(f'ev_status_{status}', lang)}",
                marker={"symbol": symbol, "size": 13, "color": TYPE_COLOR[kind],
                        "line": {"width": 2, "color": TYPE_COLOR[kind]}},
                hovertext=[_hover(r, lang) for r in grp.itertuples()], hoverinfo="text"))
    # the legend below the date ticks, not over them: the chart is short
    fig.update_layout(**{**LAYOUT, "margin": {"l": 10, "r": 10, "t": 40, "b": 10},
                         "legend": {"orientation": "h", "yanchor": "top", "y": -0.55 if len(present) < 3 else -0.3}},
                      height=130 + 45 * max(len(present), 1), title=t("ev_chart_title", lang))
    fig.update_yaxes(categoryorder="array", categoryarray=[t(f"ev_types_{k}", lang) for k in present][::-1])
    if x_range is not None:
        first, last = pd.Timestamp(x_range[0]), pd.Timestamp(x_range[1])
    elif len(rows):
        first, last = rows["when"].min(), rows["when"].max() + pd.Timedelta(days=1)
        pad = max(last - first, pd.Timedelta(days=60)) * 0.05
        first, last = first - pad, last + pad
    else:
        return fig
    fig.update_xaxes(**date_ticks(first, last, lang), range=[first, last])
    return fig


def contacts_heatmap(matrix: pd.DataFrame, lang: str, title: str, row_name, col_name) -> go.Figure:
    """Belarusian sides (rows) × partners (columns): the number of cooperation events."""
    z = matrix.to_numpy(dtype=float).copy()
    z[z == 0] = np.nan
    text = [["" if v != v else str(int(v)) for v in row] for row in z]
    fig = go.Figure(go.Heatmap(
        z=z, x=list(matrix.columns), y=list(matrix.index), text=text, texttemplate="%{text}", hoverinfo="text+x+y",
        colorscale="Greens", zmin=0, zmax=float(np.nanmax(z)) if np.isfinite(z).any() else 1.0,
        colorbar={"title": {"text": t("ev_colorbar", lang)}, "dtick": 1}, hoverongaps=False))
    fig.update_xaxes(tickvals=list(matrix.columns), ticktext=[col_name(c) for c in matrix.columns],
                     title=t("axis_partner", lang))
    fig.update_yaxes(tickvals=list(matrix.index), ticktext=[row_name(c) for c in matrix.index],
                     title=t("axis_by_region", lang), autorange="reversed")
    fig.update_layout(**LAYOUT, title=title, height=max(350, 40 * len(matrix) + 200))
    return fig


def counts_text(counts: dict[str, int], lang: str) -> str:
    """ "визиты 3 · соглашения 1 · форумы 2"; an empty dict reads as "no contacts".

    >>> counts_text({"visit": 3, "agreement": 1, "forum": 2}, "ru")
    'визиты 3 · соглашения 1 · форумы 2'
    >>> counts_text({}, "en")
    'no contacts'
    """
    if not counts:
        return t("ev_none_short", lang)
    return " · ".join(f"{t('ev_types_' + k, lang)} {n}" for k, n in counts.items())
