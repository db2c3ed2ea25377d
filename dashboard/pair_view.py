"""The Pair page's numbers, pure: the latest figure of each flow, targets against same-currency
figures, and the table of points with bounds, derivations and sources. Every figure is named by
its flow ("Беларусь → Китай"), whoever reported it."""

from __future__ import annotations

import pandas as pd

from dashboard.charts import review_mark
from dashboard.i18n import format_period, t
from dashboard.numbers import format_change, format_value


def derived_from(row, lang: str) -> str | None:
    """For a derived level: the fact it was computed from, with its value, period, change and quote."""
    if not row.is_derived or not isinstance(row.quote, str):
        return None
    value = format_value(row.src_value, row.src_currency, lang, row.src_bound)
    return t("derived_note", lang, value=value, period=format_period(row.src_period_start, row.src_period_end, lang),
             change=format_change(row.src_change_pct, lang), quote=row.quote)


def points_table(series: pd.DataFrame, lang: str, flow_name, metric_name, pair_name) -> pd.DataFrame:
    """The table under the charts: every point with formatted values and bounds, no raw numbers."""
    def tr(key):
        return t(key, lang)

    return pd.DataFrame({
        tr("col_pair"): [pair_name(p) for p in series["pair"]],
        tr("col_flow"): [flow_name(m, a, b) for m, a, b in zip(series["metric"], series["a"], series["b"],
                                                                strict=True)],
        tr("col_metric"): [metric_name(m) for m in series["metric"]],
        tr("col_period"): [format_period(s, e, lang) for s, e in zip(series["period_start"], series["period_end"],
                                                                      strict=True)],
        tr("col_status"): [tr("derived_short") if d else tr(f"status_{s}")
                           for s, d in zip(series["status"], series["is_derived"], strict=True)],
        tr("col_value"): [format_value(r.value, r.currency, lang, r.bound, bool(r.is_derived))
                          for r in series.itertuples()],
        tr("col_value_usd_fmt"): [format_value(r.value_usd, "USD", lang, r.bound, bool(r.is_derived))
                                  for r in series.itertuples()],
        tr("col_change"): [format_change(r.change_pct, lang, r.bound, pd.notna(r.value))
                           for r in series.itertuples()],
        tr("col_sources"): series["n_sources"],
        tr("flag_conflict"): series["conflict"],
        tr("flag_unsure"): series["unsure"].eq(True) if "unsure" in series else False,
        tr("col_confidence"): [None if pd.isna(c) else round(float(c), 2)
                               for c in series.get("confidence", pd.Series(None, index=series.index))],
        tr("col_review"): [review_mark(s, lang, long=True).strip()
                           for s in series.get("review_status", pd.Series(None, index=series.index))],
        tr("col_derived_from"): [derived_from(r, lang) for r in series.itertuples()],
        tr("col_title"): series["titles"],
        tr("col_quote"): [None if d else q for q, d in zip(series.get("quotes", series["quote"]), series["is_derived"],
                                                            strict=True)],
        tr("col_url"): series["url"],
    })
