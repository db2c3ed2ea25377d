"""Events told by their setting rather than by a cue word of their own, and pairs named by a dash: an
official speaking in a place of another side, or doing something there in person, went there ("В Минске
губернатор Иркутской области заявил", "сообщил журналистам в Гомеле, что …", "принял участие в открытии
торгового дома в Калининграде": a visit, EVENTS.md "visit"); "Межправкомиссия Беларусь – Узбекистан"
names a pair, not two clauses. Moved out of events.py, which calls them."""

from __future__ import annotations

import re

from etl.extract.event_cues import IN_AFTER, Cue, clause
from etl.extract.event_sides import Participant, is_city
from etl.extract.places import country_of

_DASH_BETWEEN = re.compile(r"\s*[—–]\s*")


# "с двумя российскими регионами – Калужской и Тульской областями", "с партнером — Павлодарской областью": partners
# named in apposition after a dash, right after a "с" phrase of no place ending in the instrumental
_APPOSED = re.compile(r"(?<![а-яё])со?\s+(?:[а-яё-]+\s+){0,3}[а-яё-]+(?:ами|ями|мя|ом|ем)\s[—–]\s$")


def pair_dashes(low: str, ps: list[Participant]) -> str:
    """ "Межправкомиссия Беларусь – Узбекистан соберется …": a dash between two places of two countries
    names a pair, no clause break; it is read as a hyphen (same length, same offsets)."""
    for p, q in zip(ps, ps[1:], strict=False):
        if country_of(p.code) != country_of(q.code) and (m := _DASH_BETWEEN.fullmatch(low, p.end, q.start)):
            low = low[:m.start()] + re.sub(r"[—–]", "-", m.group()) + low[m.end():]
    return low


def apposed(low: str, ps: list[Participant]) -> tuple[str, list[Participant]]:
    """Partners named in apposition after a dash ("подписать соглашения с двумя российскими регионами – Калужской
    и Тульской областями"): the dash is no clause break (read as a hyphen), and the state that only glosses
    them ("российскими") is no side of its own."""
    for q in ps:
        if q.start > 2 and low[q.start - 2] in "—–" and (m := _APPOSED.search(low, max(0, q.start - 90), q.start)):
            head = [p for p in ps if m.start() <= p.start < q.start]
            if all(p.code == country_of(q.code) for p in head):
                low = low[:q.start - 2] + "-" + low[q.start - 1:]
                ps = [p for p in ps if p not in head]
    return low, ps


# An official by title before his place: "губернатор Иркутской области", "председатель Брестского облисполкома"
_TITLE_BEFORE = re.compile(r"(?<![а-яё])(?:губернатор|председател|глав|мэр|аким|хоким|министр|премьер|президент|вице|"
                           r"замест|зампред|руководител|раис|спикер)[а-яё]*(?:-[а-яё]+)?\s+(?:[а-яё-]+\s+){0,3}$")


_PLACE_END = re.compile(r"\s*(?:[,.;:—–]|$)")   # the place ends the verb's phrase ("… в Гомеле, что"), no topic follows


def spoken_in(low: str, found: list[Cue], ps: list[Participant]) -> list[Cue]:
    """A speech verb ("заявил", "отметил") is a cue only in a sentence with no other: an official of one
    side who speaks in a place of another, both named before the verb in its clause with no comma between
    ("Губернатор Иркутской области в Минске заявил", "В Гомеле председатель … сообщил"), or the place right
    after the verb ending its phrase ("сообщил журналистам в Гомеле, что …"), went there: a visit."""
    rest = [c for c in found if c.type not in ("speech", "attended")]
    if rest or not found:
        return rest
    for c in found:
        lo, hi = clause(low, c.start, c.end)
        if c.type == "attended":   # "принял участие в открытии торгового дома в Калининграде", "открыл в
            # Андижане совместное предприятие": a city of another state after the verb in its clause
            near = [p for p in ps if lo <= p.start < c.start and "," not in low[p.start:c.start]
                    or c.end <= p.start < hi and p.role == "venue" and p.source != "adj" and is_city(p)]
            if _speaker_abroad(low, near):
                return [Cue("visit", c.start, c.end)]
            continue
        near = [p for p in ps if lo <= p.start < c.start and "," not in low[p.start:c.start]]
        after = IN_AFTER.match(low, c.end)   # "сообщил журналистам в Гомеле, что …"
        near += [p for p in ps if after and p.start == after.end() and _PLACE_END.match(low, p.end)]
        if _speaker_abroad(low, near):
            return [Cue("visit", c.start, c.end)]
    return []


def _speaker_abroad(low: str, near: list[Participant]) -> bool:
    """An official named by title and place, and a venue of another state, among `near`."""
    venues = [p for p in near if p.role == "venue" and p.source != "adj"]   # (not "в интервью белорусскому …")
    speakers = [p for p in near if p.role == "place" and _TITLE_BEFORE.search(low, max(0, p.start - 60), p.start)]
    return any(country_of(v.code) != country_of(p.code) for v in venues for p in speakers)
