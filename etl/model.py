"""Plain records shared by every layer: the article read from a file and the fact extracted from it."""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass, field

METRICS = ("turnover", "export", "import")
BOUNDS = ("eq", "gt", "lt", "approx")
STATUSES = ("reported", "target")

# The fact contract (GUIDE.md §2): the same names in Python, DuckDB, JSONL and CSV.
FACT_FIELDS = (
    "metric", "a", "b", "value", "currency", "bound", "period_start", "period_end",
    "change_pct", "status", "quote", "quote_start", "quote_end", "notes", "confidence",
)


class _Record:
    """to_dict/from_dict shared by the extracted records (facts, events): the contract's field names,
    dates as ISO strings, `notes` never None."""

    FIELDS: tuple[str, ...] = ()

    def to_dict(self) -> dict:
        """JSON-ready mapping with ISO dates, keyed by the contract's field names."""
        out = {}
        for name in self.FIELDS:
            v = getattr(self, name)
            out[name] = v.isoformat() if isinstance(v, dt.date) else v
        return out

    @classmethod
    def from_dict(cls, d: dict):
        kw = {name: d.get(name) for name in cls.FIELDS}
        for name, v in kw.items():
            if isinstance(v, str) and (name.startswith("period_") or name.startswith("date_")):
                kw[name] = dt.date.fromisoformat(v)
        kw["notes"] = kw["notes"] or ""
        return cls(**kw)


@dataclass(frozen=True)
class Fact(_Record):
    """One trade figure: who traded with whom, how much, when, and the sentence that says so."""

    metric: str
    a: str | None
    b: str | None
    value: float | None
    currency: str | None
    bound: str
    period_start: dt.date | None
    period_end: dt.date | None
    change_pct: float | None
    status: str
    quote: str
    quote_start: int
    quote_end: int
    notes: str = ""
    # Estimated probability that every field is right (etl/extract/confidence.py); None before scoring.
    confidence: float | None = None

    FIELDS = FACT_FIELDS


@dataclass(frozen=True)
class Article:
    """One news article as read from a source file, before extraction."""

    article_id: str
    body: str
    published: dt.date | None
    title: str | None = None
    url: str | None = None
    source: str | None = None
    rubric: str | None = None
    path: str | None = None
    external_id: str | None = None
    encoding: str | None = None
    notes: str = ""
    extra: dict = field(default_factory=dict, compare=False, hash=False)

    def replace(self, **kw) -> Article:
        return dataclasses.replace(self, **kw)


EVENT_TYPES = ("visit", "meeting", "agreement", "forum", "commission")
EVENT_STATUSES = ("held", "planned")
# The event contract (GUIDE.md §2, tests/data/EVENTS.md): the same names in Python, DuckDB, JSONL and CSV.
EVENT_FIELDS = (
    "type", "a", "b", "date_start", "date_end", "status", "quote", "quote_start", "quote_end",
    "notes", "confidence",
)


@dataclass(frozen=True)
class Event(_Record):
    """One cooperation contact between two places: a visit (a = the visitors' side), a meeting, a
    signed document, a joint forum or a session of a joint body, and the sentence that says so."""

    type: str
    a: str
    b: str
    date_start: dt.date | None
    date_end: dt.date | None
    status: str
    quote: str
    quote_start: int
    quote_end: int
    notes: str = ""
    confidence: float | None = None

    FIELDS = EVENT_FIELDS
