"""Which trade flow a clause talks about, and the words that make a figure a target or not a fact."""

from __future__ import annotations

import re
from dataclasses import dataclass

from etl.extract.caseless import CaselessPattern
from etl.extract.composition import composition_flow
from etl.extract.fast_re import plain_lower
from etl.extract.goods_object import names_other_subject
from etl.extract.products import is_product_flow, names_goods_item
from etl.extract.scan_scope import shared_scan

# Meanings as data: a keyword pattern → metric. Checked in this order. Buyers and importers
# of a place's goods ("крупнейший покупатель красноярской продукции") are its export.
METRIC_WORDS = (
    (r"товарооборот\w*|товарообмен\w*|(?:взаимн\w+\s+)?торгов\w+\s+показател\w*|наторговал\w*|внешнеторгов\w+\s+оборот\w*|торгов\w+\s+оборот\w*|оборот\w*(?:\s+торговли)?"
     r"|(?:внешн\w+\s+|взаимн\w+\s+)?торговл\w+|торгов\w+\s+партнер\w*|(?:основн|главн|крупнейш|ведущ|ключев)\w+\s+партн[её]р\w*(?=(?:\s+[А-ЯЁа-яё-]+){1,3}\s*[:—–])|мест\w*\s+среди\s+(?:[а-яё]+\s+)?партн[её]р\w*|торгу\w+|объ[её]м\w*\s+торгов\w*"
     # "взаимные поставки", "экспорт-импорт", "внешнеторговые операции": both directions
     r"|(?:взаимн|двусторонн|обоюдн)\w+\s+(?:поставк\w+|поставок|торгов\w+\s+операци\w*)|внешнеторгов\w+\s+операци\w*"
     # "экспортно-импортные поставки/сделки/операции": the noun after it is the same two-way flow
     r"|экспорт\w*-импорт\w*(?:\s+(?:поставк\w+|поставок|сделк\w*|сделок|операци\w*|оборот\w*|товарооборот\w*))?"
     # "экспорт вместе с импортом"
     r"|экспорт\w*\s+вместе\s+с\s+импорт\w*|импорт\w*\s+вместе\s+с\s+экспорт\w*"
     # "объем экспорта и импорта между X и Y": both flows together
     r"|экспорт\w*\s+и\s+импорт\w*(?=\s+(?:между|товаров\s+между))|импорт\w*\s+и\s+экспорт\w*(?=\s+(?:между|товаров\s+между))"
     # "суммарный объем экспорта и импорта", "экспорт и импорт … в сумме составили": the two flows added up
     r"|(?:суммарн|совокупн|общ)\w*\s+(?:объ[её]м\w*\s+)?(?:экспорт\w*\s+и\s+импорт|импорт\w*\s+и\s+экспорт)\w*"
     r"|(?:экспорт\w*\s+и\s+импорт|импорт\w*\s+и\s+экспорт)\w*(?=[^.;:\d]{0,60}?\sв\s+(?:сумме|совокупности)(?![а-яё]))"
     # "торговые отношения … достигли 1,3 млрд", "внешнеторговые связи … оцениваются в": relations measured by a
     # level are the pair's trade
     r"|(?:внешне)?торгов\w+\s+(?:отношени|связ)\w*(?=[^.;:,]{0,60}?(?<![а-яё])(?:достиг|составил|превысил|"
     r"превзошл|оценива)\w*)",
     "turnover"),
    (r"импорт[её]р\w*|покупател\w*|экспорт(?![её]р)\w*|экспортир\w+|поставк\w+|поставок|отгрузок|постав(?:ил|ила|или|ило|ляет|ляют|лено|лены|лял|ляла|ляли|ляем)\w*(?!\w)(?!\s+(?:[а-яё]+\s+)?(?:задач|цел[ьи]|рекорд|вопрос|услови))|продал\w*|продаж[аиеу]?(?![а-яё])|"
     r"отгрузк[аиеу](?![а-яё])|отгрузил\w*|отгрузив|отгружа\w*|поставив|продав|отгружен\w*|"
     r"вывез\w*|вывоз\w*|реализовал\w*|отправил\w*|продан[аоы]?(?![а-яё])|реализован[аоы]?(?![а-яё])|"
     r"отправлен[аоы]?(?![а-яё])", "export"),
    (r"импортн\w+\s+(?:поставк\w+|поставок)|импорт(?!озамещ|онезависим)\w*|импортир\w+|поставщик\w*|ввез\w*|ввоз\w*|ввозят|закупил\w*|закупив|купив|закуплен\w*|закупк\w+|закупок|закупа\w+|"
     r"покупа\w+|купил\w*|приобрел\w*|завез\w*|завоз\w*", "import"),
)
_METRIC = CaselessPattern("|".join(f"(?P<{m}{i}>(?<![а-яё])(?:{p}))" for i, (p, m) in enumerate(METRIC_WORDS)))
# A keyword that labels the amount before it: "$1,9 млрд пришлось на экспорт".
# "пришлось на белорусский экспорт": an adjective may stand between "на" and the keyword.
_ADJ = r"(?:[а-яё]+(?:ий|ый|ой|ие|ые|ую|ее|ое|ых|их)\s+)?"
_POST_LABEL = re.compile(rf"(?:пришл\w+\s+|приход\w+\s+)?(?:[–—-]\s*)?на\s*{_ADJ}$", re.I)
_STRONG_LABEL = re.compile(rf"(?:пришл\w+\s+|приход\w+\s+|[–—-]\s*)на\s*{_ADJ}$", re.I)
# "…, на 3 % — импорт.", "…, 180 млн долларов — импорт.": a keyword after a figure and a dash, closing its
# clause, labels that figure.
_DASH_LABEL = re.compile(r"(?:%|\d|долл\w*|руб\w*|млн|млрд|евро)\.?\s*[–—-]\s*$", re.I)
_CLAUSE_END = re.compile(r"\s*(?:[.;,)]|$)")
# "экспорт грузов", "вывоз строительных грузов": freight carried, not trade in money terms.
_FREIGHT_AFTER = re.compile(r"\s+(?:[а-яё]+\s+)?груз(?:ов|ы|а|у|ом|ам|ами|ах)?(?![а-яё])")
# A keyword inside a cause ("из-за резкого сокращения импорта", "за счет роста поставок") names
# the reason, not the flow the figure measures.
# "Стоимость поставки одного трактора", "цена экспорта": the price of a delivery, not its volume.
_PRICE_OF = re.compile(r"(?<![а-яё])(?:стоимост(?:ь|и|ью)|цен[аыуе]|тариф\w*|пошлин\w*|"
                       r"платеж(?:и|ей|а)?(?![а-яё])|платёж|"
                       # "Рентабельность экспорта выросла на 3 %": a rate of the flow, not the flow
                       r"рентабельност\w*|доходност\w*|прибыльност\w*|себестоимост\w*|маржинальност\w*)"
                       r"\s+(?:[а-яё]+\s+)?$", re.I)
