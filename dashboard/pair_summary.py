"""The Pair page's headline numbers as pure functions of its series (a `data.load_series` frame):
the latest reported figure of each metric and each target against the latest actual. The page and
the printed brief (dashboard/brief) both call these, so the paper shows exactly what the screen does.
No Streamlit, no database.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass

import pandas as pd
import plotly.graph_objects as go

from dashboard import charts
from dashboard.flows import flow_ends
from dashboard.i18n import t
from etl.filters import FilterState

MAX_TARGETS = 6


@dataclass(frozen=True)
class Figure:
    """One series row as shown: value in the currency of the view (USD, or the row's own)."""

    pair: str
    metric: str
    a: str
    b: str
    status: str
    period_start: dt.date | None
    period_end: dt.date | None
    bound: str
    value: float | None
    currency: str | None
    change_pct: float | None
    n_sources: int
    unsure: bool = False         # every fact behind it is unsure (pair_series.unsure)


@dataclass(frozen=True)
class TargetProgress:
    """A target and the latest reported figure of the same pair, metric and currency, if any."""

    target: Figure
    actual: Figure | None

    @property
    def pct(self) -> float | None:
        """How far the actual is towards the target, in percent."""
        if self.actual is None or not self.target.value:
            return None
        return 100 * self.actual.value / self.target.value


def focus_state(state: FilterState, kind: str, code: str) -> FilterState:
    """The filters narrowed to the Pair page's focus: one pair (`kind` "pair", code `A~B`), several
    pairs compared ("pairs", `A~B,C~D`) or one region against all its partners ("region"): the
    selection the page and the brief show."""
    if kind == "pair":
        return dataclasses.replace(state, pairs=(tuple(code.split("~")),), regions=())
    if kind == "pairs":
        return dataclasses.replace(state, pairs=tuple(tuple(p.split("~")) for p in code.split(",")), regions=())
    return dataclasses.replace(state, pairs=(), regions=(code,))


def focus_name(kind: str, code: str, lang: str, region_name) -> str:
    """The focus in words: "Минск ↔ Москва", "Гродненская область", "Сравнение пар: …"."""
    def pair_name(p: str) -> str:
        a, _, b = p.partition("~")
        return f"{region_name(a)} ↔ {region_name(b)}"
    if kind == "pairs":
        return t("pair_compare", lang, names=" + ".join(pair_name(p) for p in code.split(",")))
    return pair_name(code) if kind == "pair" else region_name(code)


def _opt(v):
    return None if v is None or (not isinstance(v, str) and pd.isna(v)) else v


def _date(v) -> dt.date | None:
    v = _opt(v)
    return v.date() if isinstance(v, pd.Timestamp) else v


def figure(row, usd: bool) -> Figure:
    """A series row (namedtuple from itertuples) as a Figure in USD or its own currency."""
    return Figure(pair=row.pair, metric=row.metric, a=row.a, b=row.b, status=row.status,
                  period_start=_date(row.period_start), period_end=_date(row.period_end),
                  bound=row.bound if isinstance(row.bound, str) else "eq",
                  value=_opt(row.value_usd if usd else row.value),
                  currency="USD" if usd else _opt(row.currency), change_pct=_opt(row.change_pct),
                  n_sources=int(row.n_sources), unsure=_opt(getattr(row, "unsure", None)) is True)


def _reported(series: pd.DataFrame, col: str) -> pd.DataFrame:
    derived = series["is_derived"].fillna(False).astype(bool)
    return series[(series["status"] == "reported") & ~derived & series[col].notna()]


def flow_of(metric: str, a, b) -> str:
    """The flow a row measures, whoever reported it: "turnover|A|B" (sides sorted) or
    "flow|ORIGIN|DESTINATION" — Belarus's export to China and China's import from Belarus are one."""
    if metric == "turnover":
        return "|".join(["turnover", *sorted((str(a), str(b)))])
    return "|".join(["flow", *map(str, flow_ends(metric, a, b))])


def _flows(rows: pd.DataFrame) -> pd.Series:
    return pd.Series([flow_of(m, a, b) for m, a, b in zip(rows["metric"], rows["a"], rows["b"], strict=True)],
                     index=rows.index, dtype=object)


def latest_figures(series: pd.DataFrame, usd: bool) -> list[Figure]:
    """The latest reported (not derived) figure of each flow (the turnover, each direction): the
    page's headline numbers, each named by its flow."""
    col = "value_usd" if usd else "value"
    rows = _reported(series, col).sort_values(["period_end", "period_start"])
    if rows.empty:
        return []
    return [figure(r, usd) for r in rows.groupby(_flows(rows), sort=False).tail(1).itertuples()]


def has_levels(series: pd.DataFrame, usd: bool) -> bool:
    """True when some row with a period has a value in the view's currency: a value chart to draw."""
    col = "value_usd" if usd else "value"
    return bool((series[col].notna() & series["period_start"].notna() & series["period_end"].notna()).any())


def latest_changes(series: pd.DataFrame, usd: bool) -> list[Figure]:
    """The latest reported change of each flow that has no level in the view's currency: what the
    headline can show for a pair whose sources give only growth rates ("Беларусь → Орловская
    область · 2024 · > +45 %"), each with its period."""
    col = "value_usd" if usd else "value"
    rows = series[(series["status"] == "reported") & series["change_pct"].notna() & series["period_end"].notna()]
    if rows.empty:
        return []
    with_level = set(_flows(_reported(series, col))) if len(_reported(series, col)) else set()
    rows = rows[~_flows(rows).isin(with_level)].sort_values(["period_end", "period_start"])
    if rows.empty:
        return []
    return [figure(r, usd) for r in rows.groupby(_flows(rows), sort=False).tail(1).itertuples()]


def target_progress(series: pd.DataFrame, usd: bool) -> list[TargetProgress]:
    """The latest target of each pair and metric (at most six) against the latest reported figure
    of the same pair and metric in the same currency up to the target's deadline, full years
    preferred: a 2021 target is judged by 2021 or before, never by a 2023 figure. In the original
    currencies a target in RUB is never measured against a figure in USD: when no figure shares
    its currency, both are compared in USD, where both have a USD value; with nothing to compare, the
    target is shown in its own currency."""
    col = "value_usd" if usd else "value"
    goals = series[(series["status"] == "target") & series[col].notna()]
    goals = goals.sort_values("period_end")
    goals = goals.groupby(_flows(goals), sort=False).tail(1).head(MAX_TARGETS) if len(goals) else goals
    out = []
    for g in goals.itertuples():
        in_usd = usd
        actual = _same(series, g, col, None if usd else g.currency)
        if actual is None and not usd and pd.notna(g.value_usd):
            in_dollars = _same(series, g, "value_usd", None)
            if in_dollars is not None:  # nothing to compare with at all: the target stays in its currency
                actual, in_usd = in_dollars, True
        out.append(TargetProgress(figure(g, in_usd), None if actual is None else figure(actual, in_usd)))
    return out


def _same(series: pd.DataFrame, goal, col: str, currency: str | None):
    """The latest reported row of the goal's flow with a value in `col` (and `currency`), ending no
    later than the goal's deadline when it has one."""
    rows = _reported(series, col)
    rows = rows[_flows(rows) == flow_of(goal.metric, goal.a, goal.b)] if len(rows) else rows
    if pd.notna(goal.period_end):
        rows = rows[rows["period_end"] <= goal.period_end]
    if currency is not None:
        rows = rows[rows["currency"] == currency]
    if (rows["period_type"] == "year").any():
        rows = rows[rows["period_type"] == "year"]
    if rows.empty:
        return None
    return next(rows.sort_values("period_end").tail(1).itertuples())


def pair_figures(series: pd.DataFrame, kind: str, code: str, lang: str, usd: bool,
                 region_name) -> tuple[go.Figure | None, go.Figure | None]:
    """The value chart (None when no figure has a value in the view's currency: never an empty
    axis with no currency) and (when the sources give changes) the growth chart on one time axis;
    a region's chart has one series per partner, a comparison one per pair."""
    partner_of = None
    if kind == "region":
        def partner_of(r):
            return region_name(r.b if r.a == code else r.a)
    elif kind == "pairs":
        def partner_of(r):
            a, _, b = r.pair.partition("~")
            return f"{region_name(a)} ↔ {region_name(b)}"
    values = None
    if has_levels(series, usd):
        values = charts.timeline(series, lang, "USD" if usd else "original", partner_of, region_name)
        values.update_layout(title=t("values_title", lang, name=focus_name(kind, code, lang, region_name)))
    if not series["change_pct"].notna().any():
        return values, None
    shown = series.dropna(subset=["period_start", "period_end"])
    if values is None:
        shown = shown[shown["change_pct"].notna()]
    span = (shown["period_start"].min(), shown["period_end"].max())
    return values, charts.growth(series, lang, span, region_name)
