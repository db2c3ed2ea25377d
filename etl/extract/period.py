"""Period phrases → (start, end) dates, resolved against the article's publication date.

Rules (docs/extraction.md): a phrase with no year takes the publication year, and a reported
figure whose period would end after the publication date belongs to the previous year;
"с начала года" runs from 1 January to the end of the month before publication.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from etl.extract.caseless import CaselessPattern, lowered
from etl.extract.numbers import NUM, NUMWORD, number_value
from etl.extract.scan_scope import shared_scan

# With the abbreviations of statistical releases ("за янв.–май", "сент.–окт."): the dot is required.
MONTHS = (r"(?:январ\w*|янв\.)", r"(?:феврал\w*|февр?\.)", r"(?:март\w*|мар\.)", r"(?:апрел\w*|апр\.)",
          r"ма(?:[йяею]|ем)", r"июн\w*", r"июл\w*", r"(?:август\w*|авг\.)", r"(?:сентябр\w*|сент?\.)",
          r"(?:октябр\w*|окт\.)", r"(?:ноябр\w*|нояб?\.)", r"(?:декабр\w*|дек\.)")
MONTH = "(?:" + "|".join(MONTHS) + r")(?![а-яё])"
_MONTH_RES = [re.compile(m + "$", re.I) for m in MONTHS]
DASH = r"[-–—‒−‐‑]"   # hyphen, en, em, figure dash, minus, U+2010 hyphen, U+2011 non-breaking hyphen
ORDINALS = {"перв": 1, "втор": 2, "трет": 3, "четв": 4, "i": 1, "ii": 2, "iii": 3, "iv": 4,
            "1": 1, "2": 2, "3": 3, "4": 4}
# Relative years as data: the stem → years back from the publication year.
RELATIVE_YEARS = {"позапрошл": 2, "последн": 1, "прошл": 1, "минувш": 1, "предыдущ": 1, "предшествующ": 1, "прошедш": 1,
                  "истекш": 1,
                  "эт": 0, "текущ": 0,
                  "нынешн": 0, "уходящ": 0, "сего": 0, "будущ": -1, "следующ": -1, "наступающ": -1}
REL = (r"(?:последн(?=(?:ий|ем)\s)|позапрошл|прошл|"
       r"минувш|предыдущ|предшествующ|прошедш|истекш|эт|текущ|нынешн|уходящ|сего|будущ|следующ|наступающ)\w*")

# "В прошлом году за аналогичный период он составлял …": the span just named, in another year.
# "за аналогичный период", "в тот же период", "за этот же период", "соответствующий период"
SAME_SPAN = r"(?:аналогичн\w+|э?т\w+\s+же|соответствующ\w+)\s+период\w*"

YEAR_TAIL = (rf"(?:\s*,?\s*(?:(?P<y>(?:19|20)\d\d)(?:\s*{DASH}?\s*(?:год\w*|г\.|гг?\b|го\b|ого\b|ом\b|м\b|му\b|й\b))?"
             rf"|(?P<rel>{REL}),?\s+(?:(?P<y2>(?:19|20)\d\d)\s+)?год\w*))?")
PATTERNS = (
    # "по состоянию на 1 октября", "на 1 июля 2025 года": the year so far, to the month before
    ("asof", rf"(?:по\s+состоянию\s+)?на\s+1(?:-?е|-го)?\s+(?P<m1>{MONTH})"),
    ("months", rf"(?:с\s+)?(?P<m1>{MONTH})\s*(?:{DASH}+|по)\s*(?P<m2>{MONTH})"
               # "за январь и три недели марта": to the end of the later month (months are the grain)
               rf"|(?P<m1b>{MONTH})\s+и\s+(?:[а-яё\d]+\s+){{0,2}}(?:недел|дн|декад|половин)\w*\s+(?P<m2b>{MONTH})"
               # "за январь и февраль", "в октябре и ноябре": two neighbouring months (others are no span)
               rf"|(?P<m1c>{MONTH})\s+и\s+(?P<m2c>{MONTH})"),
    # "за истекший период текущего года": the year so far, like "с начала года"
    ("ytd", r"с\s+начала\s+(?:(?:эт|текущ|нынешн)\w+\s+)?"
            r"|за\s+(?:истекш|прошедш|минувш)\w+\s+период(?=\s+(?:эт|текущ|нынешн))"),
    # "в прошлом месяце", "за минувший квартал": the last whole month or quarter before publication
    ("relunit", r"(?:в|за)\s+(?:прошл|минувш|предыдущ|истекш|прошедш)\w*\s+(?P<unit>месяц|квартал)\w*"),
    # "во II полугодии", "во 2-м полугодии": the Roman or Arabic ordinal as the word (not "во второй половине
    # июня": a half of that month)
    ("half", r"(?:(?P<ord>перв\w*|втор\w*|II?(?:-?(?:м|е|го|й))?|[12]-?(?:м|е|го|й))\s+)?"
             rf"(?:полугоди\w*|половин[а-яё]*(?![а-яё])(?!\s+{MONTH})|полгода)"),
    # "за I кв. 2024 г.", "за 10 мес. 2024 г.": the abbreviations, scanned apart so that each scan
    # keeps a literal every match contains ("кв.", "мес."; the full words' scans keep theirs)
    # "за I–III кварталы", "в 1-3 кв.": from the first quarter's start to the last one's end
    ("quarters", rf"(?P<q1>I{{1,3}}|IV|[1-4])\s*{DASH}\s*(?P<q2>I{{1,3}}|IV|[1-4])(?:-?(?:м|й|го|х))?"
                 r"\s+(?:кв\.|квартал\w*)"),
    ("quarter", r"(?P<ord>I{1,3}|IV|[1-4])(?:-?(?:м|й|го))?\s+кв\."),
    ("nmonths", rf"(?P<n>{NUM})(?:-?(?:ми|ти|ть|х))?\s+мес\."),
    ("quarter", r"(?P<ord>I{1,3}|IV|[1-4]|перв\w*|втор\w*|трет\w*|четв[её]рт\w*)(?:-?(?:м|й|го))?\s+квартал\w*"),
    ("quarters", r"(?P<n>двух|два|тр[её]х|три)\s+квартал\w*"),
    ("nmonths", rf"(?:перв\w+\s+)?(?P<n>{NUM}|{NUMWORD})(?:-?(?:ми|ти|ть|х))?\s+месяц\w*"),   # "8-ми месяцев"
    ("month", rf"(?<!\d\s)(?P<m1>{MONTH})"),
    # "вырос на 15 % год к году" (year on year) names no year
    ("year", r"(?<!год\s)(?:по\s+итогам|за|в|во|к|до\s+конца|к\s+концу|в\s+конце)\s+(?:всего\s+|весь\s+)?"
             r"год(?:а|у)?\b"),
)
# Comparison bases: the period a change is measured against, not the fact's own period.
COMPARISON_BEFORE = re.compile(
    r"(?:\bк|\bпо\s+сравнению\s+с|\bв\s+сравнении\s+с|\bпротив|\bотносительно|\bчем\s+в|\bчем\s+за|"
    r"\bуров(?:ень|н\w+)|\bнад|\bс|"
    # "на 8 % больше показателя 2023 года", "превышает показатель 2023 года": a base, not the period
    r"\b(?:больше|меньше|выше|ниже|превыша\w*|превысил\w*|превысив|к|против|относительно)\s+показател\w+)"
    r"\s+(?:уров(?:ень|н\w+)\s+)?"
    # "по сравнению с допандемийным 2019 годом", "против рекордного 2022 года": an adjective before the year
    r"(?P<adj>[а-яё]+(?:ым|им|ого|его|ому|ему|ом|ем)\s+)?$", re.I)
COMPARISON_MASK = CaselessPattern(
    r"(?:аналогичн\w+|соответствующ\w+|т\w+\s+же|прошлогодн\w+)\s+(?:период\w*|уров(?:ень|н\w+)|показател\w+)"
    rf"(?:\s+(?:прошлого\s+года|{REL}\s+года|(?:19|20)\d\d\s*(?:года|г\.|-го)?))?|годом\s+ранее|год\s+назад")
_RES = [(kind, CaselessPattern(rf"(?<![а-яё\d])(?:{p}){YEAR_TAIL}")) for kind, p in PATTERNS]
_YEAR_ONLY = CaselessPattern(
    rf"(?<![\d.,\-–—‒−‐‑])(?P<y>(?:19|20)\d\d)(?!\s*{DASH}\s*\d)(?:\s*{DASH}?\s*(?:год\w*|г\.|гг?\b|го\b|ого\b|ом\b|м\b|му\b|й\b))"
    rf"|(?P<rel>{REL}),?\s+(?:(?P<y2>(?:19|20)\d\d)\s+)?год\w*"
    # "в 2024 году … 1,2 млрд, в 2023 — 1 млрд": a bare year before the dash of an elided verb
    r"|(?<![а-яё])(?:в|во|за)\s+(?P<y3>(?:19|20)\d\d)(?=\s*[—–]\s)")
_DATE_BEFORE = re.compile(rf"\d\s+{MONTH}\s+$", re.I)
_YEAR_RANGE = CaselessPattern(
    rf"(?<![\d.,])(?:19|20)\d\d\s*{DASH}\s*(?P<y>(?:19|20)\d\d)\s*(?:годах|годы|гг\.?)(?![а-яё])")
# The kinds whose every match names a month (MONTH in each of their branches), and a stem of every
# month: a sentence without one is not scanned for them (four in five sentences name no month).
_MONTH_KINDS = frozenset({"asof", "months", "month"})
ANY_MONTH = re.compile(r"январ|феврал|март|апрел|ма[йяею]|июн|июл|август|сентябр|октябр|ноябр|декабр|"
                       r"(?<![а-яё])(?:янв|февр?|мар|апр|авг|сент?|окт|нояб?|дек)\.")


@dataclass(frozen=True)
class PeriodMention:
    start: int
    end: int
    month_from: int
    month_to: int
    year: int | None          # None: the text gives no year
    years_back: int | None    # a relative year ("в прошлом году" → 1)
    role: str                 # own | comparison | deadline ("к 2030 году")
    ytd: bool = False
    back: str = ""            # "month" | "quarter": the last whole one before publication (months unused)
    partial: bool = False     # the last month only in part ("за январь и три недели марта")


_BARE_MONTH = re.compile(r"(?<![а-яё])(?:в|во|за|по\s+итогам)\s+$", re.I)   # "по итогам мая" too


def _month_number(word: str) -> int:
    for i, r in enumerate(_MONTH_RES, 1):
        if r.match(word):
            return i
    raise ValueError(f"not a month: {word!r}")


def _months(kind: str, m: re.Match) -> tuple[int, int] | None:
    g = m.groupdict()
    if kind == "months" and g.get("m1c"):
        k1, k2 = _month_number(g["m1c"]), _month_number(g["m2c"])
        return (k1, k2) if k2 == k1 + 1 else None
    if kind == "months":
        return _month_number(g["m1"] or g["m1b"]), _month_number(g["m2"] or g["m2b"])
    if kind == "asof":
        k = _month_number(g["m1"])
        return (1, k - 1) if k > 1 else None
    if kind == "month":
        # "в январе 2024 года"; with no year only after "в/за" ("В январе товарооборот …").
        if not (g.get("y") or g.get("rel") or _BARE_MONTH.search(m.string, 0, m.start("m1"))):
            return None
        k = _month_number(g["m1"])
        return k, k
    if kind == "half":
        return (7, 12) if (g.get("ord") or "").lower().startswith(("втор", "ii", "2")) else (1, 6)
    if kind == "quarter":
        q = ORDINALS.get(g["ord"].lower()[:4].rstrip("аеиоуыйм")) or ORDINALS.get(g["ord"].lower())
        q = q or ORDINALS.get(g["ord"].lower()[:4])
        return (3 * q - 2, 3 * q) if q else None
    if kind == "quarters" and g.get("q1"):
        q1, q2 = ORDINALS.get(g["q1"].lower()), ORDINALS.get(g["q2"].lower())
        return (3 * q1 - 2, 3 * q2) if q1 and q2 and q1 < q2 else None
    if kind == "quarters":
        return 1, 3 * int(number_value(g["n"]) or 0)
    if kind == "nmonths":
        n = number_value(g["n"])
        return (1, int(n)) if n and 1 <= n <= 12 and n == int(n) else None
    if kind == "ytd":
        return 1, 0
    if kind == "relunit":
        return 1, 12
    return 1, 12


# "к концу года", "до конца года", "в конце года": a deadline, the year a plan or forecast is for.
_YEAR_END = re.compile(r"(?:к\s+концу|до\s+конца|в\s+конце)\s", re.I)
# "200 млрд долларов в год", "прибавляет 10 % в год": a yearly rate, no period.
_PER_YEAR = re.compile(r"(?:\d|%|процент\w*|млрд|млн|тыс|долл\w*|рубл\w*|евро|юан\w*|тонн\w*)\.?\s+$", re.I)


# "с подписания в 1998 году соглашения", "со дня открытия в 2019 году": the year of the event a span counts from
_SINCE_EVENT = re.compile(r"(?<![а-яё])(?:с|со|после)\s+(?:(?:момента|дня|времени)\s+)?(?:подписани|создани|основани|"
                          r"открыти|заключени|установлени|образовани|учреждени)\w*\s+(?:в|во)?\s*$", re.I)


def _role(text: str, start: int) -> str:
    if _YEAR_END.match(text, start):
        return "deadline"
    before = text[max(0, start - 50):start]
    if _SINCE_EVENT.search(before):
        return "comparison"
    m = COMPARISON_BEFORE.search(before)
    if m and not (m["adj"] and not m["adj"].islower()):   # an adjective, not a name ("с Китаем 2024 года")
        if m["adj"]:
            before = before[:m.start("adj")]
        word = before.rstrip().rsplit(None, 1)[-1].lower() if before.strip() else ""
        # "по отношению к 2024 году", "в сравнении к": a base, though it ends in "к"
        relative = re.search(r"(?:отношению|сравнению|сравнении)\s+к\s*$", before, re.I)
        return "deadline" if word in ("к", "до") and not relative else "comparison"
    return "own"


def _year_of(g: dict) -> tuple[int | None, int | None]:
    year = g.get("y") or g.get("y2") or g.get("y3")
    if year:
        return int(year), None
    if g.get("rel"):
        rel = g["rel"].lower()
        for stem, back in RELATIVE_YEARS.items():
            if rel.startswith(stem):
                return None, back
    return None, None


def _mask_comparisons(text: str) -> tuple[str, str | None]:
    """(text with COMPARISON_MASK's phrases as "###", its lowered() form)."""
    low = lowered(text)
    spans = [m.span() for m in COMPARISON_MASK.finditer(text, low=low)]
    if not spans:
        return text, low
    for a, b in spans:
        text = text[:a] + "#" * (b - a) + text[b:]
    return text, lowered(text)


@shared_scan
def find_periods(text: str) -> list[PeriodMention]:
    """Every period phrase with its role.

    >>> [(p.month_from, p.month_to, p.year, p.role) for p in find_periods(
    ...     "в январе - июне 2022 года увеличился на 22,4% к первому полугодию 2021-го")]
    [(1, 6, 2022, 'own'), (1, 6, 2021, 'deadline')]
    """
    masked, low = _mask_comparisons(text)
    taken: list[tuple[int, int]] = []
    out = []
    months = low is None or ANY_MONTH.search(low) is not None
    for kind, rx in _RES:
        if kind in _MONTH_KINDS and not months:
            continue
        for m in rx.finditer(masked, low=low):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            months = _months(kind, m)
            if months is None or kind == "year" and m.group().lower().startswith("в год") \
                    and not m.group("y") and not m.group("rel") and _PER_YEAR.search(masked, 0, m.start()):
                continue
            year, back = _year_of(m.groupdict())
            if kind == "year" and year is None and back is None:
                back = None
            start = m.start() + len(m.group()) - len(m.group().lstrip())
            taken.append((m.start(), m.end()))
            # "по сравнению с январем–июнем": the "с" of the pattern is the comparison's
            at = m.start("m1") if kind == "months" and m.group("m1") and m.group().lower().startswith("с") \
                and re.search(r"(?:сравнению|сравнении)\s+$", masked[max(0, start - 20):start]) else start
            unit = ("month" if m.group("unit").lower().startswith("м") else "quarter") if kind == "relunit" else ""
            out.append(PeriodMention(start, m.end(), months[0], months[1], year, back,
                                     _role(masked, at), kind == "ytd", unit, bool(m.groupdict().get("m2b"))))
    for m in _YEAR_ONLY.finditer(masked, low=low):
        if any(s < m.end() and m.start() < e for s, e in taken) or _DATE_BEFORE.search(masked, 0, m.start()):
            continue
        year, back = _year_of(m.groupdict())
        taken.append((m.start(), m.end()))
        out.append(PeriodMention(m.start(), m.end(), 1, 12, year, back, _role(masked, m.start())))
    for m in _YEAR_RANGE.finditer(masked, low=low):   # "в 2022–2024 годах": a span of years, dated by its end year
        if not any(s < m.end() and m.start() < e for s, e in taken):
            taken.append((m.start(), m.end()))
            out.append(PeriodMention(m.start(), m.end(), 1, 12, int(m.group("y")), None, _role(masked, m.start())))
    out.extend(_elided_years(masked, taken, low))
    return _without_data_dates(masked, sorted(out, key=lambda p: p.start))


# "В 2024 году, по данным на 1 марта 2025 года, …", "по итогам 2024 года (данные Белстата на 1 апреля)",
# "по состоянию на 1 июля … за полугодие": the date of the data, not the figure's period, when the sentence
# states a period of its own.
_AS_OF_AT = re.compile(r"(?P<state>по\s+состоянию\s+)?на\s+1(?![\d,])", re.I)
_DATA_BEFORE = re.compile(r"(?<![а-яё])данн\w+\s+(?:[а-яё]+\s+){0,2}$", re.I)


def _without_data_dates(text: str, found: list[PeriodMention]) -> list[PeriodMention]:
    dated = []
    for p in found:
        m = _AS_OF_AT.match(text, p.start) if p.role == "own" else None
        if m and (m["state"] or _DATA_BEFORE.search(text, max(0, p.start - 40), p.start)):
            dated.append(p)
    if not dated or not any(p.role == "own" and p not in dated for p in found):
        return found
    return [p for p in found if p not in dated]


# "в прошлом году составил 22,3 млрд, а в нынешнем, по планам, превысит 25 млрд": "году" elided.
_ELIDED_YEAR = CaselessPattern(r"(?<![а-яё])во?\s+(?P<rel>(?:позапрошл|прошл|минувш|прошедш|текущ|нынешн|уходящ)\w*"
                               r"|этом)"
                               # "…, а в позапрошлом составлял 80 млн": or a verb of the level right after it;
                               # "…, а в этом рассчитываем превысить 800 млн": or of a plan
                               r"(?=\s*[,—–]|\s+(?:состав|был|достиг|превы|равнял|рассчитыва|планиру|намерен|"
                               r"ожида|надее|прогнозиру|долж|може|сможе|собира|хотим|хотят)\w*)")


def _elided_years(text: str, taken: list[tuple[int, int]], low: str | None) -> list[PeriodMention]:
    """A relative-year adjective with no noun, after a period with "году" earlier in the sentence
    (`low`: lowered(text), which the scan reads)."""
    out = []
    for m in _ELIDED_YEAR.finditer(text, low=low):
        if any(s < m.end() and m.start() < e for s, e in taken) or not re.search(r"год[уа]?\b", text[:m.start()]):
            continue
        _, back = _year_of(m.groupdict())
        out.append(PeriodMention(m.start("rel"), m.end(), 1, 12, None, back, "own"))
    return out


def _last_whole(unit: str, published: dt.date | None) -> tuple[dt.date | None, dt.date | None, str]:
    """The last whole month or quarter before publication ("в прошлом месяце" in August: July)."""
    if published is None:
        return None, None, f"period unknown: the last {unit} without a publication date"
    k = published.year * 12 + published.month - 1          # months since year 0, the current one
    first = k - 1 if unit == "month" else k - k % 3 - 3    # the previous month, or the previous quarter
    last = first if unit == "month" else first + 2
    return (dt.date(first // 12, first % 12 + 1, 1), last_day(last // 12, last % 12 + 1),
            f"period inferred: the last whole {unit} before publication")


def last_day(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def resolve_period(p: PeriodMention, published: dt.date | None, reported: bool
                   ) -> tuple[dt.date | None, dt.date | None, str]:
    """Dates for a period mention; a note says what was inferred or why it is empty.

    >>> pm = PeriodMention(0, 0, 1, 6, None, None, "own")
    >>> resolve_period(pm, dt.date(2025, 8, 14), True)[:2]
    (datetime.date(2025, 1, 1), datetime.date(2025, 6, 30))
    >>> resolve_period(pm, dt.date(2025, 2, 10), True)[:2]
    (datetime.date(2024, 1, 1), datetime.date(2024, 6, 30))
    """
    if p.back:
        return _last_whole(p.back, published)
    year, note = p.year, ""
    if year is None:
        if published is None:
            return None, None, "period year unknown: no publication date"
        year = published.year - (p.years_back or 0)
        # a period not over at publication is last year's — but a month named only in part ("и три
        # недели марта") may be the month of publication itself
        if p.years_back is None and not p.ytd and reported \
                and (dt.date(year, p.month_to, 1) if p.partial else last_day(year, p.month_to)) > published:
            year -= 1
            note = "period year inferred: the period was not over at publication"
    month_to = p.month_to
    if p.ytd:
        if published is None:
            return None, None, "period unknown: 'с начала года' without a publication date"
        month_to = max(published.month - 1, 1) if year == published.year else 12
        note = "period inferred: 'с начала года' runs to the end of the month before publication"
    return dt.date(year, p.month_from, 1), last_day(year, month_to), note