# "Стоимость экспорта Беларуси в Казахстан", "стоимость белорусского экспорта": the whole flow's value (not
# "стоимость поставки", one delivery's price, nor "экспорта одного трактора", a unit's; not "этого экспорта",
# "суммарная стоимость экспорта и импорта").
_VALUE_OF = re.compile(r"(?<![а-яё])(?<!суммарная\s)(?<!общая\s)стоимост(?:ь|и|ью)\s+(?:(?!эт|т[оа]г)[а-яё]+\s+)?$",
                       re.I)
_FLOW_VALUE = re.compile(r"(?:экспорта|импорта|товарооборота|поставок|взаимной\s+торговли)(?![а-яё])"
                         r"(?!\s+(?:одн(?:ой|ого|ому)|единиц)\w*)", re.I)
# "туристический экспорт": tourists served, not goods traded.
_SERVICE_BEFORE = re.compile(r"(?<![а-яё])(?:туристическ|туристск|образовательн|медицинск)\w*\s+$", re.I)
# "одной экспортной поставки", "Средний объем одной поставки": one delivery or an average, not the flow.
_PER_UNIT_BEFORE = re.compile(r"(?<![а-яё])(?:одн(?:ой|ого|у|а)|средн\w+\s+(?:объ[её]м\w*|размер\w*|стоимост\w*))"
                              r"\s+(?:[а-яё]+\s+)?$", re.I)
