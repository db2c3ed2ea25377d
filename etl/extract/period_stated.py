"""Periods told by a sentence with no figure of its own: a headline or question whose single period the next
sentence's figure reports ("Данные за январь–май опубликовал Белстат."), or a sentence after the figure that
says which period it was ("Это итоги первого полугодия"). Split from fact_period.py."""

from __future__ import annotations

import re
from dataclasses import replace

from etl.extract.period import find_periods, resolve_period
from etl.model import Fact

# "Данные за январь–май опубликовал Белстат.": a figure-less headline of results, statistics or data, or a
# question, whose single period the next sentence reports.
_RESULTS = re.compile(r"(?<![а-яё])(?:итог|данны|статистик|результат)\w*", re.I)


def stated_period(s: str, published, trade: bool = False) -> tuple | None:
    """The single finished period of a figure-less question, line of results or (`trade`) sentence
    about the flow ("Гомельщина в январе–мае нарастила поставки …. Экспорт за этот период …")."""
    if not (trade or s.rstrip().endswith("?") or _RESULTS.search(s)):
        return None
    return _single_finished_period(s, published)


def _single_finished_period(s: str, published) -> tuple | None:
    """(start, end) of the sentence's one own period phrase, when it is over by publication; else None."""
    own = [p for p in find_periods(s) if p.role == "own"]
    if len(own) != 1:
        return None
    start, end, _ = resolve_period(own[0], published, True)
    return (start, end) if start and not (published and end > published) else None


# "Такие данные за прошлый год привел …", "Это итоги первого полугодия": a sentence after the
# figure that says which period it was.
_BACK_REFERENCE = re.compile(r"(?<![а-яё])(?:данн\w+|итог\w*|речь\s+ид[её]т|показател\w*|результат\w*|"
                             r"статистик\w*)(?![а-яё])", re.I)


def period_stated_after(prev: list[Fact], s: str, published) -> list[Fact]:
    """Reported facts of the previous sentence with no period take the single period of a
    figure-less sentence that refers back to them."""
    if not prev or any(f.period_start or f.status != "reported" for f in prev) or not _BACK_REFERENCE.search(s):
        return prev
    if (span := _single_finished_period(s, published)) is None:
        return prev
    start, end = span
    note = "period given by the next sentence"
    return [replace(f, period_start=start, period_end=end,
                    notes="; ".join(n for n in (f.notes.replace("period not stated", "").strip("; "), note) if n))
            for f in prev]
