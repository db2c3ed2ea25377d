"""A reviewer's fields checked before anything is saved: each problem names its field.

The form gives text; this turns it into the fact's values (decimal comma and NBSP allowed) or
refuses it: an unknown region code, a period that ends before it starts, a negative amount, a
currency outside the reference table (data/reference/fx_annual.csv, and USD).
"""

from __future__ import annotations

import datetime as dt
import re

from etl.model import BOUNDS, METRICS, STATUSES
from etl.reference import load_fx_rates, regions_by_code

FIELDS = ("metric", "a", "b", "value", "currency", "bound", "period_start", "period_end", "change_pct", "status")


class InvalidFields(ValueError):
    """Fields that cannot be saved: {field: reason}."""

    def __init__(self, problems: dict[str, str]):
        self.problems = problems
        super().__init__("; ".join(f"{k}: {v}" for k, v in problems.items()))


def currencies() -> tuple[str, ...]:
    return tuple(sorted({c for _, c in load_fx_rates()} | {"USD"}))


def _text(v) -> str:
    return "" if v is None else str(v).strip()


def parse_number(v) -> float | None:
    """A number as a reviewer types it, or None when empty.

    >>> parse_number("1 600 000 000,5")
    1600000000.5
    >>> parse_number("1,6e9")
    1600000000.0
    """
    text = re.sub(r"[\s\u00a0\u202f]", "", _text(v)).replace(",", ".")
    if not text:
        return None
    return float(text)


def _date(v) -> dt.date | None:
    text = _text(v)
    return dt.date.fromisoformat(text) if text else None


def check_fields(raw: dict) -> dict:
    """The fields as values to save, or InvalidFields naming every field that is wrong.

    >>> check_fields({"metric": "turnover", "a": "BY-HM", "b": "RU-MOW", "value": "-5", "currency": "USD",
    ...               "bound": "eq", "status": "reported"})
    Traceback (most recent call last):
    ...
    etl.reviews.validate.InvalidFields: value: an amount cannot be negative
    """
    out, problems = {}, {}
    for field, allowed in (("metric", METRICS), ("bound", BOUNDS), ("status", STATUSES)):
        out[field] = _text(raw.get(field))
        if out[field] not in allowed:
            problems[field] = f"{out[field]!r} is not one of {', '.join(allowed)}"
    known = regions_by_code()
    for field in ("a", "b"):
        code = _text(raw.get(field)).upper()
        out[field] = code or None
        if code and code not in known:
            problems[field] = f"unknown region code {code!r} (see data/reference/regions.csv)"
    if out["a"] and out["a"] == out["b"]:
        problems["b"] = "the partner must differ from the reporting side"
    for field in ("value", "change_pct"):
        try:
            out[field] = parse_number(raw.get(field))
        except ValueError:
            problems[field] = f"{_text(raw.get(field))!r} is not a number"
    if out.get("value") is not None and out["value"] < 0:
        problems["value"] = "an amount cannot be negative"
    cur = _text(raw.get("currency")).upper()
    out["currency"] = cur or None
    if cur and cur not in currencies():
        problems["currency"] = f"{cur!r} is not in the reference table ({', '.join(currencies())})"
    if out.get("value") is not None and not cur and "currency" not in problems:
        problems["currency"] = "a value needs its currency"
    for field in ("period_start", "period_end"):
        try:
            out[field] = _date(raw.get(field))
        except ValueError:
            problems[field] = f"{_text(raw.get(field))!r} is not a date (YYYY-MM-DD)"
    start, end = out.get("period_start"), out.get("period_end")
    if (start is None) != (end is None) and not ({"period_start", "period_end"} & problems.keys()):
        problems["period_end" if end is None else "period_start"] = "give both ends of the period, or neither"
    if start and end and end < start:
        problems["period_end"] = f"the period ends ({end}) before it starts ({start})"
    if out.get("value") is None and out.get("change_pct") is None and "value" not in problems:
        problems["value"] = "give a value or a change"
    if problems:
        raise InvalidFields(problems)
    return {f: (out[f].isoformat() if isinstance(out[f], dt.date) else out[f]) for f in FIELDS}
