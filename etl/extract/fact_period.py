"""The period of one figure: its own phrase, the comparison base shifted a year, or the period
the previous sentence established."""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
from dataclasses import replace

from etl.change_notes import CLOSED_SPAN_NOTE, SPAN_NOTE
from etl.extract.base_spans import SPAN_IN_YEAR as _SPAN_IN_YEAR
from etl.extract.base_spans import base_after as _base_after
from etl.extract.base_spans import span_against as _span_against
from etl.extract.base_spans import span_year_clause as _span_year_clause
from etl.extract.change import Change
from etl.extract.period import SAME_SPAN, PeriodMention, find_periods, last_day, resolve_period
from etl.extract.resolve import ArticleContext
from etl.extract.scan_scope import search_once
from etl.extract.segments import to_level
from etl.extract.sentence_parts import CLAUSE_BREAK, Sentence, last_break_end
from etl.extract.timeless import NOTE as TIMELESS_NOTE
from etl.extract.timeless import TIMELESS, own_stretch_period, timeless

# "за этот период", "за тот же период", "за указанный период": the period just named.
_SAME_PERIOD = re.compile(r"(?:эт\w+|тот\s+же|т\w+\s+же|указанн\w+|данн\w+)\s+(?:период|срок)\w*", re.I)


# A parenthetical aside between a clause's period and its figure: "а в 2025 году, как ожидается,
# вырастет еще на 10 %", "в 2024 году, по данным таможни, вырос …" — the clause goes on through it.
_ASIDE = re.compile(r",\s*(?:как\s+(?:ожидается|прогнозируется|предполагается|планируется|отмечается)|"
                    r"по\s+(?:прогноз|оценк|слова|данны|мнени|расчет|информаци)\w*(?:\s+[^,;:()]{0,40})?|"
                    r"вероятно|возможно|видимо|скорее\s+всего|по-видимому)\s*,\s*$", re.I)


# "Показатель за весь 2023 год – 111 млн – будет превзойден уже в ноябре": a spaced dash of any kind ends the
# figure's stretch
_DASH_AFTER = re.compile(r"—|\s[–‒−-]\s")


def pick_period(sent: Sentence, item, lo: int, target: bool, used: set[int]) -> PeriodMention | None:
    s = sent.text
    aside = _ASIDE.search(s, max(0, lo - 70), lo)
    lo = aside.start() if aside else lo
    roles = ("own", "deadline") if target else ("own",)
    ps = [p for p in sent.periods if p.role in roles]
    if target:   # "… таким по итогам прошлого года стал товарооборот …; следующая цель — 1 млрд": a plan past a
        ps = [p for p in ps if not (p.end <= item.start and ";" in s[p.end:item.start])]   # ";" is not that period's
    for p in ps:
        if item.end <= p.start <= item.end + 30 and p.start not in used \
                and not CLAUSE_BREAK.search(s[item.end:p.start]) and not _DASH_AFTER.search(s, item.end, p.start) \
                and not any(item.end <= m.start < p.start for m in sent.moneys):   # "250 против 200 млн в 2023"
            used.add(p.start)
            return p
    # The clause the segment starts in: "тогда как в 2017 году поставки составили …".
    prev_end = max([m.end for m in sent.moneys if m.end <= item.start], default=0)
    floor = max(prev_end, last_break_end(s, 0, lo, 0))
    before = [p for p in ps if min(lo, floor) <= p.start < item.start and p.start not in used]
    if before:
        used.add(before[-1].start)
        return before[-1]
    if target:   # a plan's period is in its own clause: a deadline may stand before its keyword
        ps = [p for p in ps if p.start >= lo or p.role == "deadline" and p.start >= prev_end]
        # "… задача достичь $10 млрд — торгпред уверен, что она покорится уже в этом году": a later
        # clause with no figure of its own still dates the plan
        last = not any(x.start >= item.end for x in list(sent.moneys) + list(sent.changes))
        ps = [p for p in ps if p.start < item.start or not CLAUSE_BREAK.search(s, item.end, p.start)
              or last and p.years_back is not None]
    # "с 6,8 млрд в 1999 году, …, до 34,3 млрд": the year the "с" level took is not the "до" level's
    upper = prev_end and to_level(s, item.start)
    earlier = [p for p in ps if p.start < item.start and not (upper and p.start >= prev_end and p.start in used)]
    base = None if target else _base_after(sent, item)   # "167 млн против 189,3 млн в 2022 году": the base's year
    later = [p for p in ps if p.start >= item.end and p is not base]
    return earlier[0] if earlier else later[0] if later else None


