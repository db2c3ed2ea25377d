"""How the events of one article relate: a forum or session mentioned again ("на форуме также
подписали …"), an event dated by the occasion it took place at, a visit dated by a talk held during it,
and two mentions of one type and pair that are distinct occurrences."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from etl.extract.event_cues import Cue
from etl.extract.event_documents import AT_PREP
from etl.extract.places import country_of
from etl.model import Event

# "На форуме также подписали …", "в ходе заседания": the forum or session the article reported already
_AGAIN = re.compile(AT_PREP +
                    r"(?:(?:этом|этого|том\s+же|того\s+же|данном|данного|указанном)\s+)?$")
# … unless a name follows: "на форуме «Россия — Беларусь»", "на IX форуме", "на форуме регионов Беларуси"
_ADJ_END = r"[а-яё]+(?:ом|ем|ого|его|ой|ей|их|ых)"
_NAMED_AFTER = re.compile(rf"\s*(?:[«\"]|[ivx]+\s|\d|{_ADJ_END}(?![а-яё])|регионов|городов)")


def mentioned_again(low: str, cue: Cue) -> bool:
    """A forum, session or visit word right after "на", "в ходе", "в рамках" with no name of its own ("На
    форуме также подписали …", "В ходе визита он встретится …"): the one the article reported before."""
    return cue.type in ("forum", "commission", "visit") and " " not in low[cue.start:cue.end] \
        and bool(_AGAIN.search(low, max(0, cue.start - 30), cue.start)) and not _NAMED_AFTER.match(low, cue.end)


# "… принял делегацию … Встреча прошла 4 марта в здании правительства", "… подписали программу …. Подписание
# состоялось 17 декабря в Москве": a sentence whose subject is the event's noun, with its predicate
_TOLD_NEXT = re.compile(r"\s*(?:сама\s+|эта\s+|этот\s+|это\s+)?(?P<noun>встреча|переговоры|беседа|визит|поездка|"
                        r"подписание|церемония\s+подписания|заседание|сессия|форум|ярмарка|выставка|бизнес-миссия|"
                        r"дни)(?:\s+[^\s.,;:!?]+){0,3}?\s+(?:прош(?:ел|ла|ло|ли)|состоял(?:ся|ась|ось|ись)|"
                        r"состоится|состоятся|пройд(?:ет|ут)|проходил[аио]?|проходит|проходят|"
                        r"был[аио]?\s+проведен[аоы]?|запланирован[аоы]?|намечен[аоы]?|назначен[аоы]?)(?![а-яё])")
_NOUN_TYPES = {"встреча": ("meeting", "visit"), "переговоры": ("meeting", "visit"), "беседа": ("meeting", "visit"),
               "визит": ("visit",), "поездка": ("visit",), "подписание": ("agreement",), "церемония": ("agreement",),
               "заседание": ("commission",), "сессия": ("commission",)}


def told_next(low: str, last: Event | None) -> Cue | None:
    """The undated event the sentence right before reported, when this sentence opens with its noun as the
    subject of a verb of holding ("Встреча прошла 4 марта …", "Подписание состоялось 17 декабря"): the noun,
    as a cue of that event's type (the sentence's date is that event's)."""
    if last is None or last.date_start is not None or not (m := _TOLD_NEXT.match(low)):
        return None
    noun = m.group("noun").split()[0]
    if last.type not in _NOUN_TYPES.get(noun, ("forum",)):
        return None
    return Cue(last.type, m.start("noun"), m.end("noun"))


def another_occurrence(a: Event, b: Event) -> bool:
    """Two mentions of one type and pair that cannot be one event: one held and one planned ("заседание
    состоялось … очередное планируется"), or both dated in different months (last year's Week and this
    year's)."""
    if a.status != b.status:
        return True
    return a.date_start is not None and b.date_start is not None and \
        (a.date_start.year, a.date_start.month) != (b.date_start.year, b.date_start.month)


def during_visit(meeting: Event, visit: Event) -> bool:
    """The meeting's sides are the visit's: the same two, or one the same and the other the state of the
    other's region or a region of that state ("губернатор Ленинградской области прибудет в Минск …
    переговоры с руководством Беларуси"; "посетил Могилев … стороны договорились": the talks of the trip)."""
    m, v = (meeting.a, meeting.b), (visit.a, visit.b)
    if frozenset(m) == frozenset(v):
        return True
    for x, y in (m, m[::-1]):
        for p, q in (v, v[::-1]):
            if x == p and y != q and country_of(y) == country_of(q) and ("-" not in y or "-" not in q):
                return True
    return False


def date_visit_by_meeting(out: list[Event], meeting: Event) -> None:
    """A dated talk during an undated visit of its pair dates the visit ("прилетел в Украину …; главы
    государств, которые 18 июня провели беседу …")."""
    if meeting.date_start is None or meeting.status != "held" or "date:" in meeting.notes:
        return   # only a date the meeting's own sentence gives
    for k, v in enumerate(out):
        if v.type == "visit" and during_visit(meeting, v) and v.date_start is None and v.status == "held":
            out[k] = replace(v, date_start=meeting.date_start, date_end=meeting.date_end,
                             notes="date: of a meeting held during the visit")


# "На форуме также подписали …", "в ходе визита состоялись переговоры": the event took place at another
# one the article reports, named by its kind
_OCCASION = re.compile(r"(?:" + AT_PREP + r"|(?<![а-яё])во?\s+(?:первый|второй|третий|последний|заключительный)\s+"
                       r"день\s+)"   # ("во второй день форума": of the forum's days)
                       r"(?:[а-яё-]+\s+){0,2}?(?P<kind>форум|визит|заседани|сесси|ярмарк|выставк|мисси|недел|дн[еяи])")
_OCCASION_TYPES = {"форум": "forum", "визит": "visit", "заседани": "commission", "сесси": "commission",
                   "ярмарк": "forum", "выставк": "forum", "мисси": "forum", "недел": "forum", "дне": "forum",
                   "дня": "forum", "дни": "forum"}


def at_occasion(events: list[Event], published: dt.date | None = None) -> list[Event]:
    """An event with no date of its own, placed at another event of the article ("На форуме также
    подписали меморандумы"; "Дни … пройдут 15–17 мая. В их рамках планируется подписать соглашение"),
    takes place on that event's days (held at a held one, planned at a planned one, and planned at one
    going on the day of publication: "Сегодня проходит заседание … В рамках заседания планируется
    подписать меморандум")."""
    out = list(events)
    for k, e in enumerate(out):
        if e.date_start is not None or e.type == "visit":
            continue   # a visit is longer than the forum it came to
        low = e.quote.lower()
        for kind, host in _occasions(low, out, e, published):
            if host is not None:
                out[k] = replace(e, date_start=host.date_start, date_end=host.date_end,
                                 notes=f"date: of the {kind} it took place at")
                break
    return out


# "в их рамках", "в его ходе", "на нем": the event the sentence before told
# ("В рамках мероприятия": the Days or forum just told, by its generic noun)
_PRONOUN_OCCASION = re.compile(r"(?<![а-яё])(?:в\s+(?:его|ее|её|их)\s+(?:рамках|ходе)|на\s+(?:нем|нём|ней|них)|"
                               r"(?:в\s+рамках|в\s+ходе|во\s+время|на)\s+(?:этого\s+|данного\s+)?мероприяти[яи])"
                               r"(?![а-яё])")


def _occasions(low: str, out: list[Event], e: Event, published: dt.date | None = None):
    """(kind, the article's event) for each occasion phrase of e's sentence: of a side in common, or of
    the states whose regions e's sides are (a regions' memorandum at a session of their states' body)."""
    def fits(o: Event) -> bool:
        return o is not e and o.type != e.type and o.date_start is not None and "date:" not in o.notes \
            and (o.status == e.status or e.status == "planned" and _going_on(o, published)) \
            and (bool({o.a, o.b} & {e.a, e.b}) or _part_of_pair((e.a, e.b), (o.a, o.b)))
    for m in _OCCASION.finditer(low):
        kind = _OCCASION_TYPES[m.group("kind")]
        yield kind, next((o for o in out if o.type == kind and fits(o)), None)
    if _PRONOUN_OCCASION.search(low):
        before = [o for o in out if o.quote_end <= e.quote_start]
        if before and fits(before[-1]):
            yield before[-1].type, before[-1]


def _going_on(o: Event, published: dt.date | None) -> bool:
    """A held event whose days span the day of publication: what is planned at it is still ahead."""
    return published is not None and o.status == "held" and o.date_start <= published <= (o.date_end or o.date_start)


# "В тот же день", "В этот же день": the day of the event told last, past sentences of no event
_SAME_DAY = re.compile(r"(?<![а-яё])в\s+(?:тот|этот)\s+же\s+день(?![а-яё])")


def told_that_day(events: list[Event], low: str, offset: int, reach: int) -> Event | None:
    """The article's last held event told on one day, ending within `reach` characters before `offset`, when the
    sentence `low` there says its events took place "в тот же день" ("Делегация … 26 мая побывала в Брянске. Гостям
    показали технопарк. В тот же день … подписали программу"); None otherwise."""
    if not _SAME_DAY.search(low):
        return None
    return next((e for e in reversed(events) if e.status == "held" and e.date_start is not None
                 and e.date_start == e.date_end and e.quote_end >= offset - reach), None)


def same_day(found: list[Event], last: Event) -> list[Event]:
    """Held events of the sentence right after a dated one, with no date of their own, took place the
    same day ("24 октября делегация … начала работу в Бресте. На заседании рабочей группы …"), or
    during the visit it reports ("С 4 по 8 ноября делегация побывала в Шанхае. Делегация участвовала
    в бизнес-форуме …")."""
    if last.date_start is None or last.status != "held":
        return found
    if last.date_start == last.date_end:
        note = "date: the day of the event the sentence before reports"
    elif last.type == "visit":
        note = "date: during the visit the sentence before reports"
    else:
        return found
    return [replace(e, date_start=last.date_start, date_end=last.date_end, notes=note)
            if e.date_start is None and e.status == "held" else e for e in found]


# "в рамках саммита ШОС президенты провели двустороннюю встречу": talks at a third party's gathering are a
# meeting of their own, not part of a visit the sentence also tells
_SIDELINES = re.compile(r"(?<![а-яё])(?:на\s+полях|в\s+рамках|в\s+кулуарах)\s+(?:[а-яё-]+\s+){0,3}?"
                        r"(?:саммит|конференц|заседани\w*\s+(?:совета|снг|еаэс|шос|одкб|брикс))")


# "Деловая миссия провинции прибыла в край …": a business mission is its guests' trip; their talks are part of it
_MISSION = re.compile(r"(?<![а-яё])(?:бизнес[\s-]*|делов\w+\s+|торгов\w+\s+|инвестиционн\w+\s+|экономическ\w+\s+)"
                      r"мисси\w*")


def _years_before(first: Event, later: Event, published: dt.date | None) -> bool:
    """An undated event of the news and a later mention over a year before publication ("В Гродно прошла
    ярмарка … Впервые ярмарка … прошла в 2015 году", "Идея встречи возникла во время презентации … в апреле
    2010 года" in October 2011): an earlier occurrence, not the date of the one reported."""
    return published is not None and first.date_start is None and later.date_end is not None \
        and (published - later.date_end).days > 365


def merge_mentions(events: list[Event], published: dt.date | None = None) -> list[Event]:
    """One event per type and pair in an article: the first mention, dated by any mention that gives a
    date (not one over a year before publication: an earlier occurrence); a meeting of a pair that had a
    visit (or a business mission) is part of it (unless with a resident diplomat)."""
    out: list[Event] = []
    visits = [e for e in events if e.type == "visit" or e.type == "forum" and _MISSION.search(e.quote.lower())]
    for e in events:
        if e.type == "visit" and (k := _mission_trip(e, out)) is not None:
            if out[k].date_start is None and e.date_start is not None:   # "… миссию …: делегация прибыла 10 января"
                out[k] = dated_by(out[k], e.date_start, e.date_end, e.status)
            continue
        if e.type == "visit" and (_trip_to(e, events) or _programme(e, out) or stop_on_trip(e, out)):
            continue
        quote = e.quote.lower()
        if e.type == "meeting" and "resident diplomat" not in e.notes and not _SIDELINES.search(quote) \
                and not _REMOTE.search(quote) and any(during_visit(e, v) and not _other_month(e, v) for v in visits):
            date_visit_by_meeting(out, e)
            continue
        if (k := _visit_again(e, out)) is not None and not _years_before(out[k], e, published):
            # "В Гродно сегодня — гости из Калининграда. Губернатор … приехал, чтобы обсудить с белорусскими
            # коллегами …": the same trip, its host named by the state the second time
            if out[k].date_start is None and e.date_start is not None:
                out[k] = dated_by(out[k], e.date_start, e.date_end, e.status)
            continue
        if (k := _document_again(e, out)) is not None:
            if _part_of_pair((e.a, e.b), (out[k].a, out[k].b)):   # (the closer sides of the two mentions)
                out[k] = replace(out[k], a=e.a, b=e.b)   # "Стороны подписали соглашение. Документ со стороны
            continue   # Беларуси подписал министр, с российской — губернатор Курской области": the sides it names
        key = (e.type, (e.a, e.b) if e.type == "visit" else frozenset((e.a, e.b)))
        same = next((k for k, o in enumerate(out)
                     if (o.type, (o.a, o.b) if o.type == "visit" else frozenset((o.a, o.b))) == key
                     and not another_occurrence(o, e) and not _years_before(o, e, published)), None)
        if same is None:
            out.append(e)
        elif out[same].date_start is None and e.date_start is not None:
            out[same] = dated_by(out[same], e.date_start, e.date_end, e.status)
    return out


def dated_by(e: Event, start: dt.date, end: dt.date, status: str,
             note: str = "dated where the article tells it again") -> Event:
    """e, undated where first told, with the dates and status another mention of the same event gives; its
    notes say where the date came from instead of "date not stated" (its own sentence's note)."""
    notes = [n for n in e.notes.split("; ") if n and n != "date not stated"]
    return replace(e, date_start=start, date_end=end, status=status, notes="; ".join(notes + [note]))


# "Документ подписали …", "Его подписали …": the document the sentence before told
_DOCUMENT_AGAIN = re.compile(r"(?:документ|соглашение|меморандум|протокол|его|их|подписи)(?![а-яё])", re.I)


_ANOTHER = re.compile(r"(?<![а-яё])(?:также|тоже|кроме того|еще|ещё|другой|другое|второй|второе)(?![а-яё])")


def _document_again(e: Event, out: list[Event]) -> int | None:
    """The agreement of the sentence right before, when e's sentence opens by referring to its document
    and names its sides more closely (regions of its states): e is that signing told again."""
    if e.type != "agreement" or not (_DOCUMENT_AGAIN.match(e.quote.lstrip()) or _SIDE_FIRST.match(e.quote.lstrip())) \
            or _ANOTHER.search(e.quote.lower()):
        return None   # ("Соглашение подписали также Могилевская и Смоленская области": another signing)
    k = next((k for k in range(len(out) - 1, -1, -1) if out[k].type == "agreement"), None)
    if k is None or not 0 <= e.quote_start - out[k].quote_end <= _DOCUMENT_REACH:   # (the article's last signing,
        return None   # a sentence or two before: "Подписание состоялось 30 октября" may stand between)
    o = out[k]
    return k if (o.a, o.b) != (e.a, e.b) and (_part_of_pair((e.a, e.b), (o.a, o.b))
                                              or _part_of_pair((o.a, o.b), (e.a, e.b))) else None


_DOCUMENT_REACH = 250


# "С российской стороны документ подписал губернатор, с китайской — вице-губернатор провинции": the document
# the sentence before told, by its signatories' states
_SIDE_FIRST = re.compile(r"(?:с|со)\s+(?:[а-яё]+\s+)?стороны\s+(?:[а-яё]+\s+)?(?:документ|соглашение|меморандум|"
                         r"протокол|его)(?![а-яё])", re.I)


# Talks held at a distance ("телефонный разговор", "по видеосвязи", "онлайн") are no part of a trip:
# "провел телефонный разговор … Собеседники обсудили договоренности, достигнутые в ходе визита … в сентябре"
_REMOTE = re.compile(r"(?<![а-яё])(?:телефонн\w+\s+разговор|по\s+телефону|видеосвяз|видеоконференц|онлайн|"
                     r"вкс(?![а-яё]))")


def _other_month(meeting: Event, visit: Event) -> bool:
    """Talks dated in another month than the visit took place on another occasion ("В декабре … побывала
    делегация, а в январе аким провел переговоры по видеосвязи")."""
    return meeting.date_start is not None and visit.date_start is not None and "date:" not in meeting.notes \
        and (meeting.date_start.year, meeting.date_start.month) != (visit.date_start.year, visit.date_start.month) \
        and not visit.date_start <= meeting.date_start <= (visit.date_end or visit.date_start)


def _programme(visit: Event, out: list[Event]) -> bool:
    """An undated planned visit told right after the held visit of the same sides is its programme
    ("… находится с визитом делегация Калужской области. Запланировано посещение предприятий")."""
    return visit.status == "planned" and visit.date_start is None and any(
        o.type == "visit" and (o.a, o.b) == (visit.a, visit.b) and o.status == "held"
        and 0 <= visit.quote_start - o.quote_end <= 2 for o in out)


# "Программа пребывания включает посещение …", "В ходе визита делегация посетила …": a stop of the trip told
_ON_TRIP = re.compile(r"(?<![а-яё])(?:программ\w*|в\s+ходе|в\s+рамках|во\s+время)\s+(?:[а-яё]+\s+)?"
                      r"(?:визит|пребывани|поездк)")


def stop_on_trip(visit: Event, out: list[Event]) -> bool:
    """A visit told as a stop of the trip the article reported before — the same visitors, a place of the
    state they visited, in a sentence naming the trip's programme or course ("… находится с визитом в
    Беларуси. Программа пребывания включает посещение Минского тракторного завода") — is that trip."""
    return bool(_ON_TRIP.search(visit.quote.lower())) and any(
        o.type == "visit" and o.a == visit.a and "-" not in o.b and country_of(visit.b) == o.b
        and o.quote_end <= visit.quote_start for o in out)


def talk_on_trip(visit: Event, out: list[Event]) -> bool:
    """A visit to a place of the state the visitors' trip told in the sentence right before went to ("…
    находится с визитом в Казахстане. В Актобе он провел переговоры с акимом Актюбинской области"): the
    talks held on that trip (EVENTS.md: part of the visit), a meeting of their own pair."""
    return "-" in visit.b and any(o.type == "visit" and o.a == visit.a and "-" not in o.b
                                  and country_of(visit.b) == o.b
                                  and visit.quote_start - 2 <= o.quote_end <= visit.quote_start for o in out)


def _trip_to(visit: Event, events: list[Event]) -> bool:
    """A trip to attend a forum or a session of the same pair, told in the same sentence ("в делегацию
    войдут 30 директоров" of a presentation, "делегация участвовала в пленарной сессии"), is part of it."""
    if _TRIP_WORD.search(visit.quote.lower()):
        return False   # "с официальным визитом прибыла … на выставку": a visit of its own
    return any(o.type in ("forum", "commission") and o.quote_start == visit.quote_start
               and _part_of_pair((visit.a, visit.b), (o.a, o.b)) for o in events)


def _mission_trip(visit: Event, events: list[Event]) -> int | None:
    """The business mission whose sentence tells this arrival ("Приморье приняло деловую миссию из провинции
    Цзилинь: делегация прибыла 10 января"): a mission is its guests' trip, so the arrival is the mission's,
    also when the sentence names a side by its state ("представители КНР")."""
    return next((k for k, o in enumerate(events) if o.type == "forum" and o.quote_start == visit.quote_start
                 and _MISSION.search(o.quote.lower())
                 and _part_of_pair((visit.a, visit.b), (o.a, o.b), either_way=True)), None)


def _visit_again(e: Event, out: list[Event]) -> int | None:
    """The visit of the sentence right before, of the same region's visitors (or host) and a region of the
    state e names on its other side: e is that trip told again, by the state the second time."""
    if e.type != "visit" or "-" in e.a and "-" in e.b:
        return None
    return next((k for k, o in enumerate(out) if o.type == "visit" and 0 <= e.quote_start - o.quote_end <= 2
                 and (o.a, o.b) != (e.a, e.b) and _part_of_pair((o.a, o.b), (e.a, e.b))
                 and (o.a == e.a and "-" in e.a or o.b == e.b and "-" in e.b)), None)


def _part_of_pair(pair: tuple[str, str], of: tuple[str, str], either_way: bool = False) -> bool:
    """Each side of `pair` is a side of `of` or a region of its state ("Гродненская область подписала с
    Нижегородской областью" at the Forum of Regions of Belarus and Russia); `either_way`: or the state of
    a region of `of` ("представители КНР" beside a Chinese province)."""
    def within(side: str, other: str) -> bool:
        if either_way:
            return side == other or country_of(side) == country_of(other) and ("-" not in side or "-" not in other)
        return side == other or ("-" not in other and country_of(side) == other)
    x, y = pair
    return any(within(x, p) and within(y, q) for p, q in (of, of[::-1]))


_TRIP_WORD = re.compile(r"(?<![а-яё])(?:визит|посетил|посетит|посещени|побывал|прибыл|прибуд|приехал|приедет|прилетел|"
                        r"поездк)")


def occasion_of(low: str, earlier: list[Event]) -> Event | None:
    """The article's event a sentence naming no place refers to by its kind ("По итогам заседания
    подписаны документы", "в ходе визита"): the last earlier one of that kind."""
    for m in _OCCASION.finditer(low):
        kind = _OCCASION_TYPES[m.group("kind")]
        found = [e for e in earlier if e.type == kind]
        if found:
            return found[-1]
    return None


_AFTER = re.compile(r"(?<![а-яё])после\s+(?:того|визит|поездк|пребывани)")


def visit_signing_dates(events: list[Event]) -> list[Event]:
    """A visit and a signing of its sides told in one sentence or the next are one occasion: the undated
    one takes the other's own date ("Делегация … находится с визитом во Владимирской области. Сегодня
    стороны подписали дорожную карту"; "… подписали в Туле соглашение. Белорусская делегация находится в
    регионе с 13 октября"), when both are held, or both ahead ("… 21 ноября посетит делегация …. Планируется
    подписание плана мероприятий"), and the dated one spans one month at most."""
    out = list(events)
    for i, v in enumerate(out):
        if v.type != "visit":   # (both held, or both planned: "Подписание … запланировано на июль. Документ
            continue            # подпишут в ходе визита …")
        for k, g in enumerate(out):
            if g.type != "agreement" or g.status != v.status or not during_visit(g, v) \
                    or max(v.quote_start, g.quote_start) - min(v.quote_end, g.quote_end) > 2:   # (the next sentence)
                continue
            if _AFTER.search(g.quote.lower()):
                continue   # "После того как в сентябре Минск посетила делегация, стороны подписали …": later
            dated, undated, j = (g, v, i) if v.date_start is None else (v, g, k)
            if undated.date_start is None and undated.date_end is None and dated.date_start is not None \
                    and "date:" not in dated.notes and _one_month(dated):
                out[j] = replace(undated, date_start=dated.date_start, date_end=dated.date_end,
                                 notes=f"date: of the {dated.type} told with it")
                v = out[i]
    return out


def _one_month(e: Event) -> bool:
    end = e.date_end or e.date_start
    return (e.date_start.year, e.date_start.month) == (end.year, end.month)


# ", а Гродненская — с Тульской", ", а в октябре — с Самарской областью", ", а 14 октября — с губернатором
# Новгородской области": the verb and its object left out
_ELLIPTIC = re.compile(r",\s+а\s+(?P<mid>[^,;.:—–]{0,40}?)\s*[—–]\s*"
                       # (its own document: ", а Гомельская область — план мероприятий на 2026 год с Тульской")
                       r"(?:(?:соглашени|меморандум|план|программ|протокол|дорожн|договор)[а-яё]*(?:\s+[^\s,;.:—–]+){0,4}?"
                       r"\s+)?(?:с|со)\s+"
                       r"(?:(?:губернатор|глав|председател|аким|мэр|руководств|правительств|администраци)[а-яё]*\s+)?")


def elliptic_pairs(low: str, ps: list, cue: Cue, event: Event) -> list[tuple[str, str, int, int]]:
    """The signings of a clause that leaves out the verb after ", а" and a dash ("Минская область подписала
    соглашение с Калужской областью, а Гродненская — с Тульской"): (signatory, partner, where the clause's
    own words before the dash are) — the partner after "с", the signatory named before the dash or else
    the first signing's side of the other country."""
    out: list[tuple[str, str, int, int]] = []
    for m in _ELLIPTIC.finditer(low, cue.end):
        partner = next((p for p in ps if m.end() <= p.start < m.end() + 5), None)
        if partner is None:
            continue
        own = next((p.code for p in ps if m.start("mid") <= p.start < m.end("mid")), None) or next(
            (c for c in (event.a, event.b) if country_of(c) != country_of(partner.code)), None)
        if own is not None and country_of(own) != country_of(partner.code):
            out.append((own, partner.code, m.start("mid"), m.end("mid")))
    return out


# "… соглашение между Пермским краем и Минской областью и меморандум между Пермским краем и Гомельской областью"
_BETWEEN = re.compile(r"(?<![а-яё])между\s+")
# the body of a place named as a party ("Правительством", "акиматом", "Министерством экономики")
_BODY = re.compile(r"(?:(?:правительств|администраци|акимат|хокимият|министерств|мэри|департамент|агентств|комитет|"
                   r"управлени|исполком)[а-яё]*\s+(?:[а-яё]+(?:и|ого|ой|ых)\s+)??)?")
_IMPLEMENTS = re.compile(r"(?<![а-яё])(?:реализаци|выполнени|исполнени|изменени)")
_IN_FORCE_OF = re.compile(r"(?:реализаци|выполнени|исполнени|рамках|согласно|соответствии|основе)\w*\s+"
                          r"(?:[а-яё-]+\s+)?$")


def documents_between(low: str, ps: list, documents: re.Pattern) -> list[tuple]:
    """The pairs of every "между X и Y" right after a document word of the sentence ("подписаны
    соглашение между … и меморандум между …"): one signing each (EVENTS.md: one event per signing)."""
    out: list[tuple] = []
    for m in _BETWEEN.finditer(low):
        doc = max(documents.finditer(low, max(0, m.start() - 80), m.start()), key=lambda d: d.start(), default=None)
        if doc is None or _IN_FORCE_OF.search(low, max(0, doc.start() - 30), doc.start()) \
                or _IMPLEMENTS.search(low, doc.start(), m.start()):
            continue   # "план реализации соглашения между Россией и Казахстаном": a document in force
        # (past a party's body: "между Правительством Республики Дагестан и Министерством экономики Азербайджана")
        first = next((p for p in ps if m.end() <= p.start < m.end() + 5
                      or m.end() < p.start < m.end() + 60 and _BODY.fullmatch(low, m.end(), p.start)), None)
        second = first and next((p for p in ps if first.end < p.start < first.end + 80
                                 and re.fullmatch(r"\s+и\s+" + _BODY.pattern, low[first.end:p.start])), None)
        if second is not None and country_of(first.code) != country_of(second.code):
            out.append((first, second))
    return out


def parties_named(a: str, b: str, named: list[tuple[str, str]]) -> tuple[str, str]:
    """A signing's sides as its document's own title names them ("подписали меморандум о сотрудничестве между
    Правительством Республики Дагестан и Министерством экономики Азербайджана", `named`: documents_between's pairs
    as codes): the first such pair of the same two states replaces the pair the signatories' titles gave
    ("постпред Дагестана при Президенте РФ": RU), the parties of a document being what its title says."""
    if (a, b) in named or (b, a) in named:
        return a, b
    for x, y in named:
        if {country_of(x), country_of(y)} == {country_of(a), country_of(b)} and country_of(x) != country_of(y):
            return (x, y) if country_of(x) == country_of(a) else (y, x)
    return a, b
