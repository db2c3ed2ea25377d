"""Changes listed with "соответственно" after the figures they belong to: "экспорт составил 200 млн,
импорт — 100 млн, прибавив соответственно 18 и 43 %" — the n changes go, in order, to the sentence's
last n valued figures."""

from __future__ import annotations

import re
from dataclasses import replace

from etl.extract.change import DOWN, UP
from etl.extract.numbers import NUM, number_value
from etl.model import Fact

_PCT = r"\s*(?:%|процент\w*|проц\b\.?)"
_LIST = re.compile(
    rf"(?<![а-яё])(?:(?P<up>{UP})|(?P<down>{DOWN}))\s+(?P<r1>соответственно\s+)?(?:на\s+)?"
    rf"(?P<nums>{NUM}(?:{_PCT})?(?:\s*(?:,|и)\s*(?:на\s+)?{NUM}(?:{_PCT})?)+)(?P<r2>\s+соответственно)?", re.I)
_NUM = re.compile(NUM)


def respective_changes(s: str, facts: list[Fact]) -> list[Fact]:
    """Give the last n valued facts of a sentence the n changes of a "соответственно" list, in order."""
    if "оответственно" not in s:   # the cheap test first: most sentences list nothing
        return facts
    m = _LIST.search(s)
    if not m or not (m.group("r1") or m.group("r2")) or not re.search(_PCT, m.group("nums")):
        return facts
    values = [number_value(x.group()) for x in _NUM.finditer(m.group("nums"))]
    if len(values) < 2 or any(v is None for v in values):
        return facts
    sign = -1 if m.group("down") else 1
    listed = {sign * v for v in values}
    # a figure may already hold one of the listed changes, and the rest stand alone: the list is theirs
    valued = [k for k, f in enumerate(facts)
              if f.value is not None and (f.change_pct is None or f.change_pct in listed)]
    if len(valued) < len(values):
        return facts
    out = list(facts)
    for k, v in zip(valued[-len(values):], values, strict=True):
        out[k] = replace(out[k], change_pct=sign * v)
    return [f for f in out if f.value is not None or f.change_pct not in listed]