_ANALOGOUS = re.compile(r"(?<![а-яё])(?:за|в)\s+" + SAME_SPAN, re.I)


_YEAR_EARLIER = re.compile(r"(?<![а-яё])(?:годом\s+ранее|год\s+назад|годом\s+раньше|"
                           r"(?:за|в)\s+" + SAME_SPAN + r"\s+"
                           r"(?:прошлого|предыдущего)\s+года)", re.I)


_YEAR_EARLIER_AFTER = re.compile(r"\s*(?:годом\s+ранее|год\s+назад|годом\s+раньше|"
                                 # "320 млн против 290 млн за аналогичный период прошлого года"
                                 r"(?:за|в)\s+" + SAME_SPAN + r"\s+"
                                 r"(?:прошлого|предыдущего)\s+года)(?![а-яё])", re.I)
# "на 12 % меньше, чем в 2023 году, когда объем поставок составлял 205 млн": the amount of a "когда"
# clause after a comparison year is that year's level.
_WHEN_CLAUSE = re.compile(r"[^.;]{0,12}?,\s*когда\s[^.;]*$", re.I)
# "годом ранее, когда поставки составили …": the clause after "годом ранее" up to its amount
_WHEN_AFTER = re.compile(r"\s*,\s*когда\s[^,;:()]*", re.I)


def _when_year(sent: Sentence, item) -> tuple | None:
    prev_end = max([m.end for m in sent.moneys if m.end <= item.start], default=0)
    bases = [p for p in sent.periods if p.role == "comparison" and p.year and prev_end <= p.end <= item.start]
    # "… чем за аналогичный период 2024 года, когда он составлял 555 млн": the masked base phrase
    bases += [b for m in _BASE_PHRASE.finditer(sent.text, prev_end, item.start)
              if (b := _masked_base(sent.text, m.end())) is not None]
    for p in sorted(bases, key=lambda p: p.end, reverse=True):
        if _WHEN_CLAUSE.match(sent.text, p.end, item.start):
            last = calendar.monthrange(p.year, p.month_to)[1]
            return (dt.date(p.year, p.month_from, 1), dt.date(p.year, p.month_to, last),
                    "period: the earlier year the comparison names ('чем в …, когда …')")
    return None


_BASE_PHRASE = re.compile(SAME_SPAN + r"\s+(?:19|20)\d\d"
                          r"(?:\s*(?:года|г\.|-го))?", re.I)


def _earlier_year_clause(sent: Sentence, item, p: PeriodMention) -> bool:
    """The figure's own clause says "за аналогичный период прошлого года" (or "годом ранее") after
    the period it took, and before the figure: the figure is that span's level a year earlier."""
    prev_end = max([m.end for m in sent.moneys if m.end <= item.start], default=-1)
    if prev_end < 0 or p.start >= prev_end:
        return False
    m = _YEAR_EARLIER.search(sent.text, prev_end, item.start)
    # "больше, чем годом ранее, когда поставки составили 3,9 млн": the "когда" clause is of that earlier year
    return bool(m) and (not re.search(r"сравнени\w*\s+с\s*$|(?:чем|против)\s*$",
                                      sent.text[max(0, m.start() - 20):m.start()], re.I)
                        or _WHEN_AFTER.fullmatch(sent.text, m.end(), item.start) is not None)


def year_after(d: dt.date) -> dt.date:
    return d.replace(year=d.year + 1, day=min(d.day, calendar.monthrange(d.year + 1, d.month)[1]))


def year_before(d: dt.date) -> dt.date:
    return d.replace(year=d.year - 1, day=min(d.day, calendar.monthrange(d.year - 1, d.month)[1]))


