"""Our own ru/en string table and number formatting (Streamlit has no i18n and formats numbers by
browser locale, so every label and figure the user reads is made here).

Russian is the default language: the users are Russian-speaking officials and analysts.
"""

from __future__ import annotations

from dashboard.i18n_events import EVENT_STRINGS
from dashboard.review_text import REVIEW_STRINGS

LANGS = ("ru", "en")
DEFAULT_LANG = "ru"

STRINGS: dict[str, tuple[str, str]] = {
    # key: (ru, en)
    "app_title": ("Торговля регионов Беларуси и России", "Belarus–Russia regional trade"),
    "page_overview": ("Обзор", "Overview"),
    "page_pair": ("Пара", "Pair"),
    "page_matrix": ("Матрица", "Matrix"),
    "page_sources": ("Источники", "Sources"),
    "page_download": ("Скачать", "Download"),
    "filters": ("Фильтры", "Filters"),
    "language": ("Язык", "Language"),
    "f_pairs": ("Пары регионов", "Region pairs"),
    "f_regions": ("Регионы (со всеми партнёрами)", "Regions (with all partners)"),
    "f_metrics": ("Показатель", "Metric"),
    "f_years": ("Годы", "Years"),
    "f_statuses": ("Статус", "Status"),
    "f_currency": ("Валюта", "Currency"),
    "f_min_sources": ("Минимум источников", "Minimum sources"),
    "f_reset": ("Сбросить фильтры", "Reset filters"),
    "all": ("все", "all"),
    "metric_turnover": ("товарооборот", "turnover"),
    "metric_export": ("экспорт", "export"),
    "metric_import": ("импорт", "import"),
    "status_reported": ("факт", "reported"),
    "status_target": ("цель", "target"),
    "currency_original": ("исходная", "original"),
    "currency_USD": ("USD", "USD"),
    "period_year": ("год", "year"),
    "period_half": ("полугодие", "half-year"),
    "period_quarter": ("квартал", "quarter"),
    "period_month": ("месяц", "month"),
    "period_months": ("несколько месяцев", "several months"),
    "period_other": ("другой период", "other period"),
    "period_none": ("период не указан", "no period"),
    "bound_eq": ("точное значение", "exact value"),
    "bound_gt": ("> нижняя граница", "> lower bound"),
    "bound_lt": ("< верхняя граница", "< upper bound"),
    "bound_approx": ("≈ около", "≈ approximately"),
    "no_db": ("База данных не найдена: {path}. Соберите её командой `tradeboard build`.",
              "No database at {path}. Build one with `tradeboard build`."),
    "db_empty": ("В базе пока нет торговых показателей. Добавьте статьи и выполните `tradeboard build`.",
                 "The database holds no trade figures yet. Add articles and run `tradeboard build`."),
    "empty": ("Под выбранные фильтры ничего не подходит ({caption}). {advice}.",
              "Nothing matches the selected filters ({caption}). {advice}."),
    "advice_years": ("Расширьте годы", "Widen the years"),
    "advice_metric": ("уберите фильтр по показателю", "clear the metric filter"),
    "advice_status": ("уберите фильтр по статусу", "clear the status filter"),
    "advice_min_sources": ("уменьшите минимум источников", "lower the minimum number of sources"),
    "advice_reviewed": ("покажите все факты, не только проверенные", "show every fact, not only reviewed ones"),
    "advice_places": ("выберите другую пару или регион", "pick another pair or region"),
    "advice_or": ("или", "or"),
    "empty_no_figures": ("В статьях нет торговых показателей для: {what}. Выберите другую пару или регион.",
                         "The articles give no trade figures for {what}. Pick another pair or region."),
    "pair_only_undated": ("Значений с указанным периодом нет; без периода — {n}: их нельзя поставить на ось "
                          "времени, они на странице «Источники».",
                          "No figure with a stated period; {n} without one cannot be placed in time and are "
                          "on the Sources page."),
    "pair_undated": ("Без указанного периода и потому не на графиках: {n} знач. (см. страницу «Источники»).",
                     "Not on the charts for want of a stated period: {n} figures (see the Sources page)."),
    "pair_no_usd": ("Без курса к доллару за свой год и потому не на графиках в USD: {n} знач. ({currencies}); "
                    "они в таблице ниже и видны в исходной валюте.",
                    "Not on the USD charts for want of an exchange rate for their year: {n} figures ({currencies}); "
                    "they are in the table below and in the original-currency view."),
    "bad_param": ("Параметр ссылки {name}={value!r} не распознан: {reason}. Показано без него.",
                  "URL parameter {name}={value!r} was not understood: {reason}. Showing the view without it."),
    "reason_unknown_code": ("неизвестный код региона", "unknown region code"),
    "reason_allowed": ("допустимо: {allowed}", "allowed: {allowed}"),
    "reason_number": ("нужно целое число от 1 до {max}", "expected a whole number from 1 to {max}"),
    "reason_to_before_from": ("конец периода раньше его начала (from)", "the end is before the start (from)"),
    "caption_all": ("все данные", "all data"),
    "caption_min_sources": ("источников ≥ {n}", "sources ≥ {n}"),
    # overview
    "ov_year": ("Последний полный год: {year}", "Latest full year: {year}"),
    "ov_half": ("Последнее полугодие: {label}", "Latest half-year: {label}"),
    "ov_no_year": ("Нет годовых данных о товарообороте.", "No full-year turnover figures."),
    "ov_no_half": ("Нет полугодовых данных о товарообороте.", "No half-year turnover figures."),
    "kpi_total": ("{metric} (факт), сумма, $", "{metric} reported, total USD"),
    "kpi_total_help": ("Сумма по парам регионов. Только фактические значения в долларах США: без целей, "
                       "расчётных точек и фактов «не уверено»; те же пары, что на карте и в списке крупнейших пар.",
                       "Sum over region pairs. Reported USD figures only: no targets, no derived points, no "
                       "unsure facts; the same pairs as on the map and in the top pairs."),
    "kpi_pairs": ("Пар регионов", "Region pairs"),
    "kpi_sources": ("Источников", "Sources"),
    "kpi_growth": ("Наибольший рост", "Biggest growth"),
    "map_title": ("Потоки торговли, {period}", "Trade flows, {period}"),
    "map_left_out": ("Нет на карте (у места нет координат в справочнике): {pairs}.",
                     "Not on the map (a place has no coordinates in the reference): {pairs}."),
    "top_title": ("Крупнейшие пары, {period}", "Top pairs, {period}"),
    "no_usd": ("Нет значений в долларах США для этого периода.", "No USD values for this period."),
    # pair
    "pair_pick": ("Пара или регион", "Pair or region"),
    "pair_pick_help": ("Выберите пару в боковой панели или здесь.", "Pick a pair in the sidebar or here."),
    "values_title": ("Значения по периодам: {name}", "Values by period: {name}"),
    "growth_title": ("Темпы роста", "Growth rates"),
    "no_growth": ("В источниках нет темпов роста для этого выбора.", "The sources give no growth rates here."),
    "targets": ("Цели и прогресс", "Targets and progress"),
    "target_progress": ("{metric}: цель {target} к {end}; последнее значение к этому сроку {actual} ({period})"
                        " — {pct} цели",
                        "{metric}: target {target} by {end}; latest figure by then {actual} ({period})"
                        " — {pct} of target"),
    "target_no_actual": ("{metric}: цель {target} к {end}; фактических значений за {end} год и ранее нет",
                         "{metric}: target {target} by {end}; no reported figure for {end} or earlier"),
    "derived": ("рассчитано по более позднему значению и темпу роста",
                "computed back from a later figure and its growth rate"),
    "derived_short": ("расчётное", "derived"),
    "derived_legend": ("расчётное (по темпу роста)", "derived (from a growth rate)"),
    "axis_value_usd": ("Значение, млн $", "Value, USD million"),
    "axis_value_orig": ("Значение, млн ед. исходной валюты", "Value, million units of original currency"),
    "axis_value_cur": ("Значение, млн {cur}", "Value, {cur} million"),
    "axis_period": ("Период", "Period"),
    "axis_change": ("Изменение к тому же периоду годом ранее, %", "Change on the same period a year earlier, %"),
    "axis_partner": ("Партнёр", "Partner"),
    # a change the source measured against another base than a year earlier (etl/change_notes.py)
    "change_vs_year": ("к {year} г.", "on {year}"),
    "change_over_years": ("за несколько лет", "over several years"),
    "axis_by_region": ("Беларусь и её регионы", "Belarus and its regions"),
    "table_sources": ("Источники точек", "Sources of the points"),
    # matrix
    "mx_year": ("Год", "Year"),
    "mx_metric": ("Показатель", "Metric"),
    "mx_title": ("{metric}, {year}, млн $", "{metric}, {year}, USD million"),
    "mx_open": ("Открыть пару", "Open pair"),
    "mx_open_btn": ("Открыть на странице «Пара»", "Open on the Pair page"),
    "mx_none": ("Нет годовых значений в долларах за {year} для показателя «{metric}» ({caption}). Выберите "
                "другой год или показатель.",
                "No full-year USD values in {year} for {metric} ({caption}). Pick another year or metric."),
    "mx_no_years": ("Нет годовых значений в долларах для матрицы.", "No full-year USD values for the matrix."),
    "colorbar": ("млн $", "USD million"),
    # sources
    "src_search": ("Поиск по цитатам", "Search the quotes"),
    "src_no_match": ("Ни одна цитата не содержит «{q}» ({caption}). Измените или очистите поиск.",
                     "No quote contains “{q}” ({caption}). Change or clear the search."),
    "src_count": ("Найдено фактов: {n}. Показаны {a}–{b}.", "Facts found: {n}. Showing {a}–{b}."),
    "src_page": ("Страница", "Page"),
    "flag_conflict": ("расхождение источников", "sources disagree"),
    "flag_converted": ("пересчитано в $", "converted to USD"),
    "flag_guessed": ("валюта предположена", "currency guessed"),
    "flag_unresolved": ("не всё распознано", "unresolved fields"),
    "flag_unsure": ("не уверено", "unsure"),
    "col_confidence": ("Уверенность", "Confidence"),
    "col_confidence_help": ("Оценка вероятности, что все поля факта извлечены верно; ниже {t} — «не уверено».",
                            "Estimated probability that every field of the fact is right; below {t}: unsure."),
    "ov_sure_only": ("Итоги, карта и пары — только по фактам, извлечённым уверенно (уверенность ≥ {t}); "
                     "значений «не уверено» за этот период не учтено: {n}.",
                     "Totals, map and pairs use sure facts only (confidence ≥ {t}); unsure figures of this "
                     "period left out: {n}."),
    "col_flags": ("Отметки", "Flags"),
    "col_quote": ("Цитата", "Quote"),
    "col_title": ("Статья", "Article"),
    "col_published": ("Дата", "Date"),
    "col_url": ("Ссылка", "Link"),
    "col_pair": ("Пара", "Pair"),
    "col_metric": ("Показатель", "Metric"),
    "col_value": ("Значение", "Value"),
    "col_period": ("Период", "Period"),
    "col_change": ("Изменение, %", "Change, %"),
    "col_bound": ("Граница", "Bound"),
    "col_value_raw": ("Значение", "Value"),
    "col_currency": ("Валюта", "Currency"),
    "col_value_usd": ("Значение, $", "Value, USD"),
    "col_status": ("Статус", "Status"),
    "col_sources": ("Источников", "Sources"),
    "open_link": ("открыть", "open"),
    # brief (dashboard/brief): the printable page of a pair or region
    "brief_kicker": ("Tradeboard · справка", "Tradeboard · brief"),
    "brief_made": ("Составлена {date}", "Made {date}"),
    "brief_filters": ("Фильтры: {caption}", "Filters: {caption}"),
    "brief_latest": ("Последние фактические значения", "Latest reported figures"),
    "brief_no_latest": ("Фактических значений под эти фильтры нет.", "No reported figures under these filters."),
    "brief_events": ("Последние события сотрудничества", "Recent cooperation events"),
    "brief_no_events": ("Событий под эти фильтры нет.", "No events under these filters."),
    # an event's kind and status in one phrase: Russian agrees the participle with the noun
    "brief_event_visit_held": ("визит (состоялся)", "visit (held)"),
    "brief_event_visit_planned": ("визит (запланирован)", "visit (planned)"),
    "brief_event_meeting_held": ("встреча (состоялась)", "meeting (held)"),
    "brief_event_meeting_planned": ("встреча (запланирована)", "meeting (planned)"),
    "brief_event_agreement_held": ("соглашение (подписано)", "agreement (signed)"),
    "brief_event_agreement_planned": ("соглашение (к подписанию)", "agreement (to be signed)"),
    "brief_event_forum_held": ("форум (состоялся)", "forum (held)"),
    "brief_event_forum_planned": ("форум (запланирован)", "forum (planned)"),
    "brief_event_commission_held": ("заседание комиссии (состоялось)", "commission session (held)"),
    "brief_event_commission_planned": ("заседание комиссии (запланировано)", "commission session (planned)"),
    "brief_sources": ("Источники", "Sources"),
    "brief_no_link": ("ссылка не указана", "no link given"),
    "brief_more_sources": ("…и ещё источников: {n}. Полный список: {cmd}",
                           "…and {n} more sources. The full list: {cmd}"),
    "brief_reproduce": ("Та же справка из командной строки: {cmd}", "The same brief from the command line: {cmd}"),
    "brief_pdf": ("Справка (PDF)", "Brief (PDF)"),
    "brief_png": ("Справка (PNG)", "Brief (PNG)"),
    "brief_help": ("Одна страница A4 для встречи: последние значения, графики, цели, события и источники "
                   "каждого числа, с текущими фильтрами.",
                   "One A4 page for a meeting: latest figures, charts, targets, events and the source of "
                   "every number, under the current filters."),
    "brief_no_chromium": ("Справку печатает Chromium, а его нет ({path}). Установите: `apt-get install chromium`.",
                          "The brief is printed by Chromium, which is missing ({path}). Install it: "
                          "`apt-get install chromium`."),
    # download
    "dl_intro": ("Выбрано фактов: {n}. Файл содержит все выбранные строки ({caption}).",
                 "Facts selected: {n}. The file holds every selected row ({caption})."),
    "dl_csv": ("Скачать CSV", "Download CSV"),
    "dl_xlsx": ("Скачать Excel", "Download Excel"),
    "dl_parquet": ("Скачать Parquet", "Download Parquet"),
    "dl_preview": ("Первые строки", "First rows"),
    "dl_note": ("CSV: UTF-8 с BOM, через запятую, числа без форматирования, формулы обезврежены. Excel (.xlsx): "
                "числа и даты — числа и даты при любых региональных настройках (CSV через запятую русский Excel "
                "открывает в один столбец), ни одна ячейка не формула.",
                "CSV: UTF-8 with BOM, comma separated, raw numbers, formulas neutralized. Excel (.xlsx): numbers "
                "and dates stay numbers and dates in any locale (Excel set to Russian opens a comma CSV in one "
                "column), no cell is a formula."),
}

