"""When an event takes place and whether it has: its days and its status (held or planned), read off
the event's sentence around its cue word (EVENTS.md: "Dates resolve against `published`"; "held
(happened, or is happening) | planned (announced for later)"). Moved out of events.py, which finds the
events and their sides; this module only dates them."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from etl.extract.event_cues import Cue, clause, cues
from etl.extract.event_dates import DateSpan, find_dates
from etl.extract.event_followups import signed_in_past, signing_ahead, visit_ahead
from etl.extract.event_links import AT_PREP
from etl.extract.morph import is_future_or_intent, tags
from etl.extract.period import last_day

_WORD = re.compile(r"[а-яё]+")
_LETTERS = re.compile(r"[а-яё]*")


# talk verbs: "обсудили", "договорились", "условились", "подвели итоги", "наметили", "сверили часы", "рассмотрели" …
_TALK_VERBS = ("обсу", "догов", "условил", "подвел", "намети", "свери", "обговор", "рассмотр", "согласов")


def is_talk(low: str, c: Cue) -> bool:
    """A talk verb ("обсудили", "договорились"), not a meeting's own noun."""
    return c.type == "meeting" and low.startswith(_TALK_VERBS, c.start)


def announced(low: str, cue: Cue) -> bool:
    """ "подготовка к IX Форуму", "перед визитом", "накануне визита": the event itself is ahead, whatever
    else the sentence dates."""
    return _announced_at(low, cue) is not None


def _announced_at(low: str, cue: Cue) -> int | None:
    """Where the word announcing the event ahead starts, or None."""
    return next((m.start() for m in cues()["planned_before"].finditer(low, max(0, cue.start - 60), cue.end)
                 if m.end() <= cue.start and cue.start - m.end() <= 25), None)


# "визит … продлится несколько дней": under way, not planned
_DURATION = re.compile(r"продлит|продлят|продолжит|продолжат|завершит|завершат")


# a visit told by a past finite verb of arrival is held, whatever else its clause plans
_ARRIVED = re.compile(r"(?:прибыл|приехал|прилетел|побывал|посетил)(?:а|и|о)?(?![а-яё])")
_SUBJECT_TALK = re.compile(r"(?:встреча|переговоры)(?![а-яё])")
_PREP_BEFORE = re.compile(r"(?<![а-яё])(?:на|в|во|после|до|перед|при|по|о|об|к|с|со|для|от)\s+(?:[а-яё-]+\s+)?$")


def _planned(low: str, cue: Cue) -> bool:
    """Announced for later: a planning word or a verb in the future tense in the cue's clause."""
    if announced(low, cue):
        return True
    lo, hi = clause(low, cue.start, cue.end)
    if cue.type == "agreement" and signed_in_past(low, cue.start, min(hi, cue.end + 60)):
        return False   # "подписали соглашение и договорились заключить контракты": the signing took place
    if cue.type == "visit" and visit_ahead(low, cue.start):
        return True   # "принял приглашение посетить Витебск в ноябре"
    if cue.type == "visit" and _ARRIVED.match(low, cue.start):
        return False   # "Калужане приехали в Брест: делегация … проведет в городе два дня": the trip is under way
    if cue.type == "agreement" and (low.startswith("проект", cue.start) or signing_ahead(low, lo, hi)):
        return True   # "подготовили проект соглашения", "рассчитывают подписать": its signing is ahead
    if cue.type == "agreement" and low.startswith(("подписанн", "заключенн", "утвержденн"), cue.start):
        return False   # "Подписанное соглашение позволит …": signed; the future is its effect
    if cue.type == "meeting" and _SUBJECT_TALK.match(low, cue.start) and not _PREP_BEFORE.search(low, lo, cue.start):
        # "Встреча губернатора … и председателя … запланирована на весну": the noun as the subject, its own
        # predicate up to a comma (not "На переговорах … договорились подготовить": an occasion's noun)
        comma = low.find(",", cue.end, hi)
        hi = comma if comma >= 0 else hi
    elif cue.type == "meeting":   # "обсудили подготовку Форума": the plan is the forum's, not the meeting's
        hi = min(hi, cue.end + 15)
        hi = _LETTERS.match(low, hi).end()   # a whole word: "сотру" of "сотрудничества" is no future verb
    if any(m.start() != cue.start for m in cues()["planned"].finditer(low, lo, hi)):
        return True   # ("договорились о подписании" plans the signing, not the talk that agreed on it)
    return any(is_future_or_intent(w.group()) and not _DURATION.match(w.group()) and not _to_reader(low, w)
               for w in _WORD.finditer(low, lo, hi))