def _analogous(p: PeriodMention, sent: Sentence, published, ctx: ArticleContext):
    """A whole year with "за аналогичный период" and a shorter span in the previous sentence: that
    span in this year."""
    if not (ctx.period and search_once(_ANALOGOUS, sent.text)) or p.ytd or p.back \
            or (p.month_from, p.month_to) != (1, 12):
        return None
    start, end, _ = resolve_period(p, published, True)
    c0, c1 = ctx.period
    if start is None or (c0.month, c1.month) == (1, 12) or c0.year != c1.year:
        return None
    last = calendar.monthrange(start.year, c1.month)[1]
    return (dt.date(start.year, c0.month, 1), dt.date(start.year, c1.month, last),
            "period: the span of the previous sentence, 'за аналогичный период' of that year")


def _is_bare_year(p: PeriodMention) -> bool:
    """ "за год" with no year: the year the article is already talking about."""
    return p.year is None and p.years_back is None and (p.month_from, p.month_to) == (1, 12) and not p.ytd \
        and not p.back


# "В 2022 и 2023 годах … 41 и 57 млн долларов соответственно": one year per amount, in order.
_YEAR_LIST = re.compile(r"(?<![а-яё])(?:в|за)\s+((?:19|20)\d\d(?:\s*г\.)?(?:\s*(?:,|и)\s*(?:19|20)\d\d(?:\s*г\.)?)+)"
                        r"\s*(?:годах|годы|гг\.)?", re.I)


def _respective_year(sent: Sentence, item) -> int | None:
    if "соответственно" not in sent.text:   # the substring test first: most sentences have no list
        return None
    m = _YEAR_LIST.search(sent.text)
    if not m or item not in sent.moneys:
        return None
    years = [int(y) for y in re.findall(r"\d{4}", m.group(1))]
    return years[sent.moneys.index(item)] if len(years) == len(sent.moneys) else None


def _respective_period(sent: Sentence, item) -> PeriodMention | None:
    """ "По итогам 2024 года и первого полугодия 2025 года … вырос на 12 % и 8 % соответственно": as
    many periods before the first figure as figures of the item's kind — one each, in order."""
    if "соответственно" not in sent.text:
        return None
    figures = sent.moneys if item in sent.moneys else sent.changes if item in sent.changes else ()
    if len(figures) < 2:
        return None
    own = [p for p in sent.periods if p.role == "own" and p.end <= figures[0].start]
    return own[list(figures).index(item)] if len(own) == len(figures) else None


# A change over several years with no end year stated (FORMAT.md): "за последние пять лет",
# "за десять лет", "за несколько лет", "с 2015 года" (a start with no "по …" end).
SPAN_OF_YEARS = re.compile(
    # the adjective before or after the number: "за последние два года", "за два последних года"
    r"(?<![а-яё])(?:за\s+(?:(?:последн|прошедш|минувш)\w+\s+)?(?:\d+|два|две|три|четыре|пять|шесть|"
    r"семь|восемь|девять|десять|пятнадцать|двадцать|полтора\s+десятка|несколько|пару)\s+"
    r"(?:(?:последн|прошедш|минувш)\w+\s+)?(?:лет|года|десятилети\w*)|"
    r"за\s+(?:последн\w+\s+)?(?:десятилетие|пятилетку|годы)|"
    # "В 2019 году подписали соглашение, и с тех пор товарооборот вырос вдвое": since an earlier time
    r"с\s+тех\s+пор|с\s+того\s+времени|"
    r"(?<!сравнению\s)(?<!сравнении\s)с\s+(?:19|20)\d\d(?:\s*года|-го)(?!\s*(?:по|[-–—‒−‐‑]|до)\s*(?:19|20)?\d))(?![а-яё])",
    re.I)


# "рекордные с 2013 года 1,2 млрд", "впервые с 2014 года": the start of a record, not of a change
_RECORD_BEFORE = re.compile(r"(?:рекордн|максимальн|максимум|впервые|наибольш|высш|лучш|минимальн|минимум|"
                            r"наименьш|худш)\w*\s+(?:[а-яё]+\s+)?$", re.I)


