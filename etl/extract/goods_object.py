"""The goods a flow word measures, read from the grammar instead of a list of product names: the first
common noun in the genitive after the flow word ("экспорт вагонов", "поставки керамической плитки",
"продала в Москву кирпича") that is no place, no general word for goods ("товаров", "продукции") and no
time or money word names one product (FORMAT.md: not a fact). A legal form ("экспорт ОАО …") names a firm.

Prepositional phrases ("из Брестской области", "в 2024 году", "в рамках программы") are stepped over,
with the genitive that completes a non-place noun in them; adjectives and proper names are skipped.
"""

from __future__ import annotations

import functools
import re

from etl.extract.morph import _MORPH, norm

# Lemmas that leave the flow the pair's total: goods in general, the traders, places, time, money, measures.
_GENERAL = frozenset("""
товар продукция продукт изделие груз услуга номенклатура ассортимент
участник субъект хозяйство
сторона партнер страна государство республика область край регион район округ город столица губерния
федерация союз содружество мир зарубежье рубеж граница территория рынок направление часть половина треть
год месяц квартал полугодие период неделя день итог время
объем объём сумма рост доллар рубль евро юань тенге сум млн млрд тыс миллион миллиард тысяча процент раз
производство происхождение выражение уровень показатель значение стоимость
провинция пров штат префектура уезд аймак кантон земля автономия волость
товарооборот оборот торговля экспорт импорт поставка закупка отгрузка ввоз вывоз продажа
рост снижение сокращение увеличение падение прошлое сырье операция деятельность доля
прирост темп динамика индекс уменьшение цифра результат тенденция
группа вид позиция наименование категория экономика форма собственность хозяйствование приграничье
январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь
г гг трлн долл дол руб шт кг
""".split())
# Traders: many of them ("предприятий области") are the region; one ("завода", "компании") is a firm.
_FIRMS = frozenset("предприятие компания организация фирма производитель экспортер импортер поставщик завод "
                   "комбинат холдинг концерн фабрика корпорация".split())
# One firm as the subject of the flow word's clause ("Белорусский завод «Атлант» нарастил поставки", "У «Гродно
# Азота» экспорт"): a singular firm noun, a legal form, "у «…»".
_FIRM_SUBJECT = re.compile(r"(?<![а-яё])(?:[а-яё]*(?:завод|комбинат)|концерн|холдинг|компания|фирма|фабрика|"
                           r"предприятие|"
                           r"объединение|корпорация|производитель|дистрибьютор|(?:торговый|торговой)\s+дом)"
                           r"(?![а-яё])|(?<![а-яё])у\s+«|(?<![А-ЯЁа-яё])(?:ОАО|ЗАО|ООО|АО|ПАО|СООО|ИООО|СП|РУП|УП)(?![А-ЯЁа-яё])",
                           re.I)
# Places a phrase leads to ("в Тверскую область"), after which a genitive is the flow's goods, not their complement.
_GEO = frozenset("область край регион республика страна город столица провинция штат округ район губерния "
                 "федерация государство зарубежье рубеж территория рынок".split())
PREPOSITIONS = frozenset("в во из изо на с со за до по от между для при через к ко о об под над у без около "
                          "свыше более менее среди вне против кроме помимо вместо согласно из-за из-под".split())
_LEGAL_FORM = frozenset("оао зао ооо ао пао оду одо ип уп руп чуп сп соо сооо иооо чтуп куп гп фгуп муп".split())
_WORD = re.compile(r"[А-Яа-яЁё]+(?:-[А-Яа-яЁё]+)?|\d[\d,.]*(?:-[а-яё]+)?")
_YEAR = re.compile(r"(?:19|20)\d\d(?:-[а-яё]+)?$")
# "техники и различных изделий": a product listed with goods in general is the total.
_AND_GENERAL = re.compile(r"(?<![а-яё])и\s+(?:(?:различн|прочи|други|ины|прочи)\w*\s+)?(?:издели|товар)")
_MAX_WORDS = 10
_GOODS_WORDS = frozenset({"изделие", "товар", "продукция"})


@functools.lru_cache(maxsize=100_000)
def _parses(w: str) -> tuple[tuple[str, str, str], ...]:
    """(part of speech, tag, normal form) of a normalized word's parses, most likely first; one
    pymorphy3 call per word for every question below."""
    return tuple((p.tag.POS or "", str(p.tag), norm(p.normal_form)) for p in _MORPH.parse(w)[:6])


