"""A figure for one product or product group is not a fact (FORMAT.md): "экспорт мяса вырос на
7 %", "поставки молочной продукции — 120 млн", "несырьевой неэнергетический экспорт".

Facts are a pair's total trade in goods. The product is named next to the flow word, in its
clause: after it ("поставки овощей", "продала Казахстану колбасных изделий"), right before it
("зерновых поставок", "агроэкспорт") or as the object that precedes a verb ("узбекского текстиля
… купили Россия"); "такой/этой продукции", "эти поставки" refer back to a product just named.
"""

from __future__ import annotations

import functools
import re

from etl.extract.goods_object import (
    FLOW_STEM,
    firm_subject,
    flow_is_verb,
    names_goods_after,
    names_goods_portion,
    traded_in,
    word_kind,
)

# Product and product-group stems. "техника", "товары", "продукция" alone are general words.
_STEMS = (
    r"мяс|свин(?:ин|ей|ь[июя]|ам)|говядин|баранин|птиц[ыа]|молок|молоч|сыр(?:а|ов|ы)?(?![а-яё])|сливочн|масл[оаяе]|масложиров|"
    r"зерн|пшениц|ячмен|кукуруз|мук[аиу](?![а-яё])|отруб|рыб|икр[аыу]|морепродукт|колбас|сосис|овощ|фрукт|"
    r"ягод|картоф|яблок|цитрус|продовольств|продукт\w*\s+питания|продукт(?:ов|ы|ами|ах)(?![а-яё])|пищев|сельхоз|сельскохозяйственн|"
    r"агро(?!город)|апк(?![а-яё])|кондитер|сахар|мороженого|текстил|одежд|обув|трикотаж|"
    r"нефт|газ(?:а|ом|у)?(?![а-яё])|сжиженн|угл(?:я|ем)(?![а-яё])|уголь|угольн|металл|алюмини|"
    r"древесин|пиломатериал|лесоматериал|удобрени|калийн|лекарств|фармацевт|медикамент|"
    r"несырьев|неэнергетич|техник|автомобил|трактор|автобус|грузовик|электроэнерг|"
    r"мебел|комбайн|лифт(?:ов|ы|а)?(?![а-яё])|станк|семян|семен[аи](?![а-яё])|стекл[аоу](?![а-яё])|цемент|"
    r"пряж|табак|табачн|алкогол|пив[оа](?![а-яё])|яиц|яйц|бумаг|картон|шин(?:ы|ами)?(?![а-яё])|топлив|"
    # more groups real passages name (issue 9): equipment, chemicals, materials, brands of machines
    r"медицинск\w*\s+(?:издели|оборудовани|техник|препарат)|машиностроени|потребительск\w*\s+товар|"
    r"химическ|химволок|бытов\w*\s+(?:хими|техник)|пластмасс|полимер|стройматериал|строительн\w*\s+материал|"
    r"оборудовани|запчаст|автокомпонент|косметик|электроник|электротехн|кабельн|"
    r"прибор(?:ы|ов|ами)(?![а-яё])|ча(?:й|я|ю)(?![а-яё])|кофе(?![а-яё])|вин[оа](?![а-яё])|напитк|"
    r"сок(?:ов|и)(?![а-яё])|хлоп(?:ок|ка)(?![а-яё])|шерст|руд[аыу](?![а-яё])|мед[ьи](?![а-яё])|золот|алмаз|"
    r"бензин|кали[йя](?![а-яё])|поташ|асбест|вакцин|круп[аы](?![а-яё])|корм(?:а|ов)(?![а-яё])|скот|лошад|"
    r"гриб|игрушк|посуд|лакокрас|краск|цвет(?:ы|ов|ами)(?![а-яё])|цветоч|л[её]н(?![а-яё])|льн|плодоовощ|"
    # a group named as the flow's adjective or its producers: "машиностроительный/лесной/сырьевой/аграрный экспорт"
    r"машиностроит|лесн(?:ой|ого|ому|ым|ом|ая|ую|ые|ых)(?![а-яё])|(?<!не)сырьев|аграр|"
    r"фанер|рапс|подсолнечн|коньяк|водк|"
    # a group named by what its goods are ("высокотехнологичной/инновационной/наукоемкой продукции")
    r"высокотехнолог|наукоемк|наукоёмк|(?:инновационн|органическ)\w*\s+(?:продукци|товар|издели)|"
    r"экологически\s+чист|(?:бел)?аз(?:ов|ы)?(?![а-яё])|маз(?:ов|ы)?(?![а-яё])|мтз(?![а-яё])|"
    # services are not goods ("экспорт услуг"); "товаров и услуг" is the pair's trade as stated
    r"(?<!товаров и )(?<!товарами и )(?<!товары и )(?<!с учетом )(?<!с учётом )(?<!включая )услуг"
)
# Scanned on lower-cased windows without re.I (a large alternation is several times slower with it).
PRODUCT = re.compile(rf"(?<![а-яё])(?:{_STEMS})")
# "такой продукции", "этой продукции", "таких товаров": the product group just named.
_SUCH = re.compile(r"(?<![а-яё])(?:так|эт)(?:ой|их|ая|ие|ую|ого|и|и[хм])\s+(?:продукци|товар|поставк|экспорт|"
                   r"импорт|закупк)\w*", re.I)