@functools.lru_cache(maxsize=256)
def _span_ends(s: str) -> tuple[tuple[int, int], ...]:
    """Where the spans of years of a sentence start and end (a sentence is asked once per figure)."""
    return tuple(m.span() for m in SPAN_OF_YEARS.finditer(s)
                 if not _RECORD_BEFORE.search(s, max(0, m.start() - 30), m.start()))


def period_clause_between(sent: Sentence, a: int, b: int) -> bool:
    """A clause between `a` and `b` that opens with a stated period of its own ("…, когда он
    составлял 1 млрд, в 2024 году он вырос на 20 %"): a change after it is that period's."""
    return any(p.role == "own" and (p.year or p.years_back is not None) and a <= p.start < b
               and CLAUSE_BREAK.search(sent.text, a, p.start) for p in sent.periods)


def span_of_years(sent: Sentence, lo: int, item) -> bool:
    """A span of years before the figure in its stretch, with no period of its own after the span:
    "за десять лет вырос в пять раз и достиг 34,3 млрд" has no calendar period."""
    s = sent.text
    brk = CLAUSE_BREAK.search(s, item.end)
    own_before = any(lo <= p.start < item.start for p in sent.periods if p.role == "own")
    stop = brk.start() if brk else len(s)
    if not own_before and any(item.end <= b and e <= stop for b, e in _span_ends(s)):
        return True   # "вырос вдвое за пять лет"
    spans = [e for b, e in _span_ends(s) if e <= item.start]   # "за пять лет вырос …, а экспорт — в 2 раза"
    if not spans:
        return False
    after = spans[-1]
    return not any(after <= p.start < item.start or item.end <= p.start <= item.end + 30
                   and not CLAUSE_BREAK.search(s, item.end, p.start)
                   for p in sent.periods if p.role == "own")


def period_for(sent: Sentence, item, lo: int, published, target: bool, used: set[int],
               ctx: ArticleContext) -> tuple[dt.date | None, dt.date | None, str]:
    if not target and span_of_years(sent, lo, item):
        return None, None, SPAN_NOTE
    base = _bracketed_base(sent, item)
    if base is not None and not target:
        start, end, _ = resolve_period(base, published, True)
        if start:
            return start, end, "period: the comparison base the bracketed amount stands after"
    start, end, note = _period_for(sent, item, lo, published, target, used, ctx)
    closed = CLOSED_SPAN.search(sent.text, lo, item.start)
    if start and closed and int(closed.group("y")) == start.year:
        note = "; ".join(n for n in (note, CLOSED_SPAN_NOTE) if n)
    return start, end, note


def _bracketed_base(sent: Sentence, item) -> PeriodMention | None:
    """ "на 29,7 % больше показателя аналогичного периода 2021 года (272,7 млн долларов)": an
    amount in brackets right after a comparison base is the base's level."""
    s = sent.text
    head = s[max(0, item.start - 3):item.start].strip()
    if head.endswith(("—", "–")):   # "больше, чем за аналогичный период 2024 года, — 90 млн": a level compared
        opening = max(s.rfind("—", 0, item.start), s.rfind("–", 0, item.start))
        base = _masked_base(s, opening)
        return base if base and _THAN.search(s, max(0, base.start - 12), base.start) else None
    if not head.endswith("("):
        return None
    opening = s.rfind("(", 0, item.start)
    for p in sent.periods:
        if p.role != "own" and p.year and 0 <= opening - p.end <= 3:
            return PeriodMention(p.start, p.end, p.month_from, p.month_to, p.year, None, "own")
    return _masked_base(s, opening)


_THAN = re.compile(r"(?<![а-яё])(?:чем|против)\s+(?:за|в)?\s*$", re.I)
_BASE_BEFORE = re.compile(r"(?:аналогичн\w+|соответствующ\w+|т\w+\s+же)\s+период\w*\s+(?P<y>(?:19|20)\d\d)"
                          r"(?:\s*(?:года|г\.|-го))?\s*,?\s*$", re.I)