# "экспортный потенциал", "потенциал товарооборота": what could be, not a flow.
_POTENTIAL_AFTER = re.compile(r"\s+потенциал\w*", re.I)
_POTENTIAL_BEFORE = re.compile(r"(?<![а-яё])потенциал\w*\s+(?:[а-яё]+\s+)?$", re.I)
# "Сальдо торговли", "сальдо внешней торговли", "профицит в торговле": the balance of a flow, not the flow.
_BALANCE_OF = re.compile(r"(?<![а-яё])(?:сальдо|профицит\w*|дефицит\w*)\s+(?:[а-яё]+\s+)?$", re.I)
# "в министерстве промышленности и торговли", "комитета по внешней торговле": a body's name.
_INSTITUTION_BEFORE = re.compile(r"(?<![а-яё])(?:министерств|комитет|департамент|ведомств|агентств)\w*\s+"
                                 r"(?:по\s+(?:[а-яё]+\s+)?|[а-яё]+\s+и\s+)?$", re.I)
_BODY_WORD = re.compile(r"министерств|комитет|департамент|ведомств|агентств", re.I)
# "из-за пандемии товарооборот уменьшился": a cause that is complete before the keyword leaves it the subject.
_CAUSE_BEFORE = re.compile(r"(?<![а-яё])(?:из-за|за\s+сч[её]т|благодаря|вследствие)\s+(?:(?:[а-яё]+\s+)?"
                           r"(?:рост|сокращени|снижени|увеличени|падени|расширени|наращивани|уменьшени|"
                           r"восстановлени|развити|переориентаци|активизаци|объ[её]м)\w*\s+)?$", re.I)
# "за счет увеличения экспорта на 12 %": the cause states a change of its own flow — the keyword stays.
# "за счет поставок зерна, которые увеличились на 40 %": the cause's change in a relative clause is its own too.
_OWN_CHANGE_AFTER = re.compile(r"\s+(?:[а-яё]+\s+){0,3}?(?:на|в)\s+\d[\d,.]*\s*(?:%|процент|раз)|"
                               r"\s+[а-яё]+,\s+котор\w+\s+(?:[а-яё]+\s+){1,2}?(?:на|в)\s+\d[\d,.]*\s*"
                               r"(?:%|процент|раз)", re.I)
# "на фоне падения цен на калий на 40 % товарооборот …", "сократился на 12 % из-за снижения цен": a cause says why
# the flow changed; its words (prices, a product, demand) and its change are not the flow's. It runs to the next
# flow word, the clause's end or a finite verb of change.
CAUSE_PHRASE = re.compile(
    # "… связано с падением цен", "объясняется снижением спроса", "вызвано ростом цен": a cause after its predicate
    r"(?<![а-яё])(?:из-за|на\s+фоне|вследствие|в\s+связи\s+со?|связан[оаы]?\s+со?|обусловлен[оаы]?|"
    r"объясня(?:ется|ются|ют)|вызван[оаы]?)\s[^,;:()]{1,80}?"
    r"(?=(?<![а-яё])(?:(?:объ[её]м\w*\s+)?(?:товарооборот|торговл|экспорт|импорт|поставк|закупк)|"
    r"(?:вырос|выросл|увеличил|сократил|снизил|уменьшил|упал|составил|достиг|превысил)\w*(?![а-яё]))|[,;:()]|$)", re.I)


# A word every cause phrase holds; asked of every sentence and of the stretch before each figure, it is
# looked for by substring tests in the lower-cased text (re.I's answer on plain text, caseless.py).
_CAUSE_CUES = ("из-за", "фоне", "вследстви", "связ", "обусловлен", "объясня", "вызван")
_CAUSE_CUE = re.compile("|".join(_CAUSE_CUES), re.I)