_SUCH_GOODS = re.compile(r"(?<![а-яё])(?:так|эт)(?:ой|их|ую)\s+(?:продукци|товар)\w*", re.I)
# A comma between digits is a decimal comma ("4,45 тыс. тонн"), not a clause break.
_BREAK = re.compile(r"(?<!\d),|,(?!\d)|[;:()]|\s[–—-]\s")
_WORDS_AFTER = 6
# "поставлено техники и различных изделий": a product listed with goods in general is the total.
_DASH_BEFORE = re.compile(r"\s[–—-]\s*(?:на\s+)?(?:[$€]\s*)?$")   # "сельхозпродукции — на 300 млн"
_BRACKET_BEFORE = re.compile(r"\s\(\s*(?:[$€]\s*)?$")
_AND_GOODS = re.compile(r"(?<![а-яё])и\s+(?:[а-яё]+\s+)?(?:издели|товар)")
# A physical quantity: the goods it weighs or counts are named right after it ("ввез 4,45 тыс. тонн
# готовой и консервированной рыбы"), so the window reaches a few words past the unit.
_UNIT = re.compile(r"(?:тонн\w*|т\.?|штук\w*|голов|литр\w*|кубометр\w*|баррел\w*)$")
_WORDS_PAST_UNIT = 4


def _after(text: str, end: int, stop: int) -> str:
    """The words after the flow word up to the clause's end (`stop`), at most a few words (a few more
    past a physical quantity's unit)."""
    words = text[end:stop].split()
    units = [k for k, w in enumerate(words[:_WORDS_AFTER + 2]) if _UNIT.match(w.lower())]
    return " ".join(words[:max(_WORDS_AFTER, units[0] + 1 + _WORDS_PAST_UNIT) if units else _WORDS_AFTER])


def _before(text: str, start: int) -> str:
    """The clause before the flow word (back to a comma, colon, bracket or dash)."""
    head = text[max(0, start - 80):start]
    cut = 0
    for m in _BREAK.finditer(head):   # the last break's end (they come in order)
        cut = m.end()
    return head[cut:]


@functools.lru_cache(maxsize=4096)
def _names_product(word: str) -> bool:
    """A flow word that itself names goods; cached, since the same few flow words come again and again."""
    return PRODUCT.search(word) is not None


