"""The notes that say a fact's change is not against the same period a year earlier, and how the
warehouse reads them. A light module: the warehouse and the dashboard read it without loading the
extractor's rules.

"с 2020 по 2024 год вырос на 60 %", "на 18 % больше, чем в 2019 году" in a 2024 figure: charted as
year-on-year growth, or turned into the previous year's level (value / (1 + change)), such a change
would give numbers nobody reported.
"""

from __future__ import annotations

# etl/extract/fact_period.py: a change over several years, with or without its end year
SPAN_NOTE = "period not stated: a change over several years"
CLOSED_SPAN_NOTE = "a change over several years, dated by its end year"
# etl/extract/change_base.py: a change against a named earlier year
OTHER_BASE_NOTE = "change against {year}, not the same period a year earlier"
NOT_YEAR_ON_YEAR = (OTHER_BASE_NOTE.split("{", 1)[0], CLOSED_SPAN_NOTE, SPAN_NOTE)


def year_on_year(notes: str | None) -> bool:
    """Whether a fact's change, by its notes, is against the same period a year earlier (the reading
    of a reported change unless the text names another base).

    >>> year_on_year("change against 2019, not the same period a year earlier")
    False
    >>> year_on_year("currency taken from an earlier amount")
    True
    """
    return not any(n in (notes or "") for n in NOT_YEAR_ON_YEAR)


def base_notes(notes: str | None) -> list[str]:
    """The parts of `notes` (joined by "; ") that say the change is not year-on-year.

    >>> base_notes("period carried from the previous sentence; change against 2019, not the same period a year earlier")
    ['change against 2019, not the same period a year earlier']
    """
    return [n for n in (notes or "").split("; ") if not year_on_year(n)]


def year_on_year_sql(column: str) -> str:
    """`year_on_year` over a SQL column of notes."""
    likes = " OR ".join(f"coalesce({column}, '') LIKE '%{n}%'" for n in NOT_YEAR_ON_YEAR)
    return f"NOT ({likes})"
