"""Who meets: officials or not (EVENTS.md: a meeting is of officials). The words of officials, the public,
the press and business people, and the checks find_cues applies to a sentence's meeting words. Moved out of
event_cues.py, which finds the cue words."""

from __future__ import annotations

import functools
import re

# An official or a delegation: a person who can be a side of a contact
PERSON = re.compile(r"(?<![а-яё])(?:делегаци|губернатор|президент|премьер|министр|замминистр|посол|посл[аоу]|"
                    r"руководств|раис|консул|генконсул|полпред|сопредседател|торгпред|"
                    r"глав[аеуы]|мэр|аким|хоким|председател|зампред|лидер|руководител|вице|замест|представител|официальн|"
                    r"спикер|депутат|сенатор|госсекретар|помощник|канцлер|король|эмир|делегат|чиновник|коллег)")

# Business people, and an official's title that only heads a business ("руководители предприятий").
_TRADE_PEOPLE = re.compile(r"производител|предпринимател|бизнес|компани|предприяти|фирм|делов\w+\s+круг")
_OF_BUSINESS = re.compile(r"[а-яё]*\s+(?:[а-яё]+\s+)?"
                          r"(?:предприяти|предпринимател|компани|фирм|организаци|бизнес|деловых)")


@functools.cache
def _demonym_forms() -> frozenset[str]:
    """Every form of the peoples of demonyms.csv ("гродненцы", "белорусам")."""
    from etl.extract.places import gazetteer

    return frozenset(k for k, entries in gazetteer().items() if any(e.source == "demonym" for e in entries))


def people_only(low: str) -> bool:
    """Sides named by their people ("омичи и павлодарцы") with no official or delegation in the sentence:
    a meeting word other than "переговоры" tells of people meeting, not of officials (EVENTS.md)."""
    forms = _demonym_forms()
    return any(w in forms for w in _LETTER_RUN.findall(low)) and not PERSON.search(low)


_LETTER_RUN = re.compile(r"[а-яё]+")


def among_officials(low: str) -> bool:
    """A sentence with business people talks between officials only if it names one (a meeting is of
    officials, EVENTS.md); one without business people is taken as officials' as before."""
    if not _TRADE_PEOPLE.search(low):
        return True
    return any(not _OF_BUSINESS.match(low, m.end())
               and not _REPORTED_BY.search(low, max(0, m.start() - 30), m.start()) for m in PERSON.finditer(low))


# a talk with the press ("обсудил с журналистами", "в беседе с представителями СМИ")
# the public as the one talked with: "с жителями", "с населением", "со студентами", "с трудовым коллективом";
# the region's own local heads: "обсудил с главами районов" (not "… районов Гомельской области")
WITH_PUBLIC = re.compile(r"(?<![а-яё])со?\s+(?:трудов\w+\s+)?(?:жител|населени|молодеж|студент|школьник|"
                         r"коллектив|ветеран|горожан|(?:глав|руководител)\w*\s+(?:район|муниципал|сельсовет|поселени)"
                         r"(?![а-яё]*\s+(?:[а-яё]+(?:ой|ого|их|ых)\s+(?:област|кра|республик)|беларус|белорусс|росси|"
                         r"казахстан|[а-яё]+(?:ской|ского|ских)(?![а-яё]))))")
WITH_PRESS = re.compile(r"(?:\s+[а-яё]+){0,2}?\s+со?\s+(?:[а-яё]+(?:ими|ыми)\s+)?(?:журналист|корреспондент|"
                        r"представител\w+\s+сми|сми(?![а-яё])|прессой)")   # (also "с белорусскими журналистами")
# An official met: "с председателем …", "с губернатором" (before "и с ветеранами")
WITH_PERSON = re.compile(r"(?<![а-яё])со?\s+(?:[а-яё-]+\s+){0,2}?" + PERSON.pattern.removeprefix("(?<![а-яё])"))
# People who are no officials as the ones who meet: "Гомельские и брянские школьники встретились …",
# "Ветераны … встретились у мемориала"
NON_OFFICIALS = re.compile(r"(?<![а-яё])(?:школьник|студент|ветеран|спортсмен|артист|волонтер|болельщик|пенсионер|"
                           r"учащи[ех]ся|дети|детей|молодеж|курсант|выпускник|творческ\w+\s+коллектив|"
                           # … and sport: "Хоккейные клубы Гродно и Смоленска провели товарищеский матч; встреча
                           # завершилась со счетом 3:2" (EVENTS.md: sports events are none)
                           r"(?:хоккеист|футболист|баскетболист|волейболист|гандболист|шахматист)\w*|"
                           r"(?:клуб|команд|сборн)(?:ы|ов|а|ая|ые|ых)(?![а-яё])|"
                           r"матч|турнир|спартакиад|чемпионат|со\s+счетом|вничью)")


# "…, сообщил руководитель профильного ведомства": the source of the report, not a participant
_REPORTED_BY = re.compile(r"(?:сообщил|заявил|рассказал|отметил|пояснил|уточнил|подчеркнул)\w*\s+(?:[а-яё]+\s+)?$")