def _masked_base(s: str, opening: int) -> PeriodMention | None:
    """The base phrase "аналогичного периода 2021 года" is masked from find_periods: read its year;
    the months are the sentence's own span."""
    m = _BASE_BEFORE.search(s, max(0, opening - 60), opening)
    if not m:
        return None
    own = [p for p in find_periods(s) if p.role == "own" and p.start < m.start()]
    lo, hi = (own[-1].month_from, own[-1].month_to) if own else (1, 12)
    return PeriodMention(m.start(), m.end(), lo, hi, int(m.group("y")), None, "own")


# "с 2016 по 2020 год увеличился на 50 %": a change over several years, dated by its end year.
CLOSED_SPAN = re.compile(r"(?<![а-яё])(?:с\s+(?:19|20)\d\d\s*(?:г\.|года)?\s*(?:по|[-–—‒−‐‑]|до)|"
                         r"(?:в|за)\s+(?:19|20)\d\d\s*[-–—‒−‐‑])\s*(?P<y>(?:19|20)\d\d)", re.I)


_THIS_SPAN = re.compile(r"(?<![а-яё])(?:за|в)\s+(?:эт\w+(?:\s+же)?|т\w+\s+же|указанн\w+|данн\w+|отчетн\w+)\s+"
                        r"период\w*(?!\s+(?:прошл|предыдущ|минувш|(?:19|20)\d\d))", re.I)


