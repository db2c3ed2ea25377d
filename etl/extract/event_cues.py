"""Cue words of cooperation events (data/reference/event_cues.csv) found in a sentence, with the checks
that keep history, business contracts and third parties' exhibitions out, and the clause around a cue."""

from __future__ import annotations

import csv
import functools
import re
from dataclasses import dataclass

from etl.extract.event_clause import clause
from etl.extract.event_documents import (
    listed_after_colon,
    signed_as_count,
    signed_at_occasion,
    signed_in_relative,
    signed_object,
    signed_title,
)
from etl.extract.event_people import (
    NON_OFFICIALS,
    PERSON,
    WITH_PERSON,
    WITH_PRESS,
    WITH_PUBLIC,
    among_officials,
    people_only,
)
from etl.extract.event_sides import may_name_place, received_actor
from etl.extract.gates import letter_tree
from etl.extract.morph import tags
from etl.reference import reference_dir


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
                                                        "agreement", "forum", "commission", "speech",
                                                        "attended")))


# The stems every cue word starts with: the few candidate spots are found fast, and the cue patterns
# proper are tried only there (a test checks that no cue word lacks its stem).
STEMS = (
    "визит", "делегац", "посет", "посещ", "приед", "приезж", "прибуд", "союзн", "находя", "бизнес", "делов", "торгов",
    "побыва", "прибы", "приех", "прилет", "поездк", "приня", "принима", "примет", "встре", "переговор",
    "видео", "телефон", "телемост", "инвестиц", "промышл", "созвон", "обсу", "догов", "условил", "бесед", "соглаш",
    "меморандум", "протокол", "план",
    "дорожн", "программ", "форум", "дни", "дней", "дням", "днях", "день", "дня", "дне", "выставк", "ярмарк",
    "мисси", "презентац", "съезд", "иннопром", "семинар", "конференц", "национальн", "недел", "комисси",
    "межправ", "рабоч", "совет", "высш", "совместн", "подкомитет", "комитет", "пребыва", "отправ", "вылет", "документ",
    "пакет", "декларац", "коммюнике", "консультац", "экономическ", "вкс", "парламентск", "совмин", "приезд", "гост",
    "экспози", "экспо", "командировк", "обмен", "конгресс", "подкомисс", "презентова", "групп", "представил",
    "презенту", "представит", "представят", "представля",
    "межрегиональн", "координацион", "консультатив", "пообщ", "прием", "разговор", "диалог", "совещ", "онлайн",
    "общени", "побесед", "поговор", "экзекват", "заседан", "собрани", "сесси",
    "побесед", "поговор", "рассмотр", "обговор", "намет", "согласов", "подвел", "подвёл", "письм", "концепц",
    "вернул", "возвратил", "ознаком", "знаком", "осмотр", "свер", "наход", "работа", "провел", "провёл",
    "межгосударств", "заяв", "отмет", "сообщ", "рассказ", "назва", "подчеркн", "сказа", "поясн", "откры")


@functools.cache
def _stem_finder() -> re.Pattern:
    """Every stem at a word's start, as one pattern shaped like a letter tree (each position tries a
    handful of letters, not fifty words): the candidate spots in one C-level pass."""
    return re.compile(r"(?<![а-яё])" + letter_tree(STEMS, longest=True))


@functools.cache
def _stem_after_break() -> re.Pattern:
    """_stem_finder with the character before the stem consumed instead of looked behind at: the
    pattern then starts with a character class, which the regex engine skips to in C, so only word
    starts are tried. The same stems from position 1 on (a stem is all letters, so two never overlap)."""
    return re.compile(r"[^а-яё](" + _stem_finder().pattern.removeprefix(r"(?<![а-яё])") + ")")


def cue_spots(low: str) -> list[int]:
    """Where cue words start in a lower-cased text (empty for most news: no event). Every cue word
    begins at a word's start with one of STEMS (a test checks it), so only those spots are tried."""
    g = gate()
    stems = [0] if _stem_finder().match(low) else []
    stems += [m.start(1) for m in _stem_after_break().finditer(low)]
    return [i for i in stems if g.match(low, i)]


def _matches_at(rx: re.Pattern, low: str, spots: list[int]) -> list[re.Match]:
    """What rx.finditer(low) finds, for a pattern whose matches can only start at `spots`: tried there
    alone, left to right, each after the end of the one before."""
    out: list[re.Match] = []
    end = 0
    for i in spots:
        if i >= end and (m := rx.match(low, i)):
            out.append(m)
            end = max(m.end(), i + 1)
    return out


_DAYS_OF = re.compile(r"(?:д(?:ни|ней|ням|нях)|недел(?:я|и|ю|е))\s+(?P<w>[а-яё-]+)$")
_ADJECTIVE = re.compile(r"(?:ая|ой|ий|ый|ое|ые|ую|ых|их|ей|его|ого|ому|ему|ым|им)$")


_DAYS_OF_WHAT = frozenset(("области", "края", "республики", "города", "культуры", "экономики", "науки", "бизнеса"))


def _days_of_place(cue: str) -> bool:
    """ "Дни Могилева", "Неделя Тяньцзиня" (a cue of two words, the second alone): only when that word is a
    place's name, no adjective ("в дни визита", "на неделе тульская область …" are no forum)."""
    m = _DAYS_OF.match(cue)
    if m is None or m.group("w") in _DAYS_OF_WHAT:
        return True
    w = m.group("w")   # "на прошлой неделе тульская область …": an adjective opens the next phrase
    w = w.replace("ё", "е")   # "Неделя Санкт-Петербурга": a hyphenated name starts with its first part
    # … in the genitive ("Дни Минска"; "На днях Минск посетила делегация": "на днях" is "recently")
    return not _ADJECTIVE.search(w) and may_name_place([w, w.split("-")[0]]) \
        and any("gent" in t or "Fixd" in t for t in tags(w.split("-")[-1]))


