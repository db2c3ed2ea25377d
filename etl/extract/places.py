"""Place names → ISO codes: a gazetteer built once from data/reference/*.csv, matched on word forms.

Every name, alias, capital and adjective is expanded at load time into all its inflected forms with
pymorphy3, so the matcher itself is a dictionary lookup per word.
"""

from __future__ import annotations

import csv
import functools
import re
from dataclasses import dataclass, replace
from itertools import compress, count

from etl.extract.morph import norm, tags, word_forms
from etl.extract.scan_scope import shared_scan
from etl.reference import load_regions, reference_dir

WORD = re.compile(r"[А-ЯЁа-яёA-Za-z]+")
# Words that never start a place's own name even when written with a capital letter.
_NAME_OR_SURNAME = ("Name", "Surn", "Patr")
# Suffixes of official names that the text never repeats ("Кемеровская область — Кузбасс").
_NAME_TAIL = re.compile(r"\s*(?:—.*|\(.*\))$")


@dataclass(frozen=True)
class PlaceEntry:
    """One gazetteer row: the word-form sets to match, in order, and what they stand for."""

    code: str            # ISO code; "A+B" for a phrase naming two places ("обе столицы")
    kind: str            # country, oblast, krai, republic, city, province …, or generic kinds
    source: str          # name | alias | capital | center | adj | generic
    words: tuple[frozenset[str], ...]
    cased: bool          # the text must write the first word with a capital letter
    exact: bool          # an abbreviation: matched only in upper case, uninflected
    after_prep: bool = False   # a centre that is also a first name: only "во Владимире", "из Владимира"


@dataclass(frozen=True)
class PlaceMention:
    """A place named in the text, with the word before it (the preposition gives its role)."""

    start: int
    end: int
    code: str
    kind: str
    source: str
    prep: str
    plural: bool = False
    locative: bool = False   # "в Беларуси" (where), not "в Беларусь" (where to)


def _abbreviation(word: str) -> bool:
    """ "РБ", "КНР", "РУз": a short word that starts with two capitals is matched as written, never inflected."""
    return len(word) <= 5 and word[:2].isupper()


def _entry(phrase: str, code: str, kind: str, source: str) -> PlaceEntry | None:
    words = WORD.findall(phrase)
    if not words:
        return None
    exact = len(words) == 1 and _abbreviation(words[0])
    if exact:
        forms: tuple[frozenset[str], ...] = (frozenset({norm(words[0])}),)
    else:
        forms = tuple(word_forms(w) for w in words)
    return PlaceEntry(code, kind, source, forms, phrase[:1].isupper(), exact)


def _read_csv(name: str) -> list[dict]:
    path = reference_dir() / name
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


@functools.cache
def place_kinds() -> dict[str, str]:
    """code → kind for every code the gazetteer can produce."""
    kinds = {r.code: r.kind for r in load_regions()}
    for row in _read_csv("extra_places.csv"):
        kinds.setdefault(row["code"], row["kind"])
    return kinds


def country_of(code: str) -> str:
    """The country a code belongs to.

    >>> country_of("BY-HM"), country_of("CN")
    ('BY', 'CN')
    """
    return code.split("-")[0]


# The only characters whose lower case changes length or makes a WORD letter of a non-letter (İ, the
# Kelvin sign); without them the words of norm(text) are the normalised words of the text.
_ODD_LOWER = ("\u0130", "\u212a")


def lower_keeps_words(text: str) -> bool:
    """text.lower() has the same length and the same WORD words, lower-cased (two substring tests,
    much faster than a regex scan)."""
    return _ODD_LOWER[0] not in text and _ODD_LOWER[1] not in text


@shared_scan
def word_keys(text: str) -> list[str]:
    """norm() of each word of the text, read off the normalised text in one pass when that keeps
    the words (once per sentence in a scope: find_places and unknown_places both read them)."""
    if not lower_keeps_words(text):
        return [norm(w) for w in WORD.findall(text)]
    return WORD.findall(norm(text))


@shared_scan
def sentence_words(text: str) -> list[re.Match]:
    """The WORD matches of the text, found once per sentence in a scope (see word_keys)."""
    return list(WORD.finditer(text))


def _is_adjective(word: str) -> bool:
    """Any parse: pymorphy3 reads "Могилевская" first as a surname."""
    return any("ADJF" in t for t in tags(word))


