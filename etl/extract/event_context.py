"""The context of an event sentence: which event the sentence before told (its sides carried by "Стороны …",
"он/она", a joint body "двух стран"), a session named as the mode or the occasion of a talk, and the next session of
a joint body. Split from events.py (1.41.127) by meaning; the rules are unchanged.
"""

from __future__ import annotations

import re

from etl.extract.event_cues import Cue, clause
from etl.extract.event_pair import OF_BOTH, article_pair
from etl.extract.event_roles import about_place
from etl.extract.event_sides import Participant, side_keys
from etl.extract.event_when import is_talk
from etl.extract.places import country_of
from etl.model import Event

SESSION_BEFORE = re.compile(r"(?<![а-яё])(?:сесси|заседани|подписани|церемони)\w*")   # ("Подписание прошло по ВКС")
_MODE = re.compile(r"(?<![а-яё])(?:в\s+режиме|в\s+формате|по|посредством|с\s+использованием)\s+(?:[а-яё-]+\s+)?$")
# ", к которой", ", в котором": a relative clause opening, about the noun right before it
_RELATIVE_OPEN = re.compile(r",\s+(?:[а-яё]+\s+){0,2}котор\w+\s+$")


def session_of(low: str, cue: Cue) -> bool:
    """A session named in the mode's clause ("Подписание прошло по ВКС") or right before the relative clause
    it is told in ("в пленарной сессии, к которой по видеосвязи подключились …")."""
    lo, hi = clause(low, cue.start, cue.end)
    if SESSION_BEFORE.search(low, lo, hi):
        return True
    rel = _RELATIVE_OPEN.search(low, max(0, lo - 30), lo)
    return rel is not None and bool(SESSION_BEFORE.search(low, max(0, rel.start() - 40), rel.start()))


def held_by_mode(low: str, cue: Cue) -> bool:
    """A talk word that names how a session was held: "в режиме видеоконференции", "по видеосвязи"."""
    return cue.type == "meeting" and low.startswith(("видео", "вкс", "телефон"), cue.start) \
        and bool(_MODE.search(low, max(0, cue.start - 25), cue.start))


# "Стороны подписали …", "Главы государств провели беседу …", "лидеры обсудили …", "между нашими регионами",
# "регионы-партнеры": the two sides of the event just reported, named by a word for both of them
SIDES = re.compile(r"(?<![а-яё])(?:стороны|сторонами|сторон|"
                    r"(?:главы|руководители|губернаторы)\s+(?:двух\s+|обоих\s+)?(?:государств|регионов|областей|стран)|"
                    r"лидеры|президенты|премьер-министры|премьеры|участники\s+встречи|собеседники|"
                    r"наш(?:и|их|ими|им)\s+(?:регион(?:ы|ов|ами|ам|ах)|област(?:и|ей|ями|ям|ях))|"
                    r"(?:регион|област)[а-яё]*-партнер[а-яё]*)(?![а-яё])")


def continuing(low: str, ps: list[Participant], found: list[Cue], last: Event | None
                ) -> tuple[list[Participant], list[Cue], list[Cue]]:
    """(sides, cue words, talk cue words) of a sentence: "Стороны подписали …" right after an event has
    that event's sides, and its "отметили … договорились" after a session is what was said there;
    "обсудили", "договорились" beside another event describe it, so they are tried last, and a
    sentence that opens with them after an event, naming no one, tells what was said there."""
    if last is not None and (m := SIDES.search(low)) \
            and len({country_of(p.code) for p in ps if not about_place(low, p)}) < 2:   # (not what was discussed)
        # ("Стороны условились подписать соглашение между Курской и Гомельской областями": the pair named)
        if not ps and last.type != "visit":   # "… встретились на границе. Руководители регионов осмотрели пункт
            # пропуска": both went together, neither visited the other
            found = [c for c in found if not (c.type == "visit" and m.end() <= c.start
                                              and clause(low, c.start, c.end)[0] <= m.start())]
        ps = [Participant(last.a, m.start(), m.end(), "delegation" if last.type == "visit" else "place"),
              Participant(last.b, m.start(), m.end(), "dest" if last.type == "visit" else "place")]
        found = [c for c in found if not (is_talk(low, c) and last.type in ("commission", "forum", "visit"))]
    talk = [c for c in found if is_talk(low, c)]
    if last is not None and found and found[0].start == 0 and len(talk) == len(found):
        return ps, [], []   # "Обсуждали привлечение инвестиций …" right after an event: what was said there
    if last is not None and talk and SIDES.match(low):
        # "Стороны условились подписать соглашение между Курской и Гомельской областями" right after an event:
        # that event's sides agreed (on a document of the pair named), no meeting of that pair
        return ps, [c for c in found if c not in talk], []
    return ps, [c for c in found if c not in talk] + talk, talk


