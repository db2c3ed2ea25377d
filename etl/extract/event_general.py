"""Contacts told in general terms, or called off, not one event (EVENTS.md, "Not events": "a plan to
meet 'in the future' with no date or occasion named", "the history of past contacts in general terms";
an event cancelled neither happened nor is announced).

Writers mark both with words of their own: vagueness about when ("в будущем", "в перспективе",
"сроки визита пока не определены") and repetition over time ("неоднократно посещали", "регулярно
проводятся встречи", "за годы сотрудничества … десятки встреч"). Only an event with no date of its own
is read so: a dated one is one occasion whatever else its sentence says ("Регулярные встречи … очередная
прошла 10 октября")."""

from __future__ import annotations

import re

from etl.extract.event_cues import Cue, clause
from etl.extract.morph import tags

# When is left open: anywhere in the sentence ("планирует посетить Брянск, но сроки визита пока не определены")
_VAGUE_FUTURE = re.compile(
    r"(?<![а-яё])(?:в\s+будущем|в\s+перспективе|когда-нибудь|когда-либо|в\s+дальнейшем|со\s+временем|"
    r"(?:выразил\w*|выража\w*)\s+надежд\w*|надеет(?:ся)?|надеются|"   # a hope: "выразил надежду, что … посетит"
    r"(?:выразил\w*|выража\w*|подтвердил\w*|заявил\w*\s+о)\s+готовност\w*|"   # a readiness: "готовность посетить"
    r"(?:сроки|срок|дата|время)\s+(?:[а-яё]+\s+){0,2}?(?:пока\s+)?не\s+(?:определен|назван|согласован|установлен)\w*|"
    r"(?:пока\s+)?не\s+(?:определен|назван|согласован)\w*\s+(?:сроки|дата)|"
    r"пока\s+не\s+(?:определен|решен|известн)[оа]?(?![а-яё]))")
# "договорились / условились …": what the sides agreed on
_AGREED = re.compile(r"(?<![а-яё])(?:договорил|условил)\w*")
# A clause of another statement between: ", а в дальнейшем …"
_OTHER_PLAN = re.compile(r"[,;]\s*а\s")
# The sentence after a plan leaves its time open: "… намерена подписать соглашение … Сроки подписания пока не
# определены" (of the plan its noun names; of every plan of the sentence before when it names none)
_OPEN = re.compile(r"(?<![а-яё])(?:(?:сроки|срок|дата|время)\s+(?:проведения\s+)?([а-яё]+\s+)?(?:[а-яё]+\s+)?"
                   r"(?:пока\s+|еще\s+)?не\s+(?:определен|назван|согласован|установлен)\w*|"
                   r"пока\s+не\s+(?:определен|решен|известн)[оа]?(?![а-яё]))")
_OPEN_OF = {"подписания": "agreement", "визита": "visit", "поездки": "visit", "встречи": "meeting",
            "переговоров": "meeting", "заседания": "commission"}


def open_plans(low: str) -> bool:
    """The article leaves some time open (left_open's words anywhere): worth a look sentence by sentence."""
    return bool(_OPEN.search(low))


def left_open(low: str, s0: int, s1: int) -> set[str] | None:
    """The types of the undated plans of the sentence before that sentence `low[s0:s1]` leaves open
    ("Сроки подписания пока не определены": the signing; "Когда это произойдет, пока не определено":
    any plan but a named forum); None when it leaves none open."""
    if not (m := _OPEN.search(low, s0, s1)):
        return None
    noun = (m.group(1) or "").strip()
    if noun in _OPEN_OF:
        return {_OPEN_OF[noun]}
    named_occasion = noun.startswith(("форум", "ярмарк", "выставк", "дн", "недел"))
    return set() if named_occasion else {"agreement", "visit", "meeting"}


# "следующее заседание", "очередную сессию" (the next session events.py reads after a session)
_NEXT_SESSION = re.compile(r"(?:следующ|очередн|ближайш)\w*\s+(?:[а-яё]+\s+)?(?:заседани|сесси)")