# A delegation taking part in an event: "участвовала в сессии", "приняла участие в форуме", "форум с участием делегации"
_ATTENDS = re.compile(r"(?<![а-яё])(?:участвова\w*|участву\w*|с\s+участием|при\s+участии|"
                      r"(?:принял\w*|примет|примут|принимает|принимают)\s+участие)")
_GATHERING = re.compile(r"(?<![а-яё])(?:форум|сесси|заседани|выставк|ярмарк|конференц|съезд|презентац|мисси|"
                        r"д(?:ни|ней|нях|ням)\s|недел)")
# "делегация на Петербургском экономическом форуме", "делегация на агровыставке": at a gathering
_AT_GATHERING = re.compile(r"\s+(?:[а-яё]+\s+){0,3}?(?:на|в)\s+(?:[а-яё-]+\s+){0,3}?[а-яё]*(?:форум|сесси|"
                           r"заседани|выставк|ярмарк|конференц|съезд|саммит)")
# "Участие в нем принимает делегация …", "В его работе участвуют …": the sentence speaks of the forum or session
# right before, by a pronoun, as the place where its guests are (event_nearby.joined_next)
JOINED = re.compile(r"\W*(?:(?:участие|участву[ею]т|принима\w+\s+участие)\s+в\s+(?:нем|ней|(?:его|ее)\s+работе)|"
                    r"в\s+(?:нем|ней|(?:его|ее)\s+работе)\s+(?:принима|участв|прин[яи]л))")
_VISITS = frozenset(("визиты", "визитов", "визитам", "визитами", "визитах"))
_PLURAL_VISITS = re.compile(r"(?<![а-яё])визит(?:ы|ов|ам|ами|ах)(?![а-яё])")
_LETTERS = re.compile(r"[а-яё-]*")


def _object_case(low: str, end: int) -> bool:
    """The person after "принял" is its object ("принял делегацию / губернатора"), not its subject told
    after the verb ("Делегацию … принял председатель облисполкома": the delegation is received)."""
    start = max(low.rfind(" ", 0, end), low.rfind("\n", 0, end)) + 1
    word = low[start:_LETTERS.match(low, end).end()]
    return any("accs" in t or "gent" in t for t in tags(word))


@dataclass(frozen=True)
class Cue:
    type: str
    start: int
    end: int


# "Делегации Оренбургской и Актюбинской областей провели переговоры": both sides' delegations as the subject
_BOTH_DELEGATIONS = re.compile(r"делегации\s+(?:[а-яё-]+\s+){1,3}?и\s")
# "По итогам переговоров делегаций Астраханской и Мангистауской областей": the talks of both sides' delegations
_TALKS_OF_BOTH = re.compile(r"(?:переговор|встреч)[а-яё]*\s+делегаций\s+(?:[а-яё-]+\s+){1,3}?и\s")
# … opening the clause, past its day at most ("В среду делегации … обменялись соглашениями")
_DAY_OPENER = re.compile(r"\s*(?:(?:(?:в|во)\s+(?:понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)|"
                         r"сегодня|вчера|накануне|\d{1,2}\s+[а-яё]+)\s*,?\s*)?")
_TALKED = re.compile(r"(?<![а-яё])(?:провели|встретились|обсудили|подписали|обменялись)(?![а-яё])")
# "договоры о сотрудничестве с 28 российскими регионами": a tally, not one signing
_MANY_PARTNERS = re.compile(r"(?<![а-яё])со?\s+(?:\d+|двумя|тремя|четырьмя|пятью|несколькими|десятками)\s")
# … unless they are named in apposition: "с двумя российскими соседями – Белгородской и Брянской областями"
_MANY_NAMED = re.compile(r"(?<![а-яё])со?\s+(?:\d+|двумя|тремя|четырьмя|пятью)\s+(?:[а-яё-]+\s+){0,3}?"
                         r"[а-яё-]+(?:ами|ями)\s*(?:[—–]|:)\s")
SIGN_REACH = 60   # "подписали план мероприятий": the verb and its document close together
# … unless the parties stand between them: "соглашение между Курской и Гомельской областями будет подписано"
_PARTIES = re.compile(r"(?<![а-яё])между\s")
_TRADERS = re.compile(r"предприниматель|предпринимател[еия]|бизнесмен|компаний|предприятий")
# Verbs of arrival make a visit only with a person or a delegation in their clause.
_MOTION = re.compile(r"прибы|прибуд|приех|приед|приезд|прилет|пребыва|отправ|вылет|командировк|гост|вернул|возвратил|"
                     r"о?знаком|осмотр|съезди|наход|работа|провел")
# bodies that work somewhere for good ("представительство работает в Минске")
_BODIES = re.compile(r"представительств|посольств|консульств|завод|предприяти|компани|фирм|филиал|офис|магазин|"
                     r"центр|дом\s|производств|сборк|площадк|отделени")
# … the enterprises an official saw are what he saw, not who came ("ознакомился с работой предприятий")
_SEEN = re.compile(r"о?знаком|осмотр")
# "побывала", "посетили": a trip told by its verb, whose subject may be goods rather than people
_VISITED_VERB = re.compile(r"побыва|посети|посеща")
_GOODS_SUBJECT = re.compile(r"(?<![а-яё])(?:продукци|товар(?!ищ)|техник|издели|продукт|экспонат|образц|груз|трактор|"
                            r"комбайн|автомобил|грузовик|автобус)\w*")
