"""A figure for one product or product group is not a fact (FORMAT.md): "экспорт мяса вырос на
7 %", "поставки молочной продукции — 120 млн", "несырьевой неэнергетический экспорт".

Facts are a pair's total trade in goods. The product is named next to the flow word, in its
clause: after it ("поставки овощей", "продала Казахстану колбасных изделий"), right before it
("зерновых поставок", "агроэкспорт") or as the object that precedes a verb ("узбекского текстиля
… купили Россия"); "такой/этой продукции", "эти поставки" refer back to a product just named.
"""

from __future__ import annotations

import re

# Product and product-group stems. "техника", "товары", "продукция" alone are general words.
_STEMS = (
    r"мяс|свинин|говядин|баранин|птиц[ыа]|молок|молочн|сыр(?:а|ов|ы)?(?![а-яё])|сливочн|масл[оаяе]|масложиров|"
    r"зерн|пшениц|ячмен|кукуруз|мук[аиу](?![а-яё])|отруб|рыб|икр[аыу]|морепродукт|колбас|сосис|овощ|фрукт|"
    r"ягод|картоф|яблок|цитрус|продовольств|продукт\w*\s+питания|пищев|сельхоз|сельскохозяйственн|"
    r"агро(?!город)|апк(?![а-яё])|кондитер|сахар|мороженого|текстил|одежд|обув|трикотаж|"
    r"нефт|газ(?:а|ом|у)?(?![а-яё])|сжиженн|угл(?:я|ем)(?![а-яё])|уголь|угольн|металл|алюмини|"
    r"древесин|пиломатериал|лесоматериал|удобрени|калийн|лекарств|фармацевт|медикамент|"
    r"несырьев|неэнергетич|автомобил|трактор|автобус|грузовик|электроэнерг"
)
PRODUCT = re.compile(rf"(?<![а-яё])(?:{_STEMS})", re.I)
# "такой продукции", "этой продукции", "таких товаров": the product group just named.
_SUCH = re.compile(r"(?<![а-яё])(?:так|эт)(?:ой|их|ая|ие|ую|ого|и|и[хм])\s+(?:продукци|товар|поставк|экспорт|"
                   r"импорт|закупк)\w*", re.I)
_BREAK = re.compile(r"[,;:()]|\s[–—-]\s")
_WORDS_AFTER = 6


def _after(text: str, end: int) -> str:
    """The words after the flow word up to the clause's end, at most a few words."""
    brk = _BREAK.search(text, end)
    stretch = text[end:brk.start() if brk else len(text)]
    return " ".join(stretch.split()[:_WORDS_AFTER])


def _before(text: str, start: int) -> str:
    """The clause before the flow word (back to a comma, colon, bracket or dash)."""
    head = text[max(0, start - 80):start]
    cut = max((m.end() for m in _BREAK.finditer(head)), default=0)
    return head[cut:]


def is_product_flow(text: str, start: int, end: int, earlier_product: bool) -> bool:
    """True when the flow word at text[start:end] measures one product or product group."""
    word = text[start:end]
    if PRODUCT.search(word):           # "агроэкспорт", "нефтеэкспорт"
        return True
    if PRODUCT.search(_after(text, end)):
        return True
    before = _before(text, start)
    if PRODUCT.search(before):
        return True
    return earlier_product and bool(re.search(r"(?<![а-яё])(?:эт|так)\w*\s+$", before, re.I))


def product_money(text: str, lo: int, start: int) -> bool:
    """ "Из них на текстильную продукцию пришлось 182,8 млн": a product named in the amount's
    own clause, before it, with no flow word between."""
    return bool(PRODUCT.search(_before(text, start)[-60:]) or _SUCH.search(text, max(lo, start - 40), start))