# "Напомним, 12 декабря … состоялся форум", "Отметим: …", "Добавим, что …": the writer speaking to the reader
_TO_READER_AFTER = re.compile(r"\s*(?:[,:]|что(?![а-яё]))")


def _to_reader(low: str, w: re.Match) -> bool:
    """A verb of the first person plural ahead, with no "мы" before it, opening what the writer adds."""
    t = tags(w.group())
    return bool(t) and "1per" in t[0] and "plur" in t[0] and bool(_TO_READER_AFTER.match(low, w.end())) \
        and not low[max(0, w.start() - 4):w.start()].rstrip().endswith("мы")


# "план на 2024−2026 годы", "за 2023 год", "по итогам 2024 года": a term or a figure's period, not a date.
# "запланировано на 2026 год", "перенесено на 2026 год": a date it is set for, not a document's term
_SCHEDULED_FOR = re.compile(r"(?<![а-яё])(?:запланирован|намечен|назначен|перенесен|отложен)\w*\s+на\s+$")
_TERM_BEFORE = re.compile(r"(?<![а-яё])(?:на|за|с|до|итог\w*)\s+(?:\d{4}\s*[-–—−]\s*)?$")
_HELD = re.compile(r"(?<![а-яё])(?:(?:подписан|заключен|утвержден)[аоы]?(?![а-яё])|"
                   r"прош(?:ел|ла|ло|ли|едш)\w*|состоял\w*|побывал\w*|посетил\w*|провел\w*|подписал\w*|"
                   r"принял\w*|встретил\w*|обсудил\w*|прибыл\w*|открыл\w*|завершил\w*|начал(?:а|и|о|ся|ась|ись|ось)?"
                   r"(?![а-яё])|стартовал\w*|приехал\w*|прилетел\w*|(?:вернул|возвратил|отправил)(?:ся|ась|ись)|"
                   r"вылетел\w*|гостил\w*|пребывал[аи]?(?![а-яё])|о?знакомил(?:ся|ась|ись)|осмотрел\w*|съездил\w*|"
                   r"встречал[аи]?(?![а-яё])|принимал[аи]?(?![а-яё])|заключил\w*|утвердил\w*|парафировал\w*|"
                   r"обменял(?:ся|ась|ись)|созвонил(?:ся|ась|ись)|побеседовал\w*|поговорил\w*|пообщал(?:ся|ась|ись)|"
                   r"обсуждал[аи]?(?![а-яё]))")
_TRADE = re.compile(r"оборот|экспорт|импорт|торговл|поставк|составил|достиг(?!нут)|превысил|вырос|увеличил")
# ("Договоренность … достигли в сентябре": the verb of the accord, not of a figure)
_TRADE_OF_ACCORD = re.compile(r"оборот|экспорт|импорт|торговл|поставк|составил|превысил|вырос|увеличил")
# "Согласно материалам к встрече, в 2015 году объем товарооборота превысил …": a period that opens a trade
# figure's phrase (the figure's noun right after it) is the figure's, wherever the cue stands
_FIGURE_AFTER = re.compile(r"\s*(?:[а-яё-]+(?:ого|его|ой|ей|ый|ий|ая|яя|ые|ие)\s+)?(?:объем|товарооборот|"
                           r"внешнеторгов|оборот|экспорт|импорт|торговл|поставк)")


_AND_CLAUSE = re.compile(r",\s+(?:и|а)\s")   # (", а 14 октября — с …": the day of a clause leaving out the verb)
# "В ходе встречи … договорились о проведении в декабре …": what was agreed on is ahead, not the meeting
_TALK_VERB = re.compile(r"(?<![а-яё])(?:договорил|условил|обсудил|наметил|решил)\w*")