# "X принял делегацию / губернатора …": a host receiving visitors (not "принял участие", "решение").
_HOST_OBJECT = re.compile(r"(?![а-яё])(?:\s+[^\s,.;:]+){0,3}?\s+(?:[а-яё]+\s+)?(?:делегаци|губернатор|посл[аоу]|глав|"
                          r"президент|министр|премьер|мэр|аким|хоким|гост|руководител|председател|вице|зам|консул|генконсул|коллег)")
# "… в Минске заявил": a place the speaker is in, told before the verb
_IN_BEFORE = re.compile(r"(?<![а-яё])во?\s+[а-яё]")
# … or right after it, past the audience at most: "сообщил журналистам в Гомеле, что …"
IN_AFTER = re.compile(r"(?:\s+(?:журналистам|корреспондентам|сми|на\s+брифинге|на\s+пресс-конференции))?\s+во?\s+")
# "Губернатора Тверской области принял председатель облисполкома": the one received opens the clause
_OBJECT_FIRST = re.compile(r"(?:^|[.;:!?,]\s*)(?:[а-яё-]+\s+)?((?:делегаци|губернатор|посл[аоу]|глав|президент|министр|"
                           r"премьер|мэр|аким|хоким|гост|руководител|председател|вице|зам|консул|генконсул|коллег)"
                           r"[а-яё-]*)\s+(?:[^\s,.;:]+\s+){0,6}$")


def received_first(low: str, cue: Cue) -> bool:
    """A host verb whose object, a person in the accusative and not the nominative, opens its clause
    ("Делегацию Брянской области принял …", "Губернатора Тверской области принимал …"), or a passive one
    with a person opening its clause and an official as its agent ("Губернатор … 19 мая был принят акимом
    …"): the one named before the verb is received, the one after it hosts."""
    if low.startswith("принят", cue.start):
        lo = clause(low, cue.start, cue.end)[0]
        return bool(_RECEIVED_PERSON.match(low, lo, cue.start)) and _agent_after(low, cue.end)
    m = _OBJECT_FIRST.search(low, clause(low, cue.start, cue.end)[0], cue.start)
    if m is None:
        return False
    parses = tags(m.group(1))
    return any("accs" in t for t in parses) and not any("nomn" in t for t in parses)


# the passive's subject: an official or a delegation opening its clause, some words before the verb
_RECEIVED_PERSON = re.compile(r"[.;:!?,]?\s*(?:[а-яё-]+\s+)?(?:делегаци|губернатор|посол|глава|президент|министр|"
                              r"премьер|мэр|аким|хоким|руководител|председател|вице|зам|консул|генконсул)"
                              r"[а-яё-]*\s+(?:[^\s,.;:]+\s+){0,8}$")


def _agent_after(low: str, end: int) -> bool:
    """An official in the instrumental right after a passive verb, past a place at most ("принят в
    Смоленске губернатором", "принята президентом")."""
    o = _HOST_OBJECT.match(low, end)
    if o is None:
        return False
    start = max(low.rfind(" ", 0, o.end()), low.rfind("\n", 0, o.end())) + 1
    return any("ablt" in t for t in tags(low[start:_LETTERS.match(low, o.end()).end()]))


# "губернатора …, которого в Бресте принимал председатель облисполкома": the one received named before
# a talk held at a distance: no one travelled
_AT_DISTANCE = re.compile(r"(?<![а-яё])(?:по\s+видеосвязи|по\s+видео-?конференц|"
                          r"в\s+(?:режиме|формате)\s+(?:видеоконференц|онлайн|вкс)|по\s+вкс|по\s+телефону|онлайн)")
RECEIVED_BEFORE = re.compile(r"(?<![а-яё])котор(?:ого|ую|ых)\s+(?:[^\s,.;:]+\s+){0,3}$")
# A document already in force: "в рамках межправительственного соглашения", "согласно протоколу".
# ("в рамках форума подписаны соглашения": a signing word between makes it signed there; "в рамках визита
# меморандум подписали": an occasion, not a document, after "в рамках")
_EXISTING = re.compile(r"(?:в\s+рамках(?!\s+(?:[а-яё-]+\s+)?(?:визит|форум|встреч|переговор|заседани|поездк|"
                       r"саммит|сесси|конференц|пребывани))|согласно|в\s+соответствии\s+с|на\s+основе|выполнени\w*|реализаци\w*|"
                       r"исполнени\w*|итоги)\s+(?:(?!подпис|заключ|утвер|одобр|принят)[а-яё-]+\s+){0,2}$")
# The history of contacts, not an event: "первое соглашение было подписано еще в 1998 году" (not "еще в мае":
# a month with no year of its own is this year's, or last year's, one signing)
_MONTHS = "январ|феврал|март|апрел|ма[йея]|июн|июл|август|сентябр|октябр|ноябр|декабр"
_HISTORY = re.compile(rf"(?<![а-яё])(?:ещ[её]\s+в(?!\s+(?:{_MONTHS})\w*(?!\s+\d))|в\s+свое\s+время|"
                      r"в\s+сво[её]м\s+время|за\s+годы|в\s+прошлые\s+годы|подписанн\w*\s+ранее|"
                      r"ранее\s+(?:был[аио]?\s+)?подписан|уже\s+действу|"
                      # a signing that starts a span of time: "за десять лет, прошедших с подписания", "спустя пять лет
                      # после подписания", "с момента подписания"
                      r"(?:прошедш\w*|минувш\w*|прошло|минуло|лет|года?|месяцев)\s+(?:со?|после)\s+(?:момента\s+)?"
                      r"подписани|со?\s+момента\s+подписани)")