# Strings of issue 10 (directions, levels, bounds, provenance) live beside this table.
from dashboard.i18n_flows import STRINGS as _FLOW_STRINGS  # noqa: E402

STRINGS.update(_FLOW_STRINGS)
STRINGS.update(EVENT_STRINGS)
STRINGS.update(REVIEW_STRINGS)

MONTHS = {
    "ru": ("янв", "фев", "мар", "апр", "май", "июн", "июл", "авг", "сен", "окт", "ноя", "дек"),
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
}
SYMBOLS = {"USD": "$", "EUR": "€"}
SCALES = {"ru": ((1e9, "млрд"), (1e6, "млн"), (1e3, "тыс.")), "en": ((1e9, "B"), (1e6, "M"), (1e3, "K"))}


def t(key: str, lang: str, **kw) -> str:
    """The string for `key` in `lang`, formatted with `kw`.

    >>> t("kpi_pairs", "en")
    'Region pairs'
    """
    ru, en = STRINGS[key]
    text = en if lang == "en" else ru
    return text.format(**kw) if kw else text


def format_number(x: float, lang: str, decimals: int = 1) -> str:
    """Grouped digits: ru `1 600,0`, en `1,600.0`.

    >>> format_number(1600.0, "ru")
    '1 600,0'
    >>> format_number(-1234567.891, "en", 2)
    '-1,234,567.89'
    """
    text = f"{x:,.{decimals}f}"
    if lang == "en":
        return text
    return text.replace(",", " ").replace(".", ",")