def _region_entries() -> list[PlaceEntry]:
    out, names = [], set()
    for r in load_regions():
        name = _NAME_TAIL.sub("", r.name_ru)
        names.add(norm(name))
        out.append(_entry(name, r.code, r.kind, "name"))
        first, *rest = name.split()
        if rest and _is_adjective(first):
            out.append(_entry(first.lower(), r.code, r.kind, "adj"))
    for r in load_regions():
        center = r.admin_center_ru
        if norm(center) in names:
            continue
        source = "capital" if r.kind == "country" else "center"
        entry = _entry(center, r.code, r.kind, source)
        if any(t in tags(center)[0] for t in _NAME_OR_SURNAME):
            # "Владимир" is a first name too: the city only after "в/во/из" ("во Владимире")
            entry = entry and replace(entry, after_prep=True)
        out.append(entry)
    return out


_SK_ADJECTIVE = re.compile(r"([а-яё]+[сц]к)(?:ая|ий|ой|ое|ие)")


def _compound_entries() -> list[PlaceEntry | None]:
    """ "Гомельско-брянский товарооборот": the first part of a region's compound adjective names the
    place its adjective does ("гомельско" as "гомельская"); an alias's adjective wins over a region
    name's. Regions only: the states' compound forms the rules use ("белорусско", "российско",
    "казахстанско") are listed by hand in aliases.csv; generating the other states' ("армянско",
    "русско") changed no tuned passage but cost one held-out event, so it is left out."""
    adjectives = {first.lower(): (r.code, r.kind) for r in load_regions()
                  for first, *rest in [_NAME_TAIL.sub("", r.name_ru).split()] if rest and _is_adjective(first)}
    kinds = place_kinds()
    adjectives.update({row["alias"]: (row["code"], kinds.get(row["code"], "country"))
                       for row in _read_csv("aliases.csv") if "adjective" in row["note"] and "+" not in row["code"]})
    out = []
    for adj, (code, kind) in adjectives.items():
        m = _SK_ADJECTIVE.fullmatch(adj)
        if m and m.group(1) + "о" not in adjectives and kind != "country":
            out.append(_entry(m.group(1) + "о", code, kind, "adj"))
    return out


_SKAYA_OBLAST = re.compile(r"([А-ЯЁ][а-яё]+?)ская область")
_NICKNAME_ENDINGS = ("а", "ы", "е", "у", "ой", "ою")


def _nickname_entries(oblasts) -> list[PlaceEntry]:
    """ "Харьковщина", "Тюменщиной", "Брестчину": an oblast named "<stem>ская область" by its nickname,
    "<stem>щина" (and "<stem>чина" after д, т, ж: "Белгородчина", "Брестчина", "Воронежчина"), declined
    as a feminine noun in -а. Generated for every oblast of the reference lists; aliases.csv still lists
    the forms it must make sure of and, read later, wins."""
    out = []
    for code, name in oblasts:
        m = _SKAYA_OBLAST.fullmatch(name)
        if not m:
            continue
        stem = m.group(1).lower()
        for tail in ("щин", "чин") if stem[-1] in "дтж" else ("щин",):
            forms = frozenset(norm(stem + tail + e) for e in _NICKNAME_ENDINGS)
            out.append(PlaceEntry(code, "oblast", "alias", (forms,), True, False))
    return out


@functools.cache
def region_adjectives() -> dict[str, tuple[str, str]]:
    """Word form of a region name's adjective → (code, kind): "минский" → Минская область, even
    where an alias makes the bare adjective the city ("минские предприятия" → Minsk)."""
    out: dict[str, tuple[str, str]] = {}
    for r in load_regions():
        first, *rest = _NAME_TAIL.sub("", r.name_ru).split()
        if rest and _is_adjective(first):
            for form in word_forms(first.lower()):
                out.setdefault(form, (r.code, r.kind))
    return out


def _adjective_with_generic(adj: PlaceMention, generic: PlaceMention, text: str) -> PlaceMention:
    """ "Минский облисполком" is the oblast: an adjective whose place is a city, before a generic
    word that cannot mean a city, names the region of that adjective."""
    code, kind = adj.code, generic.kind
    if adj.kind == "city" and "city" not in generic.kind.split():
        hit = region_adjectives().get(norm(text[adj.start:adj.end]))
        if hit and hit[1] in generic.kind.split():
            code, kind = hit
    return PlaceMention(adj.start, generic.end, code, kind, "generic", adj.prep, generic.plural)


# Case endings of a city name pymorphy3 does not know ("Цзинань" → "Цзинанем", "Хэган" → "Хэгана"):
# its guesses for such words are often of another gender or part of speech.
_CITY_ENDINGS = (("ь", ("я", "ю", "ем", "е")), ("й", ("я", "ю", "ем", "е")), ("а", ("ы", "е", "у", "ой")),
                 ("", ("а", "у", "ом", "е")))


