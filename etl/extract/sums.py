"""A figure for two or more partners together is no partner's (FORMAT.md: a fact is one pair's
trade). "Товарооборот области с Польшей и Литвой составил 700 млн", "экспорт в Россию и Казахстан
вырос на 9 %": the partners share one preposition (or repeat it) and are joined by "и" or a
comma, so the figure is their sum; "между X и Y" is a pair, not a sum, and "… соответственно"
lists are split earlier (`lists.py`)."""

from __future__ import annotations

import re

# The partner prepositions that can govern a list of places.
_LIST_PREPS = frozenset({"с", "со", "в", "во", "из", "на"})
# What joins two listed places: "и", a comma, "а также", optionally with the preposition repeated.
_JOIN = re.compile(r"\s*(?:,\s*(?:и\s+|а\s+также\s+)?|\s+(?:и|а\s+также)\s+)(?:(?:с|со|в|во|из|на)\s+)?", re.I)


def summed_partners(sent, lo: int, hi: int) -> bool:
    """True when two partners named in [lo, hi) are listed under one partner preposition."""
    ends = dict(sent.spans)
    named = sorted(((pos, x) for pos, x in sent.sides if lo <= pos < hi and pos in ends), key=lambda t: t[0])
    for (p1, x1), (p2, x2) in zip(named, named[1:], strict=False):
        if x1.prep not in _LIST_PREPS or x2.prep not in ("", "и", x1.prep) or x1.code == x2.code:
            continue
        if x1.locative or x2.locative:   # "в Минске и Москве": where, not to whom
            continue
        if _JOIN.fullmatch(sent.text, ends[p1], p2):
            return True
    return False