@functools.lru_cache(maxsize=100_000)
def _kind(word: str) -> str:
    """'adj' | 'gen' (a noun that can be genitive) | 'gen?' (read first as something else) | 'acc' |
    'noun' | 'verb' | 'prep' | 'and' | 'other'."""
    w = norm(word)
    if w in PREPOSITIONS:
        return "prep"
    parses = _parses(w)
    if not parses:
        return "other"
    if parses[0][0] == "PREP":   # "благодаря", "вследствие", "после"
        return "prep"
    pos, first, _ = parses[0]
    if pos in ("ADJF", "PRTF", "NUMR", "NPRO") or "Apro" in first:
        return "adj"
    nouns = [t for p, t, _ in parses if p == "NOUN"]
    if pos in ("VERB", "INFN", "PRTS", "GRND", "ADJS", "COMP") and not any("gent" in t for t in nouns):
        return "verb"
    if pos in ("ADVB", "PRCL", "CONJ", "INTJ", "PRED") and w != "и":
        return "verb"
    if any("gent" in t or "gen2" in t for t in nouns):
        return "gen" if pos == "NOUN" else "gen?"
    if any("accs" in t for t in nouns):
        return "acc"
    return "noun" if nouns else ("and" if w == "и" else "other")


def word_kind(word: str) -> str:
    """The kind of a word, as the grammar of goods reads it (see _kind)."""
    return _kind(word) if word else "other"


def _lemma_in(word: str, lemmas: frozenset, n: int = 3) -> bool:
    return any(lemma in lemmas for _, _, lemma in _parses(norm(word))[:n])


@functools.lru_cache(maxsize=100_000)   # (a pure function of the word: asked again and again)
def _general(word: str) -> bool:
    """A general word, or a person ("гомельчан", "товаропроизводителей": traders, not goods); a place or an
    abbreviation only when written with a capital ("ковров" is carpets)."""
    parses = _parses(norm(word))
    genitives = [t for pos, t, _ in parses if pos == "NOUN" and "gent" in t]
    if _lemma_in(word, _GENERAL) or genitives and all("anim" in t for t in genitives):
        return True
    if "-" in word:   # "страны-партнера"
        return _general(word.split("-")[0])
    return word[0].isupper() and any("Geox" in t or "Abbr" in t for _, t, _ in _parses(norm(word))[:3])


@functools.lru_cache(maxsize=100_000)   # (a pure function of the word: asked again and again)
def _firms(word: str) -> bool:
    """A trader noun ("предприятий", "завода")."""
    return _lemma_in(word, _FIRMS, 2)


@functools.lru_cache(maxsize=100_000)   # (a pure function of the word: asked again and again)
def _one_firm(word: str) -> bool:
    """A trader noun in the singular genitive: one firm, not a region's firms."""
    parses = _parses(norm(word))
    return bool(parses) and parses[0][2] in _FIRMS and "sing" in parses[0][1] and "gent" in parses[0][1]


# "«Гродно Азот» — увеличил поставки": a quoted name, then only a verb before the flow word.
_QUOTED_SUBJECT = re.compile(r"»\s*(?:[–—-]\s*)?([а-яё]+)\s+(?:[а-яё]+\s+)?$")


# "«Минск-Авто» в 2024 году увеличил", "Новополоцкий «Нафтан» экспортировал": a clause that opens with a quoted name
# (at most one word before it) — the name is the subject when a verb is the first word past its phrases.
_OPENING_QUOTE = re.compile(r"^\s*(?:[А-ЯЁа-яё]+\s+)?«[^»]{1,40}»\s*(?:[–—-]\s*)?")


def _quoted_opening(clause: str, verb: bool) -> bool:
    """The clause opens with a quoted name that a verb (or the flow word itself, a verb) takes as its subject."""
    m = _OPENING_QUOTE.match(clause)
    if not m:
        return False
    words = _WORD.findall(clause[m.end():])
    i = 0
    while i < len(words):
        w = words[i]
        if w[0].isdigit():
            i += 1
        elif _kind(w) == "prep":
            i = _skip_phrase(words, i)
        else:
            return _parses(norm(w))[:1] != () and _parses(norm(w))[0][0] == "VERB"
    return verb


def firm_subject(clause: str, before: str = "", verb: bool = False) -> bool:
    """The clause before a flow word opens with one firm, its subject ("Белорусский завод «Атлант» нарастил",
    "Гомельский химзавод нарастил", not "построили в регионе завод и нарастили"), or with a quoted name and its
    verb; `before`, the text right before the flow word (past dashes), ends with a quoted name and its verb.
    `verb`: the flow word is a verb."""
    firm = _FIRM_SUBJECT.search(clause)
    if firm and len(clause[:firm.start()].split()) <= 2:   # the clause opens with it: its subject
        return True
    if _quoted_opening(clause, verb):
        return True
    quoted = _QUOTED_SUBJECT.search(before)   # "«…» за год экспорт": no verb, no subject
    return bool(quoted) and bool(_parses(norm(quoted.group(1)))) and _parses(norm(quoted.group(1)))[0][0] == "VERB"


