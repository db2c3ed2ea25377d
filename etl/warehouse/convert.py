"""Per-fact values the build derives: pair key, period type, US dollars, the comparison period.

Pure functions over a fact and the annual rates, so the rules are doctested here and the SQL
only aggregates.
"""

from __future__ import annotations

import datetime as dt
import hashlib

from etl.change_notes import year_on_year
from etl.model import Fact

ONE_DAY = dt.timedelta(days=1)


def pair_key(a: str | None, b: str | None) -> str | None:
    """`A~B` with the codes sorted, or None unless both places are known and differ.

    >>> pair_key("RU-MOW", "BY-HM")
    'BY-HM~RU-MOW'
    """
    if not a or not b or a == b:
        return None
    return "~".join(sorted((a, b)))


def _month_end(d: dt.date) -> dt.date:
    nxt = dt.date(d.year + (d.month == 12), d.month % 12 + 1, 1)
    return nxt - ONE_DAY


def _months_between(start: dt.date, end: dt.date) -> int:
    return (end.year - start.year) * 12 + end.month - start.month + 1


def period_type(start: dt.date | None, end: dt.date | None) -> str | None:
    """year | half | quarter | month | months | other, from the dates alone.

    >>> period_type(dt.date(2025, 1, 1), dt.date(2025, 6, 30))
    'half'
    >>> period_type(dt.date(2025, 1, 1), dt.date(2025, 9, 30))
    'months'
    >>> period_type(dt.date(2024, 4, 1), dt.date(2024, 6, 30))
    'quarter'
    >>> period_type(dt.date(2022, 1, 1), dt.date(2023, 12, 31))
    'other'
    """
    if start is None or end is None:
        return None
    if start.day != 1 or end != _month_end(end) or start.year != end.year or start > end:
        return "other"
    months = _months_between(start, end)
    if months == 12:
        return "year"
    if months == 6 and start.month in (1, 7):
        return "half"
    if months == 3 and start.month in (1, 4, 7, 10):
        return "quarter"
    return "month" if months == 1 else "months"


def usd_rate(currency: str | None, start: dt.date | None, end: dt.date | None,
             rates: dict[tuple[int, str], float]) -> tuple[float | None, str]:
    """(units of `currency` per USD for the period, note).

    One calendar year: that year's annual average. Several years: the harmonic mean of the
    annual rates weighted by the period's days in each year — the rate that converts a
    value accrued evenly over the days. Without a period there is no rate.

    >>> usd_rate("RUB", dt.date(2023, 1, 1), dt.date(2023, 6, 30), {(2023, "RUB"): 85.0})
    (85.0, 'RUB 2023 annual average')
    >>> usd_rate("RUB", dt.date(2022, 7, 1), dt.date(2023, 6, 30), {(2022, "RUB"): 60.0, (2023, "RUB"): 90.0})[1]
    'RUB 2022–2023, day-weighted harmonic mean of annual averages'
    >>> usd_rate("XYZ", dt.date(2023, 1, 1), dt.date(2023, 12, 31), {})
    (None, 'no USD rate for XYZ 2023 in fx_annual.csv')
    """
    if not currency:
        return None, "no currency"
    if currency == "USD":
        return 1.0, ""
    if start is None or end is None:
        return None, "no period: the rate's year is unknown"
    weights = 0.0
    for year in range(start.year, end.year + 1):
        rate = rates.get((year, currency))
        if rate is None:
            return None, f"no USD rate for {currency} {year} in fx_annual.csv"
        days = (min(end, dt.date(year, 12, 31)) - max(start, dt.date(year, 1, 1))).days + 1
        weights += days / rate
    total = (end - start).days + 1
    if start.year == end.year:
        return rates[(start.year, currency)], f"{currency} {start.year} annual average"
    return total / weights, f"{currency} {start.year}–{end.year}, day-weighted harmonic mean of annual averages"


def year_earlier(d: dt.date, is_end: bool) -> dt.date:
    """The same day one year earlier; a month's last day stays its last day (29 Feb → 28 Feb).

    >>> year_earlier(dt.date(2024, 2, 29), is_end=True)
    datetime.date(2023, 2, 28)
    """
    if is_end and d == _month_end(d):
        return _month_end(dt.date(d.year - 1, d.month, 1))
    try:
        return d.replace(year=d.year - 1)
    except ValueError:
        return d.replace(year=d.year - 1, day=28)


def fact_key(article_id: str, fact: Fact, nth: int = 0) -> str:
    """The key reviews attach to: the article, the quote's span and the fact's ordinal among the
    facts of that span (0 for the first). It leaves out every extracted field, so a decision stays
    attached when a new extractor reads the same sentence differently (another metric, place or
    value); only a changed sentence split or a new fact before it in the same sentence moves it.

    >>> f = Fact("turnover", "BY-HM", "RU-MOW", 1.6e9, "USD", "gt", None, None, None, "reported", "…", 10, 95)
    >>> fact_key("a1", f) == fact_key("a1", f.__class__(**{**f.__dict__, "metric": "export", "a": None}))
    True
    >>> fact_key("a1", f) == fact_key("a1", f, nth=1)
    False
    """
    raw = "|".join(map(str, (article_id, fact.quote_start, fact.quote_end, nth)))
    return hashlib.sha1(raw.encode("utf-8")).hexdigest()[:16]


def derived_columns(fact: Fact, rates: dict[tuple[int, str], float]) -> dict:
    """pair, period_type, value_usd, fx_rate, fx_note and the comparison period's level."""
    rate, note = usd_rate(fact.currency, fact.period_start, fact.period_end, rates)
    if fact.value is None:
        rate, note = None, ""
    out = {"pair": pair_key(fact.a, fact.b), "period_type": period_type(fact.period_start, fact.period_end),
           "value_usd": fact.value / rate if rate else None, "fx_rate": rate, "fx_note": note,
           "base_period_start": None, "base_period_end": None, "base_value": None, "base_value_usd": None}
    if (fact.value is not None and fact.change_pct is not None and fact.change_pct > -100
            and fact.period_start and fact.period_end and year_on_year(fact.notes)):
        bs, be = year_earlier(fact.period_start, False), year_earlier(fact.period_end, True)
        base = fact.value / (1 + fact.change_pct / 100)
        base_rate, _ = usd_rate(fact.currency, bs, be, rates)
        out.update(base_period_start=bs, base_period_end=be, base_value=base,
                   base_value_usd=base / base_rate if base_rate else None)
    return out
