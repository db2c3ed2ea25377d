"""The role of a place in an event's sentence: who travels, who hosts, who is a resident diplomat, and
which places only name an occasion (EVENTS.md: "a visit's `a` is the visitors' side"; "X принял Y" is a
visit by Y). Read off the words right before and after each place; moved out of event_sides.py, which
picks the two sides of an event from these roles."""

from __future__ import annotations

import re

from etl.extract.morph import tags
from etl.extract.places import WORD, PlaceMention

_POSTING = re.compile(r"(?<![а-яё])(?:посол|посл[аеоу]м?|послом|послами|послов|посольств\w*|генконсул\w*|"
                      r"генеральн\w+\s+консул\w*|консул(?!ьт)\w*|торгпред\w*|торгов\w+\s+представител\w*|представительств\w*|"
                      r"дипмисси\w*|дипломатическ\w+\s+мисси\w*)"
                      r"(?:\s+(?!(?:в|во|на)\s)[^\s,.;:]+){0,4}\s+(?:в|во|на)\s+$", re.I)
# (only the first "в" after the title: "посол Беларуси в России побывал в Витебской области" went to Vitebsk)
# "белорусская делегация", "белорусские гости", "белорусские коллеги": the people of that place travel
_DELEGATION_BEFORE = re.compile(r"\s*(?:[а-яё]+(?:ая|ой|ую|ий|ый|ого|ые|ых|их)\s+)?(?:делегаци\w*|"
                                r"гост(?:и|ей|ям|ями|ях)(?![а-яё])|коллеги(?![а-яё]))", re.I)
_DELEGATION_AFTER = re.compile(r"делегаци\w*\s+(?:(?:правительства|руководства|администрации|парламента|"
                               r"официальн\w+|деловых\s+кругов|предпринимателей|бизнеса|из)\s+)?"
                               r"(?:(?:[а-яё]+(?:ой|ей|ого)\s+)?(?:провинции|области|края|республики|города|штата|аймака|"
                               r"округа|префектуры)\s+)?$|"
                               # "Делегация во главе с председателем облисполкома …": its leader's place
                               r"делегаци\w*\s+во\s+главе\s+с\s+(?:[а-яё-]+\s+){1,4}?$", re.I)


# "с послом Казахстана", "с послами Ирана и Беларуси": each state named is a diplomat's
_DIPLOMAT = re.compile(r"(?<![а-яё])(?:посол|посл[аеоу]м?|послами|послов|генконсул\w*|генеральн\w+\s+консул\w*|"
                      r"консул(?!ьт)\w*|дипломат\w*|торгпред\w*|посольств\w*|дипмисси\w*|мисси[иеюя])"
                      r"(?:\s+(?:[а-яё]+(?:ой|ого|ей|его|их|ых|ии|ки|ции|ства)|[а-яё]+\s+и))?\s+$", re.I)
# (one word between in the genitive: "посла Республики Беларусь", "послами Ирана и Беларуси"; not "в
# посольстве делегацию Смоленской области")
# "российский посол", "белорусские дипломаты": the state's adjective before the diplomat
_DIPLOMAT_AFTER = re.compile(r"\s+(?:[а-яё]+\s+)?(?:посол|посл[аеоу]м?|послами|послов|генконсул\w*|"
                             r"генеральн\w+\s+консул\w*|консул(?!ьт)\w*|дипломат\w*|посольств\w*|дипмисси\w*|"
                             r"дипломатическ\w+\s+мисси\w*)(?![а-яё])", re.I)


# "посетил с рабочим визитом Витебскую область": the verb's object after the manner of the visit
_VISITED_WITH = re.compile(r"(?<![а-яё])(?:посетил\w*|посетит|посетят|посетив\w*|посещ\w*)\s+(?:(?:[а-яё]+\s+){0,2}?"
                           r"(?:с\s+(?:[а-яё]+\s+){0,2}визитом|в\s+рамках\s+(?:[а-яё]+\s+){0,2}визита)\s+|"
                           r"(?:провинци|город|штат|префектур|аймак|округ|район)\w*\s+)$", re.I)
_VISITED_BEFORE = re.compile(r"(?:\s+(?:с|со)\s+(?:[а-яё]+\s+)?(?:визитом|поездкой))?\s+"
                             r"(?:посетил\w*|посетит|посетят|посеща\w*)", re.I)


# "Минск посетил губернатор …": the visitor named after the verb, so the place before it is visited
_PERSON_AFTER = re.compile(r"\s+(?:[а-яё]+\s+)?(?:губернатор|глав[аы]|делегаци|президент|премьер|министр|мэр|аким|"
                           r"хоким|председател|посол(?!ьств)|вице|замест|руководител|представител|гост|коллег)", re.I)


