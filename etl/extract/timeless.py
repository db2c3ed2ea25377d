"""Time words that name no calendar period (FORMAT.md: no period is better than a guessed one).

"сейчас", "сегодня", "в настоящее время" speak of the present state; "в последние годы", "в
последнее время", "на протяжении последних лет" of an open span of years; "в отдельные/лучшие
годы" of some unnamed past years; "в среднем за год" of a yearly rate; "пятый год подряд", "за
все время сотрудничества" of a run of years with no calendar end; "в последние месяцы" of a recent
stretch of no stated length. A figure whose own stretch
says so takes no period from another clause of its sentence, nor from the sentence before — only a
period written in its own stretch ("Сейчас, по итогам 2024 года, …") dates it."""

from __future__ import annotations

import re

TIMELESS = re.compile(
    r"(?<![а-яё])(?:сейчас|сегодня|ныне|нынче|в\s+настоящее\s+время|на\s+сегодняшний\s+день|"
    r"на\s+(?:данный|текущий)\s+момент|"
    r"(?:в|за|на\s+протяжении|в\s+течение)\s+последн\w+\s+(?:(?:несколько|два|три|пять|\d+)\s+)?"
    r"(?:годы|лет|года|время)|в\s+последнее\s+время|"
    r"в\s+(?:отдельн|лучш|разн|пиков|рекордн|прежн|былые)\w*\s+годы|"
    # "в последние месяцы", "за последние несколько недель": a recent stretch of no stated length
    r"(?:за|в|на\s+протяжении|в\s+течение)\s+последн(?:ие|их)\s+(?:несколько\s+)?(?:месяц|недел)\w*|"
    r"в\s+среднем\s+(?:за|в)\s+год|"
    # "растет пятый год подряд", "за все время сотрудничества", "за годы независимости": a run of
    # years, or the whole time, with no calendar end
    r"[а-яё\d-]+\s+(?:год|лет)\s+подряд|за\s+вс[её]\s+время|"
    r"за\s+(?:время|годы)\s+(?:сотрудничеств|партн[её]рств|независимост|существовани|работ)\w*)(?![а-яё])", re.I)
NOTE = "period not stated: the figure's time words name no calendar period"

_BREAK = re.compile(r"[,;:()]")


def timeless(s: str, floor: int, start: int, end: int) -> bool:
    """A timeless time word between `floor` (the previous figure's end) and the figure, or after the
    figure in its clause ("… превышает 200 млн долларов в среднем за год")."""
    brk = _BREAK.search(s, end)
    return bool(TIMELESS.search(s, floor, start) or TIMELESS.search(s, end, brk.start() if brk else len(s)))


def own_stretch_period(s: str, p_start: int, floor: int, start: int, end: int) -> bool:
    """A period a timeless figure may still take: written in its own stretch (after the previous
    figure, before it, or right after it in its clause), and not part of the time word itself ("в
    среднем за год")."""
    if any(m.start() <= p_start < m.end() for m in TIMELESS.finditer(s, floor, len(s))):
        return False
    if floor <= p_start < start:
        return True
    brk = _BREAK.search(s, end)
    return end <= p_start < (brk.start() if brk else len(s))