def _has_cause_cue(text: str) -> bool:
    low = plain_lower(text)   # (the lower case the hot patterns searched next read too: fast_re)
    return _CAUSE_CUE.search(text) is not None if low is None else any(map(low.__contains__, _CAUSE_CUES))


def blank_causes(text: str, keep: int = -1) -> str:
    """The text with every cause phrase but the one holding position `keep` blanked out (same length)."""
    if not _has_cause_cue(text):
        return text
    return CAUSE_PHRASE.sub(lambda m: m.group() if m.start() <= keep < m.end() else " " * len(m.group()), text)


def in_cause(text: str, pos: int) -> bool:
    return _has_cause_cue(text) and any(m.start() <= pos < m.end() for m in CAUSE_PHRASE.finditer(text))


# Figures that are not bilateral trade: totals, retail, investment, prices, contracts …
NOT_TRADE = re.compile(
    r"(?<![а-яё])(?:инвест\w*|вложил\w*|вложен\w*|вложат|капитал\w*|контракт\w*|договор(?:а|ы|ов|ам|ами|ах)?(?![а-яё])|"
    r"соглашени\w*|(?<!импортн[а-яё]{2}\s)(?:сделк\w*|сделок)|"
    # "в сумме" as "added up" ("экспорт и импорт в сумме составили") names no other sum
    r"(?<!на )(?<!на общую )(?<!до )(?<!этой )сумм[уеы]\b"
    r"(?<!(?<![а-яё])в\sсумме(?=\s+(?:между|со?\s|составил|достиг|превысил)))|"
    r"цен[аеуы]?\b|стоимост(?:ь|и|ью)(?![а-яё])(?:(?<=суммарная\sстоимость)|(?<=общая\sстоимость)|"
    r"(?!\s+(?:(?!эт|т[оа]г)[а-яё]+\s+)?(?:экспорта|импорта|товарооборота|поставок)(?![а-яё])(?!\s+одн)))|"
    r"бюджет\w*|сальдо|кредит\w*|тысяч[ау]\s+кубометр\w*|"
    r"за\s+(?:одн\w+\s+)?(?:тонн|килограмм|кубометр|литр|штук)\w*|одн(?:ой|ого|у)\s+(?:тонн|килограмм|кубометр|штук)\w*|"
    r"выделил\w*|выделен\w*|выделят|направ(?:ят|ит)(?![а-яё])|потрат\w*|израсход\w*|на\s+поддержку|на\s+продвижени\w*|на\s+развити\w*|(?:про)?финансир\w*|"
    r"прокредитова\w*|субсиди\w*|недополуч\w*|недобра\w*|потер[ия](?![лв]\w*\s+(?:почти\s+|около\s+|более\s+|порядка\s+)?\d[\d\s,.]*(?:%|проц))\w*|упущен\w*|розничн\w*|оптов\w*|магазин\w*|"
    r"посетител\w*|ярмарк\w*|выставк\w*-продаж\w*|поддержал\w*|поддержан\w*|"
    r"производств\w*|перевоз\w*|транзит\w*|турист\w*|(?<!в том )числ[оа](?![а-яё])|количеств\w*|"
    r"капиталовлож\w*|выпустил\w*|выпуск\w*|акци(?:и|й|ям|ями|ях|ю)(?![а-яё])|"
    r"гуманитарн\w*|душу\s+населени\w*|на\s+(?:одного|каждого)\s+(?:жител|человек)\w*|"
    r"платеж\w*|платёж\w*|пошлин\w*|налог\w*|акциз\w*|зарплат\w*|заработн\w*|общественного\s+питания|грузооборот\w*|удельн\w+\s+вес\w*|рентабельн\w*|обойд\w+|за\s+тысяч\w*|дол[яиеюь]\w*)",
    re.I)
