"""Numbers written with digits or words: "1 234,5", "1.6", "полтора", "двух"."""

from __future__ import annotations

import functools
import itertools
import re

from etl.extract.morph import _MORPH, norm

# Digits with optional thousands groups and a decimal comma or point. Groups are separated by a
# space, NBSP, narrow NBSP or thin space, or by a dot or a comma repeated ("1.250.000", "1,250,000":
# a single ".250"/",250" stays a decimal, as Russian writes it and as "1.250 млрд" means).
GROUP_SEP = "[ \u00a0\u202f\u2009]"   # space, NBSP, narrow NBSP, thin space between groups of three
NUM = (rf"(?<![\d.,])(?:\d{{1,3}}(?:(?:{GROUP_SEP}\d{{3}})+(?![\d])|(?:\.\d{{3}}){{2,}}(?!\d|\.\d)|"
       r"(?:,\d{3}){2,}(?!\d|,\d))|\d+)(?:[.,]\d+)?(?![\d])")

# Number words by their normal form (pymorphy3 gives it for every case: "двух" → "два").
NUMBER_WORDS = {
    "один": 1, "два": 2, "три": 3, "четыре": 4, "пять": 5, "шесть": 6, "семь": 7, "восемь": 8,
    "девять": 9, "десять": 10, "одиннадцать": 11, "двенадцать": 12, "пятнадцать": 15,
    "двадцать": 20, "тридцать": 30, "сорок": 40, "пятьдесят": 50, "шестьдесят": 60, "семьдесят": 70,
    "восемьдесят": 80, "девяносто": 90, "сто": 100, "двести": 200, "триста": 300, "четыреста": 400,
    "пятьсот": 500, "шестьсот": 600, "семьсот": 700, "восемьсот": 800, "девятьсот": 900,
    "полтора": 1.5, "полтора́": 1.5, "полуторый": 1.5,
}
NUMWORD = (r"(?:двест\w+|двухсот\w*|трист\w+|тр[её]хсот\w*|девяност\w+|"
           r"одн\w*|один|два|две|двух|двум|тр[её]х|три|четыр\w+|пят\w*|шест\w+|сем\w+|"
           r"восем\w*|восьм\w+|девят\w+|десят\w+|одиннадцат\w+|двенадцат\w+|пятнадцат\w+|"
           r"двадцат\w+|тридцат\w+|сорок\w*|пятьдесят\w*|ст[оа]|полтор\w+|полутор\w+)")
NUMBER = rf"(?:{NUM}|{NUMWORD})"
# A fraction before a multiplier: "четверть миллиарда", "трети миллиона", "три четверти миллиарда".
FRACTION = (r"(?:(?:одн[ауо]|дв[еу]х|две|тр[её]х|три)\s+)?(?:четверт(?:ь|и|ью|ей)|трет(?:ь|и|ью|ей))"
            r"(?![а-яё])")
_FRACTION_RE = re.compile(FRACTION)


def parse_number(text: str) -> float:
    """A number written with digits, any thousands separator and a decimal comma or point.

    >>> parse_number("1 599 059,38"), parse_number("1,6"), parse_number("4.01")
    (1599059.38, 1.6, 4.01)
    >>> parse_number("1\u00a0234,5"), parse_number("12\u202f500"), parse_number("12\u2009500")
    (1234.5, 12500.0, 12500.0)
    >>> parse_number("1.250.000,5"), parse_number("1,250,000")
    (1250000.5, 1250000.0)
    """
    s = re.sub(GROUP_SEP, "", text)
    if s.count(".") > 1:     # "1.250.000,5": dots group thousands
        s = s.replace(".", "")
    elif s.count(",") > 1:   # "1,250,000.5": commas group thousands
        s = s.replace(",", "")
    return float(s.replace(",", "."))


@functools.lru_cache(maxsize=4096)
def word_number(word: str) -> float | None:
    """The value of a number word in any case, or None.

    >>> word_number("двух"), word_number("полтора"), word_number("трёх"), word_number("книга")
    (2, 1.5, 3, None)
    """
    w = norm(word)
    if w in NUMBER_WORDS:
        return NUMBER_WORDS[w]
    for p in _MORPH.parse(w):
        if p.normal_form in NUMBER_WORDS and p.tag.POS in ("NUMR", "ADJF", None):
            return NUMBER_WORDS[p.normal_form]
    if w.startswith(("полтор", "полутор")):
        return 1.5
    return None


def number_value(text: str) -> float | None:
    """Digits or a number word.

    >>> number_value("9"), number_value("восьми")
    (9.0, 8)
    """
    if text[:1].isdigit():
        return parse_number(text)
    if _FRACTION_RE.fullmatch(text.lower()):
        return fraction_value(text)
    if " " in text.strip():
        return compound_number(text)
    return word_number(text)


def compound_number(text: str) -> float | None:
    """Number words written one after another, each of a lower order than the one before ("сто
    сорок", "двухсот пятидесяти трех"); only the last word counts when the words before it are no
    such sequence ("семьи двух").

    >>> compound_number("сто сорок"), compound_number("двухсот пятидесяти трех"), compound_number("два три")
    (140, 253, 3)
    """
    values = [word_number(w) for w in text.split()]
    if all(v is not None for v in values) and all(_order(a) > b for a, b in itertools.pairwise(values)):
        return sum(values)
    return values[-1]


def _order(n: float) -> float:
    """The smallest value a number word of n's order leaves room for after it: 100 → 100, 40 → 10."""
    return 100 if n >= 100 else 10 if n >= 20 else 1


def fraction_value(text: str) -> float:
    """A fraction written in words, "четверть" or "три четверти".

    >>> fraction_value("четверть"), fraction_value("три четверти"), fraction_value("двух третей")
    (0.25, 0.75, 0.6666666666666666)
    >>> fraction_value("3 четверти")
    0.75
    """
    *count, part = text.lower().split()
    if part == "часть":   # "пятую часть", "десятую часть"
        return 0.1 if count[-1].startswith("десят") else 0.2
    share = 0.25 if part.startswith("четверт") else 1 / 3
    return share * (number_value(count[0]) if count else 1)