def _visited_before_verb(s: str, m: PlaceMention) -> bool:
    """ "Витебскую область посетил …", "Минск с визитом посетил губернатор …": the object before the verb."""
    v = _VISITED_BEFORE.match(s, m.end)
    return bool(v) and (_accusative_only(s[m.start:m.end]) or bool(_PERSON_AFTER.match(s, v.end())))


def _accusative_only(phrase: str) -> bool:
    """ "Витебскую область": the first word can be accusative and cannot be nominative nor genitive
    ("председатель Гомельского облисполкома посетил Брянск": the owner of the subject, not the object)."""
    parses = tags(WORD.findall(phrase)[0])
    return any("accs" in t for t in parses) and not any("nomn" in t or "gent" in t for t in parses)


def _genitive_possible(phrase: str) -> bool:
    """The place's first word can be in the genitive (or never changes): it may belong to the noun before."""
    words = WORD.findall(phrase)
    parses = tags(words[0]) if words else ()
    return not parses or any("gent" in t or "Fixd" in t for t in parses)


# A place's adjective inside the name of the occasion an event took place at
_OCCASION_BEFORE = re.compile(r"(?<![а-яё])(?:на\s+полях|в\s+кулуарах|в\s+рамках|в\s+ходе|во\s+время)\s+"
                              r"(?:[ivxlc\d]+\s+)?$", re.I)
_OCCASION_AFTER = re.compile(r"(?:\s+[а-яё-]+){0,3}?\s+(?:форум|саммит|конференц|выставк|ярмарк|недел)", re.I)
# "на предприятиях", "в правительстве": a noun in the locative right before a place in the genitive
_AT_NOUN = re.compile(r"(?<![а-яё])(?:на|в|во)\s+([а-яё]+)\s+$", re.I)


def _locative_noun(word: str) -> bool:
    """A place-like noun in the locative ("предприятиях", "правительстве"), not an event's own word
    ("в Неделе Беларуси", "на Днях Брестской области": the place is the event's name)."""
    return not _EVENT_NOUN.match(word) and any(t.startswith("NOUN") and ("loct" in t or "loc2" in t)
                                               for t in tags(word)[:2])


_EVENT_NOUN = re.compile(r"(?:недел|дн[яеи]|форум|выставк|ярмарк|заседани|встреч|сесси|конгресс|саммит|презентаци|"
                         r"переговор|визит|фестивал|конференци|съезд|совет|комисси|рамк|ход|полях|кулуар)", re.I)


_VISIT_AFTER = re.compile(r"\s+(?:с|со)\s+(?:[а-яё-]+\s+){0,2}?(?:визитом|поездкой|командировкой)(?![а-яё])", re.I)
_VISIT_IN = re.compile(r"(?<![а-яё])(?:визит|поездк|командировк)\w*\s+(?:в|во|на)\s+$", re.I)
# "вопросы экспорта в Казахстан", "о поставках в Брянскую область", "поставляющих продукцию в Казахстан":
# where goods go, no side of a contact
_GOODS_TO = re.compile(r"(?<![а-яё])(?:экспорт|импорт|поставк|поставок|поставля|ввоз|вывоз|отгрузк|отгружа|продаж|"
                       r"перевозк|сбыт)\w*\s+"
                       r"(?:[а-яё]+\s+){0,2}?(?:в|во|на)\s+$", re.I)
_RETURNED = r"(?<![а-яё])(?:(?:вернул|возвратил)(?:ся|ась|ись)|(?:вернув|возвратив)ш(?:ись|[а-яё]+ся))"
_RETURNED_FROM = re.compile(_RETURNED + r"\s+(?:(?:в|во|на)\s+[^\s,.;:]+\s+)?из\s+$", re.I)
_RETURNED_TO = re.compile(_RETURNED + r"\s+(?:(?:из|со?)\s+[^\s,.;:]+\s+)?(?:в|во|на)\s+$", re.I)
_GUEST_OF = re.compile(r"(?<![а-яё])гост(?:ем|ями|ьей|ьями)\s+$", re.I)