# A document in force, told with the year it was signed: "подписанное в 2012 году, продолжает действовать"
_IN_FORCE = re.compile(r"(?<![а-яё])(?:действу(?:ет|ют)|продолжа\w*\s+действовать|оста[её]тся\s+в\s+силе)(?![а-яё])")
_SIGNED_YEAR = re.compile(r"(?<![а-яё])(?:подписанн|заключенн)\w*\s+(?:еще\s+)?в\s+(?:(?:19|20)\d\d|"
                          r"(?:прошлом|позапрошлом|минувшем|прошедшем)\s+году)")
# A signing only talked about ("обсуждали привлечение инвестиций и подписание соглашений"): no document.
_TALKED_OF = re.compile(r"(?<![а-яё])(?:обсу[дж]\w*|говорили|шла\s+речь)\s+(?:[^\s,.;:]+\s+){0,6}$")
_SIGNING_NOUNS = ("подписани", "заключени", "утверждени", "проект")   # the signing named, not done ("и подписали")
# Business contracts are no events: "торговых договоров", "коммерческих соглашений".
_BUSINESS = re.compile(r"(?:торгов\w*|экспортн\w*|коммерческ\w*|инвестиционн\w*|внешнеторгов\w*)\s+$")
# … unless two governments sign it: "Инвестиционное соглашение между Правительством Беларуси и Приморским краем"
_GOVERNMENTS = re.compile(r"\s+между\s+(?:правительств|администраци|облисполком|министерств|горисполком)")
# "соглашение между предприятиями", "Соглашение о поставках между компаниями …", "Меморандум между университетами":
# a document of firms or institutions, not of the two sides (EVENTS.md: business contracts are no events)
_BETWEEN_FIRMS = re.compile(r"\s+(?:[а-яё]+\s+){0,3}?между\s+(?:[а-яё]+\s+)?(?:предприяти|компани|фирм|организаци|"
                            r"вуз|университет|банк|хозяйствующ|производител|холдинг|заводами|колледж)")
# A count of documents is history or business ("26 соглашений", "подписала восемь соглашений").
_COUNTED = re.compile(r"(?:\d+|два|две|три|четыре|пять|шесть|семь|восемь|девять|десять|ряд|десятки|"
                      r"несколько|более\s+\d+|около\s+\d+)\s+(?:[а-яё]+\s+)?$")
# The adjectives of a body of two sides ("межправительственная", "совместная", "белорусско-российская").
_JOINT_STEMS = r"межправ|межгосударств|межрегиональн|межпарламентск|совместн|смешанн|двусторонн|[а-яё]+о-[а-яё]+ск"
_JOINT = re.compile(rf"(?:(?:{_JOINT_STEMS})\w*|заседани\w*|сесси\w*)\s+(?:[а-яё-]+\s+){{0,3}}$")
_JOINT_ADJ = re.compile(rf"(?<![а-яё])(?:{_JOINT_STEMS})\w*\s+(?:[а-яё-]+\s+){{0,3}}$")
STATES = re.compile(r"межправ|межгосударств|высш\w+\s+гос")
_ON_BODY = re.compile(r"(?<![а-яё])(?:на|в)\s+(?:[ivx]+\s+|\d+-?[а-яё]*\s+|перв\w+\s+|очередн\w+\s+)?$")
# "рабочая группа по сотрудничеству Беларуси с Томской областью": a body of two sides by its name
_OF_COOPERATION = re.compile(r"\s+по\s+(?:[а-яё-]+\s+){0,3}?сотрудничеств\w*\s+(?:[а-яё]+\s+)?(?:с|со|и|между)?\s*"
                             r"[А-ЯЁа-яё]", re.I)
# … and its session told in the sentence ("— перед ее VI заседанием"); the body alone is no event
_SESSION = re.compile(r"(?<![а-яё])(?:заседани|сесси)\w*")
_NOT_JOINT = re.compile(r"евразийск|экономическ\w+\s+комисси|избирательн|таможенн|антимонопол")
# "международная угольная ярмарка", "Первая международная выставка импорта": a third party's event
_THIRD_PARTY = re.compile(r"международн\w*\s+(?:[а-яё-]+\s+)?[«\"„]?$")   # (its name in quotes: "выставке «Иннопром»")
# … unless its quoted name opens with a region, the host's own ("Международный экономический форум «Гомельщина:
# промышленность и логистика»", "международная выставка «Гродненская область: …»"): that region's forum
_REGION_NAMED = re.compile(r"\s*[«\"„]\s*(?:[а-яё-]+(?:ская|цкая)\s+(?:област|кра|республик)|[а-яё]+щина(?![а-яё]))")
# "Форум регионов" alone names the Forum of Regions of Belarus and Russia.
_FORUM_PLURAL = re.compile(r"(?:съездах|форумах|выставках|ярмарках|форумы|выставки|ярмарки)$")
_GENITIVE_ONE = re.compile(r"(?:выставки|ярмарки)$")
_WORD_BEFORE = re.compile(r"([а-яё]+)\s+$")


def _of_one(low: str, m: re.Match) -> bool:
    """ "выставки", "ярмарки" of one fair in the genitive: after a singular adjective's genitive ("Брянской
    ярмарки") or a noun that governs it ("почетным гостем ярмарки", "в рамках выставки"), not a plural
    ("проводятся выставки", "совместные выставки")."""
    if not _GENITIVE_ONE.search(m.group()) or not (w := _WORD_BEFORE.search(low, max(0, m.start() - 30), m.start())):
        return False
    t = tags(w.group(1))
    return bool(t) and (t[0].startswith("NOUN") or t[0].startswith("ADJF") and "sing" in t[0] and "gent" in t[0])


