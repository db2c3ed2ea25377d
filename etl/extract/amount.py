"""Money amounts: number + multiplier + currency, in digits or words, single or a range."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from etl.extract.bound import bound_before
from etl.extract.caseless import CaselessPattern, lowered
from etl.extract.currency import AFTER_RE, BEFORE_RE, CODE_BEFORE, RARE_RE, currency_code
from etl.extract.morph import tags
from etl.extract.numbers import FRACTION, NUM, NUMWORD, number_value

# Multipliers as data: the stem of the word → the power it stands for.
MULTIPLIERS = (
    ("полмиллиард", 0.5e9), ("полмиллион", 0.5e6), ("полумиллиард", 0.5e9), ("полумиллион", 0.5e6),
    ("трлн", 1e12), ("триллион", 1e12),
    ("млрд", 1e9), ("миллиард", 1e9), ("млн", 1e6), ("миллион", 1e6), ("тыс", 1e3), ("тысяч", 1e3),
)
MULT = (r"(?:пол(?:у)?миллиард\w*|пол(?:у)?миллион\w*|триллион\w*|трлн\.?|миллиард\w*|млрд\.?|миллион\w*|млн\.?|"
        r"тысяч\w*|тыс\.?)")
DASH = r"[-–—‒−]"
# "1,6 млрд долларов с лишним", "1,6 млрд с небольшим": a little more than the amount (bound gt).
MORE = r"\s+с\s+(?:лишним|небольшим|гаком|хвостиком)(?![а-яё])"
# … after the currency, only where no word follows ("с небольшим ростом" is something else).
MORE_END = rf"{MORE}(?!\s*[а-яё])"

MONEY = CaselessPattern(
    rf"(?:(?P<pre>{BEFORE_RE})\s?)?"
    # "2-х миллиардов", "3-х млрд": a case ending written after the digit
    rf"(?:(?P<num>{NUM})(?:-(?:х|ти|ми)(?![а-яё]))?(?:\s*{DASH}\s*(?P<num2>{NUM}))?"
    # "700 с лишним миллионов долларов": the little more told before the scale word
    rf"(?:(?P<more_a>{MORE}(?=\s*{MULT}))?\s*(?P<mult>(?<![а-яё]){MULT}))?"
    rf"|(?:(?P<wnum>\b(?:{FRACTION}|{NUMWORD}(?:\s+{NUMWORD}){{0,2}}(?:\s+с\s+половиной)?))\s+(?P<wmult>{MULT})"
    rf"|(?P<bare>\b{MULT}))"
    # the lower part of an amount in parts, in words after words: "миллиард двести миллионов"
    rf"(?:\s+(?P<wnum_b>\b{NUMWORD}(?:\s+{NUMWORD}){{0,2}})\s+(?P<wmult_b>{MULT}))?)"
    # … or in digits: "1 млрд 200 млн"
    rf"(?:\s*(?P<num_b>{NUM})\s*(?P<mult_b>{MULT}))?"
    rf"(?:(?P<more>{MORE})?\s*(?P<cur>{AFTER_RE})(?![а-яё]))?(?P<more_b>{MORE_END})?",
)
# Words that may follow an amount written without a currency ("650 миллионов, а ...").
_FREE_FOLLOWERS = frozenset(
    "и а в за по при или до с к что против на из но то же уже лишь всего только рост".split())


@dataclass(frozen=True)
class Money:
    start: int
    end: int
    value: float
    value_hi: float | None     # the upper end of a range ("1,5–1,7 млрд")
    currency: str | None       # None: not written, taken from an earlier amount
    more: bool = False         # "с лишним", "с небольшим" after it: a little more (bound gt)


def money_bound(text: str, m: Money, floor: int = 0) -> str:
    """The bound of an amount: its qualifier before it ("более", "около"), else "gt" for "с лишним" after.

    >>> s = "составил 1,6 млрд долларов с лишним"
    >>> money_bound(s, find_money(s)[0])
    'gt'
    """
    bound = bound_before(text, m.start, floor)
    return "gt" if bound == "eq" and m.more else bound


def multiplier(word: str | None) -> float:
    """The power a multiplier word stands for.

    >>> multiplier("млрд"), multiplier("миллионов"), multiplier(None)
    (1000000000.0, 1000000.0, 1.0)
    """
    if not word:
        return 1.0
    w = word.lower()
    for stem, value in MULTIPLIERS:
        if w.startswith(stem):
            return value
    return 1.0


# Units written short after a scale word ("1,2 млн т зерна", "5 млрд кВт·ч"): a volume, not money.
_UNIT_ABBR = frozenset("т тн кг га км м шт ед чел квт мвт гвт".split())


# "640 млн долларов против 590 млн годом ранее": a time after a bare amount, not the noun it counts
_YEAR_BEFORE_AFTER = re.compile(r"\s*(?:годом\s+ранее|год\s+назад)(?![а-яё])", re.I)


def _followed_by_noun(text: str, end: int) -> bool:
    m = re.match(r"\s*([А-Яа-яЁё]+)", text[end:end + 40])
    if not m or _YEAR_BEFORE_AFTER.match(text, end):
        return False
    word = m.group(1)
    if word.lower() in _UNIT_ABBR:
        return True
    if word.lower() in _FREE_FOLLOWERS:
        return False
    t = tags(word)[0]
    return ("NOUN" in t or "ADJF" in t) and not word[0].isupper()


def _lower_part(m: re.Match, value: float) -> float:
    """The amount with its lower part added ("1 млрд 200 млн"), when that part is below the first's scale."""
    for num, mult in (("wnum_b", "wmult_b"), ("num_b", "mult_b")):
        if m.group(num):
            part = (number_value(m.group(num)) or 0) * multiplier(m.group(mult))
            value += part if part < _scale(value) else 0
    return value