@functools.lru_cache(maxsize=100_000)   # (a pure function of the word: asked again and again)
def _geo(word: str) -> bool:
    return _lemma_in(word, _GEO)


def _skip_phrase(words: list[str], i: int) -> int:
    """The index after a prepositional phrase starting at words[i] (the preposition)."""
    i += 1
    while i < len(words):
        w = words[i]
        kind = "num" if w[0].isdigit() else _kind(w)
        if w[0].isupper() and kind not in ("num", "adj"):   # "в Россию": a place's name ends the phrase
            return _complement(words, i + 1, place=True)
        if kind in ("num", "adj"):
            i += 1
        elif kind in ("gen", "gen?", "acc", "noun"):
            return _complement(words, i + 1, place=words[i - 1][0].isupper() or _geo(w))
        else:
            return i
    return i


def _complement(words: list[str], i: int, place: bool) -> int:
    """After a non-place noun in a phrase, the genitive that completes it ("в рамках программы")."""
    if place:
        return i
    j = i
    while j < len(words) and (_kind(words[j]) == "adj" or words[j][0].isupper()):
        j += 1
    return j + 1 if j < len(words) and _kind(words[j]) in ("gen", "gen?") else i


def _object_reading(words: list[str], i: int) -> bool:
    """A word read first as a verb ("стали") is the noun when the window ends with it or a place follows
    ("экспорт стали из Липецкой области"); "рос с темпом", "стали в 2024 году" keep the verb."""
    rest = words[i + 1:i + 3]
    return not rest or len(rest) == 2 and norm(rest[0]) in ("из", "в", "во") and rest[1][0].isupper()


def _made_of(words: list[str], i: int) -> bool:
    """ "изделия из кожи": a general word for goods made of a material (a common noun, not a place)."""
    if not _lemma_in(words[i - 1], _GOODS_WORDS, 2):
        return False
    j = i + 1
    while j < len(words) and _kind(words[j]) == "adj" and not words[j][0].isupper():
        j += 1
    return j < len(words) and not words[j][0].isupper() and _kind(words[j]) in ("gen", "gen?") \
        and not _general(words[j]) and not _geo(words[j])


_PORTION_OF = re.compile(r"(?<![А-ЯЁа-яё])[Нн]а\s+(?:[а-яё]+\s+){0,2}?([а-яё]+)\s+(?:пришл|приход)\w*\s*(?:[–—-]\s*)?$")


def names_goods_portion(clause: str) -> bool:
    """ "На обои пришлось 12 млн": the portion of an amount a common noun (no place, no general word) takes."""
    m = _PORTION_OF.search(clause)
    if not m:
        return False
    w = m.group(1)
    parses = _parses(norm(w))
    return bool(parses) and parses[0][0] == "NOUN" and not _general(w) and not _firms(w) and not _geo(w)


_PORTION_AFTER = re.compile(r"^\s*(?:[а-яё]+\s+)?(?:пришл|приход)\w*\s+на\s+(?:[а-яё]+\s+){0,2}?([а-яё]+)(?![а-яё])")


def names_goods_portion_after(after: str) -> bool:
    """ "…, еще 300 млн долларов пришлось на услуги": the portion an amount is, named after it by a common noun
    (no place, no firm, no general word but services)."""
    m = _PORTION_AFTER.match(after)
    if not m:
        return False
    w = m.group(1)
    parses = _parses(norm(w))
    if parses and parses[0][2] == "услуга":
        return True
    return bool(parses) and parses[0][0] == "NOUN" and not _general(w) and not _firms(w) and not _geo(w)


def traded_in(flow: str, text: str, end: int, stop: int) -> bool:
    """ "Торговля лесом", "торгуют зерном": the goods a trade word takes in the instrumental."""
    if not norm(flow).startswith(("торговл", "торгу", "торгова")):
        return False
    for w in _WORD.findall(text[end:stop])[:3]:
        if w[0].isupper() or w[0].isdigit():
            return False
        kind = _kind(w)
        if kind == "adj":
            continue
        return kind != "prep" and any(p == "NOUN" and "ablt" in t for p, t, _ in _parses(norm(w))) \
            and not _general(w)
    return False


FLOW_STEM = re.compile(r"товарооборот|товарообмен|оборот|торгов|торгу|экспорт|импорт|поставк|поставок|постав[ил]|"
                        r"ввоз|ввез|вывоз|закуп|продаж|продал|отгруз|сальдо", re.I)