# "подписали соглашения на 14 млн долларов": deals with a sum are business, not a document of the two sides
_SUM_AFTER = re.compile(r"\s+на\s+(?:общую\s+)?(?:сумму\s+)?(?:более\s+|свыше\s+|около\s+|почти\s+)?[$\d][\d\s,.]*\s*"
                        r"(?:млн|млрд|тыс|миллион|миллиард|долл|руб|евро|юан|\$)")
# A count of people: "3 тыс.", "500", "сотни", "десятки"
_CROWD_COUNT = r"(?:\d[\d\s,.]*\s*(?:тыс\.?|тысяч\w*)?|тысяч\w*|сотн\w*|десятк\w*)"
_TOURISTS = re.compile(r"(?<![а-яё])(?:турист\w*|туристическ\w+\s+групп\w*|посетител\w*|"
                       r"\d[\d\s,.]*\s*(?:тыс\.?|тысяч\w*)?\s*человек|"
                       # people who are no officials, as the travellers (not "рассказывая журналистам"):
                       # students, pupils, athletes, artists, journalists
                       r"(?:студент|спортсмен|артист|журналист|волонтер|паломник)(?:ы|ов)|(?:школьник|болельщик)(?:и|ов)|"
                       r"учащиеся|дети|детей|"
                       # a crowd of guests counted: "ожидают 3 тыс. гостей из Смоленска", "посетили более 500 гостей"
                       + _CROWD_COUNT + r"\s*гост(?:ей|и)|"
                       # tour firms and their offers: "Туроператоры Гродно предлагают новый маршрут в Смоленск"
                       r"туроператор\w*|турагент\w*|турфирм\w*|туристическ\w+\s+(?:компани|фирм|агентств)\w*|"
                       r"тур(?:ы|ов)?\s+выходного)(?![а-яё])")
# tour firms' offers: a visit with no one named right after them is the tour's programme ("Туроператоры Гродно
# предлагают новый маршрут в Смоленск. В программе — … посещение Успенского собора")
TOUR_FIRMS = re.compile(r"(?<![а-яё])(?:туроператор|турагент|турфирм|туристическ\w+\s+(?:компани|фирм|агентств)|"
                        r"тур(?:ы|ов)?\s+выходного)")
# "принял приглашение посетить Витебск в ноябре": an invitation with a date is a planned visit
_MONTH = re.compile(r"(?<![а-яё])(?:январ|феврал|март|апрел|ма[йея](?![а-яё])|июн|июл|август|сентябр|октябр|"
                    r"ноябр|декабр)")
_INVITED = re.compile(r"(?<![а-яё])(?:пригласил\w*|приглаша\w*|приглашени\w*)")


# A count right before "гостей": a crowd ("не менее 2 тыс. гостей из Смоленска", "сотни гостей")
_CROWD_BEFORE = re.compile(r"(?<![а-яё])" + _CROWD_COUNT + r"\s*$")
# Private people as the ones who meet, right after or before the meeting word ("встречаются родственники", "встретились
# земляки из Омска", "школьники встретились"), whoever speaks in the sentence
_PRIVATE = r"(?:родственник|родны[ех]|семь[иеяй]|земляк|друзь|друзей|" + NON_OFFICIALS.pattern.removeprefix(
    "(?<![а-яё])") + ")"
_PRIVATE_AFTER = re.compile(r"[а-яё]*\s+(?!со?\s)(?:[а-яё-]+\s+)?" + _PRIVATE)
_PRIVATE_BEFORE = re.compile(r"(?<![а-яё])" + _PRIVATE + r"[а-яё]*\s+(?:[а-яё-]+\s+)?$")
# A firm's head met: "с генеральным директором китайской корпорации", "с президентом российской компании", "с
# руководством польского холдинга" (the first one named after "с" is a firm's)
_FIRM_MET = re.compile(r"[а-яё]*\s+(?:[а-яё-]+\s+){0,3}?со?\s+(?:генеральн\w+\s+|исполнительн\w+\s+)?"
                       r"(?:директор|председател\w*\s+совета\s+директоров|президент|руководств|руководител|владел|"
                       r"основател|глав)\w*\s+(?:[а-яё-]+\s+){0,2}?(?:компани|корпораци|холдинг|концерн|фирм|"
                       r"групп\w*\s+компаний)")
# A session of one side's own body ("на заседании Витебского облисполкома", "на расширенном заседании правительства
# Омской области", "на коллегии администрации"; not "совместном заседании коллегий"): its talk is that side's business
_OWN_BODY = re.compile(r"(?<![а-яё])(?:на|в\s+ходе)\s+(?!совместн)(?:[а-яё]+(?:ом|ой)\s+)?"
                       r"(?:заседани|коллеги|сесси)\w*\s+(?:[а-яё-]+\s+){0,2}?(?:облисполком|горисполком|райисполком|правительств|администраци|"
                       r"коллеги|областн\w+\s+(?:думы|совета)|совета\s+депутатов|законодательн)")