RECENT_REACH = 400   # about two sentences
# "по завершении встречи", "в ходе переговоров": a talk's noun as the occasion of what the sentence tells
OCCASION_NOUN = re.compile(r"(?<![а-яё])(?:по\s+(?:итогам|завершении|окончании|результатам)|в\s+ходе|во\s+время|"
                            r"после|на)\s+$")
# "Следующее заседание", "очередную сессию": the next session of the joint body the article just told of
NEXT_SESSION = re.compile(r"(?<![а-яё])(?:следующ|очередн|ближайш)\w*\s+(?:[а-яё]+\s+)?(?:заседани|сесси|встреч)\w*")


# "он подписал", "она провела переговоры": the official the sentence before introduced
_SUBJECT_PRONOUN = re.compile(r"(?<![а-яё])(?:он|она)\s")


def by_pronoun(low: str, found: list[Cue]) -> bool:
    """An event of the sentence is told of "он"/"она" before its cue word ("Делегацию Тульской области
    возглавил губернатор. В первый день форума он подписал соглашение с …"): the side it does not name is
    that official's, of the sentence right before, not the state an earlier sentence named."""
    return ("он " in low or "она " in low) and bool(_SUBJECT_PRONOUN.search(low, 0, max(c.start for c in found)))


def recent_event(earlier: list[Event], offset: int, low: str) -> Event | None:
    """ "Стороны …" a sentence or two after the article's last event, past a quote or a figure naming no
    other event ("… провел переговоры с губернатором. «Брянщина — наш партнер», — отметил он. Стороны
    подписали план"): that event's sides."""
    if earlier and SIDES.search(low) and earlier[-1].quote_end >= offset - RECENT_REACH:
        return earlier[-1]
    return None


def recent_forum(earlier: list[Event], offset: int) -> Event | None:
    """The article's last event, when it is a forum or a session told a sentence or two before ("Дни … пройдут
    в Гомеле. В программе — ярмарка … Калужскую делегацию возглавит губернатор")."""
    if earlier and earlier[-1].type in ("forum", "commission") and earlier[-1].quote_end >= offset - RECENT_REACH:
        return earlier[-1]
    return None


def unnamed_sides(low: str, last: Event | None, fallback, signed: bool, talk_only: bool) -> list[Participant]:
    """The sides of an event sentence that names no place: those of the event the sentence right before
    reports ("В ходе визита … По их итогам подписан меморандум"), or, after a sentence of no event,
    the two sides the article names when the sentence speaks of both ("Товарооборот Гомельской и
    Брянской областей вырос. В сентябре стороны подписали план мероприятий") or of a document signed
    (`signed`: "Подписанная в мае дорожная карта предусматривает …"), not only of talk (`talk_only`)."""
    if last is not None:
        return [Participant(last.a, -1, -1, "context", "context"), Participant(last.b, -1, -1, "context", "context")]
    if not signed and (talk_only or not SIDES.search(low) and not OF_BOTH.search(low)):
        return []   # "Стороны договорились наращивать поставки": no meeting told (but "Рабочая группа двух регионов …")
    if (two := article_pair(fallback)) is None:
        return []
    return [Participant(two[0], -1, -1, "place", "context"), Participant(two[1], -1, -1, "context", "context")]


def no_pair(named: list[Participant], ps: list[Participant], fallback) -> bool:
    """No cue of the sentence can find two sides (pick_sides): its participants are of one country at
    most, and the article around it names no other."""
    countries = {country_of(p.code) for p in named} | {country_of(p.code) for p in ps}
    if len(countries) >= 2 or len(set(side_keys(named).values())) >= 2 or len(set(side_keys(ps).values())) >= 2:
        return False   # (a region and a diplomat of its own state are two sides)
    return not countries or all(country_of(code) in countries for code in fallback)
