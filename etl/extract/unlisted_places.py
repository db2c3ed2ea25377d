"""Places the reference lists do not hold: an unlisted place after a partner preposition ("с
Тмутараканью"), a partner named by no place ("с этим партнером"), and the macro-regions that are never
one place ("Европа", "Дальний Восток"). Split from places.py, whose gazetteer finds the listed ones.
"""

from __future__ import annotations

import re

from etl.extract.morph import is_known, norm, tags
from etl.extract.places import PlaceMention, sentence_words, word_keys

# Continents and macro-regions: several countries or regions, a group, never one place.
MACRO_REGIONS = (r"Европ\w*|Евросоюз\w*|Ази(?:я|и|ю|ей)|Африк\w*|Америк\w*|Прибалтик\w*|Балти(?:я|и|ю|ей)|"
                 r"Скандинави\w*|Закавказ\w*|Кавказ\w*|Сибир\w*|Урал(?:а|у|ом|е)?|Поволж\w*|"
                 r"Еврази\w*|Магриб\w*|Балкан\w*|Арктик\w*|Антарктид\w*|Океани\w*|Скандинав\w*|Левант\w*|"
                 r"Дальн\w+\s+Восток\w*")
_MACRO = re.compile(rf"(?:{MACRO_REGIONS})$")

# The case a place takes after each partner preposition ("с Ганой", "в Гану", "из Ганы"), and for a
# word pymorphy3 does not know, the endings of that case ("с Тмутараканью", "в Зурбаган", "из Лапуты").
_PREP_CASES = {"с": "ablt", "со": "ablt", "в": "accs", "во": "accs", "из": "gent"}
_CASE_ENDINGS = {"ablt": re.compile(r"(?:ом|ем|ём|ой|ей|ью)$"), "accs": re.compile(r"[^еи]$"),
                 "gent": re.compile(r"[аяиы]$")}
_NOT_A_PLACE = ("Name", "Surn", "Patr", "Orgn", "Abbr", "Init")


def unknown_places(text: str, mentions: list[PlaceMention]) -> list[PlaceMention]:
    """Capitalised words right after "с/со/в/во/из" that look like a place but are not in the
    reference lists ("с Тмутараканью"): a noun, inanimate, singular, in the case the preposition
    takes, that pymorphy3 marks as a geographical name or does not know at all. Names of people
    and organisations, abbreviations and known common nouns ("в Управлении") are not places.
    Returned with an empty code and source "unknown"."""
    out: list[PlaceMention] = []
    taken = [(m.start, m.end) for m in mentions]
    keys = word_keys(text)
    after = [i + 1 for i, key in enumerate(keys[:-1]) if key in _PREP_CASES]   # only words after those
    words = sentence_words(text) if after else []
    for i in after:
        w = words[i].group()
        prep = norm(words[i - 1].group())
        cases = _PREP_CASES.get(prep)
        if not cases or len(w) < 4 or not w[:1].isupper() or w.isupper() or not w[1:].islower() \
                or text[words[i - 1].end():words[i].start()] not in (" ", "\u00a0") \
                or any(a <= words[i].start() < b for a, b in taken):
            continue
        if i + 1 < len(words) and words[i + 1].group()[:1].isupper() \
                and text[words[i].end():words[i + 1].start()] in (" ", "-"):
            continue   # a multi-word proper name ("в Управлении Россельхознадзора")
        parses = tags(w)
        if _MACRO.match(w) or any(x in t for t in parses[:2] for x in _NOT_A_PLACE):
            continue
        case = _PREP_CASES[prep]
        if is_known(w):
            place = any("Geox" in t and "sing" in t and case in t for t in parses)
        else:
            place = bool(_CASE_ENDINGS[case].search(w)) and w[-3:] not in ("ами", "ями")
        if not place:
            continue
        out.append(PlaceMention(words[i].start(), words[i].end(), "", "unknown", "unknown", prep))
    return out


# "с партнером", "с этим партнером": one partner, named by no place.
_ANAPHORIC_PARTNER = re.compile(r"(?<![а-яё])(со?)\s+(?:(?:эт|данн)\w*\s+)?партн[её]р(?:ом)(?![а-яё])", re.I)


def anaphoric_partners(text: str, mentions: list[PlaceMention]) -> list[PlaceMention]:
    """ "торговля с партнером" with no place word in the phrase ("с белорусским партнером" is BY)."""
    out = []
    for m in _ANAPHORIC_PARTNER.finditer(text):
        if any(m.start() <= x.start < m.end() for x in mentions):
            continue
        start = m.end() - len("партнером")
        out.append(PlaceMention(start, m.end(), "", "generic", "generic", m.group(1).lower()))
    return out


# "Как сообщили в облисполкоме, …", "В облисполкоме рассказали, что …": a place word that names where the
# figure was told is the source, not a side of the trade.
_TELL = r"(?:сообщ|рассказ|отмет|уточн|поясн|заяв|подчеркн|информир|добав|сказа|констатир|напомн)\w*"
_TOLD_IN = re.compile(rf"(?<![а-яё]){_TELL}\s+во?\s+$", re.I)
_TOLD_AFTER = re.compile(rf"\s+{_TELL}(?![а-яё])", re.I)


def is_attribution(text: str, mention: PlaceMention) -> bool:
    """ "сообщили в облисполкоме", "В облисполкоме сообщили": the mention is where the news was told."""
    return bool(_TOLD_IN.search(text, max(0, mention.start - 30), mention.start)
                or (mention.prep in ("в", "во") and _TOLD_AFTER.match(text, mention.end)))
