"""Qualifiers before an amount or a change → bound (eq, gt, lt, approx)."""

from __future__ import annotations

import re

# Meanings as data; longer phrases first so "не более" wins over "более".
BOUND_CUES = (
    (r"не\s+менее(?:\s+чем)?|не\s+меньше(?:\s+чем)?|как\s+минимум|минимум", "gt"),
    (r"не\s+более(?:\s+чем)?|не\s+больше(?:\s+чем)?|не\s+превыш\w*|не\s+превыс\w*|максимум", "lt"),
    # "вплотную подошел к отметке в", "подходит к", "близок к": a level come close to, like "приблизился к"
    (r"без\s+малого|приблизи\w*\s+к|приближа\w*\s+к|(?:подош(?:[её]л|л[аио])|подойд\w+|подход\w+|близ(?:ок|ка|ко|ки))\s+к|"
     r"(?:практически|вплотную)(?:\s+дош\w+\s+до)?|фактически", "approx"),
    (r"около|порядка|почти|примерно|приблизительно|ориентировочно|в\s+районе|~|≈|под(?![а-яё])", "approx"),
    (r"более(?:\s+чем)?|свыше(?:\s+чем)?|больше(?![а-яё])|выше(?![а-яё])|превыс\w*|превыш\w*|перешагн\w*|преодол\w*|сверх|"
     r"перевалил\w*\s+за|перевалит\s+за|(?:вышел|вышл[аои]|выйд\w+|выход[ия]т)\s+за", "gt"),
    (r"менее(?:\s+чем)?|меньше(?![а-яё])|ниже(?![а-яё])", "lt"),
)
_CUES = re.compile("|".join(f"(?P<{b}{i}>(?<![а-яё])(?:{p}))" for i, (p, b) in enumerate(BOUND_CUES)),
                   re.I)
# A time phrase or an aside a writer may put between a bound verb and its amount: "превысит по его итогам $60 млрд",
# "превысил в 2024 году", "перешагнул за девять месяцев 2024 года", "превысит, по оценке министра, 400 млн".
_TIME_GAP = (r"(?:по\s+(?:его|её|ее|их)\s+итогам|(?:(?:по\s+итогам|в|во|за|к|к\s+концу|до\s+конца|в\s+течение)\s+"
             r"(?:[а-яё]+\s+){0,2}(?:(?:19|20)\d\d(?:-?(?:го|м))?(?:\s*(?:год[а-я]*|г\.))?|год[а-я]*|месяц\w*|"
             r"квартал\w*|полугоди\w*|пятилетк\w*)))\s*"
             r"|,\s*(?:по|как|согласно)\s+(?:[а-яё.-]+\s*){1,3},\s*")
# What may stand between a cue and its number: a few words like "порог в", "отметку", "$".
_GAP = re.compile(r"^[\s$€₽]*(?:" + _TIME_GAP + r")?[\s$€₽]*(?:[а-яё]+(?:ой|ую|ые|ых|ий|ей|ое)\s+)?"
                  r"(?:(?:порог\w*|планк\w*|отметк\w*|уровн\w*|рубеж\w*|сумм\w*|в|до|на|чем)\s*){0,3}[\s$€₽]*$",
                  re.I)


def bound_before(text: str, start: int, floor: int = 0) -> str:
    """The bound a qualifier right before position `start` gives; "eq" when there is none.

    >>> s = "составил более $1,5 млрд"
    >>> bound_before(s, s.index("$"))
    'gt'
    >>> s = "достиг почти 654 млн, а импорт не более 5 млн"
    >>> bound_before(s, s.index("654")), bound_before(s, s.index("5 млн"))
    ('approx', 'lt')
    >>> bound_before("превысил порог в 8,86 млрд", 17)
    'gt'
    """
    lo = max(floor, start - 75)
    best = None
    for m in _CUES.finditer(text, lo, start):
        if _GAP.match(text[m.end():start]):
            best = m
    if best is None:
        return "eq"
    return best.lastgroup.rstrip("0123456789")
