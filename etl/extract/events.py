"""Cooperation events (visits, meetings, signed documents, forums, sessions of joint bodies) in
Russian news prose. The labels' rules are in tests/data/EVENTS.md; the cue words are data
(data/reference/event_cues.csv). Places, sentences and dates come from the machinery facts use.
"""

from __future__ import annotations

import csv
import datetime as dt
import functools
import re
from dataclasses import dataclass, replace

from etl.extract.event_dates import DateSpan, find_dates
from etl.extract.event_sides import Participant, article_places, as_codes, host_of, is_city, participants, pick_sides
from etl.extract.morph import is_future_or_intent
from etl.extract.places import country_of, find_places
from etl.extract.resolve import ArticleContext, remember_sides, resolve_mentions
from etl.extract.sentences import split_sentences
from etl.model import Event
from etl.reference import reference_dir

_WORD = re.compile(r"[а-яё]+")


@functools.cache
def cues() -> dict[str, re.Pattern]:
    """role → one pattern of all its cue words (event_cues.csv), scanned on lower-cased text."""
    with (reference_dir() / "event_cues.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    by_role: dict[str, list[str]] = {}
    for r in rows:
        by_role.setdefault(r["role"], []).append(r["cue"])
    return {role: re.compile(r"(?<![а-яё])(?:" + "|".join(f"(?:{c})" for c in pats) + r")")
            for role, pats in by_role.items()}


@functools.cache
def gate() -> re.Pattern:
    """Any event cue at all: most articles have none and skip the rest."""
    c = cues()
    return re.compile("|".join(c[r].pattern for r in ("visit", "delegation", "host", "meeting",
                                                        "agreement", "forum", "commission")))


@dataclass(frozen=True)
class Cue:
    type: str
    start: int
    end: int


# "X принял делегацию / губернатора …": a host receiving visitors (not "принял участие", "решение").
_HOST_OBJECT = re.compile(r"(?![а-яё])(?:\s+[^\s,.;:]+){0,3}?\s+(?:[а-яё]+\s+)?(?:делегаци|губернатор|посл[аоу]|глав|"
                          r"президент|министр|премьер|мэр|аким|хоким|гост|руководител|председател|вице|зам)")
# A document already in force: "в рамках межправительственного соглашения", "согласно протоколу".
_EXISTING = re.compile(r"(?:в\s+рамках|согласно|в\s+соответствии\s+с|на\s+основе|выполнени\w*|реализаци\w*|"
                       r"исполнени\w*|итоги)\s+(?:[а-яё-]+\s+){0,2}$")
# The history of contacts, not an event: "первое соглашение было подписано еще в 1998 году".
_HISTORY = re.compile(r"(?<![а-яё])(?:ещ[её]\s+в|в\s+свое\s+время|в\s+сво[её]м\s+время|за\s+годы|в\s+прошлые\s+годы|"
                      r"ранее\s+(?:был[аио]?\s+)?подписан|уже\s+действу)")
# A count of documents is history or business ("26 соглашений", "подписала восемь соглашений").
_COUNTED = re.compile(r"(?:\d+|два|две|три|четыре|пять|шесть|семь|восемь|девять|десять|ряд|десятки|"
                      r"несколько|более\s+\d+|около\s+\d+)\s+(?:[а-яё]+\s+)?$")
_JOINT = re.compile(r"(?:межправ\w*|межгосударств\w*|совместн\w*|смешанн\w*|двусторонн\w*|[а-яё]+о-[а-яё]+ск\w*|"
                    r"заседани\w*|сесси\w*)\s+(?:[а-яё-]+\s+){0,3}$")
_STATES = re.compile(r"межправ|межгосударств|высш\w+\s+гос")
_ON_BODY = re.compile(r"(?<![а-яё])(?:на|в)\s+(?:[ivx]+\s+|\d+-?[а-яё]*\s+|перв\w+\s+|очередн\w+\s+)?$")
_NOT_JOINT = re.compile(r"евразийск|экономическ\w+\s+комисси|избирательн|таможенн|антимонопол")
# "международная угольная ярмарка", "Первая международная выставка импорта": a third party's event
_THIRD_PARTY = re.compile(r"международн\w*\s+(?:[а-яё]+\s+)?$")
# "Форум регионов" alone names the Forum of Regions of Belarus and Russia.
_FORUM_PLURAL = re.compile(r"(?:съездах|форумах|выставках|ярмарках|форумы|выставки|ярмарки)$")


def _cues(low: str) -> list[Cue]:
    """Event cue words of a sentence, by type."""
    c = cues()
    out: list[Cue] = []
    for m in c["visit"].finditer(low):
        out.append(Cue("visit", m.start(), m.end()))
    for m in c["delegation"].finditer(low):
        out.append(Cue("visit", m.start(), m.end()))
    for m in c["host"].finditer(low):
        if _HOST_OBJECT.match(low, m.end()):
            out.append(Cue("host", m.start(), m.end()))
    for m in c["meeting"].finditer(low):
        out.append(Cue("meeting", m.start(), m.end()))
    signs = [m.start() for m in c["sign"].finditer(low)
             if not _HISTORY.search(low, max(0, m.start() - 40), m.end() + 25)]
    for m in c["agreement"].finditer(low):
        lo, hi = clause(low, m.start(), m.end())
        if any(lo <= x < hi and abs(x - m.start()) <= 60 for x in signs) \
                and not _COUNTED.search(low, max(0, m.start() - 30), m.start()) \
                and not _EXISTING.search(low, max(0, m.start() - 40), m.start()):
            out.append(Cue("agreement", m.start(), m.end()))
    for m in c["forum"].finditer(low):
        if not _FORUM_PLURAL.search(m.group()) and not _THIRD_PARTY.search(low, max(0, m.start() - 30), m.start()):
            out.append(Cue("forum", m.start(), m.end()))
    for m in c["commission"].finditer(low):
        before = low[max(0, m.start() - 50):m.start()]
        word = m.group()
        if _NOT_JOINT.search(low, max(0, m.start() - 30), m.end()):
            continue
        if word.startswith(("межправ", "высш", "совместн")) or _JOINT.search(before) \
                or _ON_BODY.search(before):
            out.append(Cue("commission", m.start(), m.end()))
    return sorted(out, key=lambda x: x.start)


_CLAUSE_BREAK = re.compile(r"[;:(]|\s[—–]\s|,\s+(?:что|а|но|где|когда|который|которая|которые|которую)\s|\.\s")


_RELATIVE = re.compile(r",\s+(?:который|которая|которые|которую|где|когда)\s")


def clause(low: str, start: int, end: int, relative: bool = False) -> tuple[int, int]:
    """The clause around a cue: up to a semicolon, colon, spaced dash or ", что / а / но / который";
    with `relative`, a relative clause after the cue ("Форум, который пройдет в июне") belongs to it."""
    lo = max((m.end() for m in _CLAUSE_BREAK.finditer(low, 0, start)), default=0)
    pos = end
    while (hi := _CLAUSE_BREAK.search(low, pos)) and relative and _RELATIVE.match(low, hi.start()):
        pos = hi.end()
    return lo, hi.start() if hi else len(low)


def _planned(low: str, cue: Cue) -> bool:
    """Announced for later: a planning word or a verb in the future tense in the cue's clause."""
    if any(m.end() <= cue.start and cue.start - m.end() <= 25 for m in cues()["planned_before"].finditer(
            low, max(0, cue.start - 60), cue.end)):
        return True   # "подготовка к IX Форуму", "перед визитом", "предстоящий визит"
    lo, hi = clause(low, cue.start, cue.end)
    if cue.type == "meeting":   # "обсудили подготовку Форума": the plan is the forum's, not the meeting's
        hi = min(hi, cue.end + 15)
    if cues()["planned"].search(low, lo, hi):
        return True
    return any(is_future_or_intent(w.group()) for w in _WORD.finditer(low, lo, hi))


# "план на 2024−2026 годы", "за 2023 год", "по итогам 2024 года": a term or a figure's period, not a date.
_TERM_BEFORE = re.compile(r"(?:на|за|с|до|итогам)\s+(?:\d{4}\s*[-–—−]\s*)?$")
_HELD = re.compile(r"(?<![а-яё])(?:прош(?:ел|ла|ли|едш)\w*|состоял\w*|побывал\w*|посетил\w*|провел\w*|подписал\w*|"
                   r"принял\w*|встретил\w*|обсудил\w*|прибыл\w*|открыл\w*|завершил\w*)")
_TRADE = re.compile(r"оборот|экспорт|импорт|торгов|поставк|составил|достиг|превысил|вырос|увеличил")


def _date_for(dates: list[DateSpan], low: str, cue: Cue) -> DateSpan | None:
    """The date phrase of the event: a day anywhere in the sentence, nearest the cue; a month or a
    year only close to the cue, with no trade figure between them (that period is the figure's)."""
    days = [d for d in dates if d.kind != "period" and d.first]
    if days:
        return min(days, key=lambda d: abs(d.start - cue.start))
    near = []
    lo, hi = clause(low, cue.start, cue.end, relative=True)
    for d in dates:
        if d.first and lo <= d.start and d.end <= hi and not _TRADE.search(low, lo, hi) \
                and not _TERM_BEFORE.search(low, max(0, d.start - 16), d.start):
            near.append(d)
    return min(near, key=lambda d: abs(d.start - cue.start)) if near else None


def _visit_direction(ps: list[Participant], x: Participant, y: Participant, host_cue: Cue | None
                     ) -> tuple[Participant, Participant]:
    """(visitor, host): "X принял Y" makes Y the visitor; a delegation's side travels; the side
    whose country holds the venue or the destination is the host."""
    if host_cue is not None:
        before = [p for p in (x, y) if p.start < host_cue.start and p.start >= 0]
        if len(before) == 1:
            host = before[0]
            return (y, x) if host is x else (x, y)
    for p, q in ((x, y), (y, x)):
        if p.role == "delegation" or p.role == "origin":
            return p, q
    for p, q in ((x, y), (y, x)):
        if any(r.role in ("dest", "venue") and country_of(r.code) == country_of(q.code) for r in ps) \
                and not any(r.role in ("dest", "venue") and country_of(r.code) == country_of(p.code) for r in ps):
            return p, q
    return x, y


def _visit_near(found: list[Cue], low: str, cue: Cue) -> bool:
    """A visit word in the meeting's clause: the meeting is part of that visit."""
    lo, hi = clause(low, cue.start, cue.end)
    return any(c.type == "visit" and lo <= c.start < hi for c in found)


def _venue_visit(ps: list[Participant], x: Participant, y: Participant) -> bool:
    """A meeting placed in a city of one side that names that side besides the venue ("провел в
    Минске встречу с Лукашенко", "встрече с губернатором … в Минске"): the other side travelled."""
    for p, q in ((x, y), (y, x)):
        venues = [r for r in ps if r.role == "venue" and is_city(r) and country_of(r.code) == country_of(q.code)]
        # the venue is the host's own city, or the host is a state (its capital, its president)
        own = "-" not in q.code or q.code in {v.code for v in venues}
        if venues and own and q.role not in ("venue", "context") and p.role != "context" \
                and p.role != "diplomat" \
                and not any(r.role == "venue" for r in ps if country_of(r.code) == country_of(p.code)):
            return True
    return False


def _sides(ps: list[Participant], low: str, cue: Cue, fallback: list[str]
           ) -> tuple[Participant, Participant] | None:
    """A forum's or a joint body's sides are named in its name ("Форум регионов Беларуси и России",
    "совет … Свердловской области и Беларуси") or at least in its clause, never only elsewhere."""
    # "российско-эмиратской межправкомиссии", "встрече Матвиенко и Кочановой", "Форума регионов
    # Беларуси и России": two countries named in the event's own phrase are its sides.
    lo = max([p.start for p in ps if p.source == "adj" and p.end <= cue.start and cue.start - p.end <= 3]
             + [cue.start])
    named = [p for p in ps if lo <= p.start <= cue.end + 45 and p.role not in ("venue", "posted")]
    if len({country_of(p.code) for p in named}) >= 2:
        return pick_sides(named, cue.start, [], by_position=True)
    if cue.type not in ("forum", "commission"):
        return pick_sides(ps, cue.start, fallback)
    lo, hi = clause(low, cue.start, cue.end)
    inside = [p for p in ps if lo <= p.start < hi]
    return pick_sides(inside, cue.start, fallback if cue.type == "commission" else [])


_SIDES = re.compile(r"(?<![а-яё])(?:стороны|сторонами|сторон)(?![а-яё])")


def _sentence_events(s: str, offset: int, published, ctx: ArticleContext, fallback: list[str],
                     headline: bool, last: Event | None = None) -> list[Event]:
    low = s.lower()
    found = _cues(low)
    if not found:
        return []
    named = ps = participants(s, ctx)
    if last is not None and (m := _SIDES.search(low)):
        # "Стороны подписали …" right after an event: the same two sides
        ps = [Participant(last.a, m.start(), m.end(), "delegation" if last.type == "visit" else "place"),
              Participant(last.b, m.start(), m.end(), "dest" if last.type == "visit" else "place")]
    types = {c.type for c in found}
    if types & {"visit", "agreement", "forum", "commission", "host"}:
        # "обсудили", "договорились" beside another event describe that event, not a meeting of its own
        found = [c for c in found if not (c.type == "meeting" and low.startswith(("обсу", "догов"), c.start))]
    host_cue = next((c for c in found if c.type == "host"), None)
    out: list[Event] = []
    done: set[str] = set()
    for cue in found:
        kind = "visit" if cue.type == "host" else cue.type
        if kind in done:
            continue
        pair = _sides(named if cue.type in ("forum", "commission") else ps, low, cue, fallback)
        if pair is None:
            continue
        x, y = pair
        notes = []
        if kind == "meeting" and (_visit_near(found, low, cue) or host_cue or _venue_visit(ps, x, y)):
            kind = "visit"
            if "visit" in done:
                continue
        if kind == "visit":
            x, y = _visit_direction(ps, x, y, host_cue)
            y = host_of(ps, y)
        if y.role == "context":
            notes.append("one side taken from elsewhere in the article")
        a, b = as_codes(x, y)
        if country_of(a) == country_of(b):
            continue
        if kind == "commission" and _STATES.search(low, max(0, cue.start - 40), cue.end + 10):
            a, b = country_of(a), country_of(b)   # an intergovernmental body's sides are the states
        planned = _planned(low, cue)
        date = _date_for(find_dates(s, published, False), low, cue)
        if date and published and date.first and date.kind != "period":
            # "18–21 сентября" in an article of 14 August is ahead, unless the clause says it took place
            # (then it is the year before: the shared year rule for held events).
            planned = date.first > published and not _HELD.search(low, *clause(low, cue.start, cue.end))
            if not planned and date.first > published:
                date = _date_for(find_dates(s, published, True), low, cue)
        elif date and published and date.last and date.last < published:
            planned = False
        elif date and published and date.first and date.first > published:
            planned = True   # "готов принять Форум регионов в 2027 году": what lies ahead is not held
        status = "planned" if planned else "held"
        first = date.first if date else None
        last = date.last if date else None
        if first is None and headline and status == "held" and published:
            first = last = published
            notes.append("date: the headline's own date")
        elif first is None:
            notes.append("date not stated")
        out.append(Event(type=kind, a=a, b=b, date_start=first, date_end=last, status=status,
                         quote=s, quote_start=offset, quote_end=offset + len(s), notes="; ".join(notes)))
        done.add(kind)
    return out


def _same_day(found: list[Event], last: Event) -> list[Event]:
    """Held events of the sentence right after a dated one, with no date of their own, took place the
    same day ("24 октября делегация … начала работу в Бресте. На заседании рабочей группы …")."""
    if last.date_start is None or last.date_start != last.date_end or last.status != "held":
        return found
    return [replace(e, date_start=last.date_start, date_end=last.date_end,
                    notes="date: the day of the event the sentence before reports")
            if e.date_start is None and e.status == "held" else e for e in found]


def _merge(events: list[Event]) -> list[Event]:
    """One event per type and pair in an article: the first mention, dated by any mention that gives a
    date; a meeting of a pair that had a visit is part of the visit."""
    out: list[Event] = []
    visits = {frozenset((e.a, e.b)) for e in events if e.type == "visit"}
    for e in events:
        if e.type == "meeting" and frozenset((e.a, e.b)) in visits:
            continue
        key = (e.type, (e.a, e.b) if e.type == "visit" else frozenset((e.a, e.b)))
        same = next((k for k, o in enumerate(out)
                     if (o.type, (o.a, o.b) if o.type == "visit" else frozenset((o.a, o.b))) == key), None)
        if same is None:
            out.append(e)
        elif out[same].date_start is None and e.date_start is not None:
            out[same] = replace(out[same], date_start=e.date_start, date_end=e.date_end, status=e.status)
    return out


def extract_events(text: str, published: dt.date | None, title: str | None = None) -> list[Event]:
    """Every cooperation event an article reports, each with the sentence it came from."""
    if not text or not gate().search(text.lower()):
        return []
    ctx = ArticleContext()
    if title:
        ctx.remember([x.code for x in resolve_mentions(find_places(title), ctx)])
    fallback = article_places(text, title, ctx)
    headline = bool(title) and text.strip() == title.strip()
    events: list[Event] = []
    for s0, s1 in split_sentences(text):
        s = text[s0:s1]
        last = events[-1] if events and events[-1].quote_end >= s0 - 2 else None
        found = _sentence_events(s, s0, published, ctx, fallback, headline, last)
        events.extend(_same_day(found, last) if last else found)
        remember_sides(ctx, resolve_mentions(find_places(s), ctx))
    return [replace(e, confidence=confidence(e)) for e in _merge(events)]


@functools.cache
def _confidence_table() -> dict[tuple[str, str], float]:
    path = reference_dir() / "event_confidence.csv"
    if not path.exists():
        return {}
    with path.open(encoding="utf-8", newline="") as fh:
        return {(r["type"], r["status"]): float(r["precision"]) for r in csv.DictReader(fh)}


def confidence(e: Event) -> float:
    """Measured precision of events of this type and status on the labelled passages we tuned on,
    smoothed toward one half for small counts ((right + 1) / (extracted + 2)); written by
    `python -m tests.extract.score_events_dev --write-confidence` into event_confidence.csv. A type and
    status never extracted there gets the precision over all events."""
    table = _confidence_table()
    return table.get((e.type, e.status), table.get(("all", "all"), 0.5))
