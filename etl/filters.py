"""Filters as data: one `FilterState` drives the dashboard's charts, its download and `tradeboard export`.

It yields parameterized SQL (values are always bound, never pasted) over any relation with the
fact columns, and a human caption.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from etl.model import METRICS, STATUSES

CODE = re.compile(r"^[A-Z]{2}(?:-[A-Z0-9]{1,3})?$")
CURRENCIES = ("original", "USD")
# Which facts by their review (facts_reviewed.review_status; pair_series rows never hold rejected ones).
REVIEWED = ("not_rejected", "all", "only")
REVIEWED_SQL = {"not_rejected": "review_status <> 'rejected'", "all": None,
                "only": "review_status IN ('confirmed', 'corrected', 'added')"}


class FilterError(ValueError):
    """A filter value that is not allowed; the message names the parameter and what is allowed."""


def parse_pair(text: str) -> tuple[str, str]:
    """A pair parameter `A~B` as its two codes, in canonical (sorted) order.

    >>> parse_pair("RU-MOW~BY-HM")
    ('BY-HM', 'RU-MOW')
    """
    parts = text.strip().upper().split("~")
    if len(parts) != 2 or not all(CODE.match(p) for p in parts) or parts[0] == parts[1]:
        raise FilterError(f"pair {text!r}: expected two different ISO 3166 codes joined by '~', e.g. BY-HM~RU-MOW")
    a, b = sorted(parts)
    return a, b


def parse_date_bound(text: str, end: bool, name: str) -> dt.date:
    """A `from`/`to` value: YYYY, YYYY-MM or YYYY-MM-DD; a year or month `to` means its last day.

    >>> parse_date_bound("2024", end=True, name="to")
    datetime.date(2024, 12, 31)
    >>> parse_date_bound("2024-02", end=True, name="to")
    datetime.date(2024, 2, 29)
    """
    text = text.strip()
    try:
        if re.fullmatch(r"\d{4}", text):
            return dt.date(int(text), 12, 31) if end else dt.date(int(text), 1, 1)
        if re.fullmatch(r"\d{4}-\d{2}", text):
            y, m = map(int, text.split("-"))
            first = dt.date(y, m, 1)
            if not end:
                return first
            nxt = dt.date(y + (m == 12), m % 12 + 1, 1)
            return nxt - dt.timedelta(days=1)
        return dt.date.fromisoformat(text)
    except ValueError as exc:
        raise FilterError(f"{name} {text!r}: expected a year (2024), a month (2024-06) or a date (2024-06-30)") from exc


@dataclass(frozen=True)
class FilterState:
    """What the user selected. Empty tuples and None mean "no restriction"."""

    pairs: tuple[tuple[str, str], ...] = ()
    regions: tuple[str, ...] = ()
    metrics: tuple[str, ...] = ()
    statuses: tuple[str, ...] = ()
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    currency: str = "original"
    min_sources: int = 1
    reviewed: str = "not_rejected"
    extra: dict = field(default_factory=dict, compare=False, hash=False)

    def __post_init__(self):
        for m in self.metrics:
            if m not in METRICS:
                raise FilterError(f"metric {m!r}: allowed are {', '.join(METRICS)}")
        for s in self.statuses:
            if s not in STATUSES:
                raise FilterError(f"status {s!r}: allowed are {', '.join(STATUSES)}")
        for r in self.regions:
            if not CODE.match(r):
                raise FilterError(f"region {r!r}: expected an ISO 3166 code such as BY-HR or RU")
        if self.reviewed not in REVIEWED:
            raise FilterError(f"reviewed {self.reviewed!r}: allowed are {', '.join(REVIEWED)}")
        if self.currency not in CURRENCIES:
            raise FilterError(f"currency {self.currency!r}: allowed are {', '.join(CURRENCIES)}")
        if self.date_from and self.date_to and self.date_from > self.date_to:
            raise FilterError(f"from {self.date_from} is after to {self.date_to}")

    def where(self, a: str = "a", b: str = "b", reviewed: bool = True) -> tuple[str, list]:
        """(SQL condition, parameters) over columns metric, status, a, b, period_start, period_end,
        review_status (facts_reviewed and pair_series both have it; `reviewed=False` for a relation
        without reviews, such as events)."""
        conds, params = [], []
        if self.pairs:
            ors = []
            for x, y in self.pairs:
                ors.append(f"(least({a}, {b}) = ? AND greatest({a}, {b}) = ?)")
                params += [x, y]
            conds.append("(" + " OR ".join(ors) + ")")
        if self.regions:
            marks = ", ".join("?" for _ in self.regions)
            conds.append(f"({a} IN ({marks}) OR {b} IN ({marks}))")
            params += [*self.regions, *self.regions]
        for col, values in (("metric", self.metrics), ("status", self.statuses)):
            if values:
                conds.append(f"{col} IN ({', '.join('?' for _ in values)})")
                params += list(values)
        if self.date_from:
            conds.append("period_end >= ?")
            params.append(self.date_from)
        if self.date_to:
            conds.append("period_start <= ?")
            params.append(self.date_to)
        if reviewed and REVIEWED_SQL[self.reviewed]:
            conds.append(REVIEWED_SQL[self.reviewed])
        return (" AND ".join(conds) or "TRUE"), params

    def slug(self) -> str:
        """The filters as a file-name fragment, e.g. `BY-HM~RU-MOW_turnover_2024-2025`.

        >>> FilterState(pairs=(("BY-HM", "RU-MOW"),), metrics=("turnover",)).slug()
        'BY-HM~RU-MOW_turnover'
        """
        parts = ["+".join(f"{x}~{y}" for x, y in self.pairs), "+".join(self.regions),
                 "+".join(self.metrics), "+".join(self.statuses)]
        if self.date_from or self.date_to:
            parts.append(f"{self.date_from or ''}-{self.date_to or ''}")
        if self.currency != "original":
            parts.append(self.currency)
        if self.reviewed != "not_rejected":
            parts.append(f"reviewed-{self.reviewed}")
        return "_".join(p for p in parts if p) or "all"