# Economy-wide rates, and subjects that are not the pair's trade though an amount of trade may name them
# ("выручки от экспорта"), whose changes a trade sentence may cite beside its own ("при росте ВВП на 3 %",
# "а выручка ММК — на 4 %", "турпоток — на 25 %"). Changes only.
MACRO = re.compile(r"(?<![а-яё])(?:ВВП|ВРП|инфляци\w*|валов\w+\s+(?:внутренн|региональн)\w+\s+продукт\w*|"
                   r"выручк\w*|турпот\w*|пассажир\w*|безработиц\w*|"
                   r"ключев\w+\s+ставк\w*|курс(?:а|ом|у|ы)?(?![а-яё])(?!\s+на\s))", re.I)


def other_subject_in(s: str, lo: int, hi: int) -> bool:
    """s[lo:hi], a clause before a change, speaks of something that is not the pair's trade (a word of the lists,
    or a subject of its own: goods_object.names_other_subject)."""
    return bool(NOT_TRADE.search(s, lo, hi) or MACRO.search(s, lo, hi) or names_other_subject(s, lo, hi)
                or names_goods_item(s, lo, hi))


# "весь/всего" before a time ("за весь 2005 г. товарооборот", "за всего полгода") is about the
# period, not the flow.
TOTAL_TRADE = re.compile(r"(?<![а-яё])(?:внешн\w+\s+торгов\w+|внешнеторгов\w+|"
                         r"(?:весь|всей|вся|всего)(?!\s+(?:\d|год|период|месяц|квартал|полугоди|полгода|срок))|"
                         r"общ\w+|суммарн\w+|внешн\w+\s+товарооборот\w*)(?![а-яё])", re.I)
# Plans, forecasts and goals.
TARGET_CUES = re.compile(
    r"(?<![а-яё])(?:планир\w*|план\b|намерен\w*|намерева\w*|рассчитыва\w*|цел[иья]?\b|цель|целью|задач\w*|"
    r"прогноз\w*|ожида\w*|может|могут|способн\w*|способен|долж(?:ен|н\w*)|довести|нарастить|выйти\s+на|выход(?:а|ом|у)?\s+на|собира\w*|"
    r"хоч\w*|хотят|договорил\w*|условил\w*|договоренност\w*|поручен\w*|поручил\w*|предсказ\w*|будет|будут|предполага\w*|удвоить|утроить|"
    r"реально|задани\w*|при\s+план\w*|предусматрива\w*|предусмотрен\w*|скоро|вскоре|в\s+ближайш\w+|достичь|достигнуть|превысить|перешагнуть|нужно|необходимо|"
    r"стрем\w*|ориентир\w*|чтобы?|потенциал\w*|"
    # what the sides are able to reach: "в состоянии / в силах увеличить", "имеют (все) возможности нарастить"
    r"в\s+состоянии|в\s+силах|(?:име\w*|есть)\s+(?:все\s+)?возможност[иь]|(?:взял\w*|взят\w*|держ\w*)\s+курс\s+на)(?![а-яё])",
    re.I)
ANAPHORA = re.compile(r"(?<![а-яё])(?:он|она|они|показатель|сумма|цифра|объем|объём)(?![а-яё])", re.I)


@dataclass(frozen=True)
class MetricMention:
    start: int
    end: int
    metric: str
    labels_before: bool = False   # "… $1,9 млрд пришлось на экспорт"
    strong_label: bool = False    # "пришлось на", "— на": labels the amount before even if one follows
    product: bool = False         # "экспорт мяса", "поставки молочной продукции": one product group


# "компаний, экспортирующих продукцию": an active participle describes firms, not a flow;
# "оборот торгового дома", "оборот компании": one firm's sales.
_ACTIVE_PARTICIPLE = re.compile(r"(?:ющ|ящ|вш)(?:ий|ая|ее|ие|его|ей|ему|им|их|ими|ую|ем|ой)$", re.I)
_FIRM = r"(?:торгов\w+\s+дом|компани|предприяти|фирм|магазин|сет(?:[иья]|е[йм]|ям)|холдинг|завод)\w*"
_FIRM_AFTER = re.compile(r"\s+(?:[а-яё]+\s+){0,2}" + _FIRM, re.I)