def _city_entry(name: str, code: str) -> PlaceEntry | None:
    """A city of a region outside regions.csv, matched as an administrative centre is (source center),
    with the declension of its last word added when it ends in a consonant, -ь, -й or -а."""
    entry = _entry(name, code, "city", "center")
    last = norm(WORD.findall(name)[-1])
    if entry is None or last[-1:] in "еиоуыэюя":
        return entry
    tail, endings = next((t, e) for t, e in _CITY_ENDINGS if last.endswith(t))
    stem = last[:len(last) - len(tail)]
    return replace(entry, words=entry.words[:-1] + (entry.words[-1] | {stem + e for e in endings},))


@functools.cache
def gazetteer() -> dict[str, tuple[PlaceEntry, ...]]:
    """First-word form → entries starting with it, longest first."""
    kinds = place_kinds()
    entries = _region_entries()
    for row in _read_csv("extra_places.csv"):
        entries.append(_entry(row["name_ru"], row["code"], row["kind"], "name"))
        first, *rest = row["name_ru"].split()
        if row["kind"] == "oblast" and rest and rest[0] == "область" and _is_adjective(first):
            entries.append(_entry(first.lower(), row["code"], row["kind"], "adj"))   # "Павлодарская и Омская
            # области", "а с Волынской — в 4,5 раза"
    entries.extend(_nickname_entries([(r.code, r.name_ru) for r in load_regions() if r.kind == "oblast"]
                                     + [(row["code"], row["name_ru"]) for row in _read_csv("extra_places.csv")
                                        if row["kind"] == "oblast"]))
    for row in _read_csv("extra_cities.csv"):   # "в Харбине": a city of a region outside regions.csv
        entries.append(_city_entry(row["name_ru"], row["code"]))
    for row in _read_csv("aliases.csv"):
        code = row["code"]
        source = "adj" if "adjective" in row["note"] else "alias"
        kind = "pair" if "+" in code else kinds.get(code, "country")
        entries.append(_entry(row["alias"], code, kind, source))
    for row in _read_csv("demonyms.csv"):   # "гродненцы", "белорусам": the people stand for their place
        entries.append(_entry(row["demonym"], row["code"], kinds.get(row["code"], "country"), "demonym"))
    for row in _read_csv("generic_places.csv"):
        entries.append(_entry(row["word"], "", row["kinds"], "generic"))
    entries.extend(_compound_entries())
    index: dict[str, list[PlaceEntry]] = {}
    # Later rows (aliases) override earlier ones of the same words: an alias is a deliberate choice.
    for e in entries:
        if e is None:
            continue
        for form in e.words[0]:
            bucket = index.setdefault(form, [])
            bucket[:] = [b for b in bucket if b.words != e.words]
            bucket.append(e)
    return {k: tuple(sorted(v, key=lambda e: -len(e.words))) for k, v in index.items()}


_CITY_PREPS = frozenset({"в", "во", "из"})


def _matches(entry: PlaceEntry, words: list[re.Match], i: int, text: str, keys: list[str]) -> bool:
    if i + len(entry.words) > len(words):
        return False
    first = words[i].group()
    if entry.exact and not _abbreviation(first):
        return False
    if entry.after_prep and (i == 0 or words[i - 1].group().lower() not in _CITY_PREPS):
        return False
    if entry.cased and not first[:1].isupper():
        return False
    for k, forms in enumerate(entry.words):
        if k and not text[words[i + k - 1].end():words[i + k].start()].strip(" -\u00a0") == "":
            return False
        if keys[i + k] not in forms:   # (keys[j] is norm(words[j].group()): word_keys)
            return False
    return True


def _preposition(words: list[re.Match], i: int, keys: list[str]) -> str:
    """The word before a place, looking past up to two adjectives ("в альпийскую страну" → "в");
    `keys` are the words' norm() (word_keys)."""
    k = i - 1
    while k >= 0 and i - k <= 2 and any(t.startswith(("ADJF", "PRTF")) for t in tags(words[k].group())[:1]):
        if k and "PREP" in tags(words[k - 1].group())[0]:
            return keys[k - 1]
        k -= 1
    if i >= 2 and words[i - 1].group().lower() in ("г", "гор") and words[i - 2].end() < words[i - 1].start():
        return _preposition(words, i - 1, keys)   # "в г. Могилеве", "посетил г.Витебск": the word before "г."
    if not i or words[i - 1].end() + 1 != words[i].start() and \
            _PUNCT_GAP.search(words[i - 1].string, words[i - 1].end(), words[i].start()):
        return ""   # "(рост на 4,2 %), Германия": a word across punctuation is not its preposition
    if i >= 2 and _STATE_WORD.fullmatch(words[i - 1].group()) and "PREP" in tags(words[i - 2].group())[0]:
        return keys[i - 2]   # "с республикой Беларусь", "в Республику Казахстан"
    if i >= 2 and keys[i - 1] == "адрес" and keys[i - 2] == "в":
        return "в"   # "в адрес белорусских партнеров": a destination
    return keys[i - 1]