# Many occasions over time, in the event word's own clause ("Делегации … неоднократно посещали Брянщину")
_REPEATED = re.compile(
    r"(?<![а-яё])(?:неоднократно|не\s+раз|не\s+однажды|регулярно|ежегодно|постоянно|часто|чаще|"
    r"(?:многочисленн\w+|десятк\w+|сотн\w+)\s+(?:[а-яё]+\s+)?(?:встреч|визит|переговор|поездок|соглашени|документ|"
    r"мероприяти|контакт)|из\s+года\s+в\s+год|за\s+годы|за\s+последние\s+(?:[а-яё]+\s+)?(?:лет|годы|года)|"
    r"на\s+протяжении(?!\s+(?:[а-яё\d]+\s+){0,2}(?:дн|суток|недел|час))|"
    r"за\s+(?:все\s+)?(?:прошедшие|минувшие|эти)\s+(?:[а-яё]+\s+)?(?:годы|года|лет|десятилети[яей])|"
    r"наход(?:ится|ятся|ились)\s+на\s+(?:[а-яё]+\s+)?стадии)(?![а-яё])")
# … except what tells one occasion: "впервые за последние годы", "впервые за годы сотрудничества"
_FIRST_TIME = re.compile(r"(?<![а-яё])впервые\s+$")
# … and except a habit told of a person in a relative clause ("губернатор, который часто бывает в
# Беларуси, провел переговоры"): the clause of "который" not holding the event's word
_RELATIVE = re.compile(r",\s*(?:котор|где|куда)[а-яё]*\s[^,]*$")


# "За это время подписано несколько соглашений": a span told before, with many events counted in it
_THAT_SPAN = re.compile(r"(?<![а-яё])за\s+(?:это\s+время|этот\s+период|эти\s+годы)(?![а-яё])")
_MANY = re.compile(r"(?<![а-яё])(?:нескольк\w+|ряд\w*|более|свыше|десятк\w+|сотн\w+|\d+|множеств\w+)\s+"
                   r"(?:[а-яё]+\s+){0,2}?(?:соглашени|документ|меморандум|договор|визит|встреч|переговор|"
                   r"делегаци|мероприяти)")
# Only when, in a held clause: "в перспективе рассчитывает принять у себя делегации"
_VAGUE_WHEN = re.compile(r"(?<![а-яё])(?:в\s+будущем|в\s+перспективе|в\s+дальнейшем|со\s+временем|"
                         r"когда-нибудь|надеет(?:ся)?|надеются)(?![а-яё])")


def in_general(low: str, cue: Cue, status: str) -> bool:
    """The undated event of `cue` is told in general terms (`low`: the sentence, lower case, ё as е)."""
    lo, hi = clause(low, cue.start, cue.end)
    if status != "planned" and any(_infinitive_near(low, m.end(), cue) for m in _VAGUE_WHEN.finditer(low, lo, hi)):
        return True   # an infinitive after the vague time word, at the event's word: a wish, no occasion
    if status != "planned" and any(_MANY.search(low, m.end(), hi) for m in _THAT_SPAN.finditer(low, lo, hi)):
        return True
    if status == "planned" and _NEXT_SESSION.match(low, cue.start):
        return True   # "договорились о проведении следующего заседания в Павлодаре": no day, no occasion yet
    if status == "planned":   # ("посетит Калининград в ближайшее время, а в дальнейшем стороны планируют …":
        # the vague plan of another clause)
        return any(not _OTHER_PLAN.search(low, *sorted((m.start(), cue.start))) for m in _VAGUE_FUTURE.finditer(low))
    if cue.type == "meeting" and (m := _AGREED.search(low, lo, cue.end)) and _VAGUE_FUTURE.search(low, m.end(), hi):
        return True   # "договорились продолжить контакты и в будущем провести встречу": only a plan left open
    return any(not (_qualifies_participle(low, m.end()) or _FIRST_TIME.search(low, max(0, m.start() - 10), m.start())
                    or _aside(low, m.start(), cue)) for m in _REPEATED.finditer(low, lo, hi))


# Visits counted ("посетили 12 делегаций", "более 30 делегаций", "губернаторы пяти регионов"): many trips in
# general, whatever the period named
_NUMBER = r"(?:\d+|дв(?:а|е|ух)|тр(?:и|ех)|четыр\w+|пят\w*|шест\w*|сем\w*|восьм\w*|девят\w*|десят\w*|\w+надцат\w*|" \
          r"двадцат\w*|тридцат\w*|нескольк\w+|ряд\w*|более|свыше|около|порядка|десятк\w+|сотн\w+|тысяч\w*)"
