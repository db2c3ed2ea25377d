"""Cues of the errors the rules make on text they were not tuned on, for the confidence model.

Each cue reads one finished fact and its sentence (lower-cased and scanned once per sentence, a
handful of regular expressions, no scan of the article): a goods word right before the figure (a
figure for one product, not for the trade), a quantity in tonnes or heads (a product's figures), a
group of countries or regions as partner ("со странами СНГ"), the figure's place among the
sentence's numbers (the later, the likelier a list or a part), growth "в N раз" (changes over years,
periods taken from elsewhere), a percent written as an index ("119,4 % к уровню", "темп роста") that
the rules read as a change or miss, and the size of the figure (a spurious figure is often small).
Each was kept because it lowered the held-out log loss and raised the AUC on the untuned snapshot
(docs/extraction.md, "Confidence"); about twenty other cues tried there did not, and were dropped.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from etl.extract.gates import letter_tree
from etl.model import Fact

# Goods named in trade news: a figure a few words after one is usually that product's, not the pair's.
# Plain stems, matched as one letter tree (gates.letter_tree): a regex alternation of ninety words
# would try each at every position of the Cyrillic text.
GOODS = (
    "мука", "муки", "муку", "муке", "колбас", "текстил", "издели", "свинин", "говядин", "птиц", "куриц", "курин",
    "хлоп", "кондитер", "морожен", "икра", "икры", "икру", "консерв", "алюмин", "сталь", "стального", "пиломатериал",
    "бумаг", "целлюлоз", "шоколад", "кофе", "яблок", "цветов", "цветы", "пива", "пиво", "водк", "алкогол", "табак",
    "сигарет", "медикамент", "семян", "семена", "отруб", "ягод", "орех", "масличн", "подсолнеч", "кукуруз", "ячмен",
    "круп", "минерал", "шерст", "кожи", "кожа", "мебел", "обув", "одежд", "трикотаж", "автобус", "грузовик", "вагон",
    "самолет", "судов", "турбин", "насос", "кабел", "стекл", "цемент", "кирпич", "плитк", "продовольств",
    "продуктов питания", "продукты питания", "сельхоз", "агропрод", "нефт", "угол", "угля", "древесин", "удобрен",
    "калий", "зерн", "пшениц", "рыб", "молок", "молоч", "мяс", "сыр", "масл", "сахар", "овощ", "фрукт", "картоф",
    "лекарств", "техник", "трактор", "автомобил", "машин", "оборудован", "металл", "комбайн")
_GOODS = re.compile(letter_tree(GOODS))
_QUANTITY = re.compile(letter_tree(("тонн", "голов", "штук", "литр", "кубометр")))
# A group as partner; "между странами", "обе страны" name the pair itself and are left out.
_GROUP = re.compile(letter_tree(("снг", "еаэс", " ес ", " ес,", " ес.", "евросоюз", "со странами", "стран ", "зарубеж",
                                 "регионами", "регионов", "государствами")))
_TIMES = re.compile(r"\bв\s+(?:\d+(?:[.,]\d+)?|два|две|три|четыре|пять|шесть|семь|восемь|девять|десять|полтора)"
                    r"\s+раз")
_INDEX = re.compile(r"темп|\d\s?%\s+к\s|процент[а-я]*\s+к\s|\d{3}(?:[.,]\d+)?\s?%")
_GOODS_BEFORE = 80   # characters before the figure searched for a goods word

CUES = ("goods_near", "quantity_words", "group_words", "figure_rank", "times_in_quote", "percent_index",
        "value_log")


@dataclass(frozen=True)
class Sentence:
    """A sentence lower-cased, with what is counted once for all its facts."""

    low: str
    quantity: float
    group: float
    times: float
    index: float


def sentence(quote: str) -> Sentence:
    """The sentence's cues; the two regular expressions run only where their key word is (most
    sentences have no "раз", "%", "процент" or "темп")."""
    low = quote.lower()
    times = len(_TIMES.findall(low)) if "раз" in low else 0
    index = ("%" in low or "процент" in low or "темп" in low) and bool(_INDEX.search(low))
    return Sentence(low, float(bool(_QUANTITY.search(low))), float(bool(_GROUP.search(low))), float(times),
                    float(index))


def cues(fact: Fact, s: Sentence, pos: int | None, numbers: tuple[int, ...]) -> dict[str, float]:
    """The cues of one fact; `pos` is where its figure stands in the sentence (None: not found),
    `numbers` where each number of the sentence starts."""
    found = pos is not None
    return {
        "goods_near": float(found and bool(_GOODS.search(s.low, max(0, pos - _GOODS_BEFORE), pos))),
        "quantity_words": s.quantity, "group_words": s.group,
        "figure_rank": float(sum(1 for p in numbers if p < pos)) if found else 0.0,
        "times_in_quote": s.times, "percent_index": s.index,
        "value_log": math.log10(fact.value) if fact.value and fact.value > 1 else 0.0,
    }
