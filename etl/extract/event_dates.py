"""When an event happened or will happen: day dates ("13 августа", "18–21 сентября", "с 30 июня по
1 июля 2022 года"), relative days ("сегодня", "накануне", "в понедельник") and, through the fact
machinery of etl.extract.period, months and years ("в сентябре", "в 2026 году").

One way to resolve a date: a phrase with no year takes the publication year, and a held event
that would fall after publication belongs to the year before (the rule of period.resolve_period).
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass

from etl.extract.event_links import dated_by
from etl.extract.period import DASH, MONTH, PeriodMention, _month_number, find_periods, last_day, resolve_period
from etl.model import Event

_DAY = r"(?P<d1>[0-3]?\d)(?:-?го)?"
_YEAR = r"(?:\s+(?P<y>(?:19|20)\d\d)(?:\s*(?:года|году|год|г\.))?)?"
_DAY_RE = re.compile(
    rf"(?<![\d.,])(?:с\s+)?{_DAY}(?:(?:\s*(?:{DASH}|по)\s*|\s+и\s+)(?P<d2>[0-3]?\d)(?:-?го)?)?\s+(?P<m1>{MONTH})"
    rf"(?:\s*(?:{DASH}|по)\s*(?P<d3>[0-3]?\d)\s+(?P<m2>{MONTH}))?{_YEAR}", re.I)
_WEEKDAYS = {"понедельник": 0, "вторник": 1, "сред": 2, "четверг": 3, "пятниц": 4, "суббот": 5, "воскресень": 6}
_WEEKDAY_RE = re.compile(r"(?<![а-яё])(?:в|во)\s+(?P<w>понедельник|вторник|среду|четверг|пятницу|субботу|"
                         r"воскресенье)(?![а-яё])", re.I)
_RELATIVE_RE = re.compile(r"(?<![а-яё])(?P<w>сегодня|накануне|позавчера|вчера|послезавтра|завтра)(?![а-яё])", re.I)
_NOUN_AFTER = re.compile(r"\s+(?:[а-яё]+(?:ого|его|ой|ей|ых|их)\s+)?"   # ("накануне официального визита")
                         r"(?:открыти|начал|визит|встреч|заседани|форум|переговор|подписани|праздник|дн[яе]й?\s)",
                         re.I)
# "три дня назад", "неделю назад", "две недели назад": days counted back from publication
_AGO_RE = re.compile(r"(?<![а-яё\d])(?:(?P<n>\d{1,2}|два|две|три|четыре|пять|шесть|семь)\s+"
                     r"(?P<u>дня|дней|недели|недель)|(?P<week>неделю))\s+(?:тому\s+)?назад(?![а-яё])",
                     re.I)   # (not "несколько дней назад": no day)
_AGO_NUMBERS = {"два": 2, "две": 2, "три": 3, "четыре": 4, "пять": 5, "шесть": 6, "семь": 7}
_RELATIVE_DAYS = {"сегодня": 0, "накануне": -1, "позавчера": -2, "вчера": -1, "послезавтра": 2, "завтра": 1}
# … or by an adjective of the event's noun: "сегодняшних переговоров", "на вчерашнем заседании", "завтрашний визит"
# (not "на сегодняшний день", "сегодняшний товарооборот": no event's day)
_RELATIVE_ADJ_RE = re.compile(r"(?<![а-яё])(?P<w>сегодня|позавчера|вчера|послезавтра|завтра)шн[а-яё]+"
                              r"(?=\s+(?:[а-яё-]+\s+){0,2}?(?:визит|встреч|заседани|форум|переговор|подписани|саммит|совещани|консультаци|"
                              r"бесед|поездк|сесси|пленарн))", re.I)


@dataclass(frozen=True)
class DateSpan:
    """A date phrase in a sentence and the days it covers (None: could not be resolved)."""

    start: int
    end: int
    first: dt.date | None
    last: dt.date | None
    kind: str   # day | weekday | relative | period
    note: str = ""
    vague: bool = False   # "в этом году": the current year, no date of a held event


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _day_span(m: re.Match, published: dt.date | None, held: bool) -> DateSpan | None:
    g = m.groupdict()
    m1 = _month_number(g["m1"])
    d1 = int(g["d1"])
    if g["d3"]:   # "с 30 июня по 1 июля": the first day's month is m1, the last day's m2
        first_md, last_md = (m1, d1), (_month_number(g["m2"]), int(g["d3"]))
    else:
        first_md, last_md = (m1, d1), (m1, int(g["d2"]) if g["d2"] else d1)
    if g["y"]:
        year, note = int(g["y"]), ""
    elif published is None:
        return DateSpan(m.start(), m.end(), None, None, "day", "date year unknown: no publication date")
    else:
        # The shared rule: a month with no year, resolved as period.resolve_period resolves it.
        pm = PeriodMention(m.start(), m.end(), first_md[0], first_md[0], None, None, "own")
        year = resolve_period(pm, published, False)[0].year
        note = ""
        if held and _safe_date(year, *first_md) and _safe_date(year, *first_md) > published:
            year, note = year - 1, "date year inferred: a held event falls before publication"
    first = _safe_date(year, *first_md)
    last = _safe_date(year + (last_md[0] < first_md[0]), *last_md)
    if first is None or last is None or last < first:
        return None
    return DateSpan(m.start(), m.end(), first, last, "day", note)


# "в конце июня", "во второй половине июня", and the accusative of a plan ("запланирован на начало ноября",
# "на середину мая")
_PART_RE = re.compile(rf"(?<![а-яё])(?:(?:в|во)\s+(?P<part>начале|середине|конце|первых\s+числах|последних\s+числах|"
                      rf"первой\s+половине|второй\s+половине)|"
                      rf"на\s+(?P<to>начало|середину|конец|первые\s+числа|последние\s+числа|первую\s+половину|"
                      rf"вторую\s+половину))\s+"
                      rf"(?P<m1>{MONTH}){_YEAR}", re.I)
_PARTS = {"начале": (1, 10), "середине": (11, 20), "конце": (21, 31), "первых": (1, 10), "последних": (21, 31),
          "начало": (1, 10), "середину": (11, 20), "конец": (21, 31), "первые": (1, 10), "последние": (21, 31),
          # "во второй половине июня", "на первую половину мая": the month's halves
          "первой": (1, 15), "второй": (16, 31), "первую": (1, 15), "вторую": (16, 31)}


def _part_of_month(m: re.Match, published: dt.date | None, held: bool) -> DateSpan | None:
    """ "в конце июня": the last ten days of the month (its start, middle or end)."""
    month = _month_number(m.group("m1"))
    if m.group("y"):
        year = int(m.group("y"))
    elif published is None:
        return None
    else:
        year = published.year - (held and dt.date(published.year, month, 1) > published)
    lo, hi = _PARTS[(m.group("part") or m.group("to")).lower().split()[0]]
    end = dt.date(year, month, min(hi, last_day(year, month).day))
    return DateSpan(m.start(), m.end(), dt.date(year, month, lo), end, "day")


_PAST = r"(?:прошл|минувш|прошедш)\w*"
_THIS = r"(?:эт|текущ|нынешн)\w*"
_NEXT = r"(?:следующ|будущ|предстоящ|ближайш)\w*"
_WHICH = rf"(?:(?P<past>{_PAST})|(?P<this>{_THIS})|(?P<next>{_NEXT}))"
_WEEK_RE = re.compile(rf"(?<![а-яё])на\s+{_WHICH}\s+неделе(?![а-яё])", re.I)
# "в начале недели", "в конце прошлой недели": a part of a week (Monday–Wednesday, Wednesday–Friday, the rest)
_WEEK_PART_RE = re.compile(rf"(?<![а-яё])в\s+(?P<part>начале|середине|конце)\s+(?:{_WHICH}\s+)?недели(?![а-яё])", re.I)
_WEEK_PARTS = {"начале": (0, 2), "середине": (2, 3), "конце": (3, 6)}
_MONTH_REL_RE = re.compile(rf"(?<![а-яё])в\s+{_WHICH}\s+месяце(?![а-яё])", re.I)
_WEEKEND_RE = re.compile(rf"(?<![а-яё])в\s+(?:{_PAST}|прошлые)\s+выходные(?![а-яё])", re.I)
# "в эти / ближайшие / предстоящие выходные": the weekend ahead (the one under way on a Saturday or Sunday)
_WEEKEND_AHEAD_RE = re.compile(r"(?<![а-яё])в\s+(?:эти|ближайшие|предстоящие)\s+выходные(?![а-яё])", re.I)
_QUALIFIED_DAY_RE = re.compile(rf"(?<![а-яё])(?:в|во)\s+{_WHICH}\s+"
                               r"(?P<w>понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)(?![а-яё])", re.I)
_SEASON_RE = re.compile(r"(?<![а-яё])(?:(?P<pre>прошл|минувш|прошедш|эт|следующ|будущ)[а-яё]*\s+)?"
                        r"(?P<s>весной|летом|осенью|на\s+(?:весну|лето|осень))"
                        r"(?:\s+(?:(?P<rel>прошл|минувш|прошедш|эт|текущ|нынешн|следующ|будущ)\w*\s+года|"
                        r"\s*(?P<y>(?:19|20)\d\d)\s*(?:года|г\.)))?(?![а-яё])", re.I)
# "намечен на август": a month ahead, this year or, when it has passed, the next
_ON_MONTH_RE = re.compile(rf"(?<![а-яё])на\s+(?P<m1>{MONTH})(?:\s+(?P<y>(?:19|20)\d\d)\s*(?:года|г\.)?)?", re.I)
# "в минувшем сентябре": the last such month before publication
_LAST_MONTH_RE = re.compile(rf"(?<![а-яё])в\s+(?:прошл|минувш|прошедш)\w*\s+(?P<m1>{MONTH})", re.I)
_SEASONS = {"весной": (3, 5), "летом": (6, 8), "осенью": (9, 11), "весну": (3, 5), "лето": (6, 8), "осень": (9, 11)}
# "в первой декаде июня", "запланирован на первую декаду февраля": a period (ahead in the next year when it
# has passed, as a month is)
_DECADE_RE = re.compile(rf"(?<![а-яё])(?:в|во|на)\s+(?P<n>первой|второй|третьей|последней|первую|вторую|третью|"
                        rf"последнюю)\s+декад[еуы]\s+(?P<m1>{MONTH}){_YEAR}", re.I)


def _step(m: re.Match) -> int:
    return -1 if m.group("past") else (1 if m.group("next") else 0)


def _month_span(year: int, month: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, month, 1), last_day(year, month)


# Any word _relative_spans reads: most sentences have none and skip its patterns.
_RELATIVE_WORDS = re.compile(r"недел|месяц|выходн|весн|лет|осен|декад|понедельник|вторник|сред|четверг|пятниц|суббот|"
                             r"прошл|минувш|прошедш|"
                             r"воскресень|на\s+(?:январ|феврал|март|апрел|ма[йя]|июн|июл|август|сентябр|октябр|ноябр|декабр)",
                             re.I)


def _relative_spans(s: str, published: dt.date) -> list[DateSpan]:
    """Weeks, months, weekends and weekdays named relative to publication ("на прошлой неделе",
    "в минувшую пятницу", "в следующем месяце"), seasons ("осенью прошлого года") and ten-day parts
    of a month ("в первой декаде июня")."""
    out: list[DateSpan] = []
    if not _RELATIVE_WORDS.search(s):
        return out
    monday = published - dt.timedelta(days=published.weekday())
    for m in _WEEK_RE.finditer(s):
        first = monday + dt.timedelta(weeks=_step(m))
        out.append(DateSpan(m.start(), m.end(), first, first + dt.timedelta(days=6), "day"))
    for m in _WEEK_PART_RE.finditer(s):
        lo, hi = _WEEK_PARTS[m.group("part").lower()]
        first = monday + dt.timedelta(weeks=_step(m))
        out.append(DateSpan(m.start(), m.end(), first + dt.timedelta(days=lo), first + dt.timedelta(days=hi), "day"))
    for m in _WEEKEND_RE.finditer(s):
        saturday = monday - dt.timedelta(days=2) if published.weekday() < 5 else monday + dt.timedelta(days=5)
        out.append(DateSpan(m.start(), m.end(), saturday, saturday + dt.timedelta(days=1), "day"))
    for m in _WEEKEND_AHEAD_RE.finditer(s):
        saturday = monday + dt.timedelta(days=5)
        out.append(DateSpan(m.start(), m.end(), saturday, saturday + dt.timedelta(days=1), "day"))
    for m in _QUALIFIED_DAY_RE.finditer(s):
        want = next(v for k, v in _WEEKDAYS.items() if m.group("w").lower().startswith(k))
        day = monday + dt.timedelta(days=want, weeks=_step(m))
        if m.group("past") and day >= published:
            day -= dt.timedelta(weeks=1)   # "в минувшую пятницу": the last one before publication
        out.append(DateSpan(m.start(), m.end(), day, day, "weekday"))
    for m in _MONTH_REL_RE.finditer(s):
        k = published.year * 12 + published.month - 1 + _step(m)
        out.append(DateSpan(m.start(), m.end(), *_month_span(k // 12, k % 12 + 1), "period"))
    for m in _SEASON_RE.finditer(s):
        lo, hi = _SEASONS[m.group("s").lower().split()[-1]]
        rel = (m.group("rel") or "").lower()
        year = int(m.group("y")) if m.group("y") else published.year + (
            -1 if rel.startswith(("прошл", "минувш", "прошедш")) else 1 if rel.startswith(("следующ", "будущ")) else 0)
        pre = (m.group("pre") or "").lower()
        if pre and not rel and not m.group("y"):
            # "прошлой осенью": the last one over before publication; "следующей весной": the next one ahead
            year = published.year
            if pre.startswith(("прошл", "минувш", "прошедш")) and _month_span(year, hi)[1] >= published:
                year -= 1
            elif pre.startswith(("следующ", "будущ")) and dt.date(year, lo, 1) <= published:
                year += 1
        out.append(DateSpan(m.start(), m.end(), dt.date(year, lo, 1), _month_span(year, hi)[1], "period"))
    for m in _ON_MONTH_RE.finditer(s):
        month = _month_number(m.group("m1"))
        year = int(m.group("y")) if m.group("y") else published.year + (month < published.month)
        out.append(DateSpan(m.start(), m.end(), *_month_span(year, month), "period"))
    for m in _LAST_MONTH_RE.finditer(s):
        month = _month_number(m.group("m1"))
        year = published.year - (month >= published.month)
        out.append(DateSpan(m.start(), m.end(), *_month_span(year, month), "period"))
    for m in _DECADE_RE.finditer(s):
        month = _month_number(m.group("m1"))
        year = int(m.group("y")) if m.group("y") else published.year
        n = m.group("n").lower()[:4]
        lo = {"перв": 1, "втор": 11}.get(n, 21)
        hi = {"перв": 10, "втор": 20}.get(n)
        end = dt.date(year, month, hi) if hi else last_day(year, month)
        out.append(DateSpan(m.start(), m.end(), dt.date(year, month, lo), end, "period"))
    return out


_ORDINAL_DAYS = {"перв": 1, "втор": 2, "трет": 3, "четверт": 4, "пят": 5, "шест": 6, "седьм": 7, "восьм": 8,
                 "девят": 9, "десят": 10, "одиннадцат": 11, "двенадцат": 12, "тринадцат": 13, "четырнадцат": 14,
                 "пятнадцат": 15, "шестнадцат": 16, "семнадцат": 17, "восемнадцат": 18, "девятнадцат": 19,
                 "двадцат": 20, "тридцат": 30}
_ORD = (r"(?:(?:двадцать|тридцать)\s+)?(?:" + "|".join(sorted(_ORDINAL_DAYS, key=len, reverse=True))
        + r")(?:ьего|ьем|ье|ое|ого|ий|ей|ем|ом)")
_WORD_DAY_RE = re.compile(rf"(?<![а-яё])(?:с\s+)?(?P<w1>{_ORD})(?:\s+(?:по|{DASH})\s+(?P<w2>{_ORD}))?\s+"
                          rf"(?P<m1>{MONTH}){_YEAR}", re.I)


_ORDINAL_HINT = re.compile(r"(?:ого|ое|ье|ьего)\s+(?:" + MONTH + ")", re.I)


def _ordinal(words: str) -> int:
    """ "девятого" → 9, "двадцать третье" → 23."""
    parts = words.lower().split()
    tens = {"двадцать": 20, "тридцать": 30}.get(parts[0], 0) if len(parts) > 1 else 0
    last = parts[-1]
    return tens + next(v for k, v in sorted(_ORDINAL_DAYS.items(), key=lambda kv: -len(kv[0])) if last.startswith(k))


def _word_day_spans(s: str, published: dt.date | None, held: bool) -> list[DateSpan]:
    """Days written as ordinal words: "с девятого по двенадцатое октября", "двадцать третьего мая"."""
    out = []
    for m in _WORD_DAY_RE.finditer(s) if _ORDINAL_HINT.search(s) else ():
        d1 = _ordinal(m.group("w1"))
        d2 = _ordinal(m.group("w2")) if m.group("w2") else d1
        month = _month_number(m.group("m1"))
        if m.group("y"):
            year = int(m.group("y"))
        elif published is None:
            continue
        else:
            year = published.year - (held and _safe_date(published.year, month, d1) is not None
                                     and _safe_date(published.year, month, d1) > published)
        first, last = _safe_date(year, month, d1), _safe_date(year, month, d2)
        if first and last and first <= last:
            out.append(DateSpan(m.start(), m.end(), first, last, "day"))
    return out


# "03.10.2025": a day written in digits
_NUMERIC_RE = re.compile(r"(?<![\d.,])(?P<d>[0-3]?\d)\.(?P<m>[01]\d)\.(?P<y>(?:19|20)\d\d)(?![\d])")


def _numeric_spans(s: str) -> list[DateSpan]:
    out = []
    for m in _NUMERIC_RE.finditer(s) if "." in s else ():
        day = _safe_date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
        if day:
            out.append(DateSpan(m.start(), m.end(), day, day, "day"))
    return out


@functools.lru_cache(maxsize=64)
def find_dates(s: str, published: dt.date | None, held: bool) -> tuple[DateSpan, ...]:
    """Every date phrase of a sentence: days first, then weekdays and relative days, then the
    months and years the period machinery finds outside them. Cached: each event cue of a sentence
    asks for the same sentence's dates."""
    out: list[DateSpan] = []
    for m in _DAY_RE.finditer(s):
        span = _day_span(m, published, held)
        if span:
            out.append(span)
    out.extend(_word_day_spans(s, published, held))
    out.extend(_numeric_spans(s))
    if published:
        for m in _WEEKDAY_RE.finditer(s):
            want = next(v for k, v in _WEEKDAYS.items() if m.group("w").lower().startswith(k))
            delta = (want - published.weekday()) % 7
            if held and delta:
                delta -= 7   # "в понедельник" in a report of a held event: the last one
            day = published + dt.timedelta(days=delta)
            out.append(DateSpan(m.start(), m.end(), day, day, "weekday"))
        for m in _RELATIVE_RE.finditer(s):
            if m.group("w").lower() == "накануне" and _NOUN_AFTER.match(s, m.end()):
                continue   # "накануне открытия форума": the eve of an event, not of publication
            day = published + dt.timedelta(days=_RELATIVE_DAYS[m.group("w").lower()])
            out.append(DateSpan(m.start(), m.end(), day, day, "relative"))
        for m in _RELATIVE_ADJ_RE.finditer(s):
            day = published + dt.timedelta(days=_RELATIVE_DAYS[m.group("w").lower()])
            out.append(DateSpan(m.start(), m.end(), day, day, "relative"))
        for m in _AGO_RE.finditer(s):
            n = m.group("n")
            count = (int(n) if n.isdigit() else _AGO_NUMBERS[n.lower()]) if n else 1
            day = published - dt.timedelta(days=count * (1 if (m.group("u") or "").lower().startswith("дн") else 7))
            out.append(DateSpan(m.start(), m.end(), day, day, "relative"))
        taken = [(d.start, d.end) for d in out]
        out.extend(d for d in _relative_spans(s, published)
                   if not any(a < d.end and d.start < b for a, b in taken))
    for m in _PART_RE.finditer(s):
        span = _part_of_month(m, published, held)
        if span:
            out.append(span)
    taken = [(d.start, d.end) for d in out]
    for p in find_periods(s):
        if p.role != "own" or any(a < p.end and p.start < b for a, b in taken):
            continue
        first, last, note = resolve_period(p, published, held)
        vague = p.year is None and p.years_back == 0 and (p.month_from, p.month_to) == (1, 12)
        out.append(DateSpan(p.start, p.end, first, last, "period", note, vague))
    return tuple(sorted(out, key=lambda d: d.start))


# "МИНСК, 3 июля. …": a wire's dateline as a sentence of its own (with a dash it is in the lead's sentence)
DATELINE = re.compile(r"\s*[А-ЯЁ][А-ЯЁ-]+(?:\s+[А-ЯЁ][А-ЯЁ-]+)?,\s+\d{1,2}\s+[а-яё]+(?:\s+\d{4}(?:\s*г\.)?)?\.\s")


def dated_by_dateline(events: list[Event], line: re.Match, spans, published) -> list[Event]:
    """The held events of the lead sentence right after a dateline that give no day of their own took place
    on the dateline's day ("МИНСК, 3 июля. Правительство … и правительство Ульяновской области подписали
    соглашение")."""
    day = next((d for d in find_dates(line.group(), published, True) if d.kind == "day" and d.first), None)
    lead = next((hi for lo, hi in spans if lo >= line.end() - 1), None)
    if day is None or lead is None:
        return events
    return [dated_by(e, day.first, day.last, e.status, "date: the wire's dateline")
            if e.date_start is None and e.status == "held" and e.quote_start < lead else e for e in events]
