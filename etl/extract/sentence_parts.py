"""The parts of a sentence that the fact rules share: its places, periods, amounts, changes and keywords
(`Sentence`), a keyword's stretch of it (`Segment`), and the places named in a stretch (`sides_in`). Split from
partners.py, which decides the pair of each figure."""

from __future__ import annotations

import re
from dataclasses import dataclass

from etl.extract.amount import Money
from etl.extract.change import Change
from etl.extract.metric import MetricMention
from etl.extract.period import PeriodMention
from etl.extract.places import PlaceMention, place_kinds
from etl.extract.resolve import Side

CLAUSE_BREAK = re.compile(r"[,;:()]")
PARTNER_PREPS = frozenset({"с", "со", "в", "во", "из", "между", "на"})

# The text up to its last clause break: a greedy run backs off to the last break (one match instead of a
# Match per comma; last_break_end)
_UP_TO_LAST_BREAK = re.compile(r"(?s:.*)" + CLAUSE_BREAK.pattern)


def last_break_end(text: str, pos: int, endpos: int, default):
    """Where the last CLAUSE_BREAK of text[pos:endpos] ends, else `default`: the answer of
    max((b.end() for b in CLAUSE_BREAK.finditer(text, pos, endpos)), default=default), asked before
    most figures and keywords, found by one greedy match (about 2.5 times faster)."""
    m = _UP_TO_LAST_BREAK.match(text, pos, endpos)
    return m.end() if m else default


@dataclass(frozen=True)
class Segment:
    start: int
    end: int
    metric: str
    keyword: MetricMention


@dataclass(frozen=True)
class Sentence:
    text: str
    offset: int
    sides: list[tuple[int, Side]]
    periods: list[PeriodMention]
    moneys: list[Money]
    changes: list[Change]
    metrics: list[MetricMention]
    spans: list[tuple[int, int]]   # places with a code: "регионами России" is not a group
    # Single places named but not resolved: a generic word with no referent ("с республикой"),
    # a place-like name outside the reference lists ("с Тмутараканью").
    unresolved: tuple[PlaceMention, ...] = ()


def sides_in(sent: Sentence, lo: int, hi: int, metric: str = "turnover") -> list[Side]:
    """Sides named in [lo, hi); for turnover a city after "в" is where people met, not a side."""
    return [s for pos, s in sent.sides if lo <= pos < hi
            and not (metric == "turnover" and s.prep in ("в", "во") and s.source in ("name", "center")
                     and place_kinds().get(s.code) == "city")]