# "так и не было подписано", "не подписали": no signing
_NOT_SIGNED = re.compile(r"(?<![а-яё])не\s+(?:был[аоиы]?\s+|будет\s+|будут\s+)?$")
def find_cues(low: str, spots: list[int] | None = None) -> list[Cue]:
    """Event cue words of a sentence, by type. `spots`: where cue words may start in it, when the
    caller found them already (cue_spots of the article, shifted; any superset gives the same cues)."""
    c = cues()
    spots = cue_spots(low) if spots is None else spots
    out: list[Cue] = []
    if not spots:
        return out
    for m in _matches_at(c["visit"], low, spots):
        if m.group() in _VISITS:
            continue   # "Визиты белорусских делегаций стали регулярными": visits in general, no one event
        lo, hi = clause(low, m.start(), m.end())
        if _INVITED.search(low, lo, m.start()) and not _MONTH.search(low, lo, hi):
            continue   # "пригласил … посетить Псков": an invitation, no visit yet (with a date: planned)
        near = (max(lo, m.start() - 80), m.end() + 60)   # "… посетили 38 тыс. туристов": past the abbreviation's dot
        if _TOURISTS.search(low, *near) and "делегац" not in low[near[0]:near[1]]:
            continue   # "Гомельскую область посетили 38 тыс. российских туристов": no official visit
        if _MOTION.match(m.group()) and low.startswith(":", hi) and not c["forum"].search(low, lo, hi) \
                and PERSON.search(low, hi, clause(low, hi + 1, hi + 1)[1]):
            hi = clause(low, hi + 1, hi + 1)[1]   # "Калужане приехали в Брест: делегация во главе с …": who came
            # (not "прибыла деловая миссия из …: представители …": the mission's trip is part of it)
        if _MOTION.match(m.group()) and (not PERSON.search(low, lo, hi) or _TRADERS.search(low, lo, hi)
                                         and "делегац" not in low[lo:hi] and not _SEEN.match(m.group())):
            continue   # "прибудут еще 46 [автобусов]", "прибыли 80 предпринимателей": no official visit
        if _VISITED_VERB.match(m.group()) and _GOODS_SUBJECT.search(low, lo, m.start()) \
                and not PERSON.search(low, lo, hi):
            continue   # "Продукция гомельских предприятий побывала на выставке": goods travel, no one visits
        if m.group().startswith("работа") and _BODIES.search(low, lo, hi):
            continue   # "представительство … работает в Минске", "завод работает в Гомеле": no trip
        out.append(Cue("visit", m.start(), m.end()))
    for m in _matches_at(c["delegation"], low, spots):
        lo, hi = clause(low, m.start(), m.end())
        if low.startswith("гост", m.start()) and _CROWD_BEFORE.search(low, max(0, m.start() - 30), m.start()):
            continue   # "ожидают не менее 2 тыс. гостей из Смоленска": a festival's crowd, no delegation
        if _PLURAL_VISITS.search(low, lo, hi):
            continue   # "Визиты белорусских делегаций …": visits in general
        if low.endswith("между ", 0, m.start()):
            continue   # "переговоры между делегациями Оренбургской и Актюбинской областей": both sides, no trip
        if _BOTH_DELEGATIONS.match(low, m.start()) and _DAY_OPENER.fullmatch(low, lo, m.start()) \
                and _TALKED.search(low, m.end(), hi) and not c["visit"].search(low, lo, hi):
            continue   # "Делегации Оренбургской и Актюбинской областей провели переговоры": both sides, no trip
        if _TALKS_OF_BOTH.match(low, max(0, low.rfind(" ", 0, m.start() - 1) + 1)) \
                and not c["visit"].search(low, lo, hi):
            continue   # "переговоры делегаций Астраханской и Мангистауской областей": both sides, no trip (a venue
            # of one side makes the talk a visit, as any talk there: "… прошли в Гродно")
        if _AT_GATHERING.match(low, m.end()) and not c["visit"].search(low, lo, hi):
            continue   # "делегация на Каспийском медиафоруме": there to attend it, part of that event
        if not any(lo <= o.start < hi for o in out) and _ATTENDS.search(low, lo, hi) \
                and (_GATHERING.search(low) or JOINED.match(low)):
            continue   # "Делегация участвовала в пленарной сессии", ", в которой приняла участие": the trip to it is
            # part of that event (a visit word in another clause is another event: "форум с участием делегации;
            # он предваряет визит")
        if _AT_DISTANCE.search(low, lo, hi) and not c["visit"].search(low, lo, hi):
            continue   # "провел встречу с делегацией … по видеосвязи": met at a distance, no trip
        out.append(Cue("visit", m.start(), m.end()))
    for m in _matches_at(c["host"], low, spots):
        if low.startswith(" участие", m.end()):
            continue   # "В ней приняли участие делегации …": took part, received no one
        if (o := _HOST_OBJECT.match(low, m.end())) and _object_case(low, o.end()) or received_actor(low, m.end()) \
                or RECEIVED_BEFORE.search(low, max(0, m.start() - 50), m.start()) \
                or received_first(low, Cue("host", m.start(), m.end())):
            out.append(Cue("host", m.start(), m.end()))
    for m in _matches_at(c["speech"], low, spots):
        lo = clause(low, m.start(), m.end())[0]
        if PERSON.search(low, lo, m.start()) and (_IN_BEFORE.search(low, lo, m.start())
                                                    or IN_AFTER.match(low, m.end())):
            out.append(Cue("speech", m.start(), m.end()))   # (a visit when a venue of the other side is named)
    for m in _matches_at(c["attended"], low, spots):
        if PERSON.search(low, clause(low, m.start(), m.end())[0], m.start()):
            out.append(Cue("attended", m.start(), m.end()))   # (a visit when a city of the other side follows)
    meetings = _matches_at(c["meeting"], low, spots)
    if meetings and not among_officials(low):
        meetings = []   # "производители ведут переговоры о поставках": business talks, not officials'
    if meetings and (people_only(low) or NON_OFFICIALS.search(low) and not PERSON.search(low)):
        # "Омичи и павлодарцы встретились на футбольном поле", "школьники встретились": no officials
        meetings = [m for m in meetings if low.startswith("переговор", m.start())]
    for m in meetings:
        lo, hi = clause(low, m.start(), m.end())
        if low.startswith("договоренност", m.start()) and not PERSON.search(low, lo, hi):
            continue   # "Между Гомельской и Брянской областями достигнуты договоренности": no officials met (but
            # "губернатор … и председатель … достигли договоренности", as "договорились")
        if _PRIVATE_AFTER.match(low, m.end()) or _PRIVATE_BEFORE.search(low, max(lo, m.start() - 40), m.start()):
            continue   # "Здесь встречаются родственники …", "Гомельские и брянские школьники встретились": no officials
        if _FIRM_MET.match(low, m.end()):
            continue   # "провел рабочую встречу с председателем совета директоров турецкой компании": a firm, no side
        if _OWN_BODY.search(low, lo, hi) and not PERSON.search(low, lo, hi):
            continue   # "Итоги обсудили на заседании Витебского облисполкома 3 декабря": one side's own session
        if (pub := WITH_PUBLIC.search(low, m.end(), hi)) and not WITH_PERSON.search(low, m.end(), pub.start()):
            continue   # "Состоялся разговор губернатора … с жителями Клинцов": the public, no official met (but
            # "встретился с председателем … и с ветеранами": the official first)
        if not WITH_PRESS.match(low, m.end()):   # "обменялся мнениями с журналистами": no one met
            out.append(Cue("meeting", m.start(), m.end()))
    documents = [m for m in _matches_at(c["agreement"], low, spots) if not _SUM_AFTER.match(low, m.end())]
    signs = [m.start() for m in c["sign"].finditer(low)
             if not _HISTORY.search(low, max(0, m.start() - 40), m.end() + 25)
             and not _NOT_SIGNED.search(low, max(0, m.start() - 20), m.start())
             and not (low.startswith(_SIGNING_NOUNS, m.start())
                      and _TALKED_OF.search(low, max(0, m.start() - 80), m.start()))] if documents else []
    for m in documents:
        lo, hi = clause(low, m.start(), m.end())
        near = [x for x in signs if lo <= x < hi and (abs(x - m.start()) <= SIGN_REACH or x > m.start()
                and abs(x - m.start()) <= 2 * SIGN_REACH and _PARTIES.search(low, m.end(), x)
                or x < m.start() and m.start() - x <= 2 * SIGN_REACH and "," not in low[x:m.start()])]
        if not near and ((x := signed_title(low, m.start(), m.end(), signs)) is not None
                         or (x := listed_after_colon(low, lo, signs)) is not None
                         or (x := signed_in_relative(low, m.end(), signs)) is not None
                         or (x := signed_object(low, m.start(), lo, signs)) is not None):
            near = [x]   # "Соглашение между … (Российская Федерация) и … о … сотрудничестве подписано"
        if near and _IN_FORCE.search(low, m.end(), hi) and _SIGNED_YEAR.search(low, lo, hi):
            continue   # "Соглашение …, подписанное в 2012 году, продолжает действовать": in force, no signing now
        if near and _SIGNED_YEAR.match(low, near[0]) and (low[:near[0]].rstrip().endswith(",")
                                                          or not low[lo:near[0]].strip() and near[0] < m.start()):
            continue   # "Документ, подписанный в 2019 году, предусматривает …", "Подписанное в прошлом году
            # соглашение … дает результаты": told by when it was signed
        if near and not (_COUNTED.search(low, max(0, m.start() - 30), m.start())
                         and not signed_at_occasion(low, lo, hi, m.start())
                         and not signed_as_count(low, lo, hi, m.start())) \
                and not _EXISTING.search(low, max(0, m.start() - 40), m.start()) \
                and not _BETWEEN_FIRMS.match(low, m.end()) \
                and not (_BUSINESS.search(low, max(0, m.start() - 30), m.start())
                         and not _GOVERNMENTS.match(low, m.end())):
            # anchored at the signing verb: "X и Y подписали … соглашение" names the signatories before it
            if not (many := _MANY_PARTNERS.search(low, m.end(), hi)) or _MANY_NAMED.match(low, many.start()):
                out.append(Cue("agreement", min(near[0], m.start()), m.end()))
    for m in _matches_at(c["forum"], low, spots):
        plural = _FORUM_PLURAL.search(m.group()) and not _of_one(low, m)
        if not plural and not (_THIRD_PARTY.search(low, max(0, m.start() - 45), m.start())
                               and not _REGION_NAMED.match(low, m.end())) \
                and _days_of_place(m.group()) and not _sidelines_of_other(low, m) and not _talked_of(low, m):
            out.append(Cue("forum", m.start(), m.end()))
    for m in _matches_at(c["commission"], low, spots):
        before = low[max(0, m.start() - 50):m.start()]
        word = m.group()
        if _NOT_JOINT.search(low, max(0, m.start() - 30), m.end()):
            continue
        if word.startswith("комитет"):   # "заседание комитета Госдумы" is no joint body: its adjective only
            if _JOINT_ADJ.search(before):
                out.append(Cue("commission", m.start(), m.end()))
            continue
        if word.startswith(("межправ", "высш", "совместн")) or _JOINT.search(before) \
                or _ON_BODY.search(before) or _OF_COOPERATION.match(low, m.end()) and _SESSION.search(low) \
                or _holds_session(low, m.start(), m.end()):
            out.append(Cue("commission", m.start(), m.end()))
    # "Очередная встреча совместной рабочей группы …": the meeting of a joint body is its session
    bodies = [x.start for x in out if x.type == "commission"]
    out = [x for x in out if not (x.type == "meeting" and low.startswith("встреч", x.start) and any(
        0 <= b - x.end <= 40 and not _PUNCT.search(low, x.end, b) for b in bodies))]
    # "Идея такой встречи родилась во время презентации …", "Замысел нынешней встречи возник …": the idea of a
    # meeting (the one the article tells, or one ahead), no meeting held then
    out = [x for x in out if not (x.type == "meeting" and _IDEA_OF.search(low, max(0, x.start - 50), x.start))]
    return sorted(out, key=lambda x: x.start)


