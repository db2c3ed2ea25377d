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


# "с Казахстаном и другими странами СНГ": a partner listed with the rest of a group.
_AND_OTHERS = re.compile(r"\s*(?:,\s*|\s+)(?:и|а\s+также)\s+(?:(?:с|со|в|во|из|на)\s+)?(?:друг|прочи|остальн|ины)\w+\s+"
                         r"(?:[а-яё]+\s+)?(?:стран|государств|регион|партнер|рынк)", re.I)


def summed_partners(sent, lo: int, hi: int) -> bool:
    """True when two partners named in [lo, hi) are listed under one partner preposition, or one with the
    rest of a group."""
    ends = dict(sent.spans)
    named = sorted(((pos, x) for pos, x in sent.sides if lo <= pos < hi and pos in ends), key=lambda t: t[0])
    if any(x.prep in _LIST_PREPS and _AND_OTHERS.match(sent.text, ends[p]) for p, x in named):
        return True
    for (p1, x1), (p2, x2) in zip(named, named[1:], strict=False):
        if x1.prep not in _LIST_PREPS or x2.prep not in ("", "и", x1.prep) or x1.code == x2.code:
            continue
        if x1.locative or x2.locative:   # "в Минске и Москве": where, not to whom
            continue
        if _JOIN.fullmatch(sent.text, ends[p1], p2):
            return True
    return _bracketed_list(sent.text, named, ends) or _summed_owners(sent.text, named, ends)


def _summed_owners(text: str, named: list, ends: dict) -> bool:
    """ "Экспорт Брестской и Гродненской областей в Польшу": two owners joined by "и" with one partner after
    them (a preposition of direction) — their sum, no pair's figure."""
    for k in range(len(named) - 2):
        (p1, x1), (p2, x2) = named[k], named[k + 1]
        if x1.prep in _LIST_PREPS or x1.prep == "между" or x2.prep != "и" or x1.code == x2.code \
                or not re.fullmatch(r"\s+и\s+", text[ends[p1]:p2]):
            continue
        if any(x.prep in _LIST_PREPS and not x.locative and x.code not in (x1.code, x2.code)
               for _, x in named[k + 2:]):
            return True
    return False


def _bracketed_list(text: str, named: list, ends: dict) -> bool:
    """ "по отдельным странам (Германия, Нидерланды, Бельгия) — снижение около 18 %": places listed
    alone in brackets, with no preposition, are a group the figure is for."""
    for k in range(len(named) - 1):
        (p1, _), (p2, _) = named[k], named[k + 1]
        opening = text.rfind("(", 0, p1)
        if opening < 0 or text[opening + 1:p1].strip() or not _JOIN.fullmatch(text, ends[p1], p2):
            continue
        j = k + 1
        while j + 1 < len(named) and _JOIN.fullmatch(text, ends[named[j][0]], named[j + 1][0]):
            j += 1
        if text[ends[named[j][0]]:].lstrip().startswith(")"):
            return True
    return False


_BRACKET_LIST = re.compile(r"\(\s*[А-ЯЁ][^()]*?(?:,|\sи\s)[^()]*\)")


def bracketed_group(text: str, mentions: list) -> set[int]:
    """The starts of places listed alone in brackets ("(Германия, Нидерланды, Бельгия)"): a group the
    clause speaks of, no side of any figure."""
    out: set[int] = set()
    if "(" not in text:
        return out
    for b in _BRACKET_LIST.finditer(text):
        inside = [m for m in mentions if b.start() < m.start < b.end() and not m.prep]
        joined = all(_JOIN.fullmatch(text, x.end, y.start) for x, y in zip(inside, inside[1:], strict=False))
        if len(inside) >= 2 and joined and not text[b.start() + 1:inside[0].start].strip() \
                and not text[inside[-1].end:b.end() - 1].strip():
            out.update(m.start for m in inside)
    return out