def is_product_flow(text: str, start: int, end: int, earlier_product: bool, earlier_end: int = -1) -> bool:
    """True when the flow word at text[start:end] measures one product or product group; after a
    colon that follows a product's flow word ("покупатели российского зерна уменьшили закупки:
    поставки в Турцию снизились на 60 %") it details that product."""
    if earlier_product and 0 <= earlier_end and ":" in text[earlier_end:start] \
            and not re.search(r"[.;]", text[earlier_end:start]):
        return True
    if _names_product(text[start:end].lower()):   # "агроэкспорт", "нефтеэкспорт"
        return True
    brk = _BREAK.search(text, end)   # the clause's end: read by the words after and by the goods named
    stop = brk.start() if brk else len(text)
    after = _after(text, end, stop).lower()
    if PRODUCT.search(after) and not _AND_GOODS.search(after):
        return True
    flow = text[start:end]
    verb = flow_is_verb(flow)
    if names_goods_after(text, end, stop, verb) or traded_in(flow, text, end, stop):
        return True   # "экспорт вагонов", "продала в Москву кирпича", "торговля лесом": goods the stems do not list
    before = _before(text, start)
    if PRODUCT.search(before.lower()) or _SUCH_GOODS.search(before):   # "такой продукции регион экспортировал"
        return True
    # "Завод «Атлант» нарастил поставки": a firm's
    if firm_subject(before, text[max(0, start - 40):start], verb):
        return True
    return earlier_product and bool(re.search(r"(?<![а-яё])(?:эт|так)\w*\s+$", before, re.I))


# "0,8 млн долларов — молочная продукция)": a label of up to three words after a dash closing the clause
_LABEL_AFTER = re.compile(r"\s+[–—-]\s+(?!(?:в|во|это|из|по|на|с|со|и|а|или|то|как|что|преимущественно|главным|"
                          r"прежде|почти|около|более|рост|плюс|минус)(?![а-яё]))((?:[а-яё]+\s+){0,2}[а-яё]+)"
                          r"\s*(?:[).;,]|$)", re.I)


def product_label_after(text: str, end: int) -> bool:
    """ "(в том числе 0,8 млн долларов — молочная продукция)": the amount is a product group's, named after it."""
    m = _LABEL_AFTER.match(text, end)
    return bool(m) and bool(PRODUCT.search(m.group(1).lower())) and not _AND_GOODS.search(m.group(1).lower())


def product_money(text: str, lo: int, start: int) -> bool:
    """ "Из них на текстильную продукцию пришлось 182,8 млн": a product named in the amount's
    own clause, before it, with no flow word between."""
    clause = _before(text, start)[-60:]
    # "в том числе продовольствия — 700 млн": the item a dash gives a figure; "молоко (320 млн долларов)": a bracket
    dash = _DASH_BEFORE.search(text, max(0, start - 12), start) or \
        _BRACKET_BEFORE.search(text, max(0, start - 6), start)
    if dash:
        clause = _before(text, dash.start())[-60:]
    before = clause.lower()
    named = PRODUCT.search(before) and not _AND_GOODS.search(before)
    return bool(named or _SUCH.search(text, max(lo, start - 40), start) or names_goods_portion(clause))


_DIGIT = re.compile(r"\d")
_LEAD = re.compile(r"^[\s,;–—-]*(?:(?:а|и|но)\s+)?"
                   r"(?:в\s+том\s+числе|в\s+т\.\s*ч\.|включая|из\s+них|в\s+частности|среди\s+них)?\s*", re.I)
_CAPITAL = re.compile(r"(?<![А-ЯЁа-яё])[А-ЯЁ]")


def names_goods_item(text: str, lo: int, hi: int) -> bool:
    """ "…, в том числе высокотехнологичной продукции — на 40 %", "…, а мебели — вдвое": the clause before a change
    (up to its first number) names a product with no flow word and no place: the change is that product's."""
    stop = _DIGIT.search(text, lo, hi)
    clause = text[lo:stop.start() if stop else hi]
    if FLOW_STEM.search(clause) or _CAPITAL.search(clause.lstrip()[1:]):
        return False
    # the product opens the clause (past "в том числе", "а"), not a phrase of cause ("благодаря ценам на калий")
    words = _LEAD.sub("", clause).split()
    if words and word_kind(words[0].strip(",.;:")) == "prep":
        return False
    low = clause.lower()
    return bool(PRODUCT.search(low)) and not _AND_GOODS.search(low)