def format_money(value: float | None, currency: str | None, lang: str) -> str:
    """A money amount in millions (or thousands when small), as a reader of `lang` writes it: one
    decimal where the amount has one, none where it is whole in its unit, so that "1,6 млрд" is not
    shown as the false precision of "1 600 млн".

    >>> format_money(1.6e9, "USD", "ru")
    '1 600 млн $'
    >>> format_money(1.6e9, "USD", "en")
    '$1,600M'
    >>> format_money(1830.8e6, "RUB", "en")
    'RUB 1,830.8M'
    >>> format_money(42e3, "BYN", "ru")
    '42 тыс. BYN'
    >>> format_money(None, "USD", "en")
    '—'
    """
    if value is None or value != value:
        return "—"
    scale, word = (1e6, SCALES[lang][1][1]) if abs(value) >= 1e5 else (1e3, SCALES[lang][2][1])
    if abs(value) < 1e3:
        scale, word = 1.0, ""
    cur = currency if isinstance(currency, str) and currency else "?"
    units = round(value / scale, 1)
    number = format_number(units, lang, 0 if units == int(units) else 1)
    if lang == "en":
        symbol = SYMBOLS.get(cur)
        return f"{symbol}{number}{word}" if symbol else f"{cur} {number}{word}"
    return " ".join(p for p in (number, word, SYMBOLS.get(cur, cur)) if p)