def _value(m: re.Match) -> tuple[float, float | None] | None:
    if m.group("bare"):
        return _lower_part(m, multiplier(m.group("bare"))), None
    mult = multiplier(m.group("mult") or m.group("wmult"))
    words = m.group("wnum") or ""
    half = words.endswith("половиной")   # "трех с половиной миллиардов"
    n = number_value(m.group("num") or (words[:words.rfind(" с ")] if half else words))
    n = n + 0.5 if half and n is not None else n
    if n is None:
        return None
    value = _lower_part(m, n * mult)
    hi = number_value(m.group("num2")) * mult if m.group("num2") else None
    # "1,07 млрд" is 1 070 000 000, not the float product 1070000000.0000001: amounts are whole cents
    return round(value, 2), None if hi is None else round(hi, 2)


def _not_a_range(m: re.Match) -> bool:
    """ "в 2011 - 355,6 млн": a range runs upwards; a year before a dash is not its low end."""
    lo, hi = number_value(m.group("num")), number_value(m.group("num2"))
    return lo is None or hi is None or hi <= lo


_CODE_BEFORE = re.compile(rf"(?P<code>{CODE_BEFORE})\s?$", re.I)
_RARE_AFTER = re.compile(rf"(?P<more>{MORE})?\s*(?P<cur>{RARE_RE})(?![а-яё])(?P<more_b>{MORE_END})?", re.I)


def _written_currency(text: str, m: re.Match) -> tuple[str | None, int, int, bool]:
    """The currency written with an amount, the amount's start and end, and whether "с лишним" stands
    by it: MONEY's own, else — for an amount with a scale word — a rarer one after it (CURRENCY_RARE)
    or a code before it ("USD 1,6 млн"), looked for only here to keep MONEY's scan short."""
    more = bool(m.group("more") or m.group("more_b") or m.group("more_a"))
    if m.group("cur") or m.group("pre") or not (m.group("mult") or m.group("wmult") or m.group("bare")):
        return m.group("cur"), m.start(), m.end(), more
    if rare := _RARE_AFTER.match(text, m.end()):
        return rare.group("cur"), m.start(), rare.end(), more or bool(rare.group("more") or rare.group("more_b"))
    if m.group("num") and (code := _CODE_BEFORE.search(text, max(0, m.start() - 5), m.start())):
        return code.group("code"), code.start(), m.end(), more
    return None, m.start(), m.end(), more