_IDEA_OF = re.compile(r"(?<![а-яё])(?:иде(?:я|и|ю|е|ей)|замысе?л\w*|задумк\w*)\s+(?:(?:провести|организовать|"
                      r"проведения|организации)\s+)?(?:[а-яё]+(?:ой|ую|ей|ий|ый|ое|ого|их|ые)\s+)?$")


_PUNCT = re.compile(r"[,.;:()«»\"—–]")


# "на полях выставки «Иннопром»", "в кулуарах форума": the occasion two sides met at, a third party's unless
# its name holds a pair ("на полях Форума регионов Беларуси и России", "белорусско-российского форума")
_SIDELINES = re.compile(r"(?<![а-яё])(?:на\s+полях|в\s+кулуарах)\s+(?:[а-яё-]+\s+){0,3}[«\"]?$")
_NAMED_PAIR = re.compile(r"(?:\s+[«\"]?[а-яё-]+[»\"]?){0,5}?\s+[«\"]?(?:регион|город|росси|беларус|белорусс|"
                         r"казахстан|узбекистан|кита|кнр|[а-яё]+(?:ской|ского|ских)\s+(?:област|кра|республик))")


# "обсудили ход подготовки к Форуму регионов", "обсуждалось участие края в Форуме регионов": the forum is what
# was talked about (the noun "участие", not "приняли участие"); a joint forum the two prepare ("подготовку к
# совместному форуму") is their plan
_PREPARED_FOR = re.compile(r"(?<![а-яё])(?:подготовк\w*\s+к|(?<!принял\s)(?<!приняла\s)(?<!приняли\s)(?<!примет\s)"
                           r"(?<!примут\s)(?<!принять\s)участи[еюя]\s+(?:[а-яё-]+\s+){0,3}?в)\s+"
                           r"(?:[«\"]?[а-яё-]+[»\"]?\s+){0,3}?[«\"]?$")
