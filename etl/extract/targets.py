"""Reported figure or target: plans, goals and forecasts before the amount make it a target."""

from __future__ import annotations

import re

from etl.extract.metric import TARGET_CUES
from etl.extract.morph import is_future_or_intent, is_past_verb

_WORD = re.compile(r"[А-Яа-яЁё]+")
_CLAUSE_END = re.compile(r"[,;:()]|\s[–—]\s")
_AMOUNT_END = re.compile(r"(?:млрд|млн|тыс|миллиард\w*|миллион\w*|долл\w*|рубл\w*|евро|юан\w*|%|процент\w*)\.?")


# "удалось/сумели/смогли + infinitive": what was planned has been done.
# "рост цен позволил нарастить экспорт на 15 %": a past "позволил/помог" that made it possible, likewise.
_ACHIEVED = re.compile(r"(?<![а-яё])(?<!не )(?:удалось|сумел\w*|смогл[иа]|смог|получилось|позволил[иао]?|"
                       r"помогл[иао]|помог)\s+(?:[а-яё\d]+\s+){0,4}?"
                       r"(?:выйти|нарастить|увеличить|довести|достичь|достигнуть|превысить|удвоить|утроить)", re.I)
_FUTURE_AFTER = re.compile(r"(?<![а-яё])(?:планир|намер|прогноз|ожида|рассчитыва)\w*", re.I)
_SUBJUNCTIVE = re.compile(r"(?<![а-яё])чтобы?(?![а-яё])", re.I)


def _last_amount_end(text: str, lo: int, floor: int = 0) -> int:
    return max((m.end() for m in _AMOUNT_END.finditer(text, floor, lo)), default=0)


def is_target(text: str, lo: int, start: int, reach_back: bool = False) -> bool:
    """True when a plan/forecast cue or a future-tense verb precedes the figure in its clause
    and no past-tense verb follows the cue.

    >>> s = "Стороны планируют нарастить товарооборот до 1 млрд долларов"
    >>> is_target(s, 0, s.index("1 млрд"))
    True
    >>> s = "Товарооборот в 2018 году составил 970 млн долларов"
    >>> is_target(s, 0, s.index("970"))
    False
    >>> s = "товарооборот превысит миллиард долларов"
    >>> is_target(s, 0, s.index("миллиард"))
    True
    """
    window = text[lo:start]
    cue_end = None
    for m in TARGET_CUES.finditer(window):
        cue_end = m.end()
    if any(map(is_future_or_intent, _WORD.findall(window))):   # (most windows have none: found without a loop)
        for m in _WORD.finditer(window):
            if is_future_or_intent(m.group()) and (cue_end is None or m.end() > cue_end):
                cue_end = m.end()
    if cue_end is None and reach_back:
        # "… и договорились увеличить взаимную торговлю до $2 млрд": a cue word (not a verb's
        # tense: too costly and too loose) before the keyword that opened the segment, in its clause.
        floor = max(0, lo - 200)
        clause = max((m.end() for m in _CLAUSE_END.finditer(text, floor, lo)), default=floor)
        back = max(clause, _last_amount_end(text, lo, floor))
        cues = list(TARGET_CUES.finditer(text, back, lo))
        if cues:
            lo, cue_end = back, cues[-1].end() - back
            window = text[lo:start]
    if cue_end is None:
        return False
    done = _ACHIEVED.search(window)
    if done and done.end() <= cue_end and not any(m.start() > done.end() for m in _FUTURE_AFTER.finditer(window)):
        return False   # "сумели выйти на 1 млрд", "удалось нарастить до": a plan carried out, reported
    if _SUBJUNCTIVE.search(window):   # "есть предпосылки, чтобы товарооборот достиг 300 млн": a goal
        return True
    return not any(map(is_past_verb, _WORD.findall(window, cue_end)))


def future_change(text: str, start: int, end: int) -> bool:
    """A change whose own words are a verb in the future tense ("товарооборот удвоится") is a plan."""
    return any(is_future_or_intent(w.group()) for w in _WORD.finditer(text, start, end))


# "назвал $1 млрд взаимной торговли условным ориентиром", "считает 500 млн реальной целью": the goal
# word, in the instrumental, follows the amount in its clause.
_GOAL_AFTER = re.compile(r"[^,;:.()—–]{0,60}?(?<![а-яё])(?:ориентир\w*|цель\w*|целью|задачей|планкой|рубежом)"
                         r"(?![а-яё])", re.I)


# "Условным ориентиром для взаимной торговли лидер назвал 1 млрд долларов", "Целью стороны считают 500 млн": the
# goal word in the instrumental before the amount, the naming verb between, in one clause
_GOAL_BEFORE = re.compile(r"(?<![а-яё])(?:ориентиром|целью|задачей|планкой|рубежом)(?![а-яё])[^,;:.()—–]{0,90}?"
                          r"(?<![а-яё])(?:назва\w*|называ\w*|счита\w*|видит|видят|определи\w*|обозначи\w*|"
                          r"установи\w*)\s+(?:[^,;:.()—–\d]{0,25}\s)?[$€]?\s*$", re.I)


def goal_named_after(text: str, end: int, start: int | None = None) -> bool:
    """The goal word after the amount ("назвал $1 млрд … ориентиром") or, given the amount's `start`, before it
    with its naming verb ("Ориентиром … назвал $1 млрд")."""
    return bool(_GOAL_AFTER.match(text, end)) or \
        start is not None and bool(_GOAL_BEFORE.search(text, max(0, start - 160), start))


def future_deadline(periods, lo: int, start: int, published) -> bool:
    """ "…, а к 2030 году — до 500 млн": a deadline in a year after publication, in the figure's own
    stretch, makes the figure a plan whatever its clause's verb."""
    return published is not None and any(
        p.role == "deadline" and p.year is not None and p.year > published.year and lo <= p.start < start
        for p in periods)