def find_money(text: str) -> list[Money]:
    """Every money amount: a number with a currency, or with a multiplier and no other noun after.

    >>> [(m.value, m.currency) for m in find_money("превысил 1,6 млрд долларов, а $86млн и Br32 млрд")]
    [(1600000000.0, 'USD'), (86000000.0, 'USD'), (32000000000.0, 'BYN')]
    >>> [(m.value, m.value_hi) for m in find_money("до 1,5–2 млрд долларов")]
    [(1500000000.0, 2000000000.0)]
    """
    out = []
    pos = 0
    folded = lowered(text)
    while (m := MONEY.search(text, pos, low=folded)) is not None:
        pos = m.end() if m.end() > m.start() else m.start() + 1
        if m.group("num2") and _not_a_range(m):
            pos = m.start("num2")
            m = MONEY.match(text, m.start(), m.end("num"))
            if m is None:
                continue
        pre = m.group("pre")
        cur, start, end, more = _written_currency(text, m)
        mult = m.group("mult") or m.group("wmult") or m.group("bare")
        if (m.group("wnum") or m.group("bare")) and not cur \
                and not (m.group("bare") and _NEXT_STEP.search(text, max(0, m.start() - 40), m.start())) \
                and not (any(x.currency for x in out) and _WORD_LEVEL.search(text, max(0, m.start() - 30), m.start())):
            continue   # (but "выйти на 500 млн, а затем — и на миллиард": the next step of a plan)
        if m.group("bare") and (not m.group("bare").lower().startswith(("пол", "миллиард", "миллион", "триллион"))
                                or _PLURAL_SCALE.search(m.group("bare"))):
            continue   # "миллиарды/сотни миллионов/несколько миллиардов долларов": no value named
        if not (pre or cur or mult):
            continue
        if not (pre or cur) and _followed_by_noun(text, end):
            continue
        parsed = _value(m)
        if parsed is None:
            continue
        code = currency_code(cur) if cur else currency_code(pre, before=True) if pre else None
        low = _FROM_TO.search(text, max(0, m.start() - 30), m.start()) if m.group("num") and not m.group("num2") \
            else None
        if low and (n := number_value(low.group("n"))) is not None:
            # "составит от 120 до 130 млн долларов": a range, the low end sharing the scale.
            out.append(Money(low.start("n"), end, n * multiplier(mult), parsed[0], code))
            continue
        if m.group("num") and mult and not pre and not m.group("num2"):
            out.extend(_shared_scale(text, m.start(), multiplier(mult), code))
        base = _BARE_FROM.search(text, max(0, m.start() - 30), m.start()) if mult or code else None
        if base and (n := number_value(base.group("n"))) is not None and not (n.is_integer() and 1900 <= n <= 2100) \
                and not any(x.start <= base.start("n") < x.end for x in out):
            # "вырос с 40 до 50 млн долларов": the bare base level takes the new level's scale (_from_to)
            out.append(Money(base.start("n"), base.end("n"), n, None, None))
        out.append(Money(start, end, parsed[0], parsed[1], code, more))
    out = _compound(text, sorted(out + _header_unit_amounts(text, out), key=lambda x: x.start))
    return _stated_currency(text, _from_to(text, _shared_currency(text, _scaled_range(text, out))))


# A scale word in the plural with no number before it ("миллиарды", "сотни миллионов", "несколько
# миллиардов"): a vague order of magnitude, no amount.
_PLURAL_SCALE = re.compile(r"(?:ы|ов|ам|ами|ах)$", re.I)
_RANGE_FROM = re.compile(r"(?<![а-яё])от\s+$", re.I)
_RANGE_TO = re.compile(r"\s+до\s+", re.I)
_RANGE_DASH = re.compile(rf"\s*{DASH}\s*")