_TALK_WORD = re.compile(r"(?<![а-яё])(?:обсу[дж]\w*|речь\s+шла|говорил\w*|рассмотрел\w*|обменял\w*|"
                        r"обсуждени\w*|затронул\w*|коснул\w*)")
# "в рамках выставки «Иннопром»": a third party's named fair as the occasion
_WITHIN = re.compile(r"(?<![а-яё])(?:в\s+рамках|во\s+время|в\s+ходе)\s+(?:[а-яё-]+\s+){0,2}[«\"]?$")


def _talked_of(low: str, m: re.Match) -> bool:
    """A forum word the sentence's talk is about ("обсудили ход подготовки к Форуму регионов"): no forum."""
    lo = clause(low, m.start(), m.end())[0]
    prepared = _PREPARED_FOR.search(low, max(lo, m.start() - 70), m.start())
    return bool(prepared) and "совместн" not in prepared.group() and bool(_TALK_WORD.search(low)) \
        and not _MONTH.search(low, m.end()) and not re.search(r"\d", low[m.end():])   # ("…, которые пройдут в
    # сентябре": a planned forum with its date)


def _sidelines_of_other(low: str, m: re.Match) -> bool:
    """A forum word after "на полях" / "в кулуарах" with no pair in its name, or after "в рамках" with a name
    in quotes and no pair: a third party's occasion."""
    quoted = low[max(0, m.start() - 1):m.start()] in ("«", "\"") or re.match(r"\s+[«\"]", low[m.end():m.end() + 3])
    if quoted and _WITHIN.search(low, max(0, m.start() - 40), m.start()):
        return not _JOINT_ADJ.search(low, max(0, m.start() - 40), m.start()) and not _NAMED_PAIR.match(low, m.end()) \
            and not re.search(r"[а-яё]+о-[а-яё]+ск", m.group())
    return bool(_SIDELINES.search(low, max(0, m.start() - 40), m.start())) \
        and not _JOINT_ADJ.search(low, max(0, m.start() - 40), m.start()) and not _NAMED_PAIR.match(low, m.end()) \
        and not re.search(r"[а-яё]+о-[а-яё]+ск", m.group())


def _holds_session(low: str, start: int, end: int) -> bool:
    """The body opens its clause and its session follows in it ("Совет делового сотрудничества Беларуси и
    Узбекистана провел заседание", "Рабочая группа … собралась на заседание", "Совет … соберется 30
    октября"): the body holds it."""
    lo, hi = clause(low, start, end)
    return not low[lo:start].strip(" ,«\"") and bool(_SESSION.search(low, end, hi) or _CONVENES.search(low, end, hi)
                                                       or _CONFERS.search(low, end, hi))


# "Рабочая группа … провела выездное совещание": a body's meeting is its session
_CONFERS = re.compile(r"(?<![а-яё])провел[аио]?\s+(?:[а-яё-]+\s+)?совещани\w*")
# "Совет … соберется 30 октября", "комиссия собралась": a body convening is its session
_CONVENES = re.compile(r"(?<![а-яё])(?:соберет|соберут|собрал)(?:ся|ась|ись|ось)(?![а-яё])")