def _period_for(sent: Sentence, item, lo: int, published, target: bool, used: set[int],
                ctx: ArticleContext) -> tuple[dt.date | None, dt.date | None, str]:
    if (year := _respective_year(sent, item)) is not None:
        return dt.date(year, 1, 1), dt.date(year, 12, 31), "period: the listed years, 'соответственно'"
    if (listed := _respective_period(sent, item)) is not None:
        start, end, _ = resolve_period(listed, published, not target)
        if start:
            return start, end, "period: the listed periods in order, 'соответственно'"
    if not target and (when := _when_year(sent, item)):
        return when
    if not target and ctx.period and _THIS_SPAN.search(sent.text, lo, item.start) \
            and any(p.role == "own" for p in sent.periods) \
            and not any(p.role == "own" and p.start < item.start for p in sent.periods):
        # "… за январь–октябрь составил 600 млн. Экспорт за этот период вырос на 14 %, тогда как за весь
        # прошлый год — на 5 %": with no period before the figure, the span of the sentence before, not
        # the later clause's year
        return ctx.period[0], ctx.period[1], "period: 'за этот период' is the previous sentence's span"
    if not target and _later_than_level(sent, item):
        return None, None, "period not stated: a later time than the level before it ('…, но затем …')"
    p = pick_period(sent, item, lo, target, used)
    if not target and (none := _timeless(sent, item, p, used)):
        return none
    if p is not None and target and _is_bare_year(p):
        # "За девять месяцев 2024 года … вырос, а по итогам года ожидается 300 млн": that year.
        year = next((q.year for q in sent.periods if q.role == "own" and q.year and q is not p), None)
        if year:
            return dt.date(year, 1, 1), dt.date(year, 12, 31), "period: 'года' is the year the sentence names"
    if p is not None and not target and _is_bare_year(p) and ctx.period:
        return ctx.period[0], ctx.period[1], "period: 'за год' is the year of the previous sentence"
    if p is not None and not target and (same := _analogous(p, sent, published, ctx)):
        return same
    if p is not None:
        start, end, note = resolve_period(p, published, not target)
        if start and (year := _year_before_named(sent, p, ctx)):
            return dt.date(year, start.month, 1), last_day(year, end.month), \
                "period: 'в предыдущем году' is the year before the one the text names"
        if not target and start and _earlier_year_clause(sent, item, p):
            # "за январь–май … 120 млн, а за аналогичный период прошлого года — 100 млн"
            return year_before(start), year_before(end), "period: the sentence's span in the previous year"
        if not target and start and (span := _span_against(sent, item, p, published)):
            # "за январь–июнь … 640 млн против 590 млн в прошлом году": the sentence's months in that year
            return span
        if not target and start and (year := _span_year_clause(sent, item, p)) and year != start.year \
                and not (published and last_day(year, end.month) > published):
            # "За первое полугодие 2025 года … 540 млн, за аналогичный период 2024 года — 510 млн"; a later
            # year too ("в январе–сентябре 2024 года … 90 млн, а за аналогичный период 2025 года — 105 млн")
            return (dt.date(year, start.month, 1), last_day(year, end.month),
                    "period: the sentence's span in the year 'за аналогичный период' names")
        if not target and start and _YEAR_EARLIER_AFTER.match(sent.text, item.end):
            # "54,2 млн против 47,9 млн годом ранее": the same span a year before.
            return year_before(start), year_before(end), "period: the sentence's span a year earlier ('годом ранее')"
        if not target and published and end and end > published and ctx.period \
                and ctx.period[0].year == start.year and ctx.period[1] <= published:
            return ctx.period[0], ctx.period[1], "period: the year so far, as the previous sentence gave it"
        if not target and published and end and end > published and p.years_back == 0 and not p.ytd \
                and (p.month_from, p.month_to) == (1, 12) and published.month < 12:
            # "в этом году товарооборот почти 300 млн" in September: the year is far from over and the
            # text says nowhere how much of it passed — no period rather than a year that has not ended
            # (in December, "в уходящем году", the figure is the year's)
            return None, None, "period not stated: the current year was not over"
        return start, end, note
    if target:
        return None, None, "period not stated"
    if not ctx.period and (base := _base_after(sent, item)) and (b := resolve_period(base, published, True))[0] \
            and not (published and year_after(b[1]) > published):
        # "составил 320 млн против 290 млн в 2023 году" with no period before: the year after the base's
        return year_after(b[0]), year_after(b[1]), "period inferred: one year after the base level's ('против …')"
    # "с январем–маем прошлого года": a base named relative to publication has the year it counts back to
    cmp = [p if p.year or published is None else replace(p, year=published.year - p.years_back)
           for p in sent.periods if p.role in ("comparison", "deadline") and (p.year or p.years_back)]
    # "к уровню 2023 года" in 2025 is the 2024 figure; "втрое больше, чем в 2018 году" in 2025 is a
    # comparison over years: no period rather than a guessed one.
    if cmp and (published is None or published.year - 2 <= cmp[0].year + 1 <= published.year):
        c = cmp[0]
        shifted = PeriodMention(c.start, c.end, c.month_from, c.month_to, c.year + 1, None, "own")
        start, end, _ = resolve_period(shifted, published, True)
        if start and not (published and end > published):   # a span not over yet is no period
            return start, end, "period inferred: one year after the comparison base"
    if re.fullmatch(r"\s*и\s*", sent.text[lo:item.start]):   # "Годом ранее … 380 и 600 млн соответственно"
        lo = last_break_end(sent.text, 0, lo, 0)
    if ctx.period and (_YEAR_EARLIER.search(sent.text, lo, item.start) or _year_earlier_at_head(sent, item)) \
            and not any(c.start < item.start for c in sent.changes):
        # "Для сравнения: годом ранее он составлял 251 млн": the same span a year before.
        c0, c1 = ctx.period
        last = calendar.monthrange(c1.year - 1, c1.month)[1]
        return (dt.date(c0.year - 1, c0.month, 1), dt.date(c1.year - 1, c1.month, last),
                "period: the previous sentence's span a year earlier ('годом ранее')")
    if ctx.period and (m := _SPAN_IN_YEAR.search(sent.text, lo, item.start)
                       or _SPAN_IN_YEAR.match(sent.text, item.end + 1 if sent.text[item.end:item.end + 1].isspace()
                                              else item.end)):
        # "… против 383 млн за аналогичный период 2024 года" too: the base named right after the amount
        # "За аналогичный период 2023 года — 820 млн": the previous sentence's months in that year
        year = int(m.group("y"))
        return (dt.date(year, ctx.period[0].month, 1), last_day(year, ctx.period[1].month),
                "period: the previous sentence's span in the year 'за аналогичный период' names")
    if ctx.period and cmp and isinstance(item, Change) and ctx.period[0].year - cmp[0].year >= 2 \
            and any(k.end for k in sent.metrics):
        # "… за январь–июнь 2020 года … В сравнении с 2015 годом товарооборот … увеличился в 2,6 раза": a change over
        # several years, not of the span before (FORMAT.md); a comment on the figure before, with no trade word of its
        # own ("Это на 40 % больше, чем в 2019 году"), stays that figure's change
        return None, None, SPAN_NOTE
    if ctx.period and carries_period(sent.text):
        return ctx.period[0], ctx.period[1], "period carried from the previous sentence"
    return None, None, "period not stated"