_COUNTED = re.compile(rf"(?<![а-яё\d]){_NUMBER}\s+(?:[а-яё]+\s+){{0,2}}?делегаци(?:й|ям|ями|ях)(?![а-яё])|"
                      rf"(?<![а-яё])(?:губернатор|глав|руководител|делегаци)[а-яё]*\s+{_NUMBER}\s+(?:[а-яё]+\s+)?"
                      r"(?:регион|област|субъект|стран|государств)")


def counted(low: str, cue: Cue) -> bool:
    """The visit of `cue` is told of many delegations or heads counted, in its clause: visits in general
    (not when they are listed right after: "губернаторы трех регионов — Брянской, Смоленской и …")."""
    lo, hi = clause(low, cue.start, cue.end)
    return any(not _LISTED.match(low, m.end()) for m in _COUNTED.finditer(low, lo, hi))


_LISTED = re.compile(r"[а-яё]*\s*[—–:(]")


def _aside(low: str, at: int, cue: Cue) -> bool:
    """The word at `at` stands in a relative clause set off by commas that does not hold the cue."""
    if not (rel := _RELATIVE.search(low, 0, at)):
        return False
    close = low.find(",", at)
    return not (rel.start() <= cue.start < (close if close >= 0 else len(low)))


_NEXT_WORD = re.compile(r"\s+([а-яё]+)")
_WORD = re.compile(r"[а-яё]+")


def _infinitive_near(low: str, start: int, cue: Cue) -> bool:
    """An infinitive between `start` and the cue's end, no farther than 30 characters before the cue
    ("рассчитывает принять у себя делегации", "надеется принимать гостей")."""
    return any(t.startswith("INFN") for w in _WORD.finditer(low, max(start, cue.start - 30), cue.end)
               for t in tags(w.group())[:1])


def _qualifies_participle(low: str, end: int) -> bool:
    """The repetition word describes the participle right after it, a habit of someone or something the
    sentence names ("Ежегодно проводимый форум … в этот раз прошел", "председатель, ранее неоднократно
    бывавший в Пскове, провел переговоры"), not the occasion its event word tells."""
    m = _NEXT_WORD.match(low, end)
    return bool(m) and any(t.startswith("PRTF") for t in tags(m.group(1))[:1])


# Called off: "встреча не состоялась", "форум не состоится" anywhere in the event's clause (said of the event
# itself); "Визит … отменен", "сорван", "отложен на неопределенный срок" close to its word ("отменены
# ограничения, и губернатор посетил Гомель" is something else called off)
_DID_NOT_TAKE_PLACE = re.compile(r"(?<![а-яё])не\s+(?:состоял\w*|состоится|состоятся)(?![а-яё])")
# "Визит … перенесен", "Заседание … перенесли": put off with no new date ("перенесен на осень" has one: planned)
_CALLED_OFF = re.compile(r"(?<![а-яё])(?:отмен[её]н\w*|сорван\w*|отложен\w*\s+на\s+неопредел\w+|"
                         r"(?:перенесен[аоы]?|перенесли|отложен[аоы]?|отложили)(?![а-яё])(?!\s+на\s))(?![а-яё])")
# A trip that failed: "не смогла приехать", "так и не приехал", "не удалось посетить"
_TRIP_FAILED = re.compile(r"(?<![а-яё])не\s+(?:(?:смог\w*|сможет|смогут|удалось|удастся|успел\w*)\s+"
                          r"(?:[а-яё]+\s+){0,2}?(?:приехать|прибыть|посетить|побывать|прилететь|провести|"
                          r"встретиться|подписать)|(?:приехал|прибыл|посетил|побывал|прилетел)\w*)(?![а-яё])")


def called_off(low: str, cue: Cue) -> bool:
    """The event of `cue` is cancelled ("Визит делегации … в Гродно отменен")."""
    lo, hi = clause(low, cue.start, cue.end)
    return bool(_DID_NOT_TAKE_PLACE.search(low, lo, hi) or _TRIP_FAILED.search(low, lo, hi)) or any(
        m.start() < cue.end + 50 and not (m.end() <= cue.start and _AND_THEN.search(low, m.end(), cue.start))
        for m in _CALLED_OFF.finditer(low, max(lo, cue.start - 40), hi))   # (the whole clause: "перенесен на …")


# "Ограничения отменены, и делегация … посетила": a clause of its own joined before the event's
_AND_THEN = re.compile(r"[,;]\s*(?:и|а|но|после\s+чего)\s")
