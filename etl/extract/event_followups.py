"""Cue words of a sentence that tell no event of their own, given what the sentence right before
reported or what the talk agreed on (EVENTS.md: "a trip only to attend a forum or a commission's
session is part of that event"; "договорились" without a document is no agreement, and a signing
agreed on is ahead)."""

from __future__ import annotations

import re

from etl.extract.event_cues import Cue, clause
from etl.extract.event_people import PERSON
from etl.model import Event

_TAKES_PART = re.compile(r"(?<![а-яё])(?:участи[еяю]|участвова\w*|участву\w*)")
_TRAVEL = re.compile(r"(?<![а-яё])(?:прибы|прибуд|приех|приед|приезж|прилет|посет|побыва|визит)")
_SIGN_INFINITIVES = ("подписать", "заключить", "подготовить", "утвердить")
_TO_SIGN = re.compile(r"\s+(?:[а-яё]+\s+)?(?:" + "|".join(_SIGN_INFINITIVES) + r")(?![а-яё])"
                      r"|(?:\s+и)?\s+о\s+(?:подписани|заключени)\w*")   # "договорились и о подписании …"
_ANY_TO_SIGN = re.compile("|".join(_SIGN_INFINITIVES) + "|подписани|заключени")


def trip_to_last(low: str, found: list[Cue], last: Event | None) -> list[Cue]:
    """Delegations taking part or led ("возглавит делегацию"), right after a sentence reporting a forum or
    a session ("Форум регионов пройдет в Казани. Ожидается участие делегаций всех областей"; "Дни Брянской
    области пройдут в Могилеве … Брянскую делегацию возглавит губернатор"), went to it: no visit of their
    own, unless a word of travel says they came."""
    if last is None or last.type not in ("forum", "commission"):
        return found
    return [c for c in found if c.type != "visit" or not (_TAKES_PART.search(low, *clause(low, c.start, c.end))
                                                          or _led_only(low, *clause(low, c.start, c.end)))
            or _TRAVEL.search(low, *clause(low, c.start, c.end))]


_LED = re.compile(r"(?<![а-яё])возглав\w*")
# a stay or a date of the delegation's own ("делегацию, находившуюся в Венесуэле с 27 сентября, возглавлял …")
_STAY = re.compile(r"(?<![а-яё])(?:наход|пребыва|работа)\w*|\d")


def _led_only(low: str, lo: int, hi: int) -> bool:
    """The clause tells only who leads the delegation: no stay and no date of its own."""
    return bool(_LED.search(low, lo, hi)) and not _STAY.search(low, lo, hi)


def signing_agreed(low: str, found: list[Cue], talk: list[Cue], last: Event | None, sides: re.Pattern) -> list[Cue]:
    """ "Стороны договорились подписать соглашение …" opening an article's account, naming no official,
    or "Договорились и о подписании …" with no subject at all: the signing is planned, and no talk was
    told."""
    if last is not None or not talk or not _ANY_TO_SIGN.search(low) or PERSON.search(low):
        return found   # (officials named: "губернатор и аким договорились подписать …" met)
    return [c for c in found if c not in talk or not _TO_SIGN.match(low, c.end)
            or not (sides.search(low, max(0, c.start - 30), c.start) or not low[:c.start].strip())]



# "рассчитывают подписать", "хотят заключить": a signing in the infinitive has not happened yet …
_TO_SIGN_INF = re.compile(r"(?<![а-яё])(?:подписать|заключить|утвердить|парафировать|перезаключить|"
                          r"к\s+подписанию)(?![а-яё])")   # ("подготовить к подписанию": prepared, not signed)
# … unless it was managed ("удалось подписать", "смогли заключить")
_MANAGED = re.compile(r"(?<![а-яё])(?:удалось|удастся|смогли|сумели|успели|смог|сумел|успел)\s+$")


def signing_ahead(low: str, lo: int, hi: int) -> bool:
    """A document's clause (lo, hi) that tells its signing by an infinitive tells a signing ahead."""
    return any(not _MANAGED.search(low, max(lo, m.start() - 20), m.start())
               for m in _TO_SIGN_INF.finditer(low, lo, hi))


# "подписали", "заключила", "утвердили": a signing told in the past finite form has happened
_SIGNED_PAST = re.compile(r"(?<![а-яё])(?<!не\s)(?:подписал|заключил|утвердил|парафировал|одобрил|перезаключил)"
                          r"(?:и|а|о)?(?![а-яё])")


def signed_in_past(low: str, start: int, end: int) -> bool:
    """The document's own signing word, between its cue's start and a little past its word, is a past
    finite verb: held, whatever else the clause plans ("подписали соглашение и договорились заключить
    контракты")."""
    return bool(_SIGNED_PAST.search(low, max(0, start - 5), end))


# "посетить", "приехать": a trip told by an infinitive ("принял приглашение посетить Витебск в ноябре")
_TO_VISIT = ("посетить", "приехать", "прибыть", "побывать", "прилететь")


def visit_ahead(low: str, start: int) -> bool:
    """A visit word in the infinitive has not happened yet, unless it was managed ("удалось посетить")."""
    return low.startswith(_TO_VISIT, start) and not _MANAGED.search(low, max(0, start - 20), start)