def _ONE_MONTH_AHEAD(d: DateSpan, published: dt.date | None) -> bool:
    """ "намечен на август": one month after publication is a date, not a term ("план на 2025 год")."""
    return bool(published and d.first and d.last and d.first > published
                and (d.first.year, d.first.month) == (d.last.year, d.last.month))


def _segment(low: str, pos: int) -> int:
    """The start of the stretch between commas around pos."""
    return max(low.rfind(",", 0, pos), low.rfind(";", 0, pos))


# "в ходе визита", "на полях форума": the words before an occasion's own cue word
_AT_OCCASION = re.compile(AT_PREP + r"(?:[а-яё-]+\s+){0,2}$")


# "перенесен на декабрь", "переносится на 20 ноября": the date an event was moved to replaces the old one
# a date that was due and is no more: "должно было пройти в октябре", "планировалось провести в мае"
_WAS_DUE = re.compile(r"(?<![а-яё])(?:должн\w*\s+был\w*|планировал\w*|предполагал\w*)\s+(?:[а-яё]+\s+){1,2}$")
_MOVED_TO = re.compile(r"(?<![а-яё])перен(?:ес|осит|осят)\w*\s+(?:[а-яё]+\s+)?(?:на\s+)?$")

# "заявки принимаются до 25 ноября", "регистрация открыта до 1 декабря", "не позднее 28 ноября": a deadline
_DEADLINE_BEFORE = re.compile(r"(?<![а-яё])(?:до|не\s+позднее|не\s+позже)\s+$")
_DEADLINE_OF = re.compile(r"(?<![а-яё])(?:заявк|заявок|регистрац|подач[аиуе]|анкет)")


def _past_na(low: str, pos: int) -> int:
    """pos past a date phrase's own "на " ("на декабрь")."""
    return pos + 3 if low.startswith("на ", pos) else pos


_OCCASION_PARTICIPLE = re.compile(r"(?:прошедш|состоявш|проведенн|прошлогодн|организованн)\w*\s+$")


def _date_for(dates: list[DateSpan], low: str, cue: Cue, published: dt.date | None = None,
              others: list[int] = ()) -> DateSpan | None:
    """The date phrase of the event: a day anywhere in the sentence, nearest the cue; a month or a
    year only close to the cue, with no trade figure between them (that period is the figure's)."""
    if moved := [d for d in dates if _MOVED_TO.search(low, max(0, d.start - 30), _past_na(low, d.start))]:
        dates = moved   # "запланированный на ноябрь, перенесен на декабрь": the new date
    if len(kept := [d for d in dates if not _WAS_DUE.search(low, max(0, d.start - 40), d.start)]) < len(dates) and kept:
        dates = kept   # "которое должно было пройти в октябре, состоится в декабре": the date it will keep
    if deadline := [d for d in dates if _DEADLINE_BEFORE.search(low, max(0, d.start - 15), d.start)]:
        if _DEADLINE_OF.search(low):   # "…, заявки принимаются до 25 ноября": when to apply, not the event's date
            dates = [d for d in dates if d not in deadline]
    days = [d for d in dates if d.kind != "period" and d.first]
    # "прибыла в Шанхай …, и 5 ноября столица представила …": a day of a coordinated clause is its own
    days = [d for d in days if not _AND_CLAUSE.search(low, min(d.end, cue.end), max(d.start, cue.start))]
    # "целью визита стало согласование … Дней Минска в Москве 18–21 сентября": a day after another
    # event's word that follows this one is that event's — unless this event took place at that one
    # ("подписали соглашение в ходе визита … 13 октября")
    # "По итогам прошедшей в четверг встречи … решено провести Дни …": a day right before another event's
    # word told earlier is that event's
    days = [d for d in days if not (_OCCASION_PARTICIPLE.search(low, max(0, d.start - 16), d.start)
                                    and any(o < cue.start and 0 <= o - d.end <= 12 for o in others))]
    later = [o for o in others if o > cue.start]
    if not any(_AT_OCCASION.search(low, max(0, o - 40), o) for o in later):
        days = [d for d in days if not any(o < d.start for o in later)]
    if days:
        return min(days, key=lambda d: abs(d.start - cue.start))
    near = []
    # "Форум, который пройдет в июне" dates the forum; "обсудили подготовку Форума, который … примет в
    # 2024 году" does not date the talk
    lo, hi = clause(low, cue.start, cue.end, relative=cue.type != "meeting")
    for d in (d for d in dates if d.kind == "period"):
        if (is_talk(low, cue) or cue.type == "meeting" and _TALK_VERB.search(low, cue.end, d.start)) \
                and d.start > cue.start and published and d.first and d.first > published:
            continue   # "договорились провести форум в июне": a month ahead is the forum's, not the talk's
        if _segment(low, cue.start) != (seg := _segment(low, d.start)) and any(_segment(low, o) == seg for o in others):
            continue   # "Недавно подписано соглашение …, в мае там прошли дни …": the month of the other event
        term = _TERM_BEFORE.search(low, max(0, d.start - 16), d.start) and not _ONE_MONTH_AHEAD(d, published) \
            and not _SCHEDULED_FOR.search(low, max(0, d.start - 30), d.start)
        # a trade figure between the cue and the month owns it ("визита в Минск в марте, поставки выросли": not)
        if _NOW_CLAUSE.search(low, min(d.end, cue.start), max(d.start, cue.end)):
            continue   # "в прошлом году … показала …, и теперь делегация прибыла": a clause of its own time
        if d.first and lo <= d.start and d.end <= hi and not term and not _FIGURE_AFTER.match(low, d.end) \
                and not (_TRADE_OF_ACCORD if low.startswith("договоренност", cue.start) else _TRADE).search(
                    low, min(d.end, cue.start), max(d.start, cue.end)) \
                and not _figure_part(low, d, cue):
            near.append(d)
    if not near and (head := [d for d in dates if d.kind == "period" and d.first
                              and _WHEN_HEAD.fullmatch(low, d.end, lo) and not _FIGURE_AFTER.match(low, d.end)]):
        return head[-1]   # "началось в марте 2019 года, когда делегация побывала в Брянске": the time it qualifies
    return min(near, key=lambda d: abs(d.start - cue.start)) if near else None