_PUNCT_GAP = re.compile(r"[,.;:()—–]")
_STATE_WORD = re.compile(r"(?:республик|государств|стран)\w*", re.I)


@shared_scan
def find_places(text: str) -> list[PlaceMention]:
    """Every place named in the text, longest match first, in order of appearance."""
    index = gazetteer()
    keys = word_keys(text)
    starts = list(compress(count(), map(index.__contains__, keys)))   # only words that can start a place
    if not starts:
        return []
    words = sentence_words(text)
    out: list[PlaceMention] = []
    i = 0
    for j in starts:
        if j < i:
            continue   # inside the place found before
        i = j
        hit = None
        for entry in index[keys[i]]:
            if _matches(entry, words, i, text, keys):
                hit = entry
                break
        if hit is None or _is_surname(words, i, hit):
            continue
        last = words[i + len(hit.words) - 1]
        prep = _preposition(words, i, keys)
        plural = hit.source == "generic" and _is_plural(words[i].group(), prep)
        addressed = i > 0 and keys[i - 1] == "адрес"   # "в адрес Беларуси": a destination
        loc = prep in ("в", "во", "на") and not addressed and _is_locative(
            words[i].group(), words[max(0, i - 5):i], [w.group() for w in words[i:i + len(hit.words)]])
        out.append(PlaceMention(words[i].start(), last.end(), hit.code, hit.kind, hit.source, prep, plural, loc))
        i += len(hit.words)
    return _merge(out, text)


_BUYING = re.compile(r"(?:закуп|купил|купл|покупа|приобре)", re.I)


def _is_locative(word: str, before: list[re.Match] = (), name: list[str] = ()) -> bool:
    """ "в Кыргызстане", "в Беларуси": a form that can be locative and never accusative; after a
    buying verb also one that can be either ("закупили в Подмосковье"). The words of a longer name
    are accusative only in one number: "в Псковской области" (a masculine "псковской" beside the
    plural "области") is not.

    >>> _is_locative("Беларуси"), _is_locative("Беларусь"), _is_locative("Подмосковье")
    (True, False, False)
    """
    parses = [t for t in tags(word) if "Geox" in t] or tags(word)
    if not any("loct" in t or "loc2" in t for t in parses):
        # "в Санкт-Петербурге": a first part that never takes the case leaves it to the last word
        if len(name) < 2 or not any("loct" in t for t in tags(name[-1])):
            return False
        word, name = name[-1], [name[-1]]
    return not _may_be_accusative([word, *name[1:]]) or any(_BUYING.match(w.group()) for w in before)


def _may_be_accusative(name: list[str]) -> bool:
    """Every word of the name has an accusative parse, and all in one number."""
    numbers = {"sing", "plur"}
    for w in name:
        parses = [t for t in tags(w) if "Geox" in t] or tags(w)   # "Германии" is no plural of "германий"
        accs = [t for t in parses if "accs" in t]
        if not accs:
            return False
        numbers &= {n for t in accs for n in ("sing", "plur") if n in t} or {"sing", "plur"}
    return bool(numbers)


# Titles of heads of regions and cities that are also first names ("Аким", "Раис").
_TITLES = frozenset({"аким", "раис", "хоким", "мэр", "глава", "губернатор", "президент", "посол", "премьер"})


def _is_surname(words: list[re.Match], i: int, hit: PlaceEntry) -> bool:
    """ "Василий Орлов": a one-word place right after a capitalised first name is a surname."""
    if len(hit.words) != 1 or i == 0 or hit.exact:
        return False
    prev = words[i - 1].group()
    if not prev[:1].isupper() or prev.lower() in _TITLES or all("Geox" in t for t in tags(words[i].group())):
        return False   # "Раис Татарстана", "Аким Алматы": a title, or a word that is only a place name
    parses = tags(prev)
    # "Из Армении": a capitalised preposition that is also a rare first name ("Иза") opens a sentence
    return not parses[0].startswith(("PREP", "CONJ", "PRCL")) and any("Name" in t for t in parses[:2])