_THEIR_BEFORE = re.compile(r"(?<![а-яё])их\s+$", re.I)
# "откроется торговый дом с годовым оборотом около 10 млн", "открыли 15 товаропроводящих сетей с оборотом 30 млн":
# the firms' own sales.
_FIRM_WITH = re.compile(_FIRM + r"(?:\s+[а-яё-]+){0,3}\s+с\s+(?:[а-яё]+\s+){0,2}$", re.I)


def _describes_firms(text: str, m: re.Match) -> bool:
    word = m.group().lower()
    if _ACTIVE_PARTICIPLE.search(word):
        return True
    if word.startswith(("экспортн", "импортн")) and _FIRM_AFTER.match(text, m.end()):
        return True   # "на белорусских экспортных предприятиях": firms, not a flow
    if word.startswith("оборот") and _THEIR_BEFORE.search(text, max(0, m.start() - 6), m.start()):
        return True   # "работают 20 совместных предприятий, их оборот …": the firms' sales
    if word.startswith(("оборот", "товарооборот")) and _FIRM_WITH.search(text, max(0, m.start() - 80), m.start()):
        return True
    return word.startswith("оборот") and bool(_FIRM_AFTER.match(text, m.end()))


def _flow_value(text: str, start: int) -> bool:
    """ "Стоимость (белорусского) экспорта": the value of the flow, not a price."""
    return bool(_FLOW_VALUE.match(text, start) and _VALUE_OF.search(text, max(0, start - 30), start))


# "Товарооборот (экспорт плюс импорт)", "(экспорт + импорт)": a gloss of the turnover word, not two flows.
_GLOSS = re.compile(r"\(\s*(?:экспорт|импорт)\w*\s*(?:\+|плюс|и)\s*(?:экспорт|импорт)\w*\s*\)", re.I)


@shared_scan   # the same sentence is asked for by several rules of one article
def find_metrics(text: str) -> list[MetricMention]:
    """Trade keywords in a sentence.

    >>> [m.metric for m in find_metrics("Товарооборот вырос, экспорт — на 5 %, ввоз — на 3 %")]
    ['turnover', 'export', 'import']
    """
    out = []
    bodies = None   # a body's name in the sentence: looked for only once a keyword is found
    glosses = [g.span() for g in _GLOSS.finditer(text)] if "(" in text else []
    plain = blank_causes(text)
    for m in _METRIC.finditer(text):
        if any(lo <= m.start() < hi for lo, hi in glosses):
            continue
        if bodies is None:
            bodies = _BODY_WORD.search(text) is not None
        if _FREIGHT_AFTER.match(text, m.end()) or _CAUSE_BEFORE.search(text, max(0, m.start() - 40), m.start()) \
                and not _OWN_CHANGE_AFTER.match(text, m.end()) \
                or _SERVICE_BEFORE.search(text, max(0, m.start() - 20), m.start()) or _describes_firms(text, m) \
                or _PRICE_OF.search(text, max(0, m.start() - 30), m.start()) and not _flow_value(text, m.start()) \
                or _BALANCE_OF.search(text, max(0, m.start() - 30), m.start()) \
                or _POTENTIAL_AFTER.match(text, m.end()) \
                or _POTENTIAL_BEFORE.search(text, max(0, m.start() - 30), m.start()) \
                or bodies and _INSTITUTION_BEFORE.search(text, max(0, m.start() - 50), m.start()) \
                or _PER_UNIT_BEFORE.search(text, max(0, m.start() - 40), m.start()):
            continue
        metric = m.lastgroup.rstrip("0123456789")
        window = text[max(0, m.start() - 34):m.start()]
        dashed = bool(_DASH_LABEL.search(window)) and bool(_CLAUSE_END.match(text, m.end()))
        post = bool(_POST_LABEL.search(window)) or dashed
        earlier = bool(out) and out[-1].product and not composition_flow(text, out[-1].start, out[-1].end)
        product = is_product_flow(plain if plain[m.start()] != " " else text, m.start(), m.end(), earlier,
                                  out[-1].end if out else -1)
        out.append(MetricMention(m.start(), m.end(), metric, post, bool(_STRONG_LABEL.search(window)) or dashed,
                                 product))
    return out