def _scaled_range(text: str, moneys: list[Money]) -> list[Money]:
    """ "от 500 млн до 1 млрд долларов", "от $500 млн до $1 млрд", "1,5 млрд – 2 млрд долларов": two
    amounts, each with its scale, after "от … до" or joined by a dash, are one range, as "от 120 до 130
    млн" and "1,5–2 млрд" are."""
    out: list[Money] = []
    for m in moneys:
        prev = out[-1] if out else None
        if prev and prev.value_hi is None and m.value_hi is None and prev.currency in (None, m.currency) \
                and prev.value < m.value and (_RANGE_DASH.fullmatch(text, prev.end, m.start) or (
                    _RANGE_TO.fullmatch(text, prev.end, m.start)
                    and _RANGE_FROM.search(text, max(0, prev.start - 6), prev.start))):
            out[-1] = Money(prev.start, m.end, prev.value, m.value, m.currency)
            continue
        out.append(m)
    return out


def _scale(value: float) -> float:
    return 10 ** (int(math.log10(value)) // 3 * 3) if value >= 1 else 1


def _compound(text: str, moneys: list[Money]) -> list[Money]:
    """ "2 млрд 688 млн 360 тыс 900 долларов", "1 млрд 341 млн 718,7 тыс долларов": parts written
    one after another, each below the one before, are one amount."""
    out: list[Money] = []
    for m in moneys:
        prev = out[-1] if out else None
        if prev and prev.value_hi is None and m.value_hi is None and prev.currency is None and prev.value >= 1000 \
                and text[prev.end:m.start].strip() == "" and 0 < m.value < _scale(prev.value):
            out[-1] = Money(prev.start, m.end, prev.value + m.value, None, m.currency)
            continue
        out.append(m)
    return [_units_after_thousands(text, m) for m in out]


# "1 млрд 695 млн 962 тыс 600, сальдо …": bare units after the thousands close the parts.
_THOUSANDS_END = re.compile(r"тыс\.?$|тысяч\w*$", re.I)
_UNITS_AFTER = re.compile(r"\s+(?P<n>\d{1,3})(?=\s*(?:[,;.)]|$))")


def _units_after_thousands(text: str, m: Money) -> Money:
    if m.currency is not None or m.value_hi is not None or m.value < 1e6 \
            or not _THOUSANDS_END.search(text, m.start, m.end):
        return m
    units = _UNITS_AFTER.match(text, m.end)
    if not units:
        return m
    return Money(m.start, units.end("n"), m.value + int(units.group("n")), None, None)


# A qualifier a new level may take after "до": "вырос с 395 до почти 500 млн"
TO_QUALIFIER = r"(?:(?:почти|около|порядка|примерно|приблизительно|более|свыше|менее|без\s+малого)\s+)?"
_FROM = re.compile(r"(?<![а-яё])со?\s+\$?\s*$", re.I)
_TO_GAP = re.compile(r"\s+до\s+" + TO_QUALIFIER + r"(?:[$€]\s*)?", re.I)


def _from_to(text: str, moneys: list[Money]) -> list[Money]:
    """ "с $4 до $316 млн", "с 2,5 млрд до 1,75 млрд рублей": the base level shares the new
    level's currency, and its multiplier when it has none of its own."""
    out = list(moneys)
    for k in range(len(out) - 1):
        m, nxt = out[k], out[k + 1]
        if not (_FROM.search(text, max(0, m.start - 5), m.start) and _TO_GAP.fullmatch(text, m.end, nxt.start)):
            continue
        value = m.value
        if value < 1000 <= nxt.value:
            value *= 10 ** (int(math.log10(nxt.value)) // 3 * 3)
        out[k] = Money(m.start, m.end, value, m.value_hi, m.currency or nxt.currency)
    return out


# "Экспорт … (млн рублей): Беларусь — 4 820, Казахстан — 3 150": a table's unit in a header.
_UNIT_HEADER = re.compile(rf"(?:\(\s*(?:в\s+)?(?P<mult>{MULT})\s*(?P<cur>{AFTER_RE})\s*\)|,\s*(?P<mult2>{MULT})\s*"
                          rf"(?P<cur2>{AFTER_RE}))\s*:", re.I)
_LABEL_BEFORE = re.compile(r"(?:[А-ЯЁа-яё]{3,}|(?<![\d.,])(?:19|20)\d\d(?:\s*г\.)?)\s*$")
_DASHED_NUMBER = re.compile(rf"{DASH}\s*(?P<n>{NUM})(?=\s*(?:[,.;)]|$))")


def _header_unit_amounts(text: str, found: list[Money]) -> list[Money]:
    """Bare numbers after a dash, following a "(млн рублей):" header, in that unit.

    >>> [m.value for m in _header_unit_amounts("Экспорт (млн рублей): Беларусь — 4 820, Армения — 410.", [])]
    [4820000000.0, 410000000.0]
    """
    head = _UNIT_HEADER.search(text)
    if head is None:
        return []
    scale = multiplier(head.group("mult") or head.group("mult2"))
    code = currency_code(head.group("cur") or head.group("cur2"))
    return unit_amounts(text, (scale, code), found, head.end())


def header_unit(text: str) -> tuple[float, str | None] | None:
    """The (scale, currency) a heading ending "…, млн долларов:" gives the lines of the list after it."""
    head = _UNIT_HEADER.search(text)
    if head is None or text[head.end():].strip():
        return None
    return multiplier(head.group("mult") or head.group("mult2")), currency_code(head.group("cur") or head.group("cur2"))


def unit_amounts(text: str, unit: tuple[float, str | None], found: list[Money], pos: int = 0) -> list[Money]:
    """Bare numbers after a dash ("Россия — 4 300") in a unit a header gave."""
    scale, code = unit
    out = []
    for m in _DASHED_NUMBER.finditer(text, pos):
        n = number_value(m.group("n"))
        # a year is never one, unless a row's label stands before the dash: a word ("Россия — 1900") or a
        # year ("2024 — 1900")
        year_like = re.fullmatch(r"(?:19|20)\d\d", m.group("n")) and not _LABEL_BEFORE.search(text, 0, m.start())
        if n is None or any(x.start <= m.start("n") < x.end for x in found) or year_like:
            continue
        out.append(Money(m.start("n"), m.end("n"), n * scale, None, code))
    return sorted(out, key=lambda x: x.start)


_LIST_GAP = re.compile(r"\s*(?:,|и|,\s*и)\s*", re.I)


def _shared_currency(text: str, moneys: list[Money]) -> list[Money]:
    """ "на 64 млн и 51 млн долларов": an amount listed right before one with a currency shares it."""
    out = list(moneys)
    for k in range(len(out) - 2, -1, -1):
        m, nxt = out[k], out[k + 1]
        if m.currency is None and nxt.currency and _LIST_GAP.fullmatch(text, m.end, nxt.start):
            out[k] = Money(m.start, m.end, m.value, m.value_hi, nxt.currency)
    return out


# "в долларовом эквиваленте составил около 410 млн", "в белорусских рублях": the currency named for
# the whole sentence (a bare "в рублях" stays a ruble whose country the sides decide).
# "в рублях" names the amounts' currency at the sentence's start or right after the trade word
# ("товарооборот в юанях"), not after another noun ("доля расчетов в рублях").
# The trade word's own sides may stand between ("Товарооборот Беларуси и Башкортостана в российских рублях").
_SUBJECT = r"(?:^|(?<![а-яё])(?:\w*оборот\w*|экспорт\w*|импорт\w*|торговл\w*|поставк\w*)(?:\s+[А-ЯЁа-яё-]+){0,4}?\s+)"
# ... or a level's verb and an amount right after it ("… с Ленинградской областью в белорусских рублях составил
# 410 млн"; not "Доля расчетов в рублях превысила 90 %").
_LEVEL_AFTER = (r"(?=\s*(?:(?:состав|достиг|превы|вырос|увелич|сократ|сниз)\w*(?:\s+до)?|[—–-])\s*"
                r"(?:(?:около|более|свыше|почти|порядка)\s+)?\d[\d\s,.]*(?:млн|млрд|трлн|тыс))")


def _named_in(words: str) -> re.Pattern:
    return re.compile(rf"{_SUBJECT}{words}|(?<![а-яё]){words}{_LEVEL_AFTER}", re.I)


_STATED_IN = (
    (re.compile(r"(?<![а-яё])в\s+(?:долларов\w+\s+(?:эквивалент|выражени)\w*|долларах(?:\s+США)?(?![а-яё]))",
                re.I), "USD"),
    (re.compile(r"(?<![а-яё])в\s+рубл[её]в\w+\s+(?:эквивалент|выражени)\w*", re.I), "RUB?"),
    (_named_in(r"в\s+белорусских\s+рублях"), "BYN"),
    (_named_in(r"в\s+российских\s+рублях"), "RUB"),
    (_named_in(r"в\s+рублях"), "RUB?"),
    (_named_in(r"в\s+юанях"), "CNY"),
    (_named_in(r"в\s+евро(?![а-яё])"), "EUR"),
)
_STATED_GATE = re.compile(r"долларов|доллара|рубл|юан|евро", re.I)


def _stated_currency(text: str, moneys: list[Money]) -> list[Money]:
    """Amounts written without a currency in a sentence that names one for all ("в долларовом
    эквиваленте", "в долларах", "в белорусских рублях", "в юанях") are in it."""
    if not any(m.currency is None for m in moneys) or not _STATED_GATE.search(text):
        return moneys
    named = sorted((hit.end(), c) for pattern, c in _STATED_IN for hit in pattern.finditer(text))
    if not named:
        return moneys
    # "в российских рублях составил 45 млрд, в долларах — 510 млн": each amount is in the currency named
    # last before it (the first one named when it stands after all of them: "410 млн в долларовом эквиваленте")
    first = next(c for pattern, c in _STATED_IN if pattern.search(text))
    return [Money(m.start, m.end, m.value, m.value_hi,
                  next((c for end, c in reversed(named) if end <= m.start), first)) if m.currency is None else m
            for m in moneys]


_NEXT_STEP = re.compile(r"(?<![а-яё])(?:затем|потом|впоследствии|в\s+перспективе|в\s+дальнейшем)[\s,]*"
                        r"(?:[–—-]\s*)?(?:и\s+)?(?:даже\s+)?(?:на|до)\s+$", re.I)
_FROM_TO = re.compile(rf"(?<![а-яё])от\s+(?P<n>{NUM})\s+до\s+$", re.I)
# "… 1,2 млрд долларов, и в этом году рассчитываем выйти на полтора миллиарда": a level in words after "на/до", in the
# currency of an amount before it
_WORD_LEVEL = re.compile(r"(?<![а-яё])(?:на|до)\s+" + TO_QUALIFIER + "$", re.I)
_BARE_FROM = re.compile(rf"(?<![а-яё])со?\s+(?P<n>{NUM})\s+до\s+{TO_QUALIFIER}(?:[$€]\s*)?$", re.I)
_LEAD_NUMBER = re.compile(rf"(?<![\d,.])(?P<n>{NUM})\s*(?:,|и)\s*$")


def _shared_scale(text: str, start: int, scale: float, code: str | None) -> list[Money]:
    """ "102 и 187 млн долларов": bare numbers listed right before an amount share its
    multiplier and currency. A year ("в 2023 и 2024 млн" never occurs) is not one of them.

    >>> [m.value for m in _shared_scale("составил 102 и 187 млн", 15, 1e6, "USD")]
    [102000000.0]
    """
    out: list[Money] = []
    while (m := _LEAD_NUMBER.search(text, max(0, start - 30), start)) is not None:
        n = number_value(m.group("n"))
        if n is None or (n.is_integer() and 1900 <= n <= 2100):
            break
        out.insert(0, Money(m.start("n"), m.end("n"), n * scale, None, code))
        start = m.start()
    return out
