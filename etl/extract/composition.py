"""What a flow is made of is no product's flow: "Основу белорусского экспорта в Узбекистан составляют
тракторы", "Лидером экспорта остаются молочные продукты", "Армения закупает в Беларуси в основном
продовольствие и технику". Such a flow word names the whole trade and then its main goods: a figure
in the same clause is still the product's (products.py), but the next sentence's flow, or a flow
after a colon, is not made a product's by it ("…: в 2024 году импорт из Беларуси составил 300 млн").
Nor is a flow that talks were about ("обсуждались поставки сельхозтехники"): an agenda, not a product's trade.
"""

from __future__ import annotations

import re

# "Основу/В основе/Львиную долю/Большую часть/В структуре/Лидером … экспорта": the whole, before it
_WHOLE_BEFORE = re.compile(
    r"(?<![а-яё])(?:основ[уаы]|в\s+основе|структур\w+|больш\w+\s+част\w+|основн\w+\s+част\w+|львин\w+\s+дол\w+|"
    r"лидер\w*|ассортимент\w*|номенклатур\w*|костяк\w*|тройк\w+\s+лидеров|перечн\w*)"
    # the flow is the whole's genitive, no preposition between: "лидером по закупкам" ranks buyers of a product
    r"\s+(?:(?!по\s|среди\s|в\s|на\s|для\s)[а-яё-]+\s+){0,2}$", re.I)
# "закупает в основном продовольствие", "поставляет преимущественно технику": the main goods, after it
_MAINLY_AFTER = re.compile(r"^\s*(?:[а-яё-]+\s+){0,3}?(?:в\s+основном|преимущественно|главным\s+образом|"
                           r"прежде\s+всего|в\s+первую\s+очередь)(?![а-яё])", re.I)


def composition_flow(text: str, start: int, end: int) -> bool:
    """The flow word at text[start:end] is the whole whose main goods the clause lists."""
    return bool(_WHOLE_BEFORE.search(text, max(0, start - 60), start)
                or _MAINLY_AFTER.match(text[end:end + 60]))


# "обсуждались поставки …", "стороны обсудили создание … и поставки …", "речь шла о поставках …", "договорились о
# поставках …": the product's supplies are what the talk was about, in the same clause or list, however long the
# list of topics before them ("обсуждались маршруты …, паромное сообщение …, поставки …")
_TALKED_BEFORE = re.compile(r"(?<![а-яё])(?:обсу[дж]\w*|речь\s+шла|шла\s+речь|говорил\w*|договорил\w*|"
                            r"рассмотрел\w*|затронул\w*|обменял\w*)(?![а-яё])[^.;:!?]{0,240}$", re.I)


def talked_flow(text: str, start: int) -> bool:
    """The flow word at text[start] is what a talk was about ("обсудили поставки зерна"), not a trade stated."""
    return bool(_TALKED_BEFORE.search(text, max(0, start - 260), start))
