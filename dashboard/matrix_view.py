"""The Matrix's cells from Belarus's point of view: rows are Belarus and its regions, columns their
partners, one flow per cell. A partner's reported import from Belarus is Belarus's export (and
the other way round); when both sides report one flow, the Belarusian side's report is shown and
the partner's is named in the hover, never added to it. Pure: DataFrame in, DataFrames out."""

from __future__ import annotations

import pandas as pd

from dashboard.flows import flow_from_side
from dashboard.i18n import format_number, format_period, t
from dashboard.numbers import bound_prefix, derived_level, format_value

VIEW_METRICS = ("turnover", "export", "import")


def belarus_rows(figures: pd.DataFrame, by_codes: set[str], view_metric: str) -> pd.DataFrame:
    """One row per (Belarusian side, partner) for `view_metric` as Belarus sees it, preferring the
    Belarusian side's own report (then the larger source count) when both sides report it."""
    rows = figures.dropna(subset=["value_usd"]).copy()
    if rows.empty:
        return rows.assign(by_side=[], partner=[], own=[])
    rows["side_metric"] = [flow_from_side(m, a, b, by_codes) for m, a, b in zip(rows["metric"], rows["a"],
                                                                                 rows["b"], strict=True)]
    rows = rows[rows["side_metric"] == view_metric].copy()
    rows["by_side"] = [a if a in by_codes else b for a, b in zip(rows["a"], rows["b"], strict=True)]
    rows["partner"] = [b if a in by_codes else a for a, b in zip(rows["a"], rows["b"], strict=True)]
    rows = rows[rows["by_side"] != rows["partner"]]
    rows["own"] = [(m == "turnover") or (a in by_codes) for m, a in zip(rows["metric"], rows["a"], strict=True)]
    rows = rows.sort_values(["own", "is_derived", "n_sources"], ascending=[False, True, False])
    shown = rows.drop_duplicates(["by_side", "partner"], keep="first")
    others = rows[~rows.index.isin(shown.index)]
    mirror = {(r.by_side, r.partner): r for r in others.itertuples()}
    shown = shown.assign(mirror=[mirror.get((r.by_side, r.partner)) for r in shown.itertuples()])
    return shown


def cell_text(row, lang: str) -> str:
    """The number in a cell, in USD million as the title says, with its bound; a derived level
    rounded to two digits, keeping the bound it inherits, and marked: "> 1 200", "≈ 46 000 расч.",
    "> 1 100 расч."; the hover gives it in full. A
    cell whose facts are all unsure ends in ⚠."""
    mark = " ⚠" if getattr(row, "unsure", None) is True else ""
    value, sign = float(row.value_usd), bound_prefix(row.bound)
    if row.is_derived:
        value, sign = derived_level(value, row.bound)
    millions = value / 1e6
    # two significant digits for a derived level: "≈ 94", never "≈ 94.0"
    text = format_number(millions, lang, 0 if abs(millions) >= (10 if row.is_derived else 100) else 1)
    if row.is_derived:
        return f"{sign}{text} {t('derived_cell', lang)}{mark}"
    return bound_prefix(row.bound) + text + mark


def cell_value(row, lang: str) -> str:
    """The cell's value in full for the hover: "> $1,200M", "≈ $46,000M (derived)"."""
    return format_value(row.value_usd, "USD", lang, row.bound, derived=bool(row.is_derived))


def cell_hover(row, lang: str, flow_name, reporter_name) -> str:
    """The hover of a cell: the flow by name, the value and period, who reported it, the mirror."""
    unsure = f" · ⚠ {t('flag_unsure', lang)}" if getattr(row, "unsure", None) is True else ""
    lines = [f"<b>{flow_name(row.metric, row.a, row.b)}</b>{unsure}",
             f"{format_period(row.period_start, row.period_end, lang)}: {cell_value(row, lang)}"]
    if row.metric != "turnover":
        lines.append(t(f"reported_as_{row.metric}", lang, side=reporter_name(row.a)))
    lines.append(f"{t('col_sources', lang)}: {row.n_sources}")
    if row.is_derived:
        lines.append(t("derived", lang))
    m = row.mirror
    if m is not None:
        lines.append(t(f"reported_as_{m.metric}", lang, side=reporter_name(m.a)) + ": "
                     + format_value(m.value_usd, "USD", lang, m.bound, derived=bool(m.is_derived)))
    return "<br>".join(lines)


def grids(rows: pd.DataFrame, lang: str, flow_name, reporter_name):
    """(values, texts, hovers, pairs) as DataFrames indexed by Belarusian side × partner."""
    if rows.empty:
        empty = pd.DataFrame()
        return empty, empty, empty, empty
    rows = rows.assign(text=[cell_text(r, lang) for r in rows.itertuples()],
                       hover=[cell_hover(r, lang, flow_name, reporter_name) for r in rows.itertuples()])
    values = rows.pivot(index="by_side", columns="partner", values="value_usd")
    texts = rows.pivot(index="by_side", columns="partner", values="text").reindex_like(values)
    hovers = rows.pivot(index="by_side", columns="partner", values="hover").reindex_like(values)
    pairs = rows.pivot(index="by_side", columns="partner", values="pair").reindex_like(values)
    return values, texts, hovers, pairs