# a coordinated clause of its own time: ", и теперь", ", а сейчас", ", и на этот раз"
_NOW_CLAUSE = re.compile(r",\s+(?:и|а)\s+(?:теперь|сейчас|ныне|нынче|(?:на|в)\s+этот\s+раз)(?![а-яё])")
# the end of a month or year phrase a "когда" clause qualifies, up to that clause's start
_WHEN_HEAD = re.compile(r"\s*(?:год[ау]?\s*)?,\s+когда\s")
# the comma parts of a sentence: "Торговля … в 2023 году стала рекордной, заявил … на заседании …"
_PART_BREAK = re.compile(r"[,;:]|\s[—–]\s")


def _figure_part(low: str, d: DateSpan, cue: Cue) -> bool:
    """A period after a trade word in a comma part of its own, the cue in another ("Торговля … в 2023 году
    стала рекордной, заявил … на заседании …", "Товарооборот вырос на 12 % в 2024 году, сообщил … на
    встрече"): the figure's period, whatever its verb, not the event's date."""
    lo = max((m.end() for m in _PART_BREAK.finditer(low, 0, d.start)), default=0)
    hi = m.start() if (m := _PART_BREAK.search(low, d.end)) else len(low)
    return not lo <= cue.start < hi and bool(_TRADE.search(low, lo, d.start))


# "делегация пробудет в Минске до 18 апреля": a stay under way, its last day ahead
_STAYS_UNTIL = re.compile(r"(?<![а-яё])(?:пробуд\w*|продлит\w*|продлят\w*|останется|останутся)\s+"
                          r"(?:[^\s,.;:]+\s+){0,3}?до\s+$")


# A year told with the month or season: "весной прошлого года", "в марте 2026 года", "этой весной"
_YEAR_TOLD = re.compile(r"\d{4}|прошл|минувш|прошедш|эт[оиу]|текущ|нынешн|следующ|будущ|предстоящ")


