"""A shown value keeps what the source said about it: its bound (>, <, ≈), whether it was derived,
and no more precision than it had. Built on dashboard/i18n's number formats."""

from __future__ import annotations

import math
import re

from dashboard.i18n import format_money, format_number, format_pct, t
from etl.change_notes import year_on_year

_BASE_YEAR = re.compile(r"change against (\d{4})")

BOUND_PREFIX = {"gt": "> ", "lt": "< ", "approx": "≈ "}
# A level computed back from a rounded figure and a rounded growth rate has about this many
# significant digits; more would be false precision.
DERIVED_DIGITS = 2


def bound_prefix(bound) -> str:
    """'> ' for a lower bound, '< ' for an upper bound, '≈ ' for an approximate value, else ''."""
    return BOUND_PREFIX.get(bound, "") if isinstance(bound, str) else ""


def round_significant(x: float, digits: int) -> float:
    """`x` rounded to `digits` significant digits.

    >>> round_significant(1116538730.0, 2)
    1100000000.0
    """
    if not x:
        return x
    return round(x, digits - 1 - int(math.floor(math.log10(abs(x)))))


def derived_level(value: float, bound) -> tuple[float, str]:
    """A level computed back from a later figure and its growth, as it may be shown: rounded to
    DERIVED_DIGITS significant digits, and its sign. Computed back from a lower bound ("превысил
    1,6 млрд", +43,3 %) it is a lower bound too, so it is rounded down and keeps ">" (an upper
    bound is rounded up and keeps "<"); otherwise it is approximate.

    >>> derived_level(1116538730.0, "gt"), derived_level(1116538730.0, "lt"), derived_level(46296296.3, "eq")
    ((1100000000.0, '> '), (1200000000.0, '< '), (46000000.0, '≈ '))
    """
    if not value or bound not in ("gt", "lt"):
        return round_significant(value, DERIVED_DIGITS), "≈ "
    scale = 10 ** (int(math.floor(math.log10(abs(value)))) - DERIVED_DIGITS + 1)
    steps = value / scale
    return float((math.floor(steps) if bound == "gt" else math.ceil(steps)) * scale), BOUND_PREFIX[bound]


def format_value(value, currency, lang: str, bound=None, derived: bool = False) -> str:
    """A money value with its bound, as the source said it: "> 1 600 млн $"; a derived level is
    rounded to DERIVED_DIGITS significant digits, keeps the bound it inherits and is marked.

    >>> format_value(1.6e9, "USD", "ru", "gt")
    '> 1 600 млн $'
    >>> format_value(1116538730.0, "USD", "en", "gt", derived=True)
    '> $1,100M (derived)'
    >>> format_value(46296296.3, "USD", "en", "eq", derived=True)
    '≈ $46M (derived)'
    """
    if value is None or value != value:
        return "—"
    if derived:
        level, sign = derived_level(float(value), bound)
        return f"{sign}{format_money(level, currency, lang)} ({t('derived_short', lang)})"
    return bound_prefix(bound) + format_money(value, currency, lang)


def format_change(change, lang: str, bound=None, has_value: bool = True, notes: str | None = None) -> str:
    """A percent change; the bound belongs to it when the source gave no value ("более чем на 8 %"),
    and the base when the fact's `notes` say it is not the same period a year earlier ("+40 % к 2019 г.").

    >>> format_change(40.0, "en", notes="change against 2019, not the same period a year earlier")
    '+40% on 2019'
    """
    if change is None or change != change:
        return "—"
    text = ("" if has_value else bound_prefix(bound)) + format_pct(change, lang)
    if isinstance(notes, str) and not year_on_year(notes):
        m = _BASE_YEAR.search(notes)
        text += " " + (t("change_vs_year", lang, year=m.group(1)) if m else t("change_over_years", lang))
    return text


def format_count(n, lang: str) -> str:
    """A whole number with grouped digits: 1 234 / 1,234."""
    return format_number(float(n), lang, 0)
