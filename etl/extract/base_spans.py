"""The period of a base level written in the new level's sentence: "… 640 млн против 590 млн в прошлом
году", "за первое полугодие 2025 года … 540 млн, за аналогичный период 2024 года — 510 млн" (the sentence's
months in the earlier year)."""

from __future__ import annotations

import datetime as dt
import re

from etl.extract.period import SAME_SPAN, PeriodMention, last_day, resolve_period
from etl.extract.sentence_parts import Sentence

# "за аналогичный период 2023 года": the sentence's span in the year named
SPAN_IN_YEAR = re.compile(r"(?<![а-яё])(?:за|в)\s+" + SAME_SPAN + r"\s+(?P<y>(?:19|20)\d\d)", re.I)
_AGAINST = re.compile(r"(?<![а-яё])против\s*$", re.I)


def span_against(sent: Sentence, item, p: PeriodMention, published) -> tuple | None:
    """ "за январь–июнь составил 640 млн против 590 млн в прошлом году": a whole year named right after an
    amount that follows "против" is the year of the sentence's own months, not the whole year."""
    if (p.month_from, p.month_to) != (1, 12) or p.start < item.end \
            or not _AGAINST.search(sent.text, max(0, item.start - 12), item.start):
        return None
    span = next((q for q in sent.periods if q.role == "own" and q.end <= item.start
                 and (q.month_from, q.month_to) != (1, 12) and q.month_from), None)
    if span is None:
        return None
    year = resolve_period(p, published, True)[0]
    months = resolve_period(span, published, True)
    if year is None or months[0] is None:
        return None
    return (dt.date(year.year, months[0].month, 1), last_day(year.year, months[1].month),
            "period: the sentence's months in the year named after 'против'")


def span_year_clause(sent: Sentence, item, p: PeriodMention) -> int | None:
    """The year of "за аналогичный период 2024 года" in the figure's own clause, after the period it took
    and the amount before it, when it is no comparison ("чем/против/по сравнению с …")."""
    prev_end = max([m.end for m in sent.moneys if m.end <= item.start], default=-1)
    if prev_end < 0 or p.start >= prev_end:
        return None
    m = SPAN_IN_YEAR.search(sent.text, prev_end, item.start)
    if not m or re.search(r"сравнени\w*\s+с\s*$|(?:чем|против)\s*$", sent.text[max(0, m.start() - 20):m.start()], re.I):
        return None
    return int(m.group("y"))


# "167 млн долларов против 189,3 млн в 2022 году": the comparison word between a figure and the next amount
_THAN_NEXT = re.compile(r"[^.;:]{0,25}?(?<![а-яё])(?:против|чем|по\s+сравнению\s+с|в\s+сравнении\s+с)\s*$", re.I)


def base_after(sent: Sentence, item) -> PeriodMention | None:
    """The period of the base level after a figure: "Он составил 167 млн против 189,3 млн в 2022 году" — the year
    after the next amount, which follows "против" (чем, по сравнению с) right after the figure, is that amount's,
    not the figure's."""
    nxt = next((m for m in sent.moneys if m.start >= item.end), None)
    if nxt is None or not _THAN_NEXT.fullmatch(sent.text, item.end, nxt.start):
        return None
    return next((p for p in sent.periods if p.role == "own" and nxt.end <= p.start <= nxt.end + 30), None)