def role(s: str, m: PlaceMention) -> str:
    before = s[max(0, m.start - 80):m.start]
    if m.source == "demonym":   # "Калининград посетили гродненцы": people travel like a delegation
        return "place" if m.prep == "у" else "delegation"   # (but "в гостях у смолян")
    if m.prep in ("в", "во", "на") and _POSTING.search(before):
        return "posted"
    if _DIPLOMAT.search(before[-40:]) or m.source == "adj" and _DIPLOMAT_AFTER.match(s, m.end):
        return "diplomat"   # "с послом Казахстана", "российский посол": a resident diplomat, no traveller
    if m.prep not in ("в", "во", "на") and _DELEGATION_AFTER.search(s[max(0, m.start - 60):m.start]) or (
            m.source in ("adj", "generic") and m.prep not in ("в", "во", "на") and _DELEGATION_BEFORE.match(s, m.end)):
        return "delegation"
    if m.prep in ("в", "во", "на") and _GOODS_TO.search(before):
        return "goods"   # "обсудил … вопросы экспорта в Казахстан": the market, not the other side
    if m.prep in ("в", "во", "на") and (_VISIT_IN.search(before) or _VISIT_AFTER.match(s, m.end)):
        return "dest"   # "находящийся с рабочим визитом в Беларуси": the place of the visit is its host
        # (also before the visit's noun: "находится в Беларуси с двухдневным визитом")
    if m.prep in ("в", "во", "на") and _RETURNED_TO.search(before):
        return "origin"   # "посетил Гомель, а затем вернулся в Брянск": home, whence he went
    if m.prep in ("в", "во", "на"):
        word = s[m.start:m.end].lower()
        if not m.locative and m.source in ("capital", "center", "name") and word.endswith(("е", "и")) \
                and " " not in word and m.kind in ("city", "country"):
            return "venue"   # "в Улан-Баторе", a city the morphology does not know: locative by its ending
        if not m.locative and " " not in word and any("Fixd" in t for t in tags(word)):
            return "venue"   # "встретился в Гродно": a fixed form after "в" is where as much as whither
        return "venue" if m.locative else "dest"
    if _OCCASION_BEFORE.search(before) and _OCCASION_AFTER.match(s, m.end):
        return "occasion"   # "На полях Петербургского международного экономического форума": its name, no side
    if m.prep not in ("в", "во", "на") and (w := _AT_NOUN.search(before)) and _locative_noun(w.group(1)) \
            and _genitive_possible(s[m.start:m.end]):
        return "venue"   # "побывал на предприятиях Брянской области", "в правительстве Витебской области"
        # (not "В Казани Витебская область подписала …": the subject, after the venue)
    if _GUEST_OF.search(before):
        return "dest"   # "Гостями Могилевской области стали …": the place whose guests they were hosts them
    if m.prep.startswith(("посетил", "посетит", "посетят", "посещ", "посетив")) or _visited_before_verb(s, m) \
            or _VISITED_WITH.search(before):
        return "dest"   # "посетил Могилевскую область", "Витебскую область посетил …": its host
    if m.prep == "из":   # (but "вернулся из Могилева": the place he went to)
        return "dest" if _RETURNED_FROM.search(before) else "origin"
    return "place"


# "сотрудничества с Беларусью", "связи региона с Минской областью": a place the talk is about …
_TOPIC_WITH = re.compile(r"(?<![а-яё])(?:сотрудничеств|взаимодействи|связ|отношени|партнерств|торговл|товарооборот|"
                         r"проект)"
                         r"[а-яё]*\s+(?:[а-яё]+\s+)?со?\s+$")
# … when the one met is named right after the talk word: "обсудил с министром экономики региона …",
# "совещании с руководством области"
_MET_AFTER = re.compile(r"\s*(?:[а-яё-]+\s+){0,3}?со?\s+(?:[а-яё-]+\s+)?(?:губернатор|аким|хоким|"
                        r"посл[аоу]|послом|консул(?!ьт)|"
                        r"председател|мэр|глав|министр|руководств|делегаци|коллег|вице|заместител|президент|премьер)")


def talk_topics(low: str, start: int, end: int, ps: list) -> list:
    """The participants a talk (its cue word at start:end) is only about: a place after "сотрудничество
    с", "связи с" when the one met is named right after the talk word ("Губернатор Калужской области
    обсудил с министром экономики региона перспективы сотрудничества с Беларусью": no Belarusian met)."""
    occasion = [p for p in ps if p.start > end and _OCCASION_TOPIC.search(low, max(0, p.start - 90), p.start)]
    if not (_MET_AFTER.match(low, end) or low[start:end].rstrip().endswith((" с", " со"))):
        return occasion
    return [p for p in ps if p.start > end and _TOPIC_WITH.search(low, max(0, p.start - 60), p.start)
            or p in occasion]


# "обсудили ход подготовки к Форуму регионов Беларуси и России": the places of a forum talked about (event_cues:
# no forum of its own) are no one met
_OCCASION_TOPIC = re.compile(r"(?<![а-яё])(?:подготовк\w*\s+к|участи[еюя]\s+(?:[а-яё-]+\s+){0,3}?в)\s+"
                             r"(?:[а-яё«»\"-]+\s+){0,2}?(?:форум|выставк|ярмарк|конгресс|саммит)[а-яё-]*"
                             r"(?:\s+[а-яё«»\"-]+){0,5}?\s+(?:и\s+)?$")


def about_place(low: str, p) -> bool:
    """Participant p is what a talk is about: a place after "сотрудничество / проекты с" or inside a forum talked
    about ("подготовку к Форуму регионов Беларуси и России")."""
    return p.start > 0 and bool(_TOPIC_WITH.search(low, max(0, p.start - 60), p.start)
                                or _OCCASION_TOPIC.search(low, max(0, p.start - 90), p.start))
