"""DataFrame → Plotly figure. Pure functions: no Streamlit, no database."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

BOUND_SYMBOL = {"eq": "circle", "gt": "triangle-up", "lt": "triangle-down", "approx": "diamond"}
BOUND_LABEL = {"eq": "=", "gt": ">", "lt": "<", "approx": "≈"}
METRIC_COLOR = {"turnover": "#1f5fa8", "export": "#2e8b57", "import": "#c0622b"}


def pair_timeline(facts: pd.DataFrame, title: str = "") -> go.Figure:
    """Values over time, one trace per metric and currency: x = period end, hover = period, bound, quote."""
    fig = go.Figure()
    data = facts.dropna(subset=["value", "period_end"])
    for (metric, currency), grp in data.groupby(["metric", "currency"], sort=True):
        hover = [
            f"{m} {BOUND_LABEL.get(b, b)} {v:,.0f} {c}<br>{ps} – {pe}<br>{q}"
            for m, b, v, c, ps, pe, q in zip(grp["metric"], grp["bound"], grp["value"], grp["currency"],
                                              grp["period_start"], grp["period_end"], grp["quote"],
                                              strict=True)
        ]
        fig.add_trace(go.Scatter(
            x=grp["period_end"], y=grp["value"], mode="markers+lines", name=f"{metric} ({currency})",
            marker={"symbol": [BOUND_SYMBOL.get(b, "circle") for b in grp["bound"]], "size": 11,
                    "color": METRIC_COLOR.get(metric)},
            hovertext=[h.replace("\n", " ") for h in hover], hoverinfo="text",
        ))
    fig.update_layout(title=title, xaxis_title="period end", yaxis_title="value (currency units)",
                      hovermode="closest", legend_title="metric")
    return fig