def format_pct(x: float | None, lang: str) -> str:
    """A signed percentage: ru `+43,3 %`, en `+43.3%`; a whole one without a decimal it never had.

    >>> format_pct(43.3, "ru")
    '+43,3 %'
    >>> format_pct(-5, "en")
    '-5%'
    >>> format_pct(119.04, "ru")
    '+119 %'
    """
    if x is None or x != x:
        return "—"
    sign = "+" if x > 0 else ""
    x = round(x, 1)   # one decimal where the figure has one: "на 25 %" is "+25 %", not "+25 %"
    return f"{sign}{format_number(x, lang, 0 if x == int(x) else 1)}" + (" %" if lang == "ru" else "%")


def format_period(start, end, lang: str) -> str:
    """A period as a reader says it: a year, a half, a quarter or a month range.

    >>> import datetime as dt
    >>> format_period(dt.date(2025, 1, 1), dt.date(2025, 6, 30), "ru")
    'I полугодие 2025'
    >>> format_period(dt.date(2025, 1, 1), dt.date(2025, 5, 31), "en")
    'Jan–May 2025'
    >>> format_period(dt.date(2024, 1, 1), dt.date(2024, 12, 31), "en")
    '2024'
    """
    if start is None or end is None or start != start or end != end:
        return t("period_none", lang)
    months = (end.year - start.year) * 12 + end.month - start.month + 1
    if start.day != 1 or start.year != end.year:
        return f"{start.isoformat()} – {end.isoformat()}"
    if months == 12:
        return str(start.year)
    if months == 6 and start.month in (1, 7):
        half = "I" if start.month == 1 else "II"
        return f"{half} полугодие {start.year}" if lang == "ru" else f"H{1 if half == 'I' else 2} {start.year}"
    if months == 3 and start.month in (1, 4, 7, 10):
        q = (start.month - 1) // 3 + 1
        return f"{q} кв. {start.year}" if lang == "ru" else f"Q{q} {start.year}"
    names = MONTHS[lang]
    if months == 1:
        return f"{names[start.month - 1]} {start.year}"
    return f"{names[start.month - 1]}–{names[end.month - 1]} {start.year}"