# "с тем же периодом 2023-го", "в 2024-м": a number's case ending is no word of the clause
_NUMBER_ENDING = re.compile(r"(?<=\d)-[а-яё]{1,3}(?![а-яё])", re.I)


def names_other_subject(text: str, lo: int, hi: int) -> bool:
    """ "…, а ввод жилья — на 15 %", "урожай зерновых — на 20 %", "а объем строительных работ — на 9 %": the
    clause's first noun outside a prepositional phrase, before its number, is a subject of its own — no
    place, person, flow or general word (nor "объем" of one) — so the clause's change is not the pair's."""
    stop = re.search(r"(?<!\d)(?!(?:19|20)\d\d(?!\d)(?!\s*(?:%|процент)))\d", text[lo:hi])   # past years
    clause = text[lo:lo + stop.start()] if stop else text[lo:hi]
    if FLOW_STEM.search(clause):
        return False   # "задача увеличить товарооборот на 50 %": the change is the flow's
    words = [w for w in _WORD.findall(_NUMBER_ENDING.sub("", clause)) if len(w) > 1 or norm(w) in PREPOSITIONS]
    words = words[:_MAX_WORDS]
    opening = not text[:lo].strip() or text[:lo].rstrip()[-1] in ".!?"
    i = 0
    while i < len(words):
        w = words[i]
        if w[0].isupper() and not (i == 0 and opening):
            return False   # a place or a name: the pair's side ("Беларусь нарастила …")
        kind = _kind(w)
        if kind == "prep":
            i = _skip_phrase(words, i)
            continue
        if kind not in ("gen", "gen?", "acc", "noun"):
            i += 1
            continue
        parses = _parses(norm(w))
        if kind == "noun" and all("ablt" in t for p, t, _ in parses if p == "NOUN"):
            i += 1   # "что является рекордом и на 12 % превышает …": a predicate's instrumental, no subject
            continue
        if any("anim" in t for _, t, _ in parses[:2]) or _firms(w) or _geo(w):
            return False
        if not _general(w):
            return True
        # "объем строительных работ": a measure of something else
        j = i + 1
        while j < len(words) and _kind(words[j]) == "adj" and not words[j][0].isupper():
            j += 1
        return norm(w) in ("объем", "объема", "объемы") and j < len(words) and not words[j][0].isupper() \
            and _kind(words[j]) in ("gen", "gen?") and not _general(words[j]) and not _geo(words[j])
    return False


@functools.lru_cache(maxsize=100_000)   # (a pure function of the word: asked again and again)
def flow_is_verb(flow: str) -> bool:
    """The flow word is a verb or a short participle ("продала", "поставлено"), not a noun."""
    return _kind(flow.split()[0]) == "verb"


def names_goods_after(text: str, end: int, stop: int, verb: bool) -> bool:
    """True when the first genitive object after a flow word at text[:end] (up to `stop`) names one
    product or a firm. `verb`: the flow word is a verb, whose object may come after other words."""
    window = text[end:stop]
    if _AND_GENERAL.search(window.lower()):
        return False
    words = _WORD.findall(window)[:_MAX_WORDS]
    i, named = 0, False   # named: the word before was a capitalized adjective ("Таможенного союза")
    while i < len(words):
        w = words[i]
        if norm(w) in _LEGAL_FORM:
            return True
        if w[0].isdigit():
            if not _YEAR.match(w):
                return False   # an amount or a count: the object's place is behind
            i, named = i + 1, False
            continue
        if w[0].isupper():   # a proper name, or the adjective of one: the next noun is its own
            i, named = i + 1, True
            continue
        kind = _kind(w)
        if kind == "prep":
            if norm(w) == "из" and i and _made_of(words, i):
                return True   # "изделий из кожи": goods of one material
            i, named = _skip_phrase(words, i), False
            continue
        if kind == "gen?" and not _object_reading(words, i):
            return False   # "поставки стали расти", "экспорт рос с темпом": the verb reading
        if kind == "verb" and not verb:
            return False
        if kind in ("adj", "and", "verb"):
            i, named = i + 1, False
            continue
        if _firms(w) and i + 1 < len(words) and words[i + 1][0].isupper() \
                and any("plur" in t for _, t, _ in _parses(norm(w))):
            return False   # "поставили в Россию предприятия Витебской области": a place's traders, the subject
        if kind in ("gen", "gen?") and not named and (_one_firm(w) or not _general(w) and not _firms(w)):
            return True
        if kind == "noun" and not verb:
            return False   # a nominative: the clause's next subject
        i, named = i + 1, False
    return False
