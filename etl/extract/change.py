"""Changes: "на 43,3 %", "+9 %", "в 1,8 раза", "вдвое", "на треть", and growth indices (127 % → +27)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from etl.extract.bound import bound_before
from etl.extract.caseless import CaselessPattern, lowered
from etl.extract.numbers import NUM, NUMBER, fraction_value, number_value

# "на 5 процентных пунктов", "на 3 п.п.": a difference of shares, not a change
PCT = r"\s*(?:%(?!\s*п\.\s*п)|процент(?![а-яё]*\s+пункт)\w*|проц\b\.?)"
UP = (r"(?:вырос\w*|выросл\w*|выраст\w*|возраст\w*|прирос\w*|прираст\w*|увелич\w*|прибав\w*|нарасти\w*|наращ\w*|"
      r"нарастил\w*|подскоч\w*|повыс\w*|выше(?![а-яё])|больше(?![а-яё])|превыс\w*|превыша\w*|превышен\w*|рост(?!ов)\w*|улучш\w*|"
      r"подрос\w*|подраст\w*|возрос\w*|поднял\w*|поднима\w*|укрепил\w*|скакнул\w*|взлетел\w*|превосход\w*|"
      r"превзош\w*|рос(?:л[аои])?(?![а-яё])|раст[её]т|растут|в\s+плюс\w*)")
DOWN = (r"(?:сократ\w*|сокращ\w*|сниз\w*|сниж\w*|уменьш\w*|упал\w*|упад\w*|упав\w*|паден\w*|ниже(?![а-яё])|"
        r"меньше(?![а-яё])|просел\w*|просев\w*|просед\w*|спад\w*|обвал\w*|рухн\w*|опустил\w*|откатил\w*|сжал\w*|провалил\w*|ужал\w*|убав\w*|"
        r"скатил\w*|в\s+минус\w*)")
_UP_DOWN = re.compile(rf"(?<![а-яё])(?:(?P<up>{UP})|(?P<down>{DOWN}))", re.I)
# Only a comparative right after a change gives its sign ("на 5 % больше"); a verb there belongs
# to the amount that follows ("снизившись на 36 %, превысил $510 млн").
_COMPARATIVE_AFTER = re.compile(r"(?:(?P<up>выше|больше)|(?P<down>ниже|меньше))(?![а-яё])", re.I)
# Multiples and fractions as data.
MULTIPLE_WORDS = {"вдвое": 2, "втрое": 3, "вчетверо": 4, "впятеро": 5, "вшестеро": 6, "всемеро": 7, "ввосьмеро": 8,
                  "вдевятеро": 9, "вдесятеро": 10}
MULTIPLE_ALT = "|".join(MULTIPLE_WORDS)   # "вдвое|втрое|…": one alternation for every pattern that reads them
# "двукратный рост", "трехкратное снижение": the adjective's multiple, the noun's sign.
FOLD_WORDS = (("дву", 2), ("тр", 3), ("четыр", 4), ("пят", 5), ("десят", 10))
QUAL = (r"(?:(?:почти|без\s+малого|фактически|практически|более\s+чем|более|свыше(?:\s+чем)?|больше\s+чем|"
        r"примерно|около|порядка|приблизительно|не\s+менее\s+чем|не\s+менее|как\s+минимум|минимум|менее\s+чем|менее)\s+)?")
# A change noun in any case ("рост", "прироста", "снижением"), not a word that starts like one ("Ростовская").
_NOUN = (r"(?:при)?рост(?:а|у|ом|е)?(?![а-яё])|спад(?:а|у|ом|е)?(?![а-яё])|"
         r"(?:увеличени|снижени|сокращени|падени|уменьшени)\w*")

CHANGE = CaselessPattern(
    # "(плюс почти 119 %)", "(минус более 5 проц.)": a qualifier may stand between the sign and the number
    rf"(?P<plus>(?:\+|плюс)\s*{QUAL})(?P<pn>{NUM}){PCT}"
    # a minus after a bracket or a colon ("(−3 %)", "Динамика к 2023 году: –5,3 %"), a U+2212 anywhere, "минус"
    rf"|(?P<minus>(?:(?<=\()\s*[−–-]|(?<=:)\s*[–-](?=\s?\d)|(?<!\d)(?<!\d\s)\u2212|(?<![а-яё])минус)\s*{QUAL})"
    rf"(?P<mn>{NUM}){PCT}"
    rf"|(?P<idx>(?:темп\w*\s+(?:(?:его|ее|её|их)\s+)?роста(?:\s+[^%.;:]{{1,90}}?\s+(?:составил\w*|[—–-]))?|(?<=\()темп\s+|рост(?:ом)?\s+в|рост\w*\s*[–—-]|"
    # "в сопоставимых ценах 98,1 %": an index of the volume at constant prices; "динамика – 104,5 %"
    rf"сопоставим\w+\s+ценах\s*[–—-]?|динамик\w*\s*[–—:-]?|"
    # "К уровню предыдущего года — 112,5 %": a comparison base, a dash, an index
    rf"(?<![а-яё])(?:к\s+уровню|по\s+отношению\s+к)\s+[^.%;:()—–-]{{1,50}}?\s*[–—-])\s*"
    rf"(?:составил\w*\s+)?{QUAL})(?P<xn>{NUM}){PCT}"
    rf"|(?P<ix>{NUM}){PCT}(?=\s*(?:в\s+сопоставимых\s+ценах\s+)?(?:к|от|по\s+отношению\s+к|в\s+сравнении\s+с)\s+"
    rf"(?:аналогичн|соответствующ|уровн|тому|прошл|предыдущ|январ|\d|перв|i))"
    rf"|(?P<gn>{NUM}){PCT}\s+(?P<gw>прирост|рост|снижени|сокращени|падени)\w*"
    rf"|(?P<lvl>(?:товарооборот|товарообмен|экспорт|импорт)\w*\s+(?:[^%.;:]{{0,50}}?\s+)?составил\w*\s+{QUAL})"
    rf"(?P<ln>[1-9]\d\d(?:[.,]\d+)?){PCT}"
    rf"|(?P<upto>(?:нарастить|нарастят|нарастит|нарастил\w*|увеличить|увеличат|увеличит|увеличил\w*|довести|доведут|"
    rf"довела?|довели)\s+(?:[^%.;:]{{0,60}}?\s+)?до\s+{QUAL})(?P<un>[1-9]\d\d(?:[.,]\d+)?){PCT}"
    rf"|{QUAL}на\s+(?P<n>{NUMBER}(?:\s+с\s+половиной)?)(?P<nl>\s+с\s+лишним)?{PCT}"
    rf"|{QUAL}в\s+(?:рекордн\w+\s+)?(?P<t>{NUMBER}(?:\s+с\s+половиной)?)(?P<tl>\s+с\s+лишним)?\s+раз(?:а)?(?![а-яё])"
    rf"|{QUAL}(?P<m>{MULTIPLE_ALT}|удво\w+|утро(?:ить|ит|ят|ен|ил)\w*|"
    rf"(?:дву|тр[её]х|трое|четыр[её]х|пяти|десяти)кратно(?![а-яё]))"
    rf"|{QUAL}(?P<k>двукратн|тр[её]хкратн|троекратн|четыр[её]хкратн|пятикратн|десятикратн)\w*\s+"
    rf"(?P<kn>рост|прирост|увеличени|снижени|сокращени|падени|спад)"
    rf"|{QUAL}на\s+(?P<f>треть|четверть|половину|(?:две|2)\s+трети|(?:три|3)\s+четверти|(?:пятую|десятую)\s+часть)(?![а-яё])(?!\s*(?:пол[уо]?)?(?:миллиард|миллион|млрд|млн|тыс|трлн))|(?P<half>наполовину)"
    # "прибавив к 2023 году более четверти", "потеряв около трети": the share the gerund or verb takes as its object
    rf"|(?P<gv>(?<![а-яё])(?:прибав|потеря)\w*)(?:\s+(?:к|по\s+сравнению\s+с|относительно|за)\s+[^.%;:,]{{1,40}}?)?\s+"
    rf"{QUAL}(?P<gf>треть|трети|четверть|четверти|половину|половины)(?![а-яё])"
    rf"(?!\s*(?:пол[уо]?)?(?:миллиард|миллион|млрд|млн|тыс|трлн|рынка|объ[её]м|экспорт|импорт|товарооборот|поставок|всего|всей|всех))"
    rf"|(?P<nv>(?:при)?рост\w*|увеличени\w*|снижени\w*|сокращени\w*|падени\w*|уменьшени\w*)\s+"
    rf"(?=(?:взаимн\w+\s+|внешн\w+\s+|общ\w+\s+)?(?:товарооборот|товарообмен|торгов|экспорт|импорт|поставок|закупок|поставк|закупк|ввоз|вывоз|"
    rf"оборот|объем|объём))[^%.;:]{{1,120}}?\s+(?P<nvv>составил\w*\s+){QUAL}(?P<nvn>{NUM}){PCT}"
    # "прибавив, несмотря на санкции, 25 %", "потерял — по данным таможни — 7 %": an aside between verb and percent
    rf"|(?P<verb>(?:(?:прибав|потеря[лв])\w*(?:\s+(?:к|по\s+сравнению\s+с|относительно|за)\s+[^.%;:]{{1,40}}?"
    rf"|\s*(?:,|\s[—–-])\s*[^.%;:,—–\d]{{1,50}}?\s*(?:,|\s[—–-]))?|вырос\w*|выросл\w+|увеличил\w*|снизил\w*|сократил\w*|упал\w*|"
    rf"(?:(?:при)?рост|снижени\w+|сокращени\w+|падени\w+|уменьшени\w+|увеличени\w+|спад|"
    # "темп прироста составил 12,5 %": a rate of increase is the change itself (a rate of growth is an index)
    rf"темп\w*\s+прироста)"
    rf"(?:\s+(?:к|за|в|по\s+сравнению\s+с|по\s+отношению\s+к|относительно)\s+[^.%;:]{{1,40}}?)?"
    # "рост продолжился и составил 7 %"
    rf"(?:\s+(?:продолжил|сохранил|ускорил|замедлил)\w*\s+и)?"
    rf"\s+(?:составил\w*|составлял\w*|составляет|превысил\w*|превышает|достиг\w*)))\s+"
    rf"(?:(?:ещ[её]|лишь|только|всего)\s+)?{QUAL}(?P<vn>{NUMBER}){PCT}"
    rf"|(?P<nd>{_NOUN})"
    # "Прирост товарооборота — 12 %": the flow the noun is of may stand before the dash
    # with its places and period ("Уменьшение товарооборота Омской области с Арменией в 2024 году – 14 %")
    rf"(?P<ndf>\s+(?:товарооборот|товарообмен|торговл|экспорт|импорт|поставок|оборот)\w*"
    rf"(?:\s+(?:[^%.;:()—–-]|(?<=[а-яё])-(?=[а-яё])){{1,80}}?(?=\s*[–—-]))?)?"
    # the base may name a month range with a dash between the months ("прирост к январю–марту прошлого года – 12 %")
    rf"(?:\s+(?:к|за|в|по\s+сравнению\s+с|по\s+отношению\s+к|относительно)\s+"
    rf"(?:[^.%;:—–-]|(?<=[а-яё])[–—-](?=[а-яё])){{1,50}}?)?\s*[–—-]\s*"
    rf"{QUAL}(?P<ndn>{NUM}){PCT}"
    rf"|(?P<wd>с\s+(?:приростом|ростом|увеличением|снижением|сокращением|падением)|"
    # "при темпе прироста 7 %", "с темпом прироста 7 %": a rate of increase, a change (a rate of growth is an index)
    rf"(?:с|при)\s+темп\w*\s+прироста)\s+(?!в\s){QUAL}(?P<wdn>{NUM}){PCT}"
    # "Рост товарооборота … составил 2,5 раза": a change noun and a multiple
    rf"|(?P<tw>(?<![а-яё])(?:{_NOUN}))\s+(?:[^%.;:]{{1,100}}?\s+)?"
    rf"составил\w*\s+{QUAL}(?:в\s+)?(?P<twn>{NUMBER}(?:\s+с\s+половиной)?)\s+раз(?:а)?(?![а-яё])"
    # "прирост составил 40 млн долларов, или 8 %", "прирост — 3 млн долларов (5 %)": the increment, then the change
    rf"|(?P<inc>(?<![а-яё])(?:{_NOUN}))\s+(?:[а-яё]+\s+){{0,3}}"
    rf"(?:составил\w*|[—–-])\s+(?:[$€]\s*)?\d[^%;:()]{{0,40}}?(?:,\s*или\s+|\s*\(\s*)(?:на\s+)?{QUAL}(?P<incn>{NUM}){PCT}"
    # "(рост 12 %)", "прирост почти 9 %": a change noun and a bare percent
    rf"|(?P<bw>(?<![а-яё])(?:при)?рост|увеличени\w*|снижени\w*|сокращени\w*|падени\w*|уменьшени\w*|спад)\s+"
    rf"(?:на\s+уровне\s+)?{QUAL}"
    rf"(?P<bwn>{NUM}){PCT}"
    # "Прирост в абсолютном выражении — 30 млн, в относительном — 12 %": the percent the change noun before gives
    rf"|в\s+(?:относительн\w+|процентн\w+)(?:\s+(?:выражени|величин)\w*)?\s*[—–:-]?\s*(?:на\s+)?{QUAL}"
    rf"(?P<reln>{NUM}){PCT}"
    # "12-процентный рост", "показав 5-процентное снижение"
    rf"|(?P<an>{NUM})\s*-?\s*процентн\w+\s+(?P<aw>(?:при)?рост|увеличени|снижени|сокращени|падени|уменьшени)\w*",
)
# Every CHANGE match contains one of these: a lower-cased plain text without them has no change.
_CHANGE_KEY = re.compile(rf"%|проц|раз|{MULTIPLE_ALT}|удво|утро|кратн|трет|четверт|половин|"
                         r"ую\s+часть")
_QUAL_RE = re.compile(QUAL, re.I)
_CONTINUE = re.compile(rf"\s*(?:,|и|а)\s*(?:[–—-]\s*)?(?:на\s+)?(?P<n>{NUM}){PCT}", re.I)
_ANY_PCT = re.compile(rf"{NUM}{PCT}", re.I)
_DASH_PCT = re.compile(rf"(?<=[–—-])\s*{QUAL}(?:на\s+)?{QUAL}(?P<n>{NUM}){PCT}", re.I)


@dataclass(frozen=True)
class Change:
    start: int
    end: int
    pct: float
    bound: str


def growth_index(pct: float) -> float:
    """A growth index (this period as % of the base) as a change; loose "темпы роста 13 %" stay 13.

    >>> growth_index(127.0), growth_index(101.2), growth_index(13.0)
    (27.0, 1.2, 13.0)
    """
    return round(pct - 100, 4) if pct >= 70 else pct


def times_to_pct(times: float, down: bool) -> float:
    """ "в 1,8 раза" больше → 80.0; "в 2 раза" меньше → -50.0.

    >>> times_to_pct(1.8, False), times_to_pct(2, True)
    (80.0, -50.0)
    """
    return round(-(1 - 1 / times) * 100, 4) if down else round((times - 1) * 100, 4)


def _direction(text: str, start: int, end: int, floor: int) -> str | None:
    after = _COMPARATIVE_AFTER.match(text[end:end + 14].lstrip(" .,"))
    if after:
        return "down" if after.group("down") else "up"
    verb = _VERB_RIGHT_AFTER.match(text, end) or _VERB_AFTER_ASIDE.match(text, end)
    base = None if verb else _BASE_AFTER.match(text, end)
    if base:   # "На 12 % к уровню 2023 года сократился …": the base, then the verb
        verb = _VERB_RIGHT_AFTER.match(text, base.end()) or _VERB_AFTER_ASIDE.match(text, base.end())
    if verb and not _UP_DOWN.search(text, max(floor, _clause_start(text, start)), start):
        # "на треть сократился экспорт …": the verb right after a change that opens its clause
        return "down" if verb.group("down") else "up"
    last = None
    for m in _UP_DOWN.finditer(text, floor, start):
        last = m
    if last is None:
        return None
    return "down" if last.group("down") else "up"


# "на треть сократился", "— почти на 50 % — выросла", "более чем на четверть, выросли": the change set off
# … or a base or time phrase between ("на 70 % по сравнению с 2023 годом вырос", "на 15 % за 2024 год выросли")
_VERB_RIGHT_AFTER = re.compile(rf"(?:(?:\s*[—–,-])?|(?:\s+[^\s,;:.!?()—–%-][^\s,;:.!?()%]*){{1,7}}?)\s+"
                               rf"(?:(?P<up>{UP})|(?P<down>{DOWN}))", re.I)
# "На 14 % — до 120 млн долларов — вырос …", "Вдвое (до 18 млн) сократился …": the level set off between
_VERB_AFTER_ASIDE = re.compile(rf"\s*(?:[—–-]|,|\()\s*{QUAL}до\s+[^—–()]{{1,40}}?(?:\s[—–-]|,|\))\s*"
                               rf"(?:(?P<up>{UP})|(?P<down>{DOWN}))", re.I)

# "на 12 % к уровню 2023 года", "на треть по сравнению с прошлым годом", "на 20 % к 2023-му": the comparison base
# written between a change and its verb
_BASE_AFTER = re.compile(rf"\s*(?:к\s+уровню|к|по\s+сравнению\s+с|в\s+сравнении\s+с|по\s+отношению\s+к|относительно|"
                         rf"против)\s+(?:[^,.;:%—–()]|(?<=[а-яё])[—–](?=[а-яё])){{1,40}}?"
                         rf"(?=(?:\s*[—–,-])?\s+(?:{UP}|{DOWN})|\s*(?:[—–-]|,|\()\s*{QUAL}до\s)", re.I)


def _clause_start(text: str, pos: int) -> int:
    return max((m.end() for m in re.finditer(r"[,;:()—–]", text[:pos])), default=0)


# A verb or word that gives a part its share: "обеспечила 48 % прироста", "пришлось 35 % прироста".
_SHARE_OF_GROWTH = re.compile(r"(?<![а-яё])(?:обеспечи\w*|пришл\w*|приход\w*|дал[аои]?|да[её]т|дают|занима\w*|"
                              r"дол[яиюе])\s+(?:[а-яё]+\s+){0,2}$", re.I)
_GROWTH_WORD = re.compile(r"(?<![а-яё])(?:рост|прирост|увеличени|снижени|сокращени|падени|вырос|увеличил|"
                          r"снизил|сократил|упал|прибавил|темп)\w*", re.I)


_CONSTANT_PRICES = re.compile(r"сопоставим\w+\s+ценах", re.I)


def _noun_sign(word: str) -> int:
    """ "снижение", "сокращение", "падение", "уменьшение" → −1; "рост", "прирост", "увеличение" → +1."""
    return -1 if word.lower().startswith(("сниж", "сокращ", "паден", "уменьш")) else 1


def _pct(m: re.Match, direction: str | None) -> float | None:
    g = m.groupdict()
    sign = -1 if direction == "down" else 1
    if g["pn"]:
        return number_value(g["pn"])
    if g["mn"]:   # "(−3 %)", "минус 3 %"
        return -number_value(g["mn"])
    if g["xn"]:
        return growth_index(number_value(g["xn"]))
    if g["ix"]:
        n = number_value(g["ix"])
        head = m.string[max(0, m.start() - 30):m.start()]
        if n < 70 and not _GROWTH_WORD.search(head):
            # "составил 55,2 % к уровню 2023 года": an index with no growth word before it
            return round(n - 100, 4)
        return growth_index(n)
    if g["twn"]:   # "рост составил 2,5 раза"
        times = number_value(g["twn"].split()[0])
        if times is None:
            return None
        return times_to_pct(times + (0.5 if "половин" in g["twn"] else 0), _noun_sign(g["tw"]) < 0)
    if g["incn"]:   # "прирост составил 40 млн, или 8 %"
        return _noun_sign(g["inc"]) * number_value(g["incn"])
    if g["bwn"] or g["an"]:   # "(рост 12 %)", "12-процентный рост"
        word = (g["bw"] or g["aw"]).lower()
        return (-1 if word.startswith(("сниж", "сокращ", "паден", "уменьш", "спад")) else 1) \
            * number_value(g["bwn"] or g["an"])
    if g["nd"]:   # "увеличение — 12 %", "снижение — 5 %", "прирост к 2023 году — 20 %"
        return (1 if g["nd"].lower().startswith(("увелич", "прирост", "рост")) else -1) * number_value(g["ndn"])
    if g["wd"]:   # "с приростом 20 %", "со снижением на 5 %"
        return (-1 if re.search(r"сниж|сокращ|паден", g["wd"], re.I) else 1) * number_value(g["wdn"])
    if g["ln"] or g["un"]:   # "товарооборот составил более 120 процентов", "нарастить экспорт до 130 %": an index
        return growth_index(number_value(g["ln"] or g["un"]))
    if g["gn"]:   # "и это 30 % прироста", "10 % снижения"
        if _SHARE_OF_GROWTH.search(m.string, max(0, m.start() - 30), m.start()):
            return None   # "Россия обеспечила 48 % прироста экспорта": a partner's share of the growth
        return (1 if g["gw"].lower().startswith(("прирост", "рост")) else -1) * number_value(g["gn"])
    if g["nvn"]:   # "Рост товарооборота X с Y за год составил 14 %"
        return (-1 if g["nv"].lower().startswith(("сниж", "сокращ", "паден", "уменьш")) else 1) * number_value(g["nvn"])
    if g["reln"]:   # "в относительном — 12 %": the sign of the change word before
        return None if direction is None else sign * number_value(g["reln"])
    if g["n"] or g["vn"]:
        if direction is None and g["n"]:
            return None
        if g["n"] and "половин" in g["n"]:   # "на пять с половиной процентов"
            return sign * (number_value(g["n"].split()[0]) + 0.5)
        if g["vn"] and g["verb"].lower().startswith(("рост", "прирост")) and \
                _CONSTANT_PRICES.search(m.string, max(0, m.start() - 40), m.start()):
            return growth_index(number_value(g["vn"]))   # "в сопоставимых ценах рост составил 105,3 %"
        if g["vn"]:
            sign = -1 if g["verb"].lower().startswith(("сниз", "сократ", "упал", "сниж", "сокращ", "паден",
                                                       "уменьш", "потеря", "спад")) else 1
        return sign * number_value(g["n"] or g["vn"])
    if g["t"] or g["m"]:
        raw = g["t"] or ""
        word = (g["m"] or "").lower()
        times = MULTIPLE_WORDS.get(word) or (2 if word.startswith("удво") else 3 if word.startswith("утро")
                                             else None) \
            or next((n for stem, n in FOLD_WORDS if word.endswith("кратно") and word.startswith(stem)), None) \
            or number_value(raw.split()[0])
        if times is None:
            return None
        times += 0.5 if "половин" in raw else 0
        return times_to_pct(times, direction == "down")
    if g["k"]:
        times = next(n for stem, n in FOLD_WORDS if g["k"].lower().startswith(stem))
        return times_to_pct(times, g["kn"].lower().startswith(("сниж", "сокращ", "паден", "спад")))
    if g["gf"]:   # "прибавив более четверти", "потеряв треть": the verb gives the sign
        share = 50.0 if g["gf"].lower().startswith("половин") else 100 * fraction_value(g["gf"][:-1] + "ь")
        return round((-1 if g["gv"].lower().startswith("потеря") else 1) * share, 1)
    if g["f"] or g["half"]:
        part = (g["f"] or "половину").lower()   # "на треть", "на три четверти" (numbers.fraction_value)
        return round(sign * (50.0 if part.startswith("половин") else 100 * fraction_value(part)), 1)
    return None


def _figure_start(m: re.Match) -> int:
    """Where a change's figure starts: after the keyword, places and verb a noun or an index names before
    its number ("Темп роста товарооборота X с Y за семь месяцев составил 108,6 %"), else at the match."""
    idx = m.group("idx")
    if idx and (len(idx) > 30 or _DASHED.search(idx)):
        return m.start("xn")
    if m.group("incn") or m.group("twn"):
        return m.start("incn") if m.group("incn") else m.start("twn")
    for group, end in (("nvn", "nvv"), ("ndf", "ndf"), ("ln", "lvl"), ("un", "upto")):
        if m.group(group):
            return m.end(end)
    return m.start()


def question_direction(question: str) -> str | None:
    """ "— Насколько выросли поставки …?": the direction an answer "на 9 %, до 120 млн" keeps."""
    last = None
    for m in _UP_DOWN.finditer(question):
        last = m
    return None if last is None else "down" if last.group("down") else "up"


def find_changes(text: str, default: str | None = None) -> list[Change]:
    """Every change expression with its sign and qualifier.

    >>> [(c.pct, c.bound) for c in find_changes("вырос почти на 20%, импорт снизился на 12 %")]
    [(20.0, 'approx'), (-12.0, 'eq')]
    >>> [c.pct for c in find_changes("увеличился в 1,8 раза, (132,8 % к соответствующему периоду)")]
    [80.0, 32.8]
    """
    low = lowered(text)
    if low is not None and not _CHANGE_KEY.search(low):
        return []
    out: list[Change] = []
    indices: set[int] = set()   # starts of the growth indices ("105,3 % к уровню …")
    for m in CHANGE.finditer(text, low=low):
        if any(c.start < m.end() and m.start() < c.end for c in out):
            continue
        direction = _direction(text, m.start(), m.end(), 0) or default
        pct = _pct(m, direction)
        if pct is None:
            continue
        qual = _QUAL_RE.match(m.group())
        core = m.start() + (qual.end() if qual else 0)
        if m.group("idx"):   # "с темпом роста почти 113 %": the qualifier stands before the number
            core = m.start("xn")
        elif m.group("ln") or m.group("un"):
            core = m.start("ln") if m.group("ln") else m.start("un")
        elif m.group("vn"):   # "рост составил более 4 %": so it does after the verb
            core = m.start("vn")
        elif m.group("nvn"):   # the noun's keyword and places stand before the figure: it starts after the verb
            core = m.start("nvn")
        elif m.group("ndn") or m.group("incn") or m.group("twn"):   # "Прирост … – около 7 %": before the number
            core = m.start("ndn") if m.group("ndn") else m.start("incn") if m.group("incn") else m.start("twn")
        bound = bound_before(text, core, m.end("nvv") if m.group("nvn") else m.start())
        if m.group("nl") or m.group("tl"):   # "в два с лишним раза", "на 30 с лишним процентов": a little more
            bound = "gt"
        idx = m.group("idx")
        start = _figure_start(m)
        out.append(Change(start, m.end(), round(pct, 4), bound))
        if idx or m.group("ix") or m.group("ln") or m.group("un"):
            indices.add(start)
        out.extend(_continuations(text, m.end(), pct))
    for m in _DASH_PCT.finditer(text):
        prev = [c for c in out if c.end <= m.start()]
        if prev and not any(c.start < m.end() and m.start() < c.end for c in out) \
                and not _ANY_PCT.search(text, prev[-1].end, m.start()):
            # "… — на 54,4 %" repeats the last percent's role: after "пришлось 74,4 % поставок, в
            # том числе на Россию — 68,5 %" the last percent is a share, so the dash's is one too.
            n = number_value(m.group("n"))
            pct = growth_index(n) if prev[-1].start in indices else (-1 if prev[-1].pct < 0 else 1) * n
            # "— свыше 130 %": the qualifier is the change's bound
            out.append(Change(m.start(), m.end(), pct, bound_before(text, m.start("n"), m.start())))
    out.extend(_shared_unit(text, out, default))
    out.extend(_repeated_indices(text, out, indices))
    out.extend(_listed_bare(text, out, indices))
    out.extend(_index_after_amount(text, out))
    return sorted(out, key=lambda c: c.start)


_PCT_THEN = re.compile(rf"(?P<p>{NUM}{PCT})\s*[,—–-]?\s*(?:что|это|или)?\s*$", re.I)


def compares_share(text: str, change: Change, changes: list[Change]) -> bool:
    """ "на долю продовольствия пришлось 45 %, что на 6 % больше": a change told right after a percent that
    is no change itself (a share) compares that share, not an amount."""
    m = _PCT_THEN.search(text, max(0, change.start - 40), change.start)
    return bool(m) and not any(c.start <= m.start("p") < c.end for c in changes if c is not change)


# "импорт составил 35,1 млн долларов (105,4 %)": a bare percent above 100 in brackets right after an
# amount is no share (a share is at most 100 %) but the amount's growth index.
_AMOUNT_BRACKET = re.compile(r"(?:долл\w*|руб\w*|евро|юан\w*|млн|млрд|\$|USD|BYN)\.?(?:\s*США)?\s*"
                             r"\(\s*(?P<n>[1-9]\d\d(?:[.,]\d+)?)\s*%\s*\)", re.I)


def _index_after_amount(text: str, out: list[Change]) -> list[Change]:
    if "(" not in text:
        return []
    found = []
    for m in _AMOUNT_BRACKET.finditer(text):
        n = number_value(m.group("n"))
        if n is not None and n > 100 and not any(c.start < m.end() and m.start("n") < c.end for c in out):
            found.append(Change(m.start("n"), m.end(), growth_index(n), "eq"))
    return found


# "с Азербайджаном (в 2,8 раза), Молдовой (15 %) и Туркменистаном (на 1,7 %)": between bracketed
# changes of a list, a bare bracketed percent is a change too (the sign of its neighbours).
_BARE_BRACKET = re.compile(rf"\(\s*(?P<n>{NUM})\s*%\s*\)")
_LIST_STEP = re.compile(r"\)?\s*(?:,|и|,\s*и)\s*[А-ЯЁ][а-яё-]+(?:\s+[а-яё-]+)?\s*\(?\s*$")


def _listed_bare(text: str, out: list[Change], indices: set[int]) -> list[Change]:
    if "(" not in text:
        return []
    found = []
    for m in _BARE_BRACKET.finditer(text):
        if any(c.start < m.end() and m.start() < c.end for c in out) or any(i <= m.start() for i in indices):
            continue
        prev = [c for c in out if c.end <= m.start() and text[max(0, c.start - 2):c.start + 1].count("(")]
        nxt = [c for c in out if c.start >= m.end() and text[max(0, c.start - 2):c.start + 1].count("(")]
        near = [c for c in prev[-1:] if _LIST_STEP.fullmatch(text, c.end, m.start())] + \
            [c for c in nxt[:1] if _LIST_STEP.fullmatch(text, m.end(), c.start)]
        if near and all(c.pct > 0 for c in near) or near and all(c.pct < 0 for c in near):
            sign = 1 if near[0].pct > 0 else -1
            found.append(Change(m.start("n"), m.end(), sign * number_value(m.group("n")), "eq"))
    return found


# "(105,3 % к уровню …), в том числе экспорт — $800 млн (110 %)", "…, или 105 % к 2023 году; экспорт
# — $800 млн, или 110 %": after a growth index, a bare percent in brackets or after "или" is one too.
_BARE_INDEX = re.compile(rf"\(\s*(?P<n>{NUM})\s*%\s*\)|,\s*или\s+(?P<o>{NUM})\s*%(?=\s*(?:[.;,)]|$))")
_DASHED = re.compile(r"[—–-]")


def _repeated_indices(text: str, out: list[Change], indices: set[int]) -> list[Change]:
    if not indices:
        return []
    found = []
    for m in _BARE_INDEX.finditer(text, min(indices)):
        if any(c.start < m.end() and m.start() < c.end for c in out):
            continue
        n = number_value(m.group("n") or m.group("o"))
        if n is not None and n >= 70:
            found.append(Change(m.start("n") if m.group("n") else m.start("o"), m.end(), growth_index(n), "eq"))
    return found


# "выросли соответственно на 12 и 4 %", "на 3, 5 и 8 процентов": bare numbers listed before a percent share it.
_SHARED_LIST = re.compile(rf"(?<![а-яё])на\s+(?P<list>{NUM}(?:\s*,\s*{NUM})*\s*(?:,\s*)?и\s*{NUM}){PCT}", re.I)
# Read only when the clause names one flow for each number ("Экспорт и импорт … выросли на 12 и 4 %"; not "общие
# показатели внешней торговли обвалились на 31 и 33 %", a total's two changes).
_FLOW_NAME = re.compile(r"(?<![а-яё])(?:товарооборот|экспорт|импорт|поставк|ввоз|вывоз)\w*", re.I)
_LIST_CLAUSE_BREAK = re.compile(r"[;:()—–]|,\s*(?:а|но)\s", re.I)   # a comma may list the flows themselves


def _shared_unit(text: str, out: list[Change], default: str | None) -> list[Change]:
    """Changes of a list whose numbers share one percent sign ("на 12 и 4 %"), each with the verb's sign."""
    found: list[Change] = []
    for m in _SHARED_LIST.finditer(text):
        if any(c.start < m.end() and m.start() < c.end for c in out):
            continue
        direction = _direction(text, m.start(), m.end(), 0) or default
        numbers = list(re.finditer(NUM, m.group("list")))
        lo = max((b.end() for b in _LIST_CLAUSE_BREAK.finditer(text, 0, m.start())), default=0)
        if direction is None or len(_FLOW_NAME.findall(text, lo, m.start())) != len(numbers):
            continue
        sign = -1 if direction == "down" else 1
        for n in numbers:
            value = number_value(n.group())
            if value is None:
                return found
            found.append(Change(m.start("list") + n.start(), m.start("list") + n.end(), sign * value, "eq"))
    return found


def _continuations(text: str, end: int, pct: float) -> list[Change]:
    out = []
    while True:
        m = _CONTINUE.match(text, end)
        if not m or "%" not in m.group() and "проц" not in m.group():
            return out
        sign = -1 if pct < 0 else 1
        out.append(Change(m.start("n"), m.end(), sign * number_value(m.group("n")), "eq"))
        end = m.end()
