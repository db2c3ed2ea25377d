"""ru/en strings for directions, levels, bounds and provenance (merged into dashboard.i18n.STRINGS)."""

from __future__ import annotations

STRINGS: dict[str, tuple[str, str]] = {
    "flow_word": ("поток", "flow"),
    "reported_as_export": ("по данным об экспорте: {side}", "as reported export of {side}"),
    "reported_as_import": ("по данным об импорте: {side}", "as reported import of {side}"),
    # overview: scope and totals without double counting
    "scope": ("Охват", "Scope"),
    "scope_by_ru": ("Беларусь ↔ Россия (страны и регионы)", "Belarus ↔ Russia (countries and regions)"),
    "scope_by": ("Беларусь и её регионы со всеми партнёрами", "Belarus and its regions with every partner"),
    "scope_all": ("все пары в данных", "every pair in the data"),
    "scope_title_by_ru": ("Торговля Беларуси и России, их регионов между собой",
                          "Trade between Belarus and Russia and their regions"),
    "scope_title_by": ("Торговля Беларуси и её регионов со всеми партнёрами",
                       "Trade of Belarus and its regions with every partner"),
    "scope_title_all": ("Все пары в данных", "Every pair in the data"),
    "scope_outside": ("Вне охвата «{scope}» в этот период: {n} пар ({names}). Выберите другой охват, чтобы их увидеть.",
                      "Outside the scope “{scope}” in this period: {n} pairs ({names}). Choose another scope to "
                      "see them."),
    "kpi_total_rule": ("Сумма без двойного счёта: пара не добавляется, если она входит в уже учтённую пару или "
                       "пересекается с ней (регион входит в свою страну: «Смоленская область ↔ Беларусь» входит в "
                       "«Беларусь ↔ Россия»). Сначала учитываются пары стран, затем страна ↔ регион, затем пары "
                       "регионов. Знак суммы — по её частям: «>» если есть нижние границы, «≈» если есть "
                       "приблизительные. Только фактические значения в долларах США, без целей и расчётных точек.",
                       "Sum without double counting: a pair is not added when it lies inside, or overlaps, a pair "
                       "already counted (a region lies in its country: Smolensk Oblast ↔ Belarus lies inside "
                       "Belarus ↔ Russia). Country pairs count first, then country ↔ region, then region pairs. "
                       "The sum carries its parts' bound: '>' with lower bounds, '≈' with approximate parts. "
                       "Reported USD figures only: no targets, no derived points."),
    "total_left_out": ("Не добавлены в сумму (уже учтены в более широкой паре): {items}.",
                       "Not added to the total (already inside a broader pair): {items}."),
    "inside_of": ("{pair} — входит в {outer}", "{pair} — inside {outer}"),
    "overlaps": ("{pair} — пересекается с {outer}", "{pair} — overlaps {outer}"),
    "top_counted": ("в сумме", "in the total"),
    "top_nested": ("входит в более широкую пару (не в сумме)", "inside a broader pair (not in the total)"),
    "ov_year_pick": ("Год", "Year"),
    "ov_year_pairs": ("{year} · пар: {n}", "{year} · {n} pairs"),
    "ov_year_chosen": ("Год: {year}", "Year: {year}"),
    # growth
    "growth_title_yoy": ("Темпы роста к тому же периоду годом ранее", "Growth on the same period a year earlier"),
    # currencies
    "axis_value_one": ("млн {cur}", "{cur} million"),
    "target_other_currency": ("{metric}: цель {target} к {end}; фактических значений в {cur} нет — значения в "
                              "других валютах с целью не сравниваются (выберите «USD»)",
                              "{metric}: target {target} by {end}; no reported figure in {cur} — figures in other "
                              "currencies are not compared with it (choose USD)"),
    # pair page
    "pair_compare": ("Сравнение пар: {names}", "Comparing pairs: {names}"),
    "col_flow": ("Поток", "Flow"),
    "col_derived_from": ("Рассчитано из", "Computed from"),
    "derived_note": ("рассчитано по {value} ({period}, {change}): «{quote}»",
                     "computed from {value} ({period}, {change}): “{quote}”"),
    "col_publisher": ("Издание", "Publisher"),
    "col_domain": ("Сайт", "Site"),
    "col_value_usd_fmt": ("Значение в $", "Value in USD"),
    "no_levels": ("Уровня (суммы в деньгах) источники здесь не дают — только изменения к тому же периоду годом "
                  "ранее: они ниже, каждое со своим периодом.",
                  "The sources give no level (no amount of money) here — only changes on the same period a year "
                  "earlier: they are below, each with its period."),
    "no_levels_usd": ("Значений в долларах США здесь нет (нет курса за их период) — выберите исходную валюту; "
                      "изменения к тому же периоду годом ранее ниже.",
                      "No values in US dollars here (no exchange rate for their period) — choose the original "
                      "currency; the changes on the same period a year earlier are below."),
    "change_card": ("{flow} · {period}", "{flow} · {period}"),
    # download
    "dl_undated": ("Фильтр по годам не учитывает {n} фактов без указанного периода: их нельзя отнести ни к "
                   "какому году. Снимите фильтр по годам, чтобы скачать и их.",
                   "The year filter leaves out {n} facts without a stated period: they cannot be placed in "
                   "any year. Clear the year filter to download them too."),
    # matrix
    "derived_cell": ("расч.", "derived"),
    "mx_metric_export": ("экспорт Беларуси (Беларусь → партнёр)", "Belarus's export (Belarus → partner)"),
    "mx_metric_import": ("импорт Беларуси (партнёр → Беларусь)", "Belarus's import (partner → Belarus)"),
    "mx_metric_turnover": ("товарооборот (Беларусь ↔ партнёр)", "turnover (Belarus ↔ partner)"),
    "mx_legend": ("Знаки: «>» больше, «<» меньше, «≈» около; «расч.» — рассчитано по более позднему значению "
                  "и темпу роста. Импорт партнёра из Беларуси показан как экспорт Беларуси.",
                  "Signs: '>' more than, '<' less than, '≈' about; 'derived' — computed back from a later figure "
                  "and its growth. A partner's import from Belarus is shown as Belarus's export."),
}