_ACCUSATIVE_PREPS = frozenset({"в", "во", "на", "за", "через", "про"})


def _is_plural(word: str, prep: str) -> bool:
    """ "в страны" is plural: after a preposition taking the accusative, a form that is also a
    genitive singular ("страны", "государства") reads as the accusative plural."""
    parses = tags(word)
    if "plur" in parses[0]:
        return True
    return prep in _ACCUSATIVE_PREPS and any("plur" in t and "accs" in t for t in parses)


_REGIONAL = re.compile(r"\s+областн(?:ой|ого|ому|ым|ом|ая|ую|ые|ых|ыми|ое)(?![а-яё])", re.I)
_CURRENCY_AFTER = re.compile(r"\s*(?:рубл|доллар|долл|юан|евро|тенге)", re.I)


def _merge(ms: list[PlaceMention], text: str) -> list[PlaceMention]:
    """Drop mentions that only qualify their neighbour: "российских рублей", "Брянской областью России"."""
    out: list[PlaceMention] = []
    for k, m in enumerate(ms):
        nxt = ms[k + 1] if k + 1 < len(ms) else None
        gap_next = text[m.end:nxt.start] if nxt else "x"
        if m.source == "adj" and _CURRENCY_AFTER.match(text, m.end):
            continue
        if m.kind == "city" and m.source != "adj" and nxt and nxt.source == "generic" and gap_next.strip() == "" \
                and norm(text[m.start:m.end]) in region_adjectives():
            m = replace(m, source="adj")   # "в Минском облисполкоме", "в Смоленском регионе": the adjective,
            # not the city's instrumental ("с Минском")
        if m.source == "adj" and m.kind == "city" and _REGIONAL.match(text, m.end):
            hit = region_adjectives().get(norm(text[m.start:m.end]))
            if hit and hit[1] == "oblast":   # "Минским областным отделением", "Московская областная дума"
                m = replace(m, code=hit[0], kind="oblast")
        if m.source in ("adj", "generic") and nxt and gap_next.strip() == "" and nxt.source != "adj":
            if m.source == "adj" and nxt.source == "generic":
                out.append(_adjective_with_generic(m, nxt, text))
                ms[k + 1] = PlaceMention(-1, -1, "", "", "skip", "")
                continue
            if m.source == "adj" and "-" in m.code and nxt.code == m.code:
                continue
            if m.source == "adj" and nxt.code and country_of(nxt.code) == m.code:
                continue
            if m.source == "generic" and nxt.code:
                continue
        if m.source == "skip":
            continue
        prev = out[-1] if out else None
        if (prev and prev.code and "-" in prev.code and m.kind == "country" and m.source != "adj"
                and country_of(prev.code) == m.code and text[prev.end:m.start].strip() == ""):
            continue
        out.append(m)
    return _elided_oblasts(_coordinated_oblasts(out, text), text)


_AND = re.compile(r"\s*(?:,|и|,\s*и)\s*")
_ELIDED = re.compile(r"\s*[—–-]\s")


def _elided_oblasts(ms: list[PlaceMention], text: str) -> list[PlaceMention]:
    """ "со Смоленской областью — 400 млн, …, с Московской — 900 млн": after an oblast, a city adjective
    whose noun is left out (a dash follows it) is the oblast of that adjective."""
    for k, m in enumerate(ms):
        if k and m.source == "adj" and m.kind == "city" and any(x.kind == "oblast" for x in ms[:k]) \
                and _ELIDED.match(text, m.end):
            hit = region_adjectives().get(norm(text[m.start:m.end]))
            if hit and hit[1] == "oblast":
                ms[k] = PlaceMention(m.start, m.end, hit[0], "oblast", m.source, m.prep, m.plural, m.locative)
    return ms


def _coordinated_oblasts(ms: list[PlaceMention], text: str) -> list[PlaceMention]:
    """ "На Минскую и Витебскую области": a city adjective joined by "и"/commas to an oblast is the
    oblast of that adjective."""
    if len(ms) < 2 or not any(m.source == "adj" and m.kind == "city" for m in ms[:-1]):
        return ms
    for k in range(len(ms) - 2, -1, -1):
        m, nxt = ms[k], ms[k + 1]
        if m.source == "adj" and m.kind == "city" and nxt.kind == "oblast" and _AND.fullmatch(text, m.end, nxt.start):
            hit = region_adjectives().get(norm(text[m.start:m.end]))
            if hit and hit[1] == "oblast":
                ms[k] = PlaceMention(m.start, m.end, hit[0], "oblast", m.source, m.prep, m.plural, m.locative)
    return ms