# "в 2023 году достиг 240 млн, а в предыдущем году — 200 млн": "предыдущий" counts back from the year
# the text names, not from publication ("прошлый" keeps counting from publication).
_PRECEDING = re.compile(r"[^.;]*?(?<![а-яё])(?:предыдущ|предшествующ)\w*\s+год", re.I)


def _year_earlier_at_head(sent: Sentence, item) -> bool:
    """ "…, тогда как годом ранее поставки составляли 3,9 млн": "годом ранее" heads the amount's clause before
    the flow's own word (a segment of its own), with no amount and no comma or semicolon in between."""
    prev_end = max([m.end for m in sent.moneys if m.end <= item.start], default=0)
    last = None
    for m in _YEAR_EARLIER.finditer(sent.text, prev_end, item.start):
        last = m
    # "чем годом ранее, когда поставки составили 3,9 млн": a "когда" clause of that earlier year
    return last is not None and (not re.search(r"[,;:()]", sent.text[last.end():item.start])
                                 or _WHEN_AFTER.fullmatch(sent.text, last.end(), item.start) is not None)


def _year_before_named(sent: Sentence, p: PeriodMention, ctx: ArticleContext) -> int | None:
    if p.years_back != 1 or not _PRECEDING.match(sent.text[p.start:p.end]):
        return None
    named = [q.year for q in sent.periods if q.role == "own" and q.year and q.start < p.start]
    year = named[-1] if named else ctx.period[1].year if ctx.period else None
    return year - 1 if year else None


def _timeless(sent: Sentence, item, p: PeriodMention | None, used: set[int]) -> tuple | None:
    """ "В 2015 году … 50 млн, сейчас — 200 млн", "В последние годы … превышает 4 млн, а по итогам
    2024 года ожидается …": a figure whose own stretch names no calendar period takes none from
    another clause (timeless.py)."""
    floor = max([m.end for m in sent.moneys if m.end <= item.start], default=0)
    if not timeless(sent.text, floor, item.start, item.end):
        return None
    if p is not None and own_stretch_period(sent.text, p.start, floor, item.start, item.end):
        return None
    if p is not None:
        used.discard(p.start)   # a later figure (a plan) may still take it
    return None, None, TIMELESS_NOTE


# "в 2013 году достигал 2 млрд, но затем снизился почти вдвое": after the level, at a later time
_LATER = re.compile(r"[,;]\s*(?:(?:а|но|и)\s+)?(?:затем|потом|впоследствии|позже|позднее|после\s+этого)(?![а-яё])",
                    re.I)


def _later_than_level(sent: Sentence, item) -> bool:
    """A change-only figure whose clause opens with "затем/потом/впоследствии" after a dated level:
    the change runs after that level's period, to a time the text does not state."""
    if item in sent.moneys:
        return False
    prev = [m for m in sent.moneys if m.end <= item.start]
    if not prev or not _LATER.search(sent.text, prev[-1].end, item.start):
        return False
    return not any(prev[-1].end <= p.start < item.start for p in sent.periods if p.role == "own")




# "Ранее он не превышал 200 млн", "около 300 млн в год": another time, or a yearly rate — the previous
# sentence's period does not carry over.
# "как и прежде" (as before) tells the state went on, not another time
_OTHER_TIME = re.compile(r"(?<![а-яё])(?<!как\sи\s)(?:(?<!годом )ранее|прежде|(?<!годом )раньше|когда-то|"
                         r"в\s+сво[её]\s+время|в\s+год|ежегодно)(?![а-яё])", re.I)


# "Брестчина и Подмосковье: итоги 2024 года.", "— Каким был товарооборот … в первом полугодии?",


def carries_period(s: str) -> bool:
    """A sentence that names no other time ("ранее", "в год") nor a timeless stretch continues the period
    before it."""
    return not search_once(_OTHER_TIME, s) and not search_once(TIMELESS, s)