# The clause tells the past: "состоялся в марте, как и было запланировано", "в марте планировалось подписать"
_TOLD_PAST = re.compile(r"(?<![а-яё])(?:состоял\w*|прош(?:ел|ла|ло|ли)|побывал\w*|посетил\w*|подписал\w*|"
                        r"провел\w*|планировал\w*|намечал\w*|предполагал\w*|был[аои]?\s+запланирован\w*)(?![а-яё])")


def _gone_by(date: DateSpan, low: str, published) -> bool:
    """A month or season of no year told, over before publication: for an event still ahead, next year's."""
    return bool(published and date.kind == "period" and date.first and date.last and date.last < published
                and date.last.year == published.year and not _YEAR_TOLD.search(low, date.start, date.end + 12))


def _next_year(date: DateSpan) -> DateSpan:
    first, last = date.first, date.last
    return replace(date, first=first.replace(year=first.year + 1),
                   last=last_day(last.year + 1, last.month) if last.day >= 28 else last.replace(year=last.year + 1))


# "выставка предваряет визит", "консультации, предшествующие визиту": the verb's subject is what the sentence dates
_PRECEDES = re.compile(r"предвар|предшеств")


def _not_preceded_ones(low: str, at: int, cue: Cue, date: DateSpan) -> bool:
    """A date the sentence tells of what precedes the visit ("Заседание, предваряющее визит губернатора, пройдет
    20 октября"): any date but one right after the visit's words, before the next comma."""
    if not _PRECEDES.match(low, at):
        return False
    comma = low.find(",", cue.end)
    return not (cue.end <= date.start and (comma < 0 or date.end <= comma))


def when(s: str, low: str, cue: Cue, published, headline: bool, others: list[int] = ()
          ) -> tuple[str, object, object, str]:
    """(status, first day, last day, note) of the event whose cue word is `cue` (`others`: where the
    sentence's cue words of other events are)."""
    planned = _planned(low, cue)
    date = _date_for(find_dates(s, published, False), low, cue, published, others)
    if planned and date and (at := _announced_at(low, cue)) is not None and (date.end <= at or _not_preceded_ones(
            low, at, cue, date)):
        date = None   # "13 июля … форум … накануне государственного визита": the eve's day, not the visit's
    if planned and date and _gone_by(date, low, published) \
            and not _TOLD_PAST.search(low, *clause(low, cue.start, cue.end)):
        date = _next_year(date)   # "Ответный визит состоится весной" in October: next spring
    if date and date.kind == "day" and _STAYS_UNTIL.search(low, max(0, date.start - 40), date.start) \
            and published and date.last and date.last >= published:
        return "held", None, date.last, "date: the stay's last day; its first not stated"
    if date and published and date.first and date.kind != "period":
        # "18–21 сентября" in an article of 14 August is ahead, unless the clause says it took place
        # (then it is the year before: the shared year rule for held events).
        # "Сегодня … запланировано подписание": a planning word keeps today's event ahead (not a future verb:
        # "находящийся с визитом, проведет сегодня встречу" is under way)
        span = clause(low, cue.start, cue.end)
        held = bool(_HELD.search(low, *span))
        today = date.first == published and planned and not held \
            and any(m.start() != cue.start for m in cues()["planned"].finditer(low, *span))
        planned = today or date.first > published and (planned or not held)
        if not planned and date.first > published:
            date = _date_for(find_dates(s, published, True), low, cue, published, others)
    elif date and published and date.last and date.last < published:
        planned = False
    elif date and published and date.first and date.first > published:
        # "В декабре … прошло заседание" in a January article: last year's December, held; "готов принять
        # Форум регионов в 2027 году": what lies ahead is not held
        past = None if planned else _date_for(find_dates(s, published, True), low, cue, published, others)
        if past and past.first and past.first <= published and _HELD.search(low, *clause(low, cue.start, cue.end)):
            date = past
        else:
            planned = True
    if date and date.vague and not planned:
        date = None   # "делегация в этом году самая представительная": no date of the event
    status = "planned" if planned else "held"
    first, last = (date.first, date.last) if date else (None, None)
    if first is None and headline and status == "held" and published:
        return status, published, published, "date: the headline's own date"
    return status, first, last, "" if first else "date not stated"
