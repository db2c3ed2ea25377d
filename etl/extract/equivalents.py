"""Restatements of an amount: "12,7 млрд юаней (около $1,7 млрд)", "120 млрд рублей, или 1,6 млрд
долларов" — another currency's equivalent is no fact; a more precise figure in the same currency
replaces the rounded one."""

from __future__ import annotations

import re

from etl.extract.amount import TO_QUALIFIER, Money

__all__ = ["drop_equivalents", "restates_before"]

# Between an amount and its restatement in another currency: "12,7 млрд юаней (около $1,7 млрд)".
_EQUIVALENT_GAP = re.compile(r"\s*[(/]\s*(?:[^()/\d$€]{0,40}?[-–—:]\s*|(?:около|примерно|порядка|~|≈|или)\s*)?$")


# Words that restate an amount in another currency: an opening bracket and a few words without a
# number ("(в эквиваленте", "(по курсу ЦБ это около"), or ", или" / ", что эквивалентно".
# ", что в пересчете составляет около", ", что составляет": the same amount in another currency.
_CONVERSION_GAP = re.compile(r"\s*(?:\(\s*[^()\d$€]{0,40}?|,\s*(?:или|что\s+"
                             r"(?:в\s+пересч[её]те\s+(?:на\s+[а-яё]+\s+)?)?(?:эквивалентно|соответствует|равно|составля\w+))\s+"
                             r"(?:(?:около|примерно|порядка|почти|более|свыше)\s+|[~≈]\s*)?)$", re.I)
# ", в российских рублях — 4,3 трлн", ", в пересчете на рубли — …": the currency named in the gap, the amount after it
# restates the one before (whatever currency the amount itself was read in).
_NAMED_CURRENCY_GAP = re.compile(r"\s*,\s*(?:а\s+)?в\s+(?:[а-яё]+\s+)?(?:рубл|доллар|евро|юан|тенге|"
                                 r"сум(?:ах)?(?![а-яё])|валют|эквивалент|пересчет|пересчёт)[а-яё]*(?:\s+США)?(?:\s+на\s+(?:[а-яё]+\s+)?[а-яё]+)?"
                                 r"\s*[-–—:]?\s*"
                                 r"(?:(?:около|примерно|порядка|почти|более|свыше)\s+)?$", re.I)
# "50 млн долларов (экспорт — 40 млн, …)": a flow word in the bracket labels a part, not a restatement;
# "2,1 млрд долларов (годом ранее — 1,8 млрд)", "(за аналогичный период прошлого года — 850 млн)": a time
# labels another period's level, not the same amount again.
# "(прирост – 12 млн долларов)", "(увеличение — 40 млн)": a change noun labels an increment, not the amount again.
_PART_LABEL = re.compile(r"(?<![а-яё])(?:(?:экспорт|импорт|поставк|ввоз|вывоз|закупк)\w*|(?:при)?рост(?:а|у|ом)?|"
                         r"(?:увеличени|снижени|сокращени|уменьшени|падени)\w*|плюс|минус|"
                         r"год(?:у|ом|а)?|ранее|назад|(?:прошл|предыдущ|минувш|аналогичн|период|квартал|полугоди|"
                         r"месяц|январ|феврал|март|апрел|июн|июл|август|сентябр|октябр|ноябр|декабр)\w*|ма[йяе])"
                         r"(?![а-яё])", re.I)


def drop_equivalents(text: str, moneys: list[Money]) -> list[Money]:
    """An amount in brackets or slashes right after another one restates it: in another currency
    it is an equivalent and no fact; in the same currency (an official, more precise figure) it
    replaces the rounded one before it."""
    out: list[Money] = []
    for m in moneys:
        prev = out[-1] if out else None
        if prev and _EQUIVALENT_GAP.fullmatch(text, prev.end, m.start) \
                and not _PART_LABEL.search(text, prev.end, m.start):
            if m.currency and m.currency == prev.currency:
                out[-1] = m
            continue
        if prev and prev.currency and m.currency and m.currency != prev.currency \
                and _CONVERSION_GAP.fullmatch(text, prev.end, m.start) \
                and not _PART_LABEL.search(text, prev.end, m.start):
            continue   # "120 млрд рублей, или около 1,6 млрд долларов", "(в эквиваленте 1,6 млрд долларов)"
        if prev and _NAMED_CURRENCY_GAP.fullmatch(text, prev.end, m.start):
            continue   # "50 млрд долларов, в российских рублях — 4,3 трлн"
        out.append(m)
    return out


# "В рублевом выражении это порядка 92 млрд рублей.", "Это около 8,6 млрд российских рублей.", "В долларовом
# эквиваленте это более 20 млн.", "В пересчете по курсу это примерно 19 млрд рублей.": a sentence of its own that
# gives the figure before it in another currency.
_RESTATING = re.compile(r"\s*(?:(?:в\s+(?:[а-яё]+\s+){0,2}(?:выражени|эквивалент|пересч[её]т)[а-яё]*"
                        r"(?:\s+(?:на|по)\s+(?:[а-яё]+\s+)?[а-яё]+)?|по\s+(?:[а-яё]+\s+){0,2}курсу(?:\s+[а-яё]+)?)"
                        r"\s*,?\s*)?(?:это|[—–-])\s+" + TO_QUALIFIER + r"[$€]?\s*\d", re.I)


def restates_before(s: str, found: list[Money], currency: str | None) -> bool:
    """The sentence restates the figure before it (in `currency`) in another currency: no fact, no break of its flow."""
    return bool(currency and found and _RESTATING.match(s)
                and all(m.currency and m.currency != currency for m in found))
