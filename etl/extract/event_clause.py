"""The clause around an event cue (`clause`), read off the clause breaks of its sentence found once.

The event rules ask for the clause of one cue again and again (the cue finder, the sides, the date,
the status: ~6 times a cue), each time scanning the sentence from its start for the last break
before the cue. The breaks of a sentence are found once (`_breaks`, kept by text for the last
sentences asked about) and the last one before the cue is looked up. That is the very answer of the
scan of the text cut at the cue: the pattern looks neither ahead nor past a match's end, so a match
ending before the cue is found alike in the whole text and in the cut one; only a match of the
whole text running over the cue's start could differ, and then the cut text is scanned as before.
"""

from __future__ import annotations

import bisect
import re

# ", в рамках которых пройдет …", ", на котором": a relative clause opened by a preposition's phrase too
_WHICH = r"(?:(?:[а-яё]+\s+){0,2}котор(?:ый|ая|ое|ые|ую|ого|ой|ом|ых|ым|ыми)|где|когда)"
# (not the dot of an abbreviation: "на 2026–2028 гг. подписали", "Гомельской обл. посетила")
_CLAUSE_BREAK = re.compile(rf"[;:(]|\s[—–]\s|,\s+(?:что|а|но|{_WHICH})\s|(?<!\sг)(?<!\sгг)(?<!\sобл)\.\s")


_RELATIVE = re.compile(rf",\s+{_WHICH}\s")

# The breaks (starts, ends) of the texts asked about lately, by value; emptied when full.
_BREAKS: dict[str, tuple[list[int], list[int]]] = {}
_BREAKS_MAX = 64


def _breaks(low: str) -> tuple[list[int], list[int]]:
    found = _BREAKS.get(low)
    if found is None:
        if len(_BREAKS) >= _BREAKS_MAX:
            _BREAKS.clear()
        spans = [m.span() for m in _CLAUSE_BREAK.finditer(low)]
        found = _BREAKS[low] = ([a for a, _ in spans], [b for _, b in spans])
    return found


def clause_start(low: str, start: int) -> int:
    """Where the clause holding position `start` opens: the end of the last clause break before it, or 0."""
    starts, ends = _breaks(low)
    i = bisect.bisect_right(ends, start)   # the breaks ending at `start` or before
    if i < len(starts) and starts[i] < start:   # a break of the whole text runs over `start`: scan the cut text
        return max((m.end() for m in _CLAUSE_BREAK.finditer(low, 0, start)), default=0)
    return ends[i - 1] if i else 0


def next_break(low: str, pos: int) -> tuple[int, int] | None:
    """The span of the first clause break at `pos` or after it: _CLAUSE_BREAK.search(low, pos)'s, read
    off the sentence's breaks found once. A break of the whole text is a match at its start, and the
    search finds that very match (its lookbehinds see before `pos` alike); it could find another only at
    a position the whole text's scan stepped over, inside a break running over `pos`: then it scans."""
    starts, ends = _breaks(low)
    i = bisect.bisect_left(starts, pos)   # the first break starting at `pos` or after
    if i and ends[i - 1] > pos:   # the break before runs over `pos`: scan from there
        hit = _CLAUSE_BREAK.search(low, pos)
        return hit.span() if hit else None
    return (starts[i], ends[i]) if i < len(starts) else None


def clause(low: str, start: int, end: int, relative: bool = False) -> tuple[int, int]:
    """The clause around a cue: up to a semicolon, colon, spaced dash or ", что / а / но / который";
    with `relative`, a relative clause after the cue ("Форум, который пройдет в июне") belongs to it."""
    lo = clause_start(low, start)
    pos = end
    while (hi := next_break(low, pos)) and relative and _RELATIVE.match(low, hi[0]):
        pos = hi[1]
    return lo, hi[0] if hi else len(low)
