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

from etl.model import Fact

# Goods named in trade news: a figure a few words after one is usually that product's, not the pair's.
_GOODS = re.compile(
    r"мук[аиуе]|колбас|текстил|издели|свинин|говядин|птиц|кур[иы]|хлоп|кондитер|морожен|икр[аыи]|консерв|"
    r"алюмин|стал[ьи]|пиломатериал|бумаг|целлюлоз|шоколад|кофе|яблок|цвет[оы]|пив[ао]|водк|алкогол|табак|"
    r"сигарет|медикамент|семян|семена|отруб|ягод|орех|масличн|подсолнеч|кукуруз|ячмен|круп|минерал|шерст|"
    r"кож[аи]|мебел|обув|одежд|трикотаж|автобус|грузовик|вагон|самолет|судов|турбин|насос|кабел|шин[аы]?\b|"
    r"стекл|цемент|кирпич|плитк|продовольств|продукт[а-я]* питания|сельхоз|агропрод|нефт|угол|угля|древесин|"
    r"удобрен|калий|зерн|пшениц|рыб|молок|молоч|мяс|сыр|масл|сахар|овощ|фрукт|картоф|лекарств|техник|"
    r"трактор|автомобил|машин|оборудован|металл|комбайн")
_QUANTITY = re.compile(r"тонн|\bт\b|голов|штук|литр|кубометр")
_GROUP = re.compile(r"\bснг\b|еаэс|\bес\b|евросоюз|стран(?:ами|ы|ам)\b|зарубеж|регион(?:ами|ов|ы)\b|"
                    r"государств(?:ами|а)\b")
_TIMES = re.compile(r"\bв\s+(?:\d+(?:[.,]\d+)?|два|две|три|четыре|пять|шесть|семь|восемь|девять|десять|полтора)"
                    r"\s+раз")
_INDEX = re.compile(r"темп|\d\s?%\s+к\s|процент[а-я]*\s+к\s|\d{3}(?:[.,]\d+)?\s?%")
_NUMBER = re.compile(r"(?<![\d.,])\d+(?:[.,]\d+)?")
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
    low = quote.lower()
    return Sentence(low, float(bool(_QUANTITY.search(low))), float(bool(_GROUP.search(low))),
                    float(len(_TIMES.findall(low))), float(bool(_INDEX.search(low))))


def cues(fact: Fact, s: Sentence, pos: int | None) -> dict[str, float]:
    """The cues of one fact; `pos` is where its figure stands in the sentence (None: not found)."""
    found = pos is not None
    return {
        "goods_near": float(found and bool(_GOODS.search(s.low, max(0, pos - _GOODS_BEFORE), pos))),
        "quantity_words": s.quantity, "group_words": s.group,
        "figure_rank": float(sum(1 for _ in _NUMBER.finditer(s.low, 0, pos))) if found else 0.0,
        "times_in_quote": s.times, "percent_index": s.index,
        "value_log": math.log10(fact.value) if fact.value and fact.value > 1 else 0.0,
    }
